"""The sandbox's settings: the input (a lecture example, a test image or the drawing downscaled,
pasted numbers, its size), the kernels (presets, how many), padding, stride and pooling. They
hold the numbers; ``setup()`` gives netcore's ConvSetup."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.rows import control_row
from netcore.convolution.examples import (
    EXAMPLES,
    KERNELS,
    image_as_numbers,
    kernel,
    kernel_title,
)
from netcore.convolution.sandbox import MAX_INPUT, ConvError, ConvSetup, parse_table

TEST_IMAGE = "A test image (downscaled)"
DRAWING = "The drawing (downscaled)"
PADDINGS = ["valid", "same", "1", "2", "3"]


class SandboxControls(QWidget):
    """Signals:
    changed(): a setting or a number changed; the sandbox recomputes.
    """

    changed = Signal()

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.drawing: np.ndarray | None = None
        self.image = np.zeros((5, 5))
        self.kernels: list[np.ndarray] = [kernel("Identity")]
        self.message = QLabel()
        self.message.setObjectName("convMessage")
        self.message.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.example = QComboBox()
        self.example.setObjectName("convExample")
        for e in EXAMPLES:
            self.example.addItem(e.title(), e.name)
        self.example.addItem(self.tr("A test image (downscaled)"), TEST_IMAGE)
        self.example.addItem(self.tr("The drawing (downscaled)"), DRAWING)
        self.number = QSpinBox()
        self.number.setObjectName("convImageNumber")
        self.number.setToolTip(self.tr("Which test image"))
        self.number.setRange(0, 0)
        self.size = QSpinBox()
        self.size.setObjectName("convImageSize")
        self.size.setRange(3, 28)
        self.size.setValue(10)
        self.size.setSuffix(" px")
        self.size.setToolTip(self.tr("Downscale the image to this many rows and columns"))
        self.paste = QPushButton(self.tr("Paste numbers"))
        self.paste.setObjectName("convPaste")
        self.paste.setToolTip(
            self.tr('Rows on lines or separated by ";", numbers by spaces, tabs or commas')
        )
        self.rows = QSpinBox()
        self.cols = QSpinBox()
        for spin, name in ((self.rows, "convRows"), (self.cols, "convCols")):
            spin.setObjectName(name)
            spin.setRange(1, MAX_INPUT)
            spin.setKeyboardTracking(False)
        self.preset = QComboBox()
        self.preset.setObjectName("convKernelPreset")
        self.preset.addItem(self.tr("(choose a kernel)"))
        for name in KERNELS:
            self.preset.addItem(kernel_title(name), name)
        self.count = QSpinBox()
        self.count.setObjectName("convKernelCount")
        self.count.setRange(1, 4)
        self.count.setToolTip(self.tr("More kernels give more output maps (channels)"))
        self.padding = QComboBox()
        self.padding.setObjectName("convPadding")
        self.padding.addItems(PADDINGS)
        self.padding.setToolTip(
            self.tr("valid: no zeros; same: enough zeros to keep the size; n rings")
        )
        self.stride = QSpinBox()
        self.stride.setObjectName("convStride")
        self.stride.setRange(1, 4)
        self.pool = QComboBox()
        self.pool.setObjectName("convPool")
        for text, key in ((self.tr("no pooling"), "no pooling"), ("max", "max"), ("avg", "avg")):
            self.pool.addItem(text, key)
        self.pool_size = QSpinBox()
        self.pool_size.setObjectName("convPoolSize")
        self.pool_size.setRange(1, 4)
        self.pool_size.setValue(2)
        self.pool_stride = QSpinBox()
        self.pool_stride.setObjectName("convPoolStride")
        self.pool_stride.setRange(0, 4)
        self.pool_stride.setSpecialValueText(self.tr("= size"))
        first = [
            (self.tr("Input"), self.example),
            (self.tr("image"), self.number),
            (self.tr("size"), self.size),
            ("", self.paste),
            (self.tr("rows"), self.rows),
            (self.tr("columns"), self.cols),
        ]
        second = [
            (self.tr("Kernel"), self.preset),
            (self.tr("kernels"), self.count),
            (self.tr("padding"), self.padding),
            (self.tr("stride"), self.stride),
            (self.tr("pooling"), self.pool),
            (self.tr("pool size"), self.pool_size),
            (self.tr("pool stride"), self.pool_stride),
        ]
        # rows that wrap: in presentation mode one line of them made the window 1,316 px wide
        for items in (first, second):
            column.addWidget(control_row(items))
        column.addWidget(self.message)
        self.example.currentIndexChanged.connect(lambda _i: self.load_example())
        self.number.valueChanged.connect(lambda _v: self.load_example())
        self.size.valueChanged.connect(lambda _v: self.load_example())
        self.paste.clicked.connect(self.paste_numbers)
        self.rows.valueChanged.connect(lambda _v: self._resize())
        self.cols.valueChanged.connect(lambda _v: self._resize())
        self.preset.activated.connect(self._apply_preset)
        self.count.valueChanged.connect(self._set_count)
        for combo in (self.padding, self.pool):
            combo.currentIndexChanged.connect(lambda _i: self._emit())
        for spin in (self.stride, self.pool_size, self.pool_stride):
            spin.valueChanged.connect(lambda _v: self._emit())
        self.kernel_index = 0
        self.load_example()

    # -- what the sandbox reads -------------------------------------------------------------

    def setup(self) -> ConvSetup:
        padding = self.padding.currentText()
        pool = self.pool.currentData()
        return ConvSetup(
            self.image,
            tuple(self.kernels),
            self.stride.value(),
            padding if padding in ("valid", "same") else int(padding),
            None if pool == "no pooling" else pool,
            self.pool_size.value(),
            self.pool_stride.value() or None,
        )

    # -- changing the numbers --------------------------------------------------------------

    def load_example(self) -> None:
        name = self.example.currentData()
        picture = name in (TEST_IMAGE, DRAWING)
        self.number.setEnabled(name == TEST_IMAGE)
        self.size.setEnabled(picture)
        self.message.setText("")
        if name == TEST_IMAGE:
            data = self.state.dataset()
            if data is None or len(getattr(data, "x_test", ())) == 0 or data.x_test.ndim < 3:
                self._error(self.tr("choose an image dataset (e.g. MNIST) to use its test images"))
                return
            self.number.blockSignals(True)
            self.number.setRange(0, len(data.x_test) - 1)
            self.number.blockSignals(False)
            self._set_image(image_as_numbers(data.x_test[self.number.value()], self.size.value()))
        elif name == DRAWING:
            if self.drawing is None:
                self._error(self.tr("draw a digit first (View → Draw a digit), then pick it here"))
                return
            self._set_image(image_as_numbers(self.drawing, self.size.value()))
        else:
            example = next(e for e in EXAMPLES if e.name == name)
            self._quiet(self.padding, self.padding.setCurrentText, str(example.padding))
            self._quiet(self.stride, self.stride.setValue, example.stride)
            pool = {"max": "max", "avg": "avg"}.get(example.pool or "", "no pooling")
            self._quiet(self.pool, self.pool.setCurrentIndex, self.pool.findData(pool))
            self._quiet(self.pool_size, self.pool_size.setValue, example.pool_size)
            self._quiet(self.pool_stride, self.pool_stride.setValue, 0)
            self._quiet(self.count, self.count.setValue, 1)
            self.kernels = [kernel(example.kernel)]
            self._set_image(example.array(), note=example.shown_note())

    def set_drawing(self, image, _label: str = "") -> None:
        """The drawing canvas's latest digit, prepared as the network sees it (None when the
        canvas is cleared); used when 'The drawing' is chosen."""
        picture = None if image is None else np.squeeze(np.asarray(image, dtype=np.float64))
        self.drawing = picture if picture is not None and picture.ndim in (2, 3) else None
        if self.example.currentData() == DRAWING:
            self.load_example()

    def set_image(self, values) -> None:
        self.image = np.asarray(values, dtype=np.float64)
        self._emit()

    def set_kernel(self, index: int, values) -> None:
        self.kernels[index] = np.asarray(values, dtype=np.float64)
        self._emit()

    def paste_numbers(self, text: str | None = None) -> None:
        text = QApplication.clipboard().text() if text is None or text is False else text
        try:
            table = parse_table(text, "the pasted text")
        except ConvError as exc:
            self._error(str(exc))
            return
        if max(table.shape) > MAX_INPUT:
            self._error(
                f"the pasted table is {table.shape[0]}×{table.shape[1]}; "
                f"up to {MAX_INPUT}×{MAX_INPUT}"
            )
            return
        self.message.setText("")
        self._set_image(table)

    def _set_image(self, values, note: str = "") -> None:
        self.image = np.asarray(values, dtype=np.float64)
        self._quiet(self.rows, self.rows.setValue, self.image.shape[0])
        self._quiet(self.cols, self.cols.setValue, self.image.shape[1])
        self.message.setText(f"<span style='color:#444'>{note}</span>" if note else "")
        self._emit()

    def _resize(self) -> None:
        rows, cols = self.rows.value(), self.cols.value()
        grown = np.zeros((rows, cols))
        h, w = min(rows, self.image.shape[0]), min(cols, self.image.shape[1])
        grown[:h, :w] = self.image[:h, :w]
        self.image = grown
        self._emit()

    def _apply_preset(self, index: int) -> None:
        if index <= 0:
            return
        chosen = kernel(self.preset.itemData(index))
        current = getattr(self.parent(), "kernel_index", 0)
        if chosen.shape != self.kernels[0].shape and len(self.kernels) > 1:
            self.kernels = [np.zeros_like(chosen) for _ in self.kernels]
        self.kernels[current] = chosen
        self._quiet(self.preset, self.preset.setCurrentIndex, 0)
        self._emit()

    def _set_count(self, n: int) -> None:
        shape = self.kernels[0].shape
        while len(self.kernels) < n:
            self.kernels.append(np.zeros(shape))
        del self.kernels[n:]
        self._emit()

    def _error(self, text: str) -> None:
        self.message.setText(f"<span style='color:#b00020'>✗ {text}</span>")

    def _emit(self) -> None:
        self.changed.emit()

    @staticmethod
    def _quiet(widget, setter, value) -> None:
        widget.blockSignals(True)
        setter(value)
        widget.blockSignals(False)
