"""Atomic file writes: a save either fully happens or leaves the old file untouched."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on success it replaces ``path`` in one rename.

    Writers that want a filename (``model.save``, ``np.savez``) write to the yielded path. On any
    exception the temporary file is removed and the original is left as it was.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.stem}.", suffix=f".tmp{target.suffix}", dir=target.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        _usual_permissions(tmp, target)
        os.replace(tmp, target)
        _remove_stale_temporaries(target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


#: A temporary file this old beside its target was left by a save that was killed.
STALE_SECONDS = 60


def _remove_stale_temporaries(target: Path) -> None:
    """Temporary files of earlier saves of ``target`` that were killed half-way (power cut,
    kill -9) are removed at the next save; recent ones may belong to a save in progress."""
    import time

    now = time.time()
    for leftover in target.parent.glob(f".{target.stem}.*.tmp{target.suffix}"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_SECONDS:
                leftover.unlink()


def _usual_permissions(tmp: Path, target: Path) -> None:
    """mkstemp makes files private (0600); give the file what a plain write would: the
    existing file's mode, or 0666 minus the umask."""
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)


def _umask() -> int:
    """The process umask without changing it (os.umask would, briefly, for every thread)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def atomic_write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically."""
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding=encoding)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def config_dir() -> Path:
    """``$LAYERLAB_CONFIG_DIR``, else the platform's user config folder for LayerLab (settings,
    recent files, the recovery file)."""
    env = os.environ.get("LAYERLAB_CONFIG_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir("layerlab", appauthor=False))


def data_dir() -> Path:
    """``$LAYERLAB_DATA_DIR``, else the platform's user data folder for LayerLab (a student's
    lesson progress)."""
    env = os.environ.get("LAYERLAB_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("layerlab", appauthor=False))
