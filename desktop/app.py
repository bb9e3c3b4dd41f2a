"""Start the LayerLab window."""

from __future__ import annotations

import sys
import time


def run(argv: list[str] | None = None) -> int:
    """Create the application and the main window; returns the exit status."""
    started = time.perf_counter()
    from pyqtgraph.util.garbage_collector import GarbageCollector
    from PySide6.QtWidgets import QApplication

    from desktop.mainwindow import MainWindow

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
    from desktop.files import settings
    from desktop.i18n import languages

    languages.install(app, languages.resolve(str(settings().value("ui/language", "") or "")))
    window = MainWindow()
    window.show()
    if not window.files.offer_recovery():
        window.files.new_from_template("lenet5")
        window.document.undo_stack.setClean()
    window.statusBar().showMessage(f"Ready in {time.perf_counter() - started:.1f} s", 5000)
    status = app.exec()
    collector.timer.stop()
    if window.restart_requested:  # a new language: the same program again
        from PySide6.QtCore import QProcess

        frozen = getattr(sys, "frozen", False)
        QProcess.startDetached(sys.executable, sys.argv[1:] if frozen else sys.argv)
    return status
