"""The decision boundary while a toy trains in the window: how often it redraws, how late a 10 ms
GUI timer runs while it trains (from the first epoch to the last), and how much the drawing slows training (the same run with the boundary
hidden behind the problems list, alternating).

The toy is the spirals MLP (2-16-16-2 tanh, SGD 0.1, batch 10). Goals: ≥ 30 redraws a second of
the 100×100 boundary with the hidden units' pictures, training slowed by ≤ 10 %, timer lateness
p99 ≤ 50 ms. The machine's load is printed with each run: on a shared machine, repeat and compare
medians.

    uv run python bench/boundary_animation.py [--repeats 3] [--epochs 3000] [--xla off|auto]

``--netcore`` measures the core's side alone, without a window: while the toy trains in a
thread (netcore's run API with a ``TrainingControl``), the main thread asks for a weight
snapshot, loads it into an ``Inspector`` and computes the 100×100 boundary with the hidden
units' pictures (one batched call with a fixed signature: no retracing) as often as it can,
or at ``--rate`` per second; it prints the redraws per second, the time per redraw and how
much this slows training against the same run with nothing drawn (alternating, medians).
"""

from __future__ import annotations

import argparse
import dataclasses
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

from bench.whole_process import TOY  # noqa: E402
from desktop.inspect.boundary import DecisionBoundaryView  # noqa: E402
from desktop.shell.mainwindow import MainWindow  # noqa: E402
from netcore.training.events import EpochEnd, Finished  # noqa: E402


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

    compiled = {"how": ""}

    def on_event(event):
        if isinstance(event, EpochEnd):
            seconds.append(event.metrics["seconds"])
            epoch_times.append(time.perf_counter())
        elif isinstance(event, Finished):
            compiled["how"] = event.compiled  # XLA or not: a 10x difference for the toy

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
        "compiled": compiled["how"],
    }


def netcore_run(epochs: int, rate: float | None) -> dict:
    """One toy run in a thread; the main thread redraws the boundary from snapshots (at most
    ``rate`` a second; None: none at all). Returns epochs/s, redraws/s, seconds per redraw."""
    import threading

    from netcore.datasets import load_dataset
    from netcore.introspection import Inspector
    from netcore.network.spec import NetworkSpec
    from netcore.training.config import TrainConfig
    from netcore.training.engine import prepare
    from netcore.training.events import TrainingControl, WeightsSnapshot
    from netcore.training.outcome import train_outcome

    spec = NetworkSpec.from_dict(TOY)
    config = TrainConfig(optimizer="sgd", learning_rate=0.1, batch_size=10, epochs=epochs)
    prepared = prepare(spec, load_dataset("spirals"), config)
    inspector = Inspector(spec)
    extent = (-1.2, 1.2, -1.2, 1.2)
    control = TrainingControl()
    latest: dict = {}
    got = threading.Event()
    seconds: list[float] = []

    def listen(event) -> None:
        if isinstance(event, WeightsSnapshot):
            latest["w"] = event.weights
            got.set()
        elif isinstance(event, EpochEnd):
            seconds.append(event.metrics["seconds"])

    worker = threading.Thread(target=train_outcome, args=(prepared, listen, control, False))
    worker.start()
    if rate is not None:
        control.request_snapshot()
    redraw_times: list[float] = []
    stamps: list[float] = []
    while worker.is_alive():
        if rate is None:
            worker.join(0.05)
            continue
        t = time.perf_counter()
        if not got.wait(0.5):
            control.request_snapshot()
            continue
        got.clear()
        weights = latest["w"]
        control.request_snapshot()  # the next one is taken while this one is drawn
        inspector.set_weights(weights)
        inspector.boundary(extent, n=100, hidden_layers=2)
        done = time.perf_counter()
        redraw_times.append(done - t)
        stamps.append(done)
        pause = 1 / rate - (done - t)
        if pause > 0:
            time.sleep(pause)
    worker.join()
    span = stamps[-1] - stamps[len(stamps) // 3] if len(stamps) > 3 else 0.0
    return {
        "epochs_per_s": 1 / statistics.median(seconds[len(seconds) // 3 :]),
        "redraws_per_s": (len(stamps) - 1 - len(stamps) // 3) / span if span else 0.0,
        "redraw_ms": 1000 * statistics.median(redraw_times) if redraw_times else 0.0,
    }


def netcore_bench(repeats: int, epochs: int, rate: float) -> None:
    drawn, alone = [], []
    for i in range(repeats):
        for draw in (True, False) if i % 2 == 0 else (False, True):
            result = netcore_run(epochs, rate if draw else None)
            (drawn if draw else alone).append(result)
            print(
                f"  run {i + 1}, {'redrawing' if draw else 'nothing drawn'}: "
                f"{result['epochs_per_s']:.0f} epochs/s"
                + (
                    f", {result['redraws_per_s']:.1f} redraws/s, "
                    f"{result['redraw_ms']:.1f} ms per redraw (waiting for a snapshot included)"
                    if draw
                    else ""
                )
                + f" (load {os.getloadavg()[0]:.1f})",
                flush=True,
            )
    with_draw = statistics.median(r["epochs_per_s"] for r in drawn)
    without = statistics.median(r["epochs_per_s"] for r in alone)
    print(
        f"netcore side, 100x100 boundary with the hidden units' pictures at up to {rate:g}/s: "
        f"{statistics.median(r['redraws_per_s'] for r in drawn):.1f} redraws/s (goal >= 30), "
        f"{statistics.median(r['redraw_ms'] for r in drawn):.1f} ms each; training "
        f"{with_draw:.0f} epochs/s vs {without:.0f} alone: slowed by "
        f"{100 * (1 - with_draw / without):.0f} % (goal <= 10 %); load "
        + " ".join(f"{v:.1f}" for v in os.getloadavg()),
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=3000)
    parser.add_argument("--smoke", action="store_true", help="the smallest real run, seconds")
    parser.add_argument("--netcore", action="store_true", help="the core's side, no window")
    parser.add_argument("--rate", type=float, default=30.0, help="redraws a second (--netcore)")
    parser.add_argument(
        "--xla", choices=("off", "auto"), default="off", help="XLA off, or the window's choice"
    )
    args = parser.parse_args()
    if args.smoke:
        args.repeats, args.epochs = 1, 40
    if args.netcore:
        netcore_bench(args.repeats, args.epochs, args.rate)
        return
    app = QApplication.instance() or QApplication([])
    from netcore.models.threads import limit_numpy_threads

    limit_numpy_threads()  # as the app's start does
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
    # XLA off by default: whether a run compiles it depends on how fast its first calls were,
    # and it makes the toy 8x faster, so "shown" and "hidden" would not compare the same thing
    window.project.set_training(
        dataclasses.replace(window.project.training, xla=args.xla == "auto")
    )
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
                f"{result['wall']:.1f} s, {result['compiled']} (load {os.getloadavg()[0]:.1f})",
                flush=True,
            )
    speed_shown = statistics.median(r["epochs_per_s"] for r in shown)
    speed_hidden = statistics.median(r["epochs_per_s"] for r in hidden)
    rate = statistics.median(r["redraws_per_s"] for r in shown)
    p = np.percentile(late, [50, 99])
    print(
        f"boundary shown: {rate:.1f} redraws/s (goal >= 30); training {speed_shown:.0f} epochs/s "
        f"shown vs {speed_hidden:.0f} hidden: slowed by {100 * (1 - speed_shown / speed_hidden):.0f} % "
        f"(goal <= 10 %); timer lateness p50 {p[0]:.1f} ms, p99 {p[1]:.1f} ms (goal <= 50); load "
        + " ".join(f"{v:.1f}" for v in os.getloadavg()),
        flush=True,
    )
    window.document.undo_stack.setClean()
    window.project.forget_changes()


if __name__ == "__main__":
    main()
