"""How fast the editor answers an edit on a 50-layer network (goal ≤ 20 ms), against what
asking Keras for the same shapes would cost (building the functional model), in one run.

Measures, median of N:
  - analyze(): pure-Python shape inference + validation of the whole network;
  - one property edit in the real window (offscreen): document edit → analysis → canvas
    rebuild → properties/problems refresh;
  - keras: build_model() of the same spec (what a Keras-based editor would have to do).

    uv run python bench/editor_latency.py [--repeats 50]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from netcore.models.builder import build_model  # noqa: E402
from netcore.network.analysis import analyze  # noqa: E402
from netcore.network.editing import add_layer, connect  # noqa: E402
from netcore.network.spec import NetworkSpec  # noqa: E402


def fifty_layer_network() -> NetworkSpec:
    """A ResNet-like stack: 12 residual blocks of conv-bn-relu-conv + add (4 layers each)."""
    spec = NetworkSpec(name="fifty", input_shape=[28, 28, 1])
    add_layer(spec, "Conv2D", params={"filters": 16, "kernel_size": 3, "padding": "same"})
    while len(spec.layers) < 49:
        block_in = spec.layers[-1].id
        add_layer(spec, "Conv2D", params={"filters": 16, "kernel_size": 3, "padding": "same"})
        add_layer(spec, "BatchNormalization")
        add_layer(spec, "Activation", params={"activation": "relu"})
        merge = add_layer(spec, "Add")
        connect(spec, block_in, merge)
    add_layer(spec, "GlobalAveragePooling2D")
    return spec


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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=50)
    parser.add_argument("--smoke", action="store_true", help="the smallest real run, seconds")
    args = parser.parse_args()
    if args.smoke:
        args.repeats = 3
    spec = fifty_layer_network()
    analysis = analyze(spec)
    assert analysis.ok, analysis.problems
    print(f"network: {len(spec.layers)} layers, {analysis.total_params:,} parameters")

    analyze_ms = median_ms(lambda: analyze(spec), args.repeats)

    from PySide6.QtWidgets import QApplication

    from desktop.mainwindow import MainWindow

    app = QApplication.instance() or QApplication([])
    from pyqtgraph.util.garbage_collector import GarbageCollector

    collector = GarbageCollector(interval=1.0)  # as the app: GC only in the GUI thread  # noqa: F841
    window = MainWindow(probe_devices=False)
    window.show()
    window.document.replace(spec.copy())
    app.processEvents()
    first_conv = spec.layers[1].id
    window.document.set_selection([first_conv])
    app.processEvents()
    box = window.properties.editors["filters"]
    values = iter(range(10_000))

    def edit():
        box.setValue(8 + next(values) % 24)  # the same path a student's spin-box click takes
        app.processEvents()

    gui_ms = median_ms(edit, args.repeats)
    window.document.undo_stack.setClean()
    window.close()

    build_model(spec)  # import and warm up Keras outside the timing
    keras_ms = median_ms(lambda: build_model(spec), max(5, args.repeats // 5))
    print(f"analyze (shapes + problems):        {analyze_ms:7.2f} ms")
    print(f"one property edit in the window:    {gui_ms:7.2f} ms   (goal ≤ 20 ms)")
    print(f"keras build_model of the same spec: {keras_ms:7.2f} ms")
    print(
        f"ratio keras / analyze: {keras_ms / analyze_ms:.0f}×   keras / full GUI edit: {keras_ms / gui_ms:.1f}×"
    )


if __name__ == "__main__":
    main()
