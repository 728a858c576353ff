"""The journal's clock: its home zone (kept in the journal itself), the zones used lately,
and "days since" counted from local dates. Pure zone helpers are in ``text/zones.py``."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kizuna_desktop.errors import ValidationError
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Interaction, JournalSetting
from kizuna_desktop.text import zones

HOME_ZONE = "home_zone"


def _setting(session: Session, key: str) -> str | None:
    return session.scalar(select(JournalSetting.value).where(JournalSetting.key == key))


def home_zone_in(session: Session) -> str:
    """The journal's home zone; the laptop's zone for a journal that has none recorded."""
    name = _setting(session, HOME_ZONE)
    return name if name and zones.is_zone(name) else zones.system_zone_name()


def pin_home_in(session: Session) -> str:
    """The home zone, recorded in the journal if it was not yet (a new journal's first entry
    takes the laptop's zone as its home)."""
    name = _setting(session, HOME_ZONE)
    if name and zones.is_zone(name):
        return name
    name = zones.system_zone_name()
    row = session.scalar(select(JournalSetting).where(JournalSetting.key == HOME_ZONE))
    if row is None:
        session.add(JournalSetting(key=HOME_ZONE, value=name))
    else:
        row.value = name
    return name


def home_zone(journal: Journal) -> str:
    with journal.session() as s:
        return home_zone_in(s)


def set_home_zone(journal: Journal, name: str) -> str:
    """Make ``name`` (an IANA name or an abbreviation) the home zone; returns its IANA name."""
    try:
        key = zones.canonical(name)
    except zones.ZoneError as e:
        raise ValidationError.single("zone", str(e)) from None
    with journal.session() as s:
        row = s.scalar(select(JournalSetting).where(JournalSetting.key == HOME_ZONE))
        if row is None:
            s.add(JournalSetting(key=HOME_ZONE, value=key))
        else:
            row.value = key
    return key


def recent_zones(journal: Journal, limit: int = 5) -> list[str]:
    """The zones of the latest interactions, the most recently used first."""
    with journal.session() as s:
        rows = s.execute(
            select(Interaction.zone).group_by(Interaction.zone)
            .order_by(func.max(Interaction.occurred_at).desc()).limit(limit)).scalars().all()
    return [z for z in rows if zones.is_zone(z)]


def zone_choices(journal: Journal) -> list[str]:
    """What the log dialog offers first: the home zone, the laptop's zone, recent zones."""
    out = [home_zone(journal), zones.system_zone_name(), *recent_zones(journal)]
    return list(dict.fromkeys(out))


def days_since(last: datetime | None, zone: str | None, today: date | None = None
               ) -> int | None:
    """Days from the local date of ``last`` (naive UTC as stored, or aware) in ``zone`` to
    ``today`` where the laptop is; never negative; None for never."""
    if last is None:
        return None
    if last.tzinfo is None:
        last = last.replace(tzinfo=UTC)
    zone = zone if zone and zones.is_zone(zone) else "UTC"
    return zones.days_between(last, zone, today or zones.today())
