"""The dataset picker in the toolbar: choosing a dataset sets the network's input shape and
offers to fit the output layer to the number of classes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox

from desktop.document import NetworkDocument
from netcore.datasets.registry import ENTRIES, describe
from netcore.network import editing
from netcore.network.catalog import shape_text

NONE = "(no dataset)"


class DatasetPicker(QComboBox):
    """objectName ``datasetPicker``.

    Signals:
        dataset_chosen(str): a dataset name ("" for none).
        offer(str): text for the "fit the output layer" banner ("" hides it).
    """

    dataset_chosen = Signal(str)
    offer = Signal(str)

    def __init__(self, document: NetworkDocument, parent=None):
        super().__init__(parent)
        self.setObjectName("datasetPicker")
        self.document = document
        self.setMinimumContentsLength(22)
        self.addItem(NONE, "")
        self.infos: dict[str, dict] = {}
        for name, entry in ENTRIES.items():
            available, reason = entry.locate()
            self.addItem(entry.title if available else f"{entry.title} (not installed)", name)
            index = self.count() - 1
            if not available:
                self.model().item(index).setEnabled(False)
                self.setItemData(index, reason, 3)  # Qt.ToolTipRole
        self.currentIndexChanged.connect(self._on_current_index_changed)
        document.analysis_changed.connect(self._check_offer)

    def current_name(self) -> str:
        return self.currentData() or ""

    def current_title(self) -> str:
        return "none" if not self.current_name() else self.currentText()

    def info(self, name: str) -> dict:
        if name not in self.infos:
            self.infos[name] = describe(name)
        return self.infos[name]

    def select(self, name: str | None) -> None:
        index = self.findData(name or "")
        self.setCurrentIndex(max(index, 0))

    def _on_current_index_changed(self, index: int) -> None:
        name = self.current_name()
        self.dataset_chosen.emit(name)
        if not name:
            self.offer.emit("")
            return
        info = self.info(name)
        shape = list(info["input_shape"])
        if list(self.document.spec.input_shape or []) != shape:
            self.document.edit(
                f"Input shape for {info['title']}", lambda spec: setattr(spec, "input_shape", shape)
            )
        self._check_offer()

    def _wanted_output(self) -> tuple[int, str] | None:
        name = self.current_name()
        if not name:
            return None
        info = self.info(name)
        if info.get("task") == "regression":
            return 1, "linear"
        k = info.get("num_classes", 0)
        return (1, "sigmoid") if k == 2 else (k, "softmax")

    def _check_offer(self) -> None:
        wanted = self._wanted_output()
        analysis = self.document.analysis
        out = analysis.output_id
        if wanted is None or out is None or out not in analysis.layers:
            self.offer.emit("")
            return
        info = analysis.layers[out]
        if info.type != "Dense" or info.params is None:
            self.offer.emit("")
            return
        units, activation = wanted
        if (info.params["units"], info.params["activation"]) == (units, activation):
            self.offer.emit("")
            return
        data = self.info(self.current_name())
        what = (
            "a regression target"
            if data.get("task") == "regression"
            else f"{data.get('num_classes')} classes"
        )
        self.offer.emit(
            f"{data['title']} has {what} (inputs {shape_text(tuple(data['input_shape']))}); the "
            f"output layer '{out}' has {info.params['units']} {info.params['activation']} units. "
            f"Use {units} {activation} unit{'s' if units > 1 else ''}?"
        )

    def fit_output(self) -> None:
        name = self.current_name()
        if not name:
            return
        info = self.info(name)
        self.document.edit(
            "Fit the output layer",
            lambda spec: editing.fit_output(spec, info.get("num_classes", 0), info.get("task", "")),
        )
