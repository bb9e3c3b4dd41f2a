"""A lesson step applied to the project of [1/8]: its set-up (network, dataset, training
settings, hand-set weights), its reference solution ("Show me"), headless training when the
check looks at a run, and the check itself."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

import numpy as np

from netcore.datasets.errors import DatasetError
from netcore.datasets.sources import DatasetSource
from netcore.lessons.checks import CHECKS, Result
from netcore.lessons.format import Step
from netcore.limits import LimitError
from netcore.network import editing
from netcore.network.analysis import analyze
from netcore.network.problems import SpecError
from netcore.network.spec import FORMAT, VERSION, NetworkSpec
from netcore.network.spec import load as load_spec
from netcore.project.model import Project, WeightSource
from netcore.resources import preset_paths
from netcore.training.config import TrainConfig


class StepError(ValueError):
    """A set-up or solution that cannot be applied (a preset that does not exist, weights of
    the wrong size…): names what and why."""


@dataclass
class Situation:
    """What a check looks at: the project and the student's answer to the step's question."""

    project: Project
    answer: Any = None
    _cache: dict = field(default_factory=dict)

    @cached_property
    def analysis(self):
        return analyze(self.project.spec)

    def classified(self, split: str = "all") -> tuple[int, int, str]:
        """(right, total, the first wrong rows in words) for the current weights."""
        from netcore.datasets.registry import load_dataset
        from netcore.introspection import Inspector
        from netcore.training.evaluation import predicted_classes

        if self.project.dataset is None:
            raise StepError("the step has no dataset to check against")
        source = self.project.dataset
        data = load_dataset(source.name or source.path, **source.options)
        x = {"test": data.x_test, "train": data.x_train}.get(split)
        y = {"test": data.y_test, "train": data.y_train}.get(split)
        if x is None:
            x = np.concatenate([data.x_train, data.x_test])
            y = np.concatenate([data.y_train, data.y_test])
            if len(x) <= 64:  # a truth table: each row once
                x, index = np.unique(x, axis=0, return_index=True)
                y = y[index]
        predicted = predicted_classes(Inspector(self.project.spec, self.project.weights).predict(x))
        wrong = [i for i in range(len(x)) if predicted[i] != int(y[i])]
        words = ", ".join(
            "(" + ", ".join(f"{v:g}" for v in np.ravel(x[i])) + f") → {int(predicted[i])}"
            for i in wrong[:3]
        )
        return len(x) - len(wrong), len(x), words


def evaluate(step: Step, project: Project, answer: Any = None) -> Result:
    """The step's check on the project; what keeps it from being made (no dataset, a network
    too large to run, data that is not installed) is a failed result that says so."""
    if step.check is None:
        return Result(True, "✓ nothing to check: read on")
    try:
        return CHECKS[step.check.kind].evaluate(Situation(project, answer), step.check.args)
    except (StepError, DatasetError, LimitError) as exc:
        return Result(False, str(exc))


# --------------------------------------------------------------------------- set-up


def _network(value: Any, where: str) -> NetworkSpec:
    if isinstance(value, str):
        paths = preset_paths()
        if value not in paths:
            raise StepError(f"{where}: no preset '{value}'; the presets are {', '.join(paths)}")
        return load_spec(paths[value])
    data = {"format": FORMAT, "version": VERSION, **value}
    return NetworkSpec.from_dict(data, where)


def _weights(value: Any, spec: NetworkSpec, where: str):
    """'random' → None (Keras's seeded start), 'zeros', or {layer: {kernel, bias}}."""
    if value == "random":
        return None, WeightSource.UNTRAINED
    from netcore.introspection import Inspector

    current = Inspector(spec).weights()
    if value == "zeros":
        return {k: [np.zeros_like(a) for a in v] for k, v in current.items()}, WeightSource.HAND_SET
    if not isinstance(value, dict):
        raise StepError(f"{where}: weights must be 'random', 'zeros' or a table of layers")
    for layer, arrays in value.items():
        if not isinstance(arrays, dict):
            raise StepError(f"{where}: {layer} must be a table of kernel and bias")
        if layer not in current:
            raise StepError(f"{where}: the network has no layer '{layer}' with weights")
        for n, name in enumerate(("kernel", "bias")):
            if name in arrays:
                try:
                    got = np.asarray(arrays[name], dtype=np.float32)
                except (TypeError, ValueError):
                    raise StepError(f"{where}: {layer}.{name} is not an array of numbers") from None
                if got.shape != current[layer][n].shape:
                    raise StepError(
                        f"{where}: {layer}.{name} is {got.shape}, the layer needs "
                        f"{current[layer][n].shape}"
                    )
                current[layer][n] = got
    return current, WeightSource.HAND_SET


def apply(project: Project, changes: dict[str, Any], where: str) -> Project:
    """A copy of the project with a step's set-up or solution applied.

    Raises:
        StepError: What cannot be applied to this project, and why. The lesson was checked
            when it was loaded; this is what only the project of the moment can tell.
    """
    try:
        return _apply(project, changes, where)
    except (SpecError, DatasetError, LimitError) as exc:
        raise StepError(f"{where}: {exc}") from None


def _apply(project: Project, changes: dict[str, Any], where: str) -> Project:
    project = replace(project, spec=project.spec.copy(), runs=list(project.runs))
    if "preset" in changes or "network" in changes:
        project.spec = _network(changes.get("network", changes.get("preset")), where)
        project.weights, project.weight_source, project.model_bytes = (
            None,
            WeightSource.UNTRAINED,
            None,
        )
    for edit in changes.get("set", []):
        try:
            editing.set_param(project.spec, edit["layer"], edit["param"], edit["value"])
        except (KeyError, TypeError, editing.EditError) as exc:
            raise StepError(f"{where}: cannot set {edit}: {exc}") from None
    if "dataset" in changes:
        project.dataset = DatasetSource(
            name=changes["dataset"], options=changes.get("dataset_options", {})
        )
    if "training" in changes:
        try:
            project.training = TrainConfig.from_dict(
                {**_plain(project.training), **changes["training"]}
            )
        except ValueError as exc:
            raise StepError(f"{where}: training: {exc}") from None
    if "weights" in changes:
        project.weights, project.weight_source = _weights(changes["weights"], project.spec, where)
    return project


def _plain(config: TrainConfig) -> dict:
    data = copy.deepcopy(config.__dict__)
    return data


def train(project: Project, epochs: int | None = None, quick: bool = False) -> Project:
    """Train the project's network headlessly (the verifier, and 'Show me' for a training step);
    the run and its weights go into the project as the window would put them. ``quick``: skip
    compiling with XLA (the compile costs more than it saves on a short verification run)."""
    from netcore.datasets.registry import load_dataset
    from netcore.training.engine import SetupError, prepare
    from netcore.training.outcome import train_outcome

    config = project.training if epochs is None else replace(project.training, epochs=epochs)
    if quick:
        config = replace(config, xla=False)
    if config.initial_weights == "hand" and project.weights is None:
        config = replace(config, initial_weights="random")
    if project.dataset is None:
        raise StepError("the step trains but has no dataset")
    data = load_dataset(project.dataset.name, **project.dataset.options)
    start = project.weights if config.initial_weights == "hand" else None
    try:
        prepared = prepare(project.spec, data, config, initial_weights=start)
    except SetupError as exc:
        raise StepError(str(exc)) from None
    outcome = train_outcome(prepared, keep_model=False)
    if outcome.failed:
        raise StepError(f"training failed: {outcome.final.message}")
    project = replace(project, runs=[*project.runs, outcome.record])
    if outcome.trained:  # a run whose loss became NaN leaves the weights as they were
        project.weights, project.weight_source = outcome.weights, WeightSource.TRAINED
    return project


# --------------------------------------------------------------------------- playing


def step_hides(step: Step) -> tuple[str, ...]:
    """The quantities a step keeps hidden (``Step.hide``); a lesson read by an older format
    module has none."""
    names = getattr(step, "hide", ()) or ()
    return tuple(name for name in names if isinstance(name, str))


def hidden(step: Step | None, answered: bool, passed: bool) -> frozenset[str]:
    """What the views keep hidden now: the step's ``hide`` list until the student has given
    an answer (or a prediction) or the step has passed; then everything shows again, so the
    student compares their answer with the numbers."""
    if step is None or answered or passed:
        return frozenset()
    return frozenset(step_hides(step))


#: Passed steps whose project is kept (the latest ones). A lesson has a handful of steps; 24
#: covers going back through the last few lessons, while a class that passes every step of
#: every lesson never holds more than 24 projects (each bounded by MAX_BUILD_PARAMETERS).
MAX_SNAPSHOTS = 24
#: And at most this many bytes of weights and saved models among them: the shipped lessons'
#: trained networks weigh a few MB, a teacher's large one cannot make going back hold GBs.
MAX_SNAPSHOT_BYTES = 256 * 2**20


@dataclass
class Snapshots:
    """The project as the student passed each step, per lesson, for as long as the window is
    open: going back to a passed step shows what the student built, not the step's set-up."""

    kept: dict[tuple[str, int], Project] = field(default_factory=dict)

    def keep(self, lesson_id: str, index: int, project: Project) -> None:
        self.kept.pop((lesson_id, index), None)
        self.kept[(lesson_id, index)] = _copy(project)
        while len(self.kept) > MAX_SNAPSHOTS or (
            len(self.kept) > 1 and sum(map(_bytes, self.kept.values())) > MAX_SNAPSHOT_BYTES
        ):  # the oldest pass goes first
            del self.kept[next(iter(self.kept))]

    def restore(self, lesson_id: str, index: int) -> Project | None:
        """A copy of the project kept for that step (the kept one stays as it was), or None."""
        project = self.kept.get((lesson_id, index))
        return None if project is None else _copy(project)


def _bytes(project: Project) -> int:
    weights = project.weights or {}
    arrays = sum(np.asarray(a).nbytes for v in weights.values() for a in v)
    return arrays + len(project.model_bytes or b"")


def _copy(project: Project) -> Project:
    weights = project.weights
    if weights is not None:
        weights = {k: [np.array(a, copy=True) for a in v] for k, v in weights.items()}
    return replace(
        project,
        spec=project.spec.copy(),
        runs=list(project.runs),
        training=copy.deepcopy(project.training),
        weights=weights,
    )
