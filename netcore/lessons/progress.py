"""A student's progress through the lessons: which steps passed and where they were, saved in
the user's data folder (atomically) and exported as a small file a teacher collects."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from netcore.fileio import atomic_write_text, data_dir

FORMAT = "layerlab-lesson-progress"


def progress_path() -> Path:
    return data_dir() / "lesson-progress.json"


@dataclass
class Progress:
    student: str = ""
    lessons: dict[str, dict] = field(default_factory=dict)  # id → {"passed": [...], "at": n}
    note: str = ""  # e.g. why an unreadable file was set aside

    def passed(self, lesson_id: str) -> set[int]:
        return set(self.lessons.get(lesson_id, {}).get("passed", []))

    def at(self, lesson_id: str) -> int:
        return int(self.lessons.get(lesson_id, {}).get("at", 0))

    def record(self, lesson_id: str, step: int, ok: bool | None = None) -> None:
        """The student is at ``step`` (0-based); ``ok`` True marks it passed."""
        entry = self.lessons.setdefault(lesson_id, {"passed": [], "at": 0})
        entry["at"] = step
        if ok and step not in entry["passed"]:
            entry["passed"] = sorted([*entry["passed"], step])

    def to_dict(self) -> dict:
        return {"format": FORMAT, "version": 1, "student": self.student, "lessons": self.lessons}


def load_progress(path: Path | None = None) -> Progress:
    """The saved progress; a damaged file is set aside (never deleted) and a fresh start says so."""
    path = path or progress_path()
    if not path.exists():
        return Progress()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a progress file")
        lessons = data.get("lessons", {})
        good = isinstance(lessons, dict) and all(
            isinstance(v, dict)
            and isinstance(v.get("passed", []), list)
            and all(isinstance(s, int) for s in v.get("passed", []))
            and isinstance(v.get("at", 0), int)
            for v in lessons.values()
        )
        if not good:
            raise ValueError("unexpected contents")
        return Progress(str(data.get("student", ""))[:200], lessons)
    except (OSError, ValueError) as exc:
        aside = path.with_name(f"{path.stem}.unreadable-{int(time.time())}{path.suffix}")
        try:
            path.rename(aside)
        except OSError:
            aside = path
        return Progress(
            note=f"the lesson progress file could not be read ({exc}); it was kept as {aside.name}"
        )


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
            "passed": len(progress.passed(lesson.id)),
            "steps": len(lesson.steps),
        }
        for lesson in lessons
    }
    atomic_write_text(path, json.dumps(data, indent=1))
