"""How the training panel fits the room its dock gives it: the plots and the results side by
side when there is width, the results under the plots otherwise; the settings scroll down on
their own; never a panel wider than its dock (a projector's 1280×720). In a low place (the
Lessons workspace's bottom, under a step's text) the settings, the curves and the test results
are pages picked from a column of buttons: each page gets the whole height, so the curves keep
a height a class reads them at instead of a strip under the results' minimum."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

#: the width the plots and the results need side by side (two plots of 330 px and a 10-class
#: confusion matrix); narrower, the results go under the plots
RESULTS_BESIDE = 1000
#: the height under which the settings, the curves and the results become pages: the curves'
#: title, buttons and 150 px of plot over the results' summary, matrix and mistakes need more
LOW_PANEL = 420
#: a little more to go back (a scroll bar appearing or going must not flip the arrangement)
HYSTERESIS = 24
SETTINGS_PAGE, CURVES_PAGE, RESULTS_PAGE = range(3)


class Pages(QStackedWidget):
    """A stack whose height is the room it is given: a wrapped label on the results page
    asks no more height of the dock (a splitter does not pass it on either)."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        """The page shown decides (the settings page scrolls; a hidden page asks nothing)."""
        page = self.currentWidget()
        return (
            page.minimumSizeHint().expandedTo(page.minimumSize())
            if page
            else super().minimumSizeHint()
        )

    def sizeHint(self):  # noqa: N802 - Qt's name
        page = self.currentWidget()
        return page.sizeHint() if page else super().sizeHint()


class PagePicker(QWidget):
    """objectName ``trainingPages``: a column of buttons (``trainingPage0``…) beside a stack
    of pages, for the training panel in a low place."""

    def __init__(self, titles: list[str], parent=None):
        super().__init__(parent)
        self.setObjectName("trainingPages")
        self.stack = Pages()
        self.stack.setObjectName("trainingPageStack")
        self.group = QButtonGroup(self)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        for index, title in enumerate(titles):
            button = QToolButton()
            button.setObjectName(f"trainingPage{index}")
            button.setText(title)
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.group.addButton(button, index)
            side.addWidget(button)
        side.addStretch(1)
        self.group.idClicked.connect(self.show_page)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(side)
        row.addWidget(self.stack, 1)

    def show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.group.button(index).setChecked(True)
        self.stack.updateGeometry()

    def set_titles(self, titles: list[str]) -> None:
        for index, title in enumerate(titles):
            self.group.button(index).setText(title)


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
        if event.type() == QEvent.Type.LanguageChange and self.pages is not None:
            self.pages.set_titles(self._page_titles())
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

    pages: PagePicker | None = None
    _parts: tuple = ()

    def _page_titles(self) -> list[str]:
        return [self.tr("Settings"), self.tr("Curves"), self.tr("Test results")]

    def _set_low(self, low: bool) -> None:
        """Move the settings, the plots and the results into pages (a low place) or back
        into the splitters."""
        if self.pages is None:
            self._parts = (self.splitter.widget(0), self.plots, self.views.widget(1))
            self.pages = PagePicker(self._page_titles())
            self.layout().addWidget(self.pages)
            self.pages.hide()
            self.session.running_changed.connect(self._on_running_for_pages)
        if low == self.pages.isVisible():
            return
        scroller, plots, results = self._parts
        if low:
            for part in self._parts:
                self.pages.stack.addWidget(part)
            self.splitter.hide()
            self.pages.show()
            self.pages.show_page(CURVES_PAGE)
            for index, part in enumerate(self._parts):
                part.setVisible(index == CURVES_PAGE)
        else:
            self.splitter.insertWidget(0, scroller)
            self.views.insertWidget(0, plots)
            self.views.insertWidget(1, results)
            self.splitter.setSizes([300, 1000])
            self.pages.hide()
            self.splitter.show()
            for part in self._parts:
                part.show()
        # the dock's scroll area fits the panel to its viewport once the pages are laid out
        QTimer.singleShot(0, self._fit_to_room)

    def _fit_to_room(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            if self.pages is not None:
                self.pages.layout().invalidate()  # the plots may have turned side by side
            need = self.minimumSizeHint()
            self.resize(max(parent.width(), need.width()), max(parent.height(), need.height()))

    def _on_running_for_pages(self, running: bool) -> None:
        """A run starting in a low place: its curves come to the front."""
        if running and self.pages is not None and self.pages.isVisible():
            self.pages.show_page(CURVES_PAGE)

    def _fit_controls_column(self) -> None:
        """The settings' scroll area is as wide as the settings (it scrolls down, never
        sideways), plus its scroll bar."""
        scroller = self._parts[0] if self._parts else self.splitter.widget(0)
        bar = scroller.verticalScrollBar().sizeHint().width()
        scroller.setMinimumWidth(self.controls_column.minimumSizeHint().width() + bar)

    def arrange(self, width: int, height: int) -> None:
        """The plots and results beside each other (a wide place, or a low one such as the
        Lessons workspace's bottom), or the results under the plots, and the plots' own
        buttons in one row or two: whatever keeps the panel inside ``width``."""
        self._fit_controls_column()
        if getattr(self, "_arranging", False):
            return
        self._arranging = True
        try:
            shown_low = self.pages is not None and self.pages.isVisible()
            low = height < LOW_PANEL + (HYSTERESIS if shown_low else 0)
            self._set_low(low)
        finally:
            self._arranging = False
        if low:
            side = self.pages.width() - self.pages.stack.width()
            self.plots.set_compact(width - side - 8 < self.plots.row_width())
            return
        room = width - self.splitter.widget(0).minimumWidth() - 24
        beside = room >= RESULTS_BESIDE
        wanted = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if self.views.orientation() != wanted:
            self.views.setOrientation(wanted)
        self.plots.set_compact(room < self.plots.row_width())
