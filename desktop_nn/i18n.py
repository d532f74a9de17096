"""The user-interface language: Qt translators for desktop_nn's text and Qt's own.

    app = QApplication(argv)
    install_translator(app, args.lang or saved_language())     # before any window is built
    window = create_main_window()

Shipped languages are in ``resources/translations`` as ``desktop_nn_<lang>.qm``, compiled from
the ``.ts`` sources beside them (see docs/projects.md for updating them). English is the source
language, so "en" installs nothing of ours; "zh_TW" uses the chapter's terms (學習率 for learning
rate, 神經元, 隱藏層, 前向傳播, 反向傳播 …). Qt's own dialog buttons (Save, Cancel …) come from
the ``qtbase_<lang>.qm`` that ships with Qt.

Text read from files with a translation of their own follows :func:`current_language`: the
lecture's scene files give ``title_zh_TW`` / ``section_zh_TW`` / ``notes_zh_TW`` beside their
English texts. The engine's step-through sentences are templates the UI translates in the context
"Trace" (``desktop_nn.engine.trace_messages``). docs/projects.md (Languages) says how it all fits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = {"en": "English", "zh_TW": "繁體中文"}
SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []
_language = "en"

#: Text defined in Qt-free modules (which cannot mark it) and translated where the UI shows it:
#: marked here so that pyside6-lupdate extracts it into the .ts files.
MARKED_ELSEWHERE = (
    # engine/datasets.py IRIS_FEATURE_LABELS, shown by the settings panel's Iris x₁ / x₂ combos
    QT_TRANSLATE_NOOP("HyperparametersPanel", "sepal length [cm]"),
    QT_TRANSLATE_NOOP("HyperparametersPanel", "sepal width [cm]"),
    QT_TRANSLATE_NOOP("HyperparametersPanel", "petal length [cm]"),
    QT_TRANSLATE_NOOP("HyperparametersPanel", "petal width [cm]"),
    # the same names in the network editor's input labels ("x₁  sepal length")
    QT_TRANSLATE_NOOP("HyperparametersPanel", "sepal length"),
    QT_TRANSLATE_NOOP("HyperparametersPanel", "sepal width"),
    QT_TRANSLATE_NOOP("HyperparametersPanel", "petal length"),
    QT_TRANSLATE_NOOP("HyperparametersPanel", "petal width"),
)


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
    global _language
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
    _language = lang
    return lang


def remove_translators(app: QCoreApplication) -> None:
    global _language
    while _installed:
        app.removeTranslator(_installed.pop())
    _language = "en"


def current_language() -> str:
    """The language whose translators are installed now ("en" when none): what text read from
    files with a translation of their own (the lecture's scene files) is shown in."""
    return _language


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
