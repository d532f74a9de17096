"""desktop-nn FILE opens a project (a bad file: a message, the window still opens); the language
comes from --lang, else the saved setting."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop_nn import i18n
from desktop_nn.app import build_parser, setup_language, start_window
from desktop_nn.project import Project, default_settings, save_project


def _start(qtbot, tmp_path, path):
    w = start_window(path, autosave_dir=tmp_path / "autosave",
                     project_settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    return w


def test_the_file_argument_opens_the_project(qtbot, tmp_path):
    path = tmp_path / "lesson.dnn"
    save_project(Project(settings=dict(default_settings(), dataset="moons", model="network", hidden=(3,),
                                       learning_rate=0.03)), path)
    assert build_parser().parse_args([str(path)]).file == str(path)
    w = _start(qtbot, tmp_path, str(path))
    try:
        qtbot.waitUntil(lambda: w.projects.current_path == path, timeout=10_000)
        assert w.editor.hidden_sizes() == (3,) and w.hyperparameters.values()["learning_rate"] == 0.03
        assert w.windowTitle() == "lesson.dnn[*] — desktop_nn"
    finally:
        w.close()


def test_a_bad_file_argument_gives_a_message_and_the_window_opens(qtbot, tmp_path):
    bad = tmp_path / "broken.dnn"
    bad.write_bytes(b"not a zip at all")
    w = _start(qtbot, tmp_path, str(bad))
    try:
        qtbot.waitUntil(lambda: "broken.dnn" in w.messageBar.text(), timeout=10_000)
        assert w.isVisible() and w.projects.current_path is None
        missing = str(tmp_path / "nowhere.dnn")
        assert w.projects.open_file(missing) is False
        assert "nowhere.dnn" in w.messageBar.text()
    finally:
        w.close()


def test_language_from_the_option_else_the_saved_setting(qapp):
    settings = QSettings("desktop_nn", "desktop_nn")
    before = settings.value(i18n.SETTINGS_KEY)
    try:
        i18n.save_language("zh_TW")
        assert setup_language(qapp, None) == "zh_TW"
        assert qapp.translate("MainWindow", "&File") == "檔案(&F)"
        assert setup_language(qapp, "en") == "en"
        assert qapp.translate("MainWindow", "&File") == "&File"
        assert setup_language(qapp, "klingon") == "en"
    finally:
        i18n.remove_translators(qapp)
        if before is None:
            settings.remove(i18n.SETTINGS_KEY)
        else:
            settings.setValue(i18n.SETTINGS_KEY, before)
