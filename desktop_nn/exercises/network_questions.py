"""Questions on the deep network, each made from the engine's own numbers (no Qt).

* one iteration on one example — an entry of z, a, dz, dW, db, the cost J, the sign of a
  gradient, a weight after the update — read from the step-through's trace
  (``engine.trace.trace_example``): the key is the very number the trace shows;
* the shapes of W[l], dW[l], b[l], Z[l], A[l] for the chapter's L = 5 network — read from a
  ``Network`` of those sizes after a forward and a backward pass over m examples.

Cells are zero-based in keys and operands (``forward.Z[1][0,0]``) and one-based in what the
student reads ("row 1").
"""

from __future__ import annotations

import numpy as np

from ..engine.network import Network
from ..engine.trace_messages import QT_TRANSLATE_NOOP
from .answers import sign_of
from .questions import Operand, Question
from .wording import num, say, shape_text, sign_symbol, signed, vec

CHAPTER_DIMS = (2, 3, 5, 4, 2, 1)

PROMPT_FORWARD = QT_TRANSLATE_NOOP("Exercises", "Forward pass on the example x({i}): what is {name}, row {row}?")
PROMPT_COST = QT_TRANSLATE_NOOP("Exercises", "The cost of the example x({i}) alone: what is J?")
PROMPT_BACKWARD = QT_TRANSLATE_NOOP("Exercises", "Backward pass on the example x({i}): what is {name}, row {row}?")
PROMPT_BACKWARD_CELL = QT_TRANSLATE_NOOP("Exercises", "Backward pass on the example x({i}): what is {name}, "
                                                      "row {row}, column {col}?")
PROMPT_SIGN = QT_TRANSLATE_NOOP("Exercises", "Backward pass on the example x({i}): is {name}, row {row}, column "
                                             "{col} positive (+), negative (−) or zero (0)?")
PROMPT_UPDATE = QT_TRANSLATE_NOOP("Exercises", "One gradient-descent step with α = {alpha}: what is the new {name}, "
                                               "row {row}, column {col}?")
PROMPT_SHAPE = QT_TRANSLATE_NOOP("Exercises", "In the chapter's network (m = {m} examples): what is the shape of "
                                              "{name}?")

HINT_FORMULA = "{formula}"          # a formula, nothing to translate
HINT_SHAPES = QT_TRANSLATE_NOOP("Exercises", "W[l] and dW[l] are (n[l], n[l−1]); b[l] and db[l] are (n[l], 1); "
                                             "Z[l] and A[l] are (n[l], m).")

WORK_SUM = QT_TRANSLATE_NOOP("Exercises", "{name}, row {row} = {terms} = {value}")
WORK_APPLY = QT_TRANSLATE_NOOP("Exercises", "{name}, row {row} = {g}({z}) = {value}")
WORK_SOFTMAX = QT_TRANSLATE_NOOP("Exercises", "{name}, row {row} = e^{z} / Σₖ e^zₖ with z = {zs}: {value}")
WORK_COST = QT_TRANSLATE_NOOP("Exercises", "{formula} with a = {a} and y = {y}: J = {value}")
WORK_DIFFERENCE = QT_TRANSLATE_NOOP("Exercises", "{name}, row {row} = {a} − {y} = {value}")
WORK_PRODUCT = QT_TRANSLATE_NOOP("Exercises", "{name}, row {row}, column {col} = {dz} · {a} = {value}")
WORK_SAME = QT_TRANSLATE_NOOP("Exercises", "{name}, row {row} = {dz_name}, row {row} = {value}")
WORK_HIDDEN = QT_TRANSLATE_NOOP("Exercises", "{da_name}, row {row} = {terms} = {da}; then {name}, row {row} = "
                                             "{da} · g′({z}) = {da} · {gp} = {value}")
WORK_SIGN = QT_TRANSLATE_NOOP("Exercises", "{name}, row {row}, column {col} = {dz} · {a} = {value}: sign {sign}")
WORK_UPDATE = QT_TRANSLATE_NOOP("Exercises", "{name} := {w} − {alpha} · {dw} = {value}")
WORK_SHAPE = QT_TRANSLATE_NOOP("Exercises", "{name} is {symbol} = {shape}")


def find_step(trace, phase: str, key: str, layer: int):
    """The trace's step of ``phase`` computing ``key`` ("Z", "dW", …) in ``layer``."""
    for step in trace:
        if step.phase == phase and step.key == key and step.layer == layer:
            return step
    raise KeyError(f"the trace has no {phase} step {key} in layer {layer}")


def _cells(rows, cols) -> tuple[tuple[int, int], ...]:
    return tuple((r, c) for r in rows for c in cols)


def _operand(name: str, matrix, cells) -> Operand:
    M = np.atleast_2d(np.asarray(matrix))
    return Operand(name, tuple(cells), tuple(float(M[r, c]) for r, c in cells))


def _hints(step) -> dict:
    return {"formula": say(HINT_FORMULA, formula=step.formula)}


def forward_z(trace, l: int, r: int) -> Question:
    """Z[l] row r: Σₖ W[l][r,k] a[l−1]ₖ + b[l]ᵣ."""
    step = find_step(trace, "forward", "Z", l)
    (wn, W), (an, a), (bn, b) = step.operands
    name, Z = step.result
    n = W.shape[1]
    terms = " + ".join(f"{signed(W[r, k])}·{signed(a[k, 0])}" for k in range(n)) + f" + {signed(b[r, 0])}"
    return Question(
        f"forward.Z[{l}][{r},0]", "forward", "number",
        say(PROMPT_FORWARD, i=trace.example, name=name, row=r + 1), float(Z[r, 0]),
        operands=(_operand(wn, W, _cells([r], range(n))), _operand(an, a, _cells(range(n), [0])),
                  _operand(bn, b, ((r, 0),))),
        working=say(WORK_SUM, name=name, row=r + 1, terms=terms, value=num(Z[r, 0], 6)),
        target=(name, (r, 0)), **_hints(step))


def forward_a(trace, l: int, r: int) -> Question:
    """A[l] row r = g[l](Z[l]) row r (softmax: from the whole column)."""
    step = find_step(trace, "forward", "A", l)
    (zn, Z), = step.operands
    name, A = step.result
    g = trace.activations[l - 1]
    if g == "softmax":
        operand = _operand(zn, Z, _cells(range(Z.shape[0]), [0]))
        working = say(WORK_SOFTMAX, name=name, row=r + 1, z=num(Z[r, 0]), zs=vec(Z[:, 0]), value=num(A[r, 0], 6))
    else:
        operand = _operand(zn, Z, ((r, 0),))
        working = say(WORK_APPLY, name=name, row=r + 1, g=g, z=num(Z[r, 0]), value=num(A[r, 0], 6))
    return Question(f"forward.A[{l}][{r},0]", "forward", "number",
                    say(PROMPT_FORWARD, i=trace.example, name=name, row=r + 1), float(A[r, 0]),
                    operands=(operand,), working=working, target=(name, (r, 0)), **_hints(step))


def cost(trace) -> Question:
    """J of the example alone (m = 1)."""
    step = find_step(trace, "cost", "J", trace.L)
    (an, A), (yn, Y) = step.operands
    value = float(step.value)
    n = A.shape[0]
    return Question("cost.J", "cost", "number", say(PROMPT_COST, i=trace.example), value,
                    operands=(_operand(an, A, _cells(range(n), [0])), _operand(yn, Y, _cells(range(n), [0]))),
                    working=say(WORK_COST, formula=step.formula, a=vec(A), y=vec(Y), value=num(value, 6)),
                    target=("J", (0, 0)), **_hints(step))


def output_delta(trace, r: int) -> Question:
    """dZ[L] row r = A[L] − Y (the output's natural loss)."""
    L = trace.L
    step = find_step(trace, "backward", "dZ", L)
    (an, A), (yn, Y) = step.operands
    name, dZ = step.result
    return Question(f"backward.dZ[{L}][{r},0]", "backward", "number",
                    say(PROMPT_BACKWARD, i=trace.example, name=name, row=r + 1), float(dZ[r, 0]),
                    operands=(_operand(an, A, ((r, 0),)), _operand(yn, Y, ((r, 0),))),
                    working=say(WORK_DIFFERENCE, name=name, row=r + 1, a=num(A[r, 0], 6), y=num(Y[r, 0]),
                                value=num(dZ[r, 0], 6)),
                    target=(name, (r, 0)), **_hints(step))


def _dw_parts(trace, l: int, r: int, c: int):
    step = find_step(trace, "backward", "dW", l)
    (dzn, dZ), (atn, AT) = step.operands
    name, dW = step.result
    operands = (_operand(dzn, dZ, ((r, 0),)), _operand(atn, AT, ((0, c),)))
    return step, name, float(dW[r, c]), operands, float(dZ[r, 0]), float(AT[0, c])


def weight_gradient(trace, l: int, r: int, c: int) -> Question:
    """dW[l] row r, column c = dz[l]ᵣ · a[l−1]꜀ (one example)."""
    step, name, value, operands, dz, a = _dw_parts(trace, l, r, c)
    return Question(f"backward.dW[{l}][{r},{c}]", "backward", "number",
                    say(PROMPT_BACKWARD_CELL, i=trace.example, name=name, row=r + 1, col=c + 1), value,
                    operands=operands, target=(name, (r, c)),
                    working=say(WORK_PRODUCT, name=name, row=r + 1, col=c + 1, dz=signed(dz, 6), a=signed(a, 6),
                                value=num(value, 6)),
                    **_hints(step))


def gradient_sign(trace, l: int, r: int, c: int) -> Question:
    """The sign of dW[l] row r, column c."""
    step, name, value, operands, dz, a = _dw_parts(trace, l, r, c)
    sign = sign_of(value)
    return Question(f"backward.sign.dW[{l}][{r},{c}]", "backward", "sign",
                    say(PROMPT_SIGN, i=trace.example, name=name, row=r + 1, col=c + 1), sign,
                    operands=operands, target=(name, (r, c)),
                    working=say(WORK_SIGN, name=name, row=r + 1, col=c + 1, dz=signed(dz, 6), a=signed(a, 6),
                                value=num(value, 6),
                                sign=sign_symbol(sign)),
                    **_hints(step))


def bias_gradient(trace, l: int, r: int) -> Question:
    """db[l] row r = dz[l] row r (one example)."""
    step = find_step(trace, "backward", "db", l)
    (dzn, dZ), = step.operands
    name, db = step.result
    return Question(f"backward.db[{l}][{r},0]", "backward", "number",
                    say(PROMPT_BACKWARD, i=trace.example, name=name, row=r + 1), float(db[r, 0]),
                    operands=(_operand(dzn, dZ, ((r, 0),)),), target=(name, (r, 0)),
                    working=say(WORK_SAME, name=name, row=r + 1, dz_name=dzn, value=num(db[r, 0], 6)),
                    **_hints(step))


def hidden_delta(trace, l: int, r: int) -> Question:
    """dZ[l] row r of a hidden layer: (W[l+1]ᵀ dz[l+1])ᵣ · g′(z[l]ᵣ)."""
    da_step = find_step(trace, "backward", "dA", l)
    step = find_step(trace, "backward", "dZ", l)
    (wtn, WT), (dzn, dZ) = da_step.operands
    (dan, dA), (gn, gZ) = step.operands
    name, dZl = step.result
    zname = find_step(trace, "forward", "Z", l).result[0]
    Z = find_step(trace, "forward", "Z", l).result[1]
    k = WT.shape[1]
    terms = " + ".join(f"{signed(WT[r, j])}·{signed(dZ[j, 0], 6)}" for j in range(k))
    return Question(f"backward.dZ[{l}][{r},0]", "backward", "number",
                    say(PROMPT_BACKWARD, i=trace.example, name=name, row=r + 1), float(dZl[r, 0]),
                    operands=(_operand(wtn, WT, _cells([r], range(k))), _operand(dzn, dZ, _cells(range(k), [0])),
                              _operand(zname, Z, ((r, 0),)), _operand(gn, gZ, ((r, 0),))),
                    working=say(WORK_HIDDEN, da_name=dan, name=name, row=r + 1, terms=terms, da=num(dA[r, 0], 6),
                                z=num(Z[r, 0]), gp=num(gZ[r, 0], 6), value=num(dZl[r, 0], 6)),
                    target=(name, (r, 0)), formula=say(HINT_FORMULA, formula=f"{da_step.formula};  {step.formula}"))


def updated(trace, p: str, l: int, r: int, c: int = 0) -> Question:
    """W[l] (p = "W") or b[l] (p = "b") after W := W − α dW, row r, column c."""
    step = find_step(trace, "update", p, l)
    (wn, before), (gn, grad) = step.operands
    name, after = step.result
    alpha = num(trace.learning_rate, 6)
    return Question(f"update.{p}[{l}][{r},{c}]", "update", "number",
                    say(PROMPT_UPDATE, alpha=alpha, name=wn, row=r + 1, col=c + 1), float(after[r, c]),
                    operands=(_operand(wn, before, ((r, c),)), _operand(gn, grad, ((r, c),))),
                    working=say(WORK_UPDATE, name=wn, w=num(before[r, c], 6), alpha=alpha,
                                dw=signed(grad[r, c], 6), value=num(after[r, c], 6)),
                    target=(name, (r, c)), **_hints(step))


# --- shapes of the chapter's network ------------------------------------------------------------

SHAPE_SYMBOLS = {"W": "(n[{l}], n[{p}])", "dW": "(n[{l}], n[{p}])", "b": "(n[{l}], 1)", "db": "(n[{l}], 1)",
                 "Z": "(n[{l}], m)", "A": "(n[{l}], m)", "dZ": "(n[{l}], m)"}


def chapter_shapes(m: int, dims=CHAPTER_DIMS) -> dict[str, tuple[int, ...]]:
    """Every matrix's shape as the engine makes it: a Network of ``dims`` after one forward and
    one backward pass over m examples ({"W3": (4, 5), "dW3": …, "Z4": (2, m), …})."""
    net = Network(list(dims), hidden_activation="relu", seed=0)
    X = np.zeros((dims[0], m))
    Y = np.zeros((dims[-1], m))
    AL, caches = net.forward(X)
    grads = net.backward(AL, Y, caches)
    shapes = {}
    for l in range(1, len(dims)):
        shapes[f"W{l}"] = tuple(net.params[f"W{l}"].shape)
        shapes[f"b{l}"] = tuple(net.params[f"b{l}"].shape)
        shapes[f"Z{l}"] = tuple(caches[l - 1].Z.shape)
        shapes[f"A{l}"] = tuple(caches[l - 1].A.shape)
        for g in ("dW", "db", "dZ"):
            shapes[f"{g}{l}"] = tuple(grads[f"{g}{l}"].shape)
    return shapes


def shape_question(what: str, l: int, m: int, shapes: dict, dims=CHAPTER_DIMS) -> Question:
    """The shape of ``what`` ("W", "dW", "b", "Z", "A", …) in layer l of the network ``dims``."""
    name = f"{what}[{l}]"
    shape = shapes[f"{what}{l}"]
    symbol = SHAPE_SYMBOLS[what].format(l=l, p=l - 1)
    operands = [Operand(f"n[{l}]", values=(float(dims[l]),))]
    if what in ("W", "dW"):
        operands.append(Operand(f"n[{l - 1}]", values=(float(dims[l - 1]),)))
    if what in ("Z", "A", "dZ"):
        operands.append(Operand("m", values=(float(m),)))
    return Question(f"shapes.{name}", "shapes", "shape",
                    say(PROMPT_SHAPE, m=m, name=name), shape,
                    formula=say(HINT_SHAPES), operands=tuple(operands),
                    working=say(WORK_SHAPE, name=name, symbol=symbol, shape=shape_text(shape)),
                    target=(name, (0, 0)))
