"""TensorFlow is imported in the background at start-up, so the editor is usable at once and
the device list (for the status bar and the training panel) arrives when ready."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.widgets.jobs import Job, JobContext


def probe(job: JobContext) -> tuple[list, object]:
    """The device list and the bundled digit classifier (the job's thread). TensorFlow's
    import cannot be interrupted; a cancelled probe stops before each following stage."""
    from netcore.training.devices import list_devices

    devices = [(d.name, d.kind, d.description) for d in list_devices()]
    if job.stopping():
        return devices, None
    from netcore.training.kerasparts import warm_up

    warm_up()
    if job.stopping():
        return devices, None
    return devices, _load_bundled()


def _load_bundled():
    """The bundled digit model, loaded and traced once (a first drawing then answers in
    milliseconds); None if it is missing (the canvas says so when asked)."""
    import numpy as np

    from netcore.digits.classifier import bundled_classifier
    from netcore.models.kerasfile import ModelError

    try:
        classifier = bundled_classifier()
    except ModelError:
        return None
    from netcore.digits.preprocessing import mnist_style

    stroke = np.ones((280, 280), dtype=np.float32)
    stroke[40:240, 130:150] = 0.0
    classifier.probabilities(mnist_style(stroke)[..., None])  # imports SciPy/Pillow parts too
    return classifier


class DeviceLoader(QObject):
    """Runs the probe as a ``Job``; emits ``devices_ready(list)`` with (name, kind,
    description) tuples, or ``failed(str)``."""

    devices_ready = Signal(list)
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.devices: list[tuple[str, str, str]] | None = None
        self.bundled = None  # the bundled digit classifier, once the probe has finished
        self.job = Job("device probe", self)
        self.job.finished.connect(self._on_probe_finished)

    def start(self) -> None:
        self.job.start(probe)

    def wait(self, ms: int = 60_000) -> bool:
        return self.job.wait(ms / 1000)

    def _on_probe_finished(self, result) -> None:
        if isinstance(result, Exception):  # reported in the status bar, never a crash
            self.failed.emit(f"{type(result).__name__}: {result}")
            return
        self.devices, self.bundled = result
        self.devices_ready.emit(self.devices)


def freeze_gc() -> None:
    """While training, keep the objects alive now out of the cyclic collector's reach.

    With TensorFlow and Keras loaded the heap holds hundreds of thousands of long-lived
    objects; every full collection walks them all while holding the GIL, which stalls the
    training thread. ``gc.freeze`` parks them (they are alive anyway); ``unfreeze_gc`` after
    the run gives them back, so nothing that dies later is kept.
    """
    import gc

    gc.collect()
    gc.freeze()


def unfreeze_gc() -> None:
    import gc

    gc.unfreeze()
