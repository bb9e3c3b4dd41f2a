"""The main window: composes the project state, the docks, menus, toolbar and status bar.
Behaviour lives in the state objects, the panels and the controllers; this only connects them."""

from __future__ import annotations

import html
from functools import partial
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
from desktop.convolution.sandbox import ConvolutionSandbox
from desktop.dialogs import Dialogs
from desktop.draw.panel import DrawPanel
from desktop.editor.actions import EditActions
from desktop.editor.canvas import NetworkCanvas
from desktop.editor.palette import LayerPalette
from desktop.editor.problems import ProblemsPanel
from desktop.editor.properties import PropertiesPanel
from desktop.experiments.board import ExperimentBoard
from desktop.exports import ExportController
from desktop.files import FileController, settings
from desktop.inspect.panel import InsidePanel
from desktop.inspect.state import ModelState
from desktop.lessons.player import LessonPlayer
from desktop.lessons.wiring import connect_player
from desktop.picker import DatasetPicker
from desktop.project_state import ProjectState
from desktop.statusbar import ProjectStatusBar
from desktop.training.panel import TrainingPanel
from desktop.training.session import TrainingSession
from desktop.widgets.visibility import catch_up_when_shown
from netcore import __version__
from netcore.datasets.mnist import MNIST_CREDIT
from netcore.network.spec import load as load_spec
from netcore.resources import preset_paths


class MainWindow(QMainWindow):
    def __init__(self, dialogs: Dialogs | None = None, probe_devices: bool = True):
        super().__init__()
        self.setObjectName("mainWindow")
        self.dialogs = dialogs or Dialogs(self)
        if self.dialogs.parent is None:
            self.dialogs.parent = self
        self.project = ProjectState(parent=self)
        self.document = self.project.document
        self.session = TrainingSession(self)
        self.model_state = ModelState(self.project, self.session, self)
        self.files = FileController(self.project, self.dialogs, self.model_state, self)

        self.canvas = NetworkCanvas(self.document, self)
        self.palette = LayerPalette(self)
        self.properties = PropertiesPanel(self.document, self)
        self.problems = ProblemsPanel(self.document, self)
        self.picker = DatasetPicker(self.project, self)
        self.edit_actions = EditActions(self.document, self.canvas, self)
        self.training = TrainingPanel(self.project, self.session, self.dialogs, self)
        self.inside = InsidePanel(self.model_state, self.dialogs, self)
        self.draw = DrawPanel(self.model_state, self.dialogs, self)
        self.sandbox = ConvolutionSandbox(self.model_state, self)
        self.lessons: LessonPlayer | None = None  # made when first opened (View → Lessons)
        self.board: ExperimentBoard | None = None
        self.lessons_dock: QDockWidget | None = None
        self.sandbox.setWindowFlag(Qt.WindowType.Window)
        self.exports = ExportController(
            self.project, self.model_state, self.dialogs, self.canvas, self.training.plots, self
        )
        self.status = ProjectStatusBar(self.project, self)
        self.setStatusBar(self.status)

        self._compose_central()
        self._compose_docks()
        self._compose_toolbar()
        self._compose_menus()
        self._connect()

        self.devices = DeviceLoader(self)
        self.devices.devices_ready.connect(self.status.show_devices)
        self.devices.devices_ready.connect(self.training.set_devices)
        self.devices.devices_ready.connect(self._on_devices_ready)
        self.devices.failed.connect(self.status.show_device_failure)
        if probe_devices:
            self.devices.start()

        self.resize(1280, 820)
        self._restore_window_state()
        self._update_title()

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
        self.banner_text.setWordWrap(True)
        self.banner_button = QPushButton("Fit the output layer", self.banner)
        self.banner_button.setObjectName("fitOutputButton")
        dismiss = QPushButton("Not now", self.banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.banner_button)
        row.addWidget(dismiss)
        self.banner.hide()
        dismiss.clicked.connect(self.banner.hide)
        self.banner_button.clicked.connect(self.picker.fit_output)
        column.addWidget(self.banner)
        column.addWidget(self.canvas, 1)
        self.setCentralWidget(central)

    def _dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        catch_up_when_shown(dock)
        return dock

    def _compose_docks(self) -> None:
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.palette_dock = self._dock("Layers", "paletteDock", self.palette, left)
        self.properties_dock = self._dock("Properties", "propertiesDock", self.properties, right)
        self.problems_dock = self._dock("Problems", "problemsDock", self.problems, bottom)
        self.training_dock = self._dock("Training", "trainingDock", self.training, bottom)
        self.inside_dock = self._dock("Inside the network", "insideDock", self.inside, bottom)
        self.draw_dock = self._dock("Draw a digit", "drawDock", self.draw, bottom)
        self.tabifyDockWidget(self.problems_dock, self.training_dock)
        self.tabifyDockWidget(self.training_dock, self.inside_dock)
        self.tabifyDockWidget(self.inside_dock, self.draw_dock)
        self.problems_dock.raise_()
        self.properties_dock.raise_()

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
        bar, keys, files = self.menuBar(), QKeySequence.StandardKey, self.files
        file_menu = bar.addMenu("&File")
        self._action(file_menu, "&New", files.new_empty, keys.New, "actionNew")
        templates = file_menu.addMenu("New from &template")
        templates.setObjectName("templatesMenu")
        for name, path in preset_paths().items():
            title = load_spec(path).name or name
            slot = partial(files.new_from_template, name)
            self._action(templates, title, slot, name=f"template_{name}")
        self._action(file_menu, "&Open…", files.open_chosen, keys.Open, "actionOpen")
        self._action(
            file_menu,
            "Load &weights into this network…",
            self.exports.import_weights,
            name="actionLoadWeights",
        )
        self.recent_menu = file_menu.addMenu("Open &recent")
        self._fill_recent_menu()
        file_menu.addSeparator()
        self._action(file_menu, "&Save", files.save, keys.Save, "actionSave")
        self._action(file_menu, "Save &as…", files.save_as, keys.SaveAs, "actionSaveAs")
        export = file_menu.addMenu("&Export")
        ex = self.exports
        self._action(
            export, "Network summary (text)…", ex.export_summary, name="actionExportSummary"
        )
        self._action(export, "Canvas picture (PNG)…", ex.export_picture, name="actionExportPicture")
        self._action(
            export,
            "Network diagram, whole (SVG or PNG)…",
            ex.export_diagram,
            name="actionExportDiagram",
        )
        self._action(
            export,
            "Figure under the mouse (SVG or PNG)…",
            ex.save_figure_under_mouse,
            "Ctrl+Alt+S",
            "actionSaveFigure",
        )
        export.addSeparator()
        self._action(
            export, "Model with its weights (.keras)…", ex.export_model, name="actionExportModel"
        )
        self._action(
            export, "Weights only (.weights.h5)…", ex.export_weights, name="actionExportWeights"
        )
        for text, strategy in (
            ("Keras script (one device)…", "none"),
            ("Keras script for several GPUs (MirroredStrategy)…", "mirrored"),
            ("Keras script for several computers (MultiWorkerMirroredStrategy)…", "multiworker"),
        ):
            slot = partial(ex.export_script, strategy)
            self._action(export, text, slot, name=f"actionExportScript_{strategy}")
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, keys.Quit, "actionQuit")

        edit, actions = bar.addMenu("&Edit"), self.edit_actions
        self.undo_action = self.document.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(keys.Undo)
        self.redo_action = self.document.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([keys.Redo, QKeySequence("Ctrl+Y")])
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self._action(edit, "&Delete", actions.delete_selection, keys.Delete, "actionDelete")
        self._action(edit, "D&uplicate", actions.duplicate_selection, "Ctrl+D", "actionDuplicate")
        self._action(edit, "Select &all", actions.select_all, keys.SelectAll, "actionSelectAll")
        self._action(
            edit,
            "Copy &figure",
            self.exports.copy_figure_under_mouse,
            "Ctrl+Shift+C",
            "actionCopyFigure",
        )
        edit.addSeparator()
        self._action(
            edit, "Insert ma&xout unit", actions.add_maxout_after_selection, name="actionMaxout"
        )

        view = bar.addMenu("&View")
        self._action(view, "Zoom &in", self.canvas.zoom_in, keys.ZoomIn)
        self._action(view, "Zoom &out", self.canvas.zoom_out, keys.ZoomOut)
        self._action(view, "&Fit to view", self.canvas.fit_to_view, "Ctrl+0")
        self._action(view, "&Tidy layout", actions.tidy_layout, "Ctrl+L")
        view.addSeparator()
        for text, widget, key in (
            ("&Filters", self.inside.filters, "Ctrl+1"),
            ("Feature &maps", self.inside.feature_maps, "Ctrl+2"),
            ("&Why this answer", self.inside.saliency, "Ctrl+Shift+W"),
            ("What it &sees (embedding)", self.inside.embedding, "Ctrl+Shift+E"),
            ("What a &unit wants", self.inside.maximization, "Ctrl+Shift+U"),
            ("&Decision boundary", self.inside.boundary, "Ctrl+3"),
            ("&Weights by hand", self.inside.weights, "Ctrl+4"),
            ("Computational &graph", self.inside.graph_calculator, "Ctrl+6"),
            ("&Backprop by hand", self.inside.backprop, "Ctrl+7"),
            ("&Perceptron rule", self.inside.perceptron, "Ctrl+8"),
            ("Gradients while &training", self.inside.gradients, "Ctrl+9"),
            ("&Activations", self.inside.activations, "Ctrl+Shift+A"),
            ("Fitted &curve", self.inside.curve_fit, "Ctrl+Shift+F"),
        ):
            self._action(view, text, partial(self.show_inside, widget), key)
        self._action(view, "Draw a digit", self.show_draw, "Ctrl+5", "actionDraw")
        self._action(
            view, "Convolution &sandbox", self.show_sandbox, "Ctrl+Shift+K", "actionSandbox"
        )
        self._action(
            view, "E&xperiment board", self.show_board, "Ctrl+Shift+B", "actionExperimentBoard"
        )
        shapes = self._action(view, "Show shapes on &edges", actions.show_edge_shapes)
        shapes.setCheckable(True)
        shapes.setChecked(True)
        view.addSeparator()
        self._action(view, "&Lessons", self.show_lessons, "Ctrl+Shift+L", "actionLessons")
        for dock in (self.palette_dock, self.properties_dock, self.problems_dock):
            view.addAction(dock.toggleViewAction())

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&About LayerLab", self.show_about, name="actionAbout")

    def _connect(self) -> None:
        self.palette.layer_requested.connect(self.edit_actions.add_after_selection)
        self.problems.problem_activated.connect(self.canvas.center_on_node)
        self.document.edit_refused.connect(self.status.say)
        self.document.path_changed.connect(self._update_title)
        self.project.dirty_changed.connect(self._update_title)
        self.document.spec_changed.connect(self._update_title)
        self.files.status.connect(self.status.say)
        self.files.recent_changed.connect(self._fill_recent_menu)
        self.exports.status.connect(self.status.say)
        self.picker.offer.connect(self._on_picker_offer)
        self.picker.problem.connect(self.status.say)
        self.picker.own_data_requested.connect(self._on_picker_own_data_requested)
        self.session.running_changed.connect(self._on_session_running_changed)
        self.draw.prepared.connect(self.inside.feature_maps.set_external_input)
        self.draw.prepared.connect(self.sandbox.controls.set_drawing)
        self.draw.prepared.connect(self.inside.saliency.set_drawing)
        self.draw.prepared.connect(self.inside.embedding.set_drawing)
        self.training.export_plots.clicked.connect(self.exports.export_plots)
        self.training.export_csv.clicked.connect(self.exports.export_history)

    # ----------------------------------------------------------------- views

    def show_draw(self) -> None:
        self.draw_dock.show()
        self.draw_dock.raise_()
        self.draw.canvas.setFocus()

    def show_board(self) -> None:
        if self.board is None:  # made when first opened
            self.board = ExperimentBoard(self.project, self.dialogs, self)
            self.board.setWindowFlag(Qt.WindowType.Window)
        self.board.show()
        self.board.raise_()

    def show_lessons(self) -> None:
        if self.lessons is None:
            self.lessons = LessonPlayer(self.project, self.dialogs, self)
            bottom = Qt.DockWidgetArea.BottomDockWidgetArea
            self.lessons_dock = self._dock("Lessons", "lessonsDock", self.lessons, bottom)
            # beside the bottom panels: the step's text next to the view it is about
            self.addDockWidget(bottom, self.lessons_dock, Qt.Orientation.Horizontal)
            connect_player(self)
        self.lessons_dock.show()
        self.resizeDocks([self.lessons_dock], [420], Qt.Orientation.Horizontal)
        self.lessons_dock.raise_()
        self.lessons.tree.setFocus()

    def show_sandbox(self) -> None:
        self.sandbox.show()
        self.sandbox.raise_()
        self.sandbox.activateWindow()

    def show_inside(self, view) -> None:
        """Bring one of the 'Inside the network' views to the front."""
        self.inside_dock.show()
        self.inside_dock.raise_()
        self.inside.show_view(view)

    def _update_title(self, *_) -> None:
        self.setWindowTitle(f"{self.files.display_name()}[*] — LayerLab")
        self.setWindowModified(self.files.unsaved)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.files.recent()
        for path in recent:
            self._action(self.recent_menu, str(path), partial(self.files.open, path))
        self.recent_menu.setEnabled(bool(recent))

    def _on_picker_offer(self, text: str) -> None:
        self.banner_text.setText(text)
        self.banner.setVisible(bool(text))

    def _on_picker_own_data_requested(self) -> None:
        chosen = self.dialogs.own_data()
        if chosen is not None:
            self.picker.choose(*chosen)

    def _on_devices_ready(self, _devices: list) -> None:
        self.draw.set_bundled(self.devices.bundled)
        self.model_state.set_tensorflow_ready()

    def _on_session_running_changed(self, running: bool) -> None:
        # the student's view stays where it is, during and after the run
        if running:
            freeze_gc()
            self.status.say("Training… the network cannot be edited until it stops")
        else:
            unfreeze_gc()

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
        if self.session.running:
            if not self.dialogs.ask("Training is running", "Stop the training and quit LayerLab?"):
                event.ignore()
                return
            self.session.shutdown(timeout_ms=30_000)
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
