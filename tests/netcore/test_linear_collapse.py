"""Dense layers without a nonlinearity between them are one linear map in disguise: the palette
keeps Keras's default (linear, as ``keras.layers.Dense`` has it) and the Problems list says why
such a stack learns no more than one layer (W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂))."""

from __future__ import annotations

import pytest

from netcore.network.analysis import analyze
from netcore.network.catalog import layer_type
from netcore.network.editing import add_layer, set_param
from netcore.network.spec import NetworkSpec


def three_dense(*activations) -> NetworkSpec:
    spec = NetworkSpec(input_shape=(2,), layers=[])
    after = "input"
    for activation in activations:
        after = add_layer(spec, "Dense", after=after)
        if activation is not None:
            set_param(spec, after, "activation", activation)
    return spec


def collapse_warnings(spec) -> dict:
    return {p.layer_id: str(p) for p in analyze(spec).warnings if "linear map" in p.message}


def test_the_palette_keeps_keras_default_activation():
    keras = pytest.importorskip("keras")
    default = next(p.default for p in layer_type("Dense").params if p.name == "activation")
    assert keras.layers.Dense(3).get_config()["activation"] == default == "linear"


def test_three_linear_dense_layers_are_warned_with_the_reason():
    spec = three_dense(None, None, None)
    warned = collapse_warnings(spec)
    ids = [layer.id for layer in spec.layers]
    assert set(warned) == set(ids[:2])  # the last one is the output: nothing after it
    text = warned[ids[0]]
    assert text.startswith("warning:")
    assert ids[1] in text and "W₂(W₁x + b₁) + b₂" in text and "relu" in text


def test_a_nonlinearity_between_them_ends_the_warning():
    assert collapse_warnings(three_dense("relu", "tanh", None)) == {}
    spec = three_dense(None, None)
    first = spec.layers[0].id
    between = add_layer(spec, "Activation", after=first)
    set_param(spec, between, "activation", "linear")  # Dense → linear → Dense: still one map
    assert first in collapse_warnings(spec)
    set_param(spec, between, "activation", "relu")
    assert collapse_warnings(spec) == {}


def test_linear_layers_between_them_do_not_hide_it():
    spec = three_dense(None, None)
    add_layer(spec, "Dropout", after=spec.layers[0].id)
    assert spec.layers[0].id in collapse_warnings(spec)
