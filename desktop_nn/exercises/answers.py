"""A student's typed answer: read it, then check it against the key.

What a student may type, by the kind of question:

=========  ==================================================  ==================================
kind       typed                                               read as
=========  ==================================================  ==================================
number     ``0.25``  ``0,25``  ``-1/2``  ``1 / 3``  ``−.5``      a float (',' or '.' as the decimal
           ``1e-3``  ``2,5e-1``                                mark; a fraction a/b; − or -)
shape      ``(4, 3)``  ``4x3``  ``4 × 3``  ``[4 3]``  ``4,3``     a tuple of ints, ``(4, 3)``
           ``(4,)``  ``4``                                     ``(4,)``
sign       ``+`` ``-`` ``positive`` ``negative`` ``0`` ``zero``  +1, -1 or 0
choice     ``a`` ``B`` ``2``                                   the option's letter, lower case
=========  ==================================================  ==================================

A number is right when it is within 1 % of the key (``REL_TOL``), or within ``ABS_TOL`` of it when
the key itself is that close to zero; shapes, signs and choices must be exact. The tolerance is
stated to the student with :func:`tolerance_text`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..engine.errors import DesktopNNError
from ..engine.trace_messages import QT_TRANSLATE_NOOP, Message

CONTEXT = "Exercises"
KINDS = ("number", "shape", "sign", "choice")
REL_TOL = 0.01
ABS_TOL = 1e-4

Expected = float | int | str | tuple[int, ...]


class AnswerError(DesktopNNError, ValueError):
    """A typed answer that cannot be read as the kind the question asks for. ``message`` is the
    sentence for the student (a :class:`Message` the UI translates); ``str(error)`` is English."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message


def say(template: str, **fields) -> Message:
    """A sentence of the "Exercises" context with its fields' values (the trace's are "Trace")."""
    return Message(template, fields, CONTEXT)


_msg = say


EMPTY = QT_TRANSLATE_NOOP("Exercises", "Type an answer first.")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Exercises", "“{text}” is not a number: type e.g. 0.25, 0,25, -1/2 or 1e-3.")
ZERO_DENOMINATOR = QT_TRANSLATE_NOOP("Exercises", "“{text}” divides by zero.")
NOT_A_SHAPE = QT_TRANSLATE_NOOP("Exercises", "“{text}” is not a shape: type the numbers of rows and columns, "
                                             "e.g. (4, 3) or 4x3.")
NOT_A_SIGN = QT_TRANSLATE_NOOP("Exercises", "“{text}” is not a sign: type +, - or 0.")
NOT_A_CHOICE = QT_TRANSLATE_NOOP("Exercises", "“{text}” is not one of the options {options}.")
TOLERANCE_NUMBER = QT_TRANSLATE_NOOP("Exercises", "Right within 1 % of the exact value (within 0.0001 when it "
                                                  "is that close to 0).")
TOLERANCE_EXACT = QT_TRANSLATE_NOOP("Exercises", "Must be exact.")

_NUMBER = r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?"
_NUMBER_RE = re.compile(rf"^{_NUMBER}$")
_FRACTION_RE = re.compile(rf"^({_NUMBER})\s*/\s*({_NUMBER})$")
_SHAPE_RE = re.compile(r"^[(\[]?\s*\d+(?:\s*(?:[x×X*,;]|\s)\s*\d+)*\s*,?\s*[)\]]?$")
_SIGNS = {"+": 1, "positive": 1, "pos": 1, ">0": 1, "-": -1, "negative": -1, "neg": -1, "<0": -1,
          "0": 0, "zero": 0, "=0": 0, "正": 1, "負": -1, "零": 0}


def _clean(text: str) -> str:
    # the typographic minus and full-width characters a keyboard or an input method may give
    table = str.maketrans({"−": "-", "–": "-", "＋": "+", "，": ",", "．": ".", "／": "/", "（": "(", "）": ")"})
    return text.strip().translate(table)


def _float(token: str) -> float:
    return float(token.replace(",", "."))


def parse_number(text: str) -> float:
    """'0,25' → 0.25, '-1/2' → -0.5, '1e-3' → 0.001; AnswerError when it is not a number."""
    t = _clean(text).replace(" ", "")
    if not t:
        raise AnswerError(_msg(EMPTY))
    if _NUMBER_RE.match(t):
        value = _float(t)
    elif (m := _FRACTION_RE.match(t)):
        num, den = _float(m.group(1)), _float(m.group(2))
        if den == 0:
            raise AnswerError(_msg(ZERO_DENOMINATOR, text=text.strip()))
        value = num / den
    else:
        raise AnswerError(_msg(NOT_A_NUMBER, text=text.strip()))
    if not math.isfinite(value):
        raise AnswerError(_msg(NOT_A_NUMBER, text=text.strip()))
    return value


def parse_shape(text: str) -> tuple[int, ...]:
    """'(4, 3)', '4x3', '4 × 3', '[4 3]', '4,3' → (4, 3); '(4,)' or '4' → (4,)."""
    t = _clean(text)
    if not t:
        raise AnswerError(_msg(EMPTY))
    if not _SHAPE_RE.match(t):
        raise AnswerError(_msg(NOT_A_SHAPE, text=text.strip()))
    return tuple(int(p) for p in re.findall(r"\d+", t))


def parse_sign(text: str) -> int:
    """'+' / 'positive' → 1, '-' / 'negative' → -1, '0' / 'zero' → 0."""
    t = _clean(text).replace(" ", "").lower()
    if not t:
        raise AnswerError(_msg(EMPTY))
    if t not in _SIGNS:
        raise AnswerError(_msg(NOT_A_SIGN, text=text.strip()))
    return _SIGNS[t]


def parse_choice(text: str, options: int) -> str:
    """'b', 'B' or '2' → 'b' among ``options`` options (a, b, c, …)."""
    letters = "abcdefghijklmnopqrstuvwxyz"[:options]
    t = _clean(text).lower().strip(" .)")
    if not t:
        raise AnswerError(_msg(EMPTY))
    if t.isdigit() and 1 <= int(t) <= options:
        return letters[int(t) - 1]
    if len(t) == 1 and t in letters:
        return t
    raise AnswerError(_msg(NOT_A_CHOICE, text=text.strip(), options=", ".join(letters)))


def parse(text: str, kind: str, *, options: int = 4):
    """The typed ``text`` read as ``kind`` (one of KINDS)."""
    if kind == "number":
        return parse_number(text)
    if kind == "shape":
        return parse_shape(text)
    if kind == "sign":
        return parse_sign(text)
    if kind == "choice":
        return parse_choice(text, options)
    raise ValueError(f"unknown answer kind {kind!r}; one of {', '.join(KINDS)}")


def is_close(given: float, expected: float) -> bool:
    """Within REL_TOL of ``expected``, or within ABS_TOL of it when it is that close to zero."""
    return abs(given - expected) <= max(REL_TOL * abs(expected), ABS_TOL)


def sign_of(value: float) -> int:
    """The sign a 'sign' question's key holds (0 for exactly zero)."""
    return 0 if value == 0 else (1 if value > 0 else -1)


@dataclass(frozen=True)
class Verdict:
    """How one typed answer went: ``correct``, what it was read as, and the key."""

    correct: bool
    given: Expected
    expected: Expected


def check(text: str, expected: Expected, kind: str, *, options: int = 4) -> Verdict:
    """Read ``text`` as ``kind`` and compare it with ``expected``. Raises AnswerError when the text
    cannot be read (nothing is marked then: the student types again)."""
    given = parse(text, kind, options=options)
    if kind == "number":
        correct = is_close(float(given), float(expected))
    elif kind == "shape":
        correct = tuple(given) == tuple(int(v) for v in expected)
    else:
        correct = given == expected
    return Verdict(correct, given, expected)


def tolerance_text(kind: str) -> Message:
    """The rule a question of ``kind`` is marked by, to show beside the answer box."""
    return _msg(TOLERANCE_NUMBER if kind == "number" else TOLERANCE_EXACT)
