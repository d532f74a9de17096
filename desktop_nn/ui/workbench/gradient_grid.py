"""Gradient flow through depth: one deep network trained with every activation × initialiser,
in a window of its own (View ▸ Gradient flow through depth…).

Twelve small plots, sigmoid / tanh / ReLU (rows) × zeros / small / Xavier / He (columns): in each,
‖dW[l]‖ against the layer l (log y), averaged over the first epochs of batch gradient descent
(training.gradient_flow.depth_grid). A line falling towards layer 1 is a gradient that vanishes
on its way down; a flat one reaches every layer. The training runs as one job of the job runner
(ui/kit/jobs.py), cell by cell, each cell drawn as soon as it is done.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_nn.engine.datasets import GENERATORS
from desktop_nn.training.gradient_flow import (
    GRID_ACTIVATIONS,
    GRID_DIMS,
    GRID_EPOCHS,
    GRID_INITS,
    NORM_FLOOR,
    DepthGrid,
    depth_grid,
)
from desktop_nn.ui.kit import palette
from desktop_nn.ui.kit.jobs import JobRunner
from desktop_nn.ui.kit.numbers import superscript
from desktop_nn.ui.kit.plots import pen

INIT_TITLES = {"zeros": QT_TRANSLATE_NOOP("GradientGrid", "zeros"),
               "small_random": QT_TRANSLATE_NOOP("GradientGrid", "small (×0.01)"),
               "xavier": QT_TRANSLATE_NOOP("GradientGrid", "Xavier"),
               "he": QT_TRANSLATE_NOOP("GradientGrid", "He")}
ACTIVATION_TITLES = {"sigmoid": QT_TRANSLATE_NOOP("GradientGrid", "sigmoid"),
                     "tanh": QT_TRANSLATE_NOOP("GradientGrid", "tanh"),
                     "relu": QT_TRANSLATE_NOOP("GradientGrid", "ReLU")}
#: the y range every cell shares, so that the cells compare at a glance (decades of ‖dW[l]‖)
Y_RANGE = (-21.0, 1.5)


def ratio_text(r: float) -> str:
    """A ratio as 10⁻³² when tiny, else with two significant digits."""
    if not np.isfinite(r):
        return "—"
    if r < 0.01:
        return "10" + superscript(round(float(np.log10(max(r, NORM_FLOOR)))))
    return f"{r:.2g}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("GradientGrid", text)


def cell_values(grid: DepthGrid, epochs: int | None = None) -> np.ndarray:
    """(activations, inits, L) of log10 ‖dW[l]‖ as the cells draw them (NaN where not trained;
    exact zeros at the floor, below the plotted range)."""
    mean = grid.mean(epochs)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(np.isnan(mean), np.nan, np.log10(np.maximum(mean, NORM_FLOOR)))


class GradientGridWindow(QWidget):
    """The 3 × 4 grid of ‖dW[l]‖ against depth; :meth:`start` (re)trains it off the GUI thread."""

    def __init__(self, dataset: str = "circles", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("gradientGridWindow")
        self.setWindowTitle(self.tr("Gradient flow through depth"))
        self.grid: DepthGrid | None = None
        self._state = None
        self._runner = JobRunner(self, name="gradientGridJobs")

        self.datasetBox = QComboBox()
        self.datasetBox.setObjectName("gradientGridDataset")
        for name in GENERATORS:
            self.datasetBox.addItem(name, name)
        self.datasetBox.setCurrentIndex(max(0, self.datasetBox.findData(dataset if dataset in GENERATORS else "circles")))
        self.epochsBox = QSpinBox()
        self.epochsBox.setObjectName("gradientGridEpochs")
        self.epochsBox.setRange(1, 500)
        self.epochsBox.setValue(GRID_EPOCHS)
        self.runButton = QPushButton(self.tr("Train the grid"))
        self.runButton.setObjectName("gradientGridRun")
        self.runButton.clicked.connect(self.start)
        self.status = QLabel()
        self.status.setObjectName("gradientGridStatus")
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("network {} · dataset").format("-".join(map(str, GRID_DIMS)))))
        controls.addWidget(self.datasetBox)
        controls.addWidget(QLabel(self.tr("epochs averaged")))
        controls.addWidget(self.epochsBox)
        controls.addWidget(self.runButton)
        controls.addStretch(1)
        self.status.setWordWrap(True)

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setObjectName("gradientGridGraphics")
        self.graphics.setBackground(palette.BACKGROUND)
        self.cells: dict[tuple[int, int], pg.PlotItem] = {}
        self.lines: dict[tuple[int, int], pg.PlotDataItem] = {}
        self._build_cells()

        explain = QLabel(self.tr(
            "Each cell: log₁₀ ‖dW[l]‖ for the layers l = 1 … L of the same network, averaged over "
            "the first epochs of batch gradient descent (η = 0.1). A line falling towards layer 1 "
            "is a gradient that vanishes on its way down; a point on the bottom edge is 10⁻²⁰ or "
            "less (zero included)."))
        explain.setObjectName("gradientGridExplain")
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(explain)
        for w in self.findChildren(QWidget):
            w.setFont(palette.font(palette.BASE_POINT_SIZE))
        screen = self.screen().availableGeometry()
        self.resize(min(1100, screen.width() - 40), min(760, screen.height() - 60))

    def _build_cells(self) -> None:
        L = len(GRID_DIMS) - 1
        for j, init in enumerate(GRID_INITS):
            self.graphics.addLabel(f"<b>{_tr(INIT_TITLES[init])}</b>", row=0, col=j + 1,
                                   size=f"{palette.LABEL_POINT_SIZE}pt", color=palette.TEXT)
        for i, activation in enumerate(GRID_ACTIVATIONS):
            self.graphics.addLabel(f"<b>{_tr(ACTIVATION_TITLES[activation])}</b>", row=i + 1, col=0, angle=-90,
                                   size=f"{palette.LABEL_POINT_SIZE}pt", color=palette.TEXT)
            for j, _init in enumerate(GRID_INITS):
                plot = self.graphics.addPlot(row=i + 1, col=j + 1)
                plot.setMenuEnabled(False)
                plot.setMouseEnabled(x=False, y=False)
                plot.hideButtons()
                plot.showGrid(x=False, y=True, alpha=0.3)
                plot.setXRange(0.4, L + 0.6, padding=0)
                plot.setYRange(*Y_RANGE, padding=0)
                for name in ("left", "bottom"):
                    axis = plot.getAxis(name)
                    axis.setStyle(tickFont=palette.font(palette.BASE_POINT_SIZE - 2))
                    axis.setPen(pg.mkPen(palette.TEXT, width=1))
                    axis.setTextPen(pg.mkPen(palette.TEXT))
                plot.getAxis("bottom").setTicks([[(l, f"W[{l}]") for l in range(1, L + 1)]])
                plot.getAxis("left").setTicks([[(v, "10" + superscript(v)) for v in range(-20, 1, 5)]])
                self.cells[i, j] = plot
                self.lines[i, j] = plot.plot([], [], pen=pen(palette.BLUE, width=3), symbol="o",
                                             symbolSize=7, symbolBrush=palette.BLUE, symbolPen=None)

    # --- the job ---------------------------------------------------------------------------------

    def start(self) -> None:
        """Train the grid (again) off the GUI thread; the cells fill as they are done."""
        self._runner.cancel(self._state)
        dataset, epochs = self.datasetBox.currentData(), self.epochsBox.value()
        self.status.setText(self.tr("training 0 / 12 …"))
        self.runButton.setEnabled(False)

        def job(state):
            def progress(done, grid):       # a copy: the job goes on writing into its own
                state.progress((done, dataclasses.replace(grid, norms=grid.norms.copy())), force=True)

            return depth_grid(dataset, epochs=epochs, check=state.check, progress=progress)

        self._state = self._runner.submit(job, on_result=self._on_result, on_progress=self._on_progress,
                                          on_error=self._on_error)

    def _on_progress(self, payload) -> None:
        done, grid = payload
        self.status.setText(self.tr("training {} / 12 …").format(done))
        self.show_grid(grid)

    def _on_result(self, grid: DepthGrid) -> None:
        self._state = None
        self.runButton.setEnabled(True)
        self.show_grid(grid)
        self.status.setText(self.tr("‖dW[1]‖ / ‖dW[L]‖ — sigmoid + zeros: {}, tanh + Xavier: {}").format(
            ratio_text(grid.ratio("sigmoid", "zeros")), ratio_text(grid.ratio("tanh", "xavier"))))

    def _on_error(self, message: str) -> None:
        self._state = None
        self.runButton.setEnabled(True)
        self.status.setText(message)

    def show_grid(self, grid: DepthGrid) -> None:
        self.grid = grid
        values = cell_values(grid)
        layers = np.arange(1, grid.L + 1, dtype=float)
        for (i, j), line in self.lines.items():
            y = values[i, j]
            keep = np.isfinite(y)
            line.setData(layers[keep], np.maximum(y[keep], Y_RANGE[0]))

    def closeEvent(self, event) -> None:
        self._runner.cancel_all()
        super().closeEvent(event)

    def shutdown(self) -> None:
        self._runner.shutdown()
