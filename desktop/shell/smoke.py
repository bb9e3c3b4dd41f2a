"""A self-test of a built bundle: the window opens offscreen, a preset loads, one epoch trains
on xor in the worker thread, the bundled digit model answers, and the app quits cleanly.

Run by packaging/smoke.py as ``LAYERLAB_SMOKE_TEST=1 dist/layerlab/layerlab``; prints one
``smoke:`` line per step and exits 0 only if every step passed.
"""

from __future__ import annotations

import sys
import time


def run() -> int:
    from pyqtgraph.util.garbage_collector import GarbageCollector
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.shell.mainwindow import MainWindow

    started = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv)
    collector = GarbageCollector(interval=1.0)
    window = MainWindow()
    window.show()
    print(f"smoke: window shown in {time.perf_counter() - started:.1f} s", flush=True)
    ok = window.devices.wait(180_000)
    app.processEvents()
    print(f"smoke: TensorFlow loaded ({'ok' if ok else 'TIMEOUT'})", flush=True)
    window.files.new_from_template("xor-mlp")
    window.picker.select("xor")
    print(f"smoke: opened preset '{window.document.spec.name}'", flush=True)
    panel = window.training
    panel.settings.epochs.setValue(1)
    results = []
    loop = QEventLoop()
    panel.trained.connect(lambda result: (results.append(result), loop.quit()))
    panel.session.setup_failed.connect(lambda text: (results.append(text), loop.quit()))
    QTimer.singleShot(180_000, loop.quit)
    panel.start()
    loop.exec()
    passed = bool(results) and not isinstance(results[0], str)
    if passed:
        test = results[0].final.test or {}
        print(f"smoke: trained 1 epoch on xor, test accuracy {test.get('accuracy', 0):.3f}")
    else:
        print(f"smoke: training FAILED: {results[0] if results else 'timeout'}")
    while panel.session.running:
        app.processEvents()
    import numpy as np

    from netcore.digits.classifier import bundled_classifier
    from netcore.digits.preprocessing import mnist_style

    grey = np.ones((280, 280), dtype=np.float32)
    grey[40:240, 135:150] = 0.0  # a "1"
    digit = int(bundled_classifier().probabilities(mnist_style(grey)[..., None])[0].argmax())
    print(f"smoke: bundled model reads a drawn 1 as {digit}")
    passed = passed and digit == 1
    # what a classroom needs from the bundle besides training: translations and lessons
    from desktop.i18n import languages
    from netcore.lessons.library import lesson_paths, load_lessons

    spoken = languages.install(app, "fr")
    french = QApplication.translate("Menus", "&File")
    languages.install(app, "en")
    print(f"smoke: translations load ({spoken}: File → {french.replace('&', '')})")
    lessons, errors = load_lessons()
    shipped = len(lesson_paths())
    print(f"smoke: {len(lessons)} lessons load, {len(errors)} with errors ({shipped} shipped)")
    passed = passed and spoken == "fr" and french == "&Fichier" and len(lessons) == shipped >= 16
    passed = passed and not errors
    window.project.forget_changes()  # a self-test: nothing of it is worth keeping
    window.close()
    app.processEvents()
    collector.timer.stop()
    print(f"smoke: {'PASSED' if passed else 'FAILED'} in {time.perf_counter() - started:.1f} s")
    return 0 if passed else 1
