"""Is a widget on the screen? ``isVisible()`` is not enough: Qt keeps the docks of a tab group
that are not in front "visible" and moves them off the window, so a view there would keep
redrawing for nobody (the live plots did, at 20 Hz, while the student watched another tab)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget


def on_screen(widget: QWidget) -> bool:
    """True when ``widget`` is shown and lies (at least partly) inside its window."""
    if not widget.isVisible():
        return False
    window = widget.window()
    where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return window.rect().intersects(where)


def catch_up_when_shown(dock: QDockWidget, widget: QWidget | None = None) -> None:
    """When ``dock`` comes to the front of its tab group, let its panel (``widget``, else the
    dock's own widget) catch up (its ``catch_up()``, if it has one) once Qt has moved it back
    into view."""

    def on_visibility(visible: bool) -> None:
        panel = widget if widget is not None else dock.widget()
        if visible and panel is not None and hasattr(panel, "catch_up"):
            QTimer.singleShot(0, panel.catch_up)

    dock.visibilityChanged.connect(on_visibility)
