"""Convolution kernels set by hand (in Weights by hand, for networks too big for the dense
table): pick a Conv2D layer, a kernel and an input channel, type its numbers or take a lecture
preset (Sobel, edge, sharpen…), and see at once what the kernel makes of a test image; the
Feature maps tab shows the whole network's response."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.convolution.grid import NumberGrid
from desktop.widgets.imaging import GREYS, SEQUENTIAL, ImageTile, colourise, to_qimage
from netcore.convolution.examples import KERNELS, kernel_title
from netcore.introspection import InspectError, KernelLayer, placed, with_kernel


class KernelEditor(QWidget):
    """Signals:
    show_maps_requested(): the student wants the Feature maps tab.
    """

    show_maps_requested = Signal()

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.setObjectName("kernelEditor")
        self.state = state
        self.layers: list[KernelLayer] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "This network is too big to set every weight by hand, but its convolution "
                "kernels can be typed: choose one, type numbers or put in a preset, and see "
                "what it finds."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        row = QHBoxLayout()
        self.layer = QComboBox()
        self.layer.setObjectName("kernelLayer")
        self.filter = QSpinBox()
        self.filter.setObjectName("kernelFilter")
        self.filter.setPrefix(self.tr("kernel "))
        self.channel = QSpinBox()
        self.channel.setObjectName("kernelChannel")
        self.channel.setPrefix(self.tr("input channel "))
        self.preset = QComboBox()
        self.preset.setObjectName("kernelPreset")
        self.preset.addItem(self.tr("(put a preset in)"))
        for name in KERNELS:
            self.preset.addItem(kernel_title(name), name)
        for widget in (self.layer, self.filter, self.channel, self.preset):
            row.addWidget(widget)
        row.addStretch(1)
        column.addLayout(row)
        pictures = QGridLayout()
        self.grid = NumberGrid("kernelGrid", cell=52, editable=True)
        self.input_tile = ImageTile(max_scale=8)
        self.input_tile.setObjectName("kernelInputImage")
        self.map_tile = ImageTile(max_scale=8)
        self.map_tile.setObjectName("kernelMapImage")
        for tile in (self.input_tile, self.map_tile):
            tile.setMinimumSize(160, 160)
        self.map_caption = QLabel()
        self.map_caption.setObjectName("kernelMapCaption")
        self.map_caption.setWordWrap(True)
        pictures.addWidget(QLabel(self.tr("<b>The kernel</b>")), 0, 0)
        pictures.addWidget(QLabel(self.tr("<b>A test image</b>")), 0, 1)
        pictures.addWidget(QLabel(self.tr("<b>Its feature map</b>")), 0, 2)
        top = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        pictures.addWidget(self.grid, 1, 0, top)
        pictures.addWidget(self.input_tile, 1, 1, top)
        pictures.addWidget(self.map_tile, 1, 2, top)
        pictures.addWidget(self.map_caption, 2, 1, 1, 2)
        pictures.setColumnStretch(3, 1)
        column.addLayout(pictures)
        self.maps_button = QPushButton(self.tr("See every layer's feature maps"))
        self.maps_button.setObjectName("kernelShowMaps")
        bottom = QHBoxLayout()
        bottom.addWidget(self.maps_button)
        bottom.addStretch(1)
        column.addLayout(bottom)
        column.addStretch(1)
        self.layer.currentIndexChanged.connect(lambda _i: self._on_layer_chosen())
        self.filter.valueChanged.connect(lambda _v: self.refresh())
        self.channel.valueChanged.connect(lambda _v: self.refresh())
        self.preset.activated.connect(self._put_preset)
        self.grid.edited.connect(self._write)
        self.maps_button.clicked.connect(self.show_maps_requested)

    # -- binding ---------------------------------------------------------------------------

    def show_layers(self, layers: list[KernelLayer]) -> None:
        labels = [k.label() for k in layers]
        self.layers = layers
        if [self.layer.itemText(i) for i in range(self.layer.count())] != labels:
            self.layer.blockSignals(True)
            self.layer.clear()
            self.layer.addItems(labels)
            self.layer.blockSignals(False)
            self._on_layer_chosen()
        else:
            self.refresh()

    def current(self) -> KernelLayer | None:
        i = self.layer.currentIndex()
        return self.layers[i] if 0 <= i < len(self.layers) else None

    def _on_layer_chosen(self) -> None:
        layer = self.current()
        if layer is None:
            return
        for spin, n in ((self.filter, layer.filters), (self.channel, layer.channels)):
            spin.blockSignals(True)
            spin.setRange(1, n)
            spin.blockSignals(False)
        self.channel.setVisible(layer.channels > 1)
        self.refresh()

    def refresh(self) -> None:
        layer, inspector = self.current(), self.state.inspector()
        if layer is None or inspector is None:
            return
        kernel = inspector.weights()[layer.layer][0][:, :, self.channel.value() - 1]
        self.grid.show_table(np.round(kernel[:, :, self.filter.value() - 1], 3))
        self._show_map(inspector, layer)

    def _show_map(self, inspector, layer: KernelLayer) -> None:
        data = self.state.dataset()
        if data is None or tuple(data.input_shape) != inspector.input_shape or not len(data.x_test):
            self.map_caption.setText(
                self.tr("Choose a dataset that fits the network to see a map.")
            )
            return
        x = data.x_test[0]
        maps = next(o for o in inspector.outputs(x) if o.layer == layer.layer).values
        single = maps[..., self.filter.value() - 1]
        image = np.asarray(x, dtype=np.float32)
        grey = image.mean(axis=-1) if image.ndim == 3 else image
        self.input_tile.set_image(
            to_qimage(colourise(grey, GREYS, float(grey.min()), float(grey.max())))
        )
        lo, hi = float(single.min()), float(single.max())
        self.map_tile.set_image(to_qimage(colourise(single, SEQUENTIAL, lo, hi)))
        self.map_caption.setText(
            f"{layer.layer}, map {self.filter.value()} for test example 0: values {lo:.3g} (dark) "
            f"to {hi:.3g} (light), after the layer's activation"
        )

    # -- writing ---------------------------------------------------------------------------

    def _put_preset(self, index: int) -> None:
        layer = self.current()
        if index <= 0 or layer is None:
            return
        name = self.preset.itemData(index)
        self.preset.setCurrentIndex(0)
        try:
            kernel = placed(KERNELS[name], layer.size)
        except InspectError as exc:
            self.map_caption.setText(f"✗ {exc}")
            return
        self._write(kernel)

    def _write(self, kernel) -> None:
        layer, inspector = self.current(), self.state.inspector()
        if layer is None or inspector is None:
            return
        weights = with_kernel(
            inspector.weights(),
            layer.layer,
            self.filter.value() - 1,
            self.channel.value() - 1,
            kernel,
        )
        self.state.set_hand_weights(weights)

    def set_kernel_text(self, name: str) -> None:
        """Put the preset called name into the current kernel (as the preset menu does)."""
        self._put_preset(self.preset.findText(name))
