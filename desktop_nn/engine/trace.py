"""The step-through: one iteration of gradient descent as a list of steps with real numbers.

``trace(network, X, Y, learning_rate)`` returns one :class:`TraceStep` per formula of

    forward    Z[l] = W[l] A[l-1] + b[l],  A[l] = g[l](Z[l])          l = 1..L
    cost       J = (1/m) sum_i L(a[L](i), y(i))
    backward   dZ[L] = A[L] - Y                                        (natural pairings)
               dW[l] = (1/m) dZ[l] A[l-1]^T                            l = L..1
               db[l] = (1/m) np.sum(dZ[l], axis=1, keepdims=True)
               dA[l-1] = W[l]^T dZ[l],  dZ[l-1] = dA[l-1] * g[l-1]'(Z[l-1])
    update     W[l] := W[l] - alpha dW[l],  b[l] := b[l] - alpha db[l]

These are the chapter's summary slide with its two typos corrected: dW[L] uses A[L-1]^T (the
slide prints A[L]^T) and dZ[L-1] uses W[L]^T (the slide prints dW[L]^T).

Every number comes from the engine's readable path: the matrices of the forward steps are the
caches of ``Network.forward``, those of the backward steps the gradients of
``Network.backward``, and the updated parameters those ``Network.update`` writes into a copy of
the network. Nothing here re-derives them, so a test can demand exact equality. The network
passed in is never changed.

``trace_example`` traces one column x(i) (m = 1) in the chapter's lower-case, non-vectorised
notation; ``trace_classic.trace_classic`` traces the single-neuron models (perceptron rule,
Adaline's delta rule, logistic regression) with the conventions of ``classic.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from .activations import get_activation
from .errors import ConfigError, ShapeError
from .fastpath import readonly_view
from .network import Network, check_learning_rate

Array = np.ndarray
PHASES = ("forward", "cost", "backward", "update")


# --- shape equations ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Term:
    """One operand of a shape equation.

    op:  ""  the first operand          "·"  matrix product (inner dimensions must match)
         "+" "−" "*"  elementwise, numpy broadcasting (a (n, 1) column is copied across m)
         ","  a second operand of the same shape (the loss of A[L] and Y)
         "scale"  multiply by a scalar (1/m, alpha)   "apply"  elementwise function g
         "sum_rows"  np.sum(..., axis=1, keepdims=True)   "sum_all"  sum of every entry -> scalar
    """

    op: str
    name: str
    shape: tuple[int, ...] = ()
    symbol: tuple[str, ...] = ()


@dataclass(frozen=True)
class ShapeEquation:
    terms: tuple[Term, ...]
    result: str
    shape: tuple[int, ...]
    symbol: tuple[str, ...]

    def evaluate(self) -> tuple[int, ...]:
        """The result's shape by the rules of each operation; ShapeError if they do not line up."""
        current: tuple[int, ...] = ()
        for t in self.terms:
            if t.op == "":
                current = t.shape
            elif t.op == "·":       # numpy's matmul rules, 1-D vectors included
                if not current or not t.shape or current[-1] != t.shape[0]:
                    raise ShapeError(f"{_fmt(current)} · {_fmt(t.shape)}: inner dimensions differ")
                current = current[:-1] + t.shape[1:]
            elif t.op in ("+", "−", "*", ","):
                try:
                    current = tuple(np.broadcast_shapes(current, t.shape))
                except ValueError:
                    raise ShapeError(f"{_fmt(current)} {t.op} {_fmt(t.shape)} do not broadcast") from None
            elif t.op == "sum_rows":
                current = (current[0], 1)
            elif t.op == "sum_all":
                current = ()
            elif t.op not in ("scale", "apply"):
                raise ShapeError(f"unknown operation {t.op!r}")
        return current

    def broadcasts(self) -> list[str]:
        """A sentence for every operand numpy stretches (e.g. b[l] (n, 1) across the m columns)."""
        notes = []
        for k, t in enumerate(self.terms):
            if k and t.op in ("+", "−", "*"):
                before = ShapeEquation(self.terms[:k], "", (), ()).evaluate()
                target = tuple(np.broadcast_shapes(before, t.shape))
                if t.shape != target and len(target) == 2 and t.shape:
                    notes.append(f"{t.name} {_fmt(t.shape)} is broadcast to {_fmt(target)}: "
                                 f"the same column is used for each of the {target[1]} columns")
        return notes

    def text(self) -> str:
        """``W[2] (5, 3) · A[1] (3, 200) + b[2] (5, 1) → Z[2] (5, 200)``"""
        return self._render(lambda t: _fmt(t.shape)) + f" → {self.result} {_fmt(self.shape)}"

    def symbolic(self) -> str:
        """``(n[2], n[1]) · (n[1], m) + (n[2], 1) → (n[2], m)``, as on the dimensions slide."""
        def sym(t):
            return _sym(t.symbol) if t.symbol else _fmt(t.shape)
        return self._render(sym, names=False) + f" → {_sym(self.symbol) if self.symbol else _fmt(self.shape)}"

    def _render(self, shape_of, names: bool = True) -> str:
        parts = []
        for t in self.terms:
            label = f"{t.name} {shape_of(t)}" if names else shape_of(t)
            if t.op == "":
                parts.append(label)
            elif t.op in ("·", "+", "−", "*"):
                parts.append(f"{t.op} {label}")
            elif t.op == ",":
                parts[-1] += ","
                parts.append(label)
            elif t.op == "scale":
                parts.append(f"× {t.name}")
            elif t.op == "apply":
                parts.append(f"→ {t.name} (elementwise)")
            elif t.op == "sum_rows":
                parts.append("→ sum over the m columns")
            elif t.op == "sum_all":
                parts.append("→ sum of all entries")
        return " ".join(parts)


def _fmt(shape: tuple[int, ...]) -> str:
    return "scalar" if shape == () else "(" + ", ".join(str(s) for s in shape) + ")"


def _sym(symbol: tuple[str, ...]) -> str:
    return "scalar" if symbol == () else "(" + ", ".join(symbol) + ")"


# --- a step --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TraceStep:
    """One formula executed on real numbers. Every array is read-only."""

    index: int                              # position in the trace, 0-based
    phase: str                              # "forward" | "cost" | "backward" | "update"
    layer: int                              # l (0 = the inputs); the cost step has layer L
    key: str                                # "Z", "A", "J", "dA", "dZ", "dW", "db", "W", "b"
    formula: str                            # plain text: "Z[2] = W[2] A[1] + b[2]"
    rich: str                               # the same with <sup>/<sub> for a QLabel
    operands: tuple[tuple[str, Array], ...]  # (name, matrix) in the order of the formula
    result: tuple[str, Array]               # (name, matrix)
    equation: ShapeEquation
    note: str = ""                          # one sentence for the student
    neurons: tuple[int, ...] = ()           # the neurons of ``layer`` involved (0-based)
    link_layer: int = 0                     # the weights W[link_layer] involved (0 = none)

    @property
    def shapes(self) -> str:
        return self.equation.text()

    @property
    def value(self) -> Array:
        return self.result[1]


class Trace(list):
    """The steps of one iteration (a list of TraceStep) and what they were computed from."""

    def __init__(self, steps=(), *, layer_dims=(), m=0, learning_rate=0.0, activations=(),
                 params_before=None, params_after=None, cost=float("nan"), example=None,
                 columns=None, title=""):
        super().__init__(steps)
        self.layer_dims = tuple(layer_dims)
        self.L = len(self.layer_dims) - 1
        self.m = m
        self.learning_rate = learning_rate
        self.activations = tuple(activations)
        self.params_before = params_before or {}
        self.params_after = params_after or {}
        self.cost = cost
        self.example = example          # the column i of a per-example trace, else None
        self.columns = columns          # the columns of X the trace used (None: all)
        self.title = title


_ro = readonly_view         # a read-only view of the engine's fresh arrays


def _ro_copy(a) -> Array:
    c = np.array(a, copy=True)
    c.flags.writeable = False
    return c


# --- notation ------------------------------------------------------------------------------------

class _Notation:
    """Names of the chapter: vectorised (Z[l], A[l], X) or one example (z[l](i), a[l](i), x(i))."""

    def __init__(self, example: int | None):
        self.example = example
        self.one = example is not None
        self.i = f"({example})" if self.one else ""

    def M(self, letter: str, l: int | None = None, d: str = "") -> str:
        """Plain name: M("Z", 2) -> "Z[2]" or "z[2](i)"; d="d" for gradients."""
        if letter == "X":
            return ("x" if self.one else "X") + self.i
        if letter == "Y":
            return ("y" if self.one else "Y") + self.i
        if self.one and letter in ("Z", "A"):
            letter = letter.lower()
            return f"{d}{letter}[{l}]{self.i}"
        return f"{d}{letter}[{l}]"

    def R(self, letter: str, l: int | None = None, d: str = "", T: str = "") -> str:
        """Rich name with superscripts: Z<sup>[2]</sup>, x<sup>(i)</sup>, A<sup>[1]T</sup>."""
        if letter in ("X", "Y"):
            base = letter.lower() if self.one else letter
            sup = self.i + T
            return f"{base}<sup>{sup}</sup>" if sup else base
        if self.one and letter in ("Z", "A"):
            letter = letter.lower()
        return f"{d}{letter}<sup>[{l}]{self.i if letter in ('z', 'a') else ''}{T}</sup>"

    def prev(self, l: int) -> tuple[str, str]:
        """A[l-1], written X for l = 1 (A[0] = X)."""
        return (self.M("X"), self.R("X")) if l == 1 else (self.M("A", l - 1), self.R("A", l - 1))

    def prevT(self, l: int) -> tuple[str, str]:
        return ((self.M("X") + "ᵀ", self.R("X", T="T")) if l == 1
                else (self.M("A", l - 1) + "ᵀ", self.R("A", l - 1, T="T")))


def _S(l) -> str:
    return f"n[{l}]"


# --- the deep network ----------------------------------------------------------------------------

def iter_trace(network: Network, X, Y, learning_rate, *, example: int | None = None,
               state: dict | None = None) -> Iterator[TraceStep]:
    """Yield the steps of one iteration as soon as each is known (forward ones first).

    Used by the GUI's trace worker, which shows the first step while the backward pass is still
    being computed. Pass a dict as ``state`` and :func:`collect` turns the steps into the same
    :class:`Trace` that ``trace()`` returns.
    """
    yield from _iter_trace(network, X, Y, learning_rate, example, {} if state is None else state)


def collect(steps, state: dict, learning_rate, example: int | None = None) -> Trace:
    """The Trace of the steps ``iter_trace`` yielded (``state`` is the dict it filled)."""
    dims, m = state["layer_dims"], state["m"]
    title = f"{'-'.join(map(str, dims))} network, " + (
        f"one example x({example}), m = 1" if example is not None else f"m = {m}")
    return Trace(steps, layer_dims=dims, m=m, learning_rate=float(learning_rate),
                 activations=state["activations"], params_before=state["params_before"],
                 params_after=state["params_after"], cost=state["cost"], example=example,
                 columns=None if example is None else (example,), title=title)


def _iter_trace(network, X, Y, learning_rate, example, state):
    alpha = check_learning_rate(learning_rate)
    net = network.copy()
    N = _Notation(example)
    X = _ro_copy(X)
    Y = _ro_copy(Y)
    AL, caches = net.forward_readable(X)      # the formulas one by one (checked against the fast path)
    L, m = net.L, caches[0].A_prev.shape[1]
    dims = net.layer_dims
    ms = "1" if N.one else "m"
    index = 0
    state.update(m=m, layer_dims=dims, activations=tuple(net.activations))

    def step(phase, layer, key, formula, rich, operands, result, terms, symbol, note="", neurons=None,
             link_layer=0):
        nonlocal index
        name, value = result
        value = _ro(value)
        eq = ShapeEquation(tuple(terms), name, tuple(value.shape), symbol)
        s = TraceStep(index, phase, layer, key, formula, rich,
                      tuple((n, _ro(v)) for n, v in operands), (name, value), eq, note,
                      tuple(range(dims[layer])) if neurons is None else tuple(neurons), link_layer)
        index += 1
        return s

    # forward
    for l in range(1, L + 1):
        c = caches[l - 1]
        pn, pr = N.prev(l)
        Zn, An = N.M("Z", l), N.M("A", l)
        g = net.activations[l - 1]
        yield step(
            "forward", l, "Z",
            f"{Zn} = W[{l}] {pn} + b[{l}]",
            f"{N.R('Z', l)} = W<sup>[{l}]</sup> {pr} + b<sup>[{l}]</sup>",
            ((f"W[{l}]", c.W), (pn, c.A_prev), (f"b[{l}]", c.b)), (Zn, c.Z),
            (Term("", f"W[{l}]", c.W.shape, (_S(l), _S(l - 1))),
             Term("·", pn, c.A_prev.shape, (_S(l - 1), ms)),
             Term("+", f"b[{l}]", c.b.shape, (_S(l), "1"))),
            (_S(l), ms),
            (f"Each of the {dims[l]} rows of W[{l}] weighs the {dims[l - 1]} " if dims[l] > 1
             else f"The one row of W[{l}] weighs the {dims[l - 1]} ")
            + f"{'inputs' if l == 1 else f'outputs of layer {l - 1}'}; one column per example"
            + (f"; b[{l}] is added to every one of the {m} columns (broadcasting)." if m > 1 else "."),
            link_layer=l,
        )
        yield step(
            "forward", l, "A",
            f"{An} = g[{l}]({Zn})   g[{l}] = {g}",
            f"{N.R('A', l)} = g<sup>[{l}]</sup>({N.R('Z', l)}) &nbsp; g<sup>[{l}]</sup> = {g}",
            ((Zn, c.Z),), (An, c.A),
            (Term("", Zn, c.Z.shape, (_S(l), ms)), Term("apply", g)),
            (_S(l), ms),
            f"{g} is applied to every entry"
            + (" of each column (softmax: the column sums to 1)" if g == "softmax" else "")
            + f"; the cache (A[{l - 1}], W[{l}], b[{l}], Z[{l}]) is kept for the backward pass."
            + (f"  A[{L}] = Ŷ, the prediction." if l == L else ""),
        )

    # cost
    J = net.cost(AL, Y)
    state["cost"] = J
    Yn, Yr = N.M("Y"), N.R("Y")
    ALn, ALr = N.M("A", L), N.R("A", L)
    loss_text, loss_rich = _loss_formula(net.loss, ALn, Yn, ALr, Yr, N.one)
    l2 = ""
    if net.l2:
        l2 = f" + λ/(2{ms}) Σ‖W[l]‖²"
    yield step(
        "cost", L, "J",
        f"J = {loss_text}{l2}", f"J = {loss_rich}{l2}",
        ((ALn, AL), (Yn, Y)), ("J", np.array(J)),
        (Term("", ALn, AL.shape, (_S(L), ms)), Term(",", Yn, Y.shape, (_S(L), ms)), Term("sum_all", "Σ")),
        (),
        f"The {net.loss.replace('_', ' ')} averaged over the {m} example{'s' if m > 1 else ''}: "
        f"one number that gradient descent makes smaller.",
    )

    # backward
    grads = net.backward(AL, Y, caches)
    state["grads"] = grads
    if not net.natural_pairing:
        dAL = grads[f"dA{L}"]
        yield step(
            "backward", L, "dA", f"d{ALn} = ∂L/∂{ALn}   ({net.loss.replace('_', ' ')})",
            f"d{ALr} = ∂L/∂{ALr}", ((ALn, AL), (Yn, Y)), (f"d{ALn}", dAL),
            (Term("", ALn, AL.shape, (_S(L), ms)), Term("−", Yn, Y.shape, (_S(L), ms))),
            (_S(L), ms), "The loss's own derivative: this output and loss are not a natural pair.")
        gp = get_activation(net.activations[-1], net.leaky_slope)
        Zn, Zr = N.M("Z", L), N.R("Z", L)
        if gp.elementwise:
            gZ = gp.derivative(caches[-1].Z)
            yield step(
                "backward", L, "dZ", f"d{Zn} = d{ALn} * g[{L}]'({Zn})",
                f"d{Zr} = d{ALr} * g<sup>[{L}]</sup>′({Zr})",
                ((f"d{ALn}", dAL), (f"g[{L}]'({Zn})", gZ)), (f"d{Zn}", grads[f"dZ{L}"]),
                (Term("", f"d{ALn}", dAL.shape, (_S(L), ms)), Term("*", f"g'({Zn})", gZ.shape, (_S(L), ms))),
                (_S(L), ms), "Chain rule through the output activation, entry by entry.")
        else:
            yield step(
                "backward", L, "dZ", f"d{Zn} = A * (dA - Σ_k A dA)   (softmax Jacobian)",
                f"d{Zr} = A * (dA − Σ<sub>k</sub> A dA)",
                ((f"d{ALn}", dAL), (ALn, AL)), (f"d{Zn}", grads[f"dZ{L}"]),
                (Term("", f"d{ALn}", dAL.shape, (_S(L), ms)), Term("*", ALn, AL.shape, (_S(L), ms))),
                (_S(L), ms), "Softmax mixes the units of a column, so its Jacobian is applied per column.")
    else:
        dZ = grads[f"dZ{L}"]
        Zn, Zr = N.M("Z", L), N.R("Z", L)
        yield step(
            "backward", L, "dZ", f"d{Zn} = {ALn} - {Yn}", f"d{Zr} = {ALr} − {Yr}",
            ((ALn, AL), (Yn, Y)), (f"d{Zn}", dZ),
            (Term("", ALn, AL.shape, (_S(L), ms)), Term("−", Yn, Y.shape, (_S(L), ms))),
            (_S(L), ms),
            f"{net.output} output with {net.loss.replace('_', ' ')}: the chain rule collapses to "
            f"prediction minus target.")
    for l in range(L, 0, -1):
        c = caches[l - 1]
        dZn, dZr = N.M("Z", l, "d"), N.R("Z", l, "d")
        dZ = grads[f"dZ{l}"]
        ptn, ptr = N.prevT(l)
        reg = f" + (λ/{ms}) W[{l}]" if net.l2 else ""
        if N.one:
            f_plain, f_rich = f"dW[{l}] = {dZn} {ptn}{reg}", f"dW<sup>[{l}]</sup> = {dZr} {ptr}{reg}"
        else:
            f_plain = f"dW[{l}] = (1/m) {dZn} {ptn}{reg}"
            f_rich = f"dW<sup>[{l}]</sup> = <sup>1</sup>&frasl;<sub>m</sub> {dZr} {ptr}{reg}"
        yield step(
            "backward", l, "dW", f_plain, f_rich,
            ((dZn, dZ), (ptn, c.A_prev.T)), (f"dW[{l}]", grads[f"dW{l}"]),
            (Term("", dZn, dZ.shape, (_S(l), ms)), Term("·", ptn, c.A_prev.T.shape, (ms, _S(l - 1))),
             *(() if N.one else (Term("scale", f"1/{m}"),))),
            (_S(l), _S(l - 1)),
            f"Uses {ptn} — the input of layer {l} (the slide's summary misprints A[L]ᵀ here); "
            f"the product sums over the {m} example{'s' if m > 1 else ''}.",
            link_layer=l)
        if N.one:
            f_plain, f_rich = f"db[{l}] = {dZn}", f"db<sup>[{l}]</sup> = {dZr}"
        else:
            f_plain = f"db[{l}] = (1/m) np.sum({dZn}, axis=1, keepdims=True)"
            f_rich = (f"db<sup>[{l}]</sup> = <sup>1</sup>&frasl;<sub>m</sub> "
                      f"np.sum({dZr}, axis=1, keepdims=True)")
        yield step(
            "backward", l, "db", f_plain, f_rich, ((dZn, dZ),), (f"db[{l}]", grads[f"db{l}"]),
            (Term("", dZn, dZ.shape, (_S(l), ms)),
             *(() if N.one else (Term("sum_rows", "Σ"), Term("scale", f"1/{m}")))),
            (_S(l), "1"), "The average of each row of dZ: one number per neuron, shaped like b.")
        if l > 1:
            dA = grads[f"dA{l - 1}"]
            dAn, dAr = N.M("A", l - 1, "d"), N.R("A", l - 1, "d")
            yield step(
                "backward", l - 1, "dA", f"{dAn} = W[{l}]ᵀ {dZn}", f"{dAr} = W<sup>[{l}]T</sup> {dZr}",
                ((f"W[{l}]ᵀ", c.W.T), (dZn, dZ)), (dAn, dA),
                (Term("", f"W[{l}]ᵀ", c.W.T.shape, (_S(l - 1), _S(l))), Term("·", dZn, dZ.shape, (_S(l), ms))),
                (_S(l - 1), ms),
                f"The error flows back through the weights W[{l}]ᵀ (not dW[{l}]ᵀ, as the slide's "
                f"summary misprints).", link_layer=l)
            prev = caches[l - 2]
            g = net.activations[l - 2]
            gZ = get_activation(g, net.leaky_slope).derivative(prev.Z)
            Zp, Zpr = N.M("Z", l - 1), N.R("Z", l - 1)
            dZp, dZpr = N.M("Z", l - 1, "d"), N.R("Z", l - 1, "d")
            yield step(
                "backward", l - 1, "dZ", f"{dZp} = {dAn} * g[{l - 1}]'({Zp})   g = {g}",
                f"{dZpr} = {dAr} * g<sup>[{l - 1}]</sup>′({Zpr}) &nbsp; g = {g}",
                ((dAn, dA), (f"g[{l - 1}]'({Zp})", gZ)), (dZp, grads[f"dZ{l - 1}"]),
                (Term("", dAn, dA.shape, (_S(l - 1), ms)), Term("*", f"g'({Zp})", gZ.shape, (_S(l - 1), ms))),
                (_S(l - 1), ms),
                f"* multiplies entry by entry: {g}'s slope at each Z[{l - 1}] scales the error.")

    # update, on a copy: the very numbers Network.update writes
    before = {k: _ro_copy(v) for k, v in net.params.items()}
    net.update(grads, alpha)
    after = {k: _ro_copy(v) for k, v in net.params.items()}
    state.update(params_before=before, params_after=after)
    for l in range(1, L + 1):
        for p, shape_sym in (("W", (_S(l), _S(l - 1))), ("b", (_S(l), "1"))):
            name = f"{p}[{l}]"
            yield step(
                "update", l, p, f"{name} := {name} - α d{name}   α = {alpha:g}",
                f"{p}<sup>[{l}]</sup> := {p}<sup>[{l}]</sup> − α d{p}<sup>[{l}]</sup> &nbsp; α = {alpha:g}",
                ((name, before[f"{p}{l}"]), (f"d{name}", grads[f"d{p}{l}"])), (f"{name} new", after[f"{p}{l}"]),
                (Term("", name, before[f"{p}{l}"].shape, shape_sym),
                 Term("−", f"α d{name}", grads[f"d{p}{l}"].shape, shape_sym)),
                shape_sym,
                f"One small step downhill: learning rate α = {alpha:g}.",
                link_layer=l if p == "W" else 0)


def _loss_formula(loss, A, Y, Ar, Yr, one) -> tuple[str, str]:
    avg, avgr = ("", "") if one else ("(1/m) Σ ", "<sup>1</sup>&frasl;<sub>m</sub> Σ ")
    if loss == "binary_cross_entropy":
        return (f"-{avg}[{Y} log {A} + (1 - {Y}) log(1 - {A})]",
                f"−{avgr}[{Yr} log {Ar} + (1 − {Yr}) log(1 − {Ar})]")
    if loss == "categorical_cross_entropy":
        return f"-{avg}Σ_k {Y} log {A}", f"−{avgr}Σ<sub>k</sub> {Yr} log {Ar}"
    return f"{avg}½ Σ_k ({A} - {Y})²", f"{avgr}½ Σ<sub>k</sub> ({Ar} − {Yr})²"


def preview_first_step(network: Network, X, example: int | None = None) -> TraceStep:
    """Step 1 before it is computed: W[1], X and b[1] with their shapes, the result still None.

    Costs no arithmetic (views of the arrays, read-only), so a view can show the first formula
    and its operands at once while the worker runs the forward pass of a large network.
    """
    N = _Notation(example)
    X = np.asarray(X)
    W, b = _ro_copy(network.params["W1"]), _ro_copy(network.params["b1"])
    n1, m = network.layer_dims[1], X.shape[1]
    ms = "1" if N.one else "m"
    pn, pr = N.prev(1)
    eq = ShapeEquation((Term("", "W[1]", W.shape, ("n[1]", "n[0]")), Term("·", pn, X.shape, ("n[0]", ms)),
                        Term("+", "b[1]", b.shape, ("n[1]", "1"))), N.M("Z", 1), (n1, m), ("n[1]", ms))
    return TraceStep(-1, "forward", 1, "Z", f"{N.M('Z', 1)} = W[1] {pn} + b[1]",
                     f"{N.R('Z', 1)} = W<sup>[1]</sup> {pr} + b<sup>[1]</sup>",
                     (("W[1]", W), (pn, _ro(X)), ("b[1]", b)), (N.M("Z", 1), None), eq,
                     "Computing the forward pass…", tuple(range(n1)), 1)


def trace(network: Network, X, Y, learning_rate, *, example: int | None = None) -> Trace:
    """One full iteration (forward, cost, backward, update) of ``network`` on X (n[0], m), Y.

    The network is not changed; ``Trace.params_after`` holds what ``network.update`` would give.
    ``example`` only switches the notation to one example's (x(i), z[l](i)); use
    :func:`trace_example` to pick the column.
    """
    state: dict = {}
    steps = list(_iter_trace(network, X, Y, learning_rate, example, state))
    return collect(steps, state, learning_rate, example)


def trace_example(network: Network, X, Y, i: int, learning_rate) -> Trace:
    """The chapter's non-vectorised view: the same iteration on the single column x(i) (m = 1)."""
    X, Y = np.asarray(X), np.asarray(Y)
    if not 0 <= i < X.shape[1]:
        raise ConfigError(f"example {i} does not exist: X has {X.shape[1]} columns (0..{X.shape[1] - 1}).")
    return trace(network, X[:, i:i + 1], Y[:, i:i + 1], learning_rate, example=i)


def dimension_rows(layer_dims, m) -> list[dict[str, str]]:
    """The chapter's "matrix dimensions" slide for this network: one row per layer l = 1..L."""
    rows = []
    for l in range(1, len(layer_dims)):
        n, p = layer_dims[l], layer_dims[l - 1]
        rows.append({
            "l": str(l), "n[l]": str(n),
            "W[l]": _fmt((n, p)), "b[l]": _fmt((n, 1)), "Z[l]": _fmt((n, m)), "A[l]": _fmt((n, m)),
            "dW[l]": _fmt((n, p)), "db[l]": _fmt((n, 1)), "dZ[l]": _fmt((n, m)),
        })
    return rows


# --- a handout ---------------------------------------------------------------------------------

def _md_matrix(a, max_rows: int = 8, max_cols: int = 8) -> str:
    """A matrix as a Markdown table of rounded numbers, elided in the middle like the grid view."""
    a = np.asarray(a, dtype=float)
    if a.ndim == 0:
        return f"`{float(a):.6g}`"
    if a.ndim == 1:
        a = a.reshape(1, -1)

    def pick(n, limit):
        if n <= limit:
            return list(range(n))
        head = limit // 2
        return list(range(head)) + [None] + list(range(n - (limit - 1 - head), n))

    rows, cols = pick(a.shape[0], max_rows), pick(a.shape[1], max_cols)
    head = "| " + " | ".join("⋯" if j is None else str(j + 1) for j in cols) + " |"
    lines = ["|   " + head, "|---" + "|---:" * len(cols) + "|"]
    for i in rows:
        cells = ["⋮" if i is None or j is None else f"{a[i, j]:.4g}" for j in cols]
        lines.append(f"| {'⋮' if i is None else i + 1} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def trace_to_markdown(trace: Trace, batch: str = "") -> str:
    """The whole iteration as a Markdown handout: each step's formula, shapes and numbers."""
    out = [f"# One iteration, step by step: {trace.title}", ""]
    out.append(f"Learning rate α = {trace.learning_rate:g}; m = {trace.m}" + (f" ({batch})" if batch else "")
               + f"; cost J = {trace.cost:.6g}.")
    out += ["", "## Matrix dimensions", "", "| l | n[l] | W[l] | b[l] | Z[l], A[l], dZ[l] | dW[l] | db[l] |",
            "|---|---|---|---|---|---|---|"]
    for r in dimension_rows(trace.layer_dims, trace.m) if len(trace.layer_dims) > 1 else []:
        out.append(f"| {r['l']} | {r['n[l]']} | {r['W[l]']} | {r['b[l]']} | {r['Z[l]']} | {r['dW[l]']} | {r['db[l]']} |")
    phase = None
    for s in trace:
        if s.phase != phase:
            phase = s.phase
            out += ["", f"## {phase.capitalize()}"]
        out += ["", f"### {s.index + 1}. `{s.formula}`", "",
                f"- dimensions: `{s.equation.symbolic()}`", f"- here: `{s.equation.text()}`"]
        out += [f"- {b}" for b in s.equation.broadcasts()]
        if s.note:
            out.append(f"- {s.note}")
        for name, value in (*s.operands, s.result):
            shape = "scalar" if np.ndim(value) == 0 else str(tuple(np.shape(value)))
            out += ["", f"**{name}** {shape}", "", _md_matrix(value)]
    out.append("")
    return "\n".join(out)
