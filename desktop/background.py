"""TensorFlow is imported in the background at start-up, so the editor is usable at once and
the device list (for the status bar and the training panel) arrives when ready."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot


class _DeviceProbe(QObject):
    finished = Signal(list, str)  # device descriptions, error text

    def __init__(self):
        super().__init__()
        self.bundled = None  # the bundled digit classifier, loaded and traced here

    @Slot()
    def run(self) -> None:
        try:
            from netcore.training.devices import list_devices

            devices = [(d.name, d.kind, d.description) for d in list_devices()]
            from netcore.training.kerasparts import warm_up

            warm_up()
            self.bundled = _load_bundled()
            self.finished.emit(devices, "")
        except Exception as exc:  # noqa: BLE001 - reported in the status bar, never a crash
            self.finished.emit([], f"{type(exc).__name__}: {exc}")


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
    """Starts the probe thread; emits ``devices_ready(list)`` with (name, kind, description)
    tuples, or ``failed(str)``."""

    devices_ready = Signal(list)
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.devices: list[tuple[str, str, str]] | None = None
        self._thread = QThread(self)
        self._probe = _DeviceProbe()
        self._probe.moveToThread(self._thread)
        self._thread.started.connect(self._probe.run)
        self._probe.finished.connect(self._on_probe_finished)
        # quit from the probe's own thread: the GUI thread may be the one waiting
        self._probe.finished.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)

    def start(self) -> None:
        self._thread.start()

    @property
    def bundled(self):
        """The bundled digit classifier once the probe has finished (else None)."""
        return self._probe.bundled if self.devices is not None else None

    def wait(self, ms: int = 60_000) -> bool:
        return self._thread.wait(ms)

    def _on_probe_finished(self, devices: list, error: str) -> None:
        if error:
            self.failed.emit(error)
            return
        self.devices = devices
        self.devices_ready.emit(devices)


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
