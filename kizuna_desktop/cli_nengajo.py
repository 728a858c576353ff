"""New Year cards (issue 25): `kizuna nengajo list|mark|sender|print`, `kizuna labels`,
`kizuna seasons` (the seasonal reminders, accepted into follow-ups)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from kizuna_desktop.i18n import current, format_date, region_label, translate


def _default_year() -> int:
    today = date.today()
    return today.year + 1 if today.month >= 10 else today.year


def register(sub: argparse._SubParsersAction) -> dict:
    """Adds this module's subcommands to ``sub``; returns their handlers by name."""
    p = sub.add_parser(
        "nengajo", help="New Year cards: the list, marks, the sender, printing",
        description="New Year cards (nengajō) for a year: who to send to (contacts marked "
                    "for it, plus everyone who sent one the year before), sent / received / "
                    "mourning marks, the sender, and the address side of postcards.")
    nsub = p.add_subparsers(dest="nengajo_command", metavar="{list,mark,sender,print}")
    nsub.required = True
    lst = nsub.add_parser("list", help="who to send to for a year")
    lst.add_argument("--year", type=int, default=_default_year(), metavar="Y",
                     help="the New Year the cards greet (default: the coming one)")
    lst.add_argument("--json", action="store_true", help="one JSON object")
    mk = nsub.add_parser("mark", help="mark a contact's card for a year")
    mk.add_argument("contact", metavar="CONTACT",
                    help="an id, an e-mail, or a name matching exactly one; an organisation "
                         "(its name, or org:ID) when no contact has that name")
    mk.add_argument("--year", type=int, default=_default_year(), metavar="Y")
    mk.add_argument("--send", action="store_true", help="put the contact on the list")
    mk.add_argument("--sent", action="store_true", help="a card was sent")
    mk.add_argument("--received", action="store_true", help="a card came from them")
    mk.add_argument("--mourning", action="store_true",
                    help="in mourning (喪中): no card; a 寒中見舞い is proposed")
    mk.add_argument("--skip", action="store_true",
                    help="do not send this year (takes someone carried over from last year "
                         "off the list; --send puts them back)")
    mk.add_argument("--clear", action="store_true", help="clear the marks named (or all)")
    mk.add_argument("--organization", action="store_true",
                    help="CONTACT names an organisation: the card goes to the company (or "
                         "--department) with 御中")
    mk.add_argument("--department", default=None, metavar="NAME",
                    help="with an organisation: the department the card is addressed to "
                         "(総務部 御中); '' for the company itself")
    mk.add_argument("--joint", action="append", default=None, metavar="NAME",
                    help="a joint name (連名) on the same card: a given name (under the "
                         "family name) or a full name 'FAMILY GIVEN'; repeat for more")
    mk.add_argument("--onchu", choices=("yes", "no"),
                    help="address the company or department alone (御中), not the person")
    sd = nsub.add_parser("sender", help="show or set the sender printed on the cards")
    sd.add_argument("--name", help="the sender's name")
    sd.add_argument("--address", help="the sender's address on one line")
    sd.add_argument("--postal-code", default="", metavar="NNN-NNNN")
    sd.add_argument("--json", action="store_true")
    pr = nsub.add_parser("print", help="the address side of postcards (100 × 148 mm) as PDF")
    pr.add_argument("--year", type=int, default=_default_year(), metavar="Y")
    pr.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    pr.add_argument("--offset-x", type=float, default=None, metavar="MM",
                    help="move everything right by MM (remembered)")
    pr.add_argument("--offset-y", type=float, default=None, metavar="MM",
                    help="move everything down by MM (remembered)")
    pr.add_argument("--test-print", action="store_true",
                    help="one card with the postal-code boxes' outlines, to hold against a "
                         "real card")
    pr.add_argument("--sender-box-left", type=float, default=None, metavar="MM",
                    help="the left edge of the card's first sender postal-code box "
                         "(default 5.7; remembered)")
    pr.add_argument("--sender-box-top", type=float, default=None, metavar="MM",
                    help="the top edge of the sender boxes (default 128.0; remembered)")
    lb = sub.add_parser(
        "labels", help="address labels on A4 sheets (ochūgen, oseibo)",
        description="Address labels for a year's New Year list or a tag, on a maker's A4 "
                    "sheet or a custom layout, horizontal or vertical, with a calibration "
                    "print of the labels' outlines.")
    who = lb.add_mutually_exclusive_group(required=True)
    who.add_argument("--year", type=int, metavar="Y", help="the New Year list's cards to print")
    who.add_argument("--tag", metavar="TAG", help="every contact with this tag")
    lb.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    lb.add_argument("--sheet", default="avery-l7160",
                    help="avery-l7160 (21 labels, 63.5 × 38.1 mm), avery-l7163 (14, "
                         "99.1 × 38.1 mm), a-one-28185 (エーワン, 18, 70 × 42.3 mm), "
                         "kokuyo-kpc-e1121 (KOKUYO, 12, 86.4 × 42.3 mm) or "
                         "custom:ROWS,COLS,W,H,PITCH_X,PITCH_Y,LEFT,TOP (mm)")
    lb.add_argument("--vertical", action="store_true", help="vertical text (tategaki)")
    lb.add_argument("--calibration", action="store_true",
                    help="draw every label's outline (hold the print against a sheet)")
    se = sub.add_parser(
        "seasons", help="seasonal reminders (ochūgen, oseibo, nengajō, 寒中見舞い, birthdays)",
        description="The year's seasonal reminders by each contact's region (ochūgen: Kantō "
                    "1–15 July, Kansai 15 July – 15 August; oseibo 1–20 December; nengajō "
                    "posting 15–25 December; 寒中見舞い for contacts in mourning from 8 January, "
                    "16 January in Kansai; birthdays). Nothing is added until you accept a "
                    "reminder with --accept KEY (the key each line shows) or --accept all.")
    se.add_argument("--year", type=int, default=date.today().year, metavar="Y",
                    help="the calendar year (default: this year)")
    se.add_argument("--json", action="store_true", help="one JSON object")
    se.add_argument("--accept", action="append", default=None, metavar="KEY",
                    help="make the reminder with this key (CONTACT_ID:CUSTOM, as listed) a "
                         "follow-up; repeat for more, or 'all'")
    return {"nengajo": cmd_nengajo, "labels": cmd_labels, "seasons": cmd_seasons}


def _key(r) -> str:
    return f"{r.contact_id}:{r.custom}"


def cmd_seasons(args: argparse.Namespace) -> int:
    from kizuna_desktop.cli import _open
    from kizuna_desktop.cli import terminal_safe as t
    from kizuna_desktop.services import seasons

    if not 1900 <= args.year <= 9998:
        print(translate("cli", "kizuna seasons: --year {0} is out of range (1900–9998).")
              .format(args.year), file=sys.stderr)
        return 2
    with _open(args) as journal:
        found = seasons.proposals(journal, args.year, asked_on=seasons.today())
        if args.accept is None:
            if args.json:
                _dump({"year": args.year, "reminders": [
                    {"key": _key(r), "contact_id": r.contact_id, "name": r.name,
                     "region": r.region, "custom": r.custom, "title": r.title,
                     "due": r.due.isoformat(), "end": r.end.isoformat()} for r in found],
                    "calendar": [
                    {"custom": w.custom, "start": w.start.isoformat(),
                     "end": w.end.isoformat(), "note": w.note}
                    for w in seasons.windows(args.year, None)]})
                return 0
            print(translate("cli", "Seasonal reminders for {year}: {n} (accept with --accept "
                            "KEY).").format(year=args.year, n=len(found)))
            day = ((lambda d: format_date(d, weekday=False)) if current() == "ja"
                   else date.isoformat)  # 2026年12月1日 in Japanese, as the window's list
            for r in found:
                span = day(r.due) if r.end == r.due else f"{day(r.due)} – {day(r.end)}"
                region = region_label(r.region) if r.region else ""
                print(f"  {_key(r)}\t{span}\t{t(r.label)}\t{t(r.name)}{region}")
            return 0
        by_key = {_key(r): r for r in found}
        wanted = [k.strip() for k in args.accept]
        chosen, bad = [], []
        for k in wanted:
            if k.casefold() == "all":
                chosen.extend(r for r in found if r not in chosen)
            elif k in by_key:
                if by_key[k] not in chosen:
                    chosen.append(by_key[k])
            else:
                bad.append(k)
        ids = seasons.accept(journal, chosen) if chosen else []
    for r, fid in zip(chosen, ids, strict=True) if not args.json else ():
        print(translate("cli", "Follow-up {id}: {title} — {name}, due {due}.").format(
            id=fid, title=t(r.title), name=t(r.name), due=r.due.isoformat()))
    for k in bad:
        print(translate("cli", "kizuna seasons: no reminder {key} in {year} (already a "
                        "follow-up, or not a key from the list); nothing added for it.")
              .format(key=t(k), year=args.year), file=sys.stderr)
    if args.json:
        _dump({"accepted": [{"key": _key(r), "follow_up_id": fid}
                            for r, fid in zip(chosen, ids, strict=True)],
               "not_found": bad})
    return 1 if bad else 0


def _sheet(spec: str):
    from kizuna_desktop.services import nengajo_print

    return nengajo_print.sheet(spec)


def cmd_labels(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kizuna_desktop.cli import _open
    from kizuna_desktop.cli import terminal_safe as t
    from kizuna_desktop.services import nengajo_print

    sheet = _sheet(args.sheet)
    with _open(args) as journal:
        done = nengajo_print.print_labels(journal, sheet, year=args.year, tag=args.tag,
                                          vertical=args.vertical,
                                          calibration=args.calibration)
    people, result = done.people, done.result
    if not people or result.labels == 0:
        for problem in result.skipped:
            print(translate("cli", "Not printed: {what}").format(what=t(problem)))
        print(translate("cli", "Nothing to print: no contact for these labels; no file "
                        "written."), file=sys.stderr)
        return 1
    Path(args.output).write_bytes(result.pdf)
    print(translate("cli", "Wrote {n} labels on {pages} sheet(s) of {sheet} to {path}.").format(
        n=result.labels, pages=result.pages, sheet=sheet.name, path=t(args.output)))
    if not args.calibration:
        for r in people:  # where 様 is dropped or stands for another honorific (御中, 連名)
            for n in r.wording_notes():
                print(translate("cli", "Note: {what}").format(what=t(n)))
        for n in result.notes:  # a label abroad: horizontal on a vertical sheet, no 様
            print(translate("cli", "Note: {what}").format(what=t(n)))
    for problem in result.skipped:
        print(translate("cli", "Not printed: {what}").format(what=t(problem)))
    if result.skipped:
        print(translate("cli", "{n} label(s) left out (named above); the other {printed} are "
                        "in {path}.").format(n=len(result.skipped), printed=result.labels,
                                             path=t(args.output)), file=sys.stderr)
        return 1
    return 0


def _dump(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def cmd_nengajo(args: argparse.Namespace) -> int:
    return {"list": _list, "mark": _mark, "sender": _sender, "print": _print}[
        args.nengajo_command](args)


def _list(args: argparse.Namespace) -> int:
    from kizuna_desktop.cli import _open
    from kizuna_desktop.cli import terminal_safe as t
    from kizuna_desktop.services import nengajo

    with _open(args) as journal:
        found = nengajo.new_year_list(journal, args.year)
    if args.json:
        _dump(found.as_json())
        return 0

    why = {"marked": translate("cli", "marked"),
           "sent one last year": translate("cli", "sent one last year"),
           "reply to their card": translate("cli", "reply to their card")}

    def line(r) -> str:
        where = (r.address.text or r.address.latin or r.address.city if r.address
                 else translate("cli", "no address"))
        org = " ".join(r.organisation_lines)
        return f"  [{r.ref}] {t(org + ' ' if org else '')}{t('、'.join(r.name_lines))}" \
               f" — {t(where)} ({t(why.get(r.why, r.why))})"

    print(translate("cli", "New Year cards for {year}: {n} to print, {sent} sent, {mourning} in "
                    "mourning, {none} without a usable address.").format(
        year=args.year, n=len(found.to_print), sent=len(found.sent),
        mourning=len(found.mourning), none=len(found.no_address)))
    problems = found.postal_problems
    if problems:
        print(translate("cli", "Postal codes to check ({n}; their boxes would stay empty):")
              .format(n=len(problems)))
        for r in problems:
            print(f"  [{r.ref}] {t(r.display_name)}: {t(r.address.postal_problem)}")
    for title, rows in ((translate("cli", "To print:"), found.to_print),
                        (translate("cli", "Sent:"), found.sent),
                        (translate("cli", "Without a usable address (not printed):"),
                         found.no_address),
                        (translate("cli", "In mourning (喪中, not printed):"), found.mourning),
                        (translate("cli", "Not sending this year (--skip):"), found.skipped)):
        if rows:
            print(title)
            for r in rows:
                print(line(r))
    notes = [n for r in found.to_print + found.sent + found.no_address
             for n in r.wording_notes()]
    if notes:  # where 様 is dropped or stands for another honorific (御中, 連名)
        print(translate("cli", "How the cards are addressed:"))
        for n in notes:
            print(f"  {t(n)}")
    for p in found.proposals:
        print(translate("cli", "Proposed: {title} to {name} from {date}").format(
            title=t(p.title), name=t(p.name), date=p.due.isoformat()))
    return 0


def _mark(args: argparse.Namespace) -> int:
    from kizuna_desktop.cli import _open
    from kizuna_desktop.cli import terminal_safe as t
    from kizuna_desktop.errors import KizunaError
    from kizuna_desktop.services import nengajo

    keys = ("send", "sent", "received", "mourning", "skip")
    named = {k: True for k in keys if getattr(args, k)}
    if args.clear:
        named = {k: False for k in (named or keys)}
    onchu = None if args.onchu is None else args.onchu == "yes"
    if not named and args.joint is None and onchu is None and args.department is None:
        raise KizunaError("Say what to mark: --send, --sent, --received, --mourning, "
                          "--skip, --joint or --onchu.")
    with _open(args) as journal:
        (kind, ident), label = nengajo.resolve_recipient(journal, args.contact,
                                                         organization=args.organization)
        org = kind == "organization"
        if org:
            if named.get("mourning") or args.joint is not None or onchu is False:
                raise KizunaError("An organisation's card has no person on it: --mourning, "
                                  "--joint and --onchu do not apply (it is always 御中).")
            named.pop("mourning", None)
            m = nengajo.mark_organization(journal, ident, args.year,
                                          department=args.department, **named)
            dept = nengajo.details_of(journal, (kind, ident), args.year).department
        else:
            if args.department is not None:
                raise KizunaError("--department is for an organisation as the recipient; "
                                  "a contact's department comes from their position.")
            m = nengajo.mark(journal, ident, args.year, joint_names=args.joint,
                             onchu=onchu, **named)
    words = {"send": translate("cli", "send"), "sent": translate("cli", "sent"),
             "received": translate("cli", "received"), "mourning": translate("cli", "mourning"),
             "skip": translate("cli", "not sending this year")}
    on = [words[k] for k in keys if getattr(m, k)]
    print(f"{t(label)}, "
          f"{args.year}: {translate('cli', ', ').join(on) or translate('cli', 'no marks')}.")
    if org:
        print(translate("cli", "Addressed to {name} 御中 (an organisation: never 様).").format(
            name=t(f"{label} {dept}".strip())))
    if onchu is True:
        print(translate("cli", "Addressed to the company or department alone (御中), "
                        "without the person's name."))
    elif onchu is False:
        print(translate("cli", "Addressed to the person (様)."))
    if m.mourning:
        print(translate("cli", "In mourning: left out of the print run; `kizuna nengajo list` "
                        "proposes a 寒中見舞い."))
    return 0


def _sender(args: argparse.Namespace) -> int:
    from kizuna_desktop.cli import _open
    from kizuna_desktop.cli import terminal_safe as t
    from kizuna_desktop.errors import KizunaError
    from kizuna_desktop.services import nengajo

    with _open(args) as journal:
        if args.name is not None or args.address is not None:
            if not (args.name and args.address):
                raise KizunaError("Give both --name and --address.")
            s = nengajo.set_sender(journal, name=args.name, address=args.address,
                                   postal_code=args.postal_code)
        elif args.postal_code:  # the code alone: checked, then the sender's code changed
            s = nengajo.sender(journal)
            if not s.is_set:
                raise KizunaError("Give --name and --address with the postal code: no "
                                  "sender is set yet.")
            s = nengajo.set_sender(journal, name=s.name, address=s.address,
                                   postal_code=args.postal_code)
        else:
            s = nengajo.sender(journal)
    if args.json:
        _dump({"name": s.name, "postal_code": s.postal_code, "address": s.address,
               "from_profile": s.from_profile, "set": s.is_set})
        return 0
    if not s.is_set:
        print(translate("cli", "No sender set: cards print without the sender block. Set one "
                        "with `kizuna nengajo sender --name NAME --address ADDRESS`."))
        return 0
    head = (translate("cli", "Sender (from the meishi profile)") if s.from_profile
            else translate("cli", "Sender"))
    from kizuna_desktop.services import postal

    code = f"〒{t(s.postal_code)} " if s.postal_code else ""
    print(f"{head}: {t(s.name)}, {code}{t(postal.without_code(s.address))}")
    return 0


def _print(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kizuna_desktop.cli import _open
    from kizuna_desktop.cli import terminal_safe as t
    from kizuna_desktop.services import nengajo_print

    with _open(args) as journal:
        done = nengajo_print.print_cards(
            journal, args.year, test_print=args.test_print, offset_x=args.offset_x,
            offset_y=args.offset_y, sender_box_left=args.sender_box_left,
            sender_box_top=args.sender_box_top)
    found, sender, layout, result = done.found, done.sender, done.layout, done.result
    if result.cards == 0:
        for problem in result.skipped:
            print(translate("cli", "Not printed: {what}").format(what=t(problem)))
        print(translate("cli", "Nothing to print: no card has an address to print."),
              file=sys.stderr)
        return 1
    Path(args.output).write_bytes(result.pdf)
    what = (translate("cli", "test print (box outlines)") if args.test_print
            else translate("cli", "{n} cards").format(n=result.cards))
    print(translate("cli", "Wrote {what} to {path} (offset {x} mm right, {y} mm down; "
                    "remembered).").format(what=what, path=t(args.output),
                                           x=f"{layout.offset_x:+.1f}",
                                           y=f"{layout.offset_y:+.1f}"))
    if not sender.is_set:
        print(translate("cli", "No sender set: the cards print without the sender block "
                        "(`kizuna nengajo sender --name NAME --address ADDRESS`)."))
    for r in found.mourning:
        print(translate("cli", "Left out (喪中): {name}").format(
            name=f"{t(r.family_name)} {t(r.given_names[0])}"))
    for r in found.no_address:
        print(translate("cli", "Left out (no usable address): {name}").format(
            name=t(r.display_name)))
    if not args.test_print:
        for r in found.to_print:  # where 様 is dropped or stands for another honorific
            for n in r.wording_notes():
                print(translate("cli", "Note: {what}").format(what=t(n)))
        for n in result.notes:  # a card abroad: horizontal, in Latin letters
            print(translate("cli", "Note: {what}").format(what=t(n)))
        for r in found.postal_problems:
            print(translate("cli", "Postal-code boxes left empty: {name} ({why})").format(
                name=t(r.display_name), why=t(r.address.postal_problem)))
    for problem in result.skipped:
        print(translate("cli", "Not printed: {what}").format(what=t(problem)))
    left_out = len(result.skipped) + (0 if args.test_print else len(found.no_address))
    if left_out and not args.test_print:
        # the others are printed; the exit status says that not every card is there
        print(translate("cli", "{n} card(s) left out (named above); the other {printed} are "
                        "in {path}.").format(n=left_out, printed=result.cards,
                                             path=t(args.output)), file=sys.stderr)
        return 1
    return 0
