"""Questions on the chapter's single neurons: one perceptron update, one Adaline batch step, one
logistic-regression step, on Iris examples (the chapter's setosa / versicolor selection) — no Qt.

Every key is the engine's number: the models of ``engine.classic`` run the step (their ``w_``
after it, their ``net_input``, ``predict``, ``activation`` and ``cost``), and the intermediate
values (the perceptron's Δx, Adaline's errors) are read from ``engine.trace_classic``, which
follows classic.py line by line. A setup (:class:`NeuronSetup`) holds what the step starts from,
so a test can run the same step with fresh engine objects.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine.classic import AdalineGD, LogisticRegressionGD, Perceptron
from ..engine.trace_classic import trace_classic
from ..engine.trace_messages import QT_TRANSLATE_NOOP
from .answers import sign_of
from .questions import Operand, Question
from .wording import num, say, signed, vec

PERCEPTRON_ETA = 0.1      # the chapter's Perceptron(epochs=10, eta=0.1)
ADALINE_ETA = 0.01        # the chapter's AdalineGD(epochs=15, eta=0.01)
LOGISTIC_ALPHA = 0.1

P_PERC_Z = QT_TRANSLATE_NOOP("Exercises", "Perceptron: what is the net input z for the flower x({i})?")
P_PERC_YHAT = QT_TRANSLATE_NOOP("Exercises", "Perceptron: what does it predict for the flower x({i}), "
                                             "ŷ = + (versicolor) or − (setosa)?")
P_PERC_DW = QT_TRANSLATE_NOOP("Exercises", "Perceptron: by how much does the learning rule change w₁ on this "
                                           "flower (Δw₁)?")
P_PERC_AFTER = QT_TRANSLATE_NOOP("Exercises", "Perceptron: what is {name} after the update on the flower x({i})?")
P_ADA_E = QT_TRANSLATE_NOOP("Exercises", "Adaline: what is the error e of the first flower before the step?")
P_ADA_AFTER = QT_TRANSLATE_NOOP("Exercises", "Adaline, one batch gradient-descent step on the {m} flowers: what is "
                                             "{name} after the step?")
P_ADA_J_AFTER = QT_TRANSLATE_NOOP("Exercises", "Adaline: what is the cost J after that one step?")
P_LOG_A = QT_TRANSLATE_NOOP("Exercises", "Logistic regression: what is the output a of the first flower before "
                                         "the step?")
P_LOG_J = QT_TRANSLATE_NOOP("Exercises", "Logistic regression: what is the cost J over the {m} flowers before the "
                                         "step?")
P_LOG_AFTER = QT_TRANSLATE_NOOP("Exercises", "Logistic regression, one gradient-descent step: what is {name} after "
                                             "the step?")

F_NET_INPUT = QT_TRANSLATE_NOOP("Exercises", "z = wᵀx + b = w₁x₁ + w₂x₂ + b")
F_STEP = QT_TRANSLATE_NOOP("Exercises", "ŷ = +1 if z ≥ 0, else −1")
F_PERCEPTRON = QT_TRANSLATE_NOOP("Exercises", "Δwⱼ = η (y − ŷ) xⱼ,  wⱼ := wⱼ + Δwⱼ,  b := b + η (y − ŷ)")
F_ADA_ERROR = QT_TRANSLATE_NOOP("Exercises", "e = y − z with z = wᵀx + b (Adaline's activation is linear)")
F_ADALINE = QT_TRANSLATE_NOOP("Exercises", "e = y − (Xw + b),  w := w + η Xᵀe,  b := b + η Σ e")
F_ADA_COST = QT_TRANSLATE_NOOP("Exercises", "J = ½ Σ e², with the errors of the new weights")
F_LOG_A = QT_TRANSLATE_NOOP("Exercises", "a = σ(z) = 1 / (1 + e^(−z)),  z = wᵀx + b")
F_LOG_COST = QT_TRANSLATE_NOOP("Exercises", "J = −(1/m) Σ [t log a + (1 − t) log(1 − a)]")
F_LOGISTIC = QT_TRANSLATE_NOOP("Exercises", "dz = a − t,  dw = (1/m) Xᵀdz,  db = (1/m) Σ dz,  w := w − α dw,  "
                                            "b := b − α db")

W_SUM = QT_TRANSLATE_NOOP("Exercises", "{name} = {terms} = {value}")
W_STEP = QT_TRANSLATE_NOOP("Exercises", "z = {z}, so ŷ = {yhat}")
W_PERC_DW = QT_TRANSLATE_NOOP("Exercises", "Δw₁ = η (y − ŷ) x₁ = {eta} · ({y} − {yhat}) · {x} = {value}")
W_PERC_AFTER = QT_TRANSLATE_NOOP("Exercises", "{name} := {before} + {eta} · ({y} − {yhat}) · {x} = {value}")
W_ADA_E = QT_TRANSLATE_NOOP("Exercises", "e = y − z = {y} − {z} = {value}")
W_ADA_AFTER = QT_TRANSLATE_NOOP("Exercises", "errors e = {e}; {name} := {before} + {eta} · {sum} = {value}")
W_ADA_J = QT_TRANSLATE_NOOP("Exercises", "new weights w = {w}, b = {b}; errors e = {e}; J = ½ Σ e² = {value}")
W_LOG_A = QT_TRANSLATE_NOOP("Exercises", "z = {z}, a = σ({z}) = {value}")
W_LOG_J = QT_TRANSLATE_NOOP("Exercises", "t = {t}, a = {a}: J = {value}")
W_LOG_AFTER = QT_TRANSLATE_NOOP("Exercises", "dz = a − t = {dz}; {name} := {before} − {alpha} · {grad} = {value}")


@dataclass(frozen=True)
class NeuronSetup:
    """What one step of a single neuron starts from: ``w_`` (w_[0] the bias, as in classic.py),
    the flowers ``X`` (rows), their labels ``y`` (−1 setosa, +1 versicolor), the learning rate
    and the Iris rows they are (0-based in the chapter's 100)."""

    w_: np.ndarray
    X: np.ndarray
    y: np.ndarray
    rate: float
    rows: tuple[int, ...]


def perceptron_setup(rng: np.random.Generator, X: np.ndarray, y: np.ndarray) -> NeuronSetup:
    """Seeded starting weights (two decimals) and one flower they misclassify, so the rule moves."""
    w = np.round(rng.uniform(-1.0, 1.0, 3), 2)
    wrong = np.flatnonzero(np.where(X @ w[1:] + w[0] >= 0.0, 1, -1) != y)
    row = int(rng.choice(wrong if wrong.size else np.arange(len(y))))
    return NeuronSetup(w, X[row:row + 1].copy(), y[row:row + 1].copy(), PERCEPTRON_ETA, (row,))


def batch_setup(rng: np.random.Generator, X: np.ndarray, y: np.ndarray, rate: float) -> NeuronSetup:
    """Seeded starting weights (two decimals) and three flowers: a setosa, a versicolor, one more."""
    setosa, versicolor = np.flatnonzero(y == -1), np.flatnonzero(y == 1)
    rows = [int(rng.choice(setosa)), int(rng.choice(versicolor))]
    rows.append(int(rng.choice(np.setdiff1d(np.arange(len(y)), rows))))
    w = np.round(rng.uniform(-0.5, 0.5, 3), 2)
    return NeuronSetup(w, X[rows].copy(), y[rows].copy(), rate, tuple(rows))


def _vector_operands(setup: NeuronSetup, row: int = 0) -> tuple[Operand, ...]:
    x = setup.X[row]
    return (Operand("w", ((0, 0), (0, 1)), (float(setup.w_[1]), float(setup.w_[2]))),
            Operand(f"x({setup.rows[row]})", ((0, 0), (0, 1)), (float(x[0]), float(x[1]))),
            Operand("b", ((0, 0),), (float(setup.w_[0]),)))


def _dot_terms(w_, x) -> str:
    return f"{signed(w_[1])}·{signed(x[0])} + {signed(w_[2])}·{signed(x[1])} + {signed(w_[0])}"


def perceptron_questions(setup: NeuronSetup) -> dict[str, Question]:
    """perceptron.z, .yhat, .dw[1], .w[1], .w[2], .b — one update of Perceptron on one flower."""
    p = Perceptron(eta=setup.rate, epochs=1)
    p.initialize(2)
    p.w_ = setup.w_.copy()
    x, target, i = setup.X[0], float(setup.y[0]), setup.rows[0]
    z, yhat = float(p.net_input(x)), int(p.predict(x))
    trace = trace_classic("perceptron", setup.w_, setup.X, setup.y, setup.rate)
    dx = next(s for s in trace if s.phase == "update" and s.key == "W").operands[1][1]
    p.train_epoch(setup.X, setup.y)
    after = p.w_.copy()
    eta, ys, yh = num(setup.rate), num(target), signed(yhat)
    ops = _vector_operands(setup)
    label = Operand(f"y({i})", ((0, 0),), (target,))
    qs = [
        Question("perceptron.z", "perceptron", "number", say(P_PERC_Z, i=i), z, say(F_NET_INPUT), ops,
                 say(W_SUM, name="z", terms=_dot_terms(setup.w_, x), value=num(z, 6))),
        Question("perceptron.yhat", "perceptron", "sign", say(P_PERC_YHAT, i=i), sign_of(yhat), say(F_STEP), ops,
                 say(W_STEP, z=num(z, 6), yhat=num(yhat))),
        Question("perceptron.dw[1]", "perceptron", "number", say(P_PERC_DW), float(dx[0]), say(F_PERCEPTRON),
                 (ops[1], label), say(W_PERC_DW, eta=eta, y=ys, yhat=yh, x=num(x[0]), value=num(dx[0], 6))),
    ]
    for key, name, index, xv in (("w[1]", "w₁", 1, x[0]), ("w[2]", "w₂", 2, x[1]), ("b", "b", 0, 1.0)):
        qs.append(Question(
            f"perceptron.{key}", "perceptron", "number", say(P_PERC_AFTER, name=name, i=i), float(after[index]),
            say(F_PERCEPTRON), (*ops, label),
            say(W_PERC_AFTER, name=name, before=num(setup.w_[index]), eta=eta, y=ys, yhat=yh, x=num(xv),
                value=num(after[index], 6))))
    return {q.key: q for q in qs}


def adaline_questions(setup: NeuronSetup) -> dict[str, Question]:
    """adaline.e[1], .w[1], .w[2], .b, .J — one batch gradient-descent step of AdalineGD."""
    a = AdalineGD(eta=setup.rate, epochs=1)
    a.initialize(2)
    a.w_ = setup.w_.copy()
    trace = trace_classic("adaline", setup.w_, setup.X, setup.y, setup.rate)
    errors = next(s for s in trace if s.phase == "backward").value
    z0 = float(a.net_input(setup.X)[0])
    a.train_epoch(setup.X, setup.y)
    after = a.w_.copy()
    J = a.cost(setup.X, setup.y)
    new_errors = setup.y - a.activation(setup.X)
    m, eta = len(setup.y), num(setup.rate)
    ops = (Operand("X", tuple((r, c) for r in range(m) for c in range(2)), tuple(map(float, setup.X.ravel()))),
           Operand("y", tuple((r, 0) for r in range(m)), tuple(map(float, setup.y))),
           Operand("w", ((0, 0), (0, 1)), (float(setup.w_[1]), float(setup.w_[2]))),
           Operand("b", ((0, 0),), (float(setup.w_[0]),)))
    qs = [Question("adaline.e[1]", "adaline", "number", say(P_ADA_E), float(errors[0]), say(F_ADA_ERROR),
                   _vector_operands(setup) + (ops[1],),
                   say(W_ADA_E, y=num(setup.y[0]), z=signed(z0, 6), value=num(errors[0], 6)))]
    sums = {1: setup.X[:, 0] @ errors, 2: setup.X[:, 1] @ errors, 0: errors.sum()}
    for key, name, index in (("w[1]", "w₁", 1), ("w[2]", "w₂", 2), ("b", "b", 0)):
        qs.append(Question(
            f"adaline.{key}", "adaline", "number", say(P_ADA_AFTER, m=m, name=name), float(after[index]),
            say(F_ADALINE), ops,
            say(W_ADA_AFTER, e=vec(errors, 6), name=name, before=num(setup.w_[index]), eta=eta,
                sum=signed(sums[index], 6), value=num(after[index], 6))))
    qs.append(Question("adaline.J", "adaline", "number", say(P_ADA_J_AFTER), float(J), say(F_ADA_COST), ops,
                       say(W_ADA_J, w=vec(after[1:], 6), b=num(after[0], 6), e=vec(new_errors, 6),
                           value=num(J, 6))))
    return {q.key: q for q in qs}


def logistic_questions(setup: NeuronSetup) -> dict[str, Question]:
    """logistic.a[1], .J, .w[1], .w[2], .b — one gradient-descent step of LogisticRegressionGD."""
    lr = LogisticRegressionGD(alpha=setup.rate, epochs=1)
    lr.set_classes(setup.y)
    lr.initialize(2)
    lr.w_ = setup.w_.copy()
    z = lr.net_input(setup.X)
    a = lr.activation(setup.X)
    t = (setup.y == lr.classes_[1]).astype(np.float64)
    J = lr.train_epoch(setup.X, setup.y)
    after = lr.w_.copy()
    m, alpha = len(setup.y), num(setup.rate)
    dz = a - t
    grads = {1: setup.X[:, 0] @ dz / m, 2: setup.X[:, 1] @ dz / m, 0: dz.sum() / m}
    ops = (Operand("X", tuple((r, c) for r in range(m) for c in range(2)), tuple(map(float, setup.X.ravel()))),
           Operand("t", tuple((r, 0) for r in range(m)), tuple(map(float, t))),
           Operand("w", ((0, 0), (0, 1)), (float(setup.w_[1]), float(setup.w_[2]))),
           Operand("b", ((0, 0),), (float(setup.w_[0]),)))
    qs = [Question("logistic.a[1]", "logistic", "number", say(P_LOG_A), float(a[0]), say(F_LOG_A),
                   _vector_operands(setup), say(W_LOG_A, z=num(z[0], 6), value=num(a[0], 6))),
          Question("logistic.J", "logistic", "number", say(P_LOG_J, m=m), float(J), say(F_LOG_COST), ops,
                   say(W_LOG_J, t=vec(t), a=vec(a, 6), value=num(J, 6)))]
    for key, name, index in (("w[1]", "w₁", 1), ("w[2]", "w₂", 2), ("b", "b", 0)):
        qs.append(Question(
            f"logistic.{key}", "logistic", "number", say(P_LOG_AFTER, name=name), float(after[index]),
            say(F_LOGISTIC), ops,
            say(W_LOG_AFTER, dz=vec(dz, 6), name=name, before=num(setup.w_[index]), alpha=alpha,
                grad=signed(grads[index], 6), value=num(after[index], 6))))
    return {q.key: q for q in qs}
