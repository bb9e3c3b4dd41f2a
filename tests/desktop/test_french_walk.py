"""The whole window walked in French: every workspace, every view, the dialogs, every menu action,
the tooltips, the status bar, the training plots' axes and the lesson player on every step of
every lesson. Any string shown that is still English fails the walk; the same walk in Italian,
Hungarian and Dutch prints how much of what is shown speaks the language.

What counts as English:
- a text equal to (or filled in from) a source text of the .ts whose translation differs;
- a text that is in no .ts at all (never wrapped) and reads as English: its words are English
  words that the language's own translations never use (numbers, layer types, units, formulas
  and names have no such words).
The lesson texts (titles, steps, tasks, questions, choices) are translated with the lessons, not
here: they are taken out of what the player shows, the player's own words stay in.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import fields, is_dataclass

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from desktop.i18n import languages
from netcore.resources import resource_path

#: widgets that show only a lesson's own text (translated with the lessons); in the rest of the
#: player (heading, task, question, choices, the list) the lesson's strings are taken out
LESSON_TEXT = {"lessonText"}

#: words that only English uses (a UI never needs them in French, Italian, Hungarian or Dutch)
ENGLISH = set(
    """the of and with your you this that these those from are was were not cannot can't don't
    won't isn't will when which what where here there its it's for by has have than then into
    each every only after before click press choose open save show load untitled dataset
    network layer layers training weights weight digit draw loss epoch epochs step steps run
    runs start stop resume same new none all any more less out off should would could how
    why who lesson lessons done task answer check next back leave right wrong look again
    samples sample example examples values value output outputs inputs hidden unit units
    filter filters kernel kernels map maps learning rate batch size shape accuracy changes
    change changed file files folder name names export exported import written could
    nothing something yet still no yes ok cancel apply close reset clear edit add remove
    delete copy paste undo redo zoom view views window help about settings first last
    previous before after above below left top bottom while running stopped paused ready
    waiting loading test tests train trained error errors warning problem problems please
    need needs must use used uses using set sets shows showing shown see seen try""".split()  # noqa: SIM905
)
#: English words that are also words of the language (its texts may use them)
SHARED = {
    "fr": {"on", "an", "as", "or", "test", "tests", "map", "batch", "ok", "reset", "zoom"},
    "it": {"no", "a", "in", "per", "come", "test", "batch", "ok", "file", "reset", "zoom"},
    "hu": {"a", "is", "be", "test", "batch", "ok", "reset", "zoom"},
    "nl": {"is", "in", "of", "op", "we", "door", "over", "hand", "was", "test", "batch", "ok"},
}
_FIELD = re.compile(r"\{[^{}]*\}|%L?\d+|%n")
_WORD = re.compile(r"(?<![\w'])[^\W\d_]+(?:'[^\W\d_]+)?(?![\w'])")
_TAG = re.compile(r"<[^>]*>")


def normal(text: str) -> str:
    """What a reader sees: no HTML tags or entities, no accelerators or Markdown stars, one
    space between words."""
    if "<" in text and ">" in text:
        text = _TAG.sub(" ", text)
    text = html.unescape(text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.replace("**", "").split())


def catalogue(code: str) -> list[tuple[str, str]]:
    root = ET.parse(resource_path("translations", f"layerlab_{code}.ts")).getroot()
    return [
        (m.findtext("source") or "", m.findtext("translation") or "") for m in root.iter("message")
    ]


def _pattern(template: str) -> re.Pattern | None:
    """A regex for the texts filled in from ``template`` (None when it has no fields or too
    few words of its own to tell it apart)."""
    text = normal(template)
    parts = _FIELD.split(text)
    if len(parts) == 1 or len(_WORD.findall(" ".join(parts))) < 2:
        return None
    return re.compile("(?s)" + "(.+?)".join(re.escape(p) for p in parts) + "$")


class Judge:
    """Says whether a shown text is English in a window that speaks ``code``."""

    def __init__(self, code: str):
        self.code = code
        entries = catalogue(code)
        # a text some context keeps as it is ("auto" for the device) is a word of the language
        kept = {normal(s) for s, t in entries if normal(t) == normal(s)}
        self.english = {normal(s) for s, t in entries if normal(t) not in ("", normal(s))} - kept
        self.known = {normal(s) for s, _ in entries} | {normal(t) for _, t in entries}
        self.patterns = [
            (p, _pattern(t))
            for s, t in entries
            if normal(t) != normal(s) and (p := _pattern(s)) is not None
        ]
        own = {w.lower() for _, t in entries for w in _WORD.findall(_FIELD.sub(" ", normal(t)))}
        self.words = ENGLISH - own - SHARED.get(code, set())

    def verdict(self, text: str, names=frozenset()) -> str | None:
        """Why ``text`` is English (None: it is not); ``names`` are the layers' ids (a layer
        called 'out' is a name, not a word)."""
        for line in [text, *text.splitlines()] if "\n" in text else [text]:
            line = normal(line)
            if line in self.english:
                return "source text"
            if line in self.known:
                continue
            for english, translated in self.patterns:
                if english.match(line) and not (translated and translated.match(line)):
                    return "filled-in source text"
            words = [w.lower() for w in _WORD.findall(line) if len(w) > 1 and w not in names]
            found = [w for w in words if w in self.words]
            if len(found) >= 2 or (found and len(found) == len(words)):
                return "English words: " + ", ".join(found[:4])
        return None


# --------------------------------------------------------------------------- collecting


def lesson_strings(lessons) -> list[str]:
    """Every text of the lessons (English and as loaded), longest first."""
    found: set[str] = set()

    def walk(value):
        if isinstance(value, str):
            if len(value.strip()) > 1:
                found.add(value.strip())
        elif is_dataclass(value):
            for f in fields(value):
                if f.name not in ("source", "id", "setup", "solution"):
                    walk(getattr(value, f.name))
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    for lesson in lessons:
        walk(lesson)
    return sorted(found, key=len, reverse=True)


class Walk:
    """The strings of a window, each with where it was seen."""

    def __init__(self):
        self.seen: dict[str, str] = {}
        self.lessons: re.Pattern | None = None  # any text of a lesson, as a whole
        self.names: set[str] = set()  # every layer id the walk met

    def add(self, where: str, text) -> None:
        if not isinstance(text, str):
            return
        text = text.strip()
        if any(c.isalpha() for c in text) and text not in self.seen:
            self.seen[text] = where

    def set_lessons(self, texts: list[str]) -> None:
        alternatives = "|".join(re.escape(normal(t)) for t in texts if normal(t))
        self.lessons = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")

    def add_lesson_mixed(self, where: str, text: str) -> None:
        self.add(where, self.lessons.sub(" ", normal(text)) if self.lessons else text)

    def network(self, document) -> None:
        self.names |= set(document.spec.ids())

    def widget(self, root: QWidget, lesson: bool = False) -> None:
        for w in [root, *root.findChildren(QWidget)]:
            name = w.objectName()
            where = f"{type(w).__name__}#{name or '?'} in {_owner(w)}"
            if name in LESSON_TEXT:
                continue
            for text in _texts(w):
                self.add_lesson_mixed(where, text) if lesson else self.add(where, text)
            for action in w.actions():
                self.action(where, action)

    def action(self, where: str, action) -> None:
        if action.isSeparator():
            return
        where = f"{where} / action {action.objectName() or normal(action.text())}"
        self.add(where, action.text())
        self.add(where + " (tooltip)", action.toolTip())
        self.add(where + " (status tip)", action.statusTip())
        if action.menu() is not None:
            self.menu(where, action.menu())

    def menu(self, where: str, menu: QMenu) -> None:
        self.add(where, menu.title())
        for action in menu.actions():
            self.action(where, action)


def _owner(w: QObject) -> str:
    """The nearest named ancestor, for the report."""
    parent = w.parent()
    while parent is not None and not parent.objectName():
        parent = parent.parent()
    return parent.objectName() if parent is not None else "?"


def _texts(w: QWidget) -> list[str]:
    out = [w.toolTip(), w.statusTip(), w.whatsThis()]
    if w.isWindow() or isinstance(w, QDockWidget):
        out.append(w.windowTitle())
    if isinstance(w, (QLabel, QAbstractButton)):
        out.append(w.text())
    elif isinstance(w, QGroupBox):
        out.append(w.title())
    elif isinstance(w, QLineEdit):
        out.append(w.placeholderText())
        if w.isReadOnly():
            out.append(w.text())
    elif isinstance(w, QComboBox):
        out += [w.itemText(i) for i in range(w.count())]
        out += [w.itemData(i, 3) for i in range(w.count())]  # tooltips
        out.append(w.placeholderText())
    elif isinstance(w, QAbstractSpinBox):
        out += [getattr(w, "prefix", str)(), getattr(w, "suffix", str)(), w.specialValueText()]
    elif isinstance(w, QTabBar):
        for i in range(w.count()):
            out += [w.tabText(i), w.tabToolTip(i)]
    elif isinstance(w, QTextEdit) and w.isReadOnly():
        out.append(w.toPlainText())
    elif isinstance(w, QTextEdit):
        out.append(w.placeholderText())
    elif isinstance(w, QTreeWidget):
        header = w.headerItem()
        out += [header.text(c) for c in range(w.columnCount())]
        stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
        while stack:
            item = stack.pop()
            out += [item.text(c) for c in range(w.columnCount())]
            out += [item.toolTip(c) for c in range(w.columnCount())]
            stack += [item.child(i) for i in range(item.childCount())]
    elif isinstance(w, QTableWidget):
        for c in range(w.columnCount()):
            head = w.horizontalHeaderItem(c)
            out.append(head.text() if head else "")
        for r in range(min(w.rowCount(), 50)):
            head = w.verticalHeaderItem(r)
            out.append(head.text() if head else "")
            for c in range(w.columnCount()):
                item = w.item(r, c)
                out += [item.text(), item.toolTip()] if item else []
    elif isinstance(w, QListWidget):
        out += [w.item(i).text() for i in range(min(w.count(), 50))]
    if isinstance(w, QGraphicsView) and w.scene() is not None:
        out += _scene_texts(w.scene())
    return [t for t in out if isinstance(t, str)]


def _scene_texts(scene) -> list[str]:
    out = []
    for item in scene.items():
        if isinstance(item, pg.AxisItem):
            out.append(item.labelText or "")
        elif isinstance(item, pg.LabelItem):
            out.append(item.text or "")
        elif isinstance(item, QGraphicsTextItem):
            out.append(item.toPlainText())
        elif isinstance(item, QGraphicsSimpleTextItem):
            out.append(item.text())
        if hasattr(item, "toolTip"):
            out.append(item.toolTip())
    return out


# --------------------------------------------------------------------------- walking


def _settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(5)


def walk_dialogs(walk: Walk, window, monkeypatch) -> None:
    """Every question of ``Dialogs`` as it would be asked (nothing is shown: the static pickers
    are replaced by a recorder, the message box is read instead of run)."""
    from desktop.project import dialogs as module
    from desktop.project.own_data import OwnDataDialog

    def record(*args, **_):
        for text in args:
            walk.add("Dialogs", text)
        return ("", "")

    def picker(*names):
        return type("Recorder", (), {n: staticmethod(record) for n in names})

    monkeypatch.setattr(
        module, "QFileDialog", picker("getOpenFileName", "getSaveFileName", "getExistingDirectory")
    )
    monkeypatch.setattr(module, "QInputDialog", picker("getDouble"))
    real = module.Dialogs(window)
    for name in (window.files.display_name(), "net.layerlab"):
        box = real.save_changes_box(name)  # read, not asked
        walk.widget(box)
        for button in box.buttons():
            walk.add("save changes box", button.text())
        box.deleteLater()
    for ask in (real.open_path, real.open_image, real.open_weights, real.save_path):
        ask("")
    for kind in ("csv", "npz"):
        real.open_data_file(kind)
    real.figure_scale()
    real.export_path("x.png", "")
    own = OwnDataDialog(real, window)
    walk.widget(own)
    own.deleteLater()


def walk_lessons(walk: Walk, window, qtbot, every_step: bool = True) -> int:
    """Every step of every lesson, checked once with no answer (or, for a quick coverage
    figure, each lesson's first and last step unchecked); returns the steps seen."""
    from netcore.lessons.library import load_lessons

    window.show_lessons()
    player = window.lessons
    walk.set_lessons(lesson_strings([*load_lessons()[0], *player.lessons]))
    walk.widget(player, lesson=True)
    steps = 0
    for lesson in list(player.lessons):
        player.start(lesson.id)
        last = len(lesson.steps) - 1
        for index in range(len(lesson.steps)) if every_step else sorted({0, last}):
            player.go_to(index)
            _settle(qtbot)
            walk.widget(player, lesson=True)
            walk.network(window.document)
            if every_step and not lesson.steps[index].train:
                player.check()
                walk.add_lesson_mixed("lessonResult after Check", player.result.text())
            steps += 1
        player.leave()
    return steps


def walk_window(window, qtbot, monkeypatch, folder, every_step=True) -> tuple[Walk, int]:
    walk = Walk()
    walk.add("window title", window.windowTitle())  # a new network
    walk_dialogs(walk, window, monkeypatch)
    window.files.new_from_template("lenet5")
    walk.network(window.document)
    walk.add("window title", window.windowTitle())
    window.dialogs.save_path_answer = folder / "net.layerlab"
    window.files.save_as()
    walk.add("status bar after saving", window.status.currentMessage())
    window.files.open(folder / "net.layerlab")
    walk.add("status bar after opening", window.status.currentMessage())
    for name in ("design", "train", "inspect", "draw"):
        window.workspaces.switch(name)
        _settle(qtbot)
        walk.widget(window)
    inside = window.inside
    for i in range(inside.count()):
        inside.setCurrentIndex(i)
        _settle(qtbot)
        walk.widget(inside.widget(i))
    for action in window.menuBar().actions():
        walk.action("menu bar", action)
    window.show_sandbox()
    walk.widget(window.sandbox)
    window.show_board()
    walk.widget(window.board)
    walk.add("status bar message", window.status.currentMessage())
    steps = walk_lessons(walk, window, qtbot, every_step)
    walk.add("lessons dock", window.lessons_dock.windowTitle())
    window.sandbox.close()
    window.board.close()
    return walk, steps


@pytest.fixture
def walked(qtbot, dialogs, monkeypatch, tmp_path):
    """The window built in a language and walked: (walk, judge, steps)."""
    from desktop.shell.mainwindow import MainWindow

    app = QApplication.instance()
    made = []

    def build(code, every_step=True):
        assert languages.install(app, code) == code
        window = MainWindow(dialogs=dialogs, probe_devices=False)
        qtbot.addWidget(window)
        made.append(window)
        window.resize(1280, 820)
        window.show()
        qtbot.waitExposed(window)
        walk, steps = walk_window(window, qtbot, monkeypatch, tmp_path, every_step)
        window.document.undo_stack.setClean()
        return walk, Judge(code), steps

    yield build
    languages.install(app, "en")


def english_in(walk: Walk, judge: Judge) -> list[tuple[str, str, str]]:
    return sorted(
        (where, text, why)
        for text, where in walk.seen.items()
        if (why := judge.verdict(text, walk.names))
    )


def test_the_french_window_shows_no_english(walked):
    walk, judge, steps = walked("fr")
    assert steps > 40 and len(walk.seen) > 500  # the walk saw the lessons and the window
    english = english_in(walk, judge)
    report = "\n".join(f"{where}: {text!r} ({why})" for where, text, why in english)
    assert english == [], f"{len(english)} English texts in the French window:\n{report}"
