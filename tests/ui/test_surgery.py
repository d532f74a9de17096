"""Surgery while paused (ui/workbench/surgery.py): a neuron added in the editor after training keeps
every trained weight exactly, and training goes on from them with the epoch count going on."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_nn.engine.network import Network

TIMEOUT_MS = 10_000


def latest(w):
    return w.controller.latest


def network_window(qtbot, w):
    before = latest(w).run_id
    w.document.update(model="network", hidden=(3,), hidden_activation="tanh", init="xavier", seed=4,
                      learning_rate=0.3, max_epochs=0)
    qtbot.waitUntil(lambda: latest(w).model == "network" and latest(w).run_id > before
                    and latest(w).layer_dims == (2, 3, 1), timeout=TIMEOUT_MS)


def train_and_pause(qtbot, w, epochs):
    w.toggle_play()
    qtbot.waitUntil(lambda: latest(w).epoch >= epochs, timeout=TIMEOUT_MS)
    w.toggle_play()
    qtbot.waitUntil(lambda: not w.controller.running and not latest(w).running, timeout=TIMEOUT_MS)


def click_plus(qtbot, editor, layer):
    item = editor.neuron_buttons[(layer, "+")]
    pos = editor.view.mapFromScene(item.sceneBoundingRect().center())
    QTest.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def test_a_neuron_added_while_paused_keeps_the_trained_weights_and_training_goes_on(qtbot, window):
    w = window
    network_window(qtbot, w)
    train_and_pause(qtbot, w, 30)
    paused = latest(w)
    trained = {k: np.array(v) for k, v in paused.params.items()}
    epoch = paused.epoch
    assert epoch >= 30 and not np.array_equal(trained["W1"], Network([2, 3, 1], init="xavier", seed=4).params["W1"])

    click_plus(qtbot, w.editor, 1)
    qtbot.waitUntil(lambda: latest(w).layer_dims == (2, 4, 1), timeout=TIMEOUT_MS)
    after = latest(w)
    # every trained number is where it was; the new ones are the initialiser's with the run's seed
    start = Network([2, 4, 1], hidden_activation="tanh", init="xavier", seed=4).params
    assert np.array_equal(after.params["W1"][:3], trained["W1"])
    assert np.array_equal(after.params["b1"][:3], trained["b1"])
    assert np.array_equal(after.params["W2"][:, :3], trained["W2"])
    assert np.array_equal(after.params["b2"], trained["b2"])
    assert np.array_equal(after.params["W1"][3], start["W1"][3])
    assert np.array_equal(after.params["W2"][:, 3], start["W2"][:, 3])
    assert after.params["b1"][3, 0] == 0.0
    # the document holds the same weights (what is saved and what the step-through traces)
    assert np.array_equal(w.document.run.weights["W1"], after.params["W1"])
    # the epoch count goes on, and so does the cost curve
    assert after.epoch == epoch
    assert w.document.run.epoch == epoch and w.document.run.history.epochs == epoch
    assert "Surgery at epoch" in w.messageBar.text()
    # the cost and accuracy plots mark the surgery's epoch
    assert sorted(line.value() for _, line in w.surgery.markers) == [epoch, epoch]
    assert all(line in item.items for item, line in w.surgery.markers)

    # training goes on from these weights: one step later the weights moved from them, by one
    # gradient step of the grafted network (independently: the engine's own Network)
    w.stepAction.trigger()
    qtbot.waitUntil(lambda: latest(w).epoch == epoch + 1, timeout=TIMEOUT_MS)
    data = latest(w).data
    net = Network([2, 4, 1], hidden_activation="tanh", output="sigmoid", init="xavier", seed=4)
    net.params = {k: np.array(v) for k, v in after.params.items()}
    X, Y = data.X_train.T, data.y_train.reshape(1, -1).astype(float)
    AL, caches = net.forward(X)
    grads = net.backward(AL, Y, caches)
    expected = after.params["W1"] - 0.3 * grads["dW1"]
    assert np.allclose(latest(w).params["W1"], expected, atol=1e-12)
    assert len(w.surgery.markers) == 2
    # Reset: a new run from the new architecture's own initial weights; the marks go
    markers = list(w.surgery.markers)
    w.resetAction.trigger()
    qtbot.waitUntil(lambda: latest(w).epoch == 0, timeout=TIMEOUT_MS)
    assert np.array_equal(latest(w).params["W1"], start["W1"])
    assert not w.surgery.markers and all(line not in item.items for item, line in markers)


def test_undo_of_the_added_neuron_gives_back_every_trained_number(qtbot, window):
    w = window
    network_window(qtbot, w)
    train_and_pause(qtbot, w, 20)
    trained = {k: np.array(v) for k, v in latest(w).params.items()}
    w.editor.add_neuron(1)
    qtbot.waitUntil(lambda: latest(w).layer_dims == (2, 4, 1), timeout=TIMEOUT_MS)
    w.undoAction.trigger()
    qtbot.waitUntil(lambda: latest(w).layer_dims == (2, 3, 1), timeout=TIMEOUT_MS)
    assert all(np.array_equal(latest(w).params[k], trained[k]) for k in trained)


def test_a_run_not_yet_trained_starts_afresh_as_before(qtbot, window):
    w = window
    network_window(qtbot, w)
    w.editor.add_neuron(1)
    qtbot.waitUntil(lambda: latest(w).layer_dims == (2, 4, 1), timeout=TIMEOUT_MS)
    start = Network([2, 4, 1], hidden_activation="tanh", init="xavier", seed=4).params
    assert np.array_equal(latest(w).params["W1"], start["W1"])
    assert w.surgery.last is None
