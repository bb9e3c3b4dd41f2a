"""Filter viewer (``filterViewer``): a Conv2D layer's kernels, or a Dense layer's units seen as
images (the templates an MLP learns on MNIST). Blue is negative, red positive, white zero."""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.appearance.palettes import scheme
from desktop.inspect.base import InspectView
from desktop.widgets.imaging import ImageTile, colourise, rgb_tiles, to_qimage
from netcore.introspection import FilterSet, InspectError, filter_tiles, mosaic


class FilterView(InspectView):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.setObjectName("filterViewer")
        self.filters: FilterSet | None = None
        self.tiles = None
        self.layout_info = None
        controls = QWidget()
        row = QHBoxLayout(controls)
        row.setContentsMargins(0, 0, 0, 0)
        self.layer_choice = QComboBox()
        self.layer_choice.setObjectName("filterLayerChoice")
        self.scale_choice = QComboBox()
        self.scale_choice.setObjectName("filterScaleChoice")
        self.scale_choice.addItems(
            [self.tr("one scale for all"), self.tr("each filter its own scale")]
        )
        row.addWidget(QLabel(self.tr("Layer:")))
        row.addWidget(self.layer_choice, 1)
        row.addWidget(QLabel(self.tr("Colours:")))
        row.addWidget(self.scale_choice)
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setObjectName("filterCaption")
        self.caption.setWordWrap(True)
        self.image = ImageTile(max_scale=24)
        self.image.setObjectName("filterImage")
        self.image.describe = self._describe
        self.legend = QLabel()
        column.addWidget(self.caption)
        column.addWidget(self.image, 1)
        column.addWidget(self.legend)
        self.finish_layout(controls)
        self.layer_choice.currentTextChanged.connect(lambda _: self.update_view())
        self.scale_choice.currentIndexChanged.connect(lambda _: self.update_view())

    def refresh(self) -> None:
        inspector = self.state.inspector()
        if inspector is None:
            self.say(self.state.problem)
            return
        layers = inspector.viewable_layers()
        if [self.layer_choice.itemText(i) for i in range(self.layer_choice.count())] != layers:
            current = self.layer_choice.currentText()
            self.layer_choice.blockSignals(True)
            self.layer_choice.clear()
            self.layer_choice.addItems(layers)
            if current in layers:
                self.layer_choice.setCurrentText(current)
            self.layer_choice.blockSignals(False)
        if not layers:
            self.say(
                self.tr(
                    "This network has no weights to show as pictures: the filter viewer shows "
                    "Conv2D kernels, and Dense layers fed by a flattened image."
                )
            )
            return
        try:
            self.filters = inspector.filters(self.layer_choice.currentText())
        except InspectError as exc:
            self.say(str(exc))
            return
        fs = self.filters
        shared = self.scale_choice.currentIndex() == 0
        tiles = filter_tiles(fs, shared_scale=shared)
        count = fs.images.shape[0]
        per_filter = tiles.shape[0] // count
        cols = None
        if per_filter > 1:  # one column per filter, one row per input channel: fits a wide dock
            order = tiles.reshape(count, per_filter, *tiles.shape[1:]).swapaxes(0, 1)
            tiles = order.reshape(-1, *tiles.shape[1:])
            cols = count
        self.layout_info = mosaic(tiles, cols=cols, gap=1)
        self.tiles = tiles
        image = self.layout_info.image
        rgb = rgb_tiles(image) if fs.colour else colourise(image, scheme().diverging, -1.0, 1.0)
        self.image.set_image(to_qimage(rgb))
        count, inputs = fs.images.shape[0], per_filter
        if fs.kind == "conv" and inputs > 1:
            what = self.tr(
                "{count} filters × {inputs} input channels (one column per filter, one row per "
                "channel), {height}×{width} each"
            ).format(
                count=count,
                inputs=inputs,
                height=fs.images.shape[-2 if not fs.colour else -3],
                width=fs.images.shape[-1 if not fs.colour else -2],
            )
        elif fs.kind == "conv":
            what = self.tr("{count} filters").format(count=count)
        else:
            what = self.tr(
                "{count} units, each unit's weights laid out like the input image"
            ).format(count=count)
        self.caption.setText(
            self.tr("<b>{layer}</b>: {what}. Hover for values.").format(
                layer=html.escape(str(fs.layer)), what=what
            )
        )
        scale = f"±{fs.limit:.3g}" if shared else self.tr("each filter's own largest weight")
        self.legend.setText(
            self.tr(
                "<span style='color:#2166ac'>■ negative</span> · white 0 · "
                "<span style='color:#b2182b'>■ positive</span> (full colour at {scale})"
            ).format(scale=scale)
        )
        self.show_body()

    def _describe(self, x: float, y: float) -> str | None:
        if self.layout_info is None or self.filters is None:
            return None
        found = self.layout_info.locate(x, y)
        if found is None:
            return None
        index, row, col = found
        fs = self.filters
        count = fs.images.shape[0]
        per_filter = self.tiles.shape[0] // count
        c, f = divmod(index, count) if per_filter > 1 else (0, index)
        value = fs.images[f, c, row, col]
        where = f"unit {f + 1}" if fs.kind == "template" else f"filter {f + 1}"
        if fs.colour:
            text = ", ".join(f"{ch} {v:+.4f}" for ch, v in zip("RGB", value, strict=True))
            return f"{where}, row {row + 1}, column {col + 1}: {text}"
        channel = f", {fs.input_labels[c]}" if per_filter > 1 else ""
        return f"{where}{channel}, row {row + 1}, column {col + 1}: weight {float(value):+.4f}"

    def shown_values(self) -> np.ndarray | None:
        """The raw weights on screen, (filters, inputs, h, w[, 3]) (for tests)."""
        return None if self.filters is None else self.filters.images
