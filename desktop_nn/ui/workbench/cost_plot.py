"""Cost and accuracy per epoch (pyqtgraph), with pinned runs as faded overlays.

The curves grow from the history chunks carried by each Snapshot; a new ``run_id`` clears them.
"Pin run" keeps the current curves, faded and labelled (e.g. "η = 0.01"), so two learning rates,
or raw vs standardised features, can be compared on one plot — the chapter's 0.01 vs 0.0001 and
feature-scaling lessons.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_nn.ui.kit import palette
from desktop_nn.ui.kit.drawing import data_area, repaint_calls, split_rect

_SYMBOLS_UP_TO = 60   # draw a marker per epoch (as the chapter's plots do) for short runs
AXIS_BANDS = 4         # a full repaint (an axis moved) is drawn in this many calls
_MAX_DRAWN = 1200      # longer curves are drawn as a min/max envelope of this many points


def envelope(x: np.ndarray, y: np.ndarray, max_points: int = _MAX_DRAWN) -> tuple[np.ndarray, np.ndarray]:
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


class _Series:
    """A growable float array (amortised O(1) append)."""

    def __init__(self):
        self._a = np.empty(256)
        self.n = 0

    def extend(self, values) -> None:
        values = np.asarray(values, dtype=np.float64)
        need = self.n + len(values)
        if need > len(self._a):
            grown = np.empty(max(need, 2 * len(self._a)))
            grown[: self.n] = self._a[: self.n]
            self._a = grown
        self._a[self.n : need] = values
        self.n = need

    def clear(self) -> None:
        self.n = 0

    @property
    def values(self) -> np.ndarray:
        return self._a[: self.n]


# the cost names the runs report (training.runs.COST_LABELS, Qt-free), marked for translation
_COST_NAMES = (
    QT_TRANSLATE_NOOP("CostPlot", "misclassifications"), QT_TRANSLATE_NOOP("CostPlot", "SSE  ½Σ(y − z)²"),
    QT_TRANSLATE_NOOP("CostPlot", "cross-entropy J"), QT_TRANSLATE_NOOP("CostPlot", "squared error J"),
    QT_TRANSLATE_NOOP("CostPlot", "errors"), QT_TRANSLATE_NOOP("CostPlot", "cost"),
)

_SHORT_COST_LABELS = {"misclassifications": "errors", "cross-entropy J": "J", "squared error J": "J",
                      "SSE  ½Σ(y − z)²": "SSE"}


def _nice_ceiling(v: float) -> float:
    """The next of 1, 1.5, 2, 3, 4, 5, 6, 8 × 10^k at or above v."""
    if v <= 0:
        return 1.0
    k = np.floor(np.log10(v))
    for m in (1, 1.5, 2, 3, 4, 5, 6, 8, 10):
        if m * 10**k >= v:
            return float(m * 10**k)
    return float(10 ** (k + 1))


def _pen(color, width=3, style=Qt.PenStyle.SolidLine, alpha=255):
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
        room = 2.0 * metrics.height() if self.orientation in ("left", "right") else metrics.horizontalAdvance("0") * 7
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


class CostPlot(QWidget):
    """Train/test cost (log scale toggle) above train/test accuracy; pin runs to compare them."""

    # payload: number of pinned runs
    pinsChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("costPlot")
        self._run_id = None
        self._series = {name: _Series() for name in ("epoch", "train_cost", "train_acc", "test_cost", "test_acc")}
        self._pins: list[tuple[pg.PlotDataItem, ...]] = []
        self._pin_meta: list[tuple[str, dict, dict]] = []
        # returns the current run's settings (RunConfig fields) when a run is pinned; set by the window
        self.settings_provider = None
        self._run_label = ""
        self._cost_label = "cost J"
        self._running = False
        self._legend_has_test = True
        self._stale = False              # epochs taken in but not yet drawn into the curves

        title = self.titleLabel = QLabel(self.tr("Cost and accuracy per epoch"))
        title.setObjectName("costTitle")
        title.setFont(palette.font(palette.TITLE_POINT_SIZE, bold=True))
        title.setWordWrap(True)          # two lines on a small screen rather than a squeezed window
        self.logScaleCheck = QCheckBox(self.tr("log scale"))
        self.logScaleCheck.setObjectName("logScaleCheck")
        self.logScaleCheck.setToolTip(self.tr("Plot log10 of the cost, as the chapter's learning-rate slide does"))
        self.logScaleCheck.toggled.connect(self._on_log_toggled)
        self.pinRunButton = QPushButton(self.tr("Pin run"))
        self.pinRunButton.setObjectName("pinRunButton")
        self.pinRunButton.setToolTip(self.tr("Keep this run's curves as a faded overlay to compare with the next"))
        self.pinRunButton.clicked.connect(self.pin_current_run)
        self.clearPinsButton = QPushButton(self.tr("Clear pins"))
        self.clearPinsButton.setObjectName("clearPinsButton")
        self.clearPinsButton.clicked.connect(self.clear_pins)
        header = QHBoxLayout()
        header.addWidget(title, 1)        # all the spare width: one line unless the column is narrow
        for w in (self.logScaleCheck, self.pinRunButton, self.clearPinsButton):
            header.addWidget(w)

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setObjectName("costGraphics")
        self.cost_item: pg.PlotItem = self.graphics.addPlot(row=0, col=0, axisItems=readable_axes())
        self.accuracy_item: pg.PlotItem = self.graphics.addPlot(row=1, col=0, axisItems=readable_axes())
        self.graphics.ci.layout.setRowStretchFactor(0, 3)
        self.graphics.ci.layout.setRowStretchFactor(1, 2)
        self.accuracy_item.setXLink(self.cost_item)
        # ranges are set here, with hysteresis, so the axes (slow to draw) change only now and
        # then and most frames repaint just the curves (see repaint_parts)
        self.cost_item.disableAutoRange()
        self.accuracy_item.disableAutoRange()
        self._xmax = 10.0
        self._yrange = (0.0, 1.0)
        self._axes_changed = True
        self.cost_item.setXRange(0, self._xmax, padding=0)
        style_axes(self.cost_item, self._cost_label, None)
        style_axes(self.accuracy_item, self.tr("accuracy"), self.tr("epoch"))
        self.accuracy_item.setYRange(0.0, 1.02, padding=0)
        self.accuracy_item.getViewBox().setLimits(yMin=-0.05, yMax=1.1)
        self.legend = self.cost_item.addLegend(offset=(-10, 10), labelTextSize=f"{palette.BASE_POINT_SIZE}pt",
                                               brush=pg.mkBrush(255, 255, 255, 220))
        self.train_cost_curve = self.cost_item.plot(pen=_pen(palette.TRAIN_CURVE), name=self.tr("train"))
        self.test_cost_curve = self.cost_item.plot(
            pen=_pen(palette.TEST_CURVE, style=Qt.PenStyle.DashLine), name=self.tr("test"))
        self.train_acc_curve = self.accuracy_item.plot(pen=_pen(palette.TRAIN_CURVE))
        self.test_acc_curve = self.accuracy_item.plot(pen=_pen(palette.TEST_CURVE, style=Qt.PenStyle.DashLine))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.graphics, 1)

    def _curves(self):
        return (self.train_cost_curve, self.test_cost_curve, self.train_acc_curve, self.test_acc_curve)

    # --- public --------------------------------------------------------------------------------

    def set_run_label(self, label: str) -> None:
        """What distinguishes the current run in a pinned overlay, e.g. "η = 0.01"."""
        self._run_label = label

    @property
    def epochs(self) -> np.ndarray:
        return self._series["epoch"].values.copy()

    @property
    def train_costs(self) -> np.ndarray:
        return self._series["train_cost"].values.copy()

    @property
    def pinned_count(self) -> int:
        return len(self._pins)

    def update_snapshot(self, snapshot, redraw: bool = True) -> None:
        """Take in a snapshot's epochs; draw them into the curves now, or (``redraw`` False)
        leave that to :meth:`redraw_parts`."""
        if snapshot.run_id != self._run_id:
            self._run_id = snapshot.run_id
            for s in self._series.values():
                s.clear()
        if snapshot.cost_label != self._cost_label:
            self._cost_label = snapshot.cost_label
            self._set_cost_axis_label()
        if not len(snapshot.history) and self._series["epoch"].n and snapshot.running == self._running:
            return
        self._running = snapshot.running
        history = snapshot.history
        if len(history):
            self._series["epoch"].extend(history.epoch)
            self._series["train_cost"].extend(history.train_cost)
            self._series["train_acc"].extend(history.train_accuracy)
            self._series["test_cost"].extend(history.test_cost)
            self._series["test_acc"].extend(history.test_accuracy)
        self._stale = True
        if redraw:
            self._redraw()

    def pin_current_run(self) -> None:
        x = self._series["epoch"].values
        if len(x) == 0:
            return
        label = self._run_label or self.tr("run {}").format(len(self._pins) + 1)
        settings = dict(self.settings_provider()) if self.settings_provider is not None else {}
        self.add_pinned_run(label, settings, {name: self._series[name].values.copy() for name in self._series})

    def add_pinned_run(self, label: str, settings: dict, columns: dict) -> None:
        """A faded overlay: ``columns`` holds "epoch", "train_cost", "train_acc" (and "test_cost",
        "test_acc") arrays; ``settings`` the run's RunConfig fields (kept for saving)."""
        epochs = np.asarray(columns["epoch"], dtype=np.float64)
        color = palette.CLASS_COLORS[(len(self._pins) + 3) % len(palette.CLASS_COLORS)]
        x, raw_cost = envelope(epochs, np.asarray(columns["train_cost"], dtype=np.float64))
        _, raw_acc = envelope(epochs, np.asarray(columns["train_acc"], dtype=np.float64))
        items = (
            self.cost_item.plot(x.copy(), self._cost_values(raw_cost),
                                pen=_pen(color, width=3, alpha=palette.PINNED_ALPHA), name=f"pinned: {label}"),
            self.accuracy_item.plot(x.copy(), raw_acc.copy(),
                                    pen=_pen(color, width=3, alpha=palette.PINNED_ALPHA)),
        )
        items[0].raw_y = raw_cost.copy()
        for item in items:
            item.setZValue(-10)
        self._pins.append(items)
        nan = np.full(len(epochs), np.nan)
        self._pin_meta.append((label, dict(settings), {
            "epoch": epochs.copy(), "train_cost": np.asarray(columns["train_cost"], np.float64).copy(),
            "train_acc": np.asarray(columns["train_acc"], np.float64).copy(),
            "test_cost": np.asarray(columns.get("test_cost", nan), np.float64).copy(),
            "test_acc": np.asarray(columns.get("test_acc", nan), np.float64).copy()}))
        self.pinsChanged.emit(len(self._pins))

    def pinned_runs(self) -> list[tuple[str, dict, dict]]:
        """(label, settings, columns) of every pinned run, oldest first; the arrays are copies."""
        return [(label, dict(settings), {k: v.copy() for k, v in cols.items()})
                for label, settings, cols in self._pin_meta]

    def history_columns(self) -> dict[str, np.ndarray]:
        """The current run's curves as drawn, one value per epoch: copies of "epoch",
        "train_cost", "train_acc", "test_cost", "test_acc"."""
        return {name: series.values.copy() for name, series in self._series.items()}

    def clear_pins(self) -> None:
        for cost_item, acc_item in self._pins:
            self.cost_item.removeItem(cost_item)
            self.accuracy_item.removeItem(acc_item)
        self._pins.clear()
        self._pin_meta.clear()
        self.pinsChanged.emit(0)

    # --- drawing -------------------------------------------------------------------------------

    def _set_cost_axis_label(self) -> None:
        # the full name goes in the title; the axis keeps a short one that fits a short plot
        name = self.tr(self._cost_label)
        self.titleLabel.setText(self.tr("{} and accuracy per epoch").format(name[0].upper() + name[1:]))
        text = self.tr(_SHORT_COST_LABELS.get(self._cost_label, "cost"))
        if self.logScaleCheck.isChecked():
            text = f"log10 ({text})"
        self.cost_item.setLabel("left", text, **{"font-size": f"{palette.LABEL_POINT_SIZE}pt",
                                                 "color": palette.TEXT})

    def _cost_values(self, y: np.ndarray) -> np.ndarray:
        if not self.logScaleCheck.isChecked():
            return y.copy()
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(y > 0, np.log10(np.where(y > 0, y, 1.0)), np.nan)

    def _on_log_toggled(self, _checked: bool) -> None:
        # log10 computed here (not pyqtgraph's log mode) so zero misclassifications leave a gap
        self._set_cost_axis_label()
        for cost_item, _acc in self._pins:
            x, _ = cost_item.getData()
            cost_item.setData(x, self._cost_values(cost_item.raw_y))
        self._yrange = (np.inf, -np.inf)
        self._redraw()

    def _update_ranges(self, x: np.ndarray, ys: list[np.ndarray]) -> None:
        xmax = float(x[-1]) if len(x) else 10.0
        if xmax >= 0.97 * self._xmax or xmax < self._xmax / 3:
            self._xmax = max(10.0, float(_nice_ceiling(xmax * 1.25)))
            self.cost_item.setXRange(0, self._xmax, padding=0.02)
            self._axes_changed = True
        values = np.concatenate([y[np.isfinite(y)] for y in ys] + [np.zeros(0)])
        values = np.concatenate([values, *(item.getData()[1][np.isfinite(item.getData()[1])]
                                           for item, _ in self._pins if item.getData()[1] is not None)])
        if len(values) == 0:
            return
        lo, hi = float(values.min()), float(values.max())
        if not self.logScaleCheck.isChecked():
            lo = min(lo, 0.0)
        cur_lo, cur_hi = self._yrange
        span = max(hi - lo, 1e-12)
        if hi > cur_hi or lo < cur_lo or span < 0.4 * (cur_hi - cur_lo):
            self._yrange = (lo - 0.05 * span, hi + 0.08 * span)
            self.cost_item.setYRange(*self._yrange, padding=0)
            self._axes_changed = True

    def repaint_parts(self) -> list:
        """The calls that draw the plot now: if an axis moved, the whole plot in AXIS_BANDS bands
        (a full repaint is the slowest thing a frame draws), else only the two data areas."""
        viewport = self.graphics.viewport()
        if self._axes_changed:
            self._axes_changed = False
            return repaint_calls(viewport, split_rect(viewport.rect(), AXIS_BANDS))
        return repaint_calls(viewport, [data_area(self.graphics, item.vb) for item in (self.cost_item, self.accuracy_item)])

    def _redraw(self) -> None:
        for part in self._redraw_parts():
            part()

    def redraw_parts(self) -> list:
        """The calls that put the epochs taken in by ``update_snapshot(…, redraw=False)`` into the
        curves: the cost curves, then the accuracy curves and the ranges (two short calls)."""
        if not self._stale:
            return []
        return self._redraw_parts()

    def _redraw_parts(self) -> list:
        self._stale = False
        return [self._redraw_cost_curves, self._redraw_accuracy_curves]

    def _curve_style(self) -> tuple[dict, str | None]:
        few = self._series["epoch"].n <= _SYMBOLS_UP_TO
        # while training, draw fast (no antialiasing); a paused plot is drawn smooth
        return dict(connect="finite", antialias=not self._running), ("o" if few else None)

    def _has_test(self) -> bool:
        return bool(self._series["epoch"].n) and np.isfinite(self._series["test_acc"].values).any()

    def _redraw_cost_curves(self) -> None:
        x = self._series["epoch"].values
        kwargs, sym = self._curve_style()
        self.train_cost_curve.setData(*envelope(x, self._cost_values(self._series["train_cost"].values)),
                                      symbol=sym, symbolSize=9, symbolBrush=palette.TRAIN_CURVE, symbolPen=None,
                                      **kwargs)
        if self._has_test():
            self.test_cost_curve.setData(*envelope(x, self._cost_values(self._series["test_cost"].values)), **kwargs)
        else:
            self.test_cost_curve.setData([], [])

    def _redraw_accuracy_curves(self) -> None:
        x = self._series["epoch"].values
        kwargs, sym = self._curve_style()
        has_test = self._has_test()
        self.train_acc_curve.setData(*envelope(x, self._series["train_acc"].values), symbol=sym, symbolSize=7,
                                     symbolBrush=palette.TRAIN_CURVE, symbolPen=None, **kwargs)
        if has_test:
            self.test_acc_curve.setData(*envelope(x, self._series["test_acc"].values), **kwargs)
        else:
            self.test_acc_curve.setData([], [])
        train_cost = self._cost_values(self._series["train_cost"].values)
        costs = [train_cost, self._cost_values(self._series["test_cost"].values)] if has_test else [train_cost]
        self._update_ranges(x, costs)
        if has_test != self._legend_has_test:
            self._legend_has_test = has_test
            if has_test:
                self.legend.addItem(self.test_cost_curve, self.tr("test"))
            else:
                self.legend.removeItem(self.test_cost_curve)
            self._axes_changed = True
