"""A lesson in the student's language: its texts replaced by a translation's where that
translation is current and keeps the lesson's numbers, its own texts everywhere else (per
field, listed in ``fallbacks`` so the player can mark them for the teacher).

What the checks compare never changes with the language: a translated choice is only what the
student reads (``LocalizedStep.choice_labels``); the answer given is the lesson's own choice.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from netcore.lessons.format import Check, Lesson, LessonError, Step
from netcore.lessons.translation_review import OK, STALE, choice_labels, review
from netcore.lessons.translations import (
    SOURCE_LANGUAGE,
    TranslationError,
    asking_args,
    load_translation,
    translation_path,
)


@dataclass(frozen=True)
class LocalizedStep(Step):
    #: The text shown for each of ``check.args["choices"]``, in the same order.
    choice_labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class LocalizedLesson(Lesson):
    #: The language asked for ("" when none was).
    lang: str = ""
    #: (step index or None for the lesson, field) of every text still in the lesson's own
    #: language: not translated, stale, or refused by the review (a changed number).
    fallbacks: frozenset[tuple[int | None, str]] = frozenset()
    #: The fallbacks whose translation exists but was made from an older text.
    stale: frozenset[tuple[int | None, str]] = frozenset()
    #: The translation file used ("" when there is none).
    translation: str = ""


def shown_choices(step: Step) -> list[str]:
    """The choices as the student reads them (a plain step: the lesson's own)."""
    labels = getattr(step, "choice_labels", ())
    choices = asking_args(step.check).get("choices", []) or []
    return list(labels) if len(labels) == len(choices) else [str(c) for c in choices]


def label_for(step: Step, choice: object) -> str:
    """The text the student read for one of the lesson's choices (for a verdict that echoes
    the answer: "« une infinité » is right", not the lesson's "infinitely many")."""
    choices = asking_args(step.check).get("choices", []) or []
    for own, label in zip(choices, shown_choices(step), strict=False):
        if own == choice:
            return label
    return str(choice)


def answer_for(step: Step, shown: str) -> object:
    """The lesson's own choice behind a shown (translated) one, for the check."""
    choices = asking_args(step.check).get("choices", []) or []
    for choice, label in zip(choices, shown_choices(step), strict=False):
        if label == shown:
            return choice
    return shown


def localize(lesson: Lesson, lang: str | None) -> tuple[LocalizedLesson, list[LessonError]]:
    """``lesson`` in ``lang`` (None or the lesson's own language: as it is), and the errors of
    a translation file that cannot be used (the lesson then shows in its own language).

    Raises:
        ValueError: ``lang`` is not a language code.
    """
    own = getattr(lesson, "language", SOURCE_LANGUAGE) or SOURCE_LANGUAGE
    if not lang or lang.replace("-", "_").split("_")[0] == own:
        return _copy(LocalizedLesson, lesson, lang=lang or ""), []
    errors: list[LessonError] = []
    path = translation_path(lesson.source, lang) if lesson.source else None
    translation = None
    if path is not None:
        try:
            translation = load_translation(path)
        except TranslationError as exc:
            errors.append(exc)
        if translation is not None and translation.lesson != lesson.id:
            errors.append(
                TranslationError(
                    str(path),
                    translation.line(None, "lesson"),
                    "lesson",
                    f"translates '{translation.lesson}', but the lesson beside it is "
                    f"'{lesson.id}'; set lesson = \"{lesson.id}\"",
                )
            )
            translation = None
    found = review(lesson, translation, str(path or ""))
    texts = found.texts
    steps = tuple(_step(step, n, texts) for n, step in enumerate(lesson.steps))
    changes = {
        name: texts[(None, name)] for name in ("title", "theme", "summary") if (None, name) in texts
    }
    return (
        _copy(
            LocalizedLesson,
            lesson,
            **changes,
            steps=steps,
            lang=lang,
            fallbacks=frozenset(k for k, s in found.status.items() if s != OK),
            stale=frozenset(k for k, s in found.status.items() if s == STALE),
            translation=str(path) if translation is not None else "",
        ),
        errors,
    )


def share_themes(originals: list[Lesson], lessons: list[LocalizedLesson]) -> list[LocalizedLesson]:
    """A theme names a group of lessons in the list: translated in one lesson, it names the
    group for the others in the same language whose translation lacks it (else the list
    would show the group twice, once in each language)."""
    names: dict[str, str] = {}
    for original, lesson in zip(originals, lessons, strict=True):
        if lesson.lang and (None, "theme") not in lesson.fallbacks:
            names.setdefault(original.theme, lesson.theme)
    shared = []
    for original, lesson in zip(originals, lessons, strict=True):
        if (None, "theme") in lesson.fallbacks and original.theme in names:
            lesson = dataclasses.replace(
                lesson,
                theme=names[original.theme],
                fallbacks=lesson.fallbacks - {(None, "theme")},
                stale=lesson.stale - {(None, "theme")},
            )
        shared.append(lesson)
    return shared


def _step(step: Step, n: int, texts: dict) -> LocalizedStep:
    changes = {name: texts[(n, name)] for name in ("title", "text", "task") if (n, name) in texts}
    check = step.check
    asking = asking_args(check)
    if check is not None and asking:
        asked = _asked(asking, n, texts)
        if asking is check.args:
            check = Check(check.kind, asked)
        else:  # the asking part of kind = "all"
            parts = [asked if part is asking else part for part in check.args["checks"]]
            check = Check(check.kind, {**check.args, "checks": parts})
    return _copy(
        LocalizedStep, step, **changes, check=check, choice_labels=choice_labels(step, texts, n)
    )


def _asked(args: dict, n: int, texts: dict) -> dict:
    """The asking arguments with their texts translated; the data (correct, choices,
    a mistake's value or choice) as the lesson has it."""
    args = dict(args)
    for name in ("question", "recheck"):
        if (n, name) in texts:
            args[name] = texts[(n, name)]
    if isinstance(args.get("mistakes"), list):
        args["mistakes"] = [
            {**m, "hint": texts[(n, f"hints.{k}")]}
            if isinstance(m, dict) and (n, f"hints.{k}") in texts
            else m
            for k, m in enumerate(args["mistakes"], start=1)
        ]
    return args


def _copy(kind, original, **changes):
    """``original`` as a ``kind`` (its subclass), with ``changes``; every field the lesson
    format has today or gains later is carried over."""
    values = {f.name: getattr(original, f.name) for f in dataclasses.fields(original)}
    values.update(changes)
    return kind(**values)
