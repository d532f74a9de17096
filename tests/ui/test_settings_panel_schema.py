"""The settings panel's ranges are the one schema's: every value a project can hold, the panel can
show (no file trains on values the panel has clamped)."""

from __future__ import annotations

from desktop_nn.training.config import RunConfig
from desktop_nn.ui.workbench.hyperparameters import HyperparametersPanel


def test_every_spin_box_spans_exactly_its_settings_range(qtbot):
    panel = HyperparametersPanel()
    qtbot.addWidget(panel)
    schema = {name: spec for name, (spec, _) in RunConfig.schema().items()}
    spans = {
        "n_samples": (panel.datasetSize.minimum(), panel.datasetSize.maximum()),
        "noise": (panel.noise.minimum(), panel.noise.maximum()),
        "test_ratio": (panel.testRatio.minimum() / 100, panel.testRatio.maximum() / 100),
        "l2": (panel.l2Spin.minimum(), panel.l2Spin.maximum()),
        "seed": (panel.seedSpin.minimum(), panel.seedSpin.maximum()),
        "max_epochs": (panel.epochLimit.minimum(), panel.epochLimit.maximum()),
    }
    for name, (lo, hi) in spans.items():
        assert (lo, hi) == (schema[name].low, schema[name].high), name
