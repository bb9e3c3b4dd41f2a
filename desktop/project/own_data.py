"""Your own data (``ownDataDialog``): an image folder, a CSV table, IDX files or an ``.npz``.

The student picks the file or folder (and, for a CSV, the target column, the task and whether to
standardise); the dialog loads it with netcore's loaders and shows what came out — a sample grid
or the first rows, the class counts, and the loader's messages (skipped files, missing values) —
before it can be accepted. Nothing changes in the project until then.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from netcore.datasets.errors import DatasetError
from netcore.datasets.files import csv_preview
from netcore.datasets.sources import DatasetSource, summarize
from netcore.i18n import number

translate = QCoreApplication.translate  # the name lupdate collects


def kinds() -> dict[str, str]:
    """The kinds of data a student can bring, in the user's language."""
    return {
        "folder": translate("OwnDataDialog", "Image folder (one subfolder per class)"),
        "csv": translate("OwnDataDialog", "CSV table (.csv)"),
        "idx": translate("OwnDataDialog", "IDX files (a folder, MNIST format)"),
        "npz": translate("OwnDataDialog", "NumPy arrays (.npz, Keras style)"),
    }


#: the tasks a CSV table can be read as (the loader's words are the data)
TASKS = ("auto", "classification", "regression")


class OwnDataDialog(QDialog):
    """objectName ``ownDataDialog``; ``source`` and ``info`` hold the accepted data."""

    def __init__(self, dialogs, parent=None):
        super().__init__(parent)
        self.setObjectName("ownDataDialog")
        self.setWindowTitle(self.tr("Your own data"))
        self.dialogs = dialogs
        self.source: DatasetSource | None = None
        self.info: dict | None = None

        self.kind = QComboBox()
        self.kind.setObjectName("ownDataKind")
        for key, text in kinds().items():
            self.kind.addItem(text, key)
        self.path = QLineEdit()
        self.path.setObjectName("ownDataPath")
        self.path.setPlaceholderText(self.tr("choose a file or folder…"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("ownDataBrowse")
        self.target = QComboBox()
        self.target.setObjectName("ownDataTarget")
        self.task = QComboBox()
        self.task.setObjectName("ownDataTask")
        task_names = (self.tr("auto"), self.tr("classification"), self.tr("regression"))
        for task, text in zip(TASKS, task_names, strict=True):
            self.task.addItem(text, task)
        self.standardize = QCheckBox(self.tr("scale each feature to mean 0, spread 1"))
        self.standardize.setObjectName("ownDataStandardize")
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("ownDataPreview")
        self.summary = QLabel(self.tr("Choose your data, then Preview."))
        self.summary.setObjectName("ownDataSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.picture = QLabel()
        self.picture.setObjectName("ownDataSamples")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rows = QTableWidget(0, 0)
        self.rows.setObjectName("ownDataRows")
        self.rows.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this data"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = self.form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Where"), path_row)
        form.addRow(self.tr("Target column"), self.target)
        form.addRow(self.tr("Task"), self.task)
        form.addRow(self.tr("Features"), self.standardize)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.summary)
        column.addWidget(self.picture, 1)
        column.addWidget(self.rows, 1)
        column.addWidget(self.buttons)
        self.resize(640, 560)

        browse.clicked.connect(self._on_browse_clicked)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.path.editingFinished.connect(self._on_path_edited)
        self.preview_button.clicked.connect(self.preview)
        for widget in (self.target, self.task):
            widget.currentIndexChanged.connect(self._invalidate)
        self.standardize.toggled.connect(self._invalidate)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._on_kind_changed()

    # -- choosing ------------------------------------------------------------------------------

    def choose(self, kind: str, path: str | Path) -> None:
        """Fill in the kind and path (Browse does the same); the preview runs at once."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.path.setText(str(path))
        self._on_path_edited()

    def _on_browse_clicked(self) -> None:
        kind = self.kind.currentData()
        if kind in ("folder", "idx"):
            chosen = self.dialogs.choose_folder(kinds()[kind], self.path.text())
        else:
            chosen = self.dialogs.open_data_file(kind, self.path.text())
        if chosen:
            self.path.setText(str(chosen))
            self._on_path_edited()

    def _on_kind_changed(self) -> None:
        csv = self.kind.currentData() == "csv"
        for widget in (self.target, self.task, self.standardize):
            self.form.setRowVisible(widget, csv)  # a CSV's own choices only
        self._invalidate()

    def _on_path_edited(self) -> None:
        if self.kind.currentData() == "csv" and self.path.text().strip():
            self._fill_columns()
        self._invalidate()
        if self.path.text().strip():
            self.preview()

    def _fill_columns(self) -> None:
        self.target.blockSignals(True)
        self.target.clear()
        try:
            header, rows = csv_preview(self.path.text().strip())
        except DatasetError as exc:
            self.summary.setText(str(exc))
            header, rows = [], []
        self.target.addItems(header)
        if header:
            self.target.setCurrentIndex(len(header) - 1)  # the last column, as the loader does
        self.target.blockSignals(False)
        self._show_rows(header, rows)

    def _invalidate(self) -> None:
        self.source = self.info = None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    # -- previewing ----------------------------------------------------------------------------

    def current_source(self) -> DatasetSource | None:
        text = self.path.text().strip()
        if not text:
            return None
        options = {}
        if self.kind.currentData() == "csv":
            if self.target.currentText():
                options["target"] = self.target.currentText()
            options["task"] = self.task.currentData() or self.task.currentText()
            options["standardize_features"] = self.standardize.isChecked()
        return DatasetSource(path=str(Path(text).expanduser().resolve()), options=options)

    def preview(self) -> bool:
        """Load the data as training will; show it, or the loader's message. True if usable."""
        self._invalidate()
        source = self.current_source()
        if source is None:
            self.summary.setText(self.tr("Choose a file or folder first."))
            return False
        wanted = self.kind.currentData()
        if (
            Path(source.path).exists()
            and source.kind != wanted
            and {source.kind, wanted}
            != {
                "folder",
                "idx",
            }
        ):
            names = kinds()
            self.summary.setText(
                self.tr(
                    "{name} looks like {kind}, not {wanted}: choose that kind, or another file."
                ).format(
                    name=Path(source.path).name,
                    kind=names[source.kind].lower(),
                    wanted=names[wanted].lower(),
                )
            )
            return False
        try:
            dataset = source.load()
        except DatasetError as exc:
            self.summary.setText(
                self.tr("{name} cannot be used:\n{reason}").format(
                    name=Path(source.path).name, reason=exc
                )
            )
            self.picture.clear()
            return False
        info = summarize(dataset)
        self.summary.setText(_describe(info))
        self._show_samples(dataset)
        self.source, self.info = source, info
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return True

    def _show_samples(self, dataset) -> None:
        self.picture.clear()
        if not (dataset.is_image and dataset.task == "classification"):
            return
        from netcore.datasets.preview import sample_grid

        grid = sample_grid(dataset, per_class=min(8, 48 // max(dataset.num_classes, 1) or 1))
        if grid.ndim == 2:
            h, w = grid.shape
            image = QImage(grid.tobytes(), w, h, w, QImage.Format.Format_Grayscale8).copy()
        else:
            h, w, _ = grid.shape
            image = QImage(grid.tobytes(), w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        pixmap = QPixmap.fromImage(image)
        self.picture.setPixmap(pixmap.scaled(pixmap.width() * 2, pixmap.height() * 2))
        self.rows.hide()
        self.picture.show()

    def _show_rows(self, header: list[str], rows: list[list[str]]) -> None:
        self.rows.setColumnCount(len(header))
        self.rows.setRowCount(len(rows))
        self.rows.setHorizontalHeaderLabels(header)
        for r, row in enumerate(rows):
            for c, cell in enumerate(row[: len(header)]):
                self.rows.setItem(r, c, QTableWidgetItem(cell))
        self.rows.setVisible(bool(header))
        self.picture.setVisible(not header)


def _describe(info: dict) -> str:
    shape = info["input_shape"]
    if len(shape) != 1:
        what = translate("OwnDataDialog", "of shape {shape}").format(
            shape="×".join(str(d) for d in shape)
        )
    elif shape[0] == 1:
        what = translate("OwnDataDialog", "with 1 feature")
    else:
        what = translate("OwnDataDialog", "with {n} features").format(n=shape[0])
    task = {
        "classification": translate("OwnDataDialog", "classification"),
        "regression": translate("OwnDataDialog", "regression"),
    }
    lines = [
        translate(
            "OwnDataDialog", "{title}: {train} training and {test} test examples {what}, {task}."
        ).format(
            title=info["title"],
            train=number(info["train_samples"]),
            test=number(info["test_samples"]),
            what=what,
            task=task.get(info["task"], info["task"]),
        )
    ]
    counts = info.get("class_counts")
    if counts:
        names = info["class_names"]
        listed = ", ".join(f"{n} ({number(c)})" for n, c in zip(names, counts, strict=False))
        lines.append(translate("OwnDataDialog", "Classes: {list}").format(list=listed))
    lines += [
        translate("OwnDataDialog", "Note: {note}").format(note=note)
        for note in info.get("notes", [])
    ]
    return "\n".join(lines)
