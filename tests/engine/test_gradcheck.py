"""Back-propagation agrees with two-sided numerical differences for every activation and loss."""

import dataclasses
import itertools

import numpy as np
import pytest

from desktop_nn.engine.gradcheck import gradcheck, numerical_gradients, relative_error
from desktop_nn.engine.network import Network

HIDDEN = ["linear", "sigmoid", "tanh", "relu", "leaky_relu"]        # step has no gradient
PAIRINGS = [("sigmoid", "binary_cross_entropy"), ("sigmoid", "squared_error"),
            ("softmax", "categorical_cross_entropy"), ("softmax", "squared_error"),
            ("linear", "squared_error")]
ARCHITECTURES = [[3, 4, 1], [2, 5, 3, 2], [4, 3, 3, 3, 3]]


def _problem(dims, hidden, output, loss, seed, l2=0.0, m=7):
    rng = np.random.default_rng(seed)
    dims = list(dims)
    if output == "softmax":
        dims[-1] = max(dims[-1], 2)
    k = dims[-1]
    net = Network(dims, hidden_activation=hidden, output=output, loss=loss, init="xavier",
                  seed=seed, l2=l2)
    # non-zero biases: with b = 0 a dead ReLU layer gives Z = 0 exactly, on the kink
    for l in range(1, net.L + 1):
        net.params[f"b{l}"] = rng.standard_normal((dims[l], 1)) * 0.5
    X = rng.standard_normal((dims[0], m))
    if output == "softmax":
        Y = np.eye(k)[:, rng.integers(0, k, m)]
    elif output == "sigmoid":
        Y = (rng.random((k, m)) > 0.5).astype(float)
    else:
        Y = rng.standard_normal((k, m))
    return net, X, Y


@pytest.mark.parametrize("hidden,pairing", list(itertools.product(HIDDEN, PAIRINGS)))
def test_backprop_matches_numerical_gradient(hidden, pairing):
    output, loss = pairing
    for i, dims in enumerate(ARCHITECTURES):
        net, X, Y = _problem(dims, hidden, output, loss, seed=100 + i, l2=0.3 * (i % 2))
        errors = gradcheck(net, X, Y)
        assert set(errors) == set(net.params)
        assert max(errors.values()) < 1e-7, (dims, errors)


def test_mixed_hidden_activations():
    net, X, Y = _problem([3, 4, 4, 4, 4, 2], ["tanh", "relu", "sigmoid", "leaky_relu"],
                         "softmax", None, seed=7)
    assert max(gradcheck(net, X, Y).values()) < 1e-7


def test_a_float32_network_is_checked_in_float64():
    net, X, Y = _problem([3, 4, 1], "tanh", "sigmoid", None, seed=3)
    net32 = Network([3, 4, 1], hidden_activation="tanh", dtype=np.float32)
    net32.params = {k: v for k, v in net.params.items()}
    assert max(gradcheck(net32, X, Y).values()) < 1e-7
    assert net32.params["W1"].dtype == np.float32          # the network itself is untouched


def test_gradcheck_catches_a_wrong_derivative():
    net, X, Y = _problem([3, 4, 1], "tanh", "sigmoid", None, seed=5)
    tanh = net._g[0]
    # the slip of writing g'(z) = 1 - a instead of 1 - a^2
    # (without its in-place forms, so the fast path runs this derivative too)
    net._g[0] = dataclasses.replace(tanh, derivative=lambda Z: 1 - np.tanh(Z),
                                    fast_forward=None, fast_backward=None)
    errors = gradcheck(net, X, Y)
    assert errors["W1"] > 1e-3 and errors["b1"] > 1e-3
    assert errors["W2"] < 1e-7                      # the last layer does not use g[1]'


def test_gradcheck_catches_a_missing_one_over_m():
    class Forgetful(Network):
        def backward(self, AL, Y, caches):
            grads = super().backward(AL, Y, caches)
            grads["dW1"] = grads["dW1"] * Y.shape[1]
            return grads

    net = Forgetful([2, 3, 1], hidden_activation="relu", init="xavier", seed=1)
    X = np.random.default_rng(0).standard_normal((2, 5))
    errors = gradcheck(net, X, np.array([[0, 1, 1, 0, 1.0]]))
    assert errors["W1"] > 0.1 and errors["W2"] < 1e-7


def test_numerical_gradients_and_relative_error():
    net, X, Y = _problem([2, 3, 1], "sigmoid", "sigmoid", None, seed=9)
    approx = numerical_gradients(net, X, Y)
    assert set(approx) == {"dW1", "db1", "dW2", "db2"}
    assert approx["dW1"].shape == (3, 2)
    assert relative_error(np.zeros(3), np.zeros(3)) == 0.0
    assert relative_error(np.array([1.0, 0.0]), np.array([0.0, 1.0])) == pytest.approx(np.sqrt(2) / 2)
    before = {k: v.copy() for k, v in net.params.items()}
    gradcheck(net, X, Y)
    assert all(np.array_equal(before[k], net.params[k]) for k in before)     # checks a copy
