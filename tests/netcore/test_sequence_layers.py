"""Sequence layers (recurrent, attention, embeddings): LayerLab's shapes and parameter counts,
computed in pure Python, equal what Keras builds, across their options; a saved model with
LayerLab's own layers loads again in safe mode; a wrong input is named with what would work."""

import numpy as np
import pytest

from netcore.network.analysis import analyze
from netcore.network.catalog import CATALOG
from tests.netcore.helpers import make_spec
from tests.netcore.test_shapes_vs_keras import _compare

SEQUENCE_CASES = {
    "simple_rnn_last": ([28, 28], ("r", "SimpleRNN", {"units": 16})),
    "simple_rnn_seq_relu": (
        [10, 3],
        ("r", "SimpleRNN", {"units": 5, "return_sequences": True, "activation": "relu"}),
    ),
    "simple_rnn_no_bias": ([7, 4], ("r", "SimpleRNN", {"units": 3, "use_bias": False})),
    "lstm_last": ([28, 28], ("l", "LSTM", {"units": 32})),
    "lstm_seq": ([50, 1], ("l", "LSTM", {"units": 8, "return_sequences": True})),
    "lstm_no_bias": ([6, 2], ("l", "LSTM", {"units": 4, "use_bias": False})),
    "gru_last": ([28, 28], ("g", "GRU", {"units": 24})),
    "gru_seq_no_bias": (
        [9, 5],
        ("g", "GRU", {"units": 6, "return_sequences": True, "use_bias": False}),
    ),
    "bidirectional_lstm_concat": ([28, 28], ("b", "Bidirectional", {"units": 16})),
    "bidirectional_gru_sum_seq": (
        [12, 3],
        (
            "b",
            "Bidirectional",
            {"layer": "GRU", "units": 5, "merge_mode": "sum", "return_sequences": True},
        ),
    ),
    "bidirectional_rnn_ave": (
        [8, 2],
        ("b", "Bidirectional", {"layer": "SimpleRNN", "units": 4, "merge_mode": "ave"}),
    ),
    "embedding": ([20], ("e", "Embedding", {"input_dim": 50, "output_dim": 8})),
    "attention_self": ([16, 32], ("a", "MultiHeadAttention", {"num_heads": 4, "key_dim": 8})),
    "attention_self_no_bias": (
        [5, 6],
        (
            "a",
            "MultiHeadAttention",
            {"num_heads": 2, "key_dim": 3, "use_bias": False, "dropout": 0.1},
        ),
    ),
    "position_embedding": ([16, 64], ("p", "PositionEmbedding", {})),
    "class_token": ([16, 64], ("c", "ClassToken", {})),
    "global_average_1d": ([16, 64], ("g", "GlobalAveragePooling1D", {})),
}


@pytest.mark.parametrize("case", sorted(SEQUENCE_CASES))
def test_sequence_layer_matches_keras(case):
    input_shape, layer = SEQUENCE_CASES[case]
    _compare(make_spec(input_shape, layer))


def test_lstm_parameter_count_is_four_gates_of_input_state_and_bias():
    info = analyze(make_spec([28, 28], ("l", "LSTM", {"units": 32}))).layers["l"]
    assert info.trainable == 4 * (28 * 32 + 32 * 32 + 32) == 7808
    lines = CATALOG["LSTM"].explain(info.params, [(28, 28)], info.result)
    assert lines[0] == "parameters 4·(28·32 + 32·32 + 32) = 7,808"


def test_attention_between_two_inputs_and_a_recurrent_stack_match_keras():
    """Cross-attention: the query from one branch, key and value from another of another width;
    stacked recurrent layers need return_sequences on the first."""
    spec = make_spec(
        [12, 6],
        ("q", "Dense", {"units": 10}),
        ("kv", "LSTM", {"units": 7, "return_sequences": True}, ["input"]),
        ("att", "MultiHeadAttention", {"num_heads": 3, "key_dim": 4}, ["q", "kv"]),
        ("rnn", "GRU", {"units": 5}, ["att"]),
    )
    analysis, model = _compare(spec)
    assert analysis.layers["att"].output_shape == (12, 10)


def test_a_small_vision_transformer_matches_keras_and_runs():
    """Patches of 7×7 as a Conv2D with stride = kernel, a Reshape to 16 tokens, a class token,
    positions, one attention block with a residual and layer normalisation, a classifier."""
    spec = make_spec(
        [28, 28, 1],
        ("patches", "Conv2D", {"filters": 32, "kernel_size": 7, "strides": 7}),
        ("tokens", "Reshape", {"target_shape": [16, 32]}),
        ("cls", "ClassToken", {}),
        ("pos", "PositionEmbedding", {}),
        ("norm", "LayerNormalization", {}),
        ("att", "MultiHeadAttention", {"num_heads": 2, "key_dim": 16}),
        ("res", "Add", {}, ["pos", "att"]),
        ("pool", "GlobalAveragePooling1D", {}),
        ("out", "Dense", {"units": 10, "activation": "softmax"}),
    )
    analysis, model = _compare(spec)
    assert analysis.layers["cls"].output_shape == (17, 32)
    out = model.predict(np.zeros((2, 28, 28, 1), "float32"), verbose=0)
    assert out.shape == (2, 10)


def test_a_model_with_layerlab_sequence_layers_saves_and_loads_in_safe_mode(tmp_path):
    from netcore.models.builder import build_model
    from netcore.models.kerasfile import load_keras_model

    spec = make_spec(
        [6, 4],
        ("cls", "ClassToken", {}),
        ("pos", "PositionEmbedding", {}),
        ("bi", "Bidirectional", {"layer": "GRU", "units": 3}),
        ("out", "Dense", {"units": 2}),
    )
    model = build_model(spec)
    x = np.random.default_rng(0).normal(size=(3, 6, 4)).astype("float32")
    before = model.predict(x, verbose=0)
    path = tmp_path / "seq.keras"
    model.save(path)
    model2 = load_keras_model(path)
    np.testing.assert_allclose(model2.predict(x, verbose=0), before, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize(
    "shape, layer, says",
    [
        (
            [784],
            ("l", "LSTM", {"units": 4}),
            "needs a sequence input (time steps, features); got (784,)",
        ),
        (
            [28, 28, 1],
            ("a", "MultiHeadAttention", {"num_heads": 2, "key_dim": 4}),
            "got (28, 28, 1)",
        ),
        ([10], ("p", "PositionEmbedding", {}), "Reshape before it"),
    ],
)
def test_a_sequence_layer_on_the_wrong_input_says_what_it_needs(shape, layer, says):
    analysis = analyze(make_spec(shape, layer))
    text = " ".join(f"{p.message} {p.hint}" for p in analysis.problems)
    assert says in text


def test_a_recurrent_layer_refuses_zero_units():
    analysis = analyze(make_spec([5, 2], ("l", "LSTM", {"units": 0})))
    assert not analysis.ok and "units must be positive" in " ".join(
        p.message for p in analysis.problems
    )


def test_an_exported_script_builds_the_same_sequence_network():
    """The script defines LayerLab's own layers itself, wraps Bidirectional, calls attention
    with (query, value): the same parameter count, run in a fresh namespace."""
    from netcore.export.keras_script import python_script
    from netcore.training.config import TrainConfig
    from tests.netcore.test_export_hostile import built_in_process

    spec = make_spec(
        [28, 28, 1],
        ("patches", "Conv2D", {"filters": 8, "kernel_size": 7, "strides": 7}),
        ("tokens", "Reshape", {"target_shape": [16, 8]}),
        ("cls", "ClassToken", {}),
        ("pos", "PositionEmbedding", {}),
        ("att", "MultiHeadAttention", {"num_heads": 2, "key_dim": 4}),
        ("kv", "Dense", {"units": 5}, ["pos"]),
        ("cross", "MultiHeadAttention", {"num_heads": 1, "key_dim": 3}, ["att", "kv"]),
        ("bi", "Bidirectional", {"layer": "GRU", "units": 3, "merge_mode": "sum"}),
        ("out", "Dense", {"units": 10, "activation": "softmax"}),
    )
    source = python_script(spec, "mnist", TrainConfig(epochs=1))
    assert (
        "class ClassToken(layers.Layer)" in source and "layers.Bidirectional(layers.GRU(3" in source
    )
    model = built_in_process(source)
    assert model.count_params() == analyze(spec).total_params


def test_dense_on_a_sequence_acts_on_each_step_without_a_warning():
    """A Transformer's per-token MLP: Dense on (time steps, features) is meant, not a mistake
    (on an image it still warns: Flatten was forgotten)."""
    analysis = analyze(make_spec([16, 64], ("mlp", "Dense", {"units": 128})))
    assert analysis.ok and not analysis.problems
    info = analysis.layers["mlp"]
    assert info.output_shape == (16, 128)
    lines = CATALOG["Dense"].explain(info.params, [(16, 64)], info.result)
    assert "each of the 16 time steps" in lines[1]
    image = analyze(make_spec([6, 7, 3], ("d", "Dense", {"units": 5})))
    assert any("acts on the last axis only" in p.message for p in image.problems)
