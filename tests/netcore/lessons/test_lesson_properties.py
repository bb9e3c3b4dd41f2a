"""Generated lesson and progress files (Hypothesis): valid structure mixed with wrong types and
values, deep nesting, huge numbers, NaN and unicode. Every one loads or is refused with a
``LessonError`` naming the file; a progress file always loads (what cannot be used is dropped
with a note); nothing takes more than the deadline or a few hundred MB."""

import json
import math
import resource

from hypothesis import given
from hypothesis import strategies as st

from netcore.lessons.checks import CHECKS
from netcore.lessons.format import LessonError, parse_lesson
from netcore.lessons.progress import load_progress
from netcore.lessons.state import evaluate
from netcore.network.spec import NetworkSpec
from netcore.project.model import Project

# --------------------------------------------------------------------------- TOML values

scalars = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.booleans(),
    st.sampled_from(["random", "zeros", "and_gate", "circles", "xor-mlp", "Dense", "step"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(["u", "kernel", "bias", "layer", "a"]), inner, max_size=3),
    ),
    max_leaves=12,
)
deep = st.integers(min_value=1, max_value=1200).map(lambda n: ("[" * n + "]" * n, n))


def toml(value) -> str:
    if isinstance(value, tuple):  # a pre-rendered deep nesting
        return value[0]
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return (
            "nan"
            if math.isnan(value)
            else ("inf" if value > 0 else "-inf")
            if math.isinf(value)
            else repr(value)
        )
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(toml(v) for v in value) + "]"
    return "{ " + ", ".join(f"{json.dumps(k)} = {toml(v)}" for k, v in value.items()) + " }"


def field(name, good):
    """A field that is valid, of a wrong type or value, or deeply nested."""
    return st.tuples(st.just(name), st.one_of(good, values, deep))


NETWORK = {
    "input_shape": [2],
    "layers": [{"id": "u", "type": "Dense", "units": 1, "activation": "step"}],
}
setup_fields = st.lists(
    st.one_of(
        field("preset", st.sampled_from(["xor-mlp", "perceptron-and", "nope"])),
        field("network", st.just(NETWORK)),
        field("dataset", st.sampled_from(["and_gate", "circles", "mnist"])),
        field("dataset_options", st.just({"n": 100})),
        field("training", st.fixed_dictionaries({"epochs": st.integers(-5, 10**6)})),
        field("weights", st.sampled_from(["random", "zeros"])),
        field("views", st.just(["weights"])),
        field("lock", st.just(["network"])),
    ),
    max_size=4,
)
solution_fields = st.lists(
    st.one_of(
        field("answer", st.one_of(st.integers(), st.text(max_size=10))),
        field("set", st.just([{"layer": "u", "param": "units", "value": 3}])),
        field("weights", st.just({"u": {"kernel": [[1.0], [1.0]], "bias": [-1.5]}})),
    ),
    max_size=3,
)
check_tables = st.builds(
    lambda kind, extra: {"kind": kind, **dict(extra)},
    st.one_of(st.sampled_from(list(CHECKS)), values),
    st.lists(
        st.tuples(
            st.sampled_from(
                ["question", "correct", "tolerance", "choices", "equals", "layer", "split"]
            ),
            st.one_of(values, deep),
        ),
        max_size=3,
    ),
)


@st.composite
def lessons(draw) -> str:
    head = {
        "id": draw(st.one_of(st.just('"tiny"'), values.map(toml))),
        "title": draw(st.one_of(st.just('"Tiny"'), values.map(toml))),
        "theme": '"Test"',
        "concepts": draw(st.one_of(st.just('["step-unit"]'), values.map(toml))),
    }
    if draw(st.booleans()):
        head[draw(st.sampled_from(["order", "summary", "lecture", "steps"]))] = toml(draw(values))
    text = "".join(f"{k} = {v}\n" for k, v in head.items())
    for _ in range(draw(st.integers(0, 3))):
        text += '\n[[steps]]\ntitle = "One"\ntext = "Read."\n'
        if draw(st.booleans()):
            text += f"train = {toml(draw(st.one_of(st.booleans(), values)))}\n"
        for part, fields in (("setup", setup_fields), ("solution", solution_fields)):
            chosen = dict(draw(fields))
            if chosen:
                text += f"[steps.{part}]\n" + "".join(
                    f"{k} = {toml(v)}\n" for k, v in chosen.items()
                )
        if draw(st.booleans()):
            text += "[steps.check]\n" + "".join(
                f"{json.dumps(k)} = {toml(v)}\n" for k, v in draw(check_tables).items()
            )
    if draw(st.booleans()):  # and a few characters anywhere: broken TOML, odd unicode
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.text(max_size=8)) + text[at:]
    return text


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@given(lessons())
def test_a_generated_lesson_loads_or_is_refused_with_its_file_named(text):
    before = _peak_mb()
    try:
        lesson = parse_lesson(text, "gen.toml")
    except LessonError as exc:
        assert str(exc).startswith("gen.toml"), str(exc)
        return
    finally:
        assert _peak_mb() - before < 500
    project = Project(spec=NetworkSpec(name="empty"))
    for step in lesson.steps:  # a loaded answer step never lets NaN or infinity pass
        if step.check is not None and step.check.kind == "answer":
            for given_answer in ("nan", "inf", "-inf", "1e999"):
                assert not evaluate(step, project, given_answer).ok


@given(st.text(max_size=200))
def test_any_text_loads_or_is_refused(text):
    try:
        parse_lesson(text, "gen.toml")
    except LessonError as exc:
        assert str(exc).startswith("gen.toml")


# --------------------------------------------------------------------------- progress files

json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=False),
        st.text(max_size=20),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=15,
)
entries = st.fixed_dictionaries(
    {},
    optional={
        "passed": st.one_of(st.lists(st.integers(-3, 300), max_size=5), json_values),
        "at": st.one_of(st.integers(-(2**40), 2**40), json_values),
    },
)
progress_files = st.one_of(
    json_values.map(json.dumps),
    st.builds(
        lambda lessons, student, fmt: json.dumps(
            {"format": fmt, "version": 1, "student": student, "lessons": lessons}
        ),
        st.one_of(
            st.dictionaries(st.text(max_size=12), st.one_of(entries, json_values)), json_values
        ),
        st.one_of(st.text(max_size=20), json_values),
        st.sampled_from(["layerlab-lesson-progress", "other"]),
    ),
    st.integers(1, 50_000).map(lambda n: "[" * n + "]" * n),
    st.text(max_size=50),
)


@given(progress_files)
def test_a_generated_progress_file_always_loads_with_usable_positions(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("progress") / "lesson-progress.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    progress = load_progress(path)
    assert isinstance(progress.student, str) and len(progress.student) <= 200
    for lesson_id, entry in progress.lessons.items():
        assert isinstance(lesson_id, str)
        assert 0 <= progress.at(lesson_id) < 200
        assert all(isinstance(s, int) and 0 <= s < 200 for s in entry["passed"])
        position, note = progress.position(lesson_id, steps=3)
        assert 0 <= position < 3 and (note == "") == (progress.at(lesson_id) < 3)
