"""The MirroredStrategy path, run for real over two logical CPU devices (no GPU here)."""

import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.slow

CODE = textwrap.dedent(
    """
    import tensorflow as tf
    cpu = tf.config.list_physical_devices("CPU")[0]
    tf.config.set_logical_device_configuration(
        cpu, [tf.config.LogicalDeviceConfiguration(), tf.config.LogicalDeviceConfiguration()]
    )
    from netcore.datasets import load_dataset
    from netcore.training.config import TrainConfig
    from netcore.training.devices import DevicePlan
    from netcore.training.engine import train
    from tests.netcore.helpers import make_spec

    spec = make_spec([2], ("h", "Dense", {"units": 8, "activation": "relu"}),
                     ("out", "Dense", {"units": 1, "activation": "sigmoid"}))
    plan = DevicePlan("2 CPUs (MirroredStrategy)", ("/cpu:0", "/cpu:1"), mirrored=True)
    events = []
    model, final = train(spec, load_dataset("xor"), TrainConfig(epochs=2, batch_size=32),
                         events.append, devices=plan)
    print("STRATEGY", type(model.distribute_strategy).__name__,
          model.distribute_strategy.num_replicas_in_sync)
    print("DEVICE", events[0].device)
    print("REASON", final.reason, len(final.history))
    """
)


def test_training_under_mirrored_strategy_on_two_logical_cpus(tmp_path):
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    result = subprocess.run(
        [sys.executable, "-c", CODE], cwd=root, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "STRATEGY MirroredStrategy 2" in result.stdout
    assert "DEVICE 2 CPUs (MirroredStrategy)" in result.stdout
    assert "REASON completed 2" in result.stdout
