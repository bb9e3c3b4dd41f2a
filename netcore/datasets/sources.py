"""Where a project's data comes from: a built-in dataset, or the student's own files.

A ``DatasetSource`` is what a project keeps (not the arrays): a built-in name with its options
(``circles`` with ``noise=0.2``), or a path — an image folder, a folder of IDX files, a
Keras-style ``.npz`` or a ``.csv`` with its target column, task and standardisation. A path
beside (or below) the project file is stored relative to it, so a project folder can be copied
to another machine with its data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netcore.datasets.errors import DatasetError

# loader options a project may keep, with the types they must have
_OPTION_TYPES: dict[str, tuple[type, ...]] = {
    "n": (int,),
    "noise": (int, float),
    "steps": (int,),  # sequence datasets: time steps per example
    "seed": (int,),
    "test_fraction": (int, float),
    "target": (str,),
    "task": (str,),
    "standardize_features": (bool,),
    "color": (str,),
    "size": (list, tuple),
}
KINDS = ("builtin", "folder", "idx", "npz", "csv")


@dataclass(frozen=True)
class DatasetSource:
    """A built-in dataset (``name``) or the student's own data (``path``), with loader options.

    Attributes:
        name: A built-in name from ``layerlab datasets`` ("" for own data).
        path: The own data's file or folder ("" for a built-in).
        options: Loader options, e.g. {"noise": 0.2} or {"target": "species"}.
    """

    name: str = ""
    path: str = ""
    options: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self):
        if bool(self.name) == bool(self.path):
            raise DatasetError("a dataset source is either a built-in name or a path")
        for key, value in self.options.items():
            allowed = _OPTION_TYPES.get(key)
            if allowed is None:
                raise DatasetError(
                    f"dataset option {key!r} is not known; use {', '.join(_OPTION_TYPES)}"
                )
            if not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed):
                kind = {
                    (int,): "a whole number",
                    (int, float): "a number",
                    (str,): "text",
                    (bool,): "true or false",
                }.get(allowed, "a list")
                raise DatasetError(f"dataset option {key} must be {kind}, got {value!r}")

    def __hash__(self) -> int:  # options is a dict: hash its frozen items (caches key on it)
        frozen = tuple(sorted((k, _frozen(v)) for k, v in self.options.items()))
        return hash((self.name, self.path, frozen))

    # -- what it is ---------------------------------------------------------------------------

    @property
    def builtin(self) -> bool:
        return bool(self.name)

    @property
    def kind(self) -> str:
        """One of ``KINDS``: how the data is read."""
        if self.name:
            return "builtin"
        path = Path(self.path)
        suffix = path.suffix.lower()
        if suffix == ".npz":
            return "npz"
        if suffix in (".csv", ".tsv", ".txt"):
            return "csv"
        if path.is_dir():
            from netcore.datasets.mnist import find_idx_files

            return "idx" if find_idx_files(path) else "folder"
        return "folder"

    def title(self) -> str:
        """The name a student sees: the built-in title, or the file or folder name."""
        if self.name:
            from netcore.datasets.registry import ENTRIES

            entry = ENTRIES.get(self.name)
            return entry.title if entry else self.name
        return f"{Path(self.path).name} (your data)"

    def reference(self) -> str:
        """The text ``layerlab train --dataset`` takes for this source."""
        if self.path:
            return self.path
        if not self.options:
            return self.name
        return self.name + ":" + ",".join(f"{k}={v}" for k, v in self.options.items())

    # -- loading ------------------------------------------------------------------------------

    def load(self):
        """The dataset (``netcore.datasets.Dataset``).

        Raises:
            DatasetError: Unknown name, missing file, or bad data, said plainly.
        """
        from netcore.datasets.registry import load_dataset

        if self.path and not Path(self.path).exists():
            raise DatasetError(
                f"{self.path}: your data is not there any more; choose it again with "
                "Dataset → Your own data…"
            )
        options = dict(self.options)
        if "size" in options:
            options["size"] = tuple(options["size"])
        return load_dataset(self.path or self.name, **options)

    # -- files --------------------------------------------------------------------------------

    def to_dict(self, base: Path | None = None) -> dict[str, Any]:
        """For a project file; a path inside ``base`` (the project's folder) is kept relative."""
        if self.name:
            return {"name": self.name, "options": dict(self.options)}
        path = Path(self.path)
        stored = str(path)
        if base is not None:
            try:
                stored = Path(os.path.relpath(path.resolve(), base.resolve())).as_posix()
            except ValueError:  # another drive on Windows
                stored = str(path)
            if stored.startswith(".."):
                stored = str(path.resolve())
        return {"path": stored, "options": _plain(self.options)}

    @classmethod
    def from_dict(cls, data: Any, base: Path | None = None) -> DatasetSource:
        """Read what ``to_dict`` wrote (a relative path is resolved against ``base``).

        Raises:
            DatasetError: The entry is not a dataset source, saying which field is wrong.
        """
        if not isinstance(data, dict):
            raise DatasetError(f"dataset must be an object with 'name' or 'path', got {data!r}")
        options = data.get("options") or {}
        if not isinstance(options, dict):
            raise DatasetError('dataset options must be an object, e.g. {"noise": 0.2}')
        name, path = data.get("name") or "", data.get("path") or ""
        if not isinstance(name, str) or not isinstance(path, str):
            raise DatasetError("dataset name and path must be text")
        if path and base is not None and not Path(path).is_absolute():
            path = str((base / path).resolve())
        return cls(name=name, path=path, options=dict(options))

    @classmethod
    def parse(cls, reference: str) -> DatasetSource:
        """From the text of ``--dataset``: a path, or a built-in name with ``:key=value``."""
        if Path(reference).expanduser().exists():
            return cls(path=str(Path(reference).expanduser().resolve()))
        from netcore.datasets.registry import ENTRIES, parse_reference

        name, options = parse_reference(reference)
        if name not in ENTRIES:
            from netcore.network.params import did_you_mean

            raise DatasetError(
                f"unknown dataset {name!r}{did_you_mean(name, list(ENTRIES))}; built in: "
                f"{', '.join(ENTRIES)}; or give a folder, .npz or .csv path"
            )
        return cls(name=name, options=options)


def _frozen(value: Any) -> Any:
    return tuple(value) if isinstance(value, list | tuple) else value


def _plain(options: dict[str, Any]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in options.items()}


def summarize(dataset) -> dict[str, Any]:
    """What the picker shows and needs of a loaded dataset: shape, task, classes, counts."""
    info: dict[str, Any] = {
        "title": dataset.title,
        "task": dataset.task,
        "input_shape": list(dataset.input_shape),
        "train_samples": len(dataset.x_train),
        "test_samples": len(dataset.x_test),
        "num_classes": dataset.num_classes,
        "class_names": list(dataset.class_names),
        "notes": list(dataset.notes),
    }
    if dataset.task == "classification":
        info["class_counts"] = dataset.class_counts()
    targets = dataset.y_train.shape[1] if dataset.y_train.ndim == 2 else 1
    info["targets"] = int(targets)
    return info


def describe_source(source: DatasetSource) -> dict[str, Any]:
    """What the picker needs before training: title, task, input shape, classes, targets.
    Built-in image sets answer from their headers (no decoding); everything else is loaded.

    Raises:
        DatasetError: The data cannot be read, said plainly.
    """
    if source.builtin and not source.options:
        from netcore.datasets.registry import describe

        info = describe(source.name)
        if not info.get("available", True):
            raise DatasetError(f"{info['title']} is unavailable: {info.get('reason', '')}")
        info.setdefault("targets", 1)
        info.setdefault("notes", [])
        return info
    return summarize(source.load())
