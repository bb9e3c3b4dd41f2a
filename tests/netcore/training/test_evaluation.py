"""Confusion matrix, per-class accuracy, confident mistakes, history CSV."""

import numpy as np

from netcore.training.evaluation import (
    cell_indices,
    confident_mistakes,
    confusion_matrix,
    history_csv,
    per_class_accuracy,
    predicted_classes,
)


def test_confusion_matrix_and_per_class_accuracy():
    labels = np.array([0, 0, 1, 1, 2, 2, 2])
    probs = np.array(
        [
            [0.9, 0.1, 0],
            [0.2, 0.7, 0.1],
            [0.1, 0.8, 0.1],
            [0.1, 0.8, 0.1],
            [0, 0, 1],
            [0.6, 0.1, 0.3],
            [0, 0.1, 0.9],
        ]
    )
    predicted = predicted_classes(probs)
    m = confusion_matrix(labels, predicted, 3)
    assert m.tolist() == [[1, 1, 0], [0, 2, 0], [1, 0, 2]]
    np.testing.assert_allclose(per_class_accuracy(m), [0.5, 1.0, 2 / 3])
    assert cell_indices(labels, predicted, 2, 0).tolist() == [5]
    assert confident_mistakes(labels, probs).tolist() == [1, 5]  # 0.7 then 0.6


def test_binary_outputs_use_a_half_threshold():
    probs = np.array([[0.2], [0.9], [0.6], [0.4]])
    labels = np.array([0, 1, 0, 1])
    assert predicted_classes(probs).tolist() == [0, 1, 1, 0]
    assert confident_mistakes(labels, probs).tolist() == [2, 3]  # 0.6 sure of 1, then 0.6 sure of 0


def test_history_csv():
    text = history_csv(
        [{"loss": 0.5, "accuracy": 0.8}, {"loss": 0.25, "accuracy": 0.9, "val_loss": 0.3}]
    )
    assert text.splitlines() == ["epoch,loss,accuracy,val_loss", "1,0.5,0.8,", "2,0.25,0.9,0.3"]
