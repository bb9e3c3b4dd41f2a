"""The ``.layerlab`` project file: a zip holding a ``Project``.

Version 2 members:
    ``project.json``: format, version, the network, the dataset source, the training settings,
        the weights' source and the runs (JSON).
    ``weights.npz``: the current weights, one array per ``<layer id>/<index>`` (no pickles).
    ``predictions.npz``: the latest run's test labels and probabilities (the mistakes gallery).
    ``starts.npz``: the weights the latest runs started from, ``<run number>/<layer>/<index>``
        (for "same start" replays).
    ``model.keras``: the trained model, while the weights are the trained ones.

Version 1 files (LayerLab 0.1: network, a dataset name, training settings or null, one
``history.json`` and ``model.keras``) open as version 2 projects. Written atomically; files
from a later LayerLab are refused with a message. Reading never needs TensorFlow.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
import zlib
from pathlib import Path
from typing import Any

import numpy as np

from netcore.datasets.errors import DatasetError
from netcore.datasets.sources import DatasetSource
from netcore.fileio import UnreadableFileError, atomic_path
from netcore.limits import MAX_BUILD_PARAMETERS, LimitError
from netcore.network.problems import SpecError
from netcore.network.spec import NetworkSpec
from netcore.project.model import Project, WeightSource, weights_problem
from netcore.training.config import ConfigError, TrainConfig
from netcore.training.history import HistoryError, RunRecord
from netcore.zipcheck import (
    MAX_UNPACKED,
    ArchiveError,
    ZipBombError,
    check_zip,
    read_member,
    read_npz,
)

PROJECT_FORMAT = "layerlab-project"
PROJECT_VERSION = 2
SUFFIX = ".layerlab"


def save_project(path: str | os.PathLike, project: Project) -> Path:
    """Write ``project`` to ``path`` atomically (the old file stays whole if anything fails)."""
    path = Path(path)
    base = path.resolve().parent
    meta: dict[str, Any] = {
        "format": PROJECT_FORMAT,
        "version": PROJECT_VERSION,
        "network": project.spec.to_dict(),
        "dataset": project.dataset.to_dict(base) if project.dataset else None,
        "training": project.training.to_dict(),
        "weights": {
            "source": project.weight_source.value,
            "note": project.weight_note,
            "stored": project.weights is not None,
        },
        "runs": [run.to_dict() for run in project.runs],
    }
    with atomic_path(path) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.json", json.dumps(meta, indent=2))
        if project.weights is not None:
            zf.writestr("weights.npz", _npz(_flat_weights(project.weights)))
        latest = project.latest_run
        if latest is not None and latest.has_predictions:
            arrays = {
                "labels": np.asarray(latest.test_labels),
                "probabilities": np.asarray(latest.test_probabilities, dtype=np.float32),
            }
            zf.writestr("predictions.npz", _npz(arrays))
        starts = {
            f"{number}/{key}": array
            for number, run in enumerate(project.runs, start=1)
            if run.start is not None
            for key, array in _flat_weights(run.start).items()
        }
        if starts:
            zf.writestr("starts.npz", _npz(starts))
        if project.model_bytes is not None:
            zf.writestr("model.keras", project.model_bytes, compress_type=zipfile.ZIP_STORED)
    return path


#: Runs one project keeps. A class that trains a run every minute of a 16-hour day makes ~1,000;
#: 10⁶ empty runs (an 8.6 KB file) froze the window for minutes and are refused instead.
MAX_RUNS = 1_000
#: Epoch rows over all runs (each run's curve is drawn; 1,000 runs of 1,000 epochs).
MAX_EPOCH_ROWS = 1_000_000
#: ``project.json`` (network, settings, runs) as text; the largest real ones are a few MB.
MAX_JSON_BYTES = 64 << 20
#: Numbers in one array of weights, starts or predictions: a network LayerLab builds has at
#: most ``MAX_BUILD_PARAMETERS`` of them in all.
MAX_ARRAY_ELEMENTS = MAX_BUILD_PARAMETERS

_MEMBERS = ("history.json", "weights.npz", "predictions.npz", "starts.npz", "model.keras")


def load_project(path: str | os.PathLike) -> Project:
    """Read a project (version 1 or 2).

    Every declared size is checked before anything is allocated: the zip's members against
    ``zipcheck``'s limits (read in bounded pieces, so sizes that lie cost nothing), each array
    from its ``.npy`` header, and the runs against ``MAX_RUNS``.

    Raises:
        SpecError: Unreadable, damaged, too large or future-version files, naming the file,
            the member and what would work.
    """
    path = Path(path)
    meta, members = _read_members(path)
    if not isinstance(meta, dict) or meta.get("format") != PROJECT_FORMAT:
        raise SpecError(f"{path}: not a LayerLab project")
    version = meta.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SpecError(f"{path}: project version must be a whole number ≥ 1")
    if version > PROJECT_VERSION:
        raise SpecError(
            f"{path}: written by a later LayerLab (project version {version}); this LayerLab "
            f"reads version {PROJECT_VERSION}. Update LayerLab to open it."
        )
    _check_runs(path, meta.get("runs"))
    try:
        spec = NetworkSpec.from_dict(meta.get("network"), source=str(path))
        if version == 1:
            return _from_v1(path, spec, meta, members)
        return _from_v2(path, spec, meta, members)
    except (DatasetError, ConfigError, HistoryError, LimitError) as exc:
        raise SpecError(f"{path}: {exc}") from None
    except (TypeError, ValueError, AttributeError, KeyError, IndexError, RecursionError) as exc:
        # a field of a type no reader expected: still the project's own error, with the file
        raise SpecError(f"{path}: damaged project file ({type(exc).__name__}: {exc})") from None


def _read_members(path: Path) -> tuple[Any, dict[str, bytes]]:
    """``project.json`` parsed and the other members' bytes, each read in bounded pieces."""
    try:
        infos = check_zip(path)
        budget = MAX_UNPACKED
        with zipfile.ZipFile(path) as zf:
            names = {info.filename for info in infos}
            if "project.json" not in names:
                raise SpecError(f"{path}: not a LayerLab project (no project.json inside)")
            text = read_member(zf, "project.json", MAX_JSON_BYTES, f"{path}")
            meta = json.loads(text.decode("utf-8"))
            members = {}
            for name in _MEMBERS:
                if name in names:
                    members[name] = read_member(zf, name, budget, f"{path}")
                    budget -= len(members[name])
    except FileNotFoundError:
        raise SpecError(f"{path}: no such file") from None
    except ZipBombError as exc:
        raise SpecError(_with_path(path, exc)) from None
    except IsADirectoryError:
        raise SpecError(f"{path}: is a folder, not a project file") from None
    except UnreadableFileError as exc:
        raise SpecError(f"{exc}") from None
    except (
        zipfile.BadZipFile,
        zlib.error,
        OSError,
        UnicodeDecodeError,
        json.JSONDecodeError,
        KeyError,
    ) as exc:
        raise SpecError(f"{path}: damaged project file ({exc})") from None
    except RecursionError:
        raise SpecError(f"{path}: damaged project file (nested too deeply)") from None
    except (ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
        # e.g. an integer of thousands of digits, an unknown compression method
        raise SpecError(f"{path}: damaged project file ({exc})") from None
    return meta, members


def _with_path(path: Path, exc: Exception) -> str:
    """The message with the project's full path in front (zipcheck names the file only)."""
    text = str(exc)
    return text if text.startswith(str(path)) else f"{path}: {text.removeprefix(path.name + ': ')}"


def _check_runs(path: Path, runs: Any) -> None:
    """Refuse more runs, or epoch rows, than a classroom ever keeps, before reading any."""
    if not isinstance(runs, list):
        return  # the readers say what is wrong with it
    if len(runs) > MAX_RUNS:
        raise SpecError(
            f"{path}: holds {len(runs):,} runs; a project keeps at most {MAX_RUNS:,}. "
            "Is this the right file?"
        )
    rows = sum(
        len(r["epochs"]) for r in runs if isinstance(r, dict) and isinstance(r.get("epochs"), list)
    )
    if rows > MAX_EPOCH_ROWS:
        raise SpecError(
            f"{path}: its runs hold {rows:,} epochs in all; a project keeps at most "
            f"{MAX_EPOCH_ROWS:,}. Is this the right file?"
        )


# -- reading ------------------------------------------------------------------------------


def _from_v2(path: Path, spec: NetworkSpec, meta: dict, members: dict[str, bytes]) -> Project:
    base = path.resolve().parent
    dataset = meta.get("dataset")
    source = DatasetSource.from_dict(dataset, base) if dataset is not None else None
    training = _training(meta.get("training"))
    info = meta.get("weights") or {}
    if not isinstance(info, dict):
        raise SpecError(f"{path}: 'weights' must be an object")
    try:
        weight_source = WeightSource(info.get("source", "untrained"))
    except ValueError:
        raise SpecError(
            f"{path}: weights source {info.get('source')!r} is not one of "
            f"{', '.join(s.value for s in WeightSource)}"
        ) from None
    note = info.get("note", "")
    if not isinstance(note, str):
        raise SpecError(f"{path}: weights note must be text")
    weights = None
    if "weights.npz" in members:
        try:
            weights = _nested_weights(_read_npz(path, members["weights.npz"], "weights.npz"))
        except SpecError as exc:
            text = str(exc)
            raise SpecError(text if text.startswith(str(path)) else f"{path}: {text}") from None
    model = bytes(members["model.keras"]) if "model.keras" in members else None
    if weights is not None:
        problem = weights_problem(spec, weights)
        if problem:  # shown as untrained, with the reason; the file itself is not changed
            weights, model, weight_source, note = None, None, WeightSource.UNTRAINED, problem
    if weights is None and weight_source in (WeightSource.HAND_SET, WeightSource.FILE):
        weight_source = WeightSource.UNTRAINED  # nothing stored to show
    runs_data = meta.get("runs") or []
    if not isinstance(runs_data, list):
        raise SpecError(f"{path}: 'runs' must be a list")
    runs = [RunRecord.from_dict(r, f"run {n}") for n, r in enumerate(runs_data, start=1)]
    if runs and "predictions.npz" in members:
        _attach_predictions(path, runs[-1], members["predictions.npz"])
    if "starts.npz" in members:
        _attach_starts(path, runs, members["starts.npz"])
    return Project(
        spec=spec,
        dataset=source,
        training=training,
        weights=weights,
        weight_source=weight_source,
        weight_note=note,
        runs=runs,
        model_bytes=model,
    )


def _from_v1(path: Path, spec: NetworkSpec, meta: dict, members: dict[str, bytes]) -> Project:
    dataset = meta.get("dataset")
    source = None
    if isinstance(dataset, str) and dataset:
        source = DatasetSource.parse(dataset)
    elif dataset is not None:
        raise SpecError(f"{path}: 'dataset' must be a dataset name")
    runs = []
    if "history.json" in members:
        try:
            history = json.loads(members["history.json"])
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
            raise SpecError(f"{path}: damaged history.json ({exc})") from None
        if history is not None:
            runs.append(RunRecord.from_dict(history, "history.json"))
    model = bytes(members["model.keras"]) if "model.keras" in members else None
    training = _training(meta.get("training"))
    if meta.get("training") is None and runs and runs[-1].config:
        training = _training(runs[-1].config)  # 0.1 kept the settings only in the history
    return Project(
        spec=spec,
        dataset=source,
        training=training,
        weight_source=WeightSource.TRAINED if model else WeightSource.UNTRAINED,
        weight_note="from the project file" if model else "",
        runs=runs,
        model_bytes=model,
    )


def _training(data: Any) -> TrainConfig:
    if data is None:
        return TrainConfig()
    return TrainConfig.from_dict(data)


def _attach_predictions(path: Path, run: RunRecord, data: bytes) -> None:
    arrays = _read_npz(path, data, "predictions.npz")
    labels, probabilities = arrays.get("labels"), arrays.get("probabilities")
    if labels is None or probabilities is None or len(labels) != len(probabilities):
        raise SpecError(f"{path}: predictions.npz must hold labels and probabilities of one length")
    run.test_labels, run.test_probabilities = labels, probabilities


def _attach_starts(path: Path, runs: list[RunRecord], data: bytes) -> None:
    by_run: dict[int, dict[str, np.ndarray]] = {}
    for key, array in _read_npz(path, data, "starts.npz").items():
        number, _, rest = key.partition("/")
        if not number.isdigit() or not 1 <= int(number) <= len(runs):
            raise SpecError(f"{path}: starts.npz: entry {key!r} names no run of this project")
        by_run.setdefault(int(number), {})[rest] = array
    for number, flat in by_run.items():
        try:
            runs[number - 1].start = _nested_weights(flat)
        except SpecError as exc:
            raise SpecError(f"{path}: starts.npz, run {number}: {exc}") from None


# -- arrays -------------------------------------------------------------------------------


def _flat_weights(weights: dict[str, list[np.ndarray]]) -> dict[str, np.ndarray]:
    return {
        f"{layer}/{i}": np.asarray(array)
        for layer, arrays in weights.items()
        for i, array in enumerate(arrays)
    }


def _nested_weights(flat: dict[str, np.ndarray]) -> dict[str, list[np.ndarray]]:
    by_layer: dict[str, dict[int, np.ndarray]] = {}
    for key, array in flat.items():
        layer, _, index = key.rpartition("/")
        if not layer or not index.isdigit():
            raise SpecError(f"weights.npz: entry {key!r} is not '<layer>/<number>'")
        by_layer.setdefault(layer, {})[int(index)] = array
    result = {}
    for layer, arrays in by_layer.items():
        if sorted(arrays) != list(range(len(arrays))):
            raise SpecError(f"weights.npz: layer {layer!r} has gaps in its arrays")
        result[layer] = [arrays[i] for i in range(len(arrays))]
    return result


def _npz(arrays: dict[str, np.ndarray]) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def _read_npz(path: Path, data: bytes, member: str) -> dict[str, np.ndarray]:
    """A member's arrays, each checked from its header before it is read (``zipcheck``)."""
    try:
        return read_npz(data, f"{path}: {member}", max_elements=MAX_ARRAY_ELEMENTS)
    except (ZipBombError, ArchiveError) as exc:
        raise SpecError(str(exc)) from None
