"""How fast the 'inside' views and the drawing canvas answer, against plain Keras calls measured
in the same run (medians; this machine is noisy).

- Feature maps: a full refresh of the feature-map viewer for LeNet-5 on an MNIST test digit
  (every layer's output + drawing); goal ≤ 100 ms. Baseline: ``model.predict`` of one image.
- Decision boundary: a 100×100 refresh on XOR (output + hidden units + drawing); goal ≤ 50 ms.
  Baseline: ``model.predict`` of the 10,000 grid points.
- Drawing: stroke-to-bars (render the strokes, MNIST preprocessing, classify, bars); goal
  ≤ 30 ms median; inference alone goal ≤ 5 ms.
- Filter viewer open vs closed while LeNet-5 trains on MNIST in the app (throughput ratio).

    uv run python bench/inside_latency.py [--repeats 30] [--train-runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LAYERLAB_CONFIG_DIR", tempfile.mkdtemp())
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np  # noqa: E402
from editor_latency import median_ms as _median_ms  # noqa: E402
from PySide6.QtCore import QEventLoop, QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.project.dialogs import Dialogs  # noqa: E402
from desktop.shell.mainwindow import MainWindow  # noqa: E402
from netcore.training.events import EpochEnd  # noqa: E402


def median_ms(fn, repeats: int) -> float:
    return _median_ms(fn, repeats, warm=True)  # the first call traces


def train_speed(app, window, epochs: int) -> float:
    panel = window.training
    seconds = []

    def on_event(event):
        if isinstance(event, EpochEnd):
            seconds.append(event.metrics["seconds"])

    panel.session.event.connect(on_event)
    panel.settings.epochs.setValue(epochs)
    loop = QEventLoop()
    panel.session.running_changed.connect(lambda running: None if running else loop.quit())
    panel.start()
    loop.exec()
    panel.session.event.disconnect(on_event)
    window.files.results_dirty = False
    return 60000 / statistics.median(seconds[1:])


class _Unattended(Dialogs):
    """No one answers a benchmark's questions: changes are discarded, errors printed (a real
    dialog would wait forever for a click)."""

    def ask_save_changes(self, name):
        return "discard"

    def ask(self, title, text):
        return True

    def error(self, title, text):
        print(f"error: {title}: {text}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--train-runs", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--smoke", action="store_true", help="the smallest real run, seconds")
    args = parser.parse_args()
    if args.smoke:
        args.repeats, args.train_runs, args.epochs = 2, 0, 1
    app = QApplication.instance() or QApplication([])
    from pyqtgraph.util.garbage_collector import GarbageCollector

    collector = GarbageCollector(interval=1.0)  # noqa: F841
    window = MainWindow(dialogs=_Unattended())
    window.resize(1400, 950)
    window.show()
    window.devices.wait(120_000)
    app.processEvents()
    r = args.repeats

    # -- feature maps, LeNet-5 ---------------------------------------------------------------
    window.files.new_from_template("lenet5")
    window.picker.select("mnist")
    view = window.inside.feature_maps
    window.show_inside(view)
    app.processEvents()
    inspector = window.model_state.inspector()
    x = window.model_state.dataset().x_test[0]
    refresh = median_ms(lambda: (view.update_view(), app.processEvents()), r)
    outputs = median_ms(lambda: inspector.outputs(x), r)
    plain = median_ms(lambda: inspector.model.predict(x[None], verbose=0), r)
    print(
        f"feature maps (LeNet-5): full refresh {refresh:.1f} ms (goal ≤ 100), all layer outputs "
        f"{outputs:.2f} ms; plain model.predict of one image {plain:.1f} ms "
        f"(refresh/predict {refresh / plain:.2f}, outputs/predict {outputs / plain:.3f})"
    )

    # -- decision boundary, XOR ---------------------------------------------------------------
    window.files.new_from_template("xor-mlp")
    window.picker.select("xor")
    boundary = window.inside.boundary
    window.show_inside(boundary)
    app.processEvents()
    inspector = window.model_state.inspector()
    refresh = median_ms(lambda: (boundary.update_view(), app.processEvents()), r)
    grid = median_ms(lambda: inspector.boundary((-1.3, 1.3, -1.3, 1.3), n=100), r)
    points = np.random.default_rng(0).uniform(-1, 1, (10_000, 2)).astype(np.float32)
    plain = median_ms(lambda: inspector.model.predict(points, verbose=0), r)
    print(
        f"decision boundary 100×100 (XOR 2-2-1): view refresh {refresh:.1f} ms (goal ≤ 50), grid "
        f"with hidden units {grid:.2f} ms; plain model.predict of the grid {plain:.1f} ms "
        f"(grid/predict {grid / plain:.3f})"
    )

    # -- drawing ------------------------------------------------------------------------------
    window.files.new_from_template("lenet5")
    window.picker.select("mnist")
    window.show_draw()
    app.processEvents()
    panel = window.draw
    canvas = panel.canvas
    rect = canvas.paper_rect()

    def at(fx, fy):
        return QPoint(int(rect.left() + fx * rect.width()), int(rect.top() + fy * rect.height()))

    QTest.mousePress(
        canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(0.3, 0.2)
    )
    for k in range(40):  # a "7", stroke events as a mouse delivers them
        fx, fy = (
            (0.3 + k * 0.01, 0.2) if k < 20 else (0.5 - (k - 20) * 0.008, 0.2 + (k - 20) * 0.035)
        )
        QTest.mouseMove(canvas, at(fx, fy))
    QTest.mouseRelease(
        canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(0.34, 0.9)
    )
    app.processEvents()
    stroke_to_bars = median_ms(lambda: (panel.classify(), app.processEvents()), r)
    classifier = panel.classifier()
    image = panel.image
    inference = median_ms(lambda: classifier.probabilities(image), r)
    plain = median_ms(lambda: classifier.model.predict(image[None], verbose=0), r)
    print(
        f"drawing: stroke → bars {stroke_to_bars:.1f} ms (goal ≤ 30), inference {inference:.2f} ms "
        f"(goal ≤ 5); plain model.predict {plain:.1f} ms (inference/predict {inference / plain:.3f}); "
        f"answered by {classifier.name}"
    )

    # -- filter viewer open vs closed during training -------------------------------------------
    if args.train_runs:
        window.training.settings.optimizer.setCurrentText("sgd")
        window.training.settings.learning_rate.setValue(0.05)
        window.training.settings.batch.setCurrentText("128")
        window.training.settings.validation.setValue(0.0)
        opened, closed = [], []
        for i in range(args.train_runs):
            window.show_inside(window.inside.filters)
            app.processEvents()
            opened.append(train_speed(app, window, args.epochs))
            window.training_dock.raise_()
            app.processEvents()
            closed.append(train_speed(app, window, args.epochs))
            print(
                f"  run {i + 1}: filter viewer open {opened[-1]:.0f} samples/s, closed "
                f"{closed[-1]:.0f} samples/s",
                flush=True,
            )
        print(
            f"training with the filter viewer open vs closed: median {statistics.median(opened):.0f} "
            f"vs {statistics.median(closed):.0f} samples/s, ratio "
            f"{statistics.median(opened) / statistics.median(closed):.3f}"
        )
    window.document.undo_stack.setClean()
    window.project.forget_changes()  # else closing asks to save, and a benchmark has no one to answer
    window.close()


if __name__ == "__main__":
    main()
