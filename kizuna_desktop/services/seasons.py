"""Seasonal reminders (issue 25.5), by the contact's region, proposed as a list the user
accepts into follow-ups:

- ochūgen (summer gift): Kantō 1–15 July; Kansai 15 July – 15 August (elsewhere the Kantō
  dates) — for contacts given an ochūgen before (the ledger) or tagged お中元 / ochugen;
- oseibo (year-end gift): 1–20 December — for contacts given an oseibo before or tagged
  お歳暮 / oseibo;
- nengajō posting: 15–25 December, for delivery on 1 January — for the New Year list's
  cards not yet sent;
- mourning postcards (喪中はがき): mid-November to early December — the user's own custom,
  listed in the season calendar but never a follow-up (a follow-up belongs to a contact);
- 寒中見舞い: from 8 January (16 January in Kansai) to about 4 February — for contacts marked in
  mourning for that New Year;
- birthdays.

Plain Python: dataclasses out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kizuna_desktop.i18n import QT_TRANSLATE_NOOP
from kizuna_desktop.kinds import LedgerDirection, LedgerKind, Occasion
from kizuna_desktop.services import regions
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Contact, FollowUp, LedgerEntry

GIFT_TAGS = {Occasion.OCHUGEN: {"お中元", "中元", "ochugen", "ochūgen"},
             Occasion.OSEIBO: {"お歳暮", "歳暮", "oseibo"}}


@dataclass(frozen=True, kw_only=True)
class Window:
    custom: str  # "ochugen" | "oseibo" | "nengajo" | "mochu" | "kanchu" | "birthday"
    start: date
    end: date
    note: str


@dataclass(frozen=True, kw_only=True)
class Reminder:
    contact_id: int
    name: str
    region: str | None
    custom: str
    title: str  # the follow-up's title when accepted (Japanese, whatever the language)
    due: date  # the window's start: the follow-up's due date
    end: date

    @property
    def label(self) -> str:
        """The reminder as the interface names it: its title 「お歳暮を贈る」 in Japanese,
        'Send oseibo (year-end gift)' in English (the follow-up made keeps ``title``)."""
        from kizuna_desktop.i18n import current, translate

        if current() == "ja" or self.custom not in _SHOWN:
            return self.title
        return translate("services", _SHOWN[self.custom])


def region_of(c: Contact) -> str | None:
    """The contact's region: the prefecture of their first address, else their region field."""
    for a in c.addresses:
        if a.region and (r := regions.region_of(a.region)):
            return r
    return regions.region_of(c.region) if c.region else None


def windows(year: int, region: str | None) -> list[Window]:
    """The season's windows in ``year`` for a contact in ``region`` ("Kanto", "Kansai", ...).
    The 寒中見舞い window is the one in January of ``year``."""
    kansai = region == "Kansai"
    return [
        Window(custom="kanchu", start=date(year, 1, 16 if kansai else 8),
               end=date(year, 2, 4),
               note="寒中見舞い: after 松の内 (7 January; 15 January in Kansai) to about "
                    "4 February"),
        Window(custom="ochugen", start=date(year, 7, 15) if kansai else date(year, 7, 1),
               end=date(year, 8, 15) if kansai else date(year, 7, 15),
               note="ochūgen: Kansai mid July to mid August" if kansai
               else "ochūgen: Kantō early to mid July"),
        Window(custom="mochu", start=date(year, 11, 15), end=date(year, 12, 5),
               note="喪中はがき: mid-November to early December (if you are in mourning)"),
        Window(custom="oseibo", start=date(year, 12, 1), end=date(year, 12, 20),
               note="oseibo: early December to the 20th"),
        Window(custom="nengajo", start=date(year, 12, 15), end=date(year, 12, 25),
               note="nengajō: post 15–25 December to arrive on 1 January"),
    ]


_TITLES = {"ochugen": "お中元を贈る", "oseibo": "お歳暮を贈る", "nengajo": "年賀状を投函する",
           "kanchu": "寒中見舞いを送る（喪中）", "birthday": "誕生日"}
# the same in the English interface (Reminder.label)
_SHOWN = {"ochugen": QT_TRANSLATE_NOOP("services", "Send ochūgen (summer gift)"),
          "oseibo": QT_TRANSLATE_NOOP("services", "Send oseibo (year-end gift)"),
          "nengajo": QT_TRANSLATE_NOOP("services", "Post the nengajō (New Year card)"),
          "kanchu": QT_TRANSLATE_NOOP("services", "Send a kanchū mimai (in mourning)"),
          "birthday": QT_TRANSLATE_NOOP("services", "Birthday")}


def today() -> date:
    """The day the reminders are asked on (the CLI and the window): today, or the day
    ``$KIZUNA_TODAY`` (YYYY-MM-DD) names, for a script that plans ahead and for the tests."""
    import os

    forced = os.environ.get("KIZUNA_TODAY", "").strip()
    if forced:
        try:
            return date.fromisoformat(forced)
        except ValueError:
            pass
    return date.today()


# A window already past on the day asked: a gift or a birthday comes round again next year
# (its window then is proposed); the nengajō posting and 寒中見舞い belong to one New Year
# (its list and its mourning marks), so a past one is not proposed at all.
_NEXT_YEAR = ("ochugen", "oseibo", "birthday")


def proposals(journal: Journal, year: int, *, start: date | None = None,
              end: date | None = None, asked_on: date | None = None) -> list[Reminder]:
    """Reminders for ``year`` (between ``start`` and ``end`` when given), one per contact and
    custom, soonest first; those already a follow-up with the same title and date left out.
    ``asked_on`` (the CLI and the window give today): a window that ended before it is never
    proposed as if ahead; an ochūgen, oseibo or birthday moves to its window next year, the
    nengajō posting and 寒中見舞い of a New Year gone by are left out (review 5: asked in
    December, this year's July ochūgen was proposed)."""
    from kizuna_desktop.services import nengajo

    out: list[Reminder] = []
    with journal.session() as s:
        people = {c.id: c for c in s.scalars(
            select(Contact).where(Contact.archived.is_(False))
            .options(selectinload(Contact.addresses), selectinload(Contact.tags)))}
        gifts: dict[Occasion, set[int]] = {Occasion.OCHUGEN: set(), Occasion.OSEIBO: set()}
        for cid, occasion in s.execute(
                select(LedgerEntry.contact_id, LedgerEntry.occasion).where(
                    LedgerEntry.direction == LedgerDirection.GIVEN,
                    LedgerEntry.kind == LedgerKind.GIFT,
                    LedgerEntry.occasion.in_(list(gifts)),
                    LedgerEntry.occurred_on < date(year, 1, 1))):
            gifts[occasion].add(cid)
        existing = {(f.contact_id, f.title, f.due_date) for f in s.scalars(select(FollowUp))}
    for c in people.values():
        tags = {t.name.casefold() for t in c.tags}
        for occasion, names in GIFT_TAGS.items():
            if tags & {n.casefold() for n in names}:
                gifts[occasion].add(c.id)
    cards = nengajo.new_year_list(journal, year + 1)
    mourning = nengajo.new_year_list(journal, year).mourning

    def add(c: Contact, w: Window) -> None:
        if asked_on is not None and w.end < asked_on:
            if w.custom not in _NEXT_YEAR:
                return
            if w.custom == "birthday":
                w = _birthday(c, w.start.year + 1)
            else:
                w = next(x for x in windows(w.start.year + 1, region_of(c))
                         if x.custom == w.custom)
            if w.end < asked_on:  # a year long gone (--year 2020): nothing ahead to propose
                return
        name = f"{c.family_name} {c.given_name}".strip() or f"{c.given_latin} {c.family_latin}"
        if nengajo._latin_given_first(c) and c.given_name:  # as the card writes it (review 5
            name = f"{c.given_name} {c.family_name}"  # finding 10: Dupont Marie, Marie Dupont 様)
        out.append(Reminder(contact_id=c.id, name=name.strip(), region=region_of(c),
                            custom=w.custom, title=_TITLES[w.custom], due=w.start, end=w.end))

    for c in people.values():
        ws = {w.custom: w for w in windows(year, region_of(c))}
        if c.id in gifts[Occasion.OCHUGEN]:
            add(c, ws["ochugen"])
        if c.id in gifts[Occasion.OSEIBO]:
            add(c, ws["oseibo"])
        if c.birth_month and c.birth_day:
            add(c, _birthday(c, year))
    for r in cards.to_print:
        if (c := people.get(r.contact_id)) is not None:
            add(c, windows(year, region_of(c))[-1])
    for r in mourning:
        if (c := people.get(r.contact_id)) is not None:
            add(c, windows(year, region_of(c))[0])
    out = [r for r in out if (r.contact_id, r.title, r.due) not in existing
           and (start is None or r.end >= start) and (end is None or r.due <= end)]
    return sorted(out, key=lambda r: (r.due, r.name))


def _birthday(c: Contact, year: int) -> Window:
    try:
        day = date(year, c.birth_month, c.birth_day)
    except ValueError:  # 29 February in a common year
        day = date(year, 3, 1)
    return Window(custom="birthday", start=day, end=day, note="")


def accept(journal: Journal, chosen: list[Reminder]) -> list[int]:
    """The reminders the user picked, as follow-ups due on the window's first day."""
    from kizuna_desktop.services import followups

    return [followups.create(journal, followups.FollowUpInput(
        contact_id=r.contact_id, title=r.title, due_date=r.due,
        notes=f"until {r.end.isoformat()}")).id for r in chosen]
