"""The inference copy's weights: given as arrays, copied into Keras when a pass needs them.

A training run sends the viewers a snapshot of every weight many times a second. Copying each
into the Keras model (``set_weights``) takes milliseconds per layer on a busy machine, while
Python's lock is wanted by the training thread. The arrays are checked and kept as given, and
copied into Keras only before a pass through Keras: a boundary drawn in NumPy never waits on it.
"""

from __future__ import annotations

import numpy as np

Weights = dict[str, list[np.ndarray]]  # layer id → its weight arrays (Keras order)


class InspectError(ValueError):
    """The view cannot show this layer or network (says which and why)."""


class WeightCopy:
    """The weights part of ``Inspector``: ``_keras_model`` is set by the subclass."""

    _keras_model = None

    def __init__(self) -> None:
        #: weights given but not yet copied into the Keras model
        self._pending: Weights = {}
        self._arrays: Weights | None = None  # every layer's weights as arrays, once read

    @property
    def model(self):
        """The Keras inference model, with every weight given so far."""
        if self._pending:
            pending, self._pending = self._pending, {}
            for layer_id, arrays in pending.items():
                self._keras_model.get_layer(layer_id).set_weights(arrays)
        return self._keras_model

    def weights(self) -> Weights:
        """Copies of every layer's weights."""
        return {
            layer.name: [np.array(w, copy=True) for w in layer.get_weights()]
            for layer in self.model.layers
            if layer.weights
        }

    def _weight_arrays(self) -> Weights:
        """Every layer's weights as arrays (read from Keras once, then kept up to date by
        ``set_weights``); not copies: for reading only."""
        if self._arrays is None:
            self._arrays = self.weights()
        return self._arrays

    def set_weights(self, weights: Weights) -> None:
        """Copy weights in; layers that are missing or whose shapes differ are left alone.

        Raises:
            InspectError: A layer's arrays do not fit (names the layer and the shapes).
        """
        accepted: Weights = {}
        for layer_id, arrays in weights.items():
            try:
                layer = self._keras_model.get_layer(layer_id)
            except ValueError:
                continue
            shapes = [tuple(v.shape) for v in layer.weights]  # no copy of the old values
            if len(shapes) != len(arrays) or any(
                shape != np.shape(b) for shape, b in zip(shapes, arrays, strict=False)
            ):
                raise InspectError(
                    f"layer '{layer_id}': weights of shapes "
                    f"{[tuple(np.shape(b)) for b in arrays]} do not fit its {shapes}"
                )
            if shapes:  # a copy: the caller may go on changing its arrays
                accepted[layer_id] = [np.array(b, copy=True) for b in arrays]
        # all layers checked first: a misfit changes nothing
        self._pending.update(accepted)
        if self._arrays is not None:
            self._arrays.update(accepted)

    def load_weights_file(self, path) -> None:
        """Weights saved by Keras (a ``.weights.h5`` file) into this network: only arrays are
        read, no code.

        Raises:
            InspectError: Not a weights file, or the weights do not fit this network.
        """
        from netcore.models.kerasfile import ModelError, load_weights_file

        self._arrays = None
        try:
            load_weights_file(self.model, path)
        except ModelError as exc:
            raise InspectError(str(exc)) from None

    def save_weights_file(self, path) -> None:
        """This network's weights as a Keras ``.weights.h5`` file (written atomically)."""
        from netcore.models.kerasfile import save_weights_file

        save_weights_file(self.model, path)

    def save_model_file(self, path) -> None:
        """This network with its current weights as a ``.keras`` file (written atomically), so
        an export never needs the model itself."""
        from netcore.models.kerasfile import save_model

        save_model(self.model, path)

    def set_weight(self, layer_id: str, array: int, index: tuple[int, ...], value: float) -> None:
        """Set one number (a kernel entry or a bias) of a layer."""
        layer = self.model.get_layer(layer_id)
        arrays = layer.get_weights()
        arrays[array][index] = value
        layer.set_weights(arrays)
        self._arrays = None
