"""The student's link to the class: the hub client in a loop thread of its own, the status
line, the teacher's pushes asked as a question, hand-ins.

Losing the hub is normal: the client reconnects by itself, hand-ins wait in an outbox on disk
and leave when the hub is back; the status line says which. A push never replaces work
silently: the student is asked, and their work is saved first."""

from __future__ import annotations

import contextlib
import json
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from desktop.classroom.bridge import LoopBridge
from netcore.classhub import protocol as p
from netcore.classhub.runner import LoopThread

POLL_MS = 500  # how often the status line reads the client's state
SHARE_MS = 1000  # how often lesson progress is compared with what was shared


def outbox_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or tempfile.gettempdir()) / "class-outbox"


class StudentLink(LoopBridge):
    """Signals:
    changed(): the connection's state or the waiting hand-ins changed (see ``describe``).
    message(str): the teacher's message, or a hand-in's answer, to show.
    """

    changed = Signal()
    message = Signal(str)
    _heard = Signal(object)

    def __init__(self, window, outbox: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.window = window
        self.outbox = outbox or outbox_folder()
        self.client = None
        self.sharer = None
        self.class_name = ""
        self._state = ("", 0)
        self._shared_progress = None
        self._heard.connect(self._on_heard)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_state)
        self._progress = QTimer(self)
        self._progress.setInterval(SHARE_MS)
        self._progress.timeout.connect(self.share_progress)
        self.pending_pushes: list[p.Push] = []

    @property
    def joined(self) -> bool:
        return self.client is not None

    def join(self, url: str, code: str, name: str) -> None:
        from netcore.classhub.client import HubClient
        from netcore.classhub.sharing import ProjectSharer

        self.leave()
        self.outbox.mkdir(parents=True, exist_ok=True)
        self.loop = LoopThread("class link")
        self.client = HubClient(url, code, name, outbox=self.outbox, on_message=self._heard.emit)
        self.sharer = ProjectSharer(self.window.project.model, self.client.share)
        self.loop.submit(self.client.run)
        self._shared_progress = None
        self._poll.start()
        self._progress.start()
        self.changed.emit()

    def leave(self) -> None:
        if self.client is None:
            return
        client, loop = self.client, self.loop
        self.sharer.stop()
        self.client = self.sharer = None
        self._poll.stop()
        self._progress.stop()
        with contextlib.suppress(Exception):  # the loop ends below either way
            loop.call(client.close, timeout=2)
        loop.stop(3)
        self.loop = None
        self.changed.emit()

    # -- what the status line says ---------------------------------------------------------

    def describe(self) -> tuple[str, str]:
        """(short text, tooltip) for the status line."""
        client = self.client
        if client is None:
            return "", ""
        waiting = len(client.pending)
        shares = self.tr("The teacher sees: your name, your lesson progress and your runs' scores.")
        if client.state == "online":
            text = self.tr("Class {name}: connected").format(name=self.class_name or "")
        elif client.state == "refused":
            text = self.tr("Class: not joined — {reason}").format(reason=client.reason)
        else:
            text = self.tr("Class: offline, working on (reconnecting)")
        if waiting:
            text += " · " + self.tr("{count} hand-ins wait for the hub").format(count=waiting)
        return text, shares

    def _check_state(self) -> None:
        client = self.client
        state = (client.state, len(client.pending)) if client else ("", 0)
        if state != self._state:
            self._state = state
            self.changed.emit()

    # -- what the student shares -------------------------------------------------------------

    def share_progress(self) -> None:
        """The lesson and step the student is on, with the steps passed so far."""
        lessons = getattr(self.window, "lessons", None)
        lesson = getattr(lessons, "lesson", None)
        if self.client is None or lesson is None:
            return
        index = int(getattr(lessons, "index", 0) or 0)
        try:
            passed = set(lessons.progress.passed(lesson.id, len(lesson.steps)))
        except Exception:  # noqa: BLE001 - progress is a nicety; the step is still shared
            passed = set()
        checks = [
            p.Check(name=f"step {i + 1}", passed=i in passed) for i in range(min(index + 1, 50))
        ]
        progress = p.Progress(lesson=str(lesson.id)[:200], step=index + 1, checks=checks)
        if progress != self._shared_progress:
            self._shared_progress = progress
            self.client.share(progress)

    def hand_in(self, kind: str, data: bytes, label: int | None = None) -> str:
        """Queue a hand-in: sent now, or when the hub is back."""
        if self.client is None:
            raise RuntimeError(self.tr("Join a class first (File → Class → Join)."))
        handin = self.client.hand_in(kind, data, label)
        self._check_state()
        return handin

    # -- what the teacher sends ---------------------------------------------------------------

    def _on_heard(self, message) -> None:
        if isinstance(message, p.Welcome):
            self.class_name = message.class_name
            self._shared_progress = None
        elif isinstance(message, p.Push):
            self.pending_pushes.append(message)
            QTimer.singleShot(0, self._ask_next_push)
        elif isinstance(message, p.Note):
            self.message.emit(self.tr("From the teacher: {text}").format(text=message.text))
        elif isinstance(message, p.Refused):
            self.message.emit(self.tr("The class refused: {reason}").format(reason=message.reason))
        elif isinstance(message, p.Feed) and message.event == "handed in":
            self.message.emit(self.tr("Handed in: the hub has it."))
        elif isinstance(message, p.Feed) and message.event == "result":
            accuracy = message.data.get("accuracy")
            if accuracy is not None:
                self.message.emit(
                    self.tr(
                        "Your challenge model scored {accuracy} % on the hub's test data."
                    ).format(accuracy=f"{100 * accuracy:.1f}")
                )
        elif isinstance(message, p.Error):
            self.message.emit(self.tr("The class hub said: {reason}").format(reason=message.reason))
        self._check_state()

    def _ask_next_push(self) -> None:
        if not self.pending_pushes:
            return
        push = self.pending_pushes.pop(0)
        questions = {
            "lesson": self.tr("Open the teacher's lesson “{title}”? Your work is saved first."),
            "project": self.tr("Open the teacher's project “{title}”? Your work is saved first."),
            "network": self.tr("Open the teacher's network “{title}”? Your work is saved first."),
        }
        window = self.window
        if not window.dialogs.ask(self.tr("The teacher sent something"),
                                  questions[push.kind].format(title=push.title)):  # fmt: skip
            self.message.emit(self.tr("Kept your work; the teacher's push was not opened."))
            return
        if window.files.unsaved and not window.files.save():
            self.message.emit(self.tr("Not opened: your work could not be saved first."))
            return
        client = self.client
        if client is None:
            return
        self.run(
            client.fetch_push, push,
            done=lambda data: self._open_push(push, data),
            failed=lambda e: self.message.emit(self.tr("Not opened: {reason}").format(reason=e)),
        )  # fmt: skip

    def _open_push(self, push: p.Push, data: bytes) -> None:
        window = self.window
        if push.kind == "lesson":
            try:
                lesson = str(json.loads(data)["lesson"])
            except (ValueError, KeyError, TypeError):
                self.message.emit(self.tr("Not opened: the lesson pushed is not readable."))
                return
            window.show_lessons()
            try:
                window.lessons.start(lesson)
            except StopIteration:
                self.message.emit(
                    self.tr("Not opened: this LayerLab has no lesson “{id}”.").format(id=lesson)
                )
            return
        suffix = ".layerlab" if push.kind == "project" else ".json"
        folder = self.outbox.parent / "pushed"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"push-{push.push}{suffix}"
        path.write_bytes(data)
        window.files.open(path)


class StatusLine(QObject):
    """The status bar's class label: connected or offline, and what the teacher sees."""

    def __init__(self, link: StudentLink, label, parent=None) -> None:
        super().__init__(parent)
        self.link, self.label = link, label
        link.changed.connect(self.update)
        self.update()

    def update(self) -> None:
        text, tip = self.link.describe()
        self.label.setText(text)
        self.label.setToolTip(tip)
        self.label.setVisible(bool(text))
