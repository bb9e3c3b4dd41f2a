"""Files in and out, safely.

Reading: only regular files, and never more than a limit (a symlink to ``/dev/zero``, a FIFO or
a 10 GB file handed over as a lesson is refused with its name, not read forever).
Writing: atomic — a save either fully happens or leaves the old file untouched — and through a
symlink to the link's target, never replacing the user's link with a file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on success it replaces ``path`` in one rename.

    Writers that want a filename (``model.save``, ``np.savez``) write to the yielded path. On any
    exception the temporary file is removed and the original is left as it was.
    """
    target = writable_target(path)
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


class UnreadableFileError(OSError):
    """A file LayerLab will not read: not a regular file, or larger than the limit for its kind.

    An ``OSError``, so every caller that already reports an unreadable file reports this one,
    with this message (which names the file and what would work).
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unreadable file"


def _describe_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_regular_file(path: str | os.PathLike) -> os.stat_result:
    """The ``stat`` of ``path`` (links followed) if it is a regular file.

    Raises:
        UnreadableFileError: A folder, a FIFO, a device (``/dev/zero``) or a socket.
        FileNotFoundError, PermissionError: As ``os.stat`` does.
    """
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise UnreadableFileError(
            f"{path}: is {_describe_kind(st.st_mode)}, not a file; LayerLab reads only "
            "ordinary files"
        )
    return st


def read_bytes_limited(path: str | os.PathLike, limit: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    The file is opened without blocking (a FIFO never hangs the reader), checked to be a
    regular file on the open descriptor, and read up to ``limit + 1`` bytes, so a file that
    grows or lies about its size is still stopped at the limit.

    Raises:
        UnreadableFileError: Not a regular file, or larger than ``limit``; the message names
            the file, its size and the limit.
        OSError: The file cannot be opened.
    """
    check_regular_file(path)  # a socket cannot even be opened: say what it is first
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise UnreadableFileError(
                f"{path}: is {_describe_kind(st.st_mode)}, not a file; LayerLab reads only "
                "ordinary files"
            )
        if st.st_size > limit:
            raise UnreadableFileError(_too_large(path, st.st_size, limit, what))
        chunks = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise UnreadableFileError(_too_large(path, len(data), limit, what))
    return data


def read_text_limited(
    path: str | os.PathLike, limit: int, what: str = "file", encoding: str = "utf-8"
) -> str:
    """The text of a regular file of at most ``limit`` bytes (see ``read_bytes_limited``).

    Raises:
        UnreadableFileError: As ``read_bytes_limited``.
        UnicodeDecodeError: Not text in ``encoding``.
    """
    return read_bytes_limited(path, limit, what).decode(encoding)


def _too_large(path, size: int, limit: int, what: str) -> str:
    more = "more than " if size == limit + 1 else ""
    return (
        f"{path}: {more}{size:,} bytes; a {what} may be at most {limit:,} bytes "
        "(is this the right file?)"
    )


def writable_target(path: str | os.PathLike) -> Path:
    """Where a save to ``path`` writes: the target of a symlink (the link stays a link).

    Raises:
        UnreadableFileError: ``path`` (or the link's target) exists and is a folder, a
            device or a pipe: a save would destroy or hang on it.
    """
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    with contextlib.suppress(FileNotFoundError):
        st = os.stat(target)
        if not stat.S_ISREG(st.st_mode):
            raise UnreadableFileError(
                f"{path}: is {_describe_kind(st.st_mode)}; choose a file name to save to"
            )
    return target


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
