"""The plain records importers produce and exporters consume."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Problem:
    """Something in an input file that could not be used, with where it is."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


@dataclass
class Person:
    """One contact read from a file (or to be written to one): names, readings, methods,
    the organisation and role, and the journal's own fields."""

    family_name: str = ""
    given_name: str = ""
    family_reading: str = ""
    given_reading: str = ""
    family_latin: str = ""
    given_latin: str = ""
    latin_order: str = "given_first"
    emails: list[tuple[str, str]] = field(default_factory=list)  # (label, address)
    phones: list[tuple[str, str]] = field(default_factory=list)
    addresses: list[tuple[str, str]] = field(default_factory=list)
    handles: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, label, value)
    organization: str = ""
    department: str = ""
    title: str = ""
    notes: str = ""
    birthday: tuple[int | None, int, int] | None = None
    photo: bytes | None = None
    tags: list[str] = field(default_factory=list)
    interests: str = ""
    how_we_met: str = ""
    region: str = ""
    cadence_days: int | None = None
    line: int | None = None  # where it starts in its file

    @property
    def label(self) -> str:
        name = " ".join(x for x in (self.family_name, self.given_name) if x)
        return name or (self.emails[0][1] if self.emails else "(no name)")


PROBLEM_LIMIT = 1000


def capped(problems: list[Problem], filename: str) -> list[Problem]:
    """At most PROBLEM_LIMIT problems, then one line saying how many more there were."""
    if len(problems) <= PROBLEM_LIMIT:
        return problems
    more = len(problems) - PROBLEM_LIMIT
    return [*problems[:PROBLEM_LIMIT],
            Problem(filename, None, f"… and {more:,} more problems like these")]
