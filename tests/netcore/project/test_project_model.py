"""The project's rules, without Qt: weights follow the network's structure, runs keep what a
student needs, the dataset sets the input shape, and every change is told part by part."""

import numpy as np
import pytest

from netcore.datasets.sources import DatasetSource
from netcore.project.model import Project, WeightSource
from netcore.project.projectmodel import STALE_NOTE, Part, ProjectModel
from netcore.training.config import TrainConfig
from netcore.training.history import KEPT_STARTS, RunRecord
from tests.netcore.helpers import make_spec


def xor_spec(hidden=2, name="xor"):
    return make_spec(
        [2],
        ("h", "Dense", {"units": hidden, "activation": "tanh"}),
        ("out", "Dense", {"units": 1, "activation": "sigmoid"}),
        name=name,
    )


def xor_weights(hidden=2):
    return {
        "h": [np.ones((2, hidden), "float32"), np.zeros(hidden, "float32")],
        "out": [np.ones((hidden, 1), "float32"), np.zeros(1, "float32")],
    }


@pytest.fixture
def told():
    return []


@pytest.fixture
def model(told):
    m = ProjectModel(Project(xor_spec()))
    m.listen(told.append)
    return m


def test_an_edit_of_the_structure_sets_the_weights_aside_and_undo_brings_them_back(model, told):
    model.set_weights(xor_weights(), WeightSource.TRAINED, "test accuracy 100.00 %", b"model")
    told.clear()
    model.network_changed(xor_spec(hidden=3))  # a wider hidden layer: the weights do not fit
    assert told == [Part.NETWORK, Part.WEIGHTS]
    assert model.weights is None and model.weight_source is WeightSource.UNTRAINED
    assert model.weight_note == STALE_NOTE and model.model_bytes is None
    model.network_changed(xor_spec())  # undo
    assert model.weight_source is WeightSource.TRAINED and model.model_bytes == b"model"
    assert model.weight_note == "test accuracy 100.00 %"
    assert np.array_equal(model.weights["h"][0], np.ones((2, 2)))


def test_a_new_name_or_a_move_keeps_the_weights(model, told):
    model.set_weights(xor_weights(), WeightSource.HAND_SET)
    told.clear()
    model.network_changed(xor_spec(name="my xor"))
    assert told == [Part.NETWORK]
    assert model.weight_source is WeightSource.HAND_SET and model.spec.name == "my xor"


def test_new_weights_forget_the_ones_set_aside(model):
    model.set_weights(xor_weights(), WeightSource.TRAINED)
    model.network_changed(xor_spec(hidden=3))
    model.set_weights(xor_weights(3), WeightSource.HAND_SET)
    model.network_changed(xor_spec())  # back to two units: the hand-set three no longer fit
    assert model.weights is None and model.weight_source is WeightSource.UNTRAINED


def run(accuracy, start=True):
    record = RunRecord(epochs=[{"loss": 1.0}], test={"accuracy": accuracy})
    record.test_labels = np.array([0, 1])
    record.test_probabilities = np.array([[0.9, 0.1], [0.2, 0.8]])
    record.start = xor_weights() if start else None
    return record


def test_a_finished_run_brings_its_weights_and_only_the_latest_keeps_its_predictions(model, told):
    first, second = run(0.5), run(0.75)
    model.add_run(first, xor_weights(), b"one")
    told.clear()
    model.add_run(second, xor_weights(), b"two")
    assert told == [Part.RUNS, Part.WEIGHTS]
    assert first.test_labels is None and first.test_probabilities is None
    assert second.test_labels is not None
    assert model.weight_source is WeightSource.TRAINED and model.model_bytes == b"two"
    assert model.weight_note == "test accuracy 75.00 %"
    for _ in range(KEPT_STARTS + 2):
        model.add_run(run(0.8))
    kept = [r.start is not None for r in model.runs]
    assert kept == [False] * (len(kept) - KEPT_STARTS) + [True] * KEPT_STARTS


def test_the_dataset_gives_the_input_shape_it_needs(model, told):
    source = DatasetSource(name="xor")
    assert model.set_dataset(source, {"input_shape": [2]}) is True
    assert told[-1] is Part.DATASET
    assert model.input_shape_wanted() is None  # the network already takes 2 numbers
    assert model.set_dataset(source) is False  # the same again: nothing changes
    other = DatasetSource(name="mnist")
    model.set_dataset(other, {"input_shape": [28, 28, 1]})
    assert model.input_shape_wanted() == [28, 28, 1]


def test_unsaved_changes_are_told_once_and_saving_clears_them(model, told):
    assert not model.dirty
    model.set_training(TrainConfig(learning_rate=0.5))
    model.set_training(TrainConfig(learning_rate=0.25))
    assert told.count(Part.DIRTY) == 1 and model.dirty
    model.mark_saved()
    assert not model.dirty and told[-1] is Part.DIRTY
    model.set_weights(xor_weights(), WeightSource.TRAINING, unsaved=False)  # a live snapshot
    assert not model.dirty


def test_the_network_editor_decides_whether_the_network_is_unsaved():
    edits = {"dirty": False}
    m = ProjectModel(Project(xor_spec()), network_dirty=lambda: edits["dirty"])
    assert not m.dirty
    edits["dirty"] = True
    assert m.dirty


def test_a_loaded_project_replaces_every_part_and_is_its_own_copy(model, told):
    project = Project(xor_spec(), weights=xor_weights(), weight_source=WeightSource.FILE)
    model.load(project)
    assert told[0] is Part.REPLACED
    assert set(told) == set(Part)
    copy = model.project()
    copy.runs.append(run(0.1))
    copy.spec.name = "changed outside"
    assert model.runs == [] and model.spec.name == "xor"
    project.spec.name = "changed by the caller"
    assert model.spec.name == "xor"


def test_a_listener_can_stop_listening(model, told):
    stop = model.listen(told.append)  # a second subscription of the same callable
    model.set_training(TrainConfig(learning_rate=0.5))
    assert told.count(Part.TRAINING) == 2
    stop()
    told.clear()
    model.set_training(TrainConfig(learning_rate=0.25))
    assert told == [Part.TRAINING]


def test_an_edit_computes_the_structure_once_for_the_model_and_a_view(model, monkeypatch):
    """A view comparing the spec it was built for with the current one shares the model's
    computation: one structure per edit, not three."""
    import netcore.project.projectmodel as pm

    calls = []
    real = pm.structure
    monkeypatch.setattr(pm, "structure", lambda spec: calls.append(spec) or real(spec))
    built_for = model.spec
    for hidden in (3, 4, 5):
        spec = xor_spec(hidden)
        model.network_changed(spec)
        assert model.structure_of(built_for) != model.structure_of(spec)
    assert len(calls) == 4  # each edit's spec once, the view's own spec once
    assert sum(c is built_for for c in calls) == 1
