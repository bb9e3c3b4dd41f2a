"""Layers imported from a .keras file that the catalog does not offer (e.g. Rescaling in the
Keras application models): kept as opaque nodes, clearly marked, with the shape and parameter
count Keras computed when the file was read, and rebuilt by Keras from their own configuration.
They are never offered in the palette."""

from __future__ import annotations

import re

from netcore.i18n import QT_TRANSLATE_NOOP
from netcore.network.catalog.base import LayerResult, LayerType, _n, shape_text
from netcore.network.params import Param
from netcore.network.problems import LayerProblem

IMPORTED = "KerasLayer"
_CLASS = re.compile(r"^[A-Za-z_][A-Za-z0-9_.>]{0,100}$")
MAX_CONFIG = 200_000  # characters of a layer's configuration


def _shape(value) -> bool:
    return isinstance(value, list | tuple) and all(
        isinstance(d, int) and not isinstance(d, bool) and d > 0 for d in value
    )


def check_keras_layer(name: str, value):
    """{"class_name", "config", "input_shapes", "output_shape", "trainable", "non_trainable"}
    as written by the .keras import; anything else is refused with the field named."""
    if not isinstance(value, dict):
        raise LayerProblem(f"{name} must be an object describing the imported Keras layer")
    keras = value.get("keras")
    cls = value.get("class_name")
    if not isinstance(cls, str) or not _CLASS.match(cls):
        raise LayerProblem(f"{name}.class_name must be a Keras class name, not {cls!r}")
    if not isinstance(keras, dict) or len(repr(keras)) > MAX_CONFIG:
        raise LayerProblem(f"{name}.keras must be the layer's Keras configuration (an object)")
    module = keras.get("module", "keras.layers")
    if not isinstance(module, str) or module.split(".")[0] not in ("keras", "keras_hub"):
        raise LayerProblem(
            f"{name}.keras.module {module!r} is not a Keras module; only Keras's own layers "
            "are rebuilt"
        )
    if keras.get("class_name") != cls or not isinstance(keras.get("config", {}), dict):
        raise LayerProblem(f"{name}.keras must describe a {cls} layer with its config")
    inputs = value.get("input_shapes")
    if not isinstance(inputs, list | tuple) or not inputs or not all(_shape(s) for s in inputs):
        raise LayerProblem(f"{name}.input_shapes must list the input shapes Keras saw")
    if not _shape(value.get("output_shape")):
        raise LayerProblem(f"{name}.output_shape must be a list of positive sizes")
    for key in ("trainable", "non_trainable"):
        n = value.get(key)
        if not isinstance(n, int) or isinstance(n, bool) or n < 0:
            raise LayerProblem(f"{name}.{key} must be a whole number ≥ 0")
    return {
        "class_name": cls,
        "keras": keras,
        "input_shapes": [tuple(s) for s in inputs],
        "output_shape": tuple(value["output_shape"]),
        "trainable": value["trainable"],
        "non_trainable": value["non_trainable"],
    }


def _infer(p, inputs):
    layer = p["layer"]
    recorded = [tuple(s) for s in layer["input_shapes"]]
    if [tuple(s) for s in inputs] != recorded:
        got = " and ".join(shape_text(tuple(s)) for s in inputs)
        was = " and ".join(shape_text(s) for s in recorded)
        raise LayerProblem(
            f"the imported {layer['class_name']} layer was read for input {was} and now gets "
            f"{got}; LayerLab cannot recompute an imported layer's shape",
            "undo the change above it, or replace it with a layer from the palette",
        )
    return LayerResult(tuple(layer["output_shape"]), layer["trainable"], layer["non_trainable"])


KERAS_LAYER = LayerType(
    name=IMPORTED,
    category="Imported",
    params=(
        Param(
            "layer",
            "keras_layer",
            None,
            "the imported Keras layer: its class, configuration and the shapes Keras computed",
            required=True,
        ),
    ),
    explanation=QT_TRANSLATE_NOOP(
        "Catalog",
        "A layer from an imported Keras file that LayerLab's catalog does not offer. LayerLab "
        "shows the output shape and parameter count Keras computed for it and lets Keras "
        "rebuild it from its own configuration, but cannot explain or edit it; its shape is "
        "only known for the input it was imported with.",
    ),
    formulas=(QT_TRANSLATE_NOOP("Catalog", "as Keras computes it (imported)"),),
    infer=_infer,
    explain=lambda p, i, r: [
        f"imported {p['layer']['class_name']}: output {shape_text(r.output_shape)}, "
        f"parameters {_n(r.trainable + r.non_trainable)} (from Keras)"
    ],
    summary=lambda p: f"{p['layer']['class_name']} · imported",
    min_inputs=1,
    max_inputs=None,
)
