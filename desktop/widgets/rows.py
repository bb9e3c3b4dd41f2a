"""A row of controls, each after its label (a view's header line), that wraps onto a second
line when the view is narrow (a projector's dock) instead of squeezing its combo boxes until
their text is cut."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QSizePolicy, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Items left to right at their preferred size, onto the next line when the width ends
    (Qt's flow layout example)."""

    def __init__(self, parent=None, spacing: int = 6):
        super().__init__(parent)
        self._items: list = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = sum(i.sizeHint().width() + self._spacing for i in self._visible())
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """The widest single item: narrower than that, the row wraps instead."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        return size

    def _visible(self) -> list:
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    def _place(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


def control_row(items: list[tuple[str, QWidget]]) -> QWidget:
    """``[("layer", combo), ("", button), …]``: labels before their controls, left-aligned;
    a label stays with its control when the row wraps."""
    box = QWidget()
    row = FlowLayout(box)
    for text, widget in items:
        pair = QWidget(box)
        line = QHBoxLayout(pair)
        line.setContentsMargins(0, 0, 0, 0)
        if text:
            label = QLabel(text, pair)
            label.setBuddy(widget)  # its accessible name, and Alt+letter reaches it
            line.addWidget(label)
        line.addWidget(widget)
        pair.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row.addWidget(pair)
    return box
