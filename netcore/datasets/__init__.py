"""Datasets that work offline: bundled MNIST, Fashion-MNIST where installed, 2-D toys, logic
gates, and the user's own image folders, IDX files, ``.npz`` and CSV files.

The names below are imported on first use, so ``netcore.datasets.errors`` (used by the CLI for
every command) does not pull in NumPy.
"""

import importlib

_EXPORTS = {
    "Dataset": "netcore.datasets.dataset",
    "split_indices": "netcore.datasets.dataset",
    "DatasetError": "netcore.datasets.errors",
    "ENTRIES": "netcore.datasets.registry",
    "describe": "netcore.datasets.registry",
    "list_datasets": "netcore.datasets.registry",
    "load_dataset": "netcore.datasets.registry",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name):
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'netcore.datasets' has no attribute {name!r}")
