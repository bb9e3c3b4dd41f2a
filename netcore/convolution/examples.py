"""The lectures' kernels and numeric examples, ready to load into the sandbox."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from netcore.i18n import QT_TRANSLATE_NOOP, translate

# Kernel and example names are keys (a project and the window store them) and, translated where
# they are shown, what the student reads: each is marked for lupdate and looked up with
# ``translate("Convolution", name)`` by :func:`kernel_title` and :meth:`Example.title`.
KERNELS: dict[str, list[list[float]]] = {
    QT_TRANSLATE_NOOP("Convolution", "Identity"): [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
    QT_TRANSLATE_NOOP("Convolution", "Box blur"): [[1 / 9] * 3] * 3,
    QT_TRANSLATE_NOOP("Convolution", "Sharpen"): [[0, -1, 0], [-1, 5, -1], [0, -1, 0]],
    QT_TRANSLATE_NOOP("Convolution", "Edge"): [[0, 1, 0], [1, -4, 1], [0, 1, 0]],
    QT_TRANSLATE_NOOP("Convolution", "Strong edge"): [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
    QT_TRANSLATE_NOOP("Convolution", "Sobel x"): [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],
    QT_TRANSLATE_NOOP("Convolution", "Sobel y"): [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
    QT_TRANSLATE_NOOP("Convolution", "Vertical edge (1 0 −1)"): [
        [1, 0, -1],
        [1, 0, -1],
        [1, 0, -1],
    ],
    QT_TRANSLATE_NOOP("Convolution", "X filter"): [[1, 0, 1], [0, 1, 0], [1, 0, 1]],
    QT_TRANSLATE_NOOP("Convolution", "Lecture 3×3 (2 2 2 / 1 0 1 / 2 2 2)"): [
        [2, 2, 2],
        [1, 0, 1],
        [2, 2, 2],
    ],
    QT_TRANSLATE_NOOP("Convolution", "Diagonal 2×2 (2 0 / 0 2)"): [[2, 0], [0, 2]],
}


@dataclass(frozen=True)
class Example:
    """A lecture example: input, kernel, settings and what the slide shows."""

    name: str
    image: list[list[float]]
    kernel: str
    stride: int = 1
    padding: str | int = "valid"
    pool: str | None = None
    pool_size: int = 2
    note: str = ""

    def title(self) -> str:
        """The example's name in the student's language (``name`` stays the key)."""
        return translate("Convolution", self.name)

    def shown_note(self) -> str:
        """What the slide shows, in the student's language."""
        return translate("Convolution", self.note) if self.note else ""

    def array(self) -> np.ndarray:
        return np.asarray(self.image, dtype=np.float64)


EXAMPLES: tuple[Example, ...] = (
    Example(
        QT_TRANSLATE_NOOP("Convolution", "5×5 ⊛ 3×3 (convolution by numbers)"),
        [[10, 2, 4, 1, 1], [0, 4, 0, 2, 2], [1, 8, 16, 0, 0], [8, 1, 1, 0, 0], [0, 0, 2, 6, 1]],
        "Lecture 3×3 (2 2 2 / 1 0 1 / 2 2 2)",
        note=QT_TRANSLATE_NOOP(
            "Convolution", "The slide's result: 82 68 46 / 45 24 26 / 63 65 51."
        ),
    ),
    Example(
        QT_TRANSLATE_NOOP("Convolution", "6×6 image, padding 1, X filter, then max pooling"),
        [
            [3, 3, 2, 1, 0, 0],
            [3, 3, 2, 1, 0, 0],
            [3, 3, 2, 1, 0, 0],
            [3, 3, 3, 2, 0, 0],
            [3, 3, 2, 1, 0, 0],
            [3, 2, 1, 1, 0, 0],
        ],
        "X filter",
        padding=1,
        pool="max",
        note=QT_TRANSLATE_NOOP(
            "Convolution",
            "With one ring of zeros the 6×6 image keeps its size; 2×2 max pooling gives 3×3.",
        ),
    ),
    Example(
        QT_TRANSLATE_NOOP("Convolution", "Stride 2 with a vertical-edge filter"),
        [[1, 1, 1, 0, 0], [0, 1, 1, 1, 0], [0, 0, 1, 1, 1], [0, 0, 1, 1, 0], [0, 1, 1, 0, 0]],
        "Vertical edge (1 0 −1)",
        stride=2,
        note=QT_TRANSLATE_NOOP(
            "Convolution", "Stride 2 skips every other position: ⌊(5 − 3)/2⌋ + 1 = 2 outputs a row."
        ),
    ),
    Example(
        QT_TRANSLATE_NOOP("Convolution", "Max pooling 4×4 → 2×2"),
        [[4, 6, 1, 1], [1, 3, 1, 3], [4, 0, 0, 8], [8, 5, 4, 0]],
        "Identity",
        padding="same",
        pool="max",
        note=QT_TRANSLATE_NOOP(
            "Convolution",
            "The identity kernel passes the input through; pooling keeps each window's largest.",
        ),
    ),
    Example(
        QT_TRANSLATE_NOOP("Convolution", "Equivariance: 3×3 ⊛ 2×2 (shift it by 1)"),
        [[20, 0, 0], [20, 0, 0], [20, 20, 0]],
        "Diagonal 2×2 (2 0 / 0 2)",
        pool="max",
        note=QT_TRANSLATE_NOOP(
            "Convolution",
            "Shift the input one pixel right: the output moves with it, the pooled 80 stays.",
        ),
    ),
)


def kernel_title(name: str) -> str:
    """A kernel preset's name in the student's language (``name`` is the key of ``KERNELS``)."""
    return translate("Convolution", name)


def kernel(name: str) -> np.ndarray:
    return np.asarray(KERNELS[name], dtype=np.float64)


def example(name: str) -> Example:
    for e in EXAMPLES:
        if e.name == name:
            return e
    raise KeyError(name)


def image_as_numbers(image, size: int) -> np.ndarray:
    """A test image or drawing as the sandbox's numbers: grey, size × size, 0…255 (as images are
    stored), by area averaging (Pillow)."""
    from PIL import Image

    a = np.asarray(image, dtype=np.float64)
    if a.ndim == 3:
        a = a.mean(axis=-1)
    if a.ndim != 2 or a.size == 0:
        raise ValueError(
            translate(
                "Convolution", "an image has rows and columns; this has shape {shape}"
            ).format(shape=a.shape)
        )
    top = float(a.max()) if a.size else 1.0
    scale = 255.0 if top <= 1.0 else 1.0
    grey = Image.fromarray(np.clip(a * scale, 0, 255).astype(np.uint8))
    small = grey.resize((size, size), Image.Resampling.BOX)
    return np.asarray(small, dtype=np.float64)
