"""How exercise sets write their numbers and sentences (no Qt).

Sentences are :class:`Message` templates of the "Exercises" context (translated by the interface,
English as they are here); numbers are formatted here, before they go into a sentence, so a
translation never changes them. Two ways of writing a number:

* :func:`num` — what a student reads: 4 significant digits (6 for a revealed key), a true minus,
  no −0 and no trailing zeros;
* :func:`key_text` — what an answer key stores: ``repr`` of the float (it reads back to the very
  same number), a shape as ``(4, 3)``, a sign as ``+1`` / ``-1`` / ``0``, a choice as its letter.
"""

from __future__ import annotations

import math

import numpy as np

from .answers import say  # noqa: F401 (the sets say their sentences through wording)

MINUS = "\u2212"


def num(x: float, significant: int = 4) -> str:
    """``x`` to ``significant`` digits: 0.1235, −3.2, 1.5e−05 (0 for what rounds to zero)."""
    x = float(x)
    if not math.isfinite(x):
        return "NaN" if x != x else ("∞" if x > 0 else MINUS + "∞")
    text = f"{x:.{significant}g}"
    if float(text) == 0:
        return "0"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return text.replace("-", MINUS)


def signed(x: float, significant: int = 4) -> str:
    """A number inside a sum: negative ones in parentheses, (−0.5)."""
    text = num(x, significant)
    return f"({text})" if text.startswith(MINUS) else text


def vec(values, significant: int = 4) -> str:
    """[0.12, −0.5, 1]"""
    return "[" + ", ".join(num(v, significant) for v in np.ravel(values)) + "]"


def matrix_rows(matrix, significant: int = 4) -> list[str]:
    """A matrix as one line per row, the numbers right-aligned in columns."""
    M = np.atleast_2d(np.asarray(matrix, dtype=np.float64))
    cells = [[num(v, significant) for v in row] for row in M]
    width = max((len(c) for row in cells for c in row), default=1)
    return ["[ " + "  ".join(c.rjust(width) for c in row) + " ]" for row in cells]


def shape_text(shape) -> str:
    """(4, 3); a 1-tuple as (4,)."""
    shape = tuple(int(s) for s in shape)
    return f"({shape[0]},)" if len(shape) == 1 else "(" + ", ".join(map(str, shape)) + ")"


def sign_symbol(sign: int) -> str:
    return "+" if sign > 0 else (MINUS if sign < 0 else "0")


def answer_text(answer, kind: str, significant: int = 6) -> str:
    """The key as a student reads it when it is revealed."""
    if kind == "number":
        return num(answer, significant)
    if kind == "shape":
        return shape_text(answer)
    if kind == "sign":
        return sign_symbol(int(answer))
    return str(answer)


def key_text(answer, kind: str) -> str:
    """The key as an answer key stores it, read back exactly by :func:`read_key`."""
    if kind == "number":
        return repr(float(answer))
    if kind == "shape":
        return shape_text(answer)
    if kind == "sign":
        return {1: "+1", -1: "-1", 0: "0"}[int(answer)]
    return str(answer)


def read_key(text: str, kind: str):
    """The inverse of :func:`key_text`."""
    text = text.strip()
    if kind == "number":
        return float(text)
    if kind == "shape":
        return tuple(int(p) for p in text.strip("()").split(",") if p.strip())
    if kind == "sign":
        return int(text)
    return text
