"""What the viewers show of a network: an inference copy with every layer's output
(inspector), hand-editable weights (handset), and tiles of filters and maps (tiles).
Mirrors ``desktop/inspect``."""

from netcore.introspection.copies import ModelCopy, job_copy
from netcore.introspection.handset import (
    KernelLayer,
    WeightSlot,
    hand_editable,
    kernel_layers,
    placed,
    with_kernel,
)
from netcore.introspection.inspector import (
    HAND_EDIT_LIMIT,
    Boundary,
    FilterSet,
    InspectError,
    Inspector,
    LayerOutput,
    plane_extent,
    runtime_loaded,
)
from netcore.introspection.tiles import Mosaic, ceil_grid, filter_tiles, map_tiles, mosaic

__all__ = [
    "HAND_EDIT_LIMIT",
    "Boundary",
    "FilterSet",
    "InspectError",
    "Inspector",
    "KernelLayer",
    "LayerOutput",
    "ModelCopy",
    "Mosaic",
    "WeightSlot",
    "ceil_grid",
    "filter_tiles",
    "hand_editable",
    "job_copy",
    "kernel_layers",
    "map_tiles",
    "mosaic",
    "placed",
    "with_kernel",
    "plane_extent",
    "runtime_loaded",
]
