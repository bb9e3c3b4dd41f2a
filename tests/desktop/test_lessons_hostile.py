"""The lesson player handed hostile folders and progress files: it names what it cannot use,
plays what it can, never opens a wrong step and never lets NaN pass."""

import json
import os

from netcore.lessons.progress import FORMAT, progress_path

QUIZ = (
    'id = "quiz"\ntitle = "A quiz"\ntheme = "Our class"\nconcepts = ["softmax"]\n\n'
    + '[[steps]]\ntitle = "Read"\ntext = "Softmax."\n'
    + '[[steps]]\ntitle = "Count"\ntext = "How many?"\n[steps.check]\nkind = "answer"\n'
    + 'question = "How many?"\ncorrect = 9\n[steps.solution]\nanswer = 9\n'
)


def _player(window, dialogs=None):
    from desktop.lessons.player import LessonPlayer

    return LessonPlayer(window.project, dialogs)


def test_a_folder_with_a_device_a_pipe_and_wrong_types_names_them_and_loads_the_rest(
    window, dialogs, tmp_path
):
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "quiz.toml").write_text(QUIZ)
    (folder / "zero.toml").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.toml")
    (folder / "types.toml").write_text(
        QUIZ.replace('id = "quiz"', 'id = "types"').replace("correct = 9", "correct = [9]")
    )
    (folder / "deep.toml").write_text(
        QUIZ.replace('id = "quiz"', 'id = "deep"\nsummary = ' + "[" * 900 + "]" * 900)
    )
    player = _player(window, dialogs)
    dialogs.folder_answer = folder
    player.open_button.click()
    warnings = [
        player.tree.topLevelItem(i).text(0)
        for i in range(player.tree.topLevelItemCount())
        if player.tree.topLevelItem(i).text(0).startswith("⚠")
    ]
    assert len(warnings) == 4, warnings
    text = "\n".join(warnings)
    assert "zero.toml: is a device" in text and "pipe.toml: is a pipe (FIFO)" in text
    assert "types.toml, line 15, step 2, check.correct: " in text
    assert "deep.toml, line 2" in text and "nested" in text
    assert "1 lesson(s) added" in player.result.text()
    player.start("quiz")
    assert player.heading.text() == "A quiz: Read"


def test_nan_is_never_a_right_answer_in_the_window(window, dialogs, tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "quiz.toml").write_text(QUIZ)
    player = _player(window, dialogs)
    dialogs.folder_answer = folder
    player.open_button.click()
    player.start("quiz")
    player.go_to(1)
    for given in ("nan", "inf", "-inf"):
        player.answer.setText(given)
        assert not player.check()
        # the answer box refuses it as it refuses any text that is not one number
        assert player.result.text().startswith(f"✗ '{given}' is not a number")
        assert 1 not in player.progress.passed("quiz")
    player.answer.setText("9")
    assert player.check() and player.result.text().startswith("✓ 9 is right\n")
    assert 1 in player.progress.passed("quiz")


def _progress(lessons):
    path = progress_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "lessons": lessons}))


def test_a_negative_position_opens_the_first_step_with_a_note(window):
    _progress({"logic-gates": {"passed": [], "at": -1}})
    player = _player(window)
    assert "position of 'logic-gates'" in player.result.text()
    player.start("logic-gates")
    assert player.position.text() == "Step 1 of 4"


def test_a_position_past_the_end_opens_the_first_step_with_a_note(window):
    _progress({"logic-gates": {"passed": [0, 2, 150], "at": 150}})
    player = _player(window)
    assert player.tree.topLevelItem(0).child(0).text(1) == "2/4"  # step 151 is not counted
    player.start("logic-gates")
    assert player.position.text() == "Step 1 of 4  ✓ passed"
    assert "step 151" in player.result.text() and "starts at step 1" in player.result.text()


def test_a_progress_file_that_is_a_link_to_dev_zero_is_set_aside(window):
    path = progress_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to("/dev/zero")
    player = _player(window)
    assert "could not be read" in player.result.text() and "is a device" in player.result.text()
