"""The ``layerlab`` console script: the window without arguments, the CLI with them.

It lives in ``desktop`` because only ``desktop`` may import both halves; ``netcore.cli`` stays
Qt-free. Qt is imported only when the window is asked for.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from netcore.cli import main as cli_main

    if argv:
        return cli_main(argv)
    if importlib.util.find_spec("desktop.app") is None:
        print("layerlab: the LayerLab window is not part of this build yet.\n", file=sys.stderr)
        return cli_main([])
    from desktop.app import run

    return run()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
