"""Inside a sequence network in the window: a digit read row by row by the LSTM (input rows
beside the states and the four gates, the layer unrolled in time), the Vision Transformer's
attention heads and rollout over the digit; a network without such layers says what to add."""

import numpy as np
import pytest

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
