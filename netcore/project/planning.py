"""What a start needs, checked in one place: ``plan_run`` turns the project and the settings a
student chose into a plan the engine can run, or a ``PlanProblem`` saying what is missing.

The window's Start and Step, and anything else that trains the project, ask the same question
and get the same answer; the panel only shows the message or starts the session.

The messages are the window's own templates (context ``TrainingPanel``), so the translations
the window already ships apply to them.
"""

from __future__ import annotations

import dataclasses
import os
import time
from dataclasses import dataclass

from netcore.datasets.sources import DatasetSource
from netcore.i18n import translate
from netcore.network.spec import NetworkSpec
from netcore.project.model import Project, Weights, WeightSource
from netcore.training.config import TrainConfig


class PlanProblem(ValueError):
    """A start that cannot happen, with the message a student reads.

    Attributes:
        code: Which rule refused ("running", "no_dataset", "network_problems",
            "no_hand_weights", "replay_without_start"), for callers that react to one.
        kind: "info" (something to choose first) or "error" (something to fix).
    """

    def __init__(self, message: str, code: str, kind: str = "info") -> None:
        super().__init__(message)
        self.code = code
        self.kind = kind


@dataclass(frozen=True)
class RunPlan:
    """A start that passed every check: what the engine is given.

    Attributes:
        spec: The network to train (a copy).
        dataset: Where the data comes from.
        config: The settings as the run uses them (a replay's seed, a per-run TensorBoard
            folder).
        initial_weights: The weights to start from (set by hand, or a replayed run's start);
            None for Keras's initialisers (or zeros, as the settings say).
        replay_of: The 0-based index of the run whose start this one reuses, or None.
    """

    spec: NetworkSpec
    dataset: DatasetSource
    config: TrainConfig
    initial_weights: Weights | None = None
    replay_of: int | None = None


def plan_run(
    project: Project,
    config: TrainConfig,
    replay: int | None = None,
    *,
    running: str | None = None,
    problems: int | None = None,
    now: float | None = None,
) -> RunPlan:
    """Check a start and make its plan.

    Args:
        project: The project as it is now.
        config: The training settings chosen (already valid as settings).
        replay: Start exactly as run ``replay`` (0-based) did: its initial weights and seed,
            so the split and the shuffling match too; None for a new start.
        running: What holds the run gate, if anything (``RunGate.running``).
        problems: How many errors the network has, when the caller has analysed it already
            (the editor does on every edit); None analyses it here.
        now: The time that names a TensorBoard run folder (seconds since the epoch; tests).

    Returns:
        The plan.

    Raises:
        PlanProblem: The first rule the start breaks, in the order a student meets them.
    """
    if running is not None:
        raise PlanProblem(
            translate("TrainingPanel", "{what} is running: stop it or let it finish first.").format(
                what=running
            ),
            "running",
        )
    if project.dataset is None:
        raise PlanProblem(
            translate("TrainingPanel", "Choose a dataset in the toolbar first."), "no_dataset"
        )
    if problems is None:
        from netcore.network.analysis import analyze

        problems = len(analyze(project.spec).errors)
    if problems:
        raise PlanProblem(
            translate(
                "TrainingPanel",
                "The network has problems (see the Problems list); fix them before training.",
            ),
            "network_problems",
            "error",
        )
    initial = None
    if config.initial_weights == "hand":
        if project.weight_source is not WeightSource.HAND_SET or project.weights is None:
            raise PlanProblem(
                translate(
                    "TrainingPanel",
                    "No hand-set weights yet: set them in the Weights tab, or choose other "
                    "initial weights.",
                ),
                "no_hand_weights",
            )
        initial = project.weights
    if replay is not None:  # the same weights, split and shuffling as that run
        runs = project.runs
        if not 0 <= replay < len(runs) or runs[replay].start is None:
            raise PlanProblem(
                translate(
                    "TrainingPanel",
                    "Run {n} did not keep its starting weights (only the latest runs do): "
                    "choose new random weights or a later run.",
                ).format(n=replay + 1),
                "replay_without_start",
            )
        initial = runs[replay].start
        config = dataclasses.replace(config, seed=runs[replay].seed)
    if config.tensorboard_dir:  # one subfolder per run, so TensorBoard shows them side by side
        stamp = time.strftime("run-%Y%m%d-%H%M%S", time.localtime(now))
        config = dataclasses.replace(
            config, tensorboard_dir=os.path.join(config.tensorboard_dir, stamp)
        )
    return RunPlan(project.spec.copy(), project.dataset, config, initial, replay)
