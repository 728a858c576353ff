"""Assembles a pre-meeting briefing: for each person attending, everything worth remembering,
as plain data for ``pdf.briefing`` to render."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from kizuna_desktop.services import (
    contacts,
    followups,
    interactions,
    introductions,
    ledger,
    names,
    positions,
    regions,
)
from kizuna_desktop.services.files import write_atomically
from kizuna_desktop.services.followups import FollowUpView
from kizuna_desktop.services.interactions import InteractionView
from kizuna_desktop.services.introductions import IntroductionView
from kizuna_desktop.services.ledger import Balance, LedgerView
from kizuna_desktop.services.positions import PositionView
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import (
    Contact,
    FollowUp,
    Interaction,
    Introduction,
    Organization,
    Position,
    interaction_participants,
)
from kizuna_desktop.text import zones

LATEST = 5  # interactions shown in full
LEDGER_SHOWN = 6
NOTE_LIMIT = 4000  # characters of free notes printed; the rest stays in the journal
CONNECTIONS = 8
MEISHI_SPARE = 3


@dataclass(frozen=True, kw_only=True)
class Meeting:
    title: str = ""
    when: datetime | None = None  # aware, in the meeting's own zone
    day: date | None = None  # the meeting's date when no time is known
    place: str = ""
    zone_name: str = ""  # the meeting's zone as given (Asia/Tokyo, UTC+09:00)

    @property
    def date(self) -> date | None:
        return self.when.date() if self.when else self.day

    @property
    def before(self) -> datetime | None:
        """What the briefing lists came before this (aware): the meeting's time, else the end
        of its day where the laptop is; None without a date (everything so far)."""
        if self.when is not None:
            return self.when
        if self.day is not None:
            try:
                return datetime.combine(self.day + timedelta(days=1), time(0),
                                        zones.laptop())
            except OverflowError:
                return None
        return None


@dataclass(frozen=True, kw_only=True)
class Connection:
    name: str
    why: str  # "4 meetings together", "introduced you", "colleague at 三星商事"


@dataclass(kw_only=True)
class PersonBrief:
    id: int
    name: names.NameParts
    written: str
    latin: str
    address_written: str
    address_spoken: str
    photo: bytes | None
    current: PositionView | None
    history: list[PositionView]  # newest first
    group_name: str
    region: str
    birthday: tuple[int | None, int, int] | None
    interests: str
    how_we_met: str
    notes: str
    notes_left_out: int
    tags: list[str]
    introductions: list[IntroductionView]
    known_since: date | None  # None: nothing of them was known before the meeting
    interaction_count: int
    last_interaction: datetime | None  # aware, in the zone where it happened
    last_days_before: int | None  # days from its local date to the meeting's; never negative
    latest: list[InteractionView]
    older_count: int
    follow_ups: list[FollowUpView]
    ledger: list[LedgerView]
    ledger_left_out: int
    balance: Balance
    connections: list[Connection]
    talking_points: list[str] = field(default_factory=list)

    def is_overdue(self, f: FollowUpView, on: date) -> bool:
        return f.effective_due < on


@dataclass(kw_only=True)
class Briefing:
    meeting: Meeting
    made_on: date
    on: date  # the meeting's date, else the day it was made
    people: list[PersonBrief]
    etiquette: list[str]


def _colleague_and_coattendee_connections(journal: Journal, contact_id: int,
                                          current: PositionView | None,
                                          cutoff: datetime | None = None,
                                          day: date | None = None) -> list[Connection]:
    """People met together (counted from interactions before ``cutoff``, naive UTC, when
    given) and colleagues at the current organisation (in post before ``day`` when given)."""
    p1 = aliased(interaction_participants)
    p2 = aliased(interaction_participants)
    out: list[Connection] = []
    seen = {contact_id}
    with journal.session() as s:
        q = (select(Contact, func.count())
             .select_from(p1)
             .join(p2, (p1.c.interaction_id == p2.c.interaction_id)
                   & (p2.c.contact_id != p1.c.contact_id))
             .join(Contact, Contact.id == p2.c.contact_id))
        if cutoff is not None:
            q = q.join(Interaction, Interaction.id == p1.c.interaction_id).where(
                Interaction.occurred_at < cutoff)
        rows = s.execute(
            q
            .where(p1.c.contact_id == contact_id)
            .group_by(Contact.id)
            .order_by(func.count().desc(), Contact.sort_key)
            .limit(CONNECTIONS)
        ).all()
        for c, n in rows:
            seen.add(c.id)
            out.append(Connection(name=_short(c), why=f"{n} interaction{'s' * (n != 1)} together"))
        if current is not None and len(out) < CONNECTIONS:
            org = s.get(Organization, current.organization_id)
            in_post = (Position.end_date.is_(None) if day is None else
                       ((Position.start_date.is_(None) | (Position.start_date < day))
                        & (Position.end_date.is_(None) | (Position.end_date >= day))))
            colleagues = s.scalars(
                select(Contact).join(Position, Position.contact_id == Contact.id)
                .where(Position.organization_id == current.organization_id,
                       in_post, Contact.id.not_in(seen),
                       Contact.archived.is_(False))
                .distinct()
                .order_by(Contact.sort_key).limit(CONNECTIONS - len(out))
            ).all()
            for c in colleagues:
                seen.add(c.id)
                out.append(Connection(name=_short(c),
                                      why=f"colleague at {org.name_ja or org.name_en}"))
    return out


def _short(c: Contact) -> str:
    return names.short(c.family_name, c.given_name, c.family_latin, c.given_latin)


def _promises(notes: str) -> list[str]:
    """Sentences of a note that record a promise ("Promised: ...", "約束: ...")."""
    found = re.findall(r"(?:Promised|We promised|I promised|約束)\s*[:：]?\s*([^.。\n]+)", notes)
    return [p.strip() for p in found if p.strip()]


def _talking_points(p: PersonBrief, on: date) -> list[str]:
    points: list[str] = []
    for f in p.follow_ups[:4]:
        late = " (overdue: apologise or deliver first)" if p.is_overdue(f, on) else ""
        points.append(f"Open promise: {f.title}{late}")
    for i in p.latest[:2]:
        for promise in _promises(i.notes):
            text = f"Promised on {zones.fmt(i.local_date, '%Y-%m-%d')}: {promise}"
            if not any(promise in x for x in points):
                points.append(text)
    for pos in p.history:
        if pos.start_date and timedelta(0) <= on - pos.start_date <= timedelta(days=365):
            prev = next((h for h in p.history if h.id != pos.id and h.end_date
                         and h.end_date <= pos.start_date), None)
            role = pos.title_en or pos.title_ja or "new role"
            where = pos.organization_en or pos.organization_ja
            moved = " (new role: congratulate them)" if prev else ""
            points.append(f"Since {pos.start_date:%b %Y}: {role} at {where}{moved}")
            break
    if p.interests:
        points.append(f"Their interests: {p.interests}")
    if p.birthday:
        _, m, d = p.birthday

        def in_year(y: int) -> date:
            try:
                return date(y, m, d)
            except ValueError:  # 29 February in a common year: the last day of February
                return date(y, 2, 28)
        nxt = in_year(on.year)
        if nxt < on:
            nxt = in_year(on.year + 1) if on.year < 9999 else None
        if nxt is not None and (nxt - on).days <= 30:
            n = (nxt - on).days
            when = ("on the day of the meeting" if n == 0 else
                    f"{n} day{'s' * (n != 1)} after the meeting")
            points.append(f"Birthday on {m}/{d}, {when}")
    season = regions.gift_season(on, regions.region_of(p.region))
    if season:
        points.append(f"Gift season: {season}")
    if p.balance.received > p.balance.given:
        points.append("You have received more than you have given: think of a gift or a favour")
    if p.last_days_before is not None and p.last_days_before > 180:
        days = p.last_days_before
        points.append(f"Last contact was {days} days ago: reconnect before business")
    return points


def person(journal: Journal, contact_id: int, on: date, before: datetime | None = None
           ) -> PersonBrief:
    """What to know about a contact for a meeting on ``on``; with ``before`` (aware: the
    meeting's time) only what came before it."""
    c = contacts.get(journal, contact_id)
    n = c.name_parts
    history = positions.history(journal, contact_id)
    current = c.current_position
    group = ""
    with journal.session() as s:
        photo = s.scalar(select(Contact.photo).where(Contact.id == contact_id))
        if current is not None:
            org = s.get(Organization, current.organization_id)
            if org is not None and org.group is not None:
                group = org.group.name_ja or org.group.name_en
    count = interactions.count_for(journal, contact_id, before)
    latest = interactions.timeline(journal, contact_id, 0, LATEST, before)
    first = interactions.first_for(journal, contact_id)
    last = latest[0].local if latest else None
    entries = ledger.for_contact(journal, contact_id)
    intros = introductions.for_contact(journal, contact_id)
    created = c.created_at.date()
    # As it stood before the meeting: what is dated before its date (its zone's), what was
    # entered or promised before its time; a follow-up done after it was still open then.
    cutoff = interactions.utc_cutoff(before) if before is not None else None
    day = before.date() if before is not None else None
    if before is not None:
        def earlier(t: datetime | None) -> bool:  # no cutoff: the meeting is past year 9999
            if t is not None and t.tzinfo is not None:
                t = interactions.utc_cutoff(t)  # naive UTC, as stored
            return t is not None and (cutoff is None or t < cutoff)

        entries = [e for e in entries if e.occurred_on < day]
        with journal.session() as s:
            made = dict(s.execute(
                select(FollowUp.id, func.coalesce(Interaction.occurred_at, FollowUp.created_at))
                .outerjoin(Interaction, Interaction.id == FollowUp.interaction_id)
                .where(FollowUp.contact_id == contact_id)).all())
            entered = dict(s.execute(
                select(Introduction.id, Introduction.created_at)
                .where(Introduction.id.in_([i.id for i in intros]))).all())
        follow_ups = [
            f for f in followups.for_contact(journal, contact_id, include_done=True)
            if earlier(made.get(f.id)) and (f.done_at is None or not earlier(f.done_at))]
        intros = [i for i in intros if (i.introduced_on < day if i.introduced_on else
                                        earlier(entered.get(i.id)))]
        if first is not None and not earlier(interactions.utc_cutoff(first)):
            first = None
        if not earlier(c.created_at):
            created = None
    else:
        follow_ups = followups.for_contact(journal, contact_id)
    known = [d for d in (first.date() if first else None, created) if d is not None]
    written_form, spoken = names.address_forms(n)
    notes = c.notes
    p = PersonBrief(
        id=c.id, name=n, written=names.written(n), latin=names.latin(n),
        address_written=written_form, address_spoken=spoken, photo=photo,
        current=current, history=history, group_name=group, region=c.region,
        birthday=c.birthday, interests=c.interests, how_we_met=c.how_we_met,
        notes=notes[:NOTE_LIMIT], notes_left_out=max(0, len(notes) - NOTE_LIMIT), tags=c.tags,
        introductions=intros,
        known_since=min(known) if known else None,
        interaction_count=count,
        last_interaction=last,
        last_days_before=max(0, (on - last.date()).days) if last else None,
        latest=latest, older_count=max(0, count - len(latest)),
        follow_ups=follow_ups,
        ledger=entries[:LEDGER_SHOWN], ledger_left_out=max(0, len(entries) - LEDGER_SHOWN),
        balance=ledger.balance(entries),
        connections=_colleague_and_coattendee_connections(journal, contact_id, current,
                                                          cutoff, day),
    )
    p.talking_points = _talking_points(p, on)
    return p


def be_there_by(when: datetime, minutes: int = 10) -> datetime | None:
    """``minutes`` before the meeting (aware), counted on the instant and shown in the
    meeting's zone (across a change of the clocks 10 minutes before 03:05 CEST is 01:55 CET);
    None when that is before the calendar begins (year 1)."""
    tz = when.tzinfo
    try:
        return (when.astimezone(UTC) - timedelta(minutes=minutes)).astimezone(tz)
    except OverflowError:  # the instant is outside the years 1-9999 in UTC
        try:
            return when - timedelta(minutes=minutes)  # no change of clocks at the ends
        except OverflowError:
            return None


def etiquette(meeting: Meeting, people: list[PersonBrief]) -> list[str]:
    out = []
    if meeting.when is not None:
        local = meeting.when  # the meeting's own local time
        zone = zones.abbreviation(local)
        early = be_there_by(local)
        if early is None:  # ten minutes before it is before the calendar begins
            out.append(f"Arrive 5–10 minutes early: be there 10 minutes early for "
                       f"{local:%H:%M} {zone}.")
        else:
            out.append(f"Arrive 5–10 minutes early: be there by {early:%H:%M} "
                       f"{zones.abbreviation(early)} for {local:%H:%M} {zone}."
                       if zones.abbreviation(early) != zone else
                       f"Arrive 5–10 minutes early: be there by {early:%H:%M} for "
                       f"{local:%H:%M} {zone}.")
    else:
        out.append("Arrive 5–10 minutes early.")
    n = len(people)
    out.append(
        f"Bring at least {n + MEISHI_SPARE} meishi ({n} attending, plus spares for anyone they "
        "bring). Hand yours with both hands, text facing them; keep theirs on the table.")
    seen: set[str] = set()
    for p in people:
        note = regions.note_for(p.region) if p.region else None
        if note and note not in seen:
            seen.add(note)
            out.append(note)
    out.append("Relationship first: leave contracts and prices for the end of the meeting.")
    return out


def assemble(journal: Journal, contact_ids: list[int], meeting: Meeting | None = None,
             made_on: date | None = None) -> Briefing:
    meeting = meeting or Meeting()
    made_on = made_on or zones.today()
    on = meeting.date or made_on
    people = [person(journal, cid, on, meeting.before) for cid in dict.fromkeys(contact_ids)]
    return Briefing(meeting=meeting, made_on=made_on, on=on, people=people,
                    etiquette=etiquette(meeting, people))


def write_pdf(journal: Journal, contact_ids: list[int], path: Path, meeting: Meeting | None = None,
              paper: str = "a4", made_on: date | None = None) -> Path:
    """Assemble and render a briefing, writing the PDF atomically (a half-written file never
    replaces a good one)."""
    from kizuna_desktop.pdf import briefing as pdf_briefing

    data = pdf_briefing.render(assemble(journal, contact_ids, meeting, made_on), paper)
    return write_atomically(path, data)
