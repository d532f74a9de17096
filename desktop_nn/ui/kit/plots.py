"""The workbench's plots share these: axes that keep their labels apart on a short plot, one
axis style, pens, a round ceiling for ranges, and the min/max envelope that draws a long curve
with a bounded number of points (spikes stay visible)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics

from desktop_nn.ui.kit import palette

MAX_DRAWN = 1200      # longer curves are drawn as a min/max envelope of this many points


def envelope(x: np.ndarray, y: np.ndarray, max_points: int = MAX_DRAWN) -> tuple[np.ndarray, np.ndarray]:
    """Decimate a long curve for drawing: each bucket keeps its min and max (spikes stay visible)."""
    n = len(x)
    if n <= max_points:
        return x, y
    buckets = max_points // 2
    edges = np.linspace(0, n, buckets + 1).astype(np.int64)
    cut = edges[:-1]
    with np.errstate(invalid="ignore"):
        finite = np.where(np.isfinite(y), y, np.nan)
        lo = np.fmin.reduceat(finite, cut)
        hi = np.fmax.reduceat(finite, cut)
    xs = x[cut]
    xe = x[np.maximum(edges[1:] - 1, cut)]
    return np.column_stack([xs, xe]).ravel(), np.column_stack([lo, hi]).ravel()


def nice_ceiling(v: float) -> float:
    """The next of 1, 1.5, 2, 3, 4, 5, 6, 8 × 10^k at or above v."""
    if v <= 0:
        return 1.0
    k = np.floor(np.log10(v))
    for m in (1, 1.5, 2, 3, 4, 5, 6, 8, 10):
        if m * 10**k >= v:
            return float(m * 10**k)
    return float(10 ** (k + 1))


def pen(color, width=3, style=Qt.PenStyle.SolidLine, alpha=255):
    c = QColor(color)
    c.setAlpha(alpha)
    return pg.mkPen(c, width=width, style=style)


class ReadableAxis(pg.AxisItem):
    """An axis whose labelled ticks stay at least two text heights (or seven digits) apart.

    pyqtgraph picks the tick spacing from the axis length alone; with the large fonts of a
    projector, a short plot (a small screen) got labels printed over each other."""

    def tickSpacing(self, minVal, maxVal, size):
        levels = super().tickSpacing(minVal, maxVal, size)
        span = maxVal - minVal
        if not levels or span <= 0 or size <= 0:
            return levels
        metrics = QFontMetrics(self.style.get("tickFont") or palette.font(palette.BASE_POINT_SIZE))
        room = 1.5 * metrics.height() if self.orientation in ("left", "right") else metrics.horizontalAdvance("0") * 7
        kept = [(spacing, offset) for spacing, offset in levels if size * spacing / span >= room]
        if kept:
            return kept
        spacing = levels[0][0]
        while size * spacing / span < room:
            spacing = _next_round(spacing)
        return [(spacing, 0)]


def _next_round(spacing: float) -> float:
    """The next tick spacing of the 1, 2, 5, 10, 20, … series above ``spacing``."""
    exponent = math.floor(math.log10(spacing))
    mantissa = round(spacing / 10.0**exponent, 6)
    return next(m for m in (2, 5, 10, 20) if m > mantissa) * 10.0**exponent


def readable_axes() -> dict:
    """``axisItems`` for a PlotItem: left and bottom axes that keep their labels apart."""
    return {"left": ReadableAxis("left"), "bottom": ReadableAxis("bottom")}


def style_axes(plot: pg.PlotItem, left: str, bottom: str | None) -> None:
    label_style = {"font-size": f"{palette.LABEL_POINT_SIZE}pt", "color": palette.TEXT}
    plot.setLabel("left", left, **label_style)
    if bottom:
        plot.setLabel("bottom", bottom, **label_style)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setStyle(tickFont=palette.font(palette.BASE_POINT_SIZE), tickTextOffset=6)
        axis.setPen(pg.mkPen(palette.TEXT, width=1))
        axis.setTextPen(pg.mkPen(palette.TEXT))
        axis.enableAutoSIPrefix(False)
