"""The computational-graph calculator: an expression of a few variables becomes a graph of gates;
the forward pass gives each gate's value, the backward pass each gate's local gradient and the
upstream gradient it receives — add distributes, mul swaps, max routes, a variable used twice
(the copy gate) adds — and a central difference checks every variable's gradient numerically.

The text is parsed with Python's ``ast`` against a whitelist (numbers, variables, + − × ÷ **,
and the functions in ``FUNCTIONS``); nothing the user types is ever evaluated as code.
"""

from __future__ import annotations

import ast
import math
from dataclasses import dataclass, field

MAX_TEXT = 300
MAX_NODES = 120
MAX_VARIABLES = 12
MAX_NAME = 20

FUNCTIONS = {
    "exp": 1,
    "log": 1,
    "sqrt": 1,
    "sigmoid": 1,
    "tanh": 1,
    "relu": 1,
    "abs": 1,
    "max": 2,
    "min": 2,
}
BINARY = {ast.Add: "+", ast.Sub: "−", ast.Mult: "×", ast.Div: "÷", ast.Pow: "^"}


class ExpressionError(ValueError):
    """An expression that cannot be read or computed; says where and what would work."""


@dataclass
class Gate:
    """One node of the graph.

    Attributes:
        kind: "input", "const", "+", "−", "×", "÷", "^", "neg" or a function name.
        label: What the node shows ("x", "2", "+", "exp", ...).
        inputs: Indices of the gates feeding it.
        value: The forward value.
        local: d(this gate) / d(each input), at the forward values.
        grad: d(output) / d(this gate): the upstream gradient it received (summed over uses).
        parts: For a gate used more than once (the copy gate): each use's contribution.
    """

    kind: str
    label: str
    inputs: tuple[int, ...] = ()
    value: float = math.nan
    local: tuple[float, ...] = ()
    grad: float = math.nan
    parts: list[float] = field(default_factory=list)


class Graph:
    """A parsed expression; ``forward`` then ``backward`` fill the gates' numbers."""

    def __init__(self, text: str):
        self.text = text
        self.gates: list[Gate] = []
        self.variables: dict[str, int] = {}  # name → its input gate, in order of appearance
        self.output = self._parse(text)

    # ----------------------------------------------------------------- parsing

    def _parse(self, text: str) -> int:
        if not isinstance(text, str) or not text.strip():
            raise ExpressionError("type an expression, e.g. (x + y) * z")
        if len(text) > MAX_TEXT:
            raise ExpressionError(
                f"the expression has {len(text)} characters; at most {MAX_TEXT} are shown"
            )
        try:
            tree = ast.parse(text.strip(), mode="eval")
        except SyntaxError as exc:
            where = f" at column {exc.offset}" if exc.offset else ""
            raise ExpressionError(
                f"cannot read '{text.strip()}'{where}: {exc.msg}; write e.g. (x + y) * z, "
                "x**2 or max(x, y)"
            ) from None
        except (RecursionError, MemoryError, ValueError):
            raise ExpressionError("the expression is nested too deeply") from None
        return self._node(tree.body)

    def _add(self, gate: Gate) -> int:
        if len(self.gates) >= MAX_NODES:
            raise ExpressionError(f"the graph would have more than {MAX_NODES} gates; simplify it")
        self.gates.append(gate)
        return len(self.gates) - 1

    def _node(self, node: ast.AST) -> int:
        if isinstance(node, ast.Constant):
            value = node.value
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ExpressionError(f"{value!r} is not a number; only numbers and variables")
            if not math.isfinite(float(value)) or abs(float(value)) > 1e12:
                raise ExpressionError(f"the number {value} is too large")
            return self._add(Gate("const", f"{float(value):g}", value=float(value)))
        if isinstance(node, ast.Name):
            name = node.id
            if name in FUNCTIONS:
                raise ExpressionError(f"'{name}' is a function: write {name}(…)")
            if len(name) > MAX_NAME:
                raise ExpressionError(f"the variable name '{name[:MAX_NAME]}…' is too long")
            if name not in self.variables:
                if len(self.variables) >= MAX_VARIABLES:
                    raise ExpressionError(f"at most {MAX_VARIABLES} variables")
                self.variables[name] = self._add(Gate("input", name))
            return self.variables[name]
        if isinstance(node, ast.BinOp) and type(node.op) in BINARY:
            left, right = self._node(node.left), self._node(node.right)
            symbol = BINARY[type(node.op)]
            return self._add(Gate(symbol, symbol, (left, right)))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
            inner = self._node(node.operand)
            if isinstance(node.op, ast.UAdd):
                return inner
            return self._add(Gate("neg", "−", (inner,)))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            name = node.func.id
            if name not in FUNCTIONS:
                known = ", ".join(FUNCTIONS)
                raise ExpressionError(f"unknown function '{name}'; use one of {known}")
            if node.keywords:
                raise ExpressionError(f"{name}(…) takes plain arguments, no names")
            want = FUNCTIONS[name]
            if len(node.args) != want:
                raise ExpressionError(
                    f"{name} takes {want} argument{'s' if want > 1 else ''}, got {len(node.args)}"
                )
            args = tuple(self._node(a) for a in node.args)
            return self._add(Gate(name, name, args))
        shown = ast.get_source_segment(self.text.strip(), node) or type(node).__name__
        raise ExpressionError(
            f"'{shown}' is not allowed: use numbers, variables, + − * / **, parentheses and "
            f"{', '.join(FUNCTIONS)}"
        )

    # ----------------------------------------------------------------- passes

    def forward(self, values: dict[str, float]) -> float:
        """Each gate's value and local gradients for these variable values; the output."""
        missing = [name for name in self.variables if name not in values]
        if missing:
            raise ExpressionError(f"give a value for {', '.join(missing)}")
        for name, index in self.variables.items():
            value = float(values[name])
            if not math.isfinite(value):
                raise ExpressionError(f"{name} must be a finite number, got {values[name]!r}")
            self.gates[index].value = value
        for gate in self.gates:
            if gate.kind in ("input", "const"):
                gate.local = ()
                continue
            args = [self.gates[i].value for i in gate.inputs]
            gate.value, gate.local = _apply(gate.kind, args)
            if not math.isfinite(gate.value):
                raise ExpressionError(
                    f"{gate.label} of {', '.join(f'{a:g}' for a in args)} is not a finite number"
                )
        return self.gates[self.output].value

    def backward(self) -> dict[str, float]:
        """Upstream gradients from the output (1) back to every gate; the variables' ones."""
        for gate in self.gates:
            gate.grad, gate.parts = 0.0, []
        self.gates[self.output].grad = 1.0
        for index in range(len(self.gates) - 1, -1, -1):  # children come before parents
            gate = self.gates[index]
            for source, local in zip(gate.inputs, gate.local, strict=True):
                contribution = gate.grad * local
                self.gates[source].grad += contribution
                self.gates[source].parts.append(contribution)
        return {name: self.gates[i].grad for name, i in self.variables.items()}

    def numerical(self, values: dict[str, float], h: float = 1e-5) -> dict[str, float]:
        """Central differences (f(v + h) − f(v − h)) / 2h for every variable."""
        if not (isinstance(h, int | float) and math.isfinite(h) and h > 0):
            raise ExpressionError(f"h must be a small positive number, got {h!r}; e.g. 0.0001")
        result = {}
        for name in self.variables:
            up = self.forward({**values, name: float(values[name]) + h})
            down = self.forward({**values, name: float(values[name]) - h})
            result[name] = (up - down) / (2 * h)
        self.forward(values)  # leave the gates at the values asked for
        return result

    def copies(self) -> list[int]:
        """Gates used more than once: their gradient is the sum of the uses' (the copy gate)."""
        uses: dict[int, int] = {}
        for gate in self.gates:
            for source in gate.inputs:
                uses[source] = uses.get(source, 0) + 1
        return [index for index, count in uses.items() if count > 1]


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x)) if x >= 0 else math.exp(x) / (1 + math.exp(x))


def _apply(kind: str, a: list[float]) -> tuple[float, tuple[float, ...]]:
    """A gate's value and its local gradients with respect to each input."""
    try:
        if kind == "+":
            return a[0] + a[1], (1.0, 1.0)
        if kind == "−":
            return a[0] - a[1], (1.0, -1.0)
        if kind == "×":
            return a[0] * a[1], (a[1], a[0])  # the swap multiplier
        if kind == "÷":
            if a[1] == 0:
                raise ExpressionError("division by zero")
            return a[0] / a[1], (1 / a[1], -a[0] / a[1] ** 2)
        if kind == "^":
            return _power(a[0], a[1])
        if kind == "neg":
            return -a[0], (-1.0,)
        if kind == "exp":
            value = math.exp(a[0])
            return value, (value,)
        if kind == "log":
            if a[0] <= 0:
                raise ExpressionError(f"log needs a positive number, got {a[0]:g}")
            return math.log(a[0]), (1 / a[0],)
        if kind == "sqrt":
            if a[0] <= 0:
                raise ExpressionError(f"sqrt needs a positive number here, got {a[0]:g}")
            value = math.sqrt(a[0])
            return value, (0.5 / value,)
        if kind == "sigmoid":
            s = _sigmoid(a[0])
            return s, ((1 - s) * s,)
        if kind == "tanh":
            t = math.tanh(a[0])
            return t, (1 - t * t,)
        if kind == "relu":
            return max(a[0], 0.0), (1.0 if a[0] > 0 else 0.0,)
        if kind == "abs":
            return abs(a[0]), (1.0 if a[0] > 0 else -1.0 if a[0] < 0 else 0.0,)
        if kind == "max":  # the router: the whole gradient goes to the larger input
            return max(a), (1.0, 0.0) if a[0] >= a[1] else (0.0, 1.0)
        if kind == "min":
            return min(a), (1.0, 0.0) if a[0] <= a[1] else (0.0, 1.0)
    except OverflowError:
        raise ExpressionError(f"{kind} of {', '.join(f'{v:g}' for v in a)} overflows") from None
    raise ExpressionError(f"unknown gate {kind}")  # pragma: no cover - the parser forbids it


def _power(base: float, exponent: float) -> tuple[float, tuple[float, ...]]:
    if base == 0 and exponent <= 0:
        raise ExpressionError(f"0 to the power {exponent:g} is undefined")
    if base < 0 and not float(exponent).is_integer():
        raise ExpressionError(f"{base:g} to the power {exponent:g} is not a real number")
    value = base**exponent
    d_base = exponent * base ** (exponent - 1) if base != 0 else 0.0
    d_exponent = value * math.log(base) if base > 0 else 0.0
    return float(value), (float(d_base), float(d_exponent))
