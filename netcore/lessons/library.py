"""The shipped lessons (``resources/lessons``) and a teacher's own files or folders.

A folder is read as it is handed over: every ``*.toml`` in it that is a lesson loads, every one
that is not (a broken file, a link to a device, a pipe, a folder named like a lesson) is named
with the reason, and a folder of thousands of files is read up to ``MAX_LESSONS``."""

from __future__ import annotations

import os
from pathlib import Path

from netcore.lessons.format import LessonError, load_lesson
from netcore.lessons.limits import MAX_LESSONS
from netcore.lessons.localized import LocalizedLesson, localize, share_themes
from netcore.lessons.translations import check_language
from netcore.resources import resource_path


def lesson_paths(folder: Path | None = None) -> list[Path]:
    """The first ``MAX_LESSONS`` lesson files of a folder, by name."""
    return _folder(folder or resource_path("lessons"))[0]


def load_one(path: Path, lang: str | None = None) -> tuple[LocalizedLesson, list[LessonError]]:
    """One lesson file in ``lang`` and the errors of its translation (as ``load_lessons``).

    Raises:
        LessonError: The lesson file itself cannot be used.
    """
    return localize(load_lesson(path), lang)


def _folder(folder: Path) -> tuple[list[Path], int]:
    """(the first ``MAX_LESSONS`` ``*.toml`` files by name, how many there are)."""
    names = []
    try:
        with os.scandir(folder) as entries:
            names = [entry.name for entry in entries if entry.name.endswith(".toml")]
    except OSError:
        return [], 0
    names.sort()
    return [Path(folder) / name for name in names[:MAX_LESSONS]], len(names)


def load_lessons(
    paths: list[Path] | None = None, lang: str | None = None
) -> tuple[list[LocalizedLesson], list[LessonError]]:
    """Every lesson that loads (in order, then title) and the errors of those that do not;
    a folder stands for its .toml files.

    Args:
        paths: Lesson files and folders (None: the shipped lessons).
        lang: The student's language (``fr``): each lesson's texts from its translation
            (``translations/<lang>/`` beside it) where that is current, its own elsewhere,
            listed in ``Lesson.fallbacks``. A translation file that cannot be used is among the
            errors and its lesson shows in its own language.

    Raises:
        ValueError: ``lang`` is not a language code.
    """
    if lang:
        check_language(lang)
    files: list[Path] = []
    errors: list[LessonError] = []
    for path in paths or [resource_path("lessons")]:
        path = Path(path)
        if not path.is_dir():
            files.append(path)
            continue
        found, total = _folder(path)
        files.extend(found)
        if total > MAX_LESSONS:
            errors.append(
                LessonError(
                    str(path),
                    None,
                    "",
                    f"{total:,} lesson files; LayerLab reads at most {MAX_LESSONS:,} from one "
                    "folder (the first ones by name)",
                )
            )
    lessons, originals = [], []
    for path in files:
        try:
            original = load_lesson(path)
        except LessonError as exc:
            errors.append(exc)
            continue
        lesson, problems = localize(original, lang)
        lessons.append(lesson)
        originals.append(original)
        errors.extend(problems)
    lessons = share_themes(originals, lessons)
    seen: dict[str, str] = {}
    for lesson in lessons:
        if lesson.id in seen:
            errors.append(
                LessonError(
                    lesson.source, None, "id", f"id '{lesson.id}' is also used by {seen[lesson.id]}"
                )
            )
        seen[lesson.id] = lesson.source
    lessons.sort(key=lambda lesson: (lesson.order, lesson.title))
    return lessons, errors
