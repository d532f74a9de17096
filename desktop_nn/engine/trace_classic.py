"""Step-through traces of the chapter's single-neuron models, in the slides' own notation.

``trace_classic(kind, w_, X, y, learning_rate)`` follows ``classic.py`` line by line (rows are
examples, ``w_[0]`` is the bias) and with its exact arithmetic, so the weights after the traced
updates equal what the model's ``train`` computes for the same epoch:

    perceptron    z = wᵀx(i) + b,  ŷ = step(z),  Δ = η (y(i) − ŷ),  w := w + Δ x(i),  b := b + Δ
    adaline_sgd   z = wᵀx(i) + b,  e = y(i) − z,  w := w + η e x(i),  b := b + η e
    adaline       z = X w + b,  e = y − z,  J = ½ Σ e²,  w := w + η Xᵀ e,  b := b + η Σ e
    logistic      z = X w + b,  a = σ(z),  J,  dz = a − t,  dw = (1/m) Xᵀ dz,  db = (1/m) Σ dz,
                  w := w − α dw,  b := b − α db
"""

from __future__ import annotations

import numpy as np

from .errors import ConfigError
from .trace_messages import MODEL_NAMES, NOTES, TITLES, Message, name_of
from .trace_records import ShapeEquation, Term, Trace, TraceStep, _ro_copy


def trace_classic(kind: str, w_, X, y, learning_rate, samples=None) -> Trace:
    """One epoch's formulas of a classic model, with classic.py's conventions and arithmetic.

    kind: "perceptron" or "adaline_sgd" (per sample: ``samples`` lists the rows, default all),
    "adaline" or "logistic" (one batch step over all rows). ``y`` holds -1/+1 (perceptron,
    Adaline) or 0/1 targets t (logistic regression). ``params_after["w_"]`` is the weight vector
    after the traced updates, exactly as the model's ``train`` computes it.
    """
    eta = float(learning_rate)
    X = _ro_copy(np.asarray(X, dtype=np.float64))
    y = _ro_copy(np.asarray(y, dtype=np.float64))
    w = np.array(w_, dtype=np.float64)
    before = _ro_copy(w)
    n = X.shape[1]
    steps: list[TraceStep] = []

    def add(phase, key, formula, rich, operands, result, terms, symbol, note=""):
        name, value = result
        value = _ro_copy(value)
        parts = (Message(NOTES[note]),) if note else ()
        steps.append(TraceStep(len(steps), phase, 1, key, formula, rich,
                               tuple((nm, _ro_copy(v)) for nm, v in operands), (name, value),
                               ShapeEquation(tuple(terms), name, value.shape, symbol), "".join(map(str, parts)),
                               (0,), 1, parts))

    if kind in ("perceptron", "adaline_sgd"):
        rows = range(len(y)) if samples is None else samples
        for i in rows:
            xi, target = X[i], y[i]
            z = np.dot(xi, w[1:]) + w[0]
            sx = f"x({i})"
            add("forward", "z", f"z = wᵀ{sx} + b", f"z = w<sup>T</sup>x<sup>({i})</sup> + b",
                (("w", w[1:].copy()), (sx, xi), ("b", w[:1].copy())), ("z", z),
                (Term("", "wᵀ", (n,), ("n",)), Term("·", sx, (n,), ("n",)), Term("+", "b", ())), ())
            if kind == "perceptron":
                yhat = np.where(z >= 0.0, 1, -1)
                add("forward", "A", "ŷ = step(z)", "ŷ = step(z) &nbsp; (+1 if z ≥ 0 else −1)",
                    (("z", z),), ("ŷ", yhat), (Term("", "z", ()), Term("apply", "step")), ())
                update = eta * (target - yhat)
                add("backward", "dZ", f"Δ = η (y({i}) - ŷ)", f"Δ = η (y<sup>({i})</sup> − ŷ)",
                    ((f"y({i})", target), ("ŷ", yhat)), ("Δ", update),
                    (Term("", f"y({i})", ()), Term("−", "ŷ", ()), Term("scale", "η")), (),
                    "perceptron_delta")
                new_w = w[1:] + update * xi
                new_b = w[0] + update
                dw_name = "Δ x"
                dw, db = update * xi, update
            else:
                error = target - z
                add("backward", "dZ", f"e = y({i}) - z", f"e = y<sup>({i})</sup> − z",
                    ((f"y({i})", target), ("z", z)), ("e", error),
                    (Term("", f"y({i})", ()), Term("−", "z", ())), (), "adaline_error")
                dw = xi.dot(error)
                new_w = w[1:] + eta * dw
                new_b = w[0] + eta * error
                dw_name, db = "e x", error
            add("update", "W", f"w := w + η {dw_name}", f"w := w + η {dw_name}",
                (("w", w[1:].copy()), (dw_name, dw)), ("w new", new_w),
                (Term("", "w", (n,), ("n",)), Term("+", f"η {dw_name}", (n,), ("n",))), ("n",))
            add("update", "b", "b := b + " + ("Δ" if kind == "perceptron" else "η e"),
                "b := b + " + ("Δ" if kind == "perceptron" else "η e"),
                (("b", w[:1].copy()), ("Δ" if kind == "perceptron" else "e", db)), ("b new", new_b),
                (Term("", "b", ()), Term("+", "Δ", ())), ())
            w[1:] = new_w
            w[0] = new_b
    elif kind in ("adaline", "logistic"):
        m = len(y)
        z = np.dot(X, w[1:]) + w[0]
        add("forward", "z", "z = X w + b", "z = X w + b", (("X", X), ("w", w[1:].copy()), ("b", w[:1].copy())),
            ("z", z), (Term("", "X", X.shape, ("m", "n")), Term("·", "w", (n,), ("n",)), Term("+", "b", ())),
            ("m",), "rows_are_examples")
        if kind == "adaline":
            errors = y - z
            add("backward", "dZ", "e = y - z", "e = y − z", (("y", y), ("z", z)), ("e", errors),
                (Term("", "y", y.shape, ("m",)), Term("−", "z", z.shape, ("m",))), ("m",))
            add("cost", "J", "J = ½ Σ e²", "J = ½ Σ e<sup>2</sup>", (("e", errors),),
                ("J", np.array((errors ** 2).sum() / 2.0)), (Term("", "e", errors.shape, ("m",)), Term("sum_all", "Σ")), ())
            step_w = eta * X.T.dot(errors)
            new_w, new_b = w[1:] + step_w, w[0] + eta * errors.sum()
            add("update", "W", "w := w + η Xᵀ e", "w := w + η X<sup>T</sup> e",
                (("w", w[1:].copy()), ("Xᵀ e", X.T.dot(errors))), ("w new", new_w),
                (Term("", "w", (n,), ("n",)), Term("+", "η Xᵀ e", (n,), ("n",))), ("n",))
            add("update", "b", "b := b + η Σ e", "b := b + η Σ e", (("b", w[:1].copy()), ("Σ e", errors.sum())),
                ("b new", new_b), (Term("", "b", ()), Term("+", "η Σ e", ())), ())
        else:
            a = np.exp(-np.logaddexp(0.0, -z))          # classic.py's overflow-free sigmoid
            add("forward", "A", "a = σ(z)", "a = σ(z)", (("z", z),), ("a", a),
                (Term("", "z", z.shape, ("m",)), Term("apply", "σ")), ("m",))
            add("cost", "J", "J = -(1/m) Σ [t log a + (1 - t) log(1 - a)]",
                "J = −<sup>1</sup>&frasl;<sub>m</sub> Σ [t log a + (1 − t) log(1 − a)]",
                (("a", a), ("t", y)), ("J", np.array(np.mean(np.logaddexp(0.0, z) - y * z))),
                (Term("", "a", a.shape, ("m",)), Term("−", "t", y.shape, ("m",)), Term("sum_all", "Σ")), ())
            dz = a - y
            add("backward", "dZ", "dz = a - t", "dz = a − t", (("a", a), ("t", y)), ("dz", dz),
                (Term("", "a", a.shape, ("m",)), Term("−", "t", y.shape, ("m",))), ("m",))
            dw = X.T.dot(dz) / m
            add("backward", "dW", "dw = (1/m) Xᵀ dz", "dw = <sup>1</sup>&frasl;<sub>m</sub> X<sup>T</sup> dz",
                (("Xᵀ", X.T), ("dz", dz)), ("dw", dw),
                (Term("", "Xᵀ", X.T.shape, ("n", "m")), Term("·", "dz", (m,), ("m",)), Term("scale", f"1/{m}")),
                ("n",))
            add("backward", "db", "db = (1/m) Σ dz", "db = <sup>1</sup>&frasl;<sub>m</sub> Σ dz", (("dz", dz),),
                ("db", np.array(dz.sum() / m)), (Term("", "dz", dz.shape, ("m",)), Term("sum_all", "Σ")), ())
            # classic.py computes alpha * X.T.dot(dz) / m: the same order here, so w matches exactly
            new_w, new_b = w[1:] - eta * X.T.dot(dz) / m, w[0] - eta * dz.sum() / m
            add("update", "W", "w := w - α dw", "w := w − α dw", (("w", w[1:].copy()), ("dw", dw)),
                ("w new", new_w), (Term("", "w", (n,), ("n",)), Term("−", "α dw", (n,), ("n",))), ("n",))
            add("update", "b", "b := b - α db", "b := b − α db", (("b", w[:1].copy()), ("db", dz.sum() / m)),
                ("b new", new_b), (Term("", "b", ()), Term("−", "α db", ())), ())
        w[1:] = new_w
        w[0] = new_b
    else:
        raise ConfigError(f"unknown classic model {kind!r}; choose perceptron, adaline, adaline_sgd or logistic.")
    return Trace(steps, layer_dims=(n, 1), m=len(y), learning_rate=eta, params_before={"w_": before},
                 params_after={"w_": _ro_copy(w)},
                 title_message=Message(TITLES["classic"], {"model": name_of(MODEL_NAMES, kind), "m": len(y)}))


