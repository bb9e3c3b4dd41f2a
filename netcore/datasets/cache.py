"""A disk cache of decoded arrays, so big datasets open in milliseconds after the first time.

Decoded float32 arrays are stored as ``.npy`` in the user's cache folder and opened
memory-mapped (read-only): no decoding, no copy, and the operating system shares the pages.
The key covers the source files' names, sizes and modification times; a changed source
file simply makes a new entry. Any cache failure falls back to decoding.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np

CACHE_FORMAT = 1


def cache_dir() -> Path:
    """``$LAYERLAB_CACHE_DIR``, else the platform's user cache folder for LayerLab."""
    env = os.environ.get("LAYERLAB_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("layerlab", appauthor=False))


def _key(sources: list[Path], tag: str) -> str:
    h = hashlib.sha256(f"{CACHE_FORMAT}:{tag}".encode())
    for path in sources:
        stat = path.stat()
        h.update(f"|{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return h.hexdigest()[:20]


def cached_arrays(
    sources: list[Path], tag: str, decode: Callable[[], dict[str, np.ndarray]]
) -> dict[str, np.ndarray]:
    """Arrays decoded from ``sources``, from the cache when it holds them.

    Args:
        sources: The files the arrays come from (their size and mtime are the key).
        tag: What the decoding does (so different decodings of the same files do not clash).
        decode: Produces the arrays when the cache misses.
    """
    try:
        folder = cache_dir() / "arrays" / _key(sources, tag)
    except OSError:
        return decode()
    marker = folder / "complete"
    if marker.is_file():
        try:
            names = marker.read_text().split()
            # plain ndarray views of the maps: Keras's data adapters do not take np.memmap
            return {n: np.asarray(np.load(folder / f"{n}.npy", mmap_mode="r")) for n in names}
        except (OSError, ValueError):
            pass  # a damaged entry: decode again and rewrite it
    arrays = decode()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, array in arrays.items():
            tmp = folder / f".{name}.{os.getpid()}.npy"
            np.save(tmp, array)
            os.replace(tmp, folder / f"{name}.npy")
        tmp_marker = folder / f".complete.{os.getpid()}"
        tmp_marker.write_text(" ".join(arrays))
        os.replace(tmp_marker, marker)
    except OSError:
        pass  # a read-only or full disk only costs speed
    return arrays
