"""Models out of and into the window: a LeNet trained in the app, exported as .keras and opened
again gives the same predictions; a Keras script is exported from the File menu."""

import numpy as np
import pytest

from netcore.network.editing import canonical
from netcore.network.spec import load
from netcore.resources import preset_paths

pytestmark = pytest.mark.slow


@pytest.fixture
def ready(window):
    from netcore.models import tfruntime

    tfruntime.tensorflow()
    window.model_state.set_tensorflow_ready()
    return window


def test_trained_lenet_round_trips_through_a_keras_file(ready, qtbot, dialogs, tmp_path):
    from netcore.models.kerasfile import model_from_bytes

    window = ready
    window.files.new_from_template("lenet5")
    window.picker.select("mnist")
    panel = window.training
    panel.settings.epochs.setValue(1)
    panel.settings.validation.setValue(0.9)  # train on 6,000 images: quick, and clearly trained
    with qtbot.waitSignal(panel.trained, timeout=120_000) as blocker:
        assert panel.start()
    result = blocker.args[0]
    qtbot.waitUntil(lambda: not panel.session.running)
    assert window.model_state.source.startswith("trained")

    dialogs.save_path_answer = tmp_path / "lenet-trained.keras"
    window.exports.export_model()
    assert (tmp_path / "lenet-trained.keras").is_file()

    window.files.new_from_template("xor-mlp")  # something else in between
    dialogs.open_answer = tmp_path / "lenet-trained.keras"
    assert window.files.open()
    assert canonical(window.document.spec) == canonical(load(preset_paths()["lenet5"]))
    assert window.document.path is None  # saving will not overwrite the .keras file
    assert "from lenet-trained.keras" in window.model_state.source
    window.picker.select("mnist")  # the template in between had no dataset
    assert "from lenet-trained.keras" in window.model_state.source  # same input: weights stay

    x = window.model_state.dataset().x_test[:20]
    trained = model_from_bytes(result.model_bytes).predict(x, verbose=0)
    reopened = window.model_state.inspector().predict(x)
    np.testing.assert_allclose(reopened, trained, rtol=1e-4, atol=1e-6)
    assert (trained.argmax(1) == window.model_state.dataset().y_test[:20]).mean() > 0.8


def test_unsupported_keras_file_gets_a_message_and_keeps_the_network(ready, dialogs, tmp_path):
    """A layer the catalog lacks opens as an imported node; a model LayerLab cannot hold (two
    inputs) gets a message and the student's network stays."""
    import keras

    window = ready
    inputs = keras.Input((10, 3))
    outputs = keras.layers.Dense(2)(keras.layers.Conv1D(4, 3, name="memory")(inputs))
    keras.Model(inputs, outputs).save(tmp_path / "conv1d.keras")
    dialogs.open_answer = tmp_path / "conv1d.keras"
    assert window.files.open()
    assert window.document.spec.layer("memory").type == "KerasLayer"
    assert window.canvas.nodes["memory"].severity == ""
    # a recurrent layer is one of LayerLab's own now: it opens as itself, editable
    outputs = keras.layers.Dense(2)(keras.layers.LSTM(4, name="memory")(inputs))
    keras.Model(inputs, outputs).save(tmp_path / "rnn.keras")
    dialogs.open_answer = tmp_path / "rnn.keras"
    assert window.files.open()
    assert window.document.spec.layer("memory").type == "LSTM"
    assert window.document.spec.layer("memory").params["units"] == 4
    window.files.new_from_template("xor-mlp")
    before = window.document.spec.copy()
    a, b = keras.Input((3,)), keras.Input((3,))
    keras.Model([a, b], keras.layers.Add()([a, b])).save(tmp_path / "two.keras")
    dialogs.open_answer = tmp_path / "two.keras"
    assert not window.files.open()
    title, text = dialogs.errors[-1]
    assert title == "Cannot open this model" and "2 inputs" in text
    assert window.document.spec == before


def test_export_keras_script_from_the_file_menu(ready, dialogs, tmp_path):
    window = ready
    window.files.new_from_template("xor-mlp")
    window.picker.select("xor")
    dialogs.save_path_answer = tmp_path / "xor-gpus.py"
    window.findChild(type(window.undo_action), "actionExportScript_mirrored").trigger()
    source = (tmp_path / "xor-gpus.py").read_text()
    assert "tf.distribute.MirroredStrategy()" in source
    compile(source, "xor-gpus.py", "exec")


def test_tensorboard_option_asks_for_a_folder(ready, dialogs, tmp_path):
    panel = ready.training
    dialogs.folder_answer = None
    panel.settings.tensorboard.setChecked(True)
    assert not panel.settings.tensorboard.isChecked()  # cancelled: stays off
    dialogs.folder_answer = tmp_path / "tb"
    panel.settings.tensorboard.setChecked(True)
    assert panel.settings.tensorboard.isChecked()
    assert panel.settings.read().tensorboard_dir.startswith(str(tmp_path / "tb"))
