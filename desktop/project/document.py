"""The open network: one state object that owns the spec, its analysis, the file it came from,
the undo stack and the selection. Panels bind to its signals and edit through it.

Every edit goes through ``edit()``: the change is made on one copy of the spec, analysed once
(pure Python, about 1 ms for 200 layers), and the spec with its analysis becomes the current
``NetworkState`` and the undo step's "after". Undo and redo put a stored state back, so they
neither copy nor analyse. Listeners read the state's analysis; none analyses again.

A state's spec is never changed once it is current: the undo stack holds the same objects, so
changing ``document.spec`` in place would rewrite history. Copy it to change it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from netcore.network.analysis import Analysis, analyze
from netcore.network.editing import EditError
from netcore.network.spec import NetworkSpec


@dataclass(frozen=True)
class NetworkState:
    """A spec and its analysis, made together once and then only read."""

    spec: NetworkSpec
    analysis: Analysis


@dataclass(frozen=True)
class NetworkChange:
    """What ``NetworkDocument.changed`` carries.

    Attributes:
        before: The state shown until now.
        after: The new current state.
        whole: A different network was loaded (new, open, template, recovery): views start
            over instead of updating what they show.
    """

    before: NetworkState
    after: NetworkState
    whole: bool = False


class _SnapshotCommand(QUndoCommand):
    """Undo/redo by swapping whole states: simple, and exact for every edit kind. The states
    are shared, not copied: a current spec is never changed in place."""

    def __init__(
        self,
        document: NetworkDocument,
        text: str,
        before: NetworkState,
        after: NetworkState,
        merge_key: str | None = None,
    ):
        super().__init__(text)
        self._document = document
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self._first = True

    def id(self) -> int:  # noqa: A003 - Qt's name
        return 1 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if isinstance(other, _SnapshotCommand) and other.merge_key == self.merge_key:
            self.after = other.after
            return True
        return False

    def redo(self) -> None:
        if self._first:  # the edit was already applied when pushed
            self._first = False
            return
        self._document._install(self.after)

    def undo(self) -> None:
        self._document._install(self.before)


class NetworkDocument(QObject):
    """The network being edited.

    Signals:
        changed(NetworkChange): the spec and its analysis changed (edit, undo, redo, open,
            new); emitted first, with the states before and after.
        spec_changed(): the spec changed (edit, undo, redo, open, new).
        analysis_changed(): the analysis was recomputed (shapes, params, problems).
        selection_changed(list): selected layer ids.
        path_changed(str): the file the document is saved to ("" when untitled).
        dirty_changed(bool): unsaved changes appeared or were saved.
        edit_refused(str): an edit could not be made (e.g. a cycle); the message says why.
        replaced(): a different network was loaded (new, open, template, recovery).
    """

    changed = Signal(object)
    spec_changed = Signal()
    analysis_changed = Signal()
    replaced = Signal()
    selection_changed = Signal(list)
    path_changed = Signal(str)
    dirty_changed = Signal(bool)
    edit_refused = Signal(str)

    def __init__(self, spec: NetworkSpec | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        # a bound slot (not a lambda): Qt disconnects it when the document is destroyed, before
        # the stack's own destructor emits cleanChanged (a lambda then hit a deleted signal)
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        spec = spec or NetworkSpec(name="Untitled", input_shape=[28, 28, 1])
        self._state = NetworkState(spec, analyze(spec))
        self._selection: list[str] = []
        self._path: Path | None = None
        self.locked_reason = ""  # non-empty while training: edits are refused with this text

    def _on_undo_stack_clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(not clean)

    # ----------------------------------------------------------------- reading

    @property
    def state(self) -> NetworkState:
        """The current spec with its analysis."""
        return self._state

    @property
    def spec(self) -> NetworkSpec:
        """The current spec. Read it; change it only through ``edit``."""
        return self._state.spec

    @property
    def analysis(self) -> Analysis:
        """The analysis of the current spec, made once per change."""
        return self._state.analysis

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def selection(self) -> list[str]:
        return list(self._selection)

    # ----------------------------------------------------------------- editing

    def edit(
        self, text: str, change: Callable[[NetworkSpec], object], merge_key: str | None = None
    ):
        """Apply ``change`` to a copy of the spec and push it as one undoable step.

        Returns what ``change`` returned, or None when it raised EditError (reported through
        ``edit_refused``; nothing changes).
        """
        if self.locked_reason:
            self.edit_refused.emit(self.locked_reason)
            return None
        before = self._state
        spec = before.spec.copy()
        try:
            result = change(spec)
        except EditError as exc:
            self.edit_refused.emit(str(exc))
            return None
        if spec == before.spec:
            return result
        after = NetworkState(spec, analyze(spec))
        self._install(after)
        self.undo_stack.push(_SnapshotCommand(self, text, before, after, merge_key))
        return result

    def replace(self, spec: NetworkSpec, path: Path | None = None) -> None:
        """Start over with another network (new/open): clears undo history and selection."""
        self.undo_stack.clear()
        self._selection = []
        self._install(NetworkState(spec, analyze(spec)), whole=True)
        self._path = path
        self.undo_stack.setClean()
        self.path_changed.emit(str(path or ""))
        self.dirty_changed.emit(False)
        self.selection_changed.emit([])
        self.replaced.emit()

    def mark_saved(self, path: Path) -> None:
        self._path = path
        self.undo_stack.setClean()
        self.path_changed.emit(str(path))

    def set_selection(self, ids: list[str]) -> None:
        ids = [i for i in ids if i in self.spec.ids()]
        if ids != self._selection:
            self._selection = ids
            self.selection_changed.emit(list(ids))

    def _install(self, state: NetworkState, whole: bool = False) -> None:
        before, self._state = self._state, state
        ids = set(state.spec.ids())
        gone = [i for i in self._selection if i not in ids]
        self.changed.emit(NetworkChange(before, state, whole))
        self.spec_changed.emit()
        self.analysis_changed.emit()
        if gone:
            self.set_selection([i for i in self._selection if i in ids])
