"""paths.resource: the package's own files, found wherever the package is (importlib.resources)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kizuna_desktop import paths


def test_resources_are_files_inside_the_package():
    font = paths.resource("fonts", "ipaexg.ttf")
    assert font.is_file() and font.read_bytes()[:4] == b"\x00\x01\x00\x00"  # TrueType
    assert font.is_relative_to(Path(paths.__file__).parent / "resources")
    assert "IPA" in paths.resource("fonts", "IPA_Font_License.txt").read_text("utf-8")[:400]
    assert paths.resource("demo", "demo.json").stat().st_size > 10_000


def test_a_missing_resource_is_named_as_a_broken_installation():
    with pytest.raises(FileNotFoundError) as e:
        paths.resource("fonts", "missing.ttf")
    assert "fonts/missing.ttf" in str(e.value) and "reinstall" in str(e.value)
