"""Draw a digit (``drawPanel``): the canvas, the 28×28 image the network actually sees, and
probability bars that update while you draw.

The answer comes from the network in the editor when it is trained and takes 28×28×1 with 10
outputs; otherwise from the bundled LeNet-5, and a label says which and why.
"""

from __future__ import annotations

import html
import time

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from desktop.draw.canvas import DrawingCanvas
from desktop.widgets.bars import ProbabilityBars
from desktop.widgets.imaging import GREYS, ImageTile, colourise, to_qimage
from desktop.widgets.rows import control_row
from netcore.digits.answering import DigitAnswerer, own_network_problem
from netcore.digits.classifier import DigitClassifier
from netcore.digits.preprocessing import PreprocessError, mnist_style, save_example
from netcore.i18n import number

THROTTLE_MS = 30  # classify at most ~30 times a second while a stroke is drawn


class DrawPanel(QWidget):
    """Signals:
    prepared(object, str): the 28×28×1 image sent to the network (None when empty), a label.
    """

    prepared = Signal(object, str)

    def __init__(self, state, dialogs, parent=None):
        super().__init__(parent)
        self.setObjectName("drawPanel")
        self.state = state
        self.dialogs = dialogs
        self.image: np.ndarray | None = None
        self.probabilities: np.ndarray | None = None
        self._answerer = DigitAnswerer()
        self._save_folder = ""

        self.canvas = DrawingCanvas()
        self.brush = QSlider(Qt.Orientation.Horizontal)
        self.brush.setObjectName("brushWidth")
        self.brush.setRange(6, 40)
        self.brush.setValue(int(self.canvas.brush))
        self.brush.setToolTip(self.tr("Brush width"))
        self.undo_button = QPushButton(self.tr("Undo stroke"))
        self.undo_button.setObjectName("undoStrokeButton")
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clearCanvasButton")
        self.save_class = QComboBox()
        self.save_class.setObjectName("saveDrawingClass")
        self.save_class.setEditable(True)
        self.save_class.addItems([str(d) for d in range(10)])
        self.save_button = QPushButton(self.tr("Save drawing as…"))
        self.save_button.setObjectName("saveDrawingButton")
        self.save_button.setToolTip(
            self.tr(
                "Add this drawing (as the 28×28 image below) to an image-folder dataset: one "
                "subfolder per class. Collect your own handwriting and train on it."
            )
        )
        self.follow = QCheckBox(self.tr("Show in feature maps"))
        self.follow.setObjectName("followCanvas")
        self.follow.setToolTip(self.tr("The feature-map viewer follows the drawing as you draw"))

        self.preview = ImageTile(max_scale=6)
        self.preview.setObjectName("networkInputPreview")
        self.preview.setFixedSize(112, 112)
        self.preview.describe = self._describe_preview
        self.answer = QLabel("")
        self.answer.setObjectName("predictedDigit")
        self.answer.setStyleSheet("font-size: 34pt; font-weight: bold; color: #d9480f;")
        self.answer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answer.setMinimumWidth(80)
        self.model_label = QLabel("")
        self.model_label.setObjectName("answeringModel")
        self.model_label.setWordWrap(True)
        self.bars = ProbabilityBars()
        self.bars.setObjectName("predictionBars")
        # a lesson step asking for a softmax value keeps the probabilities back until answered
        self.hidden: frozenset[str] = frozenset()
        self.bars_hidden = QLabel(
            self.tr("The probabilities show once you have answered the lesson's question.")
        )
        self.bars_hidden.setObjectName("predictionBarsHidden")
        self.bars_hidden.setWordWrap(True)
        self.bars_hidden.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.bars_hidden.hide()
        self.timing = QLabel("")
        # quieter by the palette's colour: a style sheet froze these labels' font, so
        # presentation mode's larger text never reached them
        self.timing.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        # the tools wrap onto more lines under the canvas and the answer (a projector's dock
        # in French was too narrow for them beside the canvas: the panel scrolled sideways)
        tools = control_row(
            [
                (self.tr("Brush"), self.brush),
                ("", self.undo_button),
                ("", self.clear_button),
                (self.tr("Class"), self.save_class),
                ("", self.save_button),
                ("", self.follow),
            ]
        )
        tools.setObjectName("drawTools")
        self.brush.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 12)

        seen = QVBoxLayout()
        seen.addWidget(QLabel(self.tr("The network sees:")))
        seen.addWidget(self.preview)
        top = QHBoxLayout()
        top.addLayout(seen)
        top.addWidget(self.answer, 1)
        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.model_label)
        right.addWidget(self.bars)
        right.addWidget(self.bars_hidden)
        right.addWidget(self.timing)
        right.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.canvas, 3)
        row.addLayout(right, 2)
        column = QVBoxLayout(self)
        column.addLayout(row, 1)
        column.addWidget(tools)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(THROTTLE_MS)
        self._timer.timeout.connect(self.classify)
        self.canvas.drawing_changed.connect(self._on_canvas_drawing_changed)
        self.brush.valueChanged.connect(self.canvas.set_brush)
        self.undo_button.clicked.connect(self.canvas.undo)
        self.clear_button.clicked.connect(self.canvas.clear)
        self.save_button.clicked.connect(self.save_drawing)
        self.follow.toggled.connect(lambda on: self._emit_prepared())
        state.changed.connect(self._on_state_changed)

    # -- which model answers ---------------------------------------------------------------------

    def set_bundled(self, classifier: DigitClassifier | None) -> None:
        """The bundled model, loaded in the background at start-up."""
        if classifier is not None:
            self._answerer.bundled = classifier

    def classifier(self) -> DigitClassifier | None:
        """The network in the editor if it is trained and fits, else the bundled model (the
        rule is netcore's); the label says which and why. None when nothing can answer."""
        if not self.state.tensorflow_ready:
            self.model_label.setText(self.tr("TensorFlow is still loading…"))
            return None
        project = self.state.project
        inspector = None
        if own_network_problem(project.document.analysis, project.weight_source) is None:
            inspector = self.state.inspector()
        answer = self._answerer.choose(project.document.analysis, project.weight_source, inspector)
        if answer.classifier is None:
            self.model_label.setText(
                self.tr("No model can answer: {reason}.").format(reason=html.escape(answer.reason))
            )
        elif answer.own:
            self.model_label.setText(
                self.tr("Answering: <b>your network</b> ({source}).").format(
                    source=html.escape(self.state.source)
                )
            )
        else:
            self.model_label.setText(
                self.tr("Answering: <b>{name}</b>. {reason}.").format(
                    name=html.escape(answer.classifier.name),
                    reason=html.escape(answer.reason[0].upper() + answer.reason[1:]),
                )
            )
        return answer.classifier

    def set_hidden(self, names: frozenset) -> None:
        """What a lesson step keeps hidden until the student answered: with
        ``softmax_values`` the bars give way to a note (the drawing is still classified, its
        probabilities kept); an empty set shows them at once."""
        self.hidden = frozenset(names)
        hide = "softmax_values" in self.hidden
        self.bars.setVisible(not hide)
        self.bars_hidden.setVisible(hide)

    # -- classifying -----------------------------------------------------------------------------

    def _on_canvas_drawing_changed(self, drawing: bool) -> None:
        if drawing:
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
            self.classify()

    def _on_state_changed(self) -> None:
        if not self.canvas.is_empty() and self.isVisible():
            self.classify()

    def classify(self) -> None:
        started = time.perf_counter()
        grey = self.canvas.render_grey()
        image = mnist_style(grey)
        if image is None:  # an empty drawing: no prediction, no error
            self.image = self.probabilities = None
            self.preview.set_image(None)
            self.bars.clear()
            self.answer.setText("")
            self.timing.setText("")
            self._emit_prepared()
            return
        self.image = image.reshape(28, 28, 1)
        self.preview.set_image(to_qimage(colourise(image, GREYS, 0.0, 1.0)))
        classifier = self.classifier()
        if classifier is None:
            self.bars.clear()
            self.answer.setText("?")
            return
        self.probabilities = classifier.probabilities(self.image)[0]
        self.bars.set_values(self.probabilities, [str(d) for d in range(10)])
        self.answer.setText(str(int(np.argmax(self.probabilities))))
        elapsed = (time.perf_counter() - started) * 1000
        self.timing.setText(self.tr("drawing → answer in {ms} ms").format(ms=number(elapsed, 0)))
        self._emit_prepared()

    def _emit_prepared(self) -> None:
        if self.follow.isChecked():
            self.prepared.emit(self.image, self.tr("your drawing"))

    def _describe_preview(self, x: float, y: float) -> str | None:
        if self.image is None:
            return None
        return self.tr("pixel row {row}, column {column}: {value}").format(
            row=int(y) + 1, column=int(x) + 1, value=number(float(self.image[int(y), int(x), 0]), 2)
        )

    # -- saving ------------------------------------------------------------------------------------

    def save_drawing(self) -> None:
        if self.image is None:
            self.dialogs.error(self.tr("Nothing to save"), self.tr("Draw a digit first."))
            return
        folder = self.dialogs.choose_folder(
            self.tr("Folder of your own dataset (one subfolder per class)"), self._save_folder
        )
        if not folder:
            return
        try:
            path = save_example(self.image, folder, self.save_class.currentText())
        except PreprocessError as exc:
            self.dialogs.error(self.tr("Could not save the drawing"), str(exc))
            return
        self._save_folder = str(folder)
        self.model_label.setText(self.tr("Saved {path}.").format(path=path))
