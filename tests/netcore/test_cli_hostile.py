"""Hostile inputs on the command line end with exit 2 and a message naming the file and what
is wrong — never a traceback or "internal error"."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from netcore.cli.main import main
from netcore.resources import preset_paths

XOR = str(preset_paths()["xor-mlp"])
ROOT = Path(__file__).resolve().parents[2]


def fails_with(capsys, args, message):
    code = main(args)
    err = capsys.readouterr().err
    assert code == 2, err
    assert message in err, err
    assert "Traceback" not in err and "internal error" not in err


def test_dataset_files_and_options(tmp_path, capsys):
    (tmp_path / "big.csv").write_text("a,b\n1," + "x" * 200_000 + "\n1,2\n1,3\n")
    fails_with(capsys, ["train", XOR, "--dataset", str(tmp_path / "big.csv")],
               "row 2 cannot be read as CSV (field larger than field limit")  # fmt: skip
    fails_with(capsys, ["train", XOR, "--dataset", "circles:seed=-3"],
               "seed must be a whole number ≥ 0, got -3")  # fmt: skip
    fails_with(capsys, ["train", XOR, "--dataset", "circles:test_fraction=1.5"],
               "test_fraction must be between 0 and 1, got 1.5")  # fmt: skip
    fails_with(capsys, ["train", XOR, "--dataset", "circles:noise"],
               "dataset option 'noise' must look like key=value")  # fmt: skip
    np.savez(tmp_path / "s.npz", x_train=np.array(["a"]), y_train=np.array([1]),
             x_test=np.array(["a"]), y_test=np.array([1]))  # fmt: skip
    fails_with(
        capsys, ["train", XOR, "--dataset", str(tmp_path / "s.npz")], "holds <U1, not numbers"
    )
    np.savez(tmp_path / "t.npz", x_train=np.zeros((10, 4, 4)), y_train=np.zeros(10),
             x_test=np.zeros((2, 4, 4)), y_test=np.zeros(2))  # fmt: skip
    data = (tmp_path / "t.npz").read_bytes()
    (tmp_path / "cut.npz").write_bytes(data[: len(data) // 2])
    fails_with(capsys, ["train", XOR, "--dataset", str(tmp_path / "cut.npz")],
               "not a readable .npz file")  # fmt: skip


def test_project_and_network_files(tmp_path, capsys):
    with zipfile.ZipFile(tmp_path / "int.layerlab", "w") as zf:
        zf.writestr("project.json", '{"format": "layerlab-project", "x": ' + "9" * 5000 + "}")
    fails_with(capsys, ["project", str(tmp_path / "int.layerlab")], "damaged project file")
    shape = tmp_path / "shape.json"
    shape.write_text(
        '{"format": "layerlab-network", "version": 1, "input_shape": [1'
        + "0" * 30
        + '], "layers": []}'
    )
    fails_with(capsys, ["summary", str(shape)], "is far too large (at most 100,000 per axis")


def test_images_and_models_for_predict(tmp_path, capsys):
    Image.new("L", (6_000, 6_000)).save(tmp_path / "huge.png")
    fails_with(
        capsys, ["predict", "--bundled", str(tmp_path / "huge.png")], "far too large for a drawing"
    )
    import keras

    digit = Image.new("L", (28, 28), 255)
    ImageDraw.Draw(digit).line((14, 4, 14, 24), fill=0, width=3)
    digit.save(tmp_path / "one.png")
    a, b = keras.Input((28, 28, 1)), keras.Input((4,))
    merged = keras.layers.Concatenate()([keras.layers.Flatten()(a), b])
    keras.Model([a, b], keras.layers.Dense(3)(merged)).save(tmp_path / "multi.keras")
    fails_with(capsys, ["predict", str(tmp_path / "multi.keras"), str(tmp_path / "one.png")],
               "the model has 2 inputs; predict takes one image input")  # fmt: skip
    c = keras.Input((28, 28, 1))
    keras.Model(c, keras.layers.Conv2D(2, 3)(c)).save(tmp_path / "conv.keras")
    fails_with(capsys, ["predict", str(tmp_path / "conv.keras"), str(tmp_path / "one.png")],
               "output is (26, 26, 2), not one score per class")  # fmt: skip
    d = keras.Input((None, None, 1))
    keras.Model(d, keras.layers.GlobalAveragePooling2D()(d)).save(tmp_path / "open.keras")
    fails_with(capsys, ["predict", str(tmp_path / "open.keras"), str(tmp_path / "one.png")],
               "has open sizes")  # fmt: skip


def test_a_closed_pipe_is_not_an_error_report(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        f"{sys.executable} -m netcore summary {preset_paths()['lenet5']} | head -1",
        shell=True, capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert result.stdout == "LeNet-5\n"
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr


def test_csv_options_are_checked(tmp_path, capsys):
    import pytest

    from netcore.datasets.errors import DatasetError
    from netcore.datasets.files import load_csv

    csv = tmp_path / "t.csv"
    csv.write_text("a,b,c\n" + "\n".join(f"{i},{i * 2},{i % 2}" for i in range(20)) + "\n")
    with pytest.raises(DatasetError, match="test_fraction must be from 0 up to 1"):
        load_csv(csv, test_fraction=1.5)
    with pytest.raises(DatasetError, match="seed must be a whole number ≥ 0, got -1"):
        load_csv(csv, seed=-1)
    fails_with(capsys, ["train", XOR, "--dataset", "circles:seed=1.5"],
               "dataset option seed must be a whole number, got 1.5")  # fmt: skip


def test_values_beyond_float32_are_refused_by_row_and_warnings_are_one_line(tmp_path, capsys):
    import warnings

    csv = tmp_path / "big.csv"
    csv.write_text("a,b,c\n1,2,0\n1e308,3,1\n2,1e31,0\n4,5,1\n")
    fails_with(
        capsys, ["train", XOR, "--dataset", str(csv)], "column 'a' has numbers beyond ±1e+30 (row 3"
    )
    code = main(["datasets", "--json"])
    assert code == 0
    capsys.readouterr()
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("something odd", RuntimeWarning, stacklevel=1)
    err = capsys.readouterr().err
    assert err.strip() == "layerlab: warning: something odd"
    warnings.showwarning = warnings._showwarning_orig
