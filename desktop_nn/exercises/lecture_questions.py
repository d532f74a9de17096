"""The lecture's question scenes: which value a question hides, and how its reveal is computed.

A question scene (``view = "question"`` in a scene file) names the value it hides with ``hide``,
one of :data:`CATALOGUE`, and declares what it is computed from — the data, the network
(``layer_dims``, ``activations``), the seed, the example, the learning rate. Everything a reveal
shows is computed here from those settings with the engine's own classes (the slides'
``Perceptron`` and ``AdalineGD``, the ``Network`` and its ``Trainer``), never typed into the file:

=================  ======================================================  =========  ==============
hide               the class predicts                                      answer     computed by
=================  ======================================================  =========  ==============
perceptron_update  w after the perceptron's update on one Iris example     vector     Perceptron
adaline_cost       Adaline's SSE J after one gradient-descent step         number     AdalineGD
dz_output          dZ[L] = A[L] − Y of one example                         number     Network
dw_shape           the shape of dW[l]                                      shape      Network
diverging_rate     which of the learning rates diverges                    choice     AdalineGD
zero_init          what zero initialisation does to the hidden units       choice     Network, Trainer
=================  ======================================================  =========  ==============

:func:`problem` checks a scene file's settings (a specific sentence, or None); :func:`resolve`
fills in each question's own defaults; :func:`compute` gives the :class:`Reveal` (the key, the
values shown before it, its working). The two that train — ``diverging_rate`` and ``zero_init`` —
have their training in steps a scene can run in its worker (:func:`rate_curves`,
:func:`zero_init_trainer`) and their key read from what the training did (:func:`rate_reveal`,
:func:`zero_init_reveal`). No Qt here: sentences are :class:`Message` templates the UI translates
(context "Exercises").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

from ..engine.activations import OUTPUT_ACTIVATIONS, hidden_activation_names
from ..engine.classic import AdalineGD, Perceptron
from ..engine.datasets import GENERATORS, iris_setosa_versicolor, standardize
from ..engine.errors import DivergenceError
from ..engine.network import Network, to_columns
from ..engine.trace_messages import QT_TRANSLATE_NOOP, Message
from ..engine.trainer import Trainer
from .answers import AnswerError, Verdict, check, is_close, parse_choice, parse_number

CONTEXT = "Exercises"
MINUS = "\u2212"


class _Msg(Message):
    """A Message of the "Exercises" context."""

    def text(self, translate=None) -> str:
        values = {k: (v.text(translate) if isinstance(v, Message) else v) for k, v in (self.fields or {}).items()}
        template = translate(CONTEXT, self.template) if translate else self.template
        return template.format(**values)


def msg(template: str, **fields) -> Message:
    return _Msg(template, fields)


# --- the catalogue ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Entry:
    """One kind of question: how its answer is typed (``kind``), the settings it reads (with its
    own defaults) and what it is about, in a few words (the README's table)."""

    kind: str
    defaults: dict[str, Any]
    about: str


COMMON = ("question", "countdown", "autostart")
CATALOGUE: dict[str, Entry] = {
    "perceptron_update": Entry("vector", {"data": "iris", "example": 50, "eta": 0.1, "countdown": 60},
                               "w after the perceptron's update on one example"),
    "adaline_cost": Entry("number", {"data": "iris-std", "eta": 0.01, "countdown": 60},
                          "Adaline's SSE J after one gradient-descent step from w = 0"),
    "dz_output": Entry("number", {"data": "moons", "layer_dims": [2, 3, 1], "activations": ["tanh", "sigmoid"],
                                  "seed": 1, "eta": 1.0, "epochs": 300, "example": 0, "countdown": 45},
                       "dZ[L] = A[L] − Y of one example"),
    "dw_shape": Entry("shape", {"layer_dims": [2, 3, 5, 4, 2, 1], "activations": ["relu", "sigmoid"], "layer": 3,
                                "countdown": 30},
                      "the shape of dW[layer]"),
    "diverging_rate": Entry("choice", {"data": "iris", "options": [0.01, 0.0001], "epochs": 10, "countdown": 30},
                            "which learning rate (options) makes AdalineGD diverge"),
    "zero_init": Entry("choice", {"data": "xor", "layer_dims": [2, 3, 1], "activations": ["sigmoid", "sigmoid"],
                                  "eta": 0.5, "epochs": 1000, "seed": 3, "countdown": 30},
                       "what W = 0 at the start does to the hidden units"),
}
#: every question's countdown unless it gives its own, and whether it starts on arrival
GENERIC = {"countdown": 30, "autostart": True, "seed": 0}

#: the data a question may use: name → (number of examples, features); Iris as the slides select it
DATA: dict[str, int] = {"iris": 100, "iris-std": 100, **{name: 200 for name in GENERATORS}}
COUNTDOWN_RANGE = (5, 600)
MAX_EPOCHS = 20_000
RATES = (2, 6)

#: the statements of the zero-initialisation question, in order (a, b, c); which are true is read
#: from the run (see zero_init_reveal)
ZERO_INIT_OPTIONS = (
    QT_TRANSLATE_NOOP("Exercises", "each hidden unit learns a different feature"),
    QT_TRANSLATE_NOOP("Exercises", "the hidden units stay identical (copies)"),
    QT_TRANSLATE_NOOP("Exercises", "the cost diverges"),
)


# --- checking a scene file's settings -------------------------------------------------------------------
def problem(given: dict[str, Any]) -> Message | None:
    """None if a question scene's ``[settings]`` can be computed, else the sentence saying what is
    wrong (types are already checked against the view's defaults)."""
    hide = given.get("hide", "")
    names = ", ".join(CATALOGUE)
    if not hide:
        return msg(QT_TRANSLATE_NOOP("Exercises", "a question scene needs 'hide', the value the class predicts: "
                                                  "one of {names}"), names=names)
    if hide not in CATALOGUE:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'hide' = '{hide}' is not a value this app can compute; "
                                                  "one of {names}"), hide=hide, names=names)
    entry = CATALOGUE[hide]
    uses = set(COMMON) | set(entry.defaults) | {"seed"} | {k for k in given if k.startswith("question_")}
    extra = sorted(k for k in given if k not in uses and k != "hide")
    if extra:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'{key}' does not apply to the question '{hide}' (it uses: {uses})"),
                   key=extra[0], hide=hide, uses=", ".join(k for k in entry.defaults if k != "countdown"))
    if not str(given.get("question", "")).strip():
        return msg(QT_TRANSLATE_NOOP("Exercises", "'question' is empty: write the question the class sees"))
    s = resolve(given)
    lo, hi = COUNTDOWN_RANGE
    if not lo <= s["countdown"] <= hi:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'countdown' must be from {lo} to {hi} seconds, got {value}"),
                   lo=lo, hi=hi, value=s["countdown"])
    if "data" in entry.defaults and s["data"] not in DATA:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'data' = '{value}' is not a data set; one of {names}"),
                   value=s["data"], names=", ".join(DATA))
    if "example" in entry.defaults and not 0 <= s["example"] < DATA[s["data"]]:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'example' must be from 0 to {last} ('{data}' has {m} examples), "
                                                  "got {value}"),
                   last=DATA[s["data"]] - 1, data=s["data"], m=DATA[s["data"]], value=s["example"])
    if "eta" in entry.defaults and not (math.isfinite(s["eta"]) and s["eta"] > 0):
        return msg(QT_TRANSLATE_NOOP("Exercises", "'eta' must be a learning rate above 0, got {value}"), value=s["eta"])
    if "epochs" in entry.defaults and not 1 <= s["epochs"] <= MAX_EPOCHS:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'epochs' must be from 1 to {hi} for a question, got {value}"),
                   hi=f"{MAX_EPOCHS:,}", value=s["epochs"])
    if "layer_dims" in entry.defaults:
        found = _network_problem(hide, s)
        if found:
            return found
    if hide == "diverging_rate":
        rates = s["options"]
        if not RATES[0] <= len(rates) <= RATES[1]:
            return msg(QT_TRANSLATE_NOOP("Exercises", "'options' must list {lo} to {hi} learning rates to choose from, "
                                                      "got {n}"), lo=RATES[0], hi=RATES[1], n=len(rates))
        for r in rates:
            if isinstance(r, bool) or not isinstance(r, (int, float)) or not math.isfinite(r) or r <= 0:
                return msg(QT_TRANSLATE_NOOP("Exercises", "'options' must be learning rates above 0, got {value}"),
                           value=repr(r))
    return None


def _network_problem(hide: str, s: dict[str, Any]) -> Message | None:
    dims, acts = s["layer_dims"], s["activations"]
    if "data" in s and dims[0] != 2:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'layer_dims' must start with n[0] = 2: the data has 2 features, "
                                                  "got {value}"), value=dims)
    if "data" in s and dims[-1] != 1:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'layer_dims' must end with n[L] = 1: one sigmoid unit for "
                                                  "two classes, got {value}"), value=dims)
    if hide == "zero_init" and len(dims) < 3:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'layer_dims' needs a hidden layer for '{hide}', got {value}"),
                   hide=hide, value=dims)
    L = len(dims) - 1
    if len(acts) != L:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'activations' must give one activation per layer, {L} for "
                                                  "layer_dims = {dims}, got {n}"), L=L, dims=dims, n=len(acts))
    hidden = hidden_activation_names()
    for name in acts[:-1]:
        if not isinstance(name, str) or name not in hidden:
            return msg(QT_TRANSLATE_NOOP("Exercises", "'activations' names '{name}', which is not a hidden "
                                                      "activation; one of {names}"), name=name, names=", ".join(hidden))
    output = acts[-1]
    allowed = ("sigmoid",) if "data" in s else OUTPUT_ACTIVATIONS
    if output not in allowed:
        return msg(QT_TRANSLATE_NOOP("Exercises", "the last of 'activations' is the output layer's and must be "
                                                  "{names}, got '{name}'"), names=" or ".join(allowed), name=output)
    if hide == "dw_shape" and not 1 <= s["layer"] <= L:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'layer' must be from 1 to L = {L}, got {value}"), L=L, value=s["layer"])
    return None


def resolve(given: dict[str, Any]) -> dict[str, Any]:
    """A question's settings: what the file gives, else the question's own defaults."""
    entry = CATALOGUE[given["hide"]]
    s = {**GENERIC, **entry.defaults, **given}
    if "activations" in entry.defaults and "activations" not in given:
        L = len(s["layer_dims"]) - 1       # the default activations stretched to the network: g[1…L−1], σ
        s["activations"] = [entry.defaults["activations"][0]] * (L - 1) + [entry.defaults["activations"][-1]]
    return s


# --- numbers as the reveal writes them -----------------------------------------------------------------
def num(x: float, digits: int = 4) -> str:
    """``x`` to ``digits`` significant digits with a true minus sign: 0.3800, −1.02 → "0.38", "−1.02"."""
    x = float(x)
    if not math.isfinite(x):
        return "∞" if x > 0 else (MINUS + "∞" if x < 0 else "NaN")
    if x == 0:
        return "0"
    if abs(x) >= 1e6 or abs(x) < 1e-4:
        mantissa, exponent = f"{x:.2e}".split("e")
        sup = str(int(exponent)).translate(str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻"))
        return f"{mantissa.rstrip('0').rstrip('.')} × 10{sup}".replace("-", MINUS)
    text = f"{x:.{digits}g}"
    if "e" in text:
        text = f"{x:.{max(0, digits - 1 - int(math.floor(math.log10(abs(x)))))}f}".rstrip("0").rstrip(".")
    return text.replace("-", MINUS)


def paren(x: float) -> str:
    """A number to put after an operator: −1 → "(−1)"."""
    text = num(x)
    return f"({text})" if text.startswith(MINUS) else text


def vec(v) -> str:
    return "[" + ", ".join(num(x) for x in np.ravel(v)) + "]"


def shape_text(shape) -> str:
    return "(" + ", ".join(str(int(n)) for n in shape) + ")"


# --- the reveal ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Reveal:
    """What a question scene shows: ``givens`` before the reveal (the values the class computes
    from), then the ``answer`` (the key) and its ``working``, one line each. ``answer_text`` is the
    key as the projector shows it; ``options`` the choices of a choice question (a, b, …);
    ``details`` the arrays a scene draws (curves, weights)."""

    hide: str
    kind: str
    answer: Any
    answer_text: str
    givens: tuple[Message, ...] = ()
    working: tuple[Message, ...] = ()
    options: tuple[Message, ...] = ()
    details: dict = field(default_factory=dict, compare=False)

    def check(self, text: str) -> Verdict:
        """Mark the class's typed answer (raises answers.AnswerError when it cannot be read)."""
        return check_answer(self, text)


def letters(n: int) -> str:
    return "abcdefghijklmnopqrstuvwxyz"[:n]


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


DATA_NAMES = {"iris": QT_TRANSLATE_NOOP("Exercises", "Iris (setosa −1, versicolor +1)"),
              "iris-std": QT_TRANSLATE_NOOP("Exercises", "standardised Iris (setosa −1, versicolor +1)"),
              "moons": QT_TRANSLATE_NOOP("Exercises", "moons"), "circles": QT_TRANSLATE_NOOP("Exercises", "circles"),
              "xor": QT_TRANSLATE_NOOP("Exercises", "xor"), "blobs": QT_TRANSLATE_NOOP("Exercises", "blobs"),
              "spirals": QT_TRANSLATE_NOOP("Exercises", "spirals"),
              "gaussians": QT_TRANSLATE_NOOP("Exercises", "gaussians")}


def data_name(name: str) -> Message:
    return msg(DATA_NAMES.get(name, name))


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


def diverges(cost) -> bool:
    """A cost curve diverges when it overflows or grows: at its end, or overall (the lecture's
    learning-rate scene reads "diverges" from a curve by the same rule)."""
    c = np.asarray(cost, dtype=float)
    return len(c) >= 2 and bool(not np.all(np.isfinite(c)) or c[-1] > c[-2] or c[-1] > c[0])


def options_of(s: dict[str, Any]) -> tuple[Message, ...]:
    """The choices of a choice question (a, b, …), shown before the reveal; () for the others."""
    if s["hide"] == "diverging_rate":
        return tuple(msg(QT_TRANSLATE_NOOP("Exercises", "α = {rate}"), rate=num(r)) for r in s["options"])
    if s["hide"] == "zero_init":
        return tuple(msg(o) for o in ZERO_INIT_OPTIONS)
    return ()


def rate_reveal(s: dict[str, Any], curves: list[np.ndarray]) -> Reveal:
    rates = [float(r) for r in s["options"]]
    abc = letters(len(rates))
    bad = tuple(abc[i] for i, c in enumerate(curves) if diverges(c))
    options = options_of(s)
    working = []
    for i, (r, c) in enumerate(zip(rates, curves)):
        verdict = (QT_TRANSLATE_NOOP("Exercises", "diverges") if diverges(c)
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


# --- marking the class's answer -------------------------------------------------------------------------
def parse_vector(text: str) -> tuple[float, ...]:
    """"[0, 0.38, 0.66]", "0; 0,38; 0,66" or "0 0.38 0.66" → (0.0, 0.38, 0.66): numbers split at ';'
    or spaces (',' followed by a space also separates; ',' inside a number is a decimal mark)."""
    t = text.strip().strip("[]()（）")
    parts = t.split(";") if ";" in t else re.split(r"\s+|,\s+", t.replace("，", ", "))
    parts = [p.strip().rstrip(",") for p in parts if p.strip().rstrip(",")]
    if not parts:
        return (parse_number(""),)           # raises "Type an answer first."
    return tuple(parse_number(p) for p in parts)


WRONG_LENGTH = QT_TRANSLATE_NOOP("Exercises", "“{text}” has {n} numbers; the answer has {k}.")


def check_answer(reveal: Reveal, text: str) -> Verdict:
    """Mark a typed answer against the reveal's key: a vector entry by entry (each within 1 %), a
    choice as its set of letters ("b", or "a, c" when several are right), the rest by answers.check."""
    if reveal.kind == "vector":
        given = parse_vector(text)
        if len(given) != len(reveal.answer):
            raise AnswerError(msg(WRONG_LENGTH, text=text.strip(), n=len(given), k=len(reveal.answer)))
        return Verdict(all(is_close(g, e) for g, e in zip(given, reveal.answer)), given, reveal.answer)
    if reveal.kind == "choice":
        n = len(reveal.options)
        tokens = [t for t in re.split(r"[\s,;/&+]+|\band\b|和", text.strip()) if t.strip(" .)")]
        if not tokens:
            parse_choice("", n)              # raises "Type an answer first."
        given = tuple(sorted({parse_choice(t, n) for t in tokens}))
        return Verdict(given == tuple(sorted(reveal.answer)), given, reveal.answer)
    return check(text, reveal.answer, reveal.kind)
