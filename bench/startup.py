"""Time from launching LayerLab to an interactive window (goal ≤ 2 s), and how long
TensorFlow's import takes in the same run, each in fresh processes, median of N.

The window never waits for TensorFlow: it is imported in a background thread after the window
shows. "interactive" = the main window shown with LeNet-5 open and the event loop idle.

    uv run python bench/startup.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

WINDOW = r"""
import os, sys, time
start = float(os.environ["T0"])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.shell.mainwindow import MainWindow
app = QApplication(sys.argv)
w = MainWindow()
w.show()
w.files.new_from_template("lenet5")
def idle():
    print(time.time() - start)
    w.document.undo_stack.setClean()
    w.close()
    app.quit()
QTimer.singleShot(0, idle)
app.exec()
"""

TF = r"""
import os, time
start = float(os.environ["T0"])
from netcore.models import tfruntime
tfruntime.tensorflow()
print(time.time() - start)
"""


def child(code: str, config: str) -> float:
    env = {
        **os.environ,
        "T0": repr(time.time()),
        "QT_QPA_PLATFORM": "offscreen",
        "LAYERLAB_CONFIG_DIR": config,
    }
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip().splitlines()[0])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="the smallest real run, seconds")
    args = parser.parse_args()
    if args.smoke:
        args.repeats = 1
    windows, tfs = [], []
    with tempfile.TemporaryDirectory() as config:
        for _ in range(args.repeats):
            windows.append(child(WINDOW, config))
            tfs.append(child(TF, config))
    w, t = statistics.median(windows), statistics.median(tfs)
    print(
        f"window interactive: median {w:.2f} s (goal ≤ 2 s); runs {[round(x, 2) for x in windows]}"
    )
    print(
        f"import tensorflow:  median {t:.2f} s; the window is ready in {w / t:.2f}× the time TensorFlow takes to import"
    )


if __name__ == "__main__":
    main()
