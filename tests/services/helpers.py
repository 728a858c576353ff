from datetime import datetime, timedelta, timezone

JST = timezone(timedelta(hours=9))


def at_jst(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=JST)
