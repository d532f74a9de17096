"""The user-interface language: Qt translators for desktop_nn's text and Qt's own.

    app = QApplication(argv)
    install_translator(app, args.lang or saved_language())     # before any window is built
    window = create_main_window()

Shipped languages are in ``resources/translations`` as ``desktop_nn_<lang>.qm``, compiled from
the ``.ts`` sources beside them (see docs/projects.md for updating them). English is the source
language, so "en" installs nothing of ours; "zh_TW" uses the chapter's terms (學習率 for learning
rate, 神經元, 隱藏層, 前向傳播, 反向傳播 …). Qt's own dialog buttons (Save, Cancel …) come from
the ``qtbase_<lang>.qm`` that ships with Qt.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = {"en": "English", "zh_TW": "繁體中文"}
SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    from desktop_nn.resources import resource_path

    return resource_path("translations")


def normalize(lang: str | None) -> str:
    """"zh-TW", "zh_tw", "zh_Hant_TW" → "zh_TW"; anything not shipped → "en"; None → the system's."""
    if not lang:
        lang = QLocale.system().name()
    key = lang.replace("-", "_").lower()
    if key.startswith("zh") and ("tw" in key or "hant" in key or "hk" in key):
        return "zh_TW"
    return "en"


def install_translator(app: QCoreApplication, lang: str | None) -> str:
    """Install the translators for ``lang`` (replacing any installed before); returns the language used.

    Text created after this call is translated; widgets built before keep their text.
    """
    remove_translators(app)
    lang = normalize(lang)
    if lang == "en":
        return lang
    ours = QTranslator(app)
    if not ours.load(f"desktop_nn_{lang}", str(translations_dir())):
        raise FileNotFoundError(f"The {lang} translation is missing from {translations_dir()}.")
    app.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang


def remove_translators(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def saved_language(settings: QSettings | None = None) -> str | None:
    """The language chosen in the settings (None: follow the system)."""
    settings = settings or QSettings("desktop_nn", "desktop_nn")
    value = settings.value(SETTINGS_KEY)
    return str(value) if value else None


def save_language(lang: str, settings: QSettings | None = None) -> None:
    """Remember the language for the next start (it applies to windows built after a restart)."""
    settings = settings or QSettings("desktop_nn", "desktop_nn")
    settings.setValue(SETTINGS_KEY, normalize(lang))
    settings.sync()


def has_cjk_font() -> bool:
    """True when a font that can draw Traditional Chinese is installed (else text shows as boxes)."""
    from PySide6.QtGui import QFontDatabase

    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.TraditionalChinese))
