"""The chapter's loop written by hand — forward, backward, update — runs the fast path, gives the
Trainer's numbers, and never changes an array the caller still holds."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_nn.engine.datasets import xor
from desktop_nn.engine.network import Network, to_columns
from desktop_nn.engine.trainer import Trainer


def problem(hidden="relu", output="sigmoid", loss=None, l2=0.0, m=40):
    X, y = xor(n_samples=m, noise=0.2, seed=4)
    if output == "softmax":
        y = (X[:, 0] > 0).astype(int) + (X[:, 1] > 0.5).astype(int)
    Xc, Y = to_columns(X, y, output, 3 if output == "softmax" else None)
    k = Y.shape[0]
    return (lambda: Network([2, 5, 4, k], hidden_activation=hidden, output=output, loss=loss, l2=l2,
                            init="xavier", seed=3)), Xc, Y


@pytest.mark.parametrize("hidden,output,loss,l2", [
    ("relu", "sigmoid", None, 0.0), ("tanh", "softmax", None, 0.2), ("sigmoid", "sigmoid", "squared_error", 0.0),
    ("leaky_relu", "linear", None, 0.1), ("linear", "sigmoid", None, 0.0)])
def test_the_hand_written_loop_is_the_trainers_gradient_descent(hidden, output, loss, l2):
    make, X, Y = problem(hidden, output, loss, l2)
    net, reference = make(), make()
    trainer = Trainer(reference, X, Y, learning_rate=0.1)
    for _ in range(30):
        AL, caches = net.forward(X)
        J = net.cost(AL, Y)
        grads = net.backward(AL, Y, caches)
        net.update(grads, 0.1)
    trainer.step(30)
    assert J == pytest.approx(trainer.history.train_cost[-1], rel=1e-10)
    for key, value in net.params.items():
        np.testing.assert_allclose(value, reference.params[key], rtol=1e-10, atol=1e-13, err_msg=key)


def test_it_equals_the_readable_formulas_to_1e_12():
    make, X, Y = problem("tanh", "sigmoid", None, 0.3)
    net = make()
    AL, caches = net.forward(X)
    grads = net.backward(AL, Y, caches)
    rAL, rcaches = net.forward_readable(X)
    rgrads = net.backward(rAL, Y, rcaches)
    assert type(rgrads) is dict and type(grads) is not dict       # the two paths really ran
    np.testing.assert_allclose(AL, rAL, rtol=1e-12, atol=1e-15)
    for key in rgrads:
        np.testing.assert_allclose(grads[key], rgrads[key], rtol=1e-12, atol=1e-15, err_msg=key)


def test_arrays_the_caller_holds_are_never_overwritten():
    make, X, Y = problem()
    net = make()
    X2 = X[:, ::-1].copy()
    AL1, caches1 = net.forward(X)
    grads1 = net.backward(AL1, Y, caches1)
    kept = {"AL": AL1.copy(), "Z1": caches1[0].Z.copy(), "dW1": grads1["dW1"].copy(), "dZ2": grads1["dZ2"].copy()}
    again = net.backward(AL1, Y, caches1)          # a second backward on the same pass
    AL2, caches2 = net.forward(X2)                 # another pass of the same size
    net.backward(AL2, Y, caches2)
    net.update(grads1, 0.5)
    np.testing.assert_array_equal(AL1, kept["AL"])
    np.testing.assert_array_equal(caches1[0].Z, kept["Z1"])
    np.testing.assert_array_equal(grads1["dW1"], kept["dW1"])
    np.testing.assert_array_equal(grads1["dZ2"], kept["dZ2"])
    np.testing.assert_allclose(again["dW1"], kept["dW1"], rtol=1e-12, atol=1e-15)
    assert not np.shares_memory(AL1, AL2)


def test_what_it_returns_is_read_only_and_the_buffers_are_reused_in_a_loop():
    make, X, Y = problem()
    net = make()
    AL, caches = net.forward(X)
    grads = net.backward(AL, Y, caches)
    for a in (AL, caches[0].Z, caches[0].A_prev, grads["dW1"], grads["db2"], grads["dZ1"]):
        with pytest.raises(ValueError):
            a[...] = 0
    caches[0].W[...] = 0                           # W and b are the caller's own copies
    assert np.any(net.params["W1"] != 0)
    del AL, caches, grads, a
    for _ in range(50):
        AL, caches = net.forward(X)
        net.update(net.backward(AL, Y, caches), 0.1)
    assert len(net._public[X.shape[1]]) <= 2       # two sets of buffers take turns


def test_caches_of_another_network_take_the_readable_path():
    make, X, Y = problem(l2=0.0)
    plain = make()
    regularised = Network([2, 5, 4, 1], hidden_activation="relu", init="xavier", seed=3, l2=0.7)
    AL, caches = plain.forward(X)
    g0 = plain.backward(AL, Y, caches)
    g1 = regularised.backward(AL, Y, caches)
    np.testing.assert_allclose(g1["dW1"], g0["dW1"] + 0.7 / X.shape[1] * plain.params["W1"], rtol=1e-12)
