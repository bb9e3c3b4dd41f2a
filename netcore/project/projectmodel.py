"""The open project as one Qt-free model whose changes can be observed, part by part.

``ProjectModel`` holds a ``Project`` and is the only place the project's rules live:
- weights belong to one network structure: an edit of layers, sizes or connections sets them
  aside, undoing the edit brings them back (a move or a new name keeps them);
- of the runs, only the latest keeps its test predictions (the mistakes gallery), and only
  the latest few keep their starting weights;
- a finished run's weights become the project's, described by their test accuracy;
- the dataset decides the network's input shape;
- what is unsaved, outside the network's own undo history;
- one training at a time (``gate``), and what a start needs (``plan_run``);
- a run is a record that grows: the live run (``live_run``) gains epochs and batch points as
  the engine reports them and, at its end, is the run the project keeps.

Views and services observe it through plain callbacks, one ``Part`` at a time: the window's
``ProjectState`` turns them into Qt signals, and a service without Qt (the class hub) can
watch a student's project the same way.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import replace

from netcore.datasets.errors import DatasetError
from netcore.datasets.sources import DatasetSource, describe_source
from netcore.network.spec import NetworkSpec
from netcore.project.gate import RunGate
from netcore.project.liverun import LiveRun
from netcore.project.model import Project, Weights, WeightSource, structure
from netcore.project.planning import RunPlan, plan_run
from netcore.training.config import TrainConfig
from netcore.training.history import RunRecord, keep_latest_starts


class Part(enum.Enum):
    """What changed, as a listener is told."""

    NETWORK = "network"
    DATASET = "dataset"
    TRAINING = "training"
    WEIGHTS = "weights"
    RUNS = "runs"
    LIVE_RUN = "live run"  # the run in progress began, grew or ended
    REPLACED = "replaced"  # another project: every part changed
    DIRTY = "dirty"  # unsaved changes appeared or were saved


Listener = Callable[[Part], None]
#: What the weights' note says when an edit set them aside.
STALE_NOTE = "the network changed, so earlier weights no longer fit"


def accuracy_note(record: RunRecord) -> str:
    """How a run's weights are described: by the test accuracy it reached, if any."""
    if record.test and "accuracy" in record.test:
        return f"test accuracy {record.test['accuracy'] * 100:.2f} %"
    return ""


class ProjectModel:
    """The project being worked on, with its rules, observable part by part.

    Args:
        project: The project to start with.
        network_dirty: Tells whether the network has unsaved edits (the editor's undo history
            knows that; without one, the network counts as saved).
    """

    def __init__(self, project: Project, network_dirty: Callable[[], bool] | None = None) -> None:
        self._project = _copy(project)
        self._listeners: list[Listener] = []
        self._network_dirty = network_dirty or (lambda: False)
        self._structures: list[tuple[NetworkSpec, dict]] = []  # the last three used
        self._weights_for = _structure_of(self._project)
        self._dropped: tuple | None = None  # weights an edit made unfit, back on undo
        self._changed = False  # unsaved changes outside the network
        self._info: dict[DatasetSource, dict] = {}
        self._loaded: tuple[DatasetSource, object] | None = None
        self._live: LiveRun | None = None
        #: One training at a time, whoever asks (Start, Step, the board, a lesson).
        self.gate = RunGate()

    # -- observing ---------------------------------------------------------------------------

    def listen(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(part)`` after each change; returns a function that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _tell(self, *parts: Part) -> None:
        for part in parts:
            for listener in list(self._listeners):
                listener(part)

    # -- reading -----------------------------------------------------------------------------

    @property
    def spec(self) -> NetworkSpec:
        return self._project.spec

    @property
    def dataset(self) -> DatasetSource | None:
        return self._project.dataset

    @property
    def training(self) -> TrainConfig:
        return self._project.training

    @property
    def weights(self) -> Weights | None:
        return self._project.weights

    @property
    def weight_source(self) -> WeightSource:
        return self._project.weight_source

    @property
    def weight_note(self) -> str:
        return self._project.weight_note

    @property
    def runs(self) -> list[RunRecord]:
        return list(self._project.runs)

    @property
    def latest_run(self) -> RunRecord | None:
        return self._project.latest_run

    @property
    def live_run(self) -> RunRecord | None:
        """The run in progress, growing (the same object joins ``runs`` at its end)."""
        return self._live.record if self._live is not None else None

    @property
    def model_bytes(self) -> bytes | None:
        return self._project.model_bytes

    @property
    def changed(self) -> bool:
        """Unsaved changes outside the network (settings, weights, runs, dataset)."""
        return self._changed

    @property
    def dirty(self) -> bool:
        return self._network_dirty() or self._changed

    def project(self) -> Project:
        """The whole project as a value (for saving, recovery, sending)."""
        return _copy(self._project)

    # -- the network -------------------------------------------------------------------------

    def network_changed(self, spec: NetworkSpec) -> None:
        """The network was edited (or an edit undone): the weights follow the structure.

        ``spec`` is held as it is, not copied: the editor's document never changes a spec it
        handed out (an edit makes a new one), and ``project()`` gives copies.
        """
        self._project.spec = spec
        now = self.structure_of(spec)
        parts = [Part.NETWORK]
        if self._dropped is not None and self._dropped[0] == now:
            _, weights, source, note, model = self._dropped
            self._dropped = None
            self._set(weights, source, note, model)
            self._weights_for = now
            parts.append(Part.WEIGHTS)
        elif self.weight_source is not WeightSource.UNTRAINED and self._weights_for != now:
            p = self._project
            self._dropped = (self._weights_for, p.weights, p.weight_source, p.weight_note,
                             p.model_bytes)  # fmt: skip
            self._set(None, WeightSource.UNTRAINED, STALE_NOTE, None)
            self._weights_for = None
            parts.append(Part.WEIGHTS)
        self._tell(*parts)

    def structure_of(self, spec: NetworkSpec) -> dict:
        """``structure(spec)``, computed once per spec object: the model and the views that
        compare structures after an edit (the current spec with the one they were built for)
        share the computation. The three used last are kept."""
        known = [entry for entry in self._structures if entry[0] is spec]
        found = known[0][1] if known else structure(spec)
        others = [entry for entry in self._structures if entry[0] is not spec]
        self._structures = [(spec, found), *others][:3]
        return found

    # -- the dataset -------------------------------------------------------------------------

    def dataset_info(self, source: DatasetSource | None = None) -> dict:
        """What the picker shows of a source (kept once read). Raises DatasetError."""
        source = source or self.dataset
        if source is None:
            raise DatasetError("no dataset chosen")
        if source not in self._info:
            self._info[source] = describe_source(source)
        return self._info[source]

    def load_dataset(self):
        """The chosen dataset's arrays, loaded once. Raises DatasetError."""
        if self.dataset is None:
            raise DatasetError("Choose a dataset in the toolbar.")
        if self._loaded is None or self._loaded[0] != self.dataset:
            self._loaded = (self.dataset, self.dataset.load())
        return self._loaded[1]

    def set_dataset(self, source: DatasetSource | None, info: dict | None = None) -> bool:
        """Choose the data. Returns whether it changed; ``input_shape_wanted`` then says which
        input shape the network should take (the caller makes that an undoable edit)."""
        if info is not None and source is not None:
            self._info[source] = info
        if source == self.dataset:
            return False
        self._project.dataset = source
        self._touch()
        self._tell(Part.DATASET)
        return True

    def input_shape_wanted(self) -> list[int] | None:
        """The input shape the chosen dataset gives, when the network has another one."""
        if self.dataset is None:
            return None
        try:
            shape = list(self.dataset_info()["input_shape"])
        except (DatasetError, KeyError, TypeError):
            return None
        return shape if shape and list(self.spec.input_shape or []) != shape else None

    # -- training settings, weights, runs ----------------------------------------------------

    def set_training(self, config: TrainConfig) -> None:
        if config == self.training:
            return
        self._project.training = config
        self._touch()
        self._tell(Part.TRAINING)

    def set_weights(
        self,
        weights: Weights | None,
        source: WeightSource,
        note: str = "",
        model_bytes: bytes | None = None,
        unsaved: bool = True,
    ) -> None:
        """New weights for the network as it is now (``unsaved=False`` for live snapshots and
        weights read back from the project itself)."""
        self._dropped = None
        self._set(weights, source, note, model_bytes)
        self._weights_for = None if source is WeightSource.UNTRAINED else structure(self.spec)
        if unsaved:
            self._touch()
        self._tell(Part.WEIGHTS)

    def add_run(
        self, record: RunRecord, weights: Weights | None = None, model_bytes: bytes | None = None
    ) -> None:
        """A finished run joins the runs; when it left weights, they become the project's.
        Only the latest run keeps its test predictions and its batch points (both can be
        large, and only the latest run's are shown)."""
        for older in self._project.runs:
            older.test_labels = older.test_probabilities = None
            older.batches = []
        self._project.runs.append(record)
        keep_latest_starts(self._project.runs)
        self._touch()
        self._tell(Part.RUNS)
        if weights is not None:
            self.set_weights(weights, WeightSource.TRAINED, accuracy_note(record), model_bytes)

    # -- the run in progress --------------------------------------------------------------

    def plan_run(
        self, config: TrainConfig, replay: int | None = None, problems: int | None = None
    ) -> RunPlan:
        """Check a start with these settings (and "the same start as run ``replay``") and
        make its plan; see ``planning.plan_run``. Raises PlanProblem."""
        return plan_run(self._project, config, replay, running=self.gate.running, problems=problems)

    def begin_run(self, record: RunRecord) -> None:
        """A run starts: ``record`` (its settings and label, no epochs) grows from now on."""
        self._live = LiveRun(record)
        self._tell(Part.LIVE_RUN)

    def grow_run(self, epochs=(), batches=()) -> None:
        """The live run gained epoch rows and/or batch points (see ``LiveRun.grow``)."""
        if self._live is not None and self._live.grow(epochs, batches):
            self._tell(Part.LIVE_RUN)

    def feed_run(self, *events) -> None:
        """The engine's events, as they come: progress grows the live run (told once for
        all of them); other events are not the record's business."""
        if self._live is not None and self._live.feed(events):
            self._tell(Part.LIVE_RUN)

    def end_run(
        self,
        record: RunRecord | None = None,
        weights: Weights | None = None,
        model_bytes: bytes | None = None,
    ) -> None:
        """The run ended. With ``record`` (the finished run), the live record takes its
        scores and joins the runs (``add_run``); without (it failed or never started), the
        live record is dropped."""
        live, self._live = self._live, None
        if record is not None:
            if live is not None:
                live.record.take_end(record)
                record = live.record
            self.add_run(record, weights, model_bytes)
        if live is not None:
            self._tell(Part.LIVE_RUN)

    # -- whole projects ----------------------------------------------------------------------

    def load(self, project: Project, unsaved: bool = False) -> None:
        """Make ``project`` the open one (new, open, template, recovery, a teacher's push)."""
        self._project = _copy(project)
        self._weights_for = _structure_of(self._project)
        self._dropped = None
        self._loaded = None
        self._live = None  # a run that ends later joins the project open then, as it is
        self._changed = unsaved
        self._tell(Part.REPLACED, Part.NETWORK, Part.DATASET, Part.TRAINING, Part.WEIGHTS,
                   Part.RUNS, Part.LIVE_RUN, Part.DIRTY)  # fmt: skip

    def mark_saved(self) -> None:
        self._changed = False
        self._tell(Part.DIRTY)

    def _touch(self) -> None:
        was = self.dirty
        self._changed = True
        if not was:
            self._tell(Part.DIRTY)

    def _set(self, weights, source: WeightSource, note: str, model_bytes) -> None:
        p = self._project
        p.weights, p.weight_source, p.weight_note = weights, source, note
        p.model_bytes = model_bytes if source is WeightSource.TRAINED else None


def _structure_of(project: Project) -> dict | None:
    return None if project.weight_source is WeightSource.UNTRAINED else structure(project.spec)


def _copy(project: Project) -> Project:
    """A shallow copy with its own spec and run list (arrays are never changed in place)."""
    return replace(project, spec=project.spec.copy(), runs=list(project.runs))
