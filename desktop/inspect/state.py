"""The inference copy the viewers look at, bound to the project's weights.

``ModelState`` owns netcore's ``Inspector`` for the network in the editor: built lazily when a
viewer needs it, given the project's weights whenever they change (live snapshots while
training, the trained weights, a project's saved weights, numbers set by hand). The weights
themselves, and where they came from, live in ``ProjectState``; hand edits are written there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.widgets.throttle import Throttle
from desktop.widgets.visibility import on_screen
from netcore.datasets.errors import DatasetError
from netcore.introspection import InspectError, Inspector, runtime_loaded
from netcore.project.model import WeightSource, weights_problem
from netcore.training.events import WeightsSnapshot

SNAPSHOT_MS = 40  # about 20 pictures a second while a viewer is open (one asked at a time)


class ModelState(QObject):
    """Signals:
    changed(): weights or network changed; views redraw (if visible).
    """

    changed = Signal()

    def __init__(self, project, session, parent=None):
        super().__init__(parent)
        self.project = project
        self.document = project.document
        self.session = session
        self.problem = ""
        self._inspector: Inspector | None = None
        self._watchers: list[QObject] = []
        self._tf_ready = runtime_loaded()
        self._awaiting = False  # a snapshot was asked for and has not been drawn yet
        # the one throttle paces the asking: the next snapshot at most SNAPSHOT_MS after the
        # last, asked only once the last one is drawn; nothing polls
        self._pacer = Throttle(SNAPSHOT_MS, lambda _wanted: self._request_snapshot(), self)
        project.weights_changed.connect(self._on_project_weights_changed)
        project.dataset_changed.connect(self.changed)
        project.replaced.connect(self._on_project_replaced)
        self.document.spec_changed.connect(self._on_document_spec_changed)
        session.event.connect(self._on_session_event)
        session.running_changed.connect(self._on_session_running_changed)

    # -- what the views read ---------------------------------------------------------------

    @property
    def source(self) -> str:
        """Where the weights came from, in words."""
        return self.project.weight_text()

    @property
    def hand_set(self) -> bool:
        return self.project.weight_source is WeightSource.HAND_SET

    def watch(self, view: QObject) -> None:
        """Views register so live snapshots are requested only while one is visible."""
        self._watchers.append(view)

    def _anyone_looking(self) -> bool:
        return any(on_screen(w) for w in self._watchers)

    def set_tensorflow_ready(self) -> None:
        """TensorFlow finished importing in the background: views may build models now."""
        self._tf_ready = True
        self._read_model_bytes()
        self.changed.emit()

    @property
    def tensorflow_ready(self) -> bool:
        return self._tf_ready

    def inspector(self) -> Inspector | None:
        """The inference model with the current weights, or None (``problem`` says why)."""
        if self._inspector is not None:
            return self._inspector
        if not self._tf_ready:
            self.problem = self.tr("TensorFlow is still loading…")
            return None
        try:
            self._inspector = Inspector(self.document.spec, self.project.weights)
        except InspectError as exc:
            self.problem = str(exc)[0].upper() + str(exc)[1:]
            return None
        self.problem = ""
        return self._inspector

    def weights(self) -> dict | None:
        inspector = self.inspector()
        return inspector.weights() if inspector is not None else self.project.weights

    def dataset(self):
        """The chosen dataset (loaded once by the project), or None with ``problem`` set."""
        if self.project.dataset is None:  # asked in the student's language
            self.problem = self.tr("Choose a dataset in the toolbar.")
            return None
        try:
            return self.project.load_dataset()
        except DatasetError as exc:
            self.problem = str(exc)
            return None

    # -- writing weights -------------------------------------------------------------------

    def set_weight(self, layer: str, array: int, index: tuple, value: float) -> None:
        """One number set by hand (the weight editor)."""
        inspector = self.inspector()
        if inspector is None:
            return
        inspector.set_weight(layer, array, index, value)
        self.project.set_weights(inspector.weights(), WeightSource.HAND_SET)

    def set_hand_weights(self, weights: dict) -> None:
        self.project.set_weights(weights, WeightSource.HAND_SET)

    def set_file_weights(self, weights: dict, name: str) -> None:
        self.project.set_weights(weights, WeightSource.FILE, name)

    # -- following the project -------------------------------------------------------------

    def _on_project_weights_changed(self) -> None:
        weights = self.project.weights
        if self._inspector is not None:
            if weights is None:
                self._inspector = None  # back to Keras's seeded initial weights
            else:
                try:
                    self._inspector.set_weights(weights)
                except InspectError as exc:
                    self.problem = str(exc)
                    self._inspector = None
        self._read_model_bytes()
        self.changed.emit()

    def _on_project_replaced(self) -> None:
        self._inspector = None
        self.changed.emit()

    def _on_document_spec_changed(self) -> None:
        if self._inspector is None:
            return
        model = self.project.model  # one structure per edit, shared with the project model
        if model.structure_of(self._inspector.spec) != model.structure_of(self.document.spec):
            self._inspector = None
            self.changed.emit()

    def _read_model_bytes(self) -> None:
        """A 0.1 project keeps trained weights only inside its model: read them once
        TensorFlow is there."""
        project = self.project
        if project.weights is not None or not project.model_bytes or not self._tf_ready:
            return
        from netcore.models.kerasfile import weights_from_bytes

        try:
            weights = weights_from_bytes(project.model_bytes)
        except Exception as exc:  # noqa: BLE001 - a message in the views, never a crash
            self.problem = self.tr("The project's trained model could not be read: {error}").format(
                error=exc
            )
            return
        problem = weights_problem(self.document.spec, weights)
        if problem:  # a model of another network: not shown as trained
            project.set_weights(None, WeightSource.UNTRAINED, problem, unsaved=False)
            return
        project.set_weights(
            weights, project.weight_source, project.weight_note, project.model_bytes, unsaved=False
        )

    def _on_session_running_changed(self, running: bool) -> None:
        self._awaiting = False
        if running:
            self._pacer.push("next")

    def _request_snapshot(self) -> None:
        control = self.session.control
        if control is None or self._awaiting:
            return  # the run ended, or the snapshot asked for is on its way
        if self._anyone_looking():
            self._awaiting = True  # a slow view asks again only after it has drawn
            control.request_snapshot()
        else:
            self._pacer.push("next")  # look again in a moment

    def _on_session_event(self, event) -> None:
        if isinstance(event, WeightsSnapshot) and self.session.running:
            self.project.set_weights(  # the visible views redraw before this returns
                event.weights,
                WeightSource.TRAINING,
                f"epoch {event.epoch_fraction:.2f}",
                unsaved=False,
            )
            self._awaiting = False
            self._pacer.push("next")
