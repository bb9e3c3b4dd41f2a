"""The ``[steps.setup]`` and ``[steps.solution]`` tables of a lesson, checked field by field
when the file is loaded: every value of the wrong type, size or kind is refused there with the
field's name, so applying a step later (in the window or the verifier) meets only values it
can use. Whether a set-up fits the network of the moment (weights of the right shape, a layer
that exists) can only be known then, and is said then (``state.StepError``)."""

from __future__ import annotations

from typing import Any

from netcore.lessons.limits import MAX_CHOICE, MAX_EDITS, MAX_TASK, MAX_WEIGHT_VALUES

_NUMBER = (int, float)
#: Training settings a lesson may not give: how much memory the trainer may take is the
#: machine's business, and a lesson writes no files.
FORBIDDEN_TRAINING = ("memory_budget_mb", "tensorboard_dir")


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    return {dict: "a table", list: "a list", str: "text", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__
    )


def _number(value: Any) -> bool:
    return isinstance(value, _NUMBER) and not isinstance(value, bool)


def check_table(table: dict, part: str, fail) -> None:
    """Check a step's ``setup`` or ``solution`` table; ``fail(where, message)`` refuses."""
    if "preset" in table:
        _preset(table["preset"], part, fail)
    if "network" in table:
        network(table["network"], part, fail)
    if "dataset" in table or "dataset_options" in table:
        _dataset(table, part, fail)
    if "training" in table:
        _training(table["training"], part, fail)
    if "weights" in table:
        _weights(table["weights"], part, fail)
    if "set" in table:
        _edits(table["set"], part, fail)
    if "answer" in table:
        answer = table["answer"]
        if not (_number(answer) or isinstance(answer, str)) or len(str(answer)) > MAX_TASK:
            fail(f"{part}.answer", f"answer must be text or a number, not {_kind(answer)}")


def _preset(value: Any, part: str, fail) -> None:
    from netcore.resources import preset_paths

    if not isinstance(value, str):
        fail(f"{part}.preset", f"preset must be a preset's name, not {_kind(value)}")
    paths = preset_paths()
    if value not in paths:
        from netcore.network.params import did_you_mean

        fail(
            f"{part}.preset",
            f"no preset '{value[:80]}'{did_you_mean(value, list(paths))}; the presets are "
            f"{', '.join(paths)}",
        )


def network(value: Any, part: str, fail):
    """The network a table gives, as a checked spec."""
    from netcore.network.problems import SpecError
    from netcore.network.spec import FORMAT, VERSION, NetworkSpec

    if not isinstance(value, dict):
        fail(
            f"{part}.network", f"network must be a table (input_shape, layers), not {_kind(value)}"
        )
    try:
        return NetworkSpec.from_dict({"format": FORMAT, "version": VERSION, **value}, "network")
    except SpecError as exc:
        fail(f"{part}.network", "; ".join(str(exc).splitlines()))


def _dataset(table: dict, part: str, fail) -> None:
    from netcore.datasets import sequences, toys
    from netcore.datasets.errors import DatasetError
    from netcore.datasets.registry import ENTRIES
    from netcore.datasets.sources import DatasetSource
    from netcore.network.params import did_you_mean

    if "dataset" not in table:
        fail(f"{part}.dataset_options", "dataset_options needs a dataset in the same table")
    name = table["dataset"]
    if not isinstance(name, str):
        fail(f"{part}.dataset", f"dataset must be a built-in dataset's name, not {_kind(name)}")
    if name not in ENTRIES:
        fail(
            f"{part}.dataset",
            f"unknown dataset '{name[:80]}'{did_you_mean(name, list(ENTRIES))}; a lesson uses "
            f"the built-in ones: {', '.join(ENTRIES)}",
        )
    options = table.get("dataset_options", {})
    if not isinstance(options, dict):
        fail(f"{part}.dataset_options", f"dataset_options must be a table, not {_kind(options)}")
    try:
        DatasetSource(name=name, options=options)
        if name in toys.CLASSIFICATION_TOYS or name in toys.REGRESSION_TOYS:
            toys._options(options)
        elif name in sequences.SEQUENCES:
            sequences.check_options(name, options)
        elif options:
            raise DatasetError(f"dataset '{name}' takes no options")
    except DatasetError as exc:
        fail(f"{part}.dataset_options", str(exc))


def _training(value: Any, part: str, fail) -> None:
    from netcore.network.params import did_you_mean
    from netcore.training.config import TrainConfig

    if not isinstance(value, dict):
        fail(f"{part}.training", f"training must be a table of settings, not {_kind(value)}")
    allowed = [f for f in TrainConfig.__dataclass_fields__ if f not in FORBIDDEN_TRAINING]
    for key in value:
        if key in FORBIDDEN_TRAINING:
            fail(f"{part}.training.{key}", f"a lesson cannot set {key}; leave it to the machine")
        if key not in allowed:
            fail(
                f"{part}.training.{key}",
                f"unknown training setting '{key}'{did_you_mean(key, allowed)}",
            )


def _weights(value: Any, part: str, fail) -> None:
    if value in ("random", "zeros"):
        return
    if not isinstance(value, dict):
        fail(
            f"{part}.weights",
            "weights must be 'random', 'zeros' or a table { layer = { kernel = [...], "
            "bias = [...] } }, not " + _kind(value),
        )
    total = 0
    for layer, arrays in value.items():
        if not isinstance(arrays, dict):
            fail(
                f"{part}.weights.{layer}",
                f"{layer} must be a table {{ kernel = [...], bias = [...] }}, not {_kind(arrays)}",
            )
        for name, array in arrays.items():
            where = f"{part}.weights.{layer}.{name}"
            if name not in ("kernel", "bias"):
                fail(where, f"unknown field '{name}'; a layer's weights are kernel and bias")
            count = _array_size(array, where, fail)
            total += count
            if total > MAX_WEIGHT_VALUES:
                fail(
                    where,
                    f"{total:,} numbers set by hand in one step; a lesson sets at most "
                    f"{MAX_WEIGHT_VALUES:,} (use 'random' or 'zeros', or train)",
                )


def _array_size(value: Any, where: str, fail) -> int:
    """How many numbers a nested list holds, if it is rectangular and holds only numbers."""
    if not isinstance(value, list):
        fail(where, f"weights are a list of numbers (or of lists), not {_kind(value)}")
    level = [value]
    while level and all(isinstance(item, list) for item in level):
        if len({len(item) for item in level}) > 1:
            fail(where, "the rows have different lengths; weights are a rectangular array")
        level = [x for item in level for x in item]
        if len(level) > MAX_WEIGHT_VALUES:
            fail(
                where,
                f"at least {len(level):,} numbers; a lesson sets at most "
                f"{MAX_WEIGHT_VALUES:,} weights by hand in one step",
            )
    for item in level:
        if isinstance(item, list):
            fail(where, "the rows have different depths; weights are a rectangular array")
        if not _number(item):
            fail(where, f"weights must be numbers, not {_kind(item)}")
    return len(level)


def _edits(value: Any, part: str, fail) -> None:
    where = f"{part}.set"
    shape = (
        'each edit is { layer, param, value }, e.g. { layer = "conv", param = "strides", '
        "value = 2 }"
    )
    if not isinstance(value, list):
        fail(where, f"set must be a list of edits; {shape}")
    if len(value) > MAX_EDITS:
        fail(where, f"{len(value):,} edits; a solution makes at most {MAX_EDITS}")
    for edit in value:
        if not isinstance(edit, dict) or set(edit) != {"layer", "param", "value"}:
            fail(where, shape)
        if not isinstance(edit["layer"], str) or not isinstance(edit["param"], str):
            fail(where, f"an edit's layer and param are names (text); {shape}")
        new = edit["value"]  # a number, text, true/false, a list or a table ({ l2 = 0.001 })
        items = (
            new if isinstance(new, list) else list(new.values()) if isinstance(new, dict) else [new]
        )
        if not all(isinstance(x, str | bool | int | float | list | dict) for x in items):
            fail(
                where, f"an edit's value is a number, text, true/false, a list or a table; {shape}"
            )


def check_choices(choices: list, fail) -> None:
    """A question's choices: a few short texts or numbers."""
    from netcore.lessons.limits import MAX_CHOICES

    if len(choices) > MAX_CHOICES:
        fail("check.choices", f"{len(choices):,} choices; a question offers at most {MAX_CHOICES}")
    for choice in choices:
        if not (_number(choice) or isinstance(choice, str)) or len(str(choice)) > MAX_CHOICE:
            fail(
                "check.choices",
                f"each choice is a short text or a number (at most {MAX_CHOICE} characters), "
                f"not {_kind(choice)}",
            )
