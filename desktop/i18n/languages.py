"""Which languages LayerLab speaks and how one is installed into the running application.

Translations are Qt's own: ``resources/translations/layerlab_<code>.ts`` are the sources
(edited with Qt Linguist, refreshed with ``packaging/translations.sh``) and the compiled
``.qm`` files beside them are what is loaded here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from netcore import i18n
from netcore.resources import resource_path

#: code → the language's own name, as the language menu shows it
LANGUAGES = {
    "en": "English",
    "fr": "Français",
    "it": "Italiano",
    "hu": "Magyar",
    "nl": "Nederlands",
}

_installed: list[QTranslator] = []


def system_language() -> str:
    """The system's language if LayerLab speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve(choice: str | None) -> str:
    """The language to use for a saved choice ('' or None: follow the system)."""
    return choice if choice in LANGUAGES else system_language()


def translation_file(code: str):
    return resource_path("translations", f"layerlab_{code}.qm")


def install(app: QCoreApplication, code: str) -> str:
    """Speak ``code`` from now on: LayerLab's and Qt's translators, the default locale (numbers
    in every widget and in netcore's messages). Returns the code installed, 'en' when the
    language's file is missing or unreadable (the app then stays in English rather than fail).
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code not in LANGUAGES:
        code = "en"
    if code != "en":
        ours = QTranslator(app)
        if not ours.load(str(translation_file(code))):
            code = "en"
        else:
            app.installTranslator(ours)
            _installed.append(ours)
            qt = QTranslator(app)  # Qt's own dialogs (file pickers, message boxes)
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{code}", folder):
                app.installTranslator(qt)
                _installed.append(qt)
    locale = QLocale(code)
    QLocale.setDefault(locale)
    i18n.install(QCoreApplication.translate, _number_format(locale))
    return code


def _number_format(locale: QLocale):
    def number(value: float, decimals: int | None = None) -> str:
        if decimals is None:
            return locale.toString(int(round(value)))
        return locale.toString(float(value), "f", decimals)

    return number
