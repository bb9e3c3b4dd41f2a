"""Entry point of the bundled executable: the window, or the CLI when given arguments."""

import sys

from desktop.launcher import main

if __name__ == "__main__":
    sys.exit(main())
