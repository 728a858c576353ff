import sys

from kizuna_desktop.cli import main

sys.exit(main())
