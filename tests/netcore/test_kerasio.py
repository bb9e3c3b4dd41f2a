"""Keras models into the editor: presets round-trip with their weights; unsupported layers and
legacy .h5 files are refused with what is wrong."""

import json
from pathlib import Path

import numpy as np
import pytest

from netcore.introspection import Inspector
from netcore.models.builder import build_model
from netcore.models.kerasfile import ModelError, open_keras_file, spec_from_model
from netcore.network.analysis import analyze
from netcore.network.editing import canonical, explicit_inputs
from netcore.network.spec import load
from netcore.resources import preset_paths


def by_id(spec):
    """Each layer's type, normalised parameters and inputs, by id (order-free)."""
    inputs = explicit_inputs(spec)
    return {
        layer.id: (item["type"], item["params"], inputs[layer.id])
        for item, layer in zip(canonical(spec)["layers"], spec.layers, strict=True)
    }


@pytest.mark.parametrize("preset", sorted(preset_paths()))
def test_every_preset_round_trips_through_a_keras_file(preset, tmp_path):
    spec = load(preset_paths()[preset])
    model = build_model(spec)
    path = tmp_path / f"{preset}.keras"
    model.save(path)
    back, weights = open_keras_file(path)
    # an uncompiled file does not know the auxiliary outputs' loss weights: 1 each
    assert back.aux_outputs == {aux: 1.0 for aux in spec.aux_outputs}
    back.aux_outputs = dict(spec.aux_outputs)
    # Keras lists parallel branches by depth: compare layer by layer id
    assert by_id(back) == by_id(spec) and back.output_id() == spec.output_id()
    # the weights came along: same predictions
    x = np.random.default_rng(0).random((3, *spec.input_shape)).astype(np.float32)
    again = Inspector(back, weights)
    keras_out = model.predict(x, verbose=0)
    main = keras_out[0] if isinstance(keras_out, list) else keras_out  # the main output first
    np.testing.assert_allclose(again.predict(x), main, rtol=1e-4, atol=1e-5)


def test_a_hand_written_sequential_model_converts():
    import keras

    model = keras.Sequential(
        [
            keras.Input((8, 8, 1)),
            keras.layers.Conv2D(4, 3, activation="relu", name="c"),
            keras.layers.MaxPooling2D(name="p"),
            keras.layers.Flatten(name="f"),
            keras.layers.Dropout(0.25, name="d"),
            keras.layers.Dense(3, activation="softmax", name="out"),
        ]
    )
    spec, weights = spec_from_model(model)
    assert [(layer.id, layer.type) for layer in spec.layers] == [
        ("c", "Conv2D"),
        ("p", "MaxPooling2D"),
        ("f", "Flatten"),
        ("d", "Dropout"),
        ("out", "Dense"),
    ]
    assert spec.layers[0].params["filters"] == 4 and spec.layers[3].params["rate"] == 0.25
    assert set(weights) == {"c", "out"}


def test_layers_the_catalog_lacks_become_opaque_imported_nodes():
    """Not a refusal: Conv1D and Cropping1D keep Keras's own shapes and counts, marked as imported."""
    import keras

    inputs = keras.Input((10, 3))
    x = keras.layers.Conv1D(4, 3, name="conv1d")(inputs)
    x = keras.layers.Cropping1D(1, name="crop")(x)
    x = keras.layers.LSTM(5, name="lstm")(x)  # LayerLab's own since the sequence layers
    model = keras.Model(inputs, keras.layers.Dense(2, name="out")(x))
    spec, weights = spec_from_model(model)
    types = {layer.id: layer.type for layer in spec.layers}
    assert types == {"conv1d": "KerasLayer", "crop": "KerasLayer", "lstm": "LSTM", "out": "Dense"}
    analysis = analyze(spec)
    assert analysis.layers["crop"].output_shape == (6, 4)
    assert analysis.layers["lstm"].total_params == model.get_layer("lstm").count_params()
    assert analysis.layers["conv1d"].summary() == "Conv1D · imported"
    x = np.random.default_rng(1).random((2, 10, 3)).astype(np.float32)
    np.testing.assert_allclose(
        Inspector(spec, weights).predict(x), model.predict(x, verbose=0), rtol=1e-5
    )


def test_settings_the_catalog_cannot_express_keep_the_layer_opaque():
    """A dilated convolution is not the catalog's Conv2D: it is imported as it is, and an edit
    that changes its input is refused with the reason."""
    import keras

    inputs = keras.Input((8, 8, 1))
    x = keras.layers.Conv2D(2, 3, dilation_rate=2, name="c")(inputs)
    model = keras.Model(inputs, keras.layers.Flatten(name="f")(x))
    spec, _ = spec_from_model(model)
    layer = spec.layers[0]
    assert layer.type == "KerasLayer" and layer.params["layer"]["keras"]["config"][
        "dilation_rate"
    ] in ([2, 2], (2, 2))
    assert analyze(spec).layers["c"].output_shape == (4, 4, 2)
    from netcore.export.keras_script import _model_code

    code = _model_code(spec)
    assert (
        "keras.saving.deserialize_keras_object(json.loads(" in code
        and "safe_mode=True)(inputs)" in code
    )
    spec.input_shape = [9, 9, 1]
    problems = analyze(spec).errors
    assert problems and "read for input (8, 8, 1) and now gets (9, 9, 1)" in str(problems[0])


def test_a_hostile_imported_layer_in_a_network_file_is_refused():
    from netcore.network.spec import loads

    layer = {
        "class_name": "system",
        "keras": {"module": "os", "class_name": "system", "config": {}},
        "input_shapes": [[4]],
        "output_shape": [4],
        "trainable": 0,
        "non_trainable": 0,
    }
    text = json.dumps(
        {
            "format": "layerlab-network",
            "version": 1,
            "name": "x",
            "input_shape": [4],
            "layers": [{"id": "k", "type": "KerasLayer", "layer": layer}],
        }
    )
    problems = analyze(loads(text)).errors
    assert problems and "'os' is not a Keras module" in str(problems[0])


def test_legacy_h5_and_non_keras_files_are_refused(tmp_path):
    (tmp_path / "old.h5").write_bytes(b"\x89HDF\r\n\x1a\n")
    with pytest.raises(ModelError, match="legacy HDF5"):
        open_keras_file(tmp_path / "old.h5")
    (tmp_path / "bad.keras").write_bytes(b"not a zip")
    with pytest.raises(ModelError, match="bad.keras: damaged or not a .keras model"):
        open_keras_file(tmp_path / "bad.keras")
    with pytest.raises(ModelError, match="no such file"):
        open_keras_file(tmp_path / "missing.keras")


def test_unsafe_lambda_layers_are_refused_by_safe_mode(tmp_path):
    import keras

    inputs = keras.Input((2,))
    outputs = keras.layers.Lambda(lambda t: t * 2, name="double")(inputs)
    keras.Model(inputs, outputs).save(tmp_path / "lambda.keras")
    with pytest.raises(ModelError, match="lambda.keras: Keras could not load it"):
        open_keras_file(tmp_path / "lambda.keras")


def test_weights_only_files_load_into_a_known_architecture(tmp_path):
    spec = load(preset_paths()["xor-mlp"])
    source = Inspector(spec, seed=1)
    source.save_weights_file(tmp_path / "xor.weights.h5")
    target = Inspector(spec, seed=2)
    target.load_weights_file(tmp_path / "xor.weights.h5")
    x = np.array([[0, 0], [1, 0]], dtype=np.float32)
    np.testing.assert_allclose(target.predict(x), source.predict(x), rtol=1e-6)
    from netcore.introspection import InspectError

    other = Inspector(load(preset_paths()["perceptron-and"]))
    with pytest.raises(InspectError, match="do not fit this network"):
        other.load_weights_file(tmp_path / "xor.weights.h5")
    with pytest.raises(InspectError, match=r"end in \.weights\.h5"):
        other.load_weights_file(tmp_path / "model.h5")


# -- model files from elsewhere: measured before Keras allocates anything ------------------


def patched_keras(path, model, change):
    """``model`` saved to ``path`` with its config.json changed by ``change`` (the weights
    stay those of the small model: only the declared architecture grows)."""
    import zipfile

    model.save(path)
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    config = json.loads(members["config.json"])
    change(config["config"]["layers"])
    members["config.json"] = json.dumps(config).encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def huge_input_model(path):
    """A 28×28 classifier whose config says its input is 32768×32768 (4 GB for one image)."""
    import keras

    inputs = keras.Input((28, 28, 1))
    pooled = keras.layers.GlobalAveragePooling2D()(inputs)
    model = keras.Model(inputs, keras.layers.Dense(10, activation="softmax")(pooled))

    def grow(layers):
        layers[0]["config"]["batch_shape"] = [None, 32768, 32768, 1]

    return patched_keras(path, model, grow)


def huge_dense_model(path):
    """A 2-2-1 network whose config says its hidden layer has 2³⁰ units (a 4.3 GB kernel)."""
    import keras

    model = keras.Sequential(
        [
            keras.Input((2,)),
            keras.layers.Dense(2, activation="sigmoid"),
            keras.layers.Dense(1, activation="sigmoid"),
        ]
    )

    def grow(layers):
        dense = [layer for layer in layers if layer["class_name"] == "Dense"]
        dense[0]["config"]["units"] = 2**30
        dense[1]["build_config"]["input_shape"] = [None, 2**30]

    return patched_keras(path, model, grow)


def test_a_model_whose_one_example_takes_gigabytes_is_refused_before_loading(tmp_path):
    from netcore.models.kerasfile import load_keras_model

    with pytest.raises(ModelError, match=r"one example through this model takes 4\.0 GB") as info:
        load_keras_model(huge_input_model(tmp_path / "big-input.keras"))
    assert "big-input.keras" in str(info.value) and "at most 1 GB" in str(info.value)


def test_a_model_declaring_billions_of_weights_is_refused_before_loading(tmp_path):
    from netcore.models.kerasfile import load_keras_model

    with pytest.raises(ModelError, match=r"4,294,967,297 parameters \(16\.0 GB of weights\)"):
        load_keras_model(huge_dense_model(tmp_path / "big-units.keras"))


def test_special_files_are_refused_as_models(tmp_path):
    import os

    from netcore.models.kerasfile import load_keras_model

    zero = tmp_path / "zero.keras"
    zero.symlink_to("/dev/zero")
    with pytest.raises(ModelError, match="zero.keras: is a device"):
        load_keras_model(zero)
    fifo = tmp_path / "fifo.keras"
    os.mkfifo(fifo)
    with pytest.raises(ModelError, match=r"fifo.keras: is a pipe \(FIFO\)"):
        load_keras_model(fifo)


def test_a_models_config_whose_size_lies_is_read_only_as_far_as_declared(tmp_path):
    from netcore.models.kerasfile import load_keras_model
    from tests.netcore.test_project_hostile import lying_zip

    path = lying_zip(tmp_path / "lying.keras", "config.json", 64 << 20, {"metadata.json": b"{}"})
    with pytest.raises(ModelError, match="lying.keras: damaged .keras file"):
        load_keras_model(path)


def test_predict_and_backprop_on_hostile_models_and_images_exit_2(tmp_path, capsys):
    import os

    from PIL import Image

    from netcore.cli.main import main
    from tests.netcore.test_zipcheck import bomb

    image = tmp_path / "one.png"
    pixels = np.zeros((28, 28), np.uint8)
    pixels[6:22, 12:16] = 255
    Image.fromarray(pixels).save(image)
    zero, fifo = tmp_path / "zero.png", tmp_path / "fifo.png"
    zero.symlink_to("/dev/zero")
    os.mkfifo(fifo)
    models = [
        huge_input_model(tmp_path / "big-input.keras"),
        huge_dense_model(tmp_path / "big-units.keras"),
        bomb(tmp_path / "bomb.keras"),
    ]
    runs = [["predict", str(m), str(image)] for m in models]
    runs += [["backprop", str(m), "--input", "1 0", "--target", "1"] for m in models]
    runs += [["predict", "--bundled", str(zero)], ["predict", "--bundled", str(fifo)]]
    for args in runs:
        for extra in ([], ["--json"]):
            assert main([*args, *extra]) == 2, args
            err = capsys.readouterr().err
            named = args[2] if args[1] == "--bundled" else args[1]
            assert Path(named).name in err and "Traceback" not in err, err
            assert "internal error" not in err, err
