"""The open project, for the window: netcore's ``ProjectModel`` with a Qt signal per part.

The rules of a project (which weights survive an edit, which runs keep what, the input shape a
dataset gives, what is unsaved) live in ``netcore.project.projectmodel``; this adapter turns its
callbacks into queued-safe Qt signals and pairs it with the ``NetworkDocument`` that keeps the
network's undo history. The dataset picker, the training settings form, the viewers, the
exports and the files bind to it (napari's Qt-free model and thin views).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.project.document import NetworkDocument
from netcore.datasets.sources import DatasetSource
from netcore.network.spec import NetworkSpec
from netcore.project.model import Project, WeightSource, new_project
from netcore.project.projectmodel import Part, ProjectModel
from netcore.training.config import TrainConfig

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


def _read(name: str) -> property:
    """A read-only view of the project model's ``name`` (the model owns every part)."""
    return property(lambda self: getattr(self.model, name), doc=f"The project's {name}.")


def _call(name: str):
    """A method of the project model, called as it is."""

    def forward(self, *args, **kwargs):
        return getattr(self.model, name)(*args, **kwargs)

    forward.__name__ = name
    forward.__doc__ = f"``ProjectModel.{name}``."
    return forward


class ProjectState(QObject):
    """The project being worked on (``model``), as Qt signals.

    Signals:
        dataset_changed(): the dataset source changed.
        training_changed(): the training settings changed.
        weights_changed(): the weights (or their source) changed.
        runs_changed(): a run was added, or the runs were replaced.
        live_run_changed(): the run in progress began, grew or ended (``live_run``).
        replaced(): another project was loaded (new, open, template, recovery); every part
            changed, and views drop what they showed of the old one.
        dirty_changed(bool): unsaved changes appeared or were saved.
    """

    dataset_changed = Signal()
    training_changed = Signal()
    weights_changed = Signal()
    runs_changed = Signal()
    live_run_changed = Signal()
    replaced = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, document: NetworkDocument | None = None, parent=None):
        super().__init__(parent)
        self.document = document or NetworkDocument(parent=self)
        self.model = ProjectModel(
            Project(self.document.spec.copy(), training=WINDOW_TRAINING),
            network_dirty=lambda: self.document.dirty,
        )
        self._held: list[Part] | None = None  # parts told while a whole project is loaded
        self._signals = {
            Part.DATASET: self.dataset_changed,
            Part.TRAINING: self.training_changed,
            Part.WEIGHTS: self.weights_changed,
            Part.RUNS: self.runs_changed,
            Part.LIVE_RUN: self.live_run_changed,
        }
        self.model.listen(self._on_model_part)
        self.document.spec_changed.connect(self._on_document_spec_changed)
        self.document.dirty_changed.connect(self._on_document_dirty_changed)

    # -- reading (the model's parts, as they are) ------------------------------------------------

    dataset = _read("dataset")
    training = _read("training")
    weights = _read("weights")
    weight_source = _read("weight_source")
    weight_note = _read("weight_note")
    runs = _read("runs")
    latest_run = _read("latest_run")
    live_run = _read("live_run")  # the run in progress; at its end, the latest run
    model_bytes = _read("model_bytes")
    dirty = _read("dirty")

    # the model's own answers and edits, as they are (each tells its part; the adapter relays it)
    dataset_info = _call("dataset_info")  # what the picker shows of a source (cached)
    load_dataset = _call("load_dataset")  # the chosen dataset's arrays, loaded once
    set_training = _call("set_training")
    set_weights = _call("set_weights")  # weights for the network as it is now
    add_run = _call("add_run")  # a finished run; its weights become the project's

    def weight_text(self) -> str:
        return weight_text(self.model.weight_source, self.model.weight_note)

    def project(self) -> Project:
        """The whole project as netcore's value (for saving and recovery)."""
        project = self.model.project()
        project.spec = self.document.spec.copy()
        return project

    # -- the dataset ---------------------------------------------------------------------------

    def set_dataset(self, source: DatasetSource | None, info: dict | None = None) -> None:
        """Choose the data; the network's input shape follows it (one undoable edit)."""
        self._held = []  # the input shape first, then the views hear of the dataset
        try:
            if not self.model.set_dataset(source, info):
                return
            shape = self.model.input_shape_wanted()
            if shape is not None:
                self.document.edit(
                    QCoreApplication.translate("ProjectState", "Input shape for {dataset}").format(
                        dataset=QCoreApplication.translate("Datasets", source.title())
                    ),
                    lambda spec: setattr(spec, "input_shape", shape),
                )
        finally:
            held, self._held = self._held, None
            self._relay(held)

    # -- training settings, weights, runs -------------------------------------------------------

    # -- whole projects ------------------------------------------------------------------------

    def load(self, project: Project, path: Path | None = None, unsaved: bool = False) -> None:
        """Make ``project`` the open one (new, open, template, recovery)."""
        self._held = []
        try:
            self.model.load(project, unsaved)
            self.document.replace(project.spec, path)
        finally:
            self._held = None
        self.replaced.emit()
        for signal in self._signals.values():
            signal.emit()
        self.dirty_changed.emit(self.dirty)

    def new(self, spec: NetworkSpec, path: Path | None = None) -> str:
        """Open ``spec`` as a new project, with the training settings it recommends; returns
        why they could not be used ("" when they were, or there were none)."""
        project, problem = new_project(spec, WINDOW_TRAINING)
        self.load(project, path)
        return problem

    def forget_changes(self) -> None:
        """Treat the project as saved without writing it (a self-test, a lesson's scratch)."""
        self.document.undo_stack.setClean()
        self.model.mark_saved()

    def mark_saved(self, path: Path) -> None:
        self.document.mark_saved(path)
        self.model.mark_saved()

    # -- from the model and the document --------------------------------------------------------

    def _on_model_part(self, part: Part) -> None:
        if self._held is not None:
            self._held.append(part)
        else:
            self._relay([part])

    def _relay(self, parts: list[Part]) -> None:
        for part in dict.fromkeys(parts):
            if part is Part.DIRTY:
                self.dirty_changed.emit(self.dirty)
            elif part in self._signals:
                self._signals[part].emit()

    def _on_document_dirty_changed(self, _dirty: bool) -> None:
        self.dirty_changed.emit(self.dirty)

    def _on_document_spec_changed(self, *_args) -> None:
        """Weights belong to one structure (``netcore.project.model.structure``): the model
        sets them aside after an edit of the structure and brings them back on undo."""
        self.model.network_changed(self.document.spec)
