"""The settings panel and the editor's heatmaps take the activations from the engine's one
declaration: one registered at run time is listed, and its heatmap is scaled by its own range."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
from PySide6.QtCore import QSettings

from desktop_nn.app import create_main_window
from desktop_nn.engine import activations as act
from desktop_nn.training.config import RunConfig, prepare_data
from desktop_nn.training.runs import build_run
from tests.ui.fakes import FakeDialogs
from desktop_nn.training.config import HOVER_RESOLUTION
from desktop_nn.ui.workbench.architecture_editor import ArchitectureEditor
from desktop_nn.ui.workbench.hyperparameters import HyperparametersPanel

TIMEOUT = 20_000


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


# --- one declaration reaches the whole app ------------------------------------------------------

SOFTPLUS = act.numpy_activation(
    "softplus", "np.logaddexp(0.0, Z)", "0.5 * (1.0 + np.tanh(0.5 * Z))",
    formula="log(1 + e^z)", derivative_formula="1 / (1 + e^-z)", label="softplus", torch_module="nn.Softplus()")


def _run_script(path) -> float:
    done = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return float(done.stdout.strip().splitlines()[-1].split("=")[1])


def test_an_activation_declared_once_reaches_panel_training_exports_heatmaps_and_step_through(qtbot, tmp_path):
    """softplus, added at run time by one numpy_activation declaration: listed in the panel,
    trained by the training process (a process of its own), exported to NumPy and PyTorch, drawn
    in the editor's heatmaps and traced by the step-through."""
    act.register_activation(SOFTPLUS)
    config = RunConfig(dataset="moons", model="network", hidden=(4, 3), learning_rate=0.5, max_epochs=0,
                       seed=3, n_samples=80, init="xavier")
    dialogs = FakeDialogs(save_answer="discard")
    w = create_main_window(config, dialogs=dialogs, autosave_dir=tmp_path / "autosave",
                           project_settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    try:
        w.show()
        qtbot.waitUntil(lambda: w.controller.latest is not None, timeout=TIMEOUT)
        # the panel lists it; choosing it is a setting of the document
        combo = w.hyperparameters.activationCombo
        assert combo.findData("softplus") >= 0
        combo.setCurrentIndex(combo.findData("softplus"))
        assert w.document.settings.hidden_activation == "softplus"
        qtbot.waitUntil(lambda: w.controller.latest.activations == ("softplus", "softplus", "sigmoid"),
                        timeout=TIMEOUT)
        # the training process trains it: three single epochs, equal to the same run in this process
        for epoch in (1, 2, 3):
            w.stepAction.trigger()
            qtbot.waitUntil(lambda e=epoch: w.controller.latest.epoch == e, timeout=TIMEOUT)
        snap = w.controller.latest
        here = build_run(snap.config, prepare_data(snap.config))
        for _ in range(3):
            here.step()
        for name, value in snap.params.items():
            np.testing.assert_allclose(value, here.network.params[name], rtol=0, atol=1e-12, err_msg=name)
        # the editor's heatmaps are softplus of the first layer's Z over the hover grid
        w._draw_now()
        A0, A1 = w.editor.neuron_outputs()[:2]
        np.testing.assert_allclose(A1, np.logaddexp(0.0, snap.params["W1"] @ A0 + snap.params["b1"]),
                                   rtol=1e-12, atol=1e-12)
        # both exports print the activation and reproduce the app's cost
        app_cost = w.cost_plot.train_costs[-1]
        dialogs.paths = [str(tmp_path / "run.py")]
        assert w.projects.export_python(), dialogs.errors
        assert "np.logaddexp(0.0, Z)" in (tmp_path / "run.py").read_text()
        assert _run_script(tmp_path / "run.py") == app_cost              # bit for bit
        dialogs.paths = [str(tmp_path / "run_torch.py")]
        assert w.projects.export_pytorch(), dialogs.errors
        assert "nn.Softplus()" in (tmp_path / "run_torch.py").read_text()
        assert abs(_run_script(tmp_path / "run_torch.py") - app_cost) <= 1e-6
        # the step-through traces it: A[1] = softplus(Z[1]), its formula named
        w.stepThroughAction.trigger()
        qtbot.waitUntil(lambda: w.stepper.trace() is not None, timeout=TIMEOUT)
        trace = w.stepper.trace()
        activation_steps = [s for s in trace if s.formula.startswith("A[1] =")]
        assert activation_steps and "softplus" in activation_steps[0].formula
        Z1 = dict(activation_steps[0].operands)["Z[1]"]
        np.testing.assert_allclose(activation_steps[0].value, np.logaddexp(0.0, Z1), rtol=0, atol=0)
    finally:
        w.close()
        act.unregister_activation("softplus")
