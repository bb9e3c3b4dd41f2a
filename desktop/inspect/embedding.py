"""What the network sees (``embeddingView``): a hidden layer's outputs for a sample of the test
set projected to 2-D (PCA at once; t-SNE in the background with progress, cancellable), points
coloured by class; hover shows the image, click opens it in the feature maps; the drawing is a
star; "Keep for comparison" puts the map beside the next one (before and after training)."""

from __future__ import annotations

import contextlib

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop.appearance.palettes import CLASS_SYMBOLS, scheme
from desktop.inspect.base import InspectView
from desktop.widgets.imaging import GREYS, ImageTile, colourise, to_qimage
from desktop.widgets.jobs import Job
from desktop.widgets.rows import control_row
from netcore.explain.embedding import project, sample
from netcore.introspection import InspectError, job_copy


class EmbeddingView(InspectView):
    """Signals:
    example_chosen(int): a point was clicked: test example index.
    """

    example_chosen = Signal(int)

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.setObjectName("embeddingView")
        self.projection = None
        self.kept = None
        self.drawing_features = None
        self.job = Job("t-SNE", self)
        self.job.progress.connect(self._on_progress)
        self.job.finished.connect(self._on_finished)
        self.layer = QComboBox()
        self.layer.setObjectName("embeddingLayer")
        self.method = QComboBox()
        self.method.setObjectName("embeddingMethod")
        self.method.addItem(self.tr("PCA"), "pca")
        self.method.addItem(self.tr("t-SNE"), "tsne")
        self.count = QSpinBox()
        self.count.setObjectName("embeddingCount")
        self.count.setRange(100, 10_000)
        self.count.setSingleStep(500)
        self.count.setValue(1000)
        self.run_button = QPushButton(self.tr("Project"))
        self.run_button.setObjectName("embeddingRun")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("embeddingCancel")
        self.cancel_button.setEnabled(False)
        self.keep_button = QPushButton(self.tr("Keep for comparison"))
        self.keep_button.setObjectName("embeddingKeep")
        self.progress = QProgressBar()
        self.progress.setObjectName("embeddingProgress")
        self.progress.setMaximumWidth(160)
        controls = control_row(
            [
                (self.tr("layer"), self.layer),
                ("", self.method),
                (self.tr("test examples"), self.count),
                *[("", w) for w in (self.run_button, self.cancel_button, self.progress)],
                ("", self.keep_button),
            ]
        )
        body = QHBoxLayout(self.body)
        self.kept_plot = self._plot(self.tr("Kept"))
        self.kept_plot.hide()
        self.plot = self._plot(self.tr("Now"))
        self.plot.setObjectName("embeddingPlot")
        side = QVBoxLayout()
        self.hover_tile = ImageTile(max_scale=6)
        self.hover_tile.setObjectName("embeddingHoverImage")
        self.hover_tile.setFixedSize(112, 112)
        self.hover_text = QLabel(self.tr("Hover over a point to see its image; click to open it."))
        self.hover_text.setWordWrap(True)
        self.caption = QLabel()
        self.caption.setObjectName("embeddingCaption")
        self.caption.setWordWrap(True)
        side.addWidget(self.hover_tile)
        side.addWidget(self.hover_text)
        side.addWidget(self.caption)
        side.addStretch(1)
        body.addWidget(self.kept_plot, 3)
        body.addWidget(self.plot, 3)
        body.addLayout(side, 1)
        self.finish_layout(controls)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.keep_button.clicked.connect(self.keep)

    def _plot(self, title: str) -> pg.PlotWidget:
        plot = pg.PlotWidget(background="w")
        plot.setTitle(title, color="#222", size="11pt")
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.setMinimumSize(240, 200)
        plot.addLegend(offset=(5, 5), labelTextSize="9pt")
        return plot

    # -- state -----------------------------------------------------------------------------

    def refresh(self) -> None:
        inspector = self.state.inspector()
        if inspector is None:
            self.say(self.state.problem)
            return
        data = self.state.dataset()
        if (
            data is None
            or tuple(data.input_shape) != inspector.input_shape
            or data.task != "classification"
        ):
            self.say(
                self.tr(
                    "Choose a classification dataset that fits the network "
                    "(e.g. MNIST with LeNet-5)."
                )
            )
            return
        names = [lid for lid in inspector.layer_ids if lid != inspector.output_id]
        if [self.layer.itemText(i) for i in range(self.layer.count())] != names:
            self.layer.blockSignals(True)
            self.layer.clear()
            self.layer.addItems(names)
            with contextlib.suppress(InspectError):  # no hidden layer: the first one stays
                self.layer.setCurrentText(inspector.last_hidden())
            self.layer.blockSignals(False)
        self.count.setMaximum(len(data.x_test))
        self.show_body()

    def run(self) -> None:
        """Project now: PCA at once, t-SNE in the background (on a model of the job's own:
        live snapshots keep changing the viewers' model meanwhile)."""
        inspector, data = self.state.inspector(), self.state.dataset()
        if inspector is None or data is None or self.job.running:
            return
        indices = sample(len(data.x_test), self.count.value())
        layer = self.layer.currentText()
        labels = np.asarray(data.y_test[indices]).astype(int)
        self._names = list(data.class_names)
        self._images = data.x_test
        self._source = self.state.source
        if self.method.currentData() == "pca":
            try:
                features = inspector.features(data.x_test[indices], layer)
            except InspectError as exc:
                self.say(str(exc))
                return
            self._on_finished(project(features, "pca", indices, labels, layer))
            return
        copy, x = job_copy(inspector), data.x_test[indices]
        self.progress.setValue(0)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)

        def work(job):
            features = copy.build().features(x, layer)
            return project(  # cancelled meanwhile: stops at its first report, a map so far
                features, "tsne", indices, labels, layer,
                progress=job.progress, stop=job.stopping,
            )  # fmt: skip

        self.job.start(work)

    def cancel(self) -> None:
        self.job.cancel()

    def _on_progress(self, fraction: float) -> None:
        self.progress.setValue(int(fraction * 100))

    def _on_finished(self, result) -> None:
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if isinstance(result, Exception):
            self.caption.setText(f"The projection failed: {result}")
            return
        self.projection = result
        self.progress.setValue(100 if not result.cancelled else self.progress.value())
        title = "t-SNE" if result.method == "tsne" else "PCA"
        self._draw(self.plot, result, f"{title} of {result.layer} — {self._source}")
        note = " (cancelled: the map so far)" if result.cancelled else ""
        self.caption.setText(
            f"{len(result.points)} test examples, {result.layer}'s outputs projected with "
            f"{'t-SNE' if result.method == 'tsne' else 'PCA'}{note}. Examples the network "
            "finds alike lie close together."
        )
        self._draw_star()

    def keep(self) -> None:
        if self.projection is None:
            return
        self.kept = self.projection
        self._draw(self.kept_plot, self.kept, f"Kept: {self.plot.getPlotItem().titleLabel.text}")
        self.kept_plot.show()

    def set_drawing(self, image, _label: str = "") -> None:
        """The drawing's features: a star on the current map."""
        inspector = self.state.inspector()
        if image is None or inspector is None or self.projection is None:
            self.drawing_features = None
            self._draw_star()
            return
        try:
            self.drawing_features = inspector.features(
                np.asarray(image)[None], self.projection.layer
            )
        except InspectError:
            self.drawing_features = None
        self._draw_star()

    # -- drawing ---------------------------------------------------------------------------

    def _draw(self, plot: pg.PlotWidget, result, title: str) -> None:
        plot.clear()
        plot.setTitle(title, color="#222", size="10pt")
        for k in np.unique(result.labels):
            mine = result.labels == k
            name = self._names[k] if k < len(self._names) else str(k)
            scatter = pg.ScatterPlotItem(
                result.points[mine, 0], result.points[mine, 1], size=7,
                brush=pg.mkBrush(scheme().class_colour(k)), pen=pg.mkPen(None),
                symbol=CLASS_SYMBOLS[k % len(CLASS_SYMBOLS)], data=result.indices[mine], name=name,
                hoverable=True,
            )  # fmt: skip
            scatter.sigHovered.connect(self._on_hover)
            scatter.sigClicked.connect(self._on_click)
            plot.addItem(scatter)
        plot.autoRange()

    def _draw_star(self) -> None:
        star = getattr(self, "_star", None)
        if star is not None:
            self.plot.removeItem(star)
            self._star = None
        if self.drawing_features is None or self.projection is None:
            return
        where = self.projection.place(self.drawing_features)
        self._star = pg.ScatterPlotItem(
            where[:, 0], where[:, 1], size=22, symbol="star",
            brush=pg.mkBrush("#ffd400"), pen=pg.mkPen("#222", width=1.5), name="your drawing",
        )  # fmt: skip
        self.plot.addItem(self._star)

    def _on_hover(self, _item, points, _event=None) -> None:
        if not len(points):
            return
        i = int(points[0].data())
        image = np.asarray(self._images[i], dtype=np.float32)
        grey = image.mean(axis=-1) if image.ndim == 3 else image
        self.hover_tile.set_image(
            to_qimage(colourise(grey, GREYS, float(grey.min()), float(grey.max())))
        )
        self.hover_text.setText(f"test example {i} (click to open it in the feature maps)")

    def _on_click(self, _item, points, _event=None) -> None:
        if len(points):
            self.example_chosen.emit(int(points[0].data()))
