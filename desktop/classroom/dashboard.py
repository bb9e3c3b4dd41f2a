"""The class dashboard (``classDashboard``): the whole room at a glance on the projector.

Students (a sortable, filterable table with a small loss curve each), their hand-ins, pushes
and messages; challenges; the class dataset. Everything the dashboard asks of the hub goes
through ``TeacherHub.run`` and comes back later: the projector never freezes on the hub."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.classroom.bridge import TeacherHub
from desktop.classroom.challenges import ChallengePanel
from desktop.classroom.dataset_view import ClassDatasetView
from desktop.classroom.roster import CurveDelegate, RosterFilter, RosterModel

#: the name column's widest, in average characters ("Jean-Baptiste Delacroix-Montfort" is
#: elided, its tooltip has it whole): the other columns keep the projector's width
NAME_CHARS = 24
#: the loss curve's width, in average characters: a shape a room still reads
CURVE_CHARS = 11

translate = QCoreApplication.translate
#: (kind) → (title, bytes) of what the window would push now, or None (set by the wiring).
PushContent = Callable[[str], tuple[str, bytes] | None]


class ClassDashboard(QWidget):
    def __init__(self, teacher: TeacherHub, dialogs, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("classDashboard")
        self.setWindowTitle(self.tr("Class dashboard"))
        self.teacher, self.dialogs = teacher, dialogs
        self.push_content: PushContent = lambda kind: None
        self.open_network: Callable[[str, dict], None] = lambda name, network: None
        self.roster = RosterModel(self)
        self.proxy = RosterFilter(self)
        self.proxy.setSourceModel(self.roster)
        self.submissions: list[dict] = []

        self.heading = QLabel(self.tr("No class is running: File → Class → Start a class."))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.note = QLabel("")
        self.note.setObjectName("classNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._students_tab(), self.tr("Students"))
        self.challenges = ChallengePanel(teacher, dialogs, self)
        self.tabs.addTab(self.challenges, self.tr("Challenges"))
        self.dataset = ClassDatasetView(teacher, dialogs, self)
        self.tabs.addTab(self.dataset, self.tr("Class dataset"))
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.note)

        teacher.started.connect(self._on_started)
        teacher.stopped.connect(self._on_stopped)
        teacher.feed.connect(self._on_feed)
        self.challenges.open_network = lambda name, network: self.open_network(name, network)
        if teacher.running:
            self._on_started()

    # -- the students tab ------------------------------------------------------------------

    def _students_tab(self) -> QWidget:
        page = QWidget()
        self.filter = QLineEdit()
        self.filter.setObjectName("classFilter")
        self.filter.setPlaceholderText(self.tr('Find: a name, a lesson, "step 3"…'))
        self.filter.textChanged.connect(self.proxy.set_words)
        self.stuck = QCheckBox(self.tr("Only those stuck on a check"))
        self.stuck.toggled.connect(self.proxy.set_stuck_only)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.stuck)

        self.table = QTableView()
        self.table.setObjectName("classRoster")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegateForColumn(5, CurveDelegate(self.table))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self.show_network)

        self.target = QComboBox()
        self.target.addItem(self.tr("to everyone"), "all")
        self.target.addItem(self.tr("to the selected student"), "one")
        self.open_button = QPushButton(self.tr("Show their network"))
        self.open_button.clicked.connect(self.show_network)
        self.push_buttons = {}
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        for kind, text in (
            ("lesson", self.tr("Push the lesson")),
            ("project", self.tr("Push the project")),
            ("network", self.tr("Push the network")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=kind: self.push(k))
            self.push_buttons[kind] = button
            actions.addWidget(button)
        actions.addWidget(self.target)
        actions.addStretch(1)

        self.message = QLineEdit()
        self.message.setObjectName("classMessage")
        self.message.setMaxLength(500)
        self.message.setPlaceholderText(self.tr("A message for the class…"))
        self.message.returnPressed.connect(self.send_message)
        send = QPushButton(self.tr("Send"))
        send.clicked.connect(self.send_message)
        self.handins = QLabel("")
        self.handins.setTextFormat(Qt.TextFormat.PlainText)
        folder = QPushButton(self.tr("Open the hand-ins"))
        folder.clicked.connect(self.open_handins)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(send)
        bottom.addWidget(self.handins)
        bottom.addWidget(folder)

        column = QVBoxLayout(page)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        column.addLayout(actions)
        column.addLayout(bottom)
        return page

    # -- the hub's state -------------------------------------------------------------------

    def _on_started(self) -> None:
        t = self.teacher
        self.heading.setText(
            self.tr("{name} — code {code} — {address}").format(
                name=t.class_name, code=t.code, address=t.address
            )
        )
        t.status(self._on_status)

    def _on_stopped(self) -> None:
        self.heading.setText(self.tr("The class has ended. Its folder keeps everything."))

    def _on_status(self, answer) -> None:
        status, items = answer
        self.roster.reset(status)
        self.submissions = list(status.get("submissions", []))
        self._count_handins()
        self.dataset.reset(items, self.teacher.folder)
        self.fit_columns()

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.fit_columns()

    def fit_columns(self) -> None:
        """Columns as wide as their contents at the current text size, within the table's
        width (a projector's 1280×720 in presentation mode shows every column without
        scrolling sideways): a long name is elided (its tooltip has it whole), the loss curve
        gets room to be seen from the back of the room."""
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() + 8)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        name = max(header.sectionSizeHint(0), NAME_CHARS * metrics.averageCharWidth())
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), name))
        self.table.setColumnWidth(5, CURVE_CHARS * metrics.averageCharWidth())

    def _on_feed(self, feed) -> None:
        data = dict(feed.data)
        self.roster.take(feed.event, feed.student, data)
        if feed.event in ("project", "model"):
            self.submissions.append({"id": data.get("submission"), "name": data.get("name"),
                                     "kind": feed.event, "file": data.get("file")})  # fmt: skip
            self._count_handins()
            self.note.setText(
                self.tr("{name} handed in a project.").format(name=data.get("name", ""))
                if feed.event == "project"
                else self.tr("{name} handed in a model.").format(name=data.get("name", ""))
            )
        elif feed.event in ("drawing", "review"):
            self.dataset.take(feed.event, data)
        elif feed.event in ("challenge", "result"):
            self.challenges.take(feed.event, data)

    def _count_handins(self) -> None:
        projects = sum(1 for s in self.submissions if s.get("kind") == "project")
        self.handins.setText(self.tr("%n project(s) handed in", "", projects))

    # -- the teacher's actions -------------------------------------------------------------

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.roster.student(self.proxy.mapToSource(rows[0])) if rows else None

    def show_network(self, *_) -> None:
        student = self.selected()
        if student is None:
            self.note.setText(self.tr("Choose a student first."))
            return
        if not student.network or "too_large" in student.network:
            self.note.setText(
                self.tr("{name} has not shared a network yet (it comes with a run).").format(
                    name=student.name
                )
            )
            return
        self.open_network(student.name, student.network)
        text = translate("ClassDashboard", "Your network is shown on the projector.")
        self.teacher.run(self.teacher.hub.message, str(text), student.id)
        self.note.setText(
            self.tr("{name} is told their network is shown.").format(name=student.name)
        )

    def push(self, kind: str) -> None:
        content = self.push_content(kind)
        if content is None:
            nothing = {
                "lesson": self.tr("Open a lesson first: its step is what is pushed."),
                "project": self.tr("There is no project to push."),
                "network": self.tr("There is no network to push."),
            }
            self.note.setText(nothing[kind])
            return
        title, data = content
        student = None
        if self.target.currentData() == "one":
            chosen = self.selected()
            if chosen is None:
                self.note.setText(self.tr("Choose a student first."))
                return
            student = chosen.id
        self.teacher.run(
            self.teacher.hub.push, kind, title, data, student,
            done=lambda _n: self.note.setText(self.tr("Pushed: {title}").format(title=title)),
            failed=lambda e: self.note.setText(self.tr("Not pushed: {reason}").format(reason=e)),
        )  # fmt: skip

    def send_message(self) -> None:
        text = self.message.text().strip()
        if not text:
            return
        chosen = self.selected() if self.target.currentData() == "one" else None
        self.teacher.run(
            self.teacher.hub.message, text, chosen.id if chosen else None,
            done=lambda _r: (self.message.clear(), self.note.setText(self.tr("Message sent."))),
            failed=lambda e: self.note.setText(self.tr("Not sent: {reason}").format(reason=e)),
        )  # fmt: skip

    def open_handins(self) -> None:
        if self.teacher.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.teacher.folder / "projects")))


class NetworkViewer(QDialog):
    """A student's network, read-only, as the editor draws it."""

    def __init__(self, name: str, network: dict, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("classNetworkViewer")
        self.setWindowTitle(self.tr("{name}'s network (read-only)").format(name=name))
        from desktop.editor.canvas import NetworkCanvas
        from desktop.project.document import NetworkDocument
        from netcore.network.problems import SpecError
        from netcore.network.spec import NetworkSpec

        column = QVBoxLayout(self)
        try:
            spec = NetworkSpec.from_dict(network, source=name)
        except (SpecError, ValueError, TypeError, KeyError) as exc:
            problem = QLabel(self.tr("This network cannot be shown: {problem}").format(problem=exc))
            problem.setTextFormat(Qt.TextFormat.PlainText)
            problem.setWordWrap(True)
            column.addWidget(problem)
            return
        self.document = NetworkDocument(spec, self)
        self.canvas = NetworkCanvas(self.document, self)
        self.canvas.setInteractive(False)
        column.addWidget(self.canvas)
        self.resize(900, 560)


def network_bytes(spec) -> bytes:
    return json.dumps(spec.to_dict(), indent=1).encode()
