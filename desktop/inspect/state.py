"""The weights the viewers look at, for the network in the editor.

``ModelState`` owns an inference copy of the network (netcore's ``Inspector``): built lazily
when a viewer needs it, fed weight snapshots while training (a few times a second, only when a
viewer is on screen), the trained weights at the end, the project's saved model, or numbers set
by hand. Editing the network drops the weights: what the viewers showed no longer exists.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal

from netcore.datasets.errors import DatasetError
from netcore.introspection import InspectError, Inspector
from netcore.training.events import Finished, WeightsSnapshot

SNAPSHOT_MS = 400  # at most 2.5 snapshots a second while a viewer is open


class ModelState(QObject):
    """Signals:
    changed(): weights or network changed; views redraw (if visible).
    """

    changed = Signal()

    def __init__(self, document, picker, session, parent=None):
        super().__init__(parent)
        self.document = document
        self.picker = picker
        self.session = session
        self.source = "untrained: random initial weights"
        self.problem = ""
        self.hand_set = False
        self._inspector: Inspector | None = None
        self._weights: dict | None = None
        self._dataset_name: str | None = None
        self._dataset = None
        self._pending_model: bytes | None = None
        self._watchers: list[QObject] = []
        self._tf_ready = "tensorflow" in sys.modules
        self._snapshot_timer = QTimer(self)
        self._snapshot_timer.setInterval(SNAPSHOT_MS)
        self._snapshot_timer.timeout.connect(self._request_snapshot)
        document.spec_changed.connect(self._on_document_spec_changed)
        document.replaced.connect(self._on_document_spec_changed)
        picker.dataset_chosen.connect(self._on_dataset_chosen)
        session.event.connect(self._on_session_event)
        session.running_changed.connect(self._on_session_running_changed)

    # -- who is looking --------------------------------------------------------------------

    def watch(self, view: QObject) -> None:
        """Views register so live snapshots are requested only while one is visible."""
        self._watchers.append(view)

    def _anyone_looking(self) -> bool:
        return any(w.isVisible() for w in self._watchers)

    def set_tensorflow_ready(self) -> None:
        """TensorFlow finished importing in the background: views may build models now."""
        self._tf_ready = True
        if self._pending_model is not None:
            self._load_model_bytes(self._pending_model)
        self.changed.emit()

    @property
    def tensorflow_ready(self) -> bool:
        return self._tf_ready

    # -- the inspector -----------------------------------------------------------------------

    def inspector(self) -> Inspector | None:
        """The inference model with the current weights, or None (``problem`` says why)."""
        if self._inspector is not None:
            return self._inspector
        if not self._tf_ready:
            self.problem = "TensorFlow is still loading…"
            return None
        spec = self.document.spec
        try:
            self._inspector = Inspector(spec, self._weights)
        except InspectError as exc:
            self.problem = str(exc)[0].upper() + str(exc)[1:]
            self._weights = None
            return None
        self.problem = ""
        return self._inspector

    def set_weights(self, weights: dict, source: str, hand_set: bool = False) -> None:
        self._weights = weights
        self.source = source
        self.hand_set = hand_set
        if self._inspector is not None:
            try:
                self._inspector.set_weights(weights)
            except InspectError as exc:
                self.problem = str(exc)
                self._inspector = None
        self.changed.emit()

    def set_weight(self, layer: str, array: int, index: tuple, value: float) -> None:
        """One number set by hand (the weight editor)."""
        inspector = self.inspector()
        if inspector is None:
            return
        inspector.set_weight(layer, array, index, value)
        self._weights = inspector.weights()
        self.source = "set by hand"
        self.hand_set = True
        self.changed.emit()

    def weights(self) -> dict | None:
        inspector = self.inspector()
        return inspector.weights() if inspector is not None else self._weights

    def reset(self, source: str = "untrained: random initial weights") -> None:
        self._inspector = None
        self._weights = None
        self.hand_set = False
        self.source = source
        self.changed.emit()

    # -- data --------------------------------------------------------------------------------

    def dataset(self):
        """The chosen dataset (loaded once, cached), or None with ``problem`` set."""
        name = self.picker.current_name()
        if not name:
            self.problem = "Choose a dataset in the toolbar."
            return None
        if name != self._dataset_name:
            from netcore.datasets.registry import load_dataset

            try:
                self._dataset = load_dataset(name)
            except DatasetError as exc:
                self.problem = str(exc)
                return None
            self._dataset_name = name
        return self._dataset

    # -- events ------------------------------------------------------------------------------

    def _on_document_spec_changed(self) -> None:
        if self._inspector is not None and _structure(self._inspector.spec) == _structure(
            self.document.spec
        ):
            return  # node moves, a new name: same network, same weights
        if self._inspector is None and self._weights is None and not self.hand_set:
            self.changed.emit()
            return
        self.reset("untrained: the network changed, so earlier weights no longer fit")

    def _on_dataset_chosen(self, name: str) -> None:
        self.changed.emit()

    def _on_session_running_changed(self, running: bool) -> None:
        if running:
            self._snapshot_timer.start()
        else:
            self._snapshot_timer.stop()

    def _request_snapshot(self) -> None:
        control = self.session.control
        if control is not None and self._anyone_looking():
            control.request_snapshot()

    def _on_session_event(self, event) -> None:
        if isinstance(event, WeightsSnapshot):
            self.set_weights(event.weights, f"training: epoch {event.epoch_fraction:.2f}")

    def on_trained(self, result) -> None:
        """A finished run (RunResult): its weights become the ones shown."""
        if result.weights is None:
            return
        final = result.final
        label = "trained"
        if isinstance(final, Finished) and final.test and "accuracy" in final.test:
            label += f" (test accuracy {final.test['accuracy'] * 100:.2f} %)"
        self.set_weights(result.weights, label)

    def on_project_loaded(self, project) -> None:
        """A project file's saved model (if any) gives the weights."""
        if not project.model_bytes:
            return
        if not self._tf_ready:
            self._pending_model = project.model_bytes  # read once TensorFlow is loaded
            return
        self._load_model_bytes(project.model_bytes)

    def _load_model_bytes(self, data: bytes) -> None:
        from netcore.models.kerasfile import weights_from_bytes

        self._pending_model = None
        try:
            weights = weights_from_bytes(data)
        except Exception as exc:  # noqa: BLE001 - a message in the views, never a crash
            self.problem = f"the project's trained model could not be read: {exc}"
            return
        self.set_weights(weights, "trained (from the project file)")


def _structure(spec) -> dict:
    """What decides the weights: layers, params, connections (not layout, name, notes)."""
    data = spec.to_dict()
    for key in ("layout", "name", "description"):
        data.pop(key, None)
    return data
