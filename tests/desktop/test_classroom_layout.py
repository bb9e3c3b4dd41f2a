"""The class windows pass the layout audit at a projector's 1280×720, in French, in normal and
presentation mode: the start panel (before and after starting), the Class workspace with its
dashboard of thirty students, its challenges and class dataset, the join dialog. Screenshots of each are written
to ``CLASS_SHOTS`` (default /tmp/class_shots) to be looked at."""

import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from desktop.classroom.join import JoinDialog
from desktop.classroom.wiring import install
from netcore.classhub import protocol as p
from netcore.classhub.discovery import FoundClass
from tests.desktop import layout_audit
from tests.netcore.classhub.helpers import png

SCREEN = QRect(0, 0, 1280, 720)
SHOTS = Path(os.environ.get("CLASS_SHOTS", "/tmp/class_shots"))
NAMES = [
    "Ada", "Bo", "Chloé", "Dmitri", "Élodie", "Farid", "Gabrielle", "Hugo", "Inès", "Jules",
    "Kenza", "Léon", "Maëlys", "Nathan", "Océane", "Paul", "Quentin", "Rose", "Samuel", "Théo",
    "Ulysse", "Valentine", "William", "Xavier", "Yasmine", "Zoé", "<b>Anne-Sophie</b>",
    "Jean-Baptiste Delacroix-Montfort", "Lou", "Mia",
]  # fmt: skip


def simulate_class(hub, count=30):
    """Thirty students with progress and runs, and a few drawings (in the hub's loop)."""

    async def fill():
        for i, name in enumerate(NAMES[:count]):
            student, _ = hub.join(hub.code, name)
            if i % 4:
                hub.connected(student)
            checks = [p.Check(name=f"step {s + 1}", passed=s < i % 5) for s in range(1 + i % 5)]
            hub.shared(student, p.Progress(lesson="first-steps", step=1 + i % 5, checks=checks))
            loss = [2.3 / (1 + e * (0.3 + i / 60)) for e in range(40)]
            run = p.RunShare(
                run=1, epochs=40, test_accuracy=0.8 + i / 200, params=20_000 + 997 * i,
                curves=p.Curves(loss=loss), network={"name": name},
            )  # fmt: skip
            hub.shared(student, run)
            if i < 12:
                await hub.hand_in(student, "drawing", uuid.uuid4().hex, png(28), i % 10)

    return fill


@pytest.fixture
def french(qapp):
    from desktop.i18n import languages

    languages.install(qapp, "fr")
    yield
    languages.install(qapp, "en")


def test_the_class_windows_pass_the_layout_audit(window, french, qapp, qtbot, tmp_path):
    SHOTS.mkdir(parents=True, exist_ok=True)
    room = install(window)
    room.show_start()
    panel = room.panel
    panel.announce = False
    panel.folder.setText(str(tmp_path / "class"))
    panel.name.setText("Terminale B — réseaux de neurones")
    panel.host.setCurrentText("127.0.0.1")
    panel.port.setValue(0)
    found = []

    def look(view, top, mode, presentation):
        top.move(0, 0)
        layout_audit.settle(qapp)
        top.grab().save(str(SHOTS / f"{view}-fr-{mode}.png"))
        found.extend(layout_audit.audit_window(view, top, SCREEN, presentation))

    try:
        join = JoinDialog(browse=lambda: [FoundClass("Terminale B", "127.0.0.1", 8765, 1)])
        join.look()
        qtbot.waitUntil(lambda: join.found.count() == 1, timeout=5000)
        for presentation in (False, True):
            mode = "presentation" if presentation else "normal"
            window.appearance.set_presentation(presentation)
            look("start-form", panel, mode, presentation)
            join.show()
            look("join", join, mode, presentation)
            join.hide()
        panel.start()
        qtbot.waitUntil(lambda: room.teacher.running, timeout=5000)
        room.teacher.loop.call(simulate_class(room.teacher.hub))
        window.resize(1280, 720)  # the whole projector; the dashboard is the Class workspace's
        room.show_dashboard()
        board = room.dashboard
        assert window.workspaces.current == "class"
        qtbot.waitUntil(lambda: board.proxy.rowCount() == 30, timeout=5000)
        qtbot.waitUntil(lambda: board.dataset.list.count() == 12, timeout=5000)
        for presentation in (False, True):
            mode = "presentation" if presentation else "normal"
            window.appearance.set_presentation(presentation)
            panel.resize(min(1280, panel.sizeHint().width() + 200), 600)
            look("start-class", panel, mode, presentation)
            for index, name in enumerate(("students", "challenges", "dataset")):
                board.tabs.setCurrentIndex(index)
                look(f"dashboard-{name}", window, mode, presentation)
    finally:
        window.appearance.set_presentation(False)
        room.shutdown()
    assert found == [], "\n".join(
        f"{o['view']} {o['widget']}: {o['kind']} {o['detail']} {o}" for o in found[:20]
    )
