"""The training panel: settings, Start / Pause / Stop, progress, banners, live plots and the
results. It reads the network from the document and the dataset from the picker, and runs
training through ``TrainingSession`` (a worker thread)."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.training.plots import TrainingPlots
from desktop.training.results import ResultsView
from desktop.training.session import RunResult, TrainingSession
from netcore.training.config import FULL_BATCH, OPTIMIZERS, TrainConfig
from netcore.training.evaluation import confusion_matrix, history_csv, predicted_classes
from netcore.training.events import (
    BatchProgress,
    EpochEnd,
    Failed,
    Finished,
    Paused,
    Resumed,
    Started,
)

BATCH_PRESETS = ["1 — stochastic", "32", "128", "full batch"]
LOCKED = "The network is training: stop the training to edit it."


INITIAL_CHOICES = ("random (Keras default)", "all zeros", "as set by hand")


def parse_batch(text: str) -> int | str:
    text = text.strip().lower()
    if text.startswith("full"):
        return FULL_BATCH
    head = text.split()[0] if text.split() else ""
    try:
        value = int(head)
    except ValueError:
        raise ValueError(f"batch size '{text}' is not a whole number or 'full batch'") from None
    if value < 1:
        raise ValueError("batch size must be at least 1")
    return value


class TrainingPanel(QWidget):
    """objectName ``trainingPanel``.

    Signals:
        trained(object): a finished run's RunResult (the window stores model and history).
    """

    trained = Signal(object)

    def __init__(self, document, picker, session: TrainingSession | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self.document = document
        self.picker = picker
        self.session = session or TrainingSession(self)
        self.trained_spec = None
        self.hand_weights = None  # callable giving the weights set by hand (the window sets it)
        self.dialogs = None  # the window's Dialogs (folder choice for TensorBoard logs)
        self.last_result: RunResult | None = None
        self._run_started = 0.0
        self._steps = 1
        self._epochs = 1
        self._smooth = _BatchSmoother()
        self._last_text = 0.0
        self._build()
        self.session.event.connect(self._on_session_event)
        self.session.setup_failed.connect(self._on_session_setup_failed)
        self.session.result.connect(self._on_session_result)
        self.session.running_changed.connect(self._on_session_running_changed)
        self.document.spec_changed.connect(self._on_document_spec_changed)
        self.tensorboard.toggled.connect(self._on_tensorboard_toggled)
        self._update_buttons()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        controls = QWidget()
        form = QFormLayout()
        self.optimizer = QComboBox()
        self.optimizer.setObjectName("optimizerChoice")
        self.optimizer.addItems(list(OPTIMIZERS))
        self.optimizer.setCurrentText("sgd")
        self.learning_rate = QDoubleSpinBox()
        self.learning_rate.setObjectName("learningRate")
        self.learning_rate.setDecimals(5)
        self.learning_rate.setRange(0.00001, 1_000_000.0)
        self.learning_rate.setValue(0.1)
        self.learning_rate.setToolTip(
            "Step size of gradient descent. Too large: the loss jumps or becomes NaN; "
            "too small: slow."
        )
        self.momentum = QDoubleSpinBox()
        self.momentum.setObjectName("momentum")
        self.momentum.setRange(0.0, 0.99)
        self.momentum.setSingleStep(0.1)
        self.nesterov = QCheckBox("Nesterov")
        self.batch = QComboBox()
        self.batch.setObjectName("batchSize")
        self.batch.setEditable(True)
        self.batch.addItems(BATCH_PRESETS)
        self.batch.setCurrentText("32")
        self.batch.setToolTip(
            "1: stochastic gradient descent · N: mini-batch · full batch: batch gradient descent"
        )
        self.epochs = QSpinBox()
        self.epochs.setObjectName("epochs")
        self.epochs.setRange(1, 10_000)
        self.epochs.setValue(20)
        self.validation = QDoubleSpinBox()
        self.validation.setObjectName("validationFraction")
        self.validation.setRange(0.0, 0.9)
        self.validation.setSingleStep(0.05)
        self.validation.setValue(0.1)
        self.early = QCheckBox("stop after")
        self.early.setObjectName("earlyStopping")
        self.patience = QSpinBox()
        self.patience.setRange(1, 1000)
        self.patience.setValue(3)
        self.patience.setSuffix(" epochs without progress")
        self.seed = QSpinBox()
        self.seed.setObjectName("seed")
        self.seed.setRange(0, 2**31 - 1)
        self.device = QComboBox()
        self.device.setObjectName("deviceChoice")
        self.device.addItem("auto", "auto")
        self.device.addItem("CPU", "cpu")
        self.initial = QComboBox()
        self.initial.setObjectName("initialWeights")
        self.initial.addItems(INITIAL_CHOICES)
        self.initial.setToolTip(
            "Where training starts. All zeros: every unit of a layer gets the same gradient and "
            "stays identical, so a hidden layer acts like one unit. As set by hand: the numbers "
            "in the Weights tab."
        )
        self.tensorboard = QCheckBox("write logs")
        self.tensorboard.setObjectName("tensorboardCheck")
        self.tensorboard.setToolTip(
            "Write TensorBoard event files (loss, metrics, weight histograms each epoch); "
            "view them with: tensorboard --logdir FOLDER"
        )
        self.tensorboard_dir = ""
        self.tensorboard_label = QLabel("")
        self.tensorboard_label.setObjectName("tensorboardFolder")
        self.tensorboard_label.setStyleSheet("color:#555")
        momentum_row = QHBoxLayout()
        momentum_row.addWidget(self.momentum)
        momentum_row.addWidget(self.nesterov)
        early_row = QHBoxLayout()
        early_row.addWidget(self.early)
        early_row.addWidget(self.patience)
        form.addRow("Optimizer", self.optimizer)
        form.addRow("Learning rate", self.learning_rate)
        form.addRow("Momentum", momentum_row)
        form.addRow("Batch size", self.batch)
        form.addRow("Epochs", self.epochs)
        form.addRow("Validation", self.validation)
        form.addRow("Early stopping", early_row)
        form.addRow("Seed", self.seed)
        form.addRow("Device", self.device)
        form.addRow("Initial weights", self.initial)
        tb_row = QHBoxLayout()
        tb_row.addWidget(self.tensorboard)
        tb_row.addWidget(self.tensorboard_label, 1)
        form.addRow("TensorBoard", tb_row)

        self.start_button = QPushButton("Start  (F5)")
        self.start_button.setObjectName("startButton")
        self.pause_button = QPushButton("Pause  (F6)")
        self.pause_button.setObjectName("pauseButton")
        self.stop_button = QPushButton("Stop  (Shift+F5)")
        self.stop_button.setObjectName("stopButton")
        buttons = QHBoxLayout()
        for b in (self.start_button, self.pause_button, self.stop_button):
            buttons.addWidget(b)
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
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.progress)
        column.addWidget(self.progress_text)
        column.addWidget(self.banner)
        column.addStretch(1)

        self.plots = TrainingPlots()
        self.results = ResultsView()
        self.export_plots = QPushButton("Plots as PNG…")
        self.export_plots.setObjectName("exportPlotsButton")
        self.export_csv = QPushButton("History as CSV…")
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

        self.optimizer.currentTextChanged.connect(self._on_optimizer_changed)
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        QShortcut(
            QKeySequence("F5"),
            self,
            activated=self.start,
            context=Qt.ShortcutContext.WindowShortcut,
        )
        QShortcut(
            QKeySequence("F6"),
            self,
            activated=self.toggle_pause,
            context=Qt.ShortcutContext.WindowShortcut,
        )
        QShortcut(
            QKeySequence("Shift+F5"),
            self,
            activated=self.stop,
            context=Qt.ShortcutContext.WindowShortcut,
        )
        self._on_optimizer_changed(self.optimizer.currentText())

    def set_devices(self, devices: list) -> None:
        """Add the GPUs TensorFlow sees (auto stays first)."""
        for name, kind, description in devices:
            if kind == "GPU":
                self.device.addItem(f"{name.split('physical_device:')[-1]} — {description}", "gpu")

    # ----------------------------------------------------------------- settings

    def _on_optimizer_changed(self, name: str) -> None:
        sgd = name == "sgd"
        self.momentum.setEnabled(sgd)
        self.nesterov.setEnabled(sgd)
        if not sgd:
            self.momentum.setValue(0.0)
            self.nesterov.setChecked(False)

    def config(self) -> TrainConfig:
        """The settings as a TrainConfig (ValueError for a bad batch size text)."""
        return TrainConfig(
            optimizer=self.optimizer.currentText(),
            learning_rate=self.learning_rate.value(),
            momentum=self.momentum.value(),
            nesterov=self.nesterov.isChecked() and self.momentum.value() > 0,
            batch_size=parse_batch(self.batch.currentText()),
            epochs=self.epochs.value(),
            validation_split=round(self.validation.value(), 4),
            early_stopping=self.patience.value() if self.early.isChecked() else None,
            seed=self.seed.value(),
            device=self.device.currentData() or "auto",
            zero_init=self.initial.currentIndex() == 1,
            tensorboard_dir=self._run_log_dir() if self.tensorboard.isChecked() else None,
        )

    def _on_tensorboard_toggled(self, on: bool) -> None:
        if not on:
            self.tensorboard_label.setText("")
            return
        if self.dialogs is not None:
            folder = self.dialogs.choose_folder("Folder for TensorBoard logs", self.tensorboard_dir)
            if not folder:
                self.tensorboard.setChecked(False)
                return
            self.tensorboard_dir = str(folder)
        self.tensorboard_label.setText(self.tensorboard_dir)
        self.tensorboard_label.setToolTip(f"tensorboard --logdir {self.tensorboard_dir}")

    def _run_log_dir(self) -> str:
        """One subfolder per run, so TensorBoard shows runs side by side."""
        import os
        import time as _time

        return os.path.join(self.tensorboard_dir, _time.strftime("run-%Y%m%d-%H%M%S"))

    def run_label(self, config: TrainConfig) -> str:
        text = f"{config.optimizer} lr {config.lr:g}, batch {config.batch_size}"
        if config.momentum:
            text += f", momentum {config.momentum:g}"
        return text

    # ----------------------------------------------------------------- actions

    def start(self) -> bool:
        if self.session.running:
            return False
        dataset = self.picker.current_name()
        if not dataset:
            self.show_banner("Choose a dataset in the toolbar first.", "info")
            return False
        if self.document.analysis.errors:
            self.show_banner(
                "The network has problems (see the Problems list); fix them before training.",
                "error",
            )
            return False
        try:
            config = self.config().validate()
        except ValueError as exc:
            self.show_banner(str(exc), "error")
            return False
        self.hide_banner()
        self.results.clear()
        self.plots.new_run(self.run_label(config))
        self.progress.setValue(0)
        self.progress.setFormat("loading the dataset and TensorFlow…")
        self._smooth = _BatchSmoother()
        self.progress_text.setText("")
        self.document.locked_reason = LOCKED
        self.trained_spec = self.document.spec.copy()
        self._run_started = time.perf_counter()
        initial = None
        if self.initial.currentIndex() == 2:
            initial = self.hand_weights() if self.hand_weights else None
            if not initial:
                self.show_banner(
                    "No hand-set weights yet: set them in the Weights tab, or choose other "
                    "initial weights.",
                    "info",
                )
                self.document.locked_reason = ""
                return False
        return self.session.start(self.document.spec, dataset, config, initial)

    def toggle_pause(self) -> None:
        control = self.session.control
        if control is None:
            return
        if control.paused:
            self.session.resume()
            self.pause_button.setText("Pause  (F6)")
        else:
            self.session.pause()
            self.pause_button.setText("Resume  (F6)")

    def stop(self) -> None:
        self.session.stop()

    # ----------------------------------------------------------------- events

    def _on_session_event(self, event) -> None:
        if isinstance(event, Started):
            self._steps, self._epochs = event.steps_per_epoch, event.epochs
            self.progress.setRange(0, event.epochs * event.steps_per_epoch)
            self.progress.setFormat(f"epoch 1 / {event.epochs}")
            note = (
                f"Training {event.params:,} parameters on {event.device}: "
                f"{event.train_samples:,} train / {event.val_samples:,} validation examples, "
                f"{event.steps_per_epoch} steps per epoch."
            )
            self.progress_text.setText(note)
            if event.device_note:
                self.show_banner(event.device_note[0].upper() + event.device_note[1:] + ".", "info")
            self.plots.accuracy.setVisible(event.has_accuracy)
            self.plots.set_epochs(event.epochs)
        elif isinstance(event, BatchProgress):
            x = event.epoch_fraction
            loss, accuracy = self._smooth.add(event)
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
            total = self._epochs * self._steps
            left = (total - done) * event.elapsed / max(done, 1)
            self.progress_text.setText(
                f"{event.samples_per_sec:,.0f} samples/s · about {_duration(left)} left"
            )
        elif isinstance(event, EpochEnd):
            m = event.metrics
            self.plots.loss.add("epoch", event.epoch, m.get("loss"))
            self.plots.accuracy.add("epoch", event.epoch, m.get("accuracy"))
            self.plots.loss.add("val", event.epoch, m.get("val_loss"))
            self.plots.accuracy.add("val", event.epoch, m.get("val_accuracy"))
        elif isinstance(event, Paused):
            self.progress_text.setText(
                f"Paused at epoch {event.epoch_fraction:.2f}. Resume with F6."
            )
        elif isinstance(event, Resumed):
            self.progress_text.setText("Resumed.")
        elif isinstance(event, Finished):
            self._show_finished(event)
        elif isinstance(event, Failed):
            kind = "Out of memory" if event.kind == "oom" else "Training failed"
            self.show_banner(f"{kind}: {event.message}", "error")

    def _show_finished(self, event: Finished) -> None:
        if event.reason == "nan":
            self.show_banner(f"Training stopped: {event.message}.", "error")
        elif event.reason == "early_stopping":
            self.show_banner(event.message[0].upper() + event.message[1:] + ".", "info")
        elif event.reason == "stopped":
            self.show_banner("Stopped: the weights trained so far are kept.", "info")
        self.progress.setFormat(f"done · {len(event.history)} epoch(s)")
        self.progress.setValue(
            self.progress.maximum() if event.reason == "completed" else self.progress.value()
        )
        seconds = time.perf_counter() - self._run_started
        self.progress_text.setText(f"Finished in {_duration(seconds)}.")
        self.results.show_test(
            event.test, "" if event.test else "No test evaluation (the run was cut short)."
        )

    def _on_session_result(self, result: RunResult) -> None:
        self.last_result = result
        final = result.final
        if isinstance(final, Finished) and final.test_probabilities is not None:
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
            self.pause_button.setText("Pause  (F6)")
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.session.running
        self.start_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        for widget in (
            self.optimizer,
            self.learning_rate,
            self.batch,
            self.epochs,
            self.validation,
            self.early,
            self.patience,
            self.seed,
            self.device,
            self.initial,
            self.tensorboard,
        ):
            widget.setEnabled(not running)
        if not running:
            self._on_optimizer_changed(self.optimizer.currentText())
        else:
            self.momentum.setEnabled(False)
            self.nesterov.setEnabled(False)

    def _on_document_spec_changed(self) -> None:
        if (
            self.trained_spec is not None
            and not self.session.running
            and self.document.spec != self.trained_spec
        ):
            if self.last_result is not None:
                self.show_banner(
                    "The network changed since it was trained: the trained weights no longer "
                    "match it. Train again to update them.",
                    "info",
                )
            self.trained_spec = None

    # ----------------------------------------------------------------- history

    def history_document(self, result: RunResult) -> dict:
        """What the project file keeps of a run."""
        final = result.final
        doc = {
            "epochs": final.history if isinstance(final, Finished) else [],
            "test": final.test if isinstance(final, Finished) else None,
            "config": result.config.to_dict(),
            "dataset": result.dataset_title,
            "class_names": result.class_names,
        }
        if isinstance(final, Finished) and final.test_probabilities is not None:
            predicted = predicted_classes(final.test_probabilities)
            doc["confusion"] = confusion_matrix(
                final.test_labels, predicted, len(result.class_names)
            ).tolist()
        return doc

    def show_history(self, history: dict | None) -> None:
        """Show a run saved in a project file."""
        if not history:
            return
        config = history.get("config") or {}
        self.plots.new_run(
            f"saved: {config.get('optimizer', '?')} lr {config.get('learning_rate', '?')}"
        )
        for n, row in enumerate(history.get("epochs", []), start=1):
            self.plots.loss.add("epoch", n, row.get("loss"))
            self.plots.accuracy.add("epoch", n, row.get("accuracy"))
            self.plots.loss.add("val", n, row.get("val_loss"))
            self.plots.accuracy.add("val", n, row.get("val_accuracy"))
        self.results.show_test(
            history.get("test"), f"Saved run on {history.get('dataset', 'its dataset')}."
        )
        if history.get("confusion"):
            import numpy as np

            self.results.show_matrix(
                np.asarray(history["confusion"]), history.get("class_names", [])
            )

    def history_csv_text(self) -> str | None:
        if self.last_result is None or not isinstance(self.last_result.final, Finished):
            return None
        return history_csv(self.last_result.final.history)

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


class _BatchSmoother:
    """Keras reports running means since the start of the epoch, which jump at every epoch
    start. From two running means the mean of the batches between them is exact; an
    exponential moving average of those gives a smooth per-batch curve across epochs."""

    def __init__(self, alpha: float = 0.3):
        self.alpha = alpha
        self.last = (0, 0, 0.0, 0.0)  # epoch, batch, running loss, running accuracy
        self.ema: list[float | None] = [None, None]

    def add(self, event: BatchProgress) -> tuple[float | None, float | None]:
        epoch, batch, loss_run, acc_run = self.last
        if event.epoch != epoch:
            batch, loss_run, acc_run = 0, 0.0, 0.0
        span = event.batch - batch
        values = []
        for n, (now, before) in enumerate(((event.loss, loss_run), (event.accuracy, acc_run))):
            if now is None or span <= 0:
                values.append(self.ema[n])
                continue
            interval = (event.batch * now - batch * before) / span
            self.ema[n] = (
                interval
                if self.ema[n] is None
                else self.alpha * interval + (1 - self.alpha) * self.ema[n]
            )
            values.append(self.ema[n])
        self.last = (event.epoch, event.batch, event.loss, event.accuracy or 0.0)
        return values[0], values[1]


def _duration(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    minutes, s = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {s:02d} s"
    hours, m = divmod(minutes, 60)
    return f"{hours} h {m:02d} min"
