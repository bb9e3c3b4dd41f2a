"""What the convolution sandbox accepts, checked before any number reaches TensorFlow.

TensorFlow aborts the whole process on a stride or pool stride past int32 and computes in
float32, where 1e39 is infinity and 3e38 + 3e38 overflows; Python's ``float`` and ``int`` read
'١', '１' and '1_000' as numbers a student never meant. So every number is read here (ASCII
digits only), every size is checked against a range the sandbox shows, and the largest value
any product, sum or average can reach is computed in float64 before Keras runs.

The limits are the sandbox's own: a table of at most 64×64 cells fits on a screen and a slide;
a stride or pool of more than 64 cells jumps past the whole input.
"""

from __future__ import annotations

import math
import re
from numbers import Integral

import numpy as np

from netcore.i18n import translate

MAX_INPUT = 64  # rows or columns of the sandbox input
MAX_KERNEL = 11
MAX_KERNELS = 8
MAX_STRIDE = 64  # strides and pools beyond the largest input skip all of it
MAX_PADDING = 10
FLOAT32_MAX = float(np.finfo(np.float32).max)  # 3.4028235e38
FLOAT32_TINY = float(np.finfo(np.float32).tiny)  # 1.1754944e-38, the smallest normal

_NUMBER = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
_WHOLE = re.compile(r"[+-]?[0-9]+")
_NOT_FINITE = {"nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"}
DIGITS_HINT = "write it with the digits 0–9, e.g. 2, -0.5 or 1e3"


class ConvError(ValueError):
    """A sandbox setting that cannot work, with the rule it breaks and what would."""


# --------------------------------------------------------------------------- reading text


def parse_number(text: str) -> float | None:
    """A number as a student writes it (ASCII digits, a sign — '-' or '−' —, a point, an
    exponent), or None. 'nan' and 'inf' are reported by the caller as not finite."""
    text = text.replace("−", "-")
    if _NUMBER.fullmatch(text) is None:
        return None
    return float(text)


def parse_whole(text: str, what: str, low: int, high: int) -> int:
    """An option's whole number in low…high.

    Raises:
        ConvError: Not written with the digits 0–9, or outside the range (with the range).
    """
    if _WHOLE.fullmatch(text.strip()) is None:
        raise ConvError(
            f"{what}: {shown(text)} is not a whole number; write it with the digits 0–9, "
            f"{_range(low, high)}"
        )
    value = int(text)  # at most a few hundred thousand digits: argv limits it
    if not low <= value <= high:
        raise ConvError(f"{what} must be a whole number {_range(low, high)}, got {_short(value)}")
    return value


def _range(low: int, high: int) -> str:
    return f"≥ {low} and ≤ {high}"


def parse_padding(text: str, what: str = "padding") -> str | int:
    """'valid', 'same' or a number of zero rings 0…MAX_PADDING."""
    if text in ("valid", "same"):
        return text
    if _WHOLE.fullmatch(text.strip()) is None:
        raise ConvError(
            f"{what}: '{text}' is not valid, same or a whole number of zero rings 0…{MAX_PADDING}"
        )
    return parse_whole(text, what, 0, MAX_PADDING)


def shown(text: str, limit: int = 40) -> str:
    """A piece of user text quoted for a message: control characters escaped, long cut."""
    cut = text if len(text) <= limit else text[:limit] + "…"
    return f"'{cut}'" if cut.isprintable() else ascii(cut)


def _short(value: int) -> str:
    text = str(value)
    return text if len(text) <= 40 else f"a number of {len(text)} digits"


def parse_table(text: str, what: str = "input", limit: int = MAX_INPUT) -> np.ndarray:
    """ "10 2 4; 0 4 0" (rows by ';' or new lines, numbers by spaces, commas or tabs) → array.

    Blank rows are skipped ("1 2;\\n3 4;" is two rows); a row or a table larger than limit is
    refused before its numbers are read, so a pasted megabyte costs nothing.

    Raises:
        ConvError: Naming the row and the value: not a number, not finite, outside float32,
            ragged rows, or too many rows or numbers.
    """
    rows = [r for r in text.replace("\n", ";").split(";") if r.strip()]
    if not rows:
        raise ConvError(f'{what}: give rows of numbers, e.g. "1 2 3; 4 5 6"')
    if len(rows) > limit:
        raise ConvError(f"{what}: {len(rows)} rows; the sandbox takes up to {limit}")
    table = []
    for n, row in enumerate(rows, 1):
        parts = row.replace(",", " ").split()
        if len(parts) > limit:
            raise ConvError(
                f"{what}: row {n} has {len(parts)} numbers; the sandbox takes up to {limit}"
            )
        values = []
        for part in parts:
            value = parse_number(part)
            if value is None and part.lower() in _NOT_FINITE:
                raise ConvError(f"{what}: '{part}' in row {n} is not a finite number")
            if value is None:
                raise ConvError(f"{what}: {shown(part)} in row {n} is not a number; {DIGITS_HINT}")
            values.append(value)
        if table and len(values) != len(table[0]):
            raise ConvError(
                f"{what}: row {n} has {len(values)} numbers, row 1 has {len(table[0])}; "
                "every row needs the same count"
            )
        table.append(values)
    array = np.asarray(table, dtype=np.float64)
    check_values(array, what)
    return array


def check_values(array: np.ndarray, what: str) -> None:
    """Every value finite and one float32 holds (0, or 1.2e-38 … 3.4e38 in size).

    Raises:
        ConvError: The first value that is not, by row and column, with the range that works.
    """
    a = np.asarray(array, dtype=np.float64)
    size = np.abs(a)
    bad = ~np.isfinite(a) | (size > FLOAT32_MAX) | ((size < FLOAT32_TINY) & (a != 0))
    if not bad.any():
        return
    r, c = (int(i) for i in np.argwhere(bad)[0])
    value = float(a[r, c])
    where = f"{what}: {value:.4g} in row {r + 1}, column {c + 1}"
    if not math.isfinite(value):
        raise ConvError(f"{where} is not a finite number")
    if abs(value) > FLOAT32_MAX:
        raise ConvError(
            f"{where} is outside float32's range ±{FLOAT32_MAX:.2g} (Keras computes in "
            "float32); use smaller numbers"
        )
    raise ConvError(
        f"{where} is too close to 0 for float32 (it would become 0); use 0 or a size of at "
        f"least {FLOAT32_TINY:.2g}"
    )


def _check_scalar(value: float, what: str) -> None:
    try:
        check_values(np.array([[float(value)]]), what)
    except ConvError as exc:  # one number has no rows and columns
        raise ConvError(str(exc).replace(" in row 1, column 1", "")) from None


# --------------------------------------------------------------------------- rules


def output_size(n: int, f: int, s: int, pad: tuple[int, int]) -> int:
    return (n + pad[0] + pad[1] - f) // s + 1


def size_rule(n: int, f: int, s: int, pad: tuple[int, int], axis: str) -> str:
    """'output height = ⌊(5 + 2·0 − 3)/1⌋ + 1 = 3' (asymmetric 'same' padding written out)."""
    p = f"2·{pad[0]}" if pad[0] == pad[1] else f"{pad[0]} + {pad[1]}"
    template = (
        translate("ConvSandbox", "output height = ⌊({n} + {p} − {f})/{s}⌋ + 1 = {size}")
        if axis == "height"
        else translate("ConvSandbox", "output width = ⌊({n} + {p} − {f})/{s}⌋ + 1 = {size}")
    )
    return template.format(n=n, p=p, f=f, s=s, size=output_size(n, f, s, pad))


def _whole(value, low: int, high: int) -> bool:
    return isinstance(value, Integral) and not isinstance(value, bool) and low <= value <= high


def check(setup) -> None:
    """Raise ConvError naming the rule a setting breaks (a ConvSetup; before TensorFlow)."""
    image = np.asarray(setup.image)
    if image.ndim != 2 or image.size == 0:
        raise ConvError("the input must be a table of numbers (rows × columns)")
    if max(image.shape) > MAX_INPUT:
        raise ConvError(
            f"the input is {image.shape[0]}×{image.shape[1]}; the sandbox shows up to "
            f"{MAX_INPUT}×{MAX_INPUT} (downscale it)"
        )
    check_values(image, "the input")
    if not setup.kernels:
        raise ConvError("give at least one kernel")
    if len(setup.kernels) > MAX_KERNELS:
        raise ConvError(f"{len(setup.kernels)} kernels; the sandbox takes up to {MAX_KERNELS}")
    shape = np.asarray(setup.kernels[0]).shape
    for n, kernel in enumerate(setup.kernels, 1):
        kernel = np.asarray(kernel)
        if kernel.ndim != 2 or kernel.size == 0:
            raise ConvError(f"kernel {n} must be a table of numbers")
        if kernel.shape != shape:
            raise ConvError(
                f"kernel {n} is {kernel.shape[0]}×{kernel.shape[1]}, kernel 1 is "
                f"{shape[0]}×{shape[1]}; the kernels of one layer have one size"
            )
        check_values(kernel, f"kernel {n}")
    if max(shape) > MAX_KERNEL:
        raise ConvError(f"the kernel is {shape[0]}×{shape[1]}; up to {MAX_KERNEL}×{MAX_KERNEL}")
    _check_scalar(setup.bias, "the bias")
    if not _whole(setup.stride, 1, MAX_STRIDE):
        raise ConvError(
            f"stride must be a whole number {_range(1, MAX_STRIDE)}, got {setup.stride!r}"
        )
    if setup.padding not in ("valid", "same") and not _whole(setup.padding, 0, MAX_PADDING):
        raise ConvError(
            "padding must be 'valid', 'same' or a number of zero rings "
            f"0…{MAX_PADDING}, got {setup.padding!r}"
        )
    top, bottom, left, right = setup.pads()
    for axis, n, f, pad in (
        ("height", image.shape[0], shape[0], (top, bottom)),
        ("width", image.shape[1], shape[1], (left, right)),
    ):
        if n + pad[0] + pad[1] < f:
            raise ConvError(
                f"the kernel ({f} {'rows' if axis == 'height' else 'columns'}) is larger than "
                f"the padded input: {size_rule(n, f, setup.stride, pad, axis)}; pad with at "
                f"least {math.ceil((f - n) / 2)} or use a smaller kernel"
            )
    bounds = _output_bounds(setup, (top, bottom, left, right))
    if setup.pool is not None:
        _check_pool(setup, bounds)


def _check_pool(setup, bounds: np.ndarray) -> None:
    if setup.pool not in ("max", "avg"):
        raise ConvError(f"pooling must be 'max' or 'avg', got {setup.pool!r}")
    if not _whole(setup.pool_size, 1, MAX_STRIDE):
        raise ConvError(f"pool size must be a whole number 1…{MAX_STRIDE}, got {setup.pool_size!r}")
    if setup.pool_stride is not None and not _whole(setup.pool_stride, 1, MAX_STRIDE):
        raise ConvError(
            f"pool stride must be a whole number {_range(1, MAX_STRIDE)}, got {setup.pool_stride!r}"
        )
    size = setup.pool_size
    stride = setup.pool_stride or size
    rows, cols = bounds.shape[1:]
    if size > min(rows, cols):
        raise ConvError(
            f"pool {size}×{size} does not fit the {rows}×{cols} "
            "convolution output; use a smaller pool or more padding"
        )
    if setup.pool == "avg":  # the average adds its window up in float32 first
        windows = np.lib.stride_tricks.sliding_window_view(bounds, (size, size), axis=(1, 2))
        sums = windows[:, ::stride, ::stride].sum(axis=(-1, -2))
        _refuse_past_float32(
            sums, "avg pooling of kernel {k}'s output at row {r}, column {c}: its window adds"
        )


def _output_bounds(setup, pads) -> np.ndarray:
    """For each kernel and output cell, the largest size its products and their running sums
    can reach (Σ|input × weight| + |bias|, in float64: no summation order in float32 goes
    past it). Refuses a cell past float32's largest value; returns (kernels, rows, cols)."""
    top, bottom, left, right = pads
    padded = np.pad(
        np.abs(np.asarray(setup.image, dtype=np.float64)), ((top, bottom), (left, right))
    )
    weights = np.abs(np.stack([np.asarray(k, dtype=np.float64) for k in setup.kernels]))
    windows = np.lib.stride_tricks.sliding_window_view(padded, weights.shape[1:])
    windows = windows[:: setup.stride, :: setup.stride]
    with np.errstate(over="ignore"):
        bounds = np.einsum("ijab,kab->kij", windows, weights) + abs(float(setup.bias))
    _refuse_past_float32(bounds, "kernel {k} at output row {r}, column {c}: its products add")
    return bounds


def _refuse_past_float32(sizes: np.ndarray, where: str) -> None:
    past = ~(sizes <= FLOAT32_MAX)
    if not past.any():
        return
    k, r, c = (int(i) for i in np.argwhere(past)[0])
    raise ConvError(
        where.format(k=k + 1, r=r + 1, c=c + 1)
        + f" up to as much as {float(sizes[k, r, c]):.2g} in size, past "
        f"float32's largest {FLOAT32_MAX:.2g} (Keras computes in float32); use smaller "
        "numbers, e.g. divide the input or the kernel by 10"
    )
