"""Editing operations on a network spec, as pure functions: what the editor's drag-and-drop,
connect, delete and property edits do, with the rules (no cycles, merges take many inputs)
in one Qt-free place.

Each function changes the spec it is given in place; the editor copies the spec first so every
edit can be undone. After an edit the layer list is kept in a topological order and inputs that
equal the implicit "previous layer" are left implicit, so saved files stay short and readable.
"""

from __future__ import annotations

from typing import Any

from netcore.network.analysis import id_problem
from netcore.network.catalog import CATALOG
from netcore.network.spec import INPUT_ID, MAX_ID, LayerSpec, NetworkSpec

ID_STEMS = {
    "Dense": "dense",
    "Conv2D": "conv",
    "Conv2DTranspose": "deconv",
    "DepthwiseConv2D": "dwconv",
    "SeparableConv2D": "sepconv",
    "ZeroPadding2D": "zpad",
    "UpSampling2D": "up",
    "LayerNormalization": "ln",
    "Maximum": "max",
    "Minimum": "min",
    "Multiply": "mul",
    "MaxPooling2D": "pool",
    "AveragePooling2D": "avgpool",
    "GlobalAveragePooling2D": "gap",
    "GlobalMaxPooling2D": "gmp",
    "Flatten": "flat",
    "Reshape": "reshape",
    "Dropout": "drop",
    "BatchNormalization": "bn",
    "Activation": "act",
    "LeakyReLU": "leaky",
    "ELU": "elu",
    "Add": "add",
    "Concatenate": "concat",
}


class EditError(ValueError):
    """An edit that cannot be made (e.g. it would create a cycle); the message says why."""


# --------------------------------------------------------------------------- graph helpers


def explicit_inputs(spec: NetworkSpec) -> dict[str, list[str]]:
    """Every layer's inputs, with the implicit 'previous layer' resolved."""
    return {layer.id: spec.inputs_of(i) for i, layer in enumerate(spec.layers)}


def reaches(spec: NetworkSpec, source: str, target: str) -> bool:
    """True if data flows from ``source`` to ``target`` (following inputs backwards)."""
    inputs = explicit_inputs(spec)
    stack, seen = [target], set()
    while stack:
        node = stack.pop()
        if node == source:
            return True
        if node in seen:
            continue
        seen.add(node)
        stack.extend(inputs.get(node, []))
    return False


def _set_inputs(spec: NetworkSpec, inputs: dict[str, list[str]]) -> None:
    """Write resolved inputs back, ordering layers topologically (stable) and leaving inputs
    implicit where they equal the previous layer."""
    order = _topological(spec, inputs)
    by_id = {layer.id: layer for layer in spec.layers}
    spec.layers = [by_id[lid] for lid in order]
    for index, layer in enumerate(spec.layers):
        ins = inputs[layer.id]
        previous = INPUT_ID if index == 0 else spec.layers[index - 1].id
        layer.inputs = None if ins == [previous] else list(ins)
    if spec.output is not None and spec.layers and spec.output == spec.layers[-1].id:
        spec.output = None


def _topological(spec: NetworkSpec, inputs: dict[str, list[str]]) -> list[str]:
    """List order kept where it is valid; a layer moves after its inputs only when needed.
    Layers in a cycle (which edits refuse, but files may contain) keep their place."""
    original = [layer.id for layer in spec.layers]
    placed: list[str] = []
    done: set[str] = set()
    pending = list(original)
    while pending:
        for lid in pending:
            if all(s == INPUT_ID or s in done or s not in inputs for s in inputs[lid]):
                placed.append(lid)
                done.add(lid)
                pending.remove(lid)
                break
        else:  # a cycle: keep the rest as they were
            placed.extend(pending)
            break
    return placed


# --------------------------------------------------------------------------- edits


def new_layer(
    spec: NetworkSpec, layer_type: str, params: dict[str, Any] | None = None
) -> LayerSpec:
    """A layer of ``layer_type`` with a fresh id and the catalog's starting params."""
    entry = CATALOG[layer_type]
    base = ID_STEMS.get(layer_type, layer_type.lower())
    merged = {**entry.defaults(), **(params or {})}
    return LayerSpec(spec.unique_id(base), layer_type, merged, [])


def add_layer(
    spec: NetworkSpec,
    layer_type: str,
    after: str | None = None,
    params: dict[str, Any] | None = None,
    connect: bool = True,
) -> str:
    """Add a layer; with ``connect``, feed it from ``after`` (default: the output layer, or the
    network input for an empty network) and hand ``after``'s users over to it.

    Returns:
        The new layer's id.
    """
    inputs = explicit_inputs(spec)
    current_output = spec.output_id()
    layer = new_layer(spec, layer_type, params)
    spec.layers.append(layer)
    if not connect:
        inputs[layer.id] = []
    else:
        source = after if after is not None else (current_output or INPUT_ID)
        if source != INPUT_ID and source not in inputs:
            raise EditError(f"no layer named {source!r}")
        handed = [u for u in inputs if source in inputs[u]] if after is not None else []
        for user in handed:
            inputs[user] = [layer.id if s == source else s for s in inputs[user]]
        inputs[layer.id] = [source]
        if spec.output == source:
            spec.output = None
    _set_inputs(spec, inputs)
    return layer.id


def add_maxout(spec: NetworkSpec, after: str | None = None, units: int = 8, pieces: int = 2) -> str:
    """The maxout pattern: ``pieces`` linear Dense layers of ``units`` side by side, fed from
    ``after``, joined by a Maximum (each unit outputs the largest of its pieces: a learned
    piecewise-linear activation; ReLU is the maxout of x and 0). Returns the Maximum's id."""
    if not 2 <= pieces <= 8:
        raise EditError(f"a maxout unit takes 2 to 8 pieces, not {pieces}")
    first = add_layer(spec, "Dense", after=after, params={"units": units})
    source = explicit_inputs(spec)[first][0]
    branches = [first]
    for _ in range(pieces - 1):
        branches.append(
            add_layer(spec, "Dense", after=source, params={"units": units}, connect=False)
        )
    inputs = explicit_inputs(spec)
    for branch in branches[1:]:
        inputs[branch] = [source]
    merge = new_layer(spec, "Maximum")
    spec.layers.append(merge)
    users = [u for u in inputs if first in inputs[u]]
    for user in users:
        inputs[user] = [merge.id if s == first else s for s in inputs[user]]
    inputs[merge.id] = branches
    if spec.output == first:
        spec.output = merge.id
    _set_inputs(spec, inputs)
    return merge.id


def insert_on_edge(
    spec: NetworkSpec, source: str, target: str, layer_type: str, params: dict | None = None
) -> str:
    """Put a new layer on the edge ``source → target``."""
    inputs = explicit_inputs(spec)
    if source not in inputs.get(target, []):
        raise EditError(f"{target} does not take {source} as an input")
    layer = new_layer(spec, layer_type, params)
    spec.layers.append(layer)
    inputs[layer.id] = [source]
    inputs[target] = [layer.id if s == source else s for s in inputs[target]]
    _set_inputs(spec, inputs)
    return layer.id


def delete_layers(spec: NetworkSpec, layer_ids: list[str]) -> None:
    """Delete layers. A deleted one-input layer's users are reconnected to its input, so
    deleting a layer from a chain keeps the chain whole."""
    inputs = explicit_inputs(spec)
    doomed = set(layer_ids)
    for lid in [layer.id for layer in spec.layers if layer.id in doomed]:
        replacement = inputs[lid] if len(inputs[lid]) == 1 else []
        for user, ins in inputs.items():
            if lid in ins:
                new = []
                for s in ins:
                    for r in [*replacement] if s == lid else [s]:
                        if r not in new:
                            new.append(r)
                inputs[user] = new
        del inputs[lid]
    spec.layers = [layer for layer in spec.layers if layer.id not in doomed]
    spec.layout = {k: v for k, v in spec.layout.items() if k not in doomed}
    if spec.output in doomed:
        spec.output = None
    _set_inputs(spec, inputs)


def connect(spec: NetworkSpec, source: str, target: str) -> None:
    """Feed ``source`` into ``target``. A one-input layer's old input is replaced; Add and
    Concatenate gain one more input (in order).

    Raises:
        EditError: The connection would make a cycle, or names an unknown layer.
    """
    inputs = explicit_inputs(spec)
    if target not in inputs or (source != INPUT_ID and source not in inputs):
        raise EditError(f"cannot connect {source} to {target}: unknown layer")
    if source == target or (source != INPUT_ID and reaches(spec, target, source)):
        raise EditError(
            f"connecting {source} → {target} would make a cycle: {target} already feeds "
            f"{source}. Networks run in one direction"
        )
    entry = CATALOG.get(next(layer.type for layer in spec.layers if layer.id == target))
    current = inputs[target]
    if source in current:
        return
    if entry is not None and entry.max_inputs == 1:
        inputs[target] = [source]
    else:
        inputs[target] = [*current, source]
    _set_inputs(spec, inputs)


def disconnect(spec: NetworkSpec, source: str, target: str) -> None:
    inputs = explicit_inputs(spec)
    if source not in inputs.get(target, []):
        raise EditError(f"{target} does not take {source} as an input")
    inputs[target] = [s for s in inputs[target] if s != source]
    _set_inputs(spec, inputs)


def set_param(spec: NetworkSpec, layer_id: str, name: str, value: Any) -> None:
    """Set (or, with value None for an optional parameter, remove) one layer argument."""
    layer = spec.layer(layer_id)
    entry = CATALOG.get(layer.type)
    if entry is not None and name not in entry.param_names:
        raise EditError(f"{layer.type} has no parameter {name!r}")
    param = entry.param(name) if entry else None
    if value is None and param is not None and param.kind != "optional_size2":
        layer.params.pop(name, None)
    elif param is not None and _same(value, param.default) and not param.required:
        layer.params.pop(name, None)  # a default stays implicit, as in hand-written files
    else:
        layer.params[name] = list(value) if isinstance(value, tuple) else value


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, tuple | list) or isinstance(b, tuple | list):
        return isinstance(a, tuple | list) and isinstance(b, tuple | list) and list(a) == list(b)
    return a == b


def rename_layer(spec: NetworkSpec, old: str, new: str) -> None:
    if new == old:
        return
    if not new or new == INPUT_ID or new in spec.ids():
        raise EditError(f"the id {new!r} is taken or reserved; choose another")
    # what a saved file could not hold, or Keras could not build, is refused here, not when
    # the file is opened again
    if len(new) > MAX_ID:
        raise EditError(f"the id has {len(new):,} characters; at most {MAX_ID}")
    bad = id_problem(new)
    if bad:
        raise EditError("; ".join(bad))
    for layer in spec.layers:
        if layer.id == old:
            layer.id = new
        if layer.inputs:
            layer.inputs = [new if s == old else s for s in layer.inputs]
    if spec.output == old:
        spec.output = new
    if old in spec.layout:
        spec.layout[new] = spec.layout.pop(old)


def canonical(spec: NetworkSpec) -> dict[str, Any]:
    """A comparable form of a network's structure: layer types, normalised params (defaults
    filled in) and connections by position in topological order. Ids, names and layout are
    ignored, so a network built by hand compares equal to a preset with other ids."""
    from netcore.network.analysis import analyze

    analysis = analyze(spec)
    position = {INPUT_ID: -1, **{lid: n for n, lid in enumerate(analysis.order)}}
    layers = [
        {
            "type": analysis.layers[lid].type,
            "params": analysis.layers[lid].params,
            "inputs": [position.get(s, s) for s in analysis.layers[lid].inputs],
        }
        for lid in analysis.order
    ]
    return {
        "input_shape": analysis.input_shape,
        "output": position.get(analysis.output_id),
        "layers": layers,
    }


def fit_output(spec: NetworkSpec, num_classes: int, task: str, targets: int = 1) -> str | None:
    """Make the output layer fit a dataset (the rule of ``outputs.wanted_output``). A Dense
    output fed by an image gets a Flatten before it, so the output is one vector per example.

    Returns:
        The output layer's id, or None when the output is not a Dense layer (nothing changed).
    """
    from netcore.network.analysis import analyze
    from netcore.network.outputs import wanted_output

    out = spec.output_id()
    if out is None:
        return None
    layer = spec.layer(out)
    if layer.type != "Dense":
        return None
    info = analyze(spec).layers.get(out)
    fed = info.input_shapes[0] if info is not None and info.input_shapes else None
    if fed is not None and len(fed) > 1:
        insert_on_edge(spec, explicit_inputs(spec)[out][0], out, "Flatten")
    units, activation = wanted_output(task, num_classes, targets)
    set_param(spec, out, "units", units)
    set_param(spec, out, "activation", activation)
    return out
