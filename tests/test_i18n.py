"""Translations: switching to zh_TW changes the menus and buttons (the chapter's terms), the
shipped .qm files are compiled from the .ts sources, and every zh_TW message is translated."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QLabel

from desktop_nn import i18n
from desktop_nn.app import create_main_window


@pytest.fixture
def translated(qapp):
    yield lambda lang: i18n.install_translator(qapp, lang)
    i18n.remove_translators(qapp)


def build(qtbot):
    window = create_main_window()
    qtbot.addWidget(window)
    return window


def test_switching_to_zh_tw_changes_menus_and_buttons(qtbot, translated):
    assert translated("zh-TW") == "zh_TW"
    window = build(qtbot)
    try:
        titles = [window.menus[k].title() for k in ("file", "edit", "training", "view", "help")]
        assert titles == ["檔案(&F)", "編輯(&E)", "訓練(&T)", "檢視(&V)", "說明(&H)"]
        assert window.playAction.text() == "▶ 開始"
        assert window.stepAction.text() == "▶| 單步"
        assert window.resetAction.text() == "⟲ 重設"
        labels = {w.text() for w in window.findChildren(QLabel)}
        assert "學習率 η" in labels and "亂數種子" in labels
        assert window.windowTitle() == "未命名[*] — desktop_nn"          # the project's name, unsaved mark
        file_items = [a.text() for a in window.menus["file"].actions()]
        assert "開啟(&O)…" in file_items and "儲存(&S)" in file_items and "匯入 CSV(&I)…" in file_items, file_items
        # the settings panel: labels and combo items in the chapter's terms
        hp = window.hyperparameters
        assert [hp.datasetCombo.itemText(i) for i in range(3)] == ["鳶尾花 Iris (UCI)", "XOR", "同心圓"]
        assert hp.optimizerCombo.itemText(0) == "梯度下降"
        assert hp.initCombo.itemText(0) == "小隨機值 ×0.01"
        assert "批次大小" in labels and "權重初始化" in labels
        assert window.editor.modelCombo.itemText(0) == "神經網路"
        assert window.decision_plot.findChild(QLabel, "accuracyLabel") is not None
        assert "決策區域" in labels
        view_items = [a.text() for a in window.menus["view"].actions()]
        assert "語言" in view_items and "逐步追蹤" in view_items, view_items
    finally:
        window.close()


def test_english_is_the_source_text(qtbot, translated):
    translated("zh_TW")
    assert translated("en") == "en"
    window = build(qtbot)
    try:
        assert window.menus["file"].title() == "&File"
        assert window.playAction.text() == "▶ Play"
    finally:
        window.close()


def test_language_names_are_normalised():
    assert i18n.normalize("zh_TW") == i18n.normalize("zh-tw") == i18n.normalize("zh_Hant_TW") == "zh_TW"
    assert i18n.normalize("en_US") == i18n.normalize("fr") == "en"


def test_every_zh_tw_message_is_translated_with_its_placeholders():
    import string

    tree = ET.parse(i18n.translations_dir() / "desktop_nn_zh_TW.ts")
    messages = list(tree.getroot().iter("message"))
    assert len(messages) > 100
    for m in messages:
        source, translation = m.find("source").text, m.find("translation")
        assert translation.get("type") is None, f"untranslated: {source!r}"
        fields = lambda s: sorted(f[1] for f in string.Formatter().parse(s) if f[1] is not None)
        assert len(fields(source)) == len(fields(translation.text)), source


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="pyside6-lrelease ships with PySide6")
def test_shipped_qm_files_are_compiled_from_the_ts_sources(tmp_path):
    for lang in ("zh_TW", "en"):
        ts = i18n.translations_dir() / f"desktop_nn_{lang}.ts"
        out = tmp_path / f"{lang}.qm"
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(out)], check=True, capture_output=True)
        assert out.read_bytes() == (i18n.translations_dir() / f"desktop_nn_{lang}.qm").read_bytes(), lang


def test_a_cjk_font_is_available(qapp):
    assert i18n.has_cjk_font(), "install a CJK font (Debian: fonts-noto-cjk) or the Chinese text shows as boxes"
