"""Lecture scenes show the chapter's numbers: asserted on what the widgets and plots display."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

from desktop_nn.ui.lecture import create_presenter


@pytest.fixture
def open_scene(qtbot):
    made = []

    def make(scene_id):
        w = create_presenter(scene_id)
        qtbot.addWidget(w)
        w.resize(1600, 900)
        w.show()
        made.append(w)
        scene = w.current_scene()
        qtbot.waitUntil(scene.has_content, timeout=3000)
        return w, scene

    yield make
    for w in made:
        w.close()


def label_text(scene, name) -> str:
    """A label's text with the typeset minus sign (U+2212) read as '-', to compare numbers."""
    return scene.findChild(QLabel, name).text().replace("\u2212", "-")


def test_perceptron_rule_shows_the_chapter_weights_and_errors(open_scene):
    w, scene = open_scene("perceptron-rule")
    assert label_text(scene, "weightsLabel") == "w = [-0.4, -0.68, 1.82]"
    xs, ys = scene.errors_curve.getData()
    assert list(xs) == list(range(1, 11))
    assert list(ys) == [2, 2, 3, 2, 1, 0, 0, 0, 0, 0]
    assert "no error from epoch 6" in label_text(scene, "errorsLabel")
    # the boundary drawn is w0 + w1 x1 + w2 x2 = 0 for the shown weights
    lx, ly = scene.regions.line.getData()
    assert np.allclose(-0.4 - 0.68 * lx + 1.82 * ly, 0)
    # stepping back shows the weights of an earlier epoch, and the curve is cut there
    scene.player.set_epoch(0)
    assert label_text(scene, "weightsLabel") == "w = [0, 0, 0]"
    ys = scene.errors_curve.getData()[1]
    assert ys is None or len(ys) == 0


def test_perceptron_rule_recomputes_live_when_eta_changes(open_scene, qtbot):
    w, scene = open_scene("perceptron-rule")
    with qtbot.waitSignal(scene.runner.jobFinished, timeout=3000):
        scene.eta.setValue(0.2)
    # the perceptron from zero weights scales with eta: same errors, doubled weights
    assert label_text(scene, "weightsLabel") == "w = [-0.8, -1.36, 3.64]"
    assert list(scene.errors_curve.getData()[1]) == [2, 2, 3, 2, 1, 0, 0, 0, 0, 0]


def test_learning_rate_shows_divergence_beside_crawl(open_scene):
    w, scene = open_scene("learning-rate")
    xs, log_cost = scene.large_curve.getData()
    assert list(xs) == list(range(1, 11))
    assert log_cost[0] == pytest.approx(1.70, abs=0.005)
    assert log_cost[-1] == pytest.approx(28.9, abs=0.05)
    assert np.all(np.diff(log_cost) > 0)                        # grows every epoch
    _, small = scene.small_curve.getData()
    assert small[0] == pytest.approx(50.0)
    assert small[-1] == pytest.approx(40.25, abs=0.005)
    assert np.all(np.diff(small) < 0)                           # falls, slowly
    assert "1.70 → 28.89" in label_text(scene, "largeRateSummary")
    assert "50.00 → 40.25" in label_text(scene, "smallRateSummary")
    assert scene.large_plot.getPlotItem().getAxis("left").labelText.startswith("log10")


def test_learning_rate_one_weight_picture_reacts(open_scene):
    w, scene = open_scene("learning-rate")
    scene.alpha_1d.setValue(105)
    assert "diverges" in label_text(scene, "oneDVerdict")
    scene.alpha_1d.setValue(5)
    assert "many iterations" in label_text(scene, "oneDVerdict")


def test_feature_scaling_converges_in_15_epochs(open_scene, qtbot):
    w, scene = open_scene("feature-scaling")
    xs, cost = scene.cost_curve.getData()
    assert list(xs) == list(range(1, 16))
    assert cost[0] == pytest.approx(50.0)
    assert cost[-1] == pytest.approx(2.58, abs=0.005)
    summary = label_text(scene, "scalingSummary")
    assert "epoch 15: SSE = 2.58, 100/100 correct" in summary
    assert "converged in 15 epochs" in summary
    # raw features at the same rate: the cost explodes, shown on a log axis
    with qtbot.waitSignal(scene.runner.jobFinished, timeout=3000):
        scene.toggle.setChecked(False)
    assert "log10" in scene.cost_plot.getPlotItem().getAxis("left").labelText
    assert "100/100" not in label_text(scene, "scalingSummary")


def test_backprop_steps_are_the_engines_numbers_with_the_corrected_formulas():
    from desktop_nn.engine.network import Network
    from desktop_nn.ui.lecture.scenes.backprop import make_steps

    from desktop_nn.engine.datasets import GENERATORS
    from desktop_nn.engine.network import to_columns

    steps, _ = make_steps([2, 3, 2, 1], "tanh", 5, 0.5)           # what the scene shows
    X, y = GENERATORS["xor"](5, noise=0.1, seed=0)
    X, Y = to_columns(X, y, "sigmoid")
    net = Network([2, 3, 2, 1], hidden_activation="tanh", output="sigmoid", init="xavier", seed=0)
    AL, caches = net.forward(X)
    grads = net.backward(AL, Y, caches)
    by_result = {s.result[0]: s for s in steps}
    for l in (1, 2, 3):
        assert np.array_equal(by_result[f"Z[{l}]"].result[1], caches[l - 1].Z)
        assert np.array_equal(by_result[f"dW[{l}]"].result[1], grads[f"dW{l}"])
        assert np.array_equal(by_result[f"db[{l}]"].result[1], grads[f"db{l}"])
    assert by_result["dW[3]"].formula == "dW[3] = (1/m) dZ[3] A[2]ᵀ"   # A[L-1]ᵀ, not the slide's A[L]ᵀ
    assert by_result["dA[2]"].formula == "dA[2] = W[3]ᵀ dZ[3]"          # W[L]ᵀ, not dW[L]ᵀ
    assert "(1, 5)" in by_result["dZ[3]"].shapes
    net.update(grads, 0.5)
    assert np.array_equal(by_result["W[1] new"].result[1], net.params["W1"])


def test_why_deep_parity_networks_are_correct_on_every_pattern(open_scene):
    w, scene = open_scene("why-deep")
    assert scene.result["deep"]["dims"] == [8, 8, 4, 2, 1]
    assert scene.result["deep"]["accuracy"] == 1.0 and scene.result["shallow"]["accuracy"] == 1.0
    assert scene.result["shallow"]["dims"] == [8, 128, 1]
    assert "100%" in label_text(scene, "deepLabel") and "2<sup>8</sup> = 256" in label_text(scene, "shallowLabel")
