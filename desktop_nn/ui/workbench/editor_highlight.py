"""Shows the step-through's current layer inside the architecture editor, without changing it.

The editor (``ArchitectureEditor``, owned by the UI engineer) has no highlight method of its own,
so this helper draws a few overlay items into its scene using only what the editor exposes:
``editor.scene``, ``editor.neurons[(l, j)]`` (NeuronItem, positioned in scene coordinates) and
``editor.links`` (LinkItem with ``layer``, ``j``, ``i`` and ``path()``).

* a light band behind the column of layer l (z below the links),
* a thick vermillion outline around each involved neuron (z above the neurons),
* a yellow glow under the links of W[link_layer] (z between the band and the links).

The editor clears its scene whenever it redraws (a layer added, a new snapshot's activations);
the overlay notices that its items were deleted and draws them again on the next highlight, and
re-applies itself when the editor reports a change.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem

from desktop_nn.ui.kit import palette
from desktop_nn.ui.workbench.gradient_links import GradientLinks

MAX_GLOW_LINKS = 600      # more links than this are not drawn one by one (the band still shows)
BAND_COLOR = QColor(240, 228, 66, 90)         # palette.YELLOW, translucent
GLOW_COLOR = QColor(240, 228, 66, 200)


class EditorHighlighter(QObject):
    """``EditorHighlighter(editor).highlight(layer, neurons, link_layer)``; ``clear()``."""

    def __init__(self, editor, parent: QObject | None = None):
        super().__init__(parent or editor)
        self.editor = editor
        self.layer: int | None = None
        self.neurons: tuple[int, ...] = ()
        self.link_layer = 0
        self._items: list = []
        self.gradients: dict = {}
        self._gradient_links = GradientLinks(editor)
        if hasattr(editor, "architectureChanged"):
            editor.architectureChanged.connect(self._reapply)
        if hasattr(editor, "modelChanged"):
            editor.modelChanged.connect(self._reapply)

    # --- public --------------------------------------------------------------------------------

    def highlight(self, layer: int, neurons=(), link_layer: int = 0, gradients=None) -> None:
        """``gradients`` ({l: dW[l]}, on backward steps): the links show them (gradient_links)."""
        self.layer, self.neurons, self.link_layer = int(layer), tuple(int(j) for j in neurons), int(link_layer)
        self.gradients = gradients or {}
        self._draw()

    def clear(self) -> None:
        self.layer, self.neurons, self.link_layer = None, (), 0
        self.gradients = {}
        self._remove()

    def band_rect(self) -> QRectF | None:
        """The highlighted column in scene coordinates (None when nothing is highlighted)."""
        for item in self._items:
            if shiboken6.isValid(item) and item.data(0) == "band":
                return item.sceneBoundingRect()
        return None

    def outlined_neurons(self) -> list[tuple[int, int]]:
        return [item.data(1) for item in self._items if shiboken6.isValid(item) and item.data(0) == "neuron"]

    def glowing_links(self) -> int:
        return sum(1 for item in self._items if shiboken6.isValid(item) and item.data(0) == "link")

    # --- drawing ---------------------------------------------------------------------------------

    def _reapply(self, *_args) -> None:
        if self.layer is not None:
            self._draw()

    def _remove(self) -> None:
        self._gradient_links.restore()
        scene = self.editor.scene
        for item in self._items:
            if shiboken6.isValid(item) and item.scene() is scene:
                scene.removeItem(item)
        self._items = []

    def _draw(self) -> None:
        self._remove()
        scene, l = self.editor.scene, self.layer
        column = [item for (layer, _j), item in self.editor.neurons.items() if layer == l]
        if not column:
            return      # the editor shows another model or fewer layers: nothing to point at
        rect = QRectF()
        for item in column:
            rect = rect.united(item.sceneBoundingRect())
        band = QGraphicsRectItem(rect.adjusted(-16, -16, 16, 16))
        band.setBrush(QBrush(BAND_COLOR))
        band.setPen(QPen(QColor(palette.VERMILLION), 2, Qt.PenStyle.DashLine))
        band.setZValue(-1)
        band.setData(0, "band")
        scene.addItem(band)
        self._items.append(band)
        for j in self.neurons:
            item = self.editor.neurons.get((l, j))
            if item is None:
                continue
            outline = QGraphicsRectItem(item.sceneBoundingRect().adjusted(-5, -5, 5, 5))
            outline.setPen(QPen(QColor(palette.VERMILLION), 4))
            outline.setBrush(Qt.BrushStyle.NoBrush)
            outline.setZValue(12)
            outline.setData(0, "neuron")
            outline.setData(1, (l, j))
            scene.addItem(outline)
            self._items.append(outline)
        self._gradient_links.show(self.gradients)
        links = [k for k in self.editor.links if k.layer == self.link_layer] if self.link_layer else []
        if len(links) <= MAX_GLOW_LINKS:
            for link in links:
                glow = QGraphicsPathItem(link.path())
                glow.setPen(QPen(GLOW_COLOR, 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                glow.setZValue(0.5)
                glow.setData(0, "link")
                scene.addItem(glow)
                self._items.append(glow)
