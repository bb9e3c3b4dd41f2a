"""Which weights a student can set by hand (small dense networks)."""

from __future__ import annotations

from dataclasses import dataclass

from netcore.introspection.inspector import HAND_EDIT_LIMIT, InspectError
from netcore.network.analysis import analyze
from netcore.network.spec import INPUT_ID, NetworkSpec

# -- hand-set weights --------------------------------------------------------------------


@dataclass
class WeightSlot:
    """One editable number: layer, array (0 kernel, 1 bias), index, and a readable name."""

    layer: str
    array: int
    index: tuple[int, ...]
    label: str


def hand_editable(spec: NetworkSpec, limit: int = HAND_EDIT_LIMIT) -> list[WeightSlot]:
    """The weights of a small dense network, one slot per number, in a readable order.

    Raises:
        InspectError: The network is not a small chain of Dense/Activation layers, saying why.
    """
    analysis = analyze(spec)
    if analysis.errors:
        raise InspectError("the network has errors, fix them first: " + str(analysis.errors[0]))
    total = analysis.trainable_params + analysis.non_trainable_params
    if total > limit:
        raise InspectError(
            f"{total} weights are too many to set by hand (at most {limit}); use a smaller "
            "network, e.g. the perceptron or XOR presets"
        )
    slots: list[WeightSlot] = []
    for layer_id in analysis.order:
        info = analysis.layers[layer_id]
        if layer_id == INPUT_ID or info.total_params == 0:
            continue
        if info.type != "Dense":
            raise InspectError(
                f"layer '{layer_id}' is {info.type}: hand-set weights work for Dense layers only"
            )
        fan_in = int(info.input_shapes[0][-1])
        units = int(info.params["units"])
        for u in range(units):
            for i in range(fan_in):
                slots.append(WeightSlot(layer_id, 0, (i, u), f"{layer_id}: w{i + 1}→{u + 1}"))
            if info.params.get("use_bias", True):
                slots.append(WeightSlot(layer_id, 1, (u,), f"{layer_id}: bias {u + 1}"))
    return slots
