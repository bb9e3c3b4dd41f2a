"""The open project: one state object for everything a student's work consists of.

``ProjectState`` owns netcore's ``Project`` parts — the network (through ``NetworkDocument``,
which keeps the undo stack), the dataset source, the training settings, the weights with their
source, the runs and the trained model — with a change signal per part. The dataset picker, the
training settings form, the viewers, the exports and the files bind to it (napari's Qt-free
model and thin views; glue's bound state). Nothing else holds project state.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.document import NetworkDocument
from netcore.datasets.errors import DatasetError
from netcore.datasets.sources import DatasetSource, describe_source
from netcore.network.spec import NetworkSpec
from netcore.project.model import Project, Weights, WeightSource, structure
from netcore.training.config import TrainConfig
from netcore.training.history import RunRecord, keep_latest_starts

# what a new project trains with in the window: plain gradient descent, as the lectures start
WINDOW_TRAINING = TrainConfig(optimizer="sgd", learning_rate=0.1, epochs=20, batch_size=32)


def weight_text(source: WeightSource, note: str = "") -> str:
    """How the viewers and the drawing panel describe the weights."""
    translate = QCoreApplication.translate
    if source is WeightSource.UNTRAINED:
        return translate("Weights", "untrained: {note}").format(
            note=note or translate("Weights", "random initial weights")
        )
    with_note, plain = {
        WeightSource.TRAINING: (
            translate("Weights", "training: {note}"),
            translate("Weights", "training"),
        ),
        WeightSource.TRAINED: (
            translate("Weights", "trained ({note})"),
            translate("Weights", "trained"),
        ),
        WeightSource.HAND_SET: (
            translate("Weights", "set by hand ({note})"),
            translate("Weights", "set by hand"),
        ),
    }.get(source, (translate("Weights", "from {note}"), translate("Weights", "from a file")))
    return with_note.format(note=note) if note else plain


class ProjectState(QObject):
    """The project being worked on.

    Signals:
        dataset_changed(): the dataset source changed.
        training_changed(): the training settings changed.
        weights_changed(): the weights (or their source) changed.
        runs_changed(): a run was added, or the runs were replaced.
        replaced(): another project was loaded (new, open, template, recovery); every part
            changed, and views drop what they showed of the old one.
        dirty_changed(bool): unsaved changes appeared or were saved.
    """

    dataset_changed = Signal()
    training_changed = Signal()
    weights_changed = Signal()
    runs_changed = Signal()
    replaced = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, document: NetworkDocument | None = None, parent=None):
        super().__init__(parent)
        self.document = document or NetworkDocument(parent=self)
        self._dataset: DatasetSource | None = None
        self._training = WINDOW_TRAINING
        self._weights: Weights | None = None
        self._weights_for: dict | None = None  # the structure the weights belong to
        self._weight_source = WeightSource.UNTRAINED
        self._weight_note = ""
        self._runs: list[RunRecord] = []
        self._model_bytes: bytes | None = None
        self._dropped: tuple | None = None  # weights an edit made unfit, back on undo
        self._changed = False  # unsaved changes outside the network (settings, weights, runs)
        self._info: dict[DatasetSource, dict] = {}
        self._loaded: tuple[DatasetSource, object] | None = None
        self.document.spec_changed.connect(self._on_document_spec_changed)
        self.document.dirty_changed.connect(self._on_document_dirty_changed)

    # -- reading -------------------------------------------------------------------------------

    @property
    def dataset(self) -> DatasetSource | None:
        return self._dataset

    @property
    def training(self) -> TrainConfig:
        return self._training

    @property
    def weights(self) -> Weights | None:
        return self._weights

    @property
    def weight_source(self) -> WeightSource:
        return self._weight_source

    @property
    def weight_note(self) -> str:
        return self._weight_note

    def weight_text(self) -> str:
        return weight_text(self._weight_source, self._weight_note)

    @property
    def runs(self) -> list[RunRecord]:
        return list(self._runs)

    @property
    def latest_run(self) -> RunRecord | None:
        return self._runs[-1] if self._runs else None

    @property
    def model_bytes(self) -> bytes | None:
        return self._model_bytes

    @property
    def dirty(self) -> bool:
        return self.document.dirty or self._changed

    def project(self) -> Project:
        """The whole project as netcore's value (for saving and recovery)."""
        return Project(
            spec=self.document.spec.copy(),
            dataset=self._dataset,
            training=self._training,
            weights=self._weights,
            weight_source=self._weight_source,
            weight_note=self._weight_note,
            runs=list(self._runs),
            model_bytes=self._model_bytes,
        )

    # -- the dataset ---------------------------------------------------------------------------

    def dataset_info(self, source: DatasetSource | None = None) -> dict:
        """What the picker shows of a source (cached). Raises DatasetError."""
        source = source or self._dataset
        if source is None:
            raise DatasetError("no dataset chosen")
        if source not in self._info:
            self._info[source] = describe_source(source)
        return self._info[source]

    def load_dataset(self):
        """The chosen dataset's arrays, loaded once (viewers, results). Raises DatasetError."""
        if self._dataset is None:
            raise DatasetError("Choose a dataset in the toolbar.")
        if self._loaded is None or self._loaded[0] != self._dataset:
            self._loaded = (self._dataset, self._dataset.load())
        return self._loaded[1]

    def set_dataset(self, source: DatasetSource | None, info: dict | None = None) -> None:
        """Choose the data; the network's input shape follows it (one undoable edit)."""
        if info is not None and source is not None:
            self._info[source] = info
        if source == self._dataset:
            return
        self._dataset = source
        self._touch()
        if source is not None:
            try:
                shape = list(self.dataset_info(source)["input_shape"])
            except (DatasetError, KeyError):
                shape = None
            if shape and list(self.document.spec.input_shape or []) != shape:
                title = source.title()
                self.document.edit(
                    f"Input shape for {title}", lambda spec: setattr(spec, "input_shape", shape)
                )
        self.dataset_changed.emit()

    # -- training settings, weights, runs -------------------------------------------------------

    def set_training(self, config: TrainConfig) -> None:
        if config == self._training:
            return
        self._training = config
        self._touch()
        self.training_changed.emit()

    def set_weights(
        self,
        weights: Weights | None,
        source: WeightSource,
        note: str = "",
        model_bytes: bytes | None = None,
        unsaved: bool = True,
    ) -> None:
        """New weights for the network as it is now (``unsaved=False`` for live snapshots and
        for weights read back from the project itself)."""
        self._dropped = None
        self._weights = weights
        self._weights_for = (
            None if source is WeightSource.UNTRAINED else structure(self.document.spec)
        )
        self._weight_source = source
        self._weight_note = note
        self._model_bytes = model_bytes if source is WeightSource.TRAINED else None
        if unsaved:
            self._touch()
        self.weights_changed.emit()

    def add_run(self, record: RunRecord, weights: Weights | None, model_bytes: bytes | None):
        """A finished run: kept in the runs (only the latest keeps its test predictions) and,
        when it left weights, they become the project's."""
        for older in self._runs:
            older.test_labels = older.test_probabilities = None
        self._runs.append(record)
        keep_latest_starts(self._runs)
        self._touch()
        self.runs_changed.emit()
        if weights is not None:
            note = ""
            if record.test and "accuracy" in record.test:
                note = f"test accuracy {record.test['accuracy'] * 100:.2f} %"
            self.set_weights(weights, WeightSource.TRAINED, note, model_bytes)

    # -- whole projects ------------------------------------------------------------------------

    def load(self, project: Project, path: Path | None = None, unsaved: bool = False) -> None:
        """Make ``project`` the open one (new, open, template, recovery)."""
        self._dataset = project.dataset
        self._training = project.training
        self._runs = list(project.runs)
        self._loaded = None
        self._weights = project.weights
        self._weight_source = project.weight_source
        self._weights_for = (
            None if project.weight_source is WeightSource.UNTRAINED else structure(project.spec)
        )
        self._weight_note = project.weight_note
        self._model_bytes = project.model_bytes
        self._dropped = None
        self._changed = unsaved
        self.document.replace(project.spec, path)
        self.replaced.emit()
        for signal in (
            self.dataset_changed,
            self.training_changed,
            self.weights_changed,
            self.runs_changed,
        ):
            signal.emit()
        self.dirty_changed.emit(self.dirty)

    def new(self, spec: NetworkSpec, path: Path | None = None) -> None:
        self.load(Project(spec, training=WINDOW_TRAINING), path)

    def forget_changes(self) -> None:
        """Treat the project as saved without writing it (a self-test, a lesson's scratch)."""
        self._changed = False
        self.document.undo_stack.setClean()
        self.dirty_changed.emit(self.dirty)

    def mark_saved(self, path: Path) -> None:
        self._changed = False
        self.document.mark_saved(path)
        self.dirty_changed.emit(self.dirty)

    # -- keeping the parts consistent -----------------------------------------------------------

    def _touch(self) -> None:
        was = self.dirty
        self._changed = True
        if not was:
            self.dirty_changed.emit(True)

    def _on_document_dirty_changed(self, _dirty: bool) -> None:
        self.dirty_changed.emit(self.dirty)

    def _on_document_spec_changed(self) -> None:
        """Weights belong to one structure (``netcore.project.model.structure``): a new layer,
        size or connection sets them aside; undoing the edit brings them back. Node moves and
        a new name keep them."""
        now = structure(self.document.spec)
        if self._dropped is not None and self._dropped[0] == now:
            _, weights, source, note, model = self._dropped
            self._dropped = None
            self._weights, self._weights_for = weights, now
            self._weight_source, self._weight_note, self._model_bytes = source, note, model
            self.weights_changed.emit()
            return
        if self._weight_source is WeightSource.UNTRAINED or self._weights_for == now:
            return
        self._dropped = (
            self._weights_for,
            self._weights,
            self._weight_source,
            self._weight_note,
            self._model_bytes,
        )
        self._weights = None
        self._weights_for = None
        self._model_bytes = None
        self._weight_source = WeightSource.UNTRAINED
        self._weight_note = "the network changed, so earlier weights no longer fit"
        self.weights_changed.emit()
