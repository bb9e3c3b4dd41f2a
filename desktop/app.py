"""Start the LayerLab window."""

from __future__ import annotations

import sys
import time


def run(argv: list[str] | None = None) -> int:
    """Create the application and the main window; returns the exit status."""
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    from desktop.mainwindow import MainWindow

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("LayerLab")
    app.setOrganizationName("LayerLab")
    window = MainWindow()
    window.show()
    if not window.files.offer_recovery():
        window.files.new_from_template("lenet5")
        window.document.undo_stack.setClean()
    window.statusBar().showMessage(f"Ready in {time.perf_counter() - started:.1f} s", 5000)
    return app.exec()
