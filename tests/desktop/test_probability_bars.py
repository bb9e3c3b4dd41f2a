"""The digit probabilities (the drawing canvas, the softmax layer) read whole at any text size:
rows as tall as the text, a value column as wide as "100.0 %" in the user's language (issue
[4/8], item 4: they read "0.0" and "10…" in presentation mode)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontMetrics

from desktop.widgets.bars import ProbabilityBars


def test_rows_and_values_fit_a_presentation_font(qtbot):
    bars = ProbabilityBars()
    qtbot.addWidget(bars)
    font = QFont(bars.font())
    font.setPixelSize(22)  # presentation mode's text
    bars.setFont(font)
    bars.set_values([0.0] * 9 + [1.0])
    metrics = QFontMetrics(font)
    assert bars.row_height() >= metrics.height() + 4
    assert bars.minimumHeight() >= 10 * (metrics.height() + 4)
    widest = max(metrics.horizontalAdvance(bars.value_text(v)) for v in (0.0, 1.0, 0.555))
    assert bars.value_width() >= widest
    assert bars.smallest_text_px() == 22


def test_values_in_the_users_language(qtbot):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        bars = ProbabilityBars()
        qtbot.addWidget(bars)
        assert bars.value_text(0.5) == "50,0 %"
    finally:
        QLocale.setDefault(before)
