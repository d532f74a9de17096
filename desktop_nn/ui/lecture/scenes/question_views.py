"""What a question scene draws beside its question, one view per kind of question: the data and
the perceptron's or Adaline's line, the network with the example's activations, the network with
the layer asked about, the cost curves of the learning rates, the zero-initialised network's W[1]
while it trains. Each shows the live state before the reveal (:meth:`show_before`) and what the
reveal computed after it (:meth:`show_after`); none shows the key before the reveal.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_nn.exercises.lecture_questions import Reveal, letters, num
from desktop_nn.exercises.lecture_reveals import load_data
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scenes.deep import LayerNetworkView
from desktop_nn.ui.lecture.scenes.initialization import log_cost_plot
from desktop_nn.ui.lecture.widgets import MatrixGrid, RegionPlot, grid_points

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


class QuestionView(QWidget):
    """The live picture of one question (subclasses draw it)."""

    def __init__(self, settings: dict):
        super().__init__()
        self.s = settings
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(theme.px(8))

    def show_before(self, reveal: Reveal | None) -> None:
        """The state the class computes from (``reveal`` is computed but not shown)."""

    def show_after(self, reveal: Reveal) -> None:
        """What the reveal computed."""


class LineView(QuestionView):
    """The data with the single neuron's line: before the update (or at w = 0), then after."""

    def __init__(self, settings: dict):
        super().__init__(settings)
        iris = settings["data"].startswith("iris")
        x_label = translate("lecture/question", "sepal length") if iris else "x₁"
        y_label = translate("lecture/question", "petal length") if iris else "x₂"
        self.region = RegionPlot(x_label, y_label, object_name="questionRegions")
        self.box.addWidget(self.region, 1)
        self.old_line = pg.PlotDataItem([], [], pen=theme.pen(theme.INACTIVE_LINE, 4, dashed=True))
        self.region.plot.addItem(self.old_line)
        self.example = pg.ScatterPlotItem(size=theme.px(theme.SYMBOL_SIZE + 26), symbol="o", brush=pg.mkBrush(0, 0, 0, 0),
                                          pen=pg.mkPen(theme.ACCENT, width=max(3, theme.px(5))))
        self.region.plot.addItem(self.example)
        self.X, self.y = load_data(settings["data"])
        self.region.set_points(self.X, self.y)
        self.grid, self.extent, self.n = grid_points(self.X, 120, pad=0.5)
        self.region.extent = self.extent
        x0, x1, y0, y1 = self.extent
        self.region.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self.region.plot.disableAutoRange()

    def _regions(self, w) -> None:
        """Shade where the neuron with weights ``w`` says +1 (blue) and −1 (orange); its line."""
        w = np.asarray(w, dtype=float)
        p = (self.grid @ w[1:] + w[0] >= 0).astype(float).reshape(self.n, self.n)
        self.region.set_regions(p, self.extent)
        self.region.set_line(w)

    def show_before(self, reveal: Reveal | None) -> None:
        if reveal is None:
            return
        d = reveal.details
        if "x" in d:
            self.example.setData([d["x"][0]], [d["x"][1]])
        if isinstance(d.get("before"), np.ndarray):
            self._regions(d["before"])

    def show_after(self, reveal: Reveal) -> None:
        d = reveal.details
        before = d.get("before")
        if isinstance(before, np.ndarray):
            self._draw(self.old_line, before)
        self._regions(d.get("after", d.get("w")))

    def _draw(self, item, w) -> None:
        """The dashed line where the neuron stood before (the region plot draws the current one)."""
        keep = self.region.line
        self.region.line = item
        self.region.set_line(w)
        self.region.line = keep


class NetworkQuestionView(QuestionView):
    """The network drawn with its weights; the example's activations fill its units."""

    def __init__(self, settings: dict):
        super().__init__(settings)
        self.net = LayerNetworkView("questionNetwork")
        self.box.addWidget(self.net, 1)
        dims = settings["layer_dims"]
        self.net.set_layers(dims, names=self._names(dims))

    @staticmethod
    def _names(dims) -> list[tuple[str, str]]:
        L = len(dims) - 1
        return [("x", "x")] + [(f"a[{l}]", f"a[{l}]") for l in range(1, L)] + [("ŷ = a[{}]".format(L), "ŷ")]

    def show_before(self, reveal: Reveal | None) -> None:
        dims = self.s["layer_dims"]
        if reveal is None:
            return
        d = reveal.details
        if "params" in d:
            L = len(dims) - 1
            weights = [d["params"][f"W{l}"] for l in range(1, L + 1)]
            self.net.set_layers(dims, weights, highlight=L, names=self._names(dims))
            self.net.values = [np.asarray(v) for v in d["activations"]]
            self.net.update()
        elif "layer" in d:
            self.net.set_layers(dims, highlight=d["layer"], names=self._names(dims))


class ShapeView(NetworkQuestionView):
    """The network with the layer asked about, then dW[l] itself (its true shape in its name)."""

    def __init__(self, settings: dict):
        super().__init__(settings)
        self.grid = MatrixGrid(6, 8, "questionMatrix", digits=3)
        self.grid.hide()
        self.box.addWidget(self.grid, 1)
        self.show_before(None)

    def show_before(self, reveal: Reveal | None) -> None:
        dims = self.s["layer_dims"]
        self.net.set_layers(dims, highlight=int(self.s["layer"]), names=self._names(dims))

    def show_after(self, reveal: Reveal) -> None:
        l = reveal.details["layer"]       # W[l] itself: dW[l] has its shape
        self.grid.set_matrix(translate("lecture/question", "W[{}] {}, the shape of dW[{}]").format(
            l, reveal.answer_text, l), reveal.details["W"])
        self.grid.show()


class RatesView(QuestionView):
    """The SSE of AdalineGD for each learning rate, per epoch (log scale: a diverging run stays
    on the plot)."""

    def __init__(self, settings: dict):
        super().__init__(settings)
        self.plot = log_cost_plot(translate("lecture/question", "SSE per epoch (log scale)"), "epoch", "SSE",
                                  "questionCostPlot")
        theme.legend(self.plot, offset=(10, 10))        # top left: a diverging curve leaves at the top right
        self.box.addWidget(self.plot, 1)
        self.curves = []
        for i, rate in enumerate(settings["options"]):
            color = theme.SERIES[i % len(theme.SERIES)]
            self.curves.append(theme.curve(self.plot, color, f"{letters(len(settings['options']))[i]}) α = {num(rate)}"))
        empty_axes(self.plot, settings["epochs"], (1.0, 2.0))       # epochs 1 … E, SSE 10 … 100 until trained

    def show_after(self, reveal: Reveal) -> None:
        self.plot.enableAutoRange()
        for curve, cost in zip(self.curves, reveal.details["curves"]):
            c = np.asarray(cost, dtype=float)
            ok = np.isfinite(c) & (c > 0)
            curve.setData(np.arange(1, len(c) + 1)[ok], c[ok])


class ZeroInitView(QuestionView):
    """W[1] of the zero-initialised network and its cost while it trains."""

    def __init__(self, settings: dict):
        super().__init__(settings)
        self.grid = MatrixGrid(6, 4, "questionMatrix", digits=3)
        self.grid.title_font = theme.font(theme.CELL, bold=True)
        n1, n0 = settings["layer_dims"][1], settings["layer_dims"][0]
        self.grid.set_matrix(f"W[1] ({n1}, {n0})", np.zeros((n1, n0)))
        self.box.addWidget(self.grid, 1)
        self.plot = log_cost_plot(translate("lecture/question", "cost J while training (log scale)"), "epoch",
                                  translate("lecture/question", "cross-entropy J"), "questionCostPlot")
        self.curve = theme.curve(self.plot, theme.POS, symbol=None)
        empty_axes(self.plot, settings["epochs"], (-0.5, 0.0))      # epochs 0 … E, J 0.3 … 1 until trained
        self.box.addWidget(self.plot, 2)

    def show_run(self, W1: np.ndarray, cost: np.ndarray) -> None:
        n1, n0 = W1.shape
        self.grid.set_matrix(f"W[1] ({n1}, {n0})", W1)
        if len(cost):
            self.plot.enableAutoRange()
        c = np.asarray(cost, dtype=float)
        ok = np.isfinite(c) & (c > 0)
        self.curve.setData(np.arange(1, len(c) + 1)[ok], c[ok])


def empty_axes(plot, epochs: int, log_range: tuple[float, float]) -> None:
    """The axes a run will be drawn on, before it is (epochs along x, a log10 range up y)."""
    plot.setXRange(0, int(epochs), padding=0.02)
    plot.setYRange(*log_range, padding=0)


def view_for(settings: dict) -> QuestionView:
    """The view of the question ``settings["hide"]``."""
    hide = settings["hide"]
    if hide in ("perceptron_update", "adaline_cost"):
        return LineView(settings)
    if hide == "dz_output":
        return NetworkQuestionView(settings)
    if hide == "dw_shape":
        return ShapeView(settings)
    if hide == "diverging_rate":
        return RatesView(settings)
    return ZeroInitView(settings)
