"""Saving a training history as JSON, atomically (models: ``netcore.models.kerasfile``)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from netcore.fileio import atomic_write_text


def history_document(history: list[dict[str, float]], test: dict | None, config: dict) -> dict:
    """The history file: {"epochs": [...], "test": {...}, "config": {...}}."""
    return {"epochs": history, "test": test, "config": config}


def save_history(path: str | os.PathLike, document: dict[str, Any]) -> Path:
    path = Path(path)
    atomic_write_text(path, json.dumps(document, indent=2) + "\n")
    return path
