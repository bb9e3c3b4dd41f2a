"""Challenges on the dashboard: define one (a dataset, a parameter budget, a time), start it,
stop it, and watch the leaderboard the hub scores (students cannot send a score)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netcore.i18n import number

DATASETS = ("mnist", "fashion_mnist", "digits")


class ChallengePanel(QWidget):
    def __init__(self, teacher, dialogs, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("classChallenges")
        self.teacher, self.dialogs = teacher, dialogs
        self.current: dict | None = None
        self.board: list[dict] = []
        self.open_network: Callable[[str, dict], None] = lambda name, network: None
        #: Opens a handed-in model file (set by the wiring: the editor opens it).
        self.open_model: Callable[[object], None] = lambda path: None

        self.title = QLineEdit(self.tr("Best test accuracy"))
        self.title.setMaxLength(200)
        self.dataset = QComboBox()
        self.dataset.addItems(DATASETS)
        self.budget = QSpinBox()
        self.budget.setRange(1, 150_000_000)
        self.budget.setValue(20_000)
        self.budget.setGroupSeparatorShown(True)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setValue(10)
        self.minutes.setSuffix(self.tr(" min"))
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Dataset"), self.dataset)
        form.addRow(self.tr("Parameters at most"), self.budget)
        form.addRow(self.tr("Time"), self.minutes)
        self.define_button = QPushButton(self.tr("Define"))
        self.define_button.clicked.connect(self.define)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.clicked.connect(lambda: self._act("start"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(lambda: self._act("stop"))
        self.winner_button = QPushButton(self.tr("Open the winner's network"))
        self.winner_button.clicked.connect(self.open_winner)
        buttons = QHBoxLayout()
        for button in (self.define_button, self.start_button, self.stop_button, self.winner_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.state = QLabel(self.tr("No challenge yet."))
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("classLeaderboard")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rank"), self.tr("Name"), self.tr("Test accuracy"), self.tr("Parameters")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.state)
        left.addStretch(1)
        row = QHBoxLayout(self)
        row.addLayout(left, 2)
        row.addWidget(self.table, 3)
        self._update_buttons()

    def define(self) -> None:
        self.state.setText(self.tr("Preparing the test data…"))
        self.define_button.setEnabled(False)
        self.teacher.run(
            self.teacher.hub.define_challenge,
            self.title.text().strip() or self.tr("Challenge"),
            self.dataset.currentText(),
            self.budget.value(),
            self.minutes.value() * 60,
            done=lambda n: self.define_button.setEnabled(True),
            failed=self._failed,
        )

    def _failed(self, error: Exception) -> None:
        self.define_button.setEnabled(True)
        self.state.setText(self.tr("Not done: {reason}").format(reason=error))

    def _act(self, action: str) -> None:
        if self.current is None:
            return
        hub = self.teacher.hub
        method = hub.start_challenge if action == "start" else hub.stop_challenge
        self.teacher.run(method, self.current["challenge"], failed=self._failed)

    def take(self, event: str, data: dict) -> None:
        if event == "challenge":
            self.current = data
            states = {
                "defined": self.tr("defined"),
                "running": self.tr("running"),
                "stopped": self.tr("stopped"),
            }
            self.state.setText(
                self.tr("{title}: {dataset}, at most {params} parameters — {state}").format(
                    title=data.get("title", ""), dataset=data.get("dataset", ""),
                    params=number(data.get("max_params", 0), 0),
                    state=states.get(data.get("state"), data.get("state", "")),
                )
            )  # fmt: skip
        elif event == "result" and data.get("leaderboard") is not None:
            self.show_board(list(data["leaderboard"]))
        self._update_buttons()

    def show_board(self, board: list[dict]) -> None:
        self.board = board
        self.table.setRowCount(len(board))
        for rank, row in enumerate(board):
            accuracy = row.get("accuracy")
            cells = (
                number(rank + 1, 0),
                str(row.get("name", "")),
                "" if accuracy is None else f"{number(100 * accuracy, 2)} %",
                number(row.get("params") or 0, 0),
            )
            for column, text in enumerate(cells):
                self.table.setItem(rank, column, QTableWidgetItem(text))
        self._update_buttons()

    def _update_buttons(self) -> None:
        state = (self.current or {}).get("state")
        self.start_button.setEnabled(state == "defined")
        self.stop_button.setEnabled(state == "running")
        self.winner_button.setEnabled(bool(self.board))

    def open_winner(self) -> None:
        if not self.board:
            return
        submission = self.board[0].get("submission_id")

        def path_of():
            rows = [r for r in self.teacher.hub.store.submissions() if r["id"] == submission]
            return self.teacher.hub.folder / rows[0]["file"] if rows else None

        self.teacher.run(path_of, done=lambda path: path and self.open_model(path))
