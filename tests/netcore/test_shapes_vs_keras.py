"""Pure-Python shape inference and parameter counts must equal what Keras builds."""

import pytest

from netcore.models.builder import build_model
from netcore.network.analysis import analyze
from netcore.network.catalog import CATALOG, shape_text
from netcore.network.params import ACTIVATIONS, INITIALIZERS
from netcore.network.spec import load
from netcore.resources import preset_paths
from tests.netcore.helpers import make_spec

CONV = {"filters": 4, "kernel_size": 3}

CASES = {
    "dense": ([8], ("d", "Dense", {"units": 5})),
    "dense_no_bias": ([8], ("d", "Dense", {"units": 5, "use_bias": False})),
    "dense_on_image_last_axis": ([6, 7, 3], ("d", "Dense", {"units": 5})),
    "conv_valid": ([28, 28, 1], ("c", "Conv2D", {"filters": 6, "kernel_size": 5})),
    "conv_same": (
        [28, 28, 1],
        ("c", "Conv2D", {"filters": 6, "kernel_size": 5, "padding": "same"}),
    ),
    "conv_pair_kernel": ([28, 28, 3], ("c", "Conv2D", {"filters": 6, "kernel_size": [5, 5]})),
    "conv_non_square": ([20, 17, 2], ("c", "Conv2D", {"filters": 3, "kernel_size": [3, 5]})),
    "conv_stride2_valid_odd": ([27, 29, 2], ("c", "Conv2D", {**CONV, "strides": 2})),
    "conv_stride2_same_odd": (
        [27, 29, 2],
        ("c", "Conv2D", {**CONV, "strides": 2, "padding": "same"}),
    ),
    "conv_stride3_same_even_kernel": (
        [28, 28, 1],
        ("c", "Conv2D", {"filters": 2, "kernel_size": 4, "strides": 3, "padding": "same"}),
    ),
    "conv_strides_pair": ([28, 21, 1], ("c", "Conv2D", {**CONV, "strides": [2, 1]})),
    "conv_no_bias": ([10, 10, 3], ("c", "Conv2D", {**CONV, "use_bias": False})),
    "conv_exact_fit": ([5, 5, 1], ("c", "Conv2D", {"filters": 2, "kernel_size": 5})),
    "conv_1x1": ([7, 7, 16], ("c", "Conv2D", {"filters": 8, "kernel_size": 1})),
    "maxpool_default": ([28, 28, 6], ("p", "MaxPooling2D", {})),
    "maxpool_odd": ([27, 27, 6], ("p", "MaxPooling2D", {"pool_size": 2})),
    "maxpool_3_stride_2": ([27, 27, 6], ("p", "MaxPooling2D", {"pool_size": 3, "strides": 2})),
    "maxpool_same": ([27, 25, 6], ("p", "MaxPooling2D", {"pool_size": 2, "padding": "same"})),
    "maxpool_non_square": ([28, 28, 2], ("p", "MaxPooling2D", {"pool_size": [2, 4]})),
    "maxpool_strides_1": ([8, 8, 2], ("p", "MaxPooling2D", {"pool_size": 2, "strides": 1})),
    "avgpool_default": ([28, 28, 6], ("p", "AveragePooling2D", {})),
    "avgpool_same_stride3": (
        [28, 28, 6],
        ("p", "AveragePooling2D", {"pool_size": 2, "strides": 3, "padding": "same"}),
    ),
    "gap": ([7, 7, 32], ("g", "GlobalAveragePooling2D", {})),
    "gap_keepdims": ([7, 7, 32], ("g", "GlobalAveragePooling2D", {"keepdims": True})),
    "gmp": ([7, 5, 16], ("g", "GlobalMaxPooling2D", {})),
    "flatten": ([5, 5, 16], ("f", "Flatten", {})),
    "flatten_vector": ([12], ("f", "Flatten", {})),
    "reshape": ([784], ("r", "Reshape", {"target_shape": [28, 28, 1]})),
    "reshape_minus_one": ([784], ("r", "Reshape", {"target_shape": [-1, 7, 4]})),
    "dropout": ([5, 5, 3], ("d", "Dropout", {"rate": 0.25})),
    "batchnorm_conv": ([9, 9, 12], ("b", "BatchNormalization", {})),
    "batchnorm_dense": ([30], ("b", "BatchNormalization", {})),
    "batchnorm_no_center": ([9, 9, 12], ("b", "BatchNormalization", {"center": False})),
    "batchnorm_axis1": ([9, 7, 12], ("b", "BatchNormalization", {"axis": 1})),
    "activation": ([4, 4, 2], ("a", "Activation", {"activation": "relu"})),
    "leaky_relu": ([4, 4, 2], ("a", "LeakyReLU", {"negative_slope": 0.1})),
    "elu": ([5], ("a", "ELU", {"alpha": 0.5})),
    "deconv_valid": ([7, 7, 3], ("t", "Conv2DTranspose", {"filters": 4, "kernel_size": 3})),
    "deconv_stride2_same": (
        [7, 5, 3],
        ("t", "Conv2DTranspose", {**CONV, "strides": 2, "padding": "same"}),
    ),
    "deconv_stride3_small_kernel": (
        [4, 4, 2],
        ("t", "Conv2DTranspose", {"filters": 2, "kernel_size": 2, "strides": 3}),
    ),
    "deconv_stride2_valid_even": (
        [6, 6, 2],
        ("t", "Conv2DTranspose", {"filters": 2, "kernel_size": 4, "strides": 2, "use_bias": False}),
    ),
    "depthwise": ([9, 9, 4], ("d", "DepthwiseConv2D", {"kernel_size": 3})),
    "depthwise_multiplier_stride": (
        [9, 8, 3],
        (
            "d",
            "DepthwiseConv2D",
            {"kernel_size": 3, "depth_multiplier": 2, "strides": 2, "padding": "same"},
        ),
    ),
    "separable": ([10, 10, 8], ("s", "SeparableConv2D", {"filters": 16, "kernel_size": 3})),
    "separable_multiplier_no_bias": (
        [10, 10, 3],
        (
            "s",
            "SeparableConv2D",
            {**CONV, "depth_multiplier": 3, "use_bias": False, "padding": "same"},
        ),
    ),
    "zeropad_one": ([5, 5, 2], ("z", "ZeroPadding2D", {"padding": 1})),
    "zeropad_rows_cols": ([5, 5, 2], ("z", "ZeroPadding2D", {"padding": [2, 0]})),
    "zeropad_four": ([5, 6, 2], ("z", "ZeroPadding2D", {"padding": [[1, 2], [0, 3]]})),
    "upsampling": ([7, 7, 4], ("u", "UpSampling2D", {})),
    "upsampling_bilinear_pair": (
        [7, 5, 4],
        ("u", "UpSampling2D", {"size": [3, 2], "interpolation": "bilinear"}),
    ),
    "layernorm_vector": ([30], ("l", "LayerNormalization", {})),
    "layernorm_image": ([6, 6, 8], ("l", "LayerNormalization", {"scale": False})),
}


def _compare(spec):
    analysis = analyze(spec)
    assert analysis.ok, [str(p) for p in analysis.problems]
    model = build_model(spec, analysis)
    for layer_id, info in analysis.layers.items():
        layer = model.get_layer(layer_id)
        assert tuple(layer.output.shape[1:]) == info.output_shape, layer_id
        trainable = sum(int(w.numpy().size) for w in layer.trainable_weights)
        non_trainable = sum(int(w.numpy().size) for w in layer.non_trainable_weights)
        assert (trainable, non_trainable) == (info.trainable, info.non_trainable), layer_id
    assert model.count_params() == analysis.total_params
    return analysis, model


@pytest.mark.parametrize("case", sorted(CASES))
def test_single_layer_matches_keras(case):
    input_shape, layer = CASES[case]
    _compare(make_spec(input_shape, layer))


def test_every_catalog_type_is_covered_by_a_keras_comparison():
    merges = {"Add", "Concatenate", "Maximum", "Minimum", "Multiply"}
    merges.add("KerasLayer")  # imported, shapes from Keras itself (test_keras_applications.py)
    from tests.netcore.test_sequence_layers import SEQUENCE_CASES

    cases = [*CASES.values(), *SEQUENCE_CASES.values()]
    types = {layer[1] for _, layer in cases} | merges
    assert types == set(CATALOG)


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_every_activation_builds_in_keras(activation):
    spec = make_spec([4], ("d", "Dense", {"units": 3, "activation": activation}))
    _compare(spec)


@pytest.mark.parametrize("initializer", INITIALIZERS)
def test_every_initializer_and_regularizer_builds(initializer):
    spec = make_spec(
        [6, 6, 1],
        (
            "c",
            "Conv2D",
            {**CONV, "kernel_initializer": initializer, "kernel_regularizer": {"l2": 0.01}},
        ),
        ("f", "Flatten", {}),
        (
            "d",
            "Dense",
            {
                "units": 2,
                "kernel_initializer": initializer,
                "kernel_regularizer": {"l1": 0.1, "l2": 0.2},
            },
        ),
    )
    _, model = _compare(spec)
    assert len(model.losses) == 2  # one penalty per regularised layer


def test_add_of_three_branches_matches_keras():
    spec = make_spec(
        [8, 8, 3],
        ("a", "Conv2D", {**CONV, "padding": "same"}),
        ("b", "Conv2D", {**CONV, "padding": "same"}, ["input"]),
        ("c", "Conv2D", {"filters": 4, "kernel_size": 1}, ["input"]),
        ("sum", "Add", {}, ["a", "b", "c"]),
    )
    analysis, _ = _compare(spec)
    assert analysis.layers["sum"].output_shape == (8, 8, 4)


@pytest.mark.parametrize("merge", ["Maximum", "Minimum", "Multiply"])
def test_elementwise_merges_and_a_maxout_unit_match_keras(merge):
    """Maxout: k Dense branches of one size joined by Maximum."""
    spec = make_spec(
        [6],
        ("a", "Dense", {"units": 4}),
        ("b", "Dense", {"units": 4}, ["input"]),
        ("c", "Dense", {"units": 4}, ["input"]),
        ("m", merge, {}, ["a", "b", "c"]),
    )
    analysis, model = _compare(spec)
    assert analysis.layers["m"].output_shape == (4,)
    bad = make_spec(
        [6],
        ("a", "Dense", {"units": 4}),
        ("b", "Dense", {"units": 3}, ["input"]),
        ("m", merge, {}, ["a", "b"]),
    )
    problems = analyze(bad).errors
    assert problems and f"{merge} needs equal shapes" in str(problems[0])
    assert "4 and 3 on axis 1" in str(problems[0])


#: Branches whose shapes differ but broadcast (NumPy's rule, which Keras's merges follow): a
#: size of 1 is repeated to match, and a shorter shape is aligned with the last axes.
BROADCASTS = {
    "channel_of_one": ([1, 1, 4], ("a", "Conv2D", {"filters": 1, "kernel_size": 1}), (1, 1, 4)),
    "rank_3_and_1": ([1, 1, 1], ("a", "Flatten", {}), (1, 1, 1)),
    "map_times_gate": ([3, 3, 4], ("a", "GlobalAveragePooling2D", {}), (3, 3, 4)),
    "both_grow": ([4, 1], ("a", "Flatten", {}), (4, 4)),
}


@pytest.mark.parametrize("merge", ["Add", "Multiply", "Maximum", "Minimum"])
@pytest.mark.parametrize("case", sorted(BROADCASTS))
def test_merges_of_broadcastable_shapes_match_keras(merge, case):
    """Keras builds these (the review's random comparison found 24 of 600 networks LayerLab
    refused); the shapes, parameter counts and a compiled call must agree."""
    import numpy as np

    input_shape, branch, expected = BROADCASTS[case]
    spec = make_spec(input_shape, branch, ("m", merge, {}, ["input", "a"]))
    analysis, model = _compare(spec)
    assert analysis.layers["m"].output_shape == expected
    out = model.predict_on_batch(np.ones((2, *input_shape), "float32"))
    assert out.shape == (2, *expected)
    assert analysis.layers["m"].explain()[0].endswith(f"broadcast to {shape_text(expected)}")


def test_merges_that_do_not_broadcast_name_the_axis_and_the_sizes():
    spec = make_spec(
        [3, 3, 4],
        ("a", "Conv2D", {"filters": 2, "kernel_size": 1}),
        ("m", "Add", {}, ["input", "a"]),
    )
    (problem,) = analyze(spec).errors
    assert str(problem).startswith("m: inputs have shapes (3, 3, 4) and (3, 3, 2); Add needs")
    assert "equal, or 1" in str(problem) and "4 and 2 on axis 3" in str(problem)


def test_ids_keras_accepts_as_layer_names_are_accepted():
    """'-' and '.' anywhere, as the message promises and Keras (and TensorFlow's graphs)
    accept; a compiled call runs with them."""
    import numpy as np

    spec = make_spec(
        [3],
        ("-a", "Dense", {"units": 2}),
        (".b", "Dense", {"units": 2}),
        ("-", "Dropout", {"rate": 0.1}),
        ("c-d.e_f", "Dense", {"units": 1}),
    )
    _, model = _compare(spec)
    assert [layer.name for layer in model.layers[1:]] == ["-a", ".b", "-", "c-d.e_f"]
    assert model.predict_on_batch(np.zeros((1, 3), "float32")).shape == (1, 1)


def test_inception_style_concatenate_matches_keras():
    spec = make_spec(
        [14, 14, 8],
        ("b1", "Conv2D", {"filters": 4, "kernel_size": 1}, ["input"]),
        ("b3", "Conv2D", {"filters": 6, "kernel_size": 3, "padding": "same"}, ["input"]),
        ("b5", "Conv2D", {"filters": 2, "kernel_size": 5, "padding": "same"}, ["input"]),
        ("bp", "MaxPooling2D", {"pool_size": 3, "strides": 1, "padding": "same"}, ["input"]),
        ("cat", "Concatenate", {}, ["b1", "b3", "b5", "bp"]),
    )
    analysis, _ = _compare(spec)
    assert analysis.layers["cat"].output_shape == (14, 14, 20)


def test_concatenate_on_height_axis_matches_keras():
    spec = make_spec(
        [6, 5, 2],
        ("a", "Conv2D", {"filters": 3, "kernel_size": [3, 1]}, ["input"]),
        ("b", "Conv2D", {"filters": 3, "kernel_size": 1}, ["input"]),
        ("cat", "Concatenate", {"axis": 1}, ["a", "b"]),
    )
    analysis, _ = _compare(spec)
    assert analysis.layers["cat"].output_shape == (10, 5, 3)


@pytest.mark.parametrize("preset", sorted(preset_paths()))
def test_presets_match_keras(preset):
    _compare(load(preset_paths()[preset]))


def test_keras_layer_names_are_spec_ids():
    spec = load(preset_paths()["resnet-small"])
    model = build_model(spec)
    names = {layer.name for layer in model.layers} - {"input"}
    assert names == set(spec.ids())
