"""Type as typeset maths sets it: formulas kept whole where a line breaks, and powers as
superscripts.

:func:`keep_math_together` makes the spaces of a formula non-breaking where a break would split
an expression; :class:`WrappingLabel` is the word-wrapped label that applies it to every text it
shows (``theme.label(..., wrap=True)`` makes one).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiQt     # (mightBeRichText lives in QtGui's Qt namespace)
from PySide6.QtWidgets import QLabel

from desktop_nn.ui.kit.numbers import superscript  # noqa: F401 - one home for typeset digits


#: operators and relations of the formulas on screen
_OPERATORS = set("=−+×·|→≤≥∈")
_RELATIONS = set("=≤≥|∈")
NBSP = "\u00a0"
WORD_JOINER = "\u2060"


_MATHY = re.compile(r"[₀-₉⁰-⁹ᵀα-ωΑ-Ωŷ′∂Σ]")


def _token_around(text: str, i: int, step: int) -> str:
    """The run of non-space characters next to position ``i`` (step −1: before it, +1: after)."""
    j = i + step
    chars = []
    while 0 <= j < len(text) and text[j] not in (" ", NBSP, "<", ">"):
        chars.append(text[j])
        j += step
    return "".join(reversed(chars)) if step < 0 else "".join(chars)


def keep_math_together(text: str, html: bool = False) -> str:
    """``text`` with the spaces of its formulas made non-breaking where a break would split an
    expression, as typeset maths breaks lines (only after an operator or a relation): every space
    inside brackets but one after a comma ("log(1 − ŷ)", "[y log ŷ + (1 − y) log(1 − ŷ)]",
    "P(y = 1 | x)"), the space before an operator or relation ("n[5] = 1"), and the space between
    two short factors of a product ("x₂ dz"). A line may still break after a top-level operator
    or relation, after a comma, and between the words of a sentence. HTML tags are left as they
    are; ``html`` writes the non-breaking space as ``&nbsp;`` (Qt's rich text reads a bare U+00A0
    as a space)."""
    nbsp = "&nbsp;" if html else NBSP
    out, depth, in_tag = [], 0, False
    for i, ch in enumerate(text):
        if in_tag:
            in_tag = ch != ">"
        elif ch == "<" and re.match(r"</?[a-zA-Z]", text[i:i + 3]):
            in_tag = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in (" ", NBSP):
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            left, right = _token_around(text, i, -1), _token_around(text, i, +1)
            factors = (0 < len(left) <= 3 and 0 < len(right) <= 3 and left[-1] not in ",;:"
                       and left[-1] not in _OPERATORS and right[0] not in _OPERATORS
                       and bool(_MATHY.search(left) or _MATHY.search(right)))
            if (depth > 0 and before != ",") or after in _OPERATORS or factors:
                # "|" may break after itself even before a non-breaking space (Unicode line
                # breaking, class BA); a word joiner after it forbids that
                ch = (WORD_JOINER + nbsp) if before == "|" else nbsp
        out.append(ch)
    return "".join(out)


class WrappingLabel(QLabel):
    """A word-wrapped label that keeps formulas whole (see :func:`keep_math_together`)."""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        fmt = self.textFormat()
        rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and QtGuiQt.mightBeRichText(text))
        super().setText(keep_math_together(text, html=rich))
