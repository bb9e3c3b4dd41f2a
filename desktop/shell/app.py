"""Start the LayerLab window."""

from __future__ import annotations

import sys
import time


def start_window(dialogs=None, probe_devices: bool = True):
    """The window as a start shows it: in the language chosen, with the work a crash left
    offered back (else a first network), and a word in the status bar about any setting that
    could not be used. Needs a QApplication."""
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import languages
    from desktop.shell.mainwindow import MainWindow, saved_language

    app = QApplication.instance()
    languages.install(app, languages.resolve(saved_language()))
    window = MainWindow(dialogs=dialogs, probe_devices=probe_devices)
    window.show()
    if not window.files.offer_recovery():
        window.files.new_from_template("lenet5")
        window.document.undo_stack.setClean()
    ready = f"Ready in {time.perf_counter() - started:.1f} s"
    said = window.statusBar().currentMessage()  # what could not be used in the settings
    window.statusBar().showMessage(f"{ready}. {said}" if said else ready, 20_000 if said else 5000)
    window.show_settings_notes()  # anything the recovery offer found
    return window


def run(argv: list[str] | None = None) -> int:
    """Create the application and the main window; returns the exit status."""
    from pyqtgraph.util.garbage_collector import GarbageCollector
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("LayerLab")
    app.setOrganizationName("LayerLab")
    app.setDesktopFileName("layerlab")
    from PySide6.QtGui import QIcon

    from netcore.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "layerlab-256.png"))))
    # Python's cyclic GC may run in any thread; if it frees a Qt object while the training
    # thread runs, Qt and Python deadlock (seen in the tests). Collect in the GUI thread only.
    collector = GarbageCollector(interval=1.0)
    from netcore.models.threads import limit_numpy_threads

    limit_numpy_threads()  # the window's pictures on one core, the training on the others
    window = start_window()
    status = app.exec()
    collector.timer.stop()
    if window.restart_requested:  # a new language: the same program again
        from PySide6.QtCore import QProcess

        frozen = getattr(sys, "frozen", False)
        QProcess.startDetached(sys.executable, sys.argv[1:] if frozen else sys.argv)
    return status
