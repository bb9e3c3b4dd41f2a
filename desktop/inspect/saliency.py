"""Why this answer (``saliencyView``): a heat map over the input of where the network's score
for a class comes from — gradient saliency, SmoothGrad, Grad-CAM of a conv layer, occlusion —
for a test image or the drawing (live while drawing), with an opacity slider and the class to
explain (the answer by default). The maps come from ``netcore.explain``."""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
)

from desktop.inspect.base import InspectView
from desktop.widgets.imaging import ImageTile, to_qimage
from desktop.widgets.rows import control_row
from netcore.explain import METHODS, memory
from netcore.explain.errors import ExplainError
from netcore.introspection import InspectError

NAMES = {
    "saliency": "Gradient saliency",
    "smoothgrad": "SmoothGrad",
    "gradcam": "Grad-CAM",
    "occlusion": "Occlusion",
}
ABOUT = {
    "saliency": "how much a small change of each pixel would change the class's score",
    "smoothgrad": "the saliency averaged over noisy copies of the input: less speckle",
    "gradcam": "the layer's maps weighted, place by place, by how much they raise the class's "
    "score",
    "occlusion": "how much the class's probability drops when a grey patch covers each place",
}


class SaliencyView(InspectView):
    def __init__(self, state, dialogs=None, parent=None):
        super().__init__(state, parent)
        self.setObjectName("saliencyView")
        self.dialogs = dialogs
        self.file_image: tuple[np.ndarray, str] | None = None
        self.drawing: np.ndarray | None = None
        self.result = None
        self.input: np.ndarray | None = None
        self.source = QComboBox()
        self.source.setObjectName("saliencySource")
        self.source.addItems(
            [self.tr("a test example"), self.tr("the drawing"), self.tr("an image file…")]
        )
        self.example = QSpinBox()
        self.example.setObjectName("saliencyExample")
        self.method = QComboBox()
        self.method.setObjectName("saliencyMethod")
        for key in METHODS:
            self.method.addItem(NAMES[key], key)
        self.layer = QComboBox()
        self.layer.setObjectName("saliencyLayer")
        # until a layer is picked, Grad-CAM explains the one the library chooses for the
        # network (LeNet: conv1, whose cells see 5×5 pixels; the last layer's see 18×18)
        self.layer_picked = False
        self.target = QComboBox()
        self.target.setObjectName("saliencyClass")
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setObjectName("saliencyOpacity")
        self.opacity.setRange(0, 100)
        self.opacity.setValue(65)
        self.opacity.setMaximumWidth(140)
        controls = control_row(
            [
                (self.tr("Input"), self.source),
                (self.tr("number"), self.example),
                (self.tr("method"), self.method),
                (self.tr("layer"), self.layer),
                (self.tr("class"), self.target),
                (self.tr("heat"), self.opacity),
            ]
        )
        body = QHBoxLayout(self.body)
        self.tile = ImageTile(max_scale=16)
        self.tile.setObjectName("saliencyImage")
        self.tile.setMinimumSize(300, 300)
        self.caption = QLabel()
        self.caption.setObjectName("saliencyCaption")
        self.caption.setWordWrap(True)
        words = QVBoxLayout()
        words.addWidget(self.caption)
        words.addStretch(1)
        body.addWidget(self.tile, 2)
        body.addLayout(words, 1)
        self.finish_layout(controls)
        self.source.activated.connect(self._on_source_chosen)
        self.layer.currentIndexChanged.connect(self._on_layer_picked)
        for combo in (self.source, self.method, self.target):
            combo.currentIndexChanged.connect(lambda _i: self.update_view())
        self.example.valueChanged.connect(lambda _v: self.update_view())
        self.opacity.valueChanged.connect(lambda _v: self._draw())

    def _on_layer_picked(self, _index: int) -> None:
        self.layer_picked = True
        self.update_view()

    def _on_source_chosen(self, index: int) -> None:
        if index == 2 and self.dialogs is not None:
            path = self.dialogs.open_image()
            if path:
                self.open_file(path)

    def open_file(self, path) -> None:
        """An image file, prepared as the network's inputs are (MNIST's recipe for digits)."""
        inspector = self.state.inspector()
        if inspector is not None and self._too_large(inspector):
            return  # the picture is never prepared at a size that cannot be explained
        loaded, image = self.read_image_file(path)
        if not loaded:
            return
        if image is None:
            self.say(f"{path}: the image is blank; nothing to explain")
            return
        self.file_image = (np.asarray(image, dtype=np.float32), str(path))
        self.source.setCurrentIndex(2)
        self.update_view()

    def set_drawing(self, image, _label: str = "") -> None:
        """The drawing canvas's prepared digit: explained live when 'the drawing' is chosen."""
        self.drawing = None if image is None else np.asarray(image, dtype=np.float32)
        if self.source.currentIndex() == 1:
            self.update_view()

    def refresh(self) -> None:
        inspector = self.state.inspector()
        if inspector is None:
            self.say(self.state.problem)
            return
        if len(inspector.input_shape) != 3:
            self.say("Heat maps are for image networks (e.g. LeNet-5 on MNIST).")
            return
        if self._too_large(inspector):
            return
        x = self._input(inspector)
        if x is None:
            return
        self._sync_layers(inspector)
        method = self.method.currentData()
        target = None if self.target.currentIndex() <= 0 else self.target.currentIndex() - 1
        layer = self.layer.currentText() if method == "gradcam" and self.layer_picked else None
        self.layer.setEnabled(method == "gradcam")
        try:
            self.result = inspector.explain(x, method, target, layer or None)
        except InspectError as exc:
            self.say(str(exc))
            return
        if self.result.layer and not self.layer_picked:
            self.layer.blockSignals(True)
            self.layer.setCurrentText(self.result.layer)
            self.layer.blockSignals(False)
        self.input = x
        self._sync_classes(len(self.result.probabilities))
        self._draw()
        self.show_body()

    def _too_large(self, inspector) -> bool:
        """Says so and returns True when the chosen method would need more memory than
        LayerLab allows for this network (known from its shapes, before any input exists)."""
        shapes = [info.output_shape for info in inspector.analysis.layers.values()]
        try:
            memory.check(
                self.method.currentData(),
                tuple(inspector.input_shape),
                memory.values_of_shapes([inspector.input_shape, *shapes]),
            )
        except ExplainError as exc:
            text = str(exc)
            self.say(text[:1].upper() + text[1:])
            return True
        return False

    def _input(self, inspector) -> np.ndarray | None:
        if self.source.currentIndex() == 2:
            if self.file_image is None:
                self.say("Choose an image file (the 'an image file…' entry opens one).")
                return None
            return self.file_image[0]
        if self.source.currentIndex() == 1:
            if self.drawing is None:
                self.say("Draw a digit (View → Draw a digit): its heat map follows your strokes.")
                return None
            if self.drawing.size != np.prod(inspector.input_shape):
                shape = "×".join(str(d) for d in inspector.input_shape)
                self.say(
                    self.tr(
                        "The drawing is {drawing}; this network takes {shape} inputs. Explain a "
                        "test example or an image file, or the drawing with a network for "
                        "28×28 digits (e.g. LeNet-5)."
                    ).format(drawing="×".join(str(d) for d in self.drawing.shape[:2]), shape=shape)
                )
                return None
            return self.drawing.reshape(inspector.input_shape)
        data = self.state.dataset()
        if data is None or tuple(data.input_shape) != inspector.input_shape:
            self.say(self.tr("Choose an image dataset that fits the network, or draw a digit."))
            return None
        self.example.setRange(0, len(data.x_test) - 1)
        return data.x_test[self.example.value()]

    def _sync_layers(self, inspector) -> None:
        names = inspector.explain_layers()
        if [self.layer.itemText(i) for i in range(self.layer.count())] != names:
            self.layer.blockSignals(True)
            self.layer.clear()
            self.layer.addItems(names)
            self.layer.setCurrentIndex(len(names) - 1)
            self.layer.blockSignals(False)
            self.layer_picked = False  # another network: its own default layer

    def _sync_classes(self, k: int) -> None:
        names = ["the answer", *[str(i) for i in range(max(k, 2))]]
        if [self.target.itemText(i) for i in range(self.target.count())] != names:
            self.target.blockSignals(True)
            self.target.clear()
            self.target.addItems(names)
            self.target.blockSignals(False)

    def _draw(self) -> None:
        if self.result is None or self.input is None:
            return
        grey = self.input.mean(axis=-1)
        grey = (grey - grey.min()) / max(float(grey.max() - grey.min()), 1e-9)
        a = self.opacity.value() / 100
        heat = self.result.heatmap
        rgb = np.stack([grey] * 3, axis=-1) * (1 - 0.5 * a)
        rgb[..., 0] = np.clip(rgb[..., 0] + a * heat, 0, 1)
        rgb[..., 1] = np.clip(rgb[..., 1] + a * heat * heat * 0.85, 0, 1)
        self.tile.set_image(to_qimage((rgb * 255).astype(np.uint8)))
        r = self.result
        probs = r.probabilities
        shown = (
            float(probs[r.predicted])
            if len(probs) > 1
            else float(probs[0] if r.predicted == 1 else 1 - probs[0])
        )
        layer = (
            f" of <b>{r.layer}</b> ({r.layer_map.shape[0]}×{r.layer_map.shape[1]})"
            if r.layer
            else ""
        )
        self.caption.setText(
            f"Answer: <b>{r.predicted}</b> ({shown * 100:.1f} %)<br>"
            f"Explaining class <b>{r.target}</b> with {NAMES[r.method]}{layer}:<br>"
            f"{ABOUT[r.method]}.<br><br>"
            + (html.escape(r.note) if r.note else "Bright = matters most for this class.")
        )
