"""Layers that collapse into one: a Dense layer without a nonlinearity feeding another Dense
computes W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂), a single linear map. The stack costs the
parameters of two layers and can learn no more than one (the lectures' reason for activation
functions). Keras's default activation for Dense is linear, so a network built from the palette
without choosing one is such a stack: the analysis warns on each layer that collapses."""

from __future__ import annotations

from netcore.i18n import translate
from netcore.network.problems import Problem, shown

#: Layers a linear map passes through and stays linear (Dropout scales, Flatten and Reshape
#: move values, an Activation layer set to linear does nothing, BatchNormalization is affine
#: once trained): a Dense on either side of them still collapses with the other.
LINEAR_BETWEEN = frozenset({"Flatten", "Reshape", "Dropout", "GaussianNoise", "BatchNormalization"})


def _is_linear(info) -> bool:
    activation = (info.params or {}).get("activation", "linear")
    return activation in (None, "linear")


def collapse_warnings(layers: dict) -> None:
    """Add a warning to every linear Dense layer whose output reaches another Dense layer
    through linear layers only (``layers``: the analysis's LayerInfo by id)."""
    consumers: dict[str, list[str]] = {}
    for info in layers.values():
        for source in info.inputs:
            consumers.setdefault(source, []).append(info.id)
    for info in layers.values():
        if info.type != "Dense" or info.params is None or not _is_linear(info):
            continue
        following = consumers.get(info.id, [])
        seen = {info.id}
        while len(following) == 1 and following[0] not in seen:
            nxt = layers.get(following[0])
            if nxt is None:
                break
            passes = nxt.type in LINEAR_BETWEEN or (nxt.type == "Activation" and _is_linear(nxt))
            if not passes:
                break
            seen.add(nxt.id)
            following = consumers.get(nxt.id, [])
        if len(following) != 1 or following[0] in seen:
            continue
        target = layers.get(following[0])
        if target is None or target.type != "Dense":
            continue
        info.problems.append(
            Problem(
                info.id,
                translate(
                    "Problems",
                    "no nonlinearity between this layer and Dense '{next}': without one, "
                    "consecutive layers collapse into one linear map "
                    "(W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂)), so the extra layer adds "
                    "parameters but can learn nothing one layer could not",
                ).format(next=shown(target.id)),
                translate("Problems", "choose an activation for it such as relu, tanh or sigmoid"),
                severity="warning",
            )
        )
