"""The experiment board (``experimentBoard``, a window of its own): up to four runs of the open
network on the chosen data, differing in the settings picked in the table, trained one after
another from the same initial weights and seed (``netcore.experiments.board``) in the
background; loss and accuracy curves of all runs together, each run's decision boundary (2-D
data) or confusion matrix in a small multiple, and the results table with CSV export."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.appearance.palettes import scheme
from desktop.widgets.imaging import ImageTile, colourise, to_qimage
from desktop.widgets.jobs import Job
from desktop.widgets.rows import FlowLayout
from netcore.experiments.board import MAX_RUNS, Variant, results_csv, run_board, variant_network
from netcore.i18n import number
from netcore.network.params import ACTIVATIONS, INITIALIZERS
from netcore.training.config import OPTIMIZERS
from netcore.training.events import EpochEnd, TrainingControl


def _columns() -> list[str]:
    """The settings table's headers (translated when the board is made)."""
    translate = QCoreApplication.translate
    return [
        translate("ExperimentBoard", "run"),
        translate("ExperimentBoard", "optimizer"),
        translate("ExperimentBoard", "learning rate"),
        translate("ExperimentBoard", "batch size"),
        translate("ExperimentBoard", "activation"),
        translate("ExperimentBoard", "initialiser"),
        translate("ExperimentBoard", "dropout"),
    ]


class ExperimentBoard(QWidget):
    def __init__(self, project, dialogs=None, parent=None):
        super().__init__(parent)
        self.setObjectName("experimentBoard")
        self.setWindowTitle(self.tr("Experiment board"))
        self.same = self.tr("(as the network)")  # a setting the run leaves as the network has it
        self.project, self.dialogs = project, dialogs
        self.results: list = []
        self._control = TrainingControl()
        self.job = Job("experiment board", self)
        self._gate_ticket = 0  # the run gate, held while the board trains
        self.job.events.connect(self._on_events)
        self.job.finished.connect(self._on_finished)
        column = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<b>Compare up to four runs</b> from the same initial weights and seed: "
                "change one setting per run and see what it does."
            )
        )
        intro.setWordWrap(True)  # one line on a wide screen, two beside a lesson
        column.addWidget(intro)
        columns = _columns()
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName("boardRuns")
        self.table.setHorizontalHeaderLabels(columns)
        self.table.verticalHeader().hide()
        # columns as wide as what they show; a table wider than the room beside a lesson
        # scrolls sideways inside itself (the window stays on the screen)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        column.addWidget(self.table)
        controls = QWidget()
        controls.setObjectName("boardControls")
        row = FlowLayout(controls)  # the buttons wrap onto a second line in a narrow window
        self.add_button = QPushButton(self.tr("+ Add run"))
        self.add_button.setObjectName("boardAdd")
        self.remove_button = QPushButton(self.tr("− Remove run"))
        self.epochs = QSpinBox()
        self.epochs.setObjectName("boardEpochs")
        self.epochs.setRange(1, 10_000)
        self.epochs.setValue(30)
        self.start_button = QPushButton(self.tr("▶ Train all"))
        self.start_button.setObjectName("boardStart")
        self.stop_button = QPushButton(self.tr("■ Stop"))
        self.stop_button.setObjectName("boardStop")
        self.stop_button.setEnabled(False)
        self.export_button = QPushButton(self.tr("Results as CSV…"))
        self.export_button.setObjectName("boardExport")
        self.status = QLabel()
        self.status.setObjectName("boardStatus")
        self.status.setWordWrap(True)
        epochs = QWidget()
        pair = QHBoxLayout(epochs)
        pair.setContentsMargins(0, 0, 0, 0)
        epochs_label = QLabel(self.tr("epochs"))
        epochs_label.setBuddy(self.epochs)
        pair.addWidget(epochs_label)
        pair.addWidget(self.epochs)
        for widget in (
            self.add_button,
            self.remove_button,
            epochs,
            self.start_button,
            self.stop_button,
            self.export_button,
        ):
            row.addWidget(widget)
        column.addWidget(controls)
        column.addWidget(self.status)
        plots = QHBoxLayout()
        self.loss_plot = self._plot(self.tr("Validation loss (solid: training)"))
        self.loss_plot.setObjectName("boardLoss")
        self.accuracy_plot = self._plot(self.tr("Validation accuracy (solid: training)"))
        self.accuracy_plot.setObjectName("boardAccuracy")
        for plot in (self.loss_plot, self.accuracy_plot):
            titled = QVBoxLayout()
            titled.addWidget(plot.heading)
            titled.addWidget(plot, 1)
            plots.addLayout(titled)
        column.addLayout(plots, 2)
        bottom = QHBoxLayout()
        self.multiples = QGridLayout()
        self.tiles = []
        for n in range(MAX_RUNS):
            tile = ImageTile(max_scale=4)
            tile.setObjectName(f"boardPicture{n}")
            tile.setMinimumSize(96, 96)
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.multiples.addWidget(label, 0, n)
            self.multiples.addWidget(tile, 1, n)
            self.tiles.append((label, tile))
        bottom.addLayout(self.multiples, 3)
        self.results_table = QTableWidget(0, 4)
        self.results_table.setObjectName("boardResults")
        self.results_table.setHorizontalHeaderLabels(
            [self.tr("run"), self.tr("best val. acc."), self.tr("test acc."), self.tr("time")]
        )
        self.results_table.verticalHeader().hide()
        bottom.addWidget(self.results_table, 2)
        column.addLayout(bottom, 1)
        self.add_button.clicked.connect(lambda: self.add_run())
        self.remove_button.clicked.connect(self.remove_run)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.export_button.clicked.connect(self.export)
        self.curves: dict = {}
        self.resize(1200, 700)  # until it is shown and fits the room it has (place)
        self.add_run(self.tr("as set"))
        self.add_run(self.tr("learning rate × 10"), learning_rate=None)

    # -- where it opens --------------------------------------------------------------------

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.fit_columns()
        self.place()
        QTimer.singleShot(0, self.place)  # again once the window's docks have settled

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation mode: larger cells
            QTimer.singleShot(0, self.fit_columns)  # once the cells have the new font too

    def fit_columns(self) -> None:
        """Every column as wide as its widest cell in the current font (sized once, at the
        normal size, the cells of presentation mode cut "(as the network)" and "0.1000")."""
        self.table.resizeColumnsToContents()
        self.results_table.resizeColumnsToContents()  # its headers whole before any result
        for c in range(1, self.table.columnCount()):
            widest = max(
                (
                    self.table.cellWidget(r, c).sizeHint().width()
                    for r in range(self.table.rowCount())
                    if self.table.cellWidget(r, c) is not None
                ),
                default=0,
            )
            if widest > self.table.columnWidth(c):
                self.table.setColumnWidth(c, widest)
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        bar = self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height() + rows + bar + 4
        )

    def free_area(self) -> QRect:
        """Where the board may go: the window's area (the screen's when the window is not
        shown), less the lesson panel when it is shown, so the task and Check stay in sight."""
        window = self.parentWidget()
        screen = (window or self).screen().availableGeometry()
        area = window.frameGeometry() if window is not None and window.isVisible() else screen
        area = area.intersected(screen)
        lessons = window.findChild(QWidget, "lessonsDock") if window is not None else None
        if lessons is not None and lessons.isVisible() and not lessons.isFloating():
            taken = QRect(lessons.mapToGlobal(QPoint(0, 0)), lessons.size())
            if taken.center().x() > area.center().x():  # the panel on the right: the left is free
                area.setRight(min(area.right(), taken.left() - 1))
            else:
                area.setLeft(max(area.left(), taken.right() + 1))
        return area

    def place(self) -> None:
        """Fill the free area: never wider or taller than it, never over the lesson's task."""
        if not self.isWindow():
            return
        free = self.free_area()
        frame = self.frameGeometry().size() - self.geometry().size()
        self.resize(
            max(free.width() - frame.width(), 200), max(free.height() - frame.height(), 200)
        )
        self.move(free.topLeft())

    def _plot(self, title: str) -> pg.PlotWidget:
        plot = pg.PlotWidget(background="w")
        # the title above the plot in the window's font: it wraps in a narrow window and grows
        # with presentation mode (the plot's own title was cut at its edge beside a lesson)
        plot.heading = QLabel(f"<b>{html.escape(title)}</b>")
        plot.heading.setWordWrap(True)
        plot.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        plot.setLabel("bottom", self.tr("epoch"))
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.addLegend(offset=(-5, 5), labelTextSize="9pt")
        plot.setMenuEnabled(False)
        plot.hideButtons()
        return plot

    # -- the runs --------------------------------------------------------------------------

    def add_run(self, label: str | None = None, learning_rate: float | None = 0.0) -> None:
        n = self.table.rowCount()
        if n >= MAX_RUNS:
            self.status.setText(self.tr("The board compares up to {n} runs.").format(n=MAX_RUNS))
            return
        config = self.project.training
        self.table.insertRow(n)
        self.table.setItem(n, 0, QTableWidgetItem(label or self._run_name(n)))
        optimizer = QComboBox()
        optimizer.addItems(list(OPTIMIZERS))
        optimizer.setCurrentText(config.optimizer)
        rate = QDoubleSpinBox()
        rate.setDecimals(4)
        rate.setRange(0.0001, 100.0)
        rate.setValue(config.lr * (10 if learning_rate is None else 1))
        batch = QSpinBox()
        batch.setRange(1, 100_000)
        batch.setValue(config.batch_size if isinstance(config.batch_size, int) else 32)
        activation = QComboBox()
        activation.addItem(self.same, None)
        for name in ACTIVATIONS:  # Keras's names; only "step" is a word of the student's language
            if name != "softmax":
                label = QCoreApplication.translate("ActivationExplorer", "step")
                activation.addItem(label if name == "step" else name, name)
        init = QComboBox()
        init.addItems([self.same, *INITIALIZERS])
        dropout = QDoubleSpinBox()
        dropout.setRange(-0.01, 0.9)
        dropout.setSingleStep(0.1)
        dropout.setSpecialValueText(self.same)
        dropout.setValue(-0.01)
        for c, widget in enumerate((optimizer, rate, batch, activation, init, dropout), start=1):
            header = self.table.horizontalHeaderItem(c)
            what = header.text() if header else str(c)
            widget.setAccessibleName(f"{self._run_name(n)}: {what}")
            self.table.setCellWidget(n, c, widget)
        self.fit_columns()

    def _run_name(self, n: int) -> str:
        return self.tr("run {n}").format(n=n + 1)

    def remove_run(self) -> None:
        if self.table.rowCount() > 1:
            self.table.removeRow(self.table.rowCount() - 1)
            self.fit_columns()

    def variants(self) -> list[Variant]:
        out = []
        for n in range(self.table.rowCount()):
            cell = lambda c, n=n: self.table.cellWidget(n, c)  # noqa: E731
            changes = {
                "optimizer": cell(1).currentText(),
                "learning_rate": round(cell(2).value(), 6),
                "batch_size": cell(3).value(),
            }
            if cell(4).currentData() is not None:
                changes["activation"] = cell(4).currentData()
            if cell(5).currentText() != self.same:
                changes["kernel_initializer"] = cell(5).currentText()
            if cell(6).value() >= 0:
                changes["dropout"] = round(cell(6).value(), 3)
            label = self.table.item(n, 0).text().strip() or self._run_name(n)
            out.append(Variant(label, changes))
        return out

    # -- training --------------------------------------------------------------------------

    def start(self) -> None:
        if self.job.running:
            return
        gate = self.project.model.gate
        if gate.running is not None:
            self.status.setText(
                self.tr(
                    "{what} is running: stop it or let it finish, then start the board."
                ).format(what=gate.running)
            )
            return
        try:
            data = self.project.load_dataset()
        except Exception as exc:  # noqa: BLE001 - the reason is shown
            self.status.setText(self.tr("No data to train on: {reason}").format(reason=exc))
            return
        if data is None:
            self.status.setText(self.tr("Choose a dataset first (the toolbar's Dataset)."))
            return
        spec = self.project.document.spec.copy()
        config = self.project.training
        from dataclasses import replace

        config = replace(config, epochs=self.epochs.value())
        variants = self.variants()
        self.results = []
        self._reset_plots(variants)
        self._control = TrainingControl()
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.status.setText(self.tr("Training run 1…"))
        control = self._control

        def work(job):
            try:
                result = run_board(
                    spec, data, config, variants,
                    on_progress=job.event, stop=lambda: control.stopped, control=control,
                )  # fmt: skip
            except Exception as exc:  # noqa: BLE001 - said on the board
                result = exc
            return result, spec, data

        self._gate_ticket = gate.acquire(self.tr("The experiment board"))
        # cancelled (the window closes): stop at once, without the test-set evaluation
        if not self.job.start(work, on_cancel=lambda: control.stop(evaluate=False)):
            gate.release(self._gate_ticket)

    def stop(self) -> None:
        """The Stop button: the current run stops and is evaluated; the board ends."""
        self._control.stop()

    def _reset_plots(self, variants) -> None:
        self.curves = {}
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.clear()
            plot.setXRange(0, self.epochs.value(), padding=0.02)
        for n, variant in enumerate(variants):
            colour = scheme().run_colour(n)
            for key, plot in (("loss", self.loss_plot), ("accuracy", self.accuracy_plot)):
                train = plot.plot([], [], pen=pg.mkPen(colour, width=1.2))
                val = plot.plot(
                    [],
                    [],
                    pen=pg.mkPen(colour, width=2.4, style=Qt.PenStyle.DashLine),
                    name=variant.label,
                )
                self.curves[n, key] = (train, val, [], [], [])
        for label, tile in self.tiles:
            label.setText("")
            tile.set_image(None)

    def _on_events(self, events: list) -> None:
        """A bundle of (run, event): the curves are redrawn once per bundle."""
        touched = set()
        for n, event in events:
            if not isinstance(event, EpochEnd):
                continue
            self.status.setText(
                self.tr("Training run {n}: epoch {epoch}").format(n=n + 1, epoch=event.epoch)
            )
            for key in ("loss", "accuracy"):
                _, _, xs, ys, vs = self.curves[n, key]
                xs.append(event.epoch)
                ys.append(event.metrics.get(key, np.nan))
                vs.append(event.metrics.get(f"val_{key}", np.nan))
                touched.add((n, key))
        for n, key in touched:
            train, val, xs, ys, vs = self.curves[n, key]
            train.setData(xs, ys)
            val.setData(xs, vs)

    def _on_finished(self, outcome) -> None:
        self.project.model.gate.release(self._gate_ticket)
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        result, spec, data = outcome
        if isinstance(result, Exception):
            self.status.setText(f"✗ {result}")
            return
        self.results = result
        self.status.setText(self.tr("Runs done: {n}.").format(n=len(result)))
        self.results_table.setRowCount(len(result))
        for r, run in enumerate(result):
            cells = [
                run.label,
                _percent(run.best_val_accuracy),
                _percent(run.test_accuracy),
                self.tr("{seconds} s").format(seconds=number(run.seconds, 1)),
            ]
            for c, text in enumerate(cells):
                self.results_table.setItem(r, c, QTableWidgetItem(text))
        self.results_table.resizeColumnsToContents()
        self._pictures(result, spec, data)

    def _pictures(self, results, spec, data) -> None:
        """Each run's decision boundary (2-D data) or confusion matrix."""
        from netcore.introspection import Inspector, plane_extent
        from netcore.training.evaluation import confusion_matrix, predicted_classes

        for n, run in enumerate(results):
            label, tile = self.tiles[n]
            label.setText(f"<span style='color:{scheme().run_colour(n)}'><b>{run.label}</b></span>")
            if run.weights is None:
                continue
            if tuple(data.input_shape) == (2,):
                net = variant_network(spec, run.settings, run.label)
                plane = Inspector(net, run.weights).boundary(plane_extent(data.x_test), 80)
                values = plane.output if plane.output.ndim == 2 else plane.output[..., 1]
                image = colourise(values[::-1], scheme().binary, 0.0, 1.0)
            elif run.probabilities is not None and data.class_names:
                counts = confusion_matrix(
                    data.y_test, predicted_classes(run.probabilities), len(data.class_names)
                )
                share = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
                image = colourise(share, scheme().binary, 0.0, 1.0)
            else:
                continue
            tile.set_image(to_qimage(image))

    def export(self) -> None:
        if not self.results:
            self.status.setText(self.tr("Train the runs first."))
            return
        path = (
            self.dialogs.export_path("experiment-board.csv", "CSV (*.csv)")
            if self.dialogs
            else None
        )
        if path is None:
            return
        from netcore.fileio import atomic_write_text

        try:
            atomic_write_text(path, results_csv(self.results))
        except OSError as exc:
            self.status.setText(
                self.tr("Cannot write {path}: {reason}").format(path=path, reason=exc.strerror)
            )
            return
        self.status.setText(self.tr("Results written to {name}").format(name=path.name))


def _percent(share: float | None) -> str:
    """An accuracy as the user's locale writes it ('–' when the run has none)."""
    return "–" if share is None else f"{number(share * 100, 1)} %"
