"""The loss-surface window in the real main window: computed off the GUI thread, drawn from the
engine's numbers, two weights picked by clicking links, a point clicked, a race, training from it."""

from __future__ import annotations

import threading

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from desktop_nn.engine.network import Network, to_columns
from desktop_nn.ui.surface import surface_window
from tests.ui.test_main_window import SNAPSHOT_TIMEOUT_MS

JOB_TIMEOUT_MS = 20_000
EPOCHS = 80


def _xor_network_trained(qtbot, w, max_epochs=EPOCHS):
    w.document.update(w, dataset="xor", model="network", hidden=(4,), hidden_activation="tanh", init="xavier",
                      learning_rate=0.5, max_epochs=max_epochs, test_ratio=0.0)
    c = w.controller
    qtbot.waitUntil(lambda: c.latest.model == "network" and c.latest.config.dataset == "xor"
                    and c.latest.layer_dims == (2, 4, 1) and c.latest.epoch == 0, timeout=SNAPSHOT_TIMEOUT_MS)
    w.playAction.trigger()
    qtbot.waitUntil(lambda: c.latest.epoch == max_epochs and not c.latest.running, timeout=SNAPSHOT_TIMEOUT_MS)
    return c.latest


def _cost(snapshot, params):
    """J of the network at ``params`` on the run's training data, from the engine's Network."""
    net = Network([2, 4, 1], "tanh", "sigmoid", init="xavier")
    net.params = params
    X, Y = to_columns(np.asarray(snapshot.data.X_train), np.asarray(snapshot.data.y_train), "sigmoid", None)
    return net.cost(net.forward(X)[0], Y)


def _click_plot(qtbot, surface, alpha, beta):
    plot = surface.plot
    scene_pos = plot.plot.vb.mapViewToScene(QPointF(alpha, beta))
    pos = plot.plot_widget.mapFromScene(scene_pos)
    QTest.mouseClick(plot.plot_widget.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def test_the_path_surface_is_computed_off_the_gui_thread_and_drawn(qtbot, window, monkeypatch):
    snapshot = _xor_network_trained(qtbot, window)
    threads = []
    real = surface_window.compute_surface

    def recording(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(surface_window, "compute_surface", recording)
    window.lossSurfaceAction.trigger()
    surface = window.lossSurfaceWindow
    # show_run submitted the job and returned: nothing is drawn yet, the runner is busy
    assert surface.result is None and surface.jobs.busy()
    qtbot.waitUntil(lambda: surface.result is not None, timeout=JOB_TIMEOUT_MS)
    assert threads and threads[0] != threading.get_ident(), "the surface was computed in the GUI thread"
    r = surface.result
    # the centre is the live network's cost, computed here from the engine
    assert abs(r.centre_cost - _cost(snapshot, dict(snapshot.params))) < 1e-12
    # the initial weights: the first point of the path, exactly on the plane
    initial = Network([2, 4, 1], "tanh", "sigmoid", init="xavier", seed=snapshot.config.seed).params
    theta0 = np.concatenate([np.hstack([initial[f"W{l}"], initial[f"b{l}"]]).ravel() for l in (1, 2)])
    assert np.linalg.norm(r.plane.point(*r.path[0]) - theta0) < 1e-12
    # what is drawn: J as the image, the contours inside the grid, the path and its two ends
    plot = surface.plot
    image = plot.image.image
    assert image.shape == r.J.shape
    np.testing.assert_allclose(image, np.clip(r.J, r.J.min(), np.quantile(r.J, 0.97)))
    xs, ys = plot.contours.getData()
    finite = np.isfinite(xs)
    assert finite.sum() > 50
    assert r.alphas[0] <= xs[finite].min() and xs[finite].max() <= r.alphas[-1]
    assert r.betas[0] <= ys[finite].min() and ys[finite].max() <= r.betas[-1]
    px, py = plot.path.getData()
    np.testing.assert_array_equal(np.column_stack([px, py]), r.path)
    assert plot.start.data["x"][0] == r.path[0, 0] and plot.start.data["y"][0] == r.path[0, 1]
    assert (plot.now.data["x"][0], plot.now.data["y"][0]) == (0.0, 0.0)
    # Reset starts another run: the window says the plane drawn is no longer its
    window.resetAction.trigger()
    qtbot.waitUntil(lambda: "changed" in surface.statusLabel.text(), timeout=SNAPSHOT_TIMEOUT_MS)
    surface.close()


def test_two_picked_links_a_clicked_point_a_race_and_training_from_it(qtbot, window, monkeypatch):
    snapshot = _xor_network_trained(qtbot, window)
    window.lossSurfaceAction.trigger()
    surface = window.lossSurfaceWindow
    qtbot.waitUntil(lambda: surface.result is not None, timeout=JOB_TIMEOUT_MS)
    # pick W[1] 2,1 and W[2] 1,3 by clicking their links
    picker = surface.picker
    for key in ((1, 1, 0), (2, 0, 2)):
        link = picker.links[key]
        pos = picker.mapFromScene(link.mapToScene(link.path().pointAtPercent(0.5)))
        QTest.mouseClick(picker.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    assert picker.picks == [(1, 1, 0), (2, 0, 2)]
    assert surface.weightsRadio.isChecked()
    surface.drawButton.click()
    qtbot.waitUntil(lambda: surface.result is not None and surface.result.plane.kind == "weights",
                    timeout=JOB_TIMEOUT_MS)
    r = surface.result
    # a grid point of the surface is the cost with those two weights changed by hand
    changed = {k: np.array(v) for k, v in snapshot.params.items()}
    changed["W1"][1, 0] += r.alphas[30]
    changed["W2"][0, 2] += r.betas[8]
    assert abs(r.J[8, 30] - _cost(snapshot, changed)) < 1e-12

    # click a point of the surface
    target = (r.alphas[10], r.betas[32])
    _click_plot(qtbot, surface, *target)
    assert surface.chosen is not None
    step = (r.alphas[1] - r.alphas[0], r.betas[1] - r.betas[0])
    assert abs(surface.chosen[0] - target[0]) < step[0] and abs(surface.chosen[1] - target[1]) < step[1]
    assert surface.trainButton.isEnabled()

    # race from it: three paths, one start, drawn as computed
    surface.stepsSpin.setValue(15)
    surface.raceButton.click()
    qtbot.waitUntil(lambda: surface.race is not None, timeout=JOB_TIMEOUT_MS)
    for name, path in surface.race.items():
        np.testing.assert_array_equal(path.coords[0], surface.chosen)
        x, y = surface.plot.racers[name].getData()
        np.testing.assert_array_equal(np.column_stack([x, y]), path.coords)
        assert len(path.coords) == 16
    assert len({tuple(p.coords[-1]) for p in surface.race.values()}) == 3

    # train from it: the main window's run gets the weights of the chosen point
    sent = []
    real = window.controller.set_params
    monkeypatch.setattr(window.controller, "set_params", lambda params: (sent.append(params), real(params)))
    window.document.update(window, max_epochs=EPOCHS + 40)
    qtbot.waitUntil(lambda: window.controller.config.max_epochs == EPOCHS + 40, timeout=SNAPSHOT_TIMEOUT_MS)
    surface.trainButton.click()
    expected = {k: np.array(v) for k, v in snapshot.params.items()}
    expected["W1"][1, 0] += surface.chosen[0]
    expected["W2"][0, 2] += surface.chosen[1]
    assert len(sent) == 1
    for key in expected:
        np.testing.assert_allclose(sent[0][key], expected[key], rtol=0, atol=1e-15)
    qtbot.waitUntil(lambda: window.controller.latest.epoch > EPOCHS and len(surface._live) > 1,
                    timeout=SNAPSHOT_TIMEOUT_MS)
    live = surface.plot.live.getData()
    assert live[0][0] == surface.chosen[0] and live[1][0] == surface.chosen[1]
    surface.close()


def test_a_single_neuron_gets_a_sentence_not_a_surface(qtbot, window):
    window.lossSurfaceAction.trigger()           # the start-up perceptron
    surface = window.lossSurfaceWindow
    surface.drawButton.click()
    assert "neural network" in surface.statusLabel.text()
    assert surface.result is None and not surface.jobs.busy()
    surface.close()
