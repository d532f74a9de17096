"""Every key of an exercise set computed again, independently, with fresh engine objects.

The deep network: a new ``Network`` with the seed's Xavier weights rounded to two decimals, its
public forward / cost / backward / update (the fast path) on the example's column. The shapes:
the chapter's dimension table. The single neurons: new ``Perceptron`` / ``AdalineGD`` /
``LogisticRegressionGD`` objects running one step from the set's starting weights on the set's
Iris rows. Nothing here calls the generator's own formulas.
"""

from __future__ import annotations

import re

import numpy as np

from desktop_nn.engine.classic import AdalineGD, LogisticRegressionGD, Perceptron
from desktop_nn.engine.datasets import iris_setosa_versicolor
from desktop_nn.engine.network import Network

CHAPTER = (2, 3, 5, 4, 2, 1)
_CELL = re.compile(r"^(forward|backward|update)\.(\w+)\[(\d+)\]\[(\d+),(\d+)\](\.sign)?$")
_SHAPE = re.compile(r"^(?:shapes|forward|backward)\.(\w+)\[(\d+)\](?:\.shape)?$")


def network_values(s) -> dict[str, float]:
    setup = s.setup["network"]
    net = Network(list(s.layer_dims), hidden_activation=setup.hidden_activation, output=setup.output,
                  init="xavier", seed=s.seed)
    rounded = {k: np.round(np.array(v), 2) for k, v in net.params.items()}
    for k, v in rounded.items():                       # the set's weights are the seed's, rounded
        assert np.array_equal(v, setup.params[k]), k
        net.params[k] = v
    i = setup.example
    x, y = setup.X[:, i:i + 1], setup.Y[:, i:i + 1]
    AL, caches = net.forward(x)
    J = net.cost(AL, y)
    grads = net.backward(AL, y, caches)
    forward = {f"{name}{l}": np.array(getattr(caches[l - 1], name)) for l in range(1, net.L + 1) for name in "ZA"}
    backward = {k: np.array(v) for k, v in grads.items()}
    net.update(grads, setup.learning_rate)
    after = {k: np.array(v) for k, v in net.params.items()}
    values = {"cost.J": float(J)}
    for q in s.questions:
        m = _CELL.match(q.key)
        if not m:
            continue
        phase, name, l, r, c, sign = m.groups()
        table = {"forward": forward, "backward": backward, "update": after}[phase]
        value = float(table[f"{name}{l}"][int(r), int(c)])
        values[q.key] = float(np.sign(value)) if sign else value
    return values


def shape_values(s) -> dict[str, tuple[int, int]]:
    """The chapter's dimension table: W, dW (n[l], n[l−1]); b, db (n[l], 1); Z, A, dZ (n[l], m)."""
    m, n = s.setup["shapes_m"], CHAPTER
    table = {}
    for l in range(1, 6):
        table.update({f"W{l}": (n[l], n[l - 1]), f"dW{l}": (n[l], n[l - 1]), f"b{l}": (n[l], 1),
                      f"db{l}": (n[l], 1), f"Z{l}": (n[l], m), f"A{l}": (n[l], m), f"dZ{l}": (n[l], m)})
    out = {}
    for q in s.questions:
        match = _SHAPE.match(q.key)
        if q.kind == "shape" and match:
            out[q.key] = table[f"{match.group(1)}{match.group(2)}"]
    return out


def neuron_values(s) -> dict[str, float]:
    X_iris, y_iris = iris_setosa_versicolor()
    out: dict[str, float] = {}

    p_setup = s.setup["perceptron"]
    assert p_setup.rate == 0.1
    x, y = X_iris[p_setup.rows[0]], float(y_iris[p_setup.rows[0]])
    assert np.array_equal(p_setup.X[0], x)
    p = Perceptron(eta=0.1, epochs=1).initialize(2)
    p.w_ = np.array(p_setup.w_, dtype=float)
    out["perceptron.z"] = float(p.net_input(x))
    yhat = int(p.predict(x))
    out["perceptron.yhat"] = float(yhat)
    out["perceptron.dw[1]"] = 0.1 * (y - yhat) * x[0]
    p.train_epoch(x[None, :], np.array([y]))
    out.update({"perceptron.w[1]": p.w_[1], "perceptron.w[2]": p.w_[2], "perceptron.b": p.w_[0]})

    a_setup = s.setup["adaline"]
    X, y = X_iris[list(a_setup.rows)], y_iris[list(a_setup.rows)]
    a = AdalineGD(eta=0.01, epochs=1).initialize(2)
    a.w_ = np.array(a_setup.w_, dtype=float)
    out["adaline.e[1]"] = float(y[0] - a.net_input(X)[0])
    a.train_epoch(X, y)
    out.update({"adaline.w[1]": a.w_[1], "adaline.w[2]": a.w_[2], "adaline.b": a.w_[0],
                "adaline.J": a.cost(X, y)})

    l_setup = s.setup["logistic"]
    X, y = X_iris[list(l_setup.rows)], y_iris[list(l_setup.rows)]
    lr = LogisticRegressionGD(alpha=0.1, epochs=1)
    lr.set_classes(y)
    lr.initialize(2)
    lr.w_ = np.array(l_setup.w_, dtype=float)
    out["logistic.a[1]"] = float(lr.activation(X)[0])
    out["logistic.J"] = lr.train_epoch(X, y)
    out.update({"logistic.w[1]": lr.w_[1], "logistic.w[2]": lr.w_[2], "logistic.b": lr.w_[0]})
    return {k: float(v) for k, v in out.items()}


def engine_values(s) -> dict[str, object]:
    """question key → the engine's value, for every question of the set ``s``."""
    values = {**network_values(s), **shape_values(s), **neuron_values(s)}
    return {q.key: values[q.key] for q in s.questions}
