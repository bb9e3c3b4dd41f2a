"""The .layerlab project keeps everything, and LayerLab 0.1's files keep opening."""

import json
import zipfile
from pathlib import Path

import numpy as np
import pytest

from netcore.cli.main import main
from netcore.datasets.sources import DatasetSource
from netcore.network.problems import SpecError
from netcore.network.spec import load
from netcore.project.fileformat import load_project, save_project
from netcore.project.model import Project, WeightSource
from netcore.resources import preset_paths
from netcore.training.config import TrainConfig
from netcore.training.history import RunRecord

V1 = Path(__file__).resolve().parent.parent / "fixtures" / "projects-v1"


def full_project(tmp_path) -> Project:
    csv = tmp_path / "data" / "points.csv"
    csv.parent.mkdir()
    csv.write_text("a,b,label\n" + "0,0,no\n1,1,yes\n0,1,no\n1,0,yes\n" * 5)
    run = RunRecord(
        epochs=[{"loss": 0.7, "accuracy": 0.5}, {"loss": 0.4, "accuracy": 0.75}],
        test={"loss": 0.41, "accuracy": 0.75},
        config=TrainConfig(epochs=2).to_dict(),
        dataset="points.csv (your data)",
        class_names=["no", "yes"],
        confusion=[[2, 0], [1, 1]],
        label="adam lr 0.001, batch 32",
        test_labels=np.array([0, 0, 1, 1]),
        test_probabilities=np.array([[0.2], [0.1], [0.9], [0.4]], dtype=np.float32),
    )
    return Project(
        spec=load(preset_paths()["xor-mlp"]),
        dataset=DatasetSource(path=str(csv), options={"target": "label", "test_fraction": 0.25}),
        training=TrainConfig(optimizer="sgd", learning_rate=0.3, epochs=3, batch_size="full"),
        weights={
            "hidden": [np.array([[2.0, -1.0], [2.0, -1.0]]), np.array([-1.0, 1.5])],
            "out": [np.array([[2.0], [2.0]]), np.array([-3.0])],
        },
        weight_source=WeightSource.HAND_SET,
        weight_note="XOR by hand",
        runs=[run],
        model_bytes=b"not really a model, only bytes",
    )


def test_every_part_survives_a_round_trip(tmp_path):
    project = full_project(tmp_path)
    path = save_project(tmp_path / "p.layerlab", project)
    again = load_project(path)
    assert again.spec == project.spec
    assert again.dataset == project.dataset
    assert again.training == project.training and again.training.epochs == 3
    assert again.weight_source is WeightSource.HAND_SET and again.weight_note == "XOR by hand"
    assert set(again.weights) == {"hidden", "out"}
    for layer, arrays in project.weights.items():
        for a, b in zip(arrays, again.weights[layer], strict=True):
            np.testing.assert_array_equal(a, b)
    assert again.runs == project.runs
    np.testing.assert_array_equal(again.runs[0].test_labels, [0, 0, 1, 1])
    assert again.runs[0].test_probabilities.shape == (4, 1)
    assert again.model_bytes == project.model_bytes
    with zipfile.ZipFile(path) as zf:
        meta = json.loads(zf.read("project.json"))
        assert {"weights.npz", "predictions.npz", "model.keras"} <= set(zf.namelist())
    assert meta["version"] == 2
    assert meta["dataset"]["path"] == "data/points.csv"  # beside the project: relative


def test_own_data_beside_the_project_moves_with_it(tmp_path):
    project = full_project(tmp_path)
    save_project(tmp_path / "p.layerlab", project)
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    (tmp_path / "p.layerlab").rename(moved / "p.layerlab")
    (tmp_path / "data").rename(moved / "data")
    again = load_project(moved / "p.layerlab")
    assert Path(again.dataset.path) == (moved / "data" / "points.csv").resolve()
    assert again.dataset.load().class_names == ["no", "yes"]


def test_version_1_files_open_with_everything_they_had():
    untrained = load_project(V1 / "xor-untrained-v1.layerlab")
    assert untrained.spec.name == "XOR MLP (2-2-1)"
    assert untrained.dataset == DatasetSource(name="xor_gate")
    assert untrained.training == TrainConfig() and untrained.runs == []
    assert untrained.weight_source is WeightSource.UNTRAINED
    trained = load_project(V1 / "circles-trained-v1.layerlab")
    assert trained.dataset == DatasetSource(name="circles")
    (run,) = trained.runs
    assert len(run.epochs) == 3 and run.class_names and np.sum(run.confusion) > 0
    assert trained.training.epochs == 3 and trained.training.optimizer == "sgd"
    assert trained.weight_source is WeightSource.TRAINED and trained.model_bytes


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda m: m.update(version=3), "later LayerLab"),
        (lambda m: m.update(weights={"source": "stolen"}), "weights source 'stolen'"),
        (lambda m: m.update(runs={"a": 1}), "'runs' must be a list"),
        (lambda m: m.update(runs=[{"confusion": "many"}]), "run 1: 'confusion'"),
        (lambda m: m.update(runs=[[1, 2]]), "run 1: a run must be an object"),
        (lambda m: m.update(training={"epochs": "3"}), "epochs must be a whole number"),
        (lambda m: m.update(training=[]), "training settings must be an object"),
        (lambda m: m.update(dataset=7), "dataset must be an object"),
        (lambda m: m.update(dataset={"name": "circles", "options": {"x": 1}}), "option 'x'"),
    ],
)
def test_damaged_parts_are_named(tmp_path, change, message):
    path = save_project(tmp_path / "p.layerlab", full_project(tmp_path))
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    meta = json.loads(members["project.json"])
    change(meta)
    members["project.json"] = json.dumps(meta).encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    with pytest.raises(SpecError, match=message) as info:
        load_project(path)
    assert str(path) in str(info.value)


def test_truncated_and_pickled_files_are_refused(tmp_path):
    path = save_project(tmp_path / "p.layerlab", full_project(tmp_path))
    data = path.read_bytes()
    (tmp_path / "cut.layerlab").write_bytes(data[: len(data) // 2])
    with pytest.raises(SpecError, match="damaged project file"):
        load_project(tmp_path / "cut.layerlab")
    import io

    buffer = io.BytesIO()
    np.savez(buffer, **{"hidden/0": np.array([object()], dtype=object)})
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members["weights.npz"] = buffer.getvalue()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    with pytest.raises(SpecError, match="weights.npz"):
        load_project(path)


def test_layerlab_project_describes_without_changing(tmp_path, capsys):
    path = save_project(tmp_path / "p.layerlab", full_project(tmp_path))
    before = path.read_bytes()
    assert main(["project", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["network"] == {
        "name": "XOR MLP (2-2-1)",
        "layers": 2,
        "parameters": 9,
        "problems": [],
    }
    assert info["dataset"]["kind"] == "csv" and info["dataset"]["options"]["target"] == "label"
    assert info["training"]["epochs"] == 3 and info["weights"]["source"] == "hand-set"
    assert info["runs"][0]["test"]["accuracy"] == 0.75 and info["trained_model"]
    assert main(["project", str(path)]) == 0
    text = capsys.readouterr().out
    assert "2 layers, 9 parameters" in text and "test accuracy 75.00 %" in text
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 truncated", b"plain text"])
def test_layerlab_project_on_a_damaged_file_exits_2_without_traceback(tmp_path, capsys, content):
    path = tmp_path / "bad.layerlab"
    path.write_bytes(content)
    assert main(["project", str(path)]) == 2
    err = capsys.readouterr().err
    assert "bad.layerlab" in err and "Traceback" not in err
    assert main(["project", str(tmp_path / "missing.layerlab")]) == 2
    assert "no such file" in capsys.readouterr().err


@pytest.mark.slow
def test_train_writes_a_project_the_window_can_restore(tmp_path, capsys):
    net = tmp_path / "net.json"
    net.write_text(Path(preset_paths()["xor-mlp"]).read_text())
    out = tmp_path / "run.layerlab"
    code = main(
        [
            "train",
            str(net),
            "--dataset",
            "circles:noise=0.1",
            "--epochs",
            "2",
            "--optimizer",
            "sgd",
            "--lr",
            "0.5",
            "--seed",
            "4",
            "--project",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    project = load_project(out)
    assert project.dataset == DatasetSource(name="circles", options={"noise": 0.1})
    assert project.training.epochs == 2 and project.training.learning_rate == 0.5
    assert project.weight_source is WeightSource.TRAINED and project.model_bytes
    assert set(project.weights) == {"hidden", "out"}
    (run,) = project.runs
    assert len(run.epochs) == 2 and run.has_predictions and run.confusion is not None
    assert main(["train", str(net), "--dataset", "xor", "--project", str(tmp_path / "x.zip")]) == 2
    assert "must end in .layerlab" in capsys.readouterr().err


def test_weights_of_another_network_are_not_shown_as_trained(tmp_path):
    """Hardening: a project whose weights belong to another network said "trained"."""
    project = full_project(tmp_path)
    project.weight_source = WeightSource.TRAINED
    project.weights["hidden"] = [np.zeros((2, 5)), np.zeros(5)]  # 15 numbers; the layer has 6
    path = save_project(tmp_path / "p.layerlab", project)
    again = load_project(path)
    assert again.weights is None and again.model_bytes is None
    assert again.weight_source is WeightSource.UNTRAINED
    assert "layer 'hidden' has 6 weights, but 15 were saved" in again.weight_note
    project.weights = {"ghost": [np.zeros(3)]}
    again = load_project(save_project(tmp_path / "q.layerlab", project))
    assert "layer 'ghost' this network does not have" in again.weight_note


def test_run_starts_round_trip_and_a_start_naming_no_run_is_refused(tmp_path):
    """Runs keep the weights they started from (same-start replays); a starts.npz entry for a
    run the project does not have is refused with the member named."""
    import io

    from netcore.training.history import KEPT_STARTS, keep_latest_starts

    project = full_project(tmp_path)
    start = {"hidden": [np.ones((2, 2), np.float32), np.zeros(2, np.float32)]}
    project.runs[0].start = start
    path = save_project(tmp_path / "starts.layerlab", project)
    again = load_project(path)
    np.testing.assert_array_equal(again.runs[0].start["hidden"][0], start["hidden"][0])

    runs = [RunRecord(start=start) for _ in range(KEPT_STARTS + 2)]
    keep_latest_starts(runs)
    assert [r.start is not None for r in runs] == [False, False] + [True] * KEPT_STARTS

    buffer = io.BytesIO()
    np.savez(buffer, **{"9/hidden/0": np.ones((2, 2), np.float32)})
    with zipfile.ZipFile(path) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    members["starts.npz"] = buffer.getvalue()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    with pytest.raises(SpecError, match=r"starts\.npz: entry '9/hidden/0' names no run"):
        load_project(path)
