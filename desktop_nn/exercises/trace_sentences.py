"""The sentences of :mod:`.from_trace`'s questions and the way their numbers are written.

Every template is a ``QT_TRANSLATE_NOOP("Exercises", …)`` (pyside6-lupdate finds it here; the UI
translates it through the Message's ``text(translate)``). Numbers are formatted here, six
significant figures with the typographic minus (:func:`num`), and never translated.
"""

from __future__ import annotations

import numpy as np

from ..engine.trace_messages import NEW, QT_TRANSLATE_NOOP, Message
from .answers import say
from .wording import num as wording_num

# --- sentences ----------------------------------------------------------------------------------

PROMPT_ENTRY = QT_TRANSLATE_NOOP("Exercises", "What is the entry of {name} in row {row}, column {col}?")
PROMPT_UPDATED = QT_TRANSLATE_NOOP("Exercises", "What is the entry of {name} in row {row}, column {col} "
                                                "after the update?")
PROMPT_SIGN = QT_TRANSLATE_NOOP("Exercises", "Is the entry of {name} in row {row}, column {col} positive, "
                                             "negative or zero? Type +, - or 0.")
PROMPT_SHAPE = QT_TRANSLATE_NOOP("Exercises", "What is the shape of {name}? Type (rows, columns).")

HINT_Z = QT_TRANSLATE_NOOP("Exercises", "{formula}: row {row} of {W} times column {col} of {A} (multiply "
                                        "entry by entry, then add up), plus entry {row} of {b}.")
HINT_A = QT_TRANSLATE_NOOP("Exercises", "{formula}: apply {g} to the entry of {Z} in the same place.")
HINT_A_SOFTMAX = QT_TRANSLATE_NOOP("Exercises", "{formula}: e to the entry of {Z}, divided by the sum of e "
                                                "to every entry of column {col} of {Z}.")
HINT_MINUS = QT_TRANSLATE_NOOP("Exercises", "{formula}: the entry of {left} minus the entry of {right} in "
                                            "the same place.")
HINT_TIMES = QT_TRANSLATE_NOOP("Exercises", "{formula}: the entry of {left} times the entry of {right} in "
                                            "the same place.")
HINT_DW = QT_TRANSLATE_NOOP("Exercises", "{formula}: row {row} of {dZ} times column {col} of {AT} "
                                         "(multiply entry by entry, then add up), divided by m = {m}.")
HINT_DB = QT_TRANSLATE_NOOP("Exercises", "{formula}: the sum of row {row} of {dZ}, divided by m = {m}.")
HINT_DA = QT_TRANSLATE_NOOP("Exercises", "{formula}: row {row} of {WT} times column {col} of {dZ} "
                                         "(multiply entry by entry, then add up).")
HINT_UPDATE = QT_TRANSLATE_NOOP("Exercises", "{formula}: the entry of {P} minus α = {alpha} times the entry "
                                             "of {dP} in the same place.")
HINT_SIGN = QT_TRANSLATE_NOOP("Exercises", "{hint} Only its sign is asked.")
HINT_SHAPE = QT_TRANSLATE_NOOP("Exercises", "{formula}: a (p, q) · (q, r) product is (p, r); + − * keep the "
                                            "shape (a (p, 1) column is copied across the columns); a function "
                                            "g acts entry by entry; a sum over the columns leaves one column.")

OPERANDS_HINT = QT_TRANSLATE_NOOP("Exercises", "The numbers: {operands}.")
OPERAND_ROW = QT_TRANSLATE_NOOP("Exercises", "row {row} of {name} = {values}")
OPERAND_COLUMN = QT_TRANSLATE_NOOP("Exercises", "column {col} of {name} = {values}")
OPERAND_CELL = QT_TRANSLATE_NOOP("Exercises", "{name}[{row}, {col}] = {values}")
OPERAND_SHAPE = QT_TRANSLATE_NOOP("Exercises", "{name} is {shape}")
SHAPES_HINT = QT_TRANSLATE_NOOP("Exercises", "The operands' shapes: {operands}.")

WORKING = QT_TRANSLATE_NOOP("Exercises", "{lhs} = {expression} = {value}")
WORKING_SIGN = QT_TRANSLATE_NOOP("Exercises", "{lhs} = {expression} = {value}: {sign}")
SIGN_WORDS = {1: QT_TRANSLATE_NOOP("Exercises", "positive"), -1: QT_TRANSLATE_NOOP("Exercises", "negative"),
              0: QT_TRANSLATE_NOOP("Exercises", "zero")}
SUM_OF = QT_TRANSLATE_NOOP("Exercises", "(Σ of {n} products = {sum})")
SUM_OF_ENTRIES = QT_TRANSLATE_NOOP("Exercises", "(Σ of {n} entries = {sum})")


_msg = say


class _Words(Message):
    """Several Messages one after the other, joined by ``sep`` (not translated: punctuation)."""

    def text(self, translate=None) -> str:
        parts, sep = self.fields["parts"], self.fields["sep"]
        return sep.join(p.text(translate) if isinstance(p, Message) else str(p) for p in parts)


class _Equation(Message):
    """A step's shape equation (its words, "scalar", "elementwise", are the trace's, translated)."""

    def text(self, translate=None) -> str:
        return self.fields["equation"].text(translate)


# --- numbers ------------------------------------------------------------------------------------

def num(v: float) -> str:
    """Six significant figures, the typographic minus: 0.123457, −2.5, 1.2e−5 (wording.num)."""
    return wording_num(v, 6)


def _factor(v: float) -> str:
    """A number after an operator: a negative one in parentheses."""
    return f"({num(v)})" if v < 0 else num(v)


def _sum_text(values) -> str:
    """a + b − c …: each term after the first joined by its sign."""
    out = ""
    for k, v in enumerate(values):
        out += (num(v) if k == 0 else (f" − {num(-v)}" if v < 0 else f" + {num(v)}"))
    return out


def _products(left, right) -> str:
    return " + ".join(f"{_factor(a)} × {_factor(b)}" for a, b in zip(left, right))



def _operands_hint(operands) -> Message:
    parts = []
    for op in operands:
        values = ", ".join(num(v) for v in op.values)
        rows = {c[0] for c in op.cells}
        cols = {c[1] for c in op.cells}
        if len(op.cells) == 1:
            (r, c), = op.cells
            parts.append(_msg(OPERAND_CELL, name=op.name, row=r + 1, col=c + 1, values=values))
        elif len(rows) == 1:
            parts.append(_msg(OPERAND_ROW, name=op.name, row=rows.pop() + 1, values=values))
        else:
            parts.append(_msg(OPERAND_COLUMN, name=op.name, col=cols.pop() + 1, values=values))
    return _msg(OPERANDS_HINT, operands=_Words("", {"parts": tuple(parts), "sep": "; "}))


def _name(name: str):
    """A result's name for a sentence: "W[1] new" as the trace's translatable "{name} new"."""
    return Message(NEW, {"name": name[:-4]}) if name.endswith(" new") else name


def _shapes_hint(step) -> Message:
    parts = tuple(_msg(OPERAND_SHAPE, name=n, shape="(" + ", ".join(str(d) for d in np.shape(v)) + ")")
                  for n, v in step.operands)
    return _msg(SHAPES_HINT, operands=_Words("", {"parts": parts, "sep": ", "}))
