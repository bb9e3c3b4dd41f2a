"""Drawing a digit: strokes with the mouse, live bars, the image the network sees, undo, clear,
which model answers, saving drawings as a dataset, the feature maps following the canvas."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from desktop.draw.panel import DrawPanel
from netcore.project.model import WeightSource
from tests.desktop.test_number_entry import french, keep_the_app_look  # noqa: F401 - fixtures


@pytest.fixture
def draw_window(window):
    from netcore.models import tfruntime

    tfruntime.tensorflow()
    window.model_state.set_tensorflow_ready()
    window.files.new_from_template("lenet5")
    window.picker.select("mnist")
    window.show_draw()
    return window


def stroke(canvas, points, steps=6):
    """Drag the mouse through points given as fractions of the paper."""
    rect = canvas.paper_rect()

    def at(p):
        return QPoint(
            int(rect.left() + p[0] * rect.width()), int(rect.top() + p[1] * rect.height())
        )

    QTest.mousePress(
        canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(points[0])
    )
    for a, b in zip(points, points[1:], strict=False):
        for k in range(1, steps + 1):
            t = k / steps
            QTest.mouseMove(canvas, at((a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))))
    QTest.mouseRelease(
        canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(points[-1])
    )


def test_drawing_updates_bars_and_shows_what_the_network_sees(draw_window, qtbot):
    panel = draw_window.draw
    assert panel.bars.values.size == 0 and panel.answer.text() == ""
    stroke(panel.canvas, [(0.62, 0.1), (0.58, 0.9)])  # a "1", drawn right of centre
    qtbot.waitUntil(lambda: panel.probabilities is not None)
    assert panel.bars.values.shape == (10,)
    assert panel.bars.values.sum() == pytest.approx(1.0, abs=1e-4)
    assert panel.answer.text() == "1"
    assert panel.bars.top() == 1
    assert "bundled LeNet-5" in panel.model_label.text()
    assert "not trained yet" in panel.model_label.text()
    # the 28×28 image is MNIST-like: white ink on black, centred
    assert panel.image.shape == (28, 28, 1)
    assert panel.image[0, 0, 0] == 0 and panel.image.max() > 0.85  # ink, like MNIST's
    cols = np.flatnonzero((panel.image[..., 0] > 0.1).any(axis=0))
    assert abs((cols[0] + cols[-1]) / 2 - 13.5) <= 2
    assert panel.preview.image() is not None


def test_undo_and_clear(draw_window, qtbot):
    panel = draw_window.draw
    stroke(panel.canvas, [(0.3, 0.2), (0.7, 0.2), (0.4, 0.9)])
    stroke(panel.canvas, [(0.35, 0.55), (0.65, 0.55)])
    assert len(panel.canvas.strokes) == 2
    before = panel.image.copy()
    panel.undo_button.click()
    assert len(panel.canvas.strokes) == 1
    assert not np.allclose(panel.image, before)  # classified again without the last stroke
    panel.clear_button.click()
    assert panel.canvas.is_empty()
    assert panel.probabilities is None and panel.bars.values.size == 0
    assert panel.answer.text() == ""


def test_which_model_answers_is_said(draw_window, qtbot):
    window = draw_window
    panel = window.draw
    window.files.new_from_template("xor-mlp")
    stroke(panel.canvas, [(0.5, 0.1), (0.5, 0.9)])
    assert "bundled LeNet-5" in panel.model_label.text()
    assert "takes (2,), not a 28×28×1 image" in panel.model_label.text()
    # a trained 28×28×1 → 10 network answers itself
    window.files.new_from_template("lenet5")
    window.project.set_weights(
        window.model_state.weights(), WeightSource.TRAINED, "test accuracy 9.80 %"
    )
    panel.classify()
    assert "Answering: <b>your network</b> (trained" in panel.model_label.text()


def test_save_drawing_into_an_image_folder_dataset(draw_window, dialogs, tmp_path):
    panel = draw_window.draw
    stroke(panel.canvas, [(0.5, 0.1), (0.5, 0.9)])
    dialogs.folder_answer = tmp_path / "my digits"
    panel.save_class.setCurrentText("1")
    panel.save_button.click()
    saved = list((tmp_path / "my digits" / "1").glob("*.png"))
    assert len(saved) == 1
    from PIL import Image

    with Image.open(saved[0]) as image:
        assert image.size == (28, 28)
        assert np.asarray(image)[0, 0] == 0  # MNIST-style: black background
    panel.save_class.setCurrentText("a/b")
    panel.save_button.click()
    assert dialogs.errors[-1][0] == "Could not save the drawing"


def test_feature_maps_follow_the_canvas(draw_window, qtbot):
    window = draw_window
    panel = window.draw
    panel.follow.setChecked(True)
    stroke(panel.canvas, [(0.5, 0.1), (0.5, 0.9)])
    view = window.inside.feature_maps
    window.show_inside(view)
    qtbot.waitUntil(lambda: view.input_label == "your drawing")
    np.testing.assert_array_equal(view.input, panel.image)


def test_ctrl_z_on_the_canvas_undoes_a_stroke_not_a_network_edit(draw_window, qtbot):
    window = draw_window
    panel = window.draw
    from netcore.network.editing import set_param

    window.document.edit("units", lambda spec: set_param(spec, "fc1", "units", 64))
    stroke(panel.canvas, [(0.5, 0.1), (0.5, 0.9)])
    stroke(panel.canvas, [(0.3, 0.5), (0.7, 0.5)])
    panel.canvas.setFocus()
    QTest.keyClick(panel.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(panel.canvas.strokes) == 1
    assert window.document.spec.layer("fc1").params["units"] == 64  # the edit is still there


def test_the_panel_fits_its_dock_in_french_on_a_projector(
    window,
    qtbot,
    french,  # noqa: F811
    keep_the_app_look,  # noqa: F811
):
    """It used to need 578 px in a 535 px dock: the panel scrolled sideways and cut "Montrer
    dans les…"; its controls wrap now, and every label grows with presentation mode."""
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QApplication

    window.show_draw()
    panel = window.findChild(DrawPanel, "drawPanel")
    normal = QFontInfo(panel.model_label.font()).pixelSize()
    window.appearance.set_presentation(True)
    QApplication.processEvents()
    needs = panel.minimumSizeHint().width()
    grown = QFontInfo(panel.model_label.font()).pixelSize()
    beside = QFontInfo(panel.follow.font()).pixelSize()
    window.appearance.set_presentation(False)
    assert needs <= 480
    assert grown > normal and grown == beside
