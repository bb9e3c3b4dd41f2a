"""The shape rules against Keras on generated networks (Hypothesis).

For small generated specs (dense, conv, pool, merge, flatten and reshape chains with skip
connections, ids with '-', '.', '_' and the odd non-ASCII letter), ``analyze`` and Keras must
agree: both build, with equal output shapes and parameter counts for every layer, or LayerLab
refuses with a reason and Keras refuses too. Keras is the reference: its layers are built here
from the raw spec, not through LayerLab's builder.

Building Keras models is slow-ish, so the default run draws 20 specs; the long profile
(``bench/properties.py``) draws 600, the size of the comparison the shape rules were checked
with.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netcore.models.builder import build_model
from netcore.network.analysis import analyze
from netcore.network.spec import NetworkSpec

LONG = os.environ.get("LAYERLAB_HYPOTHESIS_PROFILE") == "long"
KERAS_EXAMPLES = 600 if LONG else 20

MERGES = ("Add", "Multiply", "Maximum", "Minimum", "Concatenate")
SINGLE = (
    "Dense",
    "Conv2D",
    "MaxPooling2D",
    "AveragePooling2D",
    "GlobalAveragePooling2D",
    "Flatten",
    "Reshape",
    "Dropout",
    "ZeroPadding2D",
)
#: Id stems, plain ones the most often; Keras accepts '-', '.' and '_' anywhere in a layer
#: name, and refuses 'é' (TensorFlow's scope names are ASCII).
STEMS = ("l", "l", "l", "l", "layer_", "-l", "l-", ".l", "-", "_", "é")

small = st.integers(1, 3)


@st.composite
def layer_params(draw, layer_type: str) -> dict:
    """Keras constructor arguments for one layer, tiny and mostly valid."""
    if layer_type == "Dense":
        return {"units": draw(small)}
    if layer_type == "Conv2D":
        params = {"filters": draw(st.integers(1, 2)), "kernel_size": draw(small)}
        if draw(st.booleans()):
            params["strides"] = draw(st.integers(1, 2))
        if draw(st.booleans()):
            params["padding"] = "same"
        return params
    if layer_type in ("MaxPooling2D", "AveragePooling2D"):
        params = {"pool_size": draw(small)}
        if draw(st.booleans()):
            params["strides"] = draw(st.integers(1, 2))
        if draw(st.booleans()):
            params["padding"] = "same"
        return params
    if layer_type == "Reshape":
        dims = draw(st.lists(st.sampled_from([-1, 1, 2, 3, 4]), min_size=1, max_size=3))
        return {"target_shape": dims}
    if layer_type == "Dropout":
        return {"rate": 0.5}
    if layer_type == "ZeroPadding2D":
        return {"padding": draw(st.integers(0, 1))}
    if layer_type == "Concatenate":
        return {"axis": draw(st.sampled_from([-1, -1, 1, 2, 3]))}
    return {}


@st.composite
def small_specs(draw) -> dict:
    """A network dict: a chain whose merges also take an earlier tensor (a skip connection),
    so every layer reaches the output as in a real design."""
    rank = draw(st.integers(1, 3))
    input_shape = draw(st.lists(st.sampled_from([1, 1, 2, 3, 4]), min_size=rank, max_size=rank))
    layers: list[dict] = []
    available = ["input"]
    for index in range(draw(st.integers(1, 5))):
        stem = draw(st.sampled_from(STEMS))
        layer_id = f"{stem}{index}"
        if index > 0 and draw(st.integers(0, 2)) == 0:
            layer_type = draw(st.sampled_from(MERGES))
            earlier = draw(
                st.lists(st.sampled_from(available[:-1]), min_size=1, max_size=2, unique=True)
            )
            inputs = [available[-1], *earlier]
        else:
            layer_type = draw(st.sampled_from(SINGLE))
            inputs = None
        layer = {"id": layer_id, "type": layer_type, **draw(layer_params(layer_type))}
        if inputs is not None:
            layer["inputs"] = inputs
        layers.append(layer)
        available.append(layer_id)
    return {
        "format": "layerlab-network",
        "version": 1,
        "name": "generated",
        "input_shape": input_shape,
        "layers": layers,
    }


@dataclass
class Verdict:
    """What one side made of a spec: the shapes and parameter counts of every layer, or why
    it refused."""

    shapes: dict[str, tuple] | None
    params: dict[str, tuple[int, int]] | None
    reason: str = ""

    @property
    def builds(self) -> bool:
        return self.shapes is not None


def keras_verdict(data: dict) -> Verdict:
    """Keras's own answer: the layers built from the raw spec, called on a batch of zeros.

    A model whose symbolic build passes but whose first call fails, or whose outputs have no
    values (a 0-sized axis), is one Keras does not really build.
    """
    import keras

    keras.backend.clear_session(free_memory=False)
    try:
        tensors = {"input": keras.Input(shape=tuple(data["input_shape"]), name="input")}
        made = {}
        for index, raw in enumerate(data["layers"]):
            params = {k: v for k, v in raw.items() if k not in ("id", "type", "inputs")}
            layer = getattr(keras.layers, raw["type"])(name=raw["id"], **params)
            sources = raw.get("inputs") or [
                "input" if index == 0 else data["layers"][index - 1]["id"]
            ]
            args = [tensors[s] for s in sources]
            tensors[raw["id"]] = layer(args if len(args) > 1 else args[0])
            made[raw["id"]] = layer
        last = data["layers"][-1]["id"]
        model = keras.Model(tensors["input"], tensors[last])
        # a compiled call, as training and the viewers make (an eager call accepts names
        # that TensorFlow's graphs refuse)
        model.predict_on_batch(np.zeros((1, *data["input_shape"]), "float32"))
    except Exception as exc:  # noqa: BLE001 - any refusal of Keras is its verdict
        return Verdict(None, None, f"{type(exc).__name__}: {str(exc)[:300]}")
    shapes = {lid: tuple(tensors[lid].shape[1:]) for lid in made}
    if any(0 in shape for shape in shapes.values()):
        return Verdict(None, None, f"an output with no values: {shapes}")
    params = {
        lid: (
            sum(int(np.prod(w.shape)) for w in layer.trainable_weights),
            sum(int(np.prod(w.shape)) for w in layer.non_trainable_weights),
        )
        for lid, layer in made.items()
    }
    return Verdict(shapes, params)


def layerlab_verdict(data: dict) -> Verdict:
    """LayerLab's answer: the analysis's shapes and counts, or its errors."""
    analysis = analyze(NetworkSpec.from_dict(data))
    if not analysis.ok:
        return Verdict(None, None, "; ".join(str(p) for p in analysis.errors))
    shapes = {lid: info.output_shape for lid, info in analysis.layers.items()}
    params = {lid: (info.trainable, info.non_trainable) for lid, info in analysis.layers.items()}
    return Verdict(shapes, params)


def disagreement(data: dict) -> str | None:
    """None when LayerLab and Keras agree on ``data``, else what differs."""
    ours, theirs = layerlab_verdict(data), keras_verdict(data)
    if ours.builds != theirs.builds:
        who = (
            "LayerLab refuses, Keras builds" if theirs.builds else "Keras refuses, LayerLab builds"
        )
        return f"{who}: {ours.reason or theirs.reason}"
    if not ours.builds:
        return None
    if ours.shapes != theirs.shapes:
        return f"shapes differ: LayerLab {ours.shapes}, Keras {theirs.shapes}"
    if ours.params != theirs.params:
        return f"parameter counts differ: LayerLab {ours.params}, Keras {theirs.params}"
    return None


@pytest.fixture(scope="module", autouse=True)
def _keras_imported():
    """TensorFlow's import and first compiled call (seconds) are not the first example's time."""
    keras_verdict({"input_shape": [1], "layers": [{"id": "warm", "type": "Dense", "units": 1}]})


@settings(max_examples=KERAS_EXAMPLES)
@given(small_specs())
def test_properties_shape_rules_agree_with_keras(data):
    problem = disagreement(data)
    assert problem is None, problem
    if layerlab_verdict(data).builds:  # and LayerLab's own builder builds what it accepts
        spec = NetworkSpec.from_dict(data)
        model = build_model(spec)
        assert {layer.name for layer in model.layers[1:]} == set(spec.ids())
