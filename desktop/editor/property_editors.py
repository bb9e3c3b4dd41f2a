"""The Properties panel's composite editors: a pair of sizes and a weight regularizer.

Each is laid out to stay whole in a narrow dock with presentation mode's large text (the parts
stack instead of standing side by side); values go to the panel's ``_set`` and are shown again
through ``panel.setters``."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.numbers import NumberEdit
from netcore.network.params import Param


def size_editor(panel, param: Param, value: Any) -> QWidget:
    """Two boxes (rows × columns), stacked under the '= pool size' box when the size may
    follow it, so both boxes stay whole in a narrow panel."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    row = QHBoxLayout()
    default = None
    if param.kind == "optional_size2":
        default = QCheckBox(panel.tr("= pool size"))
        default.setChecked(value is None)
        column.addWidget(default)  # above the boxes: both boxes stay in a narrow panel
    column.addLayout(row)
    pair = tuple(value) if isinstance(value, list | tuple) and len(value) == 2 else (2, 2)
    spins = []
    for n in range(2):
        spin = QSpinBox()
        spin.setRange(1, 512)
        spin.setMinimumWidth(0)
        spin.setValue(int(pair[n]) if isinstance(pair[n], int) else 1)
        spin.setKeyboardTracking(False)
        spin.setEnabled(default is None or not default.isChecked())
        row.addWidget(spin)
        if n == 0:
            row.addWidget(QLabel("×"))
        spins.append(spin)
    row.addStretch(0)

    def changed(*_):
        if default is not None:
            for spin in spins:
                spin.setEnabled(not default.isChecked())
            if default.isChecked():
                panel._set(param, None)
                return
        panel._set(param, [spins[0].value(), spins[1].value()])

    for spin in spins:
        spin.valueChanged.connect(changed)
    if default is not None:
        default.toggled.connect(changed)
    box.spins = spins  # for tests and keyboard users

    def show(v):
        if default is not None:
            quiet(default, default.setChecked, v is None)
        pair_now = tuple(v) if isinstance(v, list | tuple) and len(v) == 2 else None
        for n, spin in enumerate(spins):
            spin.setEnabled(default is None or not default.isChecked())
            if pair_now is not None:
                quiet(spin, spin.setValue, int(pair_now[n]))

    panel.setters[param.name] = show
    return box


def regularizer_editor(panel, param: Param, value: Any) -> QWidget:
    """none / L1 / L2 / L1 + L2 and the amounts, one a line under the choice."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    combo = QComboBox()
    combo.addItems(["none", "L1", "L2", "L1 + L2"])
    amounts = []
    rows = []
    for key in ("l1", "l2"):
        spin = NumberEdit((value or {}).get(key, 0.001), minimum=0.0, maximum=10.0)
        spin.setObjectName(f"{param.name}_{key}")
        spin.setSingleStep(0.0001)
        spin.setAccessibleName(f"{param.name} {key.upper()}")
        spin.setKeyboardTracking(False)
        spin.problemChanged.connect(lambda why, b=spin: panel._number_problem(param, b, why))
        amounts.append(spin)
        line = QWidget()
        line_row = QHBoxLayout(line)
        line_row.setContentsMargins(0, 0, 0, 0)
        line_row.addWidget(QLabel(key.upper()))
        line_row.addWidget(spin, 1)
        rows.append(line)
    value = value or {}
    combo.setCurrentIndex({(): 0, ("l1",): 1, ("l2",): 2, ("l1", "l2"): 3}[tuple(sorted(value))])
    column.addWidget(combo)
    for line in rows:  # one amount a line: L1 + L2 fits a narrow panel
        column.addWidget(line)

    def changed(*_):
        mode = combo.currentIndex()
        rows[0].setVisible(mode in (1, 3))
        rows[1].setVisible(mode in (2, 3))
        result = {}
        if mode in (1, 3):
            result["l1"] = amounts[0].value()
        if mode in (2, 3):
            result["l2"] = amounts[1].value()
        if not panel._updating:
            panel._set(param, result or None)

    combo.currentIndexChanged.connect(changed)
    for spin in amounts:
        spin.valueChanged.connect(changed)
    panel._updating, was = True, panel._updating
    changed()
    panel._updating = was

    def show(v):
        v = v or {}
        quiet(
            combo,
            combo.setCurrentIndex,
            {(): 0, ("l1",): 1, ("l2",): 2, ("l1", "l2"): 3}[tuple(sorted(v))],
        )
        for key, spin in zip(("l1", "l2"), amounts, strict=True):
            if key in v:
                quiet(spin, spin.setValue, v[key])
        rows[0].setVisible(combo.currentIndex() in (1, 3))
        rows[1].setVisible(combo.currentIndex() in (2, 3))

    panel.setters[param.name] = show
    return box


def quiet(widget: QWidget, setter, value) -> None:
    """Show a value without emitting the change signal back into the document."""
    blocked = widget.blockSignals(True)
    try:
        setter(value)
    finally:
        widget.blockSignals(blocked)
