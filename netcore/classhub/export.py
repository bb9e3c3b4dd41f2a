"""The class dataset as an image folder (``<label>/<item>.png``), the layout LayerLab opens as
a dataset (``netcore.datasets.files.load_image_folder``), written atomically file by file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from netcore.classhub.received import MAX_DRAWING_BYTES
from netcore.fileio import atomic_write_bytes, read_bytes_limited


def export_items(folder: Path, items: list[dict[str, Any]], out: Path) -> dict[int, int]:
    """Copy the drawings of ``items`` (rows of the class dataset) under ``out``, one folder per
    label drawn (the image-folder loader refuses an empty class folder, so a digit nobody drew
    has none; its classes are then the digits drawn, in order). Returns the count per label."""
    counts = {label: 0 for label in range(10)}
    for item in items:
        data = read_bytes_limited(folder / item["file"], MAX_DRAWING_BYTES, "drawing")
        atomic_write_bytes(out / str(item["label"]) / f"{item['id']:06d}.png", data)
        counts[item["label"]] += 1
    return counts
