"""Plain-text tables for the command line."""

from __future__ import annotations

from collections.abc import Sequence


def format_rows(header: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> list[str]:
    """Header and rows as aligned lines; columns in ``right`` are right-aligned (numbers)."""
    widths = [max(len(r[c]) for r in [header, *rows]) for c in range(len(header))]

    def fmt(row: Sequence[str]) -> str:
        cells = [
            cell.rjust(widths[c]) if c in right else cell.ljust(widths[c])
            for c, cell in enumerate(row)
        ]
        return "  ".join(cells).rstrip()

    return [fmt(header), *(fmt(r) for r in rows)]
