"""Zip files from elsewhere (``.keras`` models, ``.layerlab`` projects) are measured before
anything in them is read: a few megabytes that expand to gigabytes (a zip bomb) are refused
with the sizes, instead of filling the memory."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

#: What a classroom model or project may hold once unpacked (the MNIST MLP is 8 MB).
MAX_UNPACKED = 512 << 20
#: Members larger than this must not be compressed more than ``MAX_RATIO`` times.
RATIO_FLOOR = 16 << 20
MAX_RATIO = 200
MAX_MEMBERS = 10_000


class ZipBombError(ValueError):
    """A zip file whose contents would be far too large; the message gives the sizes."""


def check_zip(path: str | os.PathLike) -> None:
    """Refuse a zip whose declared contents are too large or too compressed.

    Raises:
        ZipBombError: With the sizes found and the limits.
        zipfile.BadZipFile, OSError: Not a readable zip (the caller says "damaged").
    """
    path = Path(path)
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ZipBombError(
            f"{path.name}: holds {len(infos):,} files; LayerLab reads at most {MAX_MEMBERS:,}"
        )
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED:
        raise ZipBombError(
            f"{path.name}: would unpack to {total:,} bytes from {path.stat().st_size:,}; "
            f"LayerLab opens at most {MAX_UNPACKED:,} bytes (a classroom model is far smaller)"
        )
    for info in infos:
        ratio = info.file_size // max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise ZipBombError(
                f"{path.name}: {info.filename} is compressed {ratio:,} times "
                f"({info.compress_size:,} bytes → {info.file_size:,}); refused as a zip bomb"
            )
