"""Loss and accuracy plots (pyqtgraph) that draw the project's runs.

The plots bind to the project: they draw its runs (``RunRecord``) in order, the latest in full
colour and the earlier ones faded and labelled with their settings, and the run in progress is
simply the last record, growing. Live or saved, a run is drawn by the same code (``pull``): its
new epoch rows and batch points go into buffers, and a single-shot timer, armed only when new
points arrive, redraws at most 20 times a second with ``setData``, never once per batch; an idle
or hidden plot costs nothing."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.appearance.palettes import scheme
from desktop.training.curves import Series as _Series
from desktop.training.curves import cache as _cache
from desktop.widgets.plotstyle import locale_axes, min_span, restyle_plots
from desktop.widgets.throttle import Throttle
from desktop.widgets.visibility import on_screen
from netcore.i18n import number

REDRAW_MS = 50  # 20 Hz: smooth to the eye, and cheap next to training
HEAD_COLOURS = ["#e377c2", "#bcbd22", "#7f7f7f", "#17becf"]  # auxiliary outputs' curves

#: Epoch points drawn with markers: past this many they blur into the line, and pyqtgraph
#: rebuilds every marker at each redraw (a 1,000-epoch toy run spent most of its GUI time there).
MAX_MARKED = 30


class MetricPlot(pg.PlotWidget):
    """One metric over fractional epochs: per-batch running values (light), per-epoch training
    values and validation values, for the current run and faded earlier runs."""

    def __init__(self, name: str, title: str, metric: str = "loss", parent=None):
        super().__init__(parent=parent, background="w", axisItems=locale_axes())
        self.setObjectName(name)
        self.row_key = metric  # the epoch rows' key this plot draws ("loss", "accuracy")
        self._pulled = (0, 0)  # epoch rows and batch points of the current run in the buffers
        item = self.getPlotItem()
        self.title_text = title
        # the title and the curves' names above the plot, in the window's font: they wrap in a
        # narrow place and grow with presentation mode (drawn by the plot, a French title and
        # a legend in one row needed 344 px where a projector gave 254, and were cut)
        self.heading = QLabel()
        self.heading.setObjectName(f"{name}Heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setLabel("bottom", self.tr("epoch"))
        item.showGrid(x=True, y=True, alpha=0.25)
        # Axes (and the grid they draw) change rarely: cache them as pixmaps so a redraw of the
        # curves does not replay every tick and grid line (the biggest cost of a live plot).
        for name in ("left", "bottom"):
            item.getAxis(name).setCacheMode(
                pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
            )
        self.run_number = 0
        self.run_label = ""
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.series: dict[str, _Series] = {}
        self._drawn: dict[str, int] = {}
        self._y_range: tuple[float, float] | None = None
        self.old_runs: list[pg.PlotDataItem] = []
        self.run_tags: list[pg.TextItem] = []  # "run 1" at the end of each faded run
        self._dirty = False
        self.changed = lambda: None  # set by TrainingPlots: arms its redraw timer
        self._readout = pg.TextItem(
            color="#222", anchor=(0, 1), fill=pg.mkBrush(255, 255, 255, 220)
        )
        self._readout.setZValue(50)
        self._line = pg.InfiniteLine(
            angle=90, pen=pg.mkPen("#999", style=pg.QtCore.Qt.PenStyle.DotLine)
        )
        item.addItem(self._line, ignoreBounds=True)
        item.addItem(self._readout, ignoreBounds=True)
        self._line.hide()
        self._readout.hide()
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._update_heading()

    def new_run(self, label: str) -> None:
        """Fade the current run into the history and start empty curves for a new one."""
        if self.series and any(s.x for s in self.series.values()):
            colour = scheme().run_colour(self.run_number - 1)
            s = self.series.get("epoch")
            if s is None or len(s.x) < 2:  # a one-epoch run: its batch curve, or its one point
                s = self.series["batch"] if len(self.series["batch"].x) >= 2 else s
            faded = pg.mkPen(pg.mkColor(colour).lighter(160), width=1.5)
            marks = {"symbol": "o", "symbolSize": 6} if len(s.x) < 2 else {}
            old = self.plot(s.x, s.y, pen=faded, **marks)
            old.setZValue(-1)
            _cache(old)
            self.old_runs.append(old)
            # named at its end, not in a legend over the curves
            tag = pg.TextItem(
                self.tr("run {n}").format(n=self.run_number),
                color=pg.mkColor(colour),
                anchor=(0, 0.5),
            )
            tag.setPos(s.x[-1], s.y[-1])
            tag.setToolTip(f"{self.run_number}: {self.run_label}")
            self.addItem(tag, ignoreBounds=True)
            self.run_tags.append(tag)
            if "val" in self.series and self.series["val"].x:
                v = self.series["val"]
                dashed = pg.mkPen(
                    pg.mkColor(colour).lighter(160), width=1.2, style=pg.QtCore.Qt.PenStyle.DashLine
                )
                old_val = self.plot(v.x, v.y, pen=dashed)
                _cache(old_val)
                self.old_runs.append(old_val)
        for curve in self.curves.values():
            self.removeItem(curve)
        self.run_number += 1
        self.run_label = label
        self.setToolTip(self.tr("run {n}: {label}").format(n=self.run_number, label=label))
        colour = scheme().run_colour(self.run_number - 1)
        self.series = {"batch": _Series(), "epoch": _Series(), "val": _Series()}
        self._drawn = {}
        self._pulled = (0, 0)
        self.getPlotItem().vb.enableAutoRange(x=True, y=True)
        self.curves = {
            "batch": self.plot([], [], pen=pg.mkPen(pg.mkColor(colour).lighter(170), width=1)),
            "epoch": self.plot(
                [],
                [],
                pen=pg.mkPen(colour, width=2.2),
                symbol="o",
                symbolSize=5,
                symbolBrush=colour,
                symbolPen=None,
                name=self.tr("train"),
            ),
            "val": self.plot(
                [],
                [],
                pen=pg.mkPen(colour, width=2, style=pg.QtCore.Qt.PenStyle.DashLine),
                symbol="s",
                symbolSize=5,
                symbolBrush="w",
                symbolPen=colour,
                name=self.tr("validation"),
            ),
        }
        self._update_heading()
        self._dirty = True

    def _update_heading(self) -> None:
        """The title (with the run's number) and a key of the current run's named curves, in
        their colours: a line for training, dashes for validation."""
        title = self.title_text
        if self.run_number:
            title = self.tr("{title} — run {n}").format(title=title, n=self.run_number)
        keys = []
        for curve in self.curves.values():
            name = curve.name()
            if not name:
                continue
            pen = pg.mkPen(curve.opts.get("pen"))
            mark = "━━" if pen.style() == Qt.PenStyle.SolidLine else "╍╍"
            keys.append(
                f'<span style="color:{pen.color().name()}">{mark}</span>&nbsp;{html.escape(name)}'
            )
        self.shown_title = title
        text = f"<b>{html.escape(title)}</b>"
        if keys:
            text += " &nbsp; " + " &nbsp; ".join(keys)
        self.heading.setText(text)

    def legend_names(self) -> list[str]:
        """The names the key above the plot shows, in order."""
        return [c.name() for c in self.curves.values() if c.name()]

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        super().setVisible(visible)
        self.heading.setVisible(visible)

    def set_epochs(self, epochs: int) -> None:
        """Fix the x axis to the whole run and manage the y range ourselves: pyqtgraph's
        auto-range would re-lay out both axes on every redraw, which costs more than drawing
        the curves and slows training down on a small machine."""
        self.setXRange(0, max(epochs, 1), padding=0.02)
        self.getPlotItem().vb.disableAutoRange()
        self._y_range = None

    def pull(self, run) -> None:
        """Take what ``run`` (the current run's ``RunRecord``) gained since the last pull: its
        new epoch rows (x = the epoch number) and batch points (x = the epoch fraction)."""
        rows, points = self._pulled
        epochs, batches = run.epochs, run.batches
        if len(epochs) == rows and len(batches) == points:
            return
        column = 1 if self.row_key == "loss" else 2
        for n in range(rows, len(epochs)):
            self.add_epoch_row(self.row_key, n + 1, epochs[n])
        for point in batches[points:]:
            self.add("batch", point[0], point[column])
        self._pulled = (len(epochs), len(batches))

    def add(self, kind: str, x: float, y: float | None) -> None:
        self.series[kind].add(x, y)
        self._dirty = True
        self.changed()

    def add_epoch_row(self, metric: str, epoch: float, row: dict) -> None:
        """One epoch's values of this metric: the main output's (train, validation) and each
        auxiliary output's ('aux1_accuracy'…, as Keras names them) as curves of their own."""
        self.add("epoch", epoch, row.get(metric))
        self.add("val", epoch, row.get(f"val_{metric}"))
        for key, value in row.items():
            head = key.removeprefix("val_")
            if head.endswith(f"_{metric}") and head != metric:
                name = head[: -len(metric) - 1] + (
                    " (validation)" if key.startswith("val_") else ""
                )
                self._head_curve(name, key.startswith("val_"))
                self.add(name, epoch, value)

    def _head_curve(self, name: str, validation: bool) -> None:
        if name in self.series:
            return
        heads = [k for k in self.series if k not in ("batch", "epoch", "val")]
        colour = HEAD_COLOURS[len({h.removesuffix(" (validation)") for h in heads}) % 4]
        style = pg.QtCore.Qt.PenStyle.DashDotLine if validation else pg.QtCore.Qt.PenStyle.DotLine
        self.series[name] = _Series()
        self.curves[name] = self.plot(
            [], [], pen=pg.mkPen(colour, width=1.8, style=style), name=name
        )
        self._update_heading()

    def point_count(self, kind: str) -> int:
        return len(self.series[kind].x) if kind in self.series else 0

    def redraw(self) -> None:
        if not self._dirty or not on_screen(self):
            return  # a hidden plot catches up in showEvent or catch_up
        for kind, curve in self.curves.items():
            s = self.series[kind]
            if self._drawn.get(kind) != len(s.x):
                if len(s.x) > MAX_MARKED and curve.opts.get("symbol") is not None:
                    curve.setSymbol(None)  # a blur of markers, rebuilt at every redraw
                curve.setData(np.asarray(s.x, dtype=float), np.asarray(s.y, dtype=float))
                self._drawn[kind] = len(s.x)
        self._dirty = False
        self._limit_span()
        if not self.getPlotItem().vb.autoRangeEnabled()[1]:
            self._fit_y()

    def _y_extent(self) -> tuple[float, float] | None:
        filled = [s for s in self.series.values() if s.y]
        if not filled:
            return None
        low, high = min(s.low for s in filled), max(s.high for s in filled)
        if self.getPlotItem().ctrl.logYCheck.isChecked():
            low, high = np.log10(max(low, 1e-12)), np.log10(max(high, 1e-12))
        return low, high

    def _limit_span(self) -> None:
        """Auto-range (a saved run) never zooms into noise: a span of at least ``min_span``."""
        extent = self._y_extent()
        if extent is not None:
            self.getPlotItem().vb.setLimits(minYRange=min_span(*extent))

    def _fit_y(self) -> None:
        """Widen the y range when data leaves it (with headroom); never on every point."""
        extent = self._y_extent()
        if extent is None:
            return
        low, high = extent
        current = self._y_range
        if current is not None and current[0] <= low and high <= current[1]:
            span = current[1] - current[0]
            if (high - low) > 0.35 * span:  # still a good fit: leave the axes alone
                return
        pad = max((high - low) * 0.08, (min_span(low, high) - (high - low)) / 2, 1e-6)
        self._y_range = (low - pad, high + pad)
        self.setYRange(*self._y_range, padding=0)

    def clear_runs(self) -> None:
        for curve in self.old_runs:
            self.removeItem(curve)
        for tag in self.run_tags:
            self.removeItem(tag)
        self.old_runs, self.run_tags = [], []

    def reset(self) -> None:
        """No runs at all (another project): the current run's curves go too."""
        self.clear_runs()
        for curve in self.curves.values():
            self.removeItem(curve)
        self.curves, self.series, self._drawn = {}, {}, {}
        self._pulled = (0, 0)
        self._y_range = None
        self.run_number = 0
        self._update_heading()
        self.getPlotItem().vb.setLimits(minYRange=None)
        self.setXRange(0, 1)
        self.setYRange(0, 1)
        self.getPlotItem().vb.enableAutoRange(x=True, y=True)

    def _on_mouse_moved(self, pos) -> None:
        vb = self.getPlotItem().vb
        if not self.sceneBoundingRect().contains(pos) or not self.series:
            return
        point = vb.mapSceneToView(pos)
        lines = []
        kinds = (
            ("epoch", self.tr("train")),
            ("val", self.tr("validation")),
            ("batch", self.tr("batch")),
        )
        for kind, label in kinds:
            s = self.series.get(kind)
            if s and s.x:
                i = int(np.argmin(np.abs(np.asarray(s.x) - point.x())))
                lines.append(
                    self.tr("{label}: {value} (epoch {epoch})").format(
                        label=label, value=number(s.y[i], 4), epoch=number(s.x[i], 2)
                    )
                )
        if not lines:
            return
        self._line.setPos(point.x())
        self._readout.setText("\n".join(lines))
        self._readout.setPos(point.x(), point.y())
        self._line.show()
        self._readout.show()

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.redraw()

    def leaveEvent(self, event):  # noqa: N802 - Qt's name
        self._line.hide()
        self._readout.hide()
        super().leaveEvent(event)


class TrainingPlots(QWidget):
    """The loss and accuracy plots with a log-scale toggle and 'clear earlier runs'.

    Args:
        project: The ``ProjectState`` whose runs (and run in progress) are drawn; None draws
            only what is added by hand.
    """

    def __init__(self, project=None, parent=None):
        super().__init__(parent)
        self.loss = MetricPlot("lossPlot", self.tr("Loss"), "loss")
        self.accuracy = MetricPlot("accuracyPlot", self.tr("Accuracy"), "accuracy")
        self.log_scale = QCheckBox(self.tr("log scale (loss)"))
        self.log_scale.setObjectName("logScaleToggle")
        self.clear_button = QPushButton(self.tr("Clear earlier runs"))
        self.clear_button.setObjectName("clearRunsButton")
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.buttons_box = row
        row.addWidget(self.log_scale)
        row.addStretch(1)
        row.addWidget(self.clear_button)
        plots = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.plots_box = plots
        for plot in (self.loss, self.accuracy):
            titled = QVBoxLayout()
            titled.setSpacing(0)
            titled.addWidget(plot.heading)
            titled.addWidget(plot, 1)
            plots.addLayout(titled, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(plots, 1)
        column.addLayout(row)
        self.log_scale.toggled.connect(self._on_log_scale_toggled)
        self.clear_button.clicked.connect(self.clear_runs)
        # the one throttle: a burst of new points is drawn at most every REDRAW_MS
        self.redraws = Throttle(REDRAW_MS, lambda _changes: self.redraw(), self)
        self.loss.changed = self.accuracy.changed = self._arm
        self.line_scale = 1.0
        self.project = project
        self.drawn: list = []  # the RunRecords drawn, in order; the last is the current run
        if project is not None:
            project.replaced.connect(self._on_project_replaced)
            project.runs_changed.connect(self.follow)
            project.live_run_changed.connect(self._on_project_live_run_changed)
            self.follow()

    # ----------------------------------------------------------------- binding to the runs

    def follow(self) -> None:
        """Draw the project's runs as they are now: records not drawn yet get curves of their
        own (the one before fades), the current one takes what it gained. When the runs are
        no longer the ones drawn (another project, a run that failed), all are drawn anew."""
        runs = self.project.runs
        live = self.project.live_run
        wanted = runs if live is None or (runs and runs[-1] is live) else [*runs, live]
        drawn = self.drawn
        if len(wanted) < len(drawn) or any(
            a is not b for a, b in zip(drawn, wanted[: len(drawn)], strict=True)
        ):
            self.reset()
        for run in wanted[len(self.drawn) :]:
            self.new_run(run.label or f"{run.config.get('optimizer', '?')} (saved)")
            self.drawn.append(run)
            if run is live:  # the x axis spans the whole run while it trains
                epochs = run.config.get("epochs")
                self.set_epochs(epochs if isinstance(epochs, int) else 1)
            self._pull(run)
        if self.drawn:
            self._pull(self.drawn[-1])

    def _pull(self, run) -> None:
        self.loss.pull(run)
        self.accuracy.pull(run)

    def _on_project_live_run_changed(self) -> None:
        live = self.project.live_run
        if live is not None and self.drawn and self.drawn[-1] is live:
            self._pull(live)  # the usual case: the run in progress grew
        else:
            self.follow()

    def _on_project_replaced(self) -> None:
        self.reset()
        self.follow()

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        """Side by side when there is width, one above the other in a narrow column."""
        super().resizeEvent(event)
        wide = event.size().width() >= 1.2 * event.size().height()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.plots_box.direction() != direction:
            self.plots_box.setDirection(direction)

    def row_width(self) -> int:
        """The width the log-scale toggle and the clear button need in one row."""
        return self.log_scale.sizeHint().width() + self.clear_button.sizeHint().width() + 24

    def set_compact(self, compact: bool) -> None:
        """In a narrow place the toggle and the button go one above the other."""
        direction = (
            QBoxLayout.Direction.TopToBottom if compact else QBoxLayout.Direction.LeftToRight
        )
        if self.buttons_box.direction() != direction:
            self.buttons_box.setDirection(direction)

    def _arm(self) -> None:
        self.redraws.push(None)

    def _on_log_scale_toggled(self, on: bool) -> None:
        self.loss.setLogMode(y=on)
        self.loss._y_range = None
        self.loss._dirty = True
        self.loss.redraw()

    def new_run(self, label: str) -> None:
        self.loss.new_run(label)
        self.accuracy.new_run(label)
        restyle_plots(self, self.line_scale)  # a projector's thicker lines for the new curves

    def set_epochs(self, epochs: int) -> None:
        self.loss.set_epochs(epochs)
        self.accuracy.set_epochs(epochs)

    def redraw(self) -> None:
        self.loss.redraw()
        self.accuracy.redraw()

    def clear_runs(self) -> None:
        self.loss.clear_runs()
        self.accuracy.clear_runs()

    def reset(self) -> None:
        self.drawn = []
        self.loss.reset()
        self.accuracy.reset()
