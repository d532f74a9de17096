"""Lecture scenes of the chapter's first part show the chapter's numbers, and every verdict on
screen agrees with what is drawn: asserted on what the widgets and plots display."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop_nn.engine.classic import AdalineGD, Perceptron
from desktop_nn.engine.datasets import iris_setosa_versicolor, standardize
from desktop_nn.ui.lecture.scenes.classic import load_dataset
from desktop_nn.ui.lecture.scenes.single_neuron import cost_verdict, sse_minimum
from tests.ui.lecture_helpers import label_text as raw_label_text

CHAPTER_ERRORS = [2, 2, 3, 2, 1, 0, 0, 0, 0, 0]


def label_text(scene, name) -> str:
    """A label's text as read on screen: rich-text tags dropped, U+2212 read as '-'."""
    text = re.sub(r"<br\s*/?>", "\n", raw_label_text(scene, name))
    return re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ")


def crosses(scene) -> int:
    """How many ✕ the decision-region plot draws."""
    xs, _ = scene.regions.wrong.getData()
    return 0 if xs is None else len(xs)


def stated_misclassified(scene) -> int:
    m = re.search(r"misclassifies (\d+) of (\d+)", label_text(scene, "wrongLabel"))
    assert m, label_text(scene, "wrongLabel")
    return int(m.group(1))


def finish_job(qtbot, scene, change) -> None:
    with qtbot.waitSignal(scene.runner.jobFinished, timeout=5000):
        change()


# --- the perceptron -------------------------------------------------------------------------------
def test_perceptron_rule_shows_the_chapter_weights_and_errors(open_scene):
    w, scene = open_scene("perceptron-rule")
    assert label_text(scene, "weightsLabel") == "w = [-0.4, -0.68, 1.82]"
    xs, ys = scene.errors_curve.getData()
    assert list(xs) == list(range(1, 11))
    assert list(ys) == CHAPTER_ERRORS
    assert "no update from epoch 6 on: converged" in label_text(scene, "errorsLabel")
    assert label_text(scene, "perceptronCode") == "Perceptron(epochs=10, eta=0.1).train(X, y)"
    # the boundary drawn is w0 + w1 x1 + w2 x2 = 0 for the shown weights
    lx, ly = scene.regions.line.getData()
    assert np.allclose(-0.4 - 0.68 * lx + 1.82 * ly, 0)
    # stepping back shows the weights of an earlier epoch, and the curve is cut there
    scene.player.set_epoch(0)
    assert label_text(scene, "weightsLabel") == "w = [0, 0, 0]"
    ys = scene.errors_curve.getData()[1]
    assert ys is None or len(ys) == 0


def test_perceptron_misclassified_count_is_the_crosses_drawn_and_errors_is_named_apart(open_scene):
    """errors_ counts updates *during* an epoch; the crosses are the samples the weights *after* it
    misclassify. Both are on screen, and the stated count is the number of crosses."""
    w, scene = open_scene("perceptron-rule")
    X, y = iris_setosa_versicolor()
    model = Perceptron(eta=0.1, epochs=10).initialize(2)
    for k in range(0, 11):
        if k:
            model.train_epoch(X, y)
        scene.player.set_epoch(k)
        expected = int(np.sum(model.predict(X) != y))          # the engine's own count
        assert crosses(scene) == expected == stated_misclassified(scene), k
        if k:
            assert f"epoch {k}: errors_ = {CHAPTER_ERRORS[k - 1]} " in label_text(scene, "errorsLabel")
    # epoch 4: two updates during the epoch, yet its weights put every setosa on the wrong side
    scene.player.set_epoch(4)
    assert "errors_ = 2 (updates during it)" in label_text(scene, "errorsLabel")
    assert stated_misclassified(scene) == crosses(scene) == 50


def test_perceptron_rule_recomputes_live_when_eta_changes(open_scene, qtbot):
    w, scene = open_scene("perceptron-rule")
    finish_job(qtbot, scene, lambda: scene.eta.setValue(0.2))
    # the perceptron from zero weights scales with eta: same errors, doubled weights
    assert label_text(scene, "weightsLabel") == "w = [-0.8, -1.36, 3.64]"
    assert list(scene.errors_curve.getData()[1]) == CHAPTER_ERRORS
    assert label_text(scene, "perceptronCode") == "Perceptron(epochs=10, eta=0.2).train(X, y)"


def test_a_change_cancelled_by_leaving_is_recomputed_on_return(open_scene, qtbot):
    w, scene = open_scene("perceptron-rule")
    scene.eta.setValue(0.2)
    w.next()                    # leaves before the worker's answer: the job is cancelled
    w.previous()
    qtbot.waitUntil(lambda: label_text(scene, "weightsLabel") == "w = [-0.8, -1.36, 3.64]", timeout=5000)


@pytest.mark.parametrize("dataset", ["gaussians", "versicolor-virginica", "xor"])
def test_non_separable_counts_match_the_crosses_and_the_verdict_the_curve(open_scene, qtbot, dataset):
    w, scene = open_scene("perceptron-non-separable")
    if scene.dataset.currentText() != dataset:
        finish_job(qtbot, scene, lambda: scene.dataset.setCurrentText(dataset))
    scene.player.stop()
    X, y, _ = load_dataset(dataset)
    errors = scene.run["errors"]
    for k in (0, 1, 7, 23, 36, 50):
        scene.player.set_epoch(k)
        assert crosses(scene) == stated_misclassified(scene), (dataset, k)
    expected = Perceptron(eta=0.1, epochs=50).train(X, y)
    assert errors == expected.errors_
    assert stated_misclassified(scene) == int(np.sum(expected.predict(X) != y))
    assert 0 not in errors
    assert f"errors_ = {errors[-1]} (updates during it)" in label_text(scene, "errorsLabel")
    assert "does not converge" in label_text(scene, "errorsLabel")
    assert "never 0" in scene.errors_plot.getPlotItem().titleLabel.text


# --- Adaline ---------------------------------------------------------------------------------------
def chapter_adaline_cost():
    X, y = iris_setosa_versicolor()
    return AdalineGD(epochs=15, eta=0.01).train(standardize(X)[0], y).cost_


def test_adaline_curve_is_the_chapters_cost_and_ends_at_2_58(open_scene):
    w, scene = open_scene("adaline")
    scene.player.stop()
    scene.player.set_epoch(15)
    xs, ys = scene.cost_curve.getData()
    assert list(xs) == list(range(1, 16))
    assert ys[0] == pytest.approx(50.0)
    assert ys[-1] == pytest.approx(2.58, abs=0.005)           # the slide's last value
    assert np.allclose(ys, chapter_adaline_cost())
    numbers = label_text(scene, "adalineNumbers")
    # what the curve shows and what the weights reach are both named for what they are
    assert "epoch 15: cost_ = 2.58 (SSE before its step)" in numbers
    assert "after the step: SSE = 2.53, 100/100 correct" in numbers
    assert label_text(scene, "adalineCode") == "AdalineGD(epochs=15, alpha=0.01).train(X_std, y)"


# --- learning rates --------------------------------------------------------------------------------
def test_learning_rate_shows_divergence_beside_crawl(open_scene):
    w, scene = open_scene("learning-rate")
    xs, log_cost = scene.large_curve.getData()
    assert list(xs) == list(range(1, 11))
    assert log_cost[0] == pytest.approx(1.70, abs=0.005)
    assert log_cost[-1] == pytest.approx(28.89, abs=0.005)
    assert np.all(np.diff(log_cost) > 0)                        # grows every epoch
    _, small = scene.small_curve.getData()
    assert small[0] == pytest.approx(50.0)
    assert small[-1] == pytest.approx(40.25, abs=0.005)
    assert np.all(np.diff(small) < 0)                           # falls, slowly
    assert "1.70 → 28.89" in label_text(scene, "largeRateSummary")
    assert "diverges" in label_text(scene, "largeRateSummary")
    assert "50.00 → 40.25" in label_text(scene, "smallRateSummary")
    assert "crawls" in label_text(scene, "smallRateSummary")
    assert scene.large_plot.getPlotItem().getAxis("left").labelText.startswith("log")
    assert scene.small_plot.getPlotItem().getAxis("left").labelText == "SSE"
    assert w.title_label.text() == "α = 0.01 diverges, α = 0.0001 crawls"


def test_a_diverging_run_is_never_called_too_small(open_scene, qtbot):
    """× 10 on the right: 0.001 climbs to 7.4 × 10⁸ — the verdict comes from the curve, not the side."""
    w, scene = open_scene("learning-rate")
    finish_job(qtbot, scene, scene.x10.click)
    assert scene.small.value() == pytest.approx(0.001)
    summary = label_text(scene, "smallRateSummary")
    assert "diverges" in summary
    assert "crawl" not in summary and "too small" not in summary
    _, ys = scene.small_curve.getData()
    assert scene.small_plot.getPlotItem().getAxis("left").labelText.startswith("log")
    assert ys[-1] == pytest.approx(np.log10(7.449e8), abs=0.01)    # plotted as log10: short tick labels
    assert label_text(scene, "smallRateCode") == "AdalineGD(epochs=10, alpha=0.001).train(X, y)"
    assert w.title_label.text() == "α = 0.01 diverges, α = 0.001 diverges"


@pytest.mark.parametrize("alpha", [1e-5, 1e-4, 3e-4, 5e-4, 1e-3, 1e-2, 0.1, 1.0])
def test_verdicts_follow_the_cost_curve(alpha):
    X, y = iris_setosa_versicolor()
    with np.errstate(over="ignore", invalid="ignore"):
        cost = np.array(AdalineGD(epochs=10, alpha=alpha).train(X, y).cost_)
    minimum = sse_minimum(X, y)
    verdict = cost_verdict(cost, minimum)
    grows = not np.all(np.isfinite(cost)) or cost[-1] > cost[0]
    assert (verdict == "diverges") == grows, (alpha, cost)
    if not grows:       # "converges" only near the least-squares minimum, never just "fell a lot"
        assert verdict == ("converges" if cost[-1] <= 1.1 * minimum else "crawls")
    assert cost_verdict([50, 60, 70], 2.0) == "diverges"
    assert cost_verdict([50, 10, 12], 2.0) == "diverges"        # turned upwards at the end
    assert cost_verdict([50, 45, 41], 2.0) == "crawls"
    assert cost_verdict([50, 20, 5], 2.0) == "crawls"          # fell by 90 %, still 2.5× the minimum
    assert cost_verdict([50, 5, 2.1], 2.0) == "converges"


def test_the_chapters_runs_get_the_chapters_verdicts():
    """0.0005 on raw Iris falls from 50 to 21.4 but is still 9× the minimum: it crawls, it has not
    converged; standardised Adaline at 0.01 ends at 2.58, within 6 % of the minimum 2.44."""
    X, y = iris_setosa_versicolor()
    minimum = sse_minimum(X, y)
    assert minimum == pytest.approx(2.44, abs=0.01)
    raw = AdalineGD(epochs=10, alpha=0.0005).train(X, y).cost_
    assert cost_verdict(raw, minimum) == "crawls"
    std = AdalineGD(epochs=15, alpha=0.01).train(standardize(X)[0], y).cost_
    assert cost_verdict(std, minimum) == "converges"
    assert sse_minimum(standardize(X)[0], y) == pytest.approx(minimum, rel=1e-9)   # scaling moves no minimum


def test_learning_rate_one_weight_picture_reacts(open_scene):
    w, scene = open_scene("learning-rate")
    scene.alpha_1d.setValue(105)
    assert "diverges" in label_text(scene, "oneDVerdict")
    scene.alpha_1d.setValue(100)
    assert "never converges" in label_text(scene, "oneDVerdict")
    scene.alpha_1d.setValue(95)
    assert "zig-zags" in label_text(scene, "oneDVerdict")
    scene.alpha_1d.setValue(5)
    assert "many iterations" in label_text(scene, "oneDVerdict")
    scene.alpha_1d.setValue(40)
    assert "straight for the minimum" in label_text(scene, "oneDVerdict")


# --- feature scaling -------------------------------------------------------------------------------
def test_feature_scaling_converges_in_15_epochs(open_scene, qtbot):
    w, scene = open_scene("feature-scaling")
    xs, cost = scene.cost_curve.getData()
    assert list(xs) == list(range(1, 16))
    assert cost[0] == pytest.approx(50.0)
    assert cost[-1] == pytest.approx(2.58, abs=0.005)
    summary = label_text(scene, "scalingSummary")
    assert "epoch 15: cost_ = 2.58 (SSE before its step)" in summary
    assert "100/100 correct" in summary
    assert label_text(scene, "scalingCode") == "AdalineGD(epochs=15, eta=0.01).train(X_std, y)"
    assert w.title_label.text() == "Standardised features: Adaline converges"
    assert crosses(scene) == 0


def test_feature_scaling_raw_shows_the_code_that_ran_and_readable_numbers(open_scene, qtbot):
    w, scene = open_scene("feature-scaling")
    finish_job(qtbot, scene, lambda: scene.toggle.setChecked(False))
    scene.player.set_epoch(15)
    assert "log" in scene.cost_plot.getPlotItem().getAxis("left").labelText
    summary = label_text(scene, "scalingSummary")
    assert "100/100" not in summary
    assert re.search(r"\d{7,}", summary) is None, summary          # no 45-digit SSE
    assert "× 10" in summary
    assert label_text(scene, "scalingCode") == "AdalineGD(epochs=15, eta=0.01).train(X, y)"
    assert w.title_label.text() == "Raw features: Adaline diverges"
    _, ys = scene.cost_curve.getData()
    assert ys.max() < 100                                          # log10 of the SSE, not the SSE
    # the crosses are the samples the raw-feature weights misclassify
    m = re.search(r"(\d+)/100 correct", summary)
    assert crosses(scene) == 100 - int(m.group(1))


# --- batch, mini-batch, stochastic -----------------------------------------------------------------
def test_sgd_vs_batch_three_curves_are_distinguishable_and_batch_is_the_chapters(open_scene):
    w, scene = open_scene("sgd-vs-batch")
    curves = scene.curves
    pens = {name: c.opts["pen"] for name, c in curves.items()}
    looks = {(p.color().name(), p.style(), p.width(), curves[n].opts["symbol"]) for n, p in pens.items()}
    assert len(looks) == 3
    assert len({c.opts["symbol"] for c in curves.values()}) == 3
    # the mini-batch curve, which nearly coincides with SGD, is dashed and drawn on top of SGD's wide line
    assert pens["mini-batch"].style() == Qt.PenStyle.DashLine
    assert pens["stochastic"].width() > pens["mini-batch"].width()
    items = scene.plot.getPlotItem().listDataItems()
    assert items.index(curves["mini-batch"]) > items.index(curves["stochastic"])
    labels = [label.text for _, label in scene.legend.items]
    assert len(labels) == 3 and len(set(labels)) == 3
    assert any("100 updates" in t for t in labels) and any("1 update " in t for t in labels)
    # batch: the SSE after 0…15 epochs; the slide's cost_ (before each step) ends at 2.58
    _, batch = curves["batch"].getData()
    assert batch[0] == pytest.approx(50.0)
    assert batch[14] == pytest.approx(2.58, abs=0.005)
    assert np.allclose(batch[:15], chapter_adaline_cost())
    assert "cost_ ends at 2.58" in label_text(scene, "gdFootnote")
    table = label_text(scene, "gdTable")
    assert "SSE after 15 epochs" in table and f"batch {batch[-1]:.2f}" in " ".join(table.split())


# --- animations a teacher can narrate --------------------------------------------------------------
ANIMATED = ["perceptron-rule", "perceptron-non-separable", "adaline", "feature-scaling", "sgd-vs-batch"]


@pytest.mark.parametrize("scene_id", ANIMATED)
def test_each_animation_has_a_visible_speed_a_5_to_15_s_default_and_p_plays_it(open_scene, qtbot, scene_id):
    w, scene = open_scene(scene_id)
    player = scene.player
    assert player.isVisible() and player.speed.isVisible()
    assert 5.0 <= player.maximum / player.speed.rate <= 15.0
    assert scene.play_button is player.play_button
    was = player.playing
    qtbot.keyClick(w, Qt.Key.Key_P)
    assert player.playing != was
    assert ("Pause" in player.play_button.text()) == player.playing
    qtbot.keyClick(w, Qt.Key.Key_P)
    assert player.playing == was
    assert ("Pause" in player.play_button.text()) == player.playing


@pytest.mark.parametrize("scene_id", ["adaline", "perceptron-non-separable"])
def test_leaving_mid_animation_and_coming_back_resumes_it(open_scene, qtbot, scene_id):
    w, scene = open_scene(scene_id)
    player = scene.player
    player.speed.spin.setValue(20.0)             # quick, but still epoch by epoch
    if not player.playing:
        player.start()
    qtbot.waitUntil(lambda: player.epoch >= 2, timeout=3000)
    assert player.play_button.text() == "❚❚ Pause"
    w.next()
    left_at = player.epoch
    qtbot.wait(300)
    assert player.epoch == left_at                # off screen it does not run
    w.previous()
    assert w.current_scene() is scene
    qtbot.waitUntil(lambda: player.epoch > left_at, timeout=3000)
    assert player.playing and player.play_button.text() == "❚❚ Pause"
    qtbot.waitUntil(lambda: not player.playing, timeout=10000)
    assert player.epoch == player.maximum
    assert player.play_button.text() == "▶ Play"


def test_a_paused_animation_stays_paused_on_return(open_scene, qtbot):
    w, scene = open_scene("adaline")
    player = scene.player
    qtbot.waitUntil(lambda: player.epoch >= 1, timeout=3000)
    qtbot.keyClick(w, Qt.Key.Key_P)
    assert not player.playing and player.play_button.text() == "▶ Play"
    paused_at = player.epoch
    w.next()
    w.previous()
    qtbot.wait(700)
    assert not player.playing and player.epoch == paused_at and player.play_button.text() == "▶ Play"


# --- McCulloch–Pitts -------------------------------------------------------------------------------
def test_mcculloch_pitts_verdicts_are_computed_from_the_truth_table(open_scene):
    w, scene = open_scene("mcculloch-pitts-neuron")
    assert "computes AND ✓" in label_text(scene, "truthTable")
    scene.preset_buttons["OR"].click()
    assert "computes OR ✓" in label_text(scene, "truthTable")
    scene.preset_buttons["XOR"].click()
    assert "3/4 rows match XOR" in label_text(scene, "truthTable")
    scene.x2.setChecked(True)                     # x = (1, 1): z = 2 ≥ θ = 1
    assert label_text(scene, "mpOutput") == "output y = 1"
    assert "= 2 ≥ θ = 1" in label_text(scene, "mpFormula")


# --- speaker notes agree with the scene ------------------------------------------------------------
def test_speaker_notes_quote_the_numbers_the_scenes_show(open_scene, qtbot):
    w, scene = open_scene("adaline")
    notes = w.items[w.index].notes
    scene.player.stop()
    scene.player.set_epoch(15)
    numbers = label_text(scene, "adalineNumbers")
    assert "2.58" in notes and "cost_ = 2.58" in numbers
    assert "2.53" in notes and "SSE = 2.53" in numbers
    w.go_to_id("learning-rate")
    lr = w.current_scene()
    qtbot.waitUntil(lr.has_content, timeout=3000)
    notes = w.items[w.index].notes
    for quoted, name in (("1.70 to 28.89", "largeRateSummary"), ("50.00 to 40.25", "smallRateSummary")):
        assert quoted in notes and quoted.replace(" to ", " → ") in label_text(lr, name)
    finish_job(qtbot, lr, lr.x10.click)
    assert "0.001 already diverges" in notes and "diverges" in label_text(lr, "smallRateSummary")
    w.go_to_id("perceptron-non-separable")
    pns = w.current_scene()
    qtbot.waitUntil(pns.has_content, timeout=3000)
    notes = w.items[w.index].notes
    assert "never reaches 0" in notes and 0 not in pns.run["errors"]
    assert "about half" in notes
    pns.player.stop()
    pns.player.set_epoch(50)
    assert 40 <= stated_misclassified(pns) <= 60
