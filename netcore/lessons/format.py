"""Lesson files: TOML a teacher writes and edits (``docs/lessons.md``). A lesson has an id, a
title, a theme (for grouping), the lecture it follows, the concepts it teaches and ordered
steps; a step has Markdown text, a task, what to set up, a declarative check and a reference
solution. Every mistake names the file, the line and the field."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netcore.lessons.checks import CHECKS, check_args
from netcore.lessons.concepts import CONCEPTS
from netcore.network.params import did_you_mean

MAX_BYTES = 512 * 1024
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,60}$")
VIEWS = (
    "editor",
    "training",
    "filters",
    "feature_maps",
    "boundary",
    "weights",
    "backprop",
    "perceptron",
    "gradients",
    "activations",
    "curve_fit",
    "graph",
    "sandbox",
    "draw",
)
LOCKS = ("network", "dataset", "training")
_LESSON_KEYS = ("id", "title", "theme", "lecture", "concepts", "order", "summary", "steps")
_STEP_KEYS = ("title", "text", "task", "setup", "check", "solution", "train")
_SETUP_KEYS = (
    "preset",
    "network",
    "dataset",
    "dataset_options",
    "training",
    "weights",
    "views",
    "lock",
)
_SOLUTION_KEYS = ("preset", "network", "set", "training", "weights", "answer")


class LessonError(ValueError):
    """A lesson file that cannot be used: file, line and field, and what would work."""

    def __init__(self, source: str, line: int | None, where: str, message: str):
        self.source, self.line, self.where = source, line, where
        at = f"{source}" + (f", line {line}" if line else "") + (f", {where}" if where else "")
        super().__init__(f"{at}: {message}")


@dataclass(frozen=True)
class Check:
    kind: str
    args: dict[str, Any]


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    task: str = ""
    setup: dict[str, Any] = field(default_factory=dict)
    check: Check | None = None
    solution: dict[str, Any] = field(default_factory=dict)
    train: bool = False  # the check looks at a training run: "Show me" and the verifier train
    line: int = 0


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    theme: str
    concepts: tuple[str, ...]
    steps: tuple[Step, ...]
    lecture: str = ""
    summary: str = ""
    order: int = 100
    source: str = ""


# --------------------------------------------------------------------------- loading


def load_lesson(path: str | Path) -> Lesson:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise LessonError(str(path), None, "", f"over {MAX_BYTES // 1024} KB; not a lesson")
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise LessonError(str(path), None, "", "not UTF-8 text") from None
    except OSError as exc:
        raise LessonError(str(path), None, "", f"cannot read it ({exc.strerror})") from None
    return parse_lesson(text, str(path))


def parse_lesson(text: str, source: str = "lesson") -> Lesson:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        line = int(found.group(1)) if found else max(len(text.splitlines()), 1)
        reason = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(exc))
        raise LessonError(source, line, "", f"not valid TOML: {reason}") from None
    lines = _Lines(text)
    problem = _Problems(source, lines)
    for key in data:
        if key not in _LESSON_KEYS:
            problem.fail(None, key, f"unknown field '{key}'{did_you_mean(key, _LESSON_KEYS)}")
    lesson_id = data.get("id")
    if not isinstance(lesson_id, str) or not _ID.match(lesson_id):
        problem.fail(
            None, "id", "id must be lower-case letters, digits and '-', e.g. 'xor-by-hand'"
        )
    title = _text(data, "title", problem, None, required=True)
    theme = _text(data, "theme", problem, None, required=True)
    concepts = data.get("concepts", [])
    if not isinstance(concepts, list) or not concepts:
        problem.fail(None, "concepts", "concepts must list the concept ids the lesson teaches")
    for concept in concepts:
        if concept not in CONCEPTS:
            hint = did_you_mean(str(concept), list(CONCEPTS))
            problem.fail(None, "concepts", f"unknown concept '{concept}'{hint}")
    order = data.get("order", 100)
    if not isinstance(order, int) or isinstance(order, bool):
        problem.fail(None, "order", "order must be a whole number")
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        problem.fail(None, "steps", "a lesson needs at least one [[steps]] table")
    steps = tuple(_step(raw, n, problem) for n, raw in enumerate(raw_steps))
    return Lesson(
        id=lesson_id,
        title=title,
        theme=theme,
        concepts=tuple(concepts),
        steps=steps,
        lecture=_text(data, "lecture", problem, None),
        summary=_text(data, "summary", problem, None),
        order=order,
        source=source,
    )


def _step(raw: Any, n: int, problem: _Problems) -> Step:
    if not isinstance(raw, dict):
        problem.fail(n, "", "each step is a [[steps]] table")
    for key in raw:
        if key not in _STEP_KEYS:
            problem.fail(n, key, f"unknown field '{key}'{did_you_mean(key, _STEP_KEYS)}")
    setup = _table(raw, "setup", _SETUP_KEYS, n, problem)
    for key, allowed in (("views", VIEWS), ("lock", LOCKS)):
        values = setup.get(key, [])
        if not isinstance(values, list) or any(v not in allowed for v in values):
            problem.fail(n, f"setup.{key}", f"{key} must list some of: {', '.join(allowed)}")
    solution = _table(raw, "solution", _SOLUTION_KEYS, n, problem)
    check = None
    if "check" in raw:
        spec = raw["check"]
        if not isinstance(spec, dict) or "kind" not in spec:
            problem.fail(n, "check", 'a check is a table with a kind, e.g. kind = "truth_table"')
        kind = spec["kind"]
        if kind not in CHECKS:
            problem.fail(
                n,
                "check.kind",
                f"unknown check '{kind}'{did_you_mean(str(kind), list(CHECKS))}; "
                f"the kinds are: {', '.join(CHECKS)}",
            )
        args = {k: v for k, v in spec.items() if k != "kind"}
        trouble = check_args(kind, args)
        if trouble:
            name, message = trouble
            problem.fail(n, f"check.{name}" if name else "check", message)
        check = Check(kind, args)
        if check is not None and "solution" not in raw:
            problem.fail(
                n, "solution", "a step with a check needs a reference solution ('Show me')"
            )
    train = raw.get("train", False)
    if not isinstance(train, bool):
        problem.fail(n, "train", "train must be true or false")
    return Step(
        title=_text(raw, "title", problem, n, required=True),
        text=_text(raw, "text", problem, n, required=True),
        task=_text(raw, "task", problem, n),
        setup=setup,
        check=check,
        solution=solution,
        train=train,
        line=problem.lines.step(n),
    )


def _text(data, key, problem, n, required=False) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        problem.fail(n, key, f"{key} must be {'non-empty ' if required else ''}text")
    return value


def _table(raw, key, allowed, n, problem) -> dict:
    value = raw.get(key, {})
    if not isinstance(value, dict):
        problem.fail(n, key, f"{key} must be a table ([steps.{key}])")
    for name in value:
        if name not in allowed:
            problem.fail(n, f"{key}.{name}", f"unknown field '{name}'{did_you_mean(name, allowed)}")
    return value


class _Lines:
    """Where things are in the file: the n-th [[steps]] and a field inside it."""

    def __init__(self, text: str):
        self.text = text.splitlines()
        self.starts = [i + 1 for i, line in enumerate(self.text) if line.strip() == "[[steps]]"]

    def step(self, n: int | None) -> int:
        return self.starts[n] if n is not None and n < len(self.starts) else 0

    def field(self, n: int | None, where: str) -> int | None:
        first = self.step(n) if n is not None else 1
        last = self.starts[n + 1] if n is not None and n + 1 < len(self.starts) else len(self.text)
        if n is None and self.starts:
            last = self.starts[0]
        name = where.split(".")[-1]
        table = where.split(".")[0]
        start = max(first - 1, 0)
        for pattern in (rf"^\s*{re.escape(name)}\s*=", rf"^\s*\[steps\.{re.escape(table)}\]"):
            for i in range(start, last):
                if re.match(pattern, self.text[i]):
                    return i + 1
        return first or None


class _Problems:
    def __init__(self, source: str, lines: _Lines):
        self.source, self.lines = source, lines

    def fail(self, n: int | None, where: str, message: str):
        field_name = (f"step {n + 1}" + (f", {where}" if where else "")) if n is not None else where
        raise LessonError(
            self.source,
            self.lines.field(n, where) if where else self.lines.step(n),
            field_name,
            message,
        )
