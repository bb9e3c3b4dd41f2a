"""Every question the app asks the student, in one place, so tests can answer them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

translate = QCoreApplication.translate  # the name lupdate collects (context "Dialogs")


class Dialogs:
    """Modal questions and file pickers, parented to the main window."""

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def ask_save_changes(self, name: str) -> str:
        """'save', 'discard' or 'cancel'."""
        answer = self.save_changes_box(name).exec()
        return {
            QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard",
        }.get(QMessageBox.StandardButton(answer), "cancel")

    def save_changes_box(self, name: str) -> QMessageBox:
        """The question before unsaved work is replaced, ready to be asked."""
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Dialogs", "Unsaved changes"))
        box.setText(translate("Dialogs", "Save the changes to “{name}”?").format(name=name))
        box.setInformativeText(
            translate("Dialogs", "Your changes are lost if you don't save them.")
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return box

    def open_path(self, folder: str = "") -> Path | None:
        network_filter = translate(
            "Dialogs",
            "LayerLab projects (*.layerlab);;Network files (*.json);;Keras models (*.keras);;"
            "All files (*)",
        )
        name, _ = QFileDialog.getOpenFileName(
            self.parent, translate("Dialogs", "Open network"), folder, network_filter
        )
        return Path(name) if name else None

    def open_image(self, folder: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent,
            translate("Dialogs", "Open an image"),
            folder,
            translate("Dialogs", "Images (*.png *.jpg *.jpeg *.bmp *.gif)"),
        )
        return Path(name) if name else None

    def open_weights(self, folder: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent,
            translate("Dialogs", "Load weights"),
            folder,
            translate("Dialogs", "Keras weights (*.weights.h5)"),
        )
        return Path(name) if name else None

    def open_data_file(self, kind: str, folder: str = "") -> Path | None:
        filters = {
            "csv": translate("Dialogs", "CSV tables (*.csv *.tsv *.txt)"),
            "npz": translate("Dialogs", "NumPy arrays (*.npz)"),
        }
        name, _ = QFileDialog.getOpenFileName(
            self.parent,
            translate("Dialogs", "Your own data"),
            folder,
            filters.get(kind, translate("Dialogs", "All files (*)")),
        )
        return Path(name) if name else None

    def own_data(self):
        """The own-data dialog: (DatasetSource, info) once the student accepts a preview."""
        from PySide6.QtWidgets import QDialog

        from desktop.project.own_data import OwnDataDialog

        dialog = OwnDataDialog(self, self.parent)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.source is not None:
            return dialog.source, dialog.info
        return None

    def choose_folder(self, title: str, folder: str = "") -> Path | None:
        name = QFileDialog.getExistingDirectory(self.parent, title, folder)
        return Path(name) if name else None

    def save_path(self, suggested: str) -> Path | None:
        save_filter = translate(
            "Dialogs", "LayerLab projects (*.layerlab);;Network files (*.json);;All files (*)"
        )
        name, chosen = QFileDialog.getSaveFileName(
            self.parent, translate("Dialogs", "Save network"), suggested, save_filter
        )
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".json" if "json" in chosen else ".layerlab")
        return path

    def figure_scale(self) -> float | None:
        """How many times its size on screen a PNG figure is drawn (None: cancelled)."""
        value, ok = QInputDialog.getDouble(
            self.parent,
            translate("Dialogs", "Figure size"),
            translate("Dialogs", "Times the size on screen (2 suits slides):"),
            2.0,
            1.0,
            8.0,
            1,
        )
        return value if ok else None

    def export_path(self, suggested: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.parent, translate("Dialogs", "Export"), suggested, file_filter
        )
        return Path(name) if name else None

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def about(self, title: str, html: str) -> None:
        QMessageBox.about(self.parent, title, html)
