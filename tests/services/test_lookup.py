"""Naming a contact: id, e-mail, exact name in any script before the wider search."""

from __future__ import annotations

import pytest

from kizuna_desktop.errors import NotFoundError
from kizuna_desktop.services import contacts, lookup
from kizuna_desktop.services.contacts import Method
from kizuna_desktop.services.search import AmbiguousContactError
from kizuna_desktop.store.models import MethodKind


@pytest.fixture
def people(journal):
    def add(fam, giv, fr, gr, fl, gl, email="", how=""):
        return contacts.create(journal, contacts.ContactInput(
            family_name=fam, given_name=giv, family_reading=fr, given_reading=gr,
            family_latin=fl, given_latin=gl, how_we_met=how,
            methods=[Method(kind=MethodKind.EMAIL, value=email)] if email else [])).id
    return {
        "yamada": add("山田", "太郎", "やまだ", "たろう", "Yamada", "Taro", "t.yamada@ex.jp"),
        "yamamoto": add("山本", "恵子", "やまもと", "けいこ", "Yamamoto", "Keiko",
                        how="Introduced by Yamada-san"),
        "sato_h": add("佐藤", "花子", "さとう", "はなこ", "Sato", "Hanako"),
        "sato_k": add("佐藤", "健", "さとう", "けん", "Sato", "Ken"),
    }


def test_each_way_of_naming(journal, people):
    r = lookup.resolve
    assert r(journal, str(people["yamada"])).id == people["yamada"]
    assert r(journal, "T.Yamada@ex.jp").id == people["yamada"]
    for spec in ("山田 太郎", "山田太郎", "やまだ たろう", "Taro Yamada", "YAMADA Taro", "yamada"):
        assert r(journal, spec).id == people["yamada"], spec
    assert r(journal, "佐藤 花子").id == people["sato_h"]
    assert r(journal, "Hanako").id == people["sato_h"]
    assert r(journal, "けいこ").id == people["yamamoto"]
    assert lookup.resolve_or_me(journal, "me") is None


def test_ambiguous_and_unknown(journal, people):
    with pytest.raises(AmbiguousContactError) as e:
        lookup.resolve(journal, "佐藤")
    assert "matches 2" in str(e.value) and "花子" in str(e.value)
    with pytest.raises(NotFoundError, match="No contact"):
        lookup.resolve(journal, "Tanaka")
    with pytest.raises(NotFoundError, match="e-mail"):
        lookup.resolve(journal, "nobody@ex.jp")
    with pytest.raises(NotFoundError, match="id 999"):
        lookup.resolve(journal, "999")


def test_problem_line_lists_the_candidates_of_an_ambiguous_name(journal, people):
    from kizuna_desktop.errors import KizunaError

    with pytest.raises(AmbiguousContactError) as e:
        lookup.resolve(journal, "佐藤")
    line = lookup.problem_line(e.value, " 佐藤 ")
    assert "\n" not in line and line.startswith("“佐藤” matches 2 contacts: ")
    assert f"(id {people['sato_h']})" in line and f"(id {people['sato_k']})" in line
    assert "花子" in line and "健" in line and not line.rstrip(".").endswith(":")
    assert lookup.problem_line(KizunaError("No contact matches “x”.\nmore"), "x") == (
        "No contact matches “x”.")


def test_the_wider_search_never_makes_a_name_ambiguous(tmp_path, capsys):
    """Notes, titles, companies and phone numbers are searched too (issue 18.4); naming
    someone on the command line still goes by name first: `kizuna brief yamada` is Yamada-san
    although others' notes, company and title say yamada."""
    from kizuna_desktop.cli import main
    from kizuna_desktop.services import organizations, positions, search
    from kizuna_desktop.services.organizations import OrganizationInput
    from kizuna_desktop.services.positions import PositionInput
    from kizuna_desktop.store import Journal

    path = tmp_path / "j.kizuna"
    with Journal.open(path) as j:
        add = lambda **kw: contacts.create(j, contacts.ContactInput(**kw)).id  # noqa: E731
        yamada = add(family_name="山田", given_name="太郎", family_latin="Yamada",
                     given_latin="Taro")
        add(family_name="青木", family_latin="Aoki", notes="yamada's golf partner")
        org = organizations.create(j, OrganizationInput(name_en="Yamada Denki"))
        inoue = add(family_name="井上", family_latin="Inoue")
        positions.add(j, inoue, PositionInput(organization_id=org.id, title_en="Yamada desk"))
        assert len(search.page(j, search.ContactFilter(text="yamada"), 0, 10)) == 3
        assert lookup.resolve(j, "yamada").id == yamada
        assert lookup.resolve(j, "Yamada").id == yamada
    out = tmp_path / "b.pdf"
    code = main(["--db", str(path), "brief", "yamada", "-o", str(out)])
    _out, err = capsys.readouterr()
    assert code == 0, err
    assert "matches" not in err and out.read_bytes().startswith(b"%PDF")
