"""A contact's timeline: interactions, gifts and favours, and introductions in one stream,
newest first, fetched a page of interactions at a time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import and_, or_, select

from kizuna_desktop.services import interactions
from kizuna_desktop.services.interactions import InteractionView
from kizuna_desktop.services.introductions import IntroductionView, view_in
from kizuna_desktop.services.ledger import LedgerView, view_of
from kizuna_desktop.services.ledger import involving as ledger_involving
from kizuna_desktop.services.positions import CareerStep, position_view
from kizuna_desktop.services.positions import steps as career_steps
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Introduction, LedgerEntry, Position
from kizuna_desktop.text import zones


@dataclass(frozen=True)
class Entry:
    """One item of the stream: exactly one of the three is set."""

    when: datetime  # aware (UTC); all-day items at noon UTC of their date
    interaction: InteractionView | None = None
    ledger: LedgerView | None = None
    introduction: IntroductionView | None = None
    career: CareerStep | None = None  # a transfer, promotion or move (by its start date)
    # The date it happened where it happened: an interaction's in its own zone, an all-day
    # item's own date. Months group by it and the stream is ordered by it first.
    day: date | None = None

    @property
    def local_day(self) -> date:
        if self.day is not None:
            return self.day
        if self.interaction is not None:
            return self.interaction.local_date
        return self.when.date()

    @property
    def month(self) -> str:
        return f"{self.local_day:%Y-%m}"


@dataclass(frozen=True)
class Page:
    entries: list[Entry]
    next_offset: int | None  # interactions offset of the next page; None at the end


def _at(d: date) -> datetime:
    return datetime.combine(d, time(12), UTC)


def page(journal: Journal, contact_id: int, offset: int = 0, limit: int = 200) -> Page:
    """Entries from the ``offset``-th interaction on: ``limit`` interactions and the gifts and
    introductions dated between them (on the last page, everything older too)."""
    items = interactions.timeline(journal, contact_id, offset, limit + 1)
    more = len(items) > limit
    items = items[:limit]
    newer = None
    if offset:
        prev = interactions.timeline(journal, contact_id, offset - 1, 1)
        newer = prev[0].local_date if prev else None
    older = items[-1].local_date if (items and more) else None

    def in_range(column):
        conds = []
        if newer is not None:
            conds.append(column < newer)
        if older is not None:
            conds.append(column >= older)
        return and_(*conds) if conds else True

    with journal.session() as s:
        ledger_rows = s.scalars(select(LedgerEntry).where(
            ledger_involving(contact_id), in_range(LedgerEntry.occurred_on))).all()
        ledger = [view_of(e, s) for e in ledger_rows]
        career = [st for st in career_steps([position_view(p) for p in s.scalars(
            select(Position).where(Position.contact_id == contact_id))])
            if st.kind != "joined" and (newer is None or st.position.start_date < newer)
            and (older is None or st.position.start_date >= older)]
        intro_rows = s.scalars(select(Introduction).where(
            or_(Introduction.introducer_id == contact_id,
                Introduction.introduced_id == contact_id,
                Introduction.introduced_to_id == contact_id),
            Introduction.introduced_on.is_not(None),
            in_range(Introduction.introduced_on))).all()
        intros = [view_in(s, i) for i in intro_rows]
        if offset == 0:  # undated introductions belong to the first page
            undated = s.scalars(select(Introduction).where(
                or_(Introduction.introducer_id == contact_id,
                    Introduction.introduced_id == contact_id,
                    Introduction.introduced_to_id == contact_id),
                Introduction.introduced_on.is_(None))).all()
        else:
            undated = []
        undated_views = [(view_in(s, i), i.created_at) for i in undated]
    entries = [Entry(i.occurred_at, interaction=i, day=i.local_date) for i in items]
    entries += [Entry(_at(e.occurred_on), ledger=e, day=e.occurred_on) for e in ledger]
    entries += [Entry(_at(i.introduced_on), introduction=i, day=i.introduced_on)
                for i in intros]
    here = zones.laptop()
    entries += [Entry(created.replace(tzinfo=UTC), introduction=i,
                      day=zones.local_date(created.replace(tzinfo=UTC), here))
                for i, created in undated_views]
    entries += [Entry(_at(st.position.start_date), career=st, day=st.position.start_date)
                for st in career]
    entries.sort(key=lambda e: (e.local_day, e.when), reverse=True)
    return Page(entries, offset + limit if more else None)
