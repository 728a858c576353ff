"""The packaged app's entry point (PyInstaller runs this file): the same `kizuna` command."""

import sys

from kizuna_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
