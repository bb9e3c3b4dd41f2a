"""The decision boundary while a toy trains in the window: how often it redraws, how late a 10 ms
GUI timer runs while it trains (from the first epoch to the last), and how much the drawing slows training (the same run with the boundary
hidden behind the problems list, alternating).

The toy is the spirals MLP (2-16-16-2 tanh, SGD 0.1, batch 10). Goals: ≥ 20 redraws a second,
training slowed by ≤ 10 %, timer lateness p99 ≤ 50 ms.

    uv run python bench/boundary_animation.py [--repeats 3] [--epochs 3000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LAYERLAB_CONFIG_DIR", tempfile.mkdtemp())
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

import numpy as np  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.inspect.boundary import DecisionBoundaryView  # noqa: E402
from desktop.shell.mainwindow import MainWindow  # noqa: E402
from netcore.training.events import EpochEnd  # noqa: E402


def one_run(window, epochs: int, visible: bool) -> dict:
    panel = window.training
    if visible:
        window.show_inside(window.inside.boundary)
    else:  # a list of problems in front: nothing that draws while training
        window.problems_dock.raise_()
    redraws: list[float] = []
    real_refresh = DecisionBoundaryView.refresh

    def counted(view):
        real_refresh(view)
        if view is window.inside.boundary:
            redraws.append(time.perf_counter())

    DecisionBoundaryView.refresh = counted
    lateness: list[float] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(10)
    last = {"t": None}

    ticks: list[float] = []
    epoch_times: list[float] = []

    def tick():
        now = clock.elapsed()
        if last["t"] is not None:
            lateness.append(max(0.0, now - last["t"] - 10))
            ticks.append(time.perf_counter())
        last["t"] = now

    seconds: list[float] = []

    def on_event(event):
        if isinstance(event, EpochEnd):
            seconds.append(event.metrics["seconds"])
            epoch_times.append(time.perf_counter())

    panel.session.event.connect(on_event)
    timer.timeout.connect(tick)
    panel.settings.epochs.setValue(epochs)
    clock.start()
    timer.start()
    loop = QEventLoop()
    panel.session.running_changed.connect(lambda running: None if running else loop.quit())
    t0 = time.perf_counter()
    panel.start()
    loop.exec()
    wall = time.perf_counter() - t0
    timer.stop()
    panel.session.event.disconnect(on_event)
    DecisionBoundaryView.refresh = real_refresh
    # while it trains: from the first epoch's end to the last (not building or evaluating)
    first, end = epoch_times[0], epoch_times[-1]
    lateness = [late for late, t in zip(lateness, ticks, strict=True) if first <= t <= end]
    during = [t for t in redraws if first <= t <= end]
    span = (during[-1] - during[0]) if len(during) > 1 else 0.0
    return {
        "epochs_per_s": 1 / statistics.median(seconds[len(seconds) // 3 :]),
        "redraws_per_s": (len(during) - 1) / span if span else 0.0,
        "redraws": len(during),
        "lateness": lateness,
        "wall": wall,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=3000)
    parser.add_argument("--smoke", action="store_true", help="the smallest real run, seconds")
    args = parser.parse_args()
    if args.smoke:
        args.repeats, args.epochs = 1, 40
    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.resize(1280, 720)
    window.show()
    window.devices.wait(120_000)
    window.files.new_from_template("spirals-mlp")
    window.picker.select("spirals")
    panel = window.training
    panel.settings.optimizer.setCurrentText("sgd")
    panel.settings.learning_rate.setValue(0.1)
    panel.settings.batch.setCurrentText("10")
    app.processEvents()
    shown, hidden, late = [], [], []
    for i in range(args.repeats):
        for visible in (True, False) if i % 2 == 0 else (False, True):
            result = one_run(window, args.epochs, visible)
            (shown if visible else hidden).append(result)
            if visible:
                late += result["lateness"]
            p99 = np.percentile(result["lateness"], 99)
            print(
                f"  run {i + 1}, boundary {'shown' if visible else 'hidden'}: "
                f"{result['epochs_per_s']:.0f} epochs/s, {result['redraws']} redraws "
                f"({result['redraws_per_s']:.1f}/s), timer p99 {p99:.0f} ms, "
                f"{result['wall']:.1f} s",
                flush=True,
            )
    speed_shown = statistics.median(r["epochs_per_s"] for r in shown)
    speed_hidden = statistics.median(r["epochs_per_s"] for r in hidden)
    rate = statistics.median(r["redraws_per_s"] for r in shown)
    p = np.percentile(late, [50, 99])
    print(
        f"boundary shown: {rate:.1f} redraws/s (goal >= 20); training {speed_shown:.0f} epochs/s "
        f"shown vs {speed_hidden:.0f} hidden: slowed by {100 * (1 - speed_shown / speed_hidden):.0f} % "
        f"(goal <= 10 %); timer lateness p50 {p[0]:.1f} ms, p99 {p[1]:.1f} ms (goal <= 50)",
        flush=True,
    )
    window.document.undo_stack.setClean()
    window.project.forget_changes()


if __name__ == "__main__":
    main()
