"""The gradient-flow strip shows the norms of the engine's gradients: each point equals
‖dW[l]‖ (‖dA[l]‖) of Network.backward on the parameters and batch of that update, computed
independently (1e-12); the main window places the strip and the grid window's action."""

from __future__ import annotations

import dataclasses

import numpy as np

from desktop_nn.document import Document
from desktop_nn.engine.network import Network, to_columns
from desktop_nn.training.config import RunConfig
from desktop_nn.training.gradient_flow import NORM_FLOOR
from desktop_nn.training.session import TrainingSession
from desktop_nn.ui.workbench.gradient_strip import GradientStrip


def _frames(config, steps):
    sent = []
    session = TrainingSession(sent.append)
    session.handle(("configure", 1, config))
    for _ in range(steps):
        session.handle(("step",))
    return [dataclasses.replace(m[1], config=config) for m in sent if m[0] == "frame"]


def test_strip_values_equal_network_backward_norms(qtbot):
    config = RunConfig(dataset="moons", model="network", hidden=(5, 4, 3), hidden_activation="tanh",
                       init="xavier", learning_rate=0.3, max_epochs=0, l2=0.01)
    frames = _frames(config, 6)
    document = Document(config)
    strip = GradientStrip(document)
    qtbot.addWidget(strip)
    for f in frames:
        document.take_frame(f)
    strip.refresh()
    data = frames[0].data
    X, Y = to_columns(np.asarray(data.X_train), np.asarray(data.y_train), "sigmoid", None)
    dims = [2, 5, 4, 3, 1]
    want_dW, want_dA = [], []
    for before in frames[:-1]:           # frame k's norms: the update from frame k-1's parameters
        net = Network(dims, hidden_activation="tanh", output="sigmoid", l2=0.01)
        net.params = {k: np.array(v) for k, v in before.params.items()}
        AL, caches = net.forward(X)
        g = net.backward(AL, Y, caches)
        want_dW.append([np.sqrt(np.sum(np.asarray(g[f"dW{l}"]) ** 2)) for l in range(1, 5)])
        want_dA.append([np.sqrt(np.sum(np.asarray(g[f"dA{l}"]) ** 2) / X.shape[1]) for l in range(1, 4)])
    want_dW, want_dA = np.array(want_dW).T, np.array(want_dA).T
    assert strip.curve_names() == ["dW1", "dW2", "dW3", "dW4"]
    np.testing.assert_allclose(np.array(strip.curve_values()), want_dW, rtol=1e-12, atol=0)
    for curve, want in zip(strip.curves, want_dW):           # what the plot holds
        np.testing.assert_allclose(curve.yData, want, rtol=1e-12, atol=0)
        np.testing.assert_array_equal(curve.xData, [1, 2, 3, 4, 5, 6])
    assert strip.legend_names() == ["W[1]", "W[2]", "W[3]", "W[4]"]
    assert all(f"━━</span>&nbsp;W[{l}]" in strip.legendLabel.text() for l in range(1, 5))
    strip.activationsBox.setChecked(True)
    assert strip.curve_names() == ["dA1", "dA2", "dA3"]
    np.testing.assert_allclose(np.array(strip.curve_values()), want_dA, rtol=1e-12, atol=0)
    assert strip.legend_names() == ["A[1]", "A[2]", "A[3]"]
    assert "&nbsp;A[3]" in strip.legendLabel.text() and "W[1]" not in strip.legendLabel.text()


def test_zero_gradients_sit_on_the_floor_and_a_new_run_starts_empty(qtbot):
    config = RunConfig(dataset="moons", model="network", hidden=(3,), hidden_activation="tanh",
                       init="zeros", max_epochs=0)
    frames = _frames(config, 2)
    document = Document(config)
    strip = GradientStrip(document)
    qtbot.addWidget(strip)
    for f in frames:
        document.take_frame(f)
    strip.refresh()
    values = strip.curve_values()
    assert values[0][0] == NORM_FLOOR              # tanh from zeros: dW[1] = 0 exactly
    assert not strip.hint.isVisibleTo(strip)
    document.take_frame(dataclasses.replace(frames[0], run_id=frames[0].run_id + 1, gradients=()))
    strip.refresh()
    assert document.run.gradients is None and strip.curve_names() == []
    assert strip.hint.isVisibleTo(strip)


def test_main_window_strip_follows_training_and_the_grid_window_fills(qtbot, window):
    from tests.ui.test_main_window import switch_to_network

    w = window
    column = w.gradientColumn                                     # under the editor or the settings
    assert column.indexOf(w.gradient_strip) == 1
    assert column.widget(0) in (w.editor, w.settingsScroll)
    w.gradientStripAction.setChecked(True)
    assert w.gradient_strip.isVisible()
    switch_to_network(qtbot, w)
    for _ in range(3):
        epoch = w.controller.latest.epoch
        w.stepAction.trigger()
        qtbot.waitUntil(lambda: w.controller.latest.epoch == epoch + 1, timeout=10_000)
    qtbot.waitUntil(lambda: w.gradient_strip.curves and len(w.gradient_strip.curves[0].yData) >= 3,
                    timeout=10_000)
    L = len(w.controller.latest.layer_dims) - 1
    noted = w.controller.latest.gradients                      # read-only where it arrives
    assert noted and not noted[-1].dW.flags.writeable and not noted[-1].dA.flags.writeable
    assert len(w.gradient_strip.curves) == L
    columns = w.document.run.gradients
    np.testing.assert_array_equal(w.gradient_strip.curves[-1].yData,
                                  np.maximum(columns.view(f"dW{L}"), NORM_FLOOR))
    w.gradientStripAction.setChecked(False)
    assert not w.gradient_strip.isVisible()
    # the grid: trained off the GUI thread, in a window of its own
    w.gradientGridAction.trigger()
    grid_window = w._gradient_grid
    qtbot.waitUntil(lambda: grid_window.grid is not None and grid_window.runButton.isEnabled(), timeout=20_000)
    assert grid_window.isVisible()
    assert grid_window.grid.ratio("sigmoid", "zeros") < 1e-6
    x, y = grid_window.lines[0, 2].getData()                 # sigmoid + Xavier: log10 ‖dW[l]‖
    np.testing.assert_allclose(y, np.log10(grid_window.grid.mean()[0, 2]), rtol=1e-12)
    grid_window.close()
