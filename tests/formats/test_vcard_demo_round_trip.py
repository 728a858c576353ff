"""The demo journal's contacts through vCard 3.0 and 4.0 and back: every field of every
contact equal (English organisations and titles, past positions, the archived flag...: what
issue 14 found lost)."""

from __future__ import annotations

import dataclasses

import pytest

from kizuna_desktop.formats import vcard
from kizuna_desktop.services import export


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_demo_contacts_come_back_equal_field_by_field(demo_journal, version):
    people = export.people(demo_journal)
    assert sum(len(p.past_positions) for p in people) >= 9
    assert any(p.organization_en for p in people) and any(p.title_en for p in people)
    assert any(p.archived for p in people)
    back, problems = vcard.read_vcards(vcard.write_vcards(people, version).encode("utf-8"),
                                       "demo.vcf")
    assert problems == []
    assert len(back) == len(people)
    fields = [f.name for f in dataclasses.fields(people[0]) if f.name != "line"]
    for a, b in zip(people, back, strict=True):
        for f in fields:
            assert getattr(b, f) == getattr(a, f), (a.label, f)
