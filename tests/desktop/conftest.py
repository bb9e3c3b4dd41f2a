"""pytest-qt fixtures: a main window with scripted answers to every question it asks."""

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from pyqtgraph.util.garbage_collector import GarbageCollector  # noqa: E402

from desktop.project.dialogs import Dialogs  # noqa: E402


class FakeDialogs(Dialogs):
    """Answers the app's questions from a script and records what it was asked."""

    def __init__(self):
        super().__init__(None)
        self.save_answer = "discard"
        self.ask_answer = True
        self.open_answer = None
        self.save_path_answer = None
        self.folder_answer = None
        self.scale_answer = 2.0
        self.own_data_answer = None  # (kind, path, {widget changes}) for the own-data dialog
        self.own_data_dialog = None
        self.errors: list[tuple[str, str]] = []
        self.asked: list[str] = []

    def ask_save_changes(self, name):
        self.asked.append(f"save changes to {name}")
        return self.save_answer

    def open_path(self, folder=""):
        return self.open_answer

    def open_image(self, folder=""):
        return self.open_answer

    def open_weights(self, folder=""):
        return self.open_answer

    def open_data_file(self, kind, folder=""):
        return self.open_answer

    def own_data(self):
        """Fill the real own-data dialog as a student would and accept its preview."""
        from desktop.project.own_data import OwnDataDialog

        if self.own_data_answer is None:
            return None
        kind, path, changes = self.own_data_answer
        dialog = OwnDataDialog(self, self.parent)
        self.own_data_dialog = dialog
        dialog.choose(kind, path)
        for name, value in changes.items():
            getattr(dialog, name).setCurrentText(value) if name != "standardize" else (
                dialog.standardize.setChecked(value)
            )
        if changes and not dialog.preview():
            self.errors.append(("own data", dialog.summary.text()))
            return None
        if dialog.source is None:
            self.errors.append(("own data", dialog.summary.text()))
            return None
        return dialog.source, dialog.info

    def choose_folder(self, title, folder=""):
        return self.folder_answer

    def save_path(self, suggested):
        return self.save_path_answer

    def export_path(self, suggested, file_filter):
        return self.save_path_answer

    def figure_scale(self):
        return self.scale_answer

    def error(self, title, text):
        self.errors.append((title, text))

    def ask(self, title, text):
        self.asked.append(title)
        return self.ask_answer

    def about(self, title, html):
        self.asked.append(title)
        self.about_html = html


@pytest.fixture(autouse=True)
def _collect_garbage_in_the_gui_thread(qapp):
    """As the app does (desktop/shell/app.py): no cyclic GC in the training thread, where freeing a
    Qt object deadlocks against the GUI thread.

    What is alive when a test starts (TensorFlow, Keras, Qt: hundreds of thousands of objects)
    is frozen out of the collector's reach, so the collections here walk only what the test
    made: a full walk costs ~0.3 s each, twice a test, once TensorFlow is loaded."""
    gc.collect()
    gc.freeze()
    collector = GarbageCollector(interval=0.5)
    yield
    collector.timer.stop()
    gc.collect()
    gc.enable()


@pytest.fixture
def dialogs():
    return FakeDialogs()


@pytest.fixture
def window(qtbot, dialogs):
    from desktop.shell.mainwindow import MainWindow

    win = MainWindow(dialogs=dialogs, probe_devices=False)
    qtbot.addWidget(win)
    win.resize(1280, 820)  # a desktop screen (the offscreen one is smaller)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.document.undo_stack.setClean()  # no prompt while tearing down
