"""One exercise question: what is asked, its key, the hints and the working shown on reveal.

A question is made from the live numbers (a trace of the network, a single neuron's update), so
its key *is* the engine's value. The same ``key`` names the same question for every seed: two
students with two seeds get the same questions with different numbers.

``operands`` are the values the answer is computed from, each with the matrix it sits in and its
cells, so a view can highlight them (``Operand("W[1]", cells=((2, 0), (2, 1)))``: row 3 of W[1]).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..engine.trace_messages import Message
from .answers import Expected, Verdict, check, tolerance_text

TOPICS = ("forward", "cost", "backward", "update", "shapes", "perceptron", "adaline", "logistic", "concept")


@dataclass(frozen=True)
class Operand:
    """A value the answer is computed from: ``name`` of its matrix ("W[1]", "A[0]", "b[1]", "x",
    "w"), the zero-based ``cells`` (row, column) it uses, and their ``values`` in that order."""

    name: str
    cells: tuple[tuple[int, int], ...] = ()
    values: tuple[float, ...] = ()


@dataclass(frozen=True)
class Question:
    """What is asked and how it is marked.

    key       stable name of the question, the same for every seed ("forward.Z[1][2,0]")
    topic     one of TOPICS
    kind      how the answer is read and marked: number, shape, sign, choice (answers.KINDS)
    prompt    the question, for the student
    answer    the key: a float, a shape tuple, a sign (-1, 0, 1) or a choice letter
    formula   hint 1: which formula
    operands  hint 2: which values go in (and, on reveal, which cells light up)
    working   shown on reveal: the formula with the numbers put in
    options   the choices of a choice question (a, b, c, … in this order)
    target    where the answer sits, for a view that hides it as "?": (matrix name, (row, column))
    """

    key: str
    topic: str
    kind: str
    prompt: Message
    answer: Expected
    formula: Message
    operands: tuple[Operand, ...] = ()
    working: Message | None = None
    options: tuple[Message, ...] = ()
    target: tuple[str, tuple[int, int]] | None = None
    meta: dict = field(default_factory=dict, compare=False)

    def check(self, text: str) -> Verdict:
        """Mark the typed ``text`` (raises answers.AnswerError when it cannot be read)."""
        return check(text, self.answer, self.kind, options=len(self.options) or 4)

    @property
    def tolerance(self) -> Message:
        return tolerance_text(self.kind)
