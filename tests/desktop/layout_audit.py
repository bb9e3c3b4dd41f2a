"""The layout audit: every workspace, view, tool window and dialog opened on a given screen, in
normal and presentation mode, checked for what a class at a projector would see go wrong.

An offence is a widget that reaches outside the screen, is cut by its parent, shows text wider
(or taller) than itself, a presentation-mode text under ``MIN_PRESENTATION_PX`` pixels, a drawing
with less room than it needs, a slider too short to drag (tests/desktop/layout_checks.py), or a
tool window over a lesson's task. Every offence is reported at once, with the widget's path
(objectName or class, from the window down), the view and the numbers, so the list is a to-do
list.

Run as a program (the screen is made before the QApplication, so a scale factor and a screen
size need a process of their own)::

    QT_QPA_PLATFORM=offscreen:configfile=screen.json QT_SCALE_FACTOR=1.5 \\
        python -m tests.desktop.layout_audit en fr [--no-tensorflow]

prints one JSON object: ``{"screen": [w, h], "offences": [{...}, ...], "seconds": s}``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from tests.desktop.layout_checks import _offence, _r, audit_window, global_rect

__all__ = ["audit_window", "audit_language", "main"]


# --------------------------------------------------------------------------- the views


def settle(app, rounds: int = 4) -> None:
    for _ in range(rounds):
        app.processEvents()


def fake_results(window) -> None:
    """A finished run with test scores, a confusion matrix and mistakes, without training."""
    import numpy as np

    from netcore.training.history import RunRecord

    rng = np.random.default_rng(0)
    labels = rng.integers(0, 10, 400)
    probabilities = rng.dirichlet(np.ones(10) * 0.3, 400).astype("float32")
    names = [str(i) for i in range(10)]
    title = window.training._dataset_title() or ""
    record = RunRecord(
        config={"epochs": 200, "optimizer": "sgd"}, label="sgd lr 0.1, batch 32", dataset=title
    )
    model = window.project.model
    model.begin_run(record)
    epochs = [{"loss": 0.6596335 + 1e-7 * (i % 3), "accuracy": 0.65} for i in range(200)]
    model.grow_run(epochs=epochs)
    final = RunRecord(
        epochs=[dict(e) for e in epochs], test={"accuracy": 0.65, "loss": 0.6596},
        config=record.config, label=record.label, class_names=names, dataset=title,
        test_labels=labels, test_probabilities=probabilities,
    )  # fmt: skip
    model.end_run(final)


#: thirty students of a class (names of every length, an accent, markup that must show as text)
STUDENTS = [
    "Ada", "Bo", "Chloé", "Dmitri", "Élodie", "Farid", "Gabrielle", "Hugo", "Inès", "Jules",
    "Kenza", "Léon", "Maëlys", "Nathan", "Océane", "Paul", "Quentin", "Rose", "Samuel", "Théo",
    "Ulysse", "Valentine", "William", "Xavier", "Yasmine", "Zoé", "<b>Anne-Sophie</b>",
    "Jean-Baptiste Delacroix-Montfort", "Lou", "Mia",
]  # fmt: skip


def drawing_png(side: int = 28) -> bytes:
    """A digit-sized PNG with one stroke (a hand-in for the class dataset)."""
    import numpy as np

    from desktop.classroom.wiring import drawing_png as to_png

    grey = np.ones((side, side), np.float32)
    grey[4 : side - 4, side // 2] = 0.0
    return to_png(grey)


def simulate_class(hub, count: int = 30):
    """Students with progress, runs and a few drawings, made in the hub's loop."""
    import uuid

    from netcore.classhub import protocol as p

    async def fill():
        for i, name in enumerate(STUDENTS[:count]):
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
                await hub.hand_in(student, "drawing", uuid.uuid4().hex, drawing_png(), i % 10)

    return fill


def wait(app, condition, seconds: float = 10.0) -> bool:
    """Process events until ``condition()`` holds (the hub answers from its own thread)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def plots_shown(top: QWidget) -> list[QWidget]:
    """The plots in ``top`` a class sees (their height is what a room reads curves from)."""
    import pyqtgraph as pg

    return [p for p in top.findChildren(pg.PlotWidget) if p.isVisible()]


def audit_language(
    app, language: str, screen: QRect, tensorflow: bool = True, measures: list | None = None
) -> list[dict]:
    from desktop.i18n import languages
    from desktop.shell.mainwindow import MainWindow
    from desktop.shell.workspaces import NAMES
    from tests.desktop.conftest import FakeDialogs

    languages.install(app, language)
    if tensorflow:  # the views draw what they show, not "TensorFlow is loading"
        from netcore.models import tfruntime

        tfruntime.tensorflow()
    shots = os.environ.get("LAYOUT_SHOTS", "")  # a folder: a PNG of every view audited
    window = MainWindow(dialogs=FakeDialogs(), probe_devices=False)
    window.show()
    if tensorflow:
        window.model_state.set_tensorflow_ready()
    window.files.new_from_template("lenet5")
    window.picker.select("mnist")
    fake_results(window)
    settle(app)
    found: list[dict] = []
    measures = [] if measures is None else measures

    def seen(view: str, top: QWidget, mode: str, presentation: bool) -> None:
        settle(app)
        if shots:
            # one name per screen: both screens are audited at once into one folder
            ratio = app.primaryScreen().devicePixelRatio()
            size = f"{round(screen.width() * ratio)}x{round(screen.height() * ratio)}"
            name = f"{view.replace(':', '-')}-{language}-{mode}-{size}.png"
            top.grab().save(str(Path(shots) / name))
        for offence in audit_window(view, top, screen, presentation):
            offence.update(language=language, mode=mode)
            found.append(offence)

    try:
        for presentation in (False, True):
            mode = "presentation" if presentation else "normal"
            window.appearance.set_presentation(presentation)
            settle(app)

            def look(
                view: str, top: QWidget = window, mode=mode, presentation=presentation
            ) -> None:
                seen(view, top, mode, presentation)

            for name in NAMES:
                window.workspaces.switch(name)
                look(f"workspace:{name}")
                if name == "train":
                    for plot in plots_shown(window.training.plots):
                        measures.append(
                            {"view": f"workspace:{name}", "what": plot.objectName(),
                             "width": plot.width(), "height": plot.height(),
                             "language": language, "mode": mode}
                        )  # fmt: skip
            window.workspaces.switch("inspect")
            for i in range(window.inside.count()):
                view = window.inside.widget(i)
                # a plane to draw: a 2-D dataset and its network; a sequence: a digit read
                # row by row by the LSTM
                preset = {
                    window.inside.boundary: ("xor-mlp", "xor"),
                    window.inside.sequences: ("lstm-digit-reader", "mnist"),
                }.get(view)
                if preset is not None:
                    window.files.new_from_template(preset[0])
                    window.picker.select(preset[1])
                window.inside.show_view(view)
                look(f"inside:{type(view).__name__}")
                if preset is not None:
                    window.files.new_from_template("lenet5")
                    window.picker.select("mnist")
                    fake_results(window)
            # a lesson's step with the views it asks for, and tool windows opened over it
            window.show_lessons()
            lessons = window.lessons
            lessons.start("backprop")
            look("lessons:step")
            window.show_inside(window.inside.backprop)
            look("lessons:backprop")
            window.show_sandbox()
            look("window:sandbox", window.sandbox)
            found.extend(
                dict(offence, language=language, mode=mode)
                for offence in over_the_task("window:sandbox", window.sandbox, window)
            )
            window.sandbox.hide()
            window.show_board()
            look("window:board", window.board)
            found.extend(
                dict(offence, language=language, mode=mode)
                for offence in over_the_task("window:board", window.board, window)
            )
            window.board.hide()
            window.workspaces.switch("design")
        audit_class(app, window, seen)
    finally:
        window.document.undo_stack.setClean()
        window.project.forget_changes()
        window.files.discard_recovery()
        window.appearance.set_presentation(False)
        window.hide()
        window.deleteLater()
        settle(app)
    return found


def audit_class(app, window, seen) -> None:
    """The class windows (issue 35): the start panel before and after a class starts on the
    loopback (no announcement on the network), and the Class workspace's dashboard on each of
    its tabs with thirty students, in normal and presentation mode."""
    import tempfile

    from desktop.classroom.wiring import install

    room = getattr(window, "classroom", None) or install(window)
    room.show_start()
    panel = room.panel
    panel.announce = False
    folder = tempfile.mkdtemp(prefix="layerlab-class-")
    panel.folder.setText(folder)
    panel.name.setText("Terminale B — réseaux de neurones")
    panel.host.setCurrentText("127.0.0.1")
    panel.port.setValue(0)
    modes = ((False, "normal"), (True, "presentation"))
    try:
        for presentation, mode in modes:
            window.appearance.set_presentation(presentation)
            seen("class:start-form", panel, mode, presentation)
        panel.start()
        if not wait(app, lambda: room.teacher.running):
            raise RuntimeError("the class hub did not start on 127.0.0.1")
        room.teacher.loop.call(simulate_class(room.teacher.hub))
        room.show_dashboard()
        board = room.dashboard
        wait(app, lambda: board.proxy.rowCount() == len(STUDENTS))
        wait(app, lambda: board.dataset.list.count() == 12)
        for presentation, mode in modes:
            window.appearance.set_presentation(presentation)
            seen("class:start-class", panel, mode, presentation)
            panel.hide()
            window.workspaces.switch("class")
            for index, name in enumerate(("students", "challenges", "dataset")):
                board.tabs.setCurrentIndex(index)
                seen(f"class:dashboard-{name}", window, mode, presentation)
            panel.show()
    finally:
        window.appearance.set_presentation(False)
        panel.hide()
        room.shutdown()
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


def over_the_task(view: str, tool: QWidget, window) -> list[dict]:
    """A tool window opened during a lesson must leave the step's text and Check visible."""
    dock = window.lessons_dock
    if dock is None or not dock.isVisible():
        return []
    task = global_rect(dock)
    frame = tool.frameGeometry()
    if tool.isVisible() and frame.intersects(task):
        return [
            _offence(view, tool, "over the task", "opens over the lesson's task",
                     window_rect=_r(frame), task_rect=_r(task))
        ]  # fmt: skip
    return []


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    app = QApplication.instance() or QApplication(["layout-audit"])
    screen = app.primaryScreen().availableGeometry()
    found, measures = [], []
    tensorflow = "--no-tensorflow" not in argv
    for language in [a for a in argv if not a.startswith("--")] or ["en"]:
        found += audit_language(app, language, screen, tensorflow, measures)
    ratio = app.primaryScreen().devicePixelRatio()
    print(
        json.dumps(
            {
                "screen": [round(screen.width() * ratio), round(screen.height() * ratio)],
                "ratio": ratio,
                "offences": found,
                "plots": measures,
                "seconds": round(time.perf_counter() - started, 1),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
