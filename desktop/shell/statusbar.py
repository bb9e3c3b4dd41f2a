"""The status bar's permanent labels, bound to the project: parameters, training memory,
dataset and device."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from netcore.i18n import number
from netcore.training.plan import estimate_memory_bytes


class ProjectStatusBar(QStatusBar):
    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.project = project
        self.hidden: frozenset[str] = frozenset()  # what a lesson step keeps back for now
        self.params_label = QLabel()
        self.params_label.setObjectName("statusParams")
        self.memory_label = QLabel()
        self.memory_label.setObjectName("statusMemory")
        self.dataset_label = QLabel()
        self.dataset_label.setObjectName("statusDataset")
        self.device_label = QLabel(self.tr("Device: looking…"))
        self.device_label.setObjectName("statusDevice")
        for label in (self.params_label, self.memory_label, self.dataset_label, self.device_label):
            self.addPermanentWidget(label)
        project.document.analysis_changed.connect(self.update_labels)
        project.dataset_changed.connect(self.update_labels)
        project.training_changed.connect(self.update_labels)
        self.update_labels()

    def update_labels(self) -> None:
        analysis = self.project.document.analysis
        # a lesson step that asks for the count keeps the total back until answered
        total = "?" if "param_counts" in self.hidden else number(analysis.total_params)
        self.params_label.setText(self.tr("Parameters: {n}").format(n=total))
        config = self.project.training
        batch = config.batch_size if isinstance(config.batch_size, int) else 32
        if analysis.input_shape is not None:
            need = estimate_memory_bytes(analysis, batch, config)
            mb = need >= 2**20
            size = number(need / 2**20, 1) + " MB" if mb else number(need / 2**10, 0) + " KB"
            self.memory_label.setText(
                self.tr("Training memory ≈ {size} (batch {batch})").format(size=size, batch=batch)
            )
        else:
            self.memory_label.setText(self.tr("Training memory: —"))
        source = self.project.dataset
        self.dataset_label.setText(
            self.tr("Dataset: {name}").format(
                name=QCoreApplication.translate("Datasets", source.title())
                if source
                else self.tr("none")
            )
        )

    def set_hidden(self, names: frozenset) -> None:
        """What a lesson step keeps hidden until the student answered: with
        ``param_counts`` the total reads "Parameters: ?"; an empty set shows it again."""
        self.hidden = frozenset(names)
        self.update_labels()

    def show_devices(self, devices: list) -> None:
        gpus = [d for d in devices if d[1] == "GPU"]
        self.device_label.setText(
            self.tr("Device: {n} GPU").format(n=len(gpus))
            if gpus
            else self.tr("Device: CPU (no GPU found)")
        )

    def show_device_failure(self, _text: str) -> None:
        self.device_label.setText(self.tr("Device: CPU (TensorFlow failed)"))

    def say(self, text: str) -> None:
        """A message for a few seconds."""
        self.showMessage(text, 6000)
