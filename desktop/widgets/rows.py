"""A row of controls, each after its label (a view's header line)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


def control_row(items: list[tuple[str, QWidget]]) -> QWidget:
    """``[("layer", combo), ("", button), …]``: labels before their controls, left-aligned."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for text, widget in items:
        if text:
            label = QLabel(text)
            label.setBuddy(widget)  # its accessible name, and Alt+letter reaches it
            row.addWidget(label)
        row.addWidget(widget)
    row.addStretch(1)
    return box
