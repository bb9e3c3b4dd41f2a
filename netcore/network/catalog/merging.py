"""Merge layers: Add, Maximum, Minimum, Multiply (element by element), Concatenate."""

from __future__ import annotations

from netcore.i18n import QT_TRANSLATE_NOOP, translate
from netcore.network.catalog.base import (
    LayerResult,
    LayerType,
    shape_text,
)
from netcore.network.params import Param
from netcore.network.problems import LayerProblem

# --------------------------------------------------------------------------- merges


def broadcast_shapes(shapes: list[tuple[int, ...]]) -> tuple[tuple[int, ...], str]:
    """The shape element-by-element merges produce, by Keras's rule (NumPy broadcasting).

    Shapes are aligned at their last axes; on each axis the sizes must be equal or 1, and a 1
    is repeated to the other size: (1, 1, 4) and (1, 1, 1) give (1, 1, 4); (4, 1) and (4,)
    give (4, 4). Keras's merge layers (``Merge._compute_elemwise_op_output_shape``) combine
    the inputs pairwise with this rule, and their call expands the shorter ones the same way.

    Returns:
        The merged shape and '' when they broadcast; otherwise the first input's shape and
        where they clash, e.g. "28 and 14 on axis 1" (axes counted as in Keras, the batch
        being axis 0, so the axis is the one a student would pass to Concatenate).
    """
    out = tuple(shapes[0])
    for other in shapes[1:]:
        longer, shorter = (out, tuple(other)) if len(out) >= len(other) else (tuple(other), out)
        offset = len(longer) - len(shorter)
        merged = list(longer[:offset])
        for axis, (a, b) in enumerate(zip(longer[offset:], shorter, strict=True), offset + 1):
            if a != b and 1 not in (a, b):
                return tuple(shapes[0]), f"{a} and {b} on axis {axis}"
            merged.append(b if a == 1 else a)
        out = tuple(merged)
    return out, ""


def _add_infer(p, inputs, kind="Add"):
    merged, clash = broadcast_shapes(inputs)
    if clash:
        first = inputs[0]
        listed = " and ".join(shape_text(s) for s in inputs)
        rule = f"sizes must be equal, or 1 (repeated to match), on every axis; here {clash}. "
        fix = "Make the branches end in the same shape (e.g. a 1×1 Conv2D with matching "
        if all(len(s) == len(first) and s[:-1] == first[:-1] for s in inputs):
            fix += "filters on the shortcut), or use Concatenate to join their channels"
        elif all(len(s) == len(first) for s in inputs) and len(first) == 3:
            fix += "filters and strides on the shortcut, or the same pooling on both branches)"
        else:
            fix += "filters on the shortcut, or Flatten both branches to vectors of one size)"
        raise LayerProblem(
            translate("Problems", "inputs have shapes {shapes}; {layer} needs equal shapes").format(
                shapes=listed, layer=kind
            ),
            rule + fix,
        )
    return LayerResult(merged)


def _merge_text(inputs, result, what: str) -> str:
    """'2 inputs of (4,) added', or, when they broadcast, which shapes became which:
    '(1, 1, 4) and (1, 1, 1) added, broadcast to (1, 1, 4)'."""
    if all(s == inputs[0] for s in inputs):
        return f"{len(inputs)} inputs of {shape_text(inputs[0])}{what}"
    listed = " and ".join(shape_text(s) for s in inputs)
    return f"{listed}{what}, broadcast to {shape_text(result.output_shape)}"


def _concat_infer(p, inputs):
    rank = len(inputs[0])
    axis = p["axis"]
    if any(len(s) != rank for s in inputs):
        listed = " and ".join(shape_text(s) for s in inputs)
        raise LayerProblem(
            translate(
                "Problems", "inputs have shapes {shapes}; Concatenate needs inputs of the same rank"
            ).format(shapes=listed),
            translate("Problems", "Flatten or Reshape the branches first"),
        )
    if axis == 0 or not -rank <= axis <= rank:
        raise LayerProblem(
            f"axis {axis} is not an axis of {shape_text(inputs[0])}",
            f"use -1 (the last axis) or 1..{rank}; axis 0 is the batch",
        )
    idx = axis - 1 if axis > 0 else rank + axis
    for other in inputs[1:]:
        if any(a != b for i, (a, b) in enumerate(zip(inputs[0], other, strict=True)) if i != idx):
            listed = " and ".join(shape_text(s) for s in inputs)
            raise LayerProblem(
                f"inputs have shapes {listed}; Concatenate along axis {axis} needs all "
                "other sizes equal",
                "resize the branches (padding='same', pooling) so they match",
            )
    out = list(inputs[0])
    out[idx] = sum(s[idx] for s in inputs)
    return LayerResult(tuple(out))


ADD = LayerType(
    name="Add",
    category="Merge",
    params=(),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "Adds its inputs element by element. This is the skip connection of ResNet: a block "
        "learns only a correction F(x) to its input, y = x + F(x), which lets very deep "
        "networks train. All inputs must have the same shape.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "y = x₁ + x₂ + …"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 0"),
    ),
    infer=_add_infer,
    explain=lambda p, i, r: [_merge_text(i, r, " added"), "parameters 0"],
    summary=lambda p: "",
    min_inputs=2,
    max_inputs=None,
)

CONCATENATE = LayerType(
    name="Concatenate",
    category="Merge",
    params=(Param("axis", "int", -1, "the axis to join along (-1: channels)"),),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "Joins its inputs side by side along one axis, usually the channels: the Inception "
        "block runs 1×1, 3×3 and 5×5 convolutions in parallel and concatenates their maps.",
    ),
    formulas=(
        QT_TRANSLATE_NOOP("Catalog", "channels out = c₁ + c₂ + …"),
        QT_TRANSLATE_NOOP("Catalog", "parameters = 0"),
    ),
    infer=_concat_infer,
    explain=lambda p, i, r: [
        "output "
        + " + ".join(str(s[p["axis"] - 1 if p["axis"] > 0 else p["axis"]]) for s in i)
        + f" = {shape_text(r.output_shape)}",
        "parameters 0",
    ],
    summary=lambda p: "" if p["axis"] == -1 else f"axis {p['axis']}",
    min_inputs=2,
    max_inputs=None,
)


def _elementwise(kind: str, op: str, formula: str, explanation: str) -> LayerType:
    return LayerType(
        name=kind,
        category="Merge",
        params=(),
        explanation=explanation,
        formulas=(formula, QT_TRANSLATE_NOOP("Catalog", "parameters = 0")),
        infer=lambda p, i: _add_infer(p, i, kind),
        explain=lambda p, i, r: [_merge_text(i, r, f": {op}"), "parameters 0"],
        summary=lambda p: "",
        min_inputs=2,
        max_inputs=None,
    )


MAXIMUM = _elementwise(
    "Maximum",
    "the largest at each position",
    QT_TRANSLATE_NOOP("Catalog", "y = max(x₁, x₂, …), element by element"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Keeps, at each position, the largest of its inputs. Two or more Dense branches of the "
        "same size joined by Maximum form a maxout unit: a learned piecewise-linear activation "
        "(ReLU is the maxout of x and 0).",
    ),
)
MINIMUM = _elementwise(
    "Minimum",
    "the smallest at each position",
    QT_TRANSLATE_NOOP("Catalog", "y = min(x₁, x₂, …), element by element"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Keeps, at each position, the smallest of its inputs, the mirror image of Maximum: with "
        "a constant branch it caps values from above. All inputs must have the same shape, and "
        "nothing is learned.",
    ),
)
MULTIPLY = _elementwise(
    "Multiply",
    "multiplied position by position",
    QT_TRANSLATE_NOOP("Catalog", "y = x₁ · x₂ · …, element by element"),
    QT_TRANSLATE_NOOP(
        "Catalog",
        "Multiplies its inputs position by position: a gate, where one branch (often a sigmoid "
        "between 0 and 1) decides how much of the other passes. Inputs must have the same shape.",
    ),
)
