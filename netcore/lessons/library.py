"""The shipped lessons (``resources/lessons``) and a teacher's own files or folders.

A folder is read as it is handed over: every ``*.toml`` in it that is a lesson loads, every one
that is not (a broken file, a link to a device, a pipe, a folder named like a lesson) is named
with the reason, and a folder of thousands of files is read up to ``MAX_LESSONS``."""

from __future__ import annotations

import os
from pathlib import Path

from netcore.lessons.format import Lesson, LessonError, load_lesson
from netcore.lessons.limits import MAX_LESSONS
from netcore.resources import resource_path


def lesson_paths(folder: Path | None = None) -> list[Path]:
    """The first ``MAX_LESSONS`` lesson files of a folder, by name."""
    return _folder(folder or resource_path("lessons"))[0]


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


def load_lessons(paths: list[Path] | None = None) -> tuple[list[Lesson], list[LessonError]]:
    """Every lesson that loads (in order, then title) and the errors of those that do not;
    a folder stands for its .toml files."""
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
    lessons = []
    for path in files:
        try:
            lessons.append(load_lesson(path))
        except LessonError as exc:
            errors.append(exc)
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
