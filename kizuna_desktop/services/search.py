"""Finding contacts: a page of the list for any filter, counts, and resolving a user's
"id or search" to exactly one contact.

Text search matches every word of the query, folded (see ``japanese.fold``), against the
contact's folded search text: kanji, kana (either script, any width), romaji in either
spelling, Latin names, organisations, e-mails, handles and #tags.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Select, and_, func, not_, select
from sqlalchemy.orm import aliased

from kizuna_desktop.errors import NotFoundError
from kizuna_desktop.i18n import QT_TRANSLATE_NOOP
from kizuna_desktop.i18n import error as _err
from kizuna_desktop.services import indexing, names
from kizuna_desktop.services.japanese import search_tokens
from kizuna_desktop.store import Journal, fts, search_sql
from kizuna_desktop.store.models import Contact, Organization, Position, Tag, contact_tags


@dataclass(frozen=True, kw_only=True)
class ContactFilter:
    text: str = ""
    tag: str = ""  # a tag name, case-insensitive
    organization_id: int | None = None  # contacts currently at this organisation
    going_cold: bool = False  # past their keep-in-touch cadence
    include_archived: bool = False
    today: date | None = None  # for going_cold; defaults to the laptop's today


@dataclass(frozen=True, kw_only=True)
class ContactSummary:
    """One row of the contacts list."""

    id: int
    name: names.NameParts
    title_ja: str
    title_en: str
    organization_ja: str
    organization_en: str
    last_interaction_at: datetime | None
    cadence_days: int | None
    archived: bool
    sort_rank: int = 0  # place in list order (for the next page)
    last_interaction_zone: str | None = None  # where the latest interaction happened

    @property
    def written(self) -> str:
        return names.written(self.name)

    @property
    def reading(self) -> str:
        return names.reading(self.name)

    @property
    def latin(self) -> str:
        return names.latin(self.name)

    @property
    def display(self) -> str:
        return names.display(self.name)

    @property
    def role(self) -> str:
        from kizuna_desktop.i18n import affiliation

        title = self.title_ja or self.title_en
        org = self.organization_ja or self.organization_en
        return affiliation(org, "", title)  # 会社 役職 in Japanese, "Title, Company" in English

    def days_since(self, today: date) -> int | None:
        """Days from the latest interaction's date where it happened to ``today`` (the
        laptop's date); never negative, 0 for today."""
        if self.last_interaction_at is None:
            return None
        from kizuna_desktop.services.clock import days_since

        return days_since(self.last_interaction_at, self.last_interaction_zone, today)


def going_cold_conditions(today: date | None = None) -> tuple:
    """Past the keep-in-touch cadence by local dates: more days than the cadence from the
    last interaction's date where it happened (``last_interaction_offset``; the laptop's for
    a contact never met) to ``today``, the laptop's date. The first condition is the indexed
    range (no zone is more than 14 hours ahead), the second decides."""
    from kizuna_desktop.text import zones

    today = today or zones.today()
    midnight = datetime.combine(today, datetime.min.time())
    here = zones.local(zones.now_utc(), zones.laptop()).utcoffset()
    laptop_minutes = int(here.total_seconds() // 60) if here is not None else 0
    return search_sql.cold_conditions(midnight, laptop_minutes)


def _escape_like(token: str) -> str:
    return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def current_position_id():
    """The id of a contact's current position (its latest open one, a main one before one
    held alongside it, 兼務), correlated to Contact."""
    return (
        select(Position.id)
        .where(Position.contact_id == Contact.id, Position.end_date.is_(None))
        .order_by(Position.concurrent, Position.start_date.desc().nulls_last(),
                  Position.id.desc())
        .limit(1)
        .correlate(Contact)
        .scalar_subquery()
    )


# How matches are found, in list order (contacts.sort_rank; the search index is keyed by it):
# - words of three characters or more: the trigram index, whose matches stream out in list
#   order, so a page stops after its rows whatever the number of matches. A long query (an
#   e-mail, a company) has many trigrams, and the index reads every one's whole list when
#   matches are few; so when it has more than PHRASE_TERMS, each trigram is first probed
#   (up to PROBE entries), the rarest few drive the search and the words are checked on each
#   row found;
# - only one- or two-character words: first the next WINDOW contacts of the list are read (a
#   common letter fills a page there), else the word is looked up in the index's vocabulary
#   (every trigram starting with it: the search text ends with a separator, so every character
#   starts one) and those trigrams are searched for;
# - the other words are checked on each row found.
WINDOW = 2000  # the list index holds the search text: about 1.5 ms for 2,000
COUNT_WINDOW = 8000
PHRASE_TERMS = 4
PROBE = 2000
DRIVERS = 3


@dataclass(frozen=True)
class _Plan:
    match: str | None  # full-text expression driving the query; None: walk the list
    likes: tuple[str, ...] = ()  # words checked on each row
    short: str = ""  # the one- or two-character word to expand when the walk is not enough


def _trigrams(word: str) -> list[str]:
    return [word[i:i + 3] for i in range(len(word) - 2)]


def _plan(journal: Journal, tokens: list[str]) -> _Plan | None:
    """How to find the contacts matching every word; None when no contact can."""
    long_tokens = [t for t in tokens if len(t) >= 3]
    short = tuple(t for t in tokens if len(t) < 3)
    if not long_tokens:
        return _Plan(None, short, max(short, key=len)) if short else _Plan(None)
    phrase = _Plan(fts.all_of(long_tokens), short)
    grams = list(dict.fromkeys(g for t in long_tokens for g in _trigrams(t)))
    if len(grams) <= PHRASE_TERMS:
        return phrase
    with journal.session() as s:
        sizes = dict(zip(grams, fts.probe(s, grams, PROBE), strict=True))
    if 0 in sizes.values():
        return None
    rare = sorted((g for g in grams if sizes[g] < PROBE), key=sizes.__getitem__)[:DRIVERS]
    if not rare:  # every trigram is common: so are the matches, and a page comes quickly
        return phrase
    return _Plan(fts.all_of(rare), tuple(long_tokens) + short)


def _expanded(journal: Journal, plan: _Plan) -> _Plan | None:
    """The plan with its short word looked up in the index's vocabulary; None when no
    contact contains it."""
    token = plan.short
    with journal.session() as s:
        terms = fts.terms_from(s, token)
    if not terms:
        return None
    rest = list(plan.likes)
    rest.remove(token)
    return _Plan(fts.any_of(terms), tuple(rest))


def _where(q: Select, f: ContactFilter, plan: _Plan, after: int | None = None,
           upto: int | None = None, tier=None) -> Select:
    if plan.match is not None:
        q = fts.matching(q, Contact.sort_rank, plan.match)
        rank = fts.TABLE.c.rowid  # the index's own order: it streams matches out in list order
    else:
        rank = Contact.sort_rank
    if after is not None:
        q = q.where(rank > after)
    if upto is not None:
        q = q.where(rank <= upto)
    for token in plan.likes:
        q = q.where(Contact.search_text.like(f"%{_escape_like(token)}%", escape="\\"))
    if not f.include_archived:
        q = q.where(Contact.archived.is_(False))
    if f.tag.strip():
        tag_ids = select(Tag.id).where(Tag.name == f.tag.strip().lstrip("#"))
        q = q.where(
            select(contact_tags.c.contact_id)
            .where(contact_tags.c.contact_id == Contact.id, contact_tags.c.tag_id.in_(tag_ids))
            .exists()
        )
    if f.organization_id is not None:
        q = q.where(
            select(Position.id)
            .where(
                Position.contact_id == Contact.id,
                Position.organization_id == f.organization_id,
                Position.end_date.is_(None),
            )
            .exists()
        )
    if f.going_cold:
        q = q.where(*going_cold_conditions(f.today))
    if tier is not None:
        q = q.where(tier)
    return q.order_by(rank)


def _window_end(journal: Journal, after: int | None, size: int) -> int | None:
    """The rank of the ``size``-th contact after ``after`` in list order; None when the list
    ends sooner."""
    q = select(Contact.sort_rank)
    if after is not None:
        q = q.where(Contact.sort_rank > after)
    with journal.session() as s:
        return s.scalar(q.order_by(Contact.sort_rank).offset(size - 1).limit(1))


def phone_query(query: str) -> str | None:
    """A query that is a phone number (digits with - ( ) . spaces, an optional leading +,
    four digits or more) as the digits the search text holds (indexing.phone_forms): 03-5555
    is 035555, +81 3 5555 is +8135555. None for any other query."""
    flat = unicodedata.normalize("NFKC", query).strip()
    if not _PHONE.fullmatch(flat):
        return None
    digits = "".join(ch for ch in flat if ch.isdigit())
    if len(digits) < 4:
        return None
    return ("+" if flat.startswith("+") else "") + digits


_PHONE = re.compile(r"\+?[0-9][0-9 \-().]*")


def query_tokens(query: str) -> list[str]:
    """The words every match must contain, folded as the search text is. Characters of the
    supplementary private-use planes (15, 16) are left out: the search text's shifted copy
    of the names is written in plane 15 (indexing.in_names)."""
    phone = phone_query(query)
    if phone:
        return [phone]
    return search_tokens(_PRIVATE_PLANES.sub("", query))


_PRIVATE_PLANES = re.compile("[\U000f0000-\U0010ffff]")


# Ranking: contacts with every word of the query among their names come first, then the
# others (organisation, title, phone, notes...), list order within each. The first part is
# searched for as words shifted into the names' copy (indexing.in_names), so the index finds
# them directly; the second leaves out the rows of the first.
TIERS = 2


def _tier_words(tokens: list[str]) -> list[list[str]]:
    return [[indexing.in_names(t) for t in tokens], tokens]


def _holds_all(words: list[str]):
    return and_(*(Contact.search_text.like(f"%{_escape_like(w)}%", escape="\\")
                  for w in words))


def tier_of(search_text: str, tokens: list[str]) -> int:
    """The part of the list (0 names, 1 the rest) a contact whose search text holds every
    word of the query comes in."""
    return 0 if all(w in search_text for w in _tier_words(tokens)[0]) else 1


def page(journal: Journal, f: ContactFilter, offset: int = 0, limit: int = 100,
         after: int | None = None) -> list[ContactSummary]:
    """Contacts matching ``f``: with text, those matching by name first, then the others
    (organisation, title, phone, notes...), each part in list order (gojūon / alphabetical);
    ``limit`` of them from ``offset``, or (faster for the next page) after the contact of
    rank ``after``."""
    tokens = query_tokens(f.text)
    if not tokens:
        plan = _plan(journal, tokens)
        return _page(journal, f, plan, offset, limit, after, None) if plan else []
    first = 0
    if after is not None:
        with journal.session() as s:
            txt = s.scalar(select(Contact.search_text).where(Contact.sort_rank == after))
        first = tier_of(txt, tokens) if txt is not None else 0
    want = offset + limit
    rows: list[ContactSummary] = []
    words = _tier_words(tokens)
    for tier in range(first, TIERS):
        plan = _plan(journal, words[tier])
        if plan is None:
            continue
        earlier = [not_(_holds_all(w)) for w in words[:tier]]
        rows += _page(journal, f, plan, 0, want - len(rows), after if tier == first else None,
                      and_(*earlier) if earlier else None)
        if len(rows) >= want:
            break
    return rows[offset:want]


def page_by_health(journal: Journal, f: ContactFilter, offset: int = 0, limit: int = 100,
                   *, descending: bool = False, now: datetime | None = None,
                   today: date | None = None) -> list[ContactSummary]:
    """Contacts matching ``f`` in health order (``kizuna health``'s: past the cadence, due,
    never met, on track, no cadence; most days past the cadence first; then list order),
    or its reverse; sorted in SQL (search_sql.health_order), ``limit`` from ``offset``.
    The first pages come from an index window where that gives the same rows
    (search_sql.WINDOW_MARGIN); otherwise every match is read."""
    from kizuna_desktop.services.health import DUE_AT
    from kizuna_desktop.text import zones

    now_utc = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    plan = _plan(journal, query_tokens(f.text))
    walked = None  # a one- or two-character word checked on the lapse window's rows
    if plan is not None and plan.short:
        rest = list(plan.likes)
        rest.remove(plan.short)
        # the expansion's terms are the trigrams starting with the word: the word followed
        # by two more characters anywhere in search_text, as LIKE says it
        walked = _where(select(Contact.id), f, _Plan(None, tuple(rest))).order_by(None).where(
            Contact.search_text.like(f"%{_escape_like(plan.short)}__%", escape="\\"))
        plan = _expanded(journal, plan)
    if plan is None:
        return []
    today = today or zones.today()
    parts = search_sql.health_parts(now_utc, today, DUE_AT)
    order = search_sql.health_order(now_utc, today, DUE_AT, descending)
    q = _where(select(Contact.id), f, plan).order_by(None)
    need = offset + limit
    with journal.session() as s:
        conn = s.connection()
        ids = None
        if not f.include_archived and not descending:
            ids = _cold_window(s, walked if walked is not None else q, order, parts, need,
                               now_utc, None if walked is not None else plan.match)
        elif descending:
            # no cadence first: those met without one, latest in list order first
            # (by the index of words' own order when it drives: it streams them out latest
            # first and stops at the page; sorted, a word in every card cost 250-370 ms)
            rank = fts.TABLE.c.rowid if plan.match is not None else Contact.sort_rank
            got = list(conn.execute(
                q.where(Contact.cadence_days.is_(None), parts["last"].is_not(None))
                .order_by(rank.desc()).limit(need)).scalars())
            ids = got if len(got) == need else None
        if ids is None:
            ids = list(conn.execute(q.order_by(*order).limit(need)).scalars())
    ids = ids[offset:need]
    found = {c.id: c for c in by_ids(journal, ids)}
    return [found[i] for i in ids if i in found]


BROAD = 8  # a text search matching over BROAD × the window's contacts is asked about those
FEW_TERMS = 4  # ... when it has fewer alternatives (a one-character word's expansion into
# hundreds of terms costs a look-up of each per contact: "0" took 770 ms so, 370 driven by it)


def _cold_window(s, q: Select, order: list, parts: dict, need: int, now: datetime,
                 match: str | None = None) -> list[int] | None:
    """The first ``need`` in health order when they are all past their cadence and lie
    well inside a window of the lapse index (a contact outside it lapses days later, or
    has no cadence); None when that cannot be shown. With a text search (``match``) that
    matches many more than the window holds, the index of words is asked only about the
    window's contacts (one look-up each): driven by the words, a word in everyone's card
    ("manager") read all 100,000 rows to keep the window's 600 (270-400 ms a keystroke)."""
    from sqlalchemy import or_, union

    for k in (need * 4 + 200, need * 40 + 2000):
        edge = search_sql.cold_after_edge(s, k)
        if edge is None:
            return None
        planned = select(Contact.id).where(Contact.last_interaction_at > now)  # indexed
        window = (q.add_columns(parts["rank"], Contact.cold_after)
                  .where(or_(Contact.cold_after < edge, Contact.id.in_(planned))))
        if match is not None and match.count(" OR ") < FEW_TERMS - 1 and \
                search_sql.matches_over(s, match, BROAD * k):
            inside = aliased(Contact)  # the window's list ranks, from the two indexes
            ranks = union(
                select(inside.sort_rank).where(inside.archived.is_(False),
                                               inside.cold_after < edge),
                select(inside.sort_rank).where(inside.last_interaction_at > now))
            window = window.where(fts.TABLE.c.rowid.in_(ranks))
        rows = s.connection().execute(window.order_by(*order).limit(need)).all()
        if len(rows) == need and all(r[1] == 0 for r in rows) and \
                rows[-1][2] is not None and rows[-1][2] < edge - search_sql.WINDOW_MARGIN:
            return [r[0] for r in rows]
    return None


def _page(journal: Journal, f: ContactFilter, plan: _Plan, offset: int, limit: int,
          after: int | None, tier) -> list[ContactSummary]:
    rows: list[ContactSummary] = []
    if plan.short and offset == 0:
        end = _window_end(journal, after, WINDOW)
        rows = _summaries(journal, _where(_summary_query(), f, plan, after, end, tier), 0, limit)
        if len(rows) == limit or end is None:
            return rows
        after, limit = end, limit - len(rows)  # the index takes over past the window
    if plan.short:
        plan = _expanded(journal, plan)
        if plan is None:
            return rows
    return rows + _summaries(journal, _where(_summary_query(), f, plan, after, None, tier),
                             offset, limit)


@functools.cache  # statements are immutable; building this one costs more than running it
def _summary_query() -> Select:
    pos = aliased(Position)
    org = aliased(Organization)
    return (
        select(
            Contact.id, Contact.family_name, Contact.given_name, Contact.family_reading,
            Contact.given_reading, Contact.family_latin, Contact.given_latin,
            Contact.latin_order, Contact.honorific, Contact.last_interaction_at,
            Contact.cadence_days, Contact.archived,
            pos.title_ja, pos.title_en, org.name_ja, org.name_en, Contact.sort_rank,
            Contact.last_interaction_zone,
        )
        .select_from(Contact)
        .outerjoin(pos, pos.id == current_position_id())
        .outerjoin(org, org.id == pos.organization_id)
    )


def _summaries(journal: Journal, q: Select, offset: int, limit: int | None
               ) -> list[ContactSummary]:
    q = q.offset(offset).limit(limit)
    out = []
    with journal.session() as s:
        # Plain rows (no ORM loading), fetched all at once: row by row costs twice the query.
        for r in s.connection().execute(q).all():
            out.append(ContactSummary(
                id=r[0],
                name=names.NameParts(
                    family_name=r[1], given_name=r[2], family_reading=r[3],
                    given_reading=r[4], family_latin=r[5], given_latin=r[6],
                    latin_order=r[7], honorific=r[8],
                ),
                last_interaction_at=r[9].replace(tzinfo=UTC) if r[9] else None,
                cadence_days=r[10], archived=r[11],
                title_ja=r[12] or "", title_en=r[13] or "",
                organization_ja=r[14] or "", organization_en=r[15] or "",
                sort_rank=r[16], last_interaction_zone=r[17],
            ))
    return out


def by_ids(journal: Journal, ids: list[int]) -> list[ContactSummary]:
    """Summaries of the given contacts (archived too), in list order."""
    out: list[ContactSummary] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        q = _summary_query().where(Contact.id.in_(chunk)).order_by(Contact.sort_rank)
        out.extend(_summaries(journal, q, 0, None))
    return out


def _count(journal: Journal, q: Select, cap: int | None) -> int:
    inner = q.limit(cap).subquery() if cap is not None else q.subquery()
    with journal.session() as s:
        return s.connection().scalar(select(func.count()).select_from(inner)) or 0


def count(journal: Journal, f: ContactFilter) -> int:
    """How many contacts match ``f`` (exactly: for reports and tests, not per keystroke)."""
    return count_upto(journal, f, cap=None)[0]


def count_upto(journal: Journal, f: ContactFilter, cap: int | None = 1000
               ) -> tuple[int, bool]:
    """How many contacts match, counting no further than ``cap`` (the list shows "1,000+"):
    a broad query stops early instead of counting the whole journal on every keystroke.
    Returns (count, whether it reached the cap)."""
    plan = _plan(journal, query_tokens(f.text))
    if plan is None:
        return 0, False
    limit = cap + 1 if cap is not None else None
    n, after = 0, None
    if plan.short and cap is not None:
        end = _window_end(journal, None, COUNT_WINDOW)
        n = _count(journal, _where(select(Contact.id), f, plan, None, end), limit)
        if n > cap or end is None:
            return min(n, cap), n > cap
        after, limit = end, limit - n  # as in page: the index counts on past the window
    if plan.short:
        plan = _expanded(journal, plan)
        if plan is None:
            return n, False
    n += _count(journal, _where(select(Contact.id), f, plan, after), limit)
    return (min(n, cap), n > cap) if cap is not None else (n, False)


class AmbiguousContactError(NotFoundError):
    def __init__(self, spec: str, matches: list[ContactSummary], total: int):
        self.matches = matches
        self.total = total
        self.spec = spec
        super().__init__(self._text(lambda text: text))

    def _text(self, tr) -> str:  # English for str(e), the interface's language for the user
        lines = [f"  {m.id}: {m.display}" + (f" — {m.role}" if m.role else "")
                 for m in self.matches]
        more = "\n  " + tr(_AND_MORE).format(n=self.total - len(self.matches)) \
            if self.total > len(self.matches) else ""
        return tr(_AMBIGUOUS).format(spec=self.spec, total=self.total) + "\n" \
            + "\n".join(lines) + more

    def localized(self) -> str:
        from kizuna_desktop.i18n import translate

        return self._text(lambda text: translate("errors", text))


_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "errors", "“{spec}” matches {total} contacts; give an id or a narrower search:")
_AND_MORE = QT_TRANSLATE_NOOP("errors", "… and {n} more")


def resolve(journal: Journal, spec: str) -> ContactSummary:
    """The one contact ``spec`` names: an id, an e-mail address, a name in any script
    matching exactly one contact, and only when no name matches, a search matching exactly
    one (lookup.resolve): notes, titles and companies mentioning a name never make it
    ambiguous."""
    from kizuna_desktop.services import lookup

    return lookup.resolve(journal, spec)


def resolve_by_search(journal: Journal, spec: str) -> ContactSummary:
    """The one contact an id or a search matches (archived contacts included)."""
    spec = spec.strip()
    if spec.isdigit():
        found = by_ids(journal, [int(spec)])
        if found:
            return found[0]
        raise _err(NotFoundError,
                   QT_TRANSLATE_NOOP("errors", "There is no contact with id {id}."), id=spec)
    f = ContactFilter(text=spec, include_archived=True)
    matches = page(journal, f, 0, 10)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(f"No contact matches “{spec}”.")
    raise AmbiguousContactError(spec, matches, count(journal, f))
