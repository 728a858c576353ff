"""iCalendar files written for the tests from RFC 5545 (3.6.1 VEVENT, 3.6.5 VTIMEZONE,
3.8.4.4 RECURRENCE-ID, 3.8.5.3 RRULE, 3.8.4.1 ATTENDEE with CN, 3.8.1.11 STATUS), shaped like
an Outlook export (a Windows zone name with its VTIMEZONE) and a Google one (UTC times,
X-WR-TIMEZONE). Lines end in CRLF as the RFC asks.

Week of 2031-03-03 (a Monday); NOW is that Monday 00:00 UTC (09:00 in Tokyo).
"""

from __future__ import annotations

from datetime import UTC, datetime

NOW = datetime(2031, 3, 3, 0, 0, tzinfo=UTC)

VTIMEZONE_TOKYO = """BEGIN:VTIMEZONE
TZID:Tokyo Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:STANDARD
END:VTIMEZONE"""

# The weekly meeting on Thursdays at 10:00 in Tokyo, four times; the second is cancelled.
WEEKLY = """BEGIN:VEVENT
UID:weekly-sync@mitsuboshi.example.jp
DTSTAMP:20310301T000000Z
SEQUENCE:{seq}
DTSTART;TZID=Tokyo Standard Time:20310306T100000
DTEND;TZID=Tokyo Standard Time:20310306T110000
RRULE:FREQ=WEEKLY;COUNT=4
SUMMARY:Weekly sync 定例
LOCATION:三星商事 本社 5F
DESCRIPTION:Agenda: Q2 plan\\, distributor review
ORGANIZER;CN="Taro YAMADA":mailto:taro.yamada@mitsuboshi.example.jp
ATTENDEE;CN="Taro YAMADA";PARTSTAT=ACCEPTED:mailto:Taro.Yamada@mitsuboshi.example.jp
ATTENDEE;CN="鈴木 花子":mailto:h.suzuki@private.example.com
ATTENDEE;CN="Pat Unknown":mailto:pat@unknown.example.org
END:VEVENT
BEGIN:VEVENT
UID:weekly-sync@mitsuboshi.example.jp
RECURRENCE-ID;TZID=Tokyo Standard Time:20310313T100000
DTSTAMP:20310301T000000Z
SEQUENCE:{seq}
DTSTART;TZID=Tokyo Standard Time:20310313T100000
DTEND;TZID=Tokyo Standard Time:20310313T110000
STATUS:CANCELLED
SUMMARY:Weekly sync 定例
END:VEVENT"""

# An all-day trade fair.
ALL_DAY = """BEGIN:VEVENT
UID:fair-2031@example.jp
DTSTAMP:20310301T000000Z
DTSTART;VALUE=DATE:20310305
DTEND;VALUE=DATE:20310306
SUMMARY:Trade fair
LOCATION:東京ビッグサイト
ATTENDEE;CN=Taro Yamada:mailto:taro.yamada@mitsuboshi.example.jp
END:VEVENT"""

# A dinner in Berlin (an IANA TZID), the attendee named in kana only.
BERLIN = """BEGIN:VEVENT
UID:berlin-dinner@example.de
DTSTAMP:20310301T000000Z
SEQUENCE:{seq}
DTSTART;TZID=Europe/Berlin:{berlin_start}
DTEND;TZID=Europe/Berlin:20310304T210000
SUMMARY:Dinner in Berlin
LOCATION:Restaurant Lutter & Wegner
ATTENDEE;CN="さとう じろう":mailto:jiro@another.example.com
END:VEVENT"""

# A call in UTC with nobody known: skipped unless asked.
STRANGERS = """BEGIN:VEVENT
UID:call-strangers@example.com
DTSTAMP:20310301T000000Z
DTSTART:20310305T050000Z
DTEND:20310305T053000Z
SUMMARY:Vendor call
ATTENDEE;CN=Somebody Else:mailto:someone@else.example.com
END:VEVENT"""


def calendar(seq: int = 0, berlin_start: str = "20310304T190000", weekly: bool = True,
             extra: str = "") -> bytes:
    body = [VTIMEZONE_TOKYO]
    if weekly:
        body.append(WEEKLY.format(seq=seq))
    body += [ALL_DAY, BERLIN.format(seq=seq, berlin_start=berlin_start), STRANGERS]
    if extra:
        body.append(extra)
    text = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Kizuna Desktop tests//EN\n"
            "X-WR-TIMEZONE:Asia/Tokyo\n" + "\n".join(body) + "\nEND:VCALENDAR\n")
    return text.replace("\n", "\r\n").encode("utf-8")


def people(journal) -> dict[str, int]:
    """The contacts the sample calendars name: Yamada by e-mail (another case), Suzuki by her
    kanji name (the calendar has another address of hers), Satō by the kana reading."""
    from kizuna_desktop.services import contacts
    from kizuna_desktop.services.contacts import ContactInput, Method
    from kizuna_desktop.store.models import MethodKind

    def add(**kw) -> int:
        return contacts.create(journal, ContactInput(**kw)).id

    return {
        "yamada": add(family_name="山田", given_name="太郎", family_reading="やまだ",
                      given_reading="たろう", family_latin="Yamada", given_latin="Taro",
                      methods=[Method(kind=MethodKind.EMAIL,
                                       value="taro.yamada@mitsuboshi.example.jp")]),
        "suzuki": add(family_name="鈴木", given_name="花子", family_reading="すずき",
                      given_reading="はなこ", family_latin="Suzuki", given_latin="Hanako",
                      methods=[Method(kind=MethodKind.EMAIL, value="hanako@work.example.jp")]),
        "sato": add(family_name="佐藤", given_name="次郎", family_reading="さとう",
                    given_reading="じろう", family_latin="Sato", given_latin="Jiro"),
    }
