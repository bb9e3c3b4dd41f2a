"""A general reader for the IDX format (MNIST, Fashion-MNIST, EMNIST, ...), gzip or raw.

IDX layout: two zero bytes, a dtype code, the number of dimensions; then one big-endian int32
per dimension; then the data, row-major, big-endian. Truncated or inconsistent files are
refused with a message that says what the header promised and what the file holds.
"""

from __future__ import annotations

import gzip
import math
import os
import struct
import zlib
from pathlib import Path

import numpy as np

from netcore.datasets.errors import DatasetError
from netcore.fileio import UnreadableFileError, check_regular_file

#: IDX dtype codes → NumPy dtypes (big-endian as stored).
IDX_DTYPES = {
    0x08: np.dtype(np.uint8),
    0x09: np.dtype(np.int8),
    0x0B: np.dtype(">i2"),
    0x0C: np.dtype(">i4"),
    0x0D: np.dtype(">f4"),
    0x0E: np.dtype(">f8"),
}


#: The most one IDX file may hold once decompressed (EMNIST's largest split is ~640 MB); a
#: header promising more is refused before anything is allocated.
MAX_IDX_BYTES = 1 << 30


def _open(path: Path):
    """The file as a stream of IDX bytes: gzip is decompressed as it is read (never more than
    is asked for), so a small file that expands enormously costs nothing."""
    try:
        check_regular_file(path)  # a FIFO would block the open, /dev/zero never ends
        with open(path, "rb") as fh:
            gz = fh.read(2) == b"\x1f\x8b"
    except FileNotFoundError:
        raise DatasetError(f"{path}: no such file") from None
    except UnreadableFileError as exc:
        raise DatasetError(str(exc)) from None
    except OSError as exc:
        raise DatasetError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return gzip.open(path, "rb") if gz else open(path, "rb")


def read_header(path: str | os.PathLike) -> tuple[np.dtype, tuple[int, ...]]:
    """The dtype and shape an IDX file declares, reading as little as possible."""
    path = Path(path)
    try:
        check_regular_file(path)
        with open(path, "rb") as fh:
            opener = gzip.open if fh.read(2) == b"\x1f\x8b" else open
    except UnreadableFileError as exc:
        raise DatasetError(str(exc)) from None
    except OSError as exc:
        raise DatasetError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        with opener(path, "rb") as fh:
            head = fh.read(4)
            dtype, ndim = _parse_magic(path, head)
            dims_raw = fh.read(4 * ndim)
    except (OSError, EOFError, zlib.error) as exc:
        raise DatasetError(f"{path}: cannot be read as IDX ({exc})") from None
    if len(dims_raw) < 4 * ndim:
        raise DatasetError(f"{path}: truncated IDX header")
    return dtype, struct.unpack(f">{ndim}i", dims_raw)


def _parse_magic(path: Path, head: bytes) -> tuple[np.dtype, int]:
    if len(head) < 4:
        raise DatasetError(f"{path}: too short to be an IDX file ({len(head)} bytes)")
    if head[0] != 0 or head[1] != 0:
        raise DatasetError(
            f"{path}: not an IDX file (magic number {head.hex()}; IDX files start with 0000)"
        )
    code, ndim = head[2], head[3]
    if code not in IDX_DTYPES:
        known = ", ".join(f"0x{c:02X}" for c in IDX_DTYPES)
        raise DatasetError(f"{path}: unknown IDX data type 0x{code:02X} (known: {known})")
    if ndim == 0:
        raise DatasetError(f"{path}: IDX header declares 0 dimensions")
    return IDX_DTYPES[code], ndim


def read_idx(path: str | os.PathLike) -> np.ndarray:
    """Read a whole IDX file (``.gz`` or raw) into an array of its declared shape.

    Raises:
        DatasetError: Not IDX, unknown dtype, truncated, declaring more than ``MAX_IDX_BYTES``,
        or with bytes beyond the declared data.
    """
    path = Path(path)
    try:
        with _open(path) as fh:
            dtype, ndim = _parse_magic(path, fh.read(4))
            dims_raw = fh.read(4 * ndim)
            if len(dims_raw) < 4 * ndim:
                raise DatasetError(f"{path}: truncated IDX header")
            dims = struct.unpack(f">{ndim}i", dims_raw)
            if any(d < 0 for d in dims):
                raise DatasetError(f"{path}: IDX header declares a negative size {dims}")
            expected = math.prod(dims) * dtype.itemsize  # Python ints: no overflow
            shape_text = "×".join(str(d) for d in dims)
            if expected > MAX_IDX_BYTES:
                raise DatasetError(
                    f"{path}: the header declares {shape_text} values ({expected:,} bytes), "
                    f"more than the {MAX_IDX_BYTES:,} bytes LayerLab reads from one IDX file"
                )
            data = fh.read(expected)
            extra = len(fh.read(1 << 20)) if len(data) == expected else 0
    except (OSError, EOFError, zlib.error) as exc:
        raise DatasetError(f"{path}: damaged or truncated gzip data ({exc})") from None
    found = len(data)
    if found < expected:
        raise DatasetError(
            f"{path}: truncated IDX file: the header promises {shape_text} values "
            f"({expected:,} bytes) but only {found:,} bytes follow"
        )
    if extra:
        more = f"{extra:,}" if extra < 1 << 20 else "over 1,048,576"
        raise DatasetError(
            f"{path}: inconsistent IDX file: {more} bytes more than the {shape_text} values the "
            "header declares"
        )
    array = np.frombuffer(data, dtype=dtype, count=expected // dtype.itemsize)
    return array.reshape(dims).astype(dtype.newbyteorder("="), copy=False)


def write_idx(path: str | os.PathLike, array: np.ndarray, compress: bool | None = None) -> None:
    """Write an array as IDX (gzip when the name ends in .gz); used for users' own data and
    for tests."""
    path = Path(path)
    codes = {v.newbyteorder("="): k for k, v in IDX_DTYPES.items()}
    native = np.dtype(array.dtype).newbyteorder("=")
    if native not in codes:
        raise DatasetError(
            f"IDX cannot store {array.dtype}; use uint8, int8, int16, int32, float32 or float64"
        )
    code = codes[native]
    big = np.ascontiguousarray(array, dtype=IDX_DTYPES[code])
    payload = (
        bytes([0, 0, code, array.ndim])
        + struct.pack(f">{array.ndim}i", *array.shape)
        + big.tobytes()
    )
    compress = path.suffix == ".gz" if compress is None else compress
    from netcore.fileio import atomic_write_bytes

    atomic_write_bytes(path, gzip.compress(payload, compresslevel=6) if compress else payload)
