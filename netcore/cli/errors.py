"""How a command reports a user's mistake: one ``layerlab: …`` line per problem on stderr and
exit status 2. Kept below ``main`` so the commands can use it without importing the entry
point that imports them."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from netcore.network.problems import Problem

EXIT_USAGE = 2


def fail(lines: Sequence[str | Problem]) -> int:
    """Print each problem as its own line and return the usage exit status."""
    for line in lines:
        print(f"layerlab: {line}", file=sys.stderr)
    return EXIT_USAGE
