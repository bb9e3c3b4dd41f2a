"""The dataset picker in the toolbar, bound to the project's dataset source: the built-in
datasets, the student's own data ("Your own data…", with a preview before it is accepted), and
an offer to fit the output layer when it does not match the data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox

from netcore.datasets.errors import DatasetError
from netcore.datasets.registry import ENTRIES
from netcore.datasets.sources import DatasetSource
from netcore.network import editing
from netcore.network.outputs import output_offer

OWN = "own…"  # the item that opens the own-data dialog


class DatasetPicker(QComboBox):
    """objectName ``datasetPicker``.

    Signals:
        offer(str): text for the "fit the output layer" banner ("" hides it).
        own_data_requested(): "Your own data…" was chosen (the window opens the dialog).
        problem(str): a dataset could not be read; the message says why.
    """

    offer = Signal(str)
    own_data_requested = Signal()
    problem = Signal(str)

    @staticmethod
    def tr_title(title: str) -> str:
        """A built-in dataset's title in the user's language (runs record the English one)."""
        return QCoreApplication.translate("Datasets", title)

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.setObjectName("datasetPicker")
        self.setAccessibleName(self.tr("Dataset"))
        self.project = project
        self.setMinimumContentsLength(22)
        self.addItem(self.tr("(no dataset)"), None)
        for name, entry in ENTRIES.items():
            available, reason = entry.locate()
            title = self.tr_title(entry.title)
            if not available:
                title = self.tr("{title} (not installed)").format(title=title)
            self.addItem(title, DatasetSource(name=name))
            index = self.count() - 1
            if not available:
                self.model().item(index).setEnabled(False)
                self.setItemData(index, reason, 3)  # Qt.ToolTipRole
        self.insertSeparator(self.count())
        self.addItem(self.tr("Your own data…"), OWN)
        self.setItemData(
            self.count() - 1,
            self.tr("An image folder (one subfolder per class), a CSV table, IDX files or an .npz"),
            3,
        )
        self.activated.connect(self._on_activated)
        project.dataset_changed.connect(self._show_project_dataset)
        project.document.analysis_changed.connect(self._check_offer)
        self._show_project_dataset()

    # -- reading ---------------------------------------------------------------------------

    def current_source(self) -> DatasetSource | None:
        return self.project.dataset

    def select(self, name: str | None) -> None:
        """Choose a built-in dataset by name, as a student picking it would."""
        self.choose(DatasetSource(name=name) if name else None)

    # -- state → combo -----------------------------------------------------------------------

    def _show_project_dataset(self) -> None:
        source = self.project.dataset
        index = self._index_of(source)
        if index < 0 and source is not None:  # own data, or a built-in with options
            self.insertItem(self.count() - 1, self.tr_title(source.title()), source)
            index = self.count() - 2
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        self._check_offer()

    def _index_of(self, source: DatasetSource | None) -> int:
        for i in range(self.count()):
            if self.itemData(i) == source and self.itemData(i) != OWN:
                return i
        return -1

    # -- combo → state -----------------------------------------------------------------------

    def _on_activated(self, index: int) -> None:
        data = self.itemData(index)
        if data == OWN:
            self._show_project_dataset()  # stays on the current one until the dialog accepts
            self.own_data_requested.emit()
            return
        self.choose(data)

    def choose(self, source: DatasetSource | None, info: dict | None = None) -> bool:
        """Make ``source`` the project's dataset; False (and a banner) if it cannot be read."""
        try:
            if source is not None and info is None:
                self.project.dataset_info(source)
        except DatasetError as exc:
            self.offer.emit("")
            self._show_project_dataset()
            self.problem.emit(str(exc))
            return False
        self.project.set_dataset(source, info)
        return True

    # -- the output layer ----------------------------------------------------------------------

    def _info(self) -> dict | None:
        if self.project.dataset is None:
            return None
        try:
            return self.project.dataset_info()
        except DatasetError:
            return None

    def _check_offer(self) -> None:
        info = self._info()
        if info is None:
            self.offer.emit("")
            return
        text = output_offer(
            self.project.document.analysis,
            info.get("task", "classification"),
            int(info.get("num_classes") or 0),
            int(info.get("targets") or 1),
            self.tr_title(info["title"]) if info.get("title") else self.tr("the dataset"),
            tuple(info["input_shape"]) if info.get("input_shape") else None,
        )
        self.offer.emit(text or "")

    def fit_output(self) -> None:
        info = self._info()
        if info is None:
            return
        self.project.document.edit(
            self.tr("Fit the output layer"),
            lambda spec: editing.fit_output(
                spec,
                int(info.get("num_classes") or 0),
                info.get("task", ""),
                int(info.get("targets") or 1),
            ),
        )
