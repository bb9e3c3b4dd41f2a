"""The shipped lessons (``resources/lessons``) and a teacher's own files or folders."""

from __future__ import annotations

from pathlib import Path

from netcore.lessons.format import Lesson, LessonError, load_lesson
from netcore.resources import resource_path


def lesson_paths(folder: Path | None = None) -> list[Path]:
    folder = folder or resource_path("lessons")
    return sorted(folder.glob("*.toml"))


def load_lessons(paths: list[Path] | None = None) -> tuple[list[Lesson], list[LessonError]]:
    """Every lesson that loads (in order, then title) and the errors of those that do not;
    a folder stands for its .toml files."""
    files: list[Path] = []
    for path in paths or lesson_paths():
        path = Path(path)
        files.extend(lesson_paths(path) if path.is_dir() else [path])
    lessons, errors = [], []
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
