"""`layerlab summary`: the table, the JSON, and clean failures (exit 2, no traceback)."""

import json
import subprocess
import sys

import pytest

from netcore.cli.main import main
from netcore.resources import preset_paths

LENET = str(preset_paths()["lenet5"])


def test_summary_json_for_lenet(capsys):
    assert main(["summary", LENET, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total_params"] == 61706
    assert data["trainable_params"] == 61706
    assert data["non_trainable_params"] == 0
    first = data["layers"][0]
    assert first == {
        "id": "conv1",
        "type": "Conv2D",
        "inputs": ["input"],
        "output_shape": [28, 28, 6],
        "params": 156,
        "trainable_params": 156,
    }
    assert [layer["output_shape"] for layer in data["layers"]][-4:] == [[400], [120], [84], [10]]


def test_summary_table_is_aligned(capsys):
    assert main(["summary", LENET]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "LeNet-5"
    conv2 = next(line for line in out if line.startswith("conv2 "))
    assert conv2.split() == ["conv2", "Conv2D", "(10,", "10,", "16)", "2,416"]
    assert "Total params: 61,706" in out
    widths = {len(line) for line in out[2:12]}
    assert len(widths) <= 2  # right-aligned numbers: rows end in the same column


@pytest.mark.parametrize("preset", sorted(preset_paths()))
def test_every_preset_passes_summary(preset, capsys):
    assert main(["summary", str(preset_paths()[preset])]) == 0


def test_mnist_mlp_has_the_lecture_parameter_count(capsys):
    main(["summary", str(preset_paths()["mnist-mlp-512"]), "--json"])
    assert json.loads(capsys.readouterr().out)["total_params"] == 669706


def test_invalid_network_lists_each_problem_and_exits_2(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "layerlab-network",
                "version": 1,
                "input_shape": [3, 3, 1],
                "layers": [
                    {"id": "conv2", "type": "Conv2D", "filters": 4, "kernel_size": 5},
                    {"id": "drop", "type": "Dropout", "rate": 1.2},
                ],
            }
        )
    )
    assert main(["summary", str(bad)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert lines == [
        f"layerlab: {bad}: conv2: kernel 5×5 does not fit its 3×3 input; use padding='same' or a smaller kernel",
        f"layerlab: {bad}: drop: rate must be in [0.0, 1.0), got 1.2; e.g. 0.5",
    ]


def _run(*args):
    return subprocess.run(
        [sys.executable, "-m", "netcore", *args], capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "no such file"),
        ("{not json", "malformed JSON at line 1, column 2"),
        (
            '{"format": "layerlab-network", "version": 2, "layers": []}',
            "written by a later LayerLab",
        ),
    ],
)
def test_bad_files_exit_2_without_traceback(tmp_path, content, expected):
    path = tmp_path / "net.json"
    if content is not None:
        path.write_text(content)
    result = _run("summary", str(path))
    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_usage_exits_2():
    result = _run("summary")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "the following arguments are required: NETWORK.json" in result.stderr


def test_summary_does_not_import_tensorflow_or_qt():
    code = (
        f"import sys; from netcore.cli.main import main; main(['summary', {LENET!r}]);"
        "heavy = [m for m in ('tensorflow', 'keras', 'PySide6', 'numpy') if m in sys.modules];"
        "print('HEAVY', heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert "HEAVY []" in result.stdout
