"""engine.gradient_norms: the per-layer gradient norms read from the trainer's buffers equal the
norms of Network.backward's gradients on the same parameters and batch, computed independently."""

import numpy as np
import pytest

from desktop_nn.engine.gradient_norms import gradient_norms, norm_names
from desktop_nn.engine.network import Network
from desktop_nn.engine.trainer import Trainer


def _data(m=40, seed=3):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((2, m))
    Y = (X[0:1] * X[1:2] > 0).astype(float)
    return X, Y


def _independent_norms(params, dims, X, Y, activation, l2=0.0):
    """Network.backward on a fresh network holding ``params``; norms with plain NumPy."""
    net = Network(dims, hidden_activation=activation, output="sigmoid", l2=l2)
    net.params = params
    AL, caches = net.forward(X)
    g = net.backward(AL, Y, caches)
    L = len(dims) - 1
    dW = [np.sqrt(np.sum(np.asarray(g[f"dW{l}"]) ** 2)) for l in range(1, L + 1)]
    dA = [np.sqrt(np.sum(np.asarray(g[f"dA{l}"]) ** 2) / X.shape[1]) for l in range(1, L)]
    return np.array(dW), np.array(dA)


@pytest.mark.parametrize("optimizer,activation,l2", [
    ("gd", "tanh", 0.0), ("gd", "relu", 0.1), ("momentum", "sigmoid", 0.0), ("adam", "tanh", 0.05)])
def test_norms_equal_network_backward_full_batch(optimizer, activation, l2):
    dims = [2, 5, 4, 3, 1]
    X, Y = _data()
    net = Network(dims, hidden_activation=activation, output="sigmoid", init="xavier", seed=1, l2=l2)
    trainer = Trainer(net, X, Y, learning_rate=0.3, optimizer=optimizer)
    assert gradient_norms(trainer) is None                  # no backward pass yet
    trainer.step(7)
    assert gradient_norms(trainer) is None                  # none asked for
    before = {k: np.array(v) for k, v in net.params.items()}   # the next update starts from these
    trainer.note_gradients = True
    trainer.step(2)
    epoch, dW, dA = gradient_norms(trainer)
    assert epoch == 8 and not trainer.note_gradients       # noted once, at epoch 8's update
    want_dW, want_dA = _independent_norms(before, dims, X, Y, activation, l2)
    np.testing.assert_allclose(dW, want_dW, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(dA, want_dA, rtol=1e-12, atol=1e-12)
    assert dW.shape == (4,) and dA.shape == (3,)
    assert np.all(dW > 0) and np.all(dA > 0)


def test_norms_of_the_first_mini_batch_after_the_request():
    """Mini-batches without shuffling: the first batch of the epoch is the first 10 examples."""
    dims = [2, 6, 3, 1]
    X, Y = _data(m=30)
    net = Network(dims, hidden_activation="tanh", output="sigmoid", init="xavier", seed=4)
    trainer = Trainer(net, X, Y, learning_rate=0.5, batch_size=10, shuffle=False)
    trainer.step(2)
    before = {k: np.array(v) for k, v in net.params.items()}
    trainer.note_gradients = True
    trainer.step(1)
    epoch, dW, dA = gradient_norms(trainer)
    assert epoch == 3
    want_dW, want_dA = _independent_norms(before, dims, X[:, :10], Y[:, :10], "tanh")
    np.testing.assert_allclose(dW, want_dW, rtol=1e-12)
    np.testing.assert_allclose(dA, want_dA, rtol=1e-12)


def test_readable_path_gives_the_same_norms():
    dims = [2, 4, 4, 1]
    X, Y = _data()
    results = []
    for fast in (True, False):
        net = Network(dims, hidden_activation="tanh", output="sigmoid", init="xavier", seed=2)
        trainer = Trainer(net, X, Y, learning_rate=0.2, fast=fast)
        trainer.step(4)
        trainer.note_gradients = True
        trainer.step(1)
        results.append(gradient_norms(trainer)[1:])
    for a, b in zip(*results):
        np.testing.assert_allclose(a, b, rtol=1e-10)


def test_reset_forgets_the_gradients_and_names():
    X, Y = _data()
    net = Network([2, 3, 1], hidden_activation="tanh", output="sigmoid", seed=0)
    trainer = Trainer(net, X, Y, learning_rate=0.1)
    trainer.note_gradients = True
    trainer.step(2)
    assert gradient_norms(trainer) is not None
    trainer.reset()
    assert gradient_norms(trainer) is None
    assert norm_names(3) == ("dW1", "dW2", "dW3", "dA1", "dA2")
