"""MNIST-family datasets from IDX files: the bundled MNIST, Fashion-MNIST where it is installed,
and a user's own IDX folder or Keras ``mnist.npz``."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import numpy as np

from netcore.datasets.cache import cached_arrays
from netcore.datasets.dataset import Dataset, scale_uint8
from netcore.datasets.errors import DatasetError
from netcore.datasets.idx import MAX_IDX_BYTES, read_header, read_idx
from netcore.resources import resource_path

IDX_FILES = {
    "x_train": "train-images-idx3-ubyte",
    "y_train": "train-labels-idx1-ubyte",
    "x_test": "t10k-images-idx3-ubyte",
    "y_test": "t10k-labels-idx1-ubyte",
}

DIGITS = [str(d) for d in range(10)]
FASHION_CLASSES = [
    "T-shirt/top",
    "Trouser",
    "Pullover",
    "Dress",
    "Coat",
    "Sandal",
    "Shirt",
    "Sneaker",
    "Bag",
    "Ankle boot",
]
MNIST_CREDIT = (
    "MNIST database by Yann LeCun, Corinna Cortes and Christopher J.C. Burges, "
    "Creative Commons Attribution-Share Alike 3.0 (CC BY-SA 3.0)."
)
FASHION_CREDIT = (
    "Fashion-MNIST by Zalando Research (Han Xiao, Kashif Rasul, Roland Vollgraf), MIT license."
)


def mnist_dir() -> Path:
    return resource_path("datasets", "mnist")


def fashion_mnist_dirs() -> list[Path]:
    """Where Fashion-MNIST is looked for: the Keras cache, then Debian's package."""
    keras_home = Path(os.environ.get("KERAS_HOME", Path.home() / ".keras"))
    return [keras_home / "datasets" / "fashion-mnist", Path("/usr/share/datasets/fashion-mnist")]


def find_idx_files(folder: Path) -> dict[str, Path] | None:
    """The four IDX files in ``folder`` (gz or raw; '-' or '.' before 'idx'), or None."""
    found = {}
    for key, stem in IDX_FILES.items():
        candidates = [stem, stem.replace("-idx", ".idx")]
        for name in candidates:
            for suffix in (".gz", ""):
                if (folder / (name + suffix)).is_file():
                    found[key] = folder / (name + suffix)
                    break
            if key in found:
                break
    return found if len(found) == 4 else None


def load_idx_folder(
    folder: str | os.PathLike,
    name: str,
    title: str,
    class_names: list[str] | None = None,
    credit: str = "",
) -> Dataset:
    """Load a train/test pair of IDX image and label files (MNIST layout)."""
    folder = Path(folder)
    files = find_idx_files(folder)
    if files is None:
        wanted = ", ".join(f"{s}.gz" for s in IDX_FILES.values())
        raise DatasetError(f"{folder}: does not hold the four IDX files ({wanted})")
    sources = [files[k] for k in IDX_FILES]

    def decode():
        raw = {key: read_idx(path) for key, path in files.items()}
        return _decoded_arrays(raw, str(folder))

    arrays = cached_arrays(sources, "idx-float32-v1", decode)
    return _dataset(arrays, name, title, class_names, credit, str(folder))


#: An ``.npz`` dataset once unpacked, as for one IDX file (EMNIST's largest split is ~640 MB).
MAX_NPZ_BYTES = MAX_IDX_BYTES


def load_npz(path: str | os.PathLike, name: str | None = None) -> Dataset:
    """A Keras-cache style ``mnist.npz`` (x_train, y_train, x_test, y_test).

    Each array is checked from its ``.npy`` header (shape × item size) and the archive from its
    declared sizes before anything is allocated (``netcore.zipcheck.read_npz``).
    """
    from netcore.zipcheck import ArchiveError, ZipBombError, read_npz

    path = Path(path)
    try:
        arrays = read_npz(path, str(path), max_bytes=MAX_NPZ_BYTES)
    except FileNotFoundError:
        raise DatasetError(f"{path}: no such file") from None
    except (ZipBombError, ArchiveError, OSError) as exc:
        raise DatasetError(str(exc)) from None
    except zipfile.BadZipFile as exc:
        raise DatasetError(f"{path}: not a readable .npz file ({exc})") from None
    missing = [k for k in IDX_FILES if k not in arrays]
    if missing:
        raise DatasetError(
            f"{path}: missing arrays {', '.join(missing)} "
            "(expected x_train, y_train, x_test, y_test as in Keras's mnist.npz)"
        )
    arrays = {k: arrays[k] for k in IDX_FILES}
    decoded = _decoded_arrays(arrays, str(path))
    return _dataset(decoded, name or path.stem, path.name, None, "", str(path))


def _decoded_arrays(arrays: dict[str, np.ndarray], where: str) -> dict[str, np.ndarray]:
    """Check image/label arrays and turn them into float32 images in [0, 1] with a channel
    axis and int32 labels."""
    x_train, y_train, x_test, y_test = (arrays[k] for k in IDX_FILES)
    for split, x, y in (("train", x_train, y_train), ("test", x_test, y_test)):
        if x.ndim not in (3, 4) or y.ndim != 1:
            raise DatasetError(
                f"{where}: {split} images must be (n, height, width[, channels]) and labels (n,); "
                f"got {x.shape} and {y.shape}"
            )
        if len(x) != len(y):
            raise DatasetError(
                f"{where}: {len(x):,} {split} images but {len(y):,} {split} labels; they must match"
            )
    if x_train.shape[1:] != x_test.shape[1:]:
        raise DatasetError(
            f"{where}: train images are {x_train.shape[1:]} but test images are {x_test.shape[1:]}"
        )
    if x_train.ndim == 3:
        x_train, x_test = x_train[..., None], x_test[..., None]
    check_labels(y_train, f"{where}: train labels")
    check_labels(y_test, f"{where}: test labels")
    if x_train.dtype == np.uint8:
        x_train, x_test = scale_uint8(x_train), scale_uint8(x_test)
        scale = np.float32(1 / 255)
    else:
        x_train, x_test = x_train.astype(np.float32), x_test.astype(np.float32)
        scale = np.float32(1)
    return {
        "x_train": x_train,
        "y_train": y_train.astype(np.int32),
        "x_test": x_test,
        "y_test": y_test.astype(np.int32),
        "scale": np.array([scale], dtype=np.float32),
    }


MAX_CLASSES = 1000


def check_labels(labels: np.ndarray, where: str) -> None:
    """Class labels must be whole numbers from 0 to MAX_CLASSES − 1; the first bad one is named
    by its row (a NaN or a label of 2,000,000,000 would otherwise be cast, or allocate
    billions of class names).

    Raises:
        DatasetError: Naming the row and the value.
    """
    y = np.asarray(labels)
    if y.dtype.kind == "f":
        bad = np.flatnonzero(~np.isfinite(y) | (y != np.round(y)))
        if bad.size:
            raise DatasetError(
                f"{where}: row {bad[0] + 1} holds {y[bad[0]].item()!r}, not a class number"
            )
    elif y.dtype.kind not in "iub":
        raise DatasetError(f"{where}: labels must be class numbers, not {y.dtype}")
    if y.size == 0:
        return
    bad = np.flatnonzero((y < 0) | (y >= MAX_CLASSES))
    if bad.size:
        raise DatasetError(
            f"{where}: row {bad[0] + 1} holds {y[bad[0]].item()!r}; labels must be class "
            f"numbers from 0 to {MAX_CLASSES - 1}"
        )


def _dataset(arrays, name, title, class_names, credit, where) -> Dataset:
    n_classes = int(max(arrays["y_train"].max(initial=0), arrays["y_test"].max(initial=0))) + 1
    names = class_names or [str(i) for i in range(n_classes)]
    scale = float(arrays["scale"][0])
    norm = {"kind": "scale", "factor": scale} if scale != 1 else {"kind": "none"}
    return Dataset(
        name=name,
        title=title,
        task="classification",
        x_train=arrays["x_train"],
        y_train=np.asarray(arrays["y_train"]),
        x_test=arrays["x_test"],
        y_test=np.asarray(arrays["y_test"]),
        class_names=names,
        normalization=norm,
        credit=credit,
    )


def load_mnist() -> Dataset:
    """The full MNIST shipped with LayerLab (60,000 + 10,000 digits)."""
    return load_idx_folder(mnist_dir(), "mnist", "MNIST handwritten digits", DIGITS, MNIST_CREDIT)


INK_TRAIN, INK_TEST = 12_000, 2_000


def load_mnist_ink() -> Dataset:
    """MNIST digits with their own ink as the target: a mask per digit (pixel ≥ 0.5 of full
    brightness → 1), for segmentation networks like the U-Net. A subset sized for a classroom
    machine: the first 12,000 training and 2,000 test digits."""
    digits = load_mnist()

    def mask(x):
        return (x >= 0.5).astype(np.float32)

    x_train, x_test = digits.x_train[:INK_TRAIN], digits.x_test[:INK_TEST]
    return Dataset(
        name="mnist_ink",
        title="MNIST ink masks (segmentation)",
        task="segmentation",
        x_train=x_train,
        y_train=mask(x_train),
        x_test=x_test,
        y_test=mask(x_test),
        normalization=digits.normalization,
        notes=[f"the first {INK_TRAIN:,} training and {INK_TEST:,} test digits of MNIST"],
        credit=digits.credit,
    )


def find_fashion_mnist() -> Path | None:
    for folder in fashion_mnist_dirs():
        if find_idx_files(folder):
            return folder
    return None


def load_fashion_mnist() -> Dataset:
    folder = find_fashion_mnist()
    if folder is None:
        raise DatasetError("Fashion-MNIST is not installed on this machine; " + FASHION_HOWTO)
    return load_idx_folder(
        folder, "fashion_mnist", "Fashion-MNIST clothing", FASHION_CLASSES, FASHION_CREDIT
    )


FASHION_HOWTO = (
    "install Debian's package (sudo apt install dataset-fashion-mnist) or put the four "
    "*-ubyte.gz files in ~/.keras/datasets/fashion-mnist/ (where keras.datasets.fashion_mnist "
    "caches them)"
)


def idx_summary(folder: Path) -> dict:
    """Shapes and sizes from the IDX headers, and per-class counts from the small label files,
    without decoding the images."""
    files = find_idx_files(folder)
    if files is None:
        raise DatasetError(f"{folder}: IDX files missing")
    _, train_shape = read_header(files["x_train"])
    _, test_shape = read_header(files["x_test"])
    labels = read_idx(files["y_train"])
    check_labels(labels, f"{files['y_train']}")
    counts = np.bincount(labels).astype(int).tolist()
    shape = list(train_shape[1:]) + ([1] if len(train_shape) == 3 else [])
    return {
        "input_shape": shape,
        "train_samples": int(train_shape[0]),
        "test_samples": int(test_shape[0]),
        "num_classes": len(counts),
        "class_counts": counts,
    }
