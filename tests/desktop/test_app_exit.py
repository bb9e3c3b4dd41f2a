"""Closing the real app while it trains: it asks, stops within 2 s and exits with status 0,
without Qt's "QThread: Destroyed while thread is still running" abort."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from pyqtgraph.util.garbage_collector import GarbageCollector
    from desktop.shell.mainwindow import MainWindow
    from desktop.project.dialogs import Dialogs

    class Yes(Dialogs):
        def ask(self, title, text):
            print("asked:", title, flush=True)
            return True
        def ask_save_changes(self, name):
            return "discard"

    app = QApplication(sys.argv)
    collector = GarbageCollector(interval=1.0)
    window = MainWindow(dialogs=Yes())
    window.show()
    window.files.new_from_template("xor-mlp")
    window.picker.select("xor")
    window.training.settings.epochs.setValue(10000)
    window.training.settings.batch.setCurrentText("1 — stochastic")
    state = {}

    def close_when_training():
        if window.training.plots.loss.point_count("batch") > 5:
            state["t"] = time.perf_counter()
            window.close()
            print(f"closed in {time.perf_counter() - state['t']:.2f} s", flush=True)
            app.quit()
        else:
            QTimer.singleShot(100, close_when_training)

    window.training.start()
    QTimer.singleShot(100, close_when_training)
    sys.exit(app.exec())
    """
)


def run_app(script: str, tmp_path, timeout: int = 300) -> subprocess.CompletedProcess:
    """The real app in a process of its own, offscreen, with its own settings folder."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LAYERLAB_CONFIG_DIR": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_closing_while_training_exits_cleanly(tmp_path):
    result = run_app(SCRIPT, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "asked: Training is running" in result.stdout
    seconds = float(result.stdout.split("closed in ")[1].split(" s")[0])
    assert seconds < 2.0
    assert "QThread: Destroyed" not in result.stderr
    assert "Traceback" not in result.stderr


QUIT_AFTER_EDIT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from desktop.shell.mainwindow import MainWindow
    from desktop.project.dialogs import Dialogs
    from netcore.network import editing

    class Discard(Dialogs):
        def ask_save_changes(self, name):
            print("asked to save", name, flush=True)
            return "discard"

    app = QApplication(sys.argv)
    window = MainWindow(dialogs=Discard(), probe_devices=False)
    window.show()
    window.files.new_from_template("xor-mlp")
    window.document.edit("add", lambda s: editing.add_layer(s, "Dense", params={"units": 3}))
    QTimer.singleShot(200, lambda: (window.close(), app.quit()))
    sys.exit(app.exec())
    """
)


def test_quitting_after_an_edit_and_discarding_prints_nothing(tmp_path):
    """Walkthrough: Ctrl+Q → Discard printed 'RuntimeError: Signal source has been deleted'."""
    result = run_app(QUIT_AFTER_EDIT, tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "asked to save" in result.stdout
    assert "Traceback" not in result.stderr and "RuntimeError" not in result.stderr, result.stderr


JOBS_THEN_QUIT = textwrap.dedent(
    """
    import os, sys, threading, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from pyqtgraph.util.garbage_collector import GarbageCollector
    from desktop.shell.mainwindow import MainWindow
    from desktop.project.dialogs import Dialogs

    class Discard(Dialogs):
        def ask_save_changes(self, name):
            return "discard"

    def live_threads():
        tasks = set(os.listdir("/proc/self/task"))
        return sorted(t.name for t in threading.enumerate() if str(t.native_id) in tasks)

    app = QApplication(sys.argv)
    collector = GarbageCollector(interval=1.0)
    window = MainWindow(dialogs=Discard())
    window.show()
    window.files.new_from_template("lenet5")
    window.picker.select("mnist")
    views = {}

    def start_jobs():
        if window.devices.devices is None:  # TensorFlow is still loading
            QTimer.singleShot(100, start_jobs)
            return
        window.findChild(type(window.undo_action), "actionExperimentBoard").trigger()
        window.board.epochs.setValue(10_000)
        embedding, patterns = window.inside.embedding, window.inside.maximization
        window.show_inside(embedding)
        embedding.method.setCurrentIndex(1)
        embedding.count.setValue(3000)
        embedding.run_button.click()
        window.show_inside(patterns)
        patterns.layer.setCurrentText("conv2")
        patterns.steps.setValue(1000)
        patterns.run_button.click()
        window.board.start_button.click()
        views.update(board=window.board, embedding=embedding, patterns=patterns)
        print("started:", window.board.job.running, embedding.job.running,
              patterns.job.running, flush=True)
        QTimer.singleShot(100, close_when_busy)

    def close_when_busy():
        busy = ("epoch" in views["board"].status.text()
                and views["embedding"].progress.value() > 0
                and views["patterns"].progress.value() > 0)
        if not busy:
            QTimer.singleShot(100, close_when_busy)
            return
        t = time.perf_counter()
        window.close()
        print(f"closed in {time.perf_counter() - t:.2f} s", flush=True)
        print("threads left:", [n for n in live_threads() if n != "MainThread"], flush=True)
        app.quit()

    QTimer.singleShot(0, start_jobs)
    sys.exit(app.exec())
    """
)


def test_quitting_while_the_board_tsne_and_patterns_run_exits_cleanly(tmp_path):
    """Closing ended the training and the device probe, not the board, t-SNE or the patterns
    (their threads ran on past the window)."""
    result = run_app(JOBS_THEN_QUIT, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "started: True True True" in result.stdout, result.stdout + result.stderr[-3000:]
    assert "threads left: []" in result.stdout, result.stdout
    seconds = float(result.stdout.split("closed in ")[1].split(" s")[0])
    print(f"closed in {seconds:.2f} s")
    assert seconds < 3.0  # one second allowed; generous for a busy machine
    assert "QThread: Destroyed" not in result.stderr
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
