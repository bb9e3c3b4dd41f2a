"""Moving the selection between layers with the arrow keys: down follows the data to the next
layer, up goes back to the layer feeding this one, left and right step between the layers side
by side (the branches of an Inception block, a skip connection)."""

from __future__ import annotations

from netcore.network.spec import INPUT_ID, NetworkSpec

DIRECTIONS = ("up", "down", "left", "right")


def neighbour(
    spec: NetworkSpec,
    current: str | None,
    direction: str,
    positions: dict[str, tuple[float, float]] | None = None,
) -> str | None:
    """The layer an arrow key moves the selection to, or None when there is none that way.

    Args:
        spec: the network.
        current: the selected layer id (None or unknown: the first layer, or the input for up).
        direction: "up", "down", "left" or "right".
        positions: (x, y) of each node on the canvas, to order layers side by side; without
            it, spec order.
    """
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be one of {', '.join(DIRECTIONS)}, not {direction!r}")
    ids = [layer.id for layer in spec.layers]
    inputs = {layer.id: spec.inputs_of(i) for i, layer in enumerate(spec.layers)}
    if current not in inputs and current != INPUT_ID:
        return ids[0] if ids else None
    if direction == "down":
        fed = [i for i in ids if current in inputs[i]]
        return _leftmost(fed, positions) if fed else None
    if direction == "up":
        if current == INPUT_ID:
            return None
        return inputs[current][0] if inputs[current] else None
    depth = _depths(ids, inputs)
    row = [i for i in ids if depth.get(i) == depth.get(current)]
    if positions:
        row.sort(key=lambda i: positions.get(i, (0.0, 0.0))[0])
    if current not in row:
        return None
    k = row.index(current) + (1 if direction == "right" else -1)
    return row[k] if 0 <= k < len(row) else None


def _leftmost(candidates: list[str], positions) -> str:
    if not positions:
        return candidates[0]
    return min(candidates, key=lambda i: positions.get(i, (0.0, 0.0))[0])


def _depths(ids: list[str], inputs: dict[str, list[str]]) -> dict[str, int]:
    """Longest path from the input, in layers (cycles are cut where they close)."""
    depth: dict[str, int] = {INPUT_ID: 0}
    for _ in range(len(ids)):
        changed = False
        for i in ids:
            known = [depth[s] for s in inputs[i] if s in depth]
            if known:
                d = max(known) + 1
                if depth.get(i, -1) < d <= len(ids):
                    depth[i] = d
                    changed = True
        if not changed:
            break
    return depth
