"""An empty organisation name (review 6): `kizuna paths --org ""` and `kizuna dependency " "`
say to name one, in both languages — an empty name used to match every organisation, or
silently the one organisation without a reading (a real process on a real journal)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kizuna_desktop.services import organizations
from kizuna_desktop.store import Journal


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-org-empty") / "orgs.kizuna"
    with Journal.open(path) as j:
        organizations.create(j, organizations.OrganizationInput(name_ja="東雲物産",
                                                                reading="しののめぶっさん"))
        organizations.create(j, organizations.OrganizationInput(name_ja="北斗商会"))  # no reading
    return path


@pytest.mark.parametrize(("language", "said"), [
    ("en", "kizuna: error: Name an organisation (an id or a name)."),
    ("ja", "kizuna: エラー: 組織を指定してください（ID または名称）。"),
])
@pytest.mark.parametrize("args", [("paths", "--org", ""), ("dependency", " ")])
def test_an_empty_organisation_name_is_refused(db, language, said, args):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen",
           "KIZUNA_LANGUAGE": language}
    got = subprocess.run([sys.executable, "-m", "kizuna_desktop", "--db", str(db), *args],
                         capture_output=True, env=env, timeout=120)
    assert got.returncode == 1
    assert got.stderr.decode().strip() == said
    assert "北斗商会" not in got.stdout.decode()  # not the one without a reading
