"""The QGraphicsItems the architecture editor draws: neurons, links and small +/− buttons.

Items only render and report hovers/clicks to a ``listener`` (the editor); they hold no state
beyond what they draw.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainterPath, QPainterPathStroker, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QGraphicsPathItem, QGraphicsRectItem

from desktop_nn.ui.kit import palette

NEURON_SIZE = 44.0
WIDTH_STEPS = 4          # a link's width moves in quarter pixels


def array_to_pixmap(rgba: np.ndarray) -> QPixmap:
    """(h, w, 4) uint8 → QPixmap (image rows top to bottom)."""
    rgba = np.ascontiguousarray(rgba)
    h, w, _ = rgba.shape
    image = QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
    return QPixmap.fromImage(image)


def link_styles(weights: np.ndarray, scale: float) -> np.ndarray:
    """One integer per weight naming how its link is drawn: blue (w ≥ 0) or orange, and
    1 + 7·min(|w| / scale, 1) pixels wide in steps of 1/WIDTH_STEPS. Links whose key did not
    change between two snapshots are not touched, which keeps a large network's frames cheap."""
    w = np.asarray(weights, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        width = np.where(np.isfinite(w), 1.0 + 7.0 * np.minimum(np.abs(w) / scale, 1.0), 1.0)
    return (np.rint(width * WIDTH_STEPS).astype(np.int64) << 1) | (w >= 0)


class NeuronItem(QGraphicsRectItem):
    """A neuron as a rounded square showing its output over the input plane (as in Playground)."""

    def __init__(self, layer: int, index: int, listener):
        s = NEURON_SIZE
        super().__init__(-s / 2, -s / 2, s, s)
        self.layer, self.index, self._listener = layer, index, listener
        self._pixmap: QPixmap | None = None
        self.setPen(QPen(QColor(palette.TEXT), 1.5))
        self.setBrush(QBrush(QColor("#FFFFFF")))
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_heatmap(self, pixmap: QPixmap | None) -> None:
        self._pixmap = pixmap
        self.update()

    def paint(self, painter, option, widget=None):
        r = self.rect()
        if self._pixmap is not None:
            painter.drawPixmap(r, self._pixmap, QRectF(self._pixmap.rect()))
        else:
            painter.fillRect(r, self.brush())
        painter.setPen(self.pen())
        painter.drawRect(r)

    def hoverEnterEvent(self, event):
        self.setPen(QPen(QColor(palette.TEXT), 4))
        self._listener.neuron_hovered(self)

    def hoverLeaveEvent(self, event):
        self.setPen(QPen(QColor(palette.TEXT), 1.5))
        self._listener.hover_left(self)


class LinkItem(QGraphicsPathItem):
    """The weight W[l]_{j,i} from neuron i of layer l−1 to neuron j of layer l."""

    def __init__(self, layer: int, j: int, i: int, start: QPointF, end: QPointF, listener):
        path = QPainterPath(start)
        dx = (end.x() - start.x()) * 0.5
        path.cubicTo(QPointF(start.x() + dx, start.y()), QPointF(end.x() - dx, end.y()), end)
        super().__init__(path)
        self.layer, self.j, self.i, self._listener = layer, j, i, listener
        self.setPen(QPen(QColor("#B0B0B0"), 1.0))
        self.setAcceptHoverEvents(True)
        self.setZValue(1)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self.path())

    def set_style(self, style: int) -> None:
        """Colour and width from a key of :func:`link_styles`."""
        width = (style >> 1) / WIDTH_STEPS
        color = palette.weight_color(1.0 if style & 1 else -1.0)
        self.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))

    def hoverEnterEvent(self, event):
        self.setZValue(5)
        self._listener.link_hovered(self)

    def hoverLeaveEvent(self, event):
        self.setZValue(1)
        self._listener.hover_left(self)


class ButtonItem(QGraphicsObject):
    """A small round "+" or "−" button inside the scene (add/remove a neuron of one layer)."""

    clicked = Signal()

    def __init__(self, text: str, tooltip: str, parent: QGraphicsItem | None = None):
        super().__init__(parent)
        self._text = text
        self._enabled = True
        self.setToolTip(tooltip)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(20)

    def boundingRect(self) -> QRectF:
        return QRectF(-14, -14, 28, 28)

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self.update()

    def is_enabled(self) -> bool:
        return self._enabled

    def paint(self, painter, option, widget=None):
        color = QColor(palette.TEXT if self._enabled else "#AAAAAA")
        painter.setPen(QPen(color, 2))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawEllipse(self.boundingRect().adjusted(1, 1, -1, -1))
        painter.setFont(palette.font(palette.LABEL_POINT_SIZE, bold=True))
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, self._text)

    def mousePressEvent(self, event):
        event.accept()

    def mouseReleaseEvent(self, event):
        if self._enabled and self.boundingRect().contains(event.pos()):
            self.clicked.emit()

