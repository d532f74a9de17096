"""Initialisation: the same network trained three times, from zeros, ×0.01 and ×10, side by side;
"rows identical" and "saturated" are read from the runs shown. The cost is drawn on a log scale
whose labels never crowd (:class:`LogCostAxis`)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGridLayout, QHBoxLayout

from desktop_nn.engine.trainer import Trainer
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.predict_step import PredictStep
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.layout import WrapLabel, grid_rows, min_width_for
from desktop_nn.ui.lecture.scenes.train_controls import RUN_SECONDS, TrainControls, dataset, last, percent, trainer_for
from desktop_nn.ui.lecture.training import RunSnapshot, TrainLoop
from desktop_nn.ui.lecture.typeset import superscript
from desktop_nn.ui.lecture.widgets import MatrixGrid

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


class LogCostAxis(pg.AxisItem):
    """A log-scale axis with few labels that never overlap: 1-2-5 steps ("0.5", "1", "2", "5")
    where they are far enough apart, 1-3 steps or powers of ten ("10⁻²", "10⁰") where they are not."""

    def _min_gap(self) -> float:
        f = self.style.get("tickFont")
        h = QFontMetrics(f).height() if f is not None else 14
        return 1.8 * h

    def logTickValues(self, minVal, maxVal, size, stdTicks):
        lo, hi = sorted((float(minVal), float(maxVal)))
        if not (math.isfinite(lo) and math.isfinite(hi)) or size <= 0:
            return [(None, [])]
        per_decade = size / max(hi - lo, 1e-9)
        gap = self._min_gap()
        decades = range(math.floor(lo), math.ceil(hi) + 1)
        for steps in ((1, 2, 5), (1, 3), (1,)):
            values = [d + math.log10(s) for d in decades for s in steps]
            values = [v for v in values if lo - 1e-9 <= v <= hi + 1e-9]
            if len(values) < 2:
                return [(None, self._narrow(lo, hi, per_decade, gap) or values)]
            if float(np.min(np.diff(values))) * per_decade >= gap:
                return [(None, values)]
        every = max(1, math.ceil(gap / per_decade))     # every k-th power of ten
        return [(None, [float(d) for d in decades if lo - 1e-9 <= d <= hi + 1e-9 and d % every == 0])]

    @staticmethod
    def _narrow(lo: float, hi: float, per_decade: float, gap: float) -> list[float]:
        """Ticks for a range narrower than one 1-2-5 step (costs on a plateau, 0.68 … 0.70):
        evenly spaced round values (0.68, 0.69, 0.7), as far apart as the labels need."""
        a, b = 10.0 ** lo, 10.0 ** hi
        e = math.floor(math.log10(max(b - a, 1e-300)))
        for step in sorted(m * 10.0 ** k for k in (e - 2, e - 1, e) for m in (1, 2, 5)):
            vals = np.arange(math.ceil(a / step - 1e-9) * step, b + step * 1e-9, step)
            vals = vals[(vals >= a * (1 - 1e-12)) & (vals <= b * (1 + 1e-12)) & (vals > 0)]
            if len(vals) >= 2 and float(np.min(np.diff(np.log10(vals)))) * per_decade >= gap:
                return [float(v) for v in np.log10(vals)]
        return []

    def logTickStrings(self, values, scale, spacing):
        return [log_label(v) for v in values]


def log_label(log_value: float) -> str:
    """The label of a log-axis tick at 10^log_value: "0.5", "2", "20", or "10⁻³" (and "5×10⁻³"
    between powers of ten) beyond."""
    x = 10.0 ** log_value
    if 0.01 <= x < 1000:
        return theme.fmt(x, 3)
    k = math.floor(log_value + 1e-9)
    m = round(10.0 ** (log_value - k))
    return ("" if m == 1 else f"{m}×") + "10" + superscript(k)


def log_cost_plot(title: str, x_label: str, y_label: str, object_name: str) -> pg.PlotWidget:
    """A projector plot (theme.plot) whose y axis is logarithmic with :class:`LogCostAxis` labels."""
    w = theme.plot(title, x_label, y_label, object_name, left_axis=LogCostAxis("left"))
    w.setLogMode(x=False, y=True)
    return w


class InitializationScene(Scene):
    """zeros / ×0.01 / ×10: the same network trained three times from three initialisations."""

    SETTINGS = {"dataset": "circles", "hidden_units": 3, "activation": "tanh", "alpha": 0.5, "epochs": 2000, "autoplay": True,
                "predict_first": False}

    RUNS = ((QT_TRANSLATE_NOOP("lecture/initialization", "zeros"), "zeros", None, theme.NEG),
            ("× 0.01", "small_random", 0.01, theme.POS),
            ("× 10", "small_random", 10.0, theme.ACCENT))

    def build(self) -> None:
        s = self.settings
        self.X, self.y = dataset(s["dataset"])
        self.loop = TrainLoop(self, "train", self.build_trainers, self.show, int(s["epochs"]), seconds=RUN_SECONDS)
        main = QHBoxLayout()
        main.setSpacing(theme.px(20))
        self.body.addLayout(main, 1)
        self.cost_plot = log_cost_plot(translate("lecture/initialization", "cost J while training (log scale)"), "epoch",
                                       translate("lecture/initialization", "cross-entropy J"), "costPlot")
        theme.legend(self.cost_plot)
        # zeros is dashed: where its curve lies on another run's, both stay visible
        self.curves = [theme.curve(self.cost_plot, color, translate("lecture/initialization", name), symbol=None, dashed=init == "zeros")
                       for name, init, _, color in self.RUNS]
        self.curves[0].setZValue(1)
        main.addWidget(self.cost_plot, 1)
        side = QGridLayout()
        side.setHorizontalSpacing(theme.px(14))
        side.setVerticalSpacing(theme.px(10))
        main.addLayout(side, 1)
        self.readout = theme.label("", theme.NUMBER, bold=True, object_name="epochLabel")
        min_width_for(self.readout, [translate("Lecture", "epoch {} / {}").format(int(s['epochs']), int(s['epochs']))])
        side.addWidget(self.readout, 0, 0, 1, 2)
        self.grids = [MatrixGrid(4, 2, f"initW{i}", digits=2) for i in range(len(self.RUNS))]
        self.run_labels = [WrapLabel("", theme.BODY, object_name=f"initRun{i}") for i in range(len(self.RUNS))]
        for grid, lab in zip(self.grids, self.run_labels):
            grid.title_font = theme.font(theme.CELL, bold=True)
            lab.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        grid_rows(side, zip(self.grids, self.run_labels), first_row=1)
        side.setColumnStretch(1, 1)
        self.controls = TrainControls(self, self.loop, float(s["alpha"]))
        self.body.addLayout(self.controls.layout)
        # predict first: the shape of the zero-initialised run's cost curve (no regions here)
        self.predict = PredictStep(self, self.controls, None, self.y, bool(s["predict_first"]), run=0,
                                   run_name=translate("lecture/initialization", self.RUNS[0][0]))
        self.initial_saturation = [0.0, 0.0, 0.0]
        self.results: list[dict] = []

    def build_trainers(self) -> list[Trainer]:
        nh, a, g = int(self.settings["hidden_units"]), self.controls.alpha.value(), self.settings["activation"]
        trainers = []
        for i, (_, init, scale, _) in enumerate(self.RUNS):
            t = trainer_for(self.X, self.y, [2, nh, 1], g, a, seed=3, init=init, scale=scale)
            Z1 = t.network.params["W1"] @ t.X + t.network.params["b1"]
            self.initial_saturation[i] = float(np.mean(np.abs(np.tanh(Z1)) > 0.99))
            trainers.append(t)
        return trainers

    def on_activate(self) -> None:
        self.controls.activate(bool(self.settings["autoplay"]))

    def show(self, snaps: list[RunSnapshot]) -> None:
        self.results = []
        for (name, _, _, color), c, s, sat, grid, lab in zip(self.RUNS, self.curves, snaps, self.initial_saturation,
                                                              self.grids, self.run_labels):
            c.setData(np.arange(1, len(s.cost) + 1), s.cost)
            W1 = s.params["W1"]
            same = float(np.max(np.abs(W1 - W1[0]))) < 1e-12
            acc, cost = last(s.accuracy), last(s.cost)
            grid.set_matrix(f"W[1] {W1.shape}", W1)
            facts = []
            if same:
                facts.append(translate("lecture/initialization", "rows identical: units stay copies"))
            if sat > 0.2:
                facts.append(translate("lecture/initialization", "{} of a[1] saturated at start").format(percent(sat)))
            self.results.append({"name": name, "accuracy": acc, "cost": cost, "identical_rows": same,
                                 "saturated": sat})
            lab.setText(f"<span style='color:{theme.readable(color)}'>■</span> <b>{translate('lecture/initialization', name)}</b><br>"
                        + translate("lecture/initialization", "J = {} · {} right").format(theme.fmt(cost, 3), percent(acc))
                        + "".join(f"<br>{f}" for f in facts))
        self.readout.setText(translate("Lecture", "epoch {} / {}").format(snaps[0].epoch, self.loop.max_epochs))
        self.controls.sync()
        self.mark_ready()
