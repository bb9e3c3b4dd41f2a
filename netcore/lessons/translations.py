"""Lesson translations: one TOML file per lesson and language, beside the lessons
(``translations/<lang>/<lesson file name>``), keyed by step number and field
(``docs/lesson-translations.md``).

Every entry carries a short fingerprint of the source text it translates, so a lesson edited
after its translation shows up as *stale* instead of an outdated text shown as if it were
current. A translation file comes from anywhere, like a lesson: it is read the same safe way
(an ordinary file, at most ``MAX_BYTES``), its shape is checked before it is used, and every
mistake names the file, the line and the field.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netcore.fileio import UnreadableFileError, check_regular_file, read_text_limited
from netcore.lessons import scan
from netcore.lessons.format import Lesson, LessonError
from netcore.lessons.limits import (
    MAX_BYTES,
    MAX_CHOICE,
    MAX_CHOICES,
    MAX_DEPTH,
    MAX_KEY_PARTS,
    MAX_STEPS,
    MAX_SUMMARY,
    MAX_TASK,
    MAX_TEXT,
    MAX_TITLE,
)
from netcore.network.params import did_you_mean

#: The language a lesson is written in when it does not say (the shipped lessons are English).
SOURCE_LANGUAGE = "en"
#: A language code: ``fr``, ``pt_BR``, ``sr-Latn``. Never a path: it names a folder.
_LANG = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?$")
_NUMBER_KEY = re.compile(r"^[1-9][0-9]{0,3}$")
_FINGERPRINT = re.compile(r"^[0-9a-f]{8}$")
#: Mistake hints one step may translate (a check lists a few common wrong answers).
MAX_HINTS = 100

LESSON_FIELDS = {"title": MAX_TITLE, "theme": MAX_TITLE, "summary": MAX_SUMMARY}
STEP_FIELDS = {
    "title": MAX_TITLE,
    "text": MAX_TEXT,
    "task": MAX_TASK,
    "question": MAX_TASK,
    "recheck": MAX_TASK,
}
_STEP_KEYS = (*STEP_FIELDS, "choices", "hints")
_TOP_KEYS = ("lesson", *LESSON_FIELDS, "steps")


class TranslationError(LessonError):
    """A translation file that cannot be used: file, line and field, and what would work."""


def fingerprint(text: str) -> str:
    """Eight hex digits naming a source text; re-wrapping its lines keeps it, any other edit
    changes it."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:8]


def choice_field(choice: Any) -> str:
    """The field name of a choice: ``choices."infinitely many"`` (keyed by the source text,
    which stays what the check compares)."""
    return "choices." + json.dumps(str(choice), ensure_ascii=False)


def check_language(lang: str) -> str:
    """``lang`` if it is a language code (it becomes a folder name, so never a path).

    Raises:
        ValueError: Not a code like ``fr`` or ``pt_BR``.
    """
    if not isinstance(lang, str) or not _LANG.match(lang):
        raise ValueError(
            f"'{str(lang)[:40]}' is not a language code; use two or three letters such as "
            "fr, it, hu, nl (optionally with a region: pt_BR)"
        )
    return lang


#: Check kinds that ask the student (a question, maybe choices, hints for wrong answers).
ASKING = ("answer", "predict")


def asking_args(check: Any) -> dict:
    """The arguments of the part of a step's check that asks the student (its question,
    choices, mistakes and recheck text), also inside ``kind = "all"``; {} when none asks."""
    if check is None:
        return {}
    if check.kind == "all":
        parts = check.args.get("checks", [])
        return next((p for p in parts if isinstance(p, dict) and p.get("kind") in ASKING), {})
    return check.args


@dataclass(frozen=True)
class SourceField:
    """One translatable text of a lesson: (step index or None for the lesson, field)."""

    step: int | None
    field: str
    text: str

    @property
    def key(self) -> tuple[int | None, str]:
        return (self.step, self.field)


def source_fields(lesson: Lesson) -> list[SourceField]:
    """Every text of the lesson a student reads, in reading order. Check data (correct
    answers, the identity of a choice) is not among them: it never changes with the language."""
    fields = [
        SourceField(None, name, getattr(lesson, name))
        for name in LESSON_FIELDS
        if getattr(lesson, name, "")
    ]
    for n, step in enumerate(lesson.steps):
        for name in ("title", "text", "task"):
            if getattr(step, name, ""):
                fields.append(SourceField(n, name, getattr(step, name)))
        args = asking_args(step.check)
        for name in ("question", "recheck"):
            if isinstance(args.get(name), str) and args[name].strip():
                fields.append(SourceField(n, name, args[name]))
        for choice in args.get("choices", []) or []:
            if isinstance(choice, str):  # a number choice reads the same in every language
                fields.append(SourceField(n, choice_field(choice), choice))
        for k, mistake in enumerate(args.get("mistakes", []) or [], start=1):
            if isinstance(mistake, dict) and isinstance(mistake.get("hint"), str):
                fields.append(SourceField(n, f"hints.{k}", mistake["hint"]))
    return fields


@dataclass(frozen=True)
class Entry:
    """One translated text and the fingerprint of the source it was made from."""

    step: int | None
    field: str
    text: str
    source: str  # the fingerprint; "" for a choice (its key is its source)
    line: int | None


@dataclass(frozen=True)
class Translation:
    lesson: str
    path: str
    entries: dict[tuple[int | None, str], Entry]
    steps: frozenset[int]  # the step indices the file translates
    lines: Any = None  # where a field is in the file: lines(step, field) -> line or None

    def line(self, step: int | None, where: str) -> int | None:
        return self.lines(step, where) if self.lines is not None else None


def translation_path(lesson_source: str, lang: str) -> Path | None:
    """The translation of a lesson file into ``lang``, if there is one: ``translations/<lang>/``
    beside the lesson; ``fr_CA`` falls back to ``fr``."""
    check_language(lang)
    lesson = Path(lesson_source)
    base = re.split(r"[_-]", lang)[0]
    for code in dict.fromkeys((lang, base)):
        candidate = lesson.parent / "translations" / code / lesson.name
        if candidate.exists() or candidate.is_symlink():
            return candidate
    return None


def load_translation(path: str | Path) -> Translation:
    """A translation from a file: an ordinary file of at most ``MAX_BYTES`` (a link to a
    device, a pipe or a folder is named and refused, never read).

    Raises:
        TranslationError: The first mistake, with the file, the line and the field.
    """
    path = Path(path)
    try:
        check_regular_file(path)
        text = read_text_limited(path, MAX_BYTES, "translation file")
    except UnicodeDecodeError:
        raise TranslationError(str(path), None, "", "not UTF-8 text") from None
    except UnreadableFileError as exc:
        raise TranslationError(str(path), None, "", str(exc).removeprefix(f"{path}: ")) from None
    except OSError as exc:
        raise TranslationError(str(path), None, "", f"cannot read it ({exc.strerror})") from None
    return parse_translation(text, str(path))


def parse_translation(text: str, source: str = "translation") -> Translation:
    """A translation from TOML text.

    Raises:
        TranslationError: The first mistake, with the file, the line, the field and what works.
    """
    dotted = scan.long_dotted_key(text)
    if dotted:
        raise TranslationError(
            source, dotted[0], "", f"a key of {dotted[1]:,} dotted parts; at most {MAX_KEY_PARTS}"
        )
    lines = _Lines(text)

    def fail(n: int | None, where: str, message: str):
        name = (f"step {n + 1}" + (f", {where}" if where else "")) if n is not None else where
        raise TranslationError(source, lines(n, where), name, message)

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        line = int(found.group(1)) if found else text.count("\n") + 1
        reason = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(exc))
        raise TranslationError(source, line, "", f"not valid TOML: {reason}") from None
    except RecursionError:
        raise TranslationError(
            source,
            scan.deepest_line(text),
            "",
            f"tables nested too deeply; a translation nests them at most {MAX_DEPTH} deep",
        ) from None
    for path, _value, depth in scan.walk(data):
        if depth > 5:  # steps.N.hints.K.text is as deep as a translation goes
            n, where = _where(path)
            fail(n, where, "tables nested deeper than a translation has them")
    for key in data:
        if key not in _TOP_KEYS:
            fail(None, key, f"unknown field '{key[:40]}'{did_you_mean(key, _TOP_KEYS)}")
    lesson_id = data.get("lesson")
    if not isinstance(lesson_id, str) or not lesson_id.strip() or len(lesson_id) > 100:
        fail(None, "lesson", 'lesson must be the id of the lesson translated, e.g. "logic-gates"')
    entries: dict[tuple[int | None, str], Entry] = {}
    for name, limit in LESSON_FIELDS.items():
        if name in data:
            entries[(None, name)] = _entry(data[name], None, name, limit, fail, lines)
    steps = data.get("steps", {})
    if not isinstance(steps, dict):
        fail(None, "steps", "steps is a table keyed by step number: [steps.1.title]")
    if len(steps) > MAX_STEPS:
        fail(None, "steps", f"{len(steps):,} steps; a lesson has at most {MAX_STEPS:,}")
    numbers = set()
    for key, table in steps.items():
        if not _NUMBER_KEY.match(key) or int(key) > MAX_STEPS:
            fail(None, "steps", f"'{key[:40]}' is not a step number; steps are 1, 2, 3, …")
        n = int(key) - 1
        numbers.add(n)
        if not isinstance(table, dict):
            fail(n, "", "a step is a table of fields: [steps.1.title], [steps.1.text], …")
        for name, value in table.items():
            if name in STEP_FIELDS:
                entries[(n, name)] = _entry(value, n, name, STEP_FIELDS[name], fail, lines)
            elif name == "choices":
                entries.update(_choices(value, n, fail, lines))
            elif name == "hints":
                entries.update(_hints(value, n, fail, lines))
            else:
                fail(n, name, f"unknown field '{name[:40]}'{did_you_mean(name, _STEP_KEYS)}")
    return Translation(lesson_id, source, entries, frozenset(numbers), lines)


def _entry(value, n, where, limit, fail, lines) -> Entry:
    header = f"[{'steps.' + str(n + 1) + '.' if n is not None else ''}{where}]"
    if not isinstance(value, dict):
        fail(n, where, f'an entry is a table: {header} with source = "1a2b3c4d" and text = "…"')
    for key in value:
        if key not in ("source", "text"):
            fail(n, f"{where}.{key[:40]}", f"an entry has source and text, not '{key[:40]}'")
    mark, text = value.get("source"), value.get("text", "")
    if not isinstance(mark, str) or not _FINGERPRINT.match(mark):
        fail(
            n,
            f"{where}.source",
            "source must be the 8-digit fingerprint of the text translated, e.g. "
            '"1a2b3c4d" (layerlab lessons --template LANG FILE writes them)',
        )
    if not isinstance(text, str):
        fail(n, f"{where}.text", "text must be text")
    if len(text) > limit:
        fail(n, f"{where}.text", f"text has {len(text):,} characters; at most {limit:,}")
    return Entry(n, where, text, mark, lines(n, where))


def _choices(value, n, fail, lines) -> dict:
    if not isinstance(value, dict):
        fail(n, "choices", 'choices is a table: "source choice" = "shown choice"')
    if len(value) > MAX_CHOICES:
        fail(n, "choices", f"{len(value):,} choices; a question offers at most {MAX_CHOICES}")
    out = {}
    for choice, shown in value.items():
        name = choice_field(choice)
        if not isinstance(shown, str) or len(shown) > MAX_CHOICE:
            fail(n, name, f"a choice is shown as a text of at most {MAX_CHOICE} characters")
        out[(n, name)] = Entry(n, name, shown, "", lines(n, name))
    return out


def _hints(value, n, fail, lines) -> dict:
    if not isinstance(value, dict):
        fail(n, "hints", "hints is a table keyed by the mistake's number: [steps.2.hints.1]")
    if len(value) > MAX_HINTS:
        fail(n, "hints", f"{len(value):,} hints; a step has at most {MAX_HINTS}")
    out = {}
    for key, entry in value.items():
        if not _NUMBER_KEY.match(key):
            fail(n, "hints", f"'{key[:40]}' is not a mistake's number; they are 1, 2, 3, …")
        name = f"hints.{int(key)}"
        out[(n, name)] = _entry(entry, n, name, MAX_TASK, fail, lines)
    return out


def _where(path: tuple) -> tuple[int | None, str]:
    if len(path) >= 2 and path[0] == "steps" and _NUMBER_KEY.match(str(path[1])):
        return int(path[1]) - 1, ".".join(str(p) for p in path[2:])
    return None, ".".join(str(p) for p in path)


_HEADER = re.compile(r"^\s*\[\[?\s*([^\[\]]+?)\s*\]\]?\s*(#.*)?$")
_NAME = r'(?:"(?:[^"\\]|\\.)*"|[A-Za-z0-9_-]+)'
_KEY = re.compile(rf"^\s*({_NAME}(?:\s*\.\s*{_NAME})*)\s*=")
_PART = re.compile(r'"(?:[^"\\]|\\.)*"|[A-Za-z0-9_-]+')


def _parts(dotted: str) -> tuple[str, ...]:
    parts = []
    for part in _PART.findall(dotted):
        try:
            parts.append(json.loads(part) if part.startswith('"') else part)
        except ValueError:
            parts.append(part.strip('"'))
    return tuple(parts)


class _Lines:
    """Where each table and key of a translation file is, found in one pass (so a message
    about any of thousands of entries costs a look-up, not a search of the file)."""

    def __init__(self, text: str):
        self.at: dict[tuple[str, ...], int] = {}
        table: tuple[str, ...] = ()
        in_string = False
        for i, line in enumerate(text.splitlines(), start=1):
            quotes = line.count('"""') + line.count("'''")
            if not in_string:
                header = _HEADER.match(line)
                if header:
                    table = _parts(header.group(1))
                    self.at.setdefault(table, i)
                else:
                    key = _KEY.match(line)
                    if key:
                        self.at.setdefault(table + _parts(key.group(1)), i)
            if quotes % 2:
                in_string = not in_string

    def __call__(self, n: int | None, where: str) -> int | None:
        path = (("steps", str(n + 1)) if n is not None else ()) + _parts(where)
        while path:
            if path in self.at:
                return self.at[path]
            path = path[:-1]
        return None
