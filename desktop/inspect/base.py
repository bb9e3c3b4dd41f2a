"""What every viewer shares: redraw only when visible (catch up when shown), a line saying which
weights are shown, and a message in place of the picture when there is nothing to show."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.widgets.visibility import on_screen


class InspectView(QWidget):
    """Subclasses build their widgets into ``self.body`` and implement ``refresh()``; they call
    ``self.say(text)`` to show a message instead of the picture."""

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self._stale = True
        self.header = QVBoxLayout(self)
        self.header.setContentsMargins(6, 6, 6, 6)
        # colours from the palette, not a style sheet: a widget with a style sheet keeps the
        # font it was polished with, so presentation mode's larger text would pass it by
        self.source_label = QLabel()
        self.source_label.setObjectName("weightsSource")
        self.source_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.message = QLabel()
        self.message.setObjectName("viewMessage")
        self.message.setWordWrap(True)
        self.message.setFrameShape(QFrame.Shape.StyledPanel)
        self.message.setMargin(10)
        self.message.setAutoFillBackground(True)
        self.message.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.body = QWidget()
        state.watch(self)
        state.changed.connect(self._on_state_changed)

    def finish_layout(self, controls: QWidget | None = None) -> None:
        if controls is not None:
            self.header.addWidget(controls)
        self.header.addWidget(self.source_label)
        self.header.addWidget(self.message)
        self.header.addWidget(self.body, 1)
        self.message.hide()

    def _on_state_changed(self) -> None:
        self._stale = True
        if on_screen(self):
            self.update_view()

    def invalidate(self) -> None:
        """Draw again (the colours changed): now if on screen, else when next shown."""
        self._on_state_changed()

    def catch_up(self) -> None:
        """Redraw if something changed while this view could not be seen."""
        if self._stale and on_screen(self):
            self.update_view()

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.update_view()

    def update_view(self) -> None:
        self._stale = False
        self.source_label.setText(self.tr("Weights: {source}").format(source=self.state.source))
        try:
            self.refresh()
        except Exception as exc:  # noqa: BLE001 - a message in the view, never a crash
            self.say(
                self.tr("This view could not be drawn: {error}").format(
                    error=f"{type(exc).__name__}: {exc}"
                )
            )

    def read_image_file(self, path) -> tuple[bool, object]:
        """An image file prepared as the network's inputs are (MNIST's recipe for digits):
        (True, image), where image is None for a blank picture; (False, None) when there is
        no network yet or the file cannot be used (the view says why)."""
        inspector = self.state.inspector()
        if inspector is None:
            return False, None
        from netcore.digits.preprocessing import PreprocessError, load_for_network

        try:
            return True, load_for_network(path, inspector.input_shape)
        except PreprocessError as exc:
            self.say(str(exc))
            return False, None

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.body.hide()

    def show_body(self) -> None:
        self.message.hide()
        self.body.show()

    def refresh(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError
