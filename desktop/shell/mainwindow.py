"""The main window: composes the project state, the docks, menus, toolbar and status bar.
Behaviour lives in the state objects, the panels and the controllers; this only connects them."""

from __future__ import annotations

import html
from functools import partial
from importlib import metadata

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.appearance.binding import bind_appearance, set_dock_fonts
from desktop.appearance.state import Appearance
from desktop.classroom.wiring import install as install_classroom
from desktop.convolution.sandbox import ConvolutionSandbox
from desktop.draw.panel import DrawPanel
from desktop.editor.actions import EditActions
from desktop.editor.canvas import NetworkCanvas
from desktop.editor.palette import LayerPalette
from desktop.editor.problems import ProblemsPanel
from desktop.editor.properties import PropertiesPanel
from desktop.experiments.board import ExperimentBoard
from desktop.i18n.languages import LANGUAGES
from desktop.inspect.panel import InsidePanel
from desktop.inspect.state import ModelState
from desktop.lessons.player import LessonPlayer
from desktop.lessons.wiring import connect_player
from desktop.project.dataset_picker import DatasetPicker
from desktop.project.dialogs import Dialogs
from desktop.project.exports import ExportController
from desktop.project.files import FileController, settings
from desktop.project.state import ProjectState
from desktop.settings_store import read_bytes, read_choice, take_notes
from desktop.shell.device_probe import DeviceLoader, freeze_gc, unfreeze_gc
from desktop.shell.menus import add_action, build_menus
from desktop.shell.statusbar import ProjectStatusBar
from desktop.shell.workspaces import Workspaces
from desktop.training.panel import TrainingPanel
from desktop.training.session import TrainingSession
from desktop.widgets import jobs
from desktop.widgets.accessibility import name_controls
from desktop.widgets.scrolling import WholeWidthScroller
from desktop.widgets.visibility import catch_up_when_shown
from netcore import __version__
from netcore.datasets.mnist import MNIST_CREDIT

translate = QCoreApplication.translate
CLOSE_SECONDS = 1.0  # every background job ends within this when the window closes


def saved_language() -> str:
    """The language chosen in the window ('' for the system's), if it is one LayerLab has."""
    return read_choice(settings(), "ui/language", ("", *LANGUAGES), "")


class MainWindow(QMainWindow):
    def __init__(self, dialogs: Dialogs | None = None, probe_devices: bool = True):
        super().__init__()
        self.setObjectName("mainWindow")
        self._settings_notes: list[str] = []  # settings that could not be used, this start
        self._settings_said = ""
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
        self.appearance = Appearance(settings, self)
        self.language_choice = saved_language()
        self.restart_requested = False

        self._compose_central()
        self._compose_docks()
        self.workspaces = Workspaces(self, self._workspace_docks, settings, self.canvas)
        self.workspaces.before_switch = self._before_workspace
        self._compose_toolbar()
        build_menus(self)
        self._connect()
        install_classroom(self)  # File → Class, the class dashboard, the student's status line
        name_controls(self)

        self.devices = DeviceLoader(self)
        self.devices.devices_ready.connect(self.status.show_devices)
        self.devices.devices_ready.connect(self.training.set_devices)
        self.devices.devices_ready.connect(self._on_devices_ready)
        self.devices.failed.connect(self.status.show_device_failure)

        self._fit_to_screen()
        self._restore_window_state()
        self._update_title()
        self.show_settings_notes()
        if probe_devices:  # last: a thread running when the constructor fails aborts Python
            self.devices.start()

    # ----------------------------------------------------------------- composition

    def _compose_central(self) -> None:
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banner = QFrame(central)
        self.banner.setObjectName("fitOutputBanner")
        # coloured by its palette: a style sheet would keep its text at the size it was
        # polished with when presentation mode enlarges the rest
        colours = self.banner.palette()
        colours.setColor(QPalette.ColorRole.Window, QColor("#fff6d6"))
        colours.setColor(QPalette.ColorRole.WindowText, QColor("#3d3000"))
        self.banner.setPalette(colours)
        self.banner.setAutoFillBackground(True)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(10, 6, 10, 6)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.banner_button = QPushButton(translate("MainWindow", "Fit the output layer"))
        self.banner_button.setObjectName("fitOutputButton")
        dismiss = QPushButton(translate("MainWindow", "Not now"), self.banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.banner_button)
        row.addWidget(dismiss)
        self.banner.hide()
        dismiss.clicked.connect(self.banner.hide)
        self.banner_button.clicked.connect(self.picker.fit_output)
        column.addWidget(self.banner)
        column.addWidget(self.canvas, 1)
        self.setCentralWidget(central)

    def _dock(
        self, title: str, name: str, widget: QWidget, area, whole_width: bool = False
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        # a panel smaller than its controls scrolls instead of forcing the window to grow
        # past a projector's 1280×720; a narrow list (the palette) keeps its whole width
        scroller = WholeWidthScroller(dock) if whole_width else QScrollArea(dock)
        scroller.setObjectName(f"{name}Scroller")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(widget)
        dock.setWidget(scroller)
        self.addDockWidget(area, dock)
        catch_up_when_shown(dock, widget)
        return dock

    def _compose_docks(self) -> None:
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.palette_dock = self._dock(
            translate("MainWindow", "Layers"), "paletteDock", self.palette, left, whole_width=True
        )
        self.properties_dock = self._dock(
            translate("MainWindow", "Properties"), "propertiesDock", self.properties, right
        )
        self.problems_dock = self._dock(
            translate("MainWindow", "Problems"), "problemsDock", self.problems, bottom
        )
        self.training_dock = self._dock(
            translate("MainWindow", "Training"), "trainingDock", self.training, bottom
        )
        self.inside_dock = self._dock(
            translate("MainWindow", "Inside the network"), "insideDock", self.inside, bottom
        )
        self.draw_dock = self._dock(
            translate("MainWindow", "Draw a digit"), "drawDock", self.draw, bottom
        )

    def _workspace_docks(self) -> dict:
        docks = {
            "palette": self.palette_dock,
            "properties": self.properties_dock,
            "problems": self.problems_dock,
            "training": self.training_dock,
            "inside": self.inside_dock,
            "draw": self.draw_dock,
        }
        if self.lessons_dock is not None:
            docks["lessons"] = self.lessons_dock
        return docks

    def _before_workspace(self, name: str) -> None:
        if name == "lessons":
            self._make_lessons()

    def _compose_toolbar(self) -> None:
        bar = QToolBar("Main", self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        bar.addWidget(self.workspaces.bar)
        bar.addSeparator()
        label = QLabel(translate("MainWindow", " Dataset: "))
        label.setBuddy(self.picker)
        bar.addWidget(label)
        bar.addWidget(self.picker)
        self.toolbar = bar

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
        self.draw.prepared.connect(self.inside.sequences.set_drawing)
        self.training.export_plots.clicked.connect(self.exports.export_plots)
        self.training.export_csv.clicked.connect(self.exports.export_history)
        self.workspaces.changed.connect(self._on_workspace_changed)

    # ----------------------------------------------------------------- views

    def show_draw(self) -> None:
        self._bring("draw", "draw")
        self.draw.canvas.setFocus()

    def show_inside(self, view) -> None:
        """Bring one of the 'Inside the network' views to the front."""
        self._bring("inspect", "inside")
        self.inside.show_view(view)

    def show_training(self) -> None:
        self._bring("train", "training")

    def _bring(self, workspace: str, key: str) -> None:
        """Raise the dock ``key``; when the current workspace has no room for it, go to the
        one made for it (the Lessons workspace keeps the views a step asks for below its
        text)."""
        if not self.workspaces.holding(key):
            self.workspaces.switch(workspace)
        dock = self._workspace_docks()[key]
        dock.show()
        dock.raise_()

    def show_board(self) -> None:
        if self.board is None:  # made when first opened
            self.board = ExperimentBoard(self.project, self.dialogs, self)
            self.board.setWindowFlag(Qt.WindowType.Window)
            name_controls(self.board)
        self.board.show()
        self.board.raise_()

    def _make_lessons(self) -> None:
        if self.lessons is None:
            self.lessons = LessonPlayer(self.project, self.dialogs, self)
            right = Qt.DockWidgetArea.RightDockWidgetArea
            title = translate("MainWindow", "Lessons")
            self.lessons_dock = self._dock(title, "lessonsDock", self.lessons, right)
            set_dock_fonts(self)
            connect_player(self)
            name_controls(self.lessons)

    def show_lessons(self) -> None:
        self._make_lessons()
        self._bring("lessons", "lessons")
        self.lessons.tree.setFocus()

    def show_sandbox(self) -> None:
        if not self.sandbox.isVisible():
            name_controls(self.sandbox)  # named when first seen (a walk of its widgets)
        self.sandbox.show()
        self.sandbox.raise_()
        self.sandbox.activateWindow()

    def focus_palette_search(self) -> None:
        self._bring("design", "palette")
        self.palette.search.setFocus()
        self.palette.search.selectAll()

    def run_training_command(self, signal) -> None:
        """Start/Pause/Step/Stop from the keyboard in any workspace: the plots come along."""
        self.show_training()
        signal.emit()

    def choose_language(self, code: str) -> None:
        """Remember the language; the window speaks it from the next start (offered now)."""
        if code == self.language_choice:
            return
        self.language_choice = code
        s = settings()
        s.setValue("ui/language", code)
        s.sync()
        name = LANGUAGES.get(code, translate("MainWindow", "the system's language"))
        question = translate(
            "MainWindow",
            "LayerLab will speak {language} when it starts again. Restart now? "
            "(You are asked to save your work first.)",
        ).format(language=name)
        if self.dialogs.ask(translate("MainWindow", "Language"), question):
            self.restart_requested = True
            QTimer.singleShot(0, self.close)

    def _on_workspace_changed(self, name: str) -> None:
        if name == "draw" and self.inside.currentWidget() is self.inside.filters:
            self.inside.show_view(self.inside.feature_maps)  # what each layer makes of it

    def _update_title(self, *_) -> None:
        self.setWindowTitle(f"{self.files.display_name()}[*] — LayerLab")
        self.setWindowModified(self.files.unsaved)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.files.recent()
        for path in recent:
            add_action(self, self.recent_menu, str(path), partial(self.files.open, path))
        self.recent_menu.setEnabled(bool(recent))
        self.show_settings_notes()

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
            self.status.say(
                translate("MainWindow", "Training… the network cannot be edited until it stops")
            )
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

    def _fit_to_screen(self) -> None:
        """Open at 1280×820, or 85 % of a larger screen (nothing tiny on 2560×1440); never
        larger than the screen (a 1280×720 projector, or 1920×1080 at 150 %)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        if room is None or room.width() < 400:
            self.resize(1280, 820)
            self._fitted = self.size()
            return
        width = min(room.width(), max(1280, int(room.width() * 0.85)))
        height = min(room.height() - 30, max(820, int(room.height() * 0.85)))
        self.resize(width, height)
        self.move(room.x() + (room.width() - width) // 2, room.y() + (room.height() - height) // 2)
        self._fitted = self.size()  # corrected for the system's frame once it is shown

    def keep_inside_screen(self) -> None:
        """The window's frame (title bar and borders included) inside the screen's free room:
        a window sized to the whole screen is a few pixels wider once the system frames it,
        and a geometry saved on a larger screen may not fit a projector."""
        if self.isFullScreen() or self.isMaximized() or not self.isVisible():
            return
        if self.size() != self._fitted:
            return  # sized by someone else since (a saved geometry, a test's desktop size)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room, frame = screen.availableGeometry(), self.frameGeometry()
        if room.contains(frame) or room.width() < 400:
            return
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        width = min(self.width(), room.width() - extra_w)
        height = min(self.height(), room.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = min(max(frame.x(), room.x()), room.x() + room.width() - frame.width())
        y = min(max(frame.y(), room.y()), room.y() + room.height() - frame.height())
        self.move(x, y)

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not event.spontaneous():
            QTimer.singleShot(0, self.keep_inside_screen)  # once the system has framed it

    def _restore_window_state(self) -> None:
        geometry = read_bytes(settings(), "window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        bind_appearance(self)
        self.workspaces.restore()

    def save_window_state(self) -> None:
        settings().setValue("window/geometry", self.saveGeometry())
        self.workspaces.save()

    def show_settings_notes(self) -> None:
        """Say in the status bar which settings could not be used (they are in the log too);
        a bad settings file costs the user a layout, never a start or a dialog."""
        self._settings_notes += take_notes()
        notes = list(dict.fromkeys(self._settings_notes))
        if notes:
            # the status bar names the settings, short enough for a 1280-pixel screen (the
            # tooltip says why for each); a note about the whole file is shown as it is
            keys = [
                n.split("'")[1] for n in notes if n.startswith("Setting '") and n.count("'") > 1
            ]
            parts = [n for n in notes if not n.startswith("Setting '")]
            if keys:
                short = translate("MainWindow", "Settings not used: {keys} (point here for why).")
                parts.append(short.format(keys=", ".join(f"'{k}'" for k in dict.fromkeys(keys))))
            said = self.status.currentMessage().replace(self._settings_said, "").strip()
            self._settings_said = " ".join(parts)
            self.status.showMessage(f"{said} {self._settings_said}".strip(), 20_000)
            self.status.setToolTip("\n".join(notes))

    def closeEvent(self, event):  # noqa: N802 - Qt's name
        if self.session.running:
            if not self.dialogs.ask(
                translate("MainWindow", "Training is running"),
                translate("MainWindow", "Stop the training and quit LayerLab?"),
            ):
                event.ignore()
                return
            self.session.shutdown(timeout_ms=30_000)  # before the save question, as it says
        if not self.files.confirm_discard():
            event.ignore()
            return
        self.save_window_state()
        self.files.discard_recovery()
        # every background job (training, the board, t-SNE, patterns, the device probe) is
        # cancelled and its thread waited for: nothing runs when the window is gone
        for job in jobs.stop_all(CLOSE_SECONDS):  # only TensorFlow's import is uninterruptible
            job.shutdown(30)
        event.accept()
