"""A run is a record that grows in the project model: it begins empty, gains epochs and batch
points from the engine's events, and at its end is the very record the project keeps."""

import numpy as np
import pytest

from netcore.project.model import Project, WeightSource
from netcore.project.projectmodel import Part, ProjectModel
from netcore.training.events import BatchProgress, EpochEnd, Paused
from netcore.training.history import RunRecord
from tests.netcore.project.test_project_model import xor_spec, xor_weights


@pytest.fixture
def told():
    return []


@pytest.fixture
def model(told):
    m = ProjectModel(Project(xor_spec()))
    m.listen(told.append)
    return m


def batch(epoch, n, loss, accuracy=0.5, steps=4):
    return BatchProgress(epoch, n, steps, loss, accuracy, 100.0, 0.1)


def test_a_live_run_grows_from_events_and_is_told_once_per_delivery(model, told):
    live = RunRecord(label="sgd lr 0.5, batch 8")
    model.begin_run(live)
    assert model.live_run is live and told == [Part.LIVE_RUN]
    told.clear()
    model.feed_run(batch(1, 2, 1.0), batch(1, 4, 0.8), EpochEnd(1, {"loss": 0.8, "val_loss": 0.9}))
    assert told == [Part.LIVE_RUN]  # one delivery, one word
    assert live.epochs == [{"loss": 0.8, "val_loss": 0.9}]
    xs = [x for x, _, _ in live.batches]
    assert xs == [0.5, 1.0]
    # the smoothed batch curve: the mean of batches 3-4 is (4*0.8 - 2*1.0) / 2 = 0.6
    assert live.batches[0][1] == pytest.approx(1.0)
    assert live.batches[1][1] == pytest.approx(0.3 * 0.6 + 0.7 * 1.0)
    told.clear()
    model.feed_run(Paused(1.0))  # not the record's business
    assert told == []


def test_the_end_of_a_run_keeps_the_live_record_with_the_finished_scores(model, told):
    live = RunRecord(label="live")
    model.begin_run(live)
    model.grow_run(epochs=[{"loss": 0.5}], batches=[(0.5, 0.7, None), (1.0, 0.5, None)])
    final = RunRecord(epochs=[{"loss": 0.5}], test={"accuracy": 0.75}, label="sgd", dataset="XOR")
    final.test_labels, final.test_probabilities = np.array([1]), np.array([[0.2, 0.8]])
    told.clear()
    model.end_run(final, xor_weights(), b"model")
    assert model.live_run is None
    assert model.runs == [live] and model.runs[0] is live  # the record the plots followed
    assert live.test == {"accuracy": 0.75} and live.dataset == "XOR" and live.has_predictions
    assert len(live.batches) == 2  # its light curve stays while it is the latest run
    assert told == [Part.DIRTY, Part.RUNS, Part.WEIGHTS, Part.LIVE_RUN]
    assert model.weight_source is WeightSource.TRAINED
    assert model.weight_note == "test accuracy 75.00 %"
    model.add_run(RunRecord())
    assert live.batches == [] and not live.has_predictions  # only the latest keeps them


def test_a_run_that_failed_leaves_no_record(model, told):
    model.begin_run(RunRecord())
    model.grow_run(epochs=[{"loss": 1.0}])
    told.clear()
    model.end_run(None)
    assert model.live_run is None and model.runs == [] and told == [Part.LIVE_RUN]
    model.grow_run(epochs=[{"loss": 1.0}])  # late progress after the end is ignored
    model.feed_run(batch(1, 1, 1.0))
    assert told == [Part.LIVE_RUN]


def test_a_run_ending_after_another_project_was_opened_joins_that_project(model, told):
    model.begin_run(RunRecord(label="old"))
    model.load(Project(xor_spec(name="other")))
    assert model.live_run is None
    finished = RunRecord(label="finished")
    model.end_run(finished)
    assert model.runs == [finished]
