"""The convolution sandbox (``convolutionSandbox``): a small input and kernels the student
types, padding, stride and pooling; Keras computes the output and the window slides over the
input cell by cell with the products written out (10×2 + 2×2 + … = 82). Tabs beside it count
how often each pixel is seen (with and without padding) and shift the input to show
equivariance and invariance."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.convolution.controls import SandboxControls
from desktop.convolution.grid import NumberGrid
from desktop.convolution.studies import CoverageTab, ShiftTab
from desktop.widgets.rows import FlowLayout
from netcore.convolution.sandbox import ConvError, ConvResult, convolve


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold; font-size: 13pt;")
    return label


def _scrolled(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    return area


class ConvolutionSandbox(QWidget):
    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.setObjectName("convolutionSandbox")
        self.setWindowTitle(self.tr("Convolution sandbox"))
        self.state = state
        self.hidden: frozenset[str] = frozenset()  # a lesson step's hidden quantities
        self.result: ConvResult | None = None
        self.cells: list[tuple[str, int, int]] = []  # the animation: ("conv"|"pool", i, j)
        self.cursor = -1  # cells shown so far − 1
        self.kernel_index = 0
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.step)
        column = QVBoxLayout(self)
        self.controls = SandboxControls(state, self)
        column.addWidget(self.controls)
        sliding = QWidget()
        inner = QVBoxLayout(sliding)
        inner.addWidget(self._build_grids(), 1)
        inner.addWidget(self._build_player())
        self.products = QLabel()
        self.products.setObjectName("convProducts")
        self.products.setWordWrap(True)
        self.products.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.products.setStyleSheet("font-size: 14pt; padding: 4px;")
        self.products.setMinimumHeight(60)
        inner.addWidget(self.products)
        self.studies = QTabWidget()
        self.studies.setObjectName("convTabs")
        self.coverage = CoverageTab(self)
        self.shift = ShiftTab(self)
        self.studies.addTab(sliding, self.tr("Slide the kernel"))
        # their tables scroll: a tab as wide as its six grids made the window wider than the
        # room beside the lesson (a tab widget is as wide as its widest page)
        self.studies.addTab(_scrolled(self.coverage), self.tr("How often each pixel is seen"))
        self.studies.addTab(_scrolled(self.shift), self.tr("Shift the input"))
        column.addWidget(self.studies, 1)
        self.controls.changed.connect(self.recompute)
        self.input_grid.edited.connect(self.controls.set_image)
        self.kernel_grid.edited.connect(self._on_kernel_edited)
        self._stale = True  # computed when first shown (Keras is not needed before)
        state.changed.connect(self._on_state_changed)
        self.resize(900, 640)

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.place()
        QTimer.singleShot(0, self.place)  # again once the window's docks have settled
        if self._stale:
            self.recompute()

    # -- where it opens --------------------------------------------------------------------

    def free_area(self) -> QRect:
        """Where the sandbox may go: the window's area (the screen's in presentation mode), less
        the lesson panel when it is shown, so the task and Check stay in sight."""
        window = self.parentWidget()
        screen = (window or self).screen().availableGeometry()
        area = window.frameGeometry() if window is not None and window.isVisible() else screen
        lessons = window.findChild(QWidget, "lessonsDock") if window is not None else None
        if lessons is not None and lessons.isVisible() and not lessons.isFloating():
            taken = QRect(lessons.mapToGlobal(lessons.rect().topLeft()), lessons.size())
            if taken.center().x() > area.center().x():  # the panel on the right: the left is free
                area.setRight(min(area.right(), taken.left() - 1))
            else:
                area.setLeft(max(area.left(), taken.right() + 1))
        return area

    def place(self) -> None:
        """Fit the free area (never wider than it, never over the lesson's task)."""
        free = self.free_area()
        frame = self.frameGeometry().size() - self.geometry().size()
        width = min(free.width() - frame.width(), max(self.sizeHint().width(), 900))
        height = free.height() - frame.height()
        self.setMinimumSize(0, 0)
        self.resize(max(width, 200), max(height, 200))
        self.move(free.topLeft())

    def set_hidden(self, names) -> None:
        """A lesson step hides ``sandbox_output`` (the output and pooled cells, and the sums
        that give them) until the student has answered."""
        self.hidden = frozenset(names)
        # an example's note can give its output ("The slide's result: 82 68 46 / …")
        self.controls.message.setVisible(not self.masked)
        self._show_cursor()

    @property
    def masked(self) -> bool:
        return "sandbox_output" in self.hidden

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_cells()

    def _fit_cells(self) -> None:
        """Cells as large as the grids' room allows (26–52 px): the padded input fits."""
        rows = max(self.input_grid.rowCount(), self.kernel_grid.rowCount(), 1)
        room = self.grids_area.viewport().height() - 110  # titles, kernel choice, rule
        cell = max(26, min(52, room // rows))
        for grid in (self.input_grid, self.kernel_grid, self.output_grid, self.pooled_grid):
            grid.set_cell_size(cell)

    def _on_state_changed(self) -> None:
        if self._stale and self.isVisible():  # e.g. TensorFlow has finished loading
            self.recompute()

    # -- layout ----------------------------------------------------------------------------

    def _build_grids(self) -> QWidget:
        area = QScrollArea()
        area.setWidgetResizable(True)
        row = QHBoxLayout()
        self.input_grid = NumberGrid("convInput", editable=True)
        self.kernel_grid = NumberGrid("convKernel", editable=True)
        self.output_grid = NumberGrid("convOutput")
        self.pooled_grid = NumberGrid("convPooled")
        for grid, name in (
            (self.input_grid, self.tr("Input numbers")),
            (self.kernel_grid, self.tr("Kernel weights")),
            (self.output_grid, self.tr("Convolution output")),
            (self.pooled_grid, self.tr("Pooled output")),
        ):
            grid.setAccessibleName(name)
        self.input_title = _title(self.tr("Input"))
        self.kernel_title = _title(self.tr("Kernel"))
        self.output_title = _title(self.tr("Output"))
        self.pooled_title = _title(self.tr("Pooled"))
        self.kernel_choice = QComboBox()
        self.kernel_choice.setObjectName("convKernelChoice")
        self.kernel_choice.currentIndexChanged.connect(self._on_kernel_chosen)
        self.rule = QLabel()
        self.rule.setObjectName("convRule")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("font-size: 11pt; color: #333;")
        for title, grid, extra, sign in (
            (self.input_title, self.input_grid, None, "⊛"),
            (self.kernel_title, self.kernel_grid, self.kernel_choice, "="),
            (self.output_title, self.output_grid, None, "→"),
            (self.pooled_title, self.pooled_grid, None, ""),
        ):
            part = QVBoxLayout()
            part.addWidget(title)
            if extra is not None:
                part.addWidget(extra)
            part.addWidget(grid)
            part.addStretch(1)
            row.addLayout(part)
            if sign:
                mark = QLabel(sign)
                mark.setStyleSheet("font-size: 22pt; color: #555;")
                mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
                row.addWidget(mark)
                if sign == "→":
                    self.pool_arrow = mark
        row.addStretch(1)
        outer = QVBoxLayout()
        outer.addLayout(row, 1)
        outer.addWidget(self.rule)
        holder = QWidget()
        holder.setLayout(outer)
        area.setWidget(holder)
        self.grids_area = area
        return area

    def _build_player(self) -> QWidget:
        # the buttons wrap onto a second line rather than widen the window past the screen
        # (Hungarian and French labels, presentation mode)
        box = QWidget()
        row = FlowLayout(box)
        self.reset_button = QPushButton(self.tr("⟲ Start over"))
        self.reset_button.setObjectName("convReset")
        self.step_button = QPushButton(self.tr("Step ▶|"))
        self.step_button.setObjectName("convStep")
        self.step_button.setShortcut("Right")
        self.play_button = QPushButton(self.tr("▶ Play"))
        self.play_button.setObjectName("convPlay")
        self.play_button.setCheckable(True)
        self.all_button = QPushButton(self.tr("Show all"))
        self.all_button.setObjectName("convShowAll")
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setObjectName("convSpeed")
        self.speed.setRange(1, 20)  # cells per second
        self.speed.setValue(2)
        self.speed.setMaximumWidth(160)
        self.speed_label = QLabel()
        self.position = QLabel()
        self.position.setObjectName("convPosition")
        for widget in (self.reset_button, self.step_button, self.play_button, self.all_button):
            row.addWidget(widget)
        speed = QWidget()
        line = QHBoxLayout(speed)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(QLabel(self.tr("speed")))
        line.addWidget(self.speed)
        line.addWidget(self.speed_label)
        row.addWidget(speed)
        row.addWidget(self.position)
        self.reset_button.clicked.connect(self.start_over)
        self.step_button.clicked.connect(self.step)
        self.play_button.toggled.connect(self.play)
        self.all_button.clicked.connect(self.show_all)
        self.speed.valueChanged.connect(self._on_speed)
        self._on_speed(self.speed.value())
        return box

    # -- computing -------------------------------------------------------------------------

    def recompute(self) -> None:
        """Run the settings through Keras; a setting that cannot work is said, nothing lost."""
        self.timer.stop()
        self.play_button.setChecked(False)
        if not self.state.tensorflow_ready:
            self.products.setText(self.tr("TensorFlow is still loading…"))
            return
        self._stale = False
        setup = self.controls.setup()
        names = [self.tr("kernel {n}").format(n=n + 1) for n in range(len(setup.kernels))]
        if [self.kernel_choice.itemText(i) for i in range(self.kernel_choice.count())] != names:
            self.kernel_choice.blockSignals(True)
            self.kernel_choice.clear()
            self.kernel_choice.addItems(names)
            self.kernel_choice.setCurrentIndex(min(self.kernel_index, len(names) - 1))
            self.kernel_choice.blockSignals(False)
        self.kernel_index = self.kernel_choice.currentIndex()
        self.input_grid.show_table(setup.image, setup.pads())
        self.kernel_grid.show_table(setup.kernels[self.kernel_index])
        try:
            self.result = convolve(setup)
        except ConvError as exc:
            self.result = None
            self.cells = []
            self.output_grid.show_table(np.zeros((0, 0)))
            self.pooled_grid.show_table(np.zeros((0, 0)))
            self.rule.setText("")
            self.products.setText(f"<span style='color:#b00020'>✗ {exc}</span>")
            self.position.setText("")
            self.coverage.update_from(setup, None)
            self.shift.update_from(setup, None)
            return
        self.rule.setText("    ".join(self.result.rule))
        self._fit_cells()
        self._layout_cells()
        self.coverage.update_from(setup, self.result)
        self.shift.update_from(setup, self.result)
        self.show_all()

    def _layout_cells(self) -> None:
        result = self.result
        _, rows, cols = result.outputs.shape
        self.cells = [("conv", i, j) for i in range(rows) for j in range(cols)]
        pooled = result.pooled is not None
        if pooled:
            _, prow, pcol = result.pooled.shape
            self.cells += [("pool", i, j) for i in range(prow) for j in range(pcol)]
        for widget in (self.pooled_grid, self.pooled_title, self.pool_arrow):
            widget.setVisible(pooled)
        kind = {"max": "Max", "avg": "Average"}.get(result.setup.pool or "", "")
        self.pooled_title.setText(
            {"Max": self.tr("Max pooled"), "Average": self.tr("Average pooled")}.get(kind, "")
        )
        self.output_title.setText(self.tr("Output ({rows}×{cols})").format(rows=rows, cols=cols))

    # -- the animation ---------------------------------------------------------------------

    def start_over(self) -> None:
        self.cursor = -1
        self._show_cursor()

    def step(self) -> None:
        if not self.cells:
            return
        if self.cursor >= len(self.cells) - 1:
            self.timer.stop()
            self.play_button.setChecked(False)
            return
        self.cursor += 1
        self._show_cursor()

    def play(self, on: bool) -> None:
        self.play_button.setText(self.tr("⏸ Pause") if on else self.tr("▶ Play"))
        if on:
            if self.cursor >= len(self.cells) - 1:
                self.cursor = -1
            self.timer.start()
        else:
            self.timer.stop()

    def show_all(self) -> None:
        self.cursor = len(self.cells) - 1
        self._show_cursor()

    def _on_speed(self, value: int) -> None:
        self.timer.setInterval(int(1000 / value))
        self.speed_label.setText(self.tr("{n} cell(s)/s").format(n=value))

    def _on_kernel_chosen(self, index: int) -> None:
        if index >= 0 and self.result is not None:
            self.kernel_index = index
            self.kernel_grid.show_table(self.result.setup.kernels[index])
            self._show_cursor()

    def _on_kernel_edited(self, values) -> None:
        self.controls.set_kernel(self.kernel_index, values)

    def _show_cursor(self) -> None:
        result = self.result
        if result is None:
            return
        k = self.kernel_index
        conv_cells = [(i, j) for kind, i, j in self.cells[: self.cursor + 1] if kind == "conv"]
        pool_cells = [(i, j) for kind, i, j in self.cells[: self.cursor + 1] if kind == "pool"]
        current = self.cells[self.cursor] if self.cursor >= 0 else None
        masked = self.masked
        self.output_grid.show_table(result.outputs[k])
        now = current[1:] if current and current[0] == "conv" else None
        self.output_grid.fill(conv_cells, now, masked)
        if result.pooled is not None:
            self.pooled_grid.show_table(result.pooled[k])
            now = current[1:] if current and current[0] == "pool" else None
            self.pooled_grid.fill(pool_cells, now, masked)
        self.input_grid.clear_marks()
        self.kernel_grid.clear_marks()
        if current is None:
            self.products.setText(
                self.tr("Press Step (→) or Play to slide the kernel over the input.")
            )
            self.position.setText(self.tr("0 of {n} cells").format(n=len(self.cells)))
            return
        kind, i, j = current
        if kind == "conv":
            r, c = result.window(i, j)
            self.input_grid.mark_window(r, c, result.setup.kernels[k])
            where = self.tr("output row {i}, column {j}").format(i=i + 1, j=j + 1)
            text = result.products_text(k, i, j)
        else:
            r, c = result.pool_window(i, j)
            n = result.setup.pool_size
            self.output_grid.mark_window(r, c, None, (n, n))
            where = self.tr("pooled row {i}, column {j}").format(i=i + 1, j=j + 1)
            text = result.pool_text(k, i, j)
        if masked and "=" in text:  # the products stay; their sum is the student's to find
            text = text.rsplit("=", 1)[0] + "= ?"
        self.products.setText(f"<b>{where}:</b> {text}")
        self.position.setText(
            self.tr("{n} of {total} cells").format(n=self.cursor + 1, total=len(self.cells))
        )

    def copy_output(self) -> None:
        QApplication.clipboard().setText(self.output_grid.table_text())
