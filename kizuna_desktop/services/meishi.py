"""Meishi profiles: the user's own business card data, in Japanese and English."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.services import validation
from kizuna_desktop.services.japanese import normalize_kana
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import MeishiProfile


@dataclass(kw_only=True)
class MeishiInput:
    profile_name: str
    name_ja: str = ""
    reading_ja: str = ""
    name_en: str = ""
    title_ja: str = ""
    title_en: str = ""
    department_ja: str = ""
    department_en: str = ""
    company_ja: str = ""
    company_en: str = ""
    address_ja: str = ""
    address_en: str = ""
    phone: str = ""
    email: str = ""
    web: str = ""
    line_id: str = ""
    include_qr: bool = False


@dataclass(kw_only=True)
class MeishiView(MeishiInput):
    id: int


_FIELDS = [f.name for f in fields(MeishiInput)]


def _view(p: MeishiProfile) -> MeishiView:
    return MeishiView(id=p.id, **{k: getattr(p, k) for k in _FIELDS})


_TEXT_FIELDS = [k for k in _FIELDS if k != "include_qr"]


def _validate(data: MeishiInput) -> None:
    for k in _TEXT_FIELDS:
        setattr(data, k, getattr(data, k).strip())
    data.reading_ja = normalize_kana(data.reading_ja)
    errors: dict[str, str] = {}
    if not data.profile_name:
        errors["profile_name"] = "Name the profile (e.g. “Main card”)."
    if not (data.name_ja or data.name_en):
        errors["name_ja"] = "The card needs a name in Japanese or English."
    if msg := validation.kana(data.reading_ja):
        errors["reading_ja"] = msg
    if data.email and (msg := validation.email(data.email)):
        errors["email"] = msg
    if data.phone and (msg := validation.phone(data.phone)):
        errors["phone"] = msg
    for k in _TEXT_FIELDS:
        if msg := validation.length(getattr(data, k), 1000):
            errors[k] = msg
    if errors:
        raise ValidationError(errors)


def create(journal: Journal, data: MeishiInput) -> MeishiView:
    _validate(data)
    with journal.session() as s:
        if s.scalar(select(MeishiProfile).where(MeishiProfile.profile_name == data.profile_name)):
            raise ValidationError.single(
                "profile_name", f"A profile named “{data.profile_name}” already exists.")
        p = MeishiProfile(**vars(data))
        s.add(p)
        s.flush()
        return _view(p)


def _get(s, profile_id: int) -> MeishiProfile:
    p = s.get(MeishiProfile, profile_id)
    if p is None:
        raise NotFoundError(f"Meishi profile {profile_id} does not exist.")
    return p


def get(journal: Journal, profile_id: int) -> MeishiView:
    with journal.session() as s:
        return _view(_get(s, profile_id))


def update(journal: Journal, profile_id: int, data: MeishiInput) -> MeishiView:
    _validate(data)
    with journal.session() as s:
        p = _get(s, profile_id)
        clash = s.scalar(select(MeishiProfile).where(
            MeishiProfile.profile_name == data.profile_name, MeishiProfile.id != profile_id))
        if clash:
            raise ValidationError.single(
                "profile_name", f"A profile named “{data.profile_name}” already exists.")
        for k, v in vars(data).items():
            setattr(p, k, v)
        s.flush()
        return _view(p)


def delete(journal: Journal, profile_id: int) -> None:
    with journal.session() as s:
        s.delete(_get(s, profile_id))


def list_all(journal: Journal) -> list[MeishiView]:
    with journal.session() as s:
        return [_view(p) for p in s.scalars(
            select(MeishiProfile).order_by(MeishiProfile.profile_name))]


def resolve(journal: Journal, spec: str) -> MeishiView:
    """A profile by id, or by a name that matches exactly one profile."""
    profiles = list_all(journal)
    if spec.strip().isdigit():
        return get(journal, int(spec))
    needle = spec.strip().casefold()
    exact = [p for p in profiles if p.profile_name.casefold() == needle]
    matches = exact or [p for p in profiles if needle in p.profile_name.casefold()
                        or needle in p.name_en.casefold() or needle in p.name_ja]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(f"No meishi profile matches “{spec}”.")
    names = ", ".join(f"{p.id}: {p.profile_name}" for p in matches)
    raise NotFoundError(f"“{spec}” matches several meishi profiles ({names}); give its id.")
