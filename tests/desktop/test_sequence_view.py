"""Inside a sequence network in the window: a digit read row by row by the LSTM (input rows
beside the states and the four gates, the layer unrolled in time), the Vision Transformer's
attention heads and rollout over the digit; a network without such layers says what to add."""

import numpy as np
import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QColor, QPalette

from desktop.inspect.sequences import SequenceView


@pytest.fixture
def ready(window):
    from netcore.models import tfruntime

    tfruntime.tensorflow()
    window.model_state.set_tensorflow_ready()
    return window


def shown(window, qtbot, preset, dataset="mnist"):
    window.files.new_from_template(preset)
    window.picker.select(dataset)
    view = SequenceView(window.model_state)
    qtbot.addWidget(view)
    view.resize(1100, 650)
    view.show()
    qtbot.waitExposed(view)
    view.update_view()
    return view


def test_the_lstm_reads_a_digit_row_by_row(ready, qtbot):
    view = shown(ready, qtbot, "lstm-digit-reader")
    assert view.body.isVisible(), view.message.text()
    assert [view.layer.itemText(i) for i in range(view.layer.count())] == ["lstm"]
    trace = view.trace
    assert (
        trace.kind == "LSTM" and trace.inputs.shape == (28, 28) and trace.states.shape == (28, 64)
    )
    assert set(trace.gates) == {"input", "forget", "candidate", "output"}
    # the input picture is the digit itself: its rows are the time steps
    digit = ready.model_state.dataset().x_test[0][:, :, 0]
    np.testing.assert_allclose(trace.inputs, digit, atol=1e-6)
    assert view.tiles["gate3"][0].isVisible() and view.tiles["gate0"][1].text().startswith(
        "input gate"
    )
    view.step.setValue(27)
    assert view.diagram.current == 27 and view.diagram.steps == 28
    assert "step 28 of 28" in view.caption.text() and "forget gate keeps" in view.caption.text()
    view.example.setValue(3)
    assert not np.allclose(view.trace.inputs, digit)


def test_the_vision_transformer_shows_its_heads_and_where_the_answer_comes_from(ready, qtbot):
    view = shown(ready, qtbot, "vit-mnist")
    assert [view.layer.itemText(i) for i in range(view.layer.count())] == [
        "b1_attention",
        "b2_attention",
    ]
    assert view.maps.shape == (4, 16, 16) and np.allclose(view.maps.sum(axis=-1), 1, atol=1e-5)
    assert "4 heads" in view.caption.text() and "16 patches" in view.caption.text()
    assert view.tiles["input"][0].isVisible() and not view.diagram.isVisible()
    assert view.tiles["input"][2].image().width() == 28


def test_a_network_without_sequence_layers_says_what_to_add(ready, qtbot):
    view = shown(ready, qtbot, "lenet5")
    assert not view.body.isVisible()
    assert "add a SimpleRNN, LSTM, GRU or MultiHeadAttention layer" in view.message.text()


def test_the_chosen_time_step_is_marked_in_every_picture_and_the_diagram(ready, qtbot):
    view = shown(ready, qtbot, "lstm-digit-reader")
    view.step.setValue(14)
    assert view.diagram._shown_steps() == [0, 1, None, 14, None, 27]
    image = view.tiles["states"][2].image()
    assert image.width() == 2 + 64 and image.height() == 28  # the marker column, then 64 units
    highlight = view.palette().highlight().color()
    assert image.pixelColor(0, 14).rgb() == highlight.rgb()
    assert image.pixelColor(0, 13).rgb() != highlight.rgb()


class _Recorder(QTranslator):
    """A translator that knows the gates' titles as whole phrases, as a .ts file would."""

    PHRASES = {
        "input gate (0 dark … 1 light)": "porte d'entrée (0 sombre … 1 clair)",
        "forget gate (0 dark … 1 light)": "porte d'oubli (0 sombre … 1 clair)",
        "output gate (0 dark … 1 light)": "porte de sortie (0 sombre … 1 clair)",
        "candidate (−1 … +1)": "candidat (−1 … +1)",
    }

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.PHRASES.get(source, "") if context == "SequenceView" else ""

    def isEmpty(self):  # noqa: N802 - Qt's name
        return False


def test_the_gates_are_named_as_whole_phrases_a_translator_can_translate(ready, qtbot, qapp):
    """ "porte input": the gate's English name was put inside a translated phrase."""
    translator = _Recorder()
    qapp.installTranslator(translator)
    try:
        view = shown(ready, qtbot, "lstm-digit-reader")
        titles = [view.tiles[f"gate{k}"][1].text() for k in range(4)]
    finally:
        qapp.removeTranslator(translator)
    assert titles == [
        "porte d'entrée (0 sombre … 1 clair)",
        "porte d'oubli (0 sombre … 1 clair)",
        "candidat (−1 … +1)",
        "porte de sortie (0 sombre … 1 clair)",
    ]


def test_the_current_step_reads_in_the_palettes_highlighted_text_colour(ready, qtbot):
    """Black text on the highlight's blue could not be read from the back of a room."""
    view = shown(ready, qtbot, "lstm-digit-reader")
    view.step.setValue(14)
    diagram = view.diagram
    colours = diagram.palette()
    colours.setColor(QPalette.ColorRole.Highlight, QColor("#1f4e9c"))
    colours.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    colours.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    diagram.setPalette(colours)
    image = diagram.grab().toImage()
    blue = [
        (x, y)
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).rgb() == QColor("#1f4e9c").rgb()
    ]  # the highlighted cell, found as the user sees it
    assert blue, "the current step is highlighted"
    xs, ys = [x for x, _ in blue], [y for _, y in blue]
    inside = [
        image.pixelColor(x, y)
        for x in range(min(xs) + 4, max(xs) - 4)
        for y in range(min(ys) + 4, max(ys) - 4)
    ]
    dark = [c for c in inside if c.lightness() < 60]
    light = [c for c in inside if c.lightness() > 200]
    assert not dark, f"{len(dark)} dark pixels of text on the highlight"
    assert light, "the step's label is drawn"


def test_the_drawing_is_read_row_by_row_as_it_is_drawn(ready, qtbot):
    window = ready
    window.files.new_from_template("lstm-digit-reader")
    window.picker.select("mnist")
    view = window.inside.sequences
    window.show_inside(view)
    view.source.setCurrentIndex(1)
    assert "Draw a digit" in view.message.text() and not view.example.isVisible()
    image = np.zeros((28, 28, 1), np.float32)
    image[4:24, 13:15] = 1.0  # a 1
    window.draw.prepared.emit(image, "your drawing")
    assert view.body.isVisible(), view.message.text()
    np.testing.assert_array_equal(view.trace.inputs, image[:, :, 0])
    assert view.trace.states.shape == (28, 64)
