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
from kizuna_desktop.services.japanese import has_cjk
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
# How the user reaches each person (issue 24): the best chains of at most two hops, the
# search cut at a time budget (the briefing PDF's own target is 300 ms for all of it).
CHAINS, CHAIN_HOPS, CHAIN_BUDGET_MS = 3, 2, 120.0
MEISHI_SPARE = 3
LANGUAGES = ("en", "ja")

# Seniority of a title, most senior first (0). Matched longest first on the Japanese title,
# then the English one, so 部長代理 is a deputy and 代表取締役社長 a president.
_RANKS_JA = {
    "名誉会長": 0, "会長": 1, "代表取締役社長": 2, "代表取締役": 2, "社長": 2, "頭取": 2,
    "学長": 2, "理事長": 2, "副社長": 3, "副会長": 3, "専務取締役": 4, "専務": 4,
    "常務取締役": 5, "常務": 5, "取締役": 6, "監査役": 6, "理事": 6, "委員長": 6,
    "執行役員": 7, "事務局長": 7, "本部長": 8, "統括": 8, "事業部長": 8, "工場長": 9,
    "支店長": 9, "支部長": 9, "教授": 9, "ディレクター": 9, "部長": 10, "室長": 10,
    "部長代理": 11, "次長": 11, "准教授": 11, "課長": 12, "マネージャー": 12, "パートナー": 12,
    "課長代理": 13, "係長": 13, "主任": 14, "メンター": 15, "担当": 16, "エンジニア": 16,
}
_RANKS_EN = {
    "chairman": 1, "chairwoman": 1, "chairperson": 1, "chair": 6, "president": 2, "ceo": 2,
    "chief executive officer": 2, "chief executive": 2, "representative director": 2,
    "founder": 2, "owner": 2, "vice president": 3, "vice chairman": 3, "vp": 3, "svp": 3,
    "evp": 3, "executive vice president": 3, "senior vice president": 3, "coo": 3, "cfo": 3,
    "cto": 3, "cio": 3, "cmo": 3, "chief operating officer": 3, "chief financial officer": 3,
    "chief technology officer": 3, "chief officer": 3,
    "senior managing director": 4, "managing director": 5, "board member": 6,
    "board director": 6, "director": 9, "executive director": 7, "executive officer": 7,
    "secretary general": 7, "head of": 8, "plant manager": 9, "branch manager": 9,
    "branch head": 9, "professor": 9, "general manager": 10, "deputy general manager": 11,
    "associate professor": 11, "deputy manager": 11, "section manager": 12, "manager": 12,
    "partner": 12, "assistant manager": 13, "supervisor": 13, "team lead": 14, "lead": 14,
    "engineer": 16, "staff": 16,
}
UNRANKED = 99
# Titles addressed by the title itself in speech (山田社長, not 山田様): the officers.
_BY_TITLE = {"会長": "kaichō", "社長": "shachō", "頭取": "tōdori", "副社長": "fuku-shachō",
             "副会長": "fuku-kaichō", "専務": "senmu", "常務": "jōmu"}
_BY_TITLE_EN = (
    (r"(?<![a-z])vice (president|chairman)(?![a-z])", ""),
    (r"(?<![a-z])(chairman|chairwoman|chairperson)(?![a-z])", "会長"),
    (r"(?<![a-z])(ceo|president|chief executive( officer)?)(?![a-z])", "社長"),
)


def _match_rank(title: str, table: dict[str, int], words: bool = False) -> int | None:
    """The most senior rank of the table's titles found in ``title`` (longest first, each
    match used once; ``words``: English titles as whole words, so "vp" is not in "mvp")."""
    found: list[int] = []
    for key in sorted(table, key=len, reverse=True):
        pattern = rf"(?<![a-z]){re.escape(key)}(?![a-z])" if words else re.escape(key)
        if re.search(pattern, title):
            found.append(table[key])
            title = re.sub(pattern, "\0", title)
    return min(found) if found else None


def rank(pos: PositionView | None) -> int:
    """How senior a position is: 0 the most senior, UNRANKED for no title we know."""
    if pos is None:
        return UNRANKED
    # Either field may hold either language (an English "CEO" typed as the only title).
    both = f"{pos.title_ja or ''} / {pos.title_en or ''}"
    r = _match_rank(both, _RANKS_JA)
    if r is None:
        r = _match_rank(both.casefold(), _RANKS_EN, words=True)
    return UNRANKED if r is None else r


def title_address(pos: PositionView | None) -> tuple[str, str] | None:
    """The title an officer is addressed by (社長, shachō), or None (様 / -san)."""
    title = (pos.title_ja or "") if pos else ""
    for key in sorted(_BY_TITLE, key=len, reverse=True):
        if key in title and not any(f"{key}{x}" in title for x in ("代理", "補佐", "室")):
            return key, _BY_TITLE[key]
    # An English officer's title (no Japanese one we know): a CEO is 社長 in speech too.
    english = f"{pos.title_en or ''} / {title}".casefold() if pos else ""
    if _match_rank(title, _RANKS_JA) is None:
        for pattern, key in _BY_TITLE_EN:
            if re.search(pattern, english):
                return (key, _BY_TITLE[key]) if key else None
    return None


@dataclass(frozen=True, kw_only=True)
class Meeting:
    title: str = ""
    when: datetime | None = None  # aware, in the meeting's own zone
    day: date | None = None  # the meeting's date when no time is known
    place: str = ""
    zone_name: str = ""  # the meeting's zone as given (Asia/Tokyo, UTC+09:00)
    guests: tuple[str, ...] = ()  # invited, not in the journal ("Kenji Nakamura <k@…>")
    agenda: str = ""  # the calendar's notes for the meeting (DESCRIPTION)
    here: str = ""  # the laptop's clock at its start when it reads otherwise ("16:00 UTC")

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
    rank: int = UNRANKED
    known_since_year: int | None = None  # a year "How we met" names, earlier than the records
    chains: list = field(default_factory=list)  # network.Chain: how the user reaches them
    chains_cut: bool = False  # the search stopped at CHAIN_BUDGET_MS
    chains_left_out: int = 0  # set by the PDF when the page had no room for them all
    talking_points: list[str] = field(default_factory=list)

    def is_overdue(self, f: FollowUpView, on: date) -> bool:
        return f.effective_due < on


@dataclass(kw_only=True)
class Briefing:
    meeting: Meeting
    made_on: date
    on: date  # the meeting's date, else the day it was made
    people: list[PersonBrief]  # by rank, the most senior first
    etiquette: list[str]
    language: str = "en"


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


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) >= 4 or has_cjk(w)}


def _same_promise(promise: str, title: str) -> bool:
    """Whether a promise in a note is an open follow-up already: one holds the other, or they
    share two or more words that carry meaning ("project plan")."""
    if promise in title or title in promise:
        return True
    return len(_words(promise) & _words(title)) >= 2


def _talking_points(p: PersonBrief, on: date, language: str = "en") -> list[str]:
    """What to bring up. Open follow-ups have their own section and the gift season is said
    once per briefing, so neither is repeated here."""
    ja = language == "ja"
    points: list[str] = []
    open_titles = [f.title for f in p.follow_ups]
    for i in p.latest[:2]:
        for promise in _promises(i.notes):
            if any(_same_promise(promise, t) for t in open_titles):
                continue  # the same promise is an open follow-up already
            day = (f"{i.local_date.year}年{i.local_date.month}月{i.local_date.day}日" if ja
                   else zones.fmt(i.local_date, "%Y-%m-%d"))
            text = f"{day}の約束：{promise}" if ja else f"Promised on {day}: {promise}"
            if not any(promise in x for x in points):
                points.append(text)
    for pos in p.history:
        if pos.start_date and timedelta(0) <= on - pos.start_date <= timedelta(days=365):
            prev = next((h for h in p.history if h.id != pos.id and h.end_date
                         and h.end_date <= pos.start_date), None)
            if ja:
                role = pos.title_ja or pos.title_en or "新しい役職"
                where = pos.organization_ja or pos.organization_en
                moved = "（新任：お祝いを）" if prev else ""
                points.append(f"{pos.start_date.year}年{pos.start_date.month}月から"
                              f"{where} {role}{moved}")
            else:
                role = pos.title_en or pos.title_ja or "new role"
                where = pos.organization_en or pos.organization_ja
                moved = " (new role: congratulate them)" if prev else ""
                points.append(f"Since {pos.start_date:%b %Y}: {role} at {where}{moved}")
            break
    if p.interests:
        points.append(f"関心事：{p.interests}" if ja else f"Their interests: {p.interests}")
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
            if ja:
                points.append(f"誕生日 {m}月{d}日（" + ("打ち合わせ当日" if n == 0 else
                                                      f"打ち合わせの{n}日後") + "）")
            else:
                when = ("on the day of the meeting" if n == 0 else
                        f"{n} day{'s' * (n != 1)} after the meeting")
                points.append(f"Birthday on {m}/{d}, {when}")
    if p.balance.received > p.balance.given:
        points.append("いただき物の方が多い：贈り物かお礼を考える" if ja else
                      "You have received more than you have given: think of a gift or a favour")
    if p.last_days_before is not None and p.last_days_before > 180:
        days = p.last_days_before
        points.append(f"最後の連絡は{days}日前：まず近況から" if ja else
                      f"Last contact was {days} days ago: reconnect before business")
    return points


_SEASONS_JA = {
    "ochūgen (summer gift) season: in Kansai": "お中元の時期（関西は7月上旬〜8月中旬）",
    "ochūgen (summer gift) season: early": "お中元の時期（関東は7月上旬〜中旬）",
    "oseibo": "お歳暮の時期（12月）。年賀状は元日に届くよう12月25日頃までに投函",
    "New Year": "新年：年賀状は元日に届く。年始の挨拶回りが慣例",
}


def gift_seasons(on: date, people: list[PersonBrief], language: str = "en") -> list[str]:
    """The gift season near the meeting, once per briefing (one line per different custom
    among the regions of those attending)."""
    out: list[str] = []
    for p in people or [None]:
        season = regions.gift_season(on, regions.region_of(p.region) if p else None)
        if not season:
            continue
        if language == "ja":
            season = next((v for k, v in _SEASONS_JA.items() if season.startswith(k)), season)
        else:
            season = f"Gift season: {season}"
        if season not in out:
            out.append(season)
    return out


_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


def _year_named(text: str) -> int | None:
    years = [int(y) for y in _YEAR.findall(text or "")]
    return min(years) if years else None


def _later(a: datetime, b: datetime) -> bool:
    """``a`` after ``b`` (both aware); a time past year 9999 in UTC is later than any."""
    ca, cb = interactions.utc_cutoff(a), interactions.utc_cutoff(b)
    return ca is None or (cb is not None and ca > cb)


def person(journal: Journal, contact_id: int, on: date, before: datetime | None = None,
           language: str = "en") -> PersonBrief:
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
    # without a meeting's time, what has happened so far: planned meetings are not contact yet
    # and never what is still ahead: a briefing looks at the past only (time <= now)
    now = zones.now_utc()
    past = now if before is None or _later(before, now) else before
    count = interactions.count_for(journal, contact_id, past)
    latest = interactions.timeline(journal, contact_id, 0, LATEST, past)
    first = interactions.first_for(journal, contact_id)
    last = latest[0].local if latest else None
    entries = ledger.for_contact(journal, contact_id)
    intros = introductions.for_contact(journal, contact_id)
    created = c.created_at.date()
    # As it stood before the meeting: what is dated before its date (its zone's), what was
    # entered or promised before its time; a follow-up done after it was still open then.
    cutoff = interactions.utc_cutoff(past) if before is not None else None
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
    # Known since: the earliest record of them (an interaction, the contact itself, a gift or
    # favour, an introduction); a year "How we met" names that is earlier is said beside it.
    known = [d for d in (first.date() if first else None, created) if d is not None]
    known += [e.occurred_on for e in entries]
    known += [i.introduced_on for i in intros if i.introduced_on]
    named_year = _year_named(c.how_we_met)
    if named_year is not None and (
            (known and named_year >= min(known).year) or (day and named_year > day.year)):
        named_year = None
    written_form, spoken = names.address_forms(n)
    by_title = title_address(current)
    if by_title and n.family_name and has_cjk(n.family_name):
        family_latin = (n.family_latin or "").title()
        spoken = f"{n.family_name}{by_title[0]}" + (f" ({family_latin}-{by_title[1]})"
                                                   if family_latin else "")
    elif by_title and n.family_name:  # Smith, CEO: スミス社長 (Smith-shachō)
        said = n.family_reading or n.family_name
        spoken = f"{said}{by_title[0]} ({n.family_name.title()}-{by_title[1]})"
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
        rank=rank(current), known_since_year=named_year,
    )
    p.talking_points = _talking_points(p, on, language)
    from kizuna_desktop.services import network

    # through whom: your own tie with them is in the facts above (interactions, last time)
    reach = network.paths(journal, contact_id=contact_id, max_hops=CHAIN_HOPS,
                          limit=CHAINS + 1, now=past, budget_ms=CHAIN_BUDGET_MS)
    p.chains = [c for c in reach.chains if c.hops > 1][:CHAINS]
    p.chains_cut = reach.cut
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


def etiquette(meeting: Meeting, people: list[PersonBrief], language: str = "en",
              on: date | None = None) -> list[str]:
    """The short 'Before you go' list: when to be there, meishi, the gift season once, the
    regions' manners once each."""
    ja = language == "ja"
    out = []
    if meeting.when is not None:
        local = meeting.when  # the meeting's own local time
        zone = zones.abbreviation(local)
        early = be_there_by(local)
        if early is None:  # ten minutes before it is before the calendar begins
            out.append(f"{local:%H:%M} {zone}の10分前に到着" if ja else
                       f"Arrive 5–10 minutes early: be there 10 minutes early for "
                       f"{local:%H:%M} {zone}.")
        else:
            ez = zones.abbreviation(early)
            at = f"{early:%H:%M} {ez}" if ez != zone else f"{early:%H:%M}"
            out.append(f"{local:%H:%M} {zone}の打ち合わせには{at}までに到着" if ja else
                       f"Arrive 5–10 minutes early: be there by {at} for {local:%H:%M} {zone}.")
    else:
        out.append("5〜10分前に到着" if ja else "Arrive 5–10 minutes early.")
    n = len(people) + len(meeting.guests)  # (those invited not in the journal take one too)
    out.append(f"名刺を{n + MEISHI_SPARE}枚以上（出席{n}名と同行者の分）" if ja else
               f"Bring at least {n + MEISHI_SPARE} meishi; hand yours with both hands.")
    out += gift_seasons(on or meeting.date or zones.today(), people, language)
    if not ja:  # the regions' manners are for a visitor; a Japanese reader knows them
        seen: set[str] = set()
        for p in people:
            note = regions.note_for(p.region) if p.region else None
            if note and note not in seen:
                seen.add(note)
                out.append(note)
    return out


def assemble(journal: Journal, contact_ids: list[int], meeting: Meeting | None = None,
             made_on: date | None = None, language: str = "en") -> Briefing:
    """The briefing's data; the people by seniority (the most senior first; equal ranks in
    the order given), headings and sentences in ``language`` ('en' or 'ja')."""
    if language not in LANGUAGES:
        raise ValueError(f"A briefing is written in one of: {', '.join(LANGUAGES)} "
                         f"(not “{language}”).")
    meeting = meeting or Meeting()
    made_on = made_on or zones.today()
    on = meeting.date or made_on
    people = [person(journal, cid, on, meeting.before, language)
              for cid in dict.fromkeys(contact_ids)]
    people.sort(key=lambda p: p.rank)  # stable: equal ranks keep the order given
    return Briefing(meeting=meeting, made_on=made_on, on=on, people=people,
                    etiquette=etiquette(meeting, people, language, on), language=language)


def prepare() -> None:
    """The PDF's once-a-process costs ahead of the first briefing (app.warm_up runs this in
    the background): importing ReportLab's platypus and pdf/briefing.py (~150 ms), the
    bundled fonts' registration (~190 ms), the chains' module."""
    from kizuna_desktop import settings  # noqa: F401 - read by the first briefing
    from kizuna_desktop.pdf import briefing as pdf_briefing  # noqa: F401
    from kizuna_desktop.pdf import fonts
    from kizuna_desktop.services import network  # noqa: F401 - the connections section

    fonts.register()


def write_pdf(journal: Journal, contact_ids: list[int], path: Path, meeting: Meeting | None = None,
              paper: str = "a4", made_on: date | None = None, language: str = "en") -> Path:
    """Assemble and render a briefing, writing the PDF atomically (a half-written file never
    replaces a good one)."""
    from kizuna_desktop.pdf import briefing as pdf_briefing

    data = pdf_briefing.render(assemble(journal, contact_ids, meeting, made_on, language),
                               paper)
    return write_atomically(path, data)
