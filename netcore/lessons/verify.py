"""``layerlab lessons --verify``: every step of every lesson set up headlessly, its reference
solution applied (training where the check looks at a run) and its check evaluated; with a
language, every translation held against its lesson too."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from netcore.datasets.errors import DatasetError
from netcore.lessons.checks import CHECKS
from netcore.lessons.format import Lesson, LessonError
from netcore.lessons.state import StepError, apply, evaluate, train
from netcore.lessons.translation_review import MISSING, OK, STALE, WRONG, Issue, review
from netcore.lessons.translations import TranslationError, load_translation, translation_path
from netcore.limits import LimitError
from netcore.network.spec import NetworkSpec
from netcore.project.model import Project


@dataclass(frozen=True)
class StepOutcome:
    lesson: str
    step: int  # 1-based
    title: str
    ok: bool
    message: str


def verify_lesson(
    lesson: Lesson, report: Callable[[StepOutcome], None] = lambda o: None
) -> list[StepOutcome]:
    project = Project(spec=NetworkSpec(name="empty"))
    outcomes = []
    for n, step in enumerate(lesson.steps, start=1):
        where = f"{lesson.source}, step {n}"
        try:
            project = apply(project, step.setup, f"{where}, setup")
            project = apply(project, step.solution, f"{where}, solution")
            needs_run = step.train or (step.check is not None and CHECKS[step.check.kind].needs_run)
            if needs_run:
                project = train(project, quick=True)
            result = evaluate(step, project, step.solution.get("answer"))
            outcome = StepOutcome(lesson.id, n, step.title, result.ok, result.message)
        except (StepError, DatasetError, LimitError) as exc:
            outcome = StepOutcome(lesson.id, n, step.title, False, str(exc))
        outcomes.append(outcome)
        report(outcome)
    return outcomes


@dataclass
class TranslationReport:
    """A lesson's translation into one language, held against the lesson."""

    lesson: str
    file: str  # the translation file, or where it would be
    exists: bool
    issues: list[Issue]
    counts: dict[str, int]  # translated, stale, missing, wrong
    total: int

    def problems(self, strict: bool = False) -> list[Issue]:
        """What makes ``--verify`` fail: wrong texts and files; with ``strict``, also stale
        and missing ones (and a lesson without a translation)."""
        return [i for i in self.issues if i.severity == "error" or strict]


def verify_translation(lesson: Lesson, lang: str) -> TranslationReport:
    """Every text of ``lesson`` (as written, not translated) against its translation into
    ``lang``: the same steps and fields, numbers, placeholders and code; stale fingerprints;
    what is missing."""
    path = translation_path(lesson.source, lang)
    where = path or Path(lesson.source).parent / "translations" / lang / Path(lesson.source).name
    issues: list[Issue] = []
    translation = None
    if path is not None:
        try:
            translation = load_translation(path)
        except TranslationError as exc:
            issues.append(Issue("error", exc.source, exc.line, None, exc.where, _reason(exc)))
    found = review(lesson, translation, str(where))
    if path is None:
        issues.append(
            Issue(
                "missing",
                str(where),
                None,
                None,
                "",
                "no translation file (every text "
                f"shows in the lesson's own language); `layerlab lessons --template --lang "
                f"{lang} {lesson.source}` writes one to fill in",
            )  # fmt: skip
        )
    elif translation is not None:
        issues += found.issues
    counts = {s: found.count(s) for s in (OK, STALE, MISSING, WRONG)}
    return TranslationReport(
        lesson.id, str(where), path is not None, issues, counts, len(found.status)
    )


def _reason(exc: LessonError) -> str:
    return str(exc).split(": ", 1)[1] if ": " in str(exc) else str(exc)
