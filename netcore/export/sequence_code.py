"""Python source for the sequence layers in an exported script: Bidirectional wraps its
recurrent layer, attention is called with (query, value[, key]), and LayerLab's own
PositionEmbedding and ClassToken are defined in the script itself (registered with Keras the
same way as in LayerLab, so a model saved by the script opens in LayerLab and back)."""

from __future__ import annotations

from netcore.models.sequence_layers import LAYER_SOURCE
from netcore.network.catalog import CATALOG
from netcore.network.catalog.recurrent import GATES

CUSTOM = ("PositionEmbedding", "ClassToken")


def class_code(types: set[str]) -> str:
    """The definitions of LayerLab's own layers the network uses (empty when none)."""
    return "".join(LAYER_SOURCE[name] for name in CUSTOM if name in types)


def constructor(layer_type: str, params: dict, name: str) -> str | None:
    """The constructor call for a type that is not ``layers.<Type>(**params)``, else None.
    Every value goes in as a literal (repr), never as pasted text."""
    if layer_type == "Bidirectional":
        full = {p.name: p.default for p in CATALOG[layer_type].params} | dict(params)
        kind = full["layer"]
        if kind not in GATES:  # the analysis refuses it first; never paste unknown text
            raise ValueError(f"Bidirectional cannot wrap {kind!r}")
        inner = (
            f"layers.{kind}({int(full['units'])!r}, "
            f"return_sequences={bool(full['return_sequences'])!r})"
        )
        return f"layers.Bidirectional({inner}, merge_mode={full['merge_mode']!r}, name={name!r})"
    if layer_type in CUSTOM:
        return f"{layer_type}(name={name!r})"
    return None


def call(layer_type: str, inputs: list[str]) -> str:
    """The arguments the layer is called with: attention takes (query, value[, key=key])."""
    if layer_type == "MultiHeadAttention":
        query = inputs[0]
        value = inputs[1] if len(inputs) > 1 else query
        key = f", key={inputs[2]}" if len(inputs) > 2 else ""
        return f"{query}, {value}{key}"
    return inputs[0] if len(inputs) == 1 else "[" + ", ".join(inputs) + "]"
