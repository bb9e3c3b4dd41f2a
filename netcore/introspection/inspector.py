"""What happens inside a network: filters, feature maps, decision boundaries, hand-set weights.

Everything here is Qt-free and returns plain NumPy arrays; ``desktop`` only draws them.

An ``Inspector`` owns its own inference copy of the model (the training model belongs to the
training thread). Weight snapshots are copied into it with ``set_weights`` (well under a
millisecond for LeNet-5), and every layer's output for a batch comes from one compiled call
(``tf.function`` with a fixed input signature), never ``model.predict`` in a loop.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from netcore.introspection.planar import dense_chain, forward
from netcore.introspection.weightcopy import InspectError, WeightCopy, Weights
from netcore.models import tfruntime
from netcore.network.analysis import Analysis, analyze
from netcore.network.spec import INPUT_ID, NetworkSpec
from netcore.training.evaluation import predicted_classes

# Layers that pass an image through unchanged in meaning (so a Dense after Flatten after these
# still "looks at" the input image).
_PASS_THROUGH = {"Dropout", "Activation", "LeakyReLU", "ELU"}
HAND_EDIT_LIMIT = 64  # weights + biases a student can reasonably set by hand


def runtime_loaded() -> bool:
    """Whether TensorFlow is imported already: an ``Inspector`` built now answers at once,
    one built before would wait seconds for the import (the window waits for its background
    start-up instead)."""
    return tfruntime.loaded()


@dataclass
class FilterSet:
    """Kernels of one layer ready to draw.

    Attributes:
        layer: Layer id.
        kind: "conv" (kernels of a Conv2D) or "template" (a Dense unit's weights over the image).
        images: Array (filters, inputs, height, width) for greyscale tiles, or
            (filters, 1, height, width, 3) when ``colour``.
        colour: True for 3-channel first-layer kernels shown as RGB.
        input_labels: What each column is ("channel 1", ...).
        limit: Largest absolute weight (the shared colour scale is -limit…limit).
        per_filter_limit: Largest absolute weight of each filter (per-filter scale).
    """

    layer: str
    kind: str
    images: np.ndarray
    colour: bool
    input_labels: list[str]
    limit: float
    per_filter_limit: np.ndarray


@dataclass
class LayerOutput:
    """One layer's output for one input."""

    layer: str
    type: str
    kind: str  # "maps" (H, W, C), "vector" (N,), "probabilities" (N,), "other"
    values: np.ndarray
    inputs: list[str] = field(default_factory=list)


@dataclass
class Boundary:
    """The network's output over a 2-D input plane."""

    xs: np.ndarray  # grid coordinates along x (n,)
    ys: np.ndarray  # along y (n,)
    output: np.ndarray  # (n, n) for one output/binary, (n, n, classes) otherwise
    predicted: np.ndarray  # (n, n) predicted class (or thresholded output)
    hidden: dict[str, np.ndarray]  # layer id → (n, n, units) for the first hidden layers


def plane_extent(x: np.ndarray, margin: float = 0.15) -> tuple[float, float, float, float]:
    """A square-ish window around 2-D points with a margin (x0, x1, y0, y1)."""
    lo, hi = x.min(axis=0), x.max(axis=0)
    span = np.maximum(hi - lo, 1e-3)
    lo, hi = lo - margin * span, hi + margin * span
    return float(lo[0]), float(hi[0]), float(lo[1]), float(hi[1])


class Inspector(WeightCopy):
    """An inference copy of a network for the viewers.

    Args:
        spec: The network (must analyse without errors).
        weights: Initial weights by layer id; missing layers keep Keras's initialisation
            (seeded, so "untrained" looks the same every time).
        seed: Seed for the initial weights (None: leave the global seed alone, for a copy
            whose weights are all given).

    Raises:
        InspectError: The network has errors.
    """

    def __init__(self, spec: NetworkSpec, weights: Weights | None = None, seed: int | None = 0):
        from netcore.models.builder import build_model

        keras = tfruntime.keras()
        tf = tfruntime.tensorflow()
        self.spec = spec.copy()
        self.analysis: Analysis = analyze(self.spec)
        if self.analysis.errors:
            raise InspectError(
                "the network has errors, fix them first: " + str(self.analysis.errors[0])
            )
        if seed is not None:
            keras.utils.set_random_seed(seed)
        super().__init__()
        with tf.device("/CPU:0"):  # small batches: the CPU answers faster than a GPU round trip
            self._keras_model = build_model(self.spec, self.analysis)
        self._chain = dense_chain(self.analysis)
        self.layer_ids = [i for i in self.analysis.order if i != INPUT_ID]
        self.output_id = self.analysis.output_id
        model = self._keras_model
        outputs = [model.get_layer(i).output for i in self.layer_ids]
        self._probe = keras.Model(model.inputs[0], outputs)
        self.input_shape = tuple(self.analysis.input_shape)
        signature = [tf.TensorSpec((None, *self.input_shape), tf.float32)]
        self._all_fn = tf.function(
            side_by_side(lambda x: _as_list(self._probe(x, training=False))),
            input_signature=signature,
        )
        main = model.get_layer(self.output_id).output  # not the auxiliary outputs
        self._main = keras.Model(model.inputs[0], main)
        self._out_fn = tf.function(
            side_by_side(lambda x: self._main(x, training=False)), input_signature=signature
        )
        self._signature = signature
        self._tf = tf
        if weights:
            self.set_weights(weights)

    # -- forward passes --------------------------------------------------------------------

    def _all(self, x):
        self.model  # noqa: B018 - the weights given are copied in before the pass
        return self._all_fn(x)

    def _out(self, x):
        self.model  # noqa: B018
        return self._out_fn(x)

    def _batch(self, x: np.ndarray) -> np.ndarray:
        x = np.asarray(x, dtype=np.float32)
        if x.ndim == len(self.input_shape):
            x = x[None]
        if x.shape[1:] != self.input_shape:
            raise InspectError(
                f"the input has shape {x.shape[1:]} but the network expects {self.input_shape}"
            )
        return x

    def predict(self, x: np.ndarray) -> np.ndarray:
        """The network's output for a batch (or one example)."""
        return np.asarray(self._out(self._tf.constant(self._batch(x))))

    def explain(self, x, method: str, target: int | None = None, layer: str | None = None):
        """Why the network answers so for one input (``netcore.explain``): a heat map the size
        of the input. Raises InspectError with the reason."""
        from netcore.explain.saliency import Explainer, ExplainError

        model = self.model  # the weights given are copied in
        try:
            if getattr(self, "_explainer", None) is None:
                self._explainer = Explainer(model)
            return self._explainer.explain(x, method, target, layer)
        except ExplainError as exc:
            raise InspectError(str(exc)) from None

    def features(self, x: np.ndarray, layer_id: str, batch: int = 512) -> np.ndarray:
        """One layer's outputs for many inputs, flattened: (n, values) — for the embedding."""
        keras = tfruntime.keras()

        probes = self.__dict__.setdefault("_feature_probes", {})
        if layer_id not in probes:
            if layer_id not in self.layer_ids:
                raise InspectError(f"there is no layer '{layer_id}'")
            probe = keras.Model(self.model.inputs[0], self.model.get_layer(layer_id).output)
            probes[layer_id] = self._tf.function(
                side_by_side(lambda x, p=probe: p(x, training=False)),
                input_signature=self._signature,
            )
        probe = probes[layer_id]
        self.model  # noqa: B018 - the weights given are copied in
        x = self._batch(x)
        parts = [
            np.asarray(probe(self._tf.constant(x[i : i + batch]))) for i in range(0, len(x), batch)
        ]
        out = np.concatenate(parts) if parts else np.zeros((0, 1), np.float32)
        return out.reshape(len(out), -1)

    def unit_means(self, x: np.ndarray, layer_id: str) -> np.ndarray:
        """Each unit's (filter's) mean activation per input: (n, units)."""
        channels = int(self.model.get_layer(layer_id).output.shape[-1])
        flat = self.features(x, layer_id)
        return flat.reshape(len(flat), -1, channels).mean(axis=1)

    def maximize(self, layer_id: str, units: list[int], steps: int = 160, progress=None, stop=None):
        """Images that excite each unit most (``netcore.explain.maximize``)."""
        from netcore.explain.maximize import maximize

        if layer_id not in self.layer_ids:
            raise InspectError(f"there is no layer '{layer_id}'")
        return maximize(self.model, layer_id, units, steps, progress=progress, stop=stop)

    def last_hidden(self) -> str:
        """The layer whose outputs the output layer reads (skipping Dropout): what the network
        has made of the input just before it answers."""
        info = self.analysis.layers[self.output_id]
        source = info.inputs[0] if info.inputs else None
        while source in self.analysis.layers and self.analysis.layers[source].type in (
            "Dropout",
            "Activation",
        ):
            source = self.analysis.layers[source].inputs[0]
        if source not in self.analysis.layers:
            raise InspectError(
                "the output layer reads the input directly: there is no hidden layer"
            )
        return source

    def explain_layers(self) -> list[str]:
        """The layers Grad-CAM can look at (those with feature maps)."""
        return [i for i in self.layer_ids if len(self.analysis.layers[i].output_shape or ()) == 3]

    def outputs(self, x: np.ndarray) -> list[LayerOutput]:
        """Every layer's output for one input, in network order."""
        values = self._all(self._tf.constant(self._batch(x)[:1]))
        result = []
        for layer_id, value in zip(self.layer_ids, values, strict=True):
            info = self.analysis.layers[layer_id]
            v = np.asarray(value)[0]
            if v.ndim == 3:
                kind = "maps"
            elif v.ndim == 1 and layer_id == self.output_id and _is_softmax(info):
                kind = "probabilities"
            elif v.ndim == 1:
                kind = "vector"
            else:
                kind = "other"
            result.append(LayerOutput(layer_id, info.type, kind, v, list(info.inputs)))
        return result

    def backprop(self, x, target, loss: str = "auto", lr: float = 0.1):
        """One example forward and back through this (dense) network, with every number of the
        lecture's derivation (``netcore.backprop.dense.BackpropStep``); weights are unchanged.

        Raises:
            InspectError: Not a dense network, or the example, target, loss or rate do not fit.
        """
        from netcore.backprop.dense import BackpropError, backprop_step

        try:
            return backprop_step(self.model, x, target, loss, lr)
        except BackpropError as exc:
            raise InspectError(str(exc)) from None

    def pre_activations(
        self, x, only: str | None = None
    ) -> list[tuple[str, str, dict, np.ndarray]]:
        """For each layer that applies an activation (or just the layer ``only``): (layer id,
        activation, its parameters, the pre-activation values z for one input, flattened). z is
        computed from the layer's input and weights (Dense, Conv2D) or is the input of an
        activation layer."""
        keras = tfruntime.keras()

        batch = self._batch(x)[:1]
        outputs = dict(zip(self.layer_ids, self._all(self._tf.constant(batch)), strict=True))
        result = []
        for layer_id in self.layer_ids if only is None else [only]:
            info = self.analysis.layers[layer_id]
            params = info.params or {}
            source = info.inputs[0] if info.inputs else INPUT_ID
            inputs = batch if source == INPUT_ID else np.asarray(outputs[source])
            layer = self.model.get_layer(layer_id)
            if info.type == "LeakyReLU":
                act, extra, z = "leaky_relu", {"slope": params["negative_slope"]}, inputs
            elif info.type == "ELU":
                act, extra, z = "elu", {"alpha": params["alpha"]}, inputs
            elif info.type == "Activation":
                act, extra, z = params.get("activation", "linear"), {}, inputs
            elif info.type in ("Dense", "Conv2D") and params.get("activation") not in (
                None,
                "linear",
            ):
                act, extra = params["activation"], {}
                if info.type == "Dense":
                    z = np.asarray(keras.ops.matmul(inputs, layer.kernel))
                else:
                    z = np.asarray(
                        keras.ops.conv(
                            inputs, layer.kernel, layer.strides, layer.padding, "channels_last"
                        )
                    )
                if layer.use_bias:
                    z = z + np.asarray(layer.bias)
            else:
                continue
            result.append((layer_id, act, extra, np.asarray(z, dtype=np.float32).ravel()))
        return result

    # -- filters ---------------------------------------------------------------------------

    def viewable_layers(self) -> list[str]:
        """Layers whose weights can be drawn as images: Conv2D, and Dense fed by an image."""
        return [
            i
            for i in self.layer_ids
            if self.analysis.layers[i].type == "Conv2D" or self._image_fed_dense(i) is not None
        ]

    def _image_fed_dense(self, layer_id: str) -> tuple[int, ...] | None:
        """The image shape a Dense layer's inputs come from (Flatten of an image), else None."""
        info = self.analysis.layers[layer_id]
        if info.type != "Dense" or len(info.inputs) != 1:
            return None
        source = self.analysis.layers.get(info.inputs[0])
        while source is not None and source.type in _PASS_THROUGH and len(source.inputs) == 1:
            source = self.analysis.layers.get(source.inputs[0])
        if source is None or source.type != "Flatten" or not source.input_shapes:
            return None
        shape = source.input_shapes[0]
        return tuple(shape) if shape is not None and len(shape) == 3 else None

    def filters(self, layer_id: str) -> FilterSet:
        """The kernels of a Conv2D layer, or a Dense layer's units as images.

        Raises:
            InspectError: The layer has no weights that can be drawn as images.
        """
        info = self.analysis.layers.get(layer_id)
        if info is None:
            raise InspectError(f"there is no layer '{layer_id}'")
        layer = self.model.get_layer(layer_id)
        if info.type == "Conv2D":
            kernel = np.asarray(layer.get_weights()[0])  # (kh, kw, in, out)
            images = kernel.transpose(3, 2, 0, 1)  # (out, in, kh, kw)
            colour = kernel.shape[2] == 3 and info.inputs == [INPUT_ID]
            labels = [f"channel {c + 1}" for c in range(kernel.shape[2])]
            if colour:
                images = kernel.transpose(3, 0, 1, 2)[:, None]  # (out, 1, kh, kw, 3)
                labels = ["RGB"]
            kind = "conv"
        else:
            shape = self._image_fed_dense(layer_id)
            if shape is None:
                raise InspectError(
                    f"layer '{layer_id}' ({info.type}) has no weights to draw as images: "
                    "pick a Conv2D layer or a Dense layer right after Flatten of an image"
                )
            kernel = np.asarray(layer.get_weights()[0])  # (h*w*c, units)
            h, w, c = shape
            images = kernel.T.reshape(-1, h, w, c).transpose(0, 3, 1, 2)  # (units, c, h, w)
            colour = c == 3
            labels = [f"channel {i + 1}" for i in range(c)]
            if colour:
                images = kernel.T.reshape(-1, 1, h, w, 3)
                labels = ["RGB"]
            kind = "template"
        flat = np.abs(images.reshape(images.shape[0], -1))
        per_filter = flat.max(axis=1) if flat.size else np.zeros(images.shape[0])
        limit = float(per_filter.max()) if per_filter.size else 0.0
        return FilterSet(
            layer_id,
            kind,
            images,
            colour,
            labels,
            limit or 1.0,
            np.where(per_filter > 0, per_filter, 1.0),
        )

    # -- 2-D inputs ------------------------------------------------------------------------

    def is_planar(self) -> bool:
        return self.input_shape == (2,)

    def boundary(
        self, extent: tuple[float, float, float, float], n: int = 100, hidden_layers: int = 2
    ) -> Boundary:
        """The output (and the first hidden Dense layers' units) over an n×n grid.

        Raises:
            InspectError: The network does not take 2 numbers as input.
        """
        if not self.is_planar():
            raise InspectError(
                f"a decision boundary needs a network with 2 inputs; this one takes "
                f"{self.input_shape}"
            )
        x0, x1, y0, y1 = extent
        xs, ys = np.linspace(x0, x1, n), np.linspace(y0, y1, n)
        gx, gy = np.meshgrid(xs, ys)
        grid = np.stack([gx.ravel(), gy.ravel()], axis=1).astype(np.float32)
        if self._chain is not None:  # Dense layers only: NumPy, straight from the arrays
            by_id = forward(self._chain, self._weight_arrays(), grid)
        else:
            by_id = dict(zip(self.layer_ids, self._all(self._tf.constant(grid)), strict=True))
        out = np.asarray(by_id[self.output_id])
        output = out[:, 0].reshape(n, n) if out.shape[1] == 1 else out.reshape(n, n, -1)
        predicted = predicted_classes(out).reshape(n, n)  # the rule the results view uses
        hidden = {}
        for layer_id in self.hidden_dense_layers()[:hidden_layers]:
            hidden[layer_id] = np.asarray(by_id[layer_id]).reshape(n, n, -1)
        return Boundary(xs, ys, output, predicted, hidden)

    def hidden_dense_layers(self) -> list[str]:
        """Dense layers before the output layer, in network order."""
        result = []
        for layer_id in self.layer_ids:
            if layer_id == self.output_id:
                break
            info = self.analysis.layers[layer_id]
            if info.type == "Dense":
                result.append(layer_id)
        return result


#: A batch at least this big is cut in two halves computed side by side (one core each: each
#: operation has half the cores, ``netcore.models.threads``); smaller ones are not worth it.
SIDE_BY_SIDE_BATCH = 64


def side_by_side(fn):
    """``fn`` (inside a ``tf.function``) on a big batch's two halves side by side, the results
    joined: every layer treats each example alone at inference, so the numbers are the same."""
    tf = tfruntime.tensorflow()

    def run(x):
        def halves():
            half = tf.shape(x)[0] // 2
            first, second = fn(x[:half]), fn(x[half:])
            return tf.nest.map_structure(lambda a, b: tf.concat([a, b], 0), first, second)

        return tf.cond(tf.shape(x)[0] >= SIDE_BY_SIDE_BATCH, halves, lambda: fn(x))

    return run


def _is_softmax(info) -> bool:
    return (info.params or {}).get("activation") == "softmax" or (
        info.type == "Activation" and (info.params or {}).get("activation") == "softmax"
    )


def _as_list(values) -> list:
    """A model with one output gives a tensor, not a list of one: always a list per layer."""
    return list(values) if isinstance(values, list | tuple) else [values]
