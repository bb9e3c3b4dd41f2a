"""``layerlab lessons --verify``: every step of every lesson set up headlessly, its reference
solution applied (training where the check looks at a run) and its check evaluated."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from netcore.datasets.errors import DatasetError
from netcore.lessons.checks import CHECKS
from netcore.lessons.format import Lesson
from netcore.lessons.state import StepError, apply, evaluate, train
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
