"""Reading a network file's JSON text: only values a network can hold get through.

``json.loads`` accepts NaN and Infinity, turns 1e400 into infinity, spends seconds on (then
refuses) integers of thousands of digits, and passes JSON's lone-surrogate escapes
(``"\\ud800"``) into strings that no save can write again. Each of these is refused here with
the file, layer and field it was found in.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from netcore.network.problems import Problem, SpecError, shown

#: Problems of one kind listed at most (a file of a million NaNs needs one line, not a million).
SHOWN_PROBLEMS = 20


class _Unholdable:
    """A number JSON text may spell but a network cannot hold (NaN, ±Infinity, 1e400, a whole
    number of thousands of digits): kept in place while parsing, so the message can name the
    layer and the field it was found in."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text


#: More digits than any count, size or seed a network has (Python itself refuses to convert
#: more than 4,300, after reading them all).
MAX_DIGITS = 40


def _parse_int(text: str) -> int | _Unholdable:
    digits = len(text.lstrip("-"))
    if digits > MAX_DIGITS:
        return _Unholdable(f"a whole number of {digits:,} digits")
    return int(text)


def _parse_float(text: str) -> float | _Unholdable:
    value = float(text)
    return value if math.isfinite(value) else _Unholdable(text[:40])


#: Numbers that may not fit (more digits than MAX_DIGITS, an exponent of 300 or more).
_SUSPECT = re.compile(r"\d{41}|[eE]\+?0*(?:[3-9]\d\d|\d{4})")
#: A lone surrogate can only come from a JSON escape of one: a high half not followed by a
#: low one, or a low half without a high one before it (a valid pair is a character).
_SURROGATE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])"
    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)
_PLAIN = frozenset({int, float, bool, type(None)})


def _has_surrogate(text: str) -> bool:
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _unreadable_places(data: dict, strings: bool) -> list[tuple[str, str, str]]:
    """Where the parsed file holds a value no network can hold, as (place, what, fix):
    ("layer 'drop', field 'rate'", "NaN is not a number …", "write …").

    Numbers were marked ``_Unholdable`` by the parser; with ``strings``, texts (keys too) that
    hold a lone surrogate (JSON's ``"\\ud800"``: every later save would fail) are found as
    well. Depth first over iterators, so memory stays as small as the nesting (a file nested
    as deeply as the parser allowed needs no recursion) and plain numbers cost a type check.
    """
    found: list[tuple[str, str, str]] = []

    def place(path: str, layer: str | None) -> str:
        return f"field '{path}'" if layer is None else f"layer {layer}, field '{path}'"

    def half(text: str) -> tuple[str, str]:
        return (
            f"{repr(text)} holds half of a character (a lone surrogate)",
            "write it again in plain text",
        )

    def child(path: str, key: Any) -> str:
        if isinstance(key, int):
            return f"{path}[{key}]"
        return f"{path}.{shown(key)}" if path else shown(key)

    # frames: (iterator of (key, value), path, layer, whether this is the list of layers)
    stack: list[tuple[Any, str, str | None, bool]] = [(iter(data.items()), "", None, False)]
    while stack and len(found) < SHOWN_PROBLEMS:
        items, path, layer, is_layers = stack[-1]
        entry = next(items, None)
        if entry is None:
            stack.pop()
            continue
        key, value = entry
        if strings and isinstance(key, str) and _has_surrogate(key):
            found.append((place(path or ".", layer), *half(key)))
        kind = type(value)
        if kind in _PLAIN:
            continue
        if kind is _Unholdable:
            found.append(
                (
                    place(child(path, key), layer),
                    f"{value.text} is not a number a network file can hold",
                    "write an ordinary number, such as 0.5 or 128",
                )
            )
        elif kind is str:
            if strings and _has_surrogate(value):
                found.append((place(child(path, key), layer), *half(value)))
        elif is_layers:
            layer_id = value.get("id") if kind is dict else None
            name = f"'{shown(layer_id)}'" if isinstance(layer_id, str) else f"layers[{key}]"
            if kind is dict:
                stack.append((iter(value.items()), "", name, False))
            elif kind is list:
                stack.append((enumerate(value), "", name, False))
        elif kind is dict:
            stack.append((iter(value.items()), child(path, key), layer, False))
        elif kind is list:
            top_layers = not stack[1:] and key == "layers"
            stack.append((enumerate(value), child(path, key), layer, top_layers))
    return found


def parse(text: str, source: str = "network") -> Any:
    """The JSON value of a network file's text, holding only what a network can hold.

    Raises:
        SpecError: Malformed JSON (with its line and column), nesting deeper than the parser
            allows, or a value no network can hold (NaN, Infinity, 1e400, a number of
            thousands of digits, a lone surrogate) with its layer and field.
    """
    marks: list[_Unholdable] = []

    def constant(token: str) -> _Unholdable:
        marks.append(_Unholdable(token))
        return marks[-1]

    # Numbers are parsed by Python's own fast path unless the text has one that may not fit
    # (41+ digits, an exponent of 300 or more): calling back for every number of a 30 MB
    # file took 23 s and 2 GB instead of 1.3 s and 190 MB.
    suspect = _SUSPECT.search(text) is not None
    try:
        if suspect:
            data = json.loads(
                text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=constant
            )
        else:
            data = json.loads(text, parse_constant=constant)
    except json.JSONDecodeError as exc:
        raise SpecError(
            f"{source}: malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except RecursionError:
        raise SpecError(f"{source}: nested too deeply to be a network file") from None
    except ValueError as exc:  # pragma: no cover - numbers are parsed above; kept as a guard
        raise SpecError(f"{source}: a value cannot be read ({exc})") from None
    if isinstance(data, _Unholdable):
        data = 0.0  # said as "not a number" by from_dict: a file must hold an object
    surrogates = _SURROGATE.search(text) is not None
    if isinstance(data, dict) and (marks or suspect or surrogates):
        places = _unreadable_places(data, strings=surrogates)
        if places:
            raise SpecError(
                [
                    Problem(None, f"{source}: {where}: {what}", fix)
                    for where, what, fix in places[:SHOWN_PROBLEMS]
                ]
            )
    return data
