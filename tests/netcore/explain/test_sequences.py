"""Inside sequence networks: the replayed recurrent states are Keras's own outputs, step by
step; gates are what their equations say; attention maps are distributions over the keys; the
rollout weighs the input tokens."""

import numpy as np
import pytest

from netcore.explain.errors import ExplainError
from netcore.explain.sequences import attention_maps, attention_rollout, recurrent_trace
from netcore.models import tfruntime
from netcore.models.builder import build_model
from netcore.network.analysis import analyze
from tests.netcore.helpers import make_spec

RNG = np.random.default_rng(0)


def built(spec):
    tfruntime.keras().utils.set_random_seed(1)
    analysis = analyze(spec)
    model = build_model(spec, analysis)
    for layer in model.layers:  # larger random weights than Keras's start: gates not all ½
        layer.set_weights(
            [RNG.normal(0, 0.6, w.shape).astype("float32") for w in layer.get_weights()]
        )
    return model, analysis


@pytest.mark.parametrize(
    "kind, extra",
    [
        ("SimpleRNN", {}),
        ("SimpleRNN", {"activation": "relu", "use_bias": False}),
        ("LSTM", {}),
        ("LSTM", {"use_bias": False}),
        ("GRU", {}),
        ("GRU", {"use_bias": False}),
    ],
)
def test_the_replayed_states_are_the_layers_own_outputs(kind, extra):
    spec = make_spec(
        [7, 3],
        ("pre", "Dense", {"units": 4, "activation": "tanh"}),
        ("rnn", kind, {"units": 5, "return_sequences": True, **extra}),
    )
    model, analysis = built(spec)
    x = RNG.normal(size=(7, 3)).astype("float32")
    trace = recurrent_trace(model, analysis, "rnn", x)
    keras_states = np.asarray(model(x[None]))[0]
    assert trace.inputs.shape == (7, 4) and trace.states.shape == (7, 5)
    np.testing.assert_allclose(trace.states, keras_states, atol=2e-5)


def test_lstm_gates_follow_their_equations():
    spec = make_spec([6, 2], ("lstm", "LSTM", {"units": 3}))
    model, analysis = built(spec)
    trace = recurrent_trace(model, analysis, "lstm", RNG.normal(size=(6, 2)))
    g = trace.gates
    assert set(g) == {"input", "forget", "candidate", "output"}
    for name in ("input", "forget", "output"):
        assert (g[name] > 0).all() and (g[name] < 1).all()
    previous = np.vstack([np.zeros(3), trace.cells[:-1]])
    np.testing.assert_allclose(
        trace.cells, g["forget"] * previous + g["input"] * g["candidate"], atol=1e-12
    )
    np.testing.assert_allclose(trace.states, g["output"] * np.tanh(trace.cells), atol=1e-12)
    assert (
        abs(trace.states[-1] - np.asarray(model(trace.inputs[None].astype("float32")))[0]).max()
        < 2e-5
    )


def test_attention_maps_are_distributions_over_the_keys():
    spec = make_spec(
        [5, 4],
        ("self", "MultiHeadAttention", {"num_heads": 3, "key_dim": 2}),
        ("kv", "Dense", {"units": 6}, ["input"]),
        ("short", "Reshape", {"target_shape": [10, 3]}),
        ("cross", "MultiHeadAttention", {"num_heads": 2, "key_dim": 2}, ["self", "short"]),
    )
    model, analysis = built(spec)
    x = RNG.normal(size=(5, 4))
    maps = attention_maps(model, analysis, "self", x)
    assert maps.shape == (3, 5, 5)
    np.testing.assert_allclose(maps.sum(axis=-1), 1.0, atol=1e-5)
    cross = attention_maps(model, analysis, "cross", x)
    assert cross.shape == (2, 5, 10)  # 5 queries, each over 10 keys
    with pytest.raises(ExplainError, match="'kv' is not an attention layer"):
        attention_maps(model, analysis, "kv", x)


def test_the_rollout_weighs_the_patches_of_a_vision_transformer():
    from netcore.network.spec import load
    from netcore.resources import preset_paths

    spec = load(preset_paths()["vit-mnist"])
    model, analysis = built(spec)
    weights, layers = attention_rollout(model, analysis, RNG.uniform(size=(28, 28, 1)))
    assert layers == ["b1_attention", "b2_attention"]
    assert weights.shape == (16,) and abs(weights.sum() - 1) < 1e-6 and (weights > 0).all()


def test_with_a_class_token_the_rollout_is_what_that_token_gathers():
    spec = make_spec(
        [4, 6],
        ("cls", "ClassToken", {}),
        ("att", "MultiHeadAttention", {"num_heads": 2, "key_dim": 3}),
    )
    model, analysis = built(spec)
    weights, _ = attention_rollout(model, analysis, RNG.normal(size=(4, 6)))
    maps = attention_maps(model, analysis, "att", RNG.normal(size=(4, 6)))
    assert maps.shape == (2, 5, 5) and weights.shape == (4,)


def test_a_network_without_the_layer_asked_for_says_so():
    spec = make_spec([4, 2], ("d", "Dense", {"units": 3}))
    model, analysis = built(spec)
    with pytest.raises(ExplainError, match="'d' is not a recurrent layer; choose a SimpleRNN"):
        recurrent_trace(model, analysis, "d", np.zeros((4, 2)))
    with pytest.raises(ExplainError, match="no self-attention layer"):
        attention_rollout(model, analysis, np.zeros((4, 2)))


def test_the_inspector_answers_the_sequence_views_questions():
    from netcore.introspection.inspector import InspectError, Inspector
    from netcore.introspection.sequences import (
        attention,
        attention_layers,
        hidden_states,
        recurrent_layers,
        rollout,
    )

    spec = make_spec(
        [6, 4],
        ("att", "MultiHeadAttention", {"num_heads": 2, "key_dim": 2}),
        ("lstm", "LSTM", {"units": 3}),
    )
    inspector = Inspector(spec)
    assert recurrent_layers(inspector) == ["lstm"] and attention_layers(inspector) == ["att"]
    x = RNG.normal(size=(6, 4))
    assert hidden_states(inspector, "lstm", x).states.shape == (6, 3)
    assert attention(inspector, "att", x).shape == (2, 6, 6)
    assert rollout(inspector, x).shape == (6,)
    with pytest.raises(InspectError, match="not an attention layer"):
        attention(inspector, "lstm", x)
