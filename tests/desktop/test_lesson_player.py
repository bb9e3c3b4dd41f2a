"""The lesson player, as a student plays a lesson: set up, a failed check with a hint, Show me,
a pass, Next, progress saved, and their own project back when they leave."""

import json

import pytest

from netcore.lessons.progress import progress_path


@pytest.fixture
def player(window):
    from netcore.models import tfruntime

    tfruntime.tensorflow()
    window.model_state.set_tensorflow_ready()
    window.findChild(type(window.menuBar().actions()[0]), "actionLessons").trigger()
    assert window.lessons.objectName() == "lessonPlayer"
    return window.lessons


def test_play_the_logic_gates_lesson(window, player, qtbot):
    window.files.new_from_template("lenet5")  # the student's own work
    own = window.document.spec.copy()
    titles = [player.tree.topLevelItem(0).child(i).text(0) for i in range(2)]
    assert titles == ["Logic gates with one unit", "XOR and XNOR need a hidden layer"]
    player.start("logic-gates")
    # step 1 set up through the project: one step unit, the AND table, weights at zero
    assert window.document.spec.layers[0].params["activation"] == "step"
    assert window.project.dataset.name == "and_gate"
    assert window.inside.currentWidget() is window.inside.weights  # the step's view
    assert player.position.text() == "Step 1 of 4"
    assert "threshold unit" in player.text.toPlainText()
    # a wrong answer: the hint says what and where
    assert not player.check()
    assert (
        player.result.text()
        == "✗ 3 of 4 rows right; wrong for (1, 1) → 0 — look at Weights by hand"
    )
    # the network is locked for this step; a typed weight is not
    window.document.edit("x", lambda spec: spec.layers.clear())
    assert window.document.spec.layers and "lesson" in window.statusBar().currentMessage()
    editor = window.inside.weights
    editor.set_value("unit: w1→1", 1.0)
    editor.set_value("unit: w2→1", 1.0)
    editor.set_value("unit: bias 1", -1.5)
    assert player.check() and player.result.text().startswith("✓ all 4 rows right")
    assert player.position.text() == "Step 1 of 4  ✓ passed"
    # Next: OR; Show me puts in a solution, Check passes
    player.next_button.click()
    assert window.project.dataset.name == "or_gate" and not player.check()
    player.show_button.click()
    assert player.check()
    # a quiz step: a wrong choice, then the right one
    player.go_to(3)
    player.choices.setCurrentText("exactly one")
    assert not player.check() and "not it" in player.result.text()
    player.choices.setCurrentText("infinitely many")
    assert player.check()
    saved = json.loads(progress_path().read_text())
    assert saved["lessons"]["logic-gates"]["passed"] == [0, 1, 3]
    # leaving gives the student's network back, unlocked
    player.leave_button.click()
    assert window.document.spec == own and not window.document.locked_reason
    assert player.tree.topLevelItem(0).child(0).text(1) == "3/4"


def test_a_damaged_progress_file_is_set_aside(window, qtbot):
    from desktop.lessons.player import LessonPlayer

    path = progress_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json")
    player = LessonPlayer(window.project)
    assert "could not be read" in player.result.text()
    assert list(path.parent.glob("lesson-progress.unreadable-*.json"))


def test_a_teachers_folder_and_the_progress_export(window, player, dialogs, tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "mine.toml").write_text(
        'id = "my-lesson"\ntitle = "My own lesson"\ntheme = "Our class"\n'
        'concepts = ["softmax"]\n\n[[steps]]\ntitle = "Read"\ntext = "Softmax, again."\n'
    )
    (folder / "broken.toml").write_text('id = "x"\ntitle = "Broken"\n[[steps]]\nkind = 3\n')
    dialogs.folder_answer = folder
    player.open_button.click()
    themes = {player.tree.topLevelItem(i).text(0) for i in range(player.tree.topLevelItemCount())}
    assert "Our class" in themes
    assert any(t.startswith("⚠") and "broken.toml" in t for t in themes)
    assert "1 lesson(s) added" in player.result.text()
    player.start("my-lesson")
    assert player.heading.text() == "My own lesson: Read"
    player.leave_button.click()
    player.student.setText("Ada")
    player.student.editingFinished.emit()
    dialogs.save_path_answer = tmp_path / "ada.json"
    player.export_button.click()
    exported = json.loads((tmp_path / "ada.json").read_text())
    assert exported["student"] == "Ada"
    assert exported["summary"]["logic-gates"] == {
        "title": "Logic gates with one unit",
        "passed": 0,
        "steps": 4,
    }
