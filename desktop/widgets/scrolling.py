"""A dock's scroll area for a narrow list: it scrolls down, never sideways."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea


class WholeWidthScroller(QScrollArea):
    """Scrolls down only: as wide as its panel needs, so a list's names are never cut (the
    palette's "SeparableConv2D" at presentation mode's size)."""

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is not None:
            bar = self.verticalScrollBar().sizeHint().width()
            hint.setWidth(max(hint.width(), inner.minimumSizeHint().width() + bar))
        return hint
