"""What the lesson player needs from the window's language: numbers as the student types them
(the locale's decimal separator or a dot, never a group separator) and the lessons in the
window's language, with the fields still in the lesson's own language named for the teacher."""

from __future__ import annotations

import inspect
import re

from PySide6.QtCore import QCoreApplication, QLocale

from netcore.lessons.library import load_lessons

translate = QCoreApplication.translate

_PLAIN = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def decimal_point() -> str:
    return QLocale().decimalPoint() or "."


def language() -> str:
    """The window's language code ('fr' for fr_FR), as installed by desktop.i18n.languages."""
    return QLocale().name().split("_")[0] or "en"


def read_number(text: str) -> float:
    """A number typed in the answer box or a sandbox cell.

    Raises:
        ValueError: what was typed and what would work; a text that is not one number is
            refused, never read as another number ("1.500" is never 1500).
    """
    try:  # the project's one reading of numbers, once it exists
        from netcore.numbers import parse_number
    except ImportError:
        parse_number = None
    point = decimal_point()
    if parse_number is not None:
        return parse_number(text, point)
    plain = text.strip().replace("\u2212", "-")
    if point != ".":
        plain = plain.replace(point, ".", 1) if plain.count(point) == 1 else plain
    if not _PLAIN.fullmatch(plain):
        raise ValueError(
            translate(
                "LessonPlayer",
                "'{text}' is not one number; type digits with {point} or . as the decimal "
                "separator, e.g. -1{point}5",
            ).format(text=text.strip()[:40], point=point)
        )
    return float(plain)


def load_translated(paths=None):
    """(lessons, errors) in the window's language when the library can translate them."""
    from desktop.i18n.languages import LANGUAGES

    code = language()
    if code in LANGUAGES and code != "en" and "lang" in inspect.signature(load_lessons).parameters:
        try:
            return load_lessons(paths, lang=code) if paths else load_lessons(lang=code)
        except ValueError:  # a language the library cannot name: the lessons as written
            pass
    return load_lessons(paths) if paths else load_lessons()


def fallback_fields(lesson, index: int | None) -> list[str]:
    """The fields of the lesson (index None) or of one step shown in the source language."""
    fallbacks = getattr(lesson, "fallbacks", frozenset()) or frozenset()
    return sorted(field for at, field in fallbacks if at == index)


ASKING = ("answer", "predict")


def parts(check) -> tuple:
    """The checks a step's check stands for (its parts for ``kind = "all"``)."""
    if check is None:
        return ()
    return tuple(getattr(check, "parts", (check,)))


def asking(step):
    """The part of the step's check that reads the answer box (answer or predict), or None."""
    check = step.check
    if check is None:
        return None
    asks = getattr(type(check), "asks", None)
    if asks is not None:
        return check.asks
    return check if check.kind in ASKING else None


def shown_choices(step, choices: list) -> list[str]:
    """The choices as the student reads them: translated labels when the lesson has them."""
    labels = list(getattr(step, "choice_labels", ()) or ())
    return labels if len(labels) == len(choices) else [str(c) for c in choices]


def numeric(step) -> bool:
    """Does the step ask for a number (read the locale's way) rather than a text or a choice?"""
    asked = asking(step)
    args = asked.args if asked else {}
    if args.get("choices"):
        return False
    if asked is not None and asked.kind == "predict":
        return True
    correct = args.get("correct")
    return isinstance(correct, int | float) and not isinstance(correct, bool)


def typed(value: float) -> str:
    """A number as the student would type it in the answer box (no group separators)."""
    return f"{float(value):.6g}".replace(".", decimal_point())
