"""Applies an :class:`Appearance` to the application: the text size, a light, dark or
high-contrast palette (Fusion style, the same on every system), and a focus frame thick enough
to see from the back of a lecture hall."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

_base_font_points: list[float] = []


class FocusStyle(QProxyStyle):
    """Fusion, with the keyboard focus drawn as a 2-pixel frame in the highlight colour."""

    def drawPrimitive(self, element, option, painter, widget=None):  # noqa: N802 - Qt's name
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            painter.save()
            pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def is_dark(appearance) -> bool:
    return appearance.theme == "dark" or (appearance.theme == "system" and system_is_dark())


def apply(app: QApplication, appearance) -> None:
    """Make the application look the way ``appearance`` says."""
    if not isinstance(app.style(), FocusStyle):
        app.setStyle(FocusStyle(QStyleFactory.create("Fusion")))
    if not _base_font_points:
        size = app.font().pointSizeF()
        _base_font_points.append(size if size > 0 else 10.0)
    font = app.font()
    font.setPointSizeF(round(_base_font_points[0] * appearance.text_scale, 1))
    if font != app.font():  # each change reaches every widget: only when there is one
        app.setFont(font)
    colours = palette(is_dark(appearance), appearance.presentation)
    if colours != app.palette():
        app.setPalette(colours)


def palette(dark: bool, high_contrast: bool) -> QPalette:
    """Fusion's colours for a light or dark theme; high contrast makes text pure black on white
    (or white on black) and the selection a strong blue."""
    p = QPalette()
    role = QPalette.ColorRole
    if dark:
        window, base, text, button = "#2b2b2b", "#1e1e1e", "#e8e8e8", "#353535"
        if high_contrast:
            window, base, text, button = "#000000", "#000000", "#ffffff", "#1a1a1a"
        colours = {
            role.Window: window, role.WindowText: text, role.Base: base,
            role.AlternateBase: "#303030", role.ToolTipBase: "#ffffdc", role.ToolTipText: "#000000",
            role.Text: text, role.Button: button, role.ButtonText: text, role.BrightText: "#ff6b6b",
            role.Link: "#6fb3ff", role.Highlight: "#3d8ee6", role.HighlightedText: "#ffffff",
            role.PlaceholderText: "#9a9a9a", role.Mid: "#5a5a5a", role.Dark: "#151515",
            role.Light: "#505050",
        }  # fmt: skip
        for greyed in (role.Text, role.WindowText, role.ButtonText):
            p.setColor(QPalette.ColorGroup.Disabled, greyed, QColor("#7a7a7a"))
    else:
        p = QStyleFactory.create("Fusion").standardPalette()
        colours = {}
        if high_contrast:
            colours = {
                role.Window: "#ffffff", role.WindowText: "#000000", role.Base: "#ffffff",
                role.Text: "#000000", role.Button: "#f2f2f2", role.ButtonText: "#000000",
                role.Highlight: "#0046b4", role.HighlightedText: "#ffffff", role.Mid: "#5a5a5a",
            }  # fmt: skip
    for r, colour in colours.items():
        p.setColor(QPalette.ColorGroup.Active, r, QColor(colour))
        p.setColor(QPalette.ColorGroup.Inactive, r, QColor(colour))
        if r not in (role.Text, role.WindowText, role.ButtonText):
            p.setColor(QPalette.ColorGroup.Disabled, r, QColor(colour))
    return p
