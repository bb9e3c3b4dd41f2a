"""Top-to-bottom layout of a network graph: rows by depth, branches side by side."""

from __future__ import annotations

from netcore.network.editing import explicit_inputs
from netcore.network.spec import INPUT_ID, NetworkSpec

ROW_HEIGHT = 104.0
COLUMN_WIDTH = 250.0


def auto_layout(spec: NetworkSpec) -> dict[str, tuple[float, float]]:
    """Centre positions for the input node and every layer.

    Depth is the longest path from the input, so a merge sits below both of its branches;
    within a row, nodes are ordered by the mean x of their inputs (fewer crossings) and centred
    on x = 0. Unconnected layers go in a column on the right.
    """
    inputs = explicit_inputs(spec)
    depth: dict[str, int] = {INPUT_ID: 0}
    loose = [lid for lid, ins in inputs.items() if not ins]

    def depth_of(lid: str, trail: frozenset = frozenset()) -> int:
        if lid in depth:
            return depth[lid]
        if lid in trail or lid not in inputs:  # a cycle or an unknown id: stop here
            return 0
        parents = [depth_of(s, trail | {lid}) for s in inputs[lid]]
        depth[lid] = 1 + max(parents, default=0)
        return depth[lid]

    for layer in spec.layers:
        if layer.id not in loose:
            depth_of(layer.id)

    rows: dict[int, list[str]] = {}
    for lid, d in depth.items():
        rows.setdefault(d, []).append(lid)
    order_in_list = {layer.id: n for n, layer in enumerate(spec.layers)}
    x_of: dict[str, float] = {}
    positions: dict[str, tuple[float, float]] = {}
    for d in sorted(rows):
        members = rows[d]

        def wanted(lid: str) -> float:
            xs = [x_of[s] for s in inputs.get(lid, []) if s in x_of]
            return sum(xs) / len(xs) if xs else 0.0

        members.sort(key=lambda lid: (wanted(lid), order_in_list.get(lid, -1)))
        xs = [wanted(lid) for lid in members]
        if len(members) > 1 and len({round(x) for x in xs}) < len(xs):
            # siblings of one parent: spread them around it
            centre = sum(xs) / len(xs)
            xs = [centre + (n - (len(xs) - 1) / 2) * COLUMN_WIDTH for n in range(len(xs))]
        for n in range(1, len(xs)):  # keep a column's width between neighbours
            xs[n] = max(xs[n], xs[n - 1] + COLUMN_WIDTH)
        for lid, x in zip(members, xs, strict=True):
            x_of[lid] = x
            positions[lid] = (x, d * ROW_HEIGHT)
    right = max((p[0] for p in positions.values()), default=0.0) + COLUMN_WIDTH * 1.2
    for n, lid in enumerate(loose):
        positions[lid] = (right, ROW_HEIGHT * (n + 1))
    return positions


def node_positions(spec: NetworkSpec) -> dict[str, tuple[float, float]]:
    """Auto-layout, overridden by the positions the student chose (``spec.layout``)."""
    positions = auto_layout(spec)
    for lid, (x, y) in spec.layout.items():
        if lid in positions:
            positions[lid] = (x, y)
    return positions
