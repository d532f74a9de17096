"""training.gradient_flow: the depth grid (activation × initialiser) and the norms a live run's
frames carry; document.gradient_curves keeps them on the history's budget."""

import numpy as np

from desktop_nn.document import Document
from desktop_nn.engine.network import Network
from desktop_nn.training.config import RunConfig
from desktop_nn.training.gradient_flow import depth_grid, gradients_due, grid_data
from desktop_nn.training.session import TrainingSession


def test_sigmoid_with_zero_weights_vanishes_in_the_first_layer():
    grid = depth_grid("circles", epochs=10)
    assert grid.norms.shape == (3, 4, 10, 5)
    mean = grid.mean()
    # sigmoid + zeros: the output layer learns, the first layer gets (almost) nothing
    assert grid.ratio("sigmoid", "zeros") < 1e-12
    assert mean[0, 0, -1] > 1e-3
    # tanh + Xavier keeps the layers' gradients of one size
    assert 0.2 < grid.ratio("tanh", "xavier") < 5
    assert 0.1 < grid.ratio("relu", "he") < 10
    # sigmoid decays through depth whatever the start: each layer below gets less
    for j in range(4):
        assert np.all(np.diff(mean[0, j]) > 0)


def test_grid_cell_equals_an_independent_network_backward():
    """Cell (sigmoid, xavier), epoch 1: ‖dW[l]‖ of Network.backward at the initial weights."""
    grid = depth_grid("moons", epochs=2, activations=("sigmoid",), inits=("xavier",))
    X, Y = grid_data("moons")
    net = Network(list(grid.layer_dims), hidden_activation="sigmoid", output="sigmoid",
                  init="xavier", seed=0)
    AL, caches = net.forward(X)
    g = net.backward(AL, Y, caches)
    want = [np.sqrt(np.sum(np.asarray(g[f"dW{l}"]) ** 2)) for l in range(1, 6)]
    np.testing.assert_allclose(grid.norms[0, 0, 0], want, rtol=1e-12)


def test_grid_reports_progress_and_can_be_stopped():
    seen = []

    class Stop(Exception):
        pass

    def check():
        if len(seen) >= 2:
            raise Stop

    try:
        depth_grid(epochs=3, check=check, progress=lambda done, grid: seen.append(done))
    except Stop:
        pass
    assert seen == [1, 2]


def test_frames_carry_gradient_norms_into_the_document():
    sent = []
    session = TrainingSession(sent.append)
    config = RunConfig(dataset="circles", model="network", hidden=(4, 3), max_epochs=0)
    session.handle(("configure", 1, config))
    frames = [m[1] for m in sent if m[0] == "frame"]
    assert frames[-1].gradients == ()                       # epoch 0: no update yet
    for _ in range(3):
        session.handle(("step",))
    frames = [m[1] for m in sent if m[0] == "frame"]
    assert [[g.epoch for g in f.gradients] for f in frames[-3:]] == [[1], [2], [3]]
    assert frames[-1].gradients[0].dW.shape == (3,) and frames[-1].gradients[0].dA.shape == (2,)
    doc = Document(config)
    for f in frames:
        doc.take_frame(_with_config(f, config))
    g = doc.run.gradients
    assert g is not None and list(g.view("epoch")) == [1, 2, 3]
    np.testing.assert_array_equal(g.view("dW1")[-1], frames[-1].gradients[0].dW[0])
    np.testing.assert_array_equal(g.view("dA2")[-1], frames[-1].gradients[0].dA[1])


def test_a_running_session_keeps_every_due_epoch_once():
    sent = []
    session = TrainingSession(sent.append)
    config = RunConfig(dataset="circles", model="network", hidden=(3,), max_epochs=1500)
    session.handle(("configure", 1, config))
    session.handle(("start",))
    while session.running:
        session.train_slice()
        session.handle(("drawn", 0.0))
    frames = [m[1] for m in sent if m[0] == "frame"]
    epochs = [g.epoch for f in frames for g in f.gradients]
    assert epochs == [e for e in range(1, 1501) if gradients_due(e)]
    assert epochs[:512] == list(range(1, 513)) and 1024 in epochs and 1026 not in epochs
    doc = Document(config)
    for f in frames:
        doc.take_frame(_with_config(f, config))
    assert list(doc.run.gradients.view("epoch")) == epochs


def _with_config(frame, config):
    import dataclasses
    return dataclasses.replace(frame, config=config)
