"""Layers imported from a .keras file that the catalog does not offer (e.g. Rescaling in the
Keras application models): kept as opaque nodes, clearly marked, with the shape and parameter
count Keras computed when the file was read, and rebuilt by Keras from their own configuration.
They are never offered in the palette."""

from __future__ import annotations

from netcore.i18n import QT_TRANSLATE_NOOP
from netcore.network.catalog.base import LayerResult, LayerType, _n, shape_text
from netcore.network.params import Param
from netcore.network.problems import LayerProblem

IMPORTED = "KerasLayer"


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
