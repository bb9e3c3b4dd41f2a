"""Zip files from elsewhere (``.keras`` models, ``.layerlab`` projects, ``.npz`` arrays) are
measured before anything in them is read, and read with a bounded reader.

A zip holds two directories that may disagree: the central directory (what ``infolist`` shows)
and the data itself. A few megabytes can expand to gigabytes (a zip bomb), and a member declared
as 100 bytes can expand to 2 GB (Python's ``zipfile.read`` decompresses all of a member's data
in one call before cutting it to the declared size). So: the declared sizes are checked first
(``check_zip``), members are read in small pieces that stop at the declared size or the limit
(``read_member``), and arrays are read from their ``.npy`` header's shape × item size before
any memory is taken for them (``read_npz``).
"""

from __future__ import annotations

import ast
import io
import math
import os
import struct
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

import numpy as np

from netcore.fileio import UnreadableFileError, check_regular_file

#: What a classroom model or project may hold once unpacked (the MNIST MLP is 8 MB).
MAX_UNPACKED = 512 << 20
#: Members larger than this must not be compressed more than ``MAX_RATIO`` times.
RATIO_FLOOR = 16 << 20
MAX_RATIO = 200
MAX_MEMBERS = 10_000
#: Pieces a member is decompressed in: each call to the decompressor yields at most this.
CHUNK = 1 << 16
#: An ``.npy`` header is a short Python literal; NumPy itself refuses headers past 10,000 bytes.
MAX_NPY_HEADER = 10_000


class ZipBombError(ValueError):
    """A zip file whose contents would be far too large, or whose sizes lie; the message
    gives the sizes and the limit."""


class ArchiveError(ValueError):
    """A zip or an ``.npz`` that is damaged or holds something other than plain numbers; the
    message names the member and what is wrong."""


def _label(source) -> str:
    if isinstance(source, str | os.PathLike):
        return Path(source).name
    return getattr(source, "name", None) or "the archive"


def check_zip(
    source: str | os.PathLike | BinaryIO, name: str | None = None, limit: int | None = None
) -> list[zipfile.ZipInfo]:
    """Refuse a zip whose declared contents are too large or too compressed.

    Args:
        source: A path (only a regular file is opened: a FIFO or ``/dev/zero`` is refused) or
            an open binary file (a member already read, e.g. an ``.npz`` inside a project).
        name: What to call it in messages (default: the file name).
        limit: Bytes it may unpack to (default ``MAX_UNPACKED``).

    Returns:
        The members, as the central directory declares them.

    Raises:
        ZipBombError: With the sizes found and the limits.
        zipfile.BadZipFile, OSError: Not a readable zip (the caller says "damaged").
    """
    label = name or _label(source)
    limit = MAX_UNPACKED if limit is None else limit
    if isinstance(source, str | os.PathLike):
        size = check_regular_file(source).st_size
    else:
        size = len(source.getbuffer()) if isinstance(source, io.BytesIO) else 0
    with zipfile.ZipFile(source) as zf:
        infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ZipBombError(
            f"{label}: holds {len(infos):,} files; LayerLab reads at most {MAX_MEMBERS:,}"
        )
    total = sum(info.file_size for info in infos)
    if total > limit:
        raise ZipBombError(
            f"{label}: would unpack to {total:,} bytes from {size:,}; "
            f"LayerLab opens at most {limit:,} bytes (classroom models and data are far smaller)"
        )
    for info in infos:
        ratio = info.file_size // max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise ZipBombError(
                f"{label}: {info.filename} is compressed {ratio:,} times "
                f"({info.compress_size:,} bytes → {info.file_size:,}); refused as a zip bomb"
            )
    return infos


def read_member(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo | str, limit: int, label: str = "the archive"
) -> bytearray:
    """A member's bytes, decompressed in ``CHUNK`` pieces and never more than its declared
    size: a member declared as 100 bytes whose data expands to gigabytes yields 100 bytes (and
    a CRC error), never the gigabytes ``zipfile.read`` would decompress in one call. Writable,
    so arrays made from them are too.

    Raises:
        ZipBombError: Declared larger than ``limit``.
        zipfile.BadZipFile: Damaged data (a bad CRC: the data is not what was declared).
    """
    if isinstance(info, str):
        info = zf.getinfo(info)
    if info.file_size > limit:
        raise ZipBombError(
            f"{label}: {info.filename} declares {info.file_size:,} bytes; LayerLab reads at "
            f"most {limit:,} from it"
        )
    buffer = bytearray(info.file_size)  # at most the declared size, which was checked
    got = 0
    with zf.open(info) as fh:
        while piece := fh.read(CHUNK):
            buffer[got : got + len(piece)] = piece
            got += len(piece)
    return buffer if got == len(buffer) else buffer[:got]


def copy_zip(source: str | os.PathLike, target: str | os.PathLike) -> None:
    """Copy a zip member by member in ``CHUNK`` pieces, each stopped at its declared size, into
    an honest zip for a library that reads members whole (Keras reads ``config.json`` with one
    ``zipfile.read``): whatever the source's directory claims, the copy holds only what it
    declared, so the library's reads are bounded by the sizes ``check_zip`` accepted.

    Raises:
        zipfile.BadZipFile: Damaged data (a bad CRC), OSError: unreadable or unwritable.
    """
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            if info.is_dir():
                continue
            out = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            out.compress_type = zipfile.ZIP_STORED
            with zin.open(info) as src, zout.open(out, "w", force_zip64=True) as dst:
                while piece := src.read(CHUNK):
                    dst.write(piece)


# -- .npz: arrays from their headers -------------------------------------------------------


def _npy_header(data: bytes, label: str) -> tuple[np.dtype, tuple[int, ...], bool, int]:
    """(dtype, shape, fortran order, where the numbers start) of an ``.npy`` member, parsed
    from its header alone (a literal, never code)."""
    if len(data) < 10 or data[:6] != b"\x93NUMPY":
        raise ArchiveError(f"{label}: not a NumPy array (.npy)")
    major = data[6]
    if major == 1:
        (length,), start = struct.unpack("<H", data[8:10]), 10
    elif major in (2, 3):
        if len(data) < 12:
            raise ArchiveError(f"{label}: truncated .npy header")
        (length,), start = struct.unpack("<I", data[8:12]), 12
    else:
        raise ArchiveError(f"{label}: .npy format version {major} is not one LayerLab reads")
    if length > MAX_NPY_HEADER or len(data) < start + length:
        raise ArchiveError(f"{label}: damaged .npy header ({length:,} bytes)")
    try:
        header = ast.literal_eval(data[start : start + length].decode("latin1"))
        descr, fortran, shape = header["descr"], header["fortran_order"], header["shape"]
        if not (
            isinstance(descr, str)
            and isinstance(fortran, bool)
            and isinstance(shape, tuple)
            and all(isinstance(d, int) and not isinstance(d, bool) and d >= 0 for d in shape)
            and len(shape) <= 32
        ):
            raise ValueError("wrong types")
        dtype = np.dtype(descr)
    except (ValueError, SyntaxError, TypeError, KeyError, MemoryError, RecursionError) as exc:
        raise ArchiveError(f"{label}: damaged .npy header ({type(exc).__name__})") from None
    if dtype.hasobject or dtype.fields is not None or dtype.subdtype is not None:
        raise ArchiveError(f"{label}: holds {dtype} (Python objects or records), not numbers")
    if dtype.kind not in "fiub":
        raise ArchiveError(f"{label}: holds {dtype}, not numbers")
    return dtype, shape, fortran, start + length


def read_npz(
    source: bytes | bytearray | str | os.PathLike,
    name: str,
    max_bytes: int = MAX_UNPACKED,
    max_elements: int | None = None,
) -> dict[str, np.ndarray]:
    """The arrays of an ``.npz`` (plain numbers only, no pickles), each checked from its header
    — shape × item size against what the member holds and against the limits — before memory
    is taken for it, so a header claiming 10¹² numbers costs nothing.

    Args:
        source: The ``.npz``'s bytes (a member of a project) or a path.
        name: What to call it in messages (e.g. ``project.layerlab: weights.npz``).
        max_bytes: Bytes all its arrays may take together.
        max_elements: Numbers one array may hold (None: only ``max_bytes`` applies).

    Raises:
        ZipBombError: Too large in all, too compressed, or an array past the limits.
        ArchiveError: Not an ``.npz``, a damaged member, or something other than numbers.
    """
    stream = io.BytesIO(source) if isinstance(source, bytes | bytearray) else source
    try:
        infos = check_zip(stream, name, max_bytes)
        arrays = {}
        with zipfile.ZipFile(stream) as zf:
            for info in infos:
                key = info.filename[:-4] if info.filename.endswith(".npy") else info.filename
                where = f"{name}: {key}"
                data = read_member(zf, info, max_bytes, name)
                dtype, shape, fortran, offset = _npy_header(data, where)
                count = math.prod(shape)  # Python ints: a 10¹² claim is just a number
                size = count * dtype.itemsize
                dims = "×".join(str(d) for d in shape) or "a scalar"
                if max_elements is not None and count > max_elements:
                    raise ZipBombError(
                        f"{where}: declares {dims} = {count:,} numbers; LayerLab reads at most "
                        f"{max_elements:,} in one array"
                    )
                if size > max_bytes:
                    raise ZipBombError(
                        f"{where}: declares {dims} {dtype} ({_bytes(size)}); LayerLab reads at "
                        f"most {_bytes(max_bytes)}"
                    )
                if len(data) - offset != size:
                    raise ArchiveError(
                        f"{where}: the header declares {dims} {dtype} ({size:,} bytes) but "
                        f"{len(data) - offset:,} bytes follow; the file is damaged"
                    )
                array = np.frombuffer(data, dtype=dtype, count=count, offset=offset)
                arrays[key] = array.reshape(shape, order="F" if fortran else "C")
    except (zipfile.BadZipFile, zlib.error) as exc:
        raise ArchiveError(f"{name}: not a readable .npz file, damaged ({exc})") from None
    except FileNotFoundError:
        raise
    except UnreadableFileError as exc:
        raise ArchiveError(str(exc)) from None
    except (OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise ArchiveError(f"{name}: cannot be read ({exc})") from None
    return arrays


def _bytes(size: int) -> str:
    """1,234,567,890 → '1.1 GiB' (the figure a student can compare)."""
    value = float(size)
    for unit in ("bytes", "KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or unit == "TiB":
            return f"{value:,.0f} bytes" if unit == "bytes" else f"{value:,.2f} {unit}"
        value /= 1024
    return f"{size:,} bytes"  # pragma: no cover
