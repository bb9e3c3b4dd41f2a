"""The lesson player as issue 31 found it: answers hidden until the student answered, a
prediction before the run, verdicts that go stale on an edit and never move the answer box,
the layer a step asks to edit shown with its Properties, a passed step that comes back as the
student passed it, the end of a lesson, numbers typed the locale's way, untranslated texts
marked for the teacher, and buttons that show their whole label in French at 1280×720."""

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from netcore.lessons.format import Check, Lesson, Step

XOR = "xor-mlp"


def step(title="s", hide=(), **kwargs):
    made = Step(title, f"text of {title}", **kwargs)
    object.__setattr__(made, "hide", tuple(hide))  # Step.hide comes with the lesson format
    return made


def lesson(lesson_id, *steps, title=None):
    return Lesson(lesson_id, title or lesson_id, "Tests", (), tuple(steps), order=0)


@pytest.fixture
def player(window):
    from netcore.models import tfruntime

    tfruntime.tensorflow()
    window.model_state.set_tensorflow_ready()
    window.show_lessons()
    return window.lessons


def play(player, *lessons):
    player.lessons = list(lessons)
    player._fill_tree()
    player.start(lessons[0].id)


ANSWER = Check("answer", {"question": "∂f/∂x?", "correct": -4, "tolerance": 0.001})


def test_a_steps_answer_stays_hidden_until_the_student_answers(window, player):
    seen = []
    player.hidden_changed.connect(seen.append)
    graph = window.inside.graph_calculator
    play(
        player,
        lesson(
            "h", step("gates", hide=("graph_values",), check=ANSWER, setup={"views": ["graph"]})
        ),
    )
    assert player.hidden == {"graph_values"} and seen[-1] == {"graph_values"}
    assert graph.hidden == {"graph_values"}  # the wiring told the view
    player.answer.setText("3")
    assert not player.check()
    assert player.hidden == frozenset() and graph.hidden == frozenset()  # now compare
    player.go_to(0)  # the step again, from its start: hidden again until answered
    assert player.hidden == {"graph_values"}


def test_a_verdict_goes_when_the_weights_change(window, player):
    player.start("logic-gates")
    assert not player.check()
    assert player.result.text().startswith("✗ 3 of 4 rows right")
    window.inside.weights.set_value("unit: w1→1", 1.0)  # the student edits: old news
    assert player.result.text() == ""


def test_the_verdict_never_moves_the_answer_box(window, player, qtbot):
    play(player, lesson("v", step("a", check=ANSWER)))
    qtbot.wait(10)
    top = player.answer.mapTo(player, player.answer.rect().topLeft()).y()
    buttons = player.check_button.mapTo(player, player.check_button.rect().topLeft()).y()
    player.answer.setText("12")
    player.check()
    player.result.setText(player.result.text() + " and a longer hint " * 12)
    qtbot.wait(10)
    assert player.answer.mapTo(player, player.answer.rect().topLeft()).y() == top
    assert player.check_button.mapTo(player, player.check_button.rect().topLeft()).y() == buttons


def test_ctrl_a_after_check_selects_the_answer_not_the_layers(window, player, qtbot):
    play(player, lesson("c", step("a", check=ANSWER, setup={"preset": XOR})))
    qtbot.wait(20)  # the step is on screen before the student types
    window.activateWindow()
    player.answer.setFocus()
    qtbot.keyClicks(player.answer, "12")
    qtbot.mouseClick(player.check_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is player.answer
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert player.answer.selectedText() == "12"
    assert window.document.selection == []


def test_back_to_a_passed_step_shows_what_the_student_passed_it_with(window, player):
    widen = Check("layer_param", {"layer": "hidden", "param": "units", "equals": 8})
    play(
        player,
        lesson(
            "b",
            step("widen", check=widen, setup={"preset": XOR}),
            step("next", setup={"preset": "perceptron-and"}),
        ),
    )
    from netcore.network import editing

    window.document.edit("units", lambda spec: editing.set_param(spec, "hidden", "units", 8))
    assert player.check()
    player.next_button.click()
    assert [layer.id for layer in window.document.spec.layers] != ["hidden", "out"]
    player.back_button.click()
    assert window.document.spec.layers[0].params["units"] == 8
    assert player.position.text() == "Step 1 of 2  ✓ passed"


def test_the_last_step_says_the_lesson_is_finished_and_offers_the_next(window, player):
    play(
        player,
        lesson("first", step("only", check=ANSWER), title="First"),
        lesson("second", step("read"), title="Second"),
    )
    assert player.next_button.isEnabled() and player.next_button.text() == "Next lesson ▶"
    player.answer.setText("-4")
    assert player.check()
    assert "Lesson finished: 1 of 1 steps passed." in player.result.text()
    assert "Second" in player.result.text()
    player.next_button.click()
    assert player.heading.text() == "Second: read"
    assert "Lesson finished" in player.result.text()  # a last step with nothing to check
    assert player.next_button.text() == "Done ✓"


def test_the_step_that_asks_to_edit_a_layer_shows_its_properties(window, player):
    widen = Check("layer_param", {"layer": "out", "param": "units", "equals": 3})
    play(player, lesson("p", step("edit", check=widen, setup={"preset": XOR})))
    assert window.workspaces.current == "lessons"
    assert window.workspaces.holding("properties")
    assert (
        window.properties_dock.isVisible() and not window.properties_dock.visibleRegion().isEmpty()
    )
    assert window.document.selection == ["out"]
    assert player.text.isVisible()  # the lesson's text stays in sight


def test_a_verdict_that_names_a_panel_brings_it(window, player):
    player.start("logic-gates")
    window.show_inside(window.inside.filters)
    window.workspaces.switch("lessons")
    assert not player.check()
    assert window.inside.currentWidget() is window.inside.weights


@pytest.fixture
def french():
    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    yield
    QLocale.setDefault(before)


def test_answers_are_read_the_locales_way(window, player, french):
    play(player, lesson("n", step("a", check=Check("answer", {"question": "q", "correct": -0.2}))))
    player.answer.setText("-0,2")
    assert player.check()
    player.go_to(0)
    player.answer.setText("−0.20")  # a dot and a typographic minus are fine too
    assert player.check()
    player.go_to(0)
    for wrong in ("1 500", "0,2,0", "abc"):
        player.answer.setText(wrong)
        assert not player.check()
        assert "not one number" in player.result.text() or "number" in player.result.text()
        assert "c62828" in player.answer.styleSheet()  # marked, never read as another number


def test_untranslated_texts_are_marked_for_the_teacher(window, player):
    made = lesson("t", step("a"), step("b"))
    object.__setattr__(made, "fallbacks", frozenset({(1, "text"), (1, "task")}))
    play(player, made)
    assert player.fallback.isHidden()
    player.go_to(1)
    assert not player.fallback.isHidden()
    assert "text" in player.fallback.toolTip() and "task" in player.fallback.toolTip()


def test_a_prediction_comes_first_then_the_run_then_both(window, player, qtbot, monkeypatch):
    from netcore.lessons import checks

    if "predict" not in checks.CHECKS:  # the check kind of the lesson format, when it lands

        def judged(s, args):
            run = s.project.latest_run
            if run is None:
                return checks.Result(False, "Run first")
            return checks.Result(
                True, f"You predicted {s.answer}; the run has {len(s.project.runs)}"
            )

        monkeypatch.setitem(checks.CHECKS, "predict", checks.Kind({}, judged, needs_run=True))
    predict = Check("predict", {"question": "Test accuracy?", "measure": "test_accuracy"})
    play(
        player,
        lesson(
            "pr",
            step(
                "guess",
                hide=("run_figures",),
                check=predict,
                train=True,
                setup={"preset": XOR, "dataset": "xor_gate", "training": {"epochs": 2}},
            ),
        ),
    )
    assert player.check_button.text() == "Predict, then run ▶"
    assert player.hidden == {"run_figures"}
    assert not player.check()  # nothing predicted yet
    assert "prediction first" in player.result.text()
    player.answer.setText("0.8")
    started = []
    player.train_requested.connect(lambda: started.append(True))
    player.check()
    assert started and player.hidden == frozenset() and player.answer.isReadOnly()
    assert "You predicted 0.8" in player.result.text()
    qtbot.waitUntil(
        lambda: "the run" in player.result.text() or "✗" in player.result.text(), timeout=60000
    )
    assert "predicted 0.8" in player.result.text()


def test_french_buttons_show_their_whole_label_at_1280x720(window, player, qtbot):
    window.appearance.set_presentation(True)
    window.showNormal()
    window.resize(1280, 720)
    qtbot.wait(50)
    french = {
        player.open_button: "Ouvrir des leçons…",
        player.export_button: "Exporter la progression…",
    }
    for made, text in french.items():
        made.setText(text)
    qtbot.wait(50)
    visible = player.rect()
    for made in player.findChildren(QPushButton):
        if not made.isVisible():
            continue
        assert made.width() >= made.sizeHint().width(), made.text()
        right = made.mapTo(player, made.rect().topRight()).x()
        assert right <= visible.right(), made.text()
    rows = player.tree.sizeHintForRow(1) or 20
    assert player.tree.viewport().height() >= 8 * rows  # the lesson list is a list, not a slit
    player.start("logic-gates")
    french = {
        player.check_button: "Vérifier ✓",
        player.show_button: "Montre-moi",
        player.back_button: "◀ Retour",
        player.next_button: "Suivant ▶",
        player.leave_button: "Quitter la leçon",
    }
    for made, text in french.items():
        made.setText(text)
    qtbot.wait(50)
    for made in french:
        assert made.width() >= made.sizeHint().width(), made.text()
        right = made.mapTo(player, made.rect().topRight()).x()
        assert right <= player.rect().right(), made.text()
    window.appearance.set_presentation(False)


def test_a_shipped_prediction_with_choices_then_the_run(window, player, qtbot):
    """Lesson 04, step 1: which boundary will a linear network draw? A choice first, then the
    run, then the prediction beside the result."""
    player.start("activations")
    player.go_to(0)
    assert player.check_button.text() == "Predict, then run ▶"
    assert player.choices.isVisible() and not player.answer.isVisible()
    assert "run_figures" in player.hidden
    player.choices.setCurrentIndex(player.choices.findData("a straight line"))
    player.check()
    assert "You predicted a straight line" in player.result.text()
    assert player.hidden == frozenset() and not player.choices.isEnabled()
    qtbot.waitUntil(lambda: "Training" not in player.result.text(), timeout=120000)
    assert "a straight line" in player.result.text()


def test_a_prediction_whose_run_cannot_start_says_so_and_starts_again(window, player, qtbot):
    player.start("activations")
    player.go_to(0)
    calls = []
    window.training.start = lambda: calls.append(True)  # a start the gate refuses
    player.choices.setCurrentIndex(player.choices.findData("a straight line"))
    player.check()
    assert calls and "did not start" in player.result.text()
    player.check()  # again, with the same prediction
    assert len(calls) == 2


def test_a_long_lesson_title_is_read_whole_in_the_list(window, player, qtbot):
    title = "D'où part l'entraînement, et les empilements profonds de sigmoïdes"
    player.lessons = [lesson("long", step("s"), title=title)]
    player._fill_tree()
    qtbot.wait(20)
    item = player.tree.topLevelItem(0).child(0)
    rect = player.tree.visualItemRect(item)
    needed = player.tree.fontMetrics().horizontalAdvance(title)
    if needed > player.tree.columnWidth(0) - 40:  # too long for one line: it wraps, never cut
        assert rect.height() >= 2 * player.tree.fontMetrics().height()
