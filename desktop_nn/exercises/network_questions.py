"""The deep network's questions of an exercise set, each made from the engine's own numbers (no Qt).

* One iteration on one example: the trace of ``engine.trace.trace_example`` is asked through
  :mod:`.from_trace` (the step-through's exercise mode asks the same way: one formula, one place)
  — an entry of z, a, dz, da, dW, db, a weight after the update, a gradient's sign — and the cost
  J of the example, which from_trace does not ask, here.
* The shapes of the chapter's L = 5 network n = [2, 3, 5, 4, 2, 1]: a vectorised trace over m
  examples asks the shapes of Z[l], A[l], dW[l], db[l] through :mod:`.from_trace` (its hint is
  the step's shape equation); W[l], which no step computes, is asked here from the network's
  parameters, with the dimensions slide's rule as its hint. All of them are filed under the topic
  "shapes".
"""

from __future__ import annotations

import dataclasses

import numpy as np

from ..engine.network import Network
from ..engine.trace import trace
from ..engine.trace_messages import QT_TRANSLATE_NOOP
from . import from_trace
from .questions import Operand, Question
from .wording import num, say, shape_text, vec

CHAPTER_DIMS = (2, 3, 5, 4, 2, 1)

PROMPT_COST = QT_TRANSLATE_NOOP("Exercises", "The cost of the example x({i}) alone: what is J?")
PROMPT_W_SHAPE = QT_TRANSLATE_NOOP("Exercises", "What is the shape of {name}? Type (rows, columns).")
HINT_W_SHAPE = QT_TRANSLATE_NOOP("Exercises", "W[l] is (n[l], n[l−1]): one row per unit of layer l, one column "
                                              "per unit of layer l−1.")
WORK_COST = QT_TRANSLATE_NOOP("Exercises", "{formula} with a = {a} and y = {y}: J = {value}")
WORK_W_SHAPE = QT_TRANSLATE_NOOP("Exercises", "{name} is (n[{l}], n[{p}]) = {shape}")


def find_step(tr, phase: str, key: str, layer: int):
    """The trace's step of ``phase`` computing ``key`` ("Z", "dW", …) in ``layer``."""
    for step in tr:
        if step.phase == phase and step.key == key and step.layer == layer:
            return step
    raise KeyError(f"the trace has no {phase} step {key} in layer {layer}")


def entry(tr, phase: str, key: str, layer: int, cell=(0, 0)) -> Question:
    """One entry of the result of the trace's step (from_trace.entry_question)."""
    return from_trace.entry_question(tr, find_step(tr, phase, key, layer), cell)


def sign(tr, phase: str, key: str, layer: int, cell=(0, 0)) -> Question:
    """The sign of one entry of a gradient (from_trace.sign_question)."""
    return from_trace.sign_question(tr, find_step(tr, phase, key, layer), cell)


def cost(tr) -> Question:
    """J of the example alone (m = 1), the number the trace's cost step shows."""
    step = find_step(tr, "cost", "J", tr.L)
    (an, A), (yn, Y) = step.operands
    value = float(step.value)
    n = A.shape[0]
    cells = tuple((r, 0) for r in range(n))
    return Question("cost.J", "cost", "number", say(PROMPT_COST, i=tr.example), value,
                    say("{formula}", formula=step.formula),
                    (Operand(an, cells, tuple(float(v) for v in A[:, 0])),
                     Operand(yn, cells, tuple(float(v) for v in Y[:, 0]))),
                    say(WORK_COST, formula=step.formula, a=vec(A), y=vec(Y), value=num(value, 6)),
                    target=("J", (0, 0)))


def chapter_trace(m: int, dims=CHAPTER_DIMS):
    """One vectorised iteration of the chapter's network over m examples (its shapes are asked)."""
    net = Network(list(dims), hidden_activation="relu", seed=0)
    return trace(net, np.zeros((dims[0], m)), np.zeros((dims[-1], m)), 0.1)


def weight_shape(tr, l: int) -> Question:
    """The shape of W[l], read from the traced network's parameters."""
    shape = tuple(int(d) for d in tr.params_before[f"W{l}"].shape)
    name = f"W[{l}]"
    dims = tr.layer_dims
    return Question(f"shapes.{name}", "shapes", "shape", say(PROMPT_W_SHAPE, name=name), shape,
                    say(HINT_W_SHAPE),
                    (Operand(f"n[{l}]", values=(float(dims[l]),)), Operand(f"n[{l - 1}]", values=(float(dims[l - 1]),))),
                    say(WORK_W_SHAPE, name=name, l=l, p=l - 1, shape=shape_text(shape)))


def step_shape(tr, phase: str, key: str, layer: int) -> Question:
    """The shape of a step's result (from_trace.shape_question), filed under "shapes"."""
    q = from_trace.shape_question(tr, find_step(tr, phase, key, layer))
    return dataclasses.replace(q, topic="shapes")
