"""Ctrl-C during ``layerlab train`` stops after the batch, keeps the model and the history and
exits 130; a second Ctrl-C abandons. A full disk or a folder in the way loses no model."""

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from netcore.cli.main import main
from netcore.resources import preset_paths

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[3]


def _ctrl_c_as_in_a_terminal() -> None:
    # a suite started in the background by a non-interactive shell (as CI may be) inherits an
    # ignored SIGINT, and Python then never raises KeyboardInterrupt: give the child the
    # default, as a terminal does
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_training(tmp_path, *extra):
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2", "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "netcore", "train", str(preset_paths()["xor-mlp"]),
         "--dataset", "xor", "--epochs", "100000", "--batch-size", "1", *extra],
        cwd=tmp_path, env={**env, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=_ctrl_c_as_in_a_terminal,
    )  # fmt: skip


def wait_for_epochs(process, count=2, timeout=120):
    seen, started = [], time.monotonic()
    while time.monotonic() - started < timeout:
        line = process.stdout.readline()
        seen.append(line)
        if line.startswith(f"epoch {count}/"):
            return seen
    raise AssertionError("training never reached epoch 2: " + "".join(seen[-5:]))


def test_ctrl_c_stops_after_the_batch_keeps_model_and_history_and_exits_130(tmp_path):
    process = start_training(tmp_path, "--out", "m.keras", "--history", "h.json")
    wait_for_epochs(process)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert "Traceback" not in err and "IndexError" not in err
    assert "stopping after this batch" in err
    assert "interrupted after" in err and "the model in m.keras" in err
    assert (tmp_path / "m.keras").stat().st_size > 0
    history = json.loads((tmp_path / "h.json").read_text())
    assert len(history["epochs"]) >= 2 and history["reason"] == "stopped"


def test_a_second_ctrl_c_abandons_without_saving(tmp_path):
    process = start_training(tmp_path, "--out", "m.keras")
    wait_for_epochs(process)
    process.send_signal(signal.SIGINT)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert "Traceback" not in err
    assert not (tmp_path / "m.keras").exists() or "interrupted after" in err


def test_a_failed_save_keeps_the_model_in_a_rescue_file(tmp_path, monkeypatch, capsys):
    def disk_full(path, data):
        if "rescued" not in str(path):
            raise OSError(errno.ENOSPC, "No space left on device")
        original(path, data)

    import netcore.fileio as fileio

    original = fileio.atomic_write_bytes
    monkeypatch.setattr(fileio, "atomic_write_bytes", disk_full)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    code = main(
        ["train", str(preset_paths()["xor-mlp"]), "--dataset", "xor", "--epochs", "1",
         "--out", str(tmp_path / "m.keras")]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert "could not write the model" in err and "No space left on device" in err
    rescued = list(tmp_path.glob("layerlab-rescued-*.keras"))
    assert len(rescued) == 1 and str(rescued[0]) in err
    from netcore.models.kerasfile import open_keras_file

    spec, weights = open_keras_file(rescued[0])  # the rescued file is the trained model
    assert weights and {layer.id for layer in spec.layers} >= set(weights)
