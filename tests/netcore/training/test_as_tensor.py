"""The data as tensors once: the same values, dtype and shape whatever the array's layout,
one copy (not three) at the peak."""

import numpy as np
import pytest

from netcore.training.kerasparts import as_tensor


@pytest.mark.parametrize(
    "array",
    [
        np.arange(24, dtype=np.float32).reshape(2, 3, 4),
        np.arange(10, dtype=np.int32),
        np.arange(5, dtype=np.int64),
        np.zeros((0, 3), np.float32),
        np.arange(12.0).reshape(3, 4)[:, ::2],  # not contiguous
        np.array([True, False]),
    ],
)
def test_a_tensor_holds_the_array_s_values(array):
    tensor = as_tensor(array)
    assert tuple(tensor.shape) == array.shape
    assert tensor.dtype.as_numpy_dtype == array.dtype
    np.testing.assert_array_equal(tensor.numpy(), array)


def test_a_memory_mapped_array_is_copied_in_slices_and_owned(tmp_path):
    path = tmp_path / "x.npy"
    np.save(path, np.arange(3000, dtype=np.float32).reshape(1000, 3))
    mapped = np.load(path, mmap_mode="r")
    tensor = as_tensor(mapped, chunk_bytes=1000)  # many slices
    del mapped
    path.unlink()  # the tensor no longer needs the file
    np.testing.assert_array_equal(tensor.numpy()[-1], [2997, 2998, 2999])


def test_changing_the_source_afterwards_leaves_the_tensor_alone():
    array = np.ones((4, 4), np.float32)
    tensor = as_tensor(array)
    array[:] = 7
    assert float(tensor.numpy().sum()) == 16.0


def test_one_copy_at_the_peak():
    """64 MB of data: the peak grows by about one copy (it grew by three before)."""
    import subprocess
    import sys

    code = (
        "import numpy as np, resource\n"
        "from netcore.models import tfruntime\n"
        "tfruntime.tensorflow()\n"
        "from netcore.training.kerasparts import as_tensor\n"
        "a = np.ones((16 << 20,), np.float32)\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "t = as_tensor(a)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    grown_kb = int(out.stdout.strip().splitlines()[-1])
    assert grown_kb < 1.5 * 65536, grown_kb
