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

The records (TraceStep, Trace) and their notation (names, shape equations, the dimensions table)
are in :mod:`.trace_records`, the Markdown handout in :mod:`.trace_markdown`; both are
re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from .activations import get_activation
from .errors import ConfigError
from .network import Network, check_learning_rate
from .trace_markdown import trace_to_markdown
from .trace_messages import LOSS_NAMES, NOTES, OUTPUT_NAMES, TITLES, Message, name_of
from .trace_records import (
    Notation,
    ShapeEquation,
    Term,
    Trace,
    TraceStep,
    _ro,
    _ro_copy,
    dimension_rows,
    loss_formula,
)

PHASES = ("forward", "cost", "backward", "update")

__all__ = [
    "PHASES", "Term", "ShapeEquation", "TraceStep", "Trace", "iter_trace", "collect", "trace",
    "trace_example", "preview_first_step", "dimension_rows", "trace_to_markdown",
]


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
    arch = "-".join(map(str, dims))
    title = (Message(TITLES["network_example"], {"dims": arch, "i": example}) if example is not None
             else Message(TITLES["network"], {"dims": arch, "m": m}))
    return Trace(steps, layer_dims=dims, m=m, learning_rate=float(learning_rate),
                 activations=state["activations"], params_before=state["params_before"],
                 params_after=state["params_after"], cost=state["cost"], example=example,
                 columns=None if example is None else (example,), title_message=title)


def _iter_trace(network, X, Y, learning_rate, example, state):
    yield from _IterationTrace(network, X, Y, learning_rate, example, state).steps()


def _S(l) -> str:
    return f"n[{l}]"


def _note(*parts) -> tuple[Message, ...]:
    """A step's note: (template, fields) pairs, each a Message of :mod:`.trace_messages`."""
    return tuple(Message(NOTES[key], fields) for key, fields in parts)


class _IterationTrace:
    """One iteration of a copy of ``network`` as TraceSteps, one method per part of the chapter's
    summary: the forward steps of a layer, the cost, the output's dZ[L], a layer's backward
    steps, the updates. Each step is made by :meth:`_step`, which numbers it.

    The numbers are those of the copy's readable forward pass, ``cost``, ``backward`` and
    ``update``, computed when the steps that show them are reached (the forward pass first), so
    a caller sees the first step before the backward pass is done. ``state`` receives what
    :func:`collect` needs: m, layer_dims, activations, cost, grads, params_before/after.
    """

    def __init__(self, network, X, Y, learning_rate, example, state: dict):
        self.alpha = check_learning_rate(learning_rate)
        self.net = network.copy()
        self.N = Notation(example)
        X = _ro_copy(X)
        self.Y = _ro_copy(Y)
        self.AL, self.caches = self.net.forward_readable(X)   # the formulas one by one (checked against the fast path)
        self.L, self.m = self.net.L, self.caches[0].A_prev.shape[1]
        self.dims = self.net.layer_dims
        self.ms = "1" if self.N.one else "m"
        self.index = 0
        self.state = state
        state.update(m=self.m, layer_dims=self.dims, activations=tuple(self.net.activations))

    def steps(self) -> Iterator[TraceStep]:
        for l in range(1, self.L + 1):
            yield from self._forward(l)
        yield self._cost()
        grads = self.net.backward(self.AL, self.Y, self.caches)
        self.state["grads"] = grads
        yield from self._output_delta(grads)
        for l in range(self.L, 0, -1):
            yield from self._layer_backward(l, grads)
        yield from self._update(grads)

    def _step(self, phase, layer, key, formula, operands, result, shape, note=(), link_layer=0) -> TraceStep:
        """The next step. ``formula`` is (plain text, rich text); ``operands`` and ``result`` are
        (name, array) pairs; ``shape`` is (the ShapeEquation's terms, its result's symbolic shape);
        ``note`` the Messages of its note (:func:`_note`). The step involves every neuron of ``layer``."""
        (plain, rich), (terms, symbol) = formula, shape
        name, value = result
        value = _ro(value)
        eq = ShapeEquation(tuple(terms), name, tuple(value.shape), symbol)
        s = TraceStep(self.index, phase, layer, key, plain, rich,
                      tuple((n, _ro(v)) for n, v in operands), (name, value), eq, "".join(map(str, note)),
                      tuple(range(self.dims[layer])), link_layer, tuple(note))
        self.index += 1
        return s

    # --- forward and cost --------------------------------------------------------------------

    def _forward(self, l: int) -> Iterator[TraceStep]:
        """Z[l] = W[l] A[l-1] + b[l], then A[l] = g[l](Z[l])."""
        N, L, m, ms, dims = self.N, self.L, self.m, self.ms, self.dims
        c = self.caches[l - 1]
        pn, pr = N.prev(l)
        Zn, An = N.M("Z", l), N.M("A", l)
        g = self.net.activations[l - 1]
        yield self._step(
            "forward", l, "Z",
            (f"{Zn} = W[{l}] {pn} + b[{l}]",
             f"{N.R('Z', l)} = W<sup>[{l}]</sup> {pr} + b<sup>[{l}]</sup>"),
            ((f"W[{l}]", c.W), (pn, c.A_prev), (f"b[{l}]", c.b)), (Zn, c.Z),
            ((Term("", f"W[{l}]", c.W.shape, (_S(l), _S(l - 1))),
              Term("·", pn, c.A_prev.shape, (_S(l - 1), ms)),
              Term("+", f"b[{l}]", c.b.shape, (_S(l), "1"))),
             (_S(l), ms)),
            _note((("Z_rows_" if dims[l] > 1 else "Z_row_") + ("inputs" if l == 1 else "outputs"),
                   {"rows": dims[l], "l": l, "n": dims[l - 1], "prev": l - 1}),
                  ("Z_broadcast", {"l": l, "m": m}) if m > 1 else ("Z_end", {})),
            link_layer=l,
        )
        yield self._step(
            "forward", l, "A",
            (f"{An} = g[{l}]({Zn})   g[{l}] = {g}",
             f"{N.R('A', l)} = g<sup>[{l}]</sup>({N.R('Z', l)}) &nbsp; g<sup>[{l}]</sup> = {g}"),
            ((Zn, c.Z),), (An, c.A),
            ((Term("", Zn, c.Z.shape, (_S(l), ms)), Term("apply", g)),
             (_S(l), ms)),
            _note(("A_softmax" if g == "softmax" else "A_applied", {"g": g}),
                  ("A_cache", {"prev": l - 1, "l": l}),
                  *((("A_prediction", {"L": L}),) if l == L else ())),
        )

    def _cost(self) -> TraceStep:
        """J = (1/m) Σ L(A[L], Y) (+ the L2 term)."""
        N, L, m, ms, net, AL, Y = self.N, self.L, self.m, self.ms, self.net, self.AL, self.Y
        J = net.cost(AL, Y)
        self.state["cost"] = J
        Yn, Yr = N.M("Y"), N.R("Y")
        ALn, ALr = N.M("A", L), N.R("A", L)
        loss_text, loss_rich = loss_formula(net.loss, ALn, Yn, ALr, Yr, N.one)
        l2 = ""
        if net.l2:
            l2 = f" + λ/(2{ms}) Σ‖W[l]‖²"
        return self._step(
            "cost", L, "J",
            (f"J = {loss_text}{l2}", f"J = {loss_rich}{l2}"),
            ((ALn, AL), (Yn, Y)), ("J", np.array(J)),
            ((Term("", ALn, AL.shape, (_S(L), ms)), Term(",", Yn, Y.shape, (_S(L), ms)), Term("sum_all", "Σ")),
             ()),
            _note(("cost_many" if m > 1 else "cost_one", {"loss": name_of(LOSS_NAMES, net.loss), "m": m})),
        )

    # --- backward ------------------------------------------------------------------------------

    def _output_delta(self, grads) -> Iterator[TraceStep]:
        """dZ[L]: A[L] − Y for a natural pairing, else dA[L] then the chain rule through g[L]."""
        N, L, ms, net, AL, Y = self.N, self.L, self.ms, self.net, self.AL, self.Y
        Yn, Yr = N.M("Y"), N.R("Y")
        ALn, ALr = N.M("A", L), N.R("A", L)
        Zn, Zr = N.M("Z", L), N.R("Z", L)
        if net.natural_pairing:
            yield self._step(
                "backward", L, "dZ", (f"d{Zn} = {ALn} - {Yn}", f"d{Zr} = {ALr} − {Yr}"),
                ((ALn, AL), (Yn, Y)), (f"d{Zn}", grads[f"dZ{L}"]),
                ((Term("", ALn, AL.shape, (_S(L), ms)), Term("−", Yn, Y.shape, (_S(L), ms))),
                 (_S(L), ms)),
                _note(("dZ_natural", {"output": name_of(OUTPUT_NAMES, net.output),
                                      "loss": name_of(LOSS_NAMES, net.loss)})))
            return
        dAL = grads[f"dA{L}"]
        yield self._step(
            "backward", L, "dA", (f"d{ALn} = ∂L/∂{ALn}   ({net.loss.replace('_', ' ')})",
                                  f"d{ALr} = ∂L/∂{ALr}"),
            ((ALn, AL), (Yn, Y)), (f"d{ALn}", dAL),
            ((Term("", ALn, AL.shape, (_S(L), ms)), Term("−", Yn, Y.shape, (_S(L), ms))),
             (_S(L), ms)),
            _note(("dA_loss", {})))
        gp = get_activation(net.activations[-1], net.leaky_slope)
        if gp.elementwise:
            gZ = gp.derivative(self.caches[-1].Z)
            yield self._step(
                "backward", L, "dZ", (f"d{Zn} = d{ALn} * g[{L}]'({Zn})",
                                      f"d{Zr} = d{ALr} * g<sup>[{L}]</sup>′({Zr})"),
                ((f"d{ALn}", dAL), (f"g[{L}]'({Zn})", gZ)), (f"d{Zn}", grads[f"dZ{L}"]),
                ((Term("", f"d{ALn}", dAL.shape, (_S(L), ms)), Term("*", f"g'({Zn})", gZ.shape, (_S(L), ms))),
                 (_S(L), ms)),
                _note(("dZ_chain", {})))
        else:
            yield self._step(
                "backward", L, "dZ", (f"d{Zn} = A * (dA - Σ_k A dA)   (softmax Jacobian)",
                                      f"d{Zr} = A * (dA − Σ<sub>k</sub> A dA)"),
                ((f"d{ALn}", dAL), (ALn, AL)), (f"d{Zn}", grads[f"dZ{L}"]),
                ((Term("", f"d{ALn}", dAL.shape, (_S(L), ms)), Term("*", ALn, AL.shape, (_S(L), ms))),
                 (_S(L), ms)),
                _note(("dZ_softmax", {})))

    def _layer_backward(self, l: int, grads) -> Iterator[TraceStep]:
        """dW[l] and db[l] from dZ[l]; then, below the first layer, dA[l-1] and dZ[l-1]."""
        N, m, ms, net = self.N, self.m, self.ms, self.net
        c = self.caches[l - 1]
        dZn, dZr = N.M("Z", l, "d"), N.R("Z", l, "d")
        dZ = grads[f"dZ{l}"]
        ptn, ptr = N.prevT(l)
        reg = f" + (λ/{ms}) W[{l}]" if net.l2 else ""
        if N.one:
            f_plain, f_rich = f"dW[{l}] = {dZn} {ptn}{reg}", f"dW<sup>[{l}]</sup> = {dZr} {ptr}{reg}"
        else:
            f_plain = f"dW[{l}] = (1/m) {dZn} {ptn}{reg}"
            f_rich = f"dW<sup>[{l}]</sup> = <sup>1</sup>&frasl;<sub>m</sub> {dZr} {ptr}{reg}"
        yield self._step(
            "backward", l, "dW", (f_plain, f_rich),
            ((dZn, dZ), (ptn, c.A_prev.T)), (f"dW[{l}]", grads[f"dW{l}"]),
            ((Term("", dZn, dZ.shape, (_S(l), ms)), Term("·", ptn, c.A_prev.T.shape, (ms, _S(l - 1))),
              *(() if N.one else (Term("scale", f"1/{m}"),))),
             (_S(l), _S(l - 1))),
            _note(("dW_many" if m > 1 else "dW_one", {"input": ptn, "l": l, "m": m})),
            link_layer=l)
        if N.one:
            f_plain, f_rich = f"db[{l}] = {dZn}", f"db<sup>[{l}]</sup> = {dZr}"
        else:
            f_plain = f"db[{l}] = (1/m) np.sum({dZn}, axis=1, keepdims=True)"
            f_rich = (f"db<sup>[{l}]</sup> = <sup>1</sup>&frasl;<sub>m</sub> "
                      f"np.sum({dZr}, axis=1, keepdims=True)")
        yield self._step(
            "backward", l, "db", (f_plain, f_rich), ((dZn, dZ),), (f"db[{l}]", grads[f"db{l}"]),
            ((Term("", dZn, dZ.shape, (_S(l), ms)),
              *(() if N.one else (Term("sum_rows", "Σ"), Term("scale", f"1/{m}")))),
             (_S(l), "1")),
            _note(("db", {})))
        if l == 1:
            return
        dA = grads[f"dA{l - 1}"]
        dAn, dAr = N.M("A", l - 1, "d"), N.R("A", l - 1, "d")
        yield self._step(
            "backward", l - 1, "dA", (f"{dAn} = W[{l}]ᵀ {dZn}", f"{dAr} = W<sup>[{l}]T</sup> {dZr}"),
            ((f"W[{l}]ᵀ", c.W.T), (dZn, dZ)), (dAn, dA),
            ((Term("", f"W[{l}]ᵀ", c.W.T.shape, (_S(l - 1), _S(l))), Term("·", dZn, dZ.shape, (_S(l), ms))),
             (_S(l - 1), ms)),
            _note(("dA", {"l": l})), link_layer=l)
        prev = self.caches[l - 2]
        g = net.activations[l - 2]
        gZ = get_activation(g, net.leaky_slope).derivative(prev.Z)
        Zp, Zpr = N.M("Z", l - 1), N.R("Z", l - 1)
        dZp, dZpr = N.M("Z", l - 1, "d"), N.R("Z", l - 1, "d")
        yield self._step(
            "backward", l - 1, "dZ", (f"{dZp} = {dAn} * g[{l - 1}]'({Zp})   g = {g}",
                                      f"{dZpr} = {dAr} * g<sup>[{l - 1}]</sup>′({Zpr}) &nbsp; g = {g}"),
            ((dAn, dA), (f"g[{l - 1}]'({Zp})", gZ)), (dZp, grads[f"dZ{l - 1}"]),
            ((Term("", dAn, dA.shape, (_S(l - 1), ms)), Term("*", f"g'({Zp})", gZ.shape, (_S(l - 1), ms))),
             (_S(l - 1), ms)),
            _note(("dZ_hidden", {"g": g, "prev": l - 1})))

    # --- update --------------------------------------------------------------------------------

    def _update(self, grads) -> Iterator[TraceStep]:
        """W[l] := W[l] − α dW[l], b[l] := b[l] − α db[l], on the copy: the very numbers
        Network.update writes."""
        net, alpha = self.net, self.alpha
        before = {k: _ro_copy(v) for k, v in net.params.items()}
        net.update(grads, alpha)
        after = {k: _ro_copy(v) for k, v in net.params.items()}
        self.state.update(params_before=before, params_after=after)
        for l in range(1, self.L + 1):
            for p, shape_sym in (("W", (_S(l), _S(l - 1))), ("b", (_S(l), "1"))):
                name = f"{p}[{l}]"
                yield self._step(
                    "update", l, p, (f"{name} := {name} - α d{name}   α = {alpha:g}",
                                     f"{p}<sup>[{l}]</sup> := {p}<sup>[{l}]</sup> − α d{p}<sup>[{l}]</sup> &nbsp; α = {alpha:g}"),
                    ((name, before[f"{p}{l}"]), (f"d{name}", grads[f"d{p}{l}"])), (f"{name} new", after[f"{p}{l}"]),
                    ((Term("", name, before[f"{p}{l}"].shape, shape_sym),
                      Term("−", f"α d{name}", grads[f"d{p}{l}"].shape, shape_sym)),
                     shape_sym),
                    _note(("update", {"alpha": f"{alpha:g}"})),
                    link_layer=l if p == "W" else 0)


def preview_first_step(network: Network, X, example: int | None = None) -> TraceStep:
    """Step 1 before it is computed: W[1], X and b[1] with their shapes, the result still None.

    Costs no arithmetic (views of the arrays, read-only), so a view can show the first formula
    and its operands at once while the worker runs the forward pass of a large network.
    """
    N = Notation(example)
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
                     str(Message(NOTES["computing"])), tuple(range(n1)), 1, (Message(NOTES["computing"]),))


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
