"""The demo journal: about 40 fictional contacts with two years of history, made relative to
the day it is written so that follow-ups are due, overdue and upcoming whenever it is opened.

The people, organisations and texts are in ``kizuna_desktop/resources/demo/demo.json``;
this module turns them into records through the ordinary services, in one transaction.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, select

from kizuna_desktop import paths
from kizuna_desktop.errors import KizunaError
from kizuna_desktop.services import (
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
                introduced_id=people[i["introduced"]],
                introduced_to_id=people[i["to"]] if i["to"] else None,
                introduced_on=_day(i["on"], today), note=i["note"]))
            counts["introductions"] += 1
        for e in data["ledger"]:
            ledger.create(journal, ledger.LedgerInput(
                contact_id=people[e["contact"]], direction=e["direction"], kind=e["kind"],
                occasion=e["occasion"], description=e["description"], value=e.get("value"),
                occurred_on=_day(e["on"], today)))
            counts["ledger"] += 1
        meishi.create(journal, meishi.MeishiInput(**data["meishi"]))
        counts["meishi_profiles"] = 1
    return counts


def _organizations(journal: Journal, rows: list[dict]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for o in rows:
        view = organizations.create(journal, organizations.OrganizationInput(
            name_ja=o["name_ja"], name_en=o["name_en"], kind=o["kind"],
            group_id=ids[o["group"]] if o.get("group") else None, notes=o.get("notes", "")))
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
                end_date=_day(p["end"], today) if p.get("end") else None))
        if r.get("archived"):
            contacts.set_archived(journal, c.id, True)
        people[r["key"]] = c.id
        regions[r["key"]] = r.get("region", "")
    return people, regions


def _interactions(journal: Journal, plan: dict, people: dict[str, int],
                  regions: dict[str, str], today: date, rng: random.Random) -> int:
    templates = plan["templates"]
    kinds = [k for k, w in KIND_WEIGHTS.items() if w]
    weights = [KIND_WEIGHTS[k] for k in kinds]
    n = 0
    for key, cid in people.items():
        if key == "archived":
            continue
        count = plan["heavy"].get(key, plan["default"])
        days = sorted(rng.sample(range(3, 730), count), reverse=True)
        for i, days_ago in enumerate(days):
            kind = "meishi_exchange" if i == 0 else rng.choices(kinds, weights)[0]
            summary, notes = rng.choice(templates[kind])
            when = datetime.combine(today - timedelta(days=days_ago), datetime.min.time(), JST)
            when = when.replace(hour=rng.choice([9, 10, 11, 14, 15, 16, 18, 19]),
                                minute=rng.choice([0, 0, 30]))
            places = plan["places"].get(regions[key]) or plan["places"][""]
            place = "" if kind in ("email", "message") else rng.choice(places)
            quarter = (when.month - 1) // 3 + 1
            interactions.create(journal, interactions.InteractionInput(
                kind=InteractionKind(kind), occurred_at=when, participant_ids=[cid],
                place=place, summary=summary, notes=notes.replace("{q}", str(quarter))))
            n += 1
    for g in plan["group_events"]:
        when = datetime.combine(_day(g["on"], today), datetime.min.time(), JST).replace(hour=18)
        interactions.create(journal, interactions.InteractionInput(
            kind=InteractionKind(g["kind"]), occurred_at=when,
            participant_ids=[people[k] for k in g["with"]],
            place=g.get("place", ""), summary=g["summary"], notes=g["notes"]))
        n += 1
    return n
