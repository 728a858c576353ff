"""Follow-ups: what the user promised or means to do, with due dates, snoozing and the pane's
sections (overdue, today, this week, later, recently done) and keep-in-touch suggestions."""

from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.i18n import translate  # the interface's language (README: Languages)
from kizuna_desktop.services import clock, names, validation
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Contact, FollowUp, FollowUpState, Interaction, utcnow


@dataclass(kw_only=True)
class FollowUpInput:
    contact_id: int
    title: str
    due_date: date
    interaction_id: int | None = None
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class FollowUpView:
    id: int
    contact_id: int
    contact_name: str
    interaction_id: int | None
    title: str
    notes: str
    due_date: date
    state: FollowUpState
    snoozed_until: date | None
    done_at: datetime | None

    @property
    def effective_due(self) -> date:
        """When it is next due: the snooze date for a snoozed follow-up."""
        if self.state == FollowUpState.SNOOZED and self.snoozed_until:
            return self.snoozed_until
        return self.due_date


@dataclass(frozen=True, kw_only=True)
class Suggestion:
    """A contact whose keep-in-touch cadence has lapsed."""

    contact_id: int
    contact_name: str
    cadence_days: int
    last_interaction_at: datetime | None
    days_since: int | None


@dataclass(kw_only=True)
class Pane:
    overdue: list[FollowUpView] = field(default_factory=list)
    today: list[FollowUpView] = field(default_factory=list)
    this_week: list[FollowUpView] = field(default_factory=list)
    later: list[FollowUpView] = field(default_factory=list)
    recently_done: list[FollowUpView] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    more: set[str] = field(default_factory=set)  # sections cut at their limit

    def shown(self, section: str) -> str:
        """How many items ``section`` holds, as a user reads it: "12", or "50+" when cut."""
        n = len(getattr(self, section))
        return f"{n}+" if section in self.more else str(n)


def _name(c: Contact) -> str:
    return names.short(c.family_name, c.given_name, c.family_latin, c.given_latin)


def _view(f: FollowUp, c: Contact) -> FollowUpView:
    return FollowUpView(
        id=f.id, contact_id=f.contact_id, contact_name=_name(c), interaction_id=f.interaction_id,
        title=f.title, notes=f.notes, due_date=f.due_date, state=f.state,
        snoozed_until=f.snoozed_until,
        done_at=f.done_at.replace(tzinfo=UTC) if f.done_at else None,
    )


def _validate(session: Session, data: FollowUpInput) -> None:
    errors: dict[str, str] = {}
    data.title = data.title.strip()
    if not data.title:
        errors["title"] = translate("services", "Say what to do.")
    elif msg := validation.length(data.title, 500):
        errors["title"] = msg
    if msg := validation.length(data.notes, validation.MAX_TEXT):
        errors["notes"] = msg
    if not isinstance(data.due_date, date):
        errors["due_date"] = translate("services", "The due date must be a date.")
    if session.get(Contact, data.contact_id) is None:
        errors["contact_id"] = f"Contact {data.contact_id} does not exist."
    if data.interaction_id is not None and session.get(Interaction, data.interaction_id) is None:
        errors["interaction_id"] = f"Interaction {data.interaction_id} does not exist."
    if errors:
        raise ValidationError(errors)


def _get(session: Session, follow_up_id: int) -> FollowUp:
    f = session.get(FollowUp, follow_up_id)
    if f is None:
        raise NotFoundError(f"Follow-up {follow_up_id} does not exist.")
    return f


def create(journal: Journal, data: FollowUpInput) -> FollowUpView:
    with journal.session() as s:
        _validate(s, data)
        f = FollowUp(**vars(data))
        _sync_due(f)
        s.add(f)
        s.flush()
        return _view(f, f.contact)


def get(journal: Journal, follow_up_id: int) -> FollowUpView:
    with journal.session() as s:
        f = _get(s, follow_up_id)
        return _view(f, f.contact)


def update(journal: Journal, follow_up_id: int, data: FollowUpInput) -> FollowUpView:
    with journal.session() as s:
        f = _get(s, follow_up_id)
        _validate(s, data)
        for k, v in vars(data).items():
            setattr(f, k, v)
        _sync_due(f)
        s.flush()
        return _view(f, f.contact)


def complete(journal: Journal, follow_up_id: int, when: datetime | None = None) -> FollowUpView:
    with journal.session() as s:
        f = _get(s, follow_up_id)
        f.state = FollowUpState.DONE
        f.done_at = when.astimezone(UTC).replace(tzinfo=None) if when else utcnow()
        f.snoozed_until = None
        _sync_due(f)
        s.flush()
        return _view(f, f.contact)


def reopen(journal: Journal, follow_up_id: int) -> FollowUpView:
    with journal.session() as s:
        f = _get(s, follow_up_id)
        f.state, f.done_at, f.snoozed_until = FollowUpState.OPEN, None, None
        _sync_due(f)
        s.flush()
        return _view(f, f.contact)


def snooze(journal: Journal, follow_up_id: int, until: date) -> FollowUpView:
    with journal.session() as s:
        f = _get(s, follow_up_id)
        if f.state == FollowUpState.DONE:
            raise ValidationError.single("state", translate(
                "services", "A follow-up that is done cannot be snoozed."))
        f.state, f.snoozed_until = FollowUpState.SNOOZED, until
        _sync_due(f)
        s.flush()
        return _view(f, f.contact)


def delete(journal: Journal, follow_up_id: int) -> None:
    with journal.session() as s:
        s.delete(_get(s, follow_up_id))


_EFFECTIVE_DUE = FollowUp.due_on  # kept by _sync_due; indexed with the state


def _sync_due(f: FollowUp) -> None:
    """Store when the follow-up is next due: the snooze date while snoozed."""
    f.due_on = f.snoozed_until if f.state == FollowUpState.SNOOZED else f.due_date
_NOT_DONE = FollowUp.state.in_([FollowUpState.OPEN, FollowUpState.SNOOZED])


def for_contact(journal: Journal, contact_id: int, include_done: bool = False
                ) -> list[FollowUpView]:
    with journal.session() as s:
        q = select(FollowUp, Contact).join(Contact).where(FollowUp.contact_id == contact_id)
        if not include_done:
            q = q.where(_NOT_DONE)
        q = q.order_by(_EFFECTIVE_DUE, FollowUp.id)
        return [_view(f, c) for f, c in s.execute(q)]


_NAME_COLUMNS = (Contact.family_name, Contact.given_name, Contact.family_latin,
                 Contact.given_latin)


SECTIONS = ("overdue", "today", "this_week", "later", "recently_done", "suggestions")


def pane(journal: Journal, today: date, per_section: int = 200,
         done_days: int = 7, limits: dict[str, int] | None = None) -> Pane:
    """The follow-ups pane for ``today``. Each section holds at most ``per_section`` items
    (or its own limit in ``limits``, by the names in SECTIONS); ``Pane.more`` names the
    sections that had more."""
    week_end = today + timedelta(days=6 - today.weekday())  # through Sunday
    out = Pane()
    limit = {name: (limits or {}).get(name, per_section) for name in SECTIONS}
    with journal.session() as s:
        def rows(state, cond, order, n):
            q = (select(FollowUp, *_NAME_COLUMNS).join(Contact)
                 .where(Contact.archived.is_(False), FollowUp.state == state, cond)
                 .order_by(*order).limit(n))
            return [(f, SimpleNamespace(family_name=a, given_name=b, family_latin=c,
                                        given_latin=d)) for f, a, b, c, d in s.execute(q)]

        def cut(name, items):
            if len(items) > limit[name]:
                out.more.add(name)
            return items[:limit[name]]

        def section(name, cond):
            # One indexed walk per state over (state, due_on), merged: a single query with
            # state IN (...) would sort every match. One more than the limit tells of more.
            n = limit[name] + 1
            merged = heapq.merge(*(rows(st, cond, (FollowUp.due_on, FollowUp.id), n)
                                   for st in (FollowUpState.OPEN, FollowUpState.SNOOZED)),
                                 key=lambda fc: (fc[0].due_on, fc[0].id))
            return cut(name, [_view(f, c) for f, c in itertools.islice(merged, n)])

        due = FollowUp.due_on
        out.overdue = section("overdue", due < today)
        out.today = section("today", due == today)
        out.this_week = section("this_week", and_(due > today, due <= week_end))
        out.later = section("later", due > week_end)
        since = datetime.combine(today - timedelta(days=done_days), datetime.min.time())
        out.recently_done = cut("recently_done", [_view(f, c) for f, c in rows(
            FollowUpState.DONE, FollowUp.done_at >= since,
            (FollowUp.done_at.desc(), FollowUp.id), limit["recently_done"] + 1)])
        out.suggestions = cut("suggestions",
                              suggestions_in(s, today, limit["suggestions"] + 1))
    return out


def suggestions_in(session: Session, today: date, limit: int) -> list[Suggestion]:
    """Contacts past their keep-in-touch cadence with no open follow-up already: more days
    than the cadence from the latest interaction's date where it happened (or the contact's
    creation) to ``today``, the laptop's date."""
    from kizuna_desktop.services.search import going_cold_conditions

    has_open = (
        select(FollowUp.id)
        .where(FollowUp.contact_id == Contact.id, _NOT_DONE)
        .exists()
    )
    q = (
        select(Contact)
        .where(Contact.archived.is_(False), *going_cold_conditions(today), ~has_open)
        .order_by(Contact.cold_after, Contact.id)  # the longest lapsed first (indexed)
        .limit(limit)
    )
    out = []
    for c in session.scalars(q):
        last = c.last_interaction_at
        out.append(Suggestion(
            contact_id=c.id, contact_name=_name(c), cadence_days=c.cadence_days or 0,
            last_interaction_at=last.replace(tzinfo=UTC) if last else None,
            days_since=clock.days_since(last, c.last_interaction_zone, today),
        ))
    return out
