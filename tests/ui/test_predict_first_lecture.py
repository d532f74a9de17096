"""Predict first in the shallow-network lecture scene: the shape and the boundary sketch before
▶ Train, the reveal after the run, and the scene still fits the screen in both states."""

from __future__ import annotations

import numpy as np
import pytest

from tests.ui.lecture_layout import layout_problems


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1920, 1080)])
def test_predict_first_in_a_lecture_scene_reveals_after_the_run_and_fits(qtbot, open_scene, size):
    presenter, scene = open_scene("shallow-network", size)
    step, controls = scene.predict, scene.controls
    step.toggle.click()
    controls.loop.pause()
    controls.restart()
    qtbot.waitUntil(lambda: controls.loop.last is not None and controls.loop.last[0].epoch == 0, timeout=5000)
    controls.play.click()                                   # ▶ Train asks first
    assert step.prediction.state == "predicting" and not controls.loop.playing
    qtbot.wait(50)
    assert layout_problems(presenter, scene) == []
    sketch = step.prediction.sketch
    x0, x1, y0, y1 = scene.extent
    step.panel.classButtons[1].click()
    sketch.paint(0.5 * (x0 + x1), y0 + 0.1 * (y1 - y0), 10, 1)   # the brush's own effect is tested elsewhere
    step.panel.classButtons[0].click()
    step.panel.fillButton.click()
    painted = sketch.labels.copy()
    step.panel.shapeButtons["diverges"].click()
    controls.loop.set_rate(None)
    step.panel.doneButton.click()
    qtbot.waitUntil(lambda: step.prediction.state == "revealed", timeout=60_000)
    last = controls.loop.last[0]
    assert last.epoch == int(scene.settings["epochs"]) and not last.diverged
    regions = (last.grid > 0.5).astype(int)
    scores = [np.logical_and(painted == c, regions == c).sum() / np.logical_or(painted == c, regions == c).sum()
              for c in (0, 1)]
    assert abs(step.outcome.score - float(np.mean(scores))) < 1e-12
    assert (step.outcome.actual_shape, step.outcome.shape_right) == ("falls", False)
    qtbot.wait(50)
    assert layout_problems(presenter, scene) == []
    step.panel.closeButton.click()
    assert not step.panel.isVisible() and controls.play.isVisible()
