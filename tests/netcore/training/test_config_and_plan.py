"""Settings and network/dataset/loss mismatches are caught before training, with a fix."""

import pytest

from netcore.datasets import load_dataset
from netcore.network.analysis import analyze
from netcore.network.spec import load
from netcore.resources import preset_paths
from netcore.training.config import ConfigError, TrainConfig
from netcore.training.engine import SetupError, prepare
from netcore.training.plan import estimate_memory_bytes
from tests.netcore.helpers import make_spec


def test_defaults_are_valid_and_learning_rate_follows_optimizer():
    assert TrainConfig().validate().lr == 0.001
    assert TrainConfig(optimizer="sgd").lr == 0.01
    assert TrainConfig(optimizer="sgd", learning_rate=0.1).to_dict()["learning_rate"] == 0.1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"optimizer": "adamw"}, "optimizer 'adamw' is not available (did you mean 'adam'?)"),
        ({"learning_rate": 0}, "learning rate must be a positive number, got 0"),
        ({"batch_size": 0}, "batch size must be a whole number ≥ 1 or 'full', got 0"),
        ({"epochs": 0}, "epochs must be a whole number from 1 to 100000, got 0"),
        ({"validation_split": 1.0}, "validation split must be in [0, 1), got 1.0"),
        ({"momentum": 0.9}, "momentum is a setting of SGD; adam has its own"),
        (
            {"optimizer": "sgd", "nesterov": True},
            "nesterov needs optimizer 'sgd' with a momentum above 0",
        ),
        ({"loss": "hinge"}, "loss 'hinge' is not available"),
        ({"device": "tpu"}, "device must be one of auto, cpu, gpu, got 'tpu'"),
        ({"early_stopping": 0}, "early stopping patience must be a whole number ≥ 1, got 0"),
    ],
)
def test_bad_settings_are_named(kwargs, message):
    with pytest.raises(ConfigError) as exc:
        TrainConfig(**kwargs).validate()
    assert message in str(exc.value)


def test_unknown_setting_in_a_saved_config():
    with pytest.raises(
        ConfigError, match="unknown training setting 'epoch' \\(did you mean 'epochs'\\?\\)"
    ):
        TrainConfig.from_dict({"epoch": 3})


def _mlp(units, activation, input_shape=(2,)):
    return make_spec(
        list(input_shape),
        ("hidden", "Dense", {"units": 4, "activation": "relu"}),
        ("out", "Dense", {"units": units, "activation": activation}),
    )


def _setup_error(spec, dataset, **config):
    with pytest.raises(SetupError) as exc:
        prepare(spec, dataset, TrainConfig(**config))
    return str(exc.value)


def test_image_network_on_a_two_feature_dataset():
    message = _setup_error(load(preset_paths()["lenet5"]), load_dataset("xor"))
    assert message == (
        "the network's input (28, 28, 1) does not match XOR quadrants's examples (2,); "
        "set input_shape to [2]"
    )


def test_softmax_with_binary_crossentropy_on_ten_classes(tmp_path):
    mnist_like = load_dataset("circles")
    mnist_like.class_names = [str(i) for i in range(10)]
    message = _setup_error(_mlp(10, "softmax"), mnist_like, loss="binary_crossentropy")
    assert message == (
        "binary cross-entropy is for one sigmoid unit (yes/no), but out has 10 softmax units "
        "for 10 classes; use categorical cross-entropy"
    )


def test_ten_units_for_a_two_class_target():
    message = _setup_error(_mlp(10, "softmax"), load_dataset("xor_gate"))
    assert message == (
        "out: 10 units, but XOR gate has 2 classes; use units=1 with 'sigmoid' or units=2 with 'softmax'"
    )


def test_cross_entropy_needs_probabilities():
    message = _setup_error(_mlp(2, "linear"), load_dataset("xor"))
    assert (
        "categorical cross-entropy needs class probabilities; use activation 'softmax' (not 'linear')"
        in message
    )


def test_regression_with_softmax_and_with_crossentropy():
    assert "for regression use activation 'linear'" in _setup_error(
        _mlp(1, "sigmoid", (1,)), load_dataset("sine")
    )
    assert "use loss mse or mae" in _setup_error(
        _mlp(1, "linear", (1,)), load_dataset("sine"), loss="categorical_crossentropy"
    )


def test_auto_loss_choices():
    sparse = prepare(_mlp(2, "softmax"), load_dataset("xor"), TrainConfig())
    assert (sparse.plan.loss, sparse.plan.targets) == ("sparse_categorical_crossentropy", "sparse")
    binary = prepare(_mlp(1, "sigmoid"), load_dataset("xor"), TrainConfig())
    assert (binary.plan.loss, binary.plan.targets) == ("binary_crossentropy", "binary")
    onehot = prepare(_mlp(2, "softmax"), load_dataset("xor"), TrainConfig(loss="mse"))
    assert onehot.plan.targets == "onehot" and onehot.plan.has_accuracy
    regression = prepare(_mlp(1, "linear", (1,)), load_dataset("sine"), TrainConfig())
    assert regression.plan.loss == "mse" and regression.plan.metrics == ("mae",)


def test_full_batch_and_stochastic_batch_sizes():
    ds = load_dataset("xor")
    full = prepare(_mlp(1, "sigmoid"), ds, TrainConfig(batch_size="full", validation_split=0.2))
    assert full.batch_size == len(full.dataset.x_train) == 240
    assert prepare(_mlp(1, "sigmoid"), ds, TrainConfig(batch_size=1)).batch_size == 1


def test_memory_budget_refuses_with_the_estimate():
    spec = make_spec(
        [28, 28, 1],
        ("flat", "Flatten", {}),
        ("big", "Dense", {"units": 50000}),
        ("out", "Dense", {"units": 10, "activation": "softmax"}),
    )
    ds = load_dataset("circles")
    ds.x_train = ds.x_train[:, :1].repeat(784, axis=1).reshape(-1, 28, 28, 1)
    ds.x_test = ds.x_test[:, :1].repeat(784, axis=1).reshape(-1, 28, 28, 1)
    ds.class_names = [str(i) for i in range(10)]
    message = _setup_error(spec, ds, memory_budget_mb=100)
    assert message.startswith("training would need about")
    assert (
        "39,750,010 parameters, batch 32) besides TensorFlow's own 600 MB, more than the "
        "100 MB budget; use a smaller batch" in message
    )
    analysis = analyze(spec)
    assert estimate_memory_bytes(analysis, 32, TrainConfig()) > 39_750_010 * 4 * 4
