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

from netcore.fileio import UnreadableFileError, check_regular_file, read_text_limited
from netcore.lessons import scan
from netcore.lessons.budget import check_resources
from netcore.lessons.checks import ASKING, CHECKS, check_args, needs_run
from netcore.lessons.concepts import CONCEPTS
from netcore.lessons.limits import (
    MAX_BYTES,
    MAX_DEPTH,
    MAX_KEY_PARTS,
    MAX_STEPS,
    MAX_SUMMARY,
    MAX_TASK,
    MAX_TEXT,
    MAX_TITLE,
)
from netcore.lessons.tables import check_choices, check_table
from netcore.network.params import did_you_mean

__all__ = [
    "HIDEABLE",
    "MAX_BYTES",
    "Check",
    "Lesson",
    "LessonError",
    "Step",
    "load_lesson",
    "parse_lesson",
]
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
    "sequences",
)
LOCKS = ("network", "dataset", "training")
#: What a step can keep out of sight until the student has answered (or the step has passed):
#: a question about a number is no question while a view shows the number.
HIDEABLE = (
    "graph_values",  # the computational graph's forward values and gradients
    "backprop_values",  # the backprop view's activations, deltas and gradients
    "sandbox_output",  # the convolution sandbox's output cells
    "param_counts",  # parameter counts in the editor: per layer, the total, the status bar
    "softmax_values",  # the probabilities box of the activations explorer
    "run_figures",  # the loss/accuracy figures of the step's run, until the student predicted
)
_LESSON_KEYS = ("id", "title", "theme", "lecture", "concepts", "order", "summary", "steps")
_STEP_KEYS = ("title", "text", "task", "setup", "check", "solution", "train", "hide")
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

    @property
    def parts(self) -> tuple[Check, ...]:
        """The checks this one stands for: its parts for ``kind = "all"``, else itself."""
        if self.kind != "all":
            return (self,)
        return tuple(
            Check(part["kind"], {k: v for k, v in part.items() if k != "kind"})
            for part in self.args["checks"]
        )

    @property
    def asks(self) -> Check | None:
        """The part that reads the answer box (an ``answer`` or ``predict``), if any: what the
        player shows a question, choices and a box for."""
        return next((part for part in self.parts if part.kind in ASKING), None)

    @property
    def needs_run(self) -> bool:
        return needs_run(self.kind, self.args)


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
    hide: tuple[str, ...] = ()  # HIDEABLE quantities kept hidden until answered or passed


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
    """A lesson from a file: a regular file of at most ``MAX_BYTES`` (a link to a device, a
    pipe or a folder is refused with its name, never read)."""
    path = Path(path)
    try:
        check_regular_file(path)  # a socket cannot even be opened: say what it is
        text = read_text_limited(path, MAX_BYTES, "lesson file")
    except UnicodeDecodeError:
        raise LessonError(str(path), None, "", "not UTF-8 text") from None
    except UnreadableFileError as exc:
        reason = str(exc).removeprefix(f"{path}: ")
        raise LessonError(str(path), None, "", reason) from None
    except OSError as exc:
        raise LessonError(str(path), None, "", f"cannot read it ({exc.strerror})") from None
    return parse_lesson(text, str(path))


def parse_lesson(text: str, source: str = "lesson") -> Lesson:
    """A lesson from TOML text.

    Raises:
        LessonError: The first mistake, with the file, the line, the field and what works.
    """
    lines = _Lines(text)
    problem = _Problems(source, lines)
    dotted = scan.long_dotted_key(text)
    if dotted:
        raise LessonError(
            source, dotted[0], "", f"a key of {dotted[1]:,} dotted parts; at most {MAX_KEY_PARTS}"
        )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        line = int(found.group(1)) if found else max(len(text.splitlines()), 1)
        reason = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(exc))
        raise LessonError(source, line, "", f"not valid TOML: {reason}") from None
    except RecursionError:
        raise LessonError(
            source,
            scan.deepest_line(text),
            "",
            f"tables and lists nested too deeply; a lesson nests them at most {MAX_DEPTH} deep",
        ) from None
    trouble = scan.first_problem(data)
    if trouble:
        n, where = scan.where(trouble[0])
        problem.fail(n, where, trouble[1])
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
        if not isinstance(concept, str) or concept not in CONCEPTS:
            hint = did_you_mean(str(concept), list(CONCEPTS))
            problem.fail(None, "concepts", f"unknown concept {_shown(concept)}{hint}")
    order = data.get("order", 100)
    if not isinstance(order, int) or isinstance(order, bool):
        problem.fail(None, "order", "order must be a whole number")
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        problem.fail(None, "steps", "a lesson needs at least one [[steps]] table")
    if len(raw_steps) > MAX_STEPS:
        problem.fail(
            None, "steps", f"{len(raw_steps):,} steps; a lesson may have at most {MAX_STEPS:,}"
        )
    steps = tuple(_step(raw, n, problem) for n, raw in enumerate(raw_steps))
    check_resources(steps, lambda n, where, message: problem.fail(n, where, message))
    return Lesson(
        id=lesson_id,
        title=title,
        theme=theme,
        concepts=tuple(concepts),
        steps=steps,
        lecture=_text(data, "lecture", problem, None, limit=MAX_TITLE),
        summary=_text(data, "summary", problem, None, limit=MAX_SUMMARY),
        order=order,
        source=source,
    )


def _shown(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "..."


def _step(raw: Any, n: int, problem: _Problems) -> Step:
    if not isinstance(raw, dict):
        problem.fail(None, "steps", f"each step is a [[steps]] table; step {n + 1} is not")
    for key in raw:
        if key not in _STEP_KEYS:
            problem.fail(n, key, f"unknown field '{key}'{did_you_mean(key, _STEP_KEYS)}")
    title = _text(raw, "title", problem, n, required=True, limit=MAX_TITLE)
    text = _text(raw, "text", problem, n, required=True, limit=MAX_TEXT)
    task = _text(raw, "task", problem, n, limit=MAX_TASK)
    fail = lambda where, message: problem.fail(n, where, message)  # noqa: E731
    setup = _table(raw, "setup", _SETUP_KEYS, n, problem)
    for key, allowed in (("views", VIEWS), ("lock", LOCKS)):
        values = setup.get(key, [])
        if (
            not isinstance(values, list)
            or len(values) > len(allowed)
            or any(not isinstance(v, str) or v not in allowed for v in values)
        ):
            problem.fail(n, f"setup.{key}", f"{key} must list some of: {', '.join(allowed)}")
    check_table(setup, "setup", fail)
    solution = _table(raw, "solution", _SOLUTION_KEYS, n, problem)
    check_table(solution, "solution", fail)
    check = None
    if "check" in raw:
        spec = raw["check"]
        if not isinstance(spec, dict) or "kind" not in spec:
            problem.fail(n, "check", 'a check is a table with a kind, e.g. kind = "truth_table"')
        kind = spec["kind"]
        if not isinstance(kind, str) or kind not in CHECKS:
            problem.fail(
                n,
                "check.kind",
                f"unknown check {_shown(kind)}{did_you_mean(str(kind), list(CHECKS))}; "
                f"the kinds are: {', '.join(CHECKS)}",
            )
        args = {k: v for k, v in spec.items() if k != "kind"}
        if isinstance(args.get("choices"), list):
            check_choices(args["choices"], fail)
        trouble = check_args(kind, args)
        if trouble:
            name, message = trouble
            problem.fail(n, f"check.{name}" if name else "check", message)
        check = Check(kind, args)
        if "solution" not in raw:
            problem.fail(
                n, "solution", "a step with a check needs a reference solution ('Show me')"
            )
    train = raw.get("train", False)
    if not isinstance(train, bool):
        problem.fail(n, "train", "train must be true or false")
    if check is not None and check.needs_run and not train:
        problem.fail(
            n,
            "train",
            f"a '{check.kind}' check looks at a training run: the step needs train = true",
        )
    hide = raw.get("hide", [])
    if not isinstance(hide, list) or len(hide) > len(HIDEABLE):
        problem.fail(n, "hide", f"hide must list some of: {', '.join(HIDEABLE)}")
    for name in hide:
        if not isinstance(name, str) or name not in HIDEABLE:
            problem.fail(
                n,
                "hide",
                f"cannot hide {_shown(name)}{did_you_mean(str(name), HIDEABLE)}; "
                f"a step can hide: {', '.join(HIDEABLE)}",
            )
    if "run_figures" in hide and not train:
        problem.fail(n, "hide", "run_figures hides a run's figures: the step needs train = true")
    return Step(
        title=title,
        text=text,
        task=task,
        setup=setup,
        check=check,
        solution=solution,
        train=train,
        line=problem.lines.step(n),
        hide=tuple(dict.fromkeys(hide)),
    )


def _text(data, key, problem, n, required=False, limit=MAX_TITLE) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        problem.fail(n, key, f"{key} must be {'non-empty ' if required else ''}text")
    if len(value) > limit:
        problem.fail(n, key, f"{key} has {len(value):,} characters; at most {limit:,}")
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
        """The line of a field: its own ``name =`` (at a line's start, else anywhere, as in an
        inline table), else its parents', else its table's header, else the step's line."""
        if n is None and where == "steps" and self.starts:
            return self.starts[0]  # "too many steps", "step 3 is not a table": where they begin
        first = self.step(n) if n is not None else 1
        last = self.starts[n + 1] if n is not None and n + 1 < len(self.starts) else len(self.text)
        if n is None and self.starts:
            last = self.starts[0]
        start = max(first - 1, 0)
        parts = where.split(".")
        patterns = []
        for name in reversed(parts):
            patterns += [rf"^\s*{re.escape(name)}\s*=", rf"\b{re.escape(name)}\s*="]
        patterns.append(rf"^\s*\[steps\.{re.escape(parts[0])}\]")
        for pattern in patterns:
            found = re.compile(pattern)
            for i in range(start, last):
                if found.search(self.text[i]):
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
