"""The training panel: the settings form, Start / Pause / Stop, progress, banners, plots and
results. Start reads the settings and asks the project model for a plan (``plan_run``: every
check a start makes); the session trains it in the background, and the panel feeds the
session's events into the project model, where the run is a record that grows. The plots and
the results draw the project's runs, the growing one and the saved ones, the same way."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.training.arrangement import FitsItsRoom
from desktop.training.controls import RunBanner, RunControls
from desktop.training.plots import TrainingPlots
from desktop.training.results import ResultsView
from desktop.training.session import RunResult, TrainingSession
from desktop.training.settings import TrainingSettingsForm
from desktop.widgets.throttle import Throttle
from netcore.datasets.errors import DatasetError
from netcore.i18n import number
from netcore.project.model import WeightSource
from netcore.project.planning import PlanProblem
from netcore.training.config import ConfigError
from netcore.training.events import BatchProgress, Failed, Finished, Paused, Resumed, Started
from netcore.training.history import RunRecord, run_label
from netcore.training.progress import duration, seconds_left

translate = QCoreApplication.translate


LOCKED = "The network is training: stop the training to edit it."


class TrainingPanel(FitsItsRoom, QWidget):
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
        self._progress_texts = Throttle(200, self._show_progress, self)
        self._ending = None  # the RunResult whose record is joining the runs, for its images
        self._gate_ticket: int | None = None  # the run gate, held while the session trains
        self._step_sent = False  # a Step is on its way to the engine (until it pauses)
        self._steps_queued = 0  # Step presses made meanwhile, each sent after the last
        self.hidden: frozenset[str] = frozenset()  # what a lesson step keeps back for now
        self._build()
        self.session.event.connect(self._on_session_event)
        self.session.setup_failed.connect(self._on_session_setup_failed)
        self.session.result.connect(self._on_session_result)
        self.session.running_changed.connect(self._on_session_running_changed)
        self.settings.problem.connect(self._on_settings_problem)
        project.replaced.connect(self._on_project_replaced)
        project.runs_changed.connect(self._on_project_runs_changed)
        project.dataset_changed.connect(self._on_project_dataset_changed)
        project.weights_changed.connect(self._on_project_weights_changed)
        self._update_buttons()
        self._on_project_replaced()
        self._on_project_runs_changed()

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
        self.banner = RunBanner()

        column = QVBoxLayout(controls)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.settings)
        column.addWidget(self.controls)
        column.addWidget(self.progress)
        column.addWidget(self.progress_text)
        column.addWidget(self.banner)
        column.addStretch(1)

        self.plots = TrainingPlots(self.project)
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

        # the plots and the results side by side when there is room, else the results under
        # the plots: never a panel wider than the screen (a projector's 1280×720)
        self.views = QSplitter(Qt.Orientation.Vertical)
        self.views.setObjectName("trainingViews")
        self.views.setChildrenCollapsible(False)
        self.views.addWidget(self.plots)
        self.views.addWidget(right)
        self.views.setStretchFactor(0, 3)
        self.views.setStretchFactor(1, 2)
        # the settings scroll on their own in a low place (the Lessons workspace's bottom):
        # the plots and results beside them stay whole
        column_scroller = QScrollArea()
        column_scroller.setObjectName("trainingControlsScroller")
        column_scroller.setWidgetResizable(True)
        column_scroller.setFrameShape(QFrame.Shape.NoFrame)
        column_scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column_scroller.setWidget(controls)
        self.controls_column = controls
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(column_scroller)
        splitter.addWidget(self.views)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 1000])
        self.splitter = splitter
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        self.controls.start_clicked.connect(self.start)
        self.controls.pause_clicked.connect(self.toggle_pause)
        self.controls.step_clicked.connect(self.step)
        self.controls.stop_clicked.connect(self.stop)

    def set_hidden(self, names: frozenset) -> None:
        """A lesson step's hidden quantities: ``run_figures`` (the run's test results; the
        curves stay) and ``param_counts`` (in a run's first note); empty shows them at once."""
        self.hidden = frozenset(names)
        self.results.set_hidden(self.hidden)
        plots_hide = getattr(self.plots, "set_hidden", None)  # its hover readout's figures
        if plots_hide is not None:
            plots_hide(self.hidden)

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
        if self.session.running:  # F5 during a run: said, not silently dropped
            self.show_banner(
                self.tr("A run is going: Start (F5) waits until it stops (Stop: Shift+F5)."),
                "info",
            )
            return False
        try:
            config = self.settings.read()
            model = self.project.model
            plan = model.plan_run(
                config, self.controls.replay_index(), problems=len(self.document.analysis.errors)
            )
        except ConfigError as exc:
            self.show_banner(str(exc), "error")
            return False
        except PlanProblem as problem:
            self.show_banner(str(problem), problem.kind)
            return False
        self.project.set_training(config)
        self.hide_banner()
        self.results.clear()
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("loading the dataset and TensorFlow…"))
        self.progress_text.setText("")
        self.document.locked_reason = LOCKED
        self._run_started = time.perf_counter()
        self._gate_ticket = model.gate.acquire(self.tr("Training"))
        model.begin_run(
            RunRecord(
                config=plan.config.to_dict(),
                dataset=self._dataset_title() or "",
                label=run_label(plan.config),
            )
        )
        started = self.session.start(plan.spec, plan.dataset, plan.config, plan.initial_weights)
        if not started:
            model.end_run(None)
            self._release_gate()
        if started and first_step:
            self.session.step(first_step)
        self._update_buttons()  # at once: the buttons show the run before its first event
        return started

    def toggle_pause(self) -> None:
        control = self.session.control
        if control is None:
            return
        if control.paused:
            self._drop_steps()  # running on: no step is waited for
            self.session.resume()
        else:
            self.session.pause()
        self._update_buttons()

    def step(self) -> None:
        """Train one batch (or one epoch) and pause: starts a run when none is going."""
        if not self.session.running:
            if self.start(first_step=self.controls.unit):
                self._step_on_its_way()
            return
        if self._step_sent:  # one on its way (the first can take seconds): queued, and said
            self._steps_queued += 1
            self.controls.show_stepping(self._steps_queued)
            return
        self.session.step(self.controls.unit)
        self._step_on_its_way()
        self._update_buttons()

    def _step_on_its_way(self) -> None:
        self._step_sent = True
        self.controls.show_stepping(self._steps_queued)

    def _step_done(self) -> None:
        """The step on its way was trained (the run paused): send the next one queued."""
        if not self._step_sent:
            return
        if self._steps_queued:
            self._steps_queued -= 1
            self.session.step(self.controls.unit)
            self.controls.show_stepping(self._steps_queued)
        else:
            self._drop_steps()

    def _drop_steps(self) -> None:
        self._step_sent, self._steps_queued = False, 0
        self.controls.show_step_idle()

    def stop(self) -> None:
        self.session.stop()

    # ----------------------------------------------------------------- events

    def _on_session_event(self, event) -> None:
        self.project.model.feed_run(event)  # progress grows the live run; the plots follow it
        if isinstance(event, Started):
            self._steps, self._epochs = event.steps_per_epoch, event.epochs
            self.progress.setRange(0, event.epochs * event.steps_per_epoch)
            self.progress.setFormat(
                self.tr("epoch {epoch} / {epochs}").format(epoch=1, epochs=number(event.epochs))
            )
            note = self.tr(
                "Training {params} parameters on {device}: {train} train / {val} validation "
                "examples, {steps} steps per epoch."
            ).format(
                params="?" if "param_counts" in self.hidden else number(event.params),
                device=event.device,
                train=number(event.train_samples),
                val=number(event.val_samples),
                steps=number(event.steps_per_epoch),
            )
            self.progress_text.setText(note)
            if event.device_note:
                self.show_banner(event.device_note[0].upper() + event.device_note[1:] + ".", "info")
            self.plots.accuracy.setVisible(event.has_accuracy)
        elif isinstance(event, BatchProgress):
            # the progress text changes 5 times a second (enough to read); an epoch's end at once
            self._progress_texts.push(event, urgent=event.batch >= event.steps)
        elif isinstance(event, Paused):
            self._step_done()
            self._progress_texts.flush()
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
            self._drop_steps()
            self._show_finished(event)
        elif isinstance(event, Failed):
            kind = self.tr("Out of memory") if event.kind == "oom" else self.tr("Training failed")
            self.show_banner(f"{kind}: {event.message}", "error")

    def _show_progress(self, events: list[BatchProgress]) -> None:
        event = events[-1]
        done = (event.epoch - 1) * event.steps + event.batch
        self.progress.setValue(done)
        self.progress.setFormat(
            self.tr("epoch {epoch} / {epochs} · batch {batch} / {steps}").format(
                epoch=number(event.epoch),
                epochs=number(self._epochs),
                batch=number(event.batch),
                steps=number(event.steps),
            )
        )
        left = seconds_left(done, self._epochs * self._steps, event.elapsed)
        self.progress_text.setText(
            self.tr("{rate} samples/s · about {time} left").format(
                rate=number(event.samples_per_sec), time=duration(left)
            )
        )

    def _show_finished(self, event: Finished) -> None:
        self._progress_texts.flush()  # the last progress first: the end's words stay on top
        if event.reason == "nan":
            self.show_banner(
                self.tr("Training stopped: {reason}.").format(reason=event.message), "error"
            )
        elif event.reason == "early_stopping":
            self.show_banner(event.message[0].upper() + event.message[1:] + ".", "info")
        elif event.reason == "stopped":
            self.show_banner(self.tr("Stopped: the weights trained so far are kept."), "info")
        seconds = duration(time.perf_counter() - self._run_started)
        if event.reason == "completed":
            self.progress.setFormat(
                self.tr("done · {n} epoch(s)").format(n=number(len(event.history)))
            )
            self.progress.setValue(self.progress.maximum())
            self.progress_text.setText(self.tr("Finished in {time}.").format(time=seconds))
            return
        # cut short: say so, at the epoch it reached (a stop in epoch 1 trained some batches)
        reached = self.progress.value() / max(self._steps, 1)
        self.progress.setFormat(
            self.tr("stopped at epoch {epoch}").format(epoch=number(reached, 2))
        )
        self.progress_text.setText(self.tr("Stopped after {time}.").format(time=seconds))

    def _on_session_result(self, result: RunResult) -> None:
        """The run's end: its live record takes the final scores and joins the runs (the
        results and plots follow the runs); a failed run leaves none."""
        record = result.record if isinstance(result.final, Finished) else None
        self._ending = result
        try:
            self.project.model.end_run(record, result.weights, result.model_bytes)
        finally:
            self._ending = None
        self.trained.emit(result)

    def _on_session_setup_failed(self, message: str) -> None:
        self.project.model.end_run(None)
        self.show_banner(message, "error")
        self.progress.setFormat("")
        self.results.summary.setText("")

    def _on_session_running_changed(self, running: bool) -> None:
        if not running:
            self._drop_steps()
            if self.project.live_run is not None:  # stopped before it began: no record
                self.project.model.end_run(None)
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
        """Another project: nothing of the last one stays (its runs come with runs_changed)."""
        self.hide_banner()
        self.results.reset()
        self.progress.setValue(0)
        self.progress.setFormat("")
        self.progress_text.setText("")

    def _on_project_runs_changed(self) -> None:
        """The latest run's results, just finished or saved, unless it was on other data."""
        latest = self.project.latest_run
        if latest is None:
            return
        if self._other_dataset(latest):
            return
        if self._ending is not None:  # the run that just ended: the session has its images
            cut_short = self.tr("No test evaluation (the run was cut short).")
            self.results.show_run(latest, self._ending.x_test, "" if latest.test else cut_short)
        else:
            # the latest run, saved or not (a loaded file, a recovery, a teacher's push)
            note = self.tr("Run {n} on {dataset}.").format(
                n=number(len(self.project.runs)),
                dataset=translate("Datasets", latest.dataset) or self.tr("its dataset"),
            )
            self.results.show_run(latest, self._test_images(latest), note)

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
        if latest is not None:
            self._other_dataset(latest)

    def _other_dataset(self, latest: RunRecord) -> bool:
        """Whether the latest run was on other data than the chosen one (the results then
        say so instead of showing it)."""
        title = self._dataset_title()
        if title is None or latest.dataset == title:
            return False
        self.results.reset(
            self.tr("The last run was on {then}; train to see results on {now}.").format(
                then=translate("Datasets", latest.dataset), now=translate("Datasets", title)
            )
        )
        return True

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
        self.banner.say(text, kind)

    def hide_banner(self) -> None:
        self.banner.clear_message()
