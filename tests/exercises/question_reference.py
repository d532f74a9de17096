"""The lecture questions' keys computed again, independently: plain NumPy loops written from the
chapter's formulas (the slides' perceptron and Adaline rules, the two-layer network's forward and
backward passes), sharing nothing with the engine but the data files and the seeded initial
weights' recipe (W = randn · 0.01 from default_rng(seed), layer by layer, b = 0)."""

from __future__ import annotations

import numpy as np

from desktop_nn.engine.datasets import GENERATORS, iris_setosa_versicolor


def data(name: str):
    if name.startswith("iris"):
        X, y = iris_setosa_versicolor()
        if name == "iris-std":
            X = (X - X.mean(axis=0)) / X.std(axis=0)
        return X.astype(float), y.astype(float)
    X, y01 = GENERATORS[name](200, noise=0.1, seed=0)
    return np.asarray(X, float), np.where(np.asarray(y01) == 1, 1.0, -1.0)


def perceptron_w_after(data_name: str, k: int, eta: float) -> np.ndarray:
    X, y = data(data_name)
    w = np.zeros(3)
    for i in range(k + 1):
        y_hat = 1.0 if w[0] + X[i] @ w[1:] >= 0 else -1.0
        update = eta * (y[i] - y_hat)
        w[1:] += update * X[i]
        w[0] += update
    return w


def adaline_sse_after_one_step(data_name: str, eta: float) -> float:
    X, y = data(data_name)
    errors = y.copy()                                   # w = 0: every output is 0
    w = np.r_[eta * errors.sum(), eta * X.T @ errors]
    r = y - (w[0] + X @ w[1:])
    return 0.5 * float(r @ r)


def adaline_costs(data_name: str, eta: float, epochs: int) -> np.ndarray:
    X, y = data(data_name)
    w = np.zeros(3)
    costs = []
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(epochs):
            errors = y - (w[0] + X @ w[1:])
            w[1:] += eta * X.T @ errors
            w[0] += eta * errors.sum()
            costs.append(0.5 * float(errors @ errors))
    return np.array(costs)


def _g(name, Z):
    return np.tanh(Z) if name == "tanh" else 1.0 / (1.0 + np.exp(-Z))


def _dg(name, A):
    return 1.0 - A ** 2 if name == "tanh" else A * (1.0 - A)


def two_layer_gd(data_name: str, dims, hidden: str, eta: float, epochs: int, seed: int, zeros: bool = False):
    """A [n0, n1, 1] network (``hidden``, then sigmoid) trained by batch gradient descent on the
    cross-entropy, written out formula by formula; returns (W1, b1, W2, b2, X (n0, m), Y (1, m))."""
    X_rows, y = data(data_name)
    X, Y = X_rows.T, (y > 0).astype(float).reshape(1, -1)
    rng = np.random.default_rng(seed)
    if zeros:
        W1, W2 = np.zeros((dims[1], dims[0])), np.zeros((1, dims[1]))
    else:
        W1 = rng.standard_normal((dims[1], dims[0])) * 0.01
        W2 = rng.standard_normal((1, dims[1])) * 0.01
    b1, b2 = np.zeros((dims[1], 1)), np.zeros((1, 1))
    m = X.shape[1]
    for _ in range(epochs):
        A1 = _g(hidden, W1 @ X + b1)
        A2 = _g("sigmoid", W2 @ A1 + b2)
        dZ2 = A2 - Y
        dW2, db2 = dZ2 @ A1.T / m, dZ2.sum(axis=1, keepdims=True) / m
        dZ1 = (W2.T @ dZ2) * _dg(hidden, A1)
        dW1, db1 = dZ1 @ X.T / m, dZ1.sum(axis=1, keepdims=True) / m
        W1, b1, W2, b2 = W1 - eta * dW1, b1 - eta * db1, W2 - eta * dW2, b2 - eta * db2
    return W1, b1, W2, b2, X, Y


def dz_of_example(data_name: str, dims, hidden: str, eta: float, epochs: int, seed: int, k: int) -> float:
    W1, b1, W2, b2, X, Y = two_layer_gd(data_name, dims, hidden, eta, epochs, seed)
    x = X[:, k:k + 1]
    a2 = _g("sigmoid", W2 @ _g(hidden, W1 @ x + b1) + b2)
    return float(a2[0, 0] - Y[0, k])
