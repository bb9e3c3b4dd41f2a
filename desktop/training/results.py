"""After training: test accuracy and loss, a confusion matrix (click a cell to see those test
examples), per-class accuracy, and the most confident mistakes."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netcore.i18n import number
from netcore.training.evaluation import (
    cell_indices,
    confidences,
    confident_mistakes,
    confusion_matrix,
    per_class_accuracy,
    predicted_classes,
)

THUMB = 56


def thumbnail(image: np.ndarray) -> QPixmap:
    """A test image (h, w, 1|3) in [0, 1] as a pixmap, enlarged with sharp pixels."""
    array = np.clip(np.asarray(image) * 255 + 0.5, 0, 255).astype(np.uint8)
    if array.shape[-1] == 1:
        array = np.ascontiguousarray(array[..., 0])
        h, w = array.shape
        qimage = QImage(array.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
    else:
        array = np.ascontiguousarray(array)
        h, w, _ = array.shape
        qimage = QImage(array.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
    return QPixmap.fromImage(qimage).scaled(
        THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
    )


class ResultsView(QWidget):
    """objectNames: ``testResult``, ``confusionMatrix``, ``examplesGallery``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary = QLabel(self.tr("Train a network to see its test results here."))
        self.summary.setObjectName("testResult")
        self.summary.setWordWrap(True)
        self.matrix = QTableWidget(0, 0)
        self.matrix.setObjectName("confusionMatrix")
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.setToolTip(
            self.tr(
                "Rows: true class · columns: predicted class · click a cell to see those test "
                "examples"
            )
        )
        self.gallery_title = QLabel("")
        self.gallery_title.setWordWrap(True)
        self.gallery_title.installEventFilter(self)  # its height follows its wrapped lines
        self.gallery = QListWidget()
        self.gallery.setObjectName("examplesGallery")
        self.gallery.setViewMode(QListWidget.ViewMode.IconMode)
        self.gallery.setIconSize(QSize(THUMB, THUMB))
        self.gallery.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.gallery.setWordWrap(True)
        self.gallery.setGridSize(QSize(THUMB + 34, THUMB + 34))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.summary)
        # the matrix and the mistakes side by side in a wide, low place (under the plots),
        # one above the other in a column
        self.parts = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.parts.addWidget(self.matrix, 3)
        mistakes = QVBoxLayout()
        mistakes.addWidget(self.gallery_title)
        mistakes.addWidget(self.gallery, 1)
        self.parts.addLayout(mistakes, 2)
        layout.addLayout(self.parts, 1)
        self.matrix.cellClicked.connect(self._on_matrix_cell_clicked)
        self.labels = self.predicted = self.probabilities = self.x_test = None
        self.class_names: list[str] = []
        # a lesson step that asks the student to predict keeps the run's figures back until
        # the prediction is made; the run shown is kept to show it whole at once afterwards
        self.figures_hidden = False
        self._run: tuple | None = None

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if watched is self.gallery_title and event.type() == QEvent.Type.Resize:
            # a wrapped label in a row is not given the height of its lines: ask for it
            needed = watched.heightForWidth(event.size().width())
            if needed > 0 and needed != watched.minimumHeight():
                watched.setMinimumHeight(needed)
        return False

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        wide = event.size().width() >= 1.6 * event.size().height()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.parts.direction() != direction:
            self.parts.setDirection(direction)

    def reset(self, text: str = "") -> None:
        """Nothing to show (another project, another dataset)."""
        self.clear()
        self.summary.setText(text or self.tr("Train a network to see its test results here."))

    def set_hidden(self, names: frozenset) -> None:
        """What a lesson step keeps hidden until the student answered: with ``run_figures``
        the test scores, the confusion matrix and the mistakes wait behind a note; an empty set
        shows the run's results at once."""
        hide = "run_figures" in names
        if hide == self.figures_hidden:
            return
        self.figures_hidden = hide
        for part in (self.matrix, self.gallery_title, self.gallery):
            part.setVisible(not hide)
        if self._run is not None:
            self.show_run(*self._run)

    def clear(self) -> None:
        self._run = None
        self.summary.setText(self.tr("Training…"))
        self.matrix.setRowCount(0)
        self.matrix.setColumnCount(0)
        self.gallery.clear()
        self.gallery_title.setText("")
        self.labels = self.predicted = self.probabilities = self.x_test = None

    def show_test(self, test: dict | None, note: str = "") -> None:
        if not test:
            self.summary.setText(note or self.tr("No test evaluation for this run."))
            return
        parts = []
        if "accuracy" in test:
            accuracy = self.tr("Test accuracy {percent} %").format(
                percent=number(test["accuracy"] * 100, 2)
            )
            parts.append(f"<b>{accuracy}</b>")
        parts.append(self.tr("test loss {value}").format(value=number(test["loss"], 4)))
        parts += [
            self.tr("test {metric} {value}").format(metric=k.upper(), value=number(v, 4))
            for k, v in test.items()
            if k in ("mae", "mse")
        ]
        self.summary.setText(" · ".join(parts) + (f"<br>{note}" if note else ""))

    def show_run(self, run, x_test=None, note: str = "") -> None:
        """A run's results (a ``RunRecord``, just finished or saved): its test scores, and
        its predictions (the matrix and the mistakes) or, when it no longer keeps them, its
        confusion matrix. ``x_test``: the test images, for the gallery's thumbnails. While a
        lesson step hides the run's figures, a note says when they come."""
        self.clear()
        self._run = (run, x_test, note)
        if self.figures_hidden:
            self.summary.setText(
                self.tr("The test results show once you have made your prediction.")
            )
            return
        self.show_test(run.test, note)
        if run.has_predictions and run.class_names:
            self.show_predictions(run.test_labels, run.test_probabilities, run.class_names, x_test)
        elif run.confusion and run.class_names:
            self.show_matrix(np.asarray(run.confusion), run.class_names)

    def show_predictions(self, labels, probabilities, class_names, x_test) -> None:
        self.labels = np.asarray(labels)
        self.probabilities = np.asarray(probabilities)
        images = x_test is not None
        self.gallery.setViewMode(
            QListWidget.ViewMode.IconMode if images else QListWidget.ViewMode.ListMode
        )
        self.gallery.setGridSize(QSize(THUMB + 34, THUMB + 34) if images else QSize())
        self.predicted = predicted_classes(self.probabilities)
        self.class_names = list(class_names)
        self.x_test = x_test
        self.show_matrix(
            confusion_matrix(self.labels, self.predicted, len(class_names)), class_names
        )
        self.show_mistakes()

    def show_matrix(self, matrix: np.ndarray, class_names: list[str]) -> None:
        k = len(class_names)
        self.class_names = list(class_names)
        accuracy = per_class_accuracy(matrix)
        self.matrix.setRowCount(k)
        self.matrix.setColumnCount(k + 1)
        self.matrix.setHorizontalHeaderLabels([*class_names, self.tr("accuracy")])
        self.matrix.setVerticalHeaderLabels(class_names)
        top = max(int(matrix.max()), 1)
        for i in range(k):
            for j in range(k):
                count = int(matrix[i, j])
                item = QTableWidgetItem(str(count))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                strength = count / top
                if i == j:
                    colour = QColor.fromHsvF(0.58, 0.15 + 0.75 * strength, 1.0 - 0.35 * strength)
                else:
                    colour = QColor.fromHsvF(0.02, min(1.0, 0.1 + 2.5 * strength), 1.0)
                item.setBackground(colour)
                if strength > 0.55 and i == j:
                    item.setForeground(QColor("white"))
                item.setToolTip(
                    self.tr("true {true}, predicted {predicted}: {count}").format(
                        true=class_names[i], predicted=class_names[j], count=number(count)
                    )
                )
                self.matrix.setItem(i, j, item)
            acc = accuracy[i]
            item = QTableWidgetItem("—" if np.isnan(acc) else f"{number(acc * 100, 1)} %")
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.matrix.setItem(i, k, item)

    def _example_item(self, index: int) -> QListWidgetItem:
        true = self.class_names[int(self.labels[index])]
        pred = self.class_names[int(self.predicted[index])]
        conf = float(confidences(self.probabilities[index : index + 1])[0])
        percent = f"{number(conf * 100)} %"
        text = f"{true} → {pred}\n{percent}" if true != pred else f"{true}\n{percent}"
        item = QListWidgetItem(text)
        if self.x_test is not None:
            item.setIcon(QIcon(thumbnail(self.x_test[index])))
        else:
            item.setText(f"#{index}: {text.replace(chr(10), ' · ')}")
        item.setToolTip(
            self.tr(
                "test example {index}: true {true}, predicted {predicted} with {percent} %"
            ).format(index=index, true=true, predicted=pred, percent=number(conf * 100, 1))
        )
        return item

    def show_mistakes(self, count: int = 24) -> None:
        self.gallery.clear()
        if self.labels is None:
            return
        mistakes = confident_mistakes(self.labels, self.probabilities, count)
        self.gallery_title.setText(
            self.tr("Most confident mistakes ({n} shown)").format(n=number(len(mistakes)))
            if len(mistakes)
            else self.tr("No mistakes on the test set")
        )
        for index in mistakes:
            self.gallery.addItem(self._example_item(int(index)))

    def _on_matrix_cell_clicked(self, row: int, column: int) -> None:
        if self.labels is None or column >= len(self.class_names):
            return
        indices = cell_indices(self.labels, self.predicted, row, column)
        self.gallery.clear()
        shown = indices[:48]
        title = self.tr("True {true}, predicted {predicted}: {n} test examples").format(
            true=self.class_names[row], predicted=self.class_names[column], n=number(len(indices))
        )
        if len(indices) > len(shown):
            title += " " + self.tr("(first {n})").format(n=number(len(shown)))
        self.gallery_title.setText(title)
        for index in shown:
            self.gallery.addItem(self._example_item(int(index)))
