"""A lesson step that asks for a quantity keeps it off the screen until the student answered:
the editor's parameter counts (canvas, Properties, status bar), the draw panel's
probabilities and the training panel's test figures. Each shipped step that hides one is
played through the window's lesson player; no text a student can read shows the number
before the answer, and it is there right after."""

import re

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from desktop.widgets.bars import ProbabilityBars
from netcore.training.history import RunRecord


@pytest.fixture
def player(window):
    from netcore.models import tfruntime

    tfruntime.tensorflow()
    window.model_state.set_tensorflow_ready()
    window.show_lessons()
    return window.lessons


def figure(value: int) -> re.Pattern:
    """An integer as any locale writes it: 669706, 669,706, 669 706, 669.706."""
    text = str(value)
    groups = []
    while text:
        groups.insert(0, text[-3:])
        text = text[:-3]
    return re.compile(r"(?<![\d.,])" + r"[\s,.'\u00a0\u202f]?".join(groups) + r"(?![\d])")


def shown_texts(window) -> str:
    """Every text of the window a student can read now: labels, fields, buttons, tooltips,
    tables, lists, progress bars, the canvas's nodes, the probability bars' values."""
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QProgressBar):
            texts.append(widget.format())
        elif isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    if item is not None:
                        texts += [item.text(), item.toolTip()]
        elif isinstance(widget, QListWidget):
            for row in range(widget.count()):
                texts += [widget.item(row).text(), widget.item(row).toolTip()]
        elif isinstance(widget, ProbabilityBars):
            texts += [widget.value_text(v) for v in widget.values]
    for node in window.canvas.nodes.values():
        texts += [node.params_text, node.toolTip()]
    texts.append(window.status.currentMessage())
    return "\n".join(t for t in texts if t)


def answer(player, text: str) -> None:
    player.answer.setText(text)
    player.check()


def test_counting_the_mlps_parameters_hides_every_count_until_answered(window, player):
    player.start("counting-parameters")
    player.go_to(1)
    assert player.hidden == {"param_counts"}
    total = figure(669706)
    hidden1 = figure(401920)  # 784·512 + 512
    for selection in ([], ["hidden1"]):  # the network's totals, then one layer's count
        window.document.set_selection(selection)
        shown = shown_texts(window)
        assert not total.search(shown), total.search(shown)
        assert not hidden1.search(shown), hidden1.search(shown)
    assert window.status.params_label.text().endswith("?")
    assert all(
        "?" in node.params_text for node in window.canvas.nodes.values() if not node.is_input
    )
    # the shapes the student counts from stay
    assert "512" in window.properties.info.text()
    answer(player, "669696")  # a wrong answer is an answer: now compare
    assert player.hidden == frozenset()
    assert total.search(window.status.params_label.text())
    assert hidden1.search(window.properties.info.text())
    assert hidden1.search(window.canvas.nodes["hidden1"].params_text)
    window.document.set_selection([])
    assert total.search(window.properties.info.text())


def test_lenets_count_is_hidden_while_the_student_edits_and_shows_at_once(window, player):
    player.start("lenet")
    assert player.hidden == {"param_counts"}
    total = figure(61706)
    assert not total.search(shown_texts(window))
    window.document.set_selection(["conv1"])
    assert not figure(156).search(window.properties.info.text())  # (5·5·1 + 1)·6
    assert "?" in window.properties.info.text()
    answer(player, "61706")
    assert total.search(shown_texts(window))
    assert figure(156).search(window.properties.info.text())


def test_the_draw_panels_probabilities_wait_for_the_softmax_answer(window, player, monkeypatch):
    draw = window.draw

    class Classifier:
        name = "fixed"

        def probabilities(self, image):
            return np.array([[0.0123, 0.8777] + [0.0138] * 8])

    monkeypatch.setattr(draw, "classifier", lambda: Classifier())
    player.start("probabilities-and-losses")
    player.go_to(1)
    assert player.hidden == {"softmax_values"}
    window.show_draw()
    assert draw.bars_hidden.isVisible()  # a note says when they come
    draw.canvas.strokes = [[QPointF(60, 40), QPointF(120, 200)]]  # a stroke of a "1"
    draw.classify()
    assert draw.probabilities is not None  # the panel has them, and keeps them to itself
    shown = shown_texts(window)
    assert "87.8 %" not in shown and "87,8 %" not in shown
    answer(player, "0.5")
    assert player.hidden == frozenset()
    assert draw.bars.isVisible() and "87.8 %" in shown_texts(window)


def finished_run(window, accuracy=0.8125) -> None:
    """A run of the step's network on its dataset, added the way a finished run is."""
    model = window.project.model
    title = window.project.dataset_info()["title"]
    record = RunRecord(config={"epochs": 2}, label="adam", dataset=title)
    model.begin_run(record)
    rows = [{"loss": 0.61, "accuracy": 0.7}, {"loss": 0.4321, "accuracy": accuracy}]
    model.grow_run(epochs=rows)
    labels = np.array([0, 0, 1, 1, 1, 0, 1, 0])
    probabilities = np.array([[0.9, 0.1], [0.2, 0.8]] * 4)
    end = RunRecord(
        epochs=rows,
        test={"accuracy": accuracy, "loss": 0.4321},
        config=record.config,
        label="adam",
        dataset=title,
        class_names=["inner", "outer"],
        test_labels=labels,
        test_probabilities=probabilities,
    )
    model.end_run(end)


def test_a_run_before_the_prediction_keeps_its_figures_hidden(window, player, monkeypatch):
    player.start("activations")
    assert player.hidden == {"run_figures"}
    window.show_training()
    finished_run(window)
    results = window.training.results
    shown = shown_texts(window)
    assert "81.25" not in shown and "81,25" not in shown and "0.4321" not in shown
    assert not results.matrix.isVisible() and not results.gallery.isVisible()
    monkeypatch.setattr(window.training, "start", lambda: False)  # the prediction's own run
    player.choices.setCurrentIndex(1)
    player.check()  # predict: the figures come at once
    assert player.hidden == frozenset()
    assert "81.25 %" in results.summary.text() and "0.4321" in results.summary.text()
    assert results.matrix.isVisible() and results.matrix.rowCount() == 2


def hiding(player, name: str) -> list[tuple[str, int]]:
    """(lesson id, step index) of every shipped step that hides ``name``."""
    return [
        (lesson.id, index)
        for lesson in player.lessons
        for index, step in enumerate(lesson.steps)
        if name in getattr(step, "hide", ())
    ]


def test_every_shipped_step_hiding_counts_shows_none_of_them(window, player):
    steps = hiding(player, "param_counts")
    assert len(steps) >= 3, steps
    for lesson_id, index in steps:
        player.start(lesson_id)
        player.go_to(index, resume=True)
        assert player.hidden == {"param_counts"}, (lesson_id, index)
        analysis = window.document.analysis
        step = player.lesson.steps[index]
        # counts a shape or the step's own text cannot also show (a LayerNorm's 128 beside a
        # (16, 128) output, the 784 the text counts from)
        counts = {
            count
            for count in {analysis.total_params}
            | {info.total_params for info in analysis.layers.values()}
            if count >= 1000 and not figure(count).search(step.text + step.task)
        }
        # small counts (80 for one 3×3 convolution) could be any number: they read "?"
        assert window.status.params_label.text().endswith("?"), (lesson_id, index)
        assert all(
            node.params_text.startswith("?")
            for node in window.canvas.nodes.values()
            if not node.is_input
        )
        for selection in ([], *[[lid] for lid in analysis.layers]):
            window.document.set_selection(selection)
            shown = shown_texts(window)
            for count in counts:
                assert not figure(count).search(shown), (lesson_id, index, selection, count)
    player.leave()  # out of the lesson: every count is back
    assert not window.status.params_label.text().endswith("?")


def test_every_shipped_step_hiding_run_figures_keeps_a_runs_test_results_back(window, player):
    steps = hiding(player, "run_figures")
    assert len(steps) >= 4, steps
    for lesson_id, index in steps:
        player.start(lesson_id)
        player.go_to(index, resume=True)
        assert player.hidden == {"run_figures"}, (lesson_id, index)
        finished_run(window, accuracy=0.6875)
        shown = shown_texts(window)
        assert "68.75" not in shown and "0.4321" not in shown, (lesson_id, index)
