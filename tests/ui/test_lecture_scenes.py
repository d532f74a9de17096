"""Lecture scenes show the chapter's numbers: asserted on what the widgets and plots display."""

from __future__ import annotations

import numpy as np
import pytest

from tests.ui.lecture_helpers import label_text


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
