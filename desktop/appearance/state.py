"""The appearance the user chose: presentation mode, text size, theme, colour-blind colours.
Remembered in the settings; the theme module applies it; views bind to ``changed``."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.appearance import palettes
from desktop.settings_store import read_choice, read_flag, read_int

THEMES = ("system", "light", "dark")
ZOOM_STEPS = (-3, 8)  # smallest and largest text-size step; each step is ×1.12
ZOOM_STEP = 1.12
PRESENTATION_TEXT = 1.45  # presentation mode's text size against the normal one
PRESENTATION_LINES = 2.0  # and its line widths in plots


class Appearance(QObject):
    changed = Signal()
    presentation_changed = Signal(bool)

    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        s = settings()
        self.presentation = False  # a lecture's mode, not kept from one start to the next
        self.zoom = read_int(s, "appearance/zoom", *ZOOM_STEPS, 0)
        self.theme = read_choice(s, "appearance/theme", THEMES, "system")
        self.colour_blind = read_flag(s, "appearance/colourBlind")
        palettes.use(self.colour_blind)

    # ----------------------------------------------------------------- reading

    @property
    def text_scale(self) -> float:
        return ZOOM_STEP**self.zoom * (PRESENTATION_TEXT if self.presentation else 1.0)

    @property
    def line_scale(self) -> float:
        return PRESENTATION_LINES if self.presentation else 1.0

    # ----------------------------------------------------------------- changing

    def set_presentation(self, on: bool) -> None:
        on = bool(on)
        if on != self.presentation:
            self.presentation = on
            self.presentation_changed.emit(on)
            self.changed.emit()

    def zoom_in(self) -> None:
        self._set_zoom(self.zoom + 1)

    def zoom_out(self) -> None:
        self._set_zoom(self.zoom - 1)

    def zoom_reset(self) -> None:
        self._set_zoom(0)

    def set_theme(self, theme: str) -> None:
        if theme in THEMES and theme != self.theme:
            self.theme = theme
            self._save("appearance/theme", theme)
            self.changed.emit()

    def set_colour_blind(self, on: bool) -> None:
        on = bool(on)
        if on != self.colour_blind:
            self.colour_blind = on
            palettes.use(on)
            self._save("appearance/colourBlind", "true" if on else "false")
            self.changed.emit()

    def _set_zoom(self, step: int) -> None:
        step = max(ZOOM_STEPS[0], min(ZOOM_STEPS[1], step))
        if step != self.zoom:
            self.zoom = step
            self._save("appearance/zoom", step)
            self.changed.emit()

    def _save(self, key: str, value) -> None:
        s = self.settings()
        s.setValue(key, value)
