"""The LayerLab project file (``.layerlab``): a zip holding the network and, as the student
works, the dataset choice, the training settings, the history and the trained model.

Members: ``project.json`` (always), ``history.json`` and ``model.keras`` (after training).
Written atomically; files from a later LayerLab are refused with a message.
"""

from __future__ import annotations

import json
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netcore.fileio import atomic_path
from netcore.network.problems import SpecError
from netcore.network.spec import NetworkSpec

PROJECT_FORMAT = "layerlab-project"
PROJECT_VERSION = 1


@dataclass
class Project:
    spec: NetworkSpec
    dataset: str | None = None
    training: dict[str, Any] | None = None
    history: dict[str, Any] | None = None
    model_bytes: bytes | None = field(default=None, repr=False)


def save_project(path: str | os.PathLike, project: Project) -> Path:
    path = Path(path)
    meta = {
        "format": PROJECT_FORMAT,
        "version": PROJECT_VERSION,
        "network": project.spec.to_dict(),
        "dataset": project.dataset,
        "training": project.training,
    }
    with atomic_path(path) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.json", json.dumps(meta, indent=2))
        if project.history is not None:
            zf.writestr("history.json", json.dumps(project.history, indent=2))
        if project.model_bytes is not None:
            zf.writestr("model.keras", project.model_bytes, compress_type=zipfile.ZIP_STORED)
    return path


def load_project(path: str | os.PathLike) -> Project:
    """Read a project; SpecError for unreadable, corrupt or future-version files."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "project.json" not in names:
                raise SpecError(f"{path}: not a LayerLab project (no project.json inside)")
            meta = json.loads(zf.read("project.json").decode("utf-8"))
            history = json.loads(zf.read("history.json")) if "history.json" in names else None
            model = zf.read("model.keras") if "model.keras" in names else None
    except FileNotFoundError:
        raise SpecError(f"{path}: no such file") from None
    except (zipfile.BadZipFile, OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError) as exc:
        raise SpecError(f"{path}: damaged project file ({exc})") from None
    if not isinstance(meta, dict) or meta.get("format") != PROJECT_FORMAT:
        raise SpecError(f"{path}: not a LayerLab project")
    version = meta.get("version")
    if not isinstance(version, int) or version < 1:
        raise SpecError(f"{path}: project version must be a whole number ≥ 1")
    if version > PROJECT_VERSION:
        raise SpecError(
            f"{path}: written by a later LayerLab (project version {version}); this LayerLab "
            f"reads version {PROJECT_VERSION}. Update LayerLab to open it."
        )
    spec = NetworkSpec.from_dict(meta.get("network"), source=str(path))
    return Project(spec, meta.get("dataset"), meta.get("training"), history, model)
