"""Languages: every shipped translation loads, the menus speak it (none left in English in
French), netcore's messages and numbers follow it, and the choice is remembered."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from desktop.i18n import languages
from desktop.project.files import settings
from netcore import i18n
from netcore.network.analysis import analyze
from netcore.network.spec import NetworkSpec
from netcore.resources import preset_paths, resource_path

FILE_MENU = {"en": "&File", "fr": "&Fichier", "it": "&File", "hu": "&Fájl", "nl": "&Bestand"}
EDIT_MENU = {"en": "&Edit", "fr": "É&dition", "it": "&Modifica", "hu": "S&zerkesztés", "nl": "Be&werken"}  # fmt: skip


@pytest.fixture
def speak(qtbot, dialogs):
    """Build a window in a language; English again afterwards."""
    app = QApplication.instance()
    made = []

    def build(code):
        from desktop.shell.mainwindow import MainWindow

        assert languages.install(app, code) == code
        window = MainWindow(dialogs=dialogs, probe_devices=False)
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield build
    languages.install(app, "en")


def menu_texts(window) -> list[tuple[str, str]]:
    """(path, text) of every menu title and action in the menu bar, in order."""
    found = []

    def walk(menu: QMenu, path: str):
        for action in menu.actions():
            if action.isSeparator():
                continue
            where = f"{path}/{action.objectName() or len(found)}"
            found.append((where, action.text()))
            if action.menu() is not None:
                walk(action.menu(), where)

    for action in window.menuBar().actions():
        found.append((action.menu().objectName(), action.text()))
        walk(action.menu(), action.menu().objectName())
    return found


@pytest.mark.parametrize("code", sorted(languages.LANGUAGES))
def test_every_language_loads_and_the_main_menus_are_translated(speak, code):
    window = speak(code)
    titles = {a.menu().objectName(): a.text() for a in window.menuBar().actions()}
    assert titles["fileMenu"] == FILE_MENU[code]
    assert titles["editMenu"] == EDIT_MENU[code]
    assert window.training_dock.windowTitle() != "Training" or code in ("en", "nl")


def test_no_menu_text_stays_in_english_in_french(speak):
    english = dict(menu_texts(speak("en")))
    french = menu_texts(speak("fr"))
    assert len(french) == len(english) > 90
    untranslated = [
        (path, text)
        for path, text in french
        if text == english[path]
        and "language_" not in path  # each language is named in its own language
        and text.replace("&", "") not in ("Activations",)  # the same word in French
    ]
    assert untranslated == []


def test_netcore_messages_and_numbers_follow_the_language(speak):
    window = speak("fr")
    spec = NetworkSpec.from_dict(
        {
            "format": "layerlab-network",
            "version": 1,
            "input_shape": [4],
            "layers": [{"id": "d", "type": "Dense", "units": 1, "inputs": ["dens"]}],
        }
    )
    messages = [str(p) for p in analyze(spec).problems]
    assert any("entrée inconnue « dens »" in m for m in messages), messages
    assert i18n.number(61706) in ("61\u202f706", "61\u00a0706", "61 706")
    assert i18n.number(0.25, 2) == "0,25"
    window.files.new_from_template("lenet5")
    assert window.status.params_label.text().startswith("Paramètres : 61")
    picker = [window.picker.itemText(i) for i in range(window.picker.count())]
    assert "Chiffres manuscrits MNIST" in picker and "Porte XOR" in picker
    window.picker.select("mnist")
    assert window.status.dataset_label.text() == "Données : Chiffres manuscrits MNIST"
    assert window.project.dataset.title() == "MNIST handwritten digits"  # what runs record
    languages.install(QApplication.instance(), "en")
    assert i18n.number(61706) == "61,706"
    assert "unknown input 'dens'" in str(analyze(spec).problems[0])


def test_a_broken_translation_falls_back_to_english(monkeypatch, tmp_path):
    bad = tmp_path / "layerlab_fr.qm"
    bad.write_bytes(b"not a qm file")
    monkeypatch.setattr(languages, "translation_file", lambda code: bad)
    assert languages.install(QApplication.instance(), "fr") == "en"
    assert i18n.translate("Problems", "has no input") == "has no input"
    # a translator's typo in a field name keeps the sentence readable
    i18n.install(lambda c, t: "manque {nom}", None)
    assert i18n.message("Problems", "missing {name}", name="x") == "missing x"
    languages.install(QApplication.instance(), "en")


def test_choosing_a_language_is_remembered_and_offers_a_restart(window, dialogs):
    dialogs.ask_answer = False  # not now
    window.findChild(QAction, "language_hu").trigger()
    assert settings().value("ui/language") == "hu"
    assert not window.restart_requested
    assert languages.resolve(settings().value("ui/language")) == "hu"
    assert languages.resolve("xx") in languages.LANGUAGES


def test_every_translation_is_complete_and_every_preset_title_is_marked():
    from desktop.i18n.marked import PRESET_TITLES
    from netcore.network.spec import load

    for code in ("fr", "it", "hu", "nl"):
        root = ET.parse(resource_path("translations", f"layerlab_{code}.ts")).getroot()
        unfinished = [
            m.findtext("source")
            for m in root.iter("message")
            if m.find("translation").get("type") == "unfinished"
        ]
        assert unfinished == [], (code, unfinished[:5])
        assert resource_path("translations", f"layerlab_{code}.qm").stat().st_size > 10_000
    titles = {load(p).name for p in preset_paths().values()}
    assert titles <= set(PRESET_TITLES)
    from desktop.i18n.marked import DATASET_TITLES
    from netcore.datasets.registry import ENTRIES

    assert {e.title for e in ENTRIES.values()} <= set(DATASET_TITLES)


def test_the_layer_catalog_explains_itself_in_french(speak):
    from desktop.editor.tooltips import catalog_text, palette_tooltip
    from netcore.network.catalog import CATALOG

    window = speak("fr")
    assert "couche entièrement connectée" in palette_tooltip("Dense")
    assert "paramètres = n_entrée·n_sortie + n_sortie" in palette_tooltip("Dense")
    same = [e.name for e in CATALOG.values() if catalog_text(e.explanation) == e.explanation]
    assert same == []
    groups = [window.palette.tree.topLevelItem(i).text(0) for i in range(5)]
    assert groups[0] == "Base" and "Régularisation" in groups


def placeholders(text: str | None) -> list[str]:
    """The fields a text is filled in through: str.format's {name} (with its format spec),
    Qt's %1…%99 and %n, and whether it has a keyboard accelerator (&)."""
    import re
    import string

    text = text or ""
    try:
        named = [
            f"{{{f}:{spec}}}" for _, f, spec, _ in string.Formatter().parse(text) if f is not None
        ]
    except ValueError as exc:  # an unbalanced brace: str.format would fail on it
        named = [f"unreadable: {exc}"]
    qt = re.findall(r"%(?:L?\d+|n)", text)
    accelerator = ["&"] if re.search(r"&(?!&)\S", text.replace("&&", "")) else []
    return sorted(named + qt + accelerator)


def test_placeholders_are_told_apart():
    assert placeholders("Save {name} now") == placeholders("Enregistrer {name} maintenant")
    assert placeholders("{n} runs") != placeholders("{nombre} entraînements")
    assert placeholders("{rate:g} a second") != placeholders("{rate} par seconde")
    assert placeholders("%1 of %2") != placeholders("%1 sur")
    assert placeholders("&File") != placeholders("Fichier")
    assert placeholders("Tom && Jerry") == placeholders("Tom et Jerry")


def test_every_shipped_translation_keeps_the_fields_of_its_source():
    """The window fills translated templates with str.format (and Qt's %1): a field a
    translation renames or drops would fail (or lose a number) where a student meets the
    message; a menu entry that loses its & loses its keyboard access."""

    def fields(text):
        return placeholders(text)

    for code in ("fr", "it", "hu", "nl"):
        root = ET.parse(resource_path("translations", f"layerlab_{code}.ts")).getroot()
        wrong = [
            (m.findtext("source"), text)
            for m in root.iter("message")
            # a plural (%n) has one text per form of the language, each filled in alike
            for text in [f.text for f in m.iter("numerusform")] or [m.findtext("translation")]
            if fields(m.findtext("source")) != fields(text)
        ]
        assert wrong == [], (code, wrong[:3])
