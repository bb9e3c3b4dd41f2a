"""The one rule for what output layer a task needs, used by the dataset picker's offer, by
``editing.fit_output`` and by the training plan's messages."""

from __future__ import annotations

from netcore.network.analysis import Analysis
from netcore.network.catalog import shape_text
from netcore.wording import count


def wanted_output(task: str, num_classes: int, targets: int = 1) -> tuple[int, str]:
    """(units, activation) of the Dense output layer a task needs.

    Regression: one linear unit per target value; two classes: one sigmoid unit (yes/no);
    more classes: one softmax unit per class.
    """
    if task == "regression":
        return max(int(targets), 1), "linear"
    if num_classes == 2:
        return 1, "sigmoid"
    return num_classes, "softmax"


def output_offer(
    analysis: Analysis,
    task: str,
    num_classes: int,
    targets: int = 1,
    title: str = "the dataset",
    input_shape: tuple[int, ...] | None = None,
) -> str | None:
    """A sentence offering to fit the output layer, or None when it already fits (or the output
    is not a Dense layer that fitting could change)."""
    out = analysis.output_id
    if out is None or out not in analysis.layers or task == "segmentation":
        return None  # a mask comes from a convolution, not a Dense layer to fit
    info = analysis.layers[out]
    if info.type != "Dense" or info.params is None:
        return None
    units, activation = wanted_output(task, num_classes, targets)
    flat = info.output_shape is None or len(info.output_shape) == 1
    if flat and (info.params["units"], info.params["activation"]) == (units, activation):
        return None
    step_unit = (info.params["units"], info.params["activation"]) == (1, "step")
    if flat and (units, activation) == (1, "sigmoid") and step_unit:
        return None  # a threshold unit answers yes/no too
    what = "a regression target" if task == "regression" else f"{num_classes} classes"
    inputs = f" (inputs {shape_text(tuple(input_shape))})" if input_shape else ""
    now = count(info.params["units"], f"{info.params['activation']} unit")
    if not flat:
        now += f" giving {shape_text(info.output_shape)}"
    fix = count(units, f"{activation} unit")
    if not flat:
        fix = "a Flatten and " + fix
    return f"{title} has {what}{inputs}; the output layer '{out}' has {now}. Use {fix}?"
