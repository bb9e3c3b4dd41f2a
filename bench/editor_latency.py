"""How fast the editor answers an edit, from the student's click to the repainted window, on a
50-layer and a 200-layer network (goal: ≤ 20 ms and ≤ 30 ms median), against what asking Keras
for the same shapes would cost (building the functional model), in one run.

Measures, median of N, for each network size:
  - analyze(): pure-Python shape inference + validation of the whole network;
  - a property edit in the real window (offscreen): a spin-box click → document edit →
    analysis → canvas update → properties/problems refresh → repaint;
  - a structure edit: a layer added in the middle (every node below moves), and its undo;
  - keras: build_model() of the 50-layer spec (what a Keras-based editor would have to do).

    uv run python bench/editor_latency.py [--repeats 50] [--smoke]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from netcore.network.analysis import analyze  # noqa: E402
from netcore.network.editing import add_layer, connect  # noqa: E402
from netcore.network.spec import NetworkSpec  # noqa: E402

#: Median edit → repaint goal per network size, in ms.
GOALS = {50: 20.0, 200: 30.0}


def residual_network(size: int) -> NetworkSpec:
    """A ResNet-like stack of ``size`` layers: residual blocks of conv-bn-relu + add (4
    layers each) between a first convolution and a global pooling."""
    spec = NetworkSpec(name=f"resnet{size}", input_shape=[28, 28, 1])
    add_layer(spec, "Conv2D", params={"filters": 16, "kernel_size": 3, "padding": "same"})
    while len(spec.layers) < size - 1:
        block_in = spec.layers[-1].id
        add_layer(spec, "Conv2D", params={"filters": 16, "kernel_size": 3, "padding": "same"})
        add_layer(spec, "BatchNormalization")
        add_layer(spec, "Activation", params={"activation": "relu"})
        merge = add_layer(spec, "Add")
        connect(spec, block_in, merge)
    add_layer(spec, "GlobalAveragePooling2D")
    return spec


def fifty_layer_network() -> NetworkSpec:
    return residual_network(50)


def median_ms(fn, repeats: int, warm: bool = False) -> float:
    """Median wall time of ``fn`` in ms (``warm``: one untimed call first, e.g. for tracing)."""
    if warm:
        fn()
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def window_edits(window, app, spec: NetworkSpec, repeats: int) -> tuple[float, float, float]:
    """Median ms of a property edit, of adding a layer mid-network and of undoing that, each
    until the window has repainted."""

    def settle():
        app.processEvents()  # the edit's signals, then the repaint they scheduled
        app.processEvents()

    window.document.replace(spec.copy())
    settle()
    first_conv = spec.layers[1].id
    window.document.set_selection([first_conv])
    window.canvas.center_on_node(first_conv)
    settle()
    box = window.properties.editors["filters"]
    values = iter(range(10_000))

    def property_edit():
        box.setValue(8 + next(values) % 24)  # the same path a student's spin-box click takes
        settle()

    property_ms = median_ms(property_edit, repeats, warm=True)

    middle = spec.layers[len(spec.layers) // 2].id
    add_times, undo_times = [], []
    for _ in range(repeats):
        t = time.perf_counter()
        window.canvas.drop_layer("Dropout", window.canvas.nodes[middle].scenePos())
        settle()
        add_times.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        window.document.undo_stack.undo()
        settle()
        undo_times.append((time.perf_counter() - t) * 1000)
    window.document.undo_stack.setClean()
    return property_ms, statistics.median(add_times), statistics.median(undo_times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--smoke", action="store_true", help="the smallest real run, seconds")
    args = parser.parse_args()
    if args.smoke:
        args.repeats = 3

    from PySide6.QtWidgets import QApplication

    from desktop.shell.mainwindow import MainWindow

    app = QApplication.instance() or QApplication([])
    from pyqtgraph.util.garbage_collector import GarbageCollector

    collector = GarbageCollector(interval=1.0)  # as the app: GC only in the GUI thread  # noqa: F841
    window = MainWindow(probe_devices=False)
    window.show()
    analyze_ms: dict[int, float] = {}
    for size, goal in GOALS.items():
        spec = residual_network(size)
        analysis = analyze(spec)
        assert analysis.ok, analysis.problems
        analyze_ms[size] = median_ms(lambda spec=spec: analyze(spec), args.repeats)
        prop, add, undo = window_edits(window, app, spec, args.repeats)
        print(
            f"{len(spec.layers)} layers, {analysis.total_params:,} parameters: "
            f"analyze {analyze_ms[size]:6.2f} ms · property edit {prop:6.2f} ms "
            f"(goal ≤ {goal:.0f}) · add a layer {add:6.2f} ms · undo {undo:6.2f} ms"
        )
    window.close()

    from netcore.models.builder import build_model

    spec = residual_network(50)
    build_model(spec)  # import and warm up Keras outside the timing
    keras_ms = median_ms(lambda: build_model(spec), max(5, args.repeats // 5))
    print(f"keras build_model of the 50-layer spec: {keras_ms:7.2f} ms")
    print(f"ratio keras / analyze (50 layers): {keras_ms / analyze_ms[50]:.0f}×")


if __name__ == "__main__":
    main()
