"""Relationship intelligence (issue 24): `kizuna paths`, `kizuna health`, `kizuna dependency`."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta
from pathlib import Path

from kizuna_desktop.i18n import current, format_date, translate


def _day(day: date) -> str:
    """A date as the paths' evidence writes it: 2026-06-15, 2026年6月15日 in Japanese."""
    return format_date(day, "ja", weekday=False) if current() == "ja" else day.isoformat()


def _positive(text: str) -> int:
    """argparse type: a whole number of at least 1."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{text} is not at least 1")
    return n


def _hops(n: int) -> str:
    from kizuna_desktop.i18n import translate

    return (translate("cli", "1 hop") if n == 1
            else translate("cli", "{n} hops").format(n=n))


def register(sub: argparse._SubParsersAction) -> dict:
    """Adds this module's subcommands to ``sub``; returns their handlers by name."""
    p = sub.add_parser(
        "paths", help="who can introduce you to a contact or to anyone at an organisation",
        description="Ranked chains from you to a contact, or to anyone now at an organisation "
                    "(or in its group), strongest first: a chain is as strong as its weakest "
                    "link; equal chains with fewer hops first. Each link shows its evidence.")
    p.add_argument("contact", nargs="?", metavar="CONTACT",
                   help="an id, an e-mail, or a name matching exactly one")
    p.add_argument("--org", metavar="ORG", help="an organisation (id or name) instead")
    p.add_argument("--max-hops", type=int, default=3, metavar="N", help="1 to 3 (default 3)")
    p.add_argument("--limit", type=_positive, default=10, metavar="N",
                   help="at most N chains (default 10)")
    p.add_argument("--include-archived", action="store_true",
                   help="chains may run through archived contacts")
    p.add_argument("--json", action="store_true", help="one JSON object")

    h = sub.add_parser(
        "health", help="how each relationship is doing (days since, cadence, balance)",
        description="One entry per contact, most in need of attention first: days since the "
                    "last contact against the cadence (planned meetings do not count), "
                    "interactions per quarter over the last year, given and received, overdue "
                    "promises, and a hint when the balance leans to receiving.")
    h.add_argument("--going-cold", action="store_true",
                   help="only those due or past their cadence, the longest lapsed first")
    h.add_argument("--include-archived", action="store_true")
    h.add_argument("--limit", type=_positive, default=None, metavar="N",
                   help="at most N entries (1 or more)")
    h.add_argument("--json", action="store_true", help="a JSON array")

    d = sub.add_parser(
        "dependency", help="where the road to customers runs only through one partner",
        description="For a partner organisation (a distributor, say): the customers and "
                    "people reached only through its people, the people it hangs on, the last "
                    "business review, interactions per quarter and the warning signs.")
    d.add_argument("org", metavar="ORG", help="the partner organisation (id or name)")
    d.add_argument("-o", "--output", metavar="FILE.pdf", help="write the report as a PDF")
    d.add_argument("--tick", action="append", default=[], metavar="SIGN",
                   help="tick a warning sign (dated today, or --on)")
    d.add_argument("--untick", action="append", default=[], metavar="SIGN")
    d.add_argument("--on", metavar="YYYY-MM-DD", help="the date of the ticks")
    d.add_argument("--json", action="store_true", help="one JSON object")
    return {"paths": cmd_paths, "health": cmd_health, "dependency": cmd_dependency}


def _dump(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def cmd_paths(args: argparse.Namespace) -> int:
    from kizuna_desktop.cli import _open, terminal_safe
    from kizuna_desktop.errors import KizunaError
    from kizuna_desktop.services import lookup, network, organizations

    if (args.contact is None) == (args.org is None):
        raise KizunaError("Name a contact, or an organisation with --org (not both).")
    if not 1 <= args.max_hops <= 3:
        raise KizunaError("--max-hops takes 1, 2 or 3.")
    with _open(args) as journal:
        if args.org is not None:
            org = organizations.resolve(journal, args.org)
            found = network.paths(journal, organization_id=org.id, max_hops=args.max_hops,
                                  limit=args.limit,
                                  include_archived=args.include_archived)
        else:
            who = lookup.resolve(journal, args.contact)
            found = network.paths(journal, contact_id=who.id, max_hops=args.max_hops,
                                  limit=args.limit,
                                  include_archived=args.include_archived)
    if args.json:
        _dump(network.chains_json(found))
        return 0
    t = terminal_safe
    if not found.chains:
        print(translate("cli", "No chain of at most {hops} reaches {name}.").format(
            hops=_hops(args.max_hops), name=t(found.target)))
        return 0
    print(translate("cli", "Who can introduce you to {name}:").format(name=t(found.target)))
    for c in found.chains:
        route = " → ".join([translate("cli", "you"), *c.people])
        print(f"{c.rank}. {c.strength:.2f} · {_hops(c.hops)} · {t(route)}")
        for link in c.links:
            said = ("、".join(link.evidence_ja) if current() == "ja" and link.evidence_ja
                    else "; ".join(link.evidence))
            you = translate("cli", "you")
            print(f"     {t(you if link.from_id == network.ME else link.from_name)} → "
                  f"{t(you if link.to_id == network.ME else link.to_name)} ({link.strength:.2f}): "
                  + t(said))
    return 0


def cmd_health(args: argparse.Namespace) -> int:
    from kizuna_desktop.cli import _open, terminal_safe
    from kizuna_desktop.services import health

    with _open(args) as journal:
        if args.going_cold:
            rows = health.going_cold(journal, limit=args.limit)
        else:
            rows = health.every_contact(journal, include_archived=args.include_archived)
            rows = rows if args.limit is None else rows[:args.limit]
    if args.json:
        _dump([h.as_json() for h in rows])
        return 0
    if not rows:
        print(translate("cli", "Nobody is going cold.") if args.going_cold
              else translate("cli", "No contacts."))
        return 0
    status = {"cold": translate("cli", "cold"), "due": translate("cli", "due"),
              "ok": translate("cli", "ok"), "never": translate("cli", "never"),
              "unset": translate("cli", "unset")}
    for h in rows:
        since = (translate("cli", "never met") if h.days_since is None
                 else translate("cli", "{n} d since").format(n=h.days_since))
        cadence = (translate("cli", " / every {n} d").format(n=h.cadence_days)
                   if h.cadence_days else "")
        quarters = "·".join(str(n) for n in h.per_quarter)
        extra = [translate("cli", "given {given}, received {received} (gifts, favours, "
                                  "introductions)").format(given=h.given, received=h.received)]
        if h.overdue_promises:
            extra.append(translate("cli", "1 promise overdue") if h.overdue_promises == 1
                         else translate("cli", "{n} promises overdue").format(
                             n=h.overdue_promises))
        shown = status.get(h.status, h.status)
        if h.status == "cold" and h.cadence_days and h.overdue_days <= h.cadence_days:
            # past the cadence, not yet by a whole cadence again: the list's ▲ overdue
            # (× going cold beyond it); --json keeps the status "cold" for both
            shown = translate("cli", "overdue")
        print(terminal_safe(f"{shown:<7}  {h.name}  {since}{cadence}  "
                            + translate("cli", "quarters {q}").format(q=quarters) + "  "
                            + translate("cli", ", ").join(extra)))
        if h.hint:
            print(f"         {h.hint}")
    return 0


def cmd_dependency(args: argparse.Namespace) -> int:
    from kizuna_desktop.cli import _open, terminal_safe
    from kizuna_desktop.errors import KizunaError
    from kizuna_desktop.services import dependency, files, organizations
    from kizuna_desktop.text import zones

    on = None
    if args.on:
        try:
            on = date.fromisoformat(args.on)
        except ValueError:
            raise KizunaError(f"--on {args.on}: use YYYY-MM-DD.") from None
        if not args.tick:
            raise KizunaError("--on dates the ticks: give it with --tick SIGN.")
        if on > zones.today():
            raise KizunaError(f"--on {args.on} is in the future: a sign is ticked when seen.")
    both = sorted(set(args.tick) & set(args.untick))
    if both:
        raise KizunaError("Both --tick and --untick name " + ", ".join(both) + ": choose one.")
    with _open(args) as journal:
        org = organizations.resolve(journal, args.org)
        for key in args.tick:
            dependency.tick(journal, org.id, key, True, on=on)
        for key in args.untick:
            dependency.tick(journal, org.id, key, False)
        report = dependency.analyse(journal, org.id)
    data = report.as_json()
    if args.output:
        from kizuna_desktop.pdf import dependency_report

        out = Path(args.output)
        files.write_atomically(out, dependency_report.render(data, zones.today()))
    if args.json:
        _dump(data)
        return 0
    t = terminal_safe
    none = translate("cli", "none")
    print(t(translate("cli", "Partner dependency: {name}").format(name=report.partner)))
    print("  " + translate("cli", "Customers only through the partner: ") + (t("; ".join(
        f"{c.name} ({'、'.join(p.name for p in c.people)})"
        for c in report.customers_only_through)) or none))
    print("  " + translate("cli", "People only through the partner: ")
          + (t("、".join(p.name for p in report.people_only_through)) or none))
    for h in report.people_it_hangs_on:
        parts = []
        if h.breaks:
            parts.append(translate("cli", "lost entirely if they leave: ")
                         + "、".join(b.name for b in h.breaks))
        if h.one_of_several:
            parts.append(translate("cli", "one of several roads to: ")
                         + "、".join(b.name for b in h.one_of_several))
        print(t("  " + translate("cli", "Hangs on {name}: ").format(name=h.person.name)
                + "; ".join(parts)))
    print("  " + translate("cli", "Last business review: ")
          + (_day(report.last_business_review) if report.last_business_review
             else translate("cli", "none recorded")))
    print("  " + translate("cli", "Interactions per quarter: ") + ", ".join(
        f"{_day(a + timedelta(days=1))}–"
        f"{_day(b)}: {n}" for (a, b), n in zip(report.quarters,
                                                    report.interactions_per_quarter,
                                                    strict=True)))
    signs = {"controls_access": translate("cli", "The partner controls all access to the "
                                                 "customers"),
             "no_direct_contacts": translate("cli", "We have no direct contacts of our own at "
                                                    "the customers"),
             "no_business_review": translate("cli", "No business review for a year or more"),
             "one_person": translate("cli", "The relationship hangs on one person at the "
                                            "partner"),
             "obligation_over_data": translate("cli", "Decisions are made from obligation, not "
                                                      "from data")}
    for s in report.signs:
        mark = f"[x] {_day(s.checked_on) if s.checked_on else ''}" if s.checked else "[ ]"
        label = signs.get(s.key, s.label)
        print(t(f"  {mark} {label} ({s.key})" + (f": {s.note}" if s.note else "")))
    if args.output:
        print(translate("cli", "Report written to {path}.").format(path=args.output))
    return 0
