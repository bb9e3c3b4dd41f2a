"""The experiment board: runs share their initial weights and seed, differ only in what the
student picked, and the results table exports as CSV."""

import csv
import io

import numpy as np
import pytest

from netcore.datasets import load_dataset
from netcore.experiments.board import BoardError, Variant, results_csv, run_board, variant_network
from netcore.network.spec import load
from netcore.resources import preset_paths
from netcore.training.config import TrainConfig

pytestmark = pytest.mark.slow


def test_runs_share_the_start_and_differ_in_the_setting():
    spec = load(preset_paths()["spirals-mlp"])
    data = load_dataset("circles")
    config = TrainConfig(optimizer="sgd", learning_rate=0.1, epochs=8, seed=3, xla=False)
    variants = [
        Variant("lr 0.1"),
        Variant("lr 1.0", {"learning_rate": 1.0}),
        Variant("relu", {"activation": "relu"}),
        Variant("zeros init", {"kernel_initializer": "zeros"}),
    ]
    seen = []
    results = run_board(spec, data, config, variants, on_progress=lambda n, e: seen.append(n))
    assert [r.label for r in results] == ["lr 0.1", "lr 1.0", "relu", "zeros init"]
    assert set(seen) == {0, 1, 2, 3}
    first = results[0].initial
    for r in results[1:3]:  # the same starting weights
        for layer in first:
            for a, b in zip(first[layer], r.initial[layer], strict=True):
                np.testing.assert_array_equal(a, b)
    assert results[3].initial is None  # its own initialisation
    assert results[0].history != results[1].history  # the learning rate made a difference
    assert all(r.test_accuracy is not None and r.seconds > 0 for r in results)
    rows = list(csv.DictReader(io.StringIO(results_csv(results))))
    assert [row["run"] for row in rows] == ["lr 0.1", "lr 1.0", "relu", "zeros init"]
    assert rows[1]["learning_rate"] == "1.0" and float(rows[0]["test_accuracy"]) > 0
    # replaying a run from the same start gives the same history
    again = run_board(spec, data, config, [Variant("lr 0.1")])

    def numbers(history):  # XLA or not (the pace trial) changes the last digits only
        return np.array([[row[k] for k in ("loss", "val_loss")] for row in history])

    np.testing.assert_allclose(numbers(again[0].history), numbers(results[0].history), rtol=1e-4)


def test_bad_variants_are_named():
    spec = load(preset_paths()["spirals-mlp"])
    data = load_dataset("circles")
    with pytest.raises(BoardError, match="'colour' is not a setting the board varies"):
        run_board(spec, data, TrainConfig(epochs=1), [Variant("odd", {"colour": "red"})])
    with pytest.raises(BoardError, match="1 to 4 runs"):
        run_board(spec, data, TrainConfig(epochs=1), [Variant(str(n)) for n in range(5)])
    net = variant_network(spec, {"activation": "relu"}, "relu")
    assert [layer.params.get("activation") for layer in net.layers] == ["relu", "relu", "softmax"]
