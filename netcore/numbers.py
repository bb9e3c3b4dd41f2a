"""Numbers a student types and reads, in the student's own locale, without surprises.

Every editor that takes a number (weights, kernels, layer properties, training settings, lesson
answers, sandbox cells) reads it with :func:`parse_number`, and every number a view shows is
written with :func:`format_number`, so what is shown can be typed back and means the same.

The rules, chosen for a classroom where a French student types ``-1,5`` and a student who
learnt from an English book types ``-1.5`` into the same window:

* The locale's decimal separator **and** the dot are both a decimal point. A dot is *never* a
  digit-group separator, so in French ``1.000`` is one (1.0), not a thousand: reading the dot as a
  group separator is what turned a typed ``-1.5`` into −15 000. One reading for the dot in every
  language is the only one a student can predict.
* Group separators are never read (``1 000``, ``1,000.5``, ``1'000``, ``1_000``): a text that could
  be two different numbers is refused with a message, never guessed.
* A leading ``+``, ``-`` or the typographic minus ``−`` (U+2212, what many locales print), an
  exponent (``1e-3``, ``1,5e-3`` in French), spaces around the number and invisible direction
  marks are accepted.

netcore stays free of Qt: the locale's decimal point is learned from the number formatter the
window installs in :mod:`netcore.i18n` (the command line and the tests keep the dot).
"""

from __future__ import annotations

import functools
import math
import re
from decimal import Decimal

from netcore import i18n
from netcore.i18n import translate

#: Longest text read as a number. A float needs at most ~25 characters (17 significant digits,
#: a sign, a point and an exponent); 100 leaves room for spaces and zeros a student pastes, and
#: keeps a pasted paragraph from being echoed whole in a message.
MAX_NUMBER_TEXT = 100

_MINUS = "-\u2212"
_SIGNS = "+" + _MINUS
# Characters a locale (or a habit) uses between digit groups: space, no-break and narrow
# no-break spaces, thin space, apostrophes, underscore, and the comma (dot is a decimal point).
_GROUP_CHARS = " \u00a0\u202f\u2009'\u2019_,"
# Direction marks some locales write around a minus sign (Qt's Arabic, Hebrew, Persian): they
# are invisible, so a number copied from such a text reads as it looks.
_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c"))


class NumberError(ValueError):
    """A text that is not one number; ``str()`` names the text and says what would work."""


def locale_decimal_point() -> str:
    """The decimal separator of the number format installed in :mod:`netcore.i18n`.

    Learned by writing 0.5 with one decimal: the one character between the two digits. Without
    an installed format (command line, tests) it is the dot.
    """
    written = i18n.number(0.5, 1).strip()
    digits = [i for i, char in enumerate(written) if char.isdigit()]
    if len(digits) >= 2:
        between = written[digits[0] + 1 : digits[-1]]
        if len(between) == 1 and not between.isdigit() and between not in _SIGNS:
            return between
    return "."


def format_number(
    value: float, decimals: int | None = None, *, decimal_point: str | None = None
) -> str:
    """``value`` with the locale's decimal point, in a form :func:`parse_number` reads back.

    No digit-group separators are written (``12345,5`` rather than ``12 345,5``): a number shown
    in a view can be copied into any editor and means the same there.

    Args:
        value: the number.
        decimals: digits after the decimal point; None writes the shortest text that reads
            back as exactly ``value`` (``0,1``, ``0,00001``; an exponent only below 1e-7 or
            from 1e16 on), whole numbers without a point.
        decimal_point: the separator to write; None uses the installed locale's.

    Returns:
        The text; "nan", "inf" or "-inf" for a value that is not finite.
    """
    point = locale_decimal_point() if decimal_point is None else decimal_point
    value = float(value)
    if not math.isfinite(value):
        return repr(value)
    if decimals is None:
        text = repr(value)
        if "e" in text and 1e-7 <= abs(value) < 1e16:
            text = format(Decimal(text), "f")  # 0.00001, not 1e-05: the same digits
        if text.endswith(".0"):
            text = text[:-2]
    else:
        text = f"{value:.{max(0, int(decimals))}f}"
    if text.startswith("-") and not text.strip("-0.e+"):
        text = text[1:]  # -0.000 rounds to zero: a student sees 0,000
    return text.replace(".", point)


def parse_number(text: str, decimal_point: str = ".") -> float:
    """Read ``text`` as one number, the locale's way or the dot's way.

    Args:
        text: what the student typed.
        decimal_point: the locale's decimal separator (``QLocale().decimalPoint()``; netcore
            code may pass :func:`locale_decimal_point`). The dot is accepted as well.

    Returns:
        The number (always finite).

    Raises:
        NumberError: the text is empty, too long, has a group separator, two decimal points,
            two signs, anything else that is not a number, or a value beyond a float's range;
            the message names the text and says what would work.
    """
    point = decimal_point or "."
    example = f"-1{point}5"
    raw = "" if text is None else str(text)
    stripped = raw.translate(_BIDI_MARKS).strip()
    if not stripped:
        raise NumberError(
            translate("Numbers", "Type a number, for example {example}.").format(example=example)
        )
    if len(stripped) > MAX_NUMBER_TEXT:
        raise NumberError(
            translate(
                "Numbers",
                "'{start}…' is too long for a number ({count} characters; at most {limit}).",
            ).format(start=stripped[:20], count=len(stripped), limit=MAX_NUMBER_TEXT)
        )
    points = {point, "."}
    body = stripped
    if body[0] in _SIGNS:
        body = body[1:]
    pattern = _pattern(frozenset(points))
    match = pattern.fullmatch(body)
    if match is None:
        raise NumberError(_explain(stripped, body, points, point, example))
    mantissa, exponent = match.group("mantissa"), match.group("exponent") or ""
    for separator in points:
        mantissa = mantissa.replace(separator, ".")
    for minus in _MINUS:
        exponent = exponent.replace(minus, "-")
    sign = "-" if stripped[0] in _MINUS else ""
    value = float(f"{sign}{mantissa}{exponent}")
    if not math.isfinite(value):
        raise NumberError(
            translate(
                "Numbers", "'{text}' is too large for a number; numbers go up to about 1.8e308."
            ).format(text=stripped)
        )
    return value


@functools.lru_cache(maxsize=16)
def _pattern(points: frozenset[str]) -> re.Pattern[str]:
    sep = "[" + "".join(re.escape(p) for p in sorted(points)) + "]"
    signs = "[" + re.escape(_SIGNS) + "]"
    return re.compile(
        rf"(?P<mantissa>[0-9]+(?:{sep}[0-9]*)?|{sep}[0-9]+)(?P<exponent>[eE]{signs}?[0-9]+)?"
    )


def _explain(text: str, body: str, points: set[str], point: str, example: str) -> str:
    """The most useful reason ``text`` is not a number (``body`` is it without a leading sign)."""
    if body and body[0] in _SIGNS:
        return translate(
            "Numbers",
            "'{text}' has more than one sign. Write at most one minus in front, for example "
            "{example}.",
        ).format(text=text, example=example)
    mantissa = re.split("[eE]", body, maxsplit=1)[0]
    groups = [c for c in _GROUP_CHARS if c in mantissa and c not in points]
    if groups and all(c.isdigit() or c in _GROUP_CHARS or c in points for c in mantissa):
        return translate(
            "Numbers",
            "'{text}' is not one number here: '{char}' cannot separate groups of digits. "
            "Write the digits together (1000 for a thousand) and {points} for the "
            "decimals (1{point}5).",
        ).format(text=text, char=groups[0], point=point, points=_points(point))
    if sum(mantissa.count(p) for p in points) > 1:
        return translate(
            "Numbers",
            "'{text}' has more than one decimal point. A number has one, written {points}, "
            "for example {example}.",
        ).format(text=text, points=_points(point), example=example)
    return translate(
        "Numbers",
        "'{text}' is not a number. Write digits with at most one decimal point ({points}) "
        "and an optional minus in front, for example {example} or 2e-3.",
    ).format(text=text, points=_points(point), example=example)


def _points(point: str) -> str:
    """The decimal points a student may type: the locale's and the dot (once if they are one)."""
    if point == ".":
        return "'.'"
    return translate("Numbers", "'{point}' or '.'").format(point=point)
