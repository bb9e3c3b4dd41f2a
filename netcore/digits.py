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

from netcore import tfruntime
from netcore.resources import resource_path

BUNDLED_NAME = "lenet5-mnist"
DIGIT_INPUT = (28, 28, 1)
DIGIT_CLASSES = 10


class ModelError(ValueError):
    """A model file cannot be used (unreadable, unsafe, or the wrong shape), said plainly."""


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


def load_keras_model(path: str | os.PathLike):
    """Load a .keras model safely (Keras ``safe_mode=True``: no arbitrary code from the file).

    Raises:
        ModelError: Missing file, legacy HDF5 full model, or anything Keras refuses.
    """
    from netcore.builder import step_activation

    path = Path(path)
    if not path.exists():
        raise ModelError(f"{path}: no such file")
    if path.suffix.lower() in (".h5", ".hdf5"):
        raise ModelError(
            f"{path}: legacy HDF5 model files are not opened (they can run code when loaded); "
            "save the model as .keras with Keras 3"
        )
    if path.suffix.lower() != ".keras":
        raise ModelError(f"{path}: not a Keras model file (expected a .keras file)")
    keras = tfruntime.keras()
    step_activation()  # LayerLab's own activation must be known before loading
    try:
        return keras.models.load_model(path, safe_mode=True, compile=False)
    except Exception as exc:  # noqa: BLE001 - Keras raises many kinds; the user needs one line
        text = str(exc).strip().splitlines()
        raise ModelError(
            f"{path}: Keras could not load it: {type(exc).__name__}: {text[0] if text else ''}"
        ) from None


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
