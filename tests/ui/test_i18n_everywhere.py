"""The whole app in Traditional Chinese: every visible text of the main window, the step-through
and every lecture scene is translated (issue 15, item 6).

Each test installs the zh_TW translators before it builds its window (as ``desktop-nn --lang
zh_TW`` does), shows it, walks it — every tab of the settings, the menus, every step of a traced
iteration, every scene of the lecture with its notes, the scene list and the presenter view, each
scene's buttons pressed once — and collects what it shows (:mod:`tests.ui.visible_text`: labels,
buttons, tabs, combo items, menus, lists, tables, plots' titles, axes and legends, painted text).
A text fails when it holds an English word by the rule written there: a run of three or more
ASCII letters that is not part of a formula or code, not quoted from the slides in 「…」, and not
on the short allow-list (library, model and people's names, file formats, the formulas' functions,
"epoch"). Code listings (monospace) are left out: Python is not translated.

:data:`KNOWN_GAPS` are texts the translation cannot reach from the files it may change; each
names the file and line that would have to translate it. A gap that is no longer seen fails too,
so the list only ever shrinks.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from desktop_nn import i18n
from desktop_nn.app import create_main_window
from desktop_nn.ui.lecture import create_presenter
from tests.ui.test_main_window import SNAPSHOT_TIMEOUT_MS, switch_to_network
from tests.ui.visible_text import english_words, untranslated, visible_texts

TRACE_TIMEOUT_MS = 15_000

#: text → where it would have to be translated (files outside the translation's reach)
KNOWN_GAPS: dict[str, str] = {}


@pytest.fixture
def zh_tw(qapp):
    assert i18n.install_translator(qapp, "zh_TW") == "zh_TW"
    yield
    i18n.remove_translators(qapp)


class Findings:
    """The untranslated texts found, and which known gaps were seen."""

    def __init__(self):
        self.problems: list[str] = []
        self.seen_gaps: set[str] = set()

    def check(self, texts, where: str = "") -> None:
        for place, text in texts:
            if text in KNOWN_GAPS:
                self.seen_gaps.add(text)
                continue
            if english_words(text):
                self.problems += [f"{where}{line}" for line in untranslated([(place, text)])]

    def assert_clean(self, gaps: set[str] = frozenset()) -> None:
        problems = list(dict.fromkeys(self.problems))        # each once, in the order found
        assert not problems, f"{len(problems)} untranslated texts in zh_TW:\n" + "\n".join(problems[:80])
        fixed = set(gaps) - self.seen_gaps
        assert not fixed, f"known gaps no longer seen (remove them from KNOWN_GAPS): {sorted(fixed)}"


# --- the main window and the step-through ------------------------------------------------------------

@pytest.fixture
def zh_window(qtbot, zh_tw):
    w = create_main_window()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.controller.latest is not None, timeout=SNAPSHOT_TIMEOUT_MS)
    yield w
    w.close()


def test_the_main_window_is_all_chinese(qtbot, zh_window):
    w = zh_window
    found = Findings()
    found.check(visible_texts(w), "perceptron: ")              # the start-up view, every settings tab
    switch_to_network(qtbot, w)
    w.stepAction.trigger()
    qtbot.waitUntil(lambda: w.controller.latest.epoch >= 1, timeout=SNAPSHOT_TIMEOUT_MS)
    found.check(visible_texts(w), "network: ")
    for model in ("adaline", "adaline_sgd", "logistic"):
        before = w.controller.latest.run_id
        w.editor.modelCombo.setCurrentIndex(w.editor.modelCombo.findData(model))
        qtbot.waitUntil(lambda: w.controller.latest.run_id > before, timeout=SNAPSHOT_TIMEOUT_MS)
        found.check(visible_texts(w, walk_tabs=False), f"{model}: ")
    found.assert_clean(set(KNOWN_GAPS))


def walk_trace(qtbot, w, found: Findings, where: str) -> int:
    """Open the step-through, wait for the trace, show every step; the pane's texts at each."""
    w.stepThroughAction.trigger()
    qtbot.waitUntil(lambda: w.stepperDock.isVisible(), timeout=SNAPSHOT_TIMEOUT_MS)
    qtbot.waitUntil(lambda: w.stepper.trace() is not None, timeout=TRACE_TIMEOUT_MS)
    pane = w.stepper
    found.check(visible_texts(pane), f"{where} (tabs): ")        # the Step, Dimensions and Summary tabs
    trace = pane.trace()
    for k in range(len(trace)):
        pane.go(k)
        found.check(visible_texts(pane, walk_tabs=False), f"{where} step {k + 1}: ")
    pane.next()                                                    # the next iteration is traced
    qtbot.waitUntil(lambda: pane.trace() is not None, timeout=TRACE_TIMEOUT_MS)
    found.check(visible_texts(pane, walk_tabs=False), f"{where} next iteration: ")
    w.stepperDock.close()
    qtbot.waitUntil(lambda: w.playAction.isEnabled(), timeout=SNAPSHOT_TIMEOUT_MS)
    qtbot.wait(300)                  # the window says training goes on from the stepped parameters
    found.check(visible_texts(w, walk_tabs=False), f"{where}, the window after the step-through: ")
    return len(trace)


def test_the_step_through_is_all_chinese(qtbot, zh_window):
    w = zh_window
    found = Findings()
    assert walk_trace(qtbot, w, found, "perceptron") > 0           # the slides' single neuron, one sample
    switch_to_network(qtbot, w)
    w.stepAction.trigger()
    qtbot.waitUntil(lambda: w.controller.latest.epoch >= 1, timeout=SNAPSHOT_TIMEOUT_MS)
    assert walk_trace(qtbot, w, found, "network") > 10
    found.assert_clean()


def test_the_step_through_notes_are_chinese_and_keep_their_numbers(qtbot, zh_window):
    """The engine's templates, translated by the pane, are filled with the engine's own values."""
    w = zh_window
    switch_to_network(qtbot, w)
    w.stepThroughAction.trigger()
    qtbot.waitUntil(lambda: w.stepper.trace() is not None, timeout=TRACE_TIMEOUT_MS)
    trace = w.stepper.trace()
    update = next(s for s in trace if s.phase == "update")
    w.stepper.go(update.index)
    note = w.stepper.page.noteLabel.text()
    assert note.startswith("往下坡走一小步") and f"α = {trace.learning_rate:g}" in note, note
    assert update.note.startswith("One small step downhill")        # the engine's English, unchanged
    w.stepperDock.close()


# --- the lecture ---------------------------------------------------------------------------------------

def press_every_button(qtbot, scene, found: Findings, where: str) -> None:
    """Click each button the scene shows once (a toggle twice): the texts of the states they reach."""
    for button in [b for b in scene.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()]:
        if not button.isVisible() or not button.isEnabled():
            continue
        button.click()
        qtbot.wait(120)
        found.check(visible_texts(scene, walk_tabs=False), f"{where} after {button.objectName() or button.text()}: ")
        if button.isCheckable():
            button.click()
            qtbot.wait(60)


def test_every_lecture_scene_is_all_chinese(qtbot, zh_tw):
    w = create_presenter(None, screen_size=QSize(1920, 1080))       # laid out once, for the test screen
    qtbot.addWidget(w)
    w.resize(1920, 1080)
    w.show()
    qtbot.waitExposed(w)
    found = Findings()
    assert not w.problems
    w.toggle_notes()                                              # N: the speaker notes under each scene
    for k in range(w.count):
        w.go_to(k)
        qtbot.waitUntil(lambda: w.index == k and w.current_scene().has_content(), timeout=15_000)
        scene_id = w.items[k].id
        qtbot.wait(200)
        found.check(visible_texts(w, walk_tabs=False), f"{scene_id}: ")
        press_every_button(qtbot, w.current_scene(), found, scene_id)
        found.check(visible_texts(w, walk_tabs=False), f"{scene_id} (later): ")
    w.toggle_notes()
    w.toggle_list()                                               # L: the list of scenes
    found.check(visible_texts(w, walk_tabs=False), "scene list: ")
    w.toggle_list()
    w.toggle_notes_window()                                       # S: the presenter view
    found.check(visible_texts(w.notes_window, walk_tabs=False), "presenter view: ")
    QApplication.processEvents()
    qtbot.keyClick(w, Qt.Key.Key_Escape)                          # "press Esc again" floats over the scene
    found.check([("flash", w.flash_label.text())], "")
    w.close()
    found.assert_clean()


def test_a_scene_file_translates_its_own_texts(tmp_path, qtbot, zh_tw):
    """title_zh_TW / section_zh_TW / notes_zh_TW are shown in zh_TW; a missing one falls back to
    English; a translated title may only name the fields the English one names."""
    (tmp_path / "010-a.toml").write_text(
        'id = "a"\ntitle = "Notation: L = {L}"\ntitle_zh_TW = "符號：L = {L}"\n'
        'section = "Deep"\nsection_zh_TW = "深度"\nnotes = "English notes."\nnotes_zh_TW = "中文備忘稿。"\n'
        'view = "deep_notation"\n', encoding="utf-8")
    (tmp_path / "020-b.toml").write_text('id = "b"\ntitle = "Only English"\nview = "activation_functions"\n',
                                         encoding="utf-8")
    (tmp_path / "030-c.toml").write_text('id = "c"\ntitle = "T"\ntitle_zh_TW = "{oops}"\nview = "adaline"\n',
                                         encoding="utf-8")
    w = create_presenter("a", tmp_path)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(w.current_scene().has_content, timeout=5000)
    assert w.title_label.text() == "符號：L = 5" and w.section_label.text() == "深度"
    assert w.items[0].notes == "中文備忘稿。"
    assert w.items[1].title == "Only English"
    assert "'title_zh_TW' names {oops}" in w.problems[0].problem or "「title_zh_TW」用到 {oops}" in w.problems[0].problem
    w.close()


def test_every_scene_file_is_translated_and_keeps_its_numbers():
    """Each shipped scene file gives its title, section and notes in zh_TW, and the Chinese notes
    quote every number the English ones do (a teacher editing one language sees the other)."""
    import re
    import tomllib

    from desktop_nn.ui.lecture.presenter import default_lectures_dir

    number = re.compile(r"\d+(?:\.\d+)?")
    for path in sorted(default_lectures_dir().glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for key in ("title", "notes") + (("section",) if "section" in data else ()):
            assert data.get(f"{key}_zh_TW", "").strip(), f"{path.name}: no {key}_zh_TW"
        missing = set(number.findall(data["notes"])) - set(number.findall(data["notes_zh_TW"]))
        assert not missing, f"{path.name}: the zh_TW notes do not say {sorted(missing)}"
        for key in ("title", "section", "notes"):
            words = english_words(re.sub(r"\{[^{}]*\}", " ", data.get(f"{key}_zh_TW", "")))
            assert not words, f"{path.name}: {key}_zh_TW has English words {words}"


def test_the_markdown_handout_follows_the_language_with_the_same_numbers(zh_tw):
    import re

    import numpy as np
    from PySide6.QtCore import QCoreApplication

    from desktop_nn.engine.network import Network
    from desktop_nn.engine.trace import trace, trace_to_markdown

    net = Network([2, 3, 1], hidden_activation="tanh", seed=1)
    X = np.random.default_rng(0).standard_normal((2, 5))
    t = trace(net, X, (X[:1] > 0).astype(float), 0.1)
    english, chinese = trace_to_markdown(t), trace_to_markdown(t, translate=QCoreApplication.translate)
    assert "## Forward" in english and "## 前向傳播" in chinese and "往下坡走一小步" in chinese
    number = re.compile(r"−?\d+(?:\.\d+)?(?:e[-+]?\d+)?")
    assert sorted(number.findall(english)) == sorted(number.findall(chinese))   # every number, as often
