"""Opening, saving, templates, recent files, autosave and crash recovery for the document.

Saves are atomic (netcore writes a temporary file and renames it). A recovery copy is written
every minute while there are unsaved changes and removed on a clean exit; if it is still there
at the next launch, the app offers to restore it.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from desktop.dialogs import Dialogs
from desktop.document import NetworkDocument
from netcore.fileio import atomic_write_text, config_dir
from netcore.network.problems import SpecError
from netcore.network.spec import NetworkSpec
from netcore.network.spec import load as load_spec
from netcore.network.spec import save as save_spec
from netcore.project.fileformat import Project, load_project, save_project
from netcore.resources import preset_paths

AUTOSAVE_MS = 60_000
MAX_RECENT = 8


def settings() -> QSettings:
    """LayerLab's settings file, in the config folder (tests point it elsewhere)."""
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "layerlab.ini"), QSettings.Format.IniFormat)


def recovery_path() -> Path:
    return config_dir() / "recovery.layerlab"


class FileController(QObject):
    """File actions for one document; asks questions through ``Dialogs``.

    Signals:
        recent_changed(): the recent-files list changed.
        status(str): a short message for the status bar.
        project_loaded(object): a Project was opened (dataset, training, history for panels).
    """

    recent_changed = Signal()
    status = Signal(str)
    project_loaded = Signal(object)
    keras_loaded = Signal(object, str)  # weights by layer id, file name

    tensorflow_ready = staticmethod(lambda: True)  # the window says when TensorFlow is loaded

    def __init__(self, document: NetworkDocument, dialogs: Dialogs, parent=None):
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.dataset: str | None = None  # kept in project files
        self.extra: dict = {}  # training settings, history, model bytes (later panels)
        self.results_dirty = False  # a trained model / history not saved yet
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.write_recovery)
        self.autosave.start()

    # ----------------------------------------------------------------- questions

    def display_name(self) -> str:
        path = self.document.path
        return path.name if path else self.document.spec.name or "Untitled"

    @property
    def unsaved(self) -> bool:
        return self.document.dirty or self.results_dirty

    def set_results(self, history: dict, model_bytes: bytes | None) -> None:
        """Keep a finished run (history, trained model) for the project file."""
        self.extra["history"] = history
        self.extra["model_bytes"] = model_bytes
        self.results_dirty = True
        self.status.emit("Training results are kept in the project when you save it")

    def confirm_discard(self) -> bool:
        """True when it is fine to replace or close the document (saved, discarded)."""
        if not self.unsaved:
            return True
        answer = self.dialogs.ask_save_changes(self.display_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    # ----------------------------------------------------------------- actions

    def new(self, spec: NetworkSpec | None = None) -> bool:
        if not self.confirm_discard():
            return False
        self.document.replace(spec or NetworkSpec(name="Untitled", input_shape=[28, 28, 1]))
        self.dataset = None
        self.extra = {}
        self.results_dirty = False
        return True

    def new_from_template(self, name: str) -> bool:
        spec = load_spec(preset_paths()[name])
        spec.layout = {}
        return self.new(spec)

    def open(self, path: Path | None = None) -> bool:
        if not self.confirm_discard():
            return False
        if path is None:
            path = self.dialogs.open_path(str(self._last_folder()))
            if path is None:
                return False
        if path.suffix.lower() in (".keras", ".h5", ".hdf5"):
            return self._open_keras(path)
        try:
            if path.suffix == ".layerlab":
                project = load_project(path)
                spec = project.spec
            else:
                project, spec = None, load_spec(path)
        except SpecError as exc:
            self.dialogs.error("Cannot open", str(exc))
            return False
        self.document.replace(spec, path)
        self.dataset = project.dataset if project else None
        self.extra = {}
        self.results_dirty = False
        if project is not None:
            self.extra = {
                "training": project.training,
                "history": project.history,
                "model_bytes": project.model_bytes,
            }
            self.project_loaded.emit(project)
        self._add_recent(path)
        self.status.emit(f"Opened {path.name}")
        return True

    def _open_keras(self, path: Path) -> bool:
        """A trained Keras model: converted into a network with its weights (safe mode)."""
        if not self.tensorflow_ready():
            self.dialogs.error(
                "Cannot open yet", "TensorFlow is still loading; try again in a few seconds."
            )
            return False
        from netcore.models.kerasfile import ModelError, open_keras_file

        try:
            spec, weights = open_keras_file(path)
        except ModelError as exc:
            self.dialogs.error("Cannot open this model", str(exc))
            return False
        self.document.replace(spec, None)  # saving writes a project, never over the .keras
        self.dataset = None
        self.extra = {}
        self.results_dirty = False
        self.keras_loaded.emit(weights, path.name)
        self._add_recent(path)
        self.status.emit(f"Opened {path.name} with its weights; save it as a project to keep edits")
        return True

    def save(self) -> bool:
        path = self.document.path
        if path is None:
            return self.save_as()
        return self._write(path)

    def save_as(self) -> bool:
        suggested = str(self._last_folder() / f"{self.document.spec.name or 'network'}.layerlab")
        path = self.dialogs.save_path(suggested)
        if path is None:
            return False
        return self._write(path)

    def _write(self, path: Path) -> bool:
        if path.suffix == ".json" and self.results_dirty:
            path = path.with_suffix(
                ".layerlab"
            )  # a .json holds only the network: keep the training
        try:
            if path.suffix == ".json":
                save_spec(self.document.spec, path)
            else:
                save_project(path, self.project())
        except OSError as exc:
            self.dialogs.error(
                "Cannot save",
                f"{path}: {exc.strerror or exc}. Nothing was lost; choose another place.",
            )
            return False
        self.document.mark_saved(path)
        self.results_dirty = False
        self._add_recent(path)
        self.status.emit(f"Saved {path.name}")
        return True

    def project(self) -> Project:
        return Project(
            spec=self.document.spec.copy(),
            dataset=self.dataset,
            training=self.extra.get("training"),
            history=self.extra.get("history"),
            model_bytes=self.extra.get("model_bytes"),
        )

    # ----------------------------------------------------------------- recent files

    def recent(self) -> list[Path]:
        value = settings().value("recent", [])
        if isinstance(value, str):
            value = [value]
        return [Path(p) for p in value or [] if Path(p).exists()]

    def _add_recent(self, path: Path) -> None:
        items = [str(path.resolve())] + [
            str(p) for p in self.recent() if p.resolve() != path.resolve()
        ]
        s = settings()
        s.setValue("recent", items[:MAX_RECENT])
        s.setValue("last_folder", str(path.resolve().parent))
        self.recent_changed.emit()

    def _last_folder(self) -> Path:
        folder = settings().value("last_folder", "")
        return Path(folder) if folder and Path(folder).is_dir() else Path.home()

    # ----------------------------------------------------------------- recovery

    def write_recovery(self) -> bool:
        """Write the recovery copy when there are unsaved changes; True if written."""
        if not self.unsaved:
            return False
        path = recovery_path()
        try:
            save_project(path, self.project())
            info = {"saved_at": time.time(), "original": str(self.document.path or "")}
            atomic_write_text(path.with_suffix(".json"), json.dumps(info))
        except OSError:
            return False
        return True

    def discard_recovery(self) -> None:
        for p in (recovery_path(), recovery_path().with_suffix(".json")):
            p.unlink(missing_ok=True)

    def offer_recovery(self) -> bool:
        """At launch: if a recovery copy exists, ask; restore it as an unsaved document."""
        path = recovery_path()
        if not path.exists():
            return False
        try:
            info = json.loads(path.with_suffix(".json").read_text())
        except (OSError, ValueError):
            info = {}
        when = time.strftime(
            "%d %b %Y %H:%M", time.localtime(info.get("saved_at", path.stat().st_mtime))
        )
        if not self.dialogs.ask(
            "Recover unsaved work?",
            f"LayerLab did not close normally. Recover the network you were editing ({when})?",
        ):
            self.discard_recovery()
            return False
        try:
            project = load_project(path)
        except SpecError as exc:
            self.dialogs.error("Cannot recover", str(exc))
            self.discard_recovery()
            return False
        original = Path(info["original"]) if info.get("original") else None
        self.document.replace(
            NetworkSpec(name=project.spec.name, input_shape=project.spec.input_shape), original
        )
        # install the recovered network as an edit, so it counts as unsaved and can be undone
        recovered = project.spec
        self.document.edit("Recover unsaved work", lambda spec: _copy_into(spec, recovered))
        self.dataset = project.dataset
        self.status.emit("Recovered unsaved work")
        return True


def _copy_into(target: NetworkSpec, source: NetworkSpec) -> None:
    for name in ("name", "input_shape", "layers", "output", "description", "layout"):
        setattr(target, name, getattr(source.copy(), name))
