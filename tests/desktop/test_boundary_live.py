"""The decision boundary while a network trains: the full 100×100 picture with the hidden units'
pictures follows the live weights, and the caption's training accuracy is always that of the
weights drawn (shown once training pauses or ends, when it can be read)."""

import numpy as np
import pytest

from netcore.project.model import WeightSource
from netcore.training.evaluation import predicted_classes
from tests.desktop.test_inside import inside  # noqa: F401 - the fixture


def _accuracy_text(window, data) -> str:
    guess = predicted_classes(window.model_state.inspector().predict(data.x_train))
    return f"Training accuracy {100 * float((guess == data.y_train).mean()):.1f} %"


@pytest.mark.slow
def test_the_boundary_moves_at_full_resolution_while_training(inside, qtbot):  # noqa: F811
    window = inside
    window.files.new_from_template("xor-mlp")
    window.picker.select("xor")
    view = window.inside.boundary
    window.show_inside(view)
    panel = window.training
    panel.settings.epochs.setValue(3000)
    panel.settings.batch.setCurrentText("8")
    with qtbot.waitSignal(panel.session.running_changed, timeout=5000):
        assert panel.start()
    qtbot.waitUntil(lambda: window.model_state.source.startswith("training: epoch"), timeout=30_000)
    pictures = []

    def drawn_live():
        if window.model_state.source.startswith("training: epoch"):
            b = view.boundary
            if not pictures or not np.array_equal(pictures[-1].output, b.output):
                pictures.append(b)
        return len(pictures) >= 3

    qtbot.waitUntil(drawn_live, timeout=30_000)
    for b in pictures:  # as fine while training as at rest, the units' pictures too
        assert b.output.shape == (100, 100)
        assert b.hidden["hidden"].shape == (100, 100, 2)
    assert sum(t.isVisible() for t in view.unit_tiles) == 2
    assert view.unit_tiles[0].image().width() > 0
    assert "shows when training pauses or ends" in view.caption.text()
    with qtbot.waitSignal(panel.trained, timeout=60_000):
        panel.stop()
    qtbot.waitUntil(lambda: not panel.session.running)
    data = window.model_state.dataset()
    qtbot.waitUntil(lambda: _accuracy_text(window, data) in view.caption.text(), timeout=5000)


def test_the_caption_gives_the_accuracy_of_the_weights_drawn(inside, qtbot):  # noqa: F811
    window = inside
    window.files.new_from_template("xor-mlp")
    window.picker.select("xor")
    view = window.inside.boundary
    window.show_inside(view)
    qtbot.waitUntil(lambda: view.boundary is not None)
    data = window.model_state.dataset()
    weights = window.model_state.weights()
    texts = []
    for scale in (0.0, 1.0, -3.0):  # all one class, Keras's start, and another guess
        changed = {k: [a * scale for a in arrays] for k, arrays in weights.items()}
        window.model_state.set_hand_weights(changed)
        assert _accuracy_text(window, data) in view.caption.text()
        texts.append(view.caption.text())
        view.resize(view.width() + 20, view.height())  # drawn again: the same number
        view._on_state_changed()
        assert _accuracy_text(window, data) in view.caption.text()
    assert len(set(texts)) > 1, texts
    assert window.project.weight_source is WeightSource.HAND_SET
