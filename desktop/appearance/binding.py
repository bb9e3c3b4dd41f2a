"""How the window follows its appearance: the application's look (theme module), the docks'
titles, the plots' lines, the views' colours, and what presentation mode hides and enlarges.
Only signals and the window's own parts; MainWindow calls :func:`bind_appearance` once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QDockWidget

from desktop.appearance import theme
from desktop.widgets.plotstyle import restyle_plots


def bind_appearance(window) -> None:
    """Apply the window's appearance now and whenever it (or the system's colours) change."""
    look = window.appearance

    def apply(first: bool = False) -> None:
        theme.apply(QApplication.instance(), look)
        set_dock_fonts(window)
        if first and look.line_scale == 1.0 and look.zoom == 0:
            return  # a new window is drawn as it should be: nothing to restyle (saves 25 ms)
        window.training.plots.line_scale = look.line_scale  # for the curves of new runs
        restyle_plots(window, look.line_scale)  # every plot's curves and axes, these included
        window.inside.restyle()

    before: list = []  # the window's state before presentation mode (maximised, normal…)

    def on_presentation(on: bool) -> None:
        # a lecture needs the room more than the messages and the window's frame
        window.status.setVisible(not on)
        if on:
            before[:] = [window.windowState()]
            window.showFullScreen()
        else:
            window.setWindowState(before[0] if before else Qt.WindowState.WindowNoState)
            window.show()
        window.canvas.set_text_scale(1.5 if on else 1.0)
        window.presentation_action.setChecked(on)

    def on_system_colours(*_) -> None:
        if look.theme == "system":  # a system that turns dark at sunset takes the window along
            apply()

    look.changed.connect(lambda: apply())
    look.presentation_changed.connect(on_presentation)
    QGuiApplication.styleHints().colorSchemeChanged.connect(on_system_colours)
    apply(first=True)


def set_dock_fonts(window) -> None:
    """A dock draws its title in the font it was made with unless it has a font of its own
    that differs from the application's: give each a bold one (titles stand out, and
    presentation mode enlarges them) and its panel the plain one."""
    plain = QFont(QApplication.font())
    plain.setPointSizeF(plain.pointSizeF())  # explicit, or the panel inherits the bold
    plain.setBold(False)
    bold = QFont(plain)
    bold.setBold(True)
    for dock in window.findChildren(QDockWidget):
        dock.setFont(bold)
        if dock.widget() is not None:
            dock.widget().setFont(plain)
