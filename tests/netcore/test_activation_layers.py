"""LeakyReLU's slope and ELU's α are layer parameters: checked, built with the student's value,
exported to the script and read back from a .keras file."""

import ast

import numpy as np
import pytest

from netcore.models.builder import build_model
from netcore.models.kerasfile import spec_from_model
from netcore.network.analysis import analyze
from netcore.network.spec import LayerSpec, NetworkSpec

pytestmark = pytest.mark.slow


def spec(slope=0.1, alpha=0.5):
    return NetworkSpec(
        "activations",
        (3,),
        [
            LayerSpec("hidden", "Dense", {"units": 3}),
            LayerSpec("leaky", "LeakyReLU", {"negative_slope": slope}),
            LayerSpec("elu", "ELU", {"alpha": alpha}),
        ],
    )


def test_the_students_slope_and_alpha_reach_keras_and_come_back():
    model = build_model(spec())
    x = np.array([[-2.0, 0.5, 3.0]], np.float32)
    leaky = model.get_layer("leaky")(x).numpy()
    np.testing.assert_allclose(leaky, [[-0.2, 0.5, 3.0]], rtol=1e-6)
    elu = model.get_layer("elu")(x).numpy()
    np.testing.assert_allclose(elu, [[0.5 * (np.exp(-2.0) - 1), 0.5, 3.0]], rtol=1e-6)
    back, _ = spec_from_model(model)
    assert [(layer.type, layer.params) for layer in back.layers[1:]] == [
        ("LeakyReLU", {"negative_slope": 0.1}),
        ("ELU", {"alpha": 0.5}),
    ]
    assert analyze(spec()).layers["leaky"].summary() == "slope 0.1"


def test_a_negative_slope_is_refused_with_the_layer_named():
    problems = analyze(spec(slope=-1)).errors
    assert problems and "leaky" in str(problems[0]) and "negative_slope" in str(problems[0])


def test_the_exported_script_builds_the_same_layers():
    from netcore.export.keras_script import _model_code

    code = _model_code(spec(slope=0.25, alpha=2.0))
    ast.parse("def f():\n" + "\n".join("    " + line for line in code.splitlines()))
    assert "layers.LeakyReLU(negative_slope=0.25" in code
    assert "layers.ELU(alpha=2.0" in code
