"""Which datasets LayerLab offers, whether each is available here, and loading by name or path.

A dataset reference is a registry name (``mnist``, ``circles``), optionally with options
(``circles:noise=0.2,n=600``), or a path: a folder of IDX files, an image folder, a ``.npz``
in Keras's MNIST layout, or a ``.csv`` file.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netcore.datasets import files, mnist, sequences, toys
from netcore.datasets.dataset import Dataset
from netcore.datasets.errors import DatasetError
from netcore.network.params import did_you_mean


@dataclass(frozen=True)
class DatasetEntry:
    name: str
    title: str
    kind: str  # "images", "toy", "regression", "gate", "sequence"
    description: str
    load: Callable[..., Dataset]
    locate: Callable[[], tuple[bool, str]] = lambda: (True, "")


def _mnist_available() -> tuple[bool, str]:
    if mnist.find_idx_files(mnist.mnist_dir()):
        return True, ""
    return (
        False,
        f"the bundled MNIST files are missing from {mnist.mnist_dir()}; reinstall LayerLab",
    )


def _fashion_available() -> tuple[bool, str]:
    if mnist.find_fashion_mnist():
        return True, ""
    return False, "not installed; " + mnist.FASHION_HOWTO


def _entries() -> dict[str, DatasetEntry]:
    entries = [
        DatasetEntry(
            "mnist",
            "MNIST handwritten digits",
            "images",
            "70,000 handwritten digits 0–9, 28×28 grey (bundled).",
            lambda **o: _no_options("mnist", o) or mnist.load_mnist(),
            _mnist_available,
        ),
        DatasetEntry(
            "mnist_ink",
            "MNIST ink masks (segmentation)",
            "images",
            "12,000 MNIST digits, each with its own ink as the target mask: for U-Net-style "
            "networks that answer pixel by pixel.",
            lambda **o: _no_options("mnist_ink", o) or mnist.load_mnist_ink(),
            _mnist_available,
        ),
        DatasetEntry(
            "fashion_mnist",
            "Fashion-MNIST clothing",
            "images",
            "70,000 photos of 10 kinds of clothing, 28×28 grey: harder than MNIST.",
            lambda **o: _no_options("fashion_mnist", o) or mnist.load_fashion_mnist(),
            _fashion_available,
        ),
    ]
    for name, (_, title, about) in toys.CLASSIFICATION_TOYS.items():
        entries.append(
            DatasetEntry(name, title, "toy", about, functools.partial(toys.make_toy, name))
        )
    for name, (_, title, about) in toys.REGRESSION_TOYS.items():
        entries.append(
            DatasetEntry(name, title, "regression", about, functools.partial(toys.make_toy, name))
        )
    entries.append(
        DatasetEntry(
            "mnist_rows",
            "MNIST read row by row",
            "sequence",
            "The 70,000 MNIST digits as sequences: 28 time steps (rows) of 28 pixels, for "
            "recurrent digit readers.",
            lambda **o: _no_options("mnist_rows", o) or sequences.mnist_rows(mnist.load_mnist()),
            _mnist_available,
        )
    )
    for name, (title, about) in sequences.SEQUENCES.items():
        entries.append(
            DatasetEntry(
                name, title, "sequence", about, functools.partial(sequences.make_sequence, name)
            )
        )
    for name, (title, _) in toys.GATES.items():
        entries.append(
            DatasetEntry(
                name,
                f"{title} gate",
                "gate",
                f"The {title} truth table.",
                functools.partial(_gate, name),
            )
        )
    return {e.name: e for e in entries}


def _gate(name: str, **options) -> Dataset:
    _no_options(name, options)
    return toys.make_gate(name)


def _no_options(name: str, options: dict) -> None:
    if options:
        raise DatasetError(f"dataset {name!r} takes no options (got {', '.join(options)})")


ENTRIES = _entries()


def parse_reference(ref: str) -> tuple[str, dict[str, Any]]:
    """'circles:noise=0.2,n=600' → ('circles', {'noise': 0.2, 'n': 600})."""
    name, _, opts = ref.partition(":")
    options: dict[str, Any] = {}
    if opts:
        for item in opts.split(","):
            key, eq, value = item.partition("=")
            if not eq or not key.strip():
                raise DatasetError(f"dataset option {item!r} must look like key=value")
            options[key.strip()] = _parse_value(value.strip())
    return name.strip(), options


def _parse_value(text: str) -> Any:
    for cast in (int, float):
        try:
            return cast(text)
        except ValueError:
            pass
    return {"true": True, "false": False}.get(text.lower(), text)


def load_dataset(ref: str, **options: Any) -> Dataset:
    """Load a dataset by registry name (with options) or by path.

    Raises:
        DatasetError: Unknown name (with the names that exist), unavailable dataset (with how
        to get it), or bad data.
    """
    is_path = Path(ref).expanduser().exists()
    name, parsed = (ref, {}) if is_path else parse_reference(ref)
    options = {**parsed, **options}
    if name in ENTRIES:
        entry = ENTRIES[name]
        available, reason = entry.locate()
        if not available:
            raise DatasetError(f"{entry.title} is unavailable: {reason}")
        try:
            return entry.load(**options)
        except TypeError as exc:  # an option the loader does not take
            raise DatasetError(f"dataset {name!r}: {exc}") from None
    path = Path(name).expanduser()
    if path.is_dir():
        if mnist.find_idx_files(path):
            return mnist.load_idx_folder(path, path.name, f"IDX files in {path.name}/", **options)
        return files.load_image_folder(path, **options)
    if path.suffix.lower() == ".npz":
        return mnist.load_npz(path, **options)
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        return files.load_csv(path, **options)
    if path.exists():
        raise DatasetError(
            f"{path}: not a dataset LayerLab reads (use a folder of class subfolders, "
            "a folder of IDX files, a Keras-style .npz or a .csv)"
        )
    raise DatasetError(
        f"unknown dataset {name!r}{did_you_mean(name, list(ENTRIES))}; built in: "
        f"{', '.join(ENTRIES)}; or give a folder, .npz or .csv path"
    )


def describe(name: str) -> dict[str, Any]:
    """What ``layerlab datasets --json`` says about one built-in dataset, without loading
    big ones (MNIST sizes come from the IDX headers)."""
    entry = ENTRIES[name]
    available, reason = entry.locate()
    info: dict[str, Any] = {
        "name": entry.name,
        "title": entry.title,
        "kind": entry.kind,
        "description": entry.description,
        "available": available,
    }
    if not available:
        info["reason"] = reason
        return info
    if name == "mnist_ink":
        info.update(
            task="segmentation",
            input_shape=[28, 28, 1],
            target_shape=[28, 28, 1],
            train_samples=mnist.INK_TRAIN,
            test_samples=mnist.INK_TEST,
            location=str(mnist.mnist_dir()),
            credit=mnist.MNIST_CREDIT,
        )
        return info
    if name == "mnist_rows":
        summary = mnist.idx_summary(mnist.mnist_dir())
        summary["input_shape"] = [28, 28]
        info.update(task="classification", class_names=mnist.DIGITS, **summary)
        info["credit"] = mnist.MNIST_CREDIT
        return info
    if entry.kind == "images":
        folder = mnist.mnist_dir() if name == "mnist" else mnist.find_fashion_mnist()
        summary = mnist.idx_summary(folder)
        names = mnist.DIGITS if name == "mnist" else mnist.FASHION_CLASSES
        info.update(task="classification", class_names=names, location=str(folder), **summary)
        info["credit"] = mnist.MNIST_CREDIT if name == "mnist" else mnist.FASHION_CREDIT
        return info
    ds = entry.load()
    info.update(
        task=ds.task,
        input_shape=list(ds.input_shape),
        train_samples=len(ds.x_train),
        test_samples=len(ds.x_test),
        num_classes=ds.num_classes,
        class_names=ds.class_names,
        class_counts=ds.class_counts(),
    )
    return info


def list_datasets() -> list[dict[str, Any]]:
    return [describe(name) for name in ENTRIES]
