"""A preset opens with the training settings it recommends, shown in the form; the learning
rate schedule is a setting like the others; a network file with bad settings still opens."""

import json

import pytest

pytestmark = pytest.mark.slow


def test_lenet_opens_with_adam_and_a_cosine_schedule(window):
    form = window.training.settings
    assert window.project.training.optimizer == "sgd"  # the window's usual start
    window.files.new_from_template("lenet5")
    assert form.optimizer.currentText() == "adam"
    assert form.learning_rate.value() == pytest.approx(0.001)
    assert form.schedule.currentData() == "cosine"
    assert form.findChild(type(form.schedule), "learningRateSchedule") is form.schedule
    assert form.epochs.value() == 5 and form.batch.currentText() == "32"
    window.files.new_from_template("mnist-mlp-512")  # the lecture's table
    assert (form.optimizer.currentText(), form.learning_rate.value()) == ("sgd", 0.1)
    assert form.schedule.currentData() == "constant"
    assert (form.batch.currentText(), form.epochs.value()) == ("128", 40)


def test_the_schedule_choice_is_written_to_the_project(window):
    window.files.new_from_template("xor-mlp")
    form = window.training.settings
    assert window.project.training.schedule == "constant"
    form.schedule.setCurrentIndex(form.schedule.findData("cosine"))
    assert window.project.training.schedule == "cosine"
    assert window.project.dirty  # a setting changed: saved with the project
    form.schedule.setCurrentIndex(form.schedule.findData("constant"))
    assert window.project.training.schedule == "constant"


def test_a_network_with_bad_settings_opens_with_the_usual_ones(window, dialogs, tmp_path):
    path = tmp_path / "shared.json"
    path.write_text(
        json.dumps(
            {
                "format": "layerlab-network",
                "version": 1,
                "name": "shared",
                "input_shape": [2],
                "training": {"optimizer": "adam", "tensorboard_dir": "/tmp/elsewhere"},
                "layers": [{"id": "out", "type": "Dense", "units": 1}],
            }
        )
    )
    assert window.files.open(path)
    assert window.document.spec.ids() == ["out"]  # the network is there
    title, text = dialogs.errors[-1]
    assert title == "Training settings not used"
    assert "'tensorboard_dir' is not a training setting a network file can give" in text
    assert window.project.training.tensorboard_dir is None
    assert window.project.training.optimizer == "sgd"  # the usual settings
