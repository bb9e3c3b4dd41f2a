"""Why this answer: where in the input the network's score for a class comes from.

Four maps, each the size of the input (height × width), non-negative and scaled to 0…1:

- **saliency**: |∂score/∂pixel| (the largest over the channels), by GradientTape;
- **SmoothGrad**: the saliency averaged over noisy copies of the input (less speckle);
- **Grad-CAM**: for a layer with feature maps, each map weighted by the score's gradient at
  each place (the element-wise form, HiResCAM), summed, ReLU, placed over the input where the
  layer's cells look (also returned at the layer's own size). Grad-CAM's original weights, the
  gradient averaged over each map, are right only for networks that average their maps before
  the Dense layer (then the two are the same); a network that flattens them, like LeNet, gives
  each place its own weight, and the averages came out negative: an all-zero map;
- **occlusion**: slide a grey patch over the input and record how much the class's probability
  drops where it covers.

The score is the class's value *before* the softmax/sigmoid (its logit) when the model ends in
a Dense layer with that activation, so a confident answer does not saturate the gradients.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from netcore.explain import METHODS, memory
from netcore.explain.errors import ExplainError
from netcore.models import tfruntime

__all__ = ["METHODS", "ExplainError", "Explainer", "Explanation"]


@dataclass
class Explanation:
    method: str
    predicted: int
    target: int  # the class explained
    probabilities: np.ndarray
    heatmap: np.ndarray  # (height, width) in 0…1, the input's size
    layer_map: np.ndarray | None = None  # Grad-CAM at the layer's own size
    layer: str = ""
    note: str = ""  # why the map is empty, when it is

    def to_dict(self) -> dict:
        data = {
            "method": self.method,
            "predicted": self.predicted,
            "class": self.target,
            "probabilities": [round(float(p), 6) for p in self.probabilities],
            "heatmap": np.round(self.heatmap, 5).tolist(),
        }
        if self.layer:
            data["layer"] = self.layer
            data["layer_shape"] = list(self.layer_map.shape)
        if self.note:
            data["note"] = self.note
        return data


def _scaled(a: np.ndarray) -> np.ndarray:
    a = np.maximum(np.asarray(a, dtype=np.float32), 0)
    top = float(a.max())
    return a / top if top > 0 else a


class Explainer:
    """Explanations for one Keras image classifier (kept: the graphs are traced once)."""

    def __init__(self, model):
        keras, tf = tfruntime.keras(), tfruntime.tensorflow()
        self.model, self.tf, self.keras = model, tf, keras
        shape = tuple(model.inputs[0].shape[1:])
        if len(shape) != 3 or any(d is None for d in shape):
            raise ExplainError(f"the model takes {shape}, not images (height, width, channels)")
        self.input_shape = shape
        last = model.layers[-1]
        activation = getattr(last, "activation", None)
        name = getattr(activation, "__name__", "")
        self.squashed = type(last).__name__ == "Dense" and name in ("softmax", "sigmoid")
        head = model.outputs[0]
        if self.squashed:  # the logits: the last Dense layer without its activation
            self._before = keras.Model(model.inputs[0], last.input)
            self._last = last
        self._probs = keras.Model(model.inputs[0], head)
        self.values = memory.activation_values(model)  # per input, from the declared shapes

    # -- memory ----------------------------------------------------------------------------

    def memory_needed(self, method: str, samples: int = 24, patch: int = 5) -> int:
        """Bytes ``method`` needs at its peak, estimated from the model's shapes
        (``netcore.explain.memory``)."""
        windows = memory.occlusion_windows(self.input_shape, patch)
        return memory.plan(method, self.input_shape, self.values, samples, windows)[0]

    def check(self, method: str, samples: int = 24, patch: int = 5) -> None:
        """Refuse, before anything is allocated, an explanation this machine cannot hold.

        Raises:
            ExplainTooLarge: With the bytes needed, the limit and the input's shape.
        """
        memory.check(method, self.input_shape, self.values, samples, patch)

    def _piece(self, method: str, count: int) -> int:
        """How many copies go through the model at once (SmoothGrad, occlusion)."""
        windows = count if method == "occlusion" else 1
        return memory.plan(method, self.input_shape, self.values, count, windows)[1]

    # -- scores ----------------------------------------------------------------------------

    def _scores(self, x):
        if self.squashed:
            h = self._before(x, training=False)
            return self.tf.matmul(h, self._last.kernel) + self._last.bias
        return self._probs(x, training=False)

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        return np.asarray(self._probs(self._batch(x), training=False))

    def _batch(self, x) -> np.ndarray:
        x = np.asarray(x, dtype=np.float32)
        if x.shape == self.input_shape:
            x = x[None]
        if x.shape[1:] != self.input_shape:
            raise ExplainError(f"the input is {x.shape[1:]}, the model takes {self.input_shape}")
        return x

    def _target(self, probs: np.ndarray, target: int | None) -> int:
        k = probs.shape[-1]
        if target is None:
            return int(np.argmax(probs))
        if not 0 <= int(target) < max(k, 2):
            raise ExplainError(f"class {target} is not one of 0…{max(k, 2) - 1}")
        return int(target)

    def _score_of(self, scores, target: int):
        if scores.shape[-1] == 1:  # one sigmoid unit: class 1's score, class 0's is its negative
            return scores[:, 0] if target == 1 else -scores[:, 0]
        return scores[:, target]

    # -- the methods -----------------------------------------------------------------------

    def explain(
        self,
        x,
        method: str,
        target: int | None = None,
        layer: str | None = None,
        samples: int = 24,
        noise: float = 0.15,
        patch: int = 5,
    ) -> Explanation:
        if method not in METHODS:
            raise ExplainError(f"method {method!r} is not one of {', '.join(METHODS)}")
        self.check(method, samples, patch)
        x = self._batch(x)[:1]
        probs = self.probabilities(x)[0]
        target = self._target(probs, target)
        predicted = int(np.argmax(probs)) if probs.shape[-1] > 1 else int(probs[0] > 0.5)
        result = Explanation(method, predicted, target, probs, np.zeros(self.input_shape[:2]))
        if method == "saliency":
            result.heatmap = _scaled(self._gradients(x, target)[0])
        elif method == "smoothgrad":
            rng = np.random.default_rng(0)
            spread = noise * float(x.max() - x.min() or 1.0)
            total = np.zeros(self.input_shape[:2], np.float64)
            piece = self._piece(method, samples)
            for start in range(0, samples, piece):
                n = min(piece, samples - start)
                noisy = x + rng.normal(0, spread, (n, *self.input_shape)).astype(np.float32)
                total += self._gradients(noisy, target).sum(axis=0)
            result.heatmap = _scaled(total / samples)
        elif method == "gradcam":
            result.layer = layer or self.default_layer()
            result.layer_map, result.heatmap = self._gradcam(x, target, result.layer)
            if result.heatmap.max() <= 0:
                result.note = (
                    f"nothing in {result.layer} raises the score of class {target}: every place "
                    "there speaks against it (try the answer, or another layer)"
                )
        else:
            result.heatmap = self._occlusion(x, target, patch, probs)
        return result

    def _gradients(self, x: np.ndarray, target: int) -> np.ndarray:
        tf = self.tf
        xt = tf.constant(x)
        with tf.GradientTape() as tape:
            tape.watch(xt)
            score = self._score_of(self._scores(xt), target)
        grads = np.asarray(tape.gradient(score, xt))
        return np.abs(grads).max(axis=-1)

    def conv_layers(self) -> list[str]:
        return [
            layer.name
            for layer in self.model.layers
            if len(getattr(layer, "output", None).shape) == 4
            and type(layer).__name__ != "InputLayer"
        ]

    def default_layer(self) -> str:
        """The layer Grad-CAM explains unless told: the last convolution whose cells each see
        at most a quarter of the input's side.

        Grad-CAM's map is as sharp as the layer's receptive field. The usual choice, the last
        convolution, suits large images; on LeNet's 28×28 input ``conv2``'s cells each see
        14×14 pixels — half the field — so its map cannot tell the digit from its surroundings,
        while ``conv1`` (5×5) can. Pooling layers are passed over (their maps are the
        convolution's, coarser). Without such a layer: the first convolution; without any: the
        last layer with maps.
        """
        from netcore.explain.geometry import layer_grid

        layers = self.conv_layers()
        if not layers:
            raise ExplainError("Grad-CAM needs a layer with feature maps; this model has none")
        convolutions = [
            name
            for name in layers
            if hasattr(self.model.get_layer(name), "kernel_size")
            and "Transpose" not in type(self.model.get_layer(name)).__name__
        ]
        side = min(self.input_shape[:2]) / 4
        narrow = []
        for name in convolutions:
            grid = layer_grid(self.model, name)
            if grid is not None and max(grid.reach) <= side:
                narrow.append(name)
        if narrow:
            return narrow[-1]
        return convolutions[0] if convolutions else layers[-1]

    def _gradcam(self, x: np.ndarray, target: int, layer: str):
        from netcore.explain.geometry import layer_grid, place, stretched

        tf, keras = self.tf, self.keras
        if layer not in self.conv_layers():
            raise ExplainError(
                f"'{layer}' has no feature maps; choose one of: {', '.join(self.conv_layers())}"
            )
        probes = self.__dict__.setdefault("_probes", {})
        if layer not in probes:
            head = self._last.input if self.squashed else self.model.outputs[0]
            probes[layer] = keras.Model(
                self.model.inputs[0], [self.model.get_layer(layer).output, head]
            )
        with tf.GradientTape() as tape:
            maps, h = probes[layer](tf.constant(x), training=False)
            scores = tf.matmul(h, self._last.kernel) + self._last.bias if self.squashed else h
            score = self._score_of(scores, target)
        grads = tape.gradient(score, maps)
        if grads is None:
            raise ExplainError(f"'{layer}' does not lead to the output; choose another layer")
        grads, a = np.asarray(grads)[0], np.asarray(maps)[0]
        # each place's maps weighted by the gradient there: what it adds to the score
        cam = np.maximum((a * grads).sum(axis=-1), 0)
        size = self.input_shape[:2]
        grid = layer_grid(self.model, layer) or stretched(cam.shape, size)
        return _scaled(cam), _scaled(place(cam, grid, size))

    def _occlusion(self, x: np.ndarray, target: int, patch: int, probs: np.ndarray) -> np.ndarray:
        h, w = self.input_shape[:2]
        grey = float(x.min())  # the background of a digit (or the darkest value)
        stride = max(1, patch // 2)
        positions = [
            (r, c) for r in range(0, h - patch + 1, stride) for c in range(0, w - patch + 1, stride)
        ]
        piece = self._piece("occlusion", len(positions))
        parts = []
        for start in range(0, len(positions), piece):
            chunk = positions[start : start + piece]
            batch = np.repeat(x, len(chunk), axis=0)
            for n, (r, c) in enumerate(chunk):
                batch[n, r : r + patch, c : c + patch, :] = grey
            parts.append(self.probabilities(batch))
        base = probs[target] if probs.shape[-1] > 1 else (probs[0] if target == 1 else 1 - probs[0])
        out = np.concatenate(parts) if parts else np.zeros((0, len(probs)), np.float32)
        now = out[:, target] if out.shape[-1] > 1 else (out[:, 0] if target == 1 else 1 - out[:, 0])
        drop = np.zeros((h, w), np.float32)
        count = np.zeros((h, w), np.float32)
        for n, (r, c) in enumerate(positions):
            drop[r : r + patch, c : c + patch] += max(float(base - now[n]), 0.0)
            count[r : r + patch, c : c + patch] += 1
        return _scaled(drop / np.maximum(count, 1))
