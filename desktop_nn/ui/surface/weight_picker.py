"""The network drawn small, for picking two weights: click a link to choose W[l][i, j].

The links are the architecture editor's own items (``network_items.LinkItem``: blue +, orange −,
thick by |w|); the two picked carry a black outline and a number, 1 and 2 — the plane's first
and second direction. A third click replaces the older pick.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView

from desktop_nn.ui.kit import palette
from desktop_nn.ui.workbench.network_items import LinkItem, link_styles

COLUMN_GAP = 120.0
ROW_GAP = 34.0
NEURON = 16.0


def weight_name(pick) -> str:
    """W[l][i,j] as the chapter writes it (indices from 1 on screen): W[2]₁₃ → "W[2] 1,3"."""
    layer, i, j = pick
    return f"W[{layer}] {i + 1},{j + 1}"


class PickableLink(LinkItem):
    """A link that reports a click to its listener (the picker)."""

    def mousePressEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            self._listener.link_clicked(self)
            event.accept()
        else:
            super().mousePressEvent(event)


class WeightPicker(QGraphicsView):
    """Draws a network of ``layer_dims``; ``picksChanged`` carries the picked (layer, i, j) list."""

    picksChanged = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("weightPicker")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setToolTip(self.tr("Click two links: the surface is drawn over those two weights."))
        self.links: dict[tuple, PickableLink] = {}
        self.picks: list[tuple] = []
        self._marks: list = []
        self._dims: tuple = ()

    def set_network(self, layer_dims, params) -> None:
        """Draw the network (links styled by ``params``); picks that still exist are kept."""
        layer_dims = tuple(int(n) for n in layer_dims)
        scene = self.scene()
        if layer_dims != self._dims:
            scene.clear()
            self.links, self._marks, self._dims = {}, [], layer_dims
            tallest = max(layer_dims)
            places = []
            for l, n in enumerate(layer_dims):
                top = (tallest - n) * ROW_GAP / 2
                places.append([QPointF(l * COLUMN_GAP, top + k * ROW_GAP) for k in range(n)])
            for l in range(1, len(layer_dims)):
                for i, end in enumerate(places[l]):
                    for j, start in enumerate(places[l - 1]):
                        link = PickableLink(l, i, j, start + QPointF(NEURON / 2, 0), end - QPointF(NEURON / 2, 0), self)
                        link.setCursor(Qt.CursorShape.PointingHandCursor)
                        link.setToolTip(weight_name((l, i, j)))
                        scene.addItem(link)
                        self.links[(l, i, j)] = link
            for column in places:
                for p in column:
                    dot = QGraphicsEllipseItem(p.x() - NEURON / 2, p.y() - NEURON / 2, NEURON, NEURON)
                    dot.setBrush(QBrush(QColor(palette.WHITE)))
                    dot.setPen(QPen(QColor(palette.TEXT), 1.5))
                    dot.setZValue(10)
                    scene.addItem(dot)
            self.picks = [p for p in self.picks if p in self.links]
            self._show_picks()
        for l in range(1, len(layer_dims)):
            W = params.get(f"W{l}") if params is not None else None
            if W is None:
                continue
            scale = max(float(abs(W).max()), 1e-9)
            styles = link_styles(W, scale)
            for (i, j), style in zip(((i, j) for i in range(W.shape[0]) for j in range(W.shape[1])), styles.ravel()):
                self.links[(l, i, j)].set_style(int(style))
        self.fit()

    def fit(self) -> None:
        rect = self.scene().itemsBoundingRect().adjusted(-14, -14, 14, 14)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fit()

    # --- the listener LinkItem expects ------------------------------------------------------------
    def link_clicked(self, link) -> None:
        self.pick((link.layer, link.j, link.i))

    def link_hovered(self, link) -> None:
        pass

    def hover_left(self, item) -> None:
        pass

    # --- picks --------------------------------------------------------------------------------------
    def pick(self, key) -> None:
        """Pick W[l][i, j] (``key`` = (l, i, j)); a picked one clicked again is dropped."""
        key = tuple(key)
        if key in self.picks:
            self.picks.remove(key)
        else:
            self.picks = (self.picks + [key])[-2:]
        self._show_picks()
        self.picksChanged.emit(list(self.picks))

    def set_picks(self, picks) -> None:
        self.picks = [tuple(p) for p in picks if tuple(p) in self.links][-2:]
        self._show_picks()
        self.picksChanged.emit(list(self.picks))

    def _show_picks(self) -> None:
        scene = self.scene()
        for mark in self._marks:
            scene.removeItem(mark)
        self._marks = []
        font = palette.font(palette.LABEL_POINT_SIZE, bold=True)
        for number, key in enumerate(self.picks, start=1):
            link = self.links[key]
            outline = scene.addPath(link.path(), QPen(QColor(palette.BLACK), 6, Qt.PenStyle.SolidLine,
                                                        Qt.PenCapStyle.RoundCap))
            outline.setZValue(0.5)
            label = QGraphicsSimpleTextItem(str(number))
            label.setFont(font)
            middle = link.path().pointAtPercent(0.5)
            label.setPos(middle - QPointF(label.boundingRect().width() / 2, label.boundingRect().height() + 2))
            label.setZValue(12)
            backing = scene.addRect(label.sceneBoundingRect().adjusted(-3, -1, 3, 1), QPen(QColor(palette.BLACK), 1),
                                    QBrush(QColor(palette.YELLOW)))
            backing.setZValue(11)
            scene.addItem(label)
            self._marks += [outline, backing, label]
