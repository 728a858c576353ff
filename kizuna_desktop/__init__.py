"""Kizuna Desktop, an offline relationship journal."""

# The one place the version is set: pyproject.toml reads it (setuptools' dynamic version),
# `kizuna --version`, the About box, archives' manifests and packaging/ (the AppStream
# release, the Windows and macOS specs) take it from here; tests/test_packaging.py checks.
__version__ = "0.1.0"
