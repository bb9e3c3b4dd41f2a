"""What a check says to the student: the result, its sentence in the student's language and the
numbers in it written the student's way (0,66 in French, 0.66 in English).

Every verdict is one template with named fields, written at its call site as
``translate("Lessons", "…").format(…)`` (the form Qt's lupdate collects), so a translator sees
whole sentences; the numbers echoed back go through the locale, because a French student who typed
``-0,20`` must read ``-0,2``, not ``-0.2``."""

from __future__ import annotations

import math
from dataclasses import dataclass

from netcore import i18n
from netcore.i18n import translate


@dataclass(frozen=True)
class Result:
    ok: bool
    message: str  # "✓ …" or the hint
    control: str = ""  # where to look: "Weights by hand", "Properties → kernel_size", …


def num(value) -> str:
    """A number as a student reads it: whole numbers with the locale's group separator, others
    with up to four significant digits and the locale's decimal separator."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) or (
        isinstance(value, float)
        and math.isfinite(value)
        and value.is_integer()
        and abs(value) < 1e12
    ):
        return i18n.number(float(value))
    if not isinstance(value, float) or not math.isfinite(value):
        return str(value)
    text = f"{value:.4g}"
    if "e" in text:  # 1.2e-05: the plain form would lose the digits
        return text
    decimals = len(text.split(".")[1]) if "." in text else 0
    return i18n.number(value, decimals)


def parse_answer(text) -> float:
    """A number the student typed, in their locale's way or with a dot
    (``netcore.numbers.parse_number``: never a group separator, so ``-1.5`` in French is −1.5,
    never −15).

    Raises:
        ValueError: Not one finite number; the message names the text and says what works.
    """
    if isinstance(text, int | float) and not isinstance(text, bool):
        if not math.isfinite(text):
            raise ValueError(translate("Lessons", "'{answer}' is not a number").format(answer=text))
        return float(text)
    from netcore.numbers import locale_decimal_point, parse_number

    return float(parse_number(str(text), locale_decimal_point()))
