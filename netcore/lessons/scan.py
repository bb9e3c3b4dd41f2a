"""The shape of a lesson file before its fields are read: keys of thousands of dotted parts
(which Python's TOML reader takes quadratic time over), tables and lists nested past any use,
and numbers no check can compare (NaN, infinities, whole numbers past 2**53). Each is refused
with where it is, so the field checks after this can trust depth and numbers."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import Any

from netcore.lessons.limits import MAX_DEPTH, MAX_INTEGER, MAX_KEY_PARTS

# one pass over the text in tokens (keys, dots, '=' or ']', anything else): linear in the text,
# whatever it holds (a regex for "key(.key)+=" tried at every start is quadratic on 'a. a. a.')
_TOKENS = re.compile(
    r"(?P<key>[A-Za-z0-9_-]+|\"[^\"\n]*\"|'[^'\n]*')"
    r"|(?P<dot>[ \t]*\.[ \t]*)"
    r"|(?P<end>[ \t]*[=\]])"
    r"|[ \t]+|[^A-Za-z0-9_\-\"'.=\] \t]+|.",
    re.DOTALL,
)
_BRACKETS = re.compile(r'"""|\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}\n]')


def long_dotted_key(text: str) -> tuple[int, int] | None:
    """(line, parts) of the first dotted key of more than ``MAX_KEY_PARTS`` parts, or None."""
    parts, after_key, start = 0, False, 0
    for found in _TOKENS.finditer(text):
        kind = found.lastgroup
        if kind == "key":
            if not after_key and parts == 0:
                start = found.start()
            parts = parts + 1 if not after_key and parts else 1
            after_key = True
        elif kind == "dot" and after_key:
            after_key = False
        else:
            if kind == "end" and after_key and parts > MAX_KEY_PARTS:
                return text.count("\n", 0, start) + 1, parts
            parts, after_key = 0, False
    return None


def deepest_line(text: str) -> int:
    """The line where brackets first nest deeper than ``MAX_DEPTH`` (strings and comments
    skipped, roughly: it only places a message), else the last line."""
    depth, line, pos = 0, 1, 0
    while True:
        found = _BRACKETS.search(text, pos)
        if found is None:
            return line
        token, pos = found.group(0), found.end()
        if token in ('"""', "'''"):
            end = text.find(token, pos)
            end = len(text) if end < 0 else end + 3
            line += text.count("\n", pos, end)
            pos = end
        elif token == "\n":
            line += 1
        elif token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return line
        elif token in "]}":
            depth = max(depth - 1, 0)


def walk(data: Any) -> Iterator[tuple[tuple, Any, int]]:
    """Every value with its path (keys and list indices) and depth, without recursion."""
    stack: list[tuple[tuple, Any, int]] = [((), data, 0)]
    while stack:
        path, value, depth = stack.pop()
        yield path, value, depth
        if isinstance(value, dict):
            stack.extend(((*path, k), v, depth + 1) for k, v in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend(((*path, i), v, depth + 1) for i, v in reversed(list(enumerate(value))))


def first_problem(data: dict) -> tuple[tuple, str] | None:
    """(path, message) of the first value nested too deeply or a number a lesson cannot use."""
    for path, value, depth in walk(data):
        if depth > MAX_DEPTH:
            return path, (
                f"tables and lists nested {depth} levels deep; a lesson nests them at most "
                f"{MAX_DEPTH} deep"
            )
        if isinstance(value, float) and not math.isfinite(value):
            return path, f"{value} is not a finite number; a lesson uses finite numbers only"
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INTEGER:
            shown = f"{value:.3e}" if abs(value) < 10**300 else "a number of over 300 digits"
            return path, f"{shown} is too large; whole numbers in a lesson are at most 2**53"
    return None


def where(path: tuple) -> tuple[int | None, str]:
    """(step index or None, dotted field name) of a path from ``walk``."""
    n = None
    if len(path) >= 2 and path[0] == "steps" and isinstance(path[1], int):
        n, path = path[1], path[2:]
    names = [str(p) for p in path if not isinstance(p, int)]
    return n, ".".join(names)
