"""The settings panel and the editor's heatmaps take the activations from the engine's one
declaration: one registered at run time is listed, and its heatmap is scaled by its own range."""

from __future__ import annotations

import numpy as np

from desktop_nn.engine import activations as act
from desktop_nn.training.config import HOVER_RESOLUTION
from desktop_nn.ui.workbench.architecture_editor import ArchitectureEditor
from desktop_nn.ui.workbench.hyperparameters import HyperparametersPanel


def test_the_panel_lists_the_engines_activations_with_their_labels(qtbot):
    act.register_activation(act.Activation(
        "softplus", lambda Z: np.logaddexp(0.0, Z), act.sigmoid, "log(1 + e^z)", "1 / (1 + e^-z)",
        label="softplus"))
    try:
        panel = HyperparametersPanel()
        qtbot.addWidget(panel)
        combo = panel.activationCombo
        names = [combo.itemData(i) for i in range(combo.count())]
        assert names == list(act.offered_activation_names())
        assert names[-1] == "softplus" and "step" not in names and "softmax" not in names
        assert combo.itemText(combo.findData("leaky_relu")) == "leaky ReLU"
        combo.setCurrentIndex(combo.findData("softplus"))
        assert panel.values()["hidden_activation"] == "softplus"
    finally:
        act.unregister_activation("softplus")


def test_heatmaps_use_the_activations_range(qtbot):
    n = HOVER_RESOLUTION * HOVER_RESOLUTION
    half = np.full((1, n), 0.5)
    # sigmoid's range is (0, 1): 0.5 is the middle, drawn as 0
    np.testing.assert_allclose(ArchitectureEditor._heat_levels(half, "sigmoid"), 0.0)
    # tanh's range is (-1, 1): 0.5 stays 0.5
    np.testing.assert_allclose(ArchitectureEditor._heat_levels(half, "tanh"), 0.5)
    # ReLU is unbounded: scaled by the neuron's largest |a|
    ramp = np.linspace(0, 4, n)[None, :]
    levels = ArchitectureEditor._heat_levels(ramp, "relu")
    assert levels.max() == 1.0 and levels.min() == 0.0
