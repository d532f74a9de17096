"""The gradient-flow strip beside the architecture editor: ‖dW[l]‖ (or ‖dA[l]‖) of every layer
over the epochs, on a log scale.

It draws the document's ``run.gradients`` (document.gradient_curves: one row per frame, each the
norms of one update, on the history's budget) and keeps no copy of them. One curve per layer,
W[1] … W[L] in the legend: when the lower layers' curves lie decades below the output layer's,
the gradient is vanishing on its way down (sigmoid, weights too small); curves of one height are
a network whose every layer learns. ‖dA[l]‖ (the root mean square over the batch of each
example's gradient at layer l's output, hidden layers only) is one tick away.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop_nn.document import Document
from desktop_nn.training.gradient_flow import NORM_FLOOR
from desktop_nn.ui.kit import palette
from desktop_nn.ui.kit.plots import envelope, pen, readable_axes, style_axes

LAYER_COLORS = (palette.VERMILLION, palette.ORANGE, palette.BLUISH_GREEN, palette.SKY_BLUE,
                palette.BLUE, palette.REDDISH_PURPLE, palette.BLACK)


def layer_color(l: int) -> str:
    """Layer l's colour (1-based), the same in the strip, the grid and the lecture."""
    return LAYER_COLORS[(l - 1) % len(LAYER_COLORS)]


def positive(values) -> np.ndarray:
    """Norms for a log axis: exact zeros (and NaN) at NORM_FLOOR."""
    v = np.asarray(values, dtype=float)
    return np.where(np.isfinite(v) & (v > NORM_FLOOR), v, NORM_FLOOR)


class GradientStrip(QWidget):
    """Per-layer gradient norms of the current run over the epochs (log y)."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("gradientStrip")
        self.document = document
        self._drawn = (None, -1, None)      # (columns, rows, quantity) last drawn

        title = self.titleLabel = QLabel(self.tr("Gradient flow"))
        title.setObjectName("gradientTitle")
        title.setFont(palette.font(palette.TITLE_POINT_SIZE, bold=True))
        self.activationsBox = QCheckBox(self.tr("‖dA‖"))
        self.activationsBox.setObjectName("gradientActivationsBox")
        self.activationsBox.setToolTip(self.tr(
            "Show ‖dA[l]‖, the gradient arriving at each hidden layer's output (root mean square "
            "over the batch), instead of ‖dW[l]‖"))
        self.activationsBox.toggled.connect(self.refresh)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.activationsBox)

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setObjectName("gradientGraphics")
        self.graphics.setBackground(palette.BACKGROUND)
        self.plot = self.graphics.addPlot(axisItems=readable_axes())
        self.plot.setLogMode(x=False, y=True)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        style_axes(self.plot, self.tr("‖dW[l]‖"), self.tr("epoch"))
        self.legend = self.plot.addLegend(offset=(-4, 4), labelTextSize=f"{palette.BASE_POINT_SIZE}pt",
                                          brush=pg.mkBrush(255, 255, 255, 200))
        self.curves: list[pg.PlotDataItem] = []
        self.hint = QLabel(self.tr("Train a network: each layer's gradient size appears here."))
        self.hint.setObjectName("gradientHint")
        self.hint.setWordWrap(True)
        self.hint.setFont(palette.font(palette.BASE_POINT_SIZE))
        self.hint.setStyleSheet(f"color: {palette.MUTED_TEXT};")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.hint)
        self.setMinimumWidth(220)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    @property
    def quantity(self) -> str:
        """"dW" or "dA": which norms the curves show."""
        return "dA" if self.activationsBox.isChecked() else "dW"

    def curve_names(self) -> list[str]:
        """The columns the curves draw, layer by layer ("dW1" … or "dA1" …)."""
        columns = self.document.run.gradients
        if columns is None:
            return []
        return [n for n in columns.names if n.startswith(self.quantity)]

    def curve_values(self) -> list[np.ndarray]:
        """Each curve's y values as drawn (before the log axis and the drawing envelope)."""
        columns = self.document.run.gradients
        return [positive(columns.view(name)) for name in self.curve_names()]

    @Slot(object)
    def on_snapshot(self, _snapshot) -> None:
        """A frame arrived (the main window has handed it to the document first)."""
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Draw the document's gradient columns if they changed since the last drawing."""
        columns = self.document.run.gradients
        rows = 0 if columns is None else len(columns)
        key = (columns, rows, self.quantity)
        if key == self._drawn:
            return
        self._drawn = key
        names = self.curve_names()
        if len(names) != len(self.curves):
            self._make_curves(names)
        self.hint.setVisible(not rows)
        if not rows:
            return
        epochs = np.asarray(columns.view("epoch"), dtype=float)
        for curve, name in zip(self.curves, names):
            x, y = envelope(epochs, positive(columns.view(name)))
            curve.setData(x, y)
        self.plot.getAxis("left").setLabel(
            self.tr("‖dA[l]‖") if self.quantity == "dA" else self.tr("‖dW[l]‖"))

    def _make_curves(self, names: list[str]) -> None:
        for curve in self.curves:
            self.plot.removeItem(curve)
        self.legend.clear()
        self.curves = []
        letter = "A" if self.quantity == "dA" else "W"
        for name in names:
            l = int(name[2:])
            curve = self.plot.plot([], [], pen=pen(layer_color(l), width=3), name=f"{letter}[{l}]")
            self.curves.append(curve)
