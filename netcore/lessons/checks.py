"""The checks a lesson step can ask for: a small set of named kinds with arguments, evaluated
against the project (network, dataset, training settings, weights, runs) and the student's
answer. Never code from the lesson file. A failed check says what is wrong and which control
to look at."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_NUMBER = (int, float)


@dataclass(frozen=True)
class Result:
    ok: bool
    message: str  # "✓ …" or the hint
    control: str = ""  # where to look: "Weights by hand", "Properties → kernel_size", …


@dataclass(frozen=True)
class Kind:
    """A check kind: its arguments (name → (types, required)) and how it is evaluated."""

    args: dict[str, tuple[tuple[type, ...], bool]]
    evaluate: Callable[[Any, dict[str, Any]], Result]
    needs_run: bool = False  # looks at a training run


def check_args(kind: str, args: dict[str, Any]) -> tuple[str, str] | None:
    """(argument, message) for the first bad argument of a check, or None."""
    schema = CHECKS[kind].args
    for name in args:
        if name not in schema:
            return name, f"check '{kind}' takes {', '.join(schema) or 'no arguments'}, not '{name}'"
    for name, (types, required) in schema.items():
        if name not in args:
            if required:
                return name, f"check '{kind}' needs '{name}'"
            continue
        value = args[name]
        if not isinstance(value, types) or isinstance(value, bool) and bool not in types:
            wanted = " or ".join(t.__name__ for t in types)
            return name, f"'{name}' must be {wanted}, not {_shown(value)}"
        rule = _VALUES.get((kind, name)) or _VALUES.get(("*", name))
        if rule is not None and not rule[0](value):
            return name, f"{rule[1]}, not {_shown(value)}"
    return None


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _finite(value: Any) -> bool:
    return isinstance(value, _NUMBER) and not isinstance(value, bool) and math.isfinite(value)


SPLITS = ("test", "train", "all")
# rules on an argument's value beyond its type: (kind or "*", argument) → (test, what works)
_VALUES: dict[tuple[str, str], tuple[Callable[[Any], bool], str]] = {
    ("answer", "tolerance"): (
        lambda v: _finite(v) and v >= 0,
        "tolerance must be a finite number ≥ 0, e.g. 0.01",
    ),
    ("output_shape", "equals"): (
        lambda v: (
            1 <= len(v) <= 8
            and all(isinstance(d, int) and not isinstance(d, bool) and d >= 1 for d in v)
        ),
        "equals must be a shape: a list of 1 to 8 whole numbers ≥ 1, e.g. [26, 26, 32]",
    ),
    ("accuracy", "split"): (lambda v: v in SPLITS, f"split must be one of {', '.join(SPLITS)}"),
    ("has_layers", "at_least"): (lambda v: v >= 0, "at_least must be a whole number ≥ 0"),
    ("*", "question"): (lambda v: 0 < len(v.strip()) <= 4000, "question must be a short text"),
    ("*", "layer"): (lambda v: 0 < len(v) <= 100, "layer must be a layer's id"),
    ("*", "equals"): (lambda v: not isinstance(v, float) or math.isfinite(v), "a finite number"),
    ("*", "at_least"): (_finite, "at_least must be a finite number"),
    ("*", "at_most"): (_finite, "at_most must be a finite number"),
    ("*", "correct"): (
        lambda v: isinstance(v, str) and len(v) <= 200 or _finite(v),
        "correct must be a short text or a finite number",
    ),
}


def _compare(value: float, args: dict, what: str, control: str) -> Result:
    if "equals" in args and not math.isclose(value, args["equals"], rel_tol=1e-9, abs_tol=1e-9):
        return Result(
            False, f"{what} is {_num(value)}; it should be {_num(args['equals'])}", control
        )
    if "at_least" in args and not value >= args["at_least"]:
        return Result(
            False, f"{what} is {_num(value)}; it should reach {_num(args['at_least'])}", control
        )
    if "at_most" in args and not value <= args["at_most"]:
        return Result(
            False, f"{what} is {_num(value)}; it should be at most {_num(args['at_most'])}", control
        )
    return Result(True, f"✓ {what} is {_num(value)}")


def _num(v) -> str:
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e12:
        return f"{int(v):,}"
    return f"{v:,}" if isinstance(v, int) else f"{v:.4g}"


# --------------------------------------------------------------------------- the kinds


def _no_errors(s, args) -> Result:
    errors = s.analysis.errors
    if errors:
        return Result(False, f"the network has a problem: {errors[0]}", "Problems")
    return Result(True, "✓ the network checks out")


def _param_count(s, args) -> Result:
    if s.analysis.errors:
        return _no_errors(s, args)
    layer = args.get("layer")
    if layer is not None:
        info = s.analysis.layers.get(layer)
        if info is None:
            return Result(False, f"there is no layer '{layer}'", "the network canvas")
        return _compare(
            info.total_params, args, f"{layer}'s parameter count", f"Properties of {layer}"
        )
    return _compare(s.analysis.total_params, args, "the parameter count", "the status bar")


def _output_shape(s, args) -> Result:
    info = s.analysis.layers.get(args["layer"])
    if info is None:
        return Result(False, f"there is no layer '{args['layer']}'", "the network canvas")
    want = tuple(args["equals"])
    if info.output_shape != want:
        got = (
            "unknown (fix the problems first)"
            if info.output_shape is None
            else str(info.output_shape)
        )
        return Result(
            False,
            f"{args['layer']} gives {got}; it should give {want}",
            f"Properties of {args['layer']}",
        )
    return Result(True, f"✓ {args['layer']} gives {want}")


def _layer_param(s, args) -> Result:
    info = s.analysis.layers.get(args["layer"])
    if info is None or info.params is None:
        return Result(False, f"there is no valid layer '{args['layer']}'", "the network canvas")
    value = info.params.get(args["param"])
    want = args["equals"]
    same = (
        list(value) == list(want)
        if isinstance(value, tuple | list) and isinstance(want, list)
        else value == want
    )
    if not same:
        return Result(
            False,
            f"{args['layer']}.{args['param']} is {value!r}; it should be {want!r}",
            f"Properties of {args['layer']} → {args['param']}",
        )
    return Result(True, f"✓ {args['layer']}.{args['param']} is {want!r}")


def _has_layers(s, args) -> Result:
    kind, need = args["type"], args.get("at_least", 1)
    have = sum(1 for layer in s.project.spec.layers if layer.type == kind)
    if have < need:
        return Result(
            False,
            f"the network has {have} {kind} layer(s); it needs at least {need}",
            f"the palette → {kind}",
        )
    return Result(True, f"✓ {have} {kind} layer(s)")


def _setting(s, args) -> Result:
    name = args["name"]
    value = getattr(s.project.training, name, None)
    if name == "learning_rate":
        value = s.project.training.lr
    if value is None:
        return Result(False, f"there is no training setting '{name}'", "Training")
    if isinstance(value, str) or "equals" in args and isinstance(args["equals"], str):
        if value != args.get("equals"):
            return Result(
                False,
                f"{name} is {value!r}; it should be {args.get('equals')!r}",
                f"Training → {name}",
            )
        return Result(True, f"✓ {name} is {value!r}")
    return _compare(float(value), args, name.replace("_", " "), f"Training → {name}")


def _truth_table(s, args) -> Result:
    right, total, wrong = s.classified()
    if right < total:
        return Result(False, f"{right} of {total} rows right; wrong for {wrong}", "Weights by hand")
    return Result(True, f"✓ all {total} rows right")


def _accuracy(s, args) -> Result:
    right, total, _ = s.classified(split=args.get("split", "test"))
    if total == 0:
        return Result(False, "the dataset has no examples to check against", "the dataset")
    return _compare(right / total, args, "the accuracy", "Training, or Weights by hand")


def _run(s, args) -> Result:
    run = s.project.latest_run
    if run is None:
        return Result(False, "train first: there is no run yet", "Training → Start")
    if "reason" in args and run.reason != args["reason"]:
        return Result(
            False, f"the run ended with '{run.reason}', not '{args['reason']}'", "Training"
        )
    metric = args.get("metric")
    if metric is None:
        return Result(True, f"✓ the run ended with '{run.reason}'")
    if metric.startswith("test_"):
        value = (run.test or {}).get(metric[5:])
    else:
        value = run.epochs[-1].get(metric) if run.epochs else None
    if value is None:
        return Result(False, f"the run has no {metric.replace('_', ' ')}", "Training")
    return _compare(float(value), args, metric.replace("_", " "), "Training")


def _answer(s, args) -> Result:
    given = s.answer
    if given is None or given == "":
        return Result(False, "answer the question first", "the answer box")
    correct = args["correct"]
    if isinstance(correct, _NUMBER) and not isinstance(correct, bool):
        try:
            value = float(str(given).replace(",", "."))
        except ValueError:
            value = math.nan
        if not math.isfinite(value):  # "nan" and "inf" parse, but are no answer to anything
            return Result(False, f"'{given}' is not a number", "the answer box")
        tolerance = args.get("tolerance", 0.01)
        if abs(value - correct) > tolerance:
            return Result(
                False, f"{_num(value)} is not it; look again at the numbers", "the answer box"
            )
        return Result(True, f"✓ {_num(value)} is right")
    if str(given).strip().lower() != str(correct).strip().lower():
        return Result(False, f"'{given}' is not it; think again", "the answer box")
    return Result(True, f"✓ {correct} is right")


_COMPARE = {"equals": (_NUMBER, False), "at_least": (_NUMBER, False), "at_most": (_NUMBER, False)}

CHECKS: dict[str, Kind] = {
    "no_errors": Kind({}, _no_errors),
    "param_count": Kind({"layer": ((str,), False), **_COMPARE}, _param_count),
    "output_shape": Kind({"layer": ((str,), True), "equals": ((list,), True)}, _output_shape),
    "layer_param": Kind(
        {
            "layer": ((str,), True),
            "param": ((str,), True),
            "equals": ((str, int, float, bool, list, dict), True),
        },
        _layer_param,
    ),
    "has_layers": Kind({"type": ((str,), True), "at_least": ((int,), False)}, _has_layers),
    "setting": Kind(
        {"name": ((str,), True), **_COMPARE, "equals": ((str, int, float), False)}, _setting
    ),
    "truth_table": Kind({}, _truth_table),
    "accuracy": Kind({"split": ((str,), False), **_COMPARE}, _accuracy),
    "run": Kind(
        {"metric": ((str,), False), "reason": ((str,), False), **_COMPARE}, _run, needs_run=True
    ),
    "answer": Kind(
        {
            "question": ((str,), True),
            "choices": ((list,), False),
            "correct": ((str, int, float), True),
            "tolerance": (_NUMBER, False),
        },
        _answer,
    ),
}
