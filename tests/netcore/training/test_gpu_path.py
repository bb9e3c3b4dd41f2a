"""The GPU path, tested on a machine without one: the device choice, mixed precision on GPUs
only, the XLA choice per device, and the message when a GPU is asked for but absent."""

import numpy as np
import pytest

from netcore.datasets import load_dataset
from netcore.training.config import TrainConfig
from netcore.training.devices import DevicePlan, plan_devices, precision_scope
from netcore.training.engine import _xla_plan, prepare, run
from netcore.training.events import Started
from tests.netcore.helpers import make_spec

GPU = "/physical_device:GPU:0"


def small_mlp():
    return make_spec(
        [2],
        ("h", "Dense", {"units": 8, "activation": "tanh"}),
        ("out", "Dense", {"units": 2, "activation": "softmax"}),
    )


def test_gpus_get_mixed_precision_and_the_cpu_never():
    assert plan_devices("auto", [GPU]).mixed_precision
    assert plan_devices("gpu", [GPU, "/physical_device:GPU:1"]).mixed_precision
    assert not plan_devices("auto", []).mixed_precision
    assert not plan_devices("cpu", [GPU]).mixed_precision  # the CPU asked for: float32
    absent = plan_devices("gpu", [])
    assert absent.on_cpu and not absent.mixed_precision
    assert absent.note == (
        "a GPU was asked for, but TensorFlow sees none on this machine; training on the CPU instead"
    )


def test_the_mixed_policy_holds_only_while_building():
    import keras

    before = keras.config.dtype_policy().name
    with precision_scope(DevicePlan("GPU:0", ("/gpu:0",), mixed_precision=True)):
        assert keras.config.dtype_policy().name == "mixed_float16"
    assert keras.config.dtype_policy().name == before
    gpu = DevicePlan("GPU:0", ("/gpu:0",), mixed_precision=True)
    with pytest.raises(RuntimeError), precision_scope(gpu):
        raise RuntimeError("a failed build")
    assert keras.config.dtype_policy().name == before
    with precision_scope(DevicePlan("CPU", ("/cpu:0",))):
        assert keras.config.dtype_policy().name == before


def test_the_xla_choice_is_per_device():
    """The same network is tried or skipped, and remembered, per device: convolutions skip
    the trial on the CPU but are tried on a GPU."""
    conv = make_spec(
        [8, 8, 1],
        ("c", "Conv2D", {"filters": 2, "kernel_size": 3}),
        ("f", "Flatten", {}),
        ("out", "Dense", {"units": 10, "activation": "softmax"}),
    )
    data = load_dataset("mnist")
    data.x_train, data.y_train = data.x_train[:40, :8, :8], data.y_train[:40]
    prepared = prepare(conv, data, TrainConfig(batch_size=8, epochs=1))
    cpu = _xla_plan(prepared, DevicePlan("CPU", ("/cpu:0",)), 36)
    gpu = _xla_plan(prepared, DevicePlan("GPU:0", ("/gpu:0",), mixed_precision=True), 36)
    assert cpu.mode == "off" and gpu.mode == "try" and cpu.key != gpu.key


def test_a_gpu_plan_trains_in_mixed_precision_and_leaves_the_policy_alone():
    """Run as on a GPU (TensorFlow places the ops on the CPU when there is none): the layers
    compute in float16 with float32 weights and a scaled loss; the run learns; the process's
    policy is float32 after."""
    import keras

    cfg = TrainConfig(optimizer="sgd", learning_rate=0.3, batch_size=16, epochs=3, xla=False)
    plan = DevicePlan("GPU:0", ("/gpu:0",), mixed_precision=True)
    events = []
    prepared = prepare(small_mlp(), load_dataset("xor"), cfg, devices=plan)
    model, final = run(prepared, events.append)
    assert final.reason == "completed", getattr(final, "message", "")
    assert next(e for e in events if isinstance(e, Started)).device == "GPU:0"
    assert model.get_layer("h").compute_dtype == "float16"
    assert all(w.dtype == "float32" for w in model.weights)
    assert "LossScale" in type(model.optimizer).__name__
    assert np.isfinite(final.history[-1]["loss"])
    assert final.test_probabilities.dtype == np.float32
    assert keras.config.dtype_policy().name == "float32"
