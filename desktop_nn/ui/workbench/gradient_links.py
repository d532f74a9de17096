"""During the step-through's backward steps the editor's links show the gradient, not the weight.

From the step where dW[L] is computed on, each link W[l]_{j,i} whose dW[l] the backward pass has
reached is drawn by dW[l]_{j,i}: blue where dW > 0, orange where dW < 0 (the weights' colours,
palette.weight_color), 1 to 8 px wide by |dW| relative to the largest |dW| of that iteration so
far; links whose gradient is not computed yet are thin and grey. The editor's read-out line says
so (the legend). On any other step the links get their weight pens back.

The pens are set on the editor's own LinkItems (``editor.links``) and remembered, so that they
can be put back; an editor that redraws itself (new items) needs nothing put back.
"""

from __future__ import annotations

import numpy as np
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPen

from desktop_nn.ui.kit import palette

NOT_YET = QColor("#C8C8C8")        # a link whose gradient the backward pass has not reached
MIN_WIDTH, MAX_WIDTH = 1.0, 8.0


def backward_gradients(steps, current) -> dict[int, np.ndarray]:
    """{l: dW[l]} of the backward steps up to ``current`` (a TraceStep), when ``current`` is a
    backward step; {} otherwise."""
    if current is None or current.phase != "backward":
        return {}
    return {s.layer: np.asarray(s.value) for s in steps[: current.index + 1]
            if s.phase == "backward" and s.key == "dW"}


def gradient_pen(value: float, scale: float) -> QPen:
    """The pen of a link whose gradient is ``value``; ``scale`` is the largest |dW| shown."""
    size = abs(value) / scale if scale > 0 and np.isfinite(value) else 0.0
    width = MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * min(size, 1.0)
    return QPen(palette.weight_color(1.0 if value >= 0 else -1.0), width, Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap)


def legend_text() -> str:
    return QCoreApplication.translate(
        "StepperPane", "<b>Links show the gradient dW now</b>, not the weight: blue dW &gt; 0, orange "
        "dW &lt; 0, width |dW|; grey: not computed yet.")


class GradientLinks:
    """Puts gradient pens on an editor's links and takes them off again."""

    def __init__(self, editor):
        self.editor = editor
        self._saved: list[tuple[object, QPen]] = []
        self._info: str | None = None

    @property
    def active(self) -> bool:
        return bool(self._saved)

    def show(self, gradients: dict[int, np.ndarray]) -> None:
        """Colour every link by its dW entry (``gradients`` as :func:`backward_gradients` gives
        it); with no gradients, put the weight pens back."""
        self.restore()
        if not gradients:
            return
        links = list(self.editor.links)
        shapes = {l: g.shape for l, g in gradients.items()}
        if any(l > 0 and not any(k.layer == l for k in links) for l in shapes):
            return      # the editor shows another network: nothing to colour
        scale = max((float(np.nanmax(np.abs(g))) for g in gradients.values() if g.size), default=0.0)
        for link in links:
            self._saved.append((link, link.pen()))
            g = gradients.get(link.layer)
            if g is None or link.j >= g.shape[0] or link.i >= g.shape[1]:
                link.setPen(QPen(NOT_YET, MIN_WIDTH))
            else:
                link.setPen(gradient_pen(float(g[link.j, link.i]), scale))
        info = getattr(self.editor, "neuronInfo", None)
        if info is not None:
            self._info = info.text()
            info.setText(legend_text())

    def restore(self) -> None:
        for link, pen in self._saved:
            if shiboken6.isValid(link):
                link.setPen(pen)
        self._saved = []
        info = getattr(self.editor, "neuronInfo", None)
        if self._info is not None and info is not None and shiboken6.isValid(info):
            if info.text() == legend_text():
                info.setText(self._info)
        self._info = None
