"""The demo journal: about 40 fictional contacts with two years of history, made relative to
the day it is written so that follow-ups are due, overdue and upcoming whenever it is opened.

The people, organisations and texts are in ``kizuna_desktop/resources/demo/demo.json``;
this module turns them into records through the ordinary services, in one transaction.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, select

from kizuna_desktop import paths
from kizuna_desktop.errors import KizunaError
from kizuna_desktop.services import (
    clock,
    contacts,
    followups,
    interactions,
    introductions,
    ledger,
    meishi,
    organizations,
    positions,
)
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import (
    Contact,
    InteractionKind,
    LatinOrder,
    MeishiProfile,
    MethodKind,
    Organization,
)
from kizuna_desktop.text import zones

JST = timezone(timedelta(hours=9), "JST")
SEED = 20261125
KIND_WEIGHTS = {
    "meeting": 30, "meal": 12, "nomikai": 6, "call": 14, "email": 18, "message": 10,
    "event": 6, "meishi_exchange": 0,
}


class DemoRefusedError(KizunaError):
    pass


def _day(spec: str, today: date) -> date:
    """'-30' (days ago), '+5' (days ahead), '0', 'year-1-12-10' (a month and day of last
    year or, for year-0, this year's or last year's, whichever is past), or an ISO date."""
    if spec.startswith("year-"):
        _, back, month, day = spec.split("-")
        d = date(today.year - int(back), int(month), int(day))
        return d if d <= today else date(d.year - 1, d.month, d.day)
    if spec.lstrip("+-").isdigit():
        return today + timedelta(days=int(spec))
    return date.fromisoformat(spec)


def is_empty(journal: Journal) -> bool:
    with journal.session() as s:
        return not any(
            s.scalar(select(func.count()).select_from(model))
            for model in (Contact, Organization, MeishiProfile)
        )


def write_demo(journal: Journal, today: date | None = None,
               data_file: Path | None = None) -> dict[str, int]:
    """Fill an empty journal with the demo. Returns counts of what was written."""
    if not is_empty(journal):
        raise DemoRefusedError(
            f"{journal.path} already has data; the demo is only written into an empty journal."
        )
    today = today or datetime.now(JST).date()
    data = json.loads((data_file or paths.resource("demo", "demo.json")).read_text("utf-8"))
    rng = random.Random(SEED)
    counts = {"contacts": 0, "organizations": 0, "interactions": 0, "follow_ups": 0,
              "introductions": 0, "ledger": 0, "meishi_profiles": 0}
    with journal.session():  # one transaction: all of the demo or none of it
        orgs = _organizations(journal, data["organizations"])
        counts["organizations"] = len(orgs)
        people, regions = _contacts(journal, data["contacts"], orgs, today)
        counts["contacts"] = len(people)
        counts["interactions"] = _interactions(journal, data["interaction_plan"], people,
                                               regions, today, rng)
        for f in data["interaction_plan"]["follow_ups"]:
            fu = followups.create(journal, followups.FollowUpInput(
                contact_id=people[f["contact"]], title=f["title"], due_date=_day(f["due"], today)))
            if "done" in f:
                done = datetime.combine(_day(f["done"], today), datetime.min.time(), JST)
                followups.complete(journal, fu.id, done.replace(hour=18))
            elif "snoozed" in f:
                followups.snooze(journal, fu.id, _day(f["snoozed"], today))
            counts["follow_ups"] += 1
        for i in data["introductions"]:
            introductions.create(journal, introductions.IntroductionInput(
                introducer_id=people[i["by"]] if i["by"] else None,
                introduced_id=people[i["introduced"]] if i["introduced"] else None,  # None: me
                introduced_to_id=people[i["to"]] if i["to"] else None,
                introduced_on=_day(i["on"], today), note=i["note"]))
            counts["introductions"] += 1
        for e in data["ledger"]:
            ledger.create(journal, ledger.LedgerInput(
                contact_id=people[e["contact"]], direction=e["direction"], kind=e["kind"],
                occasion=e["occasion"], description=e["description"], value=e.get("value"),
                occurred_on=_day(e["on"], today), currency=e.get("currency", "JPY"),
                others=[people[k] for k in e.get("with", [])]))
            counts["ledger"] += 1
        meishi.create(journal, meishi.MeishiInput(**data["meishi"]))
        counts["meishi_profiles"] = 1
        _entered_on(journal, today)
    return counts


def _entered_on(journal: Journal, today: date) -> None:
    """A demo written for a day before today was entered on that day (at noon in Tokyo), not
    now: what it holds is as things stood then, so that a briefing for a meeting after that day
    (but before the real now) still sees the follow-ups and people the demo holds."""
    from sqlalchemy import update

    from kizuna_desktop.store.models import Base

    entered = datetime.combine(today, time(12), JST).astimezone(UTC).replace(tzinfo=None)
    if entered >= datetime.now(UTC).replace(tzinfo=None):
        return
    with journal.session() as s:
        for table in Base.metadata.sorted_tables:
            if "created_at" in table.c:
                s.execute(update(table).where(table.c.created_at > entered)
                          .values(created_at=entered))


def _organizations(journal: Journal, rows: list[dict]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for o in rows:
        view = organizations.create(journal, organizations.OrganizationInput(
            name_ja=o["name_ja"], name_en=o["name_en"], kind=o["kind"],
            group_id=ids[o["group"]] if o.get("group") else None, notes=o.get("notes", ""),
            reading=o.get("reading", ""), website=o.get("website", ""),
            address=o.get("address", "")))
        ids[o["key"]] = view.id
    return ids


def _birthday(spec: str | None) -> tuple[int | None, int | None, int | None]:
    if not spec:
        return None, None, None
    if spec.startswith("--"):
        month, day = spec[2:].split("-")
        return None, int(month), int(day)
    d = date.fromisoformat(spec)
    return d.year, d.month, d.day


def _contacts(journal: Journal, rows: list[dict], orgs: dict[str, int], today: date
              ) -> tuple[dict[str, int], dict[str, str]]:
    people: dict[str, int] = {}
    regions: dict[str, str] = {}
    for r in rows:
        year, month, day = _birthday(r.get("birthday"))
        c = contacts.create(journal, contacts.ContactInput(
            family_name=r["family_name"], given_name=r["given_name"],
            family_reading=r.get("family_reading", ""), given_reading=r.get("given_reading", ""),
            family_latin=r.get("family_latin", ""), given_latin=r.get("given_latin", ""),
            latin_order=LatinOrder(r.get("latin_order", "given_first")),
            honorific=r.get("honorific", "様"), region=r.get("region", ""),
            birth_year=year, birth_month=month, birth_day=day,
            interests=r.get("interests", ""), how_we_met=r.get("how_we_met", ""),
            notes=r.get("notes", ""), cadence_days=r.get("cadence_days"),
            methods=[contacts.Method(kind=MethodKind(k), label=label, value=v)
                     for k, label, v in r.get("methods", [])],
            tags=r.get("tags", []),
        ))
        for p in r.get("positions", []):
            positions.add(journal, c.id, positions.PositionInput(
                organization_id=orgs[p["org"]],
                department_ja=p["department_ja"], department_en=p["department_en"],
                title_ja=p["title_ja"], title_en=p["title_en"],
                start_date=_day(p["start"], today),
                end_date=_day(p["end"], today) if p.get("end") else None,
                concurrent=p.get("concurrent", False)))
        if r.get("archived"):
            contacts.set_archived(journal, c.id, True)
        people[r["key"]] = c.id
        regions[r["key"]] = r.get("region", "")
    return people, regions


# When and where each kind of interaction happens in a Japanese working week: meetings and
# calls in office hours at offices, lunch at noon, nomikai from 18:30 (to about 21:00) at an
# izakaya, receptions in the early evening; mail and LINE messages have no place.
HOURS = {
    "meeting": ["10:00", "10:30", "11:00", "14:00", "15:00", "16:00"],
    "meishi_exchange": ["10:00", "11:00", "14:00", "15:00"],
    "call": ["09:30", "10:00", "11:30", "13:30", "15:30", "16:30"],
    "meal": ["12:00", "12:00", "12:30"],
    "nomikai": ["18:30", "18:30", "19:00"],
    "event": ["17:30", "18:00", "18:30"],
    "email": ["08:40", "09:15", "11:05", "13:20", "16:45", "17:50"],
    "message": ["08:10", "12:40", "18:05", "20:30", "21:15"],
}
VENUE = {"meeting": "office", "meishi_exchange": "office", "call": "office", "meal": "lunch",
         "nomikai": "izakaya", "event": "event"}
HOME = "Asia/Tokyo"  # where the demo's user lives and works


def _working_day(d: date, kind: str) -> date:
    """Business happens on working days: not at weekends, not over the New Year holidays
    (29 December to 3 January); a message may come any day but New Year's Day."""
    if kind == "message":
        return d if (d.month, d.day) != (1, 1) else d + timedelta(days=1)
    while d.weekday() >= 5 or (d.month, d.day) >= (12, 29) or (d.month, d.day) <= (1, 3):
        d -= timedelta(days=1)
    return d


def _at(d: date, hhmm: str, zone: str) -> datetime:
    hour, minute = map(int, hhmm.split(":"))
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=zones.get(zone))


def _interactions(journal: Journal, plan: dict, people: dict[str, int],
                  regions: dict[str, str], today: date, rng: random.Random) -> int:
    templates = plan["templates"]
    kinds = [k for k, w in KIND_WEIGHTS.items() if w]
    weights = [KIND_WEIGHTS[k] for k in kinds]
    venues = plan["venues"]
    clock.set_home_zone(journal, HOME)  # the demo's user works in Tokyo
    n = 0
    for key, cid in people.items():
        if key == "archived":
            continue
        count = plan["heavy"].get(key, plan["default"])
        days = sorted(rng.sample(range(3, 730), count), reverse=True)
        for i, days_ago in enumerate(days):
            kind = "meishi_exchange" if i == 0 else rng.choices(kinds, weights)[0]
            summary, notes = rng.choice(templates[kind])
            day = _working_day(today - timedelta(days=days_ago), kind)
            when = _at(day, rng.choice(HOURS[kind]), HOME)
            here = venues.get(regions[key]) or venues[""]
            place = rng.choice(here[VENUE[kind]]) if kind in VENUE else ""
            quarter = (when.month - 1) // 3 + 1
            interactions.create(journal, interactions.InteractionInput(
                kind=InteractionKind(kind), occurred_at=when, zone=HOME, participant_ids=[cid],
                place=place, summary=summary, notes=notes.replace("{q}", str(quarter))))
            n += 1
    day = today
    for g in plan["group_events"]:
        zone = g.get("zone", HOME)
        if g.get("day_after_previous"):  # the next working day of a trip
            day = _working_day(day + timedelta(days=1), "message")
            while day.weekday() >= 5:
                day += timedelta(days=1)
        else:
            day = _working_day(_day(g["on"], today), g["kind"])
        when = _at(day, g.get("at") or HOURS[g["kind"]][0], zone)
        here = venues.get(regions[g["with"][0]]) or venues[""]
        place = g.get("place") or (here[VENUE[g["kind"]]][0] if g["kind"] in VENUE else "")
        interactions.create(journal, interactions.InteractionInput(
            kind=InteractionKind(g["kind"]), occurred_at=when, zone=zone,
            participant_ids=[people[k] for k in g["with"]],
            place=place, summary=g["summary"], notes=g["notes"]))
        n += 1
    return n
