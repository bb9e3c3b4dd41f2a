"""What a unit wants (``activationMaximization``): for a unit or filter, the input that excites
it most, grown from faint noise by gradient ascent (jitter, blur and an L2 pull keep it
image-like), or a grid for all units of a layer; beside it the test images that excite the
unit most. Runs in the background with progress."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop.inspect.base import InspectView
from desktop.widgets.imaging import GREYS, SEQUENTIAL, ImageTile, colourise, to_qimage
from desktop.widgets.jobs import Job
from desktop.widgets.rows import control_row
from netcore.explain.maximize import top_examples
from netcore.introspection import job_copy, mosaic

TOP = 8


def _picture(image: np.ndarray) -> np.ndarray:
    grey = image.mean(axis=-1) if image.ndim == 3 else image
    return colourise(grey, GREYS, float(np.nanmin(grey)), float(np.nanmax(grey)))


class MaximizationView(InspectView):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.setObjectName("activationMaximization")
        self.images: np.ndarray | None = None
        self.job = Job("activation maximisation", self)
        self.job.progress.connect(lambda f: self.progress.setValue(int(f * 100)))
        self.job.finished.connect(self._on_finished)
        self.layer = QComboBox()
        self.layer.setObjectName("maximizeLayer")
        self.unit = QSpinBox()
        self.unit.setObjectName("maximizeUnit")
        self.all_units = QCheckBox(self.tr("all units of the layer"))
        self.all_units.setObjectName("maximizeAll")
        self.steps = QSpinBox()
        self.steps.setObjectName("maximizeSteps")
        self.steps.setRange(10, 1000)
        self.steps.setValue(160)
        self.run_button = QPushButton(self.tr("Find the pattern"))
        self.run_button.setObjectName("maximizeRun")
        self.progress = QProgressBar()
        self.progress.setObjectName("maximizeProgress")
        self.progress.setMaximumWidth(160)
        controls = control_row(
            [
                (self.tr("layer"), self.layer),
                (self.tr("unit"), self.unit),
                ("", self.all_units),
                (self.tr("steps"), self.steps),
                ("", self.run_button),
                ("", self.progress),
            ]
        )
        body = QHBoxLayout(self.body)
        self.tile = ImageTile(max_scale=16)
        self.tile.setObjectName("maximizeImage")
        self.tile.setMinimumSize(280, 280)
        side = QVBoxLayout()
        self.caption = QLabel()
        self.caption.setObjectName("maximizeCaption")
        self.caption.setWordWrap(True)
        self.top_tile = ImageTile(max_scale=6)
        self.top_tile.setObjectName("maximizeTop")
        self.top_tile.setMinimumHeight(80)
        side.addWidget(self.caption)
        top_title = QLabel(
            "<b>{}</b>".format(
                self.tr("The {n} test images that excite this unit most").format(n=TOP)
            )
        )
        top_title.setWordWrap(True)
        side.addWidget(top_title)
        side.addWidget(self.top_tile)
        side.addStretch(1)
        body.addWidget(self.tile, 2)
        body.addLayout(side, 2)
        self.finish_layout(controls)
        self.layer.currentIndexChanged.connect(lambda _i: self._on_layer())
        self.run_button.clicked.connect(self.run)

    def refresh(self) -> None:
        inspector = self.state.inspector()
        if inspector is None:
            self.say(self.state.problem)
            return
        if len(inspector.input_shape) != 3:
            self.say("Patterns are drawn for image networks (e.g. LeNet-5 on MNIST).")
            return
        names = [lid for lid in inspector.layer_ids if inspector.analysis.layers[lid].total_params]
        if [self.layer.itemText(i) for i in range(self.layer.count())] != names:
            self.layer.blockSignals(True)
            self.layer.clear()
            self.layer.addItems(names)
            self.layer.blockSignals(False)
            self._on_layer()
        self.show_body()

    def _on_layer(self) -> None:
        inspector = self.state.inspector()
        if inspector is None or not self.layer.currentText():
            return
        shape = inspector.analysis.layers[self.layer.currentText()].output_shape
        self.unit.setRange(0, int(shape[-1]) - 1)

    def run(self) -> None:
        """Find the pattern in the background, on a model of the job's own: live snapshots
        keep changing the viewers' model meanwhile."""
        inspector = self.state.inspector()
        if inspector is None or self.job.running:
            return
        layer = self.layer.currentText()
        count = int(inspector.analysis.layers[layer].output_shape[-1])
        units = list(range(min(count, 64))) if self.all_units.isChecked() else [self.unit.value()]
        steps = self.steps.value()
        copy = job_copy(inspector)
        self.run_button.setEnabled(False)
        self.progress.setValue(0)

        def work(job):
            own = copy.build()
            return layer, units, own.maximize(layer, units, steps, job.progress, job.stopping)

        self.job.start(work)

    def cancel(self) -> None:
        self.job.cancel()

    def _on_finished(self, result) -> None:
        self.run_button.setEnabled(True)
        if isinstance(result, Exception):
            self.caption.setText(f"Could not find the pattern: {result}")
            return
        layer, units, images = result
        self.images = images
        if len(units) == 1:
            self.tile.set_image(to_qimage(_picture(images[0])))
        else:
            grid = mosaic(images[..., 0] if images.shape[-1] == 1 else images.mean(axis=-1))
            self.tile.set_image(to_qimage(colourise(grid.image, SEQUENTIAL, 0.0, 1.0)))
        which = (
            f"unit {units[0]}"
            if len(units) == 1
            else f"all {len(units)} units (unit 0 top left, then row by row)"
        )
        self.caption.setText(
            f"<b>{layer}</b>, {which}: the input that excites it most, grown from faint noise "
            "by gradient ascent (small random shifts, a light blur and a pull towards grey keep "
            "it looking like an image)."
        )
        self._show_top(layer, units[0])

    def _show_top(self, layer: str, unit: int) -> None:
        inspector, data = self.state.inspector(), self.state.dataset()
        if inspector is None or data is None or tuple(data.input_shape) != inspector.input_shape:
            return
        x = data.x_test[:2000]
        best = top_examples(inspector.unit_means(x, layer), unit, TOP)
        strip = np.concatenate(
            [np.pad(_picture(x[i]), ((0, 0), (0, 2), (0, 0)), constant_values=236) for i in best],
            axis=1,
        )
        self.top_tile.set_image(to_qimage(strip))
        self.top_indices = best
