"""Shape inference and validation in pure Python: every layer's output shape and parameter
counts, and every problem of the network, collected at once.

It imports no Keras, so the editor can call it on every edit (a 50-layer network takes well
under a millisecond per layer). Layers that can be inferred get shapes even when other parts
of the network have problems.
"""

from __future__ import annotations

import heapq
import math
import re
from dataclasses import dataclass, field
from typing import Any

from netcore.i18n import number, translate
from netcore.network.catalog import CATALOG, LayerResult, Shape, shape_text
from netcore.network.linearity import collapse_warnings
from netcore.network.params import check_params, did_you_mean
from netcore.network.problems import LayerProblem, Problem, shown
from netcore.network.spec import INPUT_ID, NetworkSpec

#: The layer names Keras builds and TensorFlow's compiled graphs accept (its scope names are
#: ASCII letters, digits and '_.-/>'; Keras refuses '/', and '>' is scope syntax). '-' and '.'
#: may come first: Keras builds, compiles and saves such layers.
_ID_RE = re.compile(r"^[A-Za-z0-9_.\-]+$")


def id_problem(layer_id: str) -> tuple[str, str] | None:
    """What is wrong with ``layer_id`` as a Keras layer name, and what would work; None if
    nothing is (the analysis reports it on the layer, a rename refuses it)."""
    if _ID_RE.match(layer_id):
        return None
    return (
        translate(
            "Problems", "id '{id}' has characters Keras does not accept in layer names"
        ).format(id=shown(layer_id)),
        translate("Problems", "use only letters A–Z and a–z, digits, '_', '-' and '.'"),
    )


@dataclass
class LayerInfo:
    """What the analysis knows about one layer."""

    id: str
    type: str
    inputs: list[str]
    params: dict[str, Any] | None = None
    input_shapes: list[Shape | None] = field(default_factory=list)
    output_shape: Shape | None = None
    trainable: int = 0
    non_trainable: int = 0
    result: LayerResult | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def total_params(self) -> int:
        return self.trainable + self.non_trainable

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    def summary(self) -> str:
        """Key parameters for a node, e.g. '16 · 5×5 · relu' ('' when unknown)."""
        if self.params is None or self.type not in CATALOG:
            return ""
        return CATALOG[self.type].summary(self.params)

    def explain(self) -> list[str]:
        """The catalog's formulas with this layer's own numbers (empty when not inferred)."""
        if self.result is None or self.params is None:
            return []
        shapes = [s for s in self.input_shapes if s is not None]
        return CATALOG[self.type].explain(self.params, shapes, self.result)


@dataclass
class Analysis:
    """The result of ``analyze``: per-layer information, problems and totals."""

    spec: NetworkSpec
    input_shape: Shape | None
    layers: dict[str, LayerInfo]
    order: list[str]
    output_id: str | None
    problems: list[Problem]
    aux_ids: list[str] = field(default_factory=list)  # auxiliary outputs, trained too

    @property
    def output_ids(self) -> list[str]:
        """The main output first, then the auxiliary ones."""
        return ([self.output_id] if self.output_id else []) + list(self.aux_ids)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        """True when the network can be built (warnings allowed)."""
        return not self.errors

    @property
    def trainable_params(self) -> int:
        return sum(info.trainable for info in self.layers.values())

    @property
    def non_trainable_params(self) -> int:
        return sum(info.non_trainable for info in self.layers.values())

    @property
    def total_params(self) -> int:
        return self.trainable_params + self.non_trainable_params

    @property
    def output_shape(self) -> Shape | None:
        if self.output_id is None or self.output_id not in self.layers:
            return None
        return self.layers[self.output_id].output_shape


def analyze(spec: NetworkSpec) -> Analysis:
    """Validate a spec and infer every shape and parameter count it allows.

    Never raises for a bad network: every problem is collected with the layer it is on, what
    is wrong and what would work.
    """
    problems: list[Problem] = []
    input_shape = _check_input_shape(spec.input_shape, problems)

    layers: dict[str, LayerInfo] = {}
    for index, layer in enumerate(spec.layers):
        info = LayerInfo(layer.id, layer.type, spec.inputs_of(index))
        if layer.id in layers:
            problems.append(
                Problem(
                    layer.id,
                    translate("Problems", "duplicate id '{id}'").format(id=shown(layer.id)),
                    translate("Problems", "give every layer its own id"),
                )
            )
            continue
        if layer.id == INPUT_ID:
            problems.append(
                Problem(
                    layer.id,
                    translate("Problems", "the id 'input' names the network input"),
                    translate("Problems", "rename this layer"),
                )
            )
            continue
        bad_id = id_problem(layer.id)
        if bad_id:
            info.problems.append(Problem(layer.id, *bad_id))
        layers[layer.id] = info
        _check_layer_params(layer.type, layer.params, info)

    _check_connections(layers)
    order, cyclic = _topological_order(layers)
    for cycle in _cycles(layers, cyclic):
        path = " → ".join(cycle + [cycle[0]])
        layers[cycle[0]].problems.append(
            Problem(
                cycle[0],
                translate("Problems", "the connections form a cycle: {path}").format(path=path),
                translate("Problems", "remove one of these edges"),
            )
        )

    output_id = spec.output_id()
    if spec.output is not None and spec.output not in layers:
        problems.append(
            Problem(
                None,
                translate("Problems", "output '{name}' is not a layer").format(
                    name=shown(spec.output)
                )
                + did_you_mean(spec.output, list(layers)),
                translate(
                    "Problems",
                    "name an existing layer, or leave 'output' out to use the last layer",
                ),
            )
        )
        output_id = None
    if not spec.layers:
        problems.append(
            Problem(
                None,
                translate("Problems", "the network has no layers"),
                translate("Problems", "add a layer from the palette"),
            )
        )
    aux_ids = []
    for aux in spec.aux_outputs:
        if aux not in layers:
            problems.append(
                Problem(
                    None,
                    translate("Problems", "auxiliary output '{name}' is not a layer").format(
                        name=shown(aux)
                    )
                    + did_you_mean(aux, list(layers)),
                    translate("Problems", "name an existing layer in aux_outputs, or remove it"),
                )
            )
        elif aux == output_id:
            problems.append(
                Problem(
                    aux,
                    translate(
                        "Problems", "'{name}' is the main output and an auxiliary one"
                    ).format(name=shown(aux)),
                )
            )
        else:
            aux_ids.append(aux)
    for layer_id in order:
        _infer_layer(layers[layer_id], layers, input_shape)
    _check_reaches_output(layers, output_id, cyclic, aux_ids)
    collapse_warnings(layers)

    for info in layers.values():
        problems.extend(info.problems)
    return Analysis(spec, input_shape, layers, order, output_id, problems, aux_ids)


# --------------------------------------------------------------------------- steps


#: An example larger than this is no classroom network's input (224×224×3 is 150,528 values).
MAX_DIMENSION = 100_000
MAX_INPUT_VALUES = 50_000_000


def _check_input_shape(raw: Any, problems: list[Problem]) -> Shape | None:
    example = translate(
        "Problems", 'e.g. "input_shape": [28, 28, 1] for MNIST or [2] for two features'
    )
    if raw is None:
        problems.append(Problem(None, translate("Problems", "missing input_shape"), example))
        return None
    ok = isinstance(raw, list | tuple) and len(raw) > 0
    ok = ok and all(isinstance(d, int) and not isinstance(d, bool) and d > 0 for d in raw)
    if not ok:
        problems.append(
            Problem(
                None,
                translate(
                    "Problems", "input_shape must be a list of positive whole numbers, not {value}"
                ).format(value=repr(raw)),
                example,
            )
        )
        return None
    if max(raw) > MAX_DIMENSION or math.prod(raw) > MAX_INPUT_VALUES:
        problems.append(
            Problem(
                None,
                translate(
                    "Problems",
                    "input_shape {shape} is far too large (at most {most} per axis "
                    "and {values} values per example)",
                ).format(
                    shape=list(raw), most=number(MAX_DIMENSION), values=number(MAX_INPUT_VALUES)
                ),
                example,
            )
        )
        return None
    return tuple(raw)


def _check_layer_params(layer_type: str, raw: dict[str, Any], info: LayerInfo) -> None:
    entry = CATALOG.get(layer_type)
    if entry is None:
        info.problems.append(
            Problem(
                info.id,
                translate("Problems", "unknown layer type '{name}'").format(name=layer_type)
                + did_you_mean(layer_type, list(CATALOG)),
                translate("Problems", "LayerLab offers: {types}").format(types=", ".join(CATALOG)),
            )
        )
        return
    params, param_problems = check_params(layer_type, entry.params, raw)
    info.params = params
    for message, hint in param_problems:
        info.problems.append(Problem(info.id, message, hint))


#: Unknown inputs that get a "did you mean" suggestion; past this, each would cost a search
#: over every id (quadratic for a 10,000-layer file full of dangling inputs).
SUGGESTIONS = 20


def _check_connections(layers: dict[str, LayerInfo]) -> None:
    ids = [INPUT_ID, *layers]
    suggested = 0
    for info in layers.values():
        for source in info.inputs:
            if source != INPUT_ID and source not in layers:
                hint = ""
                if suggested < SUGGESTIONS:
                    suggested += 1
                    hint = did_you_mean(source, [i for i in ids if i != info.id])
                info.problems.append(
                    Problem(
                        info.id,
                        translate("Problems", "unknown input '{name}'").format(name=shown(source))
                        + hint,
                        translate("Problems", "connect it to an existing layer or to 'input'"),
                    )
                )
        entry = CATALOG.get(info.type)
        if entry is None:
            continue
        n = len(info.inputs)
        if n == 0:
            info.problems.append(
                Problem(
                    info.id,
                    translate("Problems", "has no input"),
                    translate("Problems", "connect a layer's output to it"),
                )
            )
        elif n < entry.min_inputs:
            info.problems.append(
                Problem(
                    info.id,
                    translate("Problems", "{layer} needs at least {needed} inputs, got {n}").format(
                        layer=entry.name, needed=entry.min_inputs, n=n
                    ),
                    translate("Problems", "connect another branch to it"),
                )
            )
        elif entry.max_inputs is not None and n > entry.max_inputs:
            info.problems.append(
                Problem(
                    info.id,
                    translate("Problems", "{layer} takes one input, got {n} ({inputs})").format(
                        layer=entry.name, n=n, inputs=", ".join(info.inputs)
                    ),
                    translate("Problems", "merge them first with Add or Concatenate"),
                )
            )
        if len(set(info.inputs)) != n:
            info.problems.append(
                Problem(
                    info.id,
                    translate("Problems", "the same input is connected twice"),
                    translate("Problems", "connect distinct layers"),
                )
            )


def _topological_order(layers: dict[str, LayerInfo]) -> tuple[list[str], set[str]]:
    """Kahn's algorithm in spec order; returns the order and the layers stuck in cycles."""
    indegree = {lid: 0 for lid in layers}
    users: dict[str, list[str]] = {lid: [] for lid in layers}
    for lid, info in layers.items():
        for source in set(info.inputs):
            if source in layers:
                indegree[lid] += 1
                users[source].append(lid)
    position = {lid: n for n, lid in enumerate(layers)}
    ids = list(layers)
    ready = [position[lid] for lid in layers if indegree[lid] == 0]  # a heap: spec order first
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        lid = ids[heapq.heappop(ready)]
        order.append(lid)
        for user in users[lid]:
            indegree[user] -= 1
            if indegree[user] == 0:
                heapq.heappush(ready, position[user])
    placed = set(order)
    cyclic = {lid for lid in layers if lid not in placed}
    return order, cyclic


def _cycles(layers: dict[str, LayerInfo], cyclic: set[str]) -> list[list[str]]:
    """One concrete cycle per strongly tangled group, for the message."""
    found: list[list[str]] = []
    seen: set[str] = set()
    for start in layers:
        if start not in cyclic or start in seen:
            continue
        path: list[str] = []
        at: dict[str, int] = {}
        node = start
        while node not in at:
            at[node] = len(path)
            path.append(node)
            node = next(s for s in layers[node].inputs if s in cyclic)
        cycle = path[at[node] :]
        cycle.reverse()  # follow data flow: input → user
        seen.update(path)
        found.append(cycle)
    return found


def _check_reaches_output(
    layers: dict[str, LayerInfo], output_id: str | None, cyclic: set[str], aux: list[str]
) -> None:
    if output_id is None or output_id not in layers:
        return
    used = {output_id, *aux}
    stack = [output_id, *aux]
    while stack:
        for source in layers[stack.pop()].inputs:
            if source in layers and source not in used:
                used.add(source)
                stack.append(source)
    for lid, info in layers.items():
        if lid not in used and lid not in cyclic:
            info.problems.append(
                Problem(
                    lid,
                    translate(
                        "Problems",
                        "not connected to the output '{name}'; its result would be unused",
                    ).format(name=output_id),
                    translate(
                        "Problems",
                        "connect it into the network, delete it, or make it an auxiliary output",
                    ),
                )
            )


def _infer_layer(info: LayerInfo, layers: dict[str, LayerInfo], input_shape: Shape | None) -> None:
    info.input_shapes = [
        input_shape
        if source == INPUT_ID
        else layers[source].output_shape
        if source in layers
        else None
        for source in info.inputs
    ]
    if info.params is None or not info.inputs or any(s is None for s in info.input_shapes):
        return  # the cause is reported where it starts, not again downstream
    entry = CATALOG[info.type]
    if len(info.inputs) < entry.min_inputs:
        return
    if entry.max_inputs is not None and len(info.inputs) > entry.max_inputs:
        return
    try:
        result = entry.infer(info.params, list(info.input_shapes))
    except LayerProblem as exc:
        info.problems.append(Problem(info.id, exc.message, exc.hint))
        return
    if any(d <= 0 for d in result.output_shape):
        info.problems.append(
            Problem(
                info.id,
                translate("Problems", "output shape {shape} has no values").format(
                    shape=shape_text(result.output_shape)
                ),
                translate("Problems", "use padding='same', a smaller kernel or a smaller stride"),
            )
        )
        return
    info.result = result
    info.output_shape = result.output_shape
    info.trainable = result.trainable
    info.non_trainable = result.non_trainable
    for message, hint in result.warnings:
        info.problems.append(Problem(info.id, message, hint, severity="warning"))
