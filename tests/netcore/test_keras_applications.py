"""Real-world models open: the Keras application models (weights=None) read from .keras files
with every layer's output shape and parameter count equal to Keras's; layers the catalog does
not offer are opaque imported nodes, clearly marked, that Keras rebuilds."""

import json

import numpy as np
import pytest

from netcore.cli.main import main
from netcore.introspection import Inspector
from netcore.models.kerasfile import open_keras_file
from netcore.network.analysis import analyze

APPLICATIONS = {
    "MobileNetV2": dict(alpha=0.35, input_shape=(96, 96, 3)),
    "EfficientNetB0": dict(input_shape=(64, 64, 3)),
    "DenseNet121": dict(input_shape=(64, 64, 3), classes=10),
}


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    import keras

    keras.utils.set_random_seed(0)
    folder = tmp_path_factory.mktemp("applications")
    paths = {}
    for name, kwargs in APPLICATIONS.items():
        model = getattr(keras.applications, name)(weights=None, **kwargs)
        paths[name] = (folder / f"{name}.keras", model)
        model.save(paths[name][0])
    return paths


@pytest.mark.slow
@pytest.mark.parametrize("name", list(APPLICATIONS))
def test_shapes_and_counts_equal_keras(saved, name):
    path, model = saved[name]
    spec, weights = open_keras_file(path)
    analysis = analyze(spec)
    assert not analysis.errors
    for layer in model.layers[1:]:
        info = analysis.layers[layer.name]
        assert info.output_shape == tuple(layer.output.shape[1:]), layer.name
        assert info.total_params == layer.count_params(), layer.name
    assert analysis.total_params == model.count_params()
    assert analysis.trainable_params == sum(int(np.prod(w.shape)) for w in model.trainable_weights)
    imported = [info for info in analysis.layers.values() if info.type == "KerasLayer"]
    for info in imported:  # marked, with Keras's class
        assert info.summary().endswith("· imported")
    if name == "MobileNetV2":
        assert {i.params["layer"]["class_name"] for i in imported} == {"ReLU"}  # ReLU(max 6)
        assert analysis.layers["Conv1"].type == "Conv2D"


@pytest.mark.slow
def test_opaque_layers_are_rebuilt_by_keras_with_their_weights(saved):
    path, model = saved["EfficientNetB0"]
    spec, weights = open_keras_file(path)
    assert any(layer.type == "KerasLayer" for layer in spec.layers)  # Rescaling, swish, …
    x = np.random.default_rng(0).random((2, 64, 64, 3)).astype(np.float32) * 255
    np.testing.assert_allclose(
        Inspector(spec, weights).predict(x), model.predict(x, verbose=0), rtol=1e-4, atol=1e-5
    )


@pytest.mark.slow
def test_summary_of_a_keras_file(saved, capsys):
    path, model = saved["MobileNetV2"]
    assert main(["summary", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total_params"] == model.count_params()
    relu = next(layer for layer in data["layers"] if layer["id"] == "Conv1_relu")
    assert relu["imported"] is True and relu["keras_class"] == "ReLU"
    assert main(["summary", str(path)]) == 0
    out = capsys.readouterr().out
    assert "ReLU (imported)" in out and "imported layer(s)" in out
