"""Spec → Keras model, as a pure function (functional API).

Keras layer names are the spec ids, so the trainer and the viewers can map every Keras layer
back to its node in the editor.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from netcore.limits import check_buildable
from netcore.models import sequence_layers, tfruntime
from netcore.network.analysis import Analysis, analyze
from netcore.network.catalog import IMPORTED
from netcore.network.problems import Problem, SpecError
from netcore.network.spec import INPUT_ID, NetworkSpec

if TYPE_CHECKING:  # pragma: no cover
    import keras


def keras_kwargs(layer_type: str, params: dict[str, Any]) -> dict[str, Any]:
    """The normalised spec params as Keras constructor arguments."""
    keras = tfruntime.keras()

    kwargs = dict(params)
    if kwargs.get("activation") == "step":
        kwargs["activation"] = step_activation()
    reg = kwargs.get("kernel_regularizer")
    if reg is not None:
        kwargs["kernel_regularizer"] = keras.regularizers.L1L2(
            l1=reg.get("l1", 0.0), l2=reg.get("l2", 0.0)
        )
    return kwargs


_STEP = None


def step_activation():
    """The perceptron's step (Heaviside) function: 1 where x > 0, else 0.

    Its gradient is zero everywhere, which is the point the lectures make: gradient descent
    cannot train a step unit. The forward value is the step and the backward pass is a true
    zero (not None), so training runs and simply does not move these weights. Registered with
    Keras so saved models load again with ``safe_mode=True``.
    """
    global _STEP
    if _STEP is None:
        keras = tfruntime.keras()

        @keras.saving.register_keras_serializable(package="layerlab", name="step")
        def step(x):
            ops = keras.ops
            return 0.0 * x + ops.stop_gradient(ops.cast(ops.greater(x, 0), x.dtype))

        _STEP = step
    return _STEP


def build_layer(layer_type: str, params: dict[str, Any], name: str) -> keras.layers.Layer:
    """One Keras layer from a catalog type and its normalised params."""
    keras = tfruntime.keras()

    if layer_type == IMPORTED:
        return _imported_layer(params["layer"], name)
    if layer_type in sequence_layers.BUILT_HERE:
        return sequence_layers.build(layer_type, params, name)
    cls = getattr(keras.layers, layer_type)
    return cls(name=name, **keras_kwargs(layer_type, params))


def _imported_layer(layer: dict[str, Any], name: str):
    """An opaque imported layer, rebuilt by Keras from its own configuration (safe mode: no
    code from the file runs)."""
    keras = tfruntime.keras()

    described = dict(layer["keras"])
    described["config"] = {**described.get("config", {}), "name": name}
    try:
        return keras.saving.deserialize_keras_object(described, safe_mode=True)
    except Exception as exc:  # noqa: BLE001 - any failure of Keras to rebuild it is the message
        raise SpecError(
            Problem(name, f"Keras cannot rebuild the imported {layer['class_name']} layer: {exc}")
        ) from None


def model_name(spec: NetworkSpec) -> str:
    """Keras accepts most names but not '/'; keep the rest readable."""
    name = re.sub(r"[^A-Za-z0-9_.\-]+", "_", spec.name).strip("_")
    return name or "network"


def build_model(spec: NetworkSpec, analysis: Analysis | None = None) -> keras.Model:
    """Build the Keras functional model for a spec.

    Args:
        spec: The network.
        analysis: ``analyze(spec)`` if the caller already has it.

    Returns:
        An unbuilt-weights-initialised ``keras.Model`` whose layer names are the spec ids.

    Raises:
        SpecError: The spec has errors (every one listed).
        LimitError: Far more parameters than a classroom network has (``netcore.limits``).
    """
    analysis = analysis or analyze(spec)
    if analysis.errors:
        raise SpecError(analysis.errors)
    check_buildable(analysis.total_params, f"'{spec.name}'" if spec.name else "the network")
    keras = tfruntime.keras()

    tensors = {INPUT_ID: keras.Input(shape=analysis.input_shape, name=INPUT_ID)}
    for layer_id in analysis.order:
        info = analysis.layers[layer_id]
        layer = build_layer(info.type, info.params, layer_id)
        args = [tensors[source] for source in info.inputs]
        tensors[layer_id] = sequence_layers.call(info.type, layer, args)
    outputs = [tensors[lid] for lid in analysis.output_ids]
    return keras.Model(
        tensors[INPUT_ID], outputs if len(outputs) > 1 else outputs[0], name=model_name(spec)
    )
