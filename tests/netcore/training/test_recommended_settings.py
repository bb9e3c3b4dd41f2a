"""A network recommends how to train it (its "training" object): the window and the command
line take those settings, a bad or hostile one is refused by name and loses nothing; and the
cosine learning-rate schedule that LeNet-5's settings use trains as Keras's own ``CosineDecay``
does under ``fit``."""

import json
import math

import pytest

from netcore.cli.main import main
from netcore.network.problems import SpecError
from netcore.network.spec import load, loads
from netcore.project.model import new_project
from netcore.resources import preset_paths
from netcore.training.config import RECOMMENDABLE, ConfigError, TrainConfig

USUAL = TrainConfig(optimizer="sgd", learning_rate=0.1, momentum=0.9, epochs=20)


def network_text(training) -> str:
    return json.dumps(
        {
            "format": "layerlab-network",
            "version": 1,
            "name": "xor",
            "input_shape": [2],
            "training": training,
            "layers": [
                {"id": "h", "type": "Dense", "units": 4, "activation": "tanh"},
                {"id": "out", "type": "Dense", "units": 1, "activation": "sigmoid"},
            ],
        }
    )


def test_the_presets_bring_their_own_settings():
    lenet = load(preset_paths()["lenet5"])
    project, problem = new_project(lenet, USUAL)
    got = project.training
    assert problem == ""
    assert (got.optimizer, got.lr, got.schedule, got.batch_size, got.epochs) == (
        "adam",
        0.001,
        "cosine",
        32,
        5,
    )
    assert got.momentum == 0.0  # SGD's momentum stays behind with SGD
    assert got.validation_split == USUAL.validation_split  # not given: the usual one
    mlp, _ = new_project(load(preset_paths()["mnist-mlp-512"]), USUAL)
    t = mlp.training
    assert (t.optimizer, t.lr, t.schedule, t.batch_size, t.epochs) == (
        "sgd",
        0.1,
        "constant",
        128,
        40,
    )
    plain, _ = new_project(load(preset_paths()["xor-mlp"]), USUAL)
    assert plain.training == USUAL  # a network without settings: the usual ones


def test_a_new_optimizer_takes_its_own_default_rate():
    assert USUAL.with_settings({"optimizer": "adam"}).lr == 0.001  # not SGD's 0.1
    assert USUAL.with_settings({"optimizer": "adam", "learning_rate": 0.01}).lr == 0.01
    assert USUAL.with_settings({"optimizer": "sgd"}).momentum == 0.9  # the same optimizer


@pytest.mark.parametrize(
    ("training", "message"),
    [
        ({"tensorboard_dir": "/etc"}, "'tensorboard_dir' is not a training setting a network"),
        ({"device": "gpu"}, "'device' is not a training setting a network file can give"),
        ({"shedule": "cosine"}, "(did you mean 'schedule'?)"),
        ({"schedule": "cosin"}, "learning rate schedule 'cosin' is not available (did you mean"),
        ({"epochs": 0}, "epochs must be a whole number from 1 to 100000, got 0"),
        ({"learning_rate": -1}, "learning rate must be a positive number, got -1"),
        ({"optimizer": "adam", "momentum": 0.9}, "momentum is a setting of SGD"),
    ],
)
def test_bad_settings_open_the_network_with_the_usual_ones_and_say_which(training, message):
    spec = loads(network_text(training), "hostile.json")
    project, problem = new_project(spec, USUAL)
    assert message in problem
    assert "the training settings of 'xor'" in problem and "usual settings" in problem
    assert project.training == USUAL and project.spec.ids() == ["h", "out"]  # nothing lost


@pytest.mark.parametrize(
    "training",
    [
        ["adam"],
        "adam",
        {"optimizer": {"name": "adam"}},
        {f"k{i}": 1 for i in range(17)},
        {"optimizer": "x" * 65},
    ],
)
def test_a_training_entry_that_is_no_object_of_plain_values_is_a_file_problem(training):
    with pytest.raises(SpecError, match="training must be an object of at most 16 settings"):
        loads(network_text(training), "hostile.json")


def test_the_settings_survive_a_save_and_are_not_part_of_the_structure():
    from netcore.project.model import structure

    spec = load(preset_paths()["lenet5"])
    again = loads(spec.to_json())
    assert again.training == spec.training
    bare = again.copy()
    bare.training = {}
    assert structure(bare) == structure(spec)  # the same weights fit either


def test_every_recommendable_key_is_a_training_setting():
    names = set(TrainConfig.__dataclass_fields__)
    assert set(RECOMMENDABLE) <= names
    assert not {"tensorboard_dir", "device", "memory_budget_mb", "seed"} & set(RECOMMENDABLE)
    with pytest.raises(ConfigError, match="must be an object"):
        USUAL.with_settings(["epochs", 5])


# ------------------------------------------------------------------------ the command line


def test_the_command_line_takes_the_networks_settings_under_its_own_options(tmp_path, capsys):
    lenet = str(preset_paths()["lenet5"])
    script = tmp_path / "lenet.py"
    assert main(["export", lenet, "--python", str(script), "--dataset", "mnist"]) == 0
    text = script.read_text()
    assert (
        "keras.optimizers.Adam(learning_rate=keras.optimizers.schedules.CosineDecay(0.001" in text
    )
    assert 'parser.add_argument("--epochs", type=int, default=5)' in text
    compile(text, str(script), "exec")
    # an option given wins; an optimizer given without a rate takes its own default
    args = ["export", lenet, "--python", str(script), "--dataset", "mnist"]
    assert main([*args, "--optimizer", "sgd", "--epochs", "2"]) == 0
    text = script.read_text()
    assert "keras.optimizers.SGD(learning_rate=keras.optimizers.schedules.CosineDecay(0.01" in text
    assert main([*args, "--schedule", "constant"]) == 0
    assert "keras.optimizers.Adam(learning_rate=0.001)" in script.read_text()
    capsys.readouterr()


def test_a_run_says_which_settings_the_network_gave(tmp_path, capsys):
    path = tmp_path / "xor.json"
    path.write_text(network_text({"optimizer": "sgd", "learning_rate": 0.5, "schedule": "cosine"}))
    assert main(["train", str(path), "--dataset", "xor", "--epochs", "3", "--no-xla"]) == 0
    out = capsys.readouterr().out
    assert "settings: sgd lr 0.5 (cosine), batch 32, 3 epochs (the network recommends: " in out
    assert "learning_rate, optimizer, schedule; options win)" in out
    assert "epoch 3/3" in out


def test_bad_settings_in_a_network_stop_the_command_line_with_exit_2(tmp_path, capsys):
    path = tmp_path / "hostile.json"
    path.write_text(network_text({"optimizer": "adamm"}))
    code = main(["train", str(path), "--dataset", "xor"])
    err = capsys.readouterr().err
    assert code == 2
    assert "the network's training settings: optimizer 'adamm' is not available" in err
    assert "(did you mean 'adam'?)" in err and "Traceback" not in err
    code = main(["train", str(path), "--dataset", "xor", "--optimizer", "sgd", "--momentum", "2"])
    err = capsys.readouterr().err
    assert code == 2 and "momentum must be in [0, 1), got 2.0" in err


# ------------------------------------------------------------------------ the cosine schedule


@pytest.mark.slow
def test_a_cosine_schedule_trains_as_fit_with_keras_cosine_decay():
    import keras

    from netcore.datasets import load_dataset
    from netcore.training.engine import prepare, run
    from tests.netcore.training.test_compiled import (
        assert_same_run,
        engine_history,
        plain_fit_history,
        spiral_mlp,
    )

    cfg = TrainConfig(
        optimizer="sgd",
        learning_rate=0.5,
        schedule="cosine",
        batch_size=10,
        epochs=4,
        validation_split=0.1,
        seed=2,
        xla=False,
    )
    prepared = prepare(spiral_mlp(), load_dataset("spirals"), cfg)
    final, weights, initial = engine_history(prepared)
    steps = cfg.epochs * math.ceil(len(prepared.dataset.x_train) / 10)

    def cosine():
        return keras.optimizers.SGD(keras.optimizers.schedules.CosineDecay(0.5, steps))

    expected, expected_weights = plain_fit_history(prepared, initial, cosine())
    assert_same_run(final, weights, expected, expected_weights, (1e-5, 1e-6), (1e-5, 1e-6))
    constant, _ = plain_fit_history(prepared, initial, keras.optimizers.SGD(0.5))
    assert abs(constant[-1]["loss"] - expected[-1]["loss"]) > 1e-3  # the schedule mattered
    model, _ = run(prepared)
    assert float(model.optimizer.learning_rate) == pytest.approx(0.0, abs=1e-7)  # at the end
