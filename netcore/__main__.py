"""``python -m netcore``: the command line without the window."""

import sys

from netcore.cli import main

sys.exit(main())
