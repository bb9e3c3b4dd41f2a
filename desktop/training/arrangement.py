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
    QSizePolicy,
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


class PagePicker(QWidget):
    """objectName ``trainingPages``: a column of buttons (``trainingPage0``…) that shows one
    part of the training panel at a time in a low place. The parts stay in their splitters
    (a hidden one gives its room to the one shown and keeps its share for later)."""

    def __init__(self, titles: list[str], show, parent=None):
        super().__init__(parent)
        self.setObjectName("trainingPages")
        self.group = QButtonGroup(self)
        side = QVBoxLayout(self)
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
        self.group.idClicked.connect(show)

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
    low = False  # one part at a time beside the page buttons (a low place)

    def _page_titles(self) -> list[str]:
        return [self.tr("Settings"), self.tr("Curves"), self.tr("Test results")]

    def _set_low(self, low: bool) -> None:
        """One part at a time beside a column of buttons (a low place), or all of them."""
        if low == self.low:
            return
        if self.pages is None:  # made when first needed: a tall place keeps its layout as is
            # outside the layout (a left margin makes its room): the splitters stay as they are
            self.pages = PagePicker(self._page_titles(), self.show_page, self)
            self.pages.hide()
            self.session.running_changed.connect(self._on_running_for_pages)
        self.low = low
        self.pages.setVisible(low)
        side = self.pages.sizeHint().width() + 6 if low else 0
        self.layout().setContentsMargins(side, 0, 0, 0)
        if low:
            self.show_page(CURVES_PAGE)
        else:
            for part in (*self._page_parts(), self.views):
                part.show()
            self._restore_shares = True  # once the views are laid out in a tall place
            QTimer.singleShot(0, self, self._give_back_shares)

    def _page_parts(self) -> tuple:
        return (self.splitter.widget(0), self.plots, self.views.widget(1))

    def show_page(self, index: int) -> None:
        """In a low place: the settings, the curves or the test results alone."""
        if not self.low:
            return
        for number, part in enumerate(self._page_parts()):
            part.setVisible(number == index)
        self.views.setVisible(index != SETTINGS_PAGE)
        self.pages.group.button(index).setChecked(True)

    def _give_back_shares(self) -> None:
        """The plots' and results' shares of a tall place: kept, and given back after a low
        one (where the results were hidden and the splitter forgot their share)."""
        if self.low or not self.views.isVisible() or self.views.height() < LOW_PANEL:
            return
        sizes = self.views.sizes()
        shares = getattr(self, "_shares", None)
        if getattr(self, "_restore_shares", False) and shares and sum(sizes) > 0:
            self._restore_shares = False
            self.views.setSizes([round(f * sum(sizes)) for f in shares])
        elif sum(sizes) > 0 and min(sizes) > 0:
            self._shares = [size / sum(sizes) for size in sizes]

    def _on_running_for_pages(self, running: bool) -> None:
        """A run starting in a low place: its curves come to the front."""
        if running and self.low:
            self.show_page(CURVES_PAGE)

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
        if getattr(self, "_arranging", False):
            return
        self._arranging = True
        try:
            low = height < LOW_PANEL + (HYSTERESIS if self.low else 0)
            self._set_low(low)
        finally:
            self._arranging = False
        if not low:
            self._give_back_shares()
        if low:
            side = self.pages.sizeHint().width()
            self.pages.setGeometry(0, 0, side, max(height, self.pages.sizeHint().height()))
            self.plots.set_compact(width - side - 16 < self.plots.row_width())
            return
        room = width - self.splitter.widget(0).minimumWidth() - 24
        beside = room >= RESULTS_BESIDE
        wanted = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if self.views.orientation() != wanted:
            self.views.setOrientation(wanted)
        self.plots.set_compact(room < self.plots.row_width())
