"""The ``layerlab`` console script: the window without arguments, the CLI with them.

It lives in ``desktop`` because only ``desktop`` may import both halves; ``netcore.cli`` stays
Qt-free. Qt is imported only when the window is asked for.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if os.environ.get("LAYERLAB_SMOKE_TEST"):
        from desktop.shell.smoke import run as smoke

        return smoke()
    if argv:
        from netcore.cli.main import main as cli_main

        return cli_main(argv)
    from desktop.shell.platform_check import window_problem

    problem = window_problem()
    if problem:
        print(f"layerlab: {problem}", file=sys.stderr)
        return 1
    from desktop.shell.app import run

    return run()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
