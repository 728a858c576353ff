"""Ties between people, their strength and evidence, and "who can introduce me to X?" (issue 24).

A *tie* joins two people (the user is node ``ME``, 0) and comes from:

- the user's own interactions with a contact (the user is at every interaction of the journal);
- interactions two contacts attended together;
- introductions: introducer–introduced, introduced–introduced-to, introducer–introduced-to;
- colleagues: positions at one organisation whose dates overlap (current or former).

Planned meetings (an interaction whose time is still ahead) never count.

Strength (one formula; every constant is in ``Weights``)::

    score    = Σ interactions  kind_weight[kind] · ½^(age_days / half_life_days)
             + Σ introductions introduction        · ½^(age_days / half_life_days)
             + Σ colleague spans colleague_per_year · min(years, colleague_years_cap)
                                 · ½^(years_since_it_ended / colleague_half_life_years)
    strength = 1 − e^(−score / scale)            (0 ≤ strength < 1, rounded to 3 places)

so strength grows with how often (each item adds), with how close the kind is (a meal counts
more than an e-mail) and with how recent (an item loses half its weight each half-life); a
colleague span counts by its years together and fades from when it ended; a span where either
start is unknown counts as ``colleague_unknown_years`` (one year) and states no "since".
An introduction with no date counts as ``introduction_unknown_age_days`` old (a year; older
when it was typed in longer ago) and its evidence says "date unknown", never a year.

Ties are computed per query around the people a question needs (no tie table to keep in
step): the target's neighbours, and theirs for three hops. The bench rows in
docs/PERFORMANCE.md measure it at 100,000 contacts and a million interactions.

A chain's strength is that of its weakest link; chains rank by strength, then fewer hops.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import String, or_, select, type_coerce
from sqlalchemy.orm import Session

from kizuna_desktop import i18n
from kizuna_desktop.errors import ValidationError
from kizuna_desktop.i18n import QT_TRANSLATE_NOOP, format_date
from kizuna_desktop.services import names
from kizuna_desktop.store import Journal, ties_sql
from kizuna_desktop.store.models import (
    Contact,
    Organization,
    Position,
)
from kizuna_desktop.text import zones

ME = 0  # the user's node
CHUNK = ties_sql.CHUNK  # ids per IN (...) list


@dataclass(frozen=True)
class Weights:
    """Every constant of the strength formula, in one place."""

    kind: tuple[tuple[str, float], ...] = (
        ("meeting", 1.0), ("meal", 1.2), ("nomikai", 1.2), ("business_review", 1.0),
        ("call", 0.6), ("event", 0.5), ("meishi_exchange", 0.5), ("email", 0.3),
        ("message", 0.3), ("other", 0.5))
    introduction: float = 2.0
    introduction_unknown_age_days: float = 365.0  # an introduction with no date: a year old
    half_life_days: float = 365.0
    colleague_per_year: float = 0.8
    colleague_years_cap: float = 6.0
    colleague_half_life_years: float = 3.0
    colleague_unknown_years: float = 1.0  # a span whose start the journal does not hold
    scale: float = 2.0

    def kind_weight(self, kind: str) -> float:
        return dict(self.kind).get(str(kind), 0.5)


WEIGHTS = Weights()


def decay(age_days: float, half_life_days: float) -> float:
    return 0.5 ** (max(0.0, age_days) / half_life_days)


def strength_of(score: float, w: Weights = WEIGHTS) -> float:
    return round(1.0 - math.exp(-score / w.scale), 3)


# ---------------------------------------------------------------------------------------------
# Evidence


@dataclass
class _Met:
    count: int = 0
    score: float = 0.0
    last: datetime | None = None  # naive UTC
    last_zone: str = "UTC"


@dataclass
class _Intro:
    introducer: int | None
    introduced: int | None
    introduced_to: int | None
    year: int | None  # None: the journal does not hold its date
    score: float


@dataclass
class _Span:
    org_id: int
    start: date | None
    end: date | None  # None: still colleagues
    score: float


@dataclass
class TieData:
    """What lies behind one tie (a, b), a < b, with ``ME`` = 0 the user."""

    met: _Met = field(default_factory=_Met)
    intros: list[_Intro] = field(default_factory=list)
    spans: list[_Span] = field(default_factory=list)

    @property
    def score(self) -> float:
        return self.met.score + sum(i.score for i in self.intros) + sum(s.score for s in self.spans)

    @property
    def kind(self) -> str:
        parts = {"interactions": self.met.score, "introduction": sum(i.score for i in self.intros),
                 "colleagues": sum(s.score for s in self.spans)}
        return max(parts, key=lambda k: (parts[k], k))


@dataclass(frozen=True, kw_only=True)
class Link:
    from_id: int  # ME for the user
    to_id: int
    from_name: str
    to_name: str
    kind: str  # "interactions", "introduction" or "colleagues": what weighs most
    strength: float
    phrases: tuple[Phrase, ...] = ()  # the evidence (Graph.phrases), said when asked

    @property
    def evidence(self) -> list[str]:
        """The evidence in English ("met together 4 times, last 2026-10-12")."""
        return said(self.phrases, "en")

    @property
    def evidence_ja(self) -> list[str]:
        """The same, as Japanese reads it (同席4回（最終 2026年10月12日）); the catalogue is
        read only when a Japanese sentence is wanted."""
        return said(self.phrases, "ja")


@dataclass(frozen=True, kw_only=True)
class Chain:
    rank: int
    strength: float
    hops: int
    people: list[str]  # the people between the user and the target, then the target
    people_ids: list[int]
    links: list[Link]


@dataclass(frozen=True, kw_only=True)
class Paths:
    target: str
    target_ids: list[int]
    chains: list[Chain]
    cut: bool = False  # the search stopped at its time budget: a stronger chain may exist


def _key(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _local_date(stored: datetime, zone: str) -> date:
    return zones.local(stored.replace(tzinfo=UTC), zone if zones.is_zone(zone) else "UTC").date()


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ids = list(ids)
    for k in range(0, len(ids), CHUNK):
        yield ids[k:k + CHUNK]


def _naive_utc(t: datetime) -> datetime:
    """``t`` as naive UTC, as stored; the first hours of year 1 ahead of UTC (and the last of
    9999 behind it) are outside Python's range in UTC: the range's end then."""
    try:
        return t.astimezone(UTC).replace(tzinfo=None)
    except OverflowError:
        return datetime.min if t.year == 1 else datetime.max


class Graph:
    """The ties around some people, loaded on demand from one session."""

    def __init__(self, session: Session, now: datetime | None = None, *,
                 include_archived: bool = False, weights: Weights = WEIGHTS):
        self.s = session
        self.now = _naive_utc(now or datetime.now(UTC))
        self.today = self.now.date()
        self.include_archived = include_archived
        self.w = weights
        self.ties: dict[tuple[int, int], TieData] = {}
        self.adj: dict[int, set[int]] = defaultdict(set)
        self._loaded: set[int] = set()  # people whose ties to others are loaded
        self._user_loaded: set[int] = set()  # people whose tie to the user is loaded
        self._kinds = dict(weights.kind)
        self._half = weights.half_life_days
        self._seen: set[tuple] = set()  # interactions, introductions, spans counted
        self._strengths: dict[tuple[int, int], float] = {}  # cleared whenever ties grow
        self._org_names: dict[int, str] = {}
        self._names: dict[int, str] = {}
        self._archived: dict[int, bool] = {}
        self._parts: dict[int, tuple] = {}  # name parts as stored
        self._interactions: dict[int, tuple[float, datetime, str]] = {}  # read once each

    # -- loading ------------------------------------------------------------------------------
    def _tie(self, a: int, b: int) -> TieData:
        k = _key(a, b)
        self._strengths.pop(k, None)
        t = self.ties.get(k)
        if t is None:
            t = self.ties[k] = TieData()
            self.adj[a].add(b)
            self.adj[b].add(a)
        return t

    def _add_met(self, a: int, b: int, kind: str, when: datetime, zone: str) -> None:
        self._met(a, b, self._interaction(kind, when, zone))

    def _interaction(self, kind: str, when: datetime, zone: str) -> tuple[float, datetime, str]:
        """What one interaction adds to each tie it makes: its weight, decayed (the same for
        every pair of its people, so worked out once), its time and zone."""
        age = (self.now - when).total_seconds() / 86400
        return (self._kinds.get(kind, 0.5) * 0.5 ** (max(0.0, age) / self._half), when, zone)

    def _met(self, a: int, b: int, got: tuple[float, datetime, str]) -> None:
        k = (a, b) if a < b else (b, a)
        self._strengths.pop(k, None)
        t = self.ties.get(k)
        if t is None:
            t = self.ties[k] = TieData()
            self.adj[a].add(b)
            self.adj[b].add(a)
        m = t.met
        m.count += 1
        m.score += got[0]
        if m.last is None or got[1] > m.last:
            m.last, m.last_zone = got[1], got[2]

    def _add_intro_row(self, iid: int, introducer: int | None, introduced: int | None,
                       introduced_to: int | None, on: date | None, created: date | None
                       ) -> None:
        if ("i", iid) in self._seen:
            return
        self._seen.add(("i", iid))
        nodes = [ME if p is None else p for p in (introducer, introduced, introduced_to)]
        # an undated introduction is no newer than a year (it may be older than the day it
        # was typed in) and says "date unknown"
        age = ((self.today - on).days if on is not None else
               max(self.w.introduction_unknown_age_days,
                   (self.today - created).days if created else 0))
        score = self.w.introduction * decay(age, self.w.half_life_days)
        data = _Intro(introducer, introduced, introduced_to, on.year if on else None, score)
        for x, y in ((0, 1), (1, 2), (0, 2)):
            a, b = nodes[x], nodes[y]
            if a != b:
                self._tie(a, b).intros.append(data)

    def _load_intros(self, chunk: list[int], *, with_user_only: bool) -> None:
        """The introductions with one of ``chunk`` in them (``with_user_only``: only those
        the user is part of), as plain rows."""
        for iid, by, who, to, on, created in ties_sql.introductions(
                self.s, chunk, with_user_only=with_user_only):
            self._add_intro_row(iid, by, who, to, _day(on), _day(created))

    def load_user_ties(self, ids: Iterable[int]) -> None:
        """The user's own interactions with each of ``ids``."""
        todo = [i for i in ids if i != ME and i not in self._user_loaded]
        if not todo:
            return
        self._user_loaded.update(todo)
        known, met, make = self._interactions, self._met, self._interaction
        for chunk in _chunks(todo):
            # plain tuples through the DB-API cursor (store/ties_sql.py)
            rows = ties_sql.user_interactions(self.s, chunk, self.now)
            for cid, iid, kind, when, zone in rows:  # the stored text: parsed 5x faster
                got = known.get(iid)
                if got is None:
                    got = known[iid] = make(kind, datetime.fromisoformat(when), zone)
                met(ME, cid, got)
            self._load_intros(chunk, with_user_only=True)

    def load_ties(self, ids: Iterable[int], *, now_at: list[int] | None = None,
                  floor: float = 0.0) -> None:
        """Every tie of each of ``ids`` to other contacts (and introductions with the user).
        ``now_at``: organisations whose current people are left out as colleagues (a
        question's targets among themselves: no chain runs through a target).

        ``floor`` (a search for ``ids`` as its targets, whose ties with the user and among
        themselves are never links to them): only ties of at least that strength to others
        are wanted. A person's colleague spans are then not read when none of their ties
        could reach the floor even with a full span (``colleague_per_year`` times the cap,
        undecayed) at every organisation they have worked at; their ties stay below it
        either way, and a tie below the floor is no chain's last link."""
        todo = [i for i in ids if i != ME and i not in self._loaded]
        if not todo:
            return
        self._loaded.update(todo)
        for chunk in _chunks(todo):
            # who was there together: the participants' index alone; each interaction's
            # row (kind, time, zone) read once, and not again when the user's ties with
            # the same people read it (the wide rows are the cost at 1,000,000)
            pairs = ties_sql.co_attendances(self.s, chunk)
            known, whole = self._interactions, self._user_loaded
            # every interaction of someone whose ties with the user are loaded is known, or
            # still ahead (planned): only the others' are read
            self._read_interactions({iid for a, _b, iid in pairs
                                     if iid not in known and a not in whole})
            seen, met = self._seen, self._met
            for a, b, iid in pairs:
                got = known.get(iid)
                if got is None:
                    continue  # ahead of now (planned)
                k = ("m", a, b, iid) if a < b else ("m", b, a, iid)  # seen from both ends
                if k in seen:
                    continue
                seen.add(k)
                met(a, b, got)
            self._load_intros(chunk, with_user_only=False)
            if floor > 0:
                chunk = self._may_reach(chunk, floor, set(todo))
            if chunk:
                self._load_colleagues(chunk, now_at)

    def _may_reach(self, chunk: list[int], floor: float, among: set[int]) -> list[int]:
        """Those of ``chunk`` whose tie to someone outside ``among`` (and not the user) could
        reach ``floor`` once colleague spans are added. A span is bounded by the person's own
        position there: no longer than it (one year when a start is unknown), faded at least
        from its end, the whole cap while it is still held; one span per organisation."""
        w, today = self.w, self.today
        bound: dict[tuple[int, int], float] = {}
        for cid, org, start, end in ties_sql.positions(self.s, chunk):
            start, end = _day(start), _day(end)
            if end is None:
                most = w.colleague_per_year * w.colleague_years_cap
            else:
                years = max((end - start).days / 365.25 if start else 0.0,
                            w.colleague_unknown_years)
                since = max(0.0, (today - end).days / 365.25)
                most = (w.colleague_per_year * min(years, w.colleague_years_cap)
                        * 0.5 ** (since / w.colleague_half_life_years))
            k = (cid, org)
            bound[k] = max(bound.get(k, 0.0), most)
        spans: dict[int, float] = defaultdict(float)
        for (cid, _org), most in bound.items():
            spans[cid] += most * (1 + 1e-9) + 1e-9  # a margin for rounding
        ties, keep = self.ties, []
        for t in chunk:
            if t not in spans:
                continue  # no position anywhere: no colleague to read
            known = max((ties[_key(t, b)].score for b in self.neighbours(t)
                         if b != ME and b not in among), default=0.0)
            if strength_of(known + spans[t], w) >= floor:
                keep.append(t)
        return keep

    def _load_colleagues(self, chunk: list[int], now_at: list[int] | None = None) -> None:
        # positions never held at the same time, or only from after today, are left out by
        # SQLite (the same tests as below, on the stored text)
        rows = ties_sql.colleague_positions(self.s, chunk, self.today, now_at)
        best: dict[tuple[int, int, int], tuple[date | None, date | None]] = {}
        seen, days = self._seen, {None: None}
        for a, sa_, ea, b, sb, eb, org in rows:
            if (("c", a, b, org) if a < b else ("c", b, a, org)) in seen:
                continue  # counted when b was loaded
            for text in (sa_, ea, sb, eb):
                if text not in days:
                    days[text] = _day(text)
            sa_, ea, sb, eb = days[sa_], days[ea], days[sb], days[eb]
            known = max((d for d in (sa_, sb) if d is not None), default=None)
            end_a, end_b = ea or date.max, eb or date.max
            end = min(end_a, end_b)
            if known is not None and known > end:
                continue  # never there at the same time
            if known is not None and known > self.today:
                continue  # not yet
            # one start unknown: the overlap is unknown, never dated from the other's start
            start = known if sa_ is not None and sb is not None else None
            k = (*_key(a, b), org)
            got = best.get(k)
            span = (start, None if end == date.max else end)
            if got is None or _span_days(span, self.today) > _span_days(got, self.today):
                best[k] = span  # several positions at one organisation: the longest overlap
        for (a, b, org), (start, end) in best.items():
            self._seen.add(("c", a, b, org))
            until = end or self.today
            # an unknown start counts as the minimum: one year together at most
            years = (max(0.0, (until - start).days / 365.25) if start
                     else self.w.colleague_unknown_years)
            since = max(0.0, (self.today - until).days / 365.25)
            score = (self.w.colleague_per_year * min(years, self.w.colleague_years_cap)
                     * 0.5 ** (since / self.w.colleague_half_life_years))
            self._tie(a, b).spans.append(_Span(org, start, end, score))

    def _read_interactions(self, ids: set[int]) -> None:
        """(weight, time, zone) of each interaction of ``ids`` that has happened."""
        known, make = self._interactions, self._interaction
        for chunk in _chunks(ids):
            for iid, kind, when, zone in ties_sql.interactions(self.s, chunk, self.now):
                known[iid] = make(kind, datetime.fromisoformat(when), zone)

    # -- reading ------------------------------------------------------------------------------
    def strength(self, a: int, b: int) -> float:
        k = _key(a, b)
        got = self._strengths.get(k)
        if got is None:
            t = self.ties.get(k)
            got = self._strengths[k] = strength_of(t.score, self.w) if t else 0.0
        return got

    def neighbours(self, a: int) -> set[int]:
        return self.adj.get(a, set())

    def describe(self, ids: Iterable[int]) -> None:
        """Names and archived flags of ``ids`` (and organisation names of their ties)."""
        todo = [i for i in ids if i != ME and i not in self._archived]
        for chunk in _chunks(todo):
            for cid, fam, giv, fl, gl, arch in ties_sql.names(self.s, chunk):
                self._parts[cid] = (fam, giv, fl, gl)  # the name is made when wanted
                self._archived[cid] = bool(arch)

    def archived(self, cid: int) -> bool:
        if cid == ME:
            return False
        if cid not in self._archived:
            self.describe([cid])
        return self._archived.get(cid, False)

    def name(self, cid: int) -> str:
        if cid == ME:
            return "you"
        got = self._names.get(cid)
        if got is None:
            if cid not in self._parts:
                self.describe([cid])
            parts = self._parts.get(cid)
            got = self._names[cid] = names.short(*parts) if parts else f"#{cid}"
        return got

    def org_name(self, org_id: int) -> str:
        if org_id not in self._org_names:
            o = self.s.get(Organization, org_id)
            self._org_names[org_id] = (o.name_ja or o.name_en) if o else f"#{org_id}"
        return self._org_names[org_id]

    def evidence(self, a: int, b: int, language: str = "en") -> list[str]:
        """What lies behind the tie, seen from ``a`` towards ``b``: the interactions, the
        introductions and the colleague spans, in that order, as sentences in ``language``
        ("met together 4 times, last 2026-10-12" / 同席4回（最終 2026年10月12日）)."""
        return said(self.phrases(a, b), language)

    def phrases(self, a: int, b: int) -> tuple[Phrase, ...]:
        """The evidence as a language leaves it to be said: one walk over the tie, each
        sentence a template below with its named values (``None`` for the user, a date as a
        date); ``said`` puts it in a language."""
        t = self.ties.get(_key(a, b))
        if t is None:
            return ()
        out: list[Phrase] = []
        if t.met.count:
            last = _local_date(t.met.last, t.met.last_zone)
            out.append(Phrase(_MET_ONCE, (("last", last),)) if t.met.count == 1
                       else Phrase(_MET_TIMES, (("count", t.met.count), ("last", last))))
        for i in sorted(t.intros, key=lambda i: (i.year or 0, i.introducer or 0)):
            who = {"introduced": self._who(i.introduced),
                   "introduced_to": self._who(i.introduced_to)}
            dated = i.year is not None
            if dated:
                who["year"] = i.year
            if i.introducer is None:
                out.append(Phrase(_YOU_INTRODUCED if dated else _YOU_INTRODUCED_UNDATED,
                                  tuple(who.items())))
            else:  # said without its subject where it is the link's own end, if the
                # language leaves it out (English: "introduced you to 鈴木 in 2025")
                own = i.introducer in (a, b)
                template = ((_INTRODUCED if own else _SOMEONE_INTRODUCED) if dated
                            else (_INTRODUCED_UNDATED if own else _SOMEONE_INTRODUCED_UNDATED))
                out.append(Phrase(template,
                                  (("introducer", self.name(i.introducer)), *who.items())))
        for sp in sorted(t.spans, key=lambda sp: (sp.start or date.min, sp.org_id)):
            org = ("org", self.org_name(sp.org_id))
            if sp.start and sp.end and sp.start.year != sp.end.year:
                out.append(Phrase(_COLLEAGUES_YEARS,
                                  (org, ("first", sp.start.year), ("last", sp.end.year))))
            elif sp.start and sp.end:
                out.append(Phrase(_COLLEAGUES_IN, (org, ("year", sp.start.year))))
            elif sp.start:
                out.append(Phrase(_COLLEAGUES_SINCE, (org, ("year", sp.start.year))))
            elif sp.end:
                out.append(Phrase(_COLLEAGUES_UNTIL, (org, ("year", sp.end.year))))
            else:
                out.append(Phrase(_COLLEAGUES_UNKNOWN, (org,)))
        return tuple(out)

    def _who(self, cid: int | None) -> str | None:
        return None if cid is None else self.name(cid)


@dataclass(frozen=True)
class Phrase:
    """One sentence of evidence before it is put in a language: its template (English, the
    catalogue's key) and named values."""

    template: str
    values: tuple[tuple[str, object], ...]

    def said(self, language: str) -> str:
        template = self.template
        if language in _SUBJECT_ALWAYS:
            template = {_INTRODUCED: _SOMEONE_INTRODUCED,
                        _INTRODUCED_UNDATED: _SOMEONE_INTRODUCED_UNDATED}.get(template, template)
        named = {}
        for name, value in self.values:
            if value is None:
                value = _in(language, _YOU)
            elif isinstance(value, date):
                value = (format_date(value, "ja", weekday=False) if language == "ja"
                         else value.isoformat())
            named[name] = value
        return _in(language, template).format(**named)


def said(phrases: Iterable[Phrase], language: str) -> list[str]:
    """Evidence phrases as sentences in ``language`` ('en' or 'ja')."""
    return [p.said(language) for p in phrases]


# The evidence's sentences (Graph.evidence), filed in the catalogue under "services".
_MET_ONCE = QT_TRANSLATE_NOOP("services", "met together once, on {last}")
_MET_TIMES = QT_TRANSLATE_NOOP("services", "met together {count} times, last {last}")
_YOU = QT_TRANSLATE_NOOP("services", "you")
_YOU_INTRODUCED = QT_TRANSLATE_NOOP(
    "services", "you introduced {introduced} to {introduced_to} in {year}")
_INTRODUCED = QT_TRANSLATE_NOOP("services", "introduced {introduced} to {introduced_to} in {year}")
_SOMEONE_INTRODUCED = QT_TRANSLATE_NOOP(
    "services", "{introducer} introduced {introduced} to {introduced_to} in {year}")
_YOU_INTRODUCED_UNDATED = QT_TRANSLATE_NOOP(
    "services", "you introduced {introduced} to {introduced_to}, date unknown")
_INTRODUCED_UNDATED = QT_TRANSLATE_NOOP(
    "services", "introduced {introduced} to {introduced_to}, date unknown")
_SOMEONE_INTRODUCED_UNDATED = QT_TRANSLATE_NOOP(
    "services", "{introducer} introduced {introduced} to {introduced_to}, date unknown")
_COLLEAGUES_YEARS = QT_TRANSLATE_NOOP("services", "colleagues at {org} {first}–{last}")
_COLLEAGUES_IN = QT_TRANSLATE_NOOP("services", "colleagues at {org} in {year}")
_COLLEAGUES_SINCE = QT_TRANSLATE_NOOP("services", "colleagues at {org} since {year}")
_COLLEAGUES_UNTIL = QT_TRANSLATE_NOOP(
    "services", "colleagues at {org} until {year} (start unknown)")
_COLLEAGUES_UNKNOWN = QT_TRANSLATE_NOOP("services", "colleagues at {org}, dates unknown")
# English leaves out the introducer when it is one end of the link ("introduced you to 鈴木
# in 2025" on the link from 青木); Japanese names them always (青木 健が鈴木をあなたに紹介).
_SUBJECT_ALWAYS = frozenset({"ja"})


def _in(language: str, template: str) -> str:
    """``template`` (context "services") in ``language``: the interface's through
    i18n.translate; another one (a briefing written in the other language) from the same
    catalogue."""
    if language == i18n.current():
        return i18n.translate("services", template)
    return i18n.translate_in(language, "services", template)


def _text(column):
    """The column as stored (text): parsed with fromisoformat, 5x faster than the type's."""
    return type_coerce(column, String)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _span_days(span: tuple[date | None, date | None], today: date) -> int:
    start, end = span
    return ((end or today) - (start or date.min)).days if start else 0


# ---------------------------------------------------------------------------------------------
# Paths


def _current_members(s: Session, org_ids: list[int], today: date) -> list[int]:
    out: list[int] = []
    for chunk in _chunks(org_ids):
        out += s.scalars(select(Position.contact_id).where(
            Position.organization_id.in_(chunk),
            or_(Position.end_date.is_(None), Position.end_date >= today),
            or_(Position.start_date.is_(None), Position.start_date <= today)).distinct())
    return sorted(set(out))


def organisation_and_group(s: Session, org_id: int) -> list[int]:
    """The organisation and every organisation under it (its group's members, theirs…)."""
    found, frontier = {org_id}, [org_id]
    while frontier:
        nxt = list(s.scalars(select(Organization.id).where(
            Organization.group_id.in_(frontier))))
        frontier = [o for o in nxt if o not in found]
        found.update(frontier)
    return sorted(found)


def paths(journal: Journal, *, contact_id: int | None = None, organization_id: int | None = None,
          max_hops: int = 3, limit: int = 10, include_archived: bool = False,
          now: datetime | None = None, budget_ms: float | None = None) -> Paths:
    """Ranked chains from the user to a contact, or to anyone now at an organisation (or in
    its group), of at most ``max_hops`` links; best first. With ``budget_ms`` the search
    stops once that much time has gone (checked between batches) and says so (``cut``):
    the chains found are ranked as ever, a stronger one may lie beyond."""
    import time as _time

    deadline = None if budget_ms is None else _time.monotonic() + budget_ms / 1000
    if (contact_id is None) == (organization_id is None):
        raise ValueError("give a contact or an organisation")
    if not 1 <= max_hops <= 3:
        raise ValidationError.single("max_hops", "Paths have 1 to 3 hops.")
    with journal.session() as s:
        g = Graph(s, now, include_archived=include_archived)
        if contact_id is not None:
            if s.get(Contact, contact_id) is None:
                from kizuna_desktop.errors import NotFoundError

                raise NotFoundError(f"There is no contact with id {contact_id}.")
            targets = [contact_id]
            label = g.name(contact_id)
        else:
            org = s.get(Organization, organization_id)
            if org is None:
                from kizuna_desktop.errors import NotFoundError

                raise NotFoundError(f"There is no organisation with id {organization_id}.")
            label = org.name_ja or org.name_en
            at = organisation_and_group(s, org.id)
            targets = _current_members(s, at, g.today)
            g.describe(targets)
            if not include_archived:
                targets = [t for t in targets if not g.archived(t)]
        stop = _Budget(deadline)
        chains = _chains(g, targets, max_hops, limit,
                         None if contact_id is not None else at, stop)
        return Paths(target=label, target_ids=targets, chains=chains, cut=stop.cut)


class _Budget:
    """A deadline (time.monotonic) a search checks between its batches."""

    def __init__(self, deadline: float | None):
        self.deadline = deadline
        self.cut = False

    def over(self) -> bool:
        import time as _time

        if self.deadline is not None and _time.monotonic() > self.deadline:
            self.cut = True
        return self.cut


def _chains(g: Graph, targets: list[int], max_hops: int, limit: int,
            target_orgs: list[int] | None = None, stop: _Budget | None = None
            ) -> list[Chain]:
    """Best first, loading only what can still make the top ``limit``: a chain is never
    stronger than any of its links, so candidates are taken in order of the strongest they
    could be (their links to the target side, already loaded), the user's tie to their first
    person loaded a batch at a time, and a person's own ties only loaded while a chain
    through them could still rank."""
    target_set = set(targets)
    found: list[tuple[float, int, tuple[int, ...]]] = []
    best: list[float] = []  # a min-heap of the top ``limit`` strengths found

    def add(strength: float, people: tuple[int, ...]) -> None:
        if strength <= 0:
            return
        found.append((strength, len(people), people))
        heapq.heappush(best, strength)
        if len(best) > limit:
            heapq.heappop(best)

    def bar() -> float:  # what a candidate must reach to rank (ties broken by fewer hops)
        return best[0] if len(best) >= limit else 0.0

    def usable(n: int) -> bool:
        return n != ME and n not in target_set and (g.include_archived or not g.archived(n))

    stop = stop or _Budget(None)
    g.load_user_ties(targets)
    for t in targets:
        add(g.strength(ME, t), (t,))
    if max_hops >= 2 and not stop.over():
        g.load_ties(targets, now_at=target_orgs, floor=bar())
        # every b–t link, strongest first; who is usable (not archived) is read a batch at
        # a time, only as far as the search goes
        # (only links that can still rank: the bar only rises, and a chain is never
        # stronger than its link to the target)
        floor = bar()
        ranked = [(s, b, t) for t in targets for b in g.neighbours(t)
                  if b != ME and b not in target_set
                  for s in (g.strength(b, t),) if s > 0 and s >= floor]
        ranked.sort(key=lambda x: (-x[0], x[1], x[2]))
        links = _Usable(g, ranked, usable)
        # two hops: you → b → t, at most as strong as b–t; the first batch as small as the
        # question (a briefing's few chains are mostly found among the strongest links),
        # then doubling up to BATCH
        k, size = 0, min(BATCH, max(16, 4 * limit))
        while links.has(k) and links[k][0] >= bar() and links[k][0] > 0:
            if stop.over():
                break
            batch = links[k:k + size]
            g.load_user_ties({b for _s, b, _t in batch})
            for sbt, b, t in batch:
                add(min(g.strength(ME, b), sbt), (b, t))
            k += size
            size = min(BATCH, 2 * size)
        if max_hops >= 3 and not stop.over():
            _three_hops(g, links, usable, add, bar, stop)
    # best first; names break ties, and are made only for the chains that can still rank
    # (those at or above the limit-th by strength and hops: a group has a thousand)
    found.sort(key=lambda f: (-f[0], f[1]))
    if len(found) > limit:
        last = (-found[limit - 1][0], found[limit - 1][1])
        found = [f for f in found if (-f[0], f[1]) <= last]
    found.sort(key=lambda f: (-f[0], f[1], [g.name(p) for p in f[2]], f[2]))
    out: list[Chain] = []
    for rank, (strength, hops, people) in enumerate(found[:limit], 1):
        nodes = (ME, *people)
        links_out = [Link(from_id=x, to_id=y, from_name=g.name(x), to_name=g.name(y),
                          kind=g.ties[_key(x, y)].kind, strength=g.strength(x, y),
                          phrases=g.phrases(x, y))
                     for x, y in zip(nodes, nodes[1:], strict=False)]
        out.append(Chain(rank=rank, strength=strength, hops=hops,
                         people=[g.name(p) for p in people], people_ids=list(people),
                         links=links_out))
    return out


class _Usable:
    """The ranked b–t links whose b may carry a chain, read lazily: each slice asked for
    describes (names, archived) only the people it reaches, a batch at a time."""

    def __init__(self, g: Graph, ranked: list, usable):
        self.g, self.ranked, self.usable = g, ranked, usable
        self.kept: list = []
        self.pos = 0

    def _fill(self, upto: int) -> None:
        while len(self.kept) < upto and self.pos < len(self.ranked):
            batch = self.ranked[self.pos:self.pos + BATCH]
            self.pos += BATCH
            self.g.describe({b for _s, b, _t in batch})
            self.kept += [x for x in batch if self.usable(x[1])]

    def has(self, k: int) -> bool:
        """Whether there is a k-th usable link (reading on as far as that)."""
        self._fill(k + 1)
        return k < len(self.kept)

    def __getitem__(self, key):
        if isinstance(key, slice):
            self._fill(key.stop if key.stop is not None else len(self.ranked))
            return self.kept[key]
        self._fill(key + 1)
        return self.kept[key]


BATCH = 200  # candidates whose first person's tie to the user is loaded at once
EXPAND = 10  # people whose own ties are loaded at once


def _three_hops(g: Graph, links, usable, add, bar, stop: _Budget) -> None:
    """you → a → b → t: b taken in order of b–t, a's candidates in order of
    min(a–b, b–t); stops when nothing left could reach the bar."""
    heap: list[tuple[float, int, int, int]] = []  # (−bound, a, b, t)
    k = 0
    while True:
        next_b = links[k][0] if links.has(k) else -1.0
        top = -heap[0][0] if heap else -1.0
        if max(next_b, top) <= 0 or max(next_b, top) < bar() or stop.over():
            return
        if next_b >= top:  # expand the next people on the target side
            batch = links[k:k + EXPAND]
            k += EXPAND
            g.load_ties({b for _s, b, _t in batch})
            around = {a for _s, b, _t in batch for a in g.neighbours(b)}
            g.describe(around)
            for sbt, b, t in batch:
                for a in g.neighbours(b):
                    if a != t and usable(a):
                        bound = min(g.strength(a, b), sbt)
                        if bound > 0:
                            heapq.heappush(heap, (-bound, a, b, t))
            continue
        take = []
        while heap and -heap[0][0] >= bar() and len(take) < BATCH:
            take.append(heapq.heappop(heap))
        if not take:
            return
        g.load_user_ties({a for _nb, a, _b, _t in take})
        for nb, a, b, t in take:
            add(min(g.strength(ME, a), -nb), (a, b, t))


def chains_json(p: Paths) -> dict:
    """The ``kizuna paths --json`` shape: names with their ids (``ids`` parallel to
    ``people``; ``from_id`` null for the user) so that namesakes are told apart."""
    return {"target": p.target, "target_ids": p.target_ids, "chains": [
        {"rank": c.rank, "strength": c.strength, "hops": c.hops, "people": c.people,
         "ids": c.people_ids,
         "links": [{"from": link.from_name, "to": link.to_name,
                    "from_id": None if link.from_id == ME else link.from_id,
                    "to_id": link.to_id, "kind": link.kind,
                    "strength": link.strength, "evidence": link.evidence}
                   for link in c.links]} for c in p.chains]}


# ---------------------------------------------------------------------------------------------
# A contact's circle (for the picture)


@dataclass(frozen=True, kw_only=True)
class CircleNode:
    id: int  # ME for the user
    name: str
    ring: int  # 0 the contact, 1 the user and the contact's ties, 2 two hops from it
    organization: str  # the current organisation's name, "" when none
    organization_id: int | None = None  # its id (the picture's colour is drawn from it)


@dataclass(frozen=True, kw_only=True)
class CircleEdge:
    a: int
    b: int
    strength: float


@dataclass(frozen=True, kw_only=True)
class Circle:
    center: int  # the contact
    nodes: list[CircleNode]  # the contact, the user, then ring 1 and ring 2 by strength
    edges: list[CircleEdge]
    # how many there are in all on each ring (the picture draws the strongest ``per_ring``
    # and says how many it leaves out); 0: as many as drawn
    ring1_total: int = 0  # the contact's ties (the user not counted)
    ring2_total: int = 0  # two hops away through the ties drawn on ring 1


def circle(journal: Journal, contact_id: int, *, per_ring: int = 12,
           include_archived: bool = False, now: datetime | None = None) -> Circle:
    """The user, the contact, the people one hop from the contact (strongest first, at most
    ``per_ring``) and two hops (the strongest tie of each to ring one, at most ``per_ring``),
    with the ties among them. Someone tied to the contact is never on the two-hop ring, even
    when ring one has no room for them; ``ring1_total`` and ``ring2_total`` say how many
    there are in all."""
    with journal.session() as s:
        if s.get(Contact, contact_id) is None:
            from kizuna_desktop.errors import NotFoundError

            raise NotFoundError(f"There is no contact with id {contact_id}.")
        g = Graph(s, now, include_archived=include_archived)
        g.load_ties([contact_id])
        g.load_user_ties([contact_id])
        ring1 = [n for n in g.neighbours(contact_id) if n != ME]
        g.describe(ring1)
        direct = set(ring1)  # one hop from the contact, drawn or not
        ring1 = [n for n in ring1 if include_archived or not g.archived(n)]
        ring1.sort(key=lambda n: (-g.strength(contact_id, n), g.name(n), n))
        ring1_total = len(ring1)
        ring1 = ring1[:per_ring]
        g.load_ties(ring1)
        g.load_user_ties(ring1)
        best: dict[int, float] = {}
        for b in ring1:
            for n in g.neighbours(b):
                if n in (ME, contact_id) or n in direct:
                    continue
                best[n] = max(best.get(n, 0.0), g.strength(b, n))
        g.describe(best)
        ring2 = [n for n in best if include_archived or not g.archived(n)]
        ring2.sort(key=lambda n: (-best[n], g.name(n), n))
        ring2_total = len(ring2)
        ring2 = ring2[:per_ring]
        g.load_user_ties(ring2)
        ids = [contact_id, ME, *ring1, *ring2]
        rings = {contact_id: 0, ME: 1, **{n: 1 for n in ring1}, **{n: 2 for n in ring2}}
        orgs = _current_org_names(s, [i for i in ids if i != ME], g.today)
        nodes = [CircleNode(id=i, name=g.name(i), ring=rings[i],
                            organization=orgs[i][1] if i in orgs else "",
                            organization_id=orgs[i][0] if i in orgs else None)
                 for i in ids]
        shown = set(ids)
        edges = sorted((CircleEdge(a=a, b=b, strength=strength_of(t.score))
                        for (a, b), t in g.ties.items() if a in shown and b in shown
                        and strength_of(t.score) > 0),
                       key=lambda e: (e.a, e.b))
        return Circle(center=contact_id, nodes=nodes, edges=edges, ring1_total=ring1_total,
                      ring2_total=ring2_total)


def _current_org_names(s: Session, ids: list[int], today: date
                       ) -> dict[int, tuple[int, str]]:
    """Each contact's latest current organisation: (id, name)."""
    out: dict[int, tuple[date, int, str]] = {}
    for chunk in _chunks(ids):
        for cid, start, org_id, ja, en in s.execute(
                select(Position.contact_id, Position.start_date, Organization.id,
                       Organization.name_ja, Organization.name_en)
                .join(Organization, Organization.id == Position.organization_id)
                .where(Position.contact_id.in_(chunk),
                       or_(Position.end_date.is_(None), Position.end_date >= today))):
            key = start or date.min
            if cid not in out or key > out[cid][0]:
                out[cid] = (key, org_id, ja or en)
    return {cid: (org_id, name) for cid, (_d, org_id, name) in out.items()}
