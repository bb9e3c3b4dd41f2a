"""What a student looks at after training: confusion matrix, per-class accuracy, the most
confident mistakes, and the history as CSV. Pure NumPy, no Keras."""

from __future__ import annotations

import csv
import io

import numpy as np


def predicted_classes(probabilities: np.ndarray) -> np.ndarray:
    """Class indices from model outputs: argmax for several units, > 0.5 for one sigmoid."""
    p = np.asarray(probabilities)
    if p.ndim == 2 and p.shape[1] > 1:
        return p.argmax(axis=1).astype(np.int32)
    return (p.reshape(-1) > 0.5).astype(np.int32)


def confidences(probabilities: np.ndarray) -> np.ndarray:
    """The probability the model gave its own prediction."""
    p = np.asarray(probabilities)
    if p.ndim == 2 and p.shape[1] > 1:
        return p.max(axis=1)
    q = p.reshape(-1)
    return np.where(q > 0.5, q, 1 - q)


def confusion_matrix(labels: np.ndarray, predicted: np.ndarray, num_classes: int) -> np.ndarray:
    """counts[true, predicted]."""
    matrix = np.zeros((num_classes, num_classes), dtype=np.int64)
    np.add.at(
        matrix, (np.asarray(labels, dtype=np.int64), np.asarray(predicted, dtype=np.int64)), 1
    )
    return matrix


def per_class_accuracy(matrix: np.ndarray) -> np.ndarray:
    """Share of each true class predicted correctly (NaN for a class with no examples)."""
    totals = matrix.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(totals > 0, np.diag(matrix) / totals, np.nan)


def cell_indices(
    labels: np.ndarray, predicted: np.ndarray, true_class: int, predicted_class: int
) -> np.ndarray:
    """Test examples in one cell of the confusion matrix."""
    return np.flatnonzero((labels == true_class) & (predicted == predicted_class))


def confident_mistakes(
    labels: np.ndarray, probabilities: np.ndarray, count: int = 16
) -> np.ndarray:
    """Indices of the wrong predictions the model was most sure of, most confident first."""
    predicted = predicted_classes(probabilities)
    wrong = np.flatnonzero(predicted != labels)
    order = np.argsort(-confidences(probabilities)[wrong], kind="stable")
    return wrong[order[:count]]


def history_csv(history: list[dict[str, float]]) -> str:
    """One row per epoch: epoch, then every metric seen (loss, accuracy, val_*, seconds)."""
    keys: list[str] = []
    for row in history:
        for key in row:
            if key not in keys:
                keys.append(key)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["epoch", *keys])
    for n, row in enumerate(history, start=1):
        writer.writerow([n, *(row.get(k, "") for k in keys)])
    return out.getvalue()
