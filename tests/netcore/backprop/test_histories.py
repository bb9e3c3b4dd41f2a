"""Histograms over epochs keep each reading's shape on a common axis; the strip averages the
last readings."""

import numpy as np

from netcore.backprop.histories import MAX_ROWS, GradientHistory, HistogramTrack


def test_readings_of_different_ranges_share_one_axis():
    track = HistogramTrack()
    rng = np.random.default_rng(0)
    track.add(0.0, rng.normal(0, 0.1, 5000))
    track.add(1.0, rng.normal(2, 0.1, 5000))  # the weights moved
    epochs, edges, rows = track.image(bins=40)
    assert epochs.tolist() == [0.0, 1.0]
    assert edges[0] < -0.2 and edges[-1] > 2.2
    np.testing.assert_allclose(rows.sum(axis=1), 1.0, atol=1e-9)
    centres = (edges[:-1] + edges[1:]) / 2
    assert abs(centres[rows[0].argmax()]) < 0.2 and abs(centres[rows[1].argmax()] - 2) < 0.2


def test_a_long_run_keeps_its_start_and_end():
    track = HistogramTrack()
    for k in range(MAX_ROWS + 5):
        track.add(float(k), [k, k + 1.0])
    assert len(track.epochs) <= MAX_ROWS
    assert track.epochs[0] == 0.0 and track.epochs[-1] == MAX_ROWS + 4


def test_recent_sizes_average_the_last_readings():
    history = GradientHistory()
    for k in range(8):
        sizes = {"first": 1e-9 * (k + 1), "out": 0.5}
        history.add(
            k / 4, sizes, {n: np.ones((2, 2)) for n in sizes}, {n: np.eye(2) for n in sizes}
        )
    assert history.layers == ["first", "out"]
    assert history.recent_sizes()["first"] == 1e-9 * np.mean([4, 5, 6, 7, 8])
    assert len(history.sizes["out"]) == 8
