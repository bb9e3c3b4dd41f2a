"""The training settings form (``trainingSettings``), bound to the project's ``TrainConfig``:
every change is written to the project at once (so it is saved, recovered and restored), and
the form shows whatever the project holds (opening a project, a lesson setting it up)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.numbers import NumberEdit
from netcore.training.config import FULL_BATCH, OPTIMIZERS, ConfigError, TrainConfig, parse_batch

BATCH_PRESETS = ["1 — stochastic", "32", "128", "full batch"]
SCHEDULE_CHOICES = {
    "constant": QT_TRANSLATE_NOOP("TrainingSettingsForm", "constant"),
    "cosine": QT_TRANSLATE_NOOP("TrainingSettingsForm", "cosine to 0"),
}
INITIAL_CHOICES = {
    "random": QT_TRANSLATE_NOOP("TrainingSettingsForm", "random (Keras default)"),
    "zeros": QT_TRANSLATE_NOOP("TrainingSettingsForm", "all zeros"),
    "hand": QT_TRANSLATE_NOOP("TrainingSettingsForm", "as set by hand"),
}


class TrainingSettingsForm(QWidget):
    """Signals:
    problem(str): a setting as typed cannot work ("" when all is well again).
    """

    problem = Signal(str)

    def __init__(self, project, dialogs=None, parent=None):
        super().__init__(parent)
        self.setObjectName("trainingSettings")
        self.project = project
        self.dialogs = dialogs
        self._showing = False
        self._build()
        self._show_project_training()
        project.training_changed.connect(self._show_project_training)

    def _build(self) -> None:
        self.optimizer = QComboBox()
        self.optimizer.setObjectName("optimizerChoice")
        self.optimizer.addItems(list(OPTIMIZERS))
        # typed numbers: the locale's decimal point and the dot both work (a QDoubleSpinBox in
        # French read "0.05" as 5); a text that is not one number is marked and refused
        self.learning_rate = NumberEdit(0.01, minimum=0.00001, maximum=1_000_000.0)
        self.learning_rate.setObjectName("learningRate")
        self.learning_rate.setToolTip(
            self.tr(
                "Step size of gradient descent. Too large: the loss jumps or becomes NaN; "
                "too small: slow."
            )
        )
        self.schedule = QComboBox()
        self.schedule.setObjectName("learningRateSchedule")
        for key, text in SCHEDULE_CHOICES.items():
            self.schedule.addItem(self.tr(text), key)
        self.schedule.setToolTip(
            self.tr(
                "Constant: every step uses the learning rate. Cosine to 0: the rate falls along "
                "half a cosine wave to zero at the last step: big steps at first, small ones "
                "to settle into the minimum at the end."
            )
        )
        self.momentum = NumberEdit(0.0, minimum=0.0, maximum=0.99)
        self.momentum.setObjectName("momentum")
        self.momentum.setSingleStep(0.1)
        self.nesterov = QCheckBox(self.tr("Nesterov"))
        self.nesterov.setObjectName("nesterov")
        self.batch = QComboBox()
        self.batch.setObjectName("batchSize")
        self.batch.setEditable(True)
        self.batch.addItems(BATCH_PRESETS)
        self.batch.setToolTip(
            self.tr(
                "1: stochastic gradient descent · N: mini-batch · full batch: batch gradient "
                "descent"
            )
        )
        self.epochs = QSpinBox()
        self.epochs.setObjectName("epochs")
        self.epochs.setRange(1, 10_000)
        self.validation = NumberEdit(0.0, minimum=0.0, maximum=0.9)
        self.validation.setObjectName("validationFraction")
        self.validation.setToolTip(
            self.tr("Share of the training data kept aside to validate on, from 0 to 0.9")
        )
        self.validation.setSingleStep(0.05)
        self.early = QCheckBox(self.tr("stop after"))
        self.early.setObjectName("earlyStopping")
        self.patience = QSpinBox()
        self.patience.setObjectName("patience")
        self.patience.setRange(1, 1000)
        self.patience.setValue(3)
        self.patience.setSuffix(self.tr(" epochs without progress"))
        self.patience.valueChanged.connect(self._on_patience_changed)
        self.seed = QSpinBox()
        self.seed.setObjectName("seed")
        self.seed.setRange(0, 2**31 - 1)
        self.device = QComboBox()
        self.device.setObjectName("deviceChoice")
        self.device.addItem(self.tr("auto"), "auto")
        self.device.addItem(self.tr("CPU"), "cpu")
        self.initial = QComboBox()
        self.initial.setObjectName("initialWeights")
        for key, text in INITIAL_CHOICES.items():
            self.initial.addItem(self.tr(text), key)
        self.initial.setToolTip(
            self.tr(
                "Where training starts. All zeros: every unit of a layer gets the same gradient "
                "and stays identical, so a hidden layer acts like one unit. As set by hand: the "
                "numbers in the Weights tab."
            )
        )
        self.tensorboard = QCheckBox(self.tr("write logs"))
        self.tensorboard.setObjectName("tensorboardCheck")
        self.tensorboard.setToolTip(
            self.tr(
                "Write TensorBoard event files (loss, metrics, weight histograms each epoch); "
                "view them with: tensorboard --logdir FOLDER"
            )
        )
        self.tensorboard_label = QLabel("")
        self.tensorboard_label.setObjectName("tensorboardFolder")
        # quieter than the settings by the palette's colour (a style sheet froze its font at the
        # normal size: presentation mode's larger text never reached it)
        self.tensorboard_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.learning_rate, 1)
        rate_row.addWidget(self.schedule)
        momentum_row = QHBoxLayout()
        momentum_row.addWidget(self.momentum)
        momentum_row.addWidget(self.nesterov)
        # one above the other: side by side, "stop after" and "3 epochs without progress" made
        # the form 600 px wide in French on a projector, and the plots beside it 150 px tall
        early_row = QVBoxLayout()
        early_row.setSpacing(2)
        early_row.addWidget(self.early)
        early_row.addWidget(self.patience)
        tb_row = QHBoxLayout()
        tb_row.addWidget(self.tensorboard)
        tb_row.addWidget(self.tensorboard_label, 1)
        form.addRow(self.tr("Optimizer"), self.optimizer)
        form.addRow(self.tr("Learning rate"), rate_row)
        form.addRow(self.tr("Momentum"), momentum_row)
        form.addRow(self.tr("Batch size"), self.batch)
        form.addRow(self.tr("Epochs"), self.epochs)
        form.addRow(self.tr("Validation"), self.validation)
        form.addRow(self.tr("Early stopping"), early_row)
        form.addRow(self.tr("Seed"), self.seed)
        form.addRow(self.tr("Initial weights"), self.initial)
        # for a lab, not a lecture: folded away unless set, so the form is shorter on a
        # projector (rows hidden in the form keep the labels' column aligned)
        self.more_button = QToolButton()
        self.more_button.setObjectName("moreTrainingSettings")
        self.more_button.setText(self.tr("More settings"))
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setArrowType(Qt.ArrowType.RightArrow)
        self.more_button.setAutoRaise(True)
        form.addRow(self.more_button)
        self._more_rows = [form.rowCount(), form.rowCount() + 1]
        form.addRow(self.tr("Device"), self.device)
        form.addRow(self.tr("TensorBoard"), tb_row)
        self._form = form
        self.more_button.toggled.connect(self._show_more)
        self._show_more(False)

        for combo in (self.optimizer, self.schedule, self.device, self.initial):
            combo.currentIndexChanged.connect(self._write)
        self.batch.currentTextChanged.connect(self._write)
        for field in (self.learning_rate, self.momentum, self.validation):
            field.valueChanged.connect(self._write)
            field.problemChanged.connect(self._on_number_problem)
        for spin in (self.epochs, self.patience, self.seed):
            spin.valueChanged.connect(self._write)
        for check in (self.nesterov, self.early):
            check.toggled.connect(self._write)
        self.tensorboard.toggled.connect(self._on_tensorboard_toggled)

    def _show_more(self, on: bool) -> None:
        arrow = Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow
        self.more_button.setArrowType(arrow)
        for row in self._more_rows:
            self._form.setRowVisible(row, on)

    def set_devices(self, devices: list) -> None:
        """Add the GPUs TensorFlow sees (auto stays first)."""
        for name, kind, description in devices:
            if kind == "GPU":
                self.device.addItem(f"{name.split('physical_device:')[-1]} — {description}", "gpu")

    def set_enabled(self, enabled: bool) -> None:
        """While a run trains, the settings are locked."""
        for widget in self.findChildren(QWidget):
            widget.setEnabled(enabled)
        if enabled:
            self._enable_momentum()

    # -- project → form ------------------------------------------------------------------------

    def _show_project_training(self) -> None:
        config = self.project.training
        self._showing = True
        try:
            self.optimizer.setCurrentText(config.optimizer)
            self.learning_rate.setValue(config.lr)
            self.schedule.setCurrentIndex(max(self.schedule.findData(config.schedule), 0))
            self.momentum.setValue(config.momentum)
            self.nesterov.setChecked(config.nesterov)
            batch = config.batch_size
            text = {1: BATCH_PRESETS[0], FULL_BATCH: BATCH_PRESETS[3]}.get(batch, str(batch))
            if _batch_or_none(self.batch.currentText()) != batch:
                self.batch.setCurrentText(text)
            self.epochs.setValue(config.epochs)
            self.validation.setValue(config.validation_split)
            self.early.setChecked(config.early_stopping is not None)
            self.patience.setValue(config.early_stopping or self.patience.value())
            self.seed.setValue(config.seed)
            index = self.device.findData(config.device)
            self.device.setCurrentIndex(max(index, 0))
            self.initial.setCurrentIndex(max(self.initial.findData(config.initial_weights), 0))
            self.tensorboard.setChecked(config.tensorboard_dir is not None)
            self.tensorboard_label.setText(config.tensorboard_dir or "")
            if config.tensorboard_dir is not None or config.device != "auto":
                self.more_button.setChecked(True)  # a setting in use is never folded away
        finally:
            self._showing = False
        self._enable_momentum()

    # -- form → project ------------------------------------------------------------------------

    def read(self) -> TrainConfig:
        """The settings as typed (ConfigError for a bad batch size or combination)."""
        config = dataclasses.replace(
            self.project.training,
            optimizer=self.optimizer.currentText(),
            learning_rate=self.learning_rate.value(),
            schedule=self.schedule.currentData() or "constant",
            momentum=self.momentum.value() if self.optimizer.currentText() == "sgd" else 0.0,
            nesterov=self.nesterov.isChecked()
            and self.momentum.value() > 0
            and self.optimizer.currentText() == "sgd",
            batch_size=parse_batch(self.batch.currentText()),
            epochs=self.epochs.value(),
            validation_split=round(self.validation.value(), 4),
            early_stopping=self.patience.value() if self.early.isChecked() else None,
            seed=self.seed.value(),
            device=self.device.currentData() or "auto",
            initial_weights=self.initial.currentData() or "random",
            tensorboard_dir=self.tensorboard_label.text() or None
            if self.tensorboard.isChecked()
            else None,
        )
        return config.validate()

    def _write(self, *_) -> None:
        if self._showing:
            return
        self._enable_momentum()
        try:
            config = self.read()
        except ConfigError as exc:
            self.problem.emit(str(exc))
            return
        self.problem.emit(self._number_problem())
        self.project.set_training(config)

    def _number_fields(self) -> list[tuple[str, NumberEdit]]:
        return [
            (self.tr("Learning rate"), self.learning_rate),
            (self.tr("Momentum"), self.momentum),
            (self.tr("Validation"), self.validation),
        ]

    def _number_problem(self) -> str:
        """The first typed number refused ("" when every number field holds its text)."""
        for name, field in self._number_fields():
            if field.problem():
                return f"{name}: {field.problem()}"
        return ""

    def _on_number_problem(self, _why: str) -> None:
        if not self._showing:
            self.problem.emit(self._number_problem())

    def _on_patience_changed(self, value: int) -> None:
        self.patience.setSuffix(
            self.tr(" epoch without progress")
            if value == 1
            else self.tr(" epochs without progress")
        )

    def _enable_momentum(self) -> None:
        sgd = self.optimizer.currentText() == "sgd"
        self.momentum.setEnabled(sgd and self.optimizer.isEnabled())
        self.nesterov.setEnabled(sgd and self.optimizer.isEnabled())

    def _on_tensorboard_toggled(self, on: bool) -> None:
        if self._showing:
            return
        if on and self.dialogs is not None:
            folder = self.dialogs.choose_folder(
                self.tr("Folder for TensorBoard logs"), self.tensorboard_label.text()
            )
            if not folder:
                self.tensorboard.blockSignals(True)
                self.tensorboard.setChecked(False)
                self.tensorboard.blockSignals(False)
                return
            self.tensorboard_label.setText(str(folder))
            self.tensorboard_label.setToolTip(f"tensorboard --logdir {folder}")
        elif not on:
            self.tensorboard_label.setText("")
        self._write()


def _batch_or_none(text: str) -> int | str | None:
    try:
        return parse_batch(text)
    except ConfigError:
        return None
