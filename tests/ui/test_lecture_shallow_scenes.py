"""Lecture scenes of the shallow network, the building blocks and the summary: the numbers are the
engine's, the verdicts and notes say what the run does, nothing of the backward pass shows before
it ran, the shapes tell their dimensions apart, and the training runs at a pace a teacher can narrate
(and go on when the teacher comes back)."""

from __future__ import annotations

import math
import re
import time

import numpy as np
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics

from desktop_nn.engine.datasets import GENERATORS
from desktop_nn.engine.network import Network, to_columns
from desktop_nn.ui.lecture import create_presenter, theme, typeset
from tests.ui.lecture_helpers import label_text
from tests.ui.lecture_layout import layout_problems

TRAINING_SCENES = ["shallow-network", "why-nonlinear", "initialization"]


def notes_of(presenter) -> str:
    """The scene's speaker notes, its line breaks read as spaces."""
    return " ".join(presenter.items[presenter.index].notes.split())


def text_of(scene, name) -> str:
    """A label's text as read: true minus as '-', no-break spaces as spaces."""
    return label_text(scene, name).replace("\u00a0", " ")


def run_to_the_end(qtbot, scene, timeout=60_000):
    """Train the scene's runs as fast as the machine goes, to their last epoch."""
    scene.loop.set_rate(None)
    if not scene.loop.playing:
        scene.controls.play.click()
    qtbot.waitUntil(scene.loop.finished, timeout=timeout)


def test_backprop_steps_are_the_engines_numbers_with_the_corrected_formulas():
    from desktop_nn.ui.lecture.scenes.backprop import make_steps

    steps, _ = make_steps([2, 3, 2, 1], "tanh", 5, 0.5)           # what the scene shows
    X, y = GENERATORS["xor"](5, noise=0.1, seed=0)
    X, Y = to_columns(X, y, "sigmoid")
    net = Network([2, 3, 2, 1], hidden_activation="tanh", output="sigmoid", init="xavier", seed=0)
    AL, caches = net.forward_readable(X)           # the formulas one by one, as the scene shows them
    grads = net.backward(AL, Y, caches)
    fAL, fcaches = net.forward(X)                  # and the fast path, to the last bits
    fgrads = net.backward(fAL, Y, fcaches)
    by_result = {s.result[0]: s for s in steps}
    for l in (1, 2, 3):
        assert np.array_equal(by_result[f"Z[{l}]"].result[1], caches[l - 1].Z)
        assert np.array_equal(by_result[f"dW[{l}]"].result[1], grads[f"dW{l}"])
        assert np.array_equal(by_result[f"db[{l}]"].result[1], grads[f"db{l}"])
        np.testing.assert_allclose(by_result[f"dW[{l}]"].result[1], fgrads[f"dW{l}"], rtol=1e-12, atol=1e-15)
    assert by_result["dW[3]"].formula == "dW[3] = (1/m) dZ[3] A[2]ᵀ"   # A[L-1]ᵀ, not the slide's A[L]ᵀ
    assert by_result["dA[2]"].formula == "dA[2] = W[3]ᵀ dZ[3]"          # W[L]ᵀ, not dW[L]ᵀ
    assert "(1, 5)" in by_result["dZ[3]"].shapes
    net.update(grads, 0.5)
    assert np.array_equal(by_result["W[1] new"].result[1], net.params["W1"])


# --- pace, P, revisit ------------------------------------------------------------------------------

@pytest.mark.parametrize("scene_id", TRAINING_SCENES)
def test_a_run_takes_five_to_fifteen_seconds_at_the_default_pace_shown_beside_play(open_scene, qtbot, scene_id):
    opened = time.monotonic()                 # the run's clock starts after this
    w, scene = open_scene(scene_id)
    loop = scene.loop
    eps = loop.epochs_per_second
    assert eps is not None
    assert eps * 5 <= loop.max_epochs <= eps * 15          # the whole run: 5–15 s
    assert scene.controls.speed.rate == pytest.approx(eps, rel=0.01)   # the pace is on screen
    assert scene.play_button is scene.controls.play
    # the run really keeps to the pace: never ahead of the clock
    qtbot.wait(800)
    assert loop.playing
    assert 0 < loop.last[0].epoch <= 2 + eps * (time.monotonic() - opened)
    # the speed control sets the pace
    scene.controls.speed.spin.setValue(eps * 2)
    assert loop.epochs_per_second == pytest.approx(eps * 2, rel=0.01)


@pytest.mark.parametrize("scene_id", TRAINING_SCENES)
def test_leaving_mid_run_pauses_and_coming_back_goes_on(open_scene, qtbot, scene_id):
    w, scene = open_scene(scene_id)
    loop = scene.loop
    qtbot.waitUntil(lambda: loop.last is not None and loop.last[0].epoch >= 3, timeout=5000)
    w.next()
    assert not scene.is_active
    left_at = loop.last[0].epoch
    qtbot.wait(400)
    assert loop.last[0].epoch == left_at            # nothing trains while the scene is away
    assert not loop.finished()
    w.previous()
    assert w.current_scene() is scene
    qtbot.waitUntil(lambda: loop.last[0].epoch > left_at + 2, timeout=5000)
    assert loop.playing
    assert scene.controls.play.text() == "❚❚ Pause"


def test_p_pauses_and_plays_the_training(open_scene, qtbot):
    w, scene = open_scene("why-nonlinear")
    qtbot.waitUntil(lambda: scene.loop.playing and scene.loop.last is not None, timeout=5000)
    qtbot.keyClick(w, Qt.Key.Key_P)
    assert not scene.loop.playing and scene.controls.play.text() == "▶ Train"
    paused_at = scene.loop.last[0].epoch
    qtbot.wait(300)
    assert scene.loop.last[0].epoch == paused_at
    qtbot.keyClick(w, Qt.Key.Key_P)
    assert scene.loop.playing and scene.controls.play.text() == "❚❚ Pause"
    qtbot.waitUntil(lambda: scene.loop.last[0].epoch > paused_at, timeout=5000)


# --- why non-linear ----------------------------------------------------------------------------------

def test_xor_verdicts_come_from_the_numbers():
    from desktop_nn.ui.lecture.scenes.why_nonlinear import xor_verdict

    flat = np.full(300, 0.68)
    falling = np.linspace(0.69, 0.3, 300)
    assert xor_verdict(0.97, falling) == "✓ solves XOR"
    assert xor_verdict(0.70, flat).startswith("✗ stuck")
    assert xor_verdict(0.70, falling) == "… still learning"
    assert xor_verdict(0.70, flat[:50]) == "… still learning"   # too early to call it stuck


def test_why_nonlinear_screen_and_notes_say_what_the_run_does(open_scene, qtbot):
    from desktop_nn.ui.lecture.scenes.train_controls import percent as shown_percent

    def percent(x):
        return shown_percent(x).replace("\u00a0", " ")

    w, scene = open_scene("why-nonlinear")
    run_to_the_end(qtbot, scene)
    lin, tanh = scene.results["linear"], scene.results["tanh"]
    assert lin["epoch"] == tanh["epoch"] == 1500
    assert lin["accuracy"] <= 0.75 < 0.95 <= tanh["accuracy"]   # a line: at most 3 of 4 quadrants
    assert lin["verdict"].startswith("✗ stuck") and tanh["verdict"] == "✓ solves XOR"
    assert lin["verdict"] in text_of(scene, "linearRegionsLabel")
    assert tanh["verdict"] in text_of(scene, "tanhRegionsLabel")
    assert percent(lin["accuracy"]) in text_of(scene, "linearRegionsLabel")
    # σ(W′x + b′) with W′ = W[2]W[1], b′ = W[2]b[1] + b[2] is the linear network, point for point
    net = scene.loop.trainers[0].network
    P = net.params
    Wp, bp = (P["W2"] @ P["W1"]).ravel(), float((P["W2"] @ P["b1"] + P["b2"])[0, 0])
    by_line = (scene.X @ Wp + bp) > 0
    by_network = net.predict_proba(scene.X.T)[0] > 0.5
    assert np.array_equal(by_line, by_network)
    assert scene.results["collapsed"]["accuracy"] == pytest.approx(lin["accuracy"])
    assert f"right on {percent(lin['accuracy'])} of the points" in text_of(scene, "collapseLabel")
    # the speaker notes agree with the run (the chapter's draft said "stuck near 50 %")
    notes = notes_of(w)
    assert "50%" not in notes and "50 %" not in notes
    assert f"about {percent(lin['accuracy'])}" in notes
    assert f"{percent(tanh['accuracy'])} after 1500 epochs" in notes
    assert f"cost stops at {theme.fmt(lin['cost'], 2)}" in notes


# --- initialisation ----------------------------------------------------------------------------------

def test_initialization_runs_show_symmetry_plateau_and_saturation_as_the_notes_say(open_scene, qtbot):
    w, scene = open_scene("initialization")
    run_to_the_end(qtbot, scene)
    zeros, small, large = scene.results
    assert zeros["identical_rows"] and not small["identical_rows"] and not large["identical_rows"]
    assert zeros["accuracy"] == pytest.approx(0.5) and zeros["cost"] == pytest.approx(math.log(2), abs=1e-3)
    assert small["accuracy"] >= 0.99
    assert large["accuracy"] < small["accuracy"] and large["cost"] > small["cost"]
    assert 0.4 <= large["saturated"] <= 0.6 and small["saturated"] == 0
    assert "rows identical" in text_of(scene, "initRun0")
    assert "rows identical" not in text_of(scene, "initRun1")
    assert f"{round(100 * large['saturated'])} % of a[1] saturated" in text_of(scene, "initRun2")
    assert "epoch 2000 / 2000" == label_text(scene, "epochLabel")
    notes = notes_of(w)
    assert "rows of W[1] stay identical" in notes
    assert "about half of the tanh outputs start saturated" in notes
    assert "50 %" in notes and "0.693" in notes


def test_log_cost_axis_labels_are_few_readable_and_apart(qtbot):
    from desktop_nn.ui.lecture.scenes.initialization import LogCostAxis, log_label

    assert [log_label(math.log10(v)) for v in (0.5, 1, 2, 10, 200)] == ["0.5", "1", "2", "10", "200"]
    assert log_label(-3) == "10⁻³" and log_label(4) == "10⁴"
    axis = LogCostAxis("left")
    axis.setTickFont(theme.font(theme.AXIS))
    height = QFontMetrics(theme.font(theme.AXIS)).height()
    cases = ((0.02, 9.0, 420), (0.02, 9.0, 150), (1e-6, 1e3, 300), (0.6, 0.7, 300), (0.68, 0.70, 300))
    for lo, hi, size in cases:
        (spacing, values), = axis.logTickValues(math.log10(lo), math.log10(hi), size, [])
        assert values, (lo, hi, size)
        gaps = np.diff(values) * size / (math.log10(hi) - math.log10(lo))
        assert len(values) == 1 or gaps.min() >= 1.8 * height        # labels never overlap
        assert all(math.log10(lo) - 1e-9 <= v <= math.log10(hi) + 1e-9 for v in values)
        if hi / lo > 2:                                             # 1-2-5, 1-3 or powers of ten
            for v in values:
                text = log_label(v)
                assert re.fullmatch(r"0\.0*[1235]|[1235]0*|10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+", text), text
        else:                                                       # a plateau: round values
            assert len(values) >= 2
            assert all(re.fullmatch(r"0\.\d{1,3}", log_label(v)) for v in values)


# --- shapes ------------------------------------------------------------------------------------------

def test_shallow_backprop_shapes_tell_every_dimension_apart(open_scene):
    w, scene = open_scene("shallow-backprop")
    n0, n1, n2 = scene.dims
    m = scene.m.value()
    assert len({n0, n1, n2, m}) == 4                  # e.g. 2-3-1 on m = 5, not 4 = n[1] = m
    shapes = {}
    for st in scene.steps:
        for name, M in (*st.operands, st.result):
            shapes.setdefault(name, np.shape(M))
    kinds = ["W[1]", "X", "b[1]", "Z[1]", "W[2]", "b[2]", "Z[2]"]
    assert shapes["W[1]"] == (n1, n0) and shapes["X"] == (n0, m) and shapes["Z[2]"] == (n2, m)
    assert len({shapes[k] for k in kinds}) == len(kinds)       # pairwise distinguishable
    scene.go(0)
    assert scene.view.shown_names() == [f"W[1] ({n1}, {n0})", f"X ({n0}, {m})", f"b[1] ({n1}, 1)",
                                        f"Z[1] ({n1}, {m})"]
    k = next(i for i, st in enumerate(scene.steps) if st.result[0] == "dW[1]")
    scene.go(k)
    assert scene.view.shown_names() == [f"dZ[1] ({n1}, {m})", f"Xᵀ ({m}, {n0})", f"dW[1] ({n1}, {n0})"]
    assert scene.play_button is scene.auto


# --- building blocks ---------------------------------------------------------------------------------

def test_building_blocks_show_nothing_of_the_backward_pass_before_it_ran(open_scene, qtbot):
    w, scene = open_scene("building-blocks")
    view = scene.view
    scene.anim.stop()
    dims = list(scene.settings["layer_dims"])
    L = len(dims) - 1
    X, y = GENERATORS["moons"](int(scene.settings["m"]), noise=0.1, seed=0)
    Xc, Y = to_columns(X, y, "sigmoid")
    net = Network(dims, hidden_activation="relu", output="sigmoid", init="he", seed=0)
    AL, caches = net.forward(Xc)
    grads = net.backward(AL, Y, caches)
    scene.restart()
    for stage in range(0, 2 * L + 2):
        assert view.stage == stage
        for l in range(1, L + 1):
            back = view.box_lines(l, "backward")
            ran = stage >= 2 * L + 1 - l
            if not ran:
                assert back == [f"layer {l}", f"da[{l}] → da[{l - 1}]"], (stage, l, back)
                assert not any(re.search(r"\d\.\d|dW|db|dA|dZ|‖", t) for t in back)
            else:
                norm = theme.fmt(float(np.linalg.norm(grads[f"dW{l}"])), 3)
                assert f"‖dW‖ = {norm}" in back and f"dW[{l}] {grads[f'dW{l}'].shape}".replace(",)", ")") in back
            fwd = view.box_lines(l, "forward")
            assert (f"A[{l}] {caches[l - 1].A.shape}" in fwd) == (stage >= l)
            assert (view.box_lines(l, "update") != []) == (stage == 2 * L + 1)
        if stage <= L:                           # the caption names no gradient's shape yet either
            assert not re.search(r"d[WbAZ]\[\d\] \(", label_text(scene, "blocksCaption"))
        view.grab()                              # paints at every stage
        scene.step.click()
    assert scene.play_button is scene.play


def test_building_blocks_boxes_scale_with_the_screen_and_read_on_white(qtbot):
    for size in ((1024, 768), (1920, 1080)):
        w = create_presenter("building-blocks", screen_size=QSize(*size))
        qtbot.addWidget(w)
        w.resize(*size)
        w.show()
        scene = w.current_scene()
        qtbot.waitUntil(scene.has_content, timeout=5000)
        view = scene.view
        assert view.font().pixelSize() == theme.px(theme.CELL) >= 0.025 * size[1]
        assert view.property("paintsText")
        assert view.width() >= view.minimumSizeHint().width() and view.paint_size() >= theme.CELL
        assert theme.contrast(theme.INACTIVE) >= 4.5
        assert layout_problems(w) == []
        w.close()


# --- summary -----------------------------------------------------------------------------------------

def test_summary_shows_every_line_at_1024x768_and_each_opens_its_step(qtbot):
    from desktop_nn.ui.lecture.scenes.summary import FormulaLine

    w = create_presenter("summary", screen_size=QSize(1024, 768))
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    scene = w.current_scene()
    qtbot.waitUntil(scene.has_content, timeout=5000)
    qtbot.wait(50)
    lines = scene.lines                                      # one per step, in the steps' order
    L = len(scene.settings["layer_dims"]) - 1
    assert len(scene.findChildren(FormulaLine)) == len(lines) == len(scene.steps) == 8 * L
    assert sum(st.phase == "update" for st in scene.steps) == 2 * L
    window = w.rect()
    for line in lines:
        assert line.isVisible()
        top_left = line.mapTo(w, line.rect().topLeft())
        assert window.contains(top_left) and window.contains(line.mapTo(w, line.rect().bottomRight()))
    texts = [line.text() for line in lines]
    assert any(t.startswith(f"W<sup>[{L}]</sup> −= α dW<sup>[{L}]</sup>") for t in texts)
    assert any(t.startswith(f"b<sup>[{L}]</sup> −= α db<sup>[{L}]</sup>") for t in texts)
    assert layout_problems(w) == []                         # nothing cut, no scroll bars needed
    marked = [st.result[0] for st, t in zip(scene.steps, texts) if "✎" in t]
    assert marked == [f"dW[{L}]", f"dA[{L - 1}]", "dA[1]", "dW[1]"]
    k = next(i for i, st in enumerate(scene.steps) if st.result[0] == f"dW[{L}]")
    qtbot.mouseClick(lines[k], Qt.MouseButton.LeftButton)
    assert scene.view.formula.text() == typeset.keep_math_together(scene.steps[k].rich, html=True)   # kept whole
    assert f"A[{L - 1}]ᵀ" in label_text(scene, "typoNote") and scene.fix_note.isVisible()
    qtbot.mouseClick(lines[0], Qt.MouseButton.LeftButton)
    assert not scene.fix_note.isVisible()
    w.close()


@pytest.mark.parametrize("scene_id,count", [("shallow-backprop", lambda s: len(s.steps)),
                                            ("building-blocks", lambda s: s.last_stage())])
def test_the_stepped_scenes_walk_their_iteration_in_five_to_fifteen_seconds(open_scene, qtbot, scene_id, count):
    w, scene = open_scene(scene_id)
    qtbot.waitUntil(lambda: count(scene) > 0, timeout=5000)
    seconds = count(scene) * scene.anim.interval() / 1000
    assert 5 <= seconds <= 15, seconds
    assert scene.speed.isVisible()
    scene.speed.spin.setValue(scene.speed.rate * 2)            # the teacher's speed is the timer's
    assert scene.anim.interval() == pytest.approx(1000 / scene.speed.rate, abs=1)


def test_p_walks_the_summary_line_by_line(open_scene, qtbot):
    w, scene = open_scene("summary")
    qtbot.waitUntil(lambda: len(scene.steps) > 0, timeout=5000)
    first = scene.row
    qtbot.keyClick(w, Qt.Key.Key_P)
    assert scene.row == first + 1
    # lines added to a shown window are shown on the next pass of the event loop (Qt queues it)
    qtbot.waitUntil(scene.lines[scene.row].isVisible, timeout=1000)
    assert "nothing to play" not in w.flash_label.text()
