"""The layers the lectures' architectures need (transposed, depthwise and separable convolutions,
zero padding, upsampling, layer normalisation, Maximum/Minimum/Multiply) survive a .keras round
trip with their settings and weights, and the exported script writes them as Keras does."""

import ast

import numpy as np

from netcore.export.keras_script import _model_code
from netcore.introspection import Inspector
from netcore.models.builder import build_model
from netcore.models.kerasfile import open_keras_file
from netcore.network.analysis import analyze
from netcore.network.editing import canonical, explicit_inputs
from netcore.network.spec import LayerSpec, NetworkSpec


def u_net_like() -> NetworkSpec:
    return NetworkSpec(
        name="architecture layers",
        input_shape=[12, 12, 1],
        layers=[
            LayerSpec("pad", "ZeroPadding2D", {"padding": [[1, 0], [2, 1]]}),
            LayerSpec(
                "sep", "SeparableConv2D", {"filters": 4, "kernel_size": 3, "depth_multiplier": 2}
            ),
            LayerSpec("dw", "DepthwiseConv2D", {"kernel_size": 3, "strides": 2, "padding": "same"}),
            LayerSpec("up", "UpSampling2D", {"size": 2, "interpolation": "bilinear"}),
            LayerSpec(
                "de",
                "Conv2DTranspose",
                {"filters": 4, "kernel_size": 3, "strides": 1, "padding": "same"},
                ["dw"],
            ),
            LayerSpec(
                "de2", "Conv2DTranspose", {"filters": 4, "kernel_size": 2, "strides": 2}, ["de"]
            ),
            LayerSpec("mx", "Maximum", {}, ["up", "de2"]),
            LayerSpec("mn", "Minimum", {}, ["up", "de2"]),
            LayerSpec("mul", "Multiply", {}, ["mx", "mn"]),
            LayerSpec("ln", "LayerNormalization", {"epsilon": 0.01}),
            LayerSpec("flat", "Flatten", {}),
            LayerSpec("out", "Dense", {"units": 3, "activation": "softmax"}),
        ],
    )


def test_round_trip_through_a_keras_file(tmp_path):
    spec = u_net_like()
    analysis = analyze(spec)
    assert not analysis.errors, analysis.errors
    assert analysis.layers["up"].output_shape == analysis.layers["de2"].output_shape == (12, 14, 4)
    model = build_model(spec, analysis)
    path = tmp_path / "layers.keras"
    model.save(path)
    back, weights = open_keras_file(path)

    def by_id(s):  # Keras may list parallel branches in another order
        inputs = explicit_inputs(s)
        return {
            item["type"] + ":" + layer.id: (item["params"], inputs[layer.id])
            for item, layer in zip(canonical(s)["layers"], s.layers, strict=True)
        }

    assert by_id(back) == by_id(spec)
    x = np.random.default_rng(0).random((2, 12, 12, 1)).astype(np.float32)
    np.testing.assert_allclose(
        Inspector(back, weights).predict(x), model.predict(x, verbose=0), rtol=1e-4, atol=1e-5
    )


def test_the_exported_script_writes_the_new_layers():
    code = _model_code(u_net_like())
    ast.parse("def f():\n" + "\n".join("    " + line for line in code.splitlines()))
    assert "layers.ZeroPadding2D(padding=((1, 0), (2, 1))" in code
    assert "layers.Maximum(name='mx')([up, de2])" in code
    assert "layers.SeparableConv2D(" in code and "depth_multiplier=2" in code


def test_bad_padding_is_named():
    spec = NetworkSpec(
        name="p",
        input_shape=[5, 5, 1],
        layers=[LayerSpec("pad", "ZeroPadding2D", {"padding": [1, -1]})],
    )
    problems = analyze(spec).errors
    assert (
        problems
        and "pad" in str(problems[0])
        and "[[top, bottom], [left, right]]" in str(problems[0])
    )
