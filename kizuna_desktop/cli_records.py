"""Commands that enter what a relationship holds: add, edit, followup, followups, gift,
introduce, orgs, org, transfer.

CONTACT and ORG are an id, an e-mail address (contacts) or a name in any script matching
exactly one; only when no name matches does the wider search decide (see services/lookup.py).
Every command checks its input as the window does; each problem is printed on its own line
(``kizuna: error: …``), exit 1, and nothing is written.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

from kizuna_desktop.errors import KizunaError, ValidationError
from kizuna_desktop.i18n import (
    cells,
    current,
    format_date,
    format_span,
    message,
    occasion_choices,
    translate,
    translate_message,
)
from kizuna_desktop.kinds import (
    Occasion,
    OrganizationKind,
    organization_kind_label,
    parse_occasion,
    parse_organization_kind,
)

EXIT_ERROR = 1

# Field names of the services' errors -> the option a user typed.
OPTION_OF = {
    "family_name": "--family", "given_name": "--given", "family_reading": "--family-reading",
    "given_reading": "--given-reading", "family_latin": "--family-latin",
    "given_latin": "--given-latin", "honorific": "--honorific", "region": "--region",
    "notes": "--notes", "organization": "--org", "organization_id": "--org",
    "organization_name": "--org", "department_ja": "--department",
    "department_en": "--department-en", "title_ja": "--title", "title_en": "--title-en",
    "start_date": "--since/--on", "end_date": "--until", "photo": "--photo",
    "value": "--value", "currency": "--currency", "occasion": "--occasion",
    "description": "--what", "occurred_on": "--on", "direction": "--given/--received",
    "kind": "--kind", "others": "--with", "introducer_id": "--by",
    "introduced_id": "CONTACT", "introduced_to_id": "--to", "introduced_on": "--on",
    "note": "--note", "name_ja": "--name-ja", "name_en": "--name-en", "reading": "--reading",
    "group_id": "--group", "website": "--website", "address": "--address",
    "title": "--title", "due_date": "--due", "contact_id": "CONTACT",
}


class Problems(KizunaError):
    """Several problems, each printed on its own line."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


def _fail(problems: list[str]) -> int:
    for p in problems:
        print(translate("cli", "kizuna: error: {message}").format(message=p), file=sys.stderr)
    return EXIT_ERROR


def _lines(e: ValidationError) -> list[str]:
    out = []
    for name, msg in e.errors.items():
        base = name.split("[")[0]
        opt = OPTION_OF.get(base)
        msg = translate_message(msg)
        out.append(f"{opt}: {msg}" if opt else msg)
    return out


def _run(fn):
    """A handler whose ValidationErrors and Problems become one line per problem."""
    def handler(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except ValidationError as e:
            return _fail(_lines(e))
        except Problems as e:
            return _fail(e.problems)
    handler.__name__ = fn.__name__
    return handler


def _date(text: str | None, option: str, problems: list[str]) -> date | None:
    if text is None or text == "":
        return None
    m = re.fullmatch(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", text.strip())
    if m is None:
        problems.append(translate("cli", "{option}: “{text}” is not a date: use YYYY-MM-DD, "
                                  "e.g. 2026-04-01.").format(option=option, text=text))
        return None
    try:
        return date(*(int(x) for x in m.groups()))
    except ValueError:
        problems.append(translate("cli", "{option}: “{text}” is not a real date (no such day).")
                        .format(option=option, text=text))
        return None


def _open(args, create: bool = False):
    from kizuna_desktop.cli import _open as open_journal

    return open_journal(args, create=create)


def _contact(journal, spec: str, problems: list[str], what: str = "CONTACT"):
    from kizuna_desktop.services import lookup

    try:
        return lookup.resolve(journal, spec)
    except KizunaError as e:
        problems.append(f"{what}: {message(e)}")
        return None


def _contact_or_me(journal, spec: str, problems: list[str], what: str):
    from kizuna_desktop.services import lookup

    if spec.strip().lower() == lookup.ME:
        return None
    return _contact(journal, spec, problems, what) or False


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# --- registering ------------------------------------------------------------------------

def _contact_fields(p: argparse.ArgumentParser, new: bool) -> None:
    g = p.add_argument_group("name")
    g.add_argument("--family", help="family name as written (山田)")
    g.add_argument("--given", help="given name as written (太郎)")
    g.add_argument("--family-reading", help="family name in kana (やまだ)")
    g.add_argument("--given-reading", help="given name in kana (たろう)")
    g.add_argument("--family-latin", help="family name in Latin letters (Yamada)")
    g.add_argument("--given-latin", help="given name in Latin letters (Taro)")
    g.add_argument("--honorific", help="様 by default")
    d = p.add_argument_group("details")
    d.add_argument("--region", help="prefecture or region (東京都)")
    d.add_argument("--notes", help="notes")
    d.add_argument("--email", action="append", default=[], metavar="ADDRESS",
                   help="an e-mail address (repeat for more)")
    d.add_argument("--phone", action="append", default=[], metavar="NUMBER",
                   help="a phone number (repeat for more)")
    d.add_argument("--tag", action="append", default=[], metavar="TAG", help="a tag (repeat)")
    d.add_argument("--photo", metavar="FILE", help="a photo (PNG, JPEG or WebP)")
    if not new:
        d.add_argument("--no-photo", action="store_true", help="remove the photo")
    w = p.add_argument_group("work") if new else \
        p.add_argument_group("current position (corrects it)")
    w.add_argument("--org", metavar="ORG", help="the organisation (found by name, else made)")
    w.add_argument("--department", help="department in Japanese (営業部)")
    w.add_argument("--department-en", help="department in English")
    w.add_argument("--title", help="title in Japanese (部長)")
    w.add_argument("--title-en", help="title in English")
    w.add_argument("--since", metavar="DATE",
                   help="when the position began (default: unknown)")
    p.add_argument("--json", action="store_true", help="print the contact as JSON")


def register(sub: argparse._SubParsersAction) -> dict:
    """Adds this module's subcommands to ``sub``; returns their handlers by name."""
    a = sub.add_parser("add", help="add a contact (with company and title, from a meishi)")
    _contact_fields(a, new=True)

    e = sub.add_parser("edit", help="change a contact's fields (only those given)")
    e.add_argument("contact", metavar="CONTACT")
    _contact_fields(e, new=False)

    f = sub.add_parser("followup", help="add a follow-up or mark one done")
    fs = f.add_subparsers(dest="followup_command", metavar="add|done", required=True)
    fa = fs.add_parser("add", help="a follow-up for a contact")
    fa.add_argument("contact", metavar="CONTACT")
    fa.add_argument("--title", required=True, help="what to do")
    fa.add_argument("--due", required=True, metavar="DATE", help="by when (YYYY-MM-DD)")
    fa.add_argument("--notes", default="")
    fa.add_argument("--json", action="store_true")
    fd = fs.add_parser("done", help="mark a follow-up done")
    fd.add_argument("id", metavar="ID", type=str)
    fl = sub.add_parser("followups", help="list open follow-ups (soonest first)")
    fl.add_argument("--all", action="store_true", help="done ones too")
    fl.add_argument("--json", action="store_true")

    g = sub.add_parser("gift", help="record a gift or favour given or received")
    g.add_argument("contact", metavar="CONTACT")
    way = g.add_mutually_exclusive_group(required=True)
    way.add_argument("--given", action="store_true", help="you gave it")
    way.add_argument("--received", action="store_true", help="you received it")
    g.add_argument("--kind", choices=["gift", "favour"], default="gift")
    g.add_argument("--what", required=True, help="what it was (a sake set, help with a visa…)")
    g.add_argument("--value", metavar="AMOUNT", help="its value, a whole number (5000)")
    g.add_argument("--currency", default="JPY", help="three letters (default JPY)")
    g.add_argument("--occasion", default="other", metavar="OCCASION",
                   help=occasion_choices())
    g.add_argument("--on", metavar="DATE", help="the date (default: today)")
    g.add_argument("--with", dest="others", action="append", default=[], metavar="CONTACT",
                   help="another person involved (repeat)")
    g.add_argument("--json", action="store_true")

    i = sub.add_parser("introduce", help="record who introduced whom to whom")
    i.add_argument("contact", metavar="A", help="who was introduced (a contact or 'me')")
    i.add_argument("--to", required=True, metavar="B", help="to whom (a contact or 'me')")
    i.add_argument("--by", default="me", metavar="C",
                   help="who made the introduction (default: me)")
    i.add_argument("--on", metavar="DATE", help="when (default: unknown)")
    i.add_argument("--note", default="", help="the context: a golf day, the chamber's party…")
    i.add_argument("--json", action="store_true")

    o = sub.add_parser("orgs", help="list organisations with kind, group and people")
    o.add_argument("--search", "-s", default="", metavar="TEXT")
    o.add_argument("--kind", metavar="KIND",
                   help=", ".join(k.value for k in OrganizationKind))
    o.add_argument("--json", action="store_true")

    org = sub.add_parser("org", help="show, edit or merge an organisation")
    os_ = org.add_subparsers(dest="org_command", metavar="show|edit|merge", required=True)
    show = os_.add_parser("show", help="an organisation with its people now and before")
    show.add_argument("org", metavar="ORG")
    show.add_argument("--json", action="store_true")
    ed = os_.add_parser("edit", help="change an organisation's fields (only those given)")
    ed.add_argument("org", metavar="ORG")
    ed.add_argument("--name-ja")
    ed.add_argument("--name-en")
    ed.add_argument("--reading", help="in kana")
    ed.add_argument("--kind", help=", ".join(k.value for k in OrganizationKind))
    ed.add_argument("--group", metavar="ORG", help="its group or parent ('' for none)")
    ed.add_argument("--website")
    ed.add_argument("--address")
    ed.add_argument("--notes")
    ed.add_argument("--json", action="store_true")
    mg = os_.add_parser("merge", help="merge ORG into INTO-ORG (its people follow)")
    mg.add_argument("org", metavar="ORG")
    mg.add_argument("into", metavar="INTO-ORG")

    t = sub.add_parser("transfer", help="record a transfer or promotion from a date")
    t.add_argument("contact", metavar="CONTACT")
    t.add_argument("--org", metavar="ORG", help="the organisation (default: the current one)")
    t.add_argument("--department", help="department in Japanese (default: the current one)")
    t.add_argument("--department-en")
    t.add_argument("--title", help="the new title in Japanese")
    t.add_argument("--title-en")
    t.add_argument("--on", required=True, metavar="DATE", help="when it takes effect")
    t.add_argument("--concurrent", action="store_true",
                   help="兼務: held alongside the current position (ends nothing)")
    t.add_argument("--json", action="store_true")

    return {"add": _run(cmd_add), "edit": _run(cmd_edit), "followup": _run(cmd_followup),
            "followups": _run(cmd_followups), "gift": _run(cmd_gift),
            "introduce": _run(cmd_introduce), "orgs": _run(cmd_orgs), "org": _run(cmd_org),
            "transfer": _run(cmd_transfer)}


# --- contacts ---------------------------------------------------------------------------

_NAME_OPTIONS = {"family": "family_name", "given": "given_name",
                 "family_reading": "family_reading", "given_reading": "given_reading",
                 "family_latin": "family_latin", "given_latin": "given_latin",
                 "honorific": "honorific", "region": "region", "notes": "notes"}


def _name_controls(args) -> None:
    """Control characters typed into an option are removed when the contact is saved (as on
    every path); here they are named, one note per option, as import names them."""
    from kizuna_desktop.i18n import translate
    from kizuna_desktop.services import validation

    for opt, value in sorted(vars(args).items()):
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str) and (found := validation.control_characters(
                    v.replace("\r", "\n"))):  # CR and CRLF are line ends, not removed
                flag = "--" + opt.replace("_", "-")
                print(translate("cli", "kizuna: note: {note}").format(
                    note=f"{flag}: {found}"), file=sys.stderr)
                break


def _apply_contact_args(args, data, problems: list[str]) -> None:
    from kizuna_desktop.services.contacts import Method
    from kizuna_desktop.store.models import MethodKind

    _name_controls(args)

    for opt, name in _NAME_OPTIONS.items():
        value = getattr(args, opt)
        if value is not None:
            setattr(data, name, value)
    have = {(m.kind, m.value) for m in data.methods}
    for kind, values in ((MethodKind.EMAIL, args.email), (MethodKind.PHONE, args.phone)):
        for v in values:
            if (kind, v) not in have:
                data.methods.append(Method(kind=kind, value=v, label="work"))
    for t in args.tag:
        if t not in data.tags:
            data.tags.append(t)


def since_alone(args) -> bool:
    return bool(args.since) and not any((args.org, args.department, args.department_en,
                                         args.title, args.title_en))


def _org_named(journal, role, problems: list[str]) -> None:
    """``role``'s organisation typed by name: the one organisation of exactly that name (it
    is used), none (it will be made) or several (a problem listing them)."""
    from kizuna_desktop.services import organizations

    if role is None or not role.organization_name.strip():
        return
    found = organizations.named(journal, role.organization_name)
    if len(found) == 1:
        role.organization_id, role.organization_name = found[0].id, ""
    elif found:
        problems.append(
            "--org: " + message(organizations.AmbiguousOrganizationError(
                role.organization_name, found)))


def _role(args, problems: list[str]):
    from kizuna_desktop.services.careers import Role

    since = _date(args.since, "--since", problems)
    if not any((args.org, args.department, args.department_en, args.title, args.title_en,
                args.since)):
        return None
    if since_alone(args) and getattr(args, "contact", None) is None:  # add
        problems.append(translate("cli", "--since needs --org or --title (the position it "
                                         "dates)."))
    return Role(organization_name=args.org or "", department_ja=args.department or "",
                department_en=args.department_en or "", title_ja=args.title or "",
                title_en=args.title_en or "", start_date=since)


def _photo_bytes(args, problems: list[str]) -> bytes | None:
    if not args.photo:
        return None
    try:
        data = Path(args.photo).read_bytes()
    except OSError as e:
        problems.append(translate("cli", "--photo: cannot read {path}: {reason}.").format(
            path=args.photo, reason=translate_message(str(e.strerror or e))))
        return None
    from kizuna_desktop.services import photos

    try:
        return photos.prepare(data)
    except ValidationError as e:
        problems.extend(_lines(e))
        return None


def contact_json(detail) -> dict:
    from kizuna_desktop.services import names

    cur = detail.current_position
    return {
        "id": detail.id,
        "name": names.written(detail.name_parts),
        "reading": names.reading(detail.name_parts),
        "latin": names.latin(detail.name_parts),
        "organization": cur.organization if cur else None,
        "department": (cur.department_ja or cur.department_en) if cur else None,
        "title": cur.title if cur else None,
        "since": cur.start_date.isoformat() if cur and cur.start_date else None,
        "emails": [m.value for m in detail.methods if m.kind.value == "email"],
        "phones": [m.value for m in detail.methods if m.kind.value == "phone"],
        "tags": list(detail.tags),
    }


def _say_contact(args, detail, verb: str) -> int:
    from kizuna_desktop.services import names

    if args.json:
        _print_json(contact_json(detail))
        return 0
    cur = detail.current_position
    role = f" — {' '.join(x for x in (cur.organization, cur.department_ja, cur.title) if x)}" \
        if cur else ""
    print(verb.format(name=names.display(detail.name_parts), id=detail.id, role=role))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from kizuna_desktop import settings
    from kizuna_desktop.services import careers, contacts

    problems: list[str] = []
    # Preferences' keep-in-touch cadence for a new contact
    data = contacts.ContactInput(cadence_days=settings.preference("cadence_days"))
    _apply_contact_args(args, data, problems)
    role = _role(args, problems)
    photo = _photo_bytes(args, problems)
    if problems:
        raise Problems(problems)
    with _open(args, create=True) as journal:
        _org_named(journal, role, problems)
        if problems:
            raise Problems(problems)
        with journal.session():
            detail = careers.create_contact(journal, data, role)
            if photo is not None:
                contacts.set_photo(journal, detail.id, photo)
        return _say_contact(args, detail, translate("cli", "Added {name} (id {id}){role}."))


def cmd_edit(args: argparse.Namespace) -> int:
    from kizuna_desktop.services import careers, contacts

    problems: list[str] = []
    with _open(args) as journal:
        who = _contact(journal, args.contact, problems)
        role = _role(args, problems)
        photo = _photo_bytes(args, problems)
        _org_named(journal, role, problems)
        before = contacts.get(journal, who.id) if who else None
        cur = before.current_position if before else None
        if role is not None and cur is None and since_alone(args):
            problems.append(translate("cli", "--since needs --org or --title: the contact has "
                                             "no current position to date."))
        if problems:
            raise Problems(problems)
        data = before.to_input()
        _apply_contact_args(args, data, problems)
        cleared: list[str] = []
        with journal.session():
            contacts.update(journal, who.id, data)
            if role is not None:
                if cur is None:
                    careers.apply(journal, who.id, [careers.Add(role)])
                else:
                    fixed = careers.Role.of(cur)
                    if args.org:
                        fixed.organization_id = role.organization_id
                        fixed.organization_name = role.organization_name
                    for opt, name in (("department", "department_ja"),
                                      ("department_en", "department_en"),
                                      ("title", "title_ja"), ("title_en", "title_en")):
                        if getattr(args, opt) is not None:
                            setattr(fixed, name, getattr(args, opt))
                    # A new Japanese title or department (or another organisation) makes
                    # the old English one wrong: cleared unless given anew.
                    moved = bool(args.org) and fixed.organization_id != cur.organization_id
                    for ja, en, what in (("title", "title_en", "title"),
                                         ("department", "department_en", "department")):
                        changed = (getattr(args, ja) is not None and getattr(args, ja).strip()
                                   != getattr(cur, f"{ja}_ja")) or moved
                        if changed and getattr(args, en) is None and getattr(cur, en):
                            setattr(fixed, en, "")
                            cleared.append(f"the English {what} “{getattr(cur, en)}”")
                    if args.since:
                        fixed.start_date = role.start_date
                    careers.apply(journal, who.id, [careers.Edit(cur.id, fixed)])
            if photo is not None:
                contacts.set_photo(journal, who.id, photo)
            elif args.no_photo:
                contacts.set_photo(journal, who.id, None)
        code = _say_contact(args, contacts.get(journal, who.id),
                            translate("cli", "Saved {name} (id {id}){role}."))
        if cleared:
            print(translate("cli", "Cleared {what} (no longer matching); give {option} to set "
                            "it.").format(what=translate("cli", " and ").join(cleared),
                                          option="--title-en" if "title" in cleared[0]
                                          else "--department-en"),
                  file=sys.stderr if args.json else sys.stdout)
        return code


def cmd_transfer(args: argparse.Namespace) -> int:
    from kizuna_desktop.services import careers, contacts, organizations, positions

    problems: list[str] = []
    on = _date(args.on, "--on", problems)
    with _open(args) as journal:
        who = _contact(journal, args.contact, problems)
        org = None
        if args.org:
            try:
                org = organizations.resolve(journal, args.org)
            except organizations.AmbiguousOrganizationError as e:
                problems.append(f"--org: {message(e)}")
            except KizunaError:
                pass  # an unknown name makes a new organisation
        if problems:
            raise Problems(problems)
        cur = contacts.get(journal, who.id).current_position
        if org is None and not args.org and cur is None:
            raise Problems(["--org: the contact has no current organisation; name one."])
        if not any((args.org, args.department, args.department_en, args.title,
                    args.title_en)):
            raise Problems(["nothing changes: give --org, --department or --title."])
        role = careers.Role(
            organization_id=org.id if org else (None if args.org else cur.organization_id),
            organization_name=args.org if (args.org and org is None) else "",
            department_ja=args.department if args.department is not None else (
                cur.department_ja if cur and not args.org else ""),
            department_en=args.department_en if args.department_en is not None else (
                cur.department_en if cur and not args.org else ""),
            title_ja=args.title if args.title is not None else (cur.title_ja if cur else ""),
            title_en=args.title_en if args.title_en is not None else (
                cur.title_en if cur and args.title is None else ""),
            start_date=on, concurrent=args.concurrent)
        if not args.concurrent and role.same_as(cur):
            raise Problems(["nothing changes: the organisation, department and title are "
                            "those of the current position; give --org, --department or "
                            "--title."])
        done = careers.apply(journal, who.id, [careers.Transfer(role)])
        step = next(s for s in positions.steps(done.history)
                    if s.position.id == done.made[0])
        if args.json:
            p = step.position
            _print_json({"contact_id": who.id, "position_id": p.id, "kind": step.kind,
                         "organization": p.organization, "department": p.department_ja,
                         "title": p.title, "since": p.start_date.isoformat(),
                         "concurrent": p.concurrent})
            return 0
        print(translate("cli", "{name}: {what} from {date}.").format(
            name=who.display, what=step.sentence(), date=on))
        return 0


# --- follow-ups -------------------------------------------------------------------------

def _followup_json(f) -> dict:
    return {"id": f.id, "contact_id": f.contact_id, "contact": f.contact_name,
            "title": f.title, "due": f.due_date.isoformat(), "state": f.state.value,
            "notes": f.notes}


def cmd_followup(args: argparse.Namespace) -> int:
    from kizuna_desktop.services import followups

    problems: list[str] = []
    with _open(args) as journal:
        if args.followup_command == "done":
            if not args.id.isdigit():
                raise Problems([translate("cli", "ID: “{id}” is not a follow-up id (a number).")
                                .format(id=args.id)])
            f = followups.complete(journal, int(args.id))
            print(translate("cli", "Done: {title} ({name}).").format(title=f.title,
                                                                     name=f.contact_name))
            return 0
        due = _date(args.due, "--due", problems)
        who = _contact(journal, args.contact, problems)
        if problems:
            raise Problems(problems)
        f = followups.create(journal, followups.FollowUpInput(
            contact_id=who.id, title=args.title, due_date=due, notes=args.notes))
        if args.json:
            _print_json(_followup_json(f))
        else:
            print(translate("cli", "Follow-up {id} for {name}: {title}, due {due}.").format(
                id=f.id, name=f.contact_name, title=f.title, due=f.due_date))
        return 0


def cmd_followups(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from kizuna_desktop.services import followups
    from kizuna_desktop.store.models import FollowUp, FollowUpState

    with _open(args) as journal:
        with journal.session() as s:
            q = select(FollowUp.id)
            if not args.all:
                q = q.where(FollowUp.state != FollowUpState.DONE)
            ids = list(s.scalars(q.order_by(FollowUp.due_on, FollowUp.due_date, FollowUp.id)))
        rows = [followups.get(journal, i) for i in ids]
    if args.json:
        _print_json([_followup_json(f) for f in rows])
        return 0
    if not rows:
        print(translate("cli", "No open follow-ups."))
    for f in rows:
        state = "" if f.state.value == "open" else " [{}]".format(
            {"snoozed": translate("cli", "snoozed"), "done": translate("cli", "done")}.get(
                f.state.value, f.state.value))
        due = f.due_date
        if current() == "ja" and due is not None:  # 2026年11月22日(日), as the window lists it
            due = format_date(due)
            due += " " * max(0, 18 - cells(due))
        print(f"{f.id:>5}  {due}  {f.contact_name}: {f.title}{state}")
    return 0


# --- gifts and introductions ------------------------------------------------------------

def _ledger_json(v) -> dict:
    return {"id": v.id, "contact_id": v.contact_id, "contact": v.contact_name,
            "direction": v.direction.value, "kind": v.kind.value, "what": v.description,
            "value": v.value, "currency": v.currency, "occasion": v.occasion.value,
            "on": v.occurred_on.isoformat(), "others": list(v.others)}


def cmd_gift(args: argparse.Namespace) -> int:
    from kizuna_desktop.services import ledger
    from kizuna_desktop.store.models import LedgerDirection, LedgerKind

    problems: list[str] = []
    on = _date(args.on, "--on", problems) if args.on else date.today()
    value = None
    if args.value is not None:
        text = args.value.replace(",", "").replace("_", "").strip()
        try:
            value = int(text)
        except ValueError:
            problems.append(translate("cli", "--value: “{text}” is not a whole number (e.g. "
                                             "5000).").format(text=args.value))
        else:
            if value < 0:
                problems.append(translate("cli", "--value: A value cannot be negative."))
    try:
        occasion = parse_occasion(args.occasion)
    except ValueError as e:
        problems.append(f"--occasion: {message(e)}")
        occasion = Occasion.OTHER
    with _open(args) as journal:
        who = _contact(journal, args.contact, problems)
        others = []
        for spec in args.others:
            if spec.strip().lower() == "me":
                problems.append(translate("cli", "--with: “me” is you, who give or receive "
                                                 "it; --with names the other people "
                                                 "involved."))
            else:
                others.append(_contact(journal, spec, problems, "--with"))
        if problems:
            raise Problems(problems)
        v = ledger.create(journal, ledger.LedgerInput(
            contact_id=who.id,
            direction=LedgerDirection.GIVEN if args.given else LedgerDirection.RECEIVED,
            kind=LedgerKind(args.kind), occurred_on=on, occasion=occasion,
            description=args.what, value=value, currency=args.currency,
            others=[o.id for o in others]))
    if args.json:
        _print_json(_ledger_json(v))
    else:
        print(translate("cli", "{what} — {name}, {date} (id {id}).").format(
            what=v.sentence(), name=v.contact_name, date=v.occurred_on, id=v.id))
    return 0


def cmd_introduce(args: argparse.Namespace) -> int:
    from kizuna_desktop.services import introductions

    problems: list[str] = []
    on = _date(args.on, "--on", problems)
    with _open(args) as journal:
        a = _contact_or_me(journal, args.contact, problems, "A")
        b = _contact_or_me(journal, args.to, problems, "--to")
        c = _contact_or_me(journal, args.by, problems, "--by")
        if problems:
            raise Problems(problems)
        v = introductions.create(journal, introductions.IntroductionInput(
            introduced_id=a.id if a else None, introduced_to_id=b.id if b else None,
            introducer_id=c.id if c else None, introduced_on=on, note=args.note))
    if args.json:
        _print_json({"id": v.id, "introducer_id": v.introducer_id,
                     "introduced_id": v.introduced_id, "introduced_to_id": v.introduced_to_id,
                     "on": v.introduced_on.isoformat() if v.introduced_on else None,
                     "note": v.note, "sentence": v.sentence()})
    else:
        print((translate("cli", "{what} on {date} (id {id}).") if v.introduced_on
               else translate("cli", "{what} (id {id}).")).format(
            what=v.sentence(), date=v.introduced_on, id=v.id))
    return 0


# --- organisations ----------------------------------------------------------------------

def _org_json(o, people=None) -> dict:
    out = {"id": o.id, "name_ja": o.name_ja, "name_en": o.name_en, "reading": o.reading,
           "kind": o.kind.value, "kind_label": organization_kind_label(o.kind),
           "group_id": o.group_id, "group": o.group_name or None, "website": o.website,
           "address": o.address, "notes": o.notes, "people_now": o.people_now,
           "people_before": o.people_before}
    if people is not None:
        out["people"] = [{"contact_id": m.contact_id, "name": m.name, "title": m.title,
                          "department": m.department, "current": m.current,
                          "concurrent": m.concurrent,
                          "since": m.start_date.isoformat() if m.start_date else None,
                          "until": m.end_date.isoformat() if m.end_date else None}
                         for m in people]
    return out


def cmd_orgs(args: argparse.Namespace) -> int:
    from kizuna_desktop.cli import _pad, _width
    from kizuna_desktop.services import organizations

    kind = None
    if args.kind:
        try:
            kind = parse_organization_kind(args.kind)
        except ValueError as e:
            raise Problems([f"--kind: {message(e)}"]) from None
    with _open(args) as journal:
        rows, offset = [], 0
        while True:
            batch = organizations.list_all(journal, args.search, limit=500, offset=offset,
                                           kind=kind)
            rows += batch
            offset += len(batch)
            if len(batch) < 500:
                break
    if args.json:
        _print_json([_org_json(o) for o in rows])
        return 0
    if not rows:
        print(translate("cli", "No organisations match.") if args.search or kind
              else translate("cli", "No organisations yet."))
        return 0
    table = [(str(o.id), o.name_ja, o.name_en, translate("Kinds", o.kind_label), o.group_name,
              translate("cli", "{now} now, {before} before").format(
                  now=o.people_now, before=o.people_before)) for o in rows]
    header = (translate("cli", "ID"), translate("cli", "NAME"), translate("cli", "ENGLISH"),
              translate("cli", "KIND"), translate("cli", "GROUP"), translate("cli", "PEOPLE"))
    widths = [max(_width(x) for x in col) for col in zip(header, *table, strict=True)]
    for line in (header, *table):
        print("  ".join(_pad(cell, w) for cell, w in zip(line, widths, strict=True)).rstrip())
    return 0


def _org(journal, spec: str, problems: list[str], what: str = "ORG"):
    from kizuna_desktop.services import organizations

    try:
        return organizations.resolve(journal, spec)
    except KizunaError as e:
        problems.append(f"{what}: {message(e)}")
        return None


def cmd_org(args: argparse.Namespace) -> int:
    from kizuna_desktop.services import organizations

    problems: list[str] = []
    with _open(args) as journal:
        o = _org(journal, args.org, problems)
        if args.org_command == "merge":
            into = _org(journal, args.into, problems, "INTO-ORG")
            if problems:
                raise Problems(problems)
            record = organizations.merge(journal, o.id, into.id)
            print(translate("cli", "Merged {name} into {into}: {n} position(s) moved.").format(
                name=o.both_names, into=into.both_names, n=len(record.position_ids)))
            return 0
        if args.org_command == "show":
            if problems:
                raise Problems(problems)
            people = organizations.people(journal, o.id)
            if args.json:
                _print_json(_org_json(o, people))
                return 0
            print(translate("cli", "{name} (id {id}) — {kind}").format(
                name=o.both_names, id=o.id, kind=translate("Kinds", o.kind_label)))
            for label, value in ((translate("cli", "Reading"), o.reading),
                                 (translate("cli", "Group"), o.group_name),
                                 (translate("cli", "Website"), o.website),
                                 (translate("cli", "Address"), o.address),
                                 (translate("cli", "Notes"), o.notes)):
                if value:
                    print(f"  {label}: {value}")
            for heading, current in ((translate("cli", "Now"), True),
                                     (translate("cli", "Before"), False)):
                group = [m for m in people if m.current == current]
                if group:
                    print(f"  {heading}:")
                for m in group:
                    span = format_span(m.start_date, m.end_date)
                    extra = " (兼務)" if m.concurrent else ""
                    print(f"    {m.name}  {' '.join(x for x in (m.department, m.title) if x)}"
                          f"  {span}{extra}")
            return 0
        # edit
        if problems:
            raise Problems(problems)
        data = o.to_input()
        for opt, name in (("name_ja", "name_ja"), ("name_en", "name_en"),
                          ("reading", "reading"), ("website", "website"),
                          ("address", "address"), ("notes", "notes")):
            if getattr(args, opt) is not None:
                setattr(data, name, getattr(args, opt))
        if args.kind is not None:
            try:
                data.kind = parse_organization_kind(args.kind)
            except ValueError as e:
                problems.append(f"--kind: {message(e)}")
        if args.group is not None:
            if args.group.strip() == "":
                data.group_id = None
            else:
                g = _org(journal, args.group, problems, "--group")
                data.group_id = g.id if g else None
        if problems:
            raise Problems(problems)
        saved = organizations.update(journal, o.id, data)
        saved = organizations.get(journal, saved.id)
    if args.json:
        _print_json(_org_json(saved))
    else:
        print((translate("cli", "Saved {name} (id {id}): {kind}, in {group}.")
               if saved.group_name else translate("cli", "Saved {name} (id {id}): {kind}."))
              .format(name=saved.both_names, id=saved.id,
                      kind=translate("Kinds", saved.kind_label), group=saved.group_name))
    return 0
