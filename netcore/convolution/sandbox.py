"""The convolution sandbox: one small 2-D input, one or more kernels, padding, stride and an
optional pooling, computed by Keras's own ops; every output cell can be written out as its
products (10×2 + 2×2 + … = 82) for the animation and for checking by hand.

Keras's Conv2D is a cross-correlation (the kernel is not flipped), as on the lecture slides.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from netcore.convolution.checks import (  # noqa: F401 - the sandbox's public names
    MAX_INPUT,
    MAX_KERNEL,
    MAX_KERNELS,
    ConvError,
    check,
    output_size,
    parse_table,
    size_rule,
)
from netcore.i18n import translate
from netcore.models import tfruntime
from netcore.numbers import format_number, locale_decimal_point


@dataclass(frozen=True)
class ConvSetup:
    """What the student set: an (H, W) input, kernels of one size, padding ('valid', 'same' or
    a number of zero rings), stride, and pooling ('max', 'avg' or None) of each output map."""

    image: np.ndarray
    kernels: tuple[np.ndarray, ...]
    stride: int = 1
    padding: str | int = "valid"
    pool: str | None = None
    pool_size: int = 2
    pool_stride: int | None = None
    bias: float = 0.0

    def pads(self) -> tuple[int, int, int, int]:
        """Zero rows/columns added (top, bottom, left, right); 'same' pads as TensorFlow does
        (the odd one after)."""
        if self.padding == "valid":
            return (0, 0, 0, 0)
        if self.padding == "same":
            (h, w), (kh, kw), s = self.image.shape, self.kernels[0].shape, self.stride
            rows = max((math.ceil(h / s) - 1) * s + kh - h, 0)
            cols = max((math.ceil(w / s) - 1) * s + kw - w, 0)
            return (rows // 2, rows - rows // 2, cols // 2, cols - cols // 2)
        p = int(self.padding)
        return (p, p, p, p)


@dataclass
class ConvResult:
    setup: ConvSetup
    padded: np.ndarray  # (H + pads, W + pads)
    outputs: np.ndarray  # (kernels, rows, columns), from Keras
    pooled: np.ndarray | None  # (kernels, rows, columns), from Keras
    rule: list[str] = field(default_factory=list)  # the output-size formula with the numbers

    @property
    def kernel_shape(self) -> tuple[int, int]:
        return self.setup.kernels[0].shape

    def window(self, i: int, j: int) -> tuple[int, int]:
        """Top-left (row, column) in the padded input of output cell (i, j)."""
        return i * self.setup.stride, j * self.setup.stride

    def products(self, k: int, i: int, j: int) -> list[tuple[float, float]]:
        """(input value, kernel weight) pairs of output cell (i, j) of kernel k, row by row."""
        r, c = self.window(i, j)
        kh, kw = self.kernel_shape
        patch = self.padded[r : r + kh, c : c + kw]
        return list(
            zip(patch.ravel().tolist(), self.setup.kernels[k].ravel().tolist(), strict=True)
        )

    def products_text(self, k: int, i: int, j: int) -> str:
        """'10×2 + 2×2 + 4×2 + … = 82' with Keras's value of the cell."""
        terms = " + ".join(f"{_num(a)}×{_num(w)}" for a, w in self.products(k, i, j))
        if self.setup.bias:
            terms += f" + {_num(self.setup.bias)}"
        return f"{terms} = {_num(self.outputs[k, i, j])}"

    def pool_window(self, i: int, j: int) -> tuple[int, int]:
        s = self.setup.pool_stride or self.setup.pool_size
        return i * s, j * s

    def pool_text(self, k: int, i: int, j: int) -> str:
        r, c = self.pool_window(i, j)
        n = self.setup.pool_size
        values = self.outputs[k, r : r + n, c : c + n].ravel()
        listed = _list_separator().join(_num(v) for v in values)
        op = "max" if self.setup.pool == "max" else "mean"
        return f"{op}({listed}) = {_num(self.pooled[k, i, j])}"


def _num(value: float) -> str:
    """A cell as the student reads and types it: four significant digits, the locale's decimal
    point (0,1111 in French), no group separator, so a number shown can be typed back."""
    v = float(value)
    if not math.isfinite(v):  # never from a checked setup; shown, not raised, if it were
        return str(v)
    if v == int(v) and abs(v) < 1e9:
        return format_number(v)
    return format_number(float(f"{v:.4g}"))


def _list_separator() -> str:
    """Between listed numbers: ", " unless the comma is the decimal point (then "; ")."""
    return "; " if locale_decimal_point() == "," else ", "


# --------------------------------------------------------------------------- computing


def convolve(setup: ConvSetup) -> ConvResult:
    """Run the setup through Keras ops (conv, then max/average pooling)."""
    check(setup)
    ops = tfruntime.keras().ops
    image = np.asarray(setup.image, dtype=np.float32)
    top, bottom, left, right = setup.pads()
    padded = np.pad(image, ((top, bottom), (left, right)))
    kernels = np.stack([np.asarray(k, dtype=np.float32) for k in setup.kernels], axis=-1)
    if setup.padding in ("valid", "same"):  # Keras pads by itself
        x, mode = image, setup.padding
    else:
        x, mode = np.asarray(ops.pad(image, ((top, bottom), (left, right)))), "valid"
    out = ops.conv(x[None, :, :, None], kernels[:, :, None, :], setup.stride, padding=mode)
    out = np.asarray(out)[0] + np.float32(setup.bias)  # (rows, cols, kernels)
    pooled = None
    if setup.pool is not None:
        pool = ops.max_pool if setup.pool == "max" else ops.average_pool
        stride = setup.pool_stride or setup.pool_size
        pooled = np.asarray(pool(out[None], setup.pool_size, stride, padding="valid"))[0]
        pooled = np.moveaxis(pooled, -1, 0).astype(np.float64)
    if not (np.isfinite(out).all() and (pooled is None or np.isfinite(pooled).all())):
        raise ConvError("the result is not finite in float32; use smaller numbers")  # checked
    kh, kw = kernels.shape[:2]
    rule = [
        size_rule(image.shape[0], kh, setup.stride, (top, bottom), "height"),
        size_rule(image.shape[1], kw, setup.stride, (left, right), "width"),
    ]
    return ConvResult(
        setup, padded.astype(np.float64), np.moveaxis(out, -1, 0).astype(np.float64), pooled, rule
    )


def coverage(shape: tuple[int, int], kernel: tuple[int, int], stride: int, pads) -> np.ndarray:
    """How many kernel windows cover each input pixel (the lecture's border counting): corners
    of a 5×5 input under a 3×3 kernel are seen once without padding, four times with it."""
    h, w = shape
    top, bottom, left, right = pads
    counts = np.zeros((h + top + bottom, w + left + right), dtype=np.int64)
    rows = output_size(h, kernel[0], stride, (top, bottom))
    cols = output_size(w, kernel[1], stride, (left, right))
    for i in range(max(rows, 0)):
        for j in range(max(cols, 0)):
            counts[i * stride : i * stride + kernel[0], j * stride : j * stride + kernel[1]] += 1
    return counts[top : top + h, left : left + w]


def shifted(image: np.ndarray, k: int) -> np.ndarray:
    """The input moved k pixels to the right (left for k < 0), zeros coming in."""
    out = np.zeros_like(image)
    if k >= 0:
        out[:, k:] = image[:, : image.shape[1] - k]
    else:
        out[:, :k] = image[:, -k:]
    return out


@dataclass
class ShiftReport:
    """Convolution is equivariant (its output moves with the input), pooling nearly invariant."""

    k: int
    before: ConvResult
    after: ConvResult
    conv_moved: bool  # the output moved by k/stride columns (compared where both exist)
    pooled_changed: int | None  # pooled cells that changed (None without pooling)
    pooled_cells: int

    def text(self) -> str:
        lines = []
        s = self.before.setup.stride
        columns = self.k // s
        if self.conv_moved and abs(columns) == 1:
            lines.append(
                translate(
                    "Convolution",
                    "The convolution output moved with the input ({n} column): equivariance.",
                ).format(n=columns)
            )
        elif self.conv_moved:
            lines.append(
                translate(
                    "Convolution",
                    "The convolution output moved with the input ({n} columns): equivariance.",
                ).format(n=columns)
            )
        else:
            lines.append(
                translate(
                    "Convolution",
                    "The convolution output did not simply move: the shift is not a multiple of "
                    "the stride, or values crossed the border.",
                )
            )
        if self.pooled_changed == 0:
            lines.append(
                translate(
                    "Convolution", "After pooling, 0 of {cells} values changed: invariance."
                ).format(cells=self.pooled_cells)
            )
        elif self.pooled_changed is not None:
            lines.append(
                translate(
                    "Convolution", "After pooling, {changed} of {cells} values changed."
                ).format(changed=self.pooled_changed, cells=self.pooled_cells)
            )
        return " ".join(lines)


def shift_test(setup: ConvSetup, k: int) -> ShiftReport:
    before = convolve(setup)
    after = convolve(
        ConvSetup(
            shifted(np.asarray(setup.image, dtype=np.float64), k),
            setup.kernels,
            setup.stride,
            setup.padding,
            setup.pool,
            setup.pool_size,
            setup.pool_stride,
            setup.bias,
        )
    )
    moved = k % setup.stride == 0
    if moved:
        d = k // setup.stride
        a, b = before.outputs, after.outputs
        if d >= 0:
            moved = np.allclose(a[:, :, : a.shape[2] - d], b[:, :, d:])
        else:
            moved = np.allclose(a[:, :, -d:], b[:, :, :d])
    changed = None
    cells = 0
    if before.pooled is not None:
        diff = ~np.isclose(before.pooled, after.pooled)
        changed, cells = int(diff.sum()), int(diff.size)
    return ShiftReport(k, before, after, bool(moved), changed, cells)
