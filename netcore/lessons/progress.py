"""A student's progress through the lessons: which steps passed and where they were, saved in
the user's data folder (atomically) and exported as a small file a teacher collects.

The file comes back from elsewhere (a copied home folder, a student's hand-edit), so every entry
is checked where it is read: a file that cannot be read is set aside (never deleted), an entry
that makes no sense is dropped, and both are said in ``Progress.note``; a start never fails."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from netcore.fileio import atomic_write_text, data_dir, read_text_limited
from netcore.lessons.limits import (
    MAX_PROGRESS_BYTES,
    MAX_PROGRESS_LESSONS,
    MAX_STEPS,
    MAX_STUDENT,
)

FORMAT = "layerlab-lesson-progress"
_MAX_ID = 100  # a lesson id is at most 61 characters (format._ID); room for old files


def progress_path() -> Path:
    return data_dir() / "lesson-progress.json"


@dataclass
class Progress:
    student: str = ""
    lessons: dict[str, dict] = field(default_factory=dict)  # id → {"passed": [...], "at": n}
    note: str = ""  # e.g. why an unreadable file was set aside

    def passed(self, lesson_id: str, steps: int | None = None) -> set[int]:
        """The steps passed (0-based); with ``steps``, only those inside the lesson."""
        done = set(self.lessons.get(lesson_id, {}).get("passed", []))
        return done if steps is None else {s for s in done if 0 <= s < steps}

    def at(self, lesson_id: str) -> int:
        return int(self.lessons.get(lesson_id, {}).get("at", 0))

    def position(self, lesson_id: str, steps: int) -> tuple[int, str]:
        """Where to resume a lesson of ``steps`` steps, and a note when the saved position is
        not one of them (the lesson was changed since): the start, never a wrong step."""
        at = self.at(lesson_id)
        if 0 <= at < steps:
            return at, ""
        return 0, (
            f"the saved position (step {at + 1:,}) is not in this lesson of {steps} steps; "
            "it starts at step 1"
        )

    def record(self, lesson_id: str, step: int, ok: bool | None = None) -> None:
        """The student is at ``step`` (0-based); ``ok`` True marks it passed."""
        entry = self.lessons.setdefault(lesson_id, {"passed": [], "at": 0})
        entry["at"] = step
        if ok and step not in entry["passed"]:
            entry["passed"] = sorted([*entry["passed"], step])

    def to_dict(self) -> dict:
        return {"format": FORMAT, "version": 1, "student": self.student, "lessons": self.lessons}


def _step_number(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < MAX_STEPS


def _entry_problem(lesson_id, entry) -> str:
    """Why one lesson's entry cannot be used, or ""."""
    if not isinstance(lesson_id, str) or not 0 < len(lesson_id) <= _MAX_ID:
        return "its lesson id is not one LayerLab writes"
    if not isinstance(entry, dict):
        return "it is not a table of passed steps and a position"
    passed = entry.get("passed", [])
    if not isinstance(passed, list) or not all(_step_number(s) for s in passed):
        return f"its passed steps must be step numbers from 0 to {MAX_STEPS - 1}"
    return ""


def _usable(data) -> tuple[str, dict[str, dict], list[str]]:
    """(student, lessons, notes) from a parsed file; raises ValueError if it is not one."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a progress file")
    lessons = data.get("lessons", {})
    if not isinstance(lessons, dict):
        raise ValueError("its lessons are not a table")
    student = data.get("student", "")
    notes = []
    if len(lessons) > MAX_PROGRESS_LESSONS:
        notes.append(
            f"it lists {len(lessons):,} lessons; the first {MAX_PROGRESS_LESSONS:,} were kept"
        )
    kept: dict[str, dict] = {}
    for lesson_id, entry in list(lessons.items())[:MAX_PROGRESS_LESSONS]:
        problem = _entry_problem(lesson_id, entry)
        if problem:
            shown = str(lesson_id)[:60]
            notes.append(f"'{shown}' was dropped: {problem}")
            continue
        at = entry.get("at", 0)
        if not _step_number(at):
            notes.append(
                f"the position of '{lesson_id}' ({str(at)[:30]}) was dropped: it must be a step "
                f"number from 0 to {MAX_STEPS - 1}; the lesson starts at step 1"
            )
            at = 0
        kept[lesson_id] = {"passed": sorted(set(entry.get("passed", []))), "at": at}
    return (student[:MAX_STUDENT] if isinstance(student, str) else ""), kept, notes


def load_progress(path: Path | None = None) -> Progress:
    """The saved progress; a damaged file is set aside (never deleted) and a fresh start says so;
    entries that cannot be used are dropped and named in the note."""
    path = path or progress_path()
    if not path.exists() and not path.is_symlink():
        return Progress()
    try:
        text = read_text_limited(path, MAX_PROGRESS_BYTES, "lesson progress file")
        student, lessons, notes = _usable(json.loads(text))
    except (OSError, ValueError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        aside = path.with_name(f"{path.stem}.unreadable-{int(time.time())}{path.suffix}")
        try:
            path.rename(aside)
        except OSError:
            aside = path
        return Progress(
            note=f"the lesson progress file could not be read ({reason}); "
            f"it was kept as {aside.name}"
        )
    note = ""
    if notes:
        shown = "; ".join(notes[:3]) + (f"; and {len(notes) - 3:,} more" if len(notes) > 3 else "")
        note = f"some lesson progress was dropped ({shown})"
    return Progress(student, lessons, note)


def save_progress(progress: Progress, path: Path | None = None) -> None:
    path = path or progress_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps(progress.to_dict(), indent=1))


def export_progress(progress: Progress, lessons: list, path: Path) -> None:
    """A teacher's copy: the student, the date, and per lesson the steps passed of all."""
    data = progress.to_dict()
    data["exported"] = time.strftime("%Y-%m-%d %H:%M")
    data["summary"] = {
        lesson.id: {
            "title": lesson.title,
            "passed": len(progress.passed(lesson.id, len(lesson.steps))),
            "steps": len(lesson.steps),
        }
        for lesson in lessons
    }
    atomic_write_text(path, json.dumps(data, indent=1))
