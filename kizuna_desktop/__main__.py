import sys

from kizuna_desktop.cli import main

if __name__ == "__main__":  # not when a worker process (vCard reading) imports this module
    sys.exit(main())
