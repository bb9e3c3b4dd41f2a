"""How much memory an explanation needs, known before it starts.

A `.keras` model handed over by anyone may declare any input: 20000×20000×3 is 1.2 billion
numbers, 4.5 GB for the picture alone before a layer has run; its explanation would fill the
machine and end in a ``MemoryError`` (or the system killing the app). So every explanation is
estimated from the model's declared shapes — nothing of that size is ever allocated — and
refused past ``MAX_EXPLAIN_BYTES`` with the figure and the limit.

The estimate, per input, counts every layer's output (``activation_values``), in float32:

- a gradient (saliency, Grad-CAM) keeps each output for the backward pass and makes its
  gradient and a temporary of the same size: 3 × the outputs;
- SmoothGrad does that for its noisy copies, and occlusion runs the model (forward only) on
  the covered copies; both go in pieces of at most ``WORKING_BYTES``, so their peak is one
  piece, but a single copy must fit.

Occlusion also refuses more than ``MAX_OCCLUSION_WINDOWS`` covered copies: each is one run
of the model, and an input of thousands of pixels a side would run for hours.
"""

from __future__ import annotations

import math

from netcore.explain.errors import ExplainError
from netcore.limits import LimitError

#: An explanation needing more is refused. LeNet-5's costliest (SmoothGrad) needs about 3 MB,
#: a CIFAR-sized classroom CNN tens of MB: 2 GB is never met in a classroom, and is still
#: available on a school laptop of 8 GB beside the window and TensorFlow.
MAX_EXPLAIN_BYTES = 2 * 2**30

#: SmoothGrad's copies and occlusion's covered inputs go through the model in pieces of at
#: most this much (LeNet's 24 and 144 copies fit in one piece of a few MB).
WORKING_BYTES = 256 * 2**20

#: Occlusion runs the model once per covered copy: 28×28 with the 5-pixel patch is 144, a
#: 224×224 photo 12,100; more is an input far larger than a classroom's.
MAX_OCCLUSION_WINDOWS = 20_000

FLOAT = 4  # bytes: every value is float32
BACKWARD = 3  # kept output + its gradient + a temporary, per value, for a gradient


class ExplainTooLarge(ExplainError, LimitError):
    """An explanation that would need more memory (or runs) than LayerLab allows."""


def readable(size: float) -> str:
    """Bytes as a person reads them: ``37 KB``, ``14.4 GB``."""
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{int(size)} bytes"


def shape_text(shape) -> str:
    return "×".join(str(d) for d in shape)


def activation_values(model) -> int:
    """The numbers one input produces in ``model``: the input and every layer's outputs
    (layers inside nested models included), from the declared shapes only."""
    total = sum(math.prod(_dims(t)) for t in model.inputs)
    for layer in model.layers:
        if type(layer).__name__ == "InputLayer":
            continue
        if hasattr(layer, "layers") and hasattr(layer, "inputs"):  # a nested model
            total += activation_values(layer)
            continue
        for node in getattr(layer, "_inbound_nodes", None) or []:
            for tensor in getattr(node, "output_tensors", None) or []:
                total += math.prod(_dims(tensor))
    return total


def _dims(tensor) -> list[int]:
    """A tensor's per-example dimensions; an unknown one counts as 1 (they are known for the
    image models explained here, whose input is fixed)."""
    return [int(d) if d is not None else 1 for d in tuple(tensor.shape)[1:]]


def plan(
    method: str,
    input_shape: tuple,
    values: int,
    samples: int = 24,
    windows: int = 1,
) -> tuple[int, int]:
    """(bytes needed at the peak, inputs per piece) for ``method`` on a model producing
    ``values`` numbers per input of ``input_shape``."""
    picture = math.prod(input_shape)
    if method in ("saliency", "gradcam"):
        return FLOAT * (BACKWARD * values + picture), 1
    if method == "smoothgrad":
        each = FLOAT * (BACKWARD * values + picture)
        count = samples
    else:  # occlusion: forward only, on covered copies
        each = FLOAT * (values + picture)
        count = windows
    piece = max(1, min(count, WORKING_BYTES // max(each, 1)))
    # the piece, the one-input gradient or forward pass before it, the map's sums
    return piece * each + FLOAT * (BACKWARD * values + 3 * picture), piece


def refuse_if_too_large(method: str, input_shape: tuple, needed: int) -> None:
    """Raises:
    ExplainTooLarge: ``needed`` is more than ``MAX_EXPLAIN_BYTES``; the message gives
    both figures and the input's shape."""
    if needed > MAX_EXPLAIN_BYTES:
        raise ExplainTooLarge(
            f"explaining with {method} needs about {readable(needed)} of memory for this "
            f"model's {shape_text(input_shape)} input and its layers' outputs; the limit is "
            f"{readable(MAX_EXPLAIN_BYTES)} (a 28×28 digit on LeNet-5 needs a few MB). "
            "Use a model with a smaller input."
        )


def occlusion_windows(input_shape: tuple, patch: int) -> int:
    """How many covered copies occlusion makes (the patch slides by half its size)."""
    h, w = input_shape[:2]
    stride = max(1, patch // 2)
    rows = max(0, (h - patch) // stride + 1)
    cols = max(0, (w - patch) // stride + 1)
    return rows * cols


def refuse_too_many_windows(input_shape: tuple, patch: int) -> None:
    """Raises:
    ExplainTooLarge: Occlusion would run the model more than ``MAX_OCCLUSION_WINDOWS``
    times."""
    count = occlusion_windows(input_shape, patch)
    if count > MAX_OCCLUSION_WINDOWS:
        raise ExplainTooLarge(
            f"explaining with occlusion covers {count:,} places of this model's "
            f"{shape_text(input_shape)} input with a {patch}-pixel patch, one run of the model "
            f"each; the limit is {MAX_OCCLUSION_WINDOWS:,} (a 224×224 picture needs 12,100). "
            "Use a model with a smaller input."
        )


def values_of_shapes(shapes) -> int:
    """The numbers one input produces, from per-example output shapes (the input's among
    them): what the window knows of a network before asking Keras."""
    return sum(math.prod(int(d) for d in shape) for shape in shapes if shape)


def check(method: str, input_shape: tuple, values: int, samples: int = 24, patch: int = 5) -> None:
    """Refuse, before anything is allocated, an explanation this machine cannot hold.

    Args:
        values: The numbers one input produces (``activation_values``, ``values_of_shapes``).

    Raises:
        ExplainTooLarge: With the bytes needed (or the runs), the limit and the input's shape.
    """
    windows = occlusion_windows(input_shape, patch)
    values = max(values, math.prod(int(d) for d in input_shape))
    refuse_if_too_large(method, input_shape, plan(method, input_shape, values, samples, windows)[0])
    check_input(input_shape)  # a floor, should the layers be undercounted
    if method == "occlusion":
        refuse_too_many_windows(input_shape, patch)


def check_input(input_shape: tuple) -> None:
    """Refuse before an input is even prepared when the smallest explanation could not fit:
    the picture prepared, in a batch and its gradient, is three copies of it.

    Raises:
        ExplainTooLarge: With the figure, the limit and the shape.
    """
    needed = FLOAT * 3 * math.prod(int(d) for d in input_shape)
    if needed > MAX_EXPLAIN_BYTES:
        raise ExplainTooLarge(
            f"explaining needs more than {readable(needed)} of memory for a "
            f"{shape_text(input_shape)} input alone; the limit is "
            f"{readable(MAX_EXPLAIN_BYTES)} (a 28×28 digit needs a few KB). "
            "Use a model with a smaller input."
        )
