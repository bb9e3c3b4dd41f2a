"""The Inside views at a projector (issue [4/8]): the decision boundary fills its plot with its
axes in the locale, the views' header lines wrap instead of cutting their combo boxes, and the
lines every view shares grow with presentation mode's text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QComboBox

from desktop.inspect.boundary import fit_extent
from desktop.widgets.rows import control_row


@pytest.mark.parametrize(
    ("extent", "size"),
    [
        ((-1, 1, -1, 1), QSize(600, 300)),
        ((-1, 1, -1, 1), QSize(300, 600)),
        ((0, 4, 0, 1), QSize(400, 400)),
    ],
)
def test_the_plane_takes_the_plots_shape(extent, size):
    x0, x1, y0, y1 = fit_extent(extent, size)
    assert (x1 - x0) / (y1 - y0) == pytest.approx(size.width() / size.height())
    assert x0 <= extent[0] and x1 >= extent[1] and y0 <= extent[2] and y1 >= extent[3]


def test_the_decision_boundary_fills_its_plot(window, qtbot):
    from netcore.models import tfruntime

    tfruntime.tensorflow()
    window.model_state.set_tensorflow_ready()
    window.files.new_from_template("xor-mlp")
    window.picker.select("xor")
    view = window.inside.boundary
    window.show_inside(view)
    qtbot.waitUntil(lambda: view.boundary is not None)
    QApplication.processEvents()
    box = view.plot.getViewBox()
    (vx0, vx1), (vy0, vy1) = box.viewRange()
    picture = view.image.mapRectToParent(view.image.boundingRect())
    # no blank band: the picture covers the whole view, and its pixels are square
    assert picture.left() <= vx0 + 1e-6 and picture.right() >= vx1 - 1e-6
    assert picture.top() <= vy0 + 1e-6 and picture.bottom() >= vy1 - 1e-6
    pixels = box.size()
    assert (vx1 - vx0) / (vy1 - vy0) == pytest.approx(pixels.width() / pixels.height(), rel=0.05)


def test_a_header_row_wraps_instead_of_cutting_its_combo_boxes(qtbot):
    combos = []
    for text in ("Gradient saliency", "a test example", "SmoothGrad (noisy average)"):
        combo = QComboBox()
        combo.addItem(text)
        combos.append(combo)
    row = control_row([("method", combos[0]), ("input", combos[1]), ("more", combos[2])])
    qtbot.addWidget(row)
    row.resize(260, row.heightForWidth(260))
    row.show()
    QApplication.processEvents()
    for combo in combos:
        assert combo.width() >= combo.sizeHint().width()  # whole, on a line of its own
    assert row.minimumSizeHint().width() <= 260


def test_the_shared_lines_grow_with_presentation_text(window, qtbot):
    """Every view's 'which weights' line and message: a style sheet froze them at the normal
    size while presentation mode enlarged everything else."""
    window.show_inside(window.inside.filters)
    view = window.inside.filters
    window.appearance.set_presentation(True)
    try:
        QApplication.processEvents()
        app_px = QFontInfo(QApplication.font()).pixelSize()
        assert QFontInfo(view.source_label.font()).pixelSize() == app_px
        assert QFontInfo(view.message.font()).pixelSize() == app_px
    finally:
        window.appearance.set_presentation(False)
