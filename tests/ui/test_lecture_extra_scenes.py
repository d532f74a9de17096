"""Scenes for slides that had none: the loss's intuition, the logistic-regression computation graph,
the NumPy programming guide, a shallow network unit by unit, and backprop on one example.

The expected numbers are computed here from the slides' formulas with ``math`` (or pinned), never
taken from the scene's own functions.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QSize

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from desktop_nn.ui.lecture import create_presenter
from tests.ui.lecture_layout import layout_problems

MINUS = "\u2212"


def label_text(scene, name) -> str:
    """What a label shows, as plain text (rich text rendered, superscripts inline), with the
    typeset minus sign read as '-'."""
    doc = QTextDocument()
    doc.setHtml(scene.findChild(QLabel, name).text())
    return doc.toPlainText().replace(MINUS, "-").replace("\u2029", "\n")


def sigma(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


# --- loss intuition ----------------------------------------------------------------------------------
def test_loss_intuition_shows_minus_log_y_hat_for_y1_and_minus_log_one_minus_for_y0(open_scene):
    w, scene = open_scene("loss-intuition")
    text = label_text(scene, "lossReadout")
    # the default ŷ = 0.7: −log 0.7 = 0.357, −log 0.3 = 1.204
    assert "y = 1: ℒ = -log ŷ = -log 0.7 = 0.357" in text
    assert "y = 0: ℒ = -log(1 - ŷ) = -log 0.3 = 1.204" in text
    assert "need large ŷ" in text and "need small ŷ" in text
    assert "cheap if y = 1, 3.4× dearer if y = 0" in text
    # a small ŷ: now y = 0 is the cheap one
    scene.slider.setValue(20)
    text = label_text(scene, "lossReadout")
    assert f"= {-math.log(0.2):.3f}" in text and f"= {-math.log(0.8):.3f}" in text
    assert f"cheap if y = 0, {math.log(0.2) / math.log(0.8):.1f}× dearer if y = 1" in text
    # the dots sit on the two curves at ŷ
    xs, ys = scene.dot1.getData()
    assert xs[0] == pytest.approx(0.2) and ys[0] == pytest.approx(-math.log(0.2))
    xs, ys = scene.dot0.getData()
    assert ys[0] == pytest.approx(-math.log(0.8))
    scene.slider.setValue(50)
    assert "both cost log 2 = 0.693" in label_text(scene, "lossReadout")


def test_loss_intuition_squared_error_is_not_convex_in_z_and_cross_entropy_is(open_scene):
    w, scene = open_scene("loss-intuition")
    verdict = label_text(scene, "convexVerdict")
    assert "cross-entropy -log σ(z) convex ✓" in verdict
    # ½(1 − σ(z))² has f″ = −σ′(1 − σ)(1 − 3σ) < 0 where σ < 1/3, i.e. z < −ln 2 = −0.69
    assert "not convex ✗" in verdict and "for z < -0.7" in verdict
    assert "does not use squared error" in verdict
    zs, se = scene.se_bend.getData()
    assert zs.max() == pytest.approx(-math.log(2), abs=0.03)
    assert np.allclose(se, 0.5 * (1 - 1 / (1 + np.exp(-zs))) ** 2)
    scene.y_button.setChecked(False)          # y = 0: the mirror image, z > ln 2
    verdict = label_text(scene, "convexVerdict")
    assert "for z > 0.7" in verdict and "-log(1 - σ(z))" in verdict
    zs, _ = scene.se_bend.getData()
    assert zs.min() == pytest.approx(math.log(2), abs=0.03)
    assert scene.z_plot.getPlotItem().getAxis("bottom").tickStrings([-4, 0, 4], 1, 4) == [f"{MINUS}4", "0", "4"]


# --- logistic-regression computation graph -------------------------------------------------------
def test_logistic_graph_steps_forward_then_backward_with_the_slide_numbers(open_scene):
    w, scene = open_scene("logistic-graph")
    scene.player.stop()
    scene.player.set_epoch(0)
    # x = (1, 2), w = (0.5, −0.5), b = 0, y = 1
    a = sigma(-0.5)
    v = scene.view.values
    assert v["z"] == pytest.approx(-0.5)
    assert v["a"] == pytest.approx(a)
    assert v["L"] == pytest.approx(-math.log(a))
    assert v["da"] == pytest.approx(-1 / a)
    assert v["dz"] == pytest.approx(a - 1)
    assert (v["dw1"], v["dw2"], v["db"]) == pytest.approx((a - 1, 2 * (a - 1), a - 1))
    # before the forward pass only the inputs are on the graph; before the backward pass no derivative
    assert scene.view.painted_texts() == ["x₁ = 1", "w₁ = 0.5", "x₂ = 2", f"w₂ = {MINUS}0.5", "b = 0",
                                          "z = w₁x₁ + w₂x₂ + b", "a = σ(z)", "ℒ(a, y)", "y = 1"]
    scene.player.set_epoch(3)
    shown = scene.view.painted_texts()
    assert f"= {MINUS}0.5" in shown and "= 0.378" in shown and "= 0.974" in shown
    assert not any(t.startswith("d") for t in shown)
    assert "comes after the backward pass" in label_text(scene, "graphCheck")
    scene.player.set_epoch(5)
    assert "dz = ∂ℒ/∂z = da · a(1 - a) = (-2.649) · 0.235 = -0.622 = a - y" in label_text(scene, "graphStep")
    assert "dw₁ = -0.622" not in [t.replace(MINUS, "-") for t in scene.view.painted_texts()]
    scene.player.set_epoch(8)
    shown = [t.replace(MINUS, "-") for t in scene.view.painted_texts()]
    assert {"da = -2.649", "dz = -0.622", "dw₁ = -0.622", "dw₂ = -1.245", "db = -0.622"} <= set(shown)
    check = label_text(scene, "graphCheck")
    assert "-0.6225, -1.2449, -0.6225" in check and "✓" in check


def test_logistic_graph_follows_the_spin_boxes_and_agrees_with_a_finite_difference(open_scene):
    w, scene = open_scene("logistic-graph")
    scene.player.stop()
    scene.spins["w1"].setValue(-1.25)
    scene.spins["b"].setValue(0.75)
    scene.y_button.setChecked(False)          # y = 0
    scene.player.set_epoch(8)
    x1, x2, w1, w2, b = 1.0, 2.0, -1.25, -0.5, 0.75

    def L(w1_, w2_, b_):   # y = 0: ℒ = −log(1 − σ(z))
        return -math.log(1 - sigma(w1_ * x1 + w2_ * x2 + b_))

    h = 1e-6
    v = scene.view.values
    assert v["z"] == pytest.approx(w1 * x1 + w2 * x2 + b)
    assert v["dz"] == pytest.approx(sigma(v["z"]))                # a − y with y = 0
    assert v["dw1"] == pytest.approx((L(w1 + h, w2, b) - L(w1 - h, w2, b)) / (2 * h), rel=1e-6)
    assert v["dw2"] == pytest.approx((L(w1, w2 + h, b) - L(w1, w2 - h, b)) / (2 * h), rel=1e-6)
    assert v["db"] == pytest.approx((L(w1, w2, b + h) - L(w1, w2, b - h)) / (2 * h), rel=1e-6)
    assert "with y = 0: -log(1 - a)" not in label_text(scene, "graphStep")     # the last step is db
    scene.player.set_epoch(3)
    assert f"-log {1 - sigma(v['z']):.3f}" in label_text(scene, "graphStep")
    assert scene.spins["w1"].text() == f"{MINUS}1.25"                            # a true minus


# --- NumPy programming guide ---------------------------------------------------------------------
def test_numpy_guide_applies_each_function_to_the_whole_vector(open_scene):
    w, scene = open_scene("numpy-guide")
    # v = [1, −2, 0.5]
    expected = [["2.718", "0.135", "1.649"], ["0", "NaN", "-0.693"], ["1", "2", "0.5"], ["1", "0", "0.5"],
                ["1", "4", "0.25"], ["1", "-0.5", "2"]]
    for r, row in enumerate(expected):
        assert [label_text(scene, f"cell_{r}_{j}") for j in range(3)] == row
    assert "log of a negative number is NaN" in label_text(scene, "domainNote")
    assert "u = [2.718, 0.135, 1.649]" in label_text(scene, "loopCheck") and "✓" in label_text(scene, "loopCheck")
    scene.v_spins[1].setValue(0.0)
    assert label_text(scene, "cell_1_1") == "-∞" and label_text(scene, "cell_5_1") == "∞"
    assert "1/0 = ∞" in label_text(scene, "domainNote")
    scene.v_spins[1].setValue(4.0)
    assert [label_text(scene, f"cell_{r}_1") for r in range(6)] == ["54.598", "1.386", "4", "4", "16", "0.25"]
    assert "no loop" in label_text(scene, "domainNote")


def test_numpy_guide_times_the_loop_and_np_exp_in_the_worker(open_scene, qtbot):
    w, scene = open_scene("numpy-guide")
    with qtbot.waitSignal(scene.runner.jobFinished, timeout=20_000):
        scene.size.setCurrentIndex(0)                        # n = 10,000
        assert scene.job_running("time")                     # off the GUI thread
    text = label_text(scene, "timingResult")
    assert text.startswith("n = 10,000: np.exp ") and " ms" in text
    assert "faster" in text and "✓ same numbers" in text
    assert scene.last["n"] == 10_000 and scene.last["loop_ms"] > scene.last["vec_ms"] > 0


# --- a shallow network, unit by unit -----------------------------------------------------------------
def test_shallow_units_per_unit_equations_equal_the_vectorised_product(open_scene):
    w, scene = open_scene("shallow-units")
    W1, b1 = np.array(scene.net.params["W1"]), np.array(scene.net.params["b1"])
    assert W1.shape == (4, 2) and np.any(b1 != 0)
    x1, x2 = 1.0, 2.0
    for i in range(4):
        z_i = W1[i, 0] * x1 + W1[i, 1] * x2 + b1[i, 0]          # z_i[1] = w_i[1]ᵀx + b_i[1]
        assert label_text(scene, f"unit{i + 1}_3") == f"{z_i:.3f}".rstrip("0").rstrip(".")
        assert label_text(scene, f"unit{i + 1}_4") == f"{sigma(z_i):.3f}".rstrip("0").rstrip(".")
    per_unit = np.array([u["z"] for u in scene.units["units"]])
    vectorised = scene.g_z1.matrix[:, 0]                       # Z[1] = W[1]x + b[1], the engine's forward
    assert np.allclose(per_unit, vectorised, rtol=1e-12, atol=1e-12)
    _, caches = scene.net.forward(np.array([[x1], [x2]]))
    assert np.array_equal(vectorised, caches[0].Z[:, 0])
    assert "same z[1] ✓" in label_text(scene, "sameNumbers")
    scene.x_spins[0].setValue(-3.0)
    assert label_text(scene, "unit1_3") == f"{W1[0, 0] * -3 + W1[0, 1] * 2 + b1[0, 0]:.3f}".rstrip("0").rstrip(".")


def test_shallow_units_for_loop_over_m_equals_the_vectorised_x(open_scene):
    w, scene = open_scene("shallow-units")
    scene.m_button.click()
    assert scene.loop_page.isVisible() and not scene.unit_page.isVisible()
    scene.m_spin.setValue(5)
    X = scene.g_X.matrix
    assert X.shape == (2, 5) and scene.g_A1.matrix.shape == (4, 5) and scene.g_A2.matrix.shape == (1, 5)
    W1, b1, W2, b2 = (np.array(scene.net.params[k]) for k in ("W1", "b1", "W2", "b2"))
    for i in range(5):                                          # one x(i) at a time, as the slide's loop
        a1 = [sigma(W1[j] @ X[:, i] + b1[j, 0]) for j in range(4)]
        a2 = sigma(float(W2[0] @ np.array(a1) + b2[0, 0]))
        assert scene.g_A2.matrix[0, i] == pytest.approx(a2, rel=1e-12)
        assert scene.loop["loop"][i] == pytest.approx(a2, rel=1e-12)
    assert "= the 5 columns of A[2] ✓" in label_text(scene, "loopResult")


# --- gradient descent on one example ---------------------------------------------------------------
def test_backprop_one_example_is_the_engines_backward_on_that_example(open_scene):
    from desktop_nn.engine.gradcheck import numerical_gradients
    from desktop_nn.engine.network import Network

    w, scene = open_scene("backprop-one-example")
    assert scene.player.maximum == 6
    scene.player.set_epoch(0)
    names = [g.name for g in scene.operand_grids if g.isVisibleTo(scene)] + [scene.result_grid.name]
    assert not any(n.startswith("d") for n in names)              # no gradient before the backward pass
    assert "after the last step" in label_text(scene, "engineCheck")
    x = np.array([[1.0], [2.0]])
    y = np.array([[1.0]])
    net = Network([2, 4, 1], hidden_activation="tanh", output="sigmoid", init="xavier", seed=0)
    AL, caches = net.forward(x)
    a1, a2 = caches[0].A, AL
    # the slide's one-example formulas, computed here
    dz2 = a2 - y
    dz1 = net.params["W2"].T @ dz2 * (1 - a1 ** 2)                # g[1] = tanh: g′ = 1 − a²
    expected = {"dz[2]": dz2, "dW[2]": dz2 @ a1.T, "db[2]": dz2, "dz[1]": dz1, "dW[1]": dz1 @ x.T, "db[1]": dz1}
    shapes = {"dz[2]": (1, 1), "dW[2]": (1, 4), "db[2]": (1, 1), "dz[1]": (4, 1), "dW[1]": (4, 2), "db[1]": (4, 1)}
    for k, name in enumerate(expected, start=1):
        scene.player.set_epoch(k)
        assert scene.result_grid.name == f"{name} {shapes[name]}"
        assert np.allclose(scene.result_grid.matrix, expected[name], rtol=1e-12, atol=1e-15)
        assert f"backward {k} of 6" in label_text(scene, "stepFormula")
    numeric = numerical_gradients(net, x, y)
    assert np.allclose(expected["dW[1]"], numeric["dW1"], atol=1e-8)
    assert np.allclose(expected["dW[2]"], numeric["dW2"], atol=1e-8)
    assert "the same dW[1], db[1], dW[2], db[2] ✓" in label_text(scene, "engineCheck")
    scene.player.set_epoch(5)
    assert "(4, 1) · (1, 2) → (4, 2) = shape of W[1]" in label_text(scene, "stepShapes")


def test_backprop_one_example_follows_x_and_y(open_scene):
    w, scene = open_scene("backprop-one-example")
    scene.player.set_epoch(1)
    before = scene.result_grid.matrix.copy()
    scene.y_button.setChecked(False)                              # y = 0: dz[2] = a[2]
    assert scene.result_grid.matrix[0, 0] == pytest.approx(before[0, 0] + 1)
    assert label_text(scene, "stepFormula").endswith(f"= {scene.result_grid.matrix[0, 0]:.3f}")


# --- every state of the new scenes fits the three screens -------------------------------------------
SCREENS = [(1024, 768), (1280, 800), (1920, 1080)]


@pytest.mark.parametrize("width,height", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_new_scenes_fit_the_screen_in_their_fullest_states(qtbot, width, height):
    w = create_presenter("loss-intuition", screen_size=QSize(width, height))
    qtbot.addWidget(w)
    w.resize(width, height)
    w.show()
    problems: list[str] = []

    def open_at(scene_id):
        w.go_to_id(scene_id)
        qtbot.waitUntil(lambda: w.current_scene().has_content(), timeout=5000)
        return w.current_scene()

    def check(what: str) -> None:
        qtbot.wait(20)
        problems.extend(f"[{what}] {p}" for p in layout_problems(w))

    s = open_at("loss-intuition")
    for value, y in ((1, False), (99, True), (50, False)):
        s.slider.setValue(value)
        s.y_button.setChecked(y)
        check(f"ŷ = {value / 100}, y = {int(y)}")
    s = open_at("logistic-graph")
    s.player.stop()
    for key, value in (("x1", -4.5), ("x2", -4.5), ("w1", -4.75), ("w2", -4.75), ("b", -4.75)):
        s.spins[key].setValue(value)
    s.y_button.setChecked(False)
    for k in range(9):
        s.player.set_epoch(k)
        check(f"graph step {k}")
    s = open_at("numpy-guide")
    for sp, value in zip(s.v_spins, (-8.5, 0.0, -0.5)):
        sp.setValue(value)
    check("v with 0 and negatives")
    s = open_at("shallow-units")
    s.x_spins[0].setValue(-4.5)
    check("one x")
    s.m_button.click()
    for m in (1, 8):
        s.m_spin.setValue(m)
        check(f"m = {m}")
    s = open_at("backprop-one-example")
    s.x_spins[0].setValue(-4.5)
    s.y_button.setChecked(False)
    for k in range(7):
        s.player.set_epoch(k)
        check(f"backprop step {k}")
    w.close()
    unique = list(dict.fromkeys(problems))
    assert not unique, f"{len(unique)} problems at {width}×{height}:\n" + "\n".join(unique)
