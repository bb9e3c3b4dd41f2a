"""`layerlab predict`: image files of any size and polarity, the bundled model, clean failures."""

import json
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from netcore.cli.main import main
from netcore.datasets import load_dataset
from netcore.digits.classifier import bundled_info, bundled_model_path


@pytest.fixture(scope="module")
def mnist_test():
    data = load_dataset("mnist")
    return data.x_test, data.y_test


def save_digit(path, image28, scale=4, invert=True, rgb=False):
    """An MNIST test digit as a photo-like file: larger, dark ink on white, off-centre."""
    pixels = (image28.squeeze() * 255).astype(np.uint8)
    if invert:
        pixels = 255 - pixels
    big = Image.fromarray(pixels).resize((28 * scale, 28 * scale), Image.Resampling.BICUBIC)
    canvas = Image.new("L", (28 * scale + 60, 28 * scale + 30), 255 if invert else 0)
    canvas.paste(big, (50, 5))
    (canvas.convert("RGB") if rgb else canvas).save(path)
    return str(path)


def test_the_bundled_model_is_there_with_its_record():
    info = bundled_info()
    assert bundled_model_path().is_file()
    assert info["test_accuracy"] >= 0.985
    assert info["epochs"] >= 1 and "make_bundled_model.py" in info["command"]


def test_predict_bundled_json_on_digits_of_either_polarity(tmp_path, capsys, mnist_test):
    x, y = mnist_test
    files = [
        save_digit(tmp_path / "a.png", x[0], invert=True),
        save_digit(tmp_path / "b.jpg", x[1], scale=7, invert=False, rgb=True),
        save_digit(tmp_path / "c.png", x[2], scale=2, invert=True),
        save_digit(tmp_path / "d.png", x[3], invert=False),
    ]
    assert main(["predict", "--bundled", *files, "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert [r["file"] for r in results] == files
    assert [r["predicted"] for r in results] == [int(v) for v in y[:4]]
    for r in results:
        assert len(r["probabilities"]) == 10
        assert sum(r["probabilities"]) == pytest.approx(1.0, abs=1e-4)
        assert r["probabilities"][r["predicted"]] == max(r["probabilities"])


def test_predict_with_a_model_file_prints_class_and_probabilities(tmp_path, capsys, mnist_test):
    x, y = mnist_test
    image = save_digit(tmp_path / "digit.png", x[4])
    assert main(["predict", str(bundled_model_path()), image]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{image}: {int(y[4])} (")
    assert out[1].split()[:3] == ["0:", out[1].split()[1], "%"]


def test_blank_image_has_no_prediction_and_is_not_an_error(tmp_path, capsys):
    Image.new("L", (100, 100), 255).save(tmp_path / "blank.png")
    assert main(["predict", "--bundled", str(tmp_path / "blank.png"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"file": str(tmp_path / "blank.png"), "predicted": None, "probabilities": None}
    ]


def test_mistakes_exit_2_with_a_message(tmp_path, capsys):
    (tmp_path / "broken.png").write_bytes(b"\x89PNG not really")
    assert main(["predict", "--bundled", str(tmp_path / "broken.png")]) == 2
    assert "broken.png: not an image" in capsys.readouterr().err
    assert main(["predict", "model.keras"]) == 2
    assert "give a model and at least one image" in capsys.readouterr().err
    assert main(["predict", "a.png", "b.png"]) == 2
    assert "the first argument is the model" in capsys.readouterr().err
    (tmp_path / "old.h5").write_bytes(b"\x89HDF\r\n")
    Image.new("L", (10, 10), 0).save(tmp_path / "x.png")
    assert main(["predict", str(tmp_path / "old.h5"), str(tmp_path / "x.png")]) == 2
    assert "legacy HDF5" in capsys.readouterr().err


def test_a_model_that_takes_no_images_is_refused(tmp_path, capsys):
    from netcore.models.builder import build_model
    from netcore.network.spec import load
    from netcore.resources import preset_paths

    model = build_model(load(preset_paths()["xor-mlp"]))
    model.save(tmp_path / "xor.keras")
    Image.new("L", (10, 10), 0).save(tmp_path / "x.png")
    assert main(["predict", str(tmp_path / "xor.keras"), str(tmp_path / "x.png")]) == 2
    assert "takes (2,), not an image" in capsys.readouterr().err


def test_cli_subprocess_has_no_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "netcore", "predict", "--bundled", str(tmp_path / "none.png")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "no such file" in result.stderr and "Traceback" not in result.stderr
