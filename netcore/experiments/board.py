"""The experiment board: up to four runs of one network on one dataset that differ only in the
settings the student picks (learning rate, optimizer, batch size, activation, initialisation,
dropout…), trained one after another from the **same initial weights and seed**, with a results
table (settings, best validation accuracy, test accuracy, time) that exports as CSV."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from netcore.network import editing
from netcore.network.spec import NetworkSpec
from netcore.training.config import TrainConfig

MAX_RUNS = 4
TRAINING_KEYS = ("optimizer", "learning_rate", "momentum", "batch_size", "epochs", "loss")
NETWORK_KEYS = ("activation", "kernel_initializer", "dropout")


class BoardError(ValueError):
    """A variant the board cannot run (names the run and the setting)."""


@dataclass
class Variant:
    """One run: a label and what differs from the base (training settings by name; for the
    network, ``activation`` of the hidden layers, ``kernel_initializer`` of every layer with
    weights, ``dropout`` rate of the Dropout layers)."""

    label: str
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass
class RunResult:
    label: str
    settings: dict[str, Any]
    history: list[dict[str, float]]
    test: dict[str, float] | None
    seconds: float
    reason: str
    initial: dict[str, list[np.ndarray]] | None = field(default=None, repr=False)
    weights: dict[str, list[np.ndarray]] | None = field(default=None, repr=False)
    probabilities: np.ndarray | None = field(default=None, repr=False)

    @property
    def best_val_accuracy(self) -> float | None:
        values = [row["val_accuracy"] for row in self.history if "val_accuracy" in row]
        return max(values) if values else None

    @property
    def test_accuracy(self) -> float | None:
        return None if self.test is None else self.test.get("accuracy")


def variant_network(spec: NetworkSpec, changes: dict[str, Any], label: str) -> NetworkSpec:
    spec = spec.copy()
    output = spec.output_id()
    try:
        for layer in spec.layers:
            has = set(layer.params) | set(_defaults(layer.type))
            if "activation" in changes and "activation" in has and layer.id != output:
                editing.set_param(spec, layer.id, "activation", changes["activation"])
            if "kernel_initializer" in changes and "kernel_initializer" in has:
                editing.set_param(
                    spec, layer.id, "kernel_initializer", changes["kernel_initializer"]
                )
            if "dropout" in changes and layer.type == "Dropout":
                editing.set_param(spec, layer.id, "rate", float(changes["dropout"]))
    except editing.EditError as exc:
        raise BoardError(f"{label}: {exc}") from None
    return spec


def _defaults(layer_type: str) -> dict:
    from netcore.network.catalog import CATALOG

    entry = CATALOG.get(layer_type)
    return {p.name: p.default for p in entry.params} if entry else {}


def run_board(
    spec: NetworkSpec,
    dataset,
    config: TrainConfig,
    variants: list[Variant],
    on_progress: Callable[[int, Any], None] | None = None,
    stop: Callable[[], bool] | None = None,
    control: Any = None,
) -> list[RunResult]:
    """Train every variant, one after another, from the base network's initial weights (made
    once with the config's seed) — unless the variant changes the initialisation itself.
    ``control`` (a TrainingControl) stops the current run; ``stop()`` ends the board after it."""
    from netcore.introspection import Inspector
    from netcore.training.engine import SetupError, prepare
    from netcore.training.events import TrainingControl
    from netcore.training.outcome import train_outcome

    if not 1 <= len(variants) <= MAX_RUNS:
        raise BoardError(f"the board compares 1 to {MAX_RUNS} runs, not {len(variants)}")
    initial = Inspector(spec, seed=config.seed).weights()
    results = []
    for n, variant in enumerate(variants):
        unknown = [k for k in variant.changes if k not in TRAINING_KEYS + NETWORK_KEYS]
        if unknown:
            raise BoardError(
                f"{variant.label}: '{unknown[0]}' is not a setting the board varies; use "
                + ", ".join(TRAINING_KEYS + NETWORK_KEYS)
            )
        training = {k: v for k, v in variant.changes.items() if k in TRAINING_KEYS}
        net = variant_network(spec, variant.changes, variant.label)
        own_init = "kernel_initializer" in variant.changes
        cfg = replace(config, **training, initial_weights="random" if own_init else "hand")
        start = None if own_init else {k: [a.copy() for a in v] for k, v in initial.items()}
        try:
            prepared = prepare(net, dataset, cfg, initial_weights=start)
        except SetupError as exc:
            raise BoardError(f"{variant.label}: {exc}") from None
        run_control = control if control is not None else TrainingControl()
        listener = (lambda event, n=n: on_progress(n, event)) if on_progress else None
        began = time.perf_counter()
        outcome = train_outcome(prepared, listener, run_control, keep_model=False)
        seconds = time.perf_counter() - began
        if outcome.failed:
            results.append(
                RunResult(variant.label, dict(variant.changes), [], None, seconds, "failed")
            )
            continue
        record = outcome.record
        results.append(
            RunResult(
                variant.label,
                dict(variant.changes),
                record.epochs,
                record.test,
                seconds,
                record.reason,
                start,
                outcome.weights,
                record.test_probabilities,
            )
        )
        if stop is not None and stop():
            break
    return results


def results_csv(results: list[RunResult]) -> str:
    """The results table: run, settings, best validation accuracy, test accuracy, seconds."""
    keys = sorted({k for r in results for k in r.settings})
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["run", *keys, "best_val_accuracy", "test_accuracy", "test_loss", "seconds", "ended"]
    )
    for r in results:
        writer.writerow(
            [
                r.label,
                *[r.settings.get(k, "") for k in keys],
                "" if r.best_val_accuracy is None else f"{r.best_val_accuracy:.4f}",
                "" if r.test_accuracy is None else f"{r.test_accuracy:.4f}",
                "" if not r.test else f"{r.test.get('loss', float('nan')):.4f}",
                f"{r.seconds:.2f}",
                r.reason,
            ]
        )
    return out.getvalue()
