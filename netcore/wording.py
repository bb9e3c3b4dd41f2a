"""Small wording rules shared by the command line and the window."""

from __future__ import annotations


def count(n: int, singular: str, plural: str | None = None) -> str:
    """'1 layer', '2 layers', '1,024 units'."""
    word = singular if n == 1 else (plural or singular + "s")
    return f"{n:,} {word}"
