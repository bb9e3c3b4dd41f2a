"""Digit classification for the drawing canvas and ``layerlab predict``.

A ``DigitClassifier`` wraps a Keras model with a compiled single-batch call (never
``model.predict`` per drawing: that costs 36–50 ms here; the compiled call a few ms). The
bundled LeNet-5 in ``resources/models`` answers when the network in the editor is not a trained
28×28×1 → 10 classifier.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from netcore.models import tfruntime
from netcore.models.kerasfile import ModelError, load_keras_model
from netcore.resources import resource_path

BUNDLED_NAME = "lenet5-mnist"
DIGIT_INPUT = (28, 28, 1)
DIGIT_CLASSES = 10


def bundled_model_path() -> Path:
    return resource_path("models", f"{BUNDLED_NAME}.keras")


def bundled_info() -> dict:
    """The JSON beside the bundled model: test accuracy, epochs, the command that made it."""
    path = resource_path("models", f"{BUNDLED_NAME}.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def digit_fit_problem(input_shape, output_shape) -> str | None:
    """Why a network cannot classify drawn digits, or None when it can."""
    if tuple(input_shape) not in (DIGIT_INPUT, (28, 28)):
        return f"it takes {tuple(input_shape)}, not a 28×28×1 image"
    if tuple(output_shape) != (DIGIT_CLASSES,):
        return f"its output is {tuple(output_shape)}, not 10 class probabilities"
    return None


@dataclass
class DigitClassifier:
    """A model that maps a prepared 28×28 image to 10 probabilities.

    Attributes:
        name: What the canvas says is answering ("the bundled LeNet-5 (98.9 % on MNIST test)").
    """

    name: str
    model: object
    _call: object = None

    def __post_init__(self):
        tf = tfruntime.tensorflow()
        shape = tuple(self.model.inputs[0].shape[1:])
        signature = [tf.TensorSpec((None, *shape), tf.float32)]
        model = self.model
        if len(model.outputs) > 1:  # auxiliary heads (GoogLeNet): the main output answers
            keras = tfruntime.keras()
            model = keras.Model(model.inputs[0], model.outputs[0])
        self._call = tf.function(lambda x: model(x, training=False), input_signature=signature)
        self.input_shape = shape

    def probabilities(self, images: np.ndarray) -> np.ndarray:
        """Probabilities for a batch of prepared images (or one image)."""
        x = np.asarray(images, dtype=np.float32)
        if x.ndim == len(self.input_shape):
            x = x[None]
        x = x.reshape((len(x), *self.input_shape))
        return np.asarray(self._call(x))


def classifier_from_file(path: str | os.PathLike, name: str | None = None) -> DigitClassifier:
    """Raises: ModelError (unreadable, or not a 28×28×1 → 10 classifier)."""
    model = load_keras_model(path)
    problem = digit_fit_problem(tuple(model.inputs[0].shape[1:]), tuple(model.outputs[0].shape[1:]))
    if problem:
        raise ModelError(f"{path}: this model cannot classify digits: {problem}")
    return DigitClassifier(name or Path(path).name, model)


def bundled_classifier() -> DigitClassifier:
    """The LeNet-5 shipped with the app. Raises: ModelError if it is missing."""
    info = bundled_info()
    accuracy = info.get("test_accuracy")
    name = "the bundled LeNet-5" + (f" ({accuracy * 100:.2f} % on MNIST test)" if accuracy else "")
    return classifier_from_file(bundled_model_path(), name)
