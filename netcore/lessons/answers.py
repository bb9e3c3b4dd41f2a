"""The checks that read what the student typed or chose: ``answer`` (a question with a right
answer, hints for the usual wrong ones) and ``predict`` (a guess made before a run, shown beside
what the run gave).

A wrong answer should teach: a mistake the lesson lists (the sign of a gradient, the padding
forgotten, the bias left out) gets its own hint; any other wrong number gets how far off it is,
too high or too low, and what to look at again (``recheck``)."""

from __future__ import annotations

import math
from typing import Any

from netcore.i18n import translate
from netcore.lessons.limits import MAX_CHOICE, MAX_CHOICES, MAX_TASK
from netcore.lessons.verdicts import Result, figure_label, num, parse_answer, place

#: Run metrics a prediction can be set against (those of the ``run`` check).
MEASURES = (
    "test_accuracy",
    "test_loss",
    "loss",
    "accuracy",
    "val_accuracy",
    "val_loss",
)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _same(a: str, b: str) -> bool:
    return str(a).strip().lower() == str(b).strip().lower()


def check_answer_args(kind: str, args: dict[str, Any]) -> tuple[str, str] | None:
    """(argument, message) for what the types alone do not catch: a right answer that is not one
    of the choices, a listed mistake that is the right answer, a prediction with nothing to
    measure."""
    choices = args.get("choices")
    if choices is not None and (
        not 2 <= len(choices) <= MAX_CHOICES
        or any(
            not (isinstance(c, str) and c.strip() or _number(c)) or len(str(c)) > MAX_CHOICE
            for c in choices
        )
    ):
        return "choices", (
            f"choices must list 2 to {MAX_CHOICES} short texts or numbers "
            f"(at most {MAX_CHOICE} characters each)"
        )
    correct = args.get("correct")
    if choices is not None and correct is not None and not any(_same(c, correct) for c in choices):
        return "correct", f"correct must be one of the choices, not {str(correct)[:60]!r}"
    if kind == "predict":
        if choices is None and "measure" not in args:
            return "measure", (
                "a number prediction needs 'measure', the run figure it is set against: "
                + ", ".join(MEASURES)
            )
        if "measure" in args and args["measure"] not in MEASURES:
            return "measure", f"measure must be one of {', '.join(MEASURES)}"
        return None
    mistakes = args.get("mistakes", [])
    if len(mistakes) > MAX_CHOICES:
        return "mistakes", f"{len(mistakes)} mistakes; at most {MAX_CHOICES}"
    tolerance = args.get("tolerance", 0.01)
    for n, item in enumerate(mistakes, start=1):
        where = f"mistake {n}"
        if not isinstance(item, dict) or set(item) - {"value", "choice", "hint"}:
            return "mistakes", f"{where} must be a table of value (or choice) and hint"
        hint = item.get("hint")
        if not isinstance(hint, str) or not hint.strip() or len(hint) > MAX_TASK:
            return "mistakes", f"{where} needs a hint: a text of at most {MAX_TASK:,} characters"
        if ("value" in item) == ("choice" in item):
            return "mistakes", f"{where} gives either a value or a choice"
        if "value" in item:
            if not _number(item["value"]) or not _number(correct):
                return "mistakes", f"{where}: value must be a finite number, for a number answer"
            if abs(item["value"] - correct) <= tolerance:
                return "mistakes", f"{where}: {item['value']} is within the tolerance of the answer"
        else:
            if choices is None or not any(_same(c, item["choice"]) for c in choices):
                return "mistakes", f"{where}: choice must be one of the question's choices"
            if _same(item["choice"], correct):
                return "mistakes", f"{where}: the choice is the right answer"
    return None


def _wrong_number(value: float, correct: float, args: dict) -> str:
    for item in args.get("mistakes", []):
        if "value" in item and abs(value - item["value"]) <= args.get("tolerance", 0.01):
            return translate("Lessons", "{answer} is not it: {hint}").format(
                answer=num(value), hint=item["hint"]
            )
    off = num(abs(value - correct))
    if value > correct:
        text = translate("Lessons", "{answer} is not it: {off} too high.").format(
            answer=num(value), off=off
        )
    else:
        text = translate("Lessons", "{answer} is not it: {off} too low.").format(
            answer=num(value), off=off
        )
    return f"{text} {_recheck(args)}"


def _recheck(args: dict) -> str:
    if args.get("recheck"):
        return translate("Lessons", "Look again at {what}.").format(what=args["recheck"])
    return translate("Lessons", "Look again at the numbers.")


def answer(s, args) -> Result:
    given = s.answer
    if given is None or str(given).strip() == "":
        return Result(
            False, translate("Lessons", "answer the question first"), place("the answer box")
        )
    correct = args["correct"]
    if _number(correct):
        try:
            value = parse_answer(given)  # "nan" and "inf" are no answer to anything
        except ValueError as exc:
            return Result(False, str(exc), place("the answer box"))
        if abs(value - correct) > args.get("tolerance", 0.01):
            return Result(False, _wrong_number(value, correct, args), place("the answer box"))
        return Result(True, translate("Lessons", "✓ {answer} is right").format(answer=num(value)))
    if not _same(given, correct):
        for item in args.get("mistakes", []):
            if "choice" in item and _same(item["choice"], given):
                return Result(
                    False,
                    translate("Lessons", "'{answer}' is not it: {hint}").format(
                        answer=given, hint=item["hint"]
                    ),
                    place("the answer box"),
                )
        text = translate("Lessons", "'{answer}' is not it; think again").format(answer=given)
        if args.get("recheck"):
            text = f"{text} {_recheck(args)}"
        return Result(False, text, place("the answer box"))
    return Result(True, translate("Lessons", "✓ {answer} is right").format(answer=correct))


def run_figure(run, metric: str):
    """A run's figure by the ``run`` check's names (``test_`` ones from the test set, the others
    from the last epoch), or None."""
    if metric.startswith("test_"):
        value = (run.test or {}).get(metric[5:])
    else:
        value = run.epochs[-1].get(metric) if run.epochs else None
    return None if value is None else float(value)


def predict(s, args) -> Result:
    """Passes once a prediction is made and a completed run exists; the message sets the
    prediction beside the result. How close it was is feedback, never a gate."""
    given = s.answer
    if given is None or str(given).strip() == "":
        return Result(
            False, translate("Lessons", "make your prediction first"), place("the answer box")
        )
    choices = args.get("choices")
    if choices is not None and not any(_same(c, given) for c in choices):
        return Result(
            False, translate("Lessons", "choose one of the answers"), place("the answer box")
        )
    if choices is None:
        try:
            value = parse_answer(given)
        except ValueError as exc:
            return Result(False, str(exc), place("the answer box"))
    run = s.project.latest_run
    if run is None or not run.epochs:
        return Result(
            False,
            translate("Lessons", "Run first: your prediction is noted."),
            place("Training → Start"),
        )
    measure = args.get("measure")
    figure = run_figure(run, measure) if measure else None
    if choices is not None:
        if "correct" in args:
            if _same(given, args["correct"]):
                text = translate(
                    "Lessons", "You predicted '{answer}': that is what happened"
                ).format(answer=given)
            else:
                text = translate(
                    "Lessons", "You predicted '{answer}'; what happened: '{result}'"
                ).format(answer=given, result=args["correct"])
        else:
            text = translate("Lessons", "You predicted '{answer}'; compare it with the run").format(
                answer=given
            )
        if figure is not None:
            text += " " + translate("Lessons", "({measure}: {value})").format(
                measure=figure_label(measure), value=num(figure)
            )
        return Result(True, "✓ " + text)
    if figure is None:
        return Result(
            False,
            translate("Lessons", "the run has no {measure}").format(measure=figure_label(measure)),
            place("Training"),
        )
    off = abs(value - figure)
    if off <= args.get("tolerance", 0.0):
        text = translate("Lessons", "You predicted {answer}; the run gave {value}: close").format(
            answer=num(value), value=num(figure)
        )
    else:
        text = translate(
            "Lessons", "You predicted {answer}; the run gave {value} (off by {off})"
        ).format(answer=num(value), value=num(figure), off=num(off))
    return Result(True, "✓ " + text)
