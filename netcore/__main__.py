"""``python -m netcore``: the command line without the window."""

import sys

from netcore.cli.main import main

sys.exit(main())
