"""Kizuna Desktop, an offline relationship journal."""

# The one place the version is set. pyproject.toml reads it (setuptools' dynamic version);
# `kizuna --version`, the About box, archives' manifests and the PyInstaller specs
# (packaging/bundle.py) take it from here; the AppStream metainfo's newest release and the Inno
# Setup script's default must match it, and tests/test_packaging.py checks that they do.
__version__ = "0.1.0"
