"""The lecture scene "gradient flow through depth": its curves are depth_grid's norms, its
verdicts follow them, and it fits the three screens of the layout rules."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_nn.training.gradient_flow import GRID_INITS, NORM_FLOOR, depth_grid
from tests.ui.lecture_helpers import label_text
from tests.ui.lecture_layout import layout_problems


def test_curves_and_verdicts_follow_the_chosen_initialiser(open_scene, qtbot):
    w, scene = open_scene("gradient-flow")
    assert scene.init == "zeros"                                    # the scene file's setting
    grid = depth_grid("circles", epochs=20)                           # independently
    mean = grid.mean()
    for j, init in enumerate(GRID_INITS):
        scene.init_combo.setCurrentIndex(j)
        for i, g in enumerate(("sigmoid", "tanh", "relu")):
            curve = scene.curves[g]             # xData/yData: as given (getData: log10 of y)
            np.testing.assert_allclose(curve.yData, np.maximum(mean[i, j], NORM_FLOOR), rtol=1e-12)
            assert list(curve.xData) == [1, 2, 3, 4, 5]
    scene.init_combo.setCurrentIndex(GRID_INITS.index("zeros"))
    assert "vanishes" in label_text(scene, "verdict_sigmoid")
    assert "no gradient at all" in label_text(scene, "verdict_tanh")
    scene.init_combo.setCurrentIndex(GRID_INITS.index("xavier"))
    assert "reaches every layer" in label_text(scene, "verdict_tanh")
    assert "vanishes" in label_text(scene, "verdict_sigmoid")       # sigmoid's g' ≤ 1/4 per layer


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800), (1920, 1080)])
def test_fits_the_screen(open_scene, qtbot, size):
    w, scene = open_scene("gradient-flow", size)
    qtbot.wait(20)
    assert layout_problems(w) == []
