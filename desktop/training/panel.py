"""The training panel: the settings form, Start / Pause / Stop, progress, banners, live plots
and the results. It trains the project's network on the project's dataset with the project's
settings, through ``TrainingSession`` (a worker thread), and writes each finished run (its
record, weights and model) back into the project."""

from __future__ import annotations

import dataclasses
import os
import time

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.training.controls import RunControls
from desktop.training.plots import TrainingPlots
from desktop.training.results import ResultsView
from desktop.training.session import RunResult, TrainingSession
from desktop.training.settings import TrainingSettingsForm
from netcore.datasets.errors import DatasetError
from netcore.i18n import number
from netcore.project.model import WeightSource
from netcore.training.config import ConfigError
from netcore.training.events import (
    BatchProgress,
    EpochEnd,
    Failed,
    Finished,
    Paused,
    Resumed,
    Started,
)
from netcore.training.history import RunRecord, run_label
from netcore.training.progress import BatchSmoother, duration, seconds_left

translate = QCoreApplication.translate

LOCKED = "The network is training: stop the training to edit it."


class TrainingPanel(QWidget):
    """objectName ``trainingPanel``.

    Signals:
        trained(object): a finished run's RunResult (after it was added to the project).
    """

    trained = Signal(object)

    def __init__(self, project, session: TrainingSession | None = None, dialogs=None, parent=None):
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self.project = project
        self.document = project.document
        self.session = session or TrainingSession(self)
        self.dialogs = dialogs
        self._run_started = 0.0
        self._steps = 1
        self._epochs = 1
        self._smooth = BatchSmoother()
        self._last_text = 0.0
        self._gate_ticket: int | None = None  # the run gate, held while the session trains
        self._build()
        self.session.event.connect(self._on_session_event)
        self.session.setup_failed.connect(self._on_session_setup_failed)
        self.session.result.connect(self._on_session_result)
        self.session.running_changed.connect(self._on_session_running_changed)
        self.settings.problem.connect(self._on_settings_problem)
        project.replaced.connect(self._on_project_replaced)
        project.dataset_changed.connect(self._on_project_dataset_changed)
        project.weights_changed.connect(self._on_project_weights_changed)
        self._update_buttons()
        self._on_project_replaced()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        controls = QWidget()
        self.settings = TrainingSettingsForm(self.project, self.dialogs)
        self.controls = RunControls(self.project)
        self.start_button = self.controls.start_button
        self.pause_button = self.controls.pause_button
        self.step_button = self.controls.step_button
        self.stop_button = self.controls.stop_button
        self.progress = QProgressBar()
        self.progress.setObjectName("trainingProgress")
        self.progress.setTextVisible(True)
        self.progress.setFormat("")
        self.progress_text = QLabel("")
        self.progress_text.setObjectName("progressText")
        self.banner = QLabel("")
        self.banner.setObjectName("trainingBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        column = QVBoxLayout(controls)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.settings)
        column.addWidget(self.controls)
        column.addWidget(self.progress)
        column.addWidget(self.progress_text)
        column.addWidget(self.banner)
        column.addStretch(1)

        self.plots = TrainingPlots()
        self.results = ResultsView()
        self.export_plots = QPushButton(self.tr("Plots as PNG…"))
        self.export_plots.setObjectName("exportPlotsButton")
        self.export_csv = QPushButton(self.tr("History as CSV…"))
        self.export_csv.setObjectName("exportHistoryButton")
        exports = QHBoxLayout()
        exports.addWidget(self.export_plots)
        exports.addWidget(self.export_csv)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.results, 1)
        right_column.addLayout(exports)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(controls)
        splitter.addWidget(self.plots)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([300, 620, 380])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        self.controls.start_clicked.connect(self.start)
        self.controls.pause_clicked.connect(self.toggle_pause)
        self.controls.step_clicked.connect(self.step)
        self.controls.stop_clicked.connect(self.stop)

    def catch_up(self) -> None:
        """The dock came to the front: draw the points that came while it was behind."""
        self.plots.redraw()

    def set_devices(self, devices: list) -> None:
        self.settings.set_devices(devices)

    def run_label(self, config) -> str:
        return run_label(config)

    # ----------------------------------------------------------------- actions

    def start(self, first_step: str | None = None) -> bool:
        """Start a run with the project's settings; ``first_step`` ("batch"/"epoch") trains
        just that much and pauses (Step while nothing runs)."""
        if self.session.running:
            return False
        running = self.project.model.gate.running
        if running is not None:
            self.show_banner(
                self.tr("{what} is running: stop it or let it finish first.").format(what=running),
                "info",
            )
            return False
        source = self.project.dataset
        if source is None:
            self.show_banner(self.tr("Choose a dataset in the toolbar first."), "info")
            return False
        if self.document.analysis.errors:
            self.show_banner(
                self.tr(
                    "The network has problems (see the Problems list); fix them before training."
                ),
                "error",
            )
            return False
        try:
            config = self.settings.read()
        except ConfigError as exc:
            self.show_banner(str(exc), "error")
            return False
        self.project.set_training(config)
        initial = None
        if config.initial_weights == "hand":
            if self.project.weight_source is not WeightSource.HAND_SET:
                self.show_banner(
                    self.tr(
                        "No hand-set weights yet: set them in the Weights tab, or choose other "
                        "initial weights."
                    ),
                    "info",
                )
                return False
            initial = self.project.weights
        replay = self.controls.replay_run()
        if replay is not None:  # the same weights, split and shuffling as that run
            initial = replay.start
            config = dataclasses.replace(config, seed=replay.seed)
        if config.tensorboard_dir:  # one subfolder per run, so TensorBoard shows them side by side
            run_dir = os.path.join(config.tensorboard_dir, time.strftime("run-%Y%m%d-%H%M%S"))
            config = dataclasses.replace(config, tensorboard_dir=run_dir)
        self.hide_banner()
        self.results.clear()
        self.plots.new_run(run_label(config))
        self.progress.setValue(0)
        self.progress.setFormat("loading the dataset and TensorFlow…")
        self._smooth = BatchSmoother()
        self.progress_text.setText("")
        self.document.locked_reason = LOCKED
        self._run_started = time.perf_counter()
        self._gate_ticket = self.project.model.gate.acquire(self.tr("Training"))
        started = self.session.start(self.document.spec, source, config, initial)
        if not started:
            self._release_gate()
        if started and first_step:
            self.session.step(first_step)
        return started

    def toggle_pause(self) -> None:
        control = self.session.control
        if control is None:
            return
        if control.paused:
            self.session.resume()
        else:
            self.session.pause()
        self._update_buttons()

    def step(self) -> None:
        """Train one batch (or one epoch) and pause: starts a run when none is going."""
        if not self.session.running:
            self.start(first_step=self.controls.unit)
            return
        self.session.step(self.controls.unit)
        self._update_buttons()

    def stop(self) -> None:
        self.session.stop()

    # ----------------------------------------------------------------- events

    def _on_session_event(self, event) -> None:
        if isinstance(event, Started):
            self._steps, self._epochs = event.steps_per_epoch, event.epochs
            self.progress.setRange(0, event.epochs * event.steps_per_epoch)
            self.progress.setFormat(f"epoch 1 / {event.epochs}")
            note = self.tr(
                "Training {params} parameters on {device}: {train} train / {val} validation "
                "examples, {steps} steps per epoch."
            ).format(
                params=number(event.params),
                device=event.device,
                train=number(event.train_samples),
                val=number(event.val_samples),
                steps=number(event.steps_per_epoch),
            )
            self.progress_text.setText(note)
            if event.device_note:
                self.show_banner(event.device_note[0].upper() + event.device_note[1:] + ".", "info")
            self.plots.accuracy.setVisible(event.has_accuracy)
            self.plots.set_epochs(event.epochs)
        elif isinstance(event, BatchProgress):
            x = event.epoch_fraction
            loss, accuracy = self._smooth.add(event.epoch, event.batch, event.loss, event.accuracy)
            self.plots.loss.add("batch", x, loss)
            self.plots.accuracy.add("batch", x, accuracy)
            now = time.perf_counter()
            if now - self._last_text < 0.2 and event.batch < event.steps:
                return  # the progress text changes 5 times a second: enough to read
            self._last_text = now
            done = (event.epoch - 1) * event.steps + event.batch
            self.progress.setValue(done)
            self.progress.setFormat(
                f"epoch {event.epoch} / {self._epochs} · batch {event.batch} / {event.steps}"
            )
            left = seconds_left(done, self._epochs * self._steps, event.elapsed)
            self.progress_text.setText(
                f"{event.samples_per_sec:,.0f} samples/s · about {duration(left)} left"
            )
        elif isinstance(event, EpochEnd):
            self.plots.loss.add_epoch_row("loss", event.epoch, event.metrics)
            self.plots.accuracy.add_epoch_row("accuracy", event.epoch, event.metrics)
        elif isinstance(event, Paused):
            self.progress_text.setText(
                self.tr(
                    "Paused at epoch {epoch}. Resume with F6, or Step (F10) for {unit}."
                ).format(
                    epoch=number(event.epoch_fraction, 2),
                    unit=self.controls.step_unit.currentText(),
                )
            )
            self._update_buttons()
        elif isinstance(event, Resumed):
            self.progress_text.setText(self.tr("Resumed."))
            self._update_buttons()
        elif isinstance(event, Finished):
            self._show_finished(event)
        elif isinstance(event, Failed):
            kind = self.tr("Out of memory") if event.kind == "oom" else self.tr("Training failed")
            self.show_banner(f"{kind}: {event.message}", "error")

    def _show_finished(self, event: Finished) -> None:
        if event.reason == "nan":
            self.show_banner(
                self.tr("Training stopped: {reason}.").format(reason=event.message), "error"
            )
        elif event.reason == "early_stopping":
            self.show_banner(event.message[0].upper() + event.message[1:] + ".", "info")
        elif event.reason == "stopped":
            self.show_banner(self.tr("Stopped: the weights trained so far are kept."), "info")
        self.progress.setFormat(self.tr("done · {n} epoch(s)").format(n=number(len(event.history))))
        self.progress.setValue(
            self.progress.maximum() if event.reason == "completed" else self.progress.value()
        )
        seconds = time.perf_counter() - self._run_started
        self.progress_text.setText(self.tr("Finished in {time}.").format(time=duration(seconds)))
        cut_short = self.tr("No test evaluation (the run was cut short).")
        self.results.show_test(event.test, "" if event.test else cut_short)

    def _on_session_result(self, result: RunResult) -> None:
        final = result.final
        if isinstance(final, Finished) and result.record is not None:
            self.project.add_run(result.record, result.weights, result.model_bytes)
            if final.test_probabilities is not None:
                self.results.show_predictions(
                    final.test_labels, final.test_probabilities, result.class_names, result.x_test
                )
        self.trained.emit(result)

    def _on_session_setup_failed(self, message: str) -> None:
        self.show_banner(message, "error")
        self.progress.setFormat("")
        self.results.summary.setText("")

    def _on_session_running_changed(self, running: bool) -> None:
        if not running:
            self.document.locked_reason = ""
            self._release_gate()
        self._update_buttons()

    def _release_gate(self) -> None:
        if self._gate_ticket is not None:
            self.project.model.gate.release(self._gate_ticket)
            self._gate_ticket = None

    def _update_buttons(self) -> None:
        running = self.session.running
        control = self.session.control
        self.controls.set_state(running, bool(control and control.paused))
        self.settings.set_enabled(not running)

    def _on_settings_problem(self, text: str) -> None:
        if text:
            self.show_banner(text, "error")
        elif self.banner.property("kind") == "error" and not self.session.running:
            self.hide_banner()

    # ----------------------------------------------------------------- the project's runs

    def _on_project_replaced(self) -> None:
        """Another project: its runs, not the last project's, fill the plots and results."""
        self.hide_banner()
        self.plots.reset()
        self.results.reset()
        self.progress.setValue(0)
        self.progress.setFormat("")
        self.progress_text.setText("")
        for run in self.project.runs:
            self._plot_saved_run(run)
        latest = self.project.latest_run
        if latest is not None:
            self._show_saved_results(latest)

    def _dataset_title(self) -> str | None:
        """The chosen dataset's own title (what runs record), or None."""
        if self.project.dataset is None:
            return None
        try:
            return self.project.dataset_info().get("title")
        except DatasetError:
            return None

    def _on_project_dataset_changed(self) -> None:
        latest = self.project.latest_run
        title = self._dataset_title()
        if latest is not None and title is not None and latest.dataset != title:
            self.results.reset(
                self.tr("The last run was on {then}; train to see results on {now}.").format(
                    then=translate("Datasets", latest.dataset), now=translate("Datasets", title)
                )
            )

    def _on_project_weights_changed(self) -> None:
        if (
            self.project.weight_source is WeightSource.UNTRAINED
            and self.project.weight_note
            and self.project.runs
            and not self.session.running
        ):
            self.show_banner(
                self.tr(
                    "The network changed since it was trained: the trained weights no longer "
                    "match it. Train again to update them."
                ),
                "info",
            )

    def _plot_saved_run(self, run: RunRecord) -> None:
        self.plots.new_run(run.label or f"{run.config.get('optimizer', '?')} (saved)")
        for n, row in enumerate(run.epochs, start=1):
            self.plots.loss.add_epoch_row("loss", n, row)
            self.plots.accuracy.add_epoch_row("accuracy", n, row)
        self.plots.redraw()

    def _show_saved_results(self, run: RunRecord) -> None:
        self.results.show_test(run.test, f"Saved run on {run.dataset or 'its dataset'}.")
        if run.has_predictions and run.class_names:
            self.results.show_predictions(
                run.test_labels, run.test_probabilities, run.class_names, self._test_images(run)
            )
        elif run.confusion:
            import numpy as np

            self.results.show_matrix(np.asarray(run.confusion), run.class_names)

    def _test_images(self, run: RunRecord):
        """The test images of the project's dataset, when they are the run's (for thumbnails)."""
        if self._dataset_title() != run.dataset:
            return None
        try:
            data = self.project.load_dataset()
        except DatasetError:
            return None
        if not data.is_image or len(data.x_test) != len(run.test_labels):
            return None
        return data.x_test

    # ----------------------------------------------------------------- banners

    def show_banner(self, text: str, kind: str = "info") -> None:
        colours = {"error": ("#fde8e8", "#b3261e"), "info": ("#fff6d6", "#6b5300")}
        background, foreground = colours.get(kind, colours["info"])
        self.banner.setStyleSheet(
            f"background: {background}; color: {foreground}; padding: 6px; border-radius: 4px;"
        )
        self.banner.setText(text)
        self.banner.setProperty("kind", kind)
        self.banner.show()

    def hide_banner(self) -> None:
        self.banner.hide()
        self.banner.setText("")
        self.banner.setProperty("kind", "")
