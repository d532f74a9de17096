"""How scenes arrange their parts: columns filling the scene's height, a plot with its labels
under it, the rows of a table, groups of controls that wrap onto a second line on a narrow
projector, and labels that ask for the height their text needs."""

from __future__ import annotations

from typing import Iterable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_nn.ui.kit.flow_layout import FlowLayout as KitFlowLayout
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.typeset import WrappingLabel


def columns(body: QBoxLayout, stretches: tuple[int, ...], spacing: float = 24,
            column_spacing: float | None = None) -> list[QVBoxLayout]:
    """Empty columns side by side filling the scene's height, column i taking ``stretches[i]``
    shares of the width; ``spacing`` between the columns and ``column_spacing`` between the parts
    of each (design sizes; None leaves Qt's default)."""
    main = QHBoxLayout()
    main.setSpacing(theme.px(spacing))
    body.addLayout(main, 1)
    cols = []
    for stretch in stretches:
        col = QVBoxLayout()
        if column_spacing is not None:
            col.setSpacing(theme.px(column_spacing))
        main.addLayout(col, stretch)
        cols.append(col)
    return cols


def grid_rows(grid: QGridLayout, rows: Iterable[Sequence[QWidget]], first_row: int = 0) -> None:
    """Each of ``rows`` (its widgets, one a column) on a row of ``grid`` of its own, from
    ``first_row`` down: a table of labels, or of a matrix beside what it means."""
    for r, widgets in enumerate(rows, start=first_row):
        for c, w in enumerate(widgets):
            grid.addWidget(w, r, c)


def stack(*items, stretch_first: bool = True) -> QVBoxLayout:
    """A column: the first item (a plot) takes the spare height, the labels under it their own."""
    col = QVBoxLayout()
    col.setSpacing(theme.px(8))
    for i, it in enumerate(items):
        if isinstance(it, QWidget):
            col.addWidget(it, 1 if (i == 0 and stretch_first) else 0)
        else:
            col.addLayout(it)
    return col


def side_by_side(body: QVBoxLayout, left: QVBoxLayout, right: QVBoxLayout, stretch=(5, 4)) -> None:
    """Two columns (each a plot with its labels under it) filling the scene's height."""
    main = QHBoxLayout()
    main.setSpacing(theme.px(28))
    main.addLayout(left, stretch[0])
    main.addLayout(right, stretch[1])
    body.addLayout(main, 1)


class WrapLabel(WrappingLabel):
    """A word-wrapped label that asks for the height its text needs at the width it has.

    (A plain wrapped QLabel reports the height of its text squeezed to its narrowest width, so a
    column of them claims far more height than the screen has.)"""

    def __init__(self, text: str = "", size: float = theme.BODY, bold: bool = False, color: str = theme.TEXT,
                 object_name: str | None = None, mono: bool = False, min_width: float = 240):
        super().__init__()
        self.setText(text)
        self.setFont(theme.font(size, bold, mono))
        self.setStyleSheet(f"color: {theme.readable(color)};")
        self.setTextFormat(Qt.TextFormat.RichText if text.startswith("<") else Qt.TextFormat.AutoText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._min_width = theme.px(min_width)
        if object_name:
            self.setObjectName(object_name)

    def minimumSizeHint(self) -> QSize:
        w = max(self.width(), self._min_width)
        return QSize(self._min_width, self.heightForWidth(w) if self.text() else 0)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumSizeHint().height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.updateGeometry()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


def min_width_for(label, texts) -> None:
    """Give a one-line label room for the longest of ``texts`` so that it is never cut."""
    fm = QFontMetrics(label.font())
    label.setMinimumWidth(max(fm.horizontalAdvance(t) for t in texts) + theme.px(8))


def FlowLayout(parent=None) -> KitFlowLayout:  # noqa: N802 (used as the class it makes)
    """Groups of controls that wrap onto a second line on a narrow projector, with the lecture's
    gaps (they scale with the projector's type)."""
    return KitFlowLayout(parent, gap=theme.px(24), line_gap=theme.px(8))


def control_group(*items) -> QWidget:
    """Controls kept together on one line of a :class:`FlowLayout`."""
    w = QWidget()
    lay = theme.row(*items, stretch_end=False)
    lay.setContentsMargins(0, 0, 0, 0)
    w.setLayout(lay)
    return w
