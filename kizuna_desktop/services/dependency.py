"""Partner dependency (issue 24): where the user's road to customers runs only through one
partner organisation (a distributor, say).

- The partner's people: contacts with a current position there. Someone counts as from the
  partner at an interaction (or an introduction) only if they held a position there on its
  date: a meeting from before they joined, when they worked at the customer, is no road
  through the partner.
- A person *only through* the partner: not at the partner, met at least once, every
  interaction the user had with them had someone from the partner present, and no
  introduction or colleague tie goes around the partner (an introduction made by someone not at
  the partner, or by the user; or a colleague who is not at the partner and whom the user
  reaches without it: met with nobody from the partner present, or introduced from outside the
  partner). A person the partner introduced to the user and never met is only through it.
- A customer organisation only through the partner: any organisation other than the partner
  (and its group) where someone now works whom the user met, all of whom are only through
  the partner.
- The people it hangs on: for each partner person, the only-through people lost entirely if
  they leave (they were the only partner person at every interaction, or the introducer of
  someone never met), the customer organisations lost entirely with them (all of whose
  only-through people are among those), and apart from those, the ones they are one of
  several roads to.
- The last business review: the latest past interaction of kind business review with
  someone from the partner; interactions with the partner's people per quarter over the year.
- The warning signs (``SIGNS``): a checklist the user ticks and dates, kept in the journal.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import or_, select

from kizuna_desktop.errors import NotFoundError, ValidationError
from kizuna_desktop.services import health, names
from kizuna_desktop.services.network import _current_members, organisation_and_group
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import (
    Contact,
    DependencySign,
    Interaction,
    InteractionKind,
    Introduction,
    Organization,
    Position,
    interaction_participants,
)
from kizuna_desktop.text import zones

# The warning signs of dependency on a partner (../shared/DOMAIN.md), in checklist order.
SIGNS: tuple[tuple[str, str], ...] = (
    ("controls_access", "The partner controls all access to the customers"),
    ("no_direct_contacts", "We have no direct contacts of our own at the customers"),
    ("no_business_review", "No business review for a year or more"),
    ("one_person", "The relationship hangs on one person at the partner"),
    ("obligation_over_data", "Decisions are made from obligation, not from data"),
)
SIGN_KEYS = tuple(k for k, _ in SIGNS)


@dataclass(frozen=True, kw_only=True)
class Person:
    id: int
    name: str
    organization: str = ""


@dataclass(frozen=True, kw_only=True)
class Customer:
    id: int
    name: str
    people: list[Person]


@dataclass(frozen=True, kw_only=True)
class HangsOn:
    person: Person  # at the partner
    breaks: list[Person]  # lost entirely if they leave: no other partner person is a road
    organizations: list[str]  # the customer organisations lost entirely with them
    one_of_several: list[Person] = field(default_factory=list)  # another partner person too


@dataclass(frozen=True, kw_only=True)
class Sign:
    key: str
    label: str
    checked: bool
    checked_on: date | None
    note: str


@dataclass(frozen=True, kw_only=True)
class Dependency:
    partner_id: int
    partner: str
    partner_people: list[Person]
    customers_only_through: list[Customer]
    people_only_through: list[Person]
    direct_people: list[Person]  # met without the partner, or reached around it
    people_it_hangs_on: list[HangsOn]
    last_business_review: date | None
    quarters: list[tuple[date, date]]
    interactions_per_quarter: list[int]
    signs: list[Sign] = field(default_factory=list)

    def as_json(self) -> dict:
        def person(p: Person) -> dict:
            return {"id": p.id, "name": p.name, "organization": p.organization}

        return {
            "partner": {"id": self.partner_id, "name": self.partner},
            "partner_people": [person(p) for p in self.partner_people],
            "customers_only_through": {
                "organizations": [{"id": c.id, "name": c.name,
                                   "people": [person(p) for p in c.people]}
                                  for c in self.customers_only_through],
                "people": [person(p) for p in self.people_only_through]},
            "people_it_hangs_on": [{"person": person(h.person),
                                    "breaks": [person(p) for p in h.breaks],
                                    "one_of_several": [person(p) for p in h.one_of_several],
                                    "organizations": h.organizations}
                                   for h in self.people_it_hangs_on],
            "last_business_review": (self.last_business_review.isoformat()
                                     if self.last_business_review else None),
            "interactions_per_quarter": [
                {"from": (a + timedelta(days=1)).isoformat(), "to": b.isoformat(),
                     "count": n}
                for (a, b), n in zip(self.quarters, self.interactions_per_quarter, strict=True)],
            "warning_signs": [{"key": s.key, "label": s.label, "checked": s.checked,
                               "checked_on": s.checked_on.isoformat() if s.checked_on else None,
                               "note": s.note} for s in self.signs],
        }


def _local_date(stored: datetime, zone: str | None) -> date:
    return zones.local(stored.replace(tzinfo=UTC),
                       zone if zone and zones.is_zone(zone) else "UTC").date()


def _org_name(o: Organization) -> str:
    return o.name_ja or o.name_en


def analyse(journal: Journal, organization_id: int, *, now: datetime | None = None,
            today: date | None = None) -> Dependency:
    now_utc = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    today = today or zones.today()
    ip = interaction_participants.c
    with journal.session() as s:
        partner = s.get(Organization, organization_id)
        if partner is None:
            raise NotFoundError(f"There is no organisation with id {organization_id}.")
        partner_orgs = set(organisation_and_group(s, partner.id))
        staff = set(_current_members(s, sorted(partner_orgs), today))
        tenure = _Tenure(s, staff, partner_orgs)
        # every past interaction with someone from the partner present, and who was there
        with_staff = set(s.scalars(
            select(ip.interaction_id).join(Interaction, Interaction.id == ip.interaction_id)
            .where(ip.contact_id.in_(staff), Interaction.occurred_at <= now_utc))) \
            if staff else set()
        present: dict[int, set[int]] = defaultdict(set)  # interaction -> people
        info: dict[int, tuple[str, datetime, str]] = {}
        for chunk in _chunks(sorted(with_staff)):
            for iid, cid, kind, at, zone in s.execute(
                    select(ip.interaction_id, ip.contact_id, Interaction.kind,
                           Interaction.occurred_at, Interaction.zone)
                    .join(Interaction, Interaction.id == ip.interaction_id)
                    .where(ip.interaction_id.in_(chunk))):
                present[iid].add(cid)
                info[iid] = (str(kind), at, zone)
        # from the partner at each: those who were at the partner on its date
        at_partner = {iid: {c for c in present[iid] & staff
                            if tenure.there(c, _local_date(info[iid][1], info[iid][2]))}
                      for iid in with_staff}
        with_staff = {iid for iid, there in at_partner.items() if there}
        present = {iid: present[iid] for iid in with_staff}
        info = {iid: info[iid] for iid in with_staff}
        met_with_staff = {c for people in present.values() for c in people} - staff
        # for each of them: their past interactions, and whether one had no partner person
        alone: set[int] = set()
        per_person: dict[int, set[int]] = defaultdict(set)  # person -> interactions
        for chunk in _chunks(sorted(met_with_staff)):
            for cid, iid in s.execute(
                    select(ip.contact_id, ip.interaction_id)
                    .join(Interaction, Interaction.id == ip.interaction_id)
                    .where(ip.contact_id.in_(chunk), Interaction.occurred_at <= now_utc)):
                per_person[cid].add(iid)
                if iid not in with_staff:
                    alone.add(cid)
        # introduced by (or with) the partner and never met: reached only through it
        introduced_by: dict[int, set[int]] = defaultdict(set)  # person -> partner people
        if staff:
            for chunk in _chunks(sorted(staff)):
                for i in s.scalars(select(Introduction).where(or_(
                        Introduction.introducer_id.in_(chunk),
                        Introduction.introduced_id.in_(chunk),
                        Introduction.introduced_to_id.in_(chunk)))):
                    if not tenure.made(i) or None not in (i.introduced_id, i.introduced_to_id):
                        continue  # not the partner introducing someone to the user
                    for e in (i.introduced_id, i.introduced_to_id):
                        if e is not None and e not in staff:
                            introduced_by[e].add(i.introducer_id)
        never_met = {c for c in introduced_by
                     if c not in met_with_staff and not _met(s, c, now_utc)}
        candidates = (met_with_staff - alone) | never_met
        around = _around(s, candidates, tenure, now_utc, today)
        only = candidates - around
        direct = met_with_staff - only
        people = _people(s, only | direct | staff, today, partner_orgs)
        # customer organisations: everyone the user met there is only through the partner
        customers: list[Customer] = []
        by_org: dict[int, list[int]] = defaultdict(list)
        for cid in sorted(only):
            for org_id in people[cid][1]:
                by_org[org_id].append(cid)
        for org_id, ids in by_org.items():
            members = set(_current_members(s, [org_id], today))
            met_there = {m for m in members if m in only or _met(s, m, now_utc)}
            if met_there and met_there <= only:
                o = s.get(Organization, org_id)
                customers.append(Customer(id=org_id, name=_org_name(o), people=sorted(
                    (people[c][0] for c in ids), key=lambda p: (p.name, p.id))))
        customers.sort(key=lambda c: (c.name, c.id))
        # the roads to each only-through person: the partner people at each interaction
        # (or who introduced them, when never met); lost entirely when every road is one person
        roads: dict[int, list[set[int]]] = {
            c: ([at_partner[i] for i in per_person[c]] if per_person[c]
                else [introduced_by[c]]) for c in only}
        hangs: list[HangsOn] = []
        for p in sorted(staff):
            breaks = sorted((people[c][0] for c in only if all(r == {p} for r in roads[c])),
                            key=lambda x: (x.name, x.id))
            shared = sorted((people[c][0] for c in only
                             if any(p in r for r in roads[c])
                             and not all(r == {p} for r in roads[c])),
                            key=lambda x: (x.name, x.id))
            if breaks or shared:
                lost = {b.id for b in breaks}  # every road to everyone there runs via p
                orgs = sorted({c.name for c in customers
                               if all(x.id in lost for x in c.people)})
                hangs.append(HangsOn(person=people[p][0], breaks=breaks, organizations=orgs,
                                     one_of_several=shared))
        hangs.sort(key=lambda h: (-len(h.breaks), -len(h.one_of_several), h.person.name,
                                  h.person.id))
        reviews = [_local_date(at, zone) for iid, (kind, at, zone) in info.items()
                   if kind == InteractionKind.BUSINESS_REVIEW.value]
        windows = health.quarter_windows(today)
        per_quarter = [0, 0, 0, 0]
        for _kind, at, zone in info.values():
            d = _local_date(at, zone)
            for k, (after, upto) in enumerate(windows):
                if after < d <= upto:
                    per_quarter[k] += 1
        signs = _signs(s, partner.id)
        return Dependency(
            partner_id=partner.id, partner=_org_name(partner),
            partner_people=sorted((people[p][0] for p in staff), key=lambda x: (x.name, x.id)),
            customers_only_through=customers,
            people_only_through=sorted((people[c][0] for c in only),
                                       key=lambda x: (x.name, x.id)),
            direct_people=sorted((people[c][0] for c in direct), key=lambda x: (x.name, x.id)),
            people_it_hangs_on=hangs, last_business_review=max(reviews, default=None),
            quarters=windows, interactions_per_quarter=per_quarter, signs=signs)


def _chunks(ids: list[int], size: int = 900):
    for k in range(0, len(ids), size):
        yield ids[k:k + size]


def _met(s, cid: int, now: datetime) -> bool:
    ip = interaction_participants.c
    return s.scalar(select(ip.interaction_id).join(Interaction, Interaction.id == ip.interaction_id)
                    .where(ip.contact_id == cid, Interaction.occurred_at <= now).limit(1)) \
        is not None


class _Tenure:
    """When each of the partner's people was there: their positions at the partner (or its
    group). A position with no start date counts from always, one with no end until now."""

    def __init__(self, s, staff: set[int], partner_orgs: set[int]):
        self.staff = staff
        self.spans: dict[int, list[tuple[date | None, date | None]]] = defaultdict(list)
        for chunk in _chunks(sorted(staff)):
            for cid, start, end in s.execute(
                    select(Position.contact_id, Position.start_date, Position.end_date)
                    .where(Position.contact_id.in_(chunk),
                           Position.organization_id.in_(sorted(partner_orgs)))):
                self.spans[cid].append((start, end))

    def there(self, cid: int | None, day: date | None) -> bool:
        """Whether ``cid`` was from the partner on ``day`` (an unknown day: now)."""
        if cid not in self.staff:
            return False
        if day is None:
            return True
        return any((a is None or a <= day) and (e is None or day <= e)
                   for a, e in self.spans.get(cid, ()))

    def made(self, i: Introduction) -> bool:
        """Whether the partner made the introduction (its introducer was there then)."""
        return self.there(i.introducer_id, i.introduced_on)

    def part_of(self, i: Introduction) -> bool:
        """Whether someone from the partner (then) made it or is part of it."""
        return any(self.there(e, i.introduced_on)
                   for e in (i.introducer_id, i.introduced_id, i.introduced_to_id))


def _met_without(s, cid: int, tenure: _Tenure, now: datetime) -> bool:
    """Whether the user had an interaction with ``cid`` with nobody from the partner (nobody
    who was at the partner on that day)."""
    ip = interaction_participants.c
    p2 = interaction_participants.alias("p2")
    staff = tenure.staff
    ids = select(ip.interaction_id, Interaction.occurred_at, Interaction.zone) \
        .join(Interaction, Interaction.id == ip.interaction_id) \
        .where(ip.contact_id == cid, Interaction.occurred_at <= now)
    for iid, at, zone in s.execute(ids):
        if not staff:
            return True
        day = _local_date(at, zone)
        there = s.scalars(select(p2.c.contact_id).where(
            p2.c.interaction_id == iid, p2.c.contact_id.in_(staff)))
        if not any(tenure.there(c, day) for c in there):
            return True
    return False


def _around(s, candidates: set[int], tenure: _Tenure, now: datetime, today: date) -> set[int]:
    """The candidates with an introduction or a colleague tie that goes around the partner."""
    out: set[int] = set()
    staff = tenure.staff
    if not candidates:
        return out
    for chunk in _chunks(sorted(candidates)):
        for i in s.scalars(select(Introduction).where(or_(
                Introduction.introduced_id.in_(chunk), Introduction.introduced_to_id.in_(chunk),
                Introduction.introducer_id.in_(chunk)))):
            ends = [i.introducer_id, i.introduced_id, i.introduced_to_id]
            if tenure.part_of(i):
                continue  # the partner made it or is part of it: through the partner
            if None in ends:  # the user introduced, or was introduced, without the partner
                out.update(e for e in ends if e in candidates)
                continue
            for e in ends:  # someone outside the partner whom the user met without it
                if e in candidates:
                    others = [x for x in ends if x is not None and x != e]
                    if any(_met_without(s, x, tenure, now) for x in others):
                        out.add(e)
        mine = select(Position.contact_id, Position.organization_id, Position.start_date,
                      Position.end_date).where(Position.contact_id.in_(chunk)).subquery()
        for cid, other, s1, e1, s2, e2 in s.execute(
                select(mine.c.contact_id, Position.contact_id, mine.c.start_date,
                       mine.c.end_date, Position.start_date, Position.end_date)
                .join(Position, Position.organization_id == mine.c.organization_id)
                .where(Position.contact_id != mine.c.contact_id)):
            if cid in out or other in staff:
                continue
            start = max((d for d in (s1, s2) if d is not None), default=None)
            end = min(e1 or date.max, e2 or date.max)
            if start is not None and start > end:
                continue
            if _reached_without(s, other, tenure, now):
                out.add(cid)
    return out


def _reached_without(s, cid: int, tenure: _Tenure, now: datetime) -> bool:
    """Whether the user reaches ``cid`` without the partner: met with nobody from the partner
    present, or introduced by (or to) the user, or by someone outside the partner whom the
    user met without it. The one rule for a colleague tie going around the partner."""
    if _met_without(s, cid, tenure, now):
        return True
    for i in s.scalars(select(Introduction).where(or_(
            Introduction.introduced_id == cid, Introduction.introduced_to_id == cid,
            Introduction.introducer_id == cid))):
        ends = [i.introducer_id, i.introduced_id, i.introduced_to_id]
        if tenure.part_of(i):
            continue
        if None in ends:
            return True
        if any(_met_without(s, x, tenure, now) for x in ends if x != cid):
            return True
    return False


def _people(s, ids: set[int], today: date, partner_orgs: set[int]
            ) -> dict[int, tuple[Person, list[int]]]:
    """Each person with their current organisation's name, and their current organisations
    other than the partner's."""
    out: dict[int, tuple[Person, list[int]]] = {}
    for chunk in _chunks(sorted(ids)):
        orgs: dict[int, list[tuple[date, int, str]]] = defaultdict(list)
        for cid, org_id, start, ja, en in s.execute(
                select(Position.contact_id, Position.organization_id, Position.start_date,
                       Organization.name_ja, Organization.name_en)
                .join(Organization, Organization.id == Position.organization_id)
                .where(Position.contact_id.in_(chunk),
                       or_(Position.end_date.is_(None), Position.end_date >= today))):
            orgs[cid].append((start or date.min, org_id, ja or en))
        for c in s.scalars(select(Contact).where(Contact.id.in_(chunk))):
            held = sorted(orgs[c.id], reverse=True)
            out[c.id] = (Person(id=c.id, name=names.short(c.family_name, c.given_name,
                                                          c.family_latin, c.given_latin),
                                organization=held[0][2] if held else ""),
                         [o for _d, o, _n in held if o not in partner_orgs])
    return out


def _signs(s, organization_id: int) -> list[Sign]:
    rows = {r.sign: r for r in s.scalars(select(DependencySign).where(
        DependencySign.organization_id == organization_id))}
    out = []
    for key, label in SIGNS:
        r = rows.get(key)
        out.append(Sign(key=key, label=label, checked=bool(r and r.checked),
                        checked_on=r.checked_on if r else None, note=r.note if r else ""))
    return out


def signs(journal: Journal, organization_id: int) -> list[Sign]:
    with journal.session() as s:
        if s.get(Organization, organization_id) is None:
            raise NotFoundError(f"There is no organisation with id {organization_id}.")
        return _signs(s, organization_id)


def tick(journal: Journal, organization_id: int, key: str, checked: bool = True, *,
         on: date | None = None, note: str | None = None) -> Sign:
    """Tick (or untick) one warning sign for an organisation; a tick is dated (today unless
    ``on`` says), an untick keeps no date."""
    if key not in SIGN_KEYS:
        raise ValidationError.single("sign", f"Unknown warning sign “{key}”; use one of: "
                                     + ", ".join(SIGN_KEYS) + ".")
    if on is not None and on > zones.today():
        raise ValidationError.single("on", f"{on.isoformat()} is in the future: a sign is "
                                     "ticked when it is seen.")
    with journal.session() as s:
        if s.get(Organization, organization_id) is None:
            raise NotFoundError(f"There is no organisation with id {organization_id}.")
        row = s.scalar(select(DependencySign).where(
            DependencySign.organization_id == organization_id, DependencySign.sign == key))
        if row is None:
            row = DependencySign(organization_id=organization_id, sign=key, note="")
            s.add(row)
        row.checked = checked
        row.checked_on = (on or zones.today()) if checked else None
        if note is not None:
            row.note = note.strip()
        s.flush()
        return next(x for x in _signs(s, organization_id) if x.key == key)
