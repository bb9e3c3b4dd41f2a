"""How the training panel fits the room its dock gives it: the plots and the results side by
side when there is width, the results under the plots otherwise; the settings scroll down on
their own in a low place; never a panel wider than its dock (a projector's 1280×720)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt

#: the width the plots and the results need side by side (two plots of 330 px and a 10-class
#: confusion matrix); narrower, the results go under the plots
RESULTS_BESIDE = 1000


class FitsItsRoom:
    """For the training panel (a QWidget with ``splitter``, ``views``, ``controls_column`` and
    ``plots``): arranges them for the width and height of the place it is shown in."""

    def event(self, event):
        if event.type() == QEvent.Type.ParentChange and self.parentWidget() is not None:
            # in a dock's scroll area, the room is the viewport's width, not the panel's own
            # (which never goes below its minimum): arrange for the room there is
            self.parentWidget().installEventFilter(self)
        return super().event(event)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self.arrange(event.size().width(), event.size().height())
        return False

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # text zoom: the settings' width changed
            parent = self.parentWidget() or self
            self.arrange(parent.width(), parent.height())

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        parent = self.parentWidget()
        width, height = event.size().width(), event.size().height()
        if parent is not None:
            width, height = min(width, parent.width()), min(height, parent.height())
        self.arrange(width, height)

    def _fit_controls_column(self) -> None:
        """The settings' scroll area is as wide as the settings (it scrolls down, never
        sideways), plus its scroll bar."""
        scroller = self.splitter.widget(0)
        bar = scroller.verticalScrollBar().sizeHint().width()
        scroller.setMinimumWidth(self.controls_column.minimumSizeHint().width() + bar)

    def arrange(self, width: int, height: int) -> None:
        """The plots and results beside each other (a wide place, or a low one such as the
        Lessons workspace's bottom), or the results under the plots, and the plots' own
        buttons in one row or two: whatever keeps the panel inside ``width``."""
        self._fit_controls_column()
        room = width - self.splitter.widget(0).minimumWidth() - 24
        beside = room >= RESULTS_BESIDE
        wanted = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if self.views.orientation() != wanted:
            self.views.setOrientation(wanted)
        self.plots.set_compact(room < self.plots.row_width())
