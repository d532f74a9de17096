"""The reveals of the lecture's question scenes, computed with the engine's own classes.

:func:`compute` gives the :class:`~desktop_nn.exercises.lecture_questions.Reveal` of a question
scene's settings: the values the class is shown first, the key and its working. The questions
that train have their training in steps a scene runs in its worker — :func:`rate_curves` (each
learning rate's AdalineGD run) and :func:`zero_init_trainer` (the zero-initialised network's
Trainer) — and their key read from what the training did (:func:`rate_reveal`,
:func:`zero_init_reveal`); :func:`compute` runs the same steps in one go. No Qt here.
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np

from ..engine.classic import AdalineGD, Perceptron
from ..engine.datasets import GENERATORS, iris_setosa_versicolor, standardize
from ..engine.errors import DivergenceError
from ..engine.network import Network, to_columns
from ..engine.trace_messages import QT_TRANSLATE_NOOP, Message
from ..engine.trainer import Trainer
from ..training.stall import diverging
from .lecture_questions import (
    MINUS,
    ZERO_INIT_OPTIONS,
    Reveal,
    data_name,
    letters,
    msg,
    num,
    options_of,
    paren,
    resolve,
    shape_text,
    vec,
)

__all__ = ["compute", "givens_of", "load_data", "rate_curves", "rate_reveal", "zero_init_trainer",
           "zero_init_reveal", "ZERO_INIT_OPTIONS"]


def load_data(name: str) -> tuple[np.ndarray, np.ndarray]:
    """(X rows (m, 2), y in ±1): Iris as the slides select it (setosa −1, versicolor +1; sepal and
    petal length), standardised for "iris-std", or a generated set (class 1 → +1, class 0 → −1)."""
    if name in ("iris", "iris-std"):
        X, y = iris_setosa_versicolor()
        return (standardize(X)[0] if name == "iris-std" else X), y.astype(np.int64)
    X, y01 = GENERATORS[name](200, noise=0.1, seed=0)
    return np.asarray(X, dtype=np.float64), np.where(np.asarray(y01) == 1, 1, -1)


def network(s: dict[str, Any], init: str = "small_random") -> Network:
    acts = list(s["activations"])
    return Network(list(s["layer_dims"]), hidden_activation=acts[:-1], output=acts[-1], init=init, seed=int(s["seed"]))


def compute(given: dict[str, Any], check_cancel: Callable[[], None] | None = None) -> Reveal:
    """The reveal of a question scene whose settings are ``given`` (as its file gives them): the
    whole computation, training included (a scene runs the training in steps instead)."""
    s = resolve(given)
    hide = s["hide"]
    if hide == "diverging_rate":
        return rate_reveal(s, rate_curves(s, check_cancel))
    if hide == "zero_init":
        trainer = zero_init_trainer(s)
        diverged = False
        for _ in range(int(s["epochs"])):
            if check_cancel is not None:
                check_cancel()
            try:
                trainer.step(1)
            except DivergenceError:
                diverged = True
                break
        return zero_init_reveal(s, np.array(trainer.network.params["W1"]), diverged, trainer.epoch,
                                trainer.history.column("train_cost"))
    return {"perceptron_update": perceptron_update, "adaline_cost": adaline_cost,
            "dz_output": dz_output, "dw_shape": dw_shape}[hide](s)


def givens_of(given: dict[str, Any]) -> tuple[Message, ...]:
    """What the class is told before the reveal (no training needed to say it)."""
    s = resolve(given)
    if s["hide"] == "diverging_rate":
        return (msg(QT_TRANSLATE_NOOP("Exercises", "AdalineGD(epochs={epochs}, eta=…).train(X, y) on {data}, "
                                                   "w = 0 at the start"), epochs=s["epochs"], data=data_name(s["data"])),)
    if s["hide"] == "zero_init":
        return (_network_line(s),
                msg(QT_TRANSLATE_NOOP("Exercises", "every W[l] and b[l] = 0 at the start; α = {eta}, {epochs} epochs "
                                                   "on {data}"), eta=num(s["eta"]), epochs=s["epochs"],
                    data=data_name(s["data"])))
    return compute(given).givens


def _network_line(s) -> Message:
    return msg(QT_TRANSLATE_NOOP("Exercises", "network n = {dims}, g = {acts}"),
               dims="[" + ", ".join(str(n) for n in s["layer_dims"]) + "]", acts=", ".join(s["activations"]))


def perceptron_update(s: dict[str, Any]) -> Reveal:
    """The perceptron (w = 0 at the start, η) has seen examples 0 … k−1 of its first epoch; the
    class predicts w after its update on example k."""
    X, y = load_data(s["data"])
    k, eta = int(s["example"]), float(s["eta"])
    model = Perceptron(eta=eta).initialize(X.shape[1])
    if k > 0:
        model.train_epoch(X[:k], y[:k])
    before = model.w_.copy()
    z = float(model.net_input(X[k]))
    y_hat = int(model.predict(X[k]))
    update = eta * (y[k] - y_hat)
    model.train_epoch(X[k:k + 1], y[k:k + 1])
    after = model.w_.copy()
    x = X[k]
    givens = (
        msg(QT_TRANSLATE_NOOP("Exercises", "example {k}: x = ({x1}, {x2}), y = {y}"), k=k, x1=num(x[0]), x2=num(x[1]),
            y=("+1" if y[k] > 0 else MINUS + "1")),
        msg(QT_TRANSLATE_NOOP("Exercises", "before it: w = [w₀, w₁, w₂] = {w}, η = {eta}"), w=vec(before), eta=num(eta)),
    )
    working = (
        msg(QT_TRANSLATE_NOOP("Exercises", "z = w₀ + w₁x₁ + w₂x₂ = {z}, so ŷ = {y_hat}"), z=num(z),
            y_hat=("+1" if y_hat > 0 else MINUS + "1")),
        msg(QT_TRANSLATE_NOOP("Exercises", "update = η (y − ŷ) = {eta} × ({y} − {y_hat}) = {u}"), eta=num(eta),
            y=num(y[k]), y_hat=paren(y_hat), u=num(update)),
        msg(QT_TRANSLATE_NOOP("Exercises", "w := w + update · [1, x₁, x₂] = {after}"), after=vec(after)),
    )
    return Reveal("perceptron_update", "vector", tuple(float(v) for v in after), vec(after), givens, working,
                  details={"before": before, "after": after, "x": x, "y": int(y[k]), "z": z, "y_hat": y_hat,
                           "update": update})


def adaline_cost(s: dict[str, Any]) -> Reveal:
    """AdalineGD (w = 0, η) takes one batch gradient-descent step on all the data; the class
    predicts the SSE J = ½ Σ (y − w₀ − Xw)² after it."""
    X, y = load_data(s["data"])
    eta = float(s["eta"])
    model = AdalineGD(eta=eta).initialize(X.shape[1])
    before = model.cost(X, y)
    errors = y - model.net_input(X)
    model.train_epoch(X, y)
    after = model.cost(X, y)
    w = model.w_.copy()
    m = len(y)
    givens = (
        msg(QT_TRANSLATE_NOOP("Exercises", "{m} flowers of {data}; w = 0 at the start, α = {eta}"), m=m,
            data=data_name(s["data"]), eta=num(eta)),
        msg(QT_TRANSLATE_NOOP("Exercises", "before the step: J = ½ Σ (y − ŷ)² = {J}"), J=num(before)),
    )
    working = (
        msg(QT_TRANSLATE_NOOP("Exercises", "errors = y − ŷ = y (ŷ = 0 for every flower)")),
        msg(QT_TRANSLATE_NOOP("Exercises", "Δw = α Xᵀ errors = {dw}, Δw₀ = α Σ errors = {db}"),
            dw=vec(w[1:]), db=num(eta * errors.sum())),
        msg(QT_TRANSLATE_NOOP("Exercises", "J = ½ Σ (y − w₀ − Xw)² = {J}: {verb} from {before}"), J=num(after),
            before=num(before), verb=msg(QT_TRANSLATE_NOOP("Exercises", "down") if after < before
                                         else QT_TRANSLATE_NOOP("Exercises", "up"))),
    )
    return Reveal("adaline_cost", "number", float(after), num(after), givens, working,
                  details={"J_before": before, "w": w})


def dz_output(s: dict[str, Any]) -> Reveal:
    """One example through the network (seeded weights, trained ``epochs`` epochs on the data);
    the class predicts dZ[L] = A[L] − Y."""
    X, y = load_data(s["data"])
    k = int(s["example"])
    net = network(s)
    Xc, Yc = to_columns(X, (y > 0).astype(int), "sigmoid")
    Trainer(net, Xc, Yc, learning_rate=float(s["eta"]), seed=int(s["seed"])).step(int(s["epochs"]))
    x, Y = to_columns(X[k:k + 1], (y[k:k + 1] > 0).astype(int), "sigmoid")
    AL, caches = net.forward(x)
    a = float(AL[0, 0])
    L = net.L
    z = float(np.array(caches[L - 1].Z)[0, 0])
    values = [np.array(c.A_prev)[:, 0] for c in caches] + [np.array(AL)[:, 0]]
    grads = net.backward(AL, Y, caches)
    dz = float(np.array(grads[f"dZ{L}"])[0, 0])
    givens = (
        _network_line(s),
        msg(QT_TRANSLATE_NOOP("Exercises", "trained {epochs} epochs on {data} (α = {eta})"), epochs=s["epochs"],
            data=data_name(s["data"]), eta=num(s["eta"])),
        msg(QT_TRANSLATE_NOOP("Exercises", "example {k}: x = ({x1}, {x2}), y = {y}"), k=k, x1=num(X[k, 0]),
            x2=num(X[k, 1]), y=int(Y[0, 0])),
        msg(QT_TRANSLATE_NOOP("Exercises", "the network outputs a[{L}] = σ(z[{L}]) = {a}"), L=L, a=num(a, 6)),
    )
    working = (
        msg(QT_TRANSLATE_NOOP("Exercises", "sigmoid output with the cross-entropy: g′ cancels, dZ[{L}] = A[{L}] − Y"), L=L),
        msg(QT_TRANSLATE_NOOP("Exercises", "dZ[{L}] = {a} − {y} = {dz}"), L=L, a=num(a, 6), y=int(Y[0, 0]), dz=num(dz, 6)),
    )
    params = {k2: np.array(v) for k2, v in net.params.items()}
    return Reveal("dz_output", "number", dz, num(dz, 6), givens, working,
                  details={"params": params, "a": a, "z": z, "x": np.array(x[:, 0]), "y": int(Y[0, 0]),
                           "activations": values})


def dw_shape(s: dict[str, Any]) -> Reveal:
    """The class predicts the shape of dW[l]; it is read from the engine's gradients."""
    l = int(s["layer"])
    net = network(s)
    dims = net.layer_dims
    rng = np.random.default_rng(int(s["seed"]))
    m = 4
    X = rng.standard_normal((dims[0], m))
    output = net.output
    Y = (rng.random((dims[-1], m)) > 0.5).astype(float) if output == "sigmoid" else rng.standard_normal((dims[-1], m))
    if output == "softmax":
        Y = np.eye(dims[-1])[:, rng.integers(0, dims[-1], m)]
    AL, caches = net.forward(X)
    grads = net.backward(AL, Y, caches)
    dW = np.array(grads[f"dW{l}"])
    shape = tuple(int(n) for n in dW.shape)
    givens = (msg(QT_TRANSLATE_NOOP("Exercises", "n = {dims}: L = {L} layers"),
                  dims="[" + ", ".join(str(n) for n in dims) + "]", L=net.L),)
    working = (
        msg(QT_TRANSLATE_NOOP("Exercises", "dW[{l}] has the shape of W[{l}]: (n[{l}], n[{p}]) = {shape}"),
            l=l, p=l - 1, shape=shape_text(shape)),
        msg(QT_TRANSLATE_NOOP("Exercises", "W[{l}] A[{p}] is ({n}, {n_prev}) × ({n_prev}, m) → ({n}, m), the shape of Z[{l}]"),
            l=l, p=l - 1, n=dims[l], n_prev=dims[l - 1]),
    )
    return Reveal("dw_shape", "shape", shape, shape_text(shape), givens, working,
                  details={"layer_dims": list(dims), "layer": l, "dW": dW, "W": np.array(net.params[f"W{l}"])})


# --- questions that train -------------------------------------------------------------------------------
def rate_curves(s: dict[str, Any], check_cancel: Callable[[], None] | None = None) -> list[np.ndarray]:
    """AdalineGD(epochs, eta=r).train(X, y).cost_ for each rate r of ``options``, one epoch at a time."""
    X, y = load_data(s["data"])
    curves = []
    for r in s["options"]:
        model = AdalineGD(eta=float(r)).initialize(X.shape[1])
        with np.errstate(over="ignore", invalid="ignore"):
            for _ in range(int(s["epochs"])):
                if check_cancel is not None:
                    check_cancel()
                model.train_epoch(X, y)
        curves.append(np.array(model.cost_, dtype=float))
    return curves


def rate_reveal(s: dict[str, Any], curves: list[np.ndarray]) -> Reveal:
    rates = [float(r) for r in s["options"]]
    abc = letters(len(rates))
    bad = tuple(abc[i] for i, c in enumerate(curves) if diverging(c))
    options = options_of(s)
    working = []
    for i, (r, c) in enumerate(zip(rates, curves)):
        verdict = (QT_TRANSLATE_NOOP("Exercises", "diverges") if diverging(c)
                   else QT_TRANSLATE_NOOP("Exercises", "does not diverge"))
        working.append(msg(QT_TRANSLATE_NOOP("Exercises", "{letter}) α = {rate}: SSE {first} → {last} after {n} epochs: {verdict}"),
                           letter=abc[i], rate=num(r), first=num(c[0]), last=num(c[-1]), n=len(c), verdict=msg(verdict)))
    if bad:
        text = ", ".join(f"{b}) α = {num(rates[abc.index(b)])}" for b in bad)
    else:
        text = msg(QT_TRANSLATE_NOOP("Exercises", "none of them")).text()
    return Reveal("diverging_rate", "choice", bad, text, givens_of(s), tuple(working), options,
                  details={"rates": rates, "curves": curves})


def zero_init_trainer(s: dict[str, Any]) -> Trainer:
    """The question's network with every weight and bias 0 at the start, and its Trainer."""
    X, y = load_data(s["data"])
    net = network(s, init="zeros")
    Xc, Y = to_columns(X, (y > 0).astype(int), "sigmoid")
    return Trainer(net, Xc, Y, learning_rate=float(s["eta"]), seed=int(s["seed"]))


def zero_init_reveal(s: dict[str, Any], W1: np.ndarray, diverged: bool, epochs: int, cost) -> Reveal:
    """The key read from the run: which of ZERO_INIT_OPTIONS are true of W[1] after ``epochs``."""
    W1 = np.asarray(W1, dtype=float)
    spread = float(np.max(np.abs(W1 - W1[0]))) if np.all(np.isfinite(W1)) else float("inf")
    identical = spread < 1e-12
    truths = (not identical, identical, bool(diverged))
    abc = letters(len(ZERO_INIT_OPTIONS))
    key = tuple(abc[i] for i, t in enumerate(truths) if t)
    options = options_of(s)
    working = [msg(QT_TRANSLATE_NOOP("Exercises", "epoch {n}: the rows of W[1] are equal, "
                                                  "max |W[1]ᵢ − W[1]₁| = {spread}") if identical else
                   QT_TRANSLATE_NOOP("Exercises", "epoch {n}: the rows of W[1] differ, "
                                                  "max |W[1]ᵢ − W[1]₁| = {spread}"), n=epochs, spread=num(spread))]
    working.append(msg(QT_TRANSLATE_NOOP("Exercises", "equal weights, equal gradients: the units stay copies")))
    if len(cost):
        working.append(msg(QT_TRANSLATE_NOOP("Exercises", "cost J = {first} → {last}"), first=num(cost[0]), last=num(cost[-1])))
    text = ", ".join(f"{k})" for k in key) if key else msg(QT_TRANSLATE_NOOP("Exercises", "none of them")).text()
    return Reveal("zero_init", "choice", key, text, givens_of(s), tuple(working), options,
                  details={"W1": W1, "spread": spread, "identical": identical, "diverged": diverged})
