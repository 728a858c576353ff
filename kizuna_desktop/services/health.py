"""Relationship health per contact (issue 24): days since the last contact against the
cadence, interactions per quarter over the last year, the give/receive balance, overdue
promises, and a "give before you ask" hint.

- Last contact: the latest interaction whose time is not ahead (a planned meeting is not
  contact), dated where it happened.
- Status: ``never`` (no contact yet), ``unset`` (no cadence), ``cold`` (more days than the
  cadence), ``due`` (at least ``DUE_AT`` of the cadence), else ``ok``.
- Quarters: four windows of three months ending today, oldest first: (today − 12 months,
  today − 9 months], …, (today − 3 months, today].
- Given / received: gifts, favours, introductions and invitations of the ledger, plus the
  journal's introductions (the user introducing the contact or introducing someone to them is
  given; the contact introducing the user to someone, or someone to the user, is received).
  One dated after today (a gift planned for the 20th) is not given or received yet.
- Overdue promises: follow-ups not done whose due date (or snooze date) is before today.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import and_, func, or_, select

from kizuna_desktop.services import clock, names
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import (
    Contact,
    FollowUp,
    FollowUpState,
    Interaction,
    Introduction,
    LedgerDirection,
    LedgerEntry,
    interaction_participants,
    ledger_participants,
)
from kizuna_desktop.text import zones

DUE_AT = 0.8  # "due" from this share of the cadence on
CHUNK = 500
STATUS_ORDER = {"cold": 0, "due": 1, "never": 2, "ok": 3, "unset": 4}


@dataclass(frozen=True, kw_only=True)
class Health:
    contact_id: int
    name: str
    archived: bool
    last_contact: date | None
    days_since: int | None
    cadence_days: int | None
    status: str  # never, unset, cold, due, ok
    overdue_days: int  # days past the cadence (0 when not past)
    per_quarter: list[int] = field(default_factory=list)  # four, oldest first
    quarters: list[tuple[date, date]] = field(default_factory=list)  # (after, up to) dates
    given: int = 0
    received: int = 0
    overdue_promises: int = 0
    hint: str = ""
    sort_rank: int = 0  # the contact's place in reading order (ties between equal figures)

    @property
    def balance(self) -> int:
        return self.given - self.received

    @property
    def lapses_on(self) -> date | None:
        """When the cadence lapses (or lapsed): last contact + cadence."""
        if self.cadence_days and self.last_contact:
            return self.last_contact + timedelta(days=self.cadence_days)
        return None

    @property
    def ratio(self) -> float | None:
        if self.cadence_days and self.days_since is not None:
            return self.days_since / self.cadence_days
        return None

    def sort_key(self) -> tuple:
        """The one order of ``health`` and ``--going-cold``: cold, due, never met, fine, no
        cadence; within each, most days past the cadence first (days since − cadence, so the
        longest lapsed first); equal figures by reading (the contacts list's order)."""
        past = (self.days_since - self.cadence_days
                if self.days_since is not None and self.cadence_days else 0)
        return (STATUS_ORDER[self.status], -past, self.sort_rank, self.contact_id)

    def as_json(self) -> dict:
        return {"id": self.contact_id, "name": self.name, "status": self.status,
                "last_contact": self.last_contact.isoformat() if self.last_contact else None,
                "days_since": self.days_since, "cadence_days": self.cadence_days,
                "overdue_days": self.overdue_days,
                "interactions_per_quarter": [
                    {"from": (a + timedelta(days=1)).isoformat(), "to": b.isoformat(),
                     "count": n}
                    for (a, b), n in zip(self.quarters, self.per_quarter, strict=True)],
                "given": self.given, "received": self.received, "balance": self.balance,
                "overdue_promises": self.overdue_promises, "hint": self.hint}


def months_back(d: date, months: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    m += 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, m, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def quarter_windows(today: date) -> list[tuple[date, date]]:
    """Four (after, up to and including) windows of three months, oldest first."""
    edges = [months_back(today, 12 - 3 * k) for k in range(4)] + [today]
    return list(zip(edges, edges[1:], strict=False))


def _chunks(ids: list[int]):
    for k in range(0, len(ids), CHUNK):
        yield ids[k:k + CHUNK]


def _local_date(stored: datetime, zone: str | None) -> date:
    return zones.local(stored.replace(tzinfo=UTC),
                       zone if zone and zones.is_zone(zone) else "UTC").date()


def hint_for(given: int, received: int) -> str:
    if received > given:
        from kizuna_desktop.i18n import translate

        return translate("services", "Received {received}, given {given}: give before you ask "
                         "— an introduction, a useful article, a small gift.").format(
            received=received, given=given)
    return ""


def status_of(days: int | None, cadence: int | None) -> str:
    """never (no contact yet), unset (no cadence), cold, due or ok: the one rule, which
    store/search_sql.health_order repeats in SQL for the contacts list's sort."""
    if days is None:
        return "never"
    if not cadence:
        return "unset"
    if days > cadence:
        return "cold"
    if days >= DUE_AT * cadence:
        return "due"
    return "ok"


@dataclass(frozen=True)
class ListMark:
    """The contacts list's health column for one contact."""

    status: str  # as Health.status
    days_since: int | None
    cadence_days: int | None
    overdue_days: int

    @property
    def word(self) -> str:
        """on_track, due, overdue (past the cadence), going_cold (past it by more than a
        whole cadence again), not_met (a cadence, never met), none (no cadence)."""
        if self.status == "cold":
            return "going_cold" if self.overdue_days > (self.cadence_days or 0) else "overdue"
        return {"ok": "on_track", "due": "due", "never": "not_met", "unset": "none"}[self.status]


def list_mark(journal: Journal, contact_id: int, last_at: datetime | None,
              zone: str | None, cadence: int | None, *, today: date,
              now: datetime | None = None) -> ListMark:
    """A list row's health from its stored figures (no query), as ``for_contacts`` computes
    it; a stored last interaction still ahead of now asks ``for_contacts`` for that one."""
    now_utc = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    stored = last_at.astimezone(UTC).replace(tzinfo=None) if last_at and last_at.tzinfo \
        else last_at
    if stored is not None and stored > now_utc:
        h = for_contacts(journal, [contact_id], now=now, today=today).get(contact_id)
        if h is not None:
            return ListMark(h.status, h.days_since, h.cadence_days, h.overdue_days)
    days = clock.days_since(stored, zone, today) if stored is not None else None
    return ListMark(status_of(days, cadence), days, cadence,
                    max(0, days - cadence) if days is not None and cadence else 0)


def for_contacts(journal: Journal, ids: list[int], *, now: datetime | None = None,
                 today: date | None = None) -> dict[int, Health]:
    """The health of each of ``ids`` (missing ids are left out)."""
    now_utc = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    today = today or zones.today()
    windows = quarter_windows(today)
    out: dict[int, Health] = {}
    with journal.session() as s:
        for chunk in _chunks(list(dict.fromkeys(ids))):
            out.update(_chunk(s, chunk, now_utc, today, windows))
    return out


def _chunk(s, chunk: list[int], now: datetime, today: date,
           windows: list[tuple[date, date]]) -> dict[int, Health]:
    ip = interaction_participants.c
    people = s.execute(select(Contact.id, Contact.family_name, Contact.given_name,
                              Contact.family_latin, Contact.given_latin, Contact.archived,
                              Contact.cadence_days, Contact.last_interaction_at,
                              Contact.last_interaction_zone, Contact.sort_rank)
                       .where(Contact.id.in_(chunk))).all()
    last: dict[int, tuple[datetime, str | None]] = {}
    again: list[int] = []
    for row in people:
        if row.last_interaction_at is not None and row.last_interaction_at <= now:
            last[row.id] = (row.last_interaction_at, row.last_interaction_zone)
        elif row.last_interaction_at is not None:
            again.append(row.id)  # the latest is a planned meeting: find the latest past one
    if again:
        latest = (select(ip.contact_id, func.max(Interaction.occurred_at).label("at"))
                  .join(Interaction, Interaction.id == ip.interaction_id)
                  .where(ip.contact_id.in_(again), Interaction.occurred_at <= now)
                  .group_by(ip.contact_id)).subquery()
        for cid, at, zone in s.execute(
                select(latest.c.contact_id, latest.c.at, Interaction.zone)
                .join(ip2 := interaction_participants.alias("p2"),
                      ip2.c.contact_id == latest.c.contact_id)
                .join(Interaction, and_(Interaction.id == ip2.c.interaction_id,
                                        Interaction.occurred_at == latest.c.at))):
            last[cid] = (at, zone)
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    since = datetime.combine(windows[0][0] - timedelta(days=1), datetime.min.time())
    for cid, at, zone in s.execute(
            select(ip.contact_id, Interaction.occurred_at, Interaction.zone)
            .join(Interaction, Interaction.id == ip.interaction_id)
            .where(ip.contact_id.in_(chunk), Interaction.occurred_at >= since,
                   Interaction.occurred_at <= now)):
        d = _local_date(at, zone)
        for k, (after, upto) in enumerate(windows):
            if after < d <= upto:
                counts[cid][k] += 1
                break
    given: dict[int, int] = defaultdict(int)
    received: dict[int, int] = defaultdict(int)
    lp = ledger_participants.c
    # a gift dated ahead (an oseibo planned for the 20th) is not given yet, as a planned
    # meeting is no contact yet
    entries = select(LedgerEntry.id.label("eid"), LedgerEntry.contact_id.label("cid"),
                     LedgerEntry.direction.label("dir")).where(LedgerEntry.contact_id.in_(chunk),
                                                               LedgerEntry.occurred_on <= today)
    others = (select(LedgerEntry.id.label("eid"), lp.contact_id.label("cid"),
                     LedgerEntry.direction.label("dir"))
              .join(LedgerEntry, LedgerEntry.id == lp.entry_id)
              .where(lp.contact_id.in_(chunk), LedgerEntry.occurred_on <= today))
    seen: set[tuple[int, int]] = set()
    for eid, cid, direction in s.execute(entries.union_all(others)):
        if (eid, cid) in seen:
            continue
        seen.add((eid, cid))
        (given if direction == LedgerDirection.GIVEN.value or direction == LedgerDirection.GIVEN
         else received)[cid] += 1
    for i in s.scalars(select(Introduction).where(or_(
            Introduction.introducer_id.in_(chunk), Introduction.introduced_id.in_(chunk),
            Introduction.introduced_to_id.in_(chunk)))):
        if i.introduced_on is not None and i.introduced_on > today:
            continue  # not made yet
        if i.introducer_id is None:  # the user introduced them (or someone to them)
            for cid in (i.introduced_id, i.introduced_to_id):
                if cid in chunk:
                    given[cid] += 1
        elif i.introducer_id in chunk and None in (i.introduced_id, i.introduced_to_id):
            received[i.introducer_id] += 1
    overdue = dict(s.execute(
        select(FollowUp.contact_id, func.count())
        .where(FollowUp.contact_id.in_(chunk),
               FollowUp.state.in_([FollowUpState.OPEN, FollowUpState.SNOOZED]),
               FollowUp.due_on < today)
        .group_by(FollowUp.contact_id)).all())
    out: dict[int, Health] = {}
    for row in people:
        when = last.get(row.id)
        last_date = _local_date(*when) if when else None
        days = clock.days_since(when[0], when[1], today) if when else None
        cadence = row.cadence_days
        status = status_of(days, cadence)
        g, r = given[row.id], received[row.id]
        out[row.id] = Health(
            contact_id=row.id,
            name=names.short(row.family_name, row.given_name, row.family_latin,
                             row.given_latin),
            archived=bool(row.archived), last_contact=last_date, days_since=days,
            cadence_days=cadence, status=status,
            overdue_days=max(0, days - cadence) if days is not None and cadence else 0,
            per_quarter=list(counts[row.id]), quarters=windows, given=g, received=r,
            overdue_promises=int(overdue.get(row.id, 0)), hint=hint_for(g, r),
            sort_rank=row.sort_rank or 0)
    return out


def going_cold(journal: Journal, *, limit: int | None = 100, now: datetime | None = None,
               today: date | None = None) -> list[Health]:
    """Contacts (not archived) with a cadence that are due or cold, in ``Health.sort_key``'s
    order (cold before due, most days past the cadence first, then by reading).

    Walks the indexed ``cold_after`` column (when the cadence lapses, counted from the stored
    last interaction) a page at a time up to the horizon where a contact can only be due (the
    share ``1 − DUE_AT`` of the longest cadence ahead); a contact whose stored latest
    interaction is a planned meeting is looked at too, its last contact counted without it."""
    now_utc = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    found: dict[int, Health] = {}
    with journal.session() as s:
        planned = list(s.scalars(select(Contact.id).where(
            Contact.last_interaction_at > now_utc, Contact.archived.is_(False),
            Contact.cadence_days.is_not(None))))
        after: tuple[datetime, int] | None = None
        page = 200 if limit is None else limit + 25
        upto, horizon = now_utc, None  # those lapsed first; then those only due
        while True:
            q = (select(Contact.cold_after, Contact.id)
                 .where(Contact.archived.is_(False), Contact.cadence_days.is_not(None),
                        Contact.cold_after <= upto)
                 .order_by(Contact.cold_after, Contact.id).limit(page))
            if after is not None:
                q = q.where(or_(Contact.cold_after > after[0],
                                and_(Contact.cold_after == after[0], Contact.id > after[1])))
            rows = s.execute(q).all()
            if rows:
                after = (rows[-1][0], rows[-1][1])
                got = for_contacts(journal, [r[1] for r in rows], now=now, today=today)
                found.update({k: h for k, h in got.items() if h.status in ("cold", "due")})
            if limit is not None and len(found) >= limit:
                break
            if len(rows) < page:
                if horizon is not None:
                    break
                longest = s.scalar(select(func.max(Contact.cadence_days))) or 0
                upto = horizon = now_utc + timedelta(days=(1 - DUE_AT) * longest + 1)
    got = for_contacts(journal, planned, now=now, today=today)
    found.update({k: h for k, h in got.items() if h.status in ("cold", "due")})
    out = sorted(found.values(), key=Health.sort_key)  # the same order as every_contact
    return out if limit is None else out[:limit]


def every_contact(journal: Journal, *, include_archived: bool = False,
                  now: datetime | None = None, today: date | None = None) -> list[Health]:
    """One entry per contact, most in need of attention first."""
    with journal.session() as s:
        q = select(Contact.id).order_by(Contact.sort_rank)
        if not include_archived:
            q = q.where(Contact.archived.is_(False))
        ids = list(s.scalars(q))
    found = list(for_contacts(journal, ids, now=now, today=today).values())
    found.sort(key=Health.sort_key)
    return found
