"""The user's own data: image folders (one subfolder per class) and CSV tables.

Problems in the data are reported, never guessed: unreadable images are skipped and listed;
missing values and non-numeric feature columns are listed by column and row.
"""

from __future__ import annotations

import csv
import io
import math
import os
import stat
from pathlib import Path

import numpy as np

from netcore.datasets.dataset import Dataset, scale_uint8, split_indices, standardize
from netcore.datasets.errors import DatasetError
from netcore.fileio import UnreadableFileError, check_regular_file, read_bytes_limited

#: Feature values beyond this would overflow float32 (training) or the standardising sums.
MAX_FEATURE = 1e30
MISSING = {"", "na", "n/a", "nan", "null", "none", "?", "-"}
#: A CSV's size. Classroom tables are kilobytes to a few MB; Kaggle's credit-card fraud set is
#: 150 MB. Parsed, a CSV takes ~10× its size in Python strings, so more would not fit.
MAX_CSV_BYTES = 256 << 20
#: One image file of an image folder (a phone's photo is 5–10 MB).
MAX_IMAGE_FILE_BYTES = 64 << 20
#: The images of a folder once loaded as float32 (MNIST's 70,000 take 220 MB). Checked from the
#: number of files and the chosen size before any is decoded.
MAX_DATASET_BYTES = 4 << 30


# --------------------------------------------------------------------------- image folders


def _open_image(path: Path, mode: str, size: tuple[int, int]) -> np.ndarray:
    """Decode, flatten transparency onto white, convert and resize one image (Pillow)."""
    from PIL import Image

    with _image(path) as img:
        img.load()
        if img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info):
            rgba = img.convert("RGBA")
            background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
            img = Image.alpha_composite(background, rgba)
        img = img.convert(mode)
        if img.size != (size[1], size[0]):
            img = img.resize((size[1], size[0]), Image.Resampling.LANCZOS)
        return np.asarray(img, dtype=np.uint8)


def _image(path: Path):
    """An image opened from a regular file of at most ``MAX_IMAGE_FILE_BYTES`` (a link to
    ``/dev/zero`` or a FIFO raises ``UnreadableFileError`` naming it, never hangs), refusing
    pictures past Pillow's decompression-bomb size."""
    import warnings

    from PIL import Image

    data = read_bytes_limited(path, MAX_IMAGE_FILE_BYTES, "image file")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        return Image.open(io.BytesIO(data))


def _is_colour(path: Path) -> bool:

    with _image(path) as img:
        if img.mode in ("1", "L", "LA", "I", "I;16", "F"):
            return False
        rgb = np.asarray(img.convert("RGB"), dtype=np.int16)
    return bool(np.any(rgb[..., 0] != rgb[..., 1]) or np.any(rgb[..., 1] != rgb[..., 2]))


def load_image_folder(
    folder: str | os.PathLike,
    size: tuple[int, int] = (28, 28),
    color: str = "auto",
    test_fraction: float = 0.2,
    seed: int = 0,
) -> Dataset:
    """Load ``folder/<class>/<image>`` files, the ``image_dataset_from_directory`` convention.

    Args:
        folder: The dataset folder; each subfolder is a class, named by the folder.
        size: (height, width) every image is resized to.
        color: "grayscale", "rgb", or "auto" (rgb if any image has colour).
        test_fraction: Share of each class held out as the test set.
        seed: For the test split.

    Raises:
        DatasetError: No class folders, fewer than two classes, or a class with no readable
        image (named).
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise DatasetError(f"{folder}: not a folder")
    if color not in ("auto", "grayscale", "rgb"):
        raise DatasetError(f"color must be 'auto', 'grayscale' or 'rgb', not {color!r}")
    if len(size) != 2 or min(size) < 1 or max(size) > 1024:
        raise DatasetError(f"image size must be two numbers from 1 to 1024, got {size}")
    classes = sorted(p.name for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not classes:
        raise DatasetError(
            f"{folder}: no class folders; put each class's images in its own subfolder "
            "(e.g. digits/0/*.png, digits/1/*.png)"
        )
    if len(classes) < 2:
        raise DatasetError(
            f"{folder}: only one class folder ({classes[0]}); a classifier needs at least two"
        )

    files: list[tuple[Path, int]] = []
    skipped: list[str] = []
    for label, name in enumerate(classes):
        for path in sorted((folder / name).rglob("*")):
            if path.name.startswith(".") or path.is_dir():
                continue
            try:
                check_regular_file(path)
            except OSError as exc:  # a device, a FIFO, a broken link: named, never read
                reason = str(exc).removeprefix(f"{path}: ")
                skipped.append(f"{path.relative_to(folder)} ({reason.split(';')[0]})")
                continue
            files.append((path, label))
    channels = 1 if color == "grayscale" else 3
    needed = len(files) * size[0] * size[1] * channels * 4
    if needed > MAX_DATASET_BYTES:
        raise DatasetError(
            f"{folder}: {len(files):,} images of {size[0]}×{size[1]} would take "
            f"{needed / 2**30:,.1f} GB; LayerLab loads at most {MAX_DATASET_BYTES / 2**30:,.0f} GB "
            "of images. Choose a smaller image size or fewer images."
        )

    mode = "L" if color == "grayscale" else "RGB"
    if color == "auto":
        mode = "L"
        for path, _ in files:
            try:
                if _is_colour(path):
                    mode = "RGB"
                    break
            except Exception:  # noqa: BLE001 - unreadable files are reported below
                continue

    images, labels = [], []
    for path, label in files:
        try:
            images.append(_open_image(path, mode, size))
            labels.append(label)
        except Exception:  # noqa: BLE001 - Pillow raises many kinds for broken files
            skipped.append(str(path.relative_to(folder)))

    counts = np.bincount(np.array(labels, dtype=np.int64), minlength=len(classes))
    empty = [classes[i] for i, c in enumerate(counts) if c == 0]
    if empty:
        listed = ", ".join(f"'{c}'" for c in empty)
        raise DatasetError(
            f"{folder}: class folder {listed} has no readable images; "
            "add images or remove the folder"
        )
    x = np.stack(images)
    if mode == "L":
        x = x[..., None]
    y = np.array(labels, dtype=np.int32)
    train, test = split_indices(len(x), test_fraction, seed, y)
    notes = []
    if skipped:
        shown = ", ".join(skipped[:10]) + (
            f" and {len(skipped) - 10} more" if len(skipped) > 10 else ""
        )
        notes.append(f"skipped {len(skipped)} file(s) that are not readable images: {shown}")
    return Dataset(
        name=folder.name,
        title=f"Images from {folder.name}/",
        task="classification",
        x_train=scale_uint8(x[train]),
        y_train=y[train],
        x_test=scale_uint8(x[test]),
        y_test=y[test],
        class_names=classes,
        normalization={"kind": "scale", "factor": 1 / 255, "size": list(size), "mode": mode},
        notes=notes,
    )


# --------------------------------------------------------------------------- CSV


def _to_float(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _rows_text(rows: list[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:8])
    more = f" and {len(rows) - 8} more" if len(rows) > 8 else ""
    return f"row{'s' if len(rows) > 1 else ''} {shown}{more}"


def load_csv(
    path: str | os.PathLike,
    target: str | None = None,
    task: str = "auto",
    standardize_features: bool = False,
    test_fraction: float = 0.2,
    seed: int = 0,
) -> Dataset:
    """Load a CSV table with a header row. Rows are numbered as in a spreadsheet (header = 1).

    Args:
        path: The CSV file (delimiter sniffed: comma, semicolon or tab).
        target: The column to predict (default: the last column).
        task: "classification", "regression" or "auto" (text labels, or a few distinct whole
            numbers, mean classification).
        standardize_features: Scale features to mean 0 and standard deviation 1 (training-set
            statistics).
        test_fraction: Share held out as the test set.
        seed: For the test split.

    Raises:
        DatasetError: Listing every missing value and non-numeric feature column by column and
        row, rows of the wrong length, an unknown target column.
    """
    path = Path(path)
    rows = _read_table(path)
    if len(rows) < 3:
        raise DatasetError(f"{path}: needs a header row and at least two data rows")
    header = [h.strip() for h in rows[0]]
    data = rows[1:]
    problems: list[str] = []
    for i, row in enumerate(data):
        if len(row) != len(header):
            problems.append(
                f"{path}: row {i + 2} has {len(row)} values, the header has {len(header)} columns"
            )
    if problems:
        raise DatasetError("\n".join(problems[:20]))
    if target is None:
        target = header[-1]
    if target not in header:
        raise DatasetError(f"{path}: no column named {target!r}; columns: {', '.join(header)}")
    if task not in ("auto", "classification", "regression"):
        raise DatasetError(f"task must be 'auto', 'classification' or 'regression', not {task!r}")
    t_index = header.index(target)
    feature_idx = [i for i in range(len(header)) if i != t_index]
    if not feature_idx:
        raise DatasetError(f"{path}: no feature columns besides the target {target!r}")

    features = np.empty((len(data), len(feature_idx)), dtype=np.float64)
    for j, col in enumerate(feature_idx):
        missing, bad = [], []
        for i, row in enumerate(data):
            cell = row[col].strip()
            if cell.lower() in MISSING:
                missing.append(i + 2)
                continue
            value = _to_float(cell)
            if value is None or abs(value) > MAX_FEATURE:  # beyond float32, or overflowing sums
                bad.append((i + 2, cell))
            else:
                features[i, j] = value
        name = header[col]
        if missing:
            problems.append(
                f"{path}: column '{name}' has missing values in {_rows_text(missing)}; "
                "fill them in or remove those rows"
            )
        if bad:
            row, cell = bad[0]
            huge = _to_float(cell) is not None
            what = f"has numbers beyond ±{MAX_FEATURE:g}" if huge else "is not numeric"
            fix = "scale the column down" if huge else "encode it as numbers or remove the column"
            problems.append(
                f"{path}: column '{name}' {what} (row {row}: {cell!r}, "
                f"{len(bad)} such row{'s' if len(bad) > 1 else ''}); {fix}"
            )
    labels = [row[t_index].strip() for row in data]
    missing_t = [i + 2 for i, v in enumerate(labels) if v.lower() in MISSING]
    if missing_t:
        problems.append(
            f"{path}: target column '{target}' has missing values in {_rows_text(missing_t)}"
        )
    if problems:
        raise DatasetError("\n".join(problems))

    numeric = [_to_float(v) for v in labels]
    all_numeric = all(v is not None for v in numeric)
    if task == "auto":
        whole = all_numeric and all(float(v).is_integer() for v in numeric)
        distinct = len(set(labels))
        task = "classification" if (not all_numeric or (whole and distinct <= 20)) else "regression"
    if task == "regression":
        if not all_numeric:
            row = next(i + 2 for i, v in enumerate(numeric) if v is None)
            raise DatasetError(
                f"{path}: target column '{target}' is not numeric "
                f"(row {row}: {labels[row - 2]!r}); regression needs numbers, "
                "or use task 'classification'"
            )
        y = np.array(numeric, dtype=np.float32)
        class_names: list[str] = []
    else:
        if all_numeric:
            class_names = sorted(set(labels), key=lambda v: float(v))
        else:
            class_names = sorted(set(labels))
        index = {name: k for k, name in enumerate(class_names)}
        y = np.array([index[v] for v in labels], dtype=np.int32)
        if len(class_names) < 2:
            raise DatasetError(
                f"{path}: target column '{target}' has only one class ({class_names[0]!r})"
            )

    stratify = y if task == "classification" else None
    train, test = split_indices(len(y), test_fraction, seed, stratify)
    x_train, x_test = features[train], features[test]
    if standardize_features:
        (x_train, x_test), norm = standardize(x_train, x_test)
    else:
        x_train, x_test = x_train.astype(np.float32), x_test.astype(np.float32)
        norm = {"kind": "none"}
    return Dataset(
        name=path.stem,
        title=path.name,
        task=task,
        x_train=x_train,
        y_train=y[train],
        x_test=x_test,
        y_test=y[test],
        class_names=class_names,
        normalization=norm,
        feature_names=[header[i] for i in feature_idx],
    )


def csv_preview(path: str | os.PathLike, rows: int = 6) -> tuple[list[str], list[list[str]]]:
    """The header and the first ``rows`` data rows of a CSV, for choosing the target column.

    Raises:
        DatasetError: The file cannot be read as a table with a header.
    """
    table = _read_table(Path(path), limit=65536)
    if not table:
        raise DatasetError(f"{path}: empty; a CSV needs a header row and data rows")
    return [h.strip() for h in table[0]], table[1 : rows + 1]


def _read_table(path: Path, limit: int = -1) -> list[list[str]]:
    """The non-empty rows of a CSV (delimiter sniffed: comma, semicolon or tab), reading at
    most ``limit`` characters (all with -1)."""
    try:
        if limit < 0:
            data = read_bytes_limited(path, MAX_CSV_BYTES, "CSV file")
        else:
            data = _read_start(path, limit * 4)  # at most 4 bytes a character in UTF-8
        text = data.decode("utf-8-sig", errors="strict" if limit < 0 else "ignore")
        if limit >= 0:
            text = text[:limit]
    except FileNotFoundError:
        raise DatasetError(f"{path}: no such file") from None
    except UnreadableFileError as exc:
        raise DatasetError(str(exc)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"{path}: cannot be read as text ({exc})") from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = []
    try:
        for row in csv.reader(text.splitlines(), dialect):
            if any(c.strip() for c in row):
                rows.append(row)
    except csv.Error as exc:  # e.g. a field over csv's 128 KB limit
        raise DatasetError(f"{path}: row {len(rows) + 1} cannot be read as CSV ({exc})") from None
    return rows


def _read_start(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of a regular file (a preview of a large CSV), opened without
    blocking so that a FIFO is refused, not waited on."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            check_regular_file(path)  # raises with the kind of file
        return os.read(fd, size)
    finally:
        os.close(fd)
