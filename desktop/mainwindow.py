"""The main window: composes the editor's docks, menus, toolbar and status bar. Behaviour lives
in the document, the panels and the file controller."""

from __future__ import annotations

import html
from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.background import DeviceLoader, freeze_gc, unfreeze_gc
from desktop.dialogs import Dialogs
from desktop.document import NetworkDocument
from desktop.draw.panel import DrawPanel
from desktop.editor.canvas import NetworkCanvas
from desktop.editor.palette import LayerPalette
from desktop.editor.problems import ProblemsPanel
from desktop.editor.properties import PropertiesPanel
from desktop.exports import ExportController
from desktop.files import FileController, settings
from desktop.inspect.panel import InsidePanel
from desktop.inspect.state import ModelState
from desktop.picker import DatasetPicker
from desktop.training.panel import TrainingPanel
from netcore import __version__
from netcore.datasets.mnist import MNIST_CREDIT
from netcore.network import editing
from netcore.network.spec import INPUT_ID
from netcore.resources import preset_paths
from netcore.training.config import TrainConfig
from netcore.training.plan import estimate_memory_bytes


class MainWindow(QMainWindow):
    def __init__(self, dialogs: Dialogs | None = None, probe_devices: bool = True):
        super().__init__()
        self.setObjectName("mainWindow")
        self.dialogs = dialogs or Dialogs(self)
        if self.dialogs.parent is None:
            self.dialogs.parent = self
        self.document = NetworkDocument(parent=self)
        self.files = FileController(self.document, self.dialogs, self)

        self.canvas = NetworkCanvas(self.document, self)
        self.palette = LayerPalette(self)
        self.properties = PropertiesPanel(self.document, self)
        self.problems = ProblemsPanel(self.document, self)
        self.picker = DatasetPicker(self.document, self)

        self._compose_central()
        self.palette_dock = self._dock(
            "Layers", "paletteDock", self.palette, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.properties_dock = self._dock(
            "Properties", "propertiesDock", self.properties, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.problems_dock = self._dock(
            "Problems", "problemsDock", self.problems, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.training = TrainingPanel(self.document, self.picker, parent=self)
        self.training.dialogs = self.dialogs
        self.training_dock = self._dock(
            "Training", "trainingDock", self.training, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.model_state = ModelState(self.document, self.picker, self.training.session, self)
        self.inside = InsidePanel(self.model_state, self.dialogs, self)
        self.exports = ExportController(
            self.document, self.picker, self.training, self.model_state, self.dialogs, self
        )
        self.inside_dock = self._dock(
            "Inside the network", "insideDock", self.inside, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.draw = DrawPanel(self.model_state, self.dialogs, self)
        self.draw_dock = self._dock(
            "Draw a digit", "drawDock", self.draw, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.tabifyDockWidget(self.problems_dock, self.training_dock)
        self.tabifyDockWidget(self.training_dock, self.inside_dock)
        self.tabifyDockWidget(self.inside_dock, self.draw_dock)
        self.problems_dock.raise_()
        self._compose_toolbar()
        self._compose_menus()
        self._compose_status_bar()

        self.palette.layer_requested.connect(self._on_palette_layer_requested)
        self.problems.problem_activated.connect(self.canvas.center_on_node)
        self.document.edit_refused.connect(self._on_document_edit_refused)
        self.document.analysis_changed.connect(self._update_status)
        self.document.path_changed.connect(self._update_title)
        self.document.dirty_changed.connect(self._update_title)
        self.document.spec_changed.connect(self._update_title)
        self.files.status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.files.recent_changed.connect(self._fill_recent_menu)
        self.files.project_loaded.connect(lambda project: self.picker.select(project.dataset))
        self.picker.dataset_chosen.connect(lambda name: setattr(self.files, "dataset", name))
        self.picker.dataset_chosen.connect(lambda name: self._update_status())

        self.training.session.running_changed.connect(self._on_training_running_changed)
        self.training.trained.connect(self._on_training_trained)
        self.training.trained.connect(self.model_state.on_trained)
        self.training.hand_weights = lambda: (
            self.model_state.weights() if self.model_state.hand_set else None
        )
        self.files.project_loaded.connect(self.model_state.on_project_loaded)
        self.files.tensorflow_ready = lambda: self.model_state.tensorflow_ready
        self.files.keras_loaded.connect(
            lambda weights, name: self.model_state.set_weights(weights, f"trained (from {name})")
        )
        self.exports.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.draw.prepared.connect(self._on_draw_prepared)
        self.training.export_plots.clicked.connect(self._export_plots)
        self.training.export_csv.clicked.connect(self._export_history)
        self.files.project_loaded.connect(
            lambda project: self.training.show_history(project.history)
        )

        self.devices = DeviceLoader(self)
        self.devices.devices_ready.connect(self._on_devices_ready)
        self.devices.devices_ready.connect(self.training.set_devices)
        self.devices.devices_ready.connect(lambda _: self.draw.set_bundled(self.devices.bundled))
        self.devices.devices_ready.connect(lambda _: self.model_state.set_tensorflow_ready())
        self.devices.failed.connect(
            lambda text: self.device_label.setText("Device: CPU (TensorFlow failed)")
        )
        if probe_devices:
            self.devices.start()

        self.resize(1280, 820)
        self._restore_window_state()
        self._update_title()
        self._update_status()

    # ----------------------------------------------------------------- composition

    def _compose_central(self) -> None:
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banner = QFrame(central)
        self.banner.setObjectName("fitOutputBanner")
        self.banner.setStyleSheet(
            "#fitOutputBanner { background: #fff6d6; border-bottom: 1px solid #e6d38a; }"
        )
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(10, 6, 10, 6)
        self.banner_text = QLabel(self.banner)
        self.banner_button = QPushButton("Fit the output layer", self.banner)
        self.banner_button.setObjectName("fitOutputButton")
        dismiss = QPushButton("Not now", self.banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.banner_button)
        row.addWidget(dismiss)
        self.banner.hide()
        dismiss.clicked.connect(self.banner.hide)
        self.banner_button.clicked.connect(self.picker.fit_output)
        self.picker.offer.connect(self._on_picker_offer)
        column.addWidget(self.banner)
        column.addWidget(self.canvas, 1)
        self.setCentralWidget(central)

    def _on_draw_prepared(self, image, label: str) -> None:
        self.inside.feature_maps.set_external_input(image, label)

    def show_draw(self) -> None:
        self.draw_dock.show()
        self.draw_dock.raise_()
        self.draw.canvas.setFocus()

    def show_inside(self, view) -> None:
        """Bring one of the 'Inside the network' views to the front."""
        self.inside_dock.show()
        self.inside_dock.raise_()
        self.inside.show_view(view)

    def _dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _compose_toolbar(self) -> None:
        bar = QToolBar("Main", self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        bar.addWidget(QLabel(" Dataset: "))
        bar.addWidget(self.picker)
        self.toolbar = bar

    def _action(self, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _compose_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(
            file_menu, "&New", lambda: self.files.new(), QKeySequence.StandardKey.New, "actionNew"
        )
        templates = file_menu.addMenu("New from &template")
        for name in preset_paths():
            self._action(
                templates, name, lambda checked=False, n=name: self.files.new_from_template(n)
            )
        self._action(
            file_menu,
            "&Open…",
            lambda: self.files.open(),
            QKeySequence.StandardKey.Open,
            "actionOpen",
        )
        self._action(
            file_menu,
            "Load &weights into this network…",
            self.exports.import_weights,
            name="actionLoadWeights",
        )
        self.recent_menu = file_menu.addMenu("Open &recent")
        self._fill_recent_menu()
        file_menu.addSeparator()
        self._action(
            file_menu,
            "&Save",
            lambda: self.files.save(),
            QKeySequence.StandardKey.Save,
            "actionSave",
        )
        self._action(
            file_menu,
            "Save &as…",
            lambda: self.files.save_as(),
            QKeySequence.StandardKey.SaveAs,
            "actionSaveAs",
        )
        export = file_menu.addMenu("&Export")
        self._action(
            export, "Network summary (text)…", self._export_summary, name="actionExportSummary"
        )
        self._action(
            export, "Canvas picture (PNG)…", self._export_picture, name="actionExportPicture"
        )
        export.addSeparator()
        self._action(
            export,
            "Model with its weights (.keras)…",
            self.exports.export_model,
            name="actionExportModel",
        )
        for text, strategy in (
            ("Keras script (one device)…", "none"),
            ("Keras script for several GPUs (MirroredStrategy)…", "mirrored"),
            ("Keras script for several computers (MultiWorkerMirroredStrategy)…", "multiworker"),
        ):
            self._action(
                export,
                text,
                lambda checked=False, s=strategy: self.exports.export_script(s),
                name=f"actionExportScript_{strategy}",
            )
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit, "actionQuit")

        edit = bar.addMenu("&Edit")
        self.undo_action = self.document.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.document.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self._action(
            edit, "&Delete", self.delete_selection, QKeySequence.StandardKey.Delete, "actionDelete"
        )
        self._action(edit, "D&uplicate", self.duplicate_selection, "Ctrl+D", "actionDuplicate")
        self._action(
            edit,
            "Select &all",
            self.select_all,
            QKeySequence.StandardKey.SelectAll,
            "actionSelectAll",
        )

        view = bar.addMenu("&View")
        self._action(
            view, "Zoom &in", lambda: self.canvas.zoom(1.2), QKeySequence.StandardKey.ZoomIn
        )
        self._action(
            view, "Zoom &out", lambda: self.canvas.zoom(1 / 1.2), QKeySequence.StandardKey.ZoomOut
        )
        self._action(view, "&Fit to view", self.canvas.fit_to_view, "Ctrl+0")
        self._action(view, "&Tidy layout", self.tidy_layout, "Ctrl+L")
        view.addSeparator()
        for text, widget, key in (
            ("&Filters", self.inside.filters, "Ctrl+1"),
            ("Feature &maps", self.inside.feature_maps, "Ctrl+2"),
            ("&Decision boundary", self.inside.boundary, "Ctrl+3"),
            ("&Weights by hand", self.inside.weights, "Ctrl+4"),
        ):
            self._action(view, text, lambda checked=False, w=widget: self.show_inside(w), key)
        self._action(view, "Draw a digit", self.show_draw, "Ctrl+5", "actionDraw")
        shapes = self._action(view, "Show shapes on &edges", self._toggle_edge_shapes)
        shapes.setCheckable(True)
        shapes.setChecked(True)
        view.addSeparator()
        for dock in (self.palette_dock, self.properties_dock, self.problems_dock):
            view.addAction(dock.toggleViewAction())

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&About LayerLab", self.show_about, name="actionAbout")

    def _compose_status_bar(self) -> None:
        status = self.statusBar()
        self.params_label = QLabel()
        self.params_label.setObjectName("statusParams")
        self.memory_label = QLabel()
        self.memory_label.setObjectName("statusMemory")
        self.dataset_label = QLabel()
        self.dataset_label.setObjectName("statusDataset")
        self.device_label = QLabel("Device: looking…")
        self.device_label.setObjectName("statusDevice")
        for label in (self.params_label, self.memory_label, self.dataset_label, self.device_label):
            status.addPermanentWidget(label)

    # ----------------------------------------------------------------- state → view

    def _update_title(self, *_) -> None:
        self.setWindowTitle(f"{self.files.display_name()}[*] — LayerLab")
        self.setWindowModified(self.files.unsaved)

    def _update_status(self) -> None:
        analysis = self.document.analysis
        self.params_label.setText(f"Parameters: {analysis.total_params:,}")
        if analysis.input_shape is not None:
            need = estimate_memory_bytes(analysis, 32, TrainConfig())
            self.memory_label.setText(f"Training memory ≈ {need / 2**20:,.1f} MB (batch 32)")
        else:
            self.memory_label.setText("Training memory: —")
        self.dataset_label.setText(f"Dataset: {self.picker.current_title()}")

    def _on_devices_ready(self, devices: list) -> None:
        gpus = [d for d in devices if d[1] == "GPU"]
        self.device_label.setText(
            f"Device: {len(gpus)} GPU" if gpus else "Device: CPU (no GPU found)"
        )

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.files.recent()
        for path in recent:
            self._action(
                self.recent_menu, str(path), lambda checked=False, p=path: self.files.open(p)
            )
        self.recent_menu.setEnabled(bool(recent))

    def _on_picker_offer(self, text: str) -> None:
        if text:
            self.banner_text.setText(text)
            self.banner.show()
        else:
            self.banner.hide()

    def _on_document_edit_refused(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _on_training_running_changed(self, running: bool) -> None:
        if running:
            freeze_gc()
        else:
            unfreeze_gc()
            self.training_dock.show()
            self.training_dock.raise_()
            self.statusBar().showMessage(
                "Training… the network cannot be edited until it stops", 5000
            )

    def _on_training_trained(self, result) -> None:
        self.files.set_results(self.training.history_document(result), result.model_bytes)
        self._update_title()

    def _export_plots(self) -> None:
        path = self.dialogs.export_path(
            f"{self.document.spec.name}-training.png", "PNG image (*.png)"
        )
        if path is not None and not self.training.plots.grab().save(str(path), "PNG"):
            self.dialogs.error("Cannot export", f"{path}: could not be written")

    def _export_history(self) -> None:
        from netcore.fileio import atomic_write_text

        text = self.training.history_csv_text()
        if text is None:
            self.dialogs.error("Nothing to export", "Train the network first.")
            return
        path = self.dialogs.export_path(f"{self.document.spec.name}-history.csv", "CSV (*.csv)")
        if path is not None:
            atomic_write_text(path, text)

    # ----------------------------------------------------------------- edit actions

    def _on_palette_layer_requested(self, layer_type: str) -> None:
        """Enter / double-click in the palette: append after the selected layer (or the output)."""
        selected = [i for i in self.document.selection if i != INPUT_ID]
        after = selected[-1] if selected else (self.document.spec.output_id() or INPUT_ID)
        if self.document.selection == [INPUT_ID]:
            after = INPUT_ID
        new_id = self.document.edit(
            f"Add {layer_type}", lambda spec: editing.add_layer(spec, layer_type, after=after)
        )
        if new_id:
            self.document.set_selection([new_id])

    def delete_selection(self) -> None:
        ids = [i for i in self.document.selection if i != INPUT_ID]
        edges = [(e.source.layer_id, e.target.layer_id) for e in self.canvas.selected_edges()]
        if ids:
            self.document.edit(
                f"Delete {', '.join(ids)}", lambda spec: editing.delete_layers(spec, ids)
            )
        elif edges:

            def cut(spec):
                for source, target in edges:
                    editing.disconnect(spec, source, target)

            self.document.edit("Disconnect", cut)

    def duplicate_selection(self) -> None:
        ids = [i for i in self.document.selection if i != INPUT_ID]
        if not ids:
            return

        def duplicate(spec):
            made = []
            for lid in ids:
                layer = spec.layer(lid)
                made.append(
                    editing.add_layer(spec, layer.type, after=lid, params=dict(layer.params))
                )
            return made

        made = self.document.edit("Duplicate", duplicate)
        if made:
            self.document.set_selection(made)

    def select_all(self) -> None:
        self.document.set_selection(self.document.spec.ids())

    def tidy_layout(self) -> None:
        self.document.edit("Tidy layout", lambda spec: spec.layout.clear())
        self.canvas.fit_to_view()

    def _toggle_edge_shapes(self, checked: bool) -> None:
        self.canvas.show_edge_shapes = checked
        self.canvas.viewport().update()

    # ----------------------------------------------------------------- export, about

    def _export_summary(self) -> None:
        from netcore.cli.summary import summary_table

        from netcore.fileio import atomic_write_text

        path = self.dialogs.export_path(f"{self.document.spec.name}.txt", "Text (*.txt)")
        if path is None:
            return
        if self.document.analysis.errors:
            self.dialogs.error("Cannot export", "Fix the problems listed below first.")
            return
        atomic_write_text(path, summary_table(self.document.analysis) + "\n")
        self.statusBar().showMessage(f"Exported {path.name}", 4000)

    def _export_picture(self) -> None:
        path = self.dialogs.export_path(f"{self.document.spec.name}.png", "PNG image (*.png)")
        if path is None:
            return
        image = self.canvas.grab()
        if not image.save(str(path), "PNG"):
            self.dialogs.error("Cannot export", f"{path}: could not be written")

    def show_about(self) -> None:
        def version(name: str) -> str:
            try:
                return metadata.version(name)
            except metadata.PackageNotFoundError:
                return "not installed"

        rows = [
            ("LayerLab", __version__),
            ("Keras", version("keras")),
            ("TensorFlow", version("tensorflow")),
            ("PySide6", version("pyside6-essentials")),
            ("pyqtgraph", version("pyqtgraph")),
        ]
        table = "".join(f"<tr><td>{n}</td><td>{html.escape(v)}</td></tr>" for n, v in rows)
        self.dialogs.about(
            "About LayerLab",
            f"<h3>LayerLab {__version__}</h3><p>Build, train and look inside neural networks, "
            f"offline.</p><table>{table}</table><p>{MNIST_CREDIT}</p>",
        )

    # ----------------------------------------------------------------- window state

    def _restore_window_state(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        state = s.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None and self.restoreState(state):
            return
        self.resizeDocks([self.problems_dock], [300], Qt.Orientation.Vertical)
        self.resizeDocks(
            [self.palette_dock, self.properties_dock], [210, 310], Qt.Orientation.Horizontal
        )

    def closeEvent(self, event):  # noqa: N802 - Qt's name
        if self.training.session.running:
            if not self.dialogs.ask("Training is running", "Stop the training and quit LayerLab?"):
                event.ignore()
                return
            self.training.session.shutdown(timeout_ms=30_000)
        if not self.files.confirm_discard():
            event.ignore()
            return
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.sync()
        self.files.discard_recovery()
        self.devices.wait(30_000)
        event.accept()
