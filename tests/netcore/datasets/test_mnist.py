"""Full MNIST ships with LayerLab, intact, and loads fast through the general IDX reader."""

import hashlib
import json

import numpy as np
import pytest

from netcore.datasets import load_dataset
from netcore.datasets.errors import DatasetError
from netcore.datasets.idx import write_idx
from netcore.datasets.mnist import fashion_mnist_dirs, load_idx_folder, load_npz, mnist_dir
from netcore.resources import resource_path


def test_bundled_files_match_their_checksums():
    folder = mnist_dir()
    sums = (folder / "SHA256SUMS").read_text().split("\n")
    checked = 0
    for line in filter(None, sums):
        digest, name = line.split()
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
        checked += 1
    assert checked == 4


def test_credit_and_license_ship_with_the_data():
    note = (resource_path("datasets", "mnist") / "README.md").read_text()
    for words in ("Yann LeCun", "Corinna Cortes", "Burges", "Attribution-Share Alike 3.0"):
        assert words in note


@pytest.mark.slow
def test_full_mnist_loads_with_the_right_shapes_and_labels():
    ds = load_dataset("mnist")
    assert ds.x_train.shape == (60000, 28, 28, 1) and ds.x_train.dtype == np.float32
    assert ds.x_test.shape == (10000, 28, 28, 1)
    assert ds.y_train.dtype == np.int32 and ds.y_train.shape == (60000,)
    assert ds.class_names == [str(d) for d in range(10)]
    assert ds.class_counts("test") == [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]
    assert float(ds.x_train[:100].min()) == 0.0 and float(ds.x_train[:100].max()) == 1.0
    assert list(ds.y_train[:10]) == [5, 0, 4, 1, 9, 2, 1, 3, 1, 4]
    again = load_dataset("mnist")  # from the cache: same data
    np.testing.assert_array_equal(again.x_test[:50], ds.x_test[:50])
    assert type(again.x_train) is np.ndarray and isinstance(again.x_train.base, np.memmap)


def _write_fake_idx(folder, n_train=30, n_test=10, classes=3):
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    write_idx(
        folder / "train-images-idx3-ubyte.gz",
        rng.integers(0, 256, (n_train, 28, 28), dtype=np.uint8),
    )
    write_idx(
        folder / "train-labels-idx1-ubyte.gz", (np.arange(n_train) % classes).astype(np.uint8)
    )
    write_idx(
        folder / "t10k-images-idx3-ubyte.gz", rng.integers(0, 256, (n_test, 28, 28), dtype=np.uint8)
    )
    write_idx(folder / "t10k-labels-idx1-ubyte.gz", (np.arange(n_test) % classes).astype(np.uint8))


def test_a_users_idx_folder_is_a_dataset(tmp_path):
    _write_fake_idx(tmp_path / "mine")
    ds = load_dataset(str(tmp_path / "mine"))
    assert ds.input_shape == (28, 28, 1)
    assert ds.class_names == ["0", "1", "2"]
    assert ds.class_counts() == [10, 10, 10]


def test_image_label_count_mismatch_is_refused(tmp_path):
    folder = tmp_path / "bad"
    _write_fake_idx(folder)
    write_idx(folder / "t10k-labels-idx1-ubyte.gz", np.zeros(7, dtype=np.uint8))
    with pytest.raises(DatasetError, match="10 test images but 7 test labels"):
        load_idx_folder(folder, "bad", "bad")


def test_keras_style_npz(tmp_path):
    rng = np.random.default_rng(0)
    path = tmp_path / "mnist.npz"
    np.savez(
        path,
        x_train=rng.integers(0, 256, (20, 28, 28), dtype=np.uint8),
        y_train=np.arange(20) % 10,
        x_test=rng.integers(0, 256, (5, 28, 28), dtype=np.uint8),
        y_test=np.arange(5),
    )
    ds = load_dataset(str(path))
    assert ds.x_train.shape == (20, 28, 28, 1) and ds.num_classes == 10
    np.savez(tmp_path / "half.npz", x_train=np.zeros((2, 28, 28)))
    with pytest.raises(DatasetError, match="missing arrays y_train, x_test, y_test"):
        load_npz(tmp_path / "half.npz")


def test_fashion_mnist_found_in_the_keras_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "kh"))
    _write_fake_idx(tmp_path / "kh" / "datasets" / "fashion-mnist", classes=10)
    monkeypatch.setattr(
        "netcore.datasets.mnist.fashion_mnist_dirs",
        lambda: [tmp_path / "kh" / "datasets" / "fashion-mnist"],
    )
    ds = load_dataset("fashion_mnist")
    assert ds.class_names[0] == "T-shirt/top" and ds.class_names[9] == "Ankle boot"
    assert fashion_mnist_dirs()[0] == tmp_path / "kh" / "datasets" / "fashion-mnist"


def test_fashion_mnist_absent_is_listed_with_how_to_get_it(monkeypatch, tmp_path, capsys):
    from netcore.cli.main import main

    monkeypatch.setattr("netcore.datasets.mnist.fashion_mnist_dirs", lambda: [tmp_path / "none"])
    with pytest.raises(DatasetError, match="apt install dataset-fashion-mnist"):
        load_dataset("fashion_mnist")
    assert main(["datasets", "--json"]) == 0
    infos = {d["name"]: d for d in json.loads(capsys.readouterr().out)}
    assert infos["fashion_mnist"]["available"] is False
    assert "dataset-fashion-mnist" in infos["fashion_mnist"]["reason"]
    assert main(["datasets"]) == 0
    assert "fashion_mnist: unavailable: not installed" in capsys.readouterr().out


@pytest.mark.skipif(
    not (fashion_mnist_dirs()[1] / "train-images-idx3-ubyte.gz").exists(),
    reason="Debian's dataset-fashion-mnist is not installed (CI installs it)",
)
def test_debian_fashion_mnist_is_listed(capsys):
    from netcore.cli.main import main

    main(["datasets", "--json"])
    infos = {d["name"]: d for d in json.loads(capsys.readouterr().out)}
    fashion = infos["fashion_mnist"]
    assert (
        fashion["available"]
        and fashion["train_samples"] == 60000
        and fashion["test_samples"] == 10000
    )
    assert fashion["input_shape"] == [28, 28, 1] and fashion["num_classes"] == 10


def test_datasets_json_lists_bundled_mnist(capsys):
    from netcore.cli.main import main

    assert main(["datasets", "--json"]) == 0
    infos = {d["name"]: d for d in json.loads(capsys.readouterr().out)}
    m = infos["mnist"]
    assert (m["train_samples"], m["test_samples"], m["input_shape"], m["num_classes"]) == (
        60000,
        10000,
        [28, 28, 1],
        10,
    )
    assert sum(m["class_counts"]) == 60000
    assert "CC BY-SA 3.0" in m["credit"]
