"""Naming a contact on the command line: an id, an e-mail address, or a name in any script
(as written, reading, Latin). A full name matching exactly one contact decides; then a family
or given name matching exactly one; only when no name matches does the wider search decide.
Several matches at a step are ambiguous: the error lists them."""

from __future__ import annotations

from sqlalchemy import func, or_, select

from kizuna_desktop.errors import NotFoundError
from kizuna_desktop.i18n import QT_TRANSLATE_NOOP
from kizuna_desktop.i18n import error as _err
from kizuna_desktop.services import search
from kizuna_desktop.services.japanese import normalize_kana, to_hiragana
from kizuna_desktop.services.search import AmbiguousContactError, ContactSummary
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Contact, ContactMethod, MethodKind

ME = "me"


def _squash(text: str) -> str:
    return "".join(normalize_kana(text).split()).replace("・", "").replace("-", "")


def _ids(journal: Journal, *conds) -> list[int]:
    with journal.session() as s:
        return list(s.scalars(select(Contact.id).where(or_(*conds)).order_by(Contact.sort_rank)
                              .limit(11)))


def _pick(journal: Journal, spec: str, ids: list[int]) -> ContactSummary | None:
    if len(ids) == 1:
        return search.by_ids(journal, ids)[0]
    if len(ids) > 1:
        raise AmbiguousContactError(spec, search.by_ids(journal, ids[:10]), len(ids))
    return None


def resolve(journal: Journal, spec: str) -> ContactSummary:
    spec = spec.strip()
    if not spec:
        raise NotFoundError("Name a contact (an id, an e-mail address or a name).")
    if spec.lower() == ME:
        raise NotFoundError("“me” is you, not a contact: name the contact (an id, an e-mail "
                            "address or a name).")
    if spec.isdigit():
        found = search.by_ids(journal, [int(spec)])
        if found:
            return found[0]
        raise _err(NotFoundError,
                   QT_TRANSLATE_NOOP("errors", "There is no contact with id {id}."), id=spec)
    if "@" in spec and " " not in spec:
        with journal.session() as s:
            ids = list(s.scalars(select(ContactMethod.contact_id).where(
                ContactMethod.kind == MethodKind.EMAIL,
                func.lower(ContactMethod.value) == spec.lower()).distinct()))
        if (hit := _pick(journal, spec, ids)) is not None:
            return hit
        raise NotFoundError(f"No contact has the e-mail address {spec}.")
    flat = _squash(spec)
    kana = to_hiragana(flat)
    low = flat.lower()
    full = _ids(
        journal,
        Contact.family_name + Contact.given_name == flat,
        Contact.given_name + Contact.family_name == flat,
        func.replace(Contact.family_reading + Contact.given_reading, " ", "") == kana,
        func.lower(Contact.given_latin + Contact.family_latin) == low,
        func.lower(Contact.family_latin + Contact.given_latin) == low,
    )
    if (hit := _pick(journal, spec, full)) is not None:
        return hit
    part = _ids(
        journal,
        Contact.family_name == flat, Contact.given_name == flat,
        Contact.family_reading == kana, Contact.given_reading == kana,
        func.lower(Contact.family_latin) == low, func.lower(Contact.given_latin) == low,
    )
    if (hit := _pick(journal, spec, part)) is not None:
        return hit
    return search.resolve_by_search(journal, spec)


def resolve_or_me(journal: Journal, spec: str) -> ContactSummary | None:
    """``me`` (the user) as None, else the contact ``spec`` names."""
    return None if spec.strip().lower() == ME else resolve(journal, spec)


def problem_line(error: Exception, typed: str) -> str:
    """``error`` as one line for a field of a dialog: an ambiguous name lists its candidates
    (name, company, id) on that line, as the command line lists them on several."""
    if isinstance(error, AmbiguousContactError):
        who = "; ".join(m.display + (f" ({m.role}, id {m.id})" if m.role else f" (id {m.id})")
                        for m in error.matches)
        more = f"; … and {error.total - len(error.matches)} more" \
            if error.total > len(error.matches) else ""
        return (f"“{typed.strip()}” matches {error.total} contacts: {who}{more}. Give an id or a "
                "narrower name.")
    return str(error).splitlines()[0] if str(error) else ""
