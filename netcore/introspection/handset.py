"""Which weights a student can set by hand (small dense networks)."""

from __future__ import annotations

from dataclasses import dataclass

from netcore.i18n import number, translate
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
        raise InspectError(
            translate("Weights", "the network has errors, fix them first: {problem}").format(
                problem=analysis.errors[0]
            )
        )
    total = analysis.trainable_params + analysis.non_trainable_params
    if total > limit:
        raise InspectError(
            translate(
                "Weights",
                "{total} weights are too many to set by hand (at most {limit}); use a smaller "
                "network, e.g. the perceptron or XOR presets",
            ).format(total=number(total), limit=number(limit))
        )
    slots: list[WeightSlot] = []
    for layer_id in analysis.order:
        info = analysis.layers[layer_id]
        if layer_id == INPUT_ID or info.total_params == 0:
            continue
        if info.type != "Dense":
            raise InspectError(
                translate(
                    "Weights",
                    "layer '{layer}' is {type}: hand-set weights work for Dense layers only",
                ).format(layer=layer_id, type=info.type)
            )
        fan_in = int(info.input_shapes[0][-1])
        units = int(info.params["units"])
        for u in range(units):
            for i in range(fan_in):
                slots.append(WeightSlot(layer_id, 0, (i, u), f"{layer_id}: w{i + 1}→{u + 1}"))
            if info.params.get("use_bias", True):
                bias = translate("Weights", "{layer}: bias {unit}").format(
                    layer=layer_id, unit=u + 1
                )
                slots.append(WeightSlot(layer_id, 1, (u,), bias))
    return slots


# -- convolution kernels set by hand -------------------------------------------------------

MAX_KERNEL_SIDE = 11
MAX_KERNELS = 64  # filters × input channels of a layer whose kernels are offered


@dataclass(frozen=True)
class KernelLayer:
    """A Conv2D layer whose kernels a student can set one by one."""

    layer: str
    filters: int
    channels: int
    size: tuple[int, int]

    def label(self) -> str:
        size = f"{self.size[0]}×{self.size[1]}"
        if self.channels > 1:
            template = translate("Weights", "{layer}: {n} kernels of {size} × {channels} channels")
        elif self.filters == 1:
            template = translate("Weights", "{layer}: 1 kernel of {size}")
        else:
            template = translate("Weights", "{layer}: {n} kernels of {size}")
        return template.format(layer=self.layer, n=self.filters, size=size, channels=self.channels)


def kernel_layers(spec: NetworkSpec) -> list[KernelLayer]:
    """The Conv2D layers of any size of network whose kernels are small enough to type
    (at most 11×11, at most 64 kernels): e.g. LeNet-5's first layer, 6 kernels of 5×5."""
    analysis = analyze(spec)
    if analysis.errors:
        return []
    found = []
    for layer_id in analysis.order:
        info = analysis.layers[layer_id]
        if info.type != "Conv2D" or info.output_shape is None:
            continue
        size = tuple(info.params["kernel_size"])
        channels, filters = int(info.input_shapes[0][-1]), int(info.params["filters"])
        if max(size) <= MAX_KERNEL_SIDE and filters * channels <= MAX_KERNELS:
            found.append(KernelLayer(layer_id, filters, channels, size))
    return found


def placed(kernel, size: tuple[int, int]):
    """A preset (e.g. a 3×3 Sobel) in the middle of a layer's kernel size, zeros around.

    Raises:
        InspectError: The preset is larger than the layer's kernels.
    """
    import numpy as np

    k = np.asarray(kernel, dtype=np.float32)
    if k.shape[0] > size[0] or k.shape[1] > size[1]:
        raise InspectError(
            translate(
                "Weights", "a {kernel} kernel does not fit this layer's {size} kernels"
            ).format(kernel=f"{k.shape[0]}×{k.shape[1]}", size=f"{size[0]}×{size[1]}")
        )
    out = np.zeros(size, dtype=np.float32)
    top, left = (size[0] - k.shape[0]) // 2, (size[1] - k.shape[1]) // 2
    out[top : top + k.shape[0], left : left + k.shape[1]] = k
    return out


def with_kernel(weights: dict, layer: str, filter_index: int, channel: int, kernel) -> dict:
    """A copy of the weights with one kernel of a Conv2D layer replaced (Keras's layout:
    height, width, input channel, filter)."""
    import numpy as np

    new = {k: [np.array(a, copy=True) for a in v] for k, v in weights.items()}
    kernel = np.asarray(kernel, dtype=new[layer][0].dtype)
    if kernel.shape != new[layer][0].shape[:2]:
        raise InspectError(
            translate("Weights", "{layer}'s kernels are {size}, not {given}").format(
                layer=layer,
                size=f"{new[layer][0].shape[0]}×{new[layer][0].shape[1]}",
                given=f"{kernel.shape[0]}×{kernel.shape[1]}",
            )
        )
    new[layer][0][:, :, channel, filter_index] = kernel
    return new
