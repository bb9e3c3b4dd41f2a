"""Every .keras file LayerLab reads or writes: safe loading, atomic saving, model bytes for
project files, and Keras models in and out of the editor.

``spec_from_model`` turns a loaded Keras model back into a LayerLab spec plus its weights:
layers the catalog expresses exactly become catalog layers, the others opaque imported layers
(``KerasLayer``) with Keras's own shape, parameter count and configuration. Files are always
loaded with Keras ``safe_mode=True`` (``load_keras_model``); legacy ``.h5`` full models are
refused there.
"""

from __future__ import annotations

import os
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from netcore.fileio import UnreadableFileError, atomic_path, check_regular_file
from netcore.limits import MAX_BUILD_PARAMETERS
from netcore.models import tfruntime
from netcore.models.sequence_layers import attention_inputs
from netcore.models.weights import snapshot_weights
from netcore.network.analysis import analyze
from netcore.network.catalog import CATALOG, IMPORTED
from netcore.network.params import check_params
from netcore.network.problems import LayerProblem
from netcore.network.spec import INPUT_ID, LayerSpec, NetworkSpec
from netcore.zipcheck import ZipBombError, check_zip, copy_zip

# Keras config values that mean "as the catalog's default" although spelled differently.
_ACTIVATION_ALIASES = {"linear": "linear", None: "linear"}


def _activation_name(value: Any) -> Any:
    if isinstance(value, dict):  # a registered function, e.g. {"class_name": "function", ...}
        config = value.get("config", value)
        name = config if isinstance(config, str) else config.get("name") or value.get("name")
        if isinstance(name, str) and name.endswith("step"):
            return "step"
        return name
    if isinstance(value, str) and value.endswith(">step"):
        return "step"
    return _ACTIVATION_ALIASES.get(value, value)


def _regularizer(value: Any) -> Any:
    if value is None:
        return None
    config = value.get("config", {}) if isinstance(value, dict) else {}
    out = {k: float(config[k]) for k in ("l1", "l2") if config.get(k)}
    return out or None


def _initializer(value: Any) -> Any:
    if isinstance(value, dict):
        name = value.get("class_name", "")
        return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()  # GlorotUniform → glorot_uniform
    return value


def _param_value(name: str, value: Any) -> Any:
    if name == "activation":
        return _activation_name(value)
    if name == "kernel_regularizer":
        return _regularizer(value)
    if name.endswith("_initializer"):
        return _initializer(value)
    if name == "axis" and isinstance(value, list | tuple) and len(value) == 1:
        return value[0]  # LayerNormalization stores [-1]
    if isinstance(value, tuple):
        return list(value)
    return value


# Keras arguments the editor does not show: fine at these values, refused otherwise. Any other
# difference (e.g. use_bias) shows up as a parameter-count mismatch, checked after conversion.
_IGNORED_ONLY_AT = {"dilation_rate": [1, 1], "groups": 1, "data_format": "channels_last"}


def _layer_params(layer) -> tuple[str, dict[str, Any], list[str]]:
    """(type, spec params, problems) for one Keras layer: a catalog layer when the catalog
    expresses it exactly (same output shape and parameter counts as Keras), else an opaque
    imported layer with Keras's own shape and counts."""
    kind = type(layer).__name__
    if kind in CATALOG and kind != IMPORTED:
        params, trouble = _catalog_params(layer, CATALOG[kind])
        if not trouble and _same_as_keras(layer, CATALOG[kind], params):
            return kind, params, []
    if isinstance(layer.output, list | tuple):
        return kind, {}, [f"'{layer.name}' ({kind}) has several outputs; LayerLab cannot show it"]
    return IMPORTED, {"layer": _opaque(layer)}, []


def _catalog_params(layer, entry) -> tuple[dict[str, Any], list[str]]:
    kind = type(layer).__name__
    config = layer.get_config()
    params: dict[str, Any] = {}
    problems = []
    for key, value in config.items():
        if key in entry.param_names:
            params[key] = _param_value(key, value)
        elif key in _IGNORED_ONLY_AT:
            expected = _IGNORED_ONLY_AT[key]
            got = list(value) if isinstance(value, (list, tuple)) else value
            if got not in (expected, None) and not (key == "data_format" and got is None):
                problems.append(
                    f"'{layer.name}' ({kind}) uses {key}={got!r}, which LayerLab does not offer"
                )
    # Keras stores a pooling layer's default strides (= pool size) explicitly
    if "pool_size" in params and params.get("strides") == params["pool_size"]:
        params["strides"] = None
    # keep only values that differ from the catalog default: readable specs
    for p in entry.params:
        if p.name in params and params[p.name] == p.default and not p.required:
            del params[p.name]
    return params, problems


def _input_shapes(layer) -> list[list[int]]:
    nodes = getattr(layer, "_inbound_nodes", [])
    tensors = nodes[0].input_tensors if nodes else []
    return [[int(d) for d in t.shape[1:]] for t in tensors]


def _counts(layer) -> tuple[int, int]:
    size = lambda ws: sum(int(np.prod(w.shape)) for w in ws)  # noqa: E731
    return size(layer.trainable_weights), size(layer.non_trainable_weights)


def _same_as_keras(layer, entry, params) -> bool:
    """The catalog's own rule gives Keras's output shape and parameter counts."""
    checked, problems = check_params(entry.name, entry.params, params)
    if problems or isinstance(layer.output, list | tuple):
        return False
    try:
        result = entry.infer(checked, [tuple(s) for s in _input_shapes(layer)])
    except LayerProblem:
        return False
    want = tuple(int(d) for d in layer.output.shape[1:])
    return result.output_shape == want and (result.trainable, result.non_trainable) == _counts(
        layer
    )


def _opaque(layer) -> dict[str, Any]:
    keras = tfruntime.keras()
    described = keras.saving.serialize_keras_object(layer)
    described.pop("build_config", None)
    trainable, non_trainable = _counts(layer)
    return {
        "class_name": type(layer).__name__,
        "keras": described,
        "input_shapes": _input_shapes(layer),
        "output_shape": [int(d) for d in layer.output.shape[1:]],
        "trainable": trainable,
        "non_trainable": non_trainable,
    }


def _parents(layer) -> list[str]:
    nodes = getattr(layer, "_inbound_nodes", [])
    if not nodes:
        return []
    tensors = nodes[0].input_tensors
    return [t._keras_history[0].name for t in tensors]


def spec_from_model(
    model, name: str | None = None
) -> tuple[NetworkSpec, dict[str, list[np.ndarray]]]:
    """A Keras model as a LayerLab spec and its weights by spec id.

    Raises:
        ModelError: Layers or settings LayerLab does not offer (all listed), several inputs or
            outputs, or a graph LayerLab cannot represent.
    """
    keras_inputs = model.inputs
    if len(keras_inputs) != 1:
        raise ModelError(
            f"the model has {len(keras_inputs)} inputs; LayerLab networks have one input (and "
            "one main output, with auxiliary outputs if any)"
        )
    dims = tuple(keras_inputs[0].shape[1:])
    if any(d is None for d in dims):
        raise ModelError(
            f"the model's input {dims} has open sizes (None); LayerLab networks take a fixed "
            "input shape such as (28, 28, 1)"
        )
    input_shape = [int(d) for d in dims]
    input_name = keras_inputs[0]._keras_history[0].name
    ids = {input_name: INPUT_ID}
    layers: list[LayerSpec] = []
    problems: list[str] = []
    previous = INPUT_ID
    weights: dict[str, list[np.ndarray]] = {}
    for layer in model.layers:
        if type(layer).__name__ == "InputLayer":
            continue
        kind, params, trouble = _layer_params(layer)
        problems += trouble
        layer_id = re.sub(r"[^A-Za-z0-9_]", "_", layer.name) or "layer"
        if layer_id == INPUT_ID:
            layer_id = "input_layer"
        ids[layer.name] = layer_id
        parents = [ids.get(p, p) for p in _parents(layer)] or [previous]
        if kind == "MultiHeadAttention":
            parents = attention_inputs(parents)
        explicit = None if parents == [previous] else parents
        layers.append(LayerSpec(layer_id, kind, params, explicit))
        if layer.weights:
            weights[layer_id] = [np.array(w) for w in layer.get_weights()]
        previous = layer_id
    if problems:
        raise ModelError(
            "this model uses what LayerLab's editor does not offer:\n  "
            + "\n  ".join(problems)
            + "\nIt can still be used by 'layerlab predict'."
        )
    names = [ids.get(t._keras_history[0].name) for t in model.outputs]
    output = names[0]
    weights_of = _loss_weights(model, len(names))
    spec = NetworkSpec(
        name=name or model.name,
        input_shape=input_shape,
        layers=layers,
        output=None if output == previous else output,
        aux_outputs={aux: weights_of[n] for n, aux in enumerate(names) if n > 0},
    )
    analysis = analyze(spec)
    if analysis.errors:
        raise ModelError(
            "the converted network does not check out: "
            + "; ".join(str(p) for p in analysis.errors[:3])
        )
    keras_params = int(model.count_params())
    if analysis.total_params != keras_params:
        raise ModelError(
            f"the model has {keras_params:,} parameters but its LayerLab version would have "
            f"{analysis.total_params:,}: it uses settings the editor does not offer"
        )
    return spec, weights


def _loss_weights(model, n: int) -> list[float]:
    """The outputs' loss weights if the model was saved compiled (LayerLab saves it so), else 1."""
    config = getattr(model, "_compile_config", None)
    found = (config.config if hasattr(config, "config") else config or {}).get("loss_weights")
    if isinstance(found, list | tuple) and len(found) == n:
        return [float(w) for w in found]
    if isinstance(found, dict):
        return [float(found.get(t._keras_history[0].name, 1.0)) for t in model.outputs]
    return [1.0] * n


def open_keras_file(path: str | os.PathLike) -> tuple[NetworkSpec, dict[str, list[np.ndarray]]]:
    """Load a .keras file safely and convert it (see ``spec_from_model``).

    Raises:
        ModelError: Unreadable/unsafe file, or layers LayerLab does not offer.
    """
    from pathlib import Path

    model = load_keras_model(path)
    try:
        return spec_from_model(model, name=Path(path).stem)
    except ModelError as exc:
        raise ModelError(f"{path}: {exc}") from None


class ModelError(ValueError):
    """A model file cannot be used (unreadable, unsafe, or the wrong shape), said plainly."""


#: Memory one example may take on its way through a model: the input and every layer's output,
#: float32. VGG16 at 224×224×3 takes about 60 MB, LeNet-5 a few KB; an input of 32768×32768
#: pixels (4 GB for one image) is refused before anything is allocated.
MAX_EXAMPLE_BYTES = 1 << 30


@dataclass(frozen=True)
class Footprint:
    """What a model file declares it needs, measured without allocating it."""

    parameters: int
    example_bytes: int  # the input and every layer's output for one example, float32


def load_keras_model(path: str | os.PathLike, compile: bool = False):
    """Load a .keras model safely (Keras ``safe_mode=True``: no arbitrary code from the file),
    after measuring what it asks for.

    The file must be a regular file and a zip within ``zipcheck``'s limits; Keras then reads an
    honest copy whose members stop at their declared sizes (``zipcheck.copy_zip``); and the
    architecture is built without its weights (deferred variables) to count its parameters and
    the memory one example takes, both refused past ``MAX_BUILD_PARAMETERS`` /
    ``MAX_EXAMPLE_BYTES`` with the figure and the limit — before Keras allocates anything.

    Raises:
        ModelError: Missing or special file, legacy HDF5 full model, damaged zip, too large a
            model, or anything Keras refuses.
    """
    path = Path(path)
    if path.suffix.lower() in (".h5", ".hdf5"):
        raise ModelError(
            f"{path}: legacy HDF5 model files are not opened (they can run code when loaded); "
            "save the model as .keras with Keras 3"
        )
    if path.suffix.lower() != ".keras":
        raise ModelError(f"{path}: not a Keras model file (expected a .keras file)")
    return _load_checked(path, str(path), compile)


def _load_checked(path: Path, label: str, compile: bool):
    import tempfile

    from netcore.models.builder import step_activation
    from netcore.models.sequence_layers import custom_layers

    try:
        check_regular_file(path)
        check_zip(path)
    except FileNotFoundError:
        raise ModelError(f"{label}: no such file") from None
    except UnreadableFileError as exc:
        raise ModelError(f"{label}: {str(exc).removeprefix(str(path) + ': ')}") from None
    except ZipBombError as exc:
        raise ModelError(f"{label}: {str(exc).removeprefix(path.name + ': ')}") from None
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ModelError(
            f"{label}: damaged or not a .keras model (a .keras file is a zip archive: {exc})"
        ) from None
    keras = tfruntime.keras()
    step_activation()  # LayerLab's own activation and layers must be known before loading
    custom_layers()
    with tempfile.TemporaryDirectory() as folder:
        honest = Path(folder) / "model.keras"
        try:
            copy_zip(path, honest)
            with zipfile.ZipFile(honest) as zf:
                config = zf.read("config.json").decode("utf-8")
        except (
            zipfile.BadZipFile,
            zlib.error,
            OSError,
            KeyError,
            UnicodeDecodeError,
            EOFError,
        ) as exc:
            raise ModelError(f"{label}: damaged .keras file ({exc})") from None
        check_footprint(measure(config, label), label)
        try:
            return keras.models.load_model(honest, safe_mode=True, compile=compile)
        except Exception as exc:  # noqa: BLE001 - Keras raises many kinds; the user needs one line
            text = str(exc).strip().splitlines()
            raise ModelError(
                f"{label}: Keras could not load it: {type(exc).__name__}: {text[0] if text else ''}"
            ) from None


def measure(config: str, label: str = "the model") -> Footprint:
    """Parameters and one example's memory of a model's ``config.json``, from its architecture
    alone: built in a Keras ``StatelessScope`` whose variables are never initialised, so a
    Dense layer of 2³⁰ units costs its description, not 4 GB.

    Raises:
        ModelError: A configuration Keras cannot build (with Keras's reason).
    """
    import json
    import math

    keras = tfruntime.keras()
    try:
        data = json.loads(config)
        if isinstance(data, dict):  # the optimizer's state is made later, from the weights
            data.pop("compile_config", None)
        with keras.StatelessScope(initialize_variables=False):
            try:
                model = keras.saving.deserialize_keras_object(data, safe_mode=True)
            finally:  # the deferred variables are dropped, never initialised later
                tfruntime.drop_uninitialized_variables()
        parameters = sum(math.prod(int(d) for d in v.shape) for v in model.weights)
        tensors = [*model.inputs]
        for layer in model.layers:
            output = getattr(layer, "output", None)
            tensors += output if isinstance(output, list | tuple) else [output]
        unique = {id(t): t for t in tensors if t is not None and hasattr(t, "shape")}
        elements = sum(
            math.prod(1 if d is None else int(d) for d in t.shape[1:]) for t in unique.values()
        )
    except Exception as exc:  # noqa: BLE001 - Keras raises many kinds; the user needs one line
        text = str(exc).strip().splitlines()
        raise ModelError(
            f"{label}: Keras could not load it: {type(exc).__name__}: {text[0] if text else ''}"
        ) from None
    return Footprint(parameters, elements * 4)


def check_footprint(footprint: Footprint, label: str = "the model") -> None:
    """Refuse a model whose weights or one example would not fit a classroom machine.

    Raises:
        ModelError: With the figure, the limit and what would work.
    """
    if footprint.parameters > MAX_BUILD_PARAMETERS:
        raise ModelError(
            f"{label}: the model has {footprint.parameters:,} parameters "
            f"({footprint.parameters * 4 / 2**30:,.1f} GB of weights); LayerLab opens models of "
            f"at most {MAX_BUILD_PARAMETERS:,}. Use a smaller model."
        )
    if footprint.example_bytes > MAX_EXAMPLE_BYTES:
        raise ModelError(
            f"{label}: one example through this model takes "
            f"{footprint.example_bytes / 2**30:,.1f} GB (its input and every layer's output); "
            f"LayerLab runs models that need at most {MAX_EXAMPLE_BYTES / 2**30:,.0f} GB. "
            "Use a smaller input size."
        )


# -- saving and project bytes ----------------------------------------------------------


def save_model(model, path: str | os.PathLike) -> Path:
    """Save a Keras model atomically; the name must end in .keras."""
    path = Path(path)
    if path.suffix != ".keras":
        raise ValueError(f"{path}: a trained model is saved as .keras (e.g. {path.stem}.keras)")
    with atomic_path(path) as tmp:
        model.save(tmp)
    return path


def model_to_bytes(model) -> bytes:
    """The model as the bytes of a .keras file (for project files)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "model.keras"
        model.save(path)
        return path.read_bytes()


def model_from_bytes(data: bytes):
    """Load a model saved by ``model_to_bytes`` (a project's ``model.keras``) with the same
    checks as a file (``load_keras_model``): the bytes come from someone else's project.

    Raises:
        ModelError: As ``load_keras_model``.
    """
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "model.keras"
        path.write_bytes(data)
        return _load_checked(path, "the project's model.keras", compile=True)


def weights_from_bytes(data: bytes) -> dict:
    """Layer id → weight arrays of a model saved by ``model_to_bytes``."""
    return snapshot_weights(model_from_bytes(data))


def load_weights_file(model, path: str | os.PathLike) -> None:
    """Weights saved by Keras (``model.save_weights``, a ``.weights.h5`` file) into ``model``.
    Only arrays are read, no code, so any source is safe.

    Raises:
        ModelError: Not a weights file, a missing file, or weights that do not fit the model.
    """
    path = Path(path)
    if not path.name.endswith(".weights.h5"):
        raise ModelError(
            f"{path.name}: weights files end in .weights.h5 (Keras 3 model.save_weights); "
            "whole models (.keras) are opened with File → Open"
        )
    try:
        check_regular_file(path)
    except FileNotFoundError:
        raise ModelError(f"{path}: no such file") from None
    except OSError as exc:
        raise ModelError(str(exc)) from None
    try:
        model.load_weights(path)
    except Exception as exc:  # noqa: BLE001 - Keras raises several kinds; one line for users
        text = str(exc).strip().splitlines()
        raise ModelError(
            f"{path.name}: these weights do not fit this network ({text[0] if text else exc})"
        ) from None


def save_weights_file(model, path: str | os.PathLike) -> None:
    """``model``'s weights as a Keras ``.weights.h5`` file, written atomically."""
    with atomic_path(path) as tmp:
        model.save_weights(tmp.with_name(tmp.name + ".weights.h5"))
        tmp.with_name(tmp.name + ".weights.h5").replace(tmp)
