"""Lecture scenes of logistic regression and vectorisation: what they show is what NumPy computes for
the numbers on screen (the rank-1 bug shows (m, m) before the fix and (1, m) after), the maths is
typeset, animations have a speed and P, and every scene fits 1024×768 … 1920×1080 with nothing cut."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtWidgets import QLabel

from tests.ui.lecture_helpers import label_text
from tests.ui.lecture_layout import layout_problems

SCENES = ["logistic-regression", "cross-entropy", "computation-graph", "logistic-derivatives", "vectorization",
          "vectorized-logistic", "rank-one-arrays", "activation-functions"]
SCREENS = [(1024, 768), (1280, 800), (1920, 1080)]


def plain(html: str) -> str:
    """Rich text as read on screen: tags dropped, the typeset minus read as '-'."""
    text = re.sub(r"<br\s*/?>", "\n", html)
    text = re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
    return text.replace("\u2212", "-")


def raw(scene, name) -> str:
    """A label's text as set (typeset minus signs kept; the non-breaking spaces that keep formulas
    whole read as spaces)."""
    return scene.findChild(QLabel, name).text().replace("\u00a0", " ").replace("&nbsp;", " ").replace("\u2060", "")


def sigma(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


@pytest.fixture
def at_screen(open_scene):
    """The presenter at one scene, laid out for a screen of the given size (1024×768 unless said)."""
    return lambda scene_id, size=(1024, 768): open_scene(scene_id, size)


def settle(qtbot, scene) -> None:
    """Wait for the scene's worker jobs to land and the layout to follow."""
    qtbot.waitUntil(lambda: not scene.runner.busy(), timeout=20000)
    qtbot.wait(30)


# --- fit and legibility -------------------------------------------------------------------------

def _states(scene_id, scene, qtbot):
    """The states of a scene whose text is longest or largest: each is checked, not only the first."""
    if scene_id == "computation-graph":
        scene.player.stop()
        scene.player.set_epoch(scene.STEPS)                     # every value and derivative shown, and the check
        yield "all steps"
        for k in "xyz":
            scene.spins[k].setValue(-10)                        # the widest numbers the spins allow
        yield "x = y = z = -10"
    elif scene_id == "logistic-derivatives":
        scene.spins["w2"].setValue(-4.75)
        yield "one example"
        scene.page_buttons.button(1).click()
        scene.player.set_epoch(scene.player.maximum)
        yield "the loop, all examples"
        scene.update_button.click()
        yield "after an update"
    elif scene_id == "rank-one-arrays":
        yield "bug"
        scene.fix.setChecked(True)
        yield "fixed"
        scene.n.setValue(12)
        yield "fixed, m = 12"
        scene.fix.setChecked(False)
        yield "bug, m = 12"
    elif scene_id == "activation-functions":
        for name in ("sigmoid", "tanh", "leaky_relu", "step"):
            scene.choose(name)
            scene.set_z(-4.99)
            yield name
    elif scene_id == "cross-entropy":
        yield "default"
        scene.w0.setValue(-90)
        settle(qtbot, scene)
        yield "w0 = -9"
    else:
        yield "first view"


@pytest.mark.parametrize("width,height", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_every_scene_fits_the_screen_with_nothing_cut(at_screen, qtbot, width, height):
    problems = []
    for scene_id in SCENES:
        w, scene = at_screen(scene_id, (width, height))
        for state in _states(scene_id, scene, qtbot):
            settle(qtbot, scene)
            problems += [f"[{state}] {p}" for p in layout_problems(w)]
        w.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("width,height", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_computation_graph_paints_every_label_whole_and_apart(at_screen, qtbot, width, height):
    w, scene = at_screen("computation-graph", (width, height))
    scene.player.stop()
    for k in "xyz":
        scene.spins[k].setValue(-10)
    scene.player.set_epoch(scene.STEPS)
    qtbot.wait(30)
    view = scene.view
    # the checker reads the widget's font: it is the smallest the graph paints, at least BODY
    assert view.property("paintsText")
    assert QFontInfo(view.font()).pixelSize() >= 0.03 * height
    assert QFontInfo(view.box_font).pixelSize() >= QFontInfo(view.font()).pixelSize()
    assert QFontInfo(view.deriv_font).pixelSize() >= QFontInfo(view.font()).pixelSize()
    inside = QRectF(view.rect())
    rects = []
    for key in view.NODES:
        box = view.box_rect(key)
        text_w = QFontMetrics(view.box_font).horizontalAdvance(view.box_text(key))
        deriv_w = QFontMetrics(view.deriv_font).horizontalAdvance(view.deriv_text(key))
        assert text_w <= box.width() and deriv_w <= box.width(), key
        slot = QRectF(box.left(), box.top(), box.width(), box.height() + view._deriv_height())
        assert inside.contains(slot), (key, slot, inside)
        rects.append((key, slot))
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1:]:
            assert not ra.intersects(rb), (a, b)


# --- rank-one arrays: the bug appears, and the fix removes it ------------------------------------

@pytest.mark.parametrize("m", [5, 8])
def test_rank_one_bug_shows_m_by_m_before_the_fix_and_1_by_m_after(open_scene, qtbot, m):
    w, scene = open_scene("rank-one-arrays")
    scene.n.setValue(m)
    assert not scene.fix.isChecked()
    code = plain(label_text(scene, "bugCode"))
    assert re.search(rf"Y = np\.array\(labels\)\s+# \({m},\)\s+rank 1", code)
    assert re.search(rf"Y\.T\s+# \({m},\)\s+\.T did nothing", code)
    assert re.search(rf"dZ = \(A\.T - Y\.T\)\.T\s+# \({m}, {m}\) ✗", code)
    assert re.search(rf"dw = np\.dot\(X, dZ\.T\) / m\s+# \(2, {m}\) ✗", code)
    r = scene.result
    assert scene.grid.name == f"dZ  ({m}, {m})"
    assert scene.grid.matrix.shape == (m, m)
    # the wrong numbers: entry (i, j) is a⁽ʲ⁾ − y⁽ⁱ⁾, the right dz only on the diagonal
    A, Y = r["A"][0], np.asarray(r["Y"]).ravel()
    assert np.allclose(scene.grid.matrix, A[None, :] - Y[:, None])
    assert np.allclose(np.diag(scene.grid.matrix), A - Y)
    bug = plain(label_text(scene, "broadcastBug"))
    assert f"A.T ({m}, 1) - Y ({m},) broadcast silently to ({m}, {m})" in bug and f"{m * m} numbers" in bug
    # the fix: Y reshaped to the row (1, m)
    scene.fix.setChecked(True)
    code = plain(label_text(scene, "bugCode"))
    assert re.search(rf"Y = np\.array\(labels\)\.reshape\(1, {m}\)\s+# \(1, {m}\)", code)
    assert re.search(rf"Y\.T\s+# \({m}, 1\)", code)
    assert re.search(rf"dZ = \(A\.T - Y\.T\)\.T\s+# \(1, {m}\) ✓", code)
    assert re.search(r"dw = np\.dot\(X, dZ\.T\) / m\s+# \(2, 1\) ✓", code)
    assert scene.grid.name == f"dZ  (1, {m})"
    assert np.allclose(scene.grid.matrix, (A - Y)[None, :])
    assert f"dZ has shape (1, {m})" in plain(label_text(scene, "broadcastBug"))
    scene.fix.setChecked(False)
    assert scene.grid.matrix.shape == (m, m)


def test_rank_one_demo_shows_the_slides_shapes(open_scene):
    w, scene = open_scene("rank-one-arrays")                  # n = 5, as the slide's np.random.randn(5)
    demo = plain(label_text(scene, "rankOneDemo"))
    assert "a = np.random.randn(5)" in demo and "a = np.random.randn(5, 1)" in demo
    assert re.search(r"a\.shape\s+\(5,\)\s+\(5, 1\)", demo)
    assert re.search(r"a\.T\.shape\s+\(5,\)\s+\(1, 5\)", demo)
    assert re.search(r"np\.dot\(a, a\.T\)\s+-?\d+\.\d+: a number ✗\s+\(5, 5\) matrix ✓", demo)
    # A − Y itself hides the bug: a rank-1 array broadcasts like a row (what the notes say)
    assert (np.zeros((1, 5)) - np.zeros(5)).shape == (1, 5)
    notes = w.items[w.index].notes
    assert "(m, m)" in notes and "A − Y alone would have come out (1, m)" in notes


# --- computation graph ----------------------------------------------------------------------------

def test_computation_graph_forward_and_backward_on_the_chapters_graph(open_scene, qtbot):
    w, scene = open_scene("computation-graph")                # x, y, z = 5, 3, 2
    scene.player.stop()
    scene.player.set_epoch(6)                                 # the forward pass done
    view = scene.view
    assert [view.box_text(k) for k in ("u", "v", "J")] == ["u = yz = 6", "v = x + u = 11", "J = 4v = 44"]
    assert plain(label_text(scene, "graphStep")) == "forward: J = 4v = 4 × 11 = 44"
    assert view.shown_backward == []
    scene.player.set_epoch(12)
    # the chapter's derivatives: dJ/dv = 4, dJ/dx = 4, dJ/du = 4, dJ/dy = 4z, dJ/dz = 4y
    assert [view.deriv_text(k) for k in ("v", "x", "u", "y", "z")] == [
        "∂J/∂v = 4", "∂J/∂x = 4", "∂J/∂u = 4", "∂J/∂y = 4z = 8", "∂J/∂z = 4y = 12"]
    assert plain(label_text(scene, "graphStep")) == "backward: ∂J/∂z = ∂J/∂u · ∂u/∂z = 4 × y = 4 × 3 = 12"
    assert plain(label_text(scene, "graphCheck")) == "check: y + 0.001 moves J by 0.008 ≈ ∂J/∂y × 0.001 = 0.008"
    scene.spins["z"].setValue(-1.0)                           # the class picks z: the numbers follow
    assert view.deriv_text("y") == "∂J/∂y = 4z = \u22124"
    assert plain(label_text(scene, "graphCheck")) == "check: y + 0.001 moves J by -0.004 ≈ ∂J/∂y × 0.001 = -0.004"
    scene.player.set_epoch(4)
    assert plain(label_text(scene, "graphStep")) == "forward: u = yz = 3 × (-1) = -3"


def test_computation_graph_plays_at_a_narratable_pace_with_p(open_scene, qtbot):
    w, scene = open_scene("computation-graph")
    assert scene.play_button is scene.player.play_button
    assert scene.player.playing                               # it plays on arrival …
    assert 5 <= scene.STEPS / scene.player.speed.rate <= 15    # … in 5–15 s
    qtbot.keyClick(w, Qt.Key.Key_P)
    assert not scene.player.playing
    scene.player.speed.spin.setValue(50.0)
    qtbot.keyClick(w, Qt.Key.Key_P)
    assert scene.player.playing
    qtbot.waitUntil(lambda: scene.player.epoch == scene.STEPS and not scene.player.playing, timeout=3000)
    assert scene.view.shown_backward == scene.ORDER_BACKWARD
    # leaving mid-pass pauses it; coming back goes on where it was (not from the start)
    scene.player.speed.spin.setValue(2.0)
    scene.forward_button.click()
    qtbot.waitUntil(lambda: scene.player.epoch >= 2, timeout=3000)
    qtbot.keyClick(w, Qt.Key.Key_Right)
    left_at = scene.player.epoch
    assert not scene.player.playing
    qtbot.keyClick(w, Qt.Key.Key_Left)
    assert w.current_scene() is scene and scene.player.playing and scene.player.epoch >= left_at
    assert "Pause" in scene.play_button.text()
    scene.backward_button.click()                             # replays the backward pass only
    assert scene.player.epoch == len(scene.ORDER_FORWARD) and scene.player.playing
    assert scene.view.shown_forward == scene.ORDER_FORWARD and scene.view.shown_backward == []


# --- logistic regression, cross-entropy -----------------------------------------------------------

def test_logistic_regression_odds_and_logit_follow_z(open_scene, qtbot):
    w, scene = open_scene("logistic-regression")
    title = scene.plot.getPlotItem().titleLabel.text
    assert "e<sup>−z</sup>" in title and "^" not in title
    text = plain(label_text(scene, "oddsReadout"))
    assert "z = 1.00" in text and f"σ(z) = {sigma(1):.3f}" in text
    assert f"odds = P / (1 - P) = {math.e:.3f}" in text and "logit = ln(odds) = 1.00 = z" in text
    scene.zline.setValue(-2.5)
    text = plain(label_text(scene, "oddsReadout"))
    assert "z = -2.50" in text and f"σ(z) = {sigma(-2.5):.3f}" in text and "= -2.50 = z" in text
    assert "z = <b>\u22122.50</b>" in raw(scene, "oddsReadout")                     # a true minus
    for name in ("bottom", "left"):
        assert "standardised" in scene.regions.plot.getPlotItem().getAxis(name).labelText
    model = plain(label_text(scene, "logisticModel"))
    assert "cross-entropy J: 0.693 → 0.025" in model          # ln 2 at w = 0, then down
    assert "100/100 correct" in model
    assert plain(label_text(scene, "logisticCode")) == "LogisticRegressionGD(epochs=200, eta=0.5)"
    with qtbot.waitSignal(scene.runner.jobFinished, timeout=5000):
        scene.eta.setValue(0.05)
    assert plain(label_text(scene, "logisticCode")) == "LogisticRegressionGD(epochs=200, eta=0.05)"
    assert "J: 0.693 → 0.025" not in plain(label_text(scene, "logisticModel"))


def test_cross_entropy_verdicts_are_computed_from_the_curves_and_paths(open_scene, qtbot):
    w, scene = open_scene("cross-entropy")
    se, ce = plain(label_text(scene, "seVerdict")), plain(label_text(scene, "ceVerdict"))
    assert se.startswith("not convex ✗") and ce.startswith("convex ✓")
    # from w₀ = −6 the squared error hardly moves: its slope there is tiny; cross-entropy gets there
    assert "J still" in se and "above its minimum" in se and "at the minimum" in ce
    slope = float(re.search(r"\|dJ/dw\| = ([0-9.]+)", se).group(1))
    assert slope < 0.01
    end = float(re.search(r"40 steps: w = (-?[0-9.]+)", se).group(1))
    assert -6 < end < -5
    with qtbot.waitSignal(scene.runner.jobFinished, timeout=3000):
        scene.w0.setValue(20)                                 # start near both minima: both reach them
    assert "at the minimum" in plain(label_text(scene, "seVerdict"))
    assert "at the minimum" in plain(label_text(scene, "ceVerdict"))
    assert "&nbsp;" not in scene.findChild(QLabel, "seFormula").text()     # shown as typed: no HTML entities


# --- logistic regression derivatives ------------------------------------------------------------

def test_logistic_derivatives_on_one_example_match_the_chain_rule(open_scene):
    w, scene = open_scene("logistic-derivatives")            # x = (1, 2), w = (0.5, −0.5), b = 0, y = 1
    z = 0.5 * 1 - 0.5 * 2
    a = sigma(z)
    text = plain(label_text(scene, "derivativeChain"))
    assert f"z = w₁x₁ + w₂x₂ + b = {z:g}" in text
    assert f"a = σ(z) = 1 / (1 + e-z) = {a:.3f}" in text
    assert f"ℒ(a, y) = -(y log a + (1 - y) log(1 - a)) = {-math.log(a):.3f}" in text
    assert f"= a - y = {a:.3f} - 1 = {a - 1:.3f} ✓" in text
    assert f"dw₁ = x₁ dz = {a - 1:.3f}" in text and f"dw₂ = x₂ dz = {2 * (a - 1):.3f}" in text
    assert "e<sup>−z</sup>" in raw(scene, "derivativeChain")


def test_logistic_derivatives_loop_adds_examples_then_updates(open_scene, qtbot):
    w, scene = open_scene("logistic-derivatives")
    assert scene.play_button is scene.player.play_button
    assert 5 <= scene.player.maximum / scene.player.speed.rate <= 15
    assert scene.player.epoch == 0 and not scene.update_button.isEnabled()   # all examples first
    qtbot.keyClick(w, Qt.Key.Key_P)                          # P plays the loop (and shows its page)
    assert scene.pages.currentIndex() == 1 and scene.player.playing
    scene.player.stop()
    scene.player.set_epoch(3)
    table = label_text(scene, "loopTable")
    assert table.count("·") == 3 * 6                         # examples 4 … 6 not added yet
    assert "3 of m = 6 examples added" in plain(label_text(scene, "loopTotals"))
    scene.player.set_epoch(6)
    # w = 0: every a = 0.5, so J = ln 2 and db = mean(a − y) = 0 (three of each class)
    totals = plain(label_text(scene, "loopTotals"))
    assert f"J /= m → {math.log(2):.3f}" in totals and "db /= m → 0\n" in totals
    dw = [float(v) for v in re.findall(r"dw[₁₂] /= m → (-?[0-9.]+)", totals)]
    expected = np.mean((0.5 - scene.Y)[:, None] * scene.X, axis=0)
    assert np.allclose(dw, expected, atol=5e-4)
    assert scene.update_button.isEnabled()
    scene.update_button.click()
    assert np.allclose(scene.w, -0.5 * expected)
    assert scene.player.epoch == 0
    assert "after 1 update" in plain(label_text(scene, "loopTotals"))


# --- vectorisation ------------------------------------------------------------------------------

def test_vectorization_bars_are_labelled_whole(open_scene, qtbot):
    w, scene = open_scene("vectorization")
    qtbot.waitUntil(lambda: scene.last is not None and "c_loop" in scene.last, timeout=20000)
    axis = scene.plot.getPlotItem().getAxis("bottom")
    assert axis.height() >= QFontMetrics(axis.style["tickFont"]).height() + axis.style["tickTextOffset"][1]
    texts = [t.textItem.toPlainText() for t in scene.bar_text]
    assert texts[0].endswith(" ms") and texts[1].endswith(" ms")
    assert "faster" in label_text(scene, "timingResult") and "vectorised" in label_text(scene, "timingResult")


def test_vectorized_logistic_gives_the_same_numbers_both_ways(open_scene, qtbot):
    w, scene = open_scene("vectorized-logistic")              # m = 1,000
    shapes = plain(label_text(scene, "vectorShapes"))
    assert "X (2, 1000), w (2, 1), Z = wᵀX + b (1, 1000), dZ (1, 1000), dw (2, 1)" in shapes
    assert "the same J, dw, db" in shapes
    loop, vec = plain(label_text(scene, "loopResult")), plain(label_text(scene, "vectorResult"))
    assert loop.split("time")[0] == vec.split("time")[0]     # the same J, db and dw printed
    assert "e-0" not in loop                                  # no computer notation: × 10⁻⁵


# --- activation functions -----------------------------------------------------------------------

def test_activation_formulas_are_typeset_and_remarks_follow_z(open_scene):
    w, scene = open_scene("activation-functions")
    text = raw(scene, "activationReadout")
    assert "1 / (1 + e<sup>−z</sup>)" in text and "a(1 − a)" in text
    scene.choose("relu")
    text = raw(scene, "activationReadout")
    assert "≥" in text and ">=" not in text
    scene.choose("tanh")
    assert "1 − a<sup>2</sup>" in raw(scene, "activationReadout")
    scene.choose("sigmoid")
    scene.set_z(5.0)                                          # σ′(5) = 0.0066: 3 % of the peak ¼
    text = plain(label_text(scene, "activationReadout"))
    assert "flat here: g′ is 3% of its peak 0.25" in text
    scene.set_z(0.0)
    assert "g′ here is 100% of its peak 0.25" in plain(label_text(scene, "activationReadout"))
    ticks = scene.g_plot.getPlotItem().getAxis("bottom").tickStrings([-4.0, 0.0, 4.0], 1, 1)
    assert ticks[0] == "\u22124"


def test_no_computer_notation_in_these_scenes(at_screen, qtbot):
    """≥ not >=, e<sup>−z</sup> not e^(−z), one spelling (standardised)."""
    for scene_id in SCENES:
        w, scene = at_screen(scene_id, (1280, 800))
        settle(qtbot, scene)
        texts = [lab.text() for lab in scene.findChildren(QLabel)] + [w.title_label.text(), w.items[w.index].notes]
        for t in texts:
            assert ">=" not in t and "e^" not in t and "standardized" not in t.lower(), (scene_id, t)
        w.close()


def test_the_leaky_relu_remark_keeps_its_inequality(open_scene):
    """Rich text: a bare "<" started a tag and swallowed "< 0" from "for z < 0"."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QAbstractButton

    w, scene = open_scene("activation-functions")
    scene.findChild(QAbstractButton, "act_leaky_relu").click()
    doc = QTextDocument()
    doc.setHtml(scene.readout.text())
    assert "keeps a small slope 0.01 for z < 0" in doc.toPlainText()
