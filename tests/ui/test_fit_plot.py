"""Regression in the REAL main window (issue 18, item 1): the fit plot, its parts, its readout, the
settings panel, the step-through and a project's save and open — each against NumPy by hand."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from desktop_nn.app import create_main_window
from desktop_nn.training.config import RunConfig
from desktop_nn.ui.kit import palette
from desktop_nn.ui.kit.numbers import fmt
from tests.ui.fakes import FakeDialogs

TIMEOUT = 15_000
SINE = RunConfig(dataset="sine", noise=0.2, n_samples=80, model="network", features=("x1",), hidden=(6,),
                 hidden_activation="tanh", output="linear", optimizer="adam", learning_rate=0.02, seed=3,
                 max_epochs=0, init="xavier")


@pytest.fixture
def make(qtbot, tmp_path):
    made = []

    def factory(config):
        dialogs = FakeDialogs(save_answer="discard")
        w = create_main_window(config, dialogs=dialogs, autosave_dir=tmp_path / "autosave",
                               project_settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        w.dialogs = dialogs
        w.show()
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: w.controller.latest is not None and w.controller.latest.config == w.document.settings,
                        timeout=TIMEOUT)
        made.append(w)
        return w

    yield factory
    for w in made:
        w.close()
        assert w.controller.thread.isFinished()


def step(qtbot, w, epochs: int):
    for _ in range(epochs):
        before = w.controller.latest.epoch
        w.stepAction.trigger() if hasattr(w, "stepAction") else w.findChild(object, "stepButton").click()
        qtbot.waitUntil(lambda: w.controller.latest.epoch == before + 1, timeout=TIMEOUT)
    return w.controller.latest


def by_hand(params, F, g=np.tanh):
    """A[1] = g(W1 F^T + b1) and ŷ = W2 A[1] + b2, by hand."""
    A1 = g(params["W1"] @ F.T + params["b1"])
    return A1, (params["W2"] @ A1 + params["b2"])[0]


def test_the_hidden_parts_sum_to_the_plotted_fit_and_the_readout_is_rmse_and_r2(make, qtbot):
    w = make(SINE)
    snap = step(qtbot, w, 5)
    plot = w.decision_plot
    fit = plot.fit
    assert fit.active and fit.isVisible() and fit.parts_widget.isVisible()
    assert not plot.confusionMatrix.isVisible()
    data = snap.data
    xs, curve = fit.curve.getData()
    np.testing.assert_array_equal(xs, np.linspace(data.extent[0], data.extent[1], len(xs)))
    A1, y_line = by_hand(snap.params, xs.reshape(-1, 1))
    np.testing.assert_allclose(curve, y_line, rtol=0, atol=1e-12)          # the curve is the network's ŷ
    # the plotted parts: one curve per hidden unit, each W2_j · a[1]_j, and b[2] dashed
    assert len(fit.unit_curves) == 6
    parts = np.array([item.getData()[1] for item in fit.unit_curves])
    for item in fit.unit_curves:
        np.testing.assert_array_equal(item.getData()[0], xs)
    np.testing.assert_allclose(parts, snap.params["W2"][0][:, None] * A1, rtol=0, atol=1e-12)
    bias = fit.bias_line.getData()[1]
    assert bias[0] == bias[1] == snap.params["b2"][0, 0]
    np.testing.assert_allclose(parts.sum(axis=0) + bias[0], curve, rtol=0, atol=1e-12)
    # residuals: one vertical segment per point, from y to ŷ
    rx, ry = fit.residuals.getData()
    _, y_hat = by_hand(snap.params, data.X_train)
    np.testing.assert_array_equal(rx, np.repeat(data.X_raw_train[:, 0], 2))
    np.testing.assert_array_equal(ry[0::2], data.y_train)
    np.testing.assert_allclose(ry[1::2], y_hat, rtol=0, atol=1e-12)
    # the readout: RMSE and R² of an independent computation
    rmse = np.sqrt(np.mean((y_hat - data.y_train) ** 2))
    r2 = 1 - np.sum((data.y_train - y_hat) ** 2) / np.sum((data.y_train - data.y_train.mean()) ** 2)
    assert plot.accuracyLabel.text() == fmt(rmse, 4) and plot.accuracyCaption.text() == "training RMSE"
    assert fit.r2Label.text() == "R² = " + fmt(r2, 4)
    assert w.cost_plot.accuracy_item.getAxis("left").labelText == "R²"


def test_deeper_networks_say_why_no_parts_and_a_plane_is_a_heat_map(make, qtbot):
    w = make(SINE.replace(hidden=(4, 3)))
    step(qtbot, w, 1)
    fit = w.decision_plot.fit
    assert fit.isVisible() and not fit.parts_widget.isVisible()
    assert "This network has 2" in fit.title.text() and not fit.unit_curves
    w.document.update(hidden=())                       # Adaline's model: no parts, said so
    qtbot.waitUntil(lambda: w.controller.latest.layer_dims == (1, 1), timeout=TIMEOUT)
    step(qtbot, w, 1)
    assert "No hidden layer" in fit.title.text() and not fit.parts_widget.isVisible()

    w.document.update(dataset="bumps", features=("x1", "x2"), hidden=(5,), test_ratio=0.25)
    qtbot.waitUntil(lambda: w.controller.latest.config.dataset == "bumps", timeout=TIMEOUT)
    snap = step(qtbot, w, 2)
    assert not fit.isVisible()
    data = snap.data
    _, grid = by_hand(snap.params, data.grid_inputs)
    y = np.concatenate([data.y_train, data.y_test])
    lo, hi = y.min(), y.max()
    expected = palette.diverging_image(((grid - (lo + hi) / 2) / ((hi - lo) / 2)).reshape(120, 120))
    np.testing.assert_array_equal(w.decision_plot.last_image, expected)
    _, t_hat = by_hand(snap.params, data.X_test)
    assert w.decision_plot.accuracyCaption.text() == "test RMSE"
    assert w.decision_plot.accuracyLabel.text() == fmt(np.sqrt(np.mean((t_hat - data.y_test) ** 2)), 4)

    w.document.update(dataset="moons")                # back to classes: the regions and the matrix
    qtbot.waitUntil(lambda: w.controller.latest.config.dataset == "moons", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: w.decision_plot.confusionMatrix.isVisible(), timeout=TIMEOUT)
    assert not w.decision_plot.fit.active and w.document.settings.output == "sigmoid"


def test_the_settings_panel_offers_the_fits_and_only_features_of_x(make, qtbot):
    w = make(SINE)
    panel = w.hyperparameters
    assert panel.datasetCombo.findData("sine") >= 0 and panel.datasetCombo.findData("bumps") >= 0
    assert not panel.featureChecks["x2"].isEnabled() and panel.featureChecks["sin(x1)"].isEnabled()
    panel.datasetCombo.setCurrentIndex(panel.datasetCombo.findData("plane"))
    qtbot.waitUntil(lambda: w.document.settings.dataset == "plane", timeout=TIMEOUT)
    assert panel.featureChecks["x2"].isEnabled()


def test_the_step_through_traces_the_regression_network(make, qtbot):
    w = make(SINE)
    snap = step(qtbot, w, 2)
    w.stepThroughAction.trigger()
    qtbot.waitUntil(lambda: w.stepper.trace() is not None, timeout=TIMEOUT)
    trace = w.stepper.trace()
    assert trace.layer_dims == (1, 6, 1)
    A1, y_hat = by_hand(snap.params, snap.data.X_train)
    m = len(snap.data.y_train)
    assert abs(trace.cost - np.sum((y_hat - snap.data.y_train) ** 2) / (2 * m)) < 1e-12
    [dZ] = [s for s in trace if s.phase == "backward" and s.key == "dZ" and s.layer == 2]
    np.testing.assert_allclose(dZ.result[1], (y_hat - snap.data.y_train).reshape(1, -1), rtol=0, atol=1e-12)
    assert dZ.shapes                                             # the dimensions row is there
    w.stepperDock.close()


def test_a_regression_project_saves_and_opens_in_the_window(make, qtbot, tmp_path):
    w = make(SINE)
    snap = step(qtbot, w, 3)
    saved = {k: np.array(v) for k, v in snap.params.items()}
    w.dialogs.paths = [str(tmp_path / "fit")]
    assert w.projects.save() is True
    other = make(RunConfig())
    assert other.projects.open_file(tmp_path / "fit.dnn") is True, other.dialogs.errors
    qtbot.waitUntil(lambda: other._loaded_config is None and other.controller.latest.epoch == 3, timeout=TIMEOUT)
    got = other.controller.latest
    assert got.config == SINE and other.document.is_regression
    for key, value in saved.items():
        assert got.params[key].tobytes() == value.tobytes(), key
    np.testing.assert_array_equal(got.data.y_train, snap.data.y_train)
    np.testing.assert_array_equal(other.decision_plot.fit.curve.getData()[1], w.decision_plot.fit.curve.getData()[1])


def test_a_csv_with_a_numeric_target_is_imported_and_fitted(make, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from desktop_nn.ui.projects.csv_import_dialog import CsvImportDialog

    xs = np.linspace(-2, 2, 25)
    path = tmp_path / "fit.csv"
    path.write_text("speed,stopping\n" + "".join(f"{x:.3f},{x * x:.4f}\n" for x in xs), encoding="utf-8")
    w = make(SINE.replace(dataset="moons", output="sigmoid", features=("x1", "x2")))
    dialog = CsvImportDialog(chooser=lambda: None)
    qtbot.addWidget(dialog)
    dialog.dataImported.connect(w.use_imported_data)
    dialog.open()
    try:
        dialog.set_path(str(path))
        assert dialog.labelCombo.currentText() == "stopping"
        dialog.columnChooser.numericTargetCheck.setChecked(True)
        qtbot.mouseClick(dialog.loadButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.loading and dialog.useButton.isEnabled(), timeout=TIMEOUT)
        assert "25 rows, 1 features and numbers to fit (0 to 4)" in dialog.summaryLabel.text()
        qtbot.mouseClick(dialog.useButton, Qt.MouseButton.LeftButton)
    finally:
        dialog.reject()
    qtbot.waitUntil(lambda: w.controller.latest.config.dataset == "imported", timeout=TIMEOUT)
    s = w.document.settings
    assert w.document.is_regression and (s.output, s.features) == ("linear", ("x1",))
    snap = step(qtbot, w, 2)
    assert w.decision_plot.fit.active and snap.data.axis_labels == ("speed", "stopping")
    np.testing.assert_array_equal(snap.data.y_train, np.round(xs * xs, 4))


def test_leaving_a_function_of_one_input_gives_the_second_input_back_and_says_so(make, qtbot):
    """After a 1-D fit only x₁ was ticked; data of two inputs (classes, or a plane to fit) must
    train on both again — a second input is never left unused unasked."""
    w = make(SINE)
    for dataset, layer_in in (("moons", 2), ("plane", 2)):
        w.document.update(dataset=dataset)
        assert w.document.settings.features == ("x1", "x2")
        assert "two inputs" in w.messageBar.text() and "one input x" not in w.messageBar.text()
        qtbot.waitUntil(lambda: w.controller.latest.config == w.document.settings, timeout=TIMEOUT)
        assert w.controller.latest.layer_dims[0] == layer_in
        w.document.update(dataset="sine")
        assert w.document.settings.features == ("x1",) and "one input x" in w.messageBar.text()
    # features a user chose on two-input data stay as chosen when the data stays two-input
    w.document.update(dataset="moons")
    w.document.update(features=("x1",))
    w.document.update(dataset="circles")
    assert w.document.settings.features == ("x1",)
