"""The sequence presets train in the window like every other network: the sine forecaster on
the sine wave (a regression with a SimpleRNN) and a bit counter with an LSTM; the runs are
recorded with their test figures."""

import pytest

from tests.desktop.test_training_panel import wait_for

pytestmark = pytest.mark.slow


def test_the_sine_forecaster_trains_in_the_window(window, qtbot):
    window.files.new_from_template("sine-forecaster")
    window.picker.select("sine_wave")
    panel = window.training
    panel.settings.optimizer.setCurrentText("adam")
    panel.settings.epochs.setValue(20)
    with qtbot.waitSignal(panel.session.running_changed, timeout=10_000):
        assert panel.start()
    wait_for(qtbot, lambda: not panel.session.running and bool(window.project.runs))
    run = window.project.runs[-1]
    assert run.reason == "completed" and len(run.epochs) == 20
    assert run.epochs[-1]["loss"] < run.epochs[0]["loss"]
    assert run.test is not None and run.test["loss"] < 0.1


def test_an_lstm_counts_bits_in_the_window(window, qtbot):
    from netcore.network.spec import NetworkSpec

    spec = NetworkSpec.from_dict(
        {
            "format": "layerlab-network",
            "version": 1,
            "name": "bit counter",
            "input_shape": [12, 1],
            "layers": [
                {"id": "memory", "type": "LSTM", "units": 8},
                {"id": "out", "type": "Dense", "units": 13, "activation": "softmax"},
            ],
        }
    )
    window.document.replace(spec)
    window.picker.select("counting")
    panel = window.training
    panel.settings.epochs.setValue(3)
    with qtbot.waitSignal(panel.session.running_changed, timeout=10_000):
        assert panel.start()
    wait_for(qtbot, lambda: not panel.session.running and bool(window.project.runs))
    run = window.project.runs[-1]
    assert run.reason == "completed" and run.class_names[:3] == ["0", "1", "2"]
