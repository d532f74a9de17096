"""Cost and accuracy per epoch (pyqtgraph), with pinned runs as faded overlays.

The plot shows the document's current run (``Document.run.history``, which grows as frames
arrive) and its pinned runs; it keeps no copy of either. "Pin run" asks the document to keep the
current curves, faded and labelled (e.g. "η = 0.01"), so two learning rates, or raw vs
standardised features, can be compared on one plot — the chapter's 0.01 vs 0.0001 and
feature-scaling lessons.
"""

from __future__ import annotations


import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop_nn.document import LOADED, PINS, Change, Document
from desktop_nn.engine.errors import ConfigError
from desktop_nn.ui.kit import palette
from desktop_nn.ui.kit.drawing import data_area, repaint_calls, split_rect
from desktop_nn.ui.kit.plots import envelope, nice_ceiling, pen, readable_axes, style_axes

_SYMBOLS_UP_TO = 60   # draw a marker per epoch (as the chapter's plots do) for short runs
AXIS_BANDS = 4         # a full repaint (an axis moved) is drawn in this many calls
NARROW_WIDTH = 440     # px: a narrower plot leaves Pin run to the toolbar (and the P key)


# the cost names the runs report (training.runs.COST_LABELS, Qt-free), marked for translation
_COST_NAMES = (
    QT_TRANSLATE_NOOP("CostPlot", "misclassifications"), QT_TRANSLATE_NOOP("CostPlot", "SSE  ½Σ(y − z)²"),
    QT_TRANSLATE_NOOP("CostPlot", "cross-entropy J"), QT_TRANSLATE_NOOP("CostPlot", "squared error J"),
    QT_TRANSLATE_NOOP("CostPlot", "errors"), QT_TRANSLATE_NOOP("CostPlot", "cost"),
)

_SHORT_COST_LABELS = {"misclassifications": "errors", "cross-entropy J": "J", "squared error J": "J",
                      "SSE  ½Σ(y − z)²": "SSE"}


class CostPlot(QWidget):
    """Train/test cost (log scale toggle) above train/test accuracy; pin runs to compare them."""

    # payload: why a run could not be pinned
    pinRefused = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("costPlot")
        self.document = document
        self._pins: list[tuple[pg.PlotDataItem, ...]] = []
        self._run_label = ""
        self._cost_label = "cost J"
        self._regression = False         # a regression's accuracy curve is R² (training/regression.py)
        self._running = False
        self._legend_has_test = True
        self._stale = False              # epochs taken in but not yet drawn into the curves
        self._drawn = (None, 0)          # (run, rows) of the document's history taken in

        title = self.titleLabel = QLabel(self.tr("Cost and accuracy per epoch"))
        title.setObjectName("costTitle")
        title.setFont(palette.font(palette.TITLE_POINT_SIZE, bold=True))
        # one line: the full title where it fits, a shorter one in a narrow column (see _fit_title)
        title.setMinimumWidth(10)
        title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._titles = (title.text(), title.text())
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
        self.clearPinsButton.clicked.connect(lambda: self.document.clear_pins(self))
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
        self.train_cost_curve = self.cost_item.plot(pen=pen(palette.TRAIN_CURVE), name=self.tr("train"))
        self.test_cost_curve = self.cost_item.plot(
            pen=pen(palette.TEST_CURVE, style=Qt.PenStyle.DashLine), name=self.tr("test"))
        self.train_acc_curve = self.accuracy_item.plot(pen=pen(palette.TRAIN_CURVE))
        self.test_acc_curve = self.accuracy_item.plot(pen=pen(palette.TEST_CURVE, style=Qt.PenStyle.DashLine))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.graphics, 1)
        document.observe(self._on_document_changed)

    def _on_document_changed(self, change: Change) -> None:
        if PINS in change:
            self._show_pins()
        if LOADED in change:
            self._redraw()

    def _column(self, name: str) -> np.ndarray:
        return self.document.run.history.view(name)

    def _curves(self):
        return (self.train_cost_curve, self.test_cost_curve, self.train_acc_curve, self.test_acc_curve)

    # --- public --------------------------------------------------------------------------------

    def set_run_label(self, label: str) -> None:
        """What distinguishes the current run in a pinned overlay, e.g. "η = 0.01"."""
        self._run_label = label

    @property
    def epochs(self) -> np.ndarray:
        return self._column("epoch").copy()

    @property
    def train_costs(self) -> np.ndarray:
        return self._column("train_cost").copy()

    @property
    def pinned_count(self) -> int:
        return len(self._pins)

    def update_snapshot(self, snapshot, redraw: bool = True) -> None:
        """Draw the epochs the document has taken in, up to ``snapshot``, now, or (``redraw``
        False) leave that to :meth:`redraw_parts`."""
        if snapshot.cost_label != self._cost_label or (snapshot.fit is not None) != self._regression:
            self._cost_label = snapshot.cost_label
            self._regression = snapshot.fit is not None
            self._set_cost_axis_label()
        drawn = (self.document.run.run_id, len(self.document.run.history))
        if drawn == self._drawn and snapshot.running == self._running:
            return
        self._drawn = drawn
        self._running = snapshot.running
        self._stale = True
        if redraw:
            self._redraw()

    def pin_current_run(self) -> None:
        label = self._run_label or self.tr("run {}").format(len(self._pins) + 1)
        try:
            self.document.pin(label, self)
        except ConfigError as exc:
            self.pinRefused.emit(str(exc))

    def _show_pins(self) -> None:
        """One faded overlay per pinned run of the document, oldest first."""
        for cost_item, acc_item in self._pins:
            self.cost_item.removeItem(cost_item)
            self.accuracy_item.removeItem(acc_item)
        self._pins.clear()
        for n, pinned in enumerate(self.document.pinned_runs):
            h = pinned.history
            epochs = h.epoch_numbers.astype(np.float64)
            color = palette.CLASS_COLORS[(n + 3) % len(palette.CLASS_COLORS)]
            x, raw_cost = envelope(epochs, h.train_cost)
            _, raw_acc = envelope(epochs, h.train_accuracy)
            items = (
                self.cost_item.plot(x.copy(), self._cost_values(raw_cost),
                                    pen=pen(color, width=3, alpha=palette.PINNED_ALPHA),
                                    name=f"pinned: {pinned.label}"),
                self.accuracy_item.plot(x.copy(), raw_acc.copy(),
                                        pen=pen(color, width=3, alpha=palette.PINNED_ALPHA)),
            )
            items[0].raw_y = raw_cost.copy()
            for item in items:
                item.setZValue(-10)
            self._pins.append(items)
        self._yrange = (np.inf, -np.inf)
        self._redraw()

    # --- drawing -------------------------------------------------------------------------------

    def _set_cost_axis_label(self) -> None:
        # the full name goes in the title; the axis keeps a short one that fits a short plot
        name = self.tr(self._cost_label)
        short = self.tr(_SHORT_COST_LABELS.get(self._cost_label, "cost"))
        accuracy = self.tr("accuracy")
        if self._regression:
            accuracy = self.tr("R²")
            self._titles = (self.tr("{} and R² per epoch").format(name[0].upper() + name[1:]),
                            self.tr("{} and R²").format(short))
        elif self._cost_label == "misclassifications":
            # the slides' errors_ counts the updates made during an epoch; the accuracy is the
            # weights' after it, so epoch 5 may show 1 error and 100 %: the title says so (the
            # axes keep short names, which two short plots can hold without running into each other)
            self._titles = (self.tr("Misclassifications during each epoch, accuracy after it"),
                            self.tr("errors during, accuracy after"))
        else:
            self._titles = (self.tr("{} and accuracy per epoch").format(name[0].upper() + name[1:]),
                            self.tr("{} and accuracy").format(short))
        self._fit_title()
        self.accuracy_item.setLabel("left", accuracy, **{"font-size": f"{palette.LABEL_POINT_SIZE}pt",
                                                         "color": palette.TEXT})
        text = self.tr(_SHORT_COST_LABELS.get(self._cost_label, "cost"))
        if self.logScaleCheck.isChecked():
            text = f"log10 ({text})"
        self.cost_item.setLabel("left", text, **{"font-size": f"{palette.LABEL_POINT_SIZE}pt",
                                                 "color": palette.TEXT})

    def _fit_title(self) -> None:
        """The full title if it fits on one line, else the short one (elided if even that is too long)."""
        label = self.titleLabel
        metrics = label.fontMetrics()
        full, short = self._titles
        text = full if metrics.horizontalAdvance(full) <= label.width() else short
        label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(label.width(), 10)))
        label.setToolTip(full)

    def minimumSizeHint(self):
        # the header's Pin run gives way on a narrow plot (the toolbar and P pin too)
        hint = super().minimumSizeHint()
        if self.pinRunButton.isVisibleTo(self):
            hint.setWidth(hint.width() - self.pinRunButton.sizeHint().width())
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.pinRunButton.setVisible(event.size().width() >= NARROW_WIDTH)
        self._fit_title()

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
            self._xmax = max(10.0, float(nice_ceiling(xmax * 1.25)))
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
        few = len(self.document.run.history) <= _SYMBOLS_UP_TO
        # while training, draw fast (no antialiasing); a paused plot is drawn smooth
        return dict(connect="finite", antialias=not self._running), ("o" if few else None)

    def _has_test(self) -> bool:
        return bool(len(self.document.run.history)) and bool(np.isfinite(self._column("test_accuracy")).any())

    def _redraw_cost_curves(self) -> None:
        x = self._column("epoch")
        kwargs, sym = self._curve_style()
        self.train_cost_curve.setData(*envelope(x, self._cost_values(self._column("train_cost"))),
                                      symbol=sym, symbolSize=9, symbolBrush=palette.TRAIN_CURVE, symbolPen=None,
                                      **kwargs)
        if self._has_test():
            self.test_cost_curve.setData(*envelope(x, self._cost_values(self._column("test_cost"))), **kwargs)
        else:
            self.test_cost_curve.setData([], [])

    def _redraw_accuracy_curves(self) -> None:
        x = self._column("epoch")
        kwargs, sym = self._curve_style()
        has_test = self._has_test()
        self.train_acc_curve.setData(*envelope(x, self._column("train_accuracy")), symbol=sym, symbolSize=7,
                                     symbolBrush=palette.TRAIN_CURVE, symbolPen=None, **kwargs)
        if has_test:
            self.test_acc_curve.setData(*envelope(x, self._column("test_accuracy")), **kwargs)
        else:
            self.test_acc_curve.setData([], [])
        train_cost = self._cost_values(self._column("train_cost"))
        costs = [train_cost, self._cost_values(self._column("test_cost"))] if has_test else [train_cost]
        self._update_ranges(x, costs)
        if has_test != self._legend_has_test:
            self._legend_has_test = has_test
            if has_test:
                self.legend.addItem(self.test_cost_curve, self.tr("test"))
            else:
                self.legend.removeItem(self.test_cost_curve)
            self._axes_changed = True
