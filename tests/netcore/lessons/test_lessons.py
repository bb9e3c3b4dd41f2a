"""Lessons: the shipped ones load, cover the curriculum's concepts and pass their own checks
with their reference solutions; checks fail with a specific hint; bad files are named with
line and field; the CLI lists and verifies."""

import json

import pytest

from netcore.cli.main import main
from netcore.lessons.concepts import CONCEPTS
from netcore.lessons.format import LessonError, parse_lesson
from netcore.lessons.library import lesson_paths, load_lessons
from netcore.lessons.state import apply, evaluate
from netcore.lessons.verify import verify_lesson
from netcore.network.spec import NetworkSpec
from netcore.project.model import Project


def shipped():
    lessons, errors = load_lessons()
    assert not errors, errors
    return {lesson.id: lesson for lesson in lessons}


def test_at_least_16_lessons_cover_every_concept(capsys):
    assert main(["lessons", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) >= 16
    covered = {c for lesson in listed for c in lesson["concepts"]}
    assert covered == set(CONCEPTS)
    assert all(lesson["steps"] >= 2 and lesson["theme"] for lesson in listed)


@pytest.mark.slow
@pytest.mark.parametrize("path", lesson_paths(), ids=lambda p: p.stem)
def test_every_reference_solution_passes_its_check(path):
    lesson = load_lessons([path])[0][0]
    failed = [o for o in verify_lesson(lesson) if not o.ok]
    assert not failed, failed


def test_a_check_fails_with_a_hint_until_the_solution_is_applied():
    lesson = shipped()["logic-gates"]
    step = lesson.steps[0]
    project = apply(Project(spec=NetworkSpec(name="empty")), step.setup, "setup")
    result = evaluate(step, project)
    assert not result.ok
    assert result.message == "3 of 4 rows right; wrong for (1, 1) → 0"
    assert result.control == "Weights by hand"
    solved = apply(project, step.solution, "solution")
    assert evaluate(step, solved).ok
    quiz = lesson.steps[3]
    assert evaluate(quiz, solved, "exactly one").message.startswith(
        "'exactly one' is not it: Multiply your three numbers by 10"
    )
    assert evaluate(quiz, solved, None).message == "answer the question first"


def test_numbers_and_shapes_checks_say_what_is_expected():
    lesson = shipped()["convolution-by-hand"]
    project = Project(spec=NetworkSpec(name="empty"))
    project = apply(project, lesson.steps[2].setup, "setup")
    result = evaluate(lesson.steps[2], project)
    assert (
        not result.ok
        and "conv gives (220, 220, 8); it should give (222, 222, 32)" in result.message
    )
    assert evaluate(lesson.steps[0], project, "44").message.startswith(
        "44 is not it: 1 too low. Look again at the 3×3 patch of rows 2–4"
    )
    assert evaluate(lesson.steps[0], project, "68").message.startswith(
        "68 is not it: That is row 1, column 2"
    )
    assert evaluate(lesson.steps[0], project, "abc").message.startswith("'abc' is not a number")


GOOD = """
id = "tiny"
title = "Tiny"
theme = "Test"
concepts = ["step-unit"]

[[steps]]
title = "One"
text = "Read."
"""


@pytest.mark.parametrize(
    "text, where",
    [
        (GOOD.replace('title = "Tiny"', 'title = "Tiny'), "line 3"),
        (
            GOOD + '[steps.check]\nkind = "truth_tables"\n',
            "line 11, step 1, check.kind: unknown check 'truth_tables' (did you mean 'truth_table'?)",
        ),
        (
            GOOD.replace('"step-unit"', '"step-units"'),
            "line 5, concepts: unknown concept 'step-units'",
        ),
        (
            GOOD + '[steps.check]\nkind = "truth_table"\n',
            "step 1, solution: a step with a check needs a reference solution",
        ),
        (
            GOOD + '[steps.setup]\nviews = ["nowhere"]\n',
            "line 11, step 1, setup.views: views must list some of",
        ),
        (
            GOOD + '[steps.check]\nkind = "param_count"\nequal = 3\n[steps.solution]\n',
            "line 12, step 1, check.equal: check 'param_count' takes layer, type, after, before, "
            "equals, at_least, at_most, not 'equal'",
        ),
        (GOOD.replace('id = "tiny"', 'id = "Tiny Lesson"'), "line 2, id: id must be lower-case"),
    ],
)
def test_bad_lesson_files_name_the_line_and_field(text, where):
    with pytest.raises(LessonError) as info:
        parse_lesson(text, "my.toml")
    assert str(info.value).startswith("my.toml, ") and where in str(info.value), str(info.value)


def test_cli_verify_names_the_failing_lesson_and_step(tmp_path, capsys):
    wrong = tmp_path / "wrong.toml"
    wrong.write_text(
        GOOD
        + '[steps.setup]\nnetwork = { input_shape = [2], layers = [{ id = "u", type = "Dense", units = 1, activation = "step" }] }\n'
        + 'dataset = "and_gate"\nweights = "zeros"\n[steps.check]\nkind = "truth_table"\n[steps.solution]\n'
        + "weights = { u = { kernel = [[1.0], [1.0]], bias = [-0.5] } }\n"  # OR, not AND
    )
    assert main(["lessons", "--verify", str(wrong)]) == 2
    err = capsys.readouterr().err
    assert "tiny step 1 (One) fails: 2 of 4 rows right; wrong for (0, 1) → 1, (1, 0) → 1" in err
    broken = tmp_path / "broken.toml"
    broken.write_text("id = ")
    assert main(["lessons", str(broken)]) == 2
    assert "broken.toml, line 1" in capsys.readouterr().err
