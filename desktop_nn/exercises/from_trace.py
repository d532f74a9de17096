"""Questions made from a network's trace: the numbers a student computes by hand at one step.

A :class:`~desktop_nn.engine.trace_records.TraceStep` records its formula, its operands (name,
matrix) and its result (name, matrix). The builders here turn one step into
:class:`~desktop_nn.exercises.questions.Question` s whose key *is* the trace's own number, whose
operands are the cells of the step's operand matrices the answer is computed from, and whose
working is the formula with those numbers put in.

API (all Qt-free; ``ctx`` is the :class:`~desktop_nn.engine.trace_records.Trace`, or any object
with ``activations`` (one name per layer) and ``learning_rate`` — e.g. :class:`Context` — so a
caller holding the steps before the trace is complete can ask too; ``step`` is a TraceStep or its
index in ``ctx`` (a Trace))::

    shape_question(ctx, step)                         the shape of the step's result
    entry_question(ctx, step, cell=None, rng=None, limit=None)
                                                      one entry of Z, A, dZ, dW, db, dA, or of
                                                      W[l]/b[l] after the update
    sign_question(ctx, step, cell=None, rng=None, limit=None)
                                                      the sign of a gradient's entry (backward)
    questions_for_step(ctx, step, cell=None, rng=None, limit=None)
                                                      every question the step can ask, in the order
                                                      entry, sign, shape (what a step cannot ask is
                                                      left out)
    default_question(ctx, step, rng=None, limit=None) the step-through's exercise mode's choice
    can_ask(step) -> tuple[str, ...]                   of "entry", "sign", "shape"
    pick_cell(shape, rng=None, limit=None)            the (row, column) an rng chooses
    canonical_name(step) -> "Z[1]", "dW[2]", "W[1]"    the matrix's name in keys

``cell`` is the zero-based (row, column) of the result; without it ``rng`` chooses (a
``numpy.random.Generator`` or an int seed; None is seed 0), among the first ``limit`` =
(rows, columns) when given (a view that elides a large matrix shows only its first rows and
columns). ``entry_question`` raises ``ValueError`` for a step it cannot ask about (see
:func:`can_ask`).

Keys are stable — the same for every seed and for the vectorised and one-example notation —
built from the phase, the chapter's matrix name, the zero-based cell and the kind:

    forward.Z[1][2,0]   forward.A[2][0,3]   backward.dZ[2][0,1]   backward.dW[1][2,1]
    backward.db[1][0,0]   backward.dA[1][1,0]   update.W[2][0,2]   update.b[1][1,0]
    backward.dW[1][2,1].sign   forward.Z[1].shape

What each entry is computed from (the operands, cells in the *step's* operand matrices, named as
the step names them, so a view can light them up):

    Z[l][i,j]    row i of W[l], column j of A[l−1] (X), b[l][i]
    A[l][i,j]    Z[l][i,j] (softmax: column j of Z[l])
    dZ[L][i,j]   A[L][i,j] and Y[i,j] (natural pairing), or dA[L][i,j] and g′(Z[L])[i,j]
    dW[l][i,k]   row i of dZ[l], column k of A[l−1]ᵀ                      (not with L2)
    db[l][i,0]   row i of dZ[l]
    dA[l−1][k,j] row k of W[l]ᵀ, column j of dZ[l]
    dZ[l][i,j]   dA[l][i,j] and g′(Z[l])[i,j]                              (hidden layers)
    W[l] new     W[l][i,k] and dW[l][i,k], with α = ctx.learning_rate

Not asked as entries: the cost J, dA[L] of a loss that is not the output's natural pair, and the
softmax Jacobian's dZ[L]; nor dW[l] with an L2 term (its W[l] is not an operand of the step).
Their shapes, and the gradients' signs, can still be asked.

The step-through's default (:func:`default_question`): forward Z and A steps ask an entry;
backward dZ and dW steps an entry, db steps the sign of an entry, dA steps the shape; update
steps the new weight (W and b); the cost step asks nothing. Where the default cannot be asked it
falls back to the sign, then the shape.

Every question's ``meta`` holds ``step`` (the step's index), ``hide`` ("cell" or "shape": what a
view hides as "?"), ``result`` (the result's name as the step shows it), ``cell`` (or None),
``value`` (the exact float of the cell), and ``operands_hint`` (hint 2 as a Message: the operands
with their numbers; for a shape question the operands' shapes). Sentences are Messages of the
"Exercises" context, written in :mod:`.trace_sentences`; numbers in them are formatted there
(six significant figures, :func:`num`), never translated.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine.trace_messages import NEW, Message
from .answers import CONTEXT, sign_of
from .questions import Operand, Question
from .trace_sentences import (
    HINT_A,
    HINT_A_SOFTMAX,
    HINT_DA,
    HINT_DB,
    HINT_DW,
    HINT_MINUS,
    HINT_SHAPE,
    HINT_SIGN,
    HINT_TIMES,
    HINT_UPDATE,
    HINT_Z,
    PROMPT_ENTRY,
    PROMPT_SHAPE,
    PROMPT_SIGN,
    PROMPT_UPDATED,
    SIGN_WORDS,
    SUM_OF,
    SUM_OF_ENTRIES,
    WORKING,
    WORKING_SIGN,
    _Equation,
    _factor,
    _msg,
    _name,
    _operands_hint,
    _products,
    _shapes_hint,
    _sum_text,
    _Words,
    num,
)

ASKS = ("entry", "sign", "shape")
TERMS_SHOWN = 8          # a sum of more products is written as "Σ of n products"


@dataclass(frozen=True)
class Context:
    """What a builder needs besides the step: the activations (one per layer) and α."""

    activations: tuple[str, ...]
    learning_rate: float


# --- cells ----------------------------------------------------------------------------------------

def _rng(rng) -> np.random.Generator:
    if isinstance(rng, np.random.Generator):
        return rng
    return np.random.default_rng(0 if rng is None else rng)


def pick_cell(shape, rng=None, limit=None) -> tuple[int, int]:
    """A (row, column) of a matrix of ``shape``, chosen by ``rng`` among the first ``limit`` =
    (rows, columns) when given."""
    rows, cols = (tuple(shape) + (1, 1))[:2]
    if limit is not None:
        rows, cols = max(1, min(rows, limit[0])), max(1, min(cols, limit[1]))
    g = _rng(rng)
    return int(g.integers(rows)), int(g.integers(cols))


def _step(ctx, step):
    return ctx[step] if isinstance(step, (int, np.integer)) else step


def canonical_name(step) -> str:
    """The chapter's name of the step's result, the same in both notations: "Z[1]", "dW[2]",
    "W[1]" (an update step: the parameter it changes)."""
    return f"{step.key}[{step.layer}]"


def _result(step) -> np.ndarray:
    value = np.asarray(step.result[1])
    return value.reshape(1, 1) if value.ndim == 0 else (value.reshape(1, -1) if value.ndim == 1 else value)


def _two_d(a) -> np.ndarray:
    a = np.asarray(a)
    return a.reshape(1, 1) if a.ndim == 0 else (a.reshape(1, -1) if a.ndim == 1 else a)


def _row(name, matrix, i) -> Operand:
    m = _two_d(matrix)
    return Operand(name, tuple((i, k) for k in range(m.shape[1])), tuple(float(v) for v in m[i, :]))


def _col(name, matrix, j) -> Operand:
    m = _two_d(matrix)
    return Operand(name, tuple((k, j) for k in range(m.shape[0])), tuple(float(v) for v in m[:, j]))


def _cell(name, matrix, i, j) -> Operand:
    return Operand(name, ((i, j),), (float(_two_d(matrix)[i, j]),))


def _is_network_step(step) -> bool:
    """A step of a network's trace (a classic model's steps hold vectors and scalars)."""
    return np.ndim(step.result[1]) == 2 and step.key in ("Z", "A", "J", "dA", "dZ", "dW", "db", "W", "b")


def can_ask(step) -> tuple[str, ...]:
    """Which questions a step of a network's trace can ask: some of "entry", "sign", "shape"."""
    if not _is_network_step(step) or step.key == "J":
        return ()
    asks = []
    if _entry_parts(step, (0, 0), None, check_only=True) is not None:
        asks.append("entry")
    if step.phase == "backward":
        asks.append("sign")
    asks.append("shape")
    return tuple(asks)


# --- the entries' working -------------------------------------------------------------------------

def _ops(step) -> list[tuple[str, np.ndarray]]:
    return [(n, _two_d(v)) for n, v in step.operands]


def _g(ctx, step) -> str:
    return ctx.activations[step.layer - 1]


def _dot_working(left: Operand, right: Operand, scale_m: int | None = None, plus: Operand | None = None) -> str:
    """Σ left·right (÷ m) (+ plus): written in full up to TERMS_SHOWN products, else summed."""
    a, b = np.array(left.values), np.array(right.values)
    if len(a) <= TERMS_SHOWN:
        body = _products(a, b)
    else:
        body = _msg(SUM_OF, n=len(a), sum=num(float(a @ b)))
    if plus is not None:
        b0 = plus.values[0]
        body = (f"{body} + {_factor(b0)}" if isinstance(body, str)
                else _Words("", {"parts": (body, f"+ {_factor(b0)}"), "sep": " "}))
    if scale_m is not None and scale_m != 1:
        body = (f"(1/{scale_m}) × ({body})" if isinstance(body, str)
                else _Words("", {"parts": (f"(1/{scale_m}) ×", body), "sep": " "}))
    return body


def _entry_parts(step, cell, ctx, check_only=False):
    """(formula hint, operands, expression) of one entry, or None when the step cannot ask it."""
    i, j = cell
    ops = _ops(step)
    names = [n for n, _ in ops]
    formula = step.formula.split("   ")[0]
    key = step.key
    if step.phase == "forward" and key == "Z":
        if check_only:
            return ()
        (Wn, W), (An, A), (bn, b) = ops
        w, a, bb = _row(Wn, W, i), _col(An, A, j), _cell(bn, b, i, 0)
        hint = _msg(HINT_Z, formula=formula, row=i + 1, col=j + 1, W=Wn, A=An, b=bn)
        return hint, (w, a, bb), _dot_working(w, a, plus=bb)
    if step.phase == "forward" and key == "A":
        if check_only:
            return ()
        (Zn, Z), = ops
        g = _g(ctx, step)
        if g == "softmax":
            col = _col(Zn, Z, j)
            exps = " + ".join(f"e^{_factor(v)}" for v in col.values)
            return (_msg(HINT_A_SOFTMAX, formula=formula, Z=Zn, col=j + 1), (col,),
                    f"e^{_factor(Z[i, j])} / ({exps})")
        z = _cell(Zn, Z, i, j)
        return _msg(HINT_A, formula=formula, g=g, Z=Zn), (z,), f"{g}({num(z.values[0])})"
    if step.phase == "backward" and key == "dZ" and len(ops) == 2 and step.formula.count("-") == 1 \
            and "*" not in step.formula:                                  # dZ[L] = A[L] − Y
        if check_only:
            return ()
        (An, A), (Yn, Y) = ops
        a, y = _cell(An, A, i, j), _cell(Yn, Y, i, j)
        return (_msg(HINT_MINUS, formula=formula, left=An, right=Yn), (a, y),
                f"{num(a.values[0])} − {_factor(y.values[0])}")
    if step.phase == "backward" and key == "dZ" and "softmax" not in step.formula and "*" in step.formula:
        if check_only:
            return ()
        (dAn, dA), (gn, gz) = ops                                        # dA * g'(Z)
        a, d = _cell(dAn, dA, i, j), _cell(gn, gz, i, j)
        return (_msg(HINT_TIMES, formula=formula, left=dAn, right=gn), (a, d),
                f"{_factor(a.values[0])} × {_factor(d.values[0])}")
    if step.phase == "backward" and key == "dW" and "λ" not in step.formula:
        if check_only:
            return ()
        (dZn, dZ), (ATn, AT) = ops
        m = dZ.shape[1]
        d, a = _row(dZn, dZ, i), _col(ATn, AT, j)
        return (_msg(HINT_DW, formula=formula, row=i + 1, col=j + 1, dZ=dZn, AT=ATn, m=m), (d, a),
                _dot_working(d, a, scale_m=m))
    if step.phase == "backward" and key == "db":
        if check_only:
            return ()
        (dZn, dZ), = ops
        m = dZ.shape[1]
        d = _row(dZn, dZ, i)
        if m <= TERMS_SHOWN:
            body = f"({_sum_text(d.values)})"
        else:
            body = _msg(SUM_OF_ENTRIES, n=m, sum=num(sum(d.values)))
        if m != 1:
            body = (f"(1/{m}) × {body}" if isinstance(body, str)
                    else _Words("", {"parts": (f"(1/{m}) ×", body), "sep": " "}))
        return _msg(HINT_DB, formula=formula, row=i + 1, dZ=dZn, m=m), (d,), body
    if step.phase == "backward" and key == "dA" and len(names) == 2 and names[0].startswith("W["):
        if check_only:
            return ()
        (WTn, WT), (dZn, dZ) = ops
        w, d = _row(WTn, WT, i), _col(dZn, dZ, j)
        return (_msg(HINT_DA, formula=formula, row=i + 1, col=j + 1, WT=WTn, dZ=dZn), (w, d),
                _dot_working(w, d))
    if step.phase == "update" and key in ("W", "b"):
        if check_only:
            return ()
        (Pn, P), (dPn, dP) = ops
        alpha = float(ctx.learning_rate)
        p, d = _cell(Pn, P, i, j), _cell(dPn, dP, i, j)
        return (_msg(HINT_UPDATE, formula=formula, P=Pn, dP=dPn, alpha=num(alpha)), (p, d),
                f"{num(p.values[0])} − {_factor(alpha)} × {_factor(d.values[0])}")
    return None


def _choose(step, cell, rng, limit) -> tuple[int, int]:
    shape = _result(step).shape
    if cell is None:
        return pick_cell(shape, rng, limit)
    i, j = int(cell[0]), int(cell[1])
    if not (0 <= i < shape[0] and 0 <= j < shape[1]):
        raise ValueError(f"cell {cell} is outside {canonical_name(step)} {shape}")
    return i, j


def _entry(ctx, step, cell, rng, limit, sign: bool) -> Question:
    step = _step(ctx, step)
    if not _is_network_step(step):
        raise ValueError("questions are made from the steps of a network's trace")
    i, j = _choose(step, cell, rng, limit)
    parts = _entry_parts(step, (i, j), ctx)
    if parts is None:
        raise ValueError(f"step {step.index + 1} ({step.formula}) cannot ask an entry; see can_ask")
    hint, operands, expression = parts
    shown = step.result[0]
    value = float(_result(step)[i, j])
    name = canonical_name(step)
    updated = step.phase == "update"
    lhs = (Message(NEW, {"name": f"{step.operands[0][0]}[{i + 1}, {j + 1}]"}) if updated
           else f"{shown}[{i + 1}, {j + 1}]")
    meta = {"step": step.index, "hide": "cell", "result": shown, "cell": (i, j), "value": value,
            "operands_hint": _operands_hint(operands)}
    if sign:
        s = sign_of(value)
        return Question(
            key=f"{step.phase}.{name}[{i},{j}].sign", topic=step.phase, kind="sign",
            prompt=_msg(PROMPT_SIGN, name=shown, row=i + 1, col=j + 1), answer=s,
            formula=_msg(HINT_SIGN, hint=hint), operands=operands,
            working=_msg(WORKING_SIGN, lhs=lhs, expression=expression, value=num(value), sign=_msg(SIGN_WORDS[s])),
            target=(shown, (i, j)), meta=meta)
    display = step.operands[0][0] if updated else shown
    return Question(
        key=f"{step.phase}.{name}[{i},{j}]", topic=step.phase, kind="number",
        prompt=_msg(PROMPT_UPDATED if updated else PROMPT_ENTRY, name=display, row=i + 1, col=j + 1),
        answer=value, formula=hint, operands=operands,
        working=_msg(WORKING, lhs=lhs, expression=expression, value=num(value)),
        target=(shown, (i, j)), meta=meta)


def entry_question(ctx, step, cell=None, *, rng=None, limit=None) -> Question:
    """One entry of the step's result (Z, A, dZ, dW, db, dA; W[l] or b[l] after the update)."""
    return _entry(ctx, step, cell, rng, limit, sign=False)


def sign_question(ctx, step, cell=None, *, rng=None, limit=None) -> Question:
    """The sign (+1, −1, 0) of one entry of a backward step's result. The working is the entry's
    when the step can ask it (see :func:`can_ask`), else the entry's value alone."""
    s = _step(ctx, step)
    if s.phase != "backward":
        raise ValueError("signs are asked of the gradients (the backward steps)")
    if "entry" in can_ask(s):
        return _entry(ctx, s, cell, rng, limit, sign=True)
    i, j = _choose(s, cell, rng, limit)
    shown, value = s.result[0], float(_result(s)[i, j])
    v = sign_of(value)
    lhs = f"{shown}[{i + 1}, {j + 1}]"
    return Question(
        key=f"{s.phase}.{canonical_name(s)}[{i},{j}].sign", topic=s.phase, kind="sign",
        prompt=_msg(PROMPT_SIGN, name=shown, row=i + 1, col=j + 1), answer=v,
        formula=_msg(HINT_SIGN, hint=s.formula.split("   ")[0]), operands=(),
        working=_msg(WORKING, lhs=lhs, expression=_msg(SIGN_WORDS[v]), value=num(value)),
        target=(shown, (i, j)),
        meta={"step": s.index, "hide": "cell", "result": shown, "cell": (i, j), "value": value,
              "operands_hint": _shapes_hint(s)})


def shape_question(ctx, step) -> Question:
    """The shape of the step's result, from its operands' shapes (the dimensions slide's rules)."""
    s = _step(ctx, step)
    shown = s.result[0]
    shape = tuple(int(d) for d in np.shape(s.result[1]))
    return Question(
        key=f"{s.phase}.{canonical_name(s)}.shape", topic=s.phase, kind="shape",
        prompt=_msg(PROMPT_SHAPE, name=_name(shown)), answer=shape,
        formula=_msg(HINT_SHAPE, formula=s.formula.split("   ")[0]),
        operands=tuple(Operand(n) for n, _ in s.operands),
        working=_Equation("", {"equation": s.equation}),
        target=None,
        meta={"step": s.index, "hide": "shape", "result": shown, "cell": None, "value": shape,
              "operands_hint": _shapes_hint(s)})


def questions_for_step(ctx, step, cell=None, *, rng=None, limit=None) -> list[Question]:
    """Every question ``step`` can ask, entry then sign then shape (one cell for all)."""
    s = _step(ctx, step)
    asks = can_ask(s)
    if not asks:
        return []
    if cell is None and ("entry" in asks or "sign" in asks):
        cell = pick_cell(_result(s).shape, rng, limit)
    out = []
    if "entry" in asks:
        out.append(entry_question(ctx, s, cell))
    if "sign" in asks:
        out.append(sign_question(ctx, s, cell))
    out.append(shape_question(ctx, s))
    return out


#: the step-through's default question per (phase, key); see the module docstring
DEFAULTS = {
    ("forward", "Z"): "entry", ("forward", "A"): "entry",
    ("backward", "dZ"): "entry", ("backward", "dW"): "entry", ("backward", "db"): "sign",
    ("backward", "dA"): "shape",
    ("update", "W"): "entry", ("update", "b"): "entry",
}


def default_question(ctx, step, *, rng=None, limit=None) -> Question | None:
    """The question exercise mode asks at ``step`` (None at the cost step and for a step that
    is not a network's)."""
    s = _step(ctx, step)
    asks = can_ask(s)
    wanted = DEFAULTS.get((s.phase, s.key))
    if not asks or wanted is None:
        return None
    for kind in (wanted, "sign", "shape"):
        if kind in asks:
            if kind == "shape":
                return shape_question(ctx, s)
            build = entry_question if kind == "entry" else sign_question
            return build(ctx, s, rng=rng, limit=limit)
    return None


__all__ = ["ASKS", "CONTEXT", "Context", "DEFAULTS", "can_ask", "canonical_name", "default_question",
           "entry_question", "num", "pick_cell", "questions_for_step", "shape_question", "sign_question"]
