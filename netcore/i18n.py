"""Translatable messages and locale-aware numbers for the Qt-free core.

netcore writes every message a student reads as one template with named fields,
``translate("Problems", "duplicate id '{id}'").format(id=layer.id)``: the template is translated
first (a translator sees a whole sentence, never English pieces glued together), then the values
are filled in; a translation whose fields do not fit the template (a translator's typo) falls back
to the English sentence instead of failing. The window installs Qt's translator and locale here;
the command line and the tests keep the English templates and Python's own number format.

The function that looks templates up is called ``translate(context, text)`` on purpose: Qt's
``lupdate`` collects calls of that name, so netcore's templates land in the same ``.ts`` files as
the window's texts.
"""

from __future__ import annotations

from collections.abc import Callable

_backend: Callable[[str, str], str] | None = None
_number: Callable[[float, int | None], str] | None = None


def install(
    translator: Callable[[str, str], str] | None = None,
    number_format: Callable[[float, int | None], str] | None = None,
) -> None:
    """Route translations and number formatting through the app (None restores the defaults).

    Args:
        translator: ``(context, template) -> translated template``, e.g. Qt's
            ``QCoreApplication.translate``.
        number_format: ``(value, decimals) -> text`` in the user's locale; ``decimals`` None
            means a whole number with group separators.
    """
    global _backend, _number
    _backend = translator
    _number = number_format


class Template(str):
    """A translated template that remembers its English source: ``format`` falls back to the
    source when the translation names a field the template does not have."""

    source: str

    def __new__(cls, translated: str, source: str):
        made = super().__new__(cls, translated)
        made.source = source
        return made

    def format(self, *args, **values) -> str:
        try:
            return str.format(self, *args, **values)
        except (KeyError, IndexError, ValueError):
            return self.source.format(*args, **values)


def translate(context: str, text: str) -> Template:
    """The template ``text`` in the user's language (itself when there is no translation)."""
    translated = text
    if _backend is not None:
        try:
            translated = _backend(context, text) or text
        except Exception:  # a broken translator never hides a message
            translated = text
    return Template(translated, text)


def message(context: str, template: str, **values) -> str:
    """``translate(context, template).format(**values)``, for callers that build the template
    at run time (lupdate only collects literal ``translate`` calls)."""
    return translate(context, template).format(**values)


def number(value: float, decimals: int | None = None) -> str:
    """``value`` written the user's way: 12,345 and 0.25 in English, 12 345 and 0,25 in French."""
    if _number is not None:
        try:
            return _number(value, decimals)
        except Exception:
            pass
    if decimals is None:
        return f"{int(round(value)):,}"
    return f"{value:,.{decimals}f}"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation without translating it now (a catalog entry's text is
    made at import, before the app has chosen a language); it is looked up where it is shown,
    with :func:`translate` and the same context."""
    return text
