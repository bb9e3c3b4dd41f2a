"""Feature-map viewer (``featureMapViewer``): every layer's output for one input, from the edges
the first convolution finds to the final probabilities. Conv/pool outputs are grids of maps,
dense outputs strips of cells, the softmax labelled bars; click a map to enlarge it."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.appearance.palettes import scheme
from desktop.inspect.base import InspectView
from desktop.widgets.bars import ProbabilityBars
from desktop.widgets.imaging import (
    GREYS,
    SEQUENTIAL,
    ImageTile,
    colourise,
    to_qimage,
)
from desktop.widgets.rows import control_row
from netcore.backprop.losses import example_summary
from netcore.convolution.receptive import ReceptiveError, ReceptiveField, receptive_field
from netcore.introspection import LayerOutput, map_tiles, mosaic
from netcore.network.catalog import shape_text

STRIP = 64  # cells per row of a dense layer's strip


class FeatureMapView(InspectView):
    """Signals:
    input_changed(): the chosen input changed (another example, a file, a drawing).
    """

    input_changed = Signal()

    def __init__(self, state, dialogs=None, parent=None):
        super().__init__(state, parent)
        self.setObjectName("featureMapViewer")
        self.dialogs = dialogs
        self.outputs: list[LayerOutput] = []
        self.field: ReceptiveField | None = None
        self.input: np.ndarray | None = None
        self.input_label = ""
        self.external: tuple[np.ndarray, str] | None = None  # an image file or the canvas
        self._rng = np.random.default_rng()
        self._sections: dict[str, tuple[QLabel, QWidget]] = {}
        self._mosaics: dict[str, object] = {}
        self.unit: tuple[str, int, int] | None = None  # the clicked unit: its receptive field

        self.class_choice = QComboBox()
        self.class_choice.setObjectName("exampleClassChoice")
        self.index = QSpinBox()
        self.index.setObjectName("exampleIndex")
        self.index.setMaximum(0)
        self.random_button = QPushButton(self.tr("Random"))
        self.random_button.setObjectName("randomExampleButton")
        self.file_button = QPushButton(self.tr("Image file…"))
        self.file_button.setObjectName("imageFileButton")
        controls = control_row(  # wraps in a narrow dock (Draw) instead of widening it
            [
                (self.tr("Test example of class"), self.class_choice),
                (self.tr("number"), self.index),
                ("", self.random_button),
                ("", self.file_button),
            ]
        )

        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.input_tile = ImageTile(max_scale=4)
        self.input_tile.setObjectName("featureInput")
        self.input_tile.setFixedSize(120, 120)
        self.prediction = QLabel()
        self.prediction.setObjectName("featurePrediction")
        self.prediction.setWordWrap(True)
        self.loss_line = QLabel()
        self.loss_line.setObjectName("featureLoss")
        self.loss_line.setWordWrap(True)
        self.loss_line.setToolTip(
            self.tr(
                "The loss of this one example: training lowers its average over the training set"
            )
        )
        words = QVBoxLayout()
        words.addWidget(self.prediction)
        words.addWidget(self.loss_line)
        self.receptive = QLabel(self.tr("Click a unit of a map to see which input pixels it sees."))
        self.receptive.setObjectName("featureReceptiveField")
        self.receptive.setWordWrap(True)
        self.receptive.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # no style sheet:
        # it would keep the normal text size in presentation mode
        words.addWidget(self.receptive)
        words.addStretch(1)
        top.addWidget(self.input_tile)
        top.addLayout(words, 1)
        column.addLayout(top)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.layers_widget = QWidget()
        self.layers_grid = QGridLayout(self.layers_widget)
        self.layers_grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.layers_widget)
        column.addWidget(self.scroll, 1)
        self.finish_layout(controls)

        self.class_choice.currentIndexChanged.connect(self._on_example_changed)
        self.index.valueChanged.connect(self._on_example_changed)
        self.random_button.clicked.connect(self.random_example)
        self.file_button.clicked.connect(self._on_file_clicked)

    # -- choosing the input ----------------------------------------------------------------

    def _examples(self, data) -> np.ndarray:
        """Indices of test examples of the chosen class (all when 'any class')."""
        chosen = self.class_choice.currentIndex() - 1
        if chosen < 0 or data.task != "classification":
            return np.arange(len(data.x_test))
        return np.flatnonzero(data.y_test == chosen)

    def _on_example_changed(self, *_):
        self.external = None
        self.update_view()
        self.input_changed.emit()

    def show_test_example(self, i: int) -> None:
        """Test example ``i`` of the whole test set (from the embedding, say)."""
        self.class_choice.blockSignals(True)
        self.class_choice.setCurrentIndex(0)  # any class: indices are the test set's own
        self.class_choice.blockSignals(False)
        self.index.setMaximum(max(self.index.maximum(), i))
        self.index.setValue(i)
        self._on_example_changed()

    def random_example(self) -> None:
        data = self.state.dataset()
        if data is None:
            return
        n = len(self._examples(data))
        if n:
            self.index.setValue(int(self._rng.integers(n)))
        self._on_example_changed()

    def set_external_input(self, image: np.ndarray | None, label: str) -> None:
        """Show the network's response to an image from outside the dataset (a file, the
        drawing canvas); None goes back to the test examples."""
        self.external = None if image is None else (np.asarray(image, dtype=np.float32), label)
        self.update_view()

    def _on_file_clicked(self) -> None:
        if self.dialogs is None:
            return
        path = self.dialogs.open_image()
        if not path:
            return
        loaded, image = self.read_image_file(path)
        if loaded:
            self.set_external_input(image, f"file {path}")

    def _sync_examples(self, data) -> None:
        names = ["any class"] + (list(data.class_names) if data.task == "classification" else [])
        if [self.class_choice.itemText(i) for i in range(self.class_choice.count())] != names:
            self.class_choice.blockSignals(True)
            self.class_choice.clear()
            self.class_choice.addItems(names)
            self.class_choice.blockSignals(False)
        self.index.blockSignals(True)
        self.index.setMaximum(max(len(self._examples(data)) - 1, 0))
        self.index.blockSignals(False)

    # -- drawing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        inspector = self.state.inspector()
        if inspector is None:
            self.say(self.state.problem)
            return
        class_names = None
        target = None  # the example's label or value, when known
        if self.external is not None:
            x, self.input_label = self.external
        else:
            data = self.state.dataset()
            if data is None:
                self.say(self.state.problem)
                return
            if tuple(data.input_shape) != inspector.input_shape:
                self.say(
                    self.tr(
                        "The network takes {network} but {dataset} examples are {data}: choose a "
                        "matching dataset or fix the input layer."
                    ).format(
                        network=shape_text(inspector.input_shape),
                        dataset=data.title,
                        data=shape_text(tuple(data.input_shape)),
                    )
                )
                return
            self._sync_examples(data)
            picks = self._examples(data)
            if not len(picks):
                self.say(self.tr("There are no test examples of this class."))
                return
            i = int(picks[min(self.index.value(), len(picks) - 1)])
            x = data.x_test[i]
            truth = data.class_names[int(data.y_test[i])] if data.task == "classification" else ""
            self.input_label = f"test example {i}" + (f", labelled {truth}" if truth else "")
            class_names = list(data.class_names) if data.task == "classification" else None
            target = data.y_test[i]
        self.input = np.asarray(x, dtype=np.float32)
        self.outputs = inspector.outputs(self.input)
        self.field = self._field(inspector)
        self._show_input()
        self._show_prediction(class_names)
        self._show_loss(inspector, class_names, target)
        self._show_layers(class_names)
        self.show_body()

    def _show_input(self) -> None:
        x = self.input
        if x.ndim == 3 and x.shape[-1] in (1, 3):
            lo, hi = float(x.min()), float(x.max())
            if x.shape[-1] == 1:
                rgb = colourise(x[..., 0], GREYS, lo, hi)
            else:
                rgb = ((x - lo) / max(hi - lo, 1e-9) * 255).astype(np.uint8)
            if self.field is not None:
                rgb = _outlined(rgb, self.field.box)
            self.input_tile.set_image(to_qimage(rgb))
            self.input_tile.show()
        else:
            self.input_tile.hide()

    def _show_prediction(self, class_names) -> None:
        last = self.outputs[-1]
        values = last.values.ravel()
        if last.kind == "probabilities":
            k = int(np.argmax(values))
            name = class_names[k] if class_names and k < len(class_names) else str(k)
            text = f"Prediction: <b>{name}</b> ({values[k] * 100:.1f} %)"
        elif values.size == 1:
            text = f"Output: <b>{values[0]:.4g}</b>"
        elif last.values.ndim == 3:  # a mask (segmentation): how much of it is 'yes'
            h, w = last.values.shape[:2]
            on = int((last.values[..., 0] > 0.5).sum())
            text = (
                f"Output: a {h}×{w} map, <b>{on}</b> of {h * w} pixels above 0.5 "
                "(the last maps below)"
            )
        else:
            text = "Output: " + ", ".join(f"{v:.3g}" for v in values[:10])
        self.prediction.setText(f"{text}<br><span style='color:#555'>for {self.input_label}</span>")

    def _show_loss(self, inspector, class_names, target) -> None:
        """Logits → softmax → one-hot target → the loss, for this example (when labelled)."""
        last = self.outputs[-1]
        if target is None or last.values.ndim != 1:
            self.loss_line.setText("")
            return
        logits = None
        if last.kind == "probabilities" and last.type == "Dense":
            logits = inspector.pre_activations(self.input, only=last.layer)[0][3]
        try:
            text = example_summary(last.values, np.ravel(target)[0], class_names, logits)
        except ValueError as exc:  # e.g. outputs that are not probabilities
            text = f"No loss for this example: {exc}"
        self.loss_line.setText(text)

    def _show_layers(self, class_names) -> None:
        wanted = [(o.layer, o.kind) for o in self.outputs]
        if [(k, type(w[1]).__name__) for k, w in self._sections.items()] != [
            (layer, "ProbabilityBars" if kind == "probabilities" else "ImageTile")
            for layer, kind in wanted
        ]:
            self._rebuild_sections()
        for o in self.outputs:
            label, widget = self._sections[o.layer]
            source = f" ← {', '.join(o.inputs)}" if len(o.inputs) > 1 else ""
            label.setText(
                f"<b>{o.layer}</b><br>{o.type}<br><span style='color:#666'>"
                f"{shape_text(o.values.shape)}{source}</span>"
            )
            if o.kind == "probabilities":
                widget.set_values(o.values, class_names)
            elif o.kind == "maps":
                tiles, low, high = map_tiles(o.values)
                m = mosaic(tiles, cols=min(len(tiles), 8), gap=1)
                self._mosaics[o.layer] = m
                widget.set_image(to_qimage(colourise(m.image, SEQUENTIAL, 0.0, 1.0)))
                h = o.values.shape[0]
                widget.setMinimumHeight(min(max(m.rows * (h + 1) * 3, 60), 360))
            else:
                v = o.values.ravel()
                cols = min(len(v), STRIP)
                rows = math.ceil(len(v) / cols)
                cells = np.full(rows * cols, np.nan, dtype=np.float32)
                cells[: len(v)] = v
                limit = float(np.abs(v).max()) or 1.0
                low = -limit if v.min() < 0 else 0.0
                lut = scheme().diverging if low < 0 else SEQUENTIAL
                widget.set_image(to_qimage(colourise(cells.reshape(rows, cols), lut, low, limit)))
                widget.setMinimumHeight(min(rows * 14, 200))

    def _rebuild_sections(self) -> None:
        while self.layers_grid.count():
            item = self.layers_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._sections = {}
        for row, o in enumerate(self.outputs):
            label = QLabel()
            label.setMinimumWidth(120)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            if o.kind == "probabilities":
                widget = ProbabilityBars()
                widget.setObjectName(f"probabilities_{o.layer}")
            else:
                widget = ImageTile(max_scale=8)
                widget.align_left = True
                widget.setObjectName(f"maps_{o.layer}")
                widget.describe = lambda x, y, layer=o.layer: self._describe(layer, x, y)
                widget.clicked.connect(lambda x, y, layer=o.layer: self._enlarge(layer, x, y))
            self.layers_grid.addWidget(label, row, 0)
            self.layers_grid.addWidget(widget, row, 1)
            self._sections[o.layer] = (label, widget)
        self.layers_grid.setColumnStretch(1, 1)

    def _output(self, layer: str) -> LayerOutput | None:
        return next((o for o in self.outputs if o.layer == layer), None)

    def _describe(self, layer: str, x: float, y: float) -> str | None:
        o = self._output(layer)
        if o is None:
            return None
        if o.kind == "maps":
            found = self._mosaics[layer].locate(x, y)
            if found is None:
                return None
            c, r, col = found
            value = o.values[r, col, c]
            return (
                f"{layer}, map {c + 1}, row {r + 1}, column {col + 1}: {value:.4g} "
                "(click to enlarge)"
            )
        v = o.values.ravel()
        i = int(y) * min(len(v), STRIP) + int(x)
        return f"{layer}, unit {i + 1}: {v[i]:.4g}" if i < len(v) else None

    def _field(self, inspector) -> ReceptiveField | None:
        """The clicked unit's receptive field (None when nothing is clicked or it is gone)."""
        if self.unit is None:
            return None
        layer, row, col = self.unit
        try:
            field = receptive_field(inspector.analysis, layer, row, col)
        except ReceptiveError:
            self.unit = None
            self.receptive.setText(
                self.tr("Click a unit of a map to see which input pixels it sees.")
            )
            return None
        self.receptive.setText(
            f"<b>{layer}</b>, row {row + 1}, column {col + 1} {field.text()} (outlined)"
        )
        return field

    def show_receptive_field(self, layer: str, row: int, col: int) -> None:
        """Outline on the input what unit (row, col) of a layer's maps sees."""
        inspector = self.state.inspector()
        if inspector is None or self.input is None:
            return
        self.unit = (layer, row, col)
        self.field = self._field(inspector)
        self._show_input()

    def _enlarge(self, layer: str, x: float, y: float) -> None:
        o = self._output(layer)
        if o is None or o.kind != "maps":
            return
        found = self._mosaics[layer].locate(x, y)
        if found is None:
            return
        self.show_receptive_field(layer, found[1], found[2])
        c = found[0]
        single = o.values[..., c]
        dialog = QDialog(self)
        dialog.setObjectName("enlargedMap")
        dialog.setWindowTitle(f"{layer}: map {c + 1} of {o.values.shape[-1]}")
        column = QVBoxLayout(dialog)
        tile = ImageTile(max_scale=40)
        lo, hi = float(single.min()), float(single.max())
        tile.set_image(to_qimage(colourise(single, SEQUENTIAL, lo, hi)))
        tile.describe = lambda px, py: (
            f"row {int(py) + 1}, column {int(px) + 1}: {single[int(py), int(px)]:.4g}"
        )
        tile.setMinimumSize(320, 320)
        column.addWidget(tile)
        column.addWidget(QLabel(f"values from {lo:.4g} (dark) to {hi:.4g} (light)"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.enlarged = dialog


def _outlined(rgb: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    """The input with what lies outside a receptive field dimmed and the field outlined."""
    out = (rgb.astype(np.float32) * 0.35).astype(np.uint8)
    r0, r1, c0, c1 = box
    out[r0 : r1 + 1, c0 : c1 + 1] = rgb[r0 : r1 + 1, c0 : c1 + 1]
    red = np.array([230, 40, 40], np.uint8)
    out[r0, c0 : c1 + 1] = out[r1, c0 : c1 + 1] = red
    out[r0 : r1 + 1, c0] = out[r0 : r1 + 1, c1] = red
    return out
