"""Lecture scenes of the deep part of the chapter: their numbers are the engine's, their titles
follow what is on screen, and the chapter's examples (L = 5, n = 2, 3, 5, 4, 2, 1; 8-bit parity)
show as the slides give them."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtWidgets import QLabel

from desktop_nn.ui.lecture import theme
from tests.ui.lecture_helpers import label_text

CHAPTER_DIMS = [2, 3, 5, 4, 2, 1]


def plain(html: str) -> str:
    """Rich text as read on screen: tags dropped, the typeset minus read as '-'."""
    import re

    return re.sub(r"<[^>]+>", "", html).replace("&nbsp;", " ").replace("\u2212", "-")


# --- deep-notation ------------------------------------------------------------------------------

def test_deep_notation_title_and_text_follow_the_layers(open_scene, qtbot):
    w, scene = open_scene("deep-notation")
    assert w.title_label.text() == "Notation: L = 5, n = [2, 3, 5, 4, 2, 1]"      # the chapter's network
    text = plain(label_text(scene, "notationText"))
    assert "L = 5" in text and "n[1] = 3, n[2] = 5, n[3] = 4, n[4] = 2, n[5] = 1" in text
    assert "n[0] = nx = 2" in text
    scene.editor.add.click()                                  # "+ layer": a hidden layer of 3 before the output
    assert w.title_label.text() == "Notation: L = 6, n = [2, 3, 5, 4, 2, 3, 1]"
    assert "L = 6" in plain(label_text(scene, "notationText"))
    scene.editor.remove.click()
    scene.editor.remove.click()
    assert w.title_label.text() == "Notation: L = 4, n = [2, 3, 5, 4, 1]"
    scene.editor.spins[0].setValue(7)                         # n[1] = 7
    assert w.title_label.text() == "Notation: L = 4, n = [2, 7, 5, 4, 1]"
    # the highlighted layer's shapes: W[1] is (n[1], n[0]) = (7, 2)
    assert "W[1] is (7, 2), b[1] is (7, 1)" in plain(label_text(scene, "notationText"))
    # the list of scenes (L) says the same as the title
    assert w.scene_list.item(w.index).text().endswith("Notation: L = 4, n = [2, 7, 5, 4, 1]")


# --- deep-forward -------------------------------------------------------------------------------

def test_deep_forward_shows_the_engines_matrices_and_the_broadcast(open_scene):
    from desktop_nn.engine.datasets import GENERATORS
    from desktop_nn.engine.network import Network, to_columns

    w, scene = open_scene("deep-forward")
    X, y = GENERATORS["moons"](4, noise=0.1, seed=0)
    Xc, _ = to_columns(X, y, "sigmoid")
    net = Network(CHAPTER_DIMS, hidden_activation="relu", output="sigmoid", init="he", seed=0)
    _, caches = net.forward(Xc)
    assert np.array_equal(scene.grids["Z"].matrix, np.round(caches[0].Z, 2))      # shown to 2 decimals
    assert np.array_equal(scene.grids["A_prev"].matrix, np.round(Xc, 2))
    shapes = plain(label_text(scene, "forwardShapes"))
    assert "(3, 2) × (2, 4) + (3, 1) → (3, 4)" in shapes
    assert "broadcast to (3, 4)" in shapes
    scene.next.click()
    scene.next.click()                                        # layer 3: W[3] is (4, 5)
    assert scene.grids["W"].name == "W[3] (4, 5)"
    assert np.array_equal(scene.grids["A"].matrix, np.round(caches[2].A, 2))
    assert "(4, 5) × (5, 4) + (4, 1) → (4, 4)" in plain(label_text(scene, "forwardShapes"))


def test_deep_forward_plays_through_the_layers_at_the_chosen_speed_and_resumes(open_scene, qtbot):
    w, scene = open_scene("deep-forward")
    L = len(CHAPTER_DIMS) - 1
    assert scene.play_button is scene.play
    # the default pace walks the L = 5 layers in 5–15 s
    assert 5 <= L / scene.speed.rate <= 15
    scene.speed.spin.setValue(20.0)                           # layers per second
    assert scene.anim.interval() == 50
    qtbot.keyClick(w, Qt.Key.Key_P)                           # P plays
    assert "Pause" in scene.play.text()
    qtbot.waitUntil(lambda: scene.l == L and not scene.anim.isActive(), timeout=3000)
    assert scene.play.text() == "▶ Play"                      # one pass, ending at Ŷ = A[L]
    assert scene.grids["A"].name == f"A[{L}] = Ŷ (1, 4)"
    # a pass interrupted by leaving the scene goes on when the teacher comes back
    scene.speed.spin.setValue(0.5)
    qtbot.keyClick(w, Qt.Key.Key_P)                           # starts again at layer 1
    assert scene.l == 1 and scene.anim.isActive()
    qtbot.keyClick(w, Qt.Key.Key_Right)
    assert not scene.anim.isActive()
    qtbot.keyClick(w, Qt.Key.Key_Left)
    assert w.current_scene() is scene and scene.anim.isActive() and "Pause" in scene.play.text()


# --- matrix-dimensions --------------------------------------------------------------------------

def test_matrix_dimensions_table_gives_every_shape_of_the_chapters_table(open_scene, qtbot):
    w, scene = open_scene("matrix-dimensions")
    rows = scene.rows
    m = 200
    # W[l], dW[l]: (n[l], n[l−1]) — the slide's W[3]: (4, 5), W[4]: (2, 4), W[5]: (1, 2)
    assert [r["W"] for r in rows] == [(3, 2), (5, 3), (4, 5), (2, 4), (1, 2)]
    for r, n in zip(rows, CHAPTER_DIMS[1:]):
        assert r["dW"] == r["W"]
        assert r["b"] == r["db"] == (n, 1)                    # the stored parameter and its gradient
        assert r["b_used"] == (n, m)                          # b broadcast in Z = WA + b
        assert r["Z"] == r["A"] == r["dZ"] == r["dA"] == (n, m)
    header = " ".join(plain(lab.text()) for lab in scene.table.findChildren(QLabel))
    assert "dA[l]" in header and "dZ[l]" in header and "dW[l]" in header and "db[l]" in header
    row3 = [plain(scene.findChild(QLabel, f"dim_3_{j}").text()) for j in range(5)]
    assert row3 == ["3", "(4, 5)", "(4, 1)", "(4, 200)", "(4, 200)"]
    scene.m.setValue(7)
    qtbot.waitUntil(lambda: scene.rows and scene.rows[0]["Z"] == (3, 7), timeout=3000)
    assert plain(scene.findChild(QLabel, "dim_1_3").text()) == "(3, 7)"


def test_matrix_dimensions_exercise_reveals_w1_on_request(open_scene, qtbot):
    w, scene = open_scene("matrix-dimensions")
    text = plain(label_text(scene, "exerciseText"))
    assert "(3, 1) = (?, ?) × (2, 1) + (3, 1)" in text
    assert "(3, 2)" not in text
    scene.reveal.click()
    text = plain(label_text(scene, "exerciseText"))
    assert "(3, 1) = (3, 2) × (2, 1) + (3, 1)" in text
    assert "W[2] is (n[2], n[1]) = (5, 3)" in text                   # the slide's "dim of W[2] is (5, 3)"
    scene.reveal.click()
    assert "(?, ?)" in plain(label_text(scene, "exerciseText"))


# --- why-deep -----------------------------------------------------------------------------------

def test_why_deep_parity_networks_are_correct_on_every_pattern(open_scene):
    w, scene = open_scene("why-deep")
    assert scene.result["deep"]["dims"] == [8, 8, 4, 2, 1]
    assert scene.result["deep"]["accuracy"] == 1.0 and scene.result["shallow"]["accuracy"] == 1.0
    assert scene.result["shallow"]["dims"] == [8, 128, 1]
    assert "100%" in label_text(scene, "deepLabel") and "2<sup>8</sup> = 256" in label_text(scene, "shallowLabel")


def test_why_deep_shows_the_chapters_comparison_for_the_n_on_screen(open_scene, qtbot):
    w, scene = open_scene("why-deep")
    # the slide: even parity of 8 bits with 3 layers of XOR gates vs 2^8 = 256 patterns
    assert w.title_label.text() == "Why deep networks? 8-bit parity"
    deep, shallow = plain(label_text(scene, "deepLabel")), plain(label_text(scene, "shallowLabel"))
    assert "8 - 1 = 7 XOR gates in ⌈log2 8⌉ = 3 layers" in deep
    assert "28-1 = 128 units" in shallow                      # 2^(n−1), typeset as a superscript
    assert plain(label_text(scene, "parityVerdict")) == "n = 8: 7 gates in 3 layers vs 128 units in one layer"
    scene.bits.setValue(5)
    qtbot.waitUntil(lambda: scene.result["n_bits"] == 5, timeout=3000)
    assert w.title_label.text() == "Why deep networks? 5-bit parity"
    deep, shallow = plain(label_text(scene, "deepLabel")), plain(label_text(scene, "shallowLabel"))
    assert "5 - 1 = 4 XOR gates in ⌈log2 5⌉ = 3 layers" in deep
    assert "of the 32 patterns" in deep
    assert "25 = 32 patterns" in shallow and "25-1 = 16 units" in shallow
    assert plain(label_text(scene, "parityVerdict")) == "n = 5: 4 gates in 3 layers vs 16 units in one layer"
    r = scene.result
    assert len(r["deep"]["dims"]) - 2 == 3                    # the ReLU network has one hidden layer per XOR layer
    assert r["deep"]["accuracy"] == 1.0 and r["shallow"]["accuracy"] == 1.0
    assert r["shallow"]["dims"] == [5, 16, 1]
    # the plot: n − 1 gates and 2^(n−1) units (log₁₀ of the counts) for n = 2 … 12
    xs, ys = scene.deep_curve.getData()
    assert list(xs) == list(range(2, 13))
    assert np.allclose(10 ** ys, np.arange(1, 12))
    assert np.allclose(10 ** scene.shallow_curve.getData()[1], 2.0 ** np.arange(1, 12))


def test_why_deep_log_axis_labels_only_powers_of_ten_that_do_not_crowd():
    from desktop_nn.ui.lecture.scenes.why_deep import PowerOfTenAxis, power_of_ten

    assert [power_of_ten(k) for k in range(4)] == ["1", "10", "10²", "10³"]
    axis = PowerOfTenAxis("left")
    axis.setTickFont(theme.font(theme.AXIS))
    (step, values), = axis.tickValues(-0.2, 3.5, 1000)
    assert values == [0.0, 1.0, 2.0, 3.0]
    line = QFontMetrics(theme.font(theme.AXIS)).height()
    for size in (60, 120, 200):
        (step, values), = axis.tickValues(-0.2, 6.5, size)
        assert all(float(v).is_integer() for v in values)
        assert len(values) <= max(2, size / (2.2 * line)) + 1e-9
    assert axis.tickStrings([0.0, 2.0], 1, 1) == ["1", "10²"]


# --- hyperparameters ----------------------------------------------------------------------------

def test_hyperparameters_lists_parameters_and_hyperparameters_and_runs_the_experiment(open_scene, qtbot):
    w, scene = open_scene("hyperparameters")
    # [2, 4, 4, 1]: W[1] 4×2 + b[1] 4, W[2] 4×4 + b[2] 4, W[3] 1×4 + b[3] 1 = 37 numbers
    assert plain(label_text(scene, "parametersText")) == "Parameters (learned): W[1], b[1], …, W[3], b[3]: 37 numbers"
    assert "momentum, mini-batch size, regularisation" in label_text(scene, "nextChapter")
    assert "next chapter" in label_text(scene, "nextChapter")
    assert scene.play_button is scene.play
    assert 5 <= scene.loop.max_epochs / scene.speed.rate <= 15     # the default pace
    qtbot.waitUntil(lambda: scene.last is not None and scene.last.epoch > 0, timeout=3000)
    assert scene.loop.playing
    cycle = label_text(scene, "empiricalCycle")
    assert "idea" in cycle and "code" in cycle and ">experiment</b>" in cycle   # the run is the experiment
    scene.alpha.setValue(1.0)                                 # a new idea
    idea = plain(label_text(scene, "ideaText"))
    assert idea.startswith("idea: α 0.3 → 1 (before: ")
    qtbot.waitUntil(lambda: scene.last is not None and scene.last.epoch > 0, timeout=3000)
    scene.layers.setValue(3)
    assert plain(label_text(scene, "ideaText")).startswith("idea: hidden layers 2 → 3 (before: ")
    assert plain(label_text(scene, "parametersText")).endswith("W[4], b[4]: 57 numbers")
    qtbot.keyClick(w, Qt.Key.Key_P)                           # P pauses: back to the idea
    assert not scene.loop.playing and scene.play.text() == "▶ Train"
    assert ">idea</b>" in label_text(scene, "empiricalCycle")


def test_hyperparameters_speed_and_revisit_resume_the_run(open_scene, qtbot):
    w, scene = open_scene("hyperparameters")
    scene.speed.spin.setValue(50.0)
    assert scene.loop.epochs_per_second == 50.0
    qtbot.waitUntil(lambda: scene.last is not None and scene.last.epoch > 0, timeout=3000)
    qtbot.keyClick(w, Qt.Key.Key_Right)
    assert not scene.is_active
    left_at = scene.last.epoch
    qtbot.keyClick(w, Qt.Key.Key_Left)
    assert scene.loop.playing and "Pause" in scene.play.text()
    qtbot.waitUntil(lambda: scene.last.epoch > left_at, timeout=3000)
    # a finished run plays again from the start
    scene.loop.set_rate(None)
    qtbot.waitUntil(scene.loop.finished, timeout=20000)
    assert scene.play.text() == "▶ Train"
    scene.play.click()
    assert scene.loop.playing
    qtbot.waitUntil(lambda: scene.last is not None and scene.last.epoch < scene.loop.max_epochs, timeout=3000)


# --- next-step-code -----------------------------------------------------------------------------

def test_next_step_code_runs_the_network_on_screen_at_code_size(open_scene, qtbot):
    from desktop_nn.ui.lecture.scenes.code import generate_script, run_script

    w, scene = open_scene("next-step-code")
    editor = scene.editor
    assert QFontInfo(editor.font()).pixelSize() >= theme.px(theme.CODE)
    assert editor.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert "n = [2, 4, 1]" in editor.toPlainText()
    scene.layers.setValue(2)
    assert "n = [2, 4, 4, 1]" in editor.toPlainText()
    scene.run_button.click()
    qtbot.waitUntil(lambda: "accuracy" in label_text(scene, "runOutput"), timeout=10000)
    lines = label_text(scene, "runOutput").splitlines()
    costs = [float(t.split("J = ")[1]) for t in lines if "J = " in t]
    assert len(costs) == 6 and costs[-1] < costs[0] / 10      # the chapter's formulas do learn
    assert float(lines[-1].split()[-1]) >= 0.95
    # every generated line fits a narrow projector's code view (no horizontal scrolling)
    for dims, g in (([2, 12, 12, 12, 12, 12, 1], "leaky_relu"), ([2, 3, 1], "sigmoid")):
        assert max(len(t) for t in generate_script(dims, g, 1.0, 1000).splitlines()) <= 52
    out = run_script(generate_script([2, 3, 1], "relu", 1.0, 10))
    assert out.splitlines()[0].startswith("i =    0  J = ")
