"""Which layers a check is about: the one with an id, or every layer of a type, between two
layers of the network (``after``: a path from that layer reaches it; ``before``: it reaches that
layer). A lesson that asks "add a LeakyReLU after hidden1" cannot know the id the editor will
give it (``leaky1``), and a layer dropped anywhere, or dangling in a broken graph, is not the
work the step asks for."""

from __future__ import annotations

from netcore.i18n import translate
from netcore.lessons import verdicts
from netcore.lessons.verdicts import Result


def _upstream(layers: dict, start: str) -> set[str]:
    """Every layer whose output reaches ``start`` (its ancestors)."""
    seen: set[str] = set()
    stack = list(layers[start].inputs) if start in layers else []
    while stack:
        node = stack.pop()
        if node in seen or node not in layers:
            continue
        seen.add(node)
        stack.extend(layers[node].inputs)
    return seen


def _downstream(layers: dict, start: str) -> set[str]:
    """Every layer that ``start``'s output reaches (one pass over the edges, so a network of
    thousands of layers is searched once, not once per layer)."""
    consumers: dict[str, list[str]] = {}
    for info in layers.values():
        for source in info.inputs:
            consumers.setdefault(source, []).append(info.id)
    seen: set[str] = set()
    stack = list(consumers.get(start, []))
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        stack.extend(consumers.get(node, []))
    return seen


def place(args: dict) -> str:
    where = []
    if "after" in args:
        where.append(translate("Lessons", "after {layer}").format(layer=args["after"]))
    if "before" in args:
        where.append(translate("Lessons", "before {layer}").format(layer=args["before"]))
    return (" " + " ".join(where)) if where else ""


def found_layers(s, args) -> tuple[list, Result | None]:
    """The layers a check is about: by id, or every layer of a type; with ``after``/``before``
    only those between the two (a path from ``after`` reaches them, they reach ``before``).
    Placement and type need a network without problems: a layer in a broken graph counts for
    nothing."""
    located = "type" in args or "after" in args or "before" in args
    if located and s.analysis.errors:
        return [], Result(
            False,
            translate("Lessons", "the network has a problem: {problem}").format(
                problem=s.analysis.errors[0]
            ),
            "Problems",
        )
    layers = s.analysis.layers
    if "layer" in args:
        found = [layers[args["layer"]]] if args["layer"] in layers else []
    else:
        found = [info for info in layers.values() if info.type == args["type"]]
    if "type" in args:
        found = [info for info in found if info.type == args["type"]]
    if "after" in args:
        downstream = _downstream(layers, args["after"])
        found = [info for info in found if info.id in downstream]
    if "before" in args:
        upstream = _upstream(layers, args["before"])
        found = [info for info in found if info.id in upstream]
    if found:
        return found, None
    if "layer" in args and not located:
        return [], Result(
            False,
            translate("Lessons", "there is no layer '{layer}'").format(layer=args["layer"]),
            "the network canvas",
        )
    what = args.get("type") or args["layer"]
    return [], Result(
        False,
        translate("Lessons", "there is no {what} layer{place}").format(
            what=what, place=place(args)
        ),
        verdicts.palette_entry(what) if "type" in args else "the network canvas",
    )
