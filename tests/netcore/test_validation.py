"""Every problem is named with its layer, the value received and what would work."""

import pytest

from netcore.network.analysis import analyze
from tests.netcore.helpers import make_spec


def messages(spec):
    return [str(p) for p in analyze(spec).problems]


def test_kernel_too_big_names_layer_sizes_and_fix():
    spec = make_spec(
        [3, 3, 1], ("conv2", "Conv2D", {"filters": 4, "kernel_size": 5}), ("f", "Flatten", {})
    )
    assert messages(spec) == [
        "conv2: kernel 5×5 does not fit its 3×3 input; use padding='same' or a smaller kernel"
    ]


def test_add_with_unequal_shapes():
    spec = make_spec(
        [28, 28, 1],
        ("a", "Conv2D", {"filters": 16, "kernel_size": 3, "padding": "same"}),
        ("p", "MaxPooling2D", {}),
        ("add1", "Add", {}, ["a", "p"]),
    )
    (msg,) = messages(spec)
    assert msg.startswith(
        "add1: inputs have shapes (28, 28, 16) and (14, 14, 16); Add needs equal shapes"
    )


def test_unknown_input_with_suggestion():
    spec = make_spec(
        [28, 28, 1],
        ("conv1", "Conv2D", {"filters": 4, "kernel_size": 3}),
        ("flat2", "Flatten", {}, ["conv9"]),
    )
    msgs = messages(spec)
    assert any(m.startswith("flat2: unknown input 'conv9'") for m in msgs)
    # conv1 now feeds nothing: also reported
    assert any(m.startswith("conv1: not connected to the output 'flat2'") for m in msgs)


def test_cycle_is_reported_with_its_path():
    spec = make_spec(
        [4],
        ("a", "Dense", {"units": 3}, ["input", "c"]),
        ("b", "Dense", {"units": 3}, ["a"]),
        ("c", "Dense", {"units": 3}, ["b"]),
    )
    msgs = messages(spec)
    assert any(
        "cycle" in m and "a → b → c → a" in m.replace("b → c → a → b", "a → b → c → a")
        for m in msgs
    )


def test_self_loop_is_a_cycle():
    spec = make_spec([4], ("a", "Dense", {"units": 3}, ["a"]))
    assert any("cycle: a → a" in m for m in messages(spec))


def test_duplicate_ids():
    spec = make_spec([4], ("d", "Dense", {"units": 3}), ("d", "Dense", {"units": 2}))
    assert "d: duplicate id 'd'; give every layer its own id" in messages(spec)


@pytest.mark.parametrize("rate", [1.0, -0.1, 1.5])
def test_dropout_rate_outside_unit_interval(rate):
    spec = make_spec([4], ("drop", "Dropout", {"rate": rate}))
    (msg,) = messages(spec)
    assert msg.startswith(f"drop: rate must be in [0.0, 1.0), got {rate}")


@pytest.mark.parametrize(
    ("layer", "expected"),
    [
        (("d", "Dense", {"units": 0}), "d: units must be positive, got 0"),
        (("d", "Dense", {"units": -3}), "d: units must be positive, got -3"),
        (("d", "Dense", {"units": 2.5}), "d: units must be a whole number, not 2.5"),
        (("d", "Dense", {"units": "ten"}), "d: units must be a whole number, not 'ten'"),
        (("d", "Dense", {}), "d: Dense needs 'units'"),
    ],
)
def test_bad_units(layer, expected):
    (msg,) = messages(make_spec([4], layer))
    assert msg.startswith(expected)


def test_non_positive_filters():
    spec = make_spec([8, 8, 1], ("c", "Conv2D", {"filters": 0, "kernel_size": 3}))
    (msg,) = messages(spec)
    assert msg.startswith("c: filters must be positive, got 0")


def test_unknown_key_type_and_value_are_errors_not_dropped():
    spec = make_spec(
        [8, 8, 1],
        ("c", "Conv2D", {"filter": 4, "kernel_size": 3, "filters": 2}),
        ("p", "MaxPool2D", {}),
        ("d", "Dense", {"units": 2, "activation": "relux"}, ["c"]),
    )
    msgs = messages(spec)
    assert any(
        m.startswith("c: unknown parameter 'filter' for Conv2D (did you mean 'filters'?)")
        for m in msgs
    )
    assert any(
        m.startswith("p: unknown layer type 'MaxPool2D' (did you mean 'MaxPooling2D'?)")
        for m in msgs
    )
    assert any(
        m.startswith("d: activation 'relux' is not available (did you mean 'relu'?)") for m in msgs
    )


def test_bad_regularizer_and_kernel_size():
    spec = make_spec(
        [8, 8, 1],
        ("c", "Conv2D", {"filters": 2, "kernel_size": [3, 3, 3], "kernel_regularizer": {"l3": 1}}),
    )
    msgs = messages(spec)
    assert any("kernel_size must be a whole number or a pair like [3, 3]" in m for m in msgs)
    assert any("kernel_regularizer has unknown key 'l3'" in m for m in msgs)


def test_missing_and_bad_input_shape():
    spec = make_spec([4], ("d", "Dense", {"units": 1}))
    spec.input_shape = None
    assert messages(spec)[0].startswith("missing input_shape; e.g.")
    spec.input_shape = [28, 0]
    assert messages(spec)[0].startswith("input_shape must be a list of positive whole numbers")


def test_conv_on_a_vector_says_to_reshape():
    (msg,) = messages(make_spec([784], ("c", "Conv2D", {"filters": 2, "kernel_size": 3})))
    assert msg == (
        "c: Conv2D needs an image input (height, width, channels); got (784,); "
        "put a Reshape before it, e.g. to (28, 28, 1), or use an image dataset"
    )


def test_dense_with_two_inputs_and_merge_with_one():
    spec = make_spec(
        [4],
        ("a", "Dense", {"units": 3}),
        ("b", "Dense", {"units": 3}, ["input"]),
        ("m", "Add", {}, ["a"]),
        ("d", "Dense", {"units": 1}, ["m", "b"]),
    )
    msgs = messages(spec)
    assert any(m.startswith("m: Add needs at least 2 inputs, got 1") for m in msgs)
    assert any(
        m.startswith("d: Dense takes one input, got 2 (m, b); merge them first") for m in msgs
    )


def test_unconnected_layer_and_empty_network():
    spec = make_spec(
        [4], ("lonely", "Dense", {"units": 3}, []), ("out", "Dense", {"units": 1}, ["input"])
    )
    msgs = messages(spec)
    assert "lonely: has no input; connect a layer's output to it" in msgs
    assert any(m.startswith("lonely: not connected to the output 'out'") for m in msgs)
    assert "the network has no layers; add a layer from the palette" in messages(make_spec([4]))


def test_reshape_with_wrong_size():
    (msg,) = messages(make_spec([10], ("r", "Reshape", {"target_shape": [3, 3]})))
    assert msg.startswith("r: cannot reshape (10,) (10 values) to (3, 3) (9 values)")


def test_pool_output_would_be_empty_or_too_small():
    spec = make_spec([1, 1, 3], ("p", "MaxPooling2D", {}))
    (msg,) = messages(spec)
    assert msg.startswith("p: pool 2×2 does not fit its 1×1 input; use padding='same'")


def test_dense_on_image_is_a_warning_not_an_error():
    analysis = analyze(make_spec([5, 5, 2], ("d", "Dense", {"units": 3})))
    assert analysis.ok
    (warning,) = analysis.warnings
    assert "put a Flatten before it" in str(warning)


def test_problems_still_leave_shapes_for_everything_inferable():
    spec = make_spec(
        [28, 28, 1],
        ("conv1", "Conv2D", {"filters": 6, "kernel_size": 5}),
        ("pool1", "MaxPooling2D", {}),
        ("side", "Conv2D", {"filters": 2, "kernel_size": 3}),
        ("flat", "Flatten", {}),
        ("bad", "Dense", {"units": 0}),
        ("after_bad", "Dense", {"units": 3}),
    )
    analysis = analyze(spec)
    assert analysis.layers["conv1"].output_shape == (24, 24, 6)
    assert analysis.layers["pool1"].output_shape == (12, 12, 6)
    assert analysis.layers["side"].output_shape == (10, 10, 2)
    assert analysis.layers["bad"].output_shape is None
    # no cascade: the layer after the broken one is not blamed
    assert not analysis.layers["after_bad"].problems


def test_output_names_a_missing_layer():
    spec = make_spec([4], ("d", "Dense", {"units": 1}), output="dd")
    assert messages(spec)[0].startswith("output 'dd' is not a layer (did you mean 'd'?)")


def test_explicit_output_in_the_middle():
    spec = make_spec(
        [4], ("h", "Dense", {"units": 3}), ("out", "Dense", {"units": 1}, ["input"]), output="out"
    )
    analysis = analyze(spec)
    assert analysis.output_id == "out"
    assert any(p.layer_id == "h" for p in analysis.problems)


def test_add_mismatch_suggests_concatenate_only_when_it_would_work():
    # (28, 28, 16) and (14, 14, 16): Concatenate along channels fails too, so it is not offered
    spec = make_spec(
        [28, 28, 1],
        ("a", "Conv2D", {"filters": 16, "kernel_size": 3, "padding": "same"}),
        ("p", "MaxPooling2D", {}),
        ("add1", "Add", {}, ["a", "p"]),
    )
    (msg,) = messages(spec)
    assert "Concatenate" not in msg
    assert "pooling" in msg or "strides" in msg
    # (28, 28, 16) and (28, 28, 8): joining the channels works, so Concatenate is offered
    spec = make_spec(
        [28, 28, 1],
        ("a", "Conv2D", {"filters": 16, "kernel_size": 3, "padding": "same"}),
        ("b", "Conv2D", {"filters": 8, "kernel_size": 3, "padding": "same"}, ["input"]),
        ("add1", "Add", {}, ["a", "b"]),
    )
    (msg,) = messages(spec)
    assert "Concatenate" in msg


@pytest.mark.parametrize("layer_id", ["-a", ".b", "-", "a-b.c_d", "_x", "9"])
def test_ids_with_dashes_and_dots_anywhere_are_accepted(layer_id):
    """The message promises letters, digits, '_', '-' and '.'; a leading '-' was refused."""
    spec = make_spec([2], (layer_id, "Dense", {"units": 1}))
    assert messages(spec) == []


@pytest.mark.parametrize("layer_id", ["é", "a b", "a/b", "a:b", "ok!"])
def test_ids_keras_refuses_say_exactly_what_is_allowed(layer_id):
    spec = make_spec([2], (layer_id, "Dense", {"units": 1}))
    (msg,) = messages(spec)
    assert msg == (
        f"{layer_id}: id '{layer_id}' has characters Keras does not accept in layer names; "
        "use only letters A–Z and a–z, digits, '_', '-' and '.'"
    )
