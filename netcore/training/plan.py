"""Before any Keras work: does this network fit this dataset and this loss, and will it fit in
memory? Pure Python, so the editor can show the same messages without TensorFlow.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from netcore.network.analysis import Analysis
from netcore.network.catalog import shape_text
from netcore.network.outputs import wanted_output
from netcore.training.config import TrainConfig


class PlanError(ValueError):
    """The network, dataset and settings cannot train together; says what to change."""


@dataclass(frozen=True)
class TaskPlan:
    """How the targets, loss and metrics are set up for one network + dataset.

    Attributes:
        loss: The Keras loss name.
        loss_label: The name shown to students.
        targets: How labels become targets: "sparse" (class indices), "binary" (0/1 column),
            "onehot" (for MSE/MAE on several classes) or "values" (regression).
        metrics: Keras metric names; "accuracy" is always reported as "accuracy".
    """

    loss: str
    loss_label: str
    targets: str
    metrics: tuple[str, ...]

    @property
    def has_accuracy(self) -> bool:
        return "accuracy" in self.metrics


def _output_activation(analysis: Analysis) -> str:
    info = analysis.layers[analysis.output_id]
    if info.params and "activation" in info.params:
        return info.params["activation"]
    # An Activation layer, or a layer after one (Dropout...): look back through one-input layers
    while info.params is not None and "activation" not in info.params and info.inputs:
        source = info.inputs[0]
        if source not in analysis.layers:
            break
        info = analysis.layers[source]
        if info.params and "activation" in info.params:
            return info.params["activation"]
    return "linear"


def _segmentation_plan(analysis, input_shape, config: TrainConfig, title: str) -> TaskPlan:
    """A mask per example (ink or not, pixel by pixel): the output is an image of the input's
    size with one sigmoid channel, trained with binary cross-entropy on every pixel."""
    out_id, out_shape = analysis.output_id, tuple(analysis.output_shape)
    want = tuple(input_shape[:-1]) + (1,)
    if out_shape != want:
        raise PlanError(
            f"{out_id}: the output is {shape_text(out_shape)}, but {title} has a mask of "
            f"{shape_text(want)} per example; end with a 1×1 Conv2D of 1 filter and 'sigmoid' "
            "at the input's size (UpSampling2D or Conv2DTranspose bring the size back)"
        )
    act = _output_activation(analysis)
    if act != "sigmoid":
        raise PlanError(
            f"{out_id}: each mask pixel is ink or not; use activation 'sigmoid' (not '{act}')"
        )
    loss = "binary_crossentropy" if config.loss == "auto" else config.loss
    if loss == "categorical_crossentropy":
        raise PlanError("a mask has one yes/no value per pixel: use binary cross-entropy")
    label = "binary cross-entropy per pixel" if loss == "binary_crossentropy" else loss.upper()
    extra = tuple(m for m in config.metrics if m != "accuracy")
    return TaskPlan(loss, label, "mask", ("accuracy", *extra))


def plan_task(
    analysis: Analysis,
    dataset_input_shape: tuple[int, ...],
    task: str,
    num_classes: int,
    target_width: int,
    config: TrainConfig,
    dataset_title: str = "the dataset",
) -> TaskPlan:
    """Check that the network fits the dataset and the loss; choose targets and metrics.

    Args:
        analysis: The network's analysis (must be free of errors).
        dataset_input_shape: One example's shape.
        task: "classification" or "regression".
        num_classes: Number of classes (classification).
        target_width: 1 for a scalar regression target, k for k targets.
        config: The training settings (its ``loss`` and ``metrics``).
        dataset_title: For messages.

    Raises:
        PlanError: With one line per problem, each saying what to change.
    """
    out_id = analysis.output_id
    in_shape = analysis.input_shape
    if tuple(in_shape) != tuple(dataset_input_shape):
        hint = ""
        if len(dataset_input_shape) == 3 and len(in_shape) == 1:
            hint = "; set input_shape to the images' shape and add a Flatten before Dense layers"
        elif len(dataset_input_shape) == 1:
            hint = f"; set input_shape to {list(dataset_input_shape)}"
        raise PlanError(
            f"the network's input {shape_text(in_shape)} does not match {dataset_title}'s examples "
            f"{shape_text(tuple(dataset_input_shape))}{hint}"
        )
    out_shape = analysis.output_shape
    for aux in analysis.aux_ids:
        aux_shape = analysis.layers[aux].output_shape
        if aux_shape != out_shape:
            raise PlanError(
                f"{aux}: the auxiliary output gives {shape_text(aux_shape)} but the main output "
                f"'{out_id}' gives {shape_text(out_shape)}; every output learns the same targets, "
                "so give it the same units and activation"
            )
    if task == "segmentation":
        return _segmentation_plan(analysis, dataset_input_shape, config, dataset_title)
    if len(out_shape) != 1:
        raise PlanError(
            f"{out_id}: the output is {shape_text(out_shape)}, but training needs one vector per "
            "example; add Flatten (or GlobalAveragePooling2D) and a Dense output layer"
        )
    units = out_shape[0]
    act = _output_activation(analysis)
    loss = config.loss
    extra = tuple(m for m in config.metrics if m != "accuracy")

    if task == "regression":
        if loss in ("categorical_crossentropy", "binary_crossentropy"):
            raise PlanError(
                f"{loss.replace('_', ' ')} is for classes, but {dataset_title} is a regression "
                "task; use loss mse or mae"
            )
        if units != target_width:
            units_w, act_w = wanted_output("regression", 0, target_width)
            raise PlanError(
                f"{out_id}: {units} units, but {dataset_title} has {target_width} target value(s) "
                f"per example; use units={units_w} with '{act_w}'"
            )
        if act in ("softmax", "sigmoid"):
            raise PlanError(
                f"{out_id}: a {act} output can only give values in (0, 1); for regression use "
                "activation 'linear'"
            )
        loss = "mse" if loss == "auto" else loss
        metrics = tuple(dict.fromkeys(("mae", *extra)))
        return TaskPlan(loss, loss.upper(), "values", metrics)

    k = num_classes
    units_w, act_w = wanted_output("classification", k)
    fit = f"use units={units_w} with '{act_w}'" + (" or units=2 with 'softmax'" if k == 2 else "")
    if units == 1 and k > 2:
        raise PlanError(
            f"{out_id}: 1 unit cannot tell {k} classes apart; {fit} and categorical cross-entropy"
        )
    if units not in (1, k):
        raise PlanError(f"{out_id}: {units} units, but {dataset_title} has {k} classes; {fit}")
    if loss == "auto":
        loss = "binary_crossentropy" if units == 1 else "categorical_crossentropy"
    if loss == "binary_crossentropy":
        if units != 1:
            raise PlanError(
                f"binary cross-entropy is for one sigmoid unit (yes/no), but {out_id} has {units} "
                f"{act} units for {k} classes; use categorical cross-entropy"
            )
        if act != "sigmoid":
            raise PlanError(
                f"{out_id}: binary cross-entropy needs a probability; use activation 'sigmoid' "
                f"(not '{act}')"
            )
        return TaskPlan(
            "binary_crossentropy", "binary cross-entropy", "binary", ("accuracy", *extra)
        )
    if loss == "categorical_crossentropy":
        if units == 1:
            raise PlanError(
                f"{out_id}: categorical cross-entropy needs one unit per class ({k}); "
                "with 1 sigmoid unit use binary cross-entropy"
            )
        if act != "softmax":
            raise PlanError(
                f"{out_id}: categorical cross-entropy needs class probabilities; use activation "
                f"'softmax' (not '{act}')"
            )
        return TaskPlan(
            "sparse_categorical_crossentropy",
            "categorical cross-entropy",
            "sparse",
            ("accuracy", *extra),
        )
    # mse / mae on classes: the lecture's comparison with cross-entropy
    targets = "binary" if units == 1 else "onehot"
    return TaskPlan(loss, loss.upper(), targets, ("accuracy", *extra))


# --------------------------------------------------------------------------- memory

OPTIMIZER_SLOTS = {"sgd": 0, "rmsprop": 1, "adam": 2, "adagrad": 1}
#: Copies of the weights beside those training uses (measured: initialisation temporaries, the
#: initial weights kept for replay, the viewers' snapshot, the final weights, the saved model).
WEIGHT_COPIES = 5
#: What TensorFlow and Keras take before the first weight (measured: about 600 MB).
RUNTIME_BYTES = 600 << 20


def estimate_memory_bytes(analysis: Analysis, batch_size: int, config: TrainConfig) -> int:
    """The memory training this network takes, estimated: weights, gradients, optimizer slots
    and the copies kept beside them, plus each layer's activations for the batch kept for
    backpropagation (float32). With ``RUNTIME_BYTES`` it is within ±20 % of the measured peak
    of the process for large dense networks (tests/netcore/training/test_memory_estimate.py)."""
    params = analysis.total_params
    slots = OPTIMIZER_SLOTS.get(config.optimizer, 2) + (1 if config.momentum else 0)
    weights = params * 4 * (2 + slots + WEIGHT_COPIES)
    values = math.prod(analysis.input_shape or (0,))
    for info in analysis.layers.values():
        if info.output_shape is not None:
            values += math.prod(info.output_shape)
    activations = batch_size * values * 4 * 2  # forward values and their gradients
    return weights + activations


def check_memory(analysis: Analysis, batch_size: int, config: TrainConfig) -> int:
    """Raise PlanError when the estimate exceeds the budget; return the estimate in bytes."""
    need = estimate_memory_bytes(analysis, batch_size, config)
    if need + RUNTIME_BYTES > config.memory_budget_mb * 2**20:
        raise PlanError(
            f"training would need about {need / 2**20:,.0f} MB ({analysis.total_params:,} "
            f"parameters, batch {batch_size}) besides TensorFlow's own "
            f"{RUNTIME_BYTES / 2**20:,.0f} MB, more than the {config.memory_budget_mb:,.0f} MB "
            "budget; use a smaller batch size or fewer units/filters"
        )
    return need
