"""A translation held against its lesson: which texts are translated and current, which are
stale (the lesson changed since), missing or wrong (a number, a placeholder or a code span
that differs, a step the lesson does not have). The player shows only what passes here; the
verifier (``layerlab lessons --verify --lang``) reports all of it.

Numbers are compared as numbers, so each language writes them its own way: 0.73 in the
lesson is 0,73 in a French or Hungarian text, 2,800 may be 2 800 or 2800; but a 0.73 that
became 0.78, or a −4 that lost its sign, is found.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from netcore.lessons.format import Lesson
from netcore.lessons.translations import (
    SourceField,
    Translation,
    asking_args,
    choice_field,
    fingerprint,
    source_fields,
)

#: Statuses of a lesson text in a translation.
OK, MISSING, STALE, WRONG = "translated", "missing", "stale", "wrong"

# a number as a text may write it: digits, with '.', ',' or a (no-break) space between
# groups; a sign only where it cannot be a hyphen ("LeNet-5" is 5, "= −4" is −4)
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<sign>(?<![\w)\]])[-−](?=[0-9]))?"
    r"(?P<digits>[0-9]+(?:(?:[.,]|[ \u00a0\u202f](?=[0-9]{3}(?![0-9])))[0-9]+)*)"
)
_SEPARATOR = re.compile(r"([.,\u00a0\u202f ])")
_PLACEHOLDER = re.compile(r"\{[^{}\n]{0,100}\}")
_CODE_SPAN = re.compile(r"`[^`\n]+`")
_FENCE = re.compile(r"```.*?```", re.DOTALL)


@dataclass(frozen=True)
class Issue:
    """One finding: where (file, line, step index or None, field) and what."""

    severity: str  # "error" (the verifier fails), "stale" or "missing" (a fallback is shown)
    path: str
    line: int | None
    step: int | None
    field: str
    message: str

    def __str__(self) -> str:
        at = self.path + (f", line {self.line}" if self.line else "")
        where = self.field
        if self.step is not None:
            where = f"step {self.step + 1}" + (f", {self.field}" if self.field else "")
        return f"{at}, {where}: {self.message}" if where else f"{at}: {self.message}"


@dataclass
class Review:
    """Every source text's status and the texts that pass, keyed (step index or None, field)."""

    path: str
    status: dict[tuple[int | None, str], str] = field(default_factory=dict)
    texts: dict[tuple[int | None, str], str] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for s in self.status.values() if s == status)


def review(lesson: Lesson, translation: Translation | None, path: str = "") -> Review:
    """Every text of ``lesson`` checked against ``translation`` (None: nothing translated)."""
    path = translation.path if translation is not None else path
    result = Review(path)
    fields = source_fields(lesson)
    if translation is None:
        for source in fields:
            result.status[source.key] = MISSING
        return result

    def issue(severity, step, name, message):
        line = translation.line(step, name)
        result.issues.append(Issue(severity, path, line, step, name, message))

    if translation.lesson != lesson.id:
        issue("error", None, "lesson", f"translates '{translation.lesson}', but the lesson "
              f"beside it is '{lesson.id}'; set lesson = \"{lesson.id}\"")  # fmt: skip
    steps = len(lesson.steps)
    for n in sorted(translation.steps):
        if n >= steps:
            issue("error", n, "", f"the lesson has {steps} steps; there is no step {n + 1} "
                  "(remove it, or check that the lesson was not shortened)")  # fmt: skip
    if translation.steps:
        for n in range(steps):
            if n not in translation.steps:
                issue("error", n, "", f"missing (the lesson has {steps} steps; "
                      f"the translation has {len(translation.steps)})")  # fmt: skip
    known = {source.key for source in fields}
    moved = {(source.field, fingerprint(source.text)): source.step for source in fields}
    for key, entry in translation.entries.items():
        if key in known or entry.step is not None and entry.step >= steps:
            continue
        if entry.field.startswith("choices."):
            issue("stale", entry.step, entry.field, "the lesson has no such choice (any more); "
                  "remove it or key it by one of the lesson's choices")  # fmt: skip
        else:  # the lesson lost the text (an edit, or steps moved): outdated, not wrong
            issue("stale", entry.step, entry.field, "the lesson has no such text in this step "
                  "(any more); remove the entry")  # fmt: skip
    for source in fields:
        result.status[source.key] = _check(source, translation, moved, issue, result)
    return result


def _check(source: SourceField, translation, moved, issue, result) -> str:
    entry = translation.entries.get(source.key)
    if entry is None or not entry.text.strip():
        issue("missing", source.step, source.field, "not translated")
        return MISSING
    if entry.source and entry.source != fingerprint(source.text):
        now = fingerprint(source.text)
        elsewhere = moved.get((source.field, entry.source))
        hint = (
            f" (it translates what is now step {elsewhere + 1}'s {source.field}: were steps moved?)"
            if elsewhere is not None and elsewhere != source.step
            else ""
        )
        issue("stale", source.step, source.field, f"stale{hint}: translated from "
              f"{entry.source}, the lesson's text is now {now}; update the text, then set "
              f'source = "{now}"')  # fmt: skip
        return STALE
    problems = differences(source.text, entry.text)
    for problem in problems:
        issue("error", source.step, source.field, problem)
    if problems:
        return WRONG
    result.texts[source.key] = entry.text
    return OK


def differences(source: str, translated: str) -> list[str]:
    """What a translation changed that must stay the same: numbers, ``{placeholders}``,
    code spans in backticks and fenced code blocks."""
    found = []
    missing, extra = _numbers(source, translated)
    if missing or extra:
        parts = []
        if missing:
            parts.append(f"the lesson has {_list(missing)}, the translation does not")
        if extra:
            parts.append(f"the translation has {_list(extra)}, the lesson does not")
        found.append("numbers differ: " + "; ".join(parts))
    for name, pattern in (
        ("placeholders", _PLACEHOLDER),
        ("code spans", _CODE_SPAN),
        ("code blocks", _FENCE),
    ):
        text_s = _FENCE.sub("", source) if pattern is _CODE_SPAN else source
        text_t = _FENCE.sub("", translated) if pattern is _CODE_SPAN else translated
        want, got = Counter(pattern.findall(text_s)), Counter(pattern.findall(text_t))
        if want != got:
            lost, added = want - got, got - want
            parts = []
            if lost:
                parts.append(f"the lesson has {_list(lost)}, the translation does not")
            if added:
                parts.append(f"the translation has {_list(added)}, the lesson does not")
            found.append(f"{name} differ (they stay as they are): " + "; ".join(parts))
    return found


def _list(values) -> str:
    items = list(values.elements()) if isinstance(values, Counter) else list(values)
    shown = ", ".join(_shown(v) for v in items[:8])
    return shown + (f" and {len(items) - 8} more" if len(items) > 8 else "")


def _shown(value) -> str:
    if isinstance(value, str):
        return value if len(value) <= 60 else value[:57] + "…"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _numbers(source: str, translated: str) -> tuple[list, list]:
    """(numbers of the source the translation lacks, numbers it adds), each read the way
    its text writes them."""
    want = Counter(_source_values(source))
    readings = [_readings(m) for m in _NUMBER.finditer(translated)]
    readings.sort(key=len)  # the unambiguous ones first
    extra = []
    for options in readings:
        chosen = next((o for o in options if _fits(o, want)), options[0])
        for value in chosen:
            if want[value] > 0:
                want[value] -= 1
            else:
                extra.append(value)
    return list((+want).elements()), extra


def _fits(values: tuple[float, ...], want: Counter) -> bool:
    """Whether the source still has all of ``values`` (in time of the few values, not of
    every number the source has)."""
    return all(want[v] >= c for v, c in Counter(values).items())


def _source_values(text: str) -> list[float]:
    """The numbers of a lesson text read the English way: '.' marks decimals, ',' groups
    thousands (2,800), anything else separates numbers ("(1, 1)", "1,2")."""
    values = []
    for found in _NUMBER.finditer(text):
        values.extend(_english(found) or _readings(found)[-1])
    return values


def _english(found: re.Match) -> tuple[float, ...] | None:
    digits = found.group("digits")
    sign = -1 if found.group("sign") else 1
    if re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?", digits):
        return (sign * float(digits.replace(",", "")),)
    return None


def _readings(found: re.Match) -> list[tuple[float, ...]]:
    """The ways a written number can be read, most likely first: one decimal mark (the last
    '.' or ','), before it groups of three split by one other separator; or all groups of
    three; or, failing those, separate whole numbers."""
    digits = re.sub(r"[\u00a0\u202f]", " ", found.group("digits"))  # any space groups alike
    sign = -1 if found.group("sign") else 1
    pieces = _SEPARATOR.split(digits)
    groups, seps = pieces[0::2], pieces[1::2]
    if not seps:
        return [(sign * float(digits),)]
    options = []
    last = seps[-1]
    grouping = set(seps[:-1])
    grouped_ok = all(len(g) == 3 for g in groups[1:-1]) and len(groups[0]) <= 3
    if last in ".," and len(grouping) <= 1 and last not in grouping and grouped_ok:
        whole = "".join(groups[:-1])
        options.append((sign * float(f"{whole}.{groups[-1]}"),))
    if len(set(seps)) == 1 and len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
        options.append((sign * float("".join(groups)),))
    options.append(tuple(float(g) * (sign if i == 0 else 1) for i, g in enumerate(groups) if g))
    return options


def choice_labels(lesson_step, texts: dict, n: int) -> tuple[str, ...]:
    """The shown text of each of a step's choices: translated where the review passed it."""
    args = asking_args(lesson_step.check)
    return tuple(texts.get((n, choice_field(c)), str(c)) for c in args.get("choices", []) or [])
