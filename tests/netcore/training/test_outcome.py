"""The end of a run, once for every caller: plain values out, no Keras model."""

import numpy as np

from netcore.datasets import load_dataset
from netcore.models.kerasfile import weights_from_bytes
from netcore.training.config import TrainConfig
from netcore.training.engine import prepare
from netcore.training.events import Failed, Finished, Started
from netcore.training.history import RunRecord
from netcore.training.outcome import RunOutcome, train_outcome
from tests.netcore.helpers import make_spec


def xor_mlp():
    return make_spec(
        [2],
        ("hidden", "Dense", {"units": 4, "activation": "tanh"}),
        ("out", "Dense", {"units": 2, "activation": "softmax"}),
    )


def test_a_finished_run_leaves_weights_model_bytes_and_its_record():
    events = []
    prepared = prepare(xor_mlp(), load_dataset("xor"), TrainConfig(epochs=3, batch_size=4))
    outcome = train_outcome(prepared, events.append)
    assert isinstance(outcome, RunOutcome) and isinstance(outcome.final, Finished)
    assert outcome.final is events[-1]  # the listener saw the whole run
    assert outcome.trained and not outcome.failed
    # plain values only: arrays and bytes, nothing that holds a Keras model
    assert set(outcome.weights) == {"hidden", "out"}
    assert all(isinstance(a, np.ndarray) for v in outcome.weights.values() for a in v)
    saved = weights_from_bytes(outcome.model_bytes)
    for layer, arrays in outcome.weights.items():
        for a, b in zip(arrays, saved[layer], strict=True):
            np.testing.assert_array_equal(a, b)
    # the record is the project's, with the weights the run started from
    record = outcome.record
    assert isinstance(record, RunRecord) and len(record.epochs) == 3
    assert record.dataset == prepared.dataset.title and record.reason == "completed"
    started = next(e for e in events if isinstance(e, Started))
    assert outcome.start is started.initial_weights and record.start is outcome.start
    assert not np.array_equal(outcome.start["hidden"][0], outcome.weights["hidden"][0])


def test_without_the_model_only_the_weights_are_kept():
    prepared = prepare(xor_mlp(), load_dataset("xor"), TrainConfig(epochs=1, batch_size=4))
    outcome = train_outcome(prepared, keep_model=False)
    assert outcome.weights and outcome.model_bytes is None


def test_a_nan_loss_keeps_the_record_but_no_weights():
    spec = make_spec(
        [1], ("h", "Dense", {"units": 16, "activation": "relu"}), ("out", "Dense", {"units": 1})
    )
    config = TrainConfig(optimizer="sgd", learning_rate=1e6, epochs=30, batch_size=8)
    outcome = train_outcome(prepare(spec, load_dataset("sine"), config))
    assert outcome.final.reason == "nan" and outcome.record.reason == "nan"
    assert not outcome.trained and outcome.weights is None and outcome.model_bytes is None


def test_a_failed_run_is_an_outcome_not_an_exception():
    prepared = prepare(xor_mlp(), load_dataset("xor"), TrainConfig(epochs=1, batch_size=4))
    prepared.initial_weights = {"hidden": ["not an array"]}  # set_weights will refuse it
    prepared.analysis = None  # building the model fails inside the run
    outcome = train_outcome(prepared)
    assert outcome.failed and isinstance(outcome.final, Failed)
    assert "training failed" in outcome.final.message
    assert outcome.record is None and outcome.weights is None and outcome.model_bytes is None
