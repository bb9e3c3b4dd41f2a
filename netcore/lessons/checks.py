"""The checks a lesson step can ask for: a small set of named kinds with arguments, evaluated
against the project (network, dataset, training settings, weights, runs) and the student's
answer. Never code from the lesson file. A failed check says what is wrong and which control
to look at.

A check asks for the work it names: a layer is found by its type and its place in the network
(``type``, ``after``, ``before``), never only by the id a lesson guessed, since the editor names a
new LeakyReLU ``leaky1``; a layer counts only in a network without problems; and a step that
asks for several things (SGD *and* 0.1 *and* 40 epochs *and* batch 128) checks them all
(``kind = "all"``)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from netcore.i18n import translate
from netcore.lessons import answers
from netcore.lessons.locate import found_layers as _found
from netcore.lessons.locate import place as _place
from netcore.lessons.verdicts import (
    Result,
    figure_label,
    num,
    palette_entry,
    place,
    properties_of,
    setting_label,
    training_setting,
    value_text,
)

__all__ = ["CHECKS", "Kind", "Result", "check_args", "needs_run"]

_NUMBER = (int, float)
#: Checks one ``all`` may combine: a step asks for a handful of things, never dozens.
MAX_PARTS = 16
#: Kinds that read the student's answer box; one step has one box.
ASKING = ("answer", "predict")


@dataclass(frozen=True)
class Kind:
    """A check kind: its arguments (name → (types, required)) and how it is evaluated."""

    args: dict[str, tuple[tuple[type, ...], bool]]
    evaluate: Callable[[Any, dict[str, Any]], Result]
    needs_run: bool = False  # looks at a training run


def needs_run(kind: str, args: dict[str, Any]) -> bool:
    """Whether a check looks at a training run (an ``all`` does when one of its parts does)."""
    if kind == "all":
        return any(needs_run(part["kind"], part) for part in args.get("checks", []))
    return CHECKS[kind].needs_run


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
    if kind in _LOCATING and "layer" not in args and "type" not in args:
        return "layer", f"check '{kind}' needs 'layer' (an id) or 'type' (e.g. \"LeakyReLU\")"
    if kind in ASKING:
        return answers.check_answer_args(kind, args)
    if kind == "all":
        return _check_parts(args["checks"])
    return None


def _check_parts(parts: list) -> tuple[str, str] | None:
    if not 1 <= len(parts) <= MAX_PARTS:
        return "checks", f"checks must list 1 to {MAX_PARTS} checks"
    asking = 0
    for n, part in enumerate(parts, start=1):
        if not isinstance(part, dict) or not isinstance(part.get("kind"), str):
            return "checks", f'check {n} must be a table with a kind, e.g. {{ kind = "setting" }}'
        kind = part["kind"]
        if kind not in CHECKS or kind == "all":
            known = ", ".join(k for k in CHECKS if k != "all")
            return "checks", f"check {n}: unknown kind {_shown(kind)}; the kinds are: {known}"
        asking += kind in ASKING
        trouble = check_args(kind, {k: v for k, v in part.items() if k != "kind"})
        if trouble:
            return f"checks.{n}.{trouble[0]}", trouble[1]
    if asking > 1:
        return "checks", "a step has one answer box: at most one answer or predict check"
    return None


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _finite(value: Any) -> bool:
    return isinstance(value, _NUMBER) and not isinstance(value, bool) and math.isfinite(value)


SPLITS = ("test", "train", "all")
# rules on an argument's value beyond its type: (kind or "*", argument) → (test, what works)
_VALUES: dict[tuple[str, str], tuple[Callable[[Any], bool], str]] = {
    ("*", "tolerance"): (
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
    ("*", "recheck"): (lambda v: 0 < len(v.strip()) <= 4000, "recheck must be a short text"),
    ("*", "layer"): (lambda v: 0 < len(v) <= 100, "layer must be a layer's id"),
    ("*", "type"): (lambda v: 0 < len(v) <= 100, "type must be a layer type, e.g. 'Dropout'"),
    ("*", "after"): (lambda v: 0 < len(v) <= 100, "after must be a layer's id"),
    ("*", "before"): (lambda v: 0 < len(v) <= 100, "before must be a layer's id"),
    ("*", "equals"): (lambda v: not isinstance(v, float) or math.isfinite(v), "a finite number"),
    ("*", "at_least"): (_finite, "at_least must be a finite number"),
    ("*", "at_most"): (_finite, "at_most must be a finite number"),
    ("*", "correct"): (
        lambda v: isinstance(v, str) and len(v) <= 200 or _finite(v),
        "correct must be a short text or a finite number",
    ),
}


def _compare(value: float, args: dict, what: str, control) -> Result:
    if "equals" in args and not math.isclose(value, args["equals"], rel_tol=1e-9, abs_tol=1e-9):
        return Result(
            False,
            translate("Lessons", "{what} is {value}; it should be {want}").format(
                what=what, value=num(value), want=num(args["equals"])
            ),
            control,
        )
    if "at_least" in args and not value >= args["at_least"]:
        return Result(
            False,
            translate("Lessons", "{what} is {value}; it should reach {want}").format(
                what=what, value=num(value), want=num(args["at_least"])
            ),
            control,
        )
    if "at_most" in args and not value <= args["at_most"]:
        return Result(
            False,
            translate("Lessons", "{what} is {value}; it should be at most {want}").format(
                what=what, value=num(value), want=num(args["at_most"])
            ),
            control,
        )
    return Result(
        True, translate("Lessons", "✓ {what} is {value}").format(what=what, value=num(value))
    )


# --------------------------------------------------------------------------- the kinds


def _no_errors(s, args) -> Result:
    errors = s.analysis.errors
    if errors:
        return Result(
            False,
            translate("Lessons", "the network has a problem: {problem}").format(problem=errors[0]),
            place("Problems"),
        )
    return Result(True, translate("Lessons", "✓ the network checks out"))


def _param_count(s, args) -> Result:
    if s.analysis.errors:
        return _no_errors(s, args)
    if "layer" in args or "type" in args:
        found, trouble = _found(s, args)
        if trouble:
            return trouble
        results = [
            _compare(
                info.total_params,
                args,
                translate("Lessons", "{layer}'s parameter count").format(layer=info.id),
                properties_of(info.id),
            )
            for info in found
        ]
        return next((r for r in results if r.ok), results[0])
    return _compare(
        s.analysis.total_params,
        args,
        translate("Lessons", "the parameter count"),
        place("the status bar"),
    )


def _output_shape(s, args) -> Result:
    found, trouble = _found(s, args)
    if trouble:
        return trouble
    want = tuple(args["equals"])
    for info in found:
        if info.output_shape == want:
            return Result(
                True,
                translate("Lessons", "✓ {layer} gives {shape}").format(
                    layer=info.id, shape=str(want)
                ),
            )
    info = found[0]
    got = (
        translate("Lessons", "unknown (fix the problems first)")
        if info.output_shape is None
        else str(info.output_shape)
    )
    return Result(
        False,
        translate("Lessons", "{layer} gives {got}; it should give {want}").format(
            layer=info.id, got=got, want=str(want)
        ),
        properties_of(info.id),
    )


def _same_param(value, want) -> bool:
    if isinstance(value, tuple | list) and isinstance(want, list):
        return list(value) == list(want)
    if _finite(value) and _finite(want):
        return math.isclose(value, want, rel_tol=1e-9, abs_tol=1e-12)
    return value == want


def _layer_param(s, args) -> Result:
    found, trouble = _found(s, args)
    if trouble:
        return trouble
    valid = [info for info in found if info.params is not None]
    if not valid:
        return Result(
            False,
            translate("Lessons", "there is no valid layer '{layer}'").format(layer=found[0].id),
            place("the network canvas"),
        )
    want = args["equals"]
    for info in valid:
        if _same_param(info.params.get(args["param"]), want):
            return Result(
                True,
                translate("Lessons", "✓ {layer}.{param} is {value}").format(
                    layer=info.id, param=args["param"], value=_value(want)
                ),
            )
    info = valid[0]
    return Result(
        False,
        translate("Lessons", "{layer}.{param} is {value}; it should be {want}").format(
            layer=info.id,
            param=args["param"],
            value=_value(info.params.get(args["param"])),
            want=_value(want),
        ),
        properties_of(info.id, args["param"]),
    )


def _value(value) -> str:
    return num(value) if _finite(value) else value_text(value)


def _has_layers(s, args) -> Result:
    if s.analysis.errors:  # a layer dangling in a broken graph does not count
        return _no_errors(s, args)
    found, _ = _found(s, args)
    kind, need = args["type"], args.get("at_least", 1)
    have = len(found)
    if have < need:
        return Result(
            False,
            translate(
                "Lessons", "the network has {have} {kind} layer(s){place}; it needs at least {need}"
            ).format(have=have, kind=kind, place=_place(args), need=need),
            palette_entry(kind),
        )
    return Result(
        True,
        translate("Lessons", "✓ {have} {kind} layer(s){place}").format(
            have=have, kind=kind, place=_place(args)
        ),
    )


def _setting(s, args) -> Result:
    name = args["name"]
    value = getattr(s.project.training, name, None)
    if name == "learning_rate":
        value = s.project.training.lr
    if value is None:
        if name == "early_stopping" and "equals" in args:
            return Result(
                False,
                translate("Lessons", "early stopping is off; turn it on"),
                training_setting("early_stopping"),
            )
        return Result(
            False,
            translate("Lessons", "there is no training setting '{name}'").format(name=name),
            place("Training"),
        )
    if isinstance(value, str) or "equals" in args and isinstance(args["equals"], str):
        if str(value).lower() != str(args.get("equals")).lower():
            return Result(
                False,
                translate("Lessons", "{name} is {value}; it should be {want}").format(
                    name=setting_label(name),
                    value=value_text(value),
                    want=value_text(args.get("equals")),
                ),
                training_setting(name),
            )
        return Result(
            True,
            translate("Lessons", "✓ {name} is {value}").format(
                name=setting_label(name), value=value_text(value)
            ),
        )
    return _compare(float(value), args, setting_label(name), training_setting(name))


def _truth_table(s, args) -> Result:
    right, total, wrong = s.classified()
    if right < total:
        return Result(
            False,
            translate("Lessons", "{right} of {total} rows right; wrong for {wrong}").format(
                right=right, total=total, wrong=wrong
            ),
            place("Weights by hand"),
        )
    return Result(True, translate("Lessons", "✓ all {total} rows right").format(total=total))


def _accuracy(s, args) -> Result:
    right, total, _ = s.classified(split=args.get("split", "test"))
    if total == 0:
        return Result(
            False,
            translate("Lessons", "the dataset has no examples to check against"),
            place("the dataset"),
        )
    return _compare(
        right / total,
        args,
        translate("Lessons", "the accuracy"),
        place("Training, or Weights by hand"),
    )


def _run_metric(run, metric: str):
    """A run's figure; besides the recorded ones, ``val_loss_rise`` (how far the last epoch's
    validation loss is above the lowest one: overfitting) and ``val_loss_gap`` (the last
    validation loss minus the last training loss)."""
    curve = [e.get("val_loss") for e in run.epochs if e.get("val_loss") is not None]
    if metric == "val_loss_rise":
        return curve[-1] - min(curve) if curve else None
    if metric == "val_loss_gap":
        last = run.epochs[-1] if run.epochs else {}
        if last.get("val_loss") is None or last.get("loss") is None:
            return None
        return float(last["val_loss"]) - float(last["loss"])
    return answers.run_figure(run, metric)


def _run(s, args) -> Result:
    run = s.project.latest_run
    if run is None:
        return Result(
            False,
            translate("Lessons", "train first: there is no run yet"),
            place("Training → Start"),
        )
    if "reason" in args and run.reason != args["reason"]:
        return Result(
            False,
            translate("Lessons", "the run ended with '{got}', not '{want}'").format(
                got=run.reason, want=args["reason"]
            ),
            place("Training"),
        )
    metric = args.get("metric")
    if metric is None:
        return Result(
            True, translate("Lessons", "✓ the run ended with '{reason}'").format(reason=run.reason)
        )
    value = _run_metric(run, metric)
    if value is None:
        return Result(
            False,
            translate("Lessons", "the run has no {metric}").format(metric=figure_label(metric)),
            place("Training"),
        )
    return _compare(float(value), args, figure_label(metric), place("Training"))


def _all(s, args) -> Result:
    """Every part must pass; the first that does not speaks (in the lesson's order)."""
    passed = []
    for part in args["checks"]:
        kind = part["kind"]
        result = CHECKS[kind].evaluate(s, {k: v for k, v in part.items() if k != "kind"})
        if not result.ok:
            return result
        passed.append(result.message.removeprefix("✓ "))
    return Result(True, "✓ " + "; ".join(passed))


_COMPARE = {"equals": (_NUMBER, False), "at_least": (_NUMBER, False), "at_most": (_NUMBER, False)}
_PLACE = {"after": ((str,), False), "before": ((str,), False)}
_LOCATING = ("output_shape", "layer_param")

CHECKS: dict[str, Kind] = {
    "no_errors": Kind({}, _no_errors),
    "param_count": Kind(
        {"layer": ((str,), False), "type": ((str,), False), **_PLACE, **_COMPARE}, _param_count
    ),
    "output_shape": Kind(
        {"layer": ((str,), False), "type": ((str,), False), **_PLACE, "equals": ((list,), True)},
        _output_shape,
    ),
    "layer_param": Kind(
        {
            "layer": ((str,), False),
            "type": ((str,), False),
            **_PLACE,
            "param": ((str,), True),
            "equals": ((str, int, float, bool, list, dict), True),
        },
        _layer_param,
    ),
    "has_layers": Kind(
        {"type": ((str,), True), "at_least": ((int,), False), **_PLACE}, _has_layers
    ),
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
            "mistakes": ((list,), False),
            "recheck": ((str,), False),
        },
        answers.answer,
    ),
    "predict": Kind(
        {
            "question": ((str,), True),
            "choices": ((list,), False),
            "measure": ((str,), False),
            "tolerance": (_NUMBER, False),
            "correct": ((str, int, float), False),
        },
        answers.predict,
        needs_run=True,
    ),
    "all": Kind({"checks": ((list,), True)}, _all),
}
