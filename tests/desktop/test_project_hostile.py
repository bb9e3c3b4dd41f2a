"""File → Open of projects that declare more than a machine holds, or are not files at all: a
dialog naming the file and the limit (no traceback, no frozen window), and the work in the window
stays as it was."""

from __future__ import annotations

import json
import os

import pytest

from tests.netcore.test_project_hostile import (
    base_meta,
    lying_zip,
    npy_header,
    npz_of,
    write_project,
)


def _npy_claim(tmp_path, path):
    weights = npz_of({"hidden/0.npy": npy_header((10**6, 10**6)) + bytes(64)})
    return write_project(path, base_meta(tmp_path), {"weights.npz": weights})


def _runs(tmp_path, path):
    return write_project(path, base_meta(tmp_path) | {"runs": [{}] * 10**6})


def _lying(tmp_path, path):
    project = json.dumps(base_meta(tmp_path) | {"version": 1}).encode()
    return lying_zip(path, "history.json", 64 << 20, {"project.json": project})


def _zero(tmp_path, path):
    path.symlink_to("/dev/zero")
    return path


def _fifo(tmp_path, path):
    os.mkfifo(path)
    return path


CASES = {
    "npy-claim": (_npy_claim, "1,000,000,000,000 numbers"),
    "million-runs": (_runs, "1,000,000 runs; a project keeps at most 1,000"),
    "lying-size": (_lying, "damaged project file"),
    "dev-zero": (_zero, "is a device"),
    "fifo": (_fifo, "is a pipe (FIFO)"),
}


@pytest.mark.parametrize("kind", list(CASES))
def test_a_project_past_the_limits_is_a_dialog_and_the_work_stays(window, dialogs, tmp_path, kind):
    make, reason = CASES[kind]
    window.files.new_from_template("lenet5")
    before = window.project.project()
    path = make(tmp_path, tmp_path / f"{kind}.layerlab")
    assert not window.files.open(path)
    title, text = dialogs.errors[-1]
    assert title == "Cannot open" and f"{kind}.layerlab" in text and reason in text
    assert "Traceback" not in text
    after = window.project.project()
    assert after.spec == before.spec and after.runs == before.runs
    assert window.document.path is None
