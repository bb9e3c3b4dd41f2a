"""What leaves the app: the trained model as .keras and the network with its training as a
standalone Keras script. Slots call netcore; every file is written atomically."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.widgets import figures
from netcore.network.problems import UsageError
from netcore.project.model import WeightSource


class ExportController(QObject):
    """Signals:
    status(str): a line for the status bar.
    """

    status = Signal(str)

    def __init__(self, project, model_state, dialogs, canvas=None, plots=None, parent=None):
        super().__init__(parent)
        self.project = project
        self.document = project.document
        self.model_state = model_state
        self.dialogs = dialogs
        self.canvas = canvas  # the network picture
        self.plots = plots  # the training plots

    def export_model(self) -> None:
        """The weights the viewers show (trained, hand-set, or untrained) as a .keras file."""
        if self.document.analysis.errors:
            self.dialogs.error(
                self.tr("Cannot export"), self.tr("Fix the problems in the network first.")
            )
            return
        inspector = self.model_state.inspector()
        if inspector is None:
            self.dialogs.error(self.tr("Cannot export"), self.model_state.problem)
            return
        if self.project.weight_source is WeightSource.UNTRAINED and not self.dialogs.ask(
            self.tr("Export an untrained model?"),
            self.tr(
                "This network has not been trained: the file will hold its random initial "
                "weights. Export anyway?"
            ),
        ):
            return
        path = self.dialogs.export_path(
            f"{self.document.spec.name}.keras", self.tr("Keras model (*.keras)")
        )
        if path is None:
            return
        if path.suffix != ".keras":
            path = path.with_suffix(".keras")
        try:
            inspector.save_model_file(path)
        except OSError as exc:
            self.dialogs.error(
                self.tr("Cannot export"),
                self.tr("{path}: {reason}").format(path=path, reason=exc.strerror or exc),
            )
            return
        self.status.emit(
            self.tr("Saved the model ({source}) as {name}").format(
                source=self.model_state.source, name=path.name
            )
        )

    def import_weights(self) -> None:
        """Weights from a .weights.h5 file into the network in the editor."""
        inspector = self.model_state.inspector()
        if inspector is None:
            self.dialogs.error(self.tr("Cannot load weights"), self.model_state.problem)
            return
        path = self.dialogs.open_weights()
        if path is None:
            return
        from netcore.introspection import InspectError

        try:
            inspector.load_weights_file(path)
        except InspectError as exc:
            self.dialogs.error(self.tr("Cannot load weights"), str(exc))
            return
        self.model_state.set_file_weights(inspector.weights(), path.name)
        self.status.emit(self.tr("Loaded the weights of {name}").format(name=path.name))

    def export_weights(self) -> None:
        inspector = self.model_state.inspector()
        if inspector is None:
            self.dialogs.error(self.tr("Cannot export"), self.model_state.problem)
            return
        path = self.dialogs.export_path(
            f"{self.document.spec.name}.weights.h5", self.tr("Keras weights (*.weights.h5)")
        )
        if path is None:
            return
        if not path.name.endswith(".weights.h5"):
            path = path.with_name(path.stem + ".weights.h5")
        inspector.save_weights_file(path)
        self.status.emit(
            self.tr("Saved the weights ({source}) as {name}").format(
                source=self.model_state.source, name=path.name
            )
        )

    def export_script(self, strategy: str = "none") -> None:
        from netcore.export.keras_script import python_script
        from netcore.export.names import check_script_path, script_file_name
        from netcore.fileio import atomic_write_text

        source = self.project.dataset
        if source is None:
            self.dialogs.error(
                self.tr("Cannot export"), self.tr("Choose a dataset in the toolbar first.")
            )
            return
        try:
            config = self.project.training.validate()
            script = python_script(self.document.spec, source.reference(), config, strategy)
        except (UsageError, ValueError) as exc:
            self.dialogs.error(self.tr("Cannot export the script"), str(exc))
            return
        suffix = {"none": "", "mirrored": "-gpus", "multiworker": "-cluster"}[strategy]
        suggested = script_file_name(self.document.spec.name, suffix)
        path = self.dialogs.export_path(suggested, self.tr("Python script (*.py)"))
        if path is None:
            return
        try:
            check_script_path(path)
            atomic_write_text(path, script)
        except UsageError as exc:
            self.dialogs.error(self.tr("Cannot export the script"), str(exc))
            return
        except OSError as exc:
            self.dialogs.error(
                self.tr("Cannot export the script"),
                self.tr("{path}: {reason}").format(path=path, reason=exc.strerror or exc),
            )
            return
        self.status.emit(self.tr("Wrote {name}: run it with python {name}").format(name=path.name))

    def export_summary(self) -> None:
        from netcore.cli.summary import summary_table
        from netcore.fileio import atomic_write_text

        if self.document.analysis.errors:
            self.dialogs.error(
                self.tr("Cannot export"), self.tr("Fix the problems listed below first.")
            )
            return
        path = self.dialogs.export_path(f"{self.document.spec.name}.txt", self.tr("Text (*.txt)"))
        if path is None:
            return
        atomic_write_text(path, summary_table(self.document.analysis) + "\n")
        self.status.emit(self.tr("Exported {name}").format(name=path.name))

    def export_picture(self) -> None:
        self._grab(self.canvas, f"{self.document.spec.name}.png")

    def export_plots(self) -> None:
        self._grab(self.plots, f"{self.document.spec.name}-training.png")

    def _grab(self, widget, suggested: str) -> None:
        path = self.dialogs.export_path(suggested, self.tr("PNG image (*.png)"))
        if path is None:
            return
        if not widget.grab().save(str(path), "PNG"):
            self.dialogs.error(
                self.tr("Cannot export"), self.tr("{path}: could not be written").format(path=path)
            )
            return
        self.status.emit(self.tr("Exported {name}").format(name=path.name))

    def export_diagram(self) -> None:
        """The whole network diagram (not just the visible part), as PNG or SVG."""
        self._save_figure(self.canvas, f"{self.document.spec.name}-network.svg")

    def save_figure_under_mouse(self) -> None:
        target = figures.under_mouse()
        if target is None:
            self.status.emit(
                self.tr("Point at a plot, a picture or the network, then press Ctrl+Alt+S")
            )
            return
        self._save_figure(target, f"{target.objectName() or 'figure'}.png")

    def copy_figure_under_mouse(self) -> None:
        target = figures.under_mouse()
        if target is None:
            self.status.emit(
                self.tr("Point at a plot, a picture or the network, then press Ctrl+Shift+C")
            )
            return
        figures.copy_figure(target)
        self.status.emit(self.tr("Figure copied: paste it into your slides"))

    def _save_figure(self, target, suggested: str) -> None:
        figure_filter = self.tr("PNG image (*.png);;SVG drawing (*.svg)")
        path = self.dialogs.export_path(suggested, figure_filter)
        if path is None:
            return
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        scale = 1.0
        if path.suffix.lower() == ".png":
            scale = self.dialogs.figure_scale()
            if scale is None:
                return
        try:
            figures.save_figure(target, path, scale, title=self.document.spec.name)
        except OSError as exc:
            self.dialogs.error(
                self.tr("Cannot export"),
                self.tr("{path}: {reason}").format(path=path, reason=exc.strerror or exc),
            )
            return
        self.status.emit(self.tr("Exported {name}").format(name=path.name))

    def export_history(self) -> None:
        from netcore.fileio import atomic_write_text
        from netcore.training.evaluation import history_csv

        latest = self.project.latest_run
        if latest is None:
            self.dialogs.error(self.tr("Nothing to export"), self.tr("Train the network first."))
            return
        path = self.dialogs.export_path(
            f"{self.document.spec.name}-history.csv", self.tr("CSV (*.csv)")
        )
        if path is not None:
            atomic_write_text(path, history_csv(latest.epochs))
            self.status.emit(self.tr("Exported {name}").format(name=path.name))
