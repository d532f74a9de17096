"""One matrix as a coloured numeric grid, labelled with its name and shape.

* Diverging colours from the palette: orange for negative, white for 0, blue for positive, the
  intensity scaled by the largest |value| of the whole matrix (shown under the grid).
* Every cell shows its value rounded to about three significant figures; hovering a cell shows
  the exact value (``repr`` of the float, all 17 digits) and its index.
* A large matrix is elided in the middle: the first and last rows/columns are drawn with a ⋮ / ⋯
  band between them, and the header keeps the full shape, e.g. ``A[1]  (256, 1000)`` with
  "showing 8 of 256 rows · 6 of 1000 columns". Painting never touches more than the visible
  cells, so a 256×60000 matrix draws as fast as a 3×2 one.

The view only renders the array it is given; it never computes the step's numbers. Exercise mode
(``exercise_mode.py``) hides cells as "?" (``set_masked``), hides the whole shape
(``set_shape_hidden``: one "?" cell, "(?, ?)") and outlines an answer's operands (``set_marked``).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop_nn.engine.trace_records import display_name
from desktop_nn.ui.kit import palette

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

NUMBER_POINT_SIZE = 15       # projector: numbers at least 14 pt
NAME_POINT_SIZE = 17
NOTE_POINT_SIZE = 12
NOISE = 1e-12                # a cell this small next to the matrix's largest is shown as 0
ELLIPSIS = -1                # index of the elided band in the visible row/column lists


def short(v: float) -> str:
    """About three significant figures in at most 7 characters: 0.0123, -1.46, 2.3e-05 → 2.3e-5."""
    if not math.isfinite(v):
        return "nan" if math.isnan(v) else ("∞" if v > 0 else "−∞")
    if v == 0:
        return "0"
    a = abs(v)
    if 1e-3 <= a < 1e4:
        text = f"{v:.3g}"
        if "e" in text:
            text = f"{v:.0f}"
    else:
        mant, exp = f"{v:.1e}".split("e")
        text = f"{mant}e{int(exp)}"
    return text.replace("-", "−")


def visible_indices(n: int, limit: int) -> list[int]:
    """All of 0..n-1 when they fit, else the first and last ones around ELLIPSIS (limit slots)."""
    if n <= limit:
        return list(range(n))
    head = (limit - 1 + 1) // 2
    tail = limit - 1 - head
    return list(range(head)) + [ELLIPSIS] + list(range(n - tail, n))


class MatrixView(QWidget):
    """``MatrixView("W[2]")``; ``set_matrix(array)``; ``None`` shows "computing…"."""

    def __init__(self, name: str = "", matrix=None, max_rows: int = 8, max_cols: int = 6,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("matrixView")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.max_rows, self.max_cols = max_rows, max_cols
        self._name = name
        self._matrix: np.ndarray | None = None
        self._scale = 1.0
        self._rows: list[int] = []
        self._cols: list[int] = []
        self._number_font = palette.font(NUMBER_POINT_SIZE)
        self._name_font = palette.font(NAME_POINT_SIZE, bold=True)
        self._note_font = palette.font(NOTE_POINT_SIZE)
        fm = QFontMetrics(self._number_font)
        self._cell_w = fm.horizontalAdvance("−0.000") + 14
        self._cell_h = fm.height() + 10
        self._masked: set[tuple[int, int]] = set()      # exercise mode: cells shown as "?"
        self._marked: set[tuple[int, int]] = set()      # exercise mode: cells outlined (operands)
        self._shape_hidden = False                      # exercise mode: the shape is the question
        self.set_matrix(matrix, name)

    # --- data ----------------------------------------------------------------------------------

    def set_matrix(self, matrix, name: str | None = None) -> None:
        if name is not None:
            self._name = name
        if matrix is None:
            self._matrix = None
            self._rows, self._cols = [], []
        else:
            a = np.asarray(matrix)
            if a.ndim == 0:
                a = a.reshape(1, 1)
            elif a.ndim == 1:
                a = a.reshape(1, -1)        # a classic model's vector: one row
            self._matrix = a
            self._shape = tuple(np.shape(matrix))
            self._rows = visible_indices(a.shape[0], self.max_rows)
            self._cols = visible_indices(a.shape[1], self.max_cols)
            if self._shape_hidden:
                self._rows, self._cols = [0], [0]
            finite = np.abs(a[np.isfinite(a)]) if a.size else np.zeros(1)
            top = float(finite.max()) if finite.size else 0.0
            self._scale = top if top > 0 else 1.0
        self.updateGeometry()
        self.adjustSize()
        self.update()

    def matrix(self) -> np.ndarray | None:
        return self._matrix

    def name(self) -> str:
        return self._name

    def shown_name(self) -> str:
        """The name as drawn: "W[1] new" (after its update) in the interface's language."""
        return display_name(self._name, translate)

    # --- exercise mode ----------------------------------------------------------------------------

    def set_masked(self, cells) -> None:
        """Show these (row, column) cells as "?" (their value stays out of the tooltip too)."""
        self._masked = {tuple(c) for c in cells}
        self.update()

    def set_marked(self, cells) -> None:
        """Outline these (row, column) cells (the ones an answer is computed from)."""
        self._marked = {tuple(c) for c in cells}
        self.update()

    def set_shape_hidden(self, hidden: bool) -> None:
        """The shape is asked: one "?" cell and "(?, ?)" instead of the grid and its shape."""
        self._shape_hidden = hidden
        self.set_matrix(self._matrix)

    def is_masked(self, i: int, j: int) -> bool:
        return self._shape_hidden or (i, j) in self._masked

    def marked(self) -> set[tuple[int, int]]:
        return set(self._marked)

    def shape_text(self) -> str:
        if self._shape_hidden:
            return "(?, ?)"
        if self._matrix is None:
            return "computing…"
        shape = self._shape
        return translate("Trace", "scalar") if shape == () else "(" + ", ".join(str(s) for s in shape) + ")"

    def is_elided(self) -> bool:
        return ELLIPSIS in self._rows or ELLIPSIS in self._cols

    def elision_text(self) -> str:
        if self._matrix is None or not self.is_elided():
            return ""
        r, c = self._matrix.shape
        parts = []
        if ELLIPSIS in self._rows:
            parts.append(translate("MatrixView", "{} of {} rows").format(len(self._rows) - 1, r))
        if ELLIPSIS in self._cols:
            parts.append(translate("MatrixView", "{} of {} columns").format(len(self._cols) - 1, c))
        return translate("MatrixView", "showing {}").format(" · ".join(parts))

    def cell_text(self, i: int, j: int) -> str:
        if self.is_masked(i, j):
            return "?"
        return short(self._shown(float(self._matrix[i, j])))

    def tooltip_for(self, i: int, j: int) -> str:
        """The exact value: ``W[2][3, 1] = -0.012345678901234567`` (1-based, as the chapter)."""
        v = float(self._matrix[i, j])
        if self.is_masked(i, j):
            return f"{self._name} = ?" if self._shape_hidden else f"{self._name}[{i + 1}, {j + 1}] = ?"
        index = f"{j + 1}" if len(self._shape) == 1 else ("" if self._shape == () else f"{i + 1}, {j + 1}")
        where = f"{self._name}[{index}]" if index else self._name
        return f"{where} = {v!r}"

    # --- geometry ------------------------------------------------------------------------------

    def _header_height(self) -> int:
        return QFontMetrics(self._name_font).height() + 6

    def _footer_height(self) -> int:
        return QFontMetrics(self._note_font).height() * 2 + 6

    def grid_rect(self) -> QRect:
        cols = max(len(self._cols), 1)
        rows = max(len(self._rows), 1)
        return QRect(4, self._header_height(), cols * self._cell_w, rows * self._cell_h)

    def sizeHint(self) -> QSize:
        g = self.grid_rect()
        fm = QFontMetrics(self._name_font)
        title = fm.horizontalAdvance(f"{self.shown_name()}  {self.shape_text()}") + 12
        note = QFontMetrics(self._note_font).horizontalAdvance(self.elision_text()) + 12
        return QSize(max(g.width() + 8, title, note, 90), g.bottom() + self._footer_height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        """(i, j) of the matrix under ``pos``, or None (outside, or on the elided band)."""
        if self._matrix is None:
            return None
        g = self.grid_rect()
        if not g.contains(pos):
            return None
        r = (pos.y() - g.top()) // self._cell_h
        c = (pos.x() - g.left()) // self._cell_w
        if r >= len(self._rows) or c >= len(self._cols):
            return None
        i, j = self._rows[r], self._cols[c]
        return None if ELLIPSIS in (i, j) else (i, j)

    def cell_rect(self, i: int, j: int) -> QRect | None:
        """Where cell (i, j) is drawn; None when it is elided."""
        if i not in self._rows or j not in self._cols:
            return None
        g = self.grid_rect()
        r, c = self._rows.index(i), self._cols.index(j)
        return QRect(g.left() + c * self._cell_w, g.top() + r * self._cell_h, self._cell_w, self._cell_h)

    def cell_center(self, i: int, j: int) -> QPoint:
        g = self.grid_rect()
        r, c = self._rows.index(i), self._cols.index(j)
        return QPoint(g.left() + c * self._cell_w + self._cell_w // 2, g.top() + r * self._cell_h + self._cell_h // 2)

    # --- painting --------------------------------------------------------------------------------

    def _shown(self, v: float) -> float:
        """A cell as read: rounding noise next to the matrix's largest entry (Adaline's
        w = [3e-16, 0.1, …]) is 0 at the precision shown."""
        return 0.0 if abs(v) < NOISE * self._scale else v

    def _color(self, v: float) -> QColor:
        if not math.isfinite(v):
            return QColor("#CCCCCC")
        t = max(-1.0, min(1.0, v / self._scale))
        end = QColor(palette.POSITIVE if t >= 0 else palette.NEGATIVE)
        a = abs(t)
        return QColor(round(255 + (end.red() - 255) * a), round(255 + (end.green() - 255) * a),
                      round(255 + (end.blue() - 255) * a))

    @staticmethod
    def _text_color(bg: QColor) -> QColor:
        lum = 0.2126 * bg.redF() + 0.7152 * bg.greenF() + 0.0722 * bg.blueF()
        return QColor(palette.WHITE if lum < 0.45 else palette.TEXT)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(QColor(palette.TEXT))
        p.setFont(self._name_font)
        fm = QFontMetrics(self._name_font)
        name = self.shown_name()
        p.drawText(4, fm.ascent() + 2, name)
        p.setPen(QColor(palette.MUTED_TEXT))
        p.drawText(4 + fm.horizontalAdvance(name + "  "), fm.ascent() + 2, self.shape_text())
        g = self.grid_rect()
        if self._matrix is None:
            p.setFont(self._number_font)
            p.drawText(g, Qt.AlignmentFlag.AlignCenter, "…")
            return
        p.setFont(self._number_font)
        for r, i in enumerate(self._rows):
            for c, j in enumerate(self._cols):
                cell = QRect(g.left() + c * self._cell_w, g.top() + r * self._cell_h, self._cell_w, self._cell_h)
                if ELLIPSIS in (i, j):
                    p.fillRect(cell, QColor(palette.PANEL_BACKGROUND))
                    p.setPen(QColor(palette.MUTED_TEXT))
                    p.drawText(cell, Qt.AlignmentFlag.AlignCenter,
                               "⋱" if i == j == ELLIPSIS else ("⋮" if i == ELLIPSIS else "⋯"))
                    continue
                if self.is_masked(i, j):
                    p.fillRect(cell, QColor(palette.YELLOW))
                    p.setPen(QColor(palette.TEXT))
                    p.drawText(cell, Qt.AlignmentFlag.AlignCenter, "?")
                    continue
                v = float(self._matrix[i, j])
                bg = self._color(v)
                p.fillRect(cell, bg)
                p.setPen(self._text_color(bg))
                p.drawText(cell.adjusted(2, 0, -4, 0),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, short(self._shown(v)))
        p.setPen(QPen(QColor(palette.GRID_LINE), 1))
        for r in range(len(self._rows) + 1):
            y = g.top() + r * self._cell_h
            p.drawLine(g.left(), y, g.right(), y)
        for c in range(len(self._cols) + 1):
            x = g.left() + c * self._cell_w
            p.drawLine(x, g.top(), x, g.bottom())
        p.setPen(QPen(QColor(palette.VERMILLION), 3))
        for i, j in self._marked:
            if i in self._rows and j in self._cols:
                r, c = self._rows.index(i), self._cols.index(j)
                p.drawRect(QRect(g.left() + c * self._cell_w + 1, g.top() + r * self._cell_h + 1,
                                 self._cell_w - 3, self._cell_h - 3))
        # matrix brackets
        p.setPen(QPen(QColor(palette.TEXT), 2))
        for x, d in ((g.left() - 2, 6), (g.right() + 2, -6)):
            p.drawLine(x, g.top() - 2, x, g.bottom() + 2)
            p.drawLine(x, g.top() - 2, x + d, g.top() - 2)
            p.drawLine(x, g.bottom() + 2, x + d, g.bottom() + 2)
        p.setFont(self._note_font)
        p.setPen(QColor(palette.MUTED_TEXT))
        nfm = QFontMetrics(self._note_font)
        y = g.bottom() + 4 + nfm.ascent()
        hidden = self._shape_hidden or self._masked     # the scale could give a hidden value away
        p.drawText(4, y, translate("MatrixView", "colour: ±{}").format("?" if hidden else short(self._scale)))
        if self.is_elided():
            p.drawText(4, y + nfm.height(), self.elision_text())

    def mouseMoveEvent(self, event) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is None:
            QToolTip.hideText()
            self.setToolTip("")
        else:
            text = self.tooltip_for(*cell)
            self.setToolTip(text)
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        super().mouseMoveEvent(event)
