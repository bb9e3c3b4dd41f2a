"""The sandbox's two studies: how often each input pixel falls inside the kernel's window
(without padding and with it: the lecture's border counting), and what shifting the input does
to the convolution (it moves: equivariance) and to the pooled output (little or no change:
invariance)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.convolution.grid import NumberGrid
from netcore.convolution.sandbox import (
    ConvError,
    ConvResult,
    ConvSetup,
    coverage,
    shift_test,
)

CELL = 44
TEXT = "font-size: 13pt; padding: 6px;"


class CoverageTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("convCoverage")
        page = QVBoxLayout(self)
        row = QHBoxLayout()
        page.addLayout(row)
        self.without = NumberGrid("convCoverageValid", cell=CELL)
        self.without.setAccessibleName(self.tr("How often each pixel is seen without padding"))
        self.with_padding = NumberGrid("convCoveragePadded", cell=CELL)
        self.with_padding.setAccessibleName(self.tr("How often each pixel is seen with padding"))
        self.without_title = QLabel()
        self.with_title = QLabel()
        for title, grid in (
            (self.without_title, self.without),
            (self.with_title, self.with_padding),
        ):
            row.addSpacing(12)
            part = QVBoxLayout()
            part.addWidget(title)
            part.addWidget(grid)
            part.addStretch(1)
            row.addLayout(part)
        self.summary = QLabel()
        self.summary.setObjectName("convCoverageText")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(TEXT)
        row.addStretch(1)
        page.addWidget(self.summary)
        page.addStretch(1)

    def update_from(self, setup: ConvSetup, result: ConvResult | None) -> None:
        image = np.asarray(setup.image)
        kernel = setup.kernels[0].shape
        if image.ndim != 2 or max(image.shape) > 28:
            self.summary.setText(self.tr("Counting is shown for inputs up to 28×28."))
            return
        same = ConvSetup(image, setup.kernels, setup.stride, "same")
        padded = setup if setup.padding not in ("valid", 0) else same
        valid = coverage(image.shape, kernel, setup.stride, (0, 0, 0, 0))
        counted = coverage(image.shape, kernel, setup.stride, padded.pads())
        self.without.show_table(valid)
        self.with_padding.show_table(counted)
        self.without_title.setText(self.tr("<b>Without padding</b>: windows covering each pixel"))
        rings = padded.padding if padded.padding != "same" else "'same'"
        self.with_title.setText(self.tr("<b>With padding {rings}</b>").format(rings=rings))
        h, w = image.shape
        self.summary.setText(
            self.tr(
                "A corner pixel is inside {corner} window(s) without padding and "
                "{padded} with it; the middle pixel ({row}, {col}) is inside "
                "{middle}. Padding lets the border be seen as often as the middle."
            ).format(
                corner=valid[0, 0],
                padded=counted[0, 0],
                row=h // 2 + 1,
                col=w // 2 + 1,
                middle=valid[h // 2, w // 2],
            )
        )


class ShiftTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("convShift")
        self.setup: ConvSetup | None = None
        page = QVBoxLayout(self)
        row = QHBoxLayout()
        page.addLayout(row)
        controls = QVBoxLayout()
        self.amount = QSpinBox()
        self.amount.setObjectName("convShiftAmount")
        self.amount.setRange(-5, 5)
        self.amount.setValue(1)
        self.amount.setSuffix(self.tr(" px right"))
        self.button = QPushButton(self.tr("Shift the input"))
        self.button.setObjectName("convShiftButton")
        controls.addWidget(QLabel(self.tr("Move the input by")))
        controls.addWidget(self.amount)
        controls.addWidget(self.button)
        controls.addStretch(1)
        row.addLayout(controls)
        table = QGridLayout()
        self.grids: dict[str, NumberGrid] = {}
        titles = (self.tr("Input"), self.tr("Convolution output"), self.tr("Pooled output"))
        for c, title in enumerate(titles, start=1):
            table.addWidget(QLabel(f"<b>{title}</b>"), 0, c)
        for r, when in enumerate(("before", "shifted"), start=1):
            shown = {"before": self.tr("Before"), "shifted": self.tr("Shifted")}[when]
            table.addWidget(QLabel(f"<b>{shown}</b>"), r, 0)
            for c, part in enumerate(("input", "output", "pooled"), start=1):
                grid = NumberGrid(f"convShift_{when}_{part}", cell=CELL)
                grid.setAccessibleName(f"{when} the shift: {part}")
                table.addWidget(grid, r, c, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.grids[when, part] = grid
        self.shifted_input = self.grids["shifted", "input"]
        self.shifted_output = self.grids["shifted", "output"]
        self.shifted_pooled = self.grids["shifted", "pooled"]
        row.addLayout(table)
        self.report = QLabel(self.tr("Shift the input to compare the outputs."))
        self.report.setObjectName("convShiftText")
        self.report.setWordWrap(True)
        self.report.setStyleSheet(TEXT)
        row.addStretch(1)
        page.addWidget(self.report)
        page.addStretch(1)
        self.button.clicked.connect(self.run)

    def update_from(self, setup: ConvSetup, result: ConvResult | None) -> None:
        self.setup = setup if result is not None else None
        for grid in self.grids.values():
            grid.show_table(np.zeros((0, 0)))
        self.report.setText(self.tr("Shift the input to compare the outputs."))

    def run(self) -> None:
        if self.setup is None:
            self.report.setText(self.tr("Fix the settings first: the sandbox shows what is wrong."))
            return
        try:
            report = shift_test(self.setup, self.amount.value())
        except ConvError as exc:
            self.report.setText(f"✗ {exc}")
            return
        for when, result in (("before", report.before), ("shifted", report.after)):
            self.grids[when, "input"].show_table(result.setup.image)
            self.grids[when, "output"].show_table(result.outputs[0])
            if result.pooled is not None:
                self.grids[when, "pooled"].show_table(result.pooled[0])
        self.report.setText(report.text())
