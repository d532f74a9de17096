"""Predict first in the lecture's training scenes: the shape (and, where the scene shows regions,
the boundary sketch) before ▶ Train, the reveal after the run, and the scene still fits the
screen in both states. Expected scores are recomputed here from the run's final grid."""

from __future__ import annotations

import numpy as np
import pytest

from tests.ui.lecture_layout import layout_problems

SIZES = [(1024, 768), (1366, 768), (1920, 1080)]


def mean_iou(painted: np.ndarray, regions: np.ndarray) -> float:
    scores = [np.logical_and(painted == c, regions == c).sum() / np.logical_or(painted == c, regions == c).sum()
              for c in (0, 1)]
    return float(np.mean(scores))


def predict(qtbot, presenter, scene, shape: str):
    """Predict first on, the run back at epoch 0, ▶ Train: the prediction opens, the run waits."""
    step, controls = scene.predict, scene.controls
    step.toggle.click()
    controls.loop.pause()
    controls.restart()
    qtbot.waitUntil(lambda: controls.loop.last is not None and controls.loop.last[0].epoch == 0, timeout=5000)
    controls.play.click()
    assert step.prediction.state == "predicting" and not controls.loop.playing
    step.panel.shapeButtons[shape].click()
    qtbot.wait(50)
    assert layout_problems(presenter, scene) == []
    return step, controls


def train_to_the_reveal(qtbot, presenter, scene, step, controls):
    controls.loop.set_rate(None)
    step.panel.doneButton.click()
    assert controls.loop.playing
    qtbot.waitUntil(lambda: step.prediction.state == "revealed", timeout=60_000)
    qtbot.wait(50)
    assert layout_problems(presenter, scene) == []
    return controls.loop.last[step.run]


@pytest.mark.parametrize("size", SIZES)
def test_the_shallow_network_scene_scores_a_sketch_and_a_shape(qtbot, open_scene, size):
    presenter, scene = open_scene("shallow-network", size)
    step, controls = predict(qtbot, presenter, scene, "diverges")
    sketch = step.prediction.sketch
    x0, x1, y0, y1 = scene.extent
    step.panel.classButtons[1].click()
    sketch.paint(0.5 * (x0 + x1), y0 + 0.1 * (y1 - y0), 10, 1)   # the mouse's own brush: test_predict_first
    step.panel.classButtons[0].click()
    step.panel.fillButton.click()
    painted = sketch.labels.copy()
    last = train_to_the_reveal(qtbot, presenter, scene, step, controls)
    assert last.epoch == int(scene.settings["epochs"]) and not last.diverged
    assert abs(step.outcome.score - mean_iou(painted, (last.grid > 0.5).astype(int))) < 1e-12
    assert last.cost[-1] < 0.1 * last.cost[0]                    # it fell: the guess "diverges" is wrong
    assert (step.outcome.actual_shape, step.outcome.shape_right) == ("falls", False)
    assert f"{round(100 * step.outcome.score)} %" in step.panel.result.text()
    step.panel.closeButton.click()
    assert not step.panel.isVisible() and controls.play.isVisible()


def test_why_nonlinear_predicts_the_tanh_network(qtbot, open_scene):
    presenter, scene = open_scene("why-nonlinear", (1024, 768))
    step, controls = predict(qtbot, presenter, scene, "falls")
    assert step.prediction.plot_widget is scene.plots[1].plot       # the sketch goes on the tanh plot
    step.panel.classButtons[0].click()
    step.panel.fillButton.click()                                   # "all class 0": a poor sketch
    last = train_to_the_reveal(qtbot, presenter, scene, step, controls)
    regions = (last.grid > 0.5).astype(int)
    assert abs(step.outcome.score - mean_iou(np.zeros_like(regions), regions)) < 1e-12
    assert step.outcome.score < 0.5
    assert step.outcome.actual_shape == "falls" and step.outcome.shape_right


def test_initialization_predicts_a_shape_only(qtbot, open_scene):
    presenter, scene = open_scene("initialization", (1024, 768))
    step, controls = predict(qtbot, presenter, scene, "oscillates")
    assert not step.panel.classRow.isVisible() and step.prediction.sketch is None
    last = train_to_the_reveal(qtbot, presenter, scene, step, controls)
    assert step.outcome.score is None and last.epoch == int(scene.settings["epochs"])
    assert step.outcome.predicted_shape == "oscillates"
    # zeros with tanh: every hidden unit outputs tanh(0) = 0 and no weight gets a gradient, so J
    # stays at ln 2 on the balanced circles, a flat curve: it crawls, and "oscillates" is wrong
    np.testing.assert_allclose(last.cost, np.log(2), atol=1e-9)
    assert (step.outcome.actual_shape, step.outcome.shape_right) == ("crawls", False)


def test_with_predict_first_on_a_scene_coming_on_screen_waits_for_the_prediction(qtbot, open_scene):
    presenter, scene = open_scene("shallow-network", (1366, 768))
    scene.predict.toggle.setChecked(True)
    scene.controls.loop.pause()
    scene.deactivate()
    scene.controls.loop.trainers = []                              # as if first shown
    scene.activate()
    qtbot.wait(100)
    assert not scene.controls.loop.playing
