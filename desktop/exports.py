"""What leaves the app: the trained model as .keras and the network with its training as a
standalone Keras script. Slots call netcore; every file is written atomically."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from netcore.network.problems import UsageError


class ExportController(QObject):
    """Signals:
    status(str): a line for the status bar.
    """

    status = Signal(str)

    def __init__(self, document, picker, training, model_state, dialogs, parent=None):
        super().__init__(parent)
        self.document = document
        self.picker = picker
        self.training = training
        self.model_state = model_state
        self.dialogs = dialogs

    def export_model(self) -> None:
        """The weights the viewers show (trained, hand-set, or untrained) as a .keras file."""
        if self.document.analysis.errors:
            self.dialogs.error("Cannot export", "Fix the problems in the network first.")
            return
        inspector = self.model_state.inspector()
        if inspector is None:
            self.dialogs.error("Cannot export", self.model_state.problem)
            return
        if not self.model_state.source.startswith(
            ("trained", "set by hand")
        ) and not self.dialogs.ask(
            "Export an untrained model?",
            "This network has not been trained: the file will hold its random initial weights. "
            "Export anyway?",
        ):
            return
        path = self.dialogs.export_path(f"{self.document.spec.name}.keras", "Keras model (*.keras)")
        if path is None:
            return
        if path.suffix != ".keras":
            path = path.with_suffix(".keras")
        from netcore.models.kerasfile import save_model

        try:
            save_model(inspector.model, path)
        except OSError as exc:
            self.dialogs.error("Cannot export", f"{path}: {exc.strerror or exc}")
            return
        self.status.emit(f"Saved the model ({self.model_state.source}) as {path.name}")

    def import_weights(self) -> None:
        """Weights from a .weights.h5 file into the network in the editor."""
        inspector = self.model_state.inspector()
        if inspector is None:
            self.dialogs.error("Cannot load weights", self.model_state.problem)
            return
        path = self.dialogs.open_weights()
        if path is None:
            return
        from netcore.introspection import InspectError

        try:
            inspector.load_weights_file(path)
        except InspectError as exc:
            self.dialogs.error("Cannot load weights", str(exc))
            return
        self.model_state.set_weights(inspector.weights(), f"trained (weights from {path.name})")
        self.status.emit(f"Loaded the weights of {path.name}")

    def export_weights(self) -> None:
        inspector = self.model_state.inspector()
        if inspector is None:
            self.dialogs.error("Cannot export", self.model_state.problem)
            return
        path = self.dialogs.export_path(
            f"{self.document.spec.name}.weights.h5", "Keras weights (*.weights.h5)"
        )
        if path is None:
            return
        if not path.name.endswith(".weights.h5"):
            path = path.with_name(path.stem + ".weights.h5")
        inspector.save_weights_file(path)
        self.status.emit(f"Saved the weights ({self.model_state.source}) as {path.name}")

    def export_script(self, strategy: str = "none") -> None:
        from netcore.export.keras_script import python_script
        from netcore.fileio import atomic_write_text

        dataset = self.picker.current_name()
        if not dataset:
            self.dialogs.error("Cannot export", "Choose a dataset in the toolbar first.")
            return
        try:
            config = self.training.config().validate()
            script = python_script(self.document.spec, dataset, config, strategy)
        except (UsageError, ValueError) as exc:
            self.dialogs.error("Cannot export the script", str(exc))
            return
        suffix = {"none": "", "mirrored": "-gpus", "multiworker": "-cluster"}[strategy]
        name = "".join(c if c.isalnum() else "_" for c in self.document.spec.name).strip("_")
        path = self.dialogs.export_path(f"{name or 'network'}{suffix}.py", "Python script (*.py)")
        if path is None:
            return
        atomic_write_text(path, script)
        self.status.emit(f"Wrote {path.name}: run it with python {path.name}")
