"""The IDX reader: every dtype, gz or raw, and clear refusals of broken files."""

import gzip
import struct

import numpy as np
import pytest

from netcore.datasets.errors import DatasetError
from netcore.datasets.idx import read_header, read_idx, write_idx


@pytest.mark.parametrize("dtype", [np.uint8, np.int8, np.int16, np.int32, np.float32, np.float64])
@pytest.mark.parametrize("suffix", [".gz", ""])
def test_round_trip_every_dtype(tmp_path, dtype, suffix):
    array = (np.arange(2 * 3 * 4) - 5).astype(dtype).reshape(2, 3, 4)
    path = tmp_path / f"a.idx{suffix}"
    write_idx(path, array)
    back = read_idx(path)
    assert back.dtype == np.dtype(dtype)
    np.testing.assert_array_equal(back, array)
    header_dtype, shape = read_header(path)
    assert shape == (2, 3, 4) and header_dtype.kind == np.dtype(dtype).kind


def test_big_endian_values_are_decoded(tmp_path):
    path = tmp_path / "labels.idx"
    path.write_bytes(bytes([0, 0, 0x0C, 1]) + struct.pack(">i", 3) + struct.pack(">3i", 1, 256, -2))
    np.testing.assert_array_equal(read_idx(path), [1, 256, -2])


def _mnist_like(tmp_path, n=5):
    path = tmp_path / "imgs-idx3-ubyte.gz"
    write_idx(path, np.zeros((n, 28, 28), dtype=np.uint8))
    return path


def test_truncated_file_says_what_was_promised(tmp_path):
    path = _mnist_like(tmp_path)
    raw = gzip.decompress(path.read_bytes())
    path.write_bytes(gzip.compress(raw[:-100]))
    with pytest.raises(
        DatasetError,
        match=r"truncated IDX file: the header promises 5×28×28 values \(3,920 bytes\) but only 3,820 bytes follow",
    ):
        read_idx(path)


def test_extra_bytes_are_inconsistent(tmp_path):
    path = tmp_path / "x.idx"
    path.write_bytes(bytes([0, 0, 8, 1]) + struct.pack(">i", 2) + b"\x01\x02\x03")
    with pytest.raises(DatasetError, match="inconsistent IDX file: 1 bytes more than the 2 values"):
        read_idx(path)


def test_damaged_gzip(tmp_path):
    path = _mnist_like(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DatasetError, match="damaged or truncated gzip data"):
        read_idx(path)


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"\x89PNG\r\n\x1a\n", "not an IDX file"),
        (bytes([0, 0, 0x07, 1, 0, 0, 0, 1, 5]), "unknown IDX data type 0x07"),
        (bytes([0, 0, 8, 0]), "declares 0 dimensions"),
        (bytes([0, 0, 8, 3, 0, 0]), "truncated IDX header"),
        (b"\x00", "too short to be an IDX file"),
    ],
)
def test_not_idx(tmp_path, payload, message):
    path = tmp_path / "bad.idx"
    path.write_bytes(payload)
    with pytest.raises(DatasetError, match=message):
        read_idx(path)


def test_missing_file(tmp_path):
    with pytest.raises(DatasetError, match="no such file"):
        read_idx(tmp_path / "nope.gz")


def test_a_gzip_bomb_is_refused_from_its_header_without_decompressing(tmp_path):
    """Hardening: a 4 MB gzip expanding to 4 GiB was decompressed without limit."""
    import gzip
    import resource

    path = tmp_path / "bomb-idx3-ubyte.gz"
    header = bytes([0, 0, 8, 3]) + struct.pack(">3i", 2_000_000, 1024, 1024)
    with gzip.open(path, "wb", compresslevel=9) as fh:
        fh.write(header)
        zeros = bytes(1 << 20)
        for _ in range(64):  # 64 MiB of zeros: a small file, a huge promise
            fh.write(zeros)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(DatasetError, match="more than the 1,073,741,824 bytes"):
        read_idx(path)
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kb < 50_000


def test_dimensions_that_overflow_are_refused_not_wrapped(tmp_path):
    path = tmp_path / "x.idx"
    path.write_bytes(bytes([0, 0, 8, 3]) + struct.pack(">3i", 2**31 - 1, 2**31 - 1, 2**31 - 1))
    with pytest.raises(DatasetError, match="more than the"):
        read_idx(path)


def test_a_label_of_two_billion_is_refused_with_its_row(tmp_path):
    """Hardening: one label of 2,000,000,000 built 2e9 class names (23 GB, OOM-killed)."""
    import numpy as np

    from netcore.datasets.mnist import load_idx_folder

    images = np.zeros((3, 4, 4), dtype=np.uint8)
    write_idx(tmp_path / "train-images-idx3-ubyte", images)
    write_idx(tmp_path / "t10k-images-idx3-ubyte", images)
    write_idx(tmp_path / "train-labels-idx1-ubyte", np.array([0, 2_000_000_000, 1], dtype=np.int32))
    write_idx(tmp_path / "t10k-labels-idx1-ubyte", np.array([0, 1, 1], dtype=np.uint8))
    with pytest.raises(DatasetError, match="row 2 holds 2000000000; labels must be class numbers"):
        load_idx_folder(tmp_path, "own", "own")


def test_nan_labels_are_refused_with_their_row(tmp_path):
    import numpy as np

    from netcore.datasets.mnist import check_labels

    with pytest.raises(DatasetError, match="row 3 holds nan, not a class number"):
        check_labels(np.array([0.0, 1.0, np.nan]), "y")
    with pytest.raises(DatasetError, match="row 1 holds -1"):
        check_labels(np.array([-1, 0]), "y")
