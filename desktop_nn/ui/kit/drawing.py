"""Drawing a running frame in short calls (see MainWindow._draw_part).

A view hands the window a list of calls, each repainting one rectangle of its viewport; the
window runs them one per pass of the event loop, so no single call holds the GUI thread long.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QRect

INSET = 7      # px of a plot's data area left alone: its axes and their inward ticks


def data_area(view, viewbox) -> QRect:
    """The viewport rectangle of a pyqtgraph ViewBox's data, less INSET on every side."""
    rect = view.mapFromScene(viewbox.sceneBoundingRect()).boundingRect()
    return rect.adjusted(INSET, INSET, -INSET, -INSET)


def split_rect(rect: QRect, n: int, across: bool = False) -> list[QRect]:
    """``rect`` cut into ``n`` bands stacked top to bottom (or side by side if ``across``)."""
    n = max(1, n)
    if across:
        edges = [rect.left() + round(k * rect.width() / n) for k in range(n + 1)]
        return [QRect(edges[k], rect.top(), edges[k + 1] - edges[k], rect.height()) for k in range(n)]
    edges = [rect.top() + round(k * rect.height() / n) for k in range(n + 1)]
    return [QRect(rect.left(), edges[k], rect.width(), edges[k + 1] - edges[k]) for k in range(n)]


def repaint_calls(widget, rects: list[QRect]) -> list:
    """One call per rectangle, each repainting it on ``widget`` right away."""
    return [partial(widget.repaint, r) for r in rects if not r.isEmpty()]
