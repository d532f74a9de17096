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
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from desktop_nn.document import Document
from desktop_nn.training.gradient_flow import NORM_FLOOR
from desktop_nn.ui.kit import palette
from desktop_nn.ui.kit.numbers import superscript
from desktop_nn.ui.kit.plots import envelope, pen, readable_axes, style_axes

LAYER_COLORS = (palette.VERMILLION, palette.ORANGE, palette.BLUISH_GREEN, palette.SKY_BLUE,
                palette.BLUE, palette.REDDISH_PURPLE, palette.BLACK)


MIN_HEIGHT = 150       # px: a strip shown with less takes ROOM_SHARE of its splitter
ROOM_SHARE = 0.4


def layer_color(l: int) -> str:
    """Layer l's colour (1-based), the same in the strip, the grid and the lecture."""
    return LAYER_COLORS[(l - 1) % len(LAYER_COLORS)]


class DecadeAxis(pg.AxisItem):
    """A log axis labelled at powers of ten only ("10⁻³"), every k-th decade when they would
    crowd: pyqtgraph's own log axis labels 0.02, 0.03 … over each other on a short plot."""

    def logTickValues(self, minVal, maxVal, size, stdTicks):
        lo, hi = sorted((float(minVal), float(maxVal)))
        if not (np.isfinite(lo) and np.isfinite(hi)) or size <= 0:
            return [(None, [])]
        room = 1.6 * QFontMetrics(self.style.get("tickFont") or palette.font(palette.BASE_POINT_SIZE)).height()
        per_decade = size / max(hi - lo, 1e-9)
        every = max(1, int(np.ceil(room / per_decade)))
        decades = [float(d) for d in range(int(np.floor(lo)), int(np.ceil(hi)) + 1)
                   if lo - 1e-9 <= d <= hi + 1e-9 and d % every == 0]
        if len(decades) < 2 and every == 1:          # less than a decade shown: 1, 2, 5 × 10^k
            decades = [d + np.log10(m) for d in range(int(np.floor(lo)), int(np.ceil(hi)) + 1)
                       for m in (1, 2, 5) if lo - 1e-9 <= d + np.log10(m) <= hi + 1e-9]
        return [(None, decades)]

    def logTickStrings(self, values, scale, spacing):
        return [decade_label(v) for v in values]


def decade_label(log_value: float) -> str:
    """10^log_value as "10⁻³" (a power of ten) or "2×10⁻³"."""
    k = int(np.floor(log_value + 1e-9))
    m = round(10 ** (log_value - k))
    power = "10" + superscript(k)
    return power if m == 1 else f"{m}×{power}"


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

        title = self.titleLabel = QLabel(self.tr("Gradient flow per epoch"))
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
        # the legend: one coloured line per layer, under the title (inside the plot it hid the
        # curves of a short strip)
        self.legendLabel = QLabel()
        self.legendLabel.setObjectName("gradientLegend")
        self.legendLabel.setFont(palette.font(palette.BASE_POINT_SIZE, bold=True))
        self.legendLabel.setWordWrap(True)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.activationsBox)

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setObjectName("gradientGraphics")
        self.graphics.setBackground(palette.BACKGROUND)
        self.plot = self.graphics.addPlot(axisItems={**readable_axes(), "left": DecadeAxis("left")})
        self.plot.setLogMode(x=False, y=True)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        style_axes(self.plot, self.tr("‖dW[l]‖"), None)      # the title says "per epoch"
        self.curves: list[pg.PlotDataItem] = []
        self._names: list[str] = []
        self.hint = QLabel(self.tr("Train a network: each layer's gradient size appears here."))
        self.hint.setObjectName("gradientHint")
        self.hint.setWordWrap(True)
        self.hint.setFont(palette.font(palette.BASE_POINT_SIZE))
        self.hint.setStyleSheet(f"color: {palette.MUTED_TEXT};")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.legendLabel)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.hint)
        # it never widens the window: the editor's row gives it what the editor leaves (screen_fit)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

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
        self._take_room()
        self.refresh()

    def _take_room(self) -> None:
        """Shown in a splitter with (almost) no room: take ROOM_SHARE of it, from the pane above."""
        splitter = self.parentWidget()
        if not isinstance(splitter, QSplitter):
            return
        sizes = splitter.sizes()
        k = splitter.indexOf(self)
        total = sum(sizes)
        if k <= 0 or total <= 0 or sizes[k] >= MIN_HEIGHT:
            return
        want = max(MIN_HEIGHT, round(total * ROOM_SHARE))
        sizes[k - 1] = max(0, sizes[k - 1] - (want - sizes[k]))
        sizes[k] = want
        splitter.setSizes(sizes)

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
        if names != self._names:
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
        self.curves = []
        self._names = names
        parts = []
        for name in names:
            l = int(name[2:])
            self.curves.append(self.plot.plot([], [], pen=pen(layer_color(l), width=3)))
            parts.append(f"<span style='color:{layer_color(l)}'>━━</span>&nbsp;{self.legend_names()[len(parts)]}")
        self.legendLabel.setText("&nbsp; ".join(parts))

    def legend_names(self) -> list[str]:
        """The curves' names in the legend: W[1] … W[L] (A[1] … A[L-1] for ‖dA‖)."""
        letter = "A" if self.quantity == "dA" else "W"
        return [f"{letter}[{int(name[2:])}]" for name in self._names]


def place_gradient_strip(window, document, editor, settings):
    """Build ``window.gradient_strip`` and put it where it has room: under the architecture
    editor on a screen at least WIDE pixels wide (shown from the start), else under the settings,
    which are tabs there and leave the column's lower part empty (shown from the View menu).
    Returns (the middle column's top pane, the left column) for the main window's splitters."""
    from desktop_nn.ui.workbench.screen_fit import WIDE

    strip = window.gradient_strip = GradientStrip(document)
    wide = window.screen().availableGeometry().width() >= WIDE
    column = QSplitter(Qt.Orientation.Vertical)
    column.setObjectName("editorColumn" if wide else "settingsColumn")
    column.addWidget(editor if wide else settings)
    column.addWidget(strip)
    column.setStretchFactor(0, 3)
    column.setStretchFactor(1, 2)
    column.setSizes([600, 400])
    column.setChildrenCollapsible(False)
    strip.setVisible(wide)
    window.gradientColumn = column
    return (column, settings) if wide else (editor, column)
