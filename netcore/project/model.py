"""The project: everything a student's work consists of, as one typed value.

The network, where the data comes from, the training settings, the weights with where they came
from, and the runs. The window's ``ProjectState`` owns one of these; the ``.layerlab`` file
(``fileformat``) and ``layerlab train --project`` write it; lessons set it up.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

import numpy as np

from netcore.datasets.sources import DatasetSource
from netcore.i18n import translate
from netcore.network.spec import NetworkSpec
from netcore.training.config import ConfigError, TrainConfig
from netcore.training.history import RunRecord

Weights = dict[str, list[np.ndarray]]


class WeightSource(enum.Enum):
    """Where the weights the viewers show came from."""

    UNTRAINED = "untrained"  # Keras's seeded initial weights (none stored)
    TRAINING = "training"  # a live snapshot of a run in progress
    TRAINED = "trained"  # the end of a run
    HAND_SET = "hand-set"  # numbers typed in Weights by hand
    FILE = "file"  # a .keras or .weights.h5 file


@dataclass
class Project:
    """A student's project.

    Attributes:
        spec: The network.
        dataset: Where the data comes from (None: not chosen yet).
        training: The training settings.
        weights: Layer id → weight arrays, or None for Keras's initial weights.
        weight_source: Where ``weights`` came from.
        weight_note: Details for the student, e.g. the file name or the test accuracy.
        runs: Training runs, oldest first.
        model_bytes: The trained model as a ``.keras`` file's bytes (kept with trained weights,
            so ``layerlab predict`` and exports can use it).
    """

    spec: NetworkSpec
    dataset: DatasetSource | None = None
    training: TrainConfig = field(default_factory=TrainConfig)
    weights: Weights | None = field(default=None, repr=False)
    weight_source: WeightSource = WeightSource.UNTRAINED
    weight_note: str = ""
    runs: list[RunRecord] = field(default_factory=list)
    model_bytes: bytes | None = field(default=None, repr=False)

    @property
    def latest_run(self) -> RunRecord | None:
        return self.runs[-1] if self.runs else None

    def contents(self) -> list[str]:
        """What the project holds, in words (``layerlab project``)."""
        parts = [f"network '{self.spec.name}' ({len(self.spec.layers)} layers)"]
        if self.dataset is not None:
            parts.append(f"dataset {self.dataset.title()}")
        parts.append("training settings")
        if self.weights is not None:
            parts.append(f"weights ({self.weight_source.value})")
        if self.runs:
            parts.append(f"{len(self.runs)} run{'s' if len(self.runs) != 1 else ''}")
        if self.model_bytes:
            parts.append("trained model")
        return parts


def new_project(spec: NetworkSpec, usual: TrainConfig) -> tuple[Project, str]:
    """A new project of ``spec``, trained as the network recommends (its ``training``: the
    LeNet-5 preset brings Adam with a cosine schedule for 5 epochs, the lecture's MLP SGD 0.1
    with batches of 128 for 40 epochs) over the ``usual`` settings. Settings that cannot be
    used leave the usual ones, and the second value says why ("" when all is well): the
    network opens either way."""
    if not spec.training:
        return Project(spec, training=usual), ""
    source = translate("Project", "the training settings of '{name}'").format(name=spec.name)
    try:
        training = usual.with_settings(spec.training, source)
    except ConfigError as exc:
        problem = translate("Project", "{problem}. The usual settings are used instead.")
        return Project(spec, training=usual), problem.format(problem=exc)
    return Project(spec, training=training), ""


def structure(spec: NetworkSpec) -> dict:
    """What decides the weights: layers, parameters, connections (not layout, name, notes).
    Two specs with equal structures take the same weights."""
    data = spec.to_dict()
    for key in ("layout", "name", "description", "training"):
        data.pop(key, None)
    return data


def weights_problem(spec: NetworkSpec, weights: Weights) -> str | None:
    """Why ``weights`` cannot belong to ``spec`` (a layer it lacks, or a different number of
    numbers in a layer), or None when they fit. Pure Python: the parameter counts come from
    the shape analysis, so a project's weights are checked without TensorFlow."""
    from netcore.network.analysis import analyze

    analysis = analyze(spec)
    for layer_id, arrays in weights.items():
        info = analysis.layers.get(layer_id)
        if info is None:
            return f"the saved weights are for a layer '{layer_id}' this network does not have"
        have = sum(int(np.asarray(a).size) for a in arrays)
        need = info.trainable + info.non_trainable
        if info.output_shape is not None and have != need:
            return (
                f"layer '{layer_id}' has {need:,} weights, but {have:,} were saved for it: the "
                "weights belong to another network"
            )
    return None
