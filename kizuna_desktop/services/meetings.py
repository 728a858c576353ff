"""Planned meetings: interactions still ahead, from the calendar or typed by hand.

An interaction whose time is in the future is a planned meeting. It never counts as contact:
a contact's last contact (``contacts.last_interaction_*``), going cold and the health built on
them count interactions up to *now* only (``indexing.refresh_last_interaction``,
``bump_last_interaction``). When a planned meeting's time passes, :func:`count_passed` makes it
count: it is called when a journal is opened (``services/opening.py``) and each minute while
the window shows the Meetings view, and it recomputes only the attendees of meetings whose time
came since the last call (the journal remembers that instant as ``contacts_counted_until``).

After a planned meeting ends the window asks "How did it go?" (:func:`due_reviews`,
:func:`review`): the notes go into the interaction, and a thank-you follow-up for the next day
is added per attendee. Every function that depends on the time takes ``now`` (aware), so tests
inject the clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.i18n import QT_TRANSLATE_NOOP
from kizuna_desktop.i18n import error as _err
from kizuna_desktop.services import followups, indexing, names, search, validation
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import (
    Contact,
    ContactMethod,
    FollowUp,
    FollowUpState,
    Interaction,
    JournalSetting,
    MeetingGuest,
    MethodKind,
    interaction_participants,
)
from kizuna_desktop.text import zones

COUNTED_UNTIL = "contacts_counted_until"
DEFAULT_LENGTH = timedelta(hours=1)  # a meeting without an end
REVIEW_WINDOW = timedelta(days=14)  # "How did it go?" is asked for meetings this recent
EARLY = 10  # minutes: "be there by"
PENDING, IGNORED = "pending", "ignored"
CANCELLED = "cancelled"  # a cancelled meeting kept for its notes: not among those ahead


def _now(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now


def _naive(when: datetime) -> datetime:
    return when.astimezone(UTC).replace(tzinfo=None)


# -- counting the past only -------------------------------------------------------------------

def _setting(session: Session, key: str) -> JournalSetting | None:
    return session.scalar(select(JournalSetting).where(JournalSetting.key == key))


def counted_until(session: Session) -> datetime | None:
    """Up to when (naive UTC) interactions were last counted as contact; None: not recorded
    (then now: everything in the past counts)."""
    row = _setting(session, COUNTED_UNTIL)
    try:
        return datetime.fromisoformat(row.value) if row is not None else None
    except ValueError:
        return None


def count_passed_in(session: Session, now: datetime | None = None) -> int:
    """Make the planned meetings whose time has come count as contact. Returns how many
    contacts were recomputed."""
    until = _naive(_now(now))
    row = _setting(session, COUNTED_UNTIL)
    if row is not None:
        try:
            mark = datetime.fromisoformat(row.value)
        except ValueError:
            mark = None
    else:
        mark = None
    if mark is None:
        # first time: from the earliest interaction that was entered ahead of its time
        mark = session.scalar(select(func.min(Interaction.created_at))
                              .where(Interaction.occurred_at > Interaction.created_at))
    ids: set[int] = set()
    if mark is not None and mark < until:
        p = interaction_participants.c
        ids |= set(session.scalars(
            select(p.contact_id).join(Interaction, Interaction.id == p.interaction_id)
            .where(Interaction.occurred_at > mark, Interaction.occurred_at <= until)
            .distinct()))
    # last contacts in the future (written before planned meetings were told apart)
    ids |= set(session.scalars(select(Contact.id).where(Contact.last_interaction_at > until)))
    # Nothing is written when nothing came due (the window calls this each minute, and any
    # write would look like another program's change to the panes)
    if ids:
        indexing.refresh_last_interaction(session, ids, until)
    value = until.isoformat()
    if row is None:
        if mark is not None or ids:  # a journal with no planned meeting keeps no mark
            session.add(JournalSetting(key=COUNTED_UNTIL, value=value))
    elif ids and row.value < value:
        row.value = value
    return len(ids)


def count_passed(journal: Journal, now: datetime | None = None) -> int:
    with journal.session() as s:
        return count_passed_in(s, now)


# -- views ------------------------------------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class Attendee:
    """A contact at a meeting, with their card at a glance."""

    id: int
    name: str
    role: str  # current title, organisation
    last_contact: datetime | None  # aware, in the zone where it happened
    last_days: int | None  # days from it to today (the laptop's)
    open_promises: list[str] = field(default_factory=list)  # open follow-ups' titles
    overdue: list[str] = field(default_factory=list)  # those past their due date


@dataclass(frozen=True, kw_only=True)
class Guest:
    """An attendee no contact matched (imported from a calendar)."""

    id: int
    meeting_id: int
    name: str
    email: str
    state: str  # pending or ignored

    @property
    def label(self) -> str:
        if self.name and self.email:
            return f"{self.name} <{self.email}>"
        return self.name or self.email


@dataclass(frozen=True, kw_only=True)
class MeetingView:
    id: int
    title: str
    start: datetime  # aware, in the meeting's zone
    end: datetime  # aware, in the meeting's zone (start + 1 h when none was given)
    zone: str
    all_day: bool
    place: str
    agenda: str
    notes: str
    status: str
    calendar_uid: str | None
    reviewed: bool
    attendees: list[Attendee] = field(default_factory=list)
    guests: list[Guest] = field(default_factory=list)  # pending ones

    @property
    def zone_label(self) -> str:
        return zones.abbreviation(self.start)

    @property
    def through(self) -> date | None:
        """The last day of an event of several days (in its own zone), else None."""
        if self.all_day:
            last = _last_day(self) - timedelta(days=1)
        else:
            last = (self.end - timedelta(microseconds=1)).date()
        return last if last > self.start.date() else None

    @property
    def span_text(self) -> str:
        """"12-03–12-05" for an event of several days (its dates), else ""."""
        last = self.through
        if last is None:
            return ""
        form = "%m-%d" if last.year == self.start.year else "%Y-%m-%d"
        return f"{zones.fmt(self.start, '%m-%d')}–{last.strftime(form)}"

    @property
    def time_text(self) -> str:
        """"14:00–15:00 JST", or the date for an all-day event ("2026-12-03–12-05" for
        several days)."""
        if self.all_day:
            last = self.through
            first = zones.fmt(self.start, "%Y-%m-%d")
            return f"{first}–{last:%m-%d}" if last else first
        if self.through is not None:  # a timed event over several days: its end's date
            return (f"{self.start:%H:%M}–{zones.fmt(self.end, '%m-%d')} {self.end:%H:%M} "
                    f"{self.zone_label}")
        return f"{self.start:%H:%M}–{self.end:%H:%M} {self.zone_label}"

    @property
    def be_there_by(self) -> datetime | None:
        if self.all_day:
            return None
        from kizuna_desktop.services.briefing import be_there_by

        return be_there_by(self.start, EARLY)


def _zone(name: str) -> str:
    return name if name and zones.is_zone(name) else "UTC"


def _attendees(people: list[Contact], today: date, roles: dict[int, str],
               promises: dict[int, list[tuple[str, date | None]]]) -> list[Attendee]:
    out = []
    for c in people:
        last = None
        days = None
        if c.last_interaction_at is not None:
            z = _zone(c.last_interaction_zone or "UTC")
            last = zones.local(c.last_interaction_at.replace(tzinfo=UTC), z)
            days = zones.days_between(last, z, today)
        mine = promises.get(c.id, [])
        out.append(Attendee(
            id=c.id, name=names.short(c.family_name, c.given_name, c.family_latin,
                                      c.given_latin),
            role=roles.get(c.id, ""), last_contact=last, last_days=days,
            open_promises=[title for title, _ in mine],
            overdue=[title for title, due in mine if due is not None and due < today]))
    return out


def _view(i: Interaction, today: date, roles: dict[int, str],
          promises: dict[int, list[tuple[str, date | None]]],
          guests: dict[int, list[MeetingGuest]]) -> MeetingView:
    z = _zone(i.zone)
    start = zones.local(i.occurred_at.replace(tzinfo=UTC), z)
    if i.ends_at is not None:
        end = zones.local(i.ends_at.replace(tzinfo=UTC), z)
    elif i.all_day:
        end = start + timedelta(days=1)
    else:
        end = start + DEFAULT_LENGTH
    return MeetingView(
        id=i.id, title=i.summary or i.kind.value.replace("_", " ").capitalize(),
        start=start, end=end, zone=z, all_day=i.all_day, place=i.place, agenda=i.agenda,
        notes=i.notes, status=i.status, calendar_uid=i.calendar_uid,
        reviewed=i.reviewed_at is not None,
        attendees=_attendees(list(i.participants), today, roles, promises),
        guests=[Guest(id=g.id, meeting_id=i.id, name=g.name, email=g.email, state=g.state)
                for g in guests.get(i.id, [])])


_BATCH = 500  # ids in one IN (...)


def _views(journal: Journal, session: Session, ids: list[int],
           today: date) -> list[MeetingView]:
    """The meetings of these ids, earliest first, read in a few queries whatever their
    number (the meetings with their attendees, the attendees' roles and open follow-ups, the
    pending guests), not a few per meeting."""
    rows: list[Interaction] = []
    for k in range(0, len(ids), _BATCH):
        rows += session.scalars(select(Interaction).where(
            Interaction.id.in_(ids[k:k + _BATCH])).options(
            selectinload(Interaction.participants)))
    rows.sort(key=lambda i: (i.occurred_at, i.id))
    people = sorted({c.id for i in rows for c in i.participants})
    roles = {v.id: v.role for v in search.by_ids(journal, people)} if people else {}
    promises: dict[int, list[tuple[str, date | None]]] = {}
    for k in range(0, len(people), _BATCH):
        for cid, title, due in session.execute(
                select(FollowUp.contact_id, FollowUp.title, FollowUp.due_on)
                .where(FollowUp.contact_id.in_(people[k:k + _BATCH]),
                       FollowUp.state != FollowUpState.DONE)
                .order_by(FollowUp.due_on, FollowUp.id)):
            promises.setdefault(cid, []).append((title, due))
    for mine in promises.values():  # (due first, as one query over everyone orders them)
        mine.sort(key=lambda r: (r[1] is None, r[1] or date.min))
    guests: dict[int, list[MeetingGuest]] = {}
    for k in range(0, len(rows), _BATCH):
        for g in session.scalars(select(MeetingGuest).where(
                MeetingGuest.interaction_id.in_([i.id for i in rows[k:k + _BATCH]]),
                MeetingGuest.state == PENDING).order_by(MeetingGuest.id)):
            guests.setdefault(g.interaction_id, []).append(g)
    return [_view(i, today, roles, promises, guests) for i in rows]


def _load(journal: Journal, where, order=None, limit: int | None = None,
          today: date | None = None) -> list[MeetingView]:
    today = today or zones.today()
    with journal.session() as s:
        q = select(Interaction.id).where(where).order_by(
            *(order or (Interaction.occurred_at, Interaction.id)))
        if limit is not None:
            q = q.limit(limit)
        return _views(journal, s, list(s.scalars(q)), today)


def _planned_ids(session: Session, lo: datetime, hi: datetime,
                 typed_from: datetime) -> list[int]:
    """The planned meetings (naive UTC bounds) that begin before ``hi`` and begin at or
    after ``lo`` or end after it; those typed ahead by hand (no calendar UID, no end: an hour
    long) that begin from ``typed_from`` on.

    Calendar meetings are found through the calendar's index (every meeting ever imported:
    a few thousand in years), so an event of several days is found however long ago it
    began; typed ones through the time index from ``typed_from``. The time index alone from
    ``lo`` read every interaction of the days before (23,000 rows at 100,000 contacts)."""
    found = [i for i, at, ends in session.execute(
        select(Interaction.id, Interaction.occurred_at, Interaction.ends_at)
        .where(Interaction.calendar_uid >= ""))  # (not NULL, and the calendar's index)
        if at < hi and (at >= lo or (ends is not None and ends >= lo))]
    found += session.scalars(select(Interaction.id).where(
        Interaction.calendar_uid.is_(None), Interaction.occurred_at >= typed_from,
        Interaction.occurred_at < hi, Interaction.occurred_at > Interaction.created_at))
    return found


def _day_start(day: date, tz) -> datetime:
    return datetime.combine(day, time(0), tz)


def _planned():
    """Entered ahead of its time: from a calendar, or typed before it happened."""
    return or_(Interaction.calendar_uid.is_not(None),
               Interaction.occurred_at > Interaction.created_at)


def ahead(journal: Journal, days: int = 7, now: datetime | None = None,
          tz=None) -> list[MeetingView]:
    """The planned meetings not yet over, from now through the end of the ``days``-th day
    where the laptop is (today is day 1), earliest first."""
    now = _now(now)
    tz = tz or zones.laptop()
    today = now.astimezone(tz).date()
    last = today + timedelta(days=max(1, days))
    end = _day_start(last, tz)
    # an all-day event is a date (kept at 00:00 in its calendar's zone, up to a day off the
    # laptop's): the query takes a day more on each side, then each is kept by its date
    with journal.session() as s:
        rows = _views(journal, s, _planned_ids(
            s, _naive(now) - timedelta(days=2), _naive(end) + _SLACK,
            _naive(now) - DEFAULT_LENGTH), today)
    return in_order([m for m in rows if m.status != CANCELLED and (
        (today < _last_day(m) and m.start.date() < last) if m.all_day
        else (m.end > now and m.start < end))], tz)


def in_order(found: list[MeetingView], tz=None) -> list[MeetingView]:
    """The order of the dates printed: by the day each begins on where the laptop is, an
    all-day event first on its day, then by the instant each begins (an all-day date kept at
    00:00 JST is no longer listed before a 14:00 EST meeting of the day before in New
    York)."""
    tz = tz or zones.laptop()
    return sorted(found, key=lambda m: (days_of(m, tz)[0], not m.all_day,
                                        m.start.astimezone(UTC), m.id))


_SLACK = timedelta(days=1, hours=2)  # the most two zones' 00:00 of one date lie apart


def _last_day(m: MeetingView):
    """The day after an all-day event's last date (DTEND is exclusive)."""
    return max(m.end.date(), m.start.date() + timedelta(days=1))


def covers(m: MeetingView, day: date, tz=None) -> bool:
    """The meeting is on ``day`` where the laptop is: an all-day event by its dates, a timed
    one by when it starts."""
    if m.all_day:
        return m.start.date() <= day < _last_day(m)
    return m.start.astimezone(tz or zones.laptop()).date() == day


def on_day(journal: Journal, day: date, tz=None) -> list[MeetingView]:
    """Every meeting starting on ``day`` (where the laptop is), earliest first."""
    tz = tz or zones.laptop()
    lo, hi = _day_start(day, tz), _day_start(day + timedelta(days=1), tz)
    with journal.session() as s:
        rows = _views(journal, s, _planned_ids(s, _naive(lo) - _SLACK, _naive(hi) + _SLACK,
                                               _naive(lo) - _SLACK), day)
    return in_order([m for m in rows if m.status != CANCELLED and covers(m, day, tz)], tz)


def get(journal: Journal, meeting_id: int) -> MeetingView:
    found = _load(journal, Interaction.id == meeting_id)
    if not found:
        raise NotFoundError(f"There is no meeting with id {meeting_id}.")
    return found[0]


def group(meetings: list[MeetingView], now: datetime | None = None, tz=None
          ) -> dict[str, list[MeetingView]]:
    """The meetings by when they are: 'today', 'tomorrow', 'week' (the rest)."""
    now = _now(now)
    tz = tz or zones.laptop()
    today = now.astimezone(tz).date()
    out: dict[str, list[MeetingView]] = {"today": [], "tomorrow": [], "week": []}
    tomorrow = today + timedelta(days=1)
    for m in meetings:
        first, last = days_of(m, tz)
        if first <= today:  # (or under way since before today)
            out["today"].append(m)
        if first <= tomorrow <= last:  # an event of several days: on each day it covers
            out["tomorrow"].append(m)
        if last > tomorrow:
            out["week"].append(m)
    return out


def days_of(m: MeetingView, tz=None) -> tuple[date, date]:
    """The first and last day (inclusive) the meeting is on where the laptop is: an all-day
    event by its dates; a timed one on the day it begins, as the day's roster lists it (a
    23:30–00:30 meeting is today's, not tomorrow's too), and one of a day or more also on
    each later day it runs into."""
    if m.all_day:
        return m.start.date(), _last_day(m) - timedelta(days=1)
    tz = tz or zones.laptop()
    first = m.start.astimezone(tz).date()
    if m.end - m.start < timedelta(days=1):
        return first, first
    return first, max(first, (m.end - timedelta(microseconds=1)).astimezone(tz).date())


def next_meeting(journal: Journal, now: datetime | None = None,
                 among: list[MeetingView] | None = None) -> MeetingView | None:
    """The next meeting still to begin (all-day events aside). ``among``: what
    :func:`ahead` gave for the same ``now`` (earliest first); the next one is the first of
    them still to begin, and the journal is asked only when none of them is."""
    now = _now(now)
    for m in among or []:
        if not m.all_day and m.start > now and m.status != CANCELLED:
            return m
    found = _load(journal, and_(Interaction.occurred_at > _naive(now), _planned(),
                                Interaction.all_day.is_(False),
                                Interaction.status != CANCELLED), limit=1)
    return found[0] if found else None


def until_text(delta: timedelta) -> str:
    """How long until: "5 min", "1 h 20 min", "2 d 3 h"."""
    from kizuna_desktop.i18n import translate

    minutes = max(0, int(delta.total_seconds() // 60))
    d, rest = divmod(minutes, 24 * 60)
    h, m = divmod(rest, 60)
    if d:
        return (translate("meetings", "{d} d {h} h") if h else
                translate("meetings", "{d} d")).format(d=d, h=h)
    if h:
        return (translate("meetings", "{h} h {m} min") if m else
                translate("meetings", "{h} h")).format(h=h, m=m)
    return translate("meetings", "{m} min").format(m=m)


# -- "How did it go?" -------------------------------------------------------------------------

def due_reviews(journal: Journal, now: datetime | None = None) -> list[MeetingView]:
    """Planned meetings that have ended (in the last two weeks) and have not been reviewed:
    entered ahead of their time (from a calendar, or logged before they happened)."""
    now = _now(now)
    lo = _naive(now - REVIEW_WINDOW)
    rows = _load(journal, and_(
        Interaction.reviewed_at.is_(None),
        Interaction.occurred_at <= _naive(now), Interaction.occurred_at >= lo,
        Interaction.all_day.is_(False), Interaction.status != CANCELLED, _planned()))
    return [m for m in rows if m.end <= now and m.attendees]


@dataclass(frozen=True, kw_only=True)
class ReviewResult:
    meeting_id: int
    follow_up_ids: list[int]


def thank_you_title(meeting_title: str) -> str:
    return f"Thank-you note for “{meeting_title}”" if meeting_title else "Thank-you note"


def review(journal: Journal, meeting_id: int, notes: str, thank_you: bool = True,
           now: datetime | None = None, tz=None) -> ReviewResult:
    """Answer "How did it go?": ``notes`` are added to the meeting's notes; with
    ``thank_you``, a follow-up "Thank-you note" due the next day for each attendee."""
    now = _now(now)
    notes = notes.strip()
    if msg := validation.length(notes, validation.MAX_TEXT):
        raise ValidationError.single("notes", msg)
    tz = tz or zones.laptop()
    with journal.session() as s:
        i = s.get(Interaction, meeting_id)
        if i is None:
            raise NotFoundError(f"There is no meeting with id {meeting_id}.")
        if notes:
            i.notes = f"{i.notes.rstrip()}\n\n{notes}" if i.notes.strip() else notes
        i.reviewed_at = _naive(now)
        people = [c.id for c in i.participants]
        title = i.summary
    made = []
    if thank_you:
        due = now.astimezone(tz).date() + timedelta(days=1)
        for cid in people:
            f = followups.create(journal, followups.FollowUpInput(
                contact_id=cid, title=thank_you_title(title), due_date=due,
                interaction_id=meeting_id))
            made.append(f.id)
    return ReviewResult(meeting_id=meeting_id, follow_up_ids=made)


def dismiss_review(journal: Journal, meeting_id: int, now: datetime | None = None) -> None:
    """Not asked again about this meeting."""
    with journal.session() as s:
        i = s.get(Interaction, meeting_id)
        if i is None:
            raise NotFoundError(f"There is no meeting with id {meeting_id}.")
        i.reviewed_at = _naive(_now(now))


# -- unmatched attendees ----------------------------------------------------------------------

def pending_guests(journal: Journal, now: datetime | None = None) -> list[Guest]:
    """Unmatched attendees of meetings not yet over, to review."""
    lo = _naive(_now(now) - timedelta(days=1))
    with journal.session() as s:
        rows = s.execute(
            select(MeetingGuest).join(Interaction, Interaction.id == MeetingGuest.interaction_id)
            .where(MeetingGuest.state == PENDING, Interaction.occurred_at >= lo)
            .order_by(Interaction.occurred_at, MeetingGuest.id)).scalars().all()
        return [Guest(id=g.id, meeting_id=g.interaction_id, name=g.name, email=g.email,
                      state=g.state) for g in rows]


def _guest(session: Session, guest_id: int) -> MeetingGuest:
    g = session.get(MeetingGuest, guest_id)
    if g is None:
        raise NotFoundError(f"There is no unmatched attendee with id {guest_id}.")
    return g


def guest_states(journal: Journal, guest_id: int) -> dict[int, str]:
    """The state of every unmatched attendee with this one's address (or name, without
    one): what "Ignore" changes, for its undo."""
    with journal.session() as s:
        g = _guest(s, guest_id)
        same = MeetingGuest.email == g.email if g.email else and_(
            MeetingGuest.email == "", MeetingGuest.name == g.name)
        return {o.id: o.state for o in s.scalars(select(MeetingGuest).where(same))}


def set_guest_states(journal: Journal, states: dict[int, str]) -> None:
    """Put these attendees' states back (those still there)."""
    with journal.session() as s:
        for gid, state in states.items():
            g = s.get(MeetingGuest, gid)
            if g is not None:
                g.state = state


def ignore_guest(journal: Journal, guest_id: int) -> None:
    """Not a contact: this address (or name) is ignored at every meeting, now and when the
    calendar is imported again."""
    with journal.session() as s:
        g = _guest(s, guest_id)
        same = MeetingGuest.email == g.email if g.email else and_(
            MeetingGuest.email == "", MeetingGuest.name == g.name)
        for other in s.scalars(select(MeetingGuest).where(same)):
            other.state = IGNORED


@dataclass(frozen=True, kw_only=True)
class GuestMatch:
    """What matching an attendee to a contact did, to undo it exactly."""

    contact_id: int
    guests: list[dict]  # the unmatched attendees' rows it took away (put back by undo)
    joined: list[int]  # the meetings the contact joined through it
    method_id: int | None  # the e-mail it added to the contact


def match_guest(journal: Journal, guest_id: int, contact_id: int) -> GuestMatch:
    """The attendee is this contact: they join the meeting (and every other meeting the same
    address is unmatched at), and their e-mail is added to the contact so the next import
    matches it. Returns what was done (for :func:`unmatch_guest`)."""
    joined: list[int] = []
    added: ContactMethod | None = None
    with journal.session() as s:
        g = _guest(s, guest_id)
        c = s.get(Contact, contact_id)
        if c is None:
            raise _err(NotFoundError,
                       QT_TRANSLATE_NOOP("errors", "There is no contact with id {id}."),
                       id=contact_id)
        same = [g] if not g.email else list(s.scalars(select(MeetingGuest).where(
            MeetingGuest.email == g.email, MeetingGuest.state == PENDING)))
        if g.email and not s.scalar(select(ContactMethod.id).where(
                ContactMethod.contact_id == c.id, ContactMethod.kind == MethodKind.EMAIL,
                func.lower(ContactMethod.value) == g.email.lower())):
            position = len(c.methods)
            added = ContactMethod(kind=MethodKind.EMAIL, value=g.email, position=position)
            c.methods.append(added)
        rows = [{"id": one.id, "interaction_id": one.interaction_id, "name": one.name,
                 "email": one.email, "state": one.state} for one in same]
        for one in same:
            i = s.get(Interaction, one.interaction_id)
            if i is not None and c not in i.participants:
                i.participants.append(c)
                joined.append(i.id)
            s.delete(one)
        s.flush()
        indexing.refresh_ids(s, [c.id])
        indexing.refresh_last_interaction(s, [c.id])
        return GuestMatch(contact_id=c.id, guests=rows, joined=joined,
                          method_id=added.id if added is not None else None)


def unmatch_guest(journal: Journal, done: GuestMatch) -> None:
    """Undo :func:`match_guest`: the contact leaves the meetings it joined through it, the
    e-mail it added goes, and the attendees are unmatched again (the same rows)."""
    from sqlalchemy import delete, insert

    p = interaction_participants
    t = MeetingGuest.__table__
    with journal.session() as s:
        if done.joined:
            s.execute(delete(p).where(p.c.contact_id == done.contact_id,
                                      p.c.interaction_id.in_(done.joined)))
        if done.method_id is not None:
            m = s.get(ContactMethod, done.method_id)
            if m is not None:
                s.delete(m)
        live = set(s.scalars(select(Interaction.id).where(
            Interaction.id.in_([r["interaction_id"] for r in done.guests]))))
        rows = [r for r in done.guests if r["interaction_id"] in live]
        if rows:
            s.execute(insert(t).prefix_with("OR REPLACE"), rows)
        s.flush()
        if s.get(Contact, done.contact_id) is not None:
            indexing.refresh_ids(s, [done.contact_id])
            indexing.refresh_last_interaction(s, [done.contact_id])
        s.expire_all()


def guest_states_of(journal: Journal, ids) -> dict[int, str]:
    """The states of those of these unmatched attendees still there."""
    ids = list(ids)
    if not ids:
        return {}
    with journal.session() as s:
        return dict(s.execute(select(MeetingGuest.id, MeetingGuest.state).where(
            MeetingGuest.id.in_(ids))).all())


def split_name(full: str) -> tuple[str, str, str, str]:
    """(family, given, family_latin, given_latin) from a name as a calendar writes it:
    "山田 太郎" (family first), "Taro YAMADA" / "YAMADA Taro" (the capitals are the family
    name), "Taro Yamada" (Western order)."""
    full = " ".join(full.replace(",", " ").replace("\u3000", " ").split())
    if not full:
        return "", "", "", ""
    parts = full.split(" ")
    if any(ord(ch) > 0x2E80 for ch in full):
        return parts[0], " ".join(parts[1:]), "", ""
    if len(parts) == 1:
        return "", "", parts[0], ""
    caps = [p for p in parts if p.isupper() and len(p) > 1]
    if len(caps) == 1:
        family = caps[0]
        given = " ".join(p for p in parts if p is not family)
        return "", "", family.capitalize(), given
    return "", "", parts[-1], " ".join(parts[:-1])


def create_contact_for_guest(journal: Journal, guest_id: int) -> int:
    """A new contact from the attendee's name and e-mail, matched to them; returns its id."""
    return create_contact_matched(journal, guest_id).contact_id


def create_contact_matched(journal: Journal, guest_id: int) -> GuestMatch:
    """:func:`create_contact_for_guest`, returning what the match did (for undo)."""
    from kizuna_desktop.services import contacts

    with journal.session() as s:
        g = _guest(s, guest_id)
        name, email = g.name, g.email
    family, given, family_latin, given_latin = split_name(name or email.split("@")[0])
    if not family and not given:  # a name in Latin letters is also the name as written
        family, given = family_latin, given_latin  # (Anna Schmidt: the NAME column)
    data = contacts.ContactInput(family_name=family, given_name=given,
                                 family_latin=family_latin, given_latin=given_latin)
    c = contacts.create(journal, data)
    return match_guest(journal, guest_id, c.id)


# -- briefings --------------------------------------------------------------------------------

def printable(text: str) -> str:
    """``text`` without the characters no bundled font can print (an emoji in a calendar's
    title, a bidi control): a meeting's title and place come from the calendar, where the
    next import by UID would put them back, so the briefing leaves them out instead of
    refusing to be printed. The journal keeps them as written."""
    import unicodedata

    from kizuna_desktop.pdf import fonts

    kept = fonts.clusters(text)
    missing = set(fonts.resolve(text, fonts.GOTHIC).missing)
    kept = [cl for cl in kept if cl not in missing and not fonts.is_private(cl[0])
            and unicodedata.category(cl[0]) != "Cf"]
    return " ".join("".join(kept).split())


def here_text(m: MeetingView, tz=None, dated: bool = True) -> str:
    """The laptop's clock when a timed meeting begins, when it reads otherwise than the
    meeting's own ("16:00 UTC"; ``dated``: "12-02 16:00 UTC" on another date), else ""."""
    if m.all_day:
        return ""
    here = m.start.astimezone(tz or zones.laptop())
    if zones.abbreviation(here) == m.zone_label and here.utcoffset() == m.start.utcoffset():
        return ""
    day = f"{here:%m-%d} " if dated and here.date() != m.start.date() else ""
    return f"{day}{here:%H:%M} {zones.abbreviation(here)}"


def briefing_meeting(m: MeetingView, tz=None):
    """The briefing's idea of this meeting (title, time in its zone and where the laptop is,
    place; the title and place as the bundled fonts can print them)."""
    from kizuna_desktop.pdf.briefing import AGENDA_LIMIT
    from kizuna_desktop.services import briefing

    title, place = printable(m.title), printable(m.place)
    guests = tuple(x for x in (printable(g.label) for g in m.guests) if x)
    # the briefing prints the agenda's first 600 characters (AGENDA_LIMIT): only a few times
    # that is looked at (a 60 MB DESCRIPTION kept its briefing reading for minutes)
    agenda = "\n".join(printable(x) for x in m.agenda[:4 * AGENDA_LIMIT].splitlines())
    if m.all_day:
        return briefing.Meeting(title=title, day=m.start.date(), place=place,
                                zone_name=m.zone, guests=guests, agenda=agenda)
    return briefing.Meeting(title=title, when=m.start, place=place, zone_name=m.zone,
                            guests=guests, agenda=agenda, here=here_text(m, tz))


def write_brief(journal: Journal, meeting_id: int, path, paper: str = "a4",
                language: str | None = None):
    """The briefing PDF for exactly this meeting: its title, time, place and everyone in it,
    in ``language`` (default: the interface's, as a contact's briefing)."""
    from kizuna_desktop import i18n
    from kizuna_desktop.services import briefing

    m = get(journal, meeting_id)
    if not m.attendees:
        raise ValidationError.single(
            "meeting", f"Meeting {meeting_id} has no attendee among your contacts: match "
            "one first.")
    return briefing.write_pdf(journal, [a.id for a in m.attendees], path, briefing_meeting(m),
                              paper, language=language or i18n.current()), m


def write_morning(journal: Journal, day: date, path, paper: str = "a4", tz=None,
                  made_on: date | None = None):
    """The day's meetings as one PDF: a roster page, then one briefing per meeting (those
    with attendees among the contacts), all in the interface's language. Returns (path,
    meetings)."""
    import io

    import pikepdf

    from kizuna_desktop import i18n
    from kizuna_desktop.i18n import translate
    from kizuna_desktop.pdf import briefing as pdf_briefing
    from kizuna_desktop.pdf import roster
    from kizuna_desktop.services import briefing
    from kizuna_desktop.services.files import write_atomically

    meetings = [m for m in on_day(journal, day, tz)]
    if not meetings:
        raise ValidationError.single("day", f"There are no meetings on {day:%Y-%m-%d}.")
    rows = [roster.RosterRow(
        # its own date when that is not the roster's (01:00 JST on the 3rd, listed on the
        # 2nd in UTC), and the laptop's clock beside another zone's
        time=(m.time_text if m.all_day or m.start.date() == day
              else f"{zones.fmt(m.start, '%m-%d')} {m.time_text}"),
        here=here_text(m, tz, dated=False), title=printable(m.title), place=printable(m.place),
        be_there_by=(f"{m.be_there_by:%H:%M}" if m.be_there_by else ""),
        people=[f"{a.name}" + (f" ({a.role})" if a.role else "") for a in m.attendees]
        + [translate("roster", "{who} (not a contact)").format(who=g.label)
           for g in m.guests]) for m in meetings]
    parts = [roster.render(roster.Roster(day=day, rows=rows), paper)]
    for m in meetings:
        if m.attendees:
            b = briefing.assemble(journal, [a.id for a in m.attendees], briefing_meeting(m, tz),
                                  made_on, language=i18n.current())
            parts.append(pdf_briefing.render(b, paper))
    out = pikepdf.new()
    opened = [pikepdf.open(io.BytesIO(p)) for p in parts]
    for doc in opened:
        out.pages.extend(doc.pages)
    out.docinfo["/Title"] = roster.title_of(day)
    buf = io.BytesIO()
    out.save(buf)
    for doc in opened:
        doc.close()
    return write_atomically(path, buf.getvalue()), meetings


# -- undo of "How did it go?" -----------------------------------------------------------------

def review_snapshot(journal: Journal, meeting_id: int):
    """The meeting with the follow-ups pointing at it, as they are now (the window's undo of
    "How did it go?" takes one before and one after)."""
    from kizuna_desktop.services import snapshots

    return snapshots.interaction(journal, meeting_id)


def restore_review(journal: Journal, meeting_id: int, snap) -> None:
    """Put the meeting's notes, its reviewed mark and the follow-ups pointing at it back as
    they were in ``snap`` (those made since are deleted)."""
    from sqlalchemy import delete, insert

    from kizuna_desktop.store.models import Base

    t = Base.metadata.tables["follow_ups"]
    rows = [r for r in snap.rows.get("interactions", []) if r["id"] == meeting_id]
    if not rows:
        raise NotFoundError(f"There is no meeting with id {meeting_id}.")
    kept = snap.rows.get("follow_ups", [])
    with journal.session() as s:
        i = s.get(Interaction, meeting_id)
        if i is None:
            raise NotFoundError(f"There is no meeting with id {meeting_id}.")
        i.notes, i.reviewed_at = rows[0]["notes"], rows[0]["reviewed_at"]
        s.execute(delete(t).where(t.c.interaction_id == meeting_id,
                                  t.c.id.not_in([r["id"] for r in kept])))
        if kept:
            s.execute(insert(t).prefix_with("OR REPLACE"), kept)
        s.flush()
        s.expire_all()
