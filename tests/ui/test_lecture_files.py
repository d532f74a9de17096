"""Scene files: a teacher adds a scene from a folder; malformed files are named with their problem."""

from __future__ import annotations

import logging
import shutil
import threading

import pytest
from PySide6.QtCore import Qt

from desktop_nn.ui.lecture import create_presenter, lecture_scene_ids
from desktop_nn.ui.lecture.presenter import default_lectures_dir
from desktop_nn.ui.kit.jobs import JobRunner

NEW_SCENE = '''id = "my-and-gate"
title = "My own AND gate"
view = "mcculloch_pitts"
notes = "Added by a teacher without Python."

[settings]
w1 = 0.5
w2 = 0.5
theta = 1.0
'''


def test_a_scene_file_from_a_temporary_folder_is_shown(tmp_path, qtbot):
    shutil.copy(default_lectures_dir() / "020-perceptron-rule.toml", tmp_path / "010-perceptron.toml")
    (tmp_path / "020-my-and-gate.toml").write_text(NEW_SCENE, encoding="utf-8")
    assert lecture_scene_ids(tmp_path) == ["perceptron-rule", "my-and-gate"]
    w = create_presenter("my-and-gate", tmp_path)
    qtbot.addWidget(w)
    w.show()
    scene = w.current_scene()
    qtbot.waitUntil(scene.has_content, timeout=1000)
    assert w.title_label.text() == "My own AND gate"
    assert w.progress_label.text() == "2 / 2"
    assert scene.w1.value() == 0.5 and scene.theta.value() == 1.0
    assert "computes AND ✓" in scene.table.text()
    qtbot.keyClick(w, Qt.Key.Key_PageUp)
    assert w.scene_ids()[w.index] == "perceptron-rule"
    w.close()


BAD_FILES = {
    "020-syntax.toml": ('id = "x"\ntitle = "unterminated\n', "is not valid TOML"),
    "030-missing.toml": ('title = "No id"\nview = "adaline"\n', "is missing 'id'"),
    "040-view.toml": ('id = "v"\ntitle = "T"\nview = "no_such_view"\n', "names the view 'no_such_view'"),
    "050-setting.toml": ('id = "s"\ntitle = "T"\nview = "adaline"\n[settings]\nalpha = "fast"\n', "setting 'alpha' must be a number"),
    "060-unknown.toml": ('id = "u"\ntitle = "T"\nview = "adaline"\n[settings]\nbogus = 1\n', "setting 'bogus' is not one of"),
    "070-dup.toml": ('id = "ok"\ntitle = "Again"\nview = "adaline"\n', "already used by 010-ok.toml"),
    # type-correct but impossible: refused at load with a problem page, never an abort
    "071-huge.toml": ('id = "h"\ntitle = "T"\nview = "deep_forward"\n[settings]\nlayer_dims = [2, 100000, 100000, 1]\n',
                      "setting 'layer_dims' must be from 1 to 64"),
    "072-words.toml": ('id = "w"\ntitle = "T"\nview = "deep_notation"\n[settings]\nlayer_dims = ["a", "b"]\n',
                       "setting 'layer_dims' must be a list of a whole number"),
    "073-many.toml": ('id = "m"\ntitle = "T"\nview = "matrix_dimensions"\n[settings]\nm = 1000000000000\n',
                      "setting 'm' must be from 1 to 100,000"),
}


def test_malformed_scene_files_are_named_and_the_rest_still_opens(tmp_path, qtbot, caplog):
    caplog.set_level(logging.WARNING)
    (tmp_path / "010-ok.toml").write_text('id = "ok"\ntitle = "Fine"\nview = "activation_functions"\n', encoding="utf-8")
    for name, (text, _) in BAD_FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "080-last.toml").write_text('id = "last"\ntitle = "Also fine"\nview = "mcculloch_pitts"\n', encoding="utf-8")
    w = create_presenter(None, tmp_path)
    qtbot.addWidget(w)
    w.show()
    assert w.count == 2 + len(BAD_FILES)
    assert lecture_scene_ids(tmp_path) == ["ok", "last"]
    messages = {p.path.name: p.message for p in w.problems}
    for name, (_, expected) in BAD_FILES.items():
        assert name in messages[name] and expected in messages[name], messages[name]
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert all(name in logged for name in BAD_FILES)
    # walk through: good scenes are live, each bad one shows its file and problem in place
    qtbot.waitUntil(w.current_scene().has_content, timeout=1000)
    for k in range(1, w.count):
        qtbot.keyClick(w, Qt.Key.Key_Right)
        qtbot.waitUntil(lambda: w.index == k and w.current_scene().has_content(), timeout=1000)
        name = w.items[k].path.name
        if name in BAD_FILES:
            text = w.current_scene().findChild(type(w.title_label), "problemText").text()
            assert name in text and BAD_FILES[name][1] in text
    assert w.scene_ids()[-1] == "last"
    w.close()


def test_missing_lecture_folder_gives_a_message_not_a_crash(tmp_path, qtbot):
    w = create_presenter(None, tmp_path / "nowhere")
    qtbot.addWidget(w)
    assert w.count == 1 and "is not a folder of scene files" in w.problems[0].message
    w.close()


def test_runner_delivers_results_and_progress_in_the_gui_thread(qtbot):
    runner = JobRunner()
    gui = threading.get_ident()
    seen = {"progress": 0, "threads": set()}

    def job(state):
        for i in range(3000):
            state.progress(i, force=True)
        return threading.get_ident()

    def on_progress(i):
        seen["progress"] += 1
        seen["threads"].add(threading.get_ident())

    results = []
    with qtbot.waitSignal(runner.jobFinished, timeout=5000):
        runner.submit(job, on_result=results.append, on_progress=on_progress)
    assert results and results[0] != gui              # it ran in the worker …
    assert seen["threads"] == {gui}                   # … and reported in the GUI thread
    assert seen["progress"] > 0
    # a cancelled job's result is dropped
    dropped = []
    state = runner.submit(lambda st: 1, on_result=dropped.append)
    runner.cancel(state)
    with qtbot.waitSignal(runner.jobFinished, timeout=5000):
        runner.submit(lambda st: 2, on_result=results.append)
    assert dropped == [] and results[-1] == 2
    runner.shutdown()


def test_vectorization_loop_runs_in_the_worker_without_freezing_the_presenter(qtbot):
    import gc
    import time

    from PySide6.QtCore import QTimer

    # collect what earlier tests left behind, so a full GC pass over their objects does not land
    # inside the measurement (a collection holds the GIL in whichever thread triggers it)
    gc.collect()
    w = create_presenter("vectorization")
    qtbot.addWidget(w)
    w.show()
    scene = w.current_scene()
    ticks = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start(5)
    qtbot.waitUntil(lambda: scene.last is not None and "c_loop" in scene.last, timeout=20000)
    heartbeat.stop()
    assert scene.last["n"] == 1_000_000
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert len(ticks) > 10 and max(gaps) < 0.25, f"GUI stalled {max(gaps):.3f} s"
    text = scene.result.text()
    assert scene.size.currentText() == "1,000,000 elements"
    assert "same c ✓" in text and "faster" in text
    assert scene.last["c_loop"] == pytest.approx(scene.last["c_vec"], rel=1e-9)
    w.close()


def test_the_scene_files_readme_lists_every_view_with_its_true_defaults():
    """resources/lectures/README.md is what a teacher edits scene files by: every view once, with
    the settings and defaults its class really has, and every title field it fills."""
    import re

    from desktop_nn.resources import resource_path
    from desktop_nn.ui.lecture.registry import VIEWS, settings_text, view_class

    text = (resource_path("lectures") / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `(\w+)` \| .* \| (.*) \|$", text, flags=re.MULTILINE))
    assert sorted(rows) == sorted(VIEWS)
    for name in VIEWS:
        assert rows[name] == settings_text(name), name
        for field in view_class(name).TITLE_FIELDS:
            assert f"`{name}`" in text and "{" + field + "}" in text, (name, field)
