"""The LayerLab network spec: a versioned JSON file format (``"format": "layerlab-network"``).

Reading a file only checks its structure (JSON, format, version, a list of layers each with an
``id`` and a ``type``); everything about the layers themselves is judged by
``netcore.network.analysis.analyze``, which collects all problems at once so that a file with
mistakes can still be opened, shown and fixed.

Example::

    {"format": "layerlab-network", "version": 1, "name": "xor", "input_shape": [2],
     "layers": [{"id": "hidden", "type": "Dense", "units": 2, "activation": "sigmoid"},
                {"id": "out", "type": "Dense", "units": 1, "activation": "sigmoid"}]}

A layer takes the previous layer as input unless it lists ``"inputs"``; ``"input"`` names the
network input. The last layer is the output unless ``"output"`` names another.
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netcore.fileio import UnreadableFileError, atomic_write_text, read_text_limited
from netcore.network import jsontext
from netcore.network.problems import Problem, SpecError, shown

FORMAT = "layerlab-network"
VERSION = 1
INPUT_ID = "input"

_TOP_KEYS = (
    "format",
    "version",
    "name",
    "description",
    "input_shape",
    "layers",
    "output",
    "aux_outputs",
    "layout",
    "training",
)
MAX_TRAINING_KEYS = 16  # the settings a network may recommend are fewer (``RECOMMENDABLE``)


@dataclass
class LayerSpec:
    """One layer as written in the file.

    Args:
        id: Unique name; also the Keras layer name.
        type: Keras class name, e.g. "Conv2D".
        params: The Keras constructor arguments as written (validated by the analysis).
        inputs: Ids of the inputs in order, or None for "the previous layer".
    """

    id: str
    type: str
    params: dict[str, Any] = field(default_factory=dict)
    inputs: list[str] | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.inputs is not None:
            data["inputs"] = list(self.inputs)
        for key, value in self.params.items():
            data[key] = list(value) if isinstance(value, tuple) else value
        return data


@dataclass
class NetworkSpec:
    """A network design: what the editor edits, the builder builds and the CLI reads.

    ``input_shape`` is kept as written (validated by the analysis, so a wrong value is a
    problem shown to the student rather than a refusal to open the file).
    """

    name: str = "Untitled"
    input_shape: Any = None
    layers: list[LayerSpec] = field(default_factory=list)
    output: str | None = None
    description: str = ""
    layout: dict[str, list[float]] = field(default_factory=dict)
    #: Extra output heads trained with the main output (GoogLeNet's auxiliary classifiers):
    #: layer id → weight of its loss in the total (the main output's weight is 1).
    aux_outputs: dict[str, float] = field(default_factory=dict)
    #: How the network's author recommends training it ({"optimizer": "adam", "epochs": 5,
    #: ...}): taken as the training settings when the network is opened as a new project or
    #: trained from the command line. Kept as written here (a JSON object of plain values);
    #: ``TrainConfig.with_settings`` judges the settings when they are taken.
    training: dict[str, Any] = field(default_factory=dict)

    # ----------------------------------------------------------------- structure

    def ids(self) -> list[str]:
        return [layer.id for layer in self.layers]

    def layer(self, layer_id: str) -> LayerSpec:
        for layer in self.layers:
            if layer.id == layer_id:
                return layer
        raise KeyError(layer_id)

    def inputs_of(self, index: int) -> list[str]:
        """The input ids of ``layers[index]``, resolving the implicit 'previous layer'."""
        layer = self.layers[index]
        if layer.inputs is not None:
            return list(layer.inputs)
        return [INPUT_ID] if index == 0 else [self.layers[index - 1].id]

    def output_id(self) -> str | None:
        if self.output is not None:
            return self.output
        return self.layers[-1].id if self.layers else None

    def unique_id(self, base: str) -> str:
        """A fresh id like 'conv3' for a new layer of the given stem."""
        taken = set(self.ids()) | {INPUT_ID}
        n = 1
        while f"{base}{n}" in taken:
            n += 1
        return f"{base}{n}"

    def copy(self) -> NetworkSpec:
        return copy.deepcopy(self)

    # ----------------------------------------------------------------- (de)serialisation

    def to_dict(self) -> dict[str, Any]:
        """The file's content; a name or description past the limits a file may hold is
        shortened (ending in '…'), so every saved network opens again."""
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "name": _shortened(self.name, MAX_NAME),
        }
        if self.description:
            data["description"] = _shortened(self.description, MAX_DESCRIPTION)
        shape = self.input_shape
        data["input_shape"] = list(shape) if isinstance(shape, tuple) else shape
        data["layers"] = [layer.to_dict() for layer in self.layers]
        if self.output is not None:
            data["output"] = self.output
        if self.aux_outputs:
            data["aux_outputs"] = dict(self.aux_outputs)
        if self.layout:
            data["layout"] = {k: list(v) for k, v in self.layout.items()}
        if self.training:
            data["training"] = dict(self.training)
        return data

    def to_json(self) -> str:
        return _dumps(self.to_dict())

    @classmethod
    def from_dict(cls, data: Any, source: str = "network") -> NetworkSpec:
        """Build a spec from parsed JSON; raise SpecError listing every structural problem."""
        if not isinstance(data, dict):
            raise SpecError(f"{source}: a network file must hold a JSON object, not {_kind(data)}")
        problems: list[Problem] = []
        fmt = data.get("format")
        if fmt != FORMAT:
            raise SpecError(
                f"{source}: not a LayerLab network (format is {json.dumps(fmt)}, "
                f'expected "{FORMAT}")'
            )
        version = data.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise SpecError(f"{source}: version must be a whole number ≥ 1, not {version!r}")
        if version > VERSION:
            raise SpecError(
                f"{source}: written by a later LayerLab (network format version {version}); "
                f"this LayerLab reads version {VERSION}. Update LayerLab to open it."
            )
        for key in data:
            if key not in _TOP_KEYS:
                problems.append(
                    Problem(
                        None,
                        f"{source}: unknown key '{shown(key)}'",
                        "known: " + ", ".join(_TOP_KEYS),
                    )
                )
        name = data.get("name", "Untitled")
        if not isinstance(name, str):
            problems.append(Problem(None, f"{source}: name must be a string, not {_kind(name)}"))
        elif len(name) > MAX_NAME:
            problems.append(
                Problem(None, f"{source}: name has {len(name):,} characters; at most {MAX_NAME}")
            )
        description = data.get("description", "")
        if not isinstance(description, str):
            problems.append(Problem(None, f"{source}: description must be a string"))
        elif len(description) > MAX_DESCRIPTION:
            problems.append(
                Problem(None, f"{source}: description is over {MAX_DESCRIPTION:,} characters")
            )
        raw_layers = data.get("layers", [])
        if not isinstance(raw_layers, list):
            raise SpecError(f"{source}: layers must be a list, not {_kind(raw_layers)}")
        if len(raw_layers) > MAX_LAYERS:
            raise SpecError(
                f"{source}: {len(raw_layers):,} layers; LayerLab edits at most {MAX_LAYERS:,}"
            )
        layers = []
        for i, raw in enumerate(raw_layers):
            layer, layer_problems = _layer_from_dict(raw, i, source)
            problems.extend(layer_problems)
            if layer is not None:
                layers.append(layer)
        output = data.get("output")
        if output is not None and not isinstance(output, str):
            problems.append(
                Problem(
                    None,
                    f"{source}: field 'output': must be a layer id (a string), not {_kind(output)}",
                )
            )
        aux = data.get("aux_outputs", {})
        good = isinstance(aux, dict) and all(
            isinstance(k, str)
            and isinstance(v, int | float)
            and not isinstance(v, bool)
            and 0 <= v <= 100
            for k, v in aux.items()
        )
        if not good:
            problems.append(
                Problem(
                    None,
                    f"{source}: aux_outputs must map layer ids to loss weights (numbers 0…100)",
                    'e.g. {"aux1": 0.3, "aux2": 0.3}',
                )
            )
            aux = {}
        layout = data.get("layout", {})
        if not _valid_layout(layout):
            problems.append(
                Problem(None, f"{source}: layout must map layer ids to [x, y] positions")
            )
        training = data.get("training", {})
        if not _valid_training(training):
            problems.append(
                Problem(
                    None,
                    f"{source}: training must be an object of at most {MAX_TRAINING_KEYS} "
                    "settings, each a number, a string or true/false",
                    'e.g. {"optimizer": "adam", "learning_rate": 0.001, "epochs": 5}',
                )
            )
        if problems:
            raise SpecError(problems)
        return cls(
            name=name,
            input_shape=data.get("input_shape"),
            layers=layers,
            output=output,
            aux_outputs={k: float(v) for k, v in aux.items()},
            description=description,
            # positions of layers that are not there are dropped (a stale or padded layout)
            layout={
                k: [float(v[0]), float(v[1])]
                for k, v in layout.items()
                if k in {layer.id for layer in layers} or k == "input"
            },
            training=dict(training),
        )


def _layer_from_dict(raw: Any, index: int, source: str):
    where = f"{source}: layers[{index}]"
    if not isinstance(raw, dict):
        return None, [Problem(None, f"{where} must be an object, not {_kind(raw)}")]
    problems = []
    layer_id, layer_type = raw.get("id"), raw.get("type")
    if not isinstance(layer_id, str) or not layer_id:
        problems.append(Problem(None, f"{where} needs an 'id' (a non-empty string)"))
        layer_id = None
    elif len(layer_id) > MAX_ID:
        problems.append(Problem(None, f"{where}: the id is longer than {MAX_ID} characters"))
        layer_id = None
    else:
        where = f"{source}: layer '{shown(layer_id)}'"
    if not isinstance(layer_type, str) or not layer_type:
        received = "" if "type" not in raw else f", not {_kind(layer_type)}"
        problems.append(
            Problem(None, f"{where}, field 'type': needs a layer type such as \"Dense\"{received}")
        )
    inputs = raw.get("inputs")
    if inputs is not None and (
        not isinstance(inputs, list) or not all(isinstance(x, str) for x in inputs)
    ):
        received = _kind(inputs)
        if isinstance(inputs, list):
            odd = next(x for x in inputs if not isinstance(x, str))
            received = f"a list holding {_kind(odd)}"
        problems.append(
            Problem(
                None,
                f"{where}, field 'inputs': must be a list of layer ids, not {received}",
                'e.g. ["a", "b"]',
            )
        )
    if problems:
        return None, problems
    params = {k: v for k, v in raw.items() if k not in ("id", "type", "inputs")}
    return LayerSpec(layer_id, layer_type, params, inputs), []


def _shortened(text: Any, most: int) -> Any:
    if isinstance(text, str) and len(text) > most:
        return text[: most - 1] + "…"
    return text


def _valid_training(training: Any) -> bool:
    return (
        isinstance(training, dict)
        and len(training) <= MAX_TRAINING_KEYS
        and all(
            isinstance(k, str)
            and len(k) <= 64
            and (
                v is None
                or isinstance(v, bool | int | float)
                or (isinstance(v, str) and len(v) <= 64)
            )
            for k, v in training.items()
        )
    )


def _valid_layout(layout: Any) -> bool:
    if not isinstance(layout, dict):
        return False
    for pos in layout.values():
        if not (isinstance(pos, list) and len(pos) == 2):
            return False
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in pos):
            return False
    return True


def _kind(value: Any) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def _dumps(data: dict[str, Any]) -> str:
    """Readable JSON: one line per layer, so diffs of network files stay small."""
    lines = ["{"]
    items = list(data.items())
    for n, (key, value) in enumerate(items):
        comma = "," if n < len(items) - 1 else ""
        if key == "layers":
            rows = [f"    {json.dumps(layer, ensure_ascii=False)}" for layer in value]
            body = ",\n".join(rows)
            lines.append(f'  "layers": [\n{body}\n  ]{comma}' if rows else f'  "layers": []{comma}')
        else:
            lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def loads(text: str, source: str = "network") -> NetworkSpec:
    """Parse a spec from JSON text. Malformed JSON is reported with its line and column, and a
    value no network can hold (NaN, Infinity, 1e400, thousands of digits, a lone surrogate)
    with its layer and field (``netcore.network.jsontext``)."""
    return NetworkSpec.from_dict(jsontext.parse(text, source), source)


#: Limits that keep a hostile file from costing minutes or gigabytes (a real network file is a
#: few kilobytes; the 50-layer ResNet-like bench network is 9 KB).
MAX_FILE_BYTES = 32 << 20
MAX_LAYERS = 10_000
MAX_NAME = 200
MAX_DESCRIPTION = 20_000
MAX_ID = 100


def load(path: str | os.PathLike) -> NetworkSpec:
    """Read a spec file; SpecError (never OSError) for files that cannot be read.

    Only a regular file is read, and at most ``MAX_FILE_BYTES`` + 1 bytes of it: a link to
    ``/dev/zero`` or a FIFO handed over as a network is refused at once with its name.
    """
    path = Path(path)
    try:
        # a byte-order mark is fine
        text = read_text_limited(path, MAX_FILE_BYTES, "network file", encoding="utf-8-sig")
    except FileNotFoundError:
        raise SpecError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SpecError(f"{path}: is a folder, not a network file") from None
    except UnicodeDecodeError:
        raise SpecError(f"{path}: not a text file (expected LayerLab network JSON)") from None
    except UnreadableFileError as exc:
        raise SpecError(str(exc)) from None
    except OSError as exc:
        raise SpecError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return loads(text, source=str(path))


def save(spec: NetworkSpec, path: str | os.PathLike) -> None:
    """Write a spec atomically: the old file survives any failure."""
    atomic_write_text(path, spec.to_json())
