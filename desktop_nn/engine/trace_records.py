"""What a step-through is made of, and the notation it is written in.

* :class:`TraceStep` — one formula executed on real numbers (every array read-only), and
  :class:`Trace`, the steps of one iteration with what they were computed from;
* :class:`ShapeEquation` of :class:`Term` — a formula's operands with their shapes, checked by
  numpy's rules: ``W[2] (5, 3) · A[1] (3, 200) + b[2] (5, 1) → Z[2] (5, 200)``, and the
  dimensions slide's symbolic form ``(n[2], n[1]) · (n[1], m) + (n[2], 1) → (n[2], m)``;
* :func:`dimension_rows` — that slide's table for a network;
* :class:`Notation` — the names: vectorised (Z[l], A[l], X) or one example's (z[l](i), x(i));
* :func:`loss_formula` — the cost's formula for each loss.

Their words (a step's note, "scalar", "is broadcast to …") are templates of
:mod:`.trace_messages`, which the interface translates; ``str()`` of them is the English text.

Re-exported by :mod:`desktop_nn.engine.trace`, where they are documented and imported from;
:mod:`.trace_classic` builds its steps from these too.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import ShapeError
from .fastpath import readonly_view
from .trace_messages import (
    BROADCAST,
    ELEMENTWISE,
    NEW,
    SCALAR,
    SUM_ALL,
    SUM_ROWS,
    Message,
    Translate,
    join,
)

Array = np.ndarray


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

    def broadcast_messages(self) -> list[Message]:
        """A sentence for every operand numpy stretches (e.g. b[l] (n, 1) across the m columns)."""
        notes = []
        for k, t in enumerate(self.terms):
            if k and t.op in ("+", "−", "*"):
                before = ShapeEquation(self.terms[:k], "", (), ()).evaluate()
                target = tuple(np.broadcast_shapes(before, t.shape))
                if t.shape != target and len(target) == 2 and t.shape:
                    notes.append(Message(BROADCAST, {"name": t.name, "shape": _fmt(t.shape), "target": _fmt(target),
                                                     "columns": target[1]}))
        return notes

    def broadcasts(self, translate: Translate | None = None) -> list[str]:
        """The sentences of :meth:`broadcast_messages`, in English or as ``translate`` gives them."""
        return [m.text(translate) for m in self.broadcast_messages()]

    def text(self, translate: Translate | None = None) -> str:
        """``W[2] (5, 3) · A[1] (3, 200) + b[2] (5, 1) → Z[2] (5, 200)``"""
        return (self._render(lambda t: _fmt(t.shape, translate), translate=translate)
                + f" → {display_name(self.result, translate)} {_fmt(self.shape, translate)}")

    def symbolic(self, translate: Translate | None = None) -> str:
        """``(n[2], n[1]) · (n[1], m) + (n[2], 1) → (n[2], m)``, as on the dimensions slide."""
        def sym(t):
            return _sym(t.symbol, translate) if t.symbol else _fmt(t.shape, translate)
        return (self._render(sym, names=False, translate=translate)
                + f" → {_sym(self.symbol, translate) if self.symbol else _fmt(self.shape, translate)}")

    def _render(self, shape_of, names: bool = True, translate: Translate | None = None) -> str:
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
                parts.append(Message(ELEMENTWISE, {"name": t.name}).text(translate))
            elif t.op == "sum_rows":
                parts.append(Message(SUM_ROWS).text(translate))
            elif t.op == "sum_all":
                parts.append(Message(SUM_ALL).text(translate))
        return " ".join(parts)


def _fmt(shape: tuple[int, ...], translate: Translate | None = None) -> str:
    return Message(SCALAR).text(translate) if shape == () else "(" + ", ".join(str(s) for s in shape) + ")"


def _sym(symbol: tuple[str, ...], translate: Translate | None = None) -> str:
    return Message(SCALAR).text(translate) if symbol == () else "(" + ", ".join(symbol) + ")"


def display_name(name: str, translate: Translate | None = None) -> str:
    """An operand's or result's name as shown: "W[1] new" (a parameter after its update) in the
    interface's language; every other name (W[1], dZ[2], x(3)) as it is."""
    if name.endswith(" new"):
        return Message(NEW, {"name": name[:-4]}).text(translate)
    return name


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



# --- notation ------------------------------------------------------------------------------------

class Notation:
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



def loss_formula(loss, A, Y, Ar, Yr, one) -> tuple[str, str]:
    """(plain, rich) of the cost's average loss over the examples (no average for one example)."""
    avg, avgr = ("", "") if one else ("(1/m) Σ ", "<sup>1</sup>&frasl;<sub>m</sub> Σ ")
    if loss == "binary_cross_entropy":
        return (f"-{avg}[{Y} log {A} + (1 - {Y}) log(1 - {A})]",
                f"−{avgr}[{Yr} log {Ar} + (1 − {Yr}) log(1 − {Ar})]")
    if loss == "categorical_cross_entropy":
        return f"-{avg}Σ_k {Y} log {A}", f"−{avgr}Σ<sub>k</sub> {Yr} log {Ar}"
    return f"{avg}½ Σ_k ({A} - {Y})²", f"{avgr}½ Σ<sub>k</sub> ({Ar} − {Yr})²"


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
    note: str = ""                          # one sentence for the student (English)
    neurons: tuple[int, ...] = ()           # the neurons of ``layer`` involved (0-based)
    link_layer: int = 0                     # the weights W[link_layer] involved (0 = none)
    note_parts: tuple[Message, ...] = ()    # the note as templates (``note`` is their English text)

    @property
    def shapes(self) -> str:
        return self.equation.text()

    def note_text(self, translate: Translate | None = None) -> str:
        """The note in the language ``translate`` gives (English without one)."""
        return join(self.note_parts, translate) if self.note_parts else self.note

    @property
    def value(self) -> Array:
        return self.result[1]


class Trace(list):
    """The steps of one iteration (a list of TraceStep) and what they were computed from."""

    def __init__(self, steps=(), *, layer_dims=(), m=0, learning_rate=0.0, activations=(),
                 params_before=None, params_after=None, cost=float("nan"), example=None,
                 columns=None, title="", title_message: Message | None = None):
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
        self.title = str(title_message) if title_message is not None and not title else title
        self.title_message = title_message if title_message is not None else Message("{title}", {"title": title})

    def title_text(self, translate: Translate | None = None) -> str:
        """The trace's title in the language ``translate`` gives (English without one)."""
        return self.title_message.text(translate)


_ro = readonly_view         # a read-only view of the engine's fresh arrays


def _ro_copy(a) -> Array:
    c = np.array(a, copy=True)
    c.flags.writeable = False
    return c
