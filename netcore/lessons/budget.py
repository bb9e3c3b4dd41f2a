"""What a lesson asks of the machine, worked out when it is loaded and without Keras: the
networks its steps set up (counted by the shape rules), the networks it trains or runs on data
(parameters, the trainer's own memory estimate, epochs × examples). A lesson past a limit is
refused with the step, the field, the figure and the limit, before anything is built; the
window and the verifier never start what a lab machine cannot finish.

The steps are followed as the verifier plays them: each step's set-up, then its solution, on
top of what the earlier steps left.
"""

from __future__ import annotations

import contextlib
import copy
from dataclasses import dataclass, replace
from typing import Any

from netcore.lessons.limits import (
    IMAGE_TRAIN_EXAMPLES,
    MAX_EPOCHS,
    MAX_EXAMPLES_SEEN,
    MAX_LESSON_WORK,
    MAX_MODEL_PARAMETERS,
    MAX_NETWORK_PARAMETERS,
    MAX_STEP_WORK,
)

_PREDICTS = ("truth_table", "accuracy")  # checks that run the network on data


@dataclass
class _Situation:
    spec: Any = None  # NetworkSpec
    origin: str = ""  # where the network came from, for messages
    params: int = 0
    config: Any = None  # TrainConfig
    dataset: str = ""
    options: dict | None = None
    work: int = 0  # parameters × examples trained so far in the lesson


def check_resources(steps, fail) -> None:
    """Refuse a lesson whose steps ask for more than the limits; ``fail(n, where, message)``."""
    from netcore.training.config import TrainConfig

    now = _Situation(config=TrainConfig())
    for n, step in enumerate(steps):
        for part in ("setup", "solution"):
            table = getattr(step, part)
            _network(now, table, part, n, fail)
            _settings(now, table, part, n, fail)
            weights = table.get("weights", "random")
            if weights != "random":
                _model_fits(now, n, f"{part}.weights", "sets the weights of", fail)
        from netcore.lessons.checks import CHECKS

        kind = step.check.kind if step.check is not None else ""
        if step.train or (kind and CHECKS[kind].needs_run):
            _training_fits(now, n, "train" if step.train else "check.kind", fail)
        elif kind in _PREDICTS:
            _model_fits(now, n, "check.kind", "runs", fail)


def _network(now: _Situation, table: dict, part: str, n: int, fail) -> None:
    from netcore.lessons.tables import network

    if "network" in table:
        now.spec = network(table["network"], part, lambda w, m: fail(n, w, m))
        now.origin = f"step {n + 1}, {part}.network"
        _count(now, n, f"{part}.network", fail)
    elif "preset" in table:
        from netcore.network.spec import load as load_spec
        from netcore.resources import preset_paths

        now.spec = load_spec(preset_paths()[table["preset"]])
        now.origin = f"the preset '{table['preset']}'"
        _count(now, n, f"{part}.preset", fail)
    if table.get("set") and now.spec is not None:
        from netcore.network import editing

        spec = now.spec.copy()
        for edit in table["set"]:
            # an edit that does not apply is said when the step is applied (the network may
            # differ by then); here only what the edits that apply make of the network counts
            with contextlib.suppress(KeyError, ValueError):
                editing.set_param(spec, edit["layer"], edit["param"], edit["value"])
        now.spec, now.origin = spec, f"step {n + 1}, {part}.set"
        _count(now, n, f"{part}.set", fail)


def _count(now: _Situation, n: int, where: str, fail) -> None:
    from netcore.network.analysis import analyze

    now.params = analyze(now.spec).total_params
    if now.params > MAX_NETWORK_PARAMETERS:
        fail(
            n,
            where,
            f"the network has {now.params:,} parameters "
            f"({now.params * 4 / 2**30:,.1f} GB of weights); a lesson's networks have at most "
            f"{MAX_NETWORK_PARAMETERS:,}. Use fewer units or filters.",
        )


def _settings(now: _Situation, table: dict, part: str, n: int, fail) -> None:
    from netcore.training.config import ConfigError, TrainConfig

    if "training" in table:
        merged = {**copy.deepcopy(now.config.__dict__), **table["training"]}
        try:
            now.config = TrainConfig.from_dict(merged)
        except ConfigError as exc:
            fail(n, f"{part}.training", "; ".join(str(exc).splitlines()))
        if now.config.epochs > MAX_EPOCHS:
            fail(
                n,
                f"{part}.training.epochs",
                f"{now.config.epochs:,} epochs; a lesson trains at most {MAX_EPOCHS:,} in a step",
            )
    if "dataset" in table:
        now.dataset, now.options = table["dataset"], dict(table.get("dataset_options", {}))


def _model_fits(now: _Situation, n: int, where: str, what: str, fail) -> None:
    if now.spec is not None and now.params > MAX_MODEL_PARAMETERS:
        fail(
            n,
            where,
            f"the step {what} a network of {now.params:,} parameters ({now.origin}); a lesson "
            f"builds and runs networks of at most {MAX_MODEL_PARAMETERS:,}. Count the larger "
            "ones with param_count instead.",
        )


def _training_fits(now: _Situation, n: int, where: str, fail) -> None:
    """The trainer's own checks, made now: parameters, its memory estimate, and the work."""
    from netcore.network.analysis import analyze
    from netcore.training.plan import PlanError, check_memory

    if now.spec is None:
        return
    _model_fits(now, n, where, "trains", fail)
    examples = _training_examples(now)
    if examples is None:
        return
    config = now.config
    seen = examples * config.epochs
    if seen > MAX_EXAMPLES_SEEN:
        fail(
            n,
            where,
            f"the step trains {config.epochs:,} epochs of {examples:,} examples ({seen:,} in "
            f"all); a lesson step trains at most {MAX_EXAMPLES_SEEN:,}. Use fewer epochs or "
            "a smaller dataset.",
        )
    work = now.params * seen
    now.work += work
    if work > MAX_STEP_WORK or now.work > MAX_LESSON_WORK:
        limit, what = (
            (MAX_STEP_WORK, "a step") if work > MAX_STEP_WORK else (MAX_LESSON_WORK, "a lesson")
        )
        fail(
            n,
            where,
            f"the step trains {now.params:,} parameters on {seen:,} examples "
            f"({work:.2g} parameter-examples; {now.work:.2g} in the lesson so far); {what} "
            f"trains at most {limit:.2g}, so that it ends within minutes. Use a smaller "
            "network, fewer epochs or a smaller dataset.",
        )
    try:
        check_memory(analyze(now.spec), config.batch_for(examples), replace(config))
    except PlanError as exc:
        fail(n, where, f"the step's {exc}")


def _training_examples(now: _Situation) -> int | None:
    """The training examples of the step's dataset, from its options (no data is loaded)."""
    from netcore.datasets import mnist, sequences, toys
    from netcore.datasets.registry import ENTRIES

    entry = ENTRIES.get(now.dataset)
    if entry is None:
        return None
    if entry.kind == "gate":
        return 4
    if entry.kind in ("toy", "regression"):
        options = {**toys.TOY_DEFAULTS, **(now.options or {})}
        return max(int(options["n"] * (1 - options["test_fraction"])), 1)
    if entry.kind == "sequence" and now.dataset != "mnist_rows":
        options = {**sequences.SEQUENCE_DEFAULTS, **(now.options or {})}
        return max(int(options["n"] * (1 - options["test_fraction"])), 1)
    if now.dataset == "mnist_ink":
        return mnist.INK_TRAIN
    return IMAGE_TRAIN_EXAMPLES
