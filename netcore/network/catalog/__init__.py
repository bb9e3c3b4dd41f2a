"""The layer catalog: every layer type LayerLab offers, one family a module (as Keras
groups its layers), with parameters, shape and parameter-count rules, an explanation for
students and formulas. Pure Python: no Keras import."""

from __future__ import annotations

from netcore.network.catalog.attention import (
    CLASS_TOKEN,
    EMBEDDING,
    GLOBALAVG1D,
    MULTI_HEAD_ATTENTION,
    POSITION_EMBEDDING,
)
from netcore.network.catalog.base import (
    CATEGORIES,
    LayerResult,
    LayerType,
    Shape,
    shape_text,
    size_text,
)
from netcore.network.catalog.convolutional import (
    CONV2D,
    CONV2D_TRANSPOSE,
    DEPTHWISE,
    SEPARABLE,
)
from netcore.network.catalog.core import (
    ACTIVATION_LAYER,
    DENSE,
    ELU_LAYER,
    FLATTEN,
    LEAKY_RELU,
    RESHAPE,
)
from netcore.network.catalog.imported import IMPORTED, KERAS_LAYER
from netcore.network.catalog.merging import ADD, CONCATENATE, MAXIMUM, MINIMUM, MULTIPLY
from netcore.network.catalog.pooling import AVGPOOL, GLOBALAVG, GLOBALMAX, MAXPOOL
from netcore.network.catalog.recurrent import BIDIRECTIONAL, GRU, LSTM, SIMPLE_RNN
from netcore.network.catalog.regularization import BATCHNORM, DROPOUT, LAYERNORM
from netcore.network.catalog.resizing import UPSAMPLING, ZERO_PADDING

__all__ = [
    "CATALOG",
    "CATEGORIES",
    "IMPORTED",
    "LayerResult",
    "LayerType",
    "Shape",
    "by_category",
    "layer_type",
    "shape_text",
    "size_text",
]


CATALOG: dict[str, LayerType] = {
    t.name: t
    for t in (
        DENSE,
        ACTIVATION_LAYER,
        LEAKY_RELU,
        ELU_LAYER,
        FLATTEN,
        RESHAPE,
        CONV2D,
        CONV2D_TRANSPOSE,
        DEPTHWISE,
        SEPARABLE,
        ZERO_PADDING,
        MAXPOOL,
        AVGPOOL,
        GLOBALAVG,
        GLOBALMAX,
        UPSAMPLING,
        DROPOUT,
        BATCHNORM,
        LAYERNORM,
        ADD,
        MAXIMUM,
        MINIMUM,
        MULTIPLY,
        CONCATENATE,
        EMBEDDING,
        SIMPLE_RNN,
        LSTM,
        GRU,
        BIDIRECTIONAL,
        MULTI_HEAD_ATTENTION,
        POSITION_EMBEDDING,
        CLASS_TOKEN,
        GLOBALAVG1D,
        KERAS_LAYER,
    )
}


def layer_type(name: str) -> LayerType:
    """The catalog entry for a Keras class name; KeyError if LayerLab does not offer it."""
    return CATALOG[name]


def by_category() -> dict[str, list[LayerType]]:
    """Catalog entries grouped for the palette, in ``CATEGORIES`` order (imported layers are
    not offered)."""
    groups: dict[str, list[LayerType]] = {c: [] for c in CATEGORIES}
    for entry in CATALOG.values():
        if entry.category in groups:
            groups[entry.category].append(entry)
    return groups
