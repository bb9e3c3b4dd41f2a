"""Turning a drawing or a photo of a digit into what an MNIST network expects.

MNIST's own recipe (LeCun et al.): grey levels, white ink on black, the digit's bounding box
scaled so its longer side is 20 pixels (aspect ratio kept, antialiased), placed in a 28×28
field so that its centre of mass is at the centre. Real drawings are off-centre, small or large,
thin or thick, either polarity: without this a network trained on MNIST guesses badly.

Pillow does the reading, colour conversion and resampling; SciPy the centre of mass and the
shift. Values are floats in 0…1 like the bundled MNIST (``scale_uint8``).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import numpy as np

from netcore.fileio import UnreadableFileError, read_bytes_limited

MNIST_SIZE = 28
DIGIT_BOX = 20
INK = 0.1  # a pixel at least this bright (after polarity and background removal) is ink


class PreprocessError(ValueError):
    """The image cannot be read or used (says which file and why)."""


#: Larger pictures are refused before decoding (a 20,000 × 20,000 PNG is a few kilobytes).
MAX_PIXELS = 25_000_000
#: An image file's size: a phone's photo is 5–10 MB; a file past this is not a drawing.
MAX_IMAGE_FILE_BYTES = 64 << 20


def read_grey(path: str | os.PathLike) -> np.ndarray:
    """An image file as grey levels in 0…1, (H, W). Transparent images use their alpha as ink.

    Raises:
        PreprocessError: The file is missing or not an image Pillow can read.
    """
    import warnings

    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    try:
        # a regular file of at most MAX_IMAGE_FILE_BYTES: a link to /dev/zero or a FIFO is
        # refused with its name, not read forever
        data = read_bytes_limited(path, MAX_IMAGE_FILE_BYTES, "image file")
    except FileNotFoundError:
        raise PreprocessError(f"{path}: no such file") from None
    except UnreadableFileError as exc:
        raise PreprocessError(str(exc)) from None
    except OSError as exc:
        raise PreprocessError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        with warnings.catch_warnings():
            # a picture of more than MAX_PIXELS is refused, not decoded into gigabytes
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
        with image:
            if image.width * image.height > MAX_PIXELS:
                raise PreprocessError(
                    f"{path}: {image.width}×{image.height} pixels is far too large for a drawing "
                    f"(at most {MAX_PIXELS:,} pixels); scale it down first"
                )
            image.load()
            if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
                rgba = image.convert("RGBA")
                alpha = np.asarray(rgba.getchannel("A"), dtype=np.float32) / 255
                if alpha.min() < 0.99:  # strokes on a transparent background: alpha is the ink
                    return alpha
            return np.asarray(image.convert("L"), dtype=np.float32) / 255
    except FileNotFoundError:
        raise PreprocessError(f"{path}: no such file") from None
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        raise PreprocessError(f"{path}: refused as a decompression bomb ({exc})") from None
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise PreprocessError(
            f"{path}: not an image LayerLab can read (PNG, JPEG, BMP, GIF): {exc}"
        ) from None


def to_white_on_black(grey: np.ndarray) -> np.ndarray:
    """Ink bright, background 0: inverts dark-on-light input (judged by the border, which is
    background in any sensible drawing) and removes a grey background level."""
    grey = np.asarray(grey, dtype=np.float32)
    border = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
    if np.median(border) > 0.5:
        grey = 1.0 - grey
        border = 1.0 - border
    background = float(np.median(border))
    peak = float(grey.max())
    if peak - background < INK:
        return np.zeros_like(grey)
    return np.clip((grey - background) / (peak - background), 0.0, 1.0)


def is_empty(grey: np.ndarray) -> bool:
    """True when there is no ink at all (an empty canvas)."""
    return not bool((to_white_on_black(grey) >= INK).any())


def mnist_style(grey: np.ndarray) -> np.ndarray | None:
    """MNIST's recipe on a grey image of any size and polarity → (28, 28) in 0…1, or None when
    there is no ink (an empty drawing has no prediction and is not an error)."""
    from PIL import Image
    from scipy import ndimage

    ink = to_white_on_black(grey)
    rows = np.flatnonzero((ink >= INK).any(axis=1))
    cols = np.flatnonzero((ink >= INK).any(axis=0))
    if not len(rows):
        return None
    box = ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    h, w = box.shape
    scale = DIGIT_BOX / max(h, w)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    resized = Image.fromarray((box * 255).astype(np.uint8)).resize(
        size, Image.Resampling.LANCZOS, reducing_gap=3.0
    )
    digit = np.asarray(resized, dtype=np.float32) / 255
    field = np.zeros((MNIST_SIZE, MNIST_SIZE), dtype=np.float32)
    top, left = (MNIST_SIZE - digit.shape[0]) // 2, (MNIST_SIZE - digit.shape[1]) // 2
    field[top : top + digit.shape[0], left : left + digit.shape[1]] = digit
    cy, cx = ndimage.center_of_mass(field)
    centre = (MNIST_SIZE - 1) / 2
    shifted = ndimage.shift(field, (centre - cy, centre - cx), order=1, mode="constant")
    return np.clip(shifted, 0.0, 1.0).astype(np.float32)


def plain_resize(grey: np.ndarray, size: int | tuple[int, int] = MNIST_SIZE) -> np.ndarray:
    """The naive alternative (for comparison): polarity fixed, whole image resized to 28×28
    (or ``size`` = (width, height))."""
    from PIL import Image

    ink = to_white_on_black(grey)
    size = (size, size) if isinstance(size, int) else size
    image = Image.fromarray((ink * 255).astype(np.uint8)).resize(size, Image.Resampling.LANCZOS)
    return np.asarray(image, dtype=np.float32) / 255


def for_network(grey: np.ndarray, input_shape: tuple[int, ...]) -> np.ndarray | None:
    """A grey image prepared for a network's input: MNIST's recipe for 28×28×1 (or 28×28)
    inputs, a plain resize for other image sizes. None when the image is empty.

    Raises:
        PreprocessError: The network does not take an image.
    """
    shape = tuple(input_shape)
    if shape in ((28, 28, 1), (28, 28)):
        digit = mnist_style(grey)
        return None if digit is None else digit.reshape(shape)
    if (len(shape) == 3 and shape[-1] in (1, 3)) or len(shape) == 2:
        if is_empty(grey):
            return None
        image = plain_resize(grey, size=(shape[1], shape[0]))
        if len(shape) == 3 and shape[-1] == 3:
            return np.repeat(image[..., None], 3, axis=-1)
        return image.reshape(shape)
    raise PreprocessError(
        f"the network takes {shape}, not an image; images need an input of shape "
        "(height, width, channels)"
    )


def load_for_network(path: str | os.PathLike, input_shape: tuple[int, ...]) -> np.ndarray:
    """Read an image file and prepare it for the network.

    Raises:
        PreprocessError: Unreadable file, empty image, or a network that takes no images.
    """
    x = for_network(read_grey(path), input_shape)
    if x is None:
        raise PreprocessError(f"{path}: the image is blank (no strokes found)")
    return x


def save_example(image: np.ndarray, folder: str | os.PathLike, label: str) -> Path:
    """Save a prepared image (28×28, white on black, like MNIST) as a PNG in ``folder/label/``,
    the layout the image-folder dataset loader reads. Written atomically; never overwrites.

    Raises:
        PreprocessError: The label is not a usable folder name, or the folder is not writable.
    """
    from datetime import datetime

    from PIL import Image

    from netcore.fileio import atomic_path

    label = str(label).strip()
    if not label or any(c in label for c in '/\\:*?"<>|') or label in (".", ".."):
        raise PreprocessError(f"class name {label!r} cannot be a folder name; use e.g. 0…9")
    target = Path(folder) / label
    try:
        target.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        path = target / f"drawing-{stamp}.png"
        pixels = (np.clip(np.asarray(image, dtype=np.float32).squeeze(), 0, 1) * 255).round()
        with atomic_path(path) as tmp:
            Image.fromarray(pixels.astype(np.uint8)).save(tmp, format="PNG")
    except OSError as exc:
        raise PreprocessError(f"cannot save into {target}: {exc.strerror or exc}") from None
    return path
