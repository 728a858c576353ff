"""連名: the joint names an address-book CSV gives a contact (筆まめ / 筆王 / 宛名職人's 連名
columns) become the joint names of the contact's New Year card, the field ``nengajo mark
--joint`` and the New Year view's 連名 box set: a New Year mark (no send / sent / received
mark, so it puts no one on a list) for the New Year being prepared when the import is made
(the next one from October on), which every later year's mark takes over. A contact that
already has joint names keeps them, and gets the file's others after them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from kizuna_desktop.store.models import NengajoMark


def today() -> date:
    """(Replaced by the tests: the import's day.)"""
    return date.today()


def new_year(day: date) -> int:
    """The New Year the cards being prepared on ``day`` greet (as `nengajo list` defaults)."""
    return day.year + 1 if day.month >= 10 else day.year


def wanted_by_target(items, targets: list) -> dict[int, list[str]]:
    """The joint names of the records, gathered per contact they become or join."""
    out: dict[int, list[str]] = {}
    for item, target in zip(items, targets, strict=True):
        if target is None or not item.person.joint_names:
            continue
        names = out.setdefault(target, [])
        names += [n for n in item.person.joint_names if n not in names]
    return out


def _latest(session, cid: int) -> NengajoMark | None:
    """The contact's latest New Year mark, of any year: the one whose joint names an export
    writes (nengajo.joint_names_of), so that the exported file read back finds them held
    even when that mark is for a year after the one being prepared."""
    return session.scalar(select(NengajoMark).where(NengajoMark.contact_id == cid)
                          .order_by(NengajoMark.year.desc()).limit(1))


def held(session, ids) -> dict[int, set[str]]:
    """The joint names each contact's New Year card has (its latest mark's, as the export
    reads them)."""
    from kizuna_desktop.services.nengajo import joint_names_of

    ids = set(ids)
    names = joint_names_of(session, ids)
    return {cid: set(names.get(cid, ())) for cid in ids}


def record(session, todo: dict[int, list[str]], year: int | None = None) -> int:
    """Write the joint names (the contact's own first, the file's new ones after them) on
    each contact's New Year mark for ``year``, or on its latest mark when that is for a
    later year (the names it holds are the ones kept); returns how many contacts got any."""
    if not todo:
        return 0
    year = year or new_year(today())
    done = 0
    for cid, names in todo.items():
        m = _latest(session, cid)
        held = [n for n in (m.joint_names if m else "").splitlines() if n]
        new = [n for n in names if n not in held]
        if not new:
            continue
        if m is None or m.year < year:
            m = NengajoMark(contact_id=cid, year=year, send=False, sent=False,
                            received=False, mourning=False, skip=False,
                            onchu=m.onchu if m else False)
            session.add(m)
        m.joint_names = "\n".join([*held, *new])
        done += 1
    session.flush()
    return done
