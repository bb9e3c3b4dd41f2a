"""The Keras side of the sequence layers that are not one plain ``keras.layers`` class with its
arguments: Bidirectional (a wrapper around a recurrent layer), MultiHeadAttention (called with a
query and a value, not with one tensor), and LayerLab's two small layers a Vision Transformer
needs — PositionEmbedding and ClassToken — which Keras's core does not have.

The two small layers are registered with Keras (package ``layerlab``), so a saved model with
them loads again in safe mode, like the step activation.
"""

from __future__ import annotations

from typing import Any

from netcore.models import tfruntime

#: Types whose Keras layer this module builds (the builder asks it for these).
BUILT_HERE = ("Bidirectional", "PositionEmbedding", "ClassToken")

_CLASSES: dict[str, type] = {}

#: The source of LayerLab's own layers, one text per layer: the app runs it (``custom_layers``)
#: and an exported script carries it word for word (``netcore.export.sequence_code``), so a
#: model saved by either opens in the other.
LAYER_SOURCE = {
    "PositionEmbedding": '''
@keras.saving.register_keras_serializable(package="layerlab", name="PositionEmbedding")
class PositionEmbedding(layers.Layer):
    """Adds one learned vector per position to a (time steps, features) input."""

    def build(self, input_shape):
        self.positions = self.add_weight(
            shape=(int(input_shape[-2]), int(input_shape[-1])),
            initializer=keras.initializers.RandomNormal(stddev=0.02),
            name="positions",
        )

    def call(self, inputs):
        return inputs + self.positions

    def compute_output_shape(self, input_shape):
        return input_shape
''',
    "ClassToken": '''
@keras.saving.register_keras_serializable(package="layerlab", name="ClassToken")
class ClassToken(layers.Layer):
    """Puts one learned token in front of a (time steps, features) sequence."""

    def build(self, input_shape):
        self.token = self.add_weight(
            shape=(1, 1, int(input_shape[-1])), initializer="zeros", name="token"
        )

    def call(self, inputs):
        ops = keras.ops
        batch = ops.shape(inputs)[0]
        token = ops.broadcast_to(self.token, (batch, 1, ops.shape(inputs)[-1]))
        return ops.concatenate([ops.cast(token, inputs.dtype), inputs], axis=1)

    def compute_output_shape(self, input_shape):
        steps = None if input_shape[1] is None else input_shape[1] + 1
        return (input_shape[0], steps, input_shape[2])
''',
}


def custom_layers() -> dict[str, type]:
    """LayerLab's own layer classes, registered with Keras once (safe-mode loading needs them).
    Made from ``LAYER_SOURCE``, a constant of this module (never text from a file)."""
    if _CLASSES:
        return _CLASSES
    keras = tfruntime.keras()
    scope = {"keras": keras, "layers": keras.layers}  # as the exported script imports them
    for name, source in LAYER_SOURCE.items():
        exec(compile(source, f"<layerlab {name}>", "exec"), scope)  # noqa: S102 - our constant
        _CLASSES[name] = scope[name]
    return _CLASSES


def build(layer_type: str, params: dict[str, Any], name: str):
    """The Keras layer for one of ``BUILT_HERE``."""
    keras = tfruntime.keras()
    if layer_type == "Bidirectional":
        inner = getattr(keras.layers, params["layer"])(
            params["units"], return_sequences=params["return_sequences"]
        )
        return keras.layers.Bidirectional(inner, merge_mode=params["merge_mode"], name=name)
    return custom_layers()[layer_type](name=name)


def call(layer_type: str, layer, args: list):
    """Apply ``layer`` to its inputs: attention takes (query, value[, key]); one input is
    self-attention (the same tensor as query, key and value)."""
    if layer_type == "MultiHeadAttention":
        query = args[0]
        value = args[1] if len(args) > 1 else query
        key = args[2] if len(args) > 2 else None
        return layer(query, value, key=key)
    return layer(args if len(args) > 1 else args[0])


def attention_inputs(parents: list[str]) -> list[str]:
    """Keras's attention is called with (query, value[, key]); LayerLab wires a key that is the
    value, and a value that is the query, once: self-attention is one input."""
    if len(parents) == 3 and parents[2] == parents[1]:
        parents = parents[:2]
    if len(parents) == 2 and parents[1] == parents[0]:
        parents = parents[:1]
    return parents
