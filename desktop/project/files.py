"""Opening, saving, templates, recent files, autosave and crash recovery for the document.

Saves are atomic (netcore writes a temporary file and renames it). A recovery copy is written
every minute while there are unsaved changes and removed on a clean exit; if it is still there
at the next launch, the app offers to restore it.
"""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QObject, QTimer, Signal

from desktop.project.dialogs import Dialogs
from desktop.settings_store import (
    SettingsStore,
    exists,
    open_settings,
    read_path,
    read_paths,
    take_notes,
)
from netcore.datasets.errors import DatasetError
from netcore.fileio import (
    atomic_write_text,
    check_regular_file,
    config_dir,
    read_text_limited,
)
from netcore.network.problems import SpecError
from netcore.network.spec import NetworkSpec
from netcore.network.spec import load as load_spec
from netcore.network.spec import save as save_spec
from netcore.project.fileformat import load_project, save_project
from netcore.project.model import Project, WeightSource
from netcore.resources import preset_paths

AUTOSAVE_MS = 60_000
MAX_RECENT = 8


#: The recovery file's note (when it was written, for which file) is a few hundred bytes.
MAX_RECOVERY_INFO_BYTES = 64_000


def settings() -> SettingsStore:
    """LayerLab's settings, in the config folder (tests point it elsewhere); every value read
    from them is checked where it is used (``desktop.settings_store``)."""
    return open_settings()


def recovery_path() -> Path:
    return config_dir() / "recovery.layerlab"


class FileController(QObject):
    """File actions for the project; asks questions through ``Dialogs``.

    Signals:
        recent_changed(): the recent-files list changed.
        status(str): a short message for the status bar.
    """

    recent_changed = Signal()
    status = Signal(str)

    def __init__(self, project, dialogs: Dialogs, model_state=None, parent=None):
        super().__init__(parent)
        self.project = project
        self.document = project.document
        self.dialogs = dialogs
        self.model_state = model_state  # says when TensorFlow is loaded (.keras files need it)
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.write_recovery)
        self.autosave.start()

    # ----------------------------------------------------------------- questions

    def display_name(self) -> str:
        path = self.document.path
        if path:
            return path.name
        name = self.document.spec.name
        if not name or name == "Untitled":  # the name a new network is saved with
            return self.tr("Untitled")
        return self.translate_name(name)

    @staticmethod
    def translate_name(name: str) -> str:
        """A template's title in the user's language; any other name as it is."""
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Presets", name)

    @property
    def unsaved(self) -> bool:
        return self.project.dirty

    def confirm_discard(self) -> bool:
        """True when it is fine to replace or close the project (saved, discarded)."""
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
        problem = self.project.new(spec or NetworkSpec(name="Untitled", input_shape=[28, 28, 1]))
        self._tell_settings_problem(problem)
        return True

    def _tell_settings_problem(self, problem: str) -> None:
        """The network's recommended training settings could not be used: it opened with the
        usual ones, and the student hears which setting was wrong."""
        if problem:
            self.dialogs.error(self.tr("Training settings not used"), problem)

    def new_empty(self) -> bool:
        return self.new()

    def open_chosen(self) -> bool:
        """File → Open: the student picks the file."""
        return self.open()

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
                self.project.load(load_project(path), path)
            else:
                self._tell_settings_problem(self.project.new(load_spec(path), path))
        except SpecError as exc:
            self.dialogs.error(self.tr("Cannot open"), str(exc))
            return False
        self._add_recent(path)
        self.status.emit(self.tr("Opened {name}").format(name=path.name))
        return True

    def _open_keras(self, path: Path) -> bool:
        """A trained Keras model: converted into a network with its weights (safe mode)."""
        if self.model_state is not None and not self.model_state.tensorflow_ready:
            self.dialogs.error(
                self.tr("Cannot open yet"),
                self.tr("TensorFlow is still loading; try again in a few seconds."),
            )
            return False
        from netcore.models.kerasfile import ModelError, open_keras_file

        try:
            spec, weights = open_keras_file(path)
        except ModelError as exc:
            self.dialogs.error(self.tr("Cannot open this model"), str(exc))
            return False
        # saving writes a project, never over the .keras; the chosen data stays if it fits
        dataset = self.project.dataset
        try:
            fits = dataset is not None and list(
                self.project.dataset_info(dataset)["input_shape"]
            ) == list(spec.input_shape or [])
        except (DatasetError, KeyError):
            fits = False
        self.project.load(
            Project(
                spec,
                dataset=dataset if fits else None,
                weights=weights,
                weight_source=WeightSource.FILE,
                weight_note=path.name,
            )
        )
        self._add_recent(path)
        self.status.emit(
            self.tr("Opened {name} with its weights; save it as a project to keep edits").format(
                name=path.name
            )
        )
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
        if path.suffix == ".json" and self._more_than_the_network():
            path = path.with_suffix(".layerlab")  # a .json holds only the network: keep the rest
        try:
            if path.suffix == ".json":
                save_spec(self.document.spec, path)
            else:
                save_project(path, self.project.project())
        except OSError as exc:
            self.dialogs.error(
                self.tr("Cannot save"),
                self.tr("{path}: {reason}. Nothing was lost; choose another place.").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return False
        self.project.mark_saved(path)
        self._add_recent(path)
        self.status.emit(self.tr("Saved {name}").format(name=path.name))
        return True

    def _more_than_the_network(self) -> bool:
        p = self.project
        return bool(p.runs) or p.weights is not None or p.dataset is not None

    # ----------------------------------------------------------------- recent files

    def recent(self) -> list[Path]:
        """The recent files that are still there (a moved file leaves the list quietly)."""
        return [p for p in read_paths(settings(), "recent", MAX_RECENT) if exists(p)]

    def _add_recent(self, path: Path) -> None:
        try:
            path = path.resolve()
            items = [str(path)] + [str(p) for p in self.recent() if p.resolve() != path]
        except (OSError, RuntimeError):  # a loop of links: the list stays as it was
            return
        s = settings()
        s.setValue("recent", items[:MAX_RECENT])
        s.setValue("last_folder", str(path.parent))
        self.recent_changed.emit()

    def _last_folder(self) -> Path:
        folder = read_path(settings(), "last_folder")
        for text in take_notes():  # read when a file is chosen, long after the start
            self.status.emit(text)
        try:
            return folder if folder is not None and folder.is_dir() else Path.home()
        except (OSError, ValueError):
            return Path.home()

    # ----------------------------------------------------------------- recovery

    def write_recovery(self) -> bool:
        """Write the recovery copy when there are unsaved changes; True if written."""
        if not self.unsaved:
            return False
        path = recovery_path()
        try:
            save_project(path, self.project.project())
            info = {"saved_at": time.time(), "original": str(self.document.path or "")}
            atomic_write_text(path.with_suffix(".json"), json.dumps(info))
        except OSError:
            return False
        return True

    def discard_recovery(self) -> None:
        for p in (recovery_path(), recovery_path().with_suffix(".json")):
            with contextlib.suppress(OSError):  # an unusable settings folder holds none
                p.unlink(missing_ok=True)

    def offer_recovery(self) -> bool:
        """At launch: if a recovery copy exists, ask; restore all of it as an unsaved project."""
        path = recovery_path()
        if not exists(path):
            return False
        try:
            check_regular_file(path)
        except OSError as exc:  # a folder, a FIFO, a link to a device: never offered, kept
            kept = _set_aside(path)
            self.status.emit(
                self.tr("The recovery file could not be read ({reason}); kept as {name}").format(
                    reason=exc, name=kept.name
                )
            )
            return False
        info = _recovery_info(path)
        when = QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(info["saved_at"])), QLocale.FormatType.ShortFormat
        )
        if not self.dialogs.ask(
            self.tr("Recover unsaved work?"),
            self.tr(
                "LayerLab did not close normally. Recover the project you were working on ({when})?"
            ).format(when=when),
        ):
            self.discard_recovery()
            return False
        try:
            project = load_project(path)
        except (SpecError, OSError) as exc:
            kept = _set_aside(path)
            self.dialogs.error(
                self.tr("Cannot recover"),
                self.tr("{reason}\nThe recovery file was kept as {name} in {folder}.").format(
                    reason=exc, name=kept.name, folder=kept.parent
                ),
            )
            return False
        original = Path(info["original"]) if info["original"] else None
        self.project.load(project, original, unsaved=True)
        self.status.emit(self.tr("Recovered unsaved work"))
        return True


def _recovery_info(path: Path) -> dict:
    """When the recovery file was written and for which file; safe defaults for anything odd."""
    try:
        info = json.loads(
            read_text_limited(path.with_suffix(".json"), MAX_RECOVERY_INFO_BYTES, "recovery note")
        )
    except (OSError, ValueError, RecursionError):
        info = {}
    if not isinstance(info, dict):
        info = {}
    saved = info.get("saved_at")
    if not isinstance(saved, int | float) or isinstance(saved, bool) or not 0 < saved < 4e9:
        try:
            saved = path.stat().st_mtime
        except OSError:
            saved = time.time()
    original = info.get("original")
    usable = isinstance(original, str) and len(original) <= 4096 and "\0" not in original
    return {"saved_at": saved, "original": original if usable else ""}


def _set_aside(path: Path) -> Path:
    """Rename a recovery file that could not be read, so it is neither lost nor offered again."""
    target = path.with_name(f"recovery-unreadable-{time.strftime('%Y%m%d-%H%M%S')}.layerlab")
    try:
        path.replace(target)
    except OSError:
        return path
    with contextlib.suppress(OSError):
        path.with_suffix(".json").unlink(missing_ok=True)
    return target
