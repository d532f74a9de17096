"""A layout of groups of controls side by side while they fit the width, the next group on a new
line when they do not (one line on a wide projector, two on a 1024-pixel one)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem


class FlowLayout(QLayout):
    """Groups of controls side by side while they fit the width, the next group on a new line
    when they do not (one line on a wide projector, two on a 1024-pixel one)."""

    def __init__(self, parent=None, *, gap: int = 24, line_gap: int = 8):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self._gap = gap                 # px between groups on a line
        self._line_gap = line_gap       # px between lines

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        widths = [it.sizeHint().width() for it in self._items]
        height = max((it.sizeHint().height() for it in self._items), default=0)
        return QSize(sum(widths) + self._gap * max(0, len(widths) - 1), height)

    def minimumSize(self) -> QSize:
        width = max((it.minimumSize().width() for it in self._items), default=0)
        return QSize(width, self.heightForWidth(width))

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items line by line (each centred on its line's height); the height used."""
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        x = rect.x()
        for it in self._items:
            w = min(it.sizeHint().width(), rect.width()) if rect.width() > 0 else it.sizeHint().width()
            if lines[-1] and x + w > rect.x() + rect.width():
                lines.append([])
                x = rect.x()
            lines[-1].append((it, w))
            x += w + self._gap
        y = rect.y()
        for k, line in enumerate(lines):
            height = max((it.sizeHint().height() for it, _ in line), default=0)
            x = rect.x()
            for it, w in line:
                h = it.sizeHint().height()
                if move:
                    it.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(w, h)))
                x += w + self._gap
            y += height + (self._line_gap if k + 1 < len(lines) else 0)
        return y - rect.y()
