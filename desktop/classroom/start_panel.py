"""File → Class → Start a class: where the class is kept and on which network, then the join
code, the address and the QR code of the phone page, big enough for the back of the room."""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.classroom.bridge import TeacherHub, local_addresses
from netcore.classhub.qrcode import phone_url, qr_png

DEFAULT_PORT = 8765  # any free port works; a fixed one lets a class keep its address


def default_folder() -> Path:
    return Path.home() / "LayerLab classes" / datetime.date.today().isoformat()


class StartClassPanel(QDialog):
    """The teacher's start panel (``classStartPanel``).

    Signals:
        dashboard_requested(): the teacher wants the dashboard.
    """

    dashboard_requested = Signal()

    def __init__(self, teacher: TeacherHub, dialogs, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("classStartPanel")
        self.setWindowTitle(self.tr("Start a class"))
        self.teacher, self.dialogs = teacher, dialogs
        self.announce = True  # on the network by zeroconf (the tests stay on loopback)
        self.hub_options: dict = {}
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._form())
        self.pages.addWidget(self._shown())
        column = QVBoxLayout(self)
        column.addWidget(self.pages)
        teacher.started.connect(self._on_started)
        teacher.failed.connect(self._on_failed)
        teacher.stopped.connect(lambda: self.pages.setCurrentIndex(0))
        if teacher.running:
            self._on_started()

    # -- before: where and on which network ------------------------------------------------

    def _form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name = QLineEdit(self.tr("My class"))
        self.name.setMaxLength(60)
        self.folder = QLineEdit(str(default_folder()))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.host = QComboBox()
        self.host.addItems(local_addresses())
        self.host.setToolTip(
            self.tr(
                "The network the students' machines are on. 127.0.0.1: this machine only. "
                "Use it on a school network you trust: nothing is encrypted."
            )
        )
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("any free port"))
        self.port.setValue(DEFAULT_PORT)
        self.start_button = QPushButton(self.tr("Start the class"))
        self.start_button.setObjectName("classStartButton")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Class name"), self.name)
        form.addRow(self.tr("Class folder"), row)
        form.addRow(self.tr("Network address"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.start_button)
        form.addRow(self.problem)
        return page

    def _choose_folder(self) -> None:
        chosen = self.dialogs.choose_folder(self.tr("Class folder"), self.folder.text())
        if chosen:
            self.folder.setText(str(chosen))

    def start(self) -> None:
        folder = Path(self.folder.text().strip() or default_folder()).expanduser()
        if folder.exists() and not folder.is_dir():
            self.problem.setText(
                self.tr("{path} is a file; choose a folder for the class.").format(path=folder)
            )
            return
        self.start_button.setEnabled(False)
        self.problem.setText(self.tr("Starting…"))
        self.teacher.start(
            folder,
            self.name.text().strip(),
            self.host.currentText(),
            self.port.value(),
            self.announce,
            **self.hub_options,
        )

    def _on_failed(self, reason: str) -> None:
        self.start_button.setEnabled(True)
        self.problem.setText(self.tr("The class could not start: {reason}").format(reason=reason))

    # -- after: the code, the address, the QR code ----------------------------------------

    def _shown(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        text = QVBoxLayout()
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.code_caption = QLabel(self.tr("Class code"))
        self.code = QLabel()
        self.code.setObjectName("classCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_caption = QLabel(self.tr("In LayerLab: File → Class → Join, or this address"))
        self.address_caption.setWordWrap(True)
        self.address = QLabel()
        self.address.setObjectName("classAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phone_caption = QLabel(
            self.tr("Phones and tablets: scan the code, then type the class code")
        )
        self.phone_caption.setWordWrap(True)
        self.dashboard_button = QPushButton(self.tr("Open the class dashboard"))
        self.dashboard_button.clicked.connect(self.dashboard_requested)
        self.end_button = QPushButton(self.tr("End the class"))
        self.end_button.clicked.connect(self.teacher.stop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.dashboard_button)
        buttons.addWidget(self.end_button)
        for widget in (self.title, self.code_caption, self.code, self.address_caption):
            text.addWidget(widget)
        text.addWidget(self.address)
        text.addWidget(self.phone_caption)
        text.addStretch(1)
        text.addLayout(buttons)
        self.qr = QLabel()
        self.qr.setObjectName("classQrCode")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setMinimumSize(QSize(200, 200))
        row.addLayout(text, 3)
        row.addWidget(self.qr, 2)
        return page

    def _on_started(self) -> None:
        teacher = self.teacher
        self.title.setText(teacher.class_name)
        self.code.setText(teacher.code)
        self.address.setText(teacher.address)
        self._qr_image = QImage.fromData(qr_png(phone_url(teacher.url), scale=8))
        self.qr.setToolTip(phone_url(teacher.url))
        self.qr.setAccessibleName(
            self.tr("QR code of the phone page: {url}").format(url=phone_url(teacher.url))
        )
        self._size_texts()
        self._place_qr()
        self.pages.setCurrentIndex(1)
        self.start_button.setEnabled(True)
        self.problem.setText("")

    def _size_texts(self) -> None:
        """The code and address as large as the window's text allows (presentation mode
        makes the base larger): read from the back of the room."""
        base = self.font().pixelSize()
        if base <= 0:
            base = round(self.font().pointSizeF() * self.logicalDpiY() / 72)
        for label, factor in ((self.code, 4.0), (self.address, 2.0), (self.title, 1.6)):
            font = QFont(self.font())
            font.setPixelSize(max(14, round(base * factor)))
            font.setBold(label is not self.address)
            label.setFont(font)
        self.code.setMinimumWidth(self.code.sizeHint().width())

    def _place_qr(self) -> None:
        image = getattr(self, "_qr_image", None)
        if image is None or image.isNull():
            return
        side = max(160, min(self.qr.width(), self.qr.height(), 480))
        self.qr.setPixmap(
            QPixmap.fromImage(image).scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio)
        )

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_qr()

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == event.Type.FontChange and self.teacher.running:
            self._size_texts()
