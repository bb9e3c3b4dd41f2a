"""`layerlab train`: epoch lines, the final test line, files, and exit 2 for mistakes."""

import json
import subprocess
import sys

import pytest

from netcore.cli.main import main
from netcore.resources import preset_paths

pytestmark = pytest.mark.slow
XOR = str(preset_paths()["xor-mlp"])


def test_train_prints_epochs_and_test_and_saves(tmp_path, capsys):
    out, hist = tmp_path / "m.keras", tmp_path / "h.json"
    code = main(
        [
            "train",
            XOR,
            "--dataset",
            "xor",
            "--epochs",
            "2",
            "--lr",
            "0.1",
            "--out",
            str(out),
            "--history",
            str(hist),
        ]
    )
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(
        "training XOR MLP (2-2-1) (9 parameters) on XOR quadrants: 270 train / 30 validation"
    )
    assert lines[1] == "settings: adam lr 0.1, batch 32, 2 epochs"  # the network gives none
    assert (
        lines[2].startswith("epoch 1/2  loss ")
        and "val_accuracy" in lines[2]
        and lines[2].endswith(" s")
    )
    assert lines[4].startswith("test loss ") and "test accuracy" in lines[4]
    assert out.exists()
    doc = json.loads(hist.read_text())
    assert len(doc["epochs"]) == 2
    assert set(doc["epochs"][0]) == {"loss", "accuracy", "val_loss", "val_accuracy", "seconds"}
    assert set(doc["test"]) == {"loss", "accuracy"} and doc["config"]["learning_rate"] == 0.1


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["--dataset", "xor"],
            "the network's input (28, 28, 1) does not match XOR quadrants's examples (2,)",
        ),
        (["--dataset", "mnsit"], "unknown dataset 'mnsit' (did you mean 'mnist'?)"),
        (
            ["--dataset", "xor", "--batch-size", "lots"],
            "argument --batch-size: must be a whole number or 'full'",
        ),
        (
            ["--dataset", "xor", "--optimizer", "adamw"],
            "argument --optimizer: invalid choice: 'adamw'",
        ),
        (
            ["--dataset", "xor", "--epochs", "0"],
            "epochs must be a whole number from 1 to 100000, got 0",
        ),
        (
            ["--dataset", "xor", "--out", "model.h5"],
            "--out model.h5: the file name must end in .keras",
        ),
        (
            ["--dataset", "xor", "--out", "/no/such/folder/m.keras"],
            "--out /no/such/folder/m.keras: the folder /no/such/folder does not exist",
        ),
        (
            ["--dataset", "xor", "--history", "/"],
            "--history /: is a folder; give a file name inside it",
        ),
    ],
)
def test_mistakes_exit_2_without_traceback(args, expected):
    lenet = str(preset_paths()["lenet5"])
    result = subprocess.run(
        [sys.executable, "-m", "netcore", "train", lenet, *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2, result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_regression_run_reports_mae(capsys):
    from netcore.network.spec import NetworkSpec, save  # noqa: F401

    code = main(["train", str(preset_paths()["xor-mlp"]), "--dataset", "plane", "--epochs", "1"])
    assert code == 2  # a sigmoid output cannot do regression: said, not trained
    assert "for regression use activation 'linear'" in capsys.readouterr().err
