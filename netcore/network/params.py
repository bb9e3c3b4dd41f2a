"""Parameter schemas: what each layer argument accepts, its default, and how it is checked.

The schema drives three things: validation of spec files (unknown keys, types and values are
errors with a message that says what would work), the defaults used by shape inference and the
builder (Keras's own defaults), and the properties panel's widgets in the editor.
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass
from typing import Any

from netcore.i18n import translate
from netcore.network.problems import LayerProblem

ACTIVATIONS = (
    "linear",
    "step",
    "sigmoid",
    "tanh",
    "relu",
    "leaky_relu",
    "elu",
    "softplus",
    "softmax",
)
INITIALIZERS = ("glorot_uniform", "he_normal", "random_normal", "zeros", "ones")
PADDINGS = ("valid", "same")

#: Parameter kinds. ``size2`` is an int or a pair (kernel 5 or [5, 3]); ``optional_size2`` also
#: accepts null (pooling strides default to the pool size); ``shape`` is a list of positive ints
#: with at most one -1; ``regularizer`` is null or {"l1": x}, {"l2": x}, {"l1": x, "l2": y}.
#: ``padding2d`` is n, [rows, columns] or [[top, bottom], [left, right]] of zeros (≥ 0).
KINDS = (
    "int",
    "float",
    "bool",
    "choice",
    "size2",
    "optional_size2",
    "shape",
    "regularizer",
    "padding2d",
    "keras_layer",
)


def _fmt(value: Any) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


def did_you_mean(word: str, options: list[str] | tuple[str, ...]) -> str:
    """' (did you mean 'x'?)' when a close match exists, else ''."""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    if not close:
        close = [o for o in options if o.lower() == str(word).lower()]
    if not close:
        return ""
    return translate("Problems", " (did you mean '{name}'?)").format(name=close[0])


@dataclass(frozen=True)
class Param:
    """One constructor argument of a layer type.

    Args:
        name: The Keras argument name.
        kind: One of ``KINDS``.
        default: Keras's default (used when the spec omits the key).
        doc: One line for tooltips and the properties panel.
        choices: Allowed values for ``choice``.
        minimum: Smallest allowed value for numbers (inclusive unless ``exclusive_min``).
        maximum: Largest allowed value (exclusive when ``exclusive_max``).
        required: The spec must give it (Keras has no default).
    """

    name: str
    kind: str
    default: Any
    doc: str
    choices: tuple[Any, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    exclusive_min: bool = False
    exclusive_max: bool = False
    required: bool = False

    def range_text(self) -> str:
        lo = "" if self.minimum is None else f"{'>' if self.exclusive_min else '≥'} {self.minimum}"
        hi = "" if self.maximum is None else f"{'<' if self.exclusive_max else '≤'} {self.maximum}"
        if lo and hi and self.minimum is not None and self.maximum is not None:
            left = "(" if self.exclusive_min else "["
            right = ")" if self.exclusive_max else "]"
            return f"in {left}{self.minimum}, {self.maximum}{right}"
        return lo or hi

    def check(self, value: Any) -> Any:
        """Return the normalised value or raise LayerProblem naming what would work."""
        kind = self.kind
        if kind == "int":
            return self._check_number(value, integer=True)
        if kind == "float":
            return float(self._check_number(value, integer=False))
        if kind == "bool":
            if not isinstance(value, bool):
                raise LayerProblem(f"{self.name} must be true or false, not {_fmt(value)}")
            return value
        if kind == "choice":
            if value is None and "linear" in self.choices:
                return "linear"  # Keras: activation=None means linear
            if value not in self.choices:
                options = ", ".join(_fmt(c) for c in self.choices)
                hint = did_you_mean(str(value), [str(c) for c in self.choices])
                raise LayerProblem(
                    f"{self.name} {_fmt(value)} is not available{hint}", f"use one of {options}"
                )
            return value
        if kind in ("size2", "optional_size2"):
            if value is None and kind == "optional_size2":
                return None
            return self._check_size2(value)
        if kind == "shape":
            return self._check_shape(value)
        if kind == "regularizer":
            return self._check_regularizer(value)
        if kind == "padding2d":
            return check_padding2d(self.name, value)
        if kind == "keras_layer":
            return check_keras_layer(self.name, value)
        raise ValueError(f"unknown parameter kind {kind!r}")  # a catalog bug, not user input

    def _check_number(self, value: Any, integer: bool) -> float | int:
        what = "a whole number" if integer else "a number"
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise LayerProblem(f"{self.name} must be {what}, not {_fmt(value)}")
        if integer and isinstance(value, float):
            if not value.is_integer():
                raise LayerProblem(f"{self.name} must be a whole number, not {value}")
            value = int(value)
        if isinstance(value, float) and not math.isfinite(value):
            raise LayerProblem(f"{self.name} must be a finite number, not {value}")
        too_low = self.minimum is not None and (
            value <= self.minimum if self.exclusive_min else value < self.minimum
        )
        too_high = self.maximum is not None and (
            value >= self.maximum if self.exclusive_max else value > self.maximum
        )
        if too_low or too_high:
            positive = self.minimum == 0 and self.exclusive_min and self.maximum is None
            if integer and self.minimum == 1 and self.maximum is None:
                positive = True
            need = "must be positive" if positive else f"must be {self.range_text()}"
            raise LayerProblem(f"{self.name} {need}, got {value}", self._example_hint())
        return value

    def _example_hint(self) -> str:
        if self.default is not None and not isinstance(self.default, bool):
            return f"e.g. {self.default}"
        return ""

    def _check_size2(self, value: Any) -> tuple[int, int]:
        pair = [value, value] if isinstance(value, int) and not isinstance(value, bool) else value
        ok = (
            isinstance(pair, list | tuple)
            and len(pair) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in pair)
        )
        if not ok:
            raise LayerProblem(
                f"{self.name} must be a whole number or a pair like [3, 3], not {_fmt(value)}"
            )
        if min(pair) < 1:
            raise LayerProblem(f"{self.name} must be positive, got {_fmt(value)}")
        return (int(pair[0]), int(pair[1]))

    def _check_shape(self, value: Any) -> tuple[int, ...]:
        ok = (
            isinstance(value, list | tuple)
            and len(value) > 0
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        )
        if not ok:
            raise LayerProblem(
                f"{self.name} must be a list of whole numbers like [7, 7, 16], not {_fmt(value)}"
            )
        if any(v == 0 or v < -1 for v in value) or list(value).count(-1) > 1:
            raise LayerProblem(
                f"{self.name} {list(value)} has a zero or negative size",
                "use positive sizes, with at most one -1 for 'whatever is left'",
            )
        return tuple(int(v) for v in value)

    def _check_regularizer(self, value: Any) -> dict[str, float] | None:
        if value is None:
            return None
        example = 'use {"l2": 0.001}, {"l1": 0.001} or {"l1": 0.001, "l2": 0.001}'
        if not isinstance(value, dict) or not value:
            raise LayerProblem(f"{self.name} must be an object, not {_fmt(value)}", example)
        unknown = [k for k in value if k not in ("l1", "l2")]
        if unknown:
            raise LayerProblem(f"{self.name} has unknown key {_fmt(unknown[0])}", example)
        out = {}
        for key, amount in value.items():
            bad_type = isinstance(amount, bool) or not isinstance(amount, int | float)
            if bad_type or not math.isfinite(amount) or amount < 0:
                raise LayerProblem(
                    f"{self.name} {key} must be a number ≥ 0, not {_fmt(amount)}", example
                )
            out[key] = float(amount)
        return out


def check_params(layer_type: str, schema: tuple[Param, ...], raw: dict[str, Any]):
    """Validate raw spec arguments against a schema.

    Returns:
        (params, problems): ``params`` holds every argument of the schema, normalised, with
        defaults filled in (None if any argument is invalid); ``problems`` is a list of
        (message, hint) pairs, one per bad argument.
    """
    by_name = {p.name: p for p in schema}
    problems: list[tuple[str, str]] = []
    params: dict[str, Any] = {}
    for key in raw:
        if key not in by_name:
            known = ", ".join(by_name) or "none"
            problems.append(
                (
                    f"unknown parameter '{key}' for {layer_type}{did_you_mean(key, list(by_name))}",
                    f"{layer_type} takes: {known}",
                )
            )
    for param in schema:
        if param.name not in raw:
            if param.required:
                problems.append(
                    (f"{layer_type} needs '{param.name}'", f"{param.doc}; e.g. {param.default!r}")
                )
            params[param.name] = param.default
            continue
        try:
            params[param.name] = param.check(raw[param.name])
        except LayerProblem as exc:
            problems.append((exc.message, exc.hint))
    return (None if problems else params), problems


def _whole(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


# --------------------------------------------------------------------------- imported layers
# The value of the one parameter of a layer read from a .keras file (catalog/imported.py); it
# lives here, beside the other checks, so the catalog depends on params and not back.

_KERAS_CLASS = re.compile(r"^[A-Za-z_][A-Za-z0-9_.>]{0,100}$")
MAX_KERAS_CONFIG = 200_000  # characters of a layer's configuration


def _positive_shape(value) -> bool:
    return isinstance(value, list | tuple) and all(
        isinstance(d, int) and not isinstance(d, bool) and d > 0 for d in value
    )


def check_keras_layer(name: str, value):
    """{"class_name", "config", "input_shapes", "output_shape", "trainable", "non_trainable"}
    as written by the .keras import; anything else is refused with the field named."""
    if not isinstance(value, dict):
        raise LayerProblem(f"{name} must be an object describing the imported Keras layer")
    keras = value.get("keras")
    cls = value.get("class_name")
    if not isinstance(cls, str) or not _KERAS_CLASS.match(cls):
        raise LayerProblem(f"{name}.class_name must be a Keras class name, not {cls!r}")
    if not isinstance(keras, dict) or len(repr(keras)) > MAX_KERAS_CONFIG:
        raise LayerProblem(f"{name}.keras must be the layer's Keras configuration (an object)")
    module = keras.get("module", "keras.layers")
    if not isinstance(module, str) or module.split(".")[0] not in ("keras", "keras_hub"):
        raise LayerProblem(
            f"{name}.keras.module {module!r} is not a Keras module; only Keras's own layers "
            "are rebuilt"
        )
    if keras.get("class_name") != cls or not isinstance(keras.get("config", {}), dict):
        raise LayerProblem(f"{name}.keras must describe a {cls} layer with its config")
    inputs = value.get("input_shapes")
    if (
        not isinstance(inputs, list | tuple)
        or not inputs
        or not all(_positive_shape(s) for s in inputs)
    ):
        raise LayerProblem(f"{name}.input_shapes must list the input shapes Keras saw")
    if not _positive_shape(value.get("output_shape")):
        raise LayerProblem(f"{name}.output_shape must be a list of positive sizes")
    for key in ("trainable", "non_trainable"):
        n = value.get(key)
        if not isinstance(n, int) or isinstance(n, bool) or n < 0:
            raise LayerProblem(f"{name}.{key} must be a whole number ≥ 0")
    return {
        "class_name": cls,
        "keras": keras,
        "input_shapes": [tuple(s) for s in inputs],
        "output_shape": tuple(value["output_shape"]),
        "trainable": value["trainable"],
        "non_trainable": value["non_trainable"],
    }


def check_padding2d(name: str, value: Any) -> tuple[tuple[int, int], tuple[int, int]]:
    """1 → ((1, 1), (1, 1)); [2, 3] → ((2, 2), (3, 3)); [[1, 2], [0, 3]] kept (Keras's forms)."""
    if _whole(value):
        return ((value, value), (value, value))
    if isinstance(value, list | tuple) and len(value) == 2:
        if all(_whole(v) for v in value):
            return ((value[0], value[0]), (value[1], value[1]))
        pairs = [v for v in value if isinstance(v, list | tuple) and len(v) == 2]
        if len(pairs) == 2 and all(_whole(v) for pair in pairs for v in pair):
            return ((pairs[0][0], pairs[0][1]), (pairs[1][0], pairs[1][1]))
    raise LayerProblem(
        f"{name} must be a whole number ≥ 0, [rows, columns] or [[top, bottom], [left, right]], "
        f"not {_fmt(value)}",
        "e.g. 1, [2, 1] or [[1, 0], [1, 0]]",
    )


def padding2d_text(value: Any) -> str:
    """The padding as the properties panel writes it: '1', '2, 1' or '1, 0, 1, 0'."""
    (top, bottom), (left, right) = check_padding2d("padding", value)
    if top == bottom == left == right:
        return str(top)
    if (top, left) == (bottom, right):
        return f"{top}, {left}"
    return f"{top}, {bottom}, {left}, {right}"


def parse_padding2d(text: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """'1', '2, 1' (rows, columns) or '1, 0, 1, 0' (top, bottom, left, right); ValueError."""
    parts = [p for p in text.replace(",", " ").split() if p]
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        raise ValueError(f"'{text}' is not whole numbers; e.g. 1, or 2, 1") from None
    if any(n < 0 for n in numbers):
        raise ValueError("padding cannot be negative")
    if len(numbers) == 1:
        return check_padding2d("padding", numbers[0])
    if len(numbers) == 2:
        return check_padding2d("padding", numbers)
    if len(numbers) == 4:
        return check_padding2d("padding", [numbers[:2], numbers[2:]])
    raise ValueError("give 1 number, 2 (rows, columns) or 4 (top, bottom, left, right)")


def parse_shape(text: str, allow_minus_one: bool = False) -> tuple[int, ...]:
    """'28, 28, 1' → (28, 28, 1); ValueError with a student-readable reason."""
    parts = [
        p
        for p in text.replace("×", ",")
        .replace("x", ",")
        .replace("(", "")
        .replace(")", "")
        .split(",")
        if p.strip()
    ]
    try:
        values = tuple(int(p.strip()) for p in parts)
    except ValueError:
        raise ValueError(f"'{text}' is not a list of whole numbers like 28, 28, 1") from None
    if not values:
        raise ValueError("give at least one size, e.g. 28, 28, 1")
    ok = all(v > 0 or (allow_minus_one and v == -1) for v in values)
    if not ok or values.count(-1) > 1:
        raise ValueError(
            "sizes must be positive" + (" (one -1 allowed)" if allow_minus_one else "")
        )
    return values
