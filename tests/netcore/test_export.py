"""Exported Keras scripts run on their own (only keras, tensorflow, numpy) and train."""

import ast
import os
import re
import subprocess
import sys

import numpy as np
import pytest

from netcore.cli.main import main
from netcore.datasets import load_dataset
from netcore.datasets.idx import write_idx
from netcore.export.keras_script import python_script
from netcore.network.problems import UsageError
from netcore.network.spec import load
from netcore.resources import preset_paths
from netcore.training.config import TrainConfig

pytestmark = pytest.mark.slow


def run_script(path, *args, env=None):
    clean = {k: v for k, v in os.environ.items() if k != "TF_CONFIG"}
    return subprocess.run(
        [sys.executable, str(path), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**clean, "TF_CPP_MIN_LOG_LEVEL": "2", **(env or {})},
    )


def imports_of(source: str) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            names.add(node.module.split(".")[0])
    return names


def test_xor_script_via_cli_runs_and_learns(tmp_path, capsys):
    out = tmp_path / "xor.py"
    network = tmp_path / "xor-8.json"
    network.write_text(
        '{"format": "layerlab-network", "version": 1, "name": "XOR 2-8-1", "input_shape": [2],'
        ' "layers": [{"id": "hidden", "type": "Dense", "units": 8, "activation": "tanh"},'
        ' {"id": "out", "type": "Dense", "units": 1, "activation": "sigmoid"}]}'
    )
    code = main(
        [
            "export", str(network), "--python", str(out), "--dataset", "xor",
            "--optimizer", "adam", "--lr", "0.05", "--epochs", "60", "--batch-size", "16",
        ]
    )  # fmt: skip
    assert code == 0 and "wrote" in capsys.readouterr().out
    source = out.read_text()
    assert imports_of(source) <= {
        "argparse",
        "gzip",
        "os",
        "struct",
        "numpy",
        "tensorflow",
        "keras",
    }
    assert "layers.Dense(units=8, activation='tanh', name='hidden')" in source
    result = run_script(out)
    assert result.returncode == 0, result.stderr[-2000:]
    last = result.stdout.strip().splitlines()[-2]
    assert last.startswith("test: ") and "accuracy" in last
    accuracy = float(last.split("accuracy ")[1].split(",")[0])
    assert accuracy > 0.8  # the exported training really trains


@pytest.mark.parametrize("strategy", ["mirrored", "multiworker"])
def test_distributed_scripts_run_one_epoch(tmp_path, strategy):
    spec = load(preset_paths()["xor-mlp"])
    source = python_script(spec, "circles:n=200", TrainConfig(epochs=1), strategy)
    expected = {"mirrored": "MirroredStrategy()", "multiworker": "MultiWorkerMirroredStrategy()"}
    assert f"strategy = tf.distribute.{expected[strategy]}" in source
    path = tmp_path / "run.py"
    path.write_text(source)
    result = run_script(path, "--epochs", "1")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "replicas in sync: 1" in result.stdout
    assert result.stdout.strip().splitlines()[-2].startswith("test: ")


def test_mnist_script_reads_local_idx_files(tmp_path):
    """The exported LeNet script, pointed at a small IDX folder, trains one epoch."""
    data = load_dataset("mnist")
    folder = tmp_path / "small-mnist"
    folder.mkdir()
    for name, array in (
        ("train-images-idx3-ubyte.gz", (data.x_train[:256, ..., 0] * 255).round().astype(np.uint8)),
        ("train-labels-idx1-ubyte.gz", data.y_train[:256].astype(np.uint8)),
        ("t10k-images-idx3-ubyte.gz", (data.x_test[:128, ..., 0] * 255).round().astype(np.uint8)),
        ("t10k-labels-idx1-ubyte.gz", data.y_test[:128].astype(np.uint8)),
    ):
        write_idx(folder / name, array)
    source = python_script(load(preset_paths()["lenet5"]), "mnist", TrainConfig(epochs=1))
    path = tmp_path / "lenet.py"
    path.write_text(source)
    result = run_script(path, env={"MNIST_DIR": str(folder)})
    assert result.returncode == 0, result.stderr[-2000:]
    # 256 × 0.9 / 32 → 8 steps: the small files were used, not the full MNIST
    assert re.search(r"^8/8 - ", result.stdout, re.M)
    assert result.stdout.strip().splitlines()[-2].startswith("test: accuracy ")


def test_branching_network_and_step_units_export(tmp_path):
    spec = load(preset_paths()["resnet-small"])
    source = python_script(spec, "mnist", TrainConfig(epochs=1))
    assert "layers.Add(" in source
    compile(source, "resnet.py", "exec")
    from tests.netcore.helpers import make_spec

    step = make_spec([2], ("neuron", "Dense", {"units": 1, "activation": "step"}))
    source = python_script(step, "and_gate", TrainConfig(epochs=1, loss="mse"))
    assert "def step(x)" in source and "activation=step" in source
    path = tmp_path / "step.py"
    path.write_text(source)
    assert run_script(path).returncode == 0


def test_export_mistakes_are_reported(tmp_path, capsys):
    spec = load(preset_paths()["lenet5"])
    with pytest.raises(UsageError, match="strategy must be one of"):
        python_script(spec, "mnist", TrainConfig(), "cluster")
    with pytest.raises(UsageError, match=r"28, 28, 1|input"):
        python_script(spec, "xor", TrainConfig())
    code = main(
        [
            "export",
            str(preset_paths()["lenet5"]),
            "--python",
            str(tmp_path / "x.txt"),
            "--dataset",
            "mnist",
        ]
    )
    assert code == 2 and ".py" in capsys.readouterr().err


def test_cli_strategy_choices_match_the_exporter():
    from netcore.cli import export as export_cli
    from netcore.export import keras_script

    assert export_cli.STRATEGIES == keras_script.STRATEGIES


def free_ports(count):
    import socket

    sockets = [socket.socket() for _ in range(count)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


def test_two_workers_on_localhost_train_together_to_the_same_weights(tmp_path):
    """The README's scale-out path, for real: Keras 3's fit failed with a PerReplica error
    under MultiWorkerMirroredStrategy; the exported loop trains on both and they agree."""
    import json

    spec = load(preset_paths()["xor-mlp"])
    config = TrainConfig(optimizer="sgd", learning_rate=0.5, epochs=3, batch_size=16)
    path = tmp_path / "cluster.py"
    path.write_text(python_script(spec, "circles:n=200", config, "multiworker"))
    workers = [f"127.0.0.1:{port}" for port in free_ports(2)]
    clean = {k: v for k, v in os.environ.items() if k != "TF_CONFIG"}
    processes = [
        subprocess.Popen(
            [sys.executable, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={
                **clean,
                "TF_CPP_MIN_LOG_LEVEL": "2",
                "TF_CONFIG": json.dumps(
                    {"cluster": {"worker": workers}, "task": {"type": "worker", "index": i}}
                ),
            },
        )
        for i in range(2)
    ]
    outputs = [p.communicate(timeout=300) for p in processes]
    for p, (out, err) in zip(processes, outputs, strict=True):
        assert p.returncode == 0, err[-2000:]
        assert "replicas in sync: 2" in out and "epoch 3/3" in out
    checksums = [out.strip().splitlines()[-1] for out, _ in outputs]
    assert checksums[0].startswith("weights checksum: ") and checksums[0] == checksums[1]
