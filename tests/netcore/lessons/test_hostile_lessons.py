"""Lesson files a teacher (or anyone) hands LayerLab that are wrong in every way we could think
of: special files, wrong types in every field, NaN and infinities, and lessons that ask for far
more than a lab machine holds. Each is refused at load with the file, the line and the field
(``LessonError``), or fails its check; none ends in another exception, a hang or gigabytes."""

import os
import socket

import pytest

from netcore.cli.main import main
from netcore.lessons.format import LessonError, load_lesson, parse_lesson
from netcore.lessons.library import load_lessons
from netcore.lessons.limits import MAX_LESSONS, MAX_STEPS
from netcore.lessons.state import apply, evaluate
from netcore.network.spec import NetworkSpec
from netcore.project.model import Project

HEAD = 'id = "tiny"\ntitle = "Tiny"\ntheme = "Test"\nconcepts = ["step-unit"]\n\n'
STEP = '[[steps]]\ntitle = "One"\ntext = "Read."\n'  # lines 6-8; anything added starts at 9
GOOD = HEAD + STEP
UNIT = '{ input_shape = [2], layers = [{ id = "u", type = "Dense", units = 1 }] }'


def refused(text: str) -> str:
    with pytest.raises(LessonError) as info:
        parse_lesson(text, "my.toml")
    message = str(info.value)
    assert message.startswith("my.toml, "), message
    return message


# --------------------------------------------------------------------------- special files


def _folder_with_special_files(tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "good.toml").write_text(GOOD)
    (folder / "zero.toml").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.toml")
    (folder / "folder.toml").mkdir()
    return folder


def test_a_device_a_fifo_and_a_folder_are_refused_by_name_and_the_rest_loads(tmp_path):
    folder = _folder_with_special_files(tmp_path)
    lessons, errors = load_lessons([folder])
    assert [lesson.id for lesson in lessons] == ["tiny"]
    messages = sorted(str(e) for e in errors)
    assert len(messages) == 3, messages
    assert "folder.toml" in messages[0] and "is a folder" in messages[0]
    assert "pipe.toml" in messages[1] and "pipe (FIFO)" in messages[1]
    assert "zero.toml" in messages[2] and "is a device" in messages[2]


@pytest.mark.parametrize("flags", [[], ["--json"], ["--verify"]])
def test_the_cli_names_special_files_exits_2_and_lists_the_rest(tmp_path, capsys, flags):
    folder = _folder_with_special_files(tmp_path)
    assert main(["lessons", *flags, str(folder)]) == 2
    out, err = capsys.readouterr()
    assert "zero.toml: is a device" in err and "pipe.toml: is a pipe (FIFO)" in err
    assert "Traceback" not in err and "internal error" not in err
    assert "tiny" in out  # the good lesson is still listed (or verified)


def test_a_socket_and_a_file_over_the_limit_are_refused(tmp_path):
    big = tmp_path / "big.toml"
    big.write_text(GOOD + "# " + "x" * 600_000 + "\n")
    with pytest.raises(LessonError, match=r"big.toml.*at most 524,288 bytes"):
        load_lesson(big)
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(tmp_path / "s.toml"))
        with pytest.raises(LessonError, match="s.toml: is a socket"):
            load_lesson(tmp_path / "s.toml")
    finally:
        sock.close()


def test_a_folder_of_too_many_lessons_is_cut_at_the_limit_with_the_figure(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(MAX_LESSONS + 5):
        (folder / f"l{n:04}.toml").write_text(GOOD.replace('"tiny"', f'"l{n}"'))
    lessons, errors = load_lessons([folder])
    assert len(lessons) == MAX_LESSONS
    assert [str(e) for e in errors] == [
        f"{folder}: {MAX_LESSONS + 5:,} lesson files; LayerLab reads at most {MAX_LESSONS:,} "
        "from one folder (the first ones by name)"
    ]


# --------------------------------------------------------------------------- wrong types

S = GOOD  # a step to add fields to (they start at line 9)
CHECK = "[steps.check]\n"


@pytest.mark.parametrize(
    "text, where",
    [
        (HEAD.replace('["step-unit"]', '[["step-unit"]]') + STEP, "line 4, concepts: "),
        (HEAD.replace('["step-unit"]', '"step-unit"') + STEP, "line 4, concepts: concepts must"),
        (HEAD.replace('"Test"', "3") + STEP, "line 3, theme: theme must be"),
        (HEAD + "order = 1e3\n" + STEP, "line 6, order: order must be a whole number"),
        (HEAD + 'steps = "abc"\n', "line 6, steps: a lesson needs"),
        (HEAD + "steps = [1]\n", "steps: each step is a [[steps]] table"),
        (S + CHECK + 'kind = ["a"]\n[steps.solution]\n', "line 10, step 1, check.kind: unknown"),
        (S + CHECK + "kind = 3\n[steps.solution]\n", "line 10, step 1, check.kind: unknown"),
        (S + 'check = "truth_table"\n', "line 9, step 1, check: a check is a table"),
        (S + 'train = "yes"\n', "line 9, step 1, train: train must be true or false"),
        (S + "setup = [1]\n", "line 9, step 1, setup: setup must be a table"),
        (S + '[steps.setup]\nviews = [["a"]]\n', "line 10, step 1, setup.views: views must"),
        (S + "[steps.setup]\npreset = 3\n", "line 10, step 1, setup.preset: preset must be"),
        (S + '[steps.setup]\npreset = ["a"]\n', "line 10, step 1, setup.preset: preset must be"),
        (S + '[steps.setup]\npreset = "nope"\n', "setup.preset: no preset 'nope'"),
        (S + "[steps.setup]\nnetwork = 3\n", "line 10, step 1, setup.network: network must be"),
        (S + '[steps.setup]\nnetwork = { layers = "x" }\n', "line 10, step 1, setup.network: "),
        (S + "[steps.setup]\ndataset = 3\n", "line 10, step 1, setup.dataset: dataset must be"),
        (S + '[steps.setup]\ndataset = "/etc/passwd"\n', "setup.dataset: unknown dataset"),
        (
            S + '[steps.setup]\ndataset = "circles"\ndataset_options = 3\n',
            "line 11, step 1, setup.dataset_options: dataset_options must be a table",
        ),
        (
            S + '[steps.setup]\ndataset = "circles"\ndataset_options = { n = "many" }\n',
            "line 11, step 1, setup.dataset_options: dataset option n must be a whole number",
        ),
        (
            S + '[steps.setup]\ndataset = "circles"\ndataset_options = { n = 10000000 }\n',
            "setup.dataset_options: n must be a whole number from 8 to 1,000,000",
        ),
        (
            S + "[steps.setup]\ndataset_options = { n = 100 }\n",
            "setup.dataset_options: dataset_options needs a dataset",
        ),
        (S + '[steps.setup]\ntraining = "fast"\n', "line 10, step 1, setup.training: training"),
        (
            S + '[steps.setup]\ntraining = { epochs = "x" }\n',
            "line 10, step 1, setup.training: epochs must be a whole number",
        ),
        (
            S + "[steps.setup]\ntraining = { memory_budget_mb = 1e9 }\n",
            "setup.training.memory_budget_mb: a lesson cannot set memory_budget_mb",
        ),
        (
            S + '[steps.setup]\ntraining = { tensorboard_dir = "/tmp/x" }\n',
            "setup.training.tensorboard_dir: a lesson cannot set tensorboard_dir",
        ),
        (S + f"[steps.setup]\nnetwork = {UNIT}\nweights = 3\n", "line 11, step 1, setup.weights"),
        (
            S + f"[steps.setup]\nnetwork = {UNIT}\nweights = {{ u = [1] }}\n",
            "line 11, step 1, setup.weights.u: ",
        ),
        (
            S + f'[steps.setup]\nnetwork = {UNIT}\nweights = {{ u = {{ kernel = "abc" }} }}\n',
            "line 11, step 1, setup.weights.u.kernel: ",
        ),
        (
            S
            + f"[steps.setup]\nnetwork = {UNIT}\n"
            + "weights = { u = { kernel = [[1.0], [1.0, 2.0]], bias = [0.0] } }\n",
            "line 11, step 1, setup.weights.u.kernel: the rows have different lengths",
        ),
        (
            S
            + f"[steps.setup]\nnetwork = {UNIT}\nweights = {{ u = {{ kernel = [[{{a=1}}]] }} }}\n",
            "line 11, step 1, setup.weights.u.kernel: ",
        ),
        (
            S + f"[steps.setup]\nnetwork = {UNIT}\nweights = {{ u = {{ gamma = [1.0] }} }}\n",
            "line 11, step 1, setup.weights.u.gamma: unknown field 'gamma'",
        ),
        (S + CHECK + 'kind = "no_errors"\n[steps.solution]\nset = "x"\n', "step 1, solution.set"),
        (S + CHECK + 'kind = "no_errors"\n[steps.solution]\nset = [1]\n', "step 1, solution.set"),
        (
            S + CHECK + 'kind = "no_errors"\n[steps.solution]\nset = [{ layer = "u" }]\n',
            "step 1, solution.set: each edit is { layer, param, value }",
        ),
        (
            S + CHECK + 'kind = "no_errors"\n[steps.solution]\nanswer = { a = 1 }\n',
            "line 12, step 1, solution.answer: answer must be text or a number",
        ),
        (
            S + CHECK + 'kind = "output_shape"\nlayer = "u"\nequals = ["a"]\n[steps.solution]\n',
            "line 12, step 1, check.equals: ",
        ),
        (
            S + CHECK + 'kind = "answer"\nquestion = "q"\ncorrect = 1\nchoices = [[1]]\n'
            "[steps.solution]\n",
            "line 13, step 1, check.choices: ",
        ),
        (
            S + CHECK + 'kind = "accuracy"\nsplit = "everything"\n[steps.solution]\n',
            "line 11, step 1, check.split: ",
        ),
        (
            S + 'title = "again"\n',
            "not valid TOML",
        ),
    ],
)
def test_every_wrong_type_names_the_line_and_field(text, where):
    message = refused(text)
    assert where in message, message


def test_nesting_900_deep_is_refused_not_a_recursion_error():
    message = refused(HEAD + "summary = " + "[" * 900 + "]" * 900 + "\n" + STEP)
    assert "line 6" in message and "nested" in message, message
    deep_table = HEAD + "summary = " + "{ a = " * 100 + "1" + " }" * 100 + "\n" + STEP
    assert "nested" in refused(deep_table)


def test_a_key_of_thousands_of_dotted_parts_is_refused_before_parsing():
    # tomllib takes quadratic time on these: 12,000 parts took 6 s, 250,000 would take an hour
    message = refused(HEAD + "a." * 200_000 + "b = 1\n" + STEP)
    assert "line 6" in message and "200,001 dotted parts" in message, message


def test_steps_that_are_not_tables_inside_and_lists_of_them():
    message = refused(HEAD + "[[steps]]\ntitle = 1\ntext = 2\n")
    assert "line 7, step 1, title: title must be non-empty text" in message


# --------------------------------------------------------------------------- NaN and limits


ANSWER = S + CHECK + 'kind = "answer"\nquestion = "How many?"\ncorrect = 9\n'


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "-1"])
def test_a_tolerance_is_finite_and_not_negative(value):
    message = refused(ANSWER + f"tolerance = {value}\n[steps.solution]\nanswer = 12345\n")
    assert "line 13, step 1, check.tolerance: " in message, message


@pytest.mark.parametrize("field", ["correct = nan", "equals = inf"])
def test_nan_and_infinities_are_refused_anywhere_in_a_lesson(field):
    text = S + CHECK + f'kind = "param_count"\n{field}\n[steps.solution]\n'
    message = refused(text)
    assert "line 11, step 1, check." in message and "finite" in message, message


@pytest.mark.parametrize("given", ["nan", "NaN", "inf", "-inf", "1e999"])
def test_an_answer_of_nan_or_infinity_never_passes(given):
    lesson = parse_lesson(ANSWER + "[steps.solution]\nanswer = 9\n", "my.toml")
    project = Project(spec=NetworkSpec(name="empty"))
    result = evaluate(lesson.steps[0], project, given)
    assert not result.ok and result.message.startswith(f"'{given}' is "), result.message
    assert "not a number" in result.message or "too large" in result.message
    assert evaluate(lesson.steps[0], project, "9").ok


def test_a_huge_whole_number_is_refused_with_its_field():
    message = refused(HEAD + "order = 100000000000000000000000000000\n" + STEP)
    assert "line 6, order: " in message


def _net(units, inputs=2, layers=3):
    hidden = ", ".join(f'{{ id = "h{i}", type = "Dense", units = {units} }}' for i in range(layers))
    return (
        f"{{ input_shape = [{inputs}], layers = [{hidden}, "
        '{ id = "out", type = "Dense", units = 2, activation = "softmax" }] }'
    )


def test_a_300m_parameter_network_is_refused_at_load_with_the_count():
    message = refused(S + f"[steps.setup]\nnetwork = {_net(10_000, inputs=10_000)}\n")
    assert "line 10, step 1, setup.network: " in message
    assert "300,050,002 parameters" in message and "150,000,000" in message


def test_training_three_dense_10000_layers_is_refused_at_load():
    text = (
        HEAD
        + '[[steps]]\ntitle = "Train"\ntext = "Go."\ntrain = true\n'
        + f'[steps.setup]\nnetwork = {_net(10_000, layers=2)}\ndataset = "xor_gate"\n'
        + '[steps.check]\nkind = "run"\n[steps.solution]\n'
    )
    message = refused(text)
    assert "line 9, step 1, train: " in message, message
    assert "100,060,002 parameters" in message and "10,000,000" in message, message


def test_a_network_grown_by_a_solution_edit_is_refused():
    text = (
        S
        + f'[steps.setup]\nnetwork = {_net(10)}\n[steps.check]\nkind = "no_errors"\n'
        + '[steps.solution]\nset = [{ layer = "h1", param = "units", value = 1000000000 }]\n'
    )
    message = refused(text)
    assert "step 1, solution.set: " in message and "150,000,000" in message, message


def test_hand_set_weights_on_a_big_network_are_refused_at_load():
    text = S + f'[steps.setup]\nnetwork = {_net(5_000)}\nweights = "zeros"\n'
    message = refused(text)
    assert "line 11, step 1, setup.weights: " in message and "50,0" in message, message


def test_a_lesson_of_5000_steps_is_refused_with_the_figure_and_the_limit():
    message = refused(HEAD + STEP * 5000)
    assert f"line 6, steps: 5,000 steps; a lesson may have at most {MAX_STEPS:,}" in message


@pytest.mark.parametrize(
    "text, where",
    [
        (HEAD.replace('"Tiny"', '"' + "x" * 1000 + '"') + STEP, "title: title has 1,000"),
        (S.replace('"Read."', '"' + "x" * 100_000 + '"'), "step 1, text: text has 100,000"),
        (
            S + '[steps.setup]\nviews = ["editor"' + ', "editor"' * 100 + "]\n",
            "setup.views: ",
        ),
        (
            S + f"[steps.setup]\nnetwork = {UNIT}\n"
            "weights = { u = { kernel = [" + "[1.0]," * 70_000 + "] } }\n",
            "setup.weights.u.kernel: at least 70,000 numbers",
        ),
        (
            S + '[steps.setup]\ntraining = { epochs = 50000 }\ndataset = "spirals"\n',
            "setup.training.epochs: ",
        ),
        (
            HEAD
            + '[[steps]]\ntitle = "T"\ntext = "x"\ntrain = true\n[steps.setup]\n'
            + 'preset = "mnist-mlp-512"\ndataset = "mnist"\ntraining = { epochs = 1000 }\n'
            + '[steps.check]\nkind = "run"\n[steps.solution]\n',
            "step 1, train: ",
        ),
    ],
)
def test_everything_a_lesson_can_make_big_is_bounded(text, where):
    message = refused(text)
    assert where in message, message


def test_the_training_work_of_a_step_and_of_a_lesson_is_bounded():
    step = (
        '[[steps]]\ntitle = "T"\ntext = "x"\ntrain = true\n[steps.setup]\n'
        'preset = "lenet5"\ndataset = "mnist"\ntraining = {{ epochs = {epochs} }}\n'
        '[steps.check]\nkind = "run"\n[steps.solution]\n'
    )
    message = refused(HEAD + step.format(epochs=20))
    assert "line 9, step 1, train: " in message and "a step trains at most 5e+10" in message
    message = refused(HEAD + step.format(epochs=10) * 6)
    assert "step 6, train: " in message and "a lesson trains at most 2e+11" in message, message


def test_a_step_error_at_run_time_is_a_message_not_an_exception():
    lesson = parse_lesson(
        S + f"[steps.setup]\nnetwork = {UNIT}\n"
        "weights = { u = { kernel = [[1.0, 2.0, 3.0]], bias = [0.0] } }\n",
        "my.toml",
    )
    from netcore.lessons.state import StepError

    with pytest.raises(StepError, match=r"u.kernel is \(1, 3\), the layer needs \(2, 1\)"):
        apply(Project(spec=NetworkSpec(name="empty")), lesson.steps[0].setup, "setup")


def test_the_cli_exits_2_without_a_traceback_for_each_kind(tmp_path, capsys):
    for name, text in {
        "types.toml": S + CHECK + 'kind = ["a"]\n[steps.solution]\n',
        "deep.toml": HEAD + "summary = " + "[" * 900 + "]" * 900 + "\n" + STEP,
        "nan.toml": ANSWER + "tolerance = nan\n[steps.solution]\nanswer = 12345\n",
        "big.toml": S + f"[steps.setup]\nnetwork = {_net(10_000, inputs=10_000)}\n",
    }.items():
        (tmp_path / name).write_text(text)
        for flags in ([], ["--verify"], ["--json"]):
            assert main(["lessons", *flags, str(tmp_path / name)]) == 2
            err = capsys.readouterr().err
            assert f"{name}, line" in err and "internal error" not in err, err
