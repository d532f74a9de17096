"""Rich text as the scenes write it: labels that read their text as HTML, colours that stay
readable on white, numbers as factors of a product and shapes as NumPy prints them."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop_nn.ui.lecture import theme


def rich_label(size: float = theme.BODY, bold: bool = False, color: str = theme.TEXT, object_name: str | None = None,
               wrap: bool = True, text: str = "") -> QLabel:
    """A label that always reads its text as rich text (sub- and superscripts, colours)."""
    lab = theme.label("", size, bold=bold, color=color, object_name=object_name, wrap=wrap)
    lab.setTextFormat(Qt.TextFormat.RichText)
    lab.setText(text)
    return lab


def wrapped(text: str = "", size: float = theme.BODY, object_name: str | None = None, bold: bool = False,
            color: str = theme.TEXT, mono: bool = False) -> QLabel:
    """A label that wraps and never widens its column (rich text from its second text on)."""
    w = theme.label(text, size, bold=bold, color=color, object_name=object_name, mono=mono, wrap=True)
    w.setTextFormat(Qt.TextFormat.RichText)
    w.setMinimumWidth(1)
    return w


def colored(text: str, color: str, bold: bool = True) -> str:
    """Rich text in a colour, darkened where needed to read on white (≥ 4.5:1)."""
    return f"<span style='color:{theme.readable(color)};{' font-weight:bold;' if bold else ''}'>{text}</span>"


def factor(x: float, digits: int = 3) -> str:
    """A number as a factor in a product: negative ones in brackets, "2 · (−0.5)"."""
    s = theme.fmt(x, digits)
    return f"({s})" if x < 0 else s


def dims_text(dims) -> str:
    """A shape (the sizes of an array's axes) as the chapter writes it: (3, 5)."""
    return "(" + ", ".join(str(d) for d in dims) + ")"


def shape_text(M) -> str:
    """An array's shape as the chapter writes it: (3, 5)."""
    return dims_text(np.shape(M))
