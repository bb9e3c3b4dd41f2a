"""Saving what training produced: the model as ``.keras`` and the history as JSON, atomically."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from netcore.fileio import atomic_path, atomic_write_text


def save_model(model, path: str | os.PathLike) -> Path:
    """Save a Keras model atomically; the name must end in .keras."""
    path = Path(path)
    if path.suffix != ".keras":
        raise ValueError(f"{path}: a trained model is saved as .keras (e.g. {path.stem}.keras)")
    with atomic_path(path) as tmp:
        model.save(tmp)
    return path


def history_document(history: list[dict[str, float]], test: dict | None, config: dict) -> dict:
    """The history file: {"epochs": [...], "test": {...}, "config": {...}}."""
    return {"epochs": history, "test": test, "config": config}


def save_history(path: str | os.PathLike, document: dict[str, Any]) -> Path:
    path = Path(path)
    atomic_write_text(path, json.dumps(document, indent=2) + "\n")
    return path


def model_to_bytes(model) -> bytes:
    """The model as the bytes of a .keras file (for project files)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "model.keras"
        model.save(path)
        return path.read_bytes()


def model_from_bytes(data: bytes):
    """Load a model saved by ``model_to_bytes`` (Keras safe mode)."""
    import tempfile

    from netcore import tfruntime
    from netcore.builder import step_activation

    keras = tfruntime.keras()
    step_activation()  # registered before loading, so models with step units open
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "model.keras"
        path.write_bytes(data)
        return keras.models.load_model(path, safe_mode=True)


def weights_from_bytes(data: bytes) -> dict:
    """Layer id → weight arrays of a model saved by ``model_to_bytes``."""
    from netcore.training.engine import snapshot_weights

    return snapshot_weights(model_from_bytes(data))
