"""The loss surface drawn: J as shades with contour lines, the training path, the race.

``contour_lines`` (pure NumPy through pyqtgraph's isocurve, run in the window's job) turns the
grid of J into polylines at levels spread over J's range; the plot only sets data on items made
once. Every path carries markers and a line style besides its colour, and the legend names them:

    training path      black line, small dots; start (initial weights) ○, now (centre) ★
    gradient descent   blue, solid, ●          momentum   vermillion, dashed, ■
    Adam               bluish green, dotted, ▲  chosen point  ✚
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_nn.ui.kit import palette
from desktop_nn.ui.kit.plots import readable_axes, style_axes

CONTOUR_LEVELS = 14

#: optimiser → (colour, line style, symbol, its name in the legend)
RACERS = {
    "gd": (palette.BLUE, Qt.PenStyle.SolidLine, "o", QT_TRANSLATE_NOOP("SurfacePlot", "gradient descent")),
    "momentum": (palette.VERMILLION, Qt.PenStyle.DashLine, "s", QT_TRANSLATE_NOOP("SurfacePlot", "momentum")),
    "adam": (palette.BLUISH_GREEN, Qt.PenStyle.DotLine, "t1", QT_TRANSLATE_NOOP("SurfacePlot", "Adam")),
}


def contour_levels(J: np.ndarray, count: int = CONTOUR_LEVELS) -> np.ndarray:
    """Levels where the surface has something to show: quantiles of J's finite values, so the
    valley, where the paths run, gets as many lines as the walls."""
    finite = J[np.isfinite(J)]
    if finite.size == 0:
        return np.array([])
    levels = np.unique(np.quantile(finite, np.linspace(0.03, 0.97, count)))
    return levels[(levels > finite.min()) & (levels < finite.max())]


def contour_lines(J: np.ndarray, alphas: np.ndarray, betas: np.ndarray, levels) -> list[tuple]:
    """[(level, α's, β's)] with the pieces of one level separated by NaN (``connect="finite"``).
    ``J[r, c]`` is the cost at (alphas[c], betas[r])."""
    out = []
    da = alphas[1] - alphas[0] if alphas.size > 1 else 1.0
    db = betas[1] - betas[0] if betas.size > 1 else 1.0
    data = np.where(np.isfinite(J), J, np.nanmax(np.where(np.isfinite(J), J, -np.inf)))
    for level in levels:
        xs, ys = [], []
        for piece in pg.functions.isocurve(data, float(level), connected=True):
            p = np.asarray(piece, dtype=float) - 0.5             # pixel centres → grid indices
            xs += list(alphas[0] + p[:, 1] * da) + [np.nan]
            ys += list(betas[0] + p[:, 0] * db) + [np.nan]
        out.append((float(level), np.array(xs), np.array(ys)))
    return out


class SurfacePlot(QWidget):
    """The plot; ``pointClicked(α, β)`` when the surface is clicked."""

    pointClicked = Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("surfacePlot")
        # the legend stands under the plot, where it can hide no path
        self.plot_widget = pg.GraphicsLayoutWidget()
        self.plot_widget.setObjectName("surfaceGraphics")
        self.plot_widget.setBackground(palette.WHITE)
        self.plot: pg.PlotItem = self.plot_widget.addPlot(row=0, col=0, axisItems=readable_axes())
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        style_axes(self.plot, "β", "α")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-20)
        self.image.setColorMap(pg.ColorMap([0.0, 0.5, 1.0], ["#FFFFFF", "#DDE6F0", "#93A9C2"]))
        self.plot.addItem(self.image)
        self.contours = pg.PlotDataItem(pen=pg.mkPen("#5A5A5A", width=1.2), connect="finite")
        self.contours.setZValue(-10)
        self.plot.addItem(self.contours)
        self.legend = pg.LegendItem(labelTextSize=f"{palette.BASE_POINT_SIZE}pt", colCount=3,
                                    labelTextColor=palette.TEXT)
        self.plot_widget.addItem(self.legend, row=1, col=0)
        black = pg.mkPen(palette.BLACK, width=2.5)
        self.path = pg.PlotDataItem(pen=black, symbol="o", symbolSize=4, symbolBrush=palette.BLACK,
                                    symbolPen=None, name=self.tr("training path"))
        self.start = pg.ScatterPlotItem(size=16, symbol="o", brush=pg.mkBrush(palette.WHITE), pen=black,
                                        name=self.tr("start: initial weights"))
        self.now = pg.ScatterPlotItem(size=22, symbol="star", brush=pg.mkBrush(palette.YELLOW),
                                      pen=pg.mkPen(palette.BLACK, width=1.5), name=self.tr("now: the current weights"))
        self.live = pg.PlotDataItem(pen=pg.mkPen(palette.REDDISH_PURPLE, width=2.5), symbol="d", symbolSize=7,
                                    symbolBrush=palette.REDDISH_PURPLE, symbolPen=None,
                                    name=self.tr("training from the chosen point"))
        self.chosen = pg.ScatterPlotItem(size=20, symbol="+", brush=pg.mkBrush(palette.BLACK),
                                         pen=pg.mkPen(palette.BLACK, width=1), name=self.tr("chosen point"))
        self.racers = {}
        for name, (color, style, symbol, label) in RACERS.items():
            self.racers[name] = pg.PlotDataItem(
                pen=pg.mkPen(color, width=2.5, style=style), symbol=symbol, symbolSize=8, symbolBrush=color,
                symbolPen=pg.mkPen(palette.BLACK, width=0.5), name=QCoreApplication.translate("SurfacePlot", label))
        for item in (self.path, self.live, *self.racers.values(), self.start, self.now, self.chosen):
            item.setZValue(5)
            self.plot.addItem(item)
        self.colorbar = pg.ColorBarItem(colorMap=self.image.getColorMap(), interactive=False, width=14,
                                        label=self.tr("cost J"))
        self.colorbar.setImageItem(self.image, insert_in=self.plot)
        self.plot.scene().sigMouseClicked.connect(self._on_click)
        self.clear_surface()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget)

    # --- drawing ---------------------------------------------------------------------------------
    def clear_surface(self) -> None:
        for item in (self.path, self.live, *self.racers.values()):
            item.setData([], [])
        for item in (self.start, self.now, self.chosen):
            item.setData([], [])
        self.contours.setData([], [])
        self.image.clear()
        self._refresh_legend()

    def set_axis_names(self, bottom: str, left: str) -> None:
        style_axes(self.plot, left, bottom)

    def show_surface(self, result, lines) -> None:
        """Shades and contours of ``result.J``, the training path and its two ends."""
        a, b = result.alphas, result.betas
        J = np.where(np.isfinite(result.J), result.J, np.nan)
        low, high = np.nanmin(J), np.nanquantile(J, 0.97)
        self.image.setImage(np.clip(J, low, high), levels=(low, high))
        da, db = (a[-1] - a[0]) / max(a.size - 1, 1), (b[-1] - b[0]) / max(b.size - 1, 1)
        self.image.setRect(a[0] - da / 2, b[0] - db / 2, a[-1] - a[0] + da, b[-1] - b[0] + db)
        self.colorbar.setLevels((low, high))
        xs = np.concatenate([x for _, x, _ in lines]) if lines else np.array([])
        ys = np.concatenate([y for _, _, y in lines]) if lines else np.array([])
        self.contours.setData(xs, ys, connect="finite")
        self.path.setData(result.path[:, 0], result.path[:, 1])
        self.start.setData([result.path[0, 0]], [result.path[0, 1]])
        self.now.setData([0.0], [0.0])
        self.live.setData([], [])
        self.chosen.setData([], [])
        for item in self.racers.values():
            item.setData([], [])
        self.plot.setRange(xRange=(a[0], a[-1]), yRange=(b[0], b[-1]), padding=0)
        self._refresh_legend()

    def show_race(self, paths) -> None:
        for name, item in self.racers.items():
            p = paths.get(name)
            item.setData([] if p is None else p.coords[:, 0], [] if p is None else p.coords[:, 1])
        self._refresh_legend()

    def show_chosen(self, alpha: float, beta: float) -> None:
        self.chosen.setData([alpha], [beta])
        self._refresh_legend()

    def show_live(self, coords: np.ndarray) -> None:
        self.live.setData(coords[:, 0], coords[:, 1])
        self._refresh_legend()

    def _refresh_legend(self) -> None:
        """The legend names only what is drawn."""
        self.legend.clear()
        for item in (self.path, self.start, self.now, self.chosen, self.live, *self.racers.values()):
            x = item.getData()[0] if isinstance(item, pg.PlotDataItem) else item.data["x"]
            if x is not None and len(x):
                self.legend.addItem(item, item.opts["name"])

    # --- clicks ----------------------------------------------------------------------------------
    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.image.image is None:
            return
        point = self.plot.vb.mapSceneToView(event.scenePos())
        if self.plot.vb.sceneBoundingRect().contains(event.scenePos()):
            self.pointClicked.emit(float(point.x()), float(point.y()))
