"""The class in the main window, added from outside with ``install(window)``: File → Class
(Start a class, the dashboard, the class dataset, Join, Hand in, Leave), the student's status
line, the drawing's "Send to the class dataset", and what the teacher's hub needs from the
window (what to push, the network that answers phones, a dataset to train on)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import numpy as np
from PySide6.QtCore import QBuffer, QCoreApplication, QEvent, QIODevice, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QImage
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from desktop.classroom.bridge import TeacherHub
from desktop.classroom.dashboard import ClassDashboard, NetworkViewer, network_bytes
from desktop.classroom.join import JoinDialog
from desktop.classroom.start_panel import StartClassPanel
from desktop.classroom.student import StatusLine, StudentLink

translate = QCoreApplication.translate
PREDICTOR_DELAY_MS = 1000


class Classroom(QObject):
    """Everything the class adds to one window (``window.classroom``)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.teacher = TeacherHub(self)
        self.link = StudentLink(window, parent=self)
        self.panel: StartClassPanel | None = None
        self.dashboard: ClassDashboard | None = None
        self.viewers: list[NetworkViewer] = []
        self.join_dialog_factory = lambda: JoinDialog(parent=window)
        self.dock = None  # the dashboard's dock in the Class workspace, made when first opened
        workspaces = getattr(window, "workspaces", None)
        if workspaces is not None:
            workspaces.makers["class"] = self._make_dashboard
        self._menu()
        self._status_line()
        self._send_button()
        # the phones' answering network follows the window's, a second after it settles
        # (building it is TensorFlow work in this thread: never once per epoch of a run)
        self._predictor_timer = QTimer(self)
        self._predictor_timer.setSingleShot(True)
        self._predictor_timer.setInterval(PREDICTOR_DELAY_MS)
        self._predictor_timer.timeout.connect(self._update_predictor)
        self.teacher.started.connect(self._update_predictor)
        window.model_state.changed.connect(self._predictor_timer.start)
        window.session.running_changed.connect(self._predictor_timer.start)
        window.installEventFilter(self)

    # -- composition ----------------------------------------------------------------------

    def _menu(self) -> None:
        window = self.window
        file_menu = window.findChild(QMenu, "fileMenu")
        self.menu = QMenu(translate("Classroom", "&Class"), window)
        self.menu.setObjectName("classMenu")
        if file_menu is not None:
            file_menu.insertMenu(
                file_menu.actions()[-1] if file_menu.actions() else None, self.menu
            )
        self.actions = {}
        for name, text, slot in (
            ("classStart", translate("Classroom", "&Start a class…"), self.show_start),
            ("classShowDashboard", translate("Classroom", "Class &dashboard"), self.show_dashboard),
            ("classShowDataset", translate("Classroom", "Class data&set"), self.show_dataset),
            ("classJoin", translate("Classroom", "&Join a class…"), self.join),
            ("classHandIn", translate("Classroom", "&Hand in the project"), self.hand_in_project),
            ("classLeave", translate("Classroom", "&Leave the class"), self.link.leave),
        ):
            action = QAction(text, window)
            action.setObjectName(name)
            action.triggered.connect(slot)
            self.menu.addAction(action)
            self.actions[name] = action
            if name == "classShowDataset":
                self.menu.addSeparator()

    def _status_line(self) -> None:
        self.status_label = QLabel("")
        self.status_label.setObjectName("classStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.hide()
        self.window.statusBar().addPermanentWidget(self.status_label)
        self.status_line = StatusLine(self.link, self.status_label, self)
        self.link.message.connect(self._say)

    def _send_button(self) -> None:
        draw = self.window.draw
        self.send_button = QPushButton(translate("Classroom", "Send to the class dataset"))
        self.send_button.setObjectName("drawSendToClass")
        self.send_button.setToolTip(
            translate(
                "Classroom",
                "Hand this drawing in with the class chosen beside, for the class dataset",
            )
        )
        self.send_button.clicked.connect(self.send_drawing)
        tools = draw.findChild(QWidget, "drawTools")
        if tools is not None and tools.layout() is not None:
            tools.layout().addWidget(self.send_button)  # its own place: the tools' row wraps
        else:
            for layout in draw.findChildren(QHBoxLayout):
                if layout.indexOf(draw.save_button) >= 0:
                    layout.insertWidget(layout.indexOf(draw.save_button) + 1, self.send_button)
                    break

    def _say(self, text: str) -> None:
        self.window.status.say(text)

    # -- the teacher ----------------------------------------------------------------------

    def show_start(self) -> None:
        if self.panel is None:
            self.panel = StartClassPanel(self.teacher, self.window.dialogs, self.window)
            self.panel.dashboard_requested.connect(self.show_dashboard)
            fit_to_screen(self.panel, 960, 560)
        self.panel.show()
        self.panel.raise_()

    def _make_dashboard(self) -> ClassDashboard:
        if self.dashboard is None:
            window = self.window
            self.dashboard = ClassDashboard(self.teacher, window.dialogs, window)
            self.dashboard.push_content = self.push_content
            self.dashboard.open_network = self.show_network
            self.dashboard.challenges.open_model = lambda path: self.window.files.open(Path(path))
            self.dashboard.dataset.train_on = self.train_on
            self.dashboard.dataset.reference = self.window.devices.bundled
            self.window.devices.devices_ready.connect(self._on_devices_ready)
            self._dock_dashboard()
        return self.dashboard

    def _dock_dashboard(self) -> None:
        """The dashboard as the dock of the Class workspace (a window of its own opened over
        the lesson and the network on a projector)."""
        window = self.window
        workspaces = getattr(window, "workspaces", None)
        if workspaces is None or not hasattr(window, "_dock"):
            self.dashboard.setWindowFlag(Qt.WindowType.Window)
            fit_to_screen(self.dashboard, 1200, 660)
            return
        from desktop.appearance.binding import set_dock_fonts

        self.dock = window._dock(
            translate("Classroom", "Class dashboard"),
            "classDock",
            self.dashboard,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        set_dock_fonts(window)
        workspaces.add_dock("class", self.dock)

    def _on_devices_ready(self, *_) -> None:
        if self.dashboard is not None:
            self.dashboard.dataset.reference = self.window.devices.bundled

    def show_dashboard(self) -> None:
        board = self._make_dashboard()
        if self.dock is None:
            board.show()
            board.raise_()
            return
        self.window.workspaces.switch("class")
        self.dock.show()
        self.dock.raise_()

    def show_dataset(self) -> None:
        self.show_dashboard()
        self.dashboard.tabs.setCurrentWidget(self.dashboard.dataset)

    def show_network(self, name: str, network: dict) -> None:
        viewer = NetworkViewer(name, network, self.window)
        self.viewers = [v for v in self.viewers if v.isVisible()] + [viewer]
        viewer.show()

    def push_content(self, kind: str):
        window = self.window
        if kind == "lesson":
            lessons = getattr(window, "lessons", None)
            lesson = getattr(lessons, "lesson", None)
            if lesson is None:
                return None
            title = str(getattr(lesson, "title", "") or lesson.id)
            return title, json.dumps({"lesson": lesson.id}).encode()
        if kind == "network":
            spec = window.document.spec
            return spec.name or "network", network_bytes(spec)
        from netcore.project.fileformat import save_project

        with tempfile.TemporaryDirectory() as folder:
            path = save_project(Path(folder) / "pushed.layerlab", window.project.project())
            return window.files.display_name(), Path(path).read_bytes()

    def train_on(self, folder: Path) -> None:
        from netcore.datasets.sources import DatasetSource

        window = self.window
        if window.picker.choose(DatasetSource(path=str(folder))):
            # one step: the run starts (or the panel says what stops it: an output layer that
            # does not fit the digits drawn is offered a fix by the banner above the canvas)
            window.run_training_command(window.training.controls.start_clicked)

    def _update_predictor(self, *_) -> None:
        """The phones' "what does the network say?" answered by what the Draw panel uses."""
        if not self.teacher.running or self.window.session.running:
            return
        state = self.window.model_state
        classifier = self.window.draw.classifier() if state.tensorflow_ready else None
        if classifier is None:
            self.teacher.set_predictor(None, "")
            return

        def predict(image, classifier=classifier):
            return classifier.probabilities(np.asarray(image).reshape(28, 28, 1))[0]

        self.teacher.set_predictor(predict, classifier.name)

    # -- the student ----------------------------------------------------------------------

    def join(self) -> None:
        dialog = self.join_dialog_factory()
        dialog.look()
        if dialog.exec():
            self.link.join(dialog.result_url, dialog.result_code, dialog.result_name)

    def hand_in_project(self) -> None:
        if not self.link.joined:
            self._say(translate("Classroom", "Join a class first (File → Class → Join)."))
            return
        from netcore.project.fileformat import save_project

        with tempfile.TemporaryDirectory() as folder:
            path = save_project(Path(folder) / "handin.layerlab", self.window.project.project())
            data = Path(path).read_bytes()
        self.link.hand_in("project", data)
        self._say(translate("Classroom", "Project handed in (sent now, or when the hub is back)."))

    def send_drawing(self) -> None:
        draw = self.window.draw
        label = draw.save_class.currentText().strip()
        if not self.link.joined:
            self._say(translate("Classroom", "Join a class first (File → Class → Join)."))
            return
        if draw.canvas.is_empty():
            self._say(translate("Classroom", "Draw a digit first."))
            return
        if label not in [str(d) for d in range(10)]:
            self._say(
                translate(
                    "Classroom", "The class dataset takes digits: choose a class from 0 to 9."
                )
            )
            return
        self.link.hand_in("drawing", drawing_png(draw.canvas.render_grey()), int(label))
        self._say(
            translate("Classroom", "Drawing sent to the class dataset as a {label}.").format(
                label=label
            )
        )

    # -- the end ----------------------------------------------------------------------------

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self._after_close)
        return False

    def _after_close(self) -> None:
        if not self.window.isVisible():
            self.shutdown()

    def shutdown(self) -> None:
        self.link.leave()
        self.teacher.stop()


def fit_to_screen(window, width: int, height: int) -> None:
    """``width``×``height``, or less on a smaller screen (a 1280×720 projector), frame
    included."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None and screen.availableGeometry().width() >= 400:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 10), min(height, room.height() - 40)
    window.resize(width, height)


def drawing_png(grey: np.ndarray) -> bytes:
    """The canvas's grey levels (0…1, ink dark) as a PNG."""
    pixels = np.ascontiguousarray((np.clip(grey, 0, 1) * 255).astype(np.uint8))
    height, width = pixels.shape
    image = QImage(pixels.data, width, height, width, QImage.Format.Format_Grayscale8).copy()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def install(window) -> Classroom:
    """Add the class to ``window`` (a ``MainWindow``); returns what was added."""
    window.classroom = Classroom(window)
    return window.classroom
