"""Data handed over by someone else cannot hang or fill the machine: special files inside an
image folder are skipped by name, a CSV, IDX or .npz that is a link to /dev/zero or a FIFO is
refused by name, and an .npz's arrays are checked from their headers before anything is
allocated."""

from __future__ import annotations

import os

import numpy as np
import pytest
from PIL import Image

from netcore.datasets.errors import DatasetError
from netcore.datasets.files import csv_preview, load_csv, load_image_folder
from netcore.datasets.idx import read_header, read_idx
from netcore.datasets.mnist import load_npz
from netcore.datasets.registry import load_dataset
from tests.netcore.test_project_hostile import npy_header, npz_bomb, npz_of


def specials(folder, stem):
    zero, fifo = folder / f"zero{stem}", folder / f"pipe{stem}"
    zero.symlink_to("/dev/zero")
    os.mkfifo(fifo)
    return zero, fifo


def test_an_image_folder_skips_devices_and_fifos_by_name(tmp_path):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        for i in range(3):
            Image.new("L", (8, 8), 40 * i).save(tmp_path / name / f"{i}.png")
    (tmp_path / "a" / "zero.png").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "b" / "pipe.png")
    data = load_image_folder(tmp_path, size=(8, 8))
    assert data.sizes()["train"] + data.sizes()["test"] == 6
    note = " ".join(data.notes)
    assert "a/zero.png (is a device" in note and "b/pipe.png (is a pipe (FIFO)" in note


def test_an_image_folder_too_large_to_load_is_refused_from_its_count(tmp_path):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        for i in range(600):
            (tmp_path / name / f"{i}.png").write_bytes(b"not decoded")
    with pytest.raises(DatasetError, match=r"1,200 images of 1024×1024 would take 14\.1 GB"):
        load_image_folder(tmp_path, size=(1024, 1024))


@pytest.mark.parametrize(
    "read",
    [
        lambda p: load_csv(p),
        lambda p: csv_preview(p),
        lambda p: read_idx(p),
        lambda p: read_header(p),
        lambda p: load_npz(p),
    ],
)
def test_csv_idx_and_npz_that_are_devices_or_fifos_are_refused(tmp_path, read):
    for path in specials(tmp_path, ".csv"):
        with pytest.raises(DatasetError, match=f"{path.name}: is a (device|pipe)"):
            read(path)


def test_the_registry_refuses_a_fifo_npz_by_name(tmp_path):
    _, fifo = specials(tmp_path, ".npz")
    with pytest.raises(DatasetError, match=r"pipe.npz: is a pipe \(FIFO\)"):
        load_dataset(str(fifo))


def test_an_npz_header_claiming_terabytes_is_refused_with_the_figure(tmp_path):
    path = tmp_path / "huge.npz"
    path.write_bytes(npz_of({"x_train.npy": npy_header((10**6, 10**6)) + bytes(64)}))
    with pytest.raises(DatasetError, match=r"huge.npz: x_train: declares 1000000×1000000 float32 "):
        load_npz(path)


def test_an_npz_whose_member_is_a_bomb_is_refused_by_its_sizes(tmp_path):
    path = tmp_path / "bomb.npz"
    path.write_bytes(npz_bomb("x_train.npy", 1100))
    with pytest.raises(DatasetError, match="bomb.npz: "):
        load_npz(path)


def test_a_keras_style_npz_still_loads(tmp_path):
    path = tmp_path / "tiny.npz"
    rng = np.random.default_rng(0)
    np.savez_compressed(
        path,
        x_train=rng.integers(0, 255, (20, 4, 4), dtype=np.uint8),
        y_train=np.arange(20) % 2,
        x_test=rng.integers(0, 255, (6, 4, 4), dtype=np.uint8),
        y_test=np.arange(6) % 2,
    )
    data = load_npz(path)
    assert data.x_train.shape == (20, 4, 4, 1) and data.x_train.max() <= 1.0
