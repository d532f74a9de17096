"""Shallow networks trained live: one hidden layer vectorised over m; why the hidden layer must be
non-linear (XOR); and initialisation — zeros, ×0.01, ×10 side by side.

Each scene trains through a :class:`TrainLoop`, paced so that a run takes about ten seconds (time
to narrate it); a speed control beside ▶ Train changes the pace, P plays and pauses, and leaving
the scene pauses the run, which goes on where it stopped when the teacher comes back. Every
verdict on screen ("solves XOR", "stuck", "rows identical") is computed from the run shown.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout

from desktop_nn.engine.datasets import GENERATORS
from desktop_nn.engine.network import Network, to_columns
from desktop_nn.engine.trainer import Trainer
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.layout import FlowLayout, WrapLabel, control_group, min_width_for
from desktop_nn.ui.lecture.training import RunSnapshot, TrainLoop
from desktop_nn.ui.lecture.players import SpeedControl
from desktop_nn.ui.lecture.widgets import MatrixGrid, NetworkView, RegionPlot, grid_points

#: a training scene's default pace lets one run take this long (the teacher narrates it)
RUN_SECONDS = 10.0
#: a highlighted layer's name: the accent's darker shade, ≥ 4.5:1 on white
HIGHLIGHT_TEXT = theme.readable(theme.ACCENT)
_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def dataset(name: str, n: int = 200, noise: float = 0.1, seed: int = 0):
    X, y = GENERATORS[name](n, noise=noise, seed=seed)
    return X, y


def trainer_for(X_rows, y, dims, hidden, alpha, seed=0, init="small_random", scale: float | None = None,
                batch_size=None) -> Trainer:
    net = Network(dims, hidden_activation=hidden, output="sigmoid", init=init, seed=seed)
    if scale is not None:   # draw N(0, 1) × scale (the chapter's "×0.01" and "too large" cases)
        rng = np.random.default_rng(seed)
        for l in range(1, net.L + 1):
            net.params[f"W{l}"] = rng.standard_normal(net.params[f"W{l}"].shape) * scale
    Xc, Y = to_columns(X_rows, y, "sigmoid")
    return Trainer(net, Xc, Y, learning_rate=alpha, batch_size=batch_size, seed=seed)


def percent(fraction: float) -> str:
    """An accuracy as the scene prints it: "70 %" (whole percent)."""
    if fraction != fraction:
        return "–"
    return f"{round(100 * float(fraction))}\u00a0%"


def last(values, default=float("nan")) -> float:
    return float(values[-1]) if len(values) else default


# --- controls ----------------------------------------------------------------------------------------

class TrainControls:
    """▶ Train / Reset / speed (epochs per second) / α and the scene's own settings, wired to a
    TrainLoop; ``layout`` holds them on one line where they fit, on two where they do not.
    ▶ Train is the scene's play button (the presenter's P key)."""

    def __init__(self, scene: Scene, loop: TrainLoop, alpha: float, extra=()):
        self.loop = loop
        self.play = theme.button("▶ Train", "playButton")
        fm = QFontMetrics(self.play.font())
        self.play.setMinimumWidth(max(fm.horizontalAdvance(t) for t in ("▶ Train", "❚❚ Pause", "↻ Again"))
                                  + theme.px(40))
        self.reset = theme.button("Reset", "resetButton")
        self.speed = SpeedControl(loop.epochs_per_second or 1.0, unit="epochs/s")
        self.alpha = theme.spin(alpha, 0.001, 10.0, 0.1, 3, "alphaSpin")
        self.layout = FlowLayout()
        self.layout.addWidget(control_group(self.play, self.reset, self.speed))
        self.layout.addWidget(control_group("α", self.alpha, *extra))
        scene.play_button = self.play           # P plays and pauses the training
        self.play.clicked.connect(self.toggle)
        self.reset.clicked.connect(self.restart)
        self.alpha.valueChanged.connect(lambda _: self.restart())
        self.speed.rateChanged.connect(loop.set_rate)

    def toggle(self) -> None:
        """Play or pause; a finished run starts again from its initial weights."""
        if self.loop.finished() and not self.loop.playing:
            self.loop.reset(play=True)
        else:
            self.loop.toggle()
        self.sync()

    def restart(self) -> None:
        self.loop.reset()
        self.sync()

    def sync(self) -> None:
        if self.loop.playing:
            self.play.setText("❚❚ Pause")
        else:
            self.play.setText("↻ Again" if self.loop.finished() else "▶ Train")

    def activate(self, autoplay: bool) -> None:
        """The scene comes on screen: start its first run (playing if ``autoplay``), or go on with
        the run that was playing when the teacher left."""
        if not self.loop.trainers:
            self.loop.reset(play=autoplay)
        else:
            self.loop.resume_if_playing()
        self.sync()


# --- views -----------------------------------------------------------------------------------------

class LayerNetworkView(NetworkView):
    """A NetworkView whose layer names may take two lines ("x" over "n[0] = 2") and are always
    drawn whole: the outer layers move in far enough for their names, each name gets the room
    between its neighbours, and the view asks for the width its names need."""

    def __init__(self, object_name: str | None = None, lines: int = 2):
        super().__init__(object_name)
        self.lines = lines
        self.names: list[str] = []
        self.setMinimumSize(0, 0)
        self.setProperty("paintsText", True)

    def set_network(self, layer_dims, weights=None, highlight=None, layer_names=None, values=None) -> None:
        self.names = list(layer_names) if layer_names else [f"n[{l}] = {n}" for l, n in enumerate(layer_dims)]
        super().set_network(layer_dims, weights, highlight, [" "] * len(self.names), values)
        self.updateGeometry()

    def _label_height(self) -> int:
        return self.fontMetrics().height() * self.lines + theme.px(6)

    def _name_width(self) -> float:
        fm = self.fontMetrics()
        return max((fm.horizontalAdvance(part) for name in self.names for part in name.split("\n")), default=0)

    def minimumSizeHint(self) -> QSize:
        L = max(1, len(self.layer_dims))
        return QSize(int(L * (self._name_width() + theme.px(36))), self._label_height() + theme.px(150))

    def sizeHint(self) -> QSize:
        return QSize(theme.px(520), theme.px(360))

    def node_positions(self):
        L = len(self.layer_dims)
        w, h = self.width(), self.height()
        top, bottom = theme.px(20), self._label_height() + theme.px(12)
        margin = max(theme.px(40), self._name_width() / 2 + theme.px(8))
        pos = []
        for l, n in enumerate(self.layer_dims):
            x = margin + (w - 2 * margin) * (l / max(1, L - 1))
            shown = min(n, 12)
            gap = (h - top - bottom) / max(shown, 1)
            pos.append([QPointF(x, top + gap * (i + 0.5)) for i in range(shown)])
        return pos

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(self.font())
        pos = self.node_positions()
        label_h = self._label_height()
        xs = [layer[0].x() for layer in pos if layer]
        for l, x in enumerate(xs):
            if l >= len(self.names):
                break
            left = (x - xs[l - 1]) / 2 if l > 0 else x
            right = (xs[l + 1] - x) / 2 if l + 1 < len(xs) else self.width() - x
            half = min(left, right)
            p.setPen(QColor(HIGHLIGHT_TEXT if self.highlight == l else theme.TEXT))
            p.drawText(QRectF(x - half, self.height() - label_h, 2 * half, label_h), Qt.AlignmentFlag.AlignCenter,
                       self.names[l])
        p.end()


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
    """The label of a log-axis tick at 10^log_value: "0.5", "2", "20", or "10⁻³" beyond."""
    x = 10.0 ** log_value
    if 0.01 <= x < 1000:
        return theme.fmt(x, 3)
    return "10" + str(round(log_value)).translate(_SUPERSCRIPT)


def log_cost_plot(title: str, x_label: str, y_label: str, object_name: str) -> pg.PlotWidget:
    """A projector plot (theme.plot) whose y axis is logarithmic with :class:`LogCostAxis` labels."""
    w = theme.plot(title, x_label, y_label, object_name, left_axis=LogCostAxis("left"))
    w.setLogMode(x=False, y=True)
    return w


# --- scenes ----------------------------------------------------------------------------------------

class ShallowNetworkScene(Scene):
    SETTINGS = {"dataset": "moons", "hidden_units": 4, "activation": "tanh", "alpha": 1.0, "epochs": 3000, "autoplay": True}

    def build(self) -> None:
        s = self.settings
        self.loop = TrainLoop(self, "train", self.build_trainers, self.show, int(s["epochs"]), seconds=RUN_SECONDS)
        main = QHBoxLayout()
        main.setSpacing(theme.px(20))
        self.body.addLayout(main, 1)
        self.regions = RegionPlot("x₁", "x₂", "", "regionPlot")
        main.addWidget(self.regions, 5)
        side = QVBoxLayout()
        side.setSpacing(theme.px(8))
        main.addLayout(side, 5)
        self.net_view = LayerNetworkView("networkView")
        side.addWidget(self.net_view, 2)
        self.formulas = WrapLabel("", theme.FORMULA - 2, object_name="shapeFormulas")
        self.formulas.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        side.addWidget(self.formulas)
        self.readout = theme.label("", theme.NUMBER, bold=True, object_name="epochLabel")
        side.addWidget(self.readout)
        self.cost_plot = theme.plot("", "epoch", "cost J", "costPlot")
        self.cost_curve = theme.curve(self.cost_plot, theme.POS, symbol=None)
        side.addWidget(self.cost_plot, 3)
        self.units = theme.spin(int(s["hidden_units"]), 1, 12, 1, object_name="hiddenUnitsSpin")
        self.dataset = theme.combo(["moons", "circles", "xor", "blobs", "spirals"], "datasetCombo")
        self.dataset.setCurrentText(s["dataset"])
        self.controls = TrainControls(self, self.loop, float(s["alpha"]), ("n[1]", self.units, self.dataset))
        self.body.addLayout(self.controls.layout)
        min_width_for(self.readout, [f"epoch {int(s['epochs'])} · accuracy 100 %"])
        self.units.valueChanged.connect(lambda _: self.new_data())
        self.dataset.currentTextChanged.connect(lambda _: self.new_data())
        self.new_data(start=False)

    def new_data(self, start: bool = True) -> None:
        self.X, self.y = dataset(self.dataset.currentText())
        pts, self.extent, n = grid_points(self.X, 90, pad=0.4)
        self.loop.grid_X, self.loop.n = pts.T.copy(), n
        self.regions.extent = None
        self.regions.set_points(self.X, np.where(self.y > 0, 1, -1))
        m, nh, g = len(self.y), self.units.value(), self.settings["activation"]
        shape = f"<span style='font-size:{theme.css_px(theme.CODE)}; color:{theme.MUTED}'>&nbsp;&nbsp;&nbsp;%s</span>"
        self.formulas.setText(
            "Z<sup>[1]</sup> = W<sup>[1]</sup>X + b<sup>[1]</sup><br>"
            + shape % f"({nh}, 2)·(2, {m}) + ({nh}, 1) → ({nh}, {m})" + "<br>"
            f"A<sup>[1]</sup> = {g}(Z<sup>[1]</sup>)"
            + shape % f"({nh}, {m})" + "<br>"
            "Z<sup>[2]</sup> = W<sup>[2]</sup>A<sup>[1]</sup> + b<sup>[2]</sup><br>"
            + shape % f"(1, {nh})·({nh}, {m}) + (1, 1) → (1, {m})" + "<br>"
            "A<sup>[2]</sup> = σ(Z<sup>[2]</sup>) = Ŷ"
            + shape % f"(1, {m})" + "<br>"
            + f"<span style='color:{theme.MUTED}'>all m = {m} examples at once: no for loop</span>")
        self.net_view.set_network([2, nh, 1], layer_names=["x\nn[0] = 2", f"a[1]\nn[1] = {nh}", "ŷ = a[2]\nn[2] = 1"])
        if start:
            self.controls.restart()

    def build_trainers(self) -> list[Trainer]:
        return [trainer_for(self.X, self.y, [2, self.units.value(), 1], self.settings["activation"], self.controls.alpha.value())]

    def on_activate(self) -> None:
        self.controls.activate(bool(self.settings["autoplay"]))

    def show(self, snaps: list[RunSnapshot]) -> None:
        s = snaps[0]
        self.regions.set_regions(s.grid, self.extent)
        nh = self.units.value()
        self.net_view.set_network([2, nh, 1], [s.params["W1"], s.params["W2"]],
                                  layer_names=["x\nn[0] = 2", f"a[1]\nn[1] = {nh}", "ŷ = a[2]\nn[2] = 1"])
        self.cost_curve.setData(np.arange(1, len(s.cost) + 1), s.cost)
        self.readout.setText(f"epoch {s.epoch}" + (f" · accuracy {percent(last(s.accuracy))}" if len(s.accuracy) else ""))
        self.controls.sync()
        self.mark_ready()


def xor_verdict(accuracy: float, cost: np.ndarray, window: int = 100) -> str:
    """What a run on XOR has done so far, from its numbers: solved (≥ 95 % right), stuck (the cost
    moved less than 0.1 % over the last ``window`` epochs) or still learning."""
    if accuracy >= 0.95:
        return "✓ solves XOR"
    if len(cost) > window and abs(cost[-1 - window] - cost[-1]) <= 1e-3 * abs(cost[-1 - window]):
        return "✗ stuck: XOR not solved"
    return "… still learning"


class WhyNonlinearScene(Scene):
    """Two [2, 4, 1] networks on XOR: linear hidden layer vs tanh hidden layer, trained side by side."""

    SETTINGS = {"hidden_units": 4, "alpha": 1.0, "epochs": 1500, "autoplay": True, "noise": 0.15}
    NAMES = ("linear", "tanh")

    def build(self) -> None:
        s = self.settings
        self.X, self.y = dataset("xor", 200, noise=float(s["noise"]))
        pts, self.extent, n = grid_points(self.X, 80, pad=0.3)
        self.loop = TrainLoop(self, "train", self.build_trainers, self.show, int(s["epochs"]), pts.T.copy(), n,
                              seconds=RUN_SECONDS)
        main = QGridLayout()
        main.setHorizontalSpacing(theme.px(24))
        main.setVerticalSpacing(theme.px(6))
        self.body.addLayout(main, 1)
        self.plots, self.labels = [], []
        for c, (name, obj) in enumerate(zip(self.NAMES, ("linearRegions", "tanhRegions"))):
            p = RegionPlot("x₁", "x₂", f"hidden g = {name}", obj)
            lab = WrapLabel("", theme.BODY, object_name=obj + "Label")
            lab.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            main.addWidget(p, 0, c)
            main.addWidget(lab, 1, c)
            main.setColumnStretch(c, 1)
            self.plots.append(p)
            self.labels.append(lab)
            p.set_points(self.X, np.where(self.y > 0, 1, -1))
        main.setRowStretch(0, 1)
        self.collapse = WrapLabel("", theme.BODY, object_name="collapseLabel")
        self.body.addWidget(self.collapse)
        self.controls = TrainControls(self, self.loop, float(s["alpha"]))
        self.body.addLayout(self.controls.layout)
        self.results: dict[str, dict] = {}

    def build_trainers(self) -> list[Trainer]:
        nh, a = int(self.settings["hidden_units"]), self.controls.alpha.value()
        return [trainer_for(self.X, self.y, [2, nh, 1], g, a, seed=1, init="xavier") for g in self.NAMES]

    def on_activate(self) -> None:
        self.controls.activate(bool(self.settings["autoplay"]))

    def show(self, snaps: list[RunSnapshot]) -> None:
        for p, lab, s, name in zip(self.plots, self.labels, snaps, self.NAMES):
            p.set_regions(s.grid, self.extent)
            acc, cost = last(s.accuracy), last(s.cost)
            verdict = xor_verdict(acc, s.cost)
            self.results[name] = {"epoch": s.epoch, "accuracy": acc, "cost": cost, "verdict": verdict}
            lab.setText(f"<b>{name}</b>, epoch {s.epoch}: J = {theme.fmt(cost, 3)}, accuracy&nbsp;<b>{percent(acc)}</b>"
                        f"<br><b>{verdict}</b>")
        P = snaps[0].params
        Wp = P["W2"] @ P["W1"]
        bp = float((P["W2"] @ P["b1"] + P["b2"])[0, 0])
        line_acc = float(np.mean(((self.X @ Wp.ravel() + bp) > 0) == (self.y > 0)))
        self.results["collapsed"] = {"W": Wp.ravel(), "b": bp, "accuracy": line_acc}
        self.plots[0].set_line(np.array([bp, *Wp.ravel()]))     # the line W′x + b′ = 0
        self.collapse.setText(
            "linear: a<sup>[2]</sup> = σ(W<sup>[2]</sup>(W<sup>[1]</sup>x + b<sup>[1]</sup>) + b<sup>[2]</sup>) = "
            f"σ(W′x + b′), W′ = W<sup>[2]</sup>W<sup>[1]</sup> = {theme.fmt_vec(Wp.ravel(), 2).replace(', ', ',&nbsp;')}, "
            f"b′ = {theme.fmt(bp, 2)}: <b>one straight line</b>, right on {percent(line_acc)} of the points. "
            "ALL LINEAR!")
        self.controls.sync()
        self.mark_ready()


class InitializationScene(Scene):
    """zeros / ×0.01 / ×10: the same network trained three times from three initialisations."""

    SETTINGS = {"dataset": "circles", "hidden_units": 3, "activation": "tanh", "alpha": 0.5, "epochs": 2000, "autoplay": True}

    RUNS = (("zeros", "zeros", None, theme.NEG), ("× 0.01", "small_random", 0.01, theme.POS),
            ("× 10", "small_random", 10.0, theme.ACCENT))

    def build(self) -> None:
        s = self.settings
        self.X, self.y = dataset(s["dataset"])
        self.loop = TrainLoop(self, "train", self.build_trainers, self.show, int(s["epochs"]), seconds=RUN_SECONDS)
        main = QHBoxLayout()
        main.setSpacing(theme.px(20))
        self.body.addLayout(main, 1)
        self.cost_plot = log_cost_plot("cost J while training (log scale)", "epoch", "cross-entropy J", "costPlot")
        theme.legend(self.cost_plot)
        # zeros is dashed: where its curve lies on another run's, both stay visible
        self.curves = [theme.curve(self.cost_plot, color, name, symbol=None, dashed=init == "zeros")
                       for name, init, _, color in self.RUNS]
        self.curves[0].setZValue(1)
        main.addWidget(self.cost_plot, 1)
        side = QGridLayout()
        side.setHorizontalSpacing(theme.px(14))
        side.setVerticalSpacing(theme.px(10))
        main.addLayout(side, 1)
        self.readout = theme.label("", theme.NUMBER, bold=True, object_name="epochLabel")
        min_width_for(self.readout, [f"epoch {int(s['epochs'])} / {int(s['epochs'])}"])
        side.addWidget(self.readout, 0, 0, 1, 2)
        self.grids, self.run_labels = [], []
        for i, (name, _, _, color) in enumerate(self.RUNS, start=1):
            grid = MatrixGrid(4, 2, f"initW{i - 1}", digits=2)
            grid.title_font = theme.font(theme.CELL, bold=True)
            lab = WrapLabel("", theme.BODY, object_name=f"initRun{i - 1}")
            lab.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            side.addWidget(grid, i, 0)
            side.addWidget(lab, i, 1)
            self.grids.append(grid)
            self.run_labels.append(lab)
        side.setColumnStretch(1, 1)
        self.controls = TrainControls(self, self.loop, float(s["alpha"]))
        self.body.addLayout(self.controls.layout)
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
                facts.append("rows identical: units stay copies")
            if sat > 0.2:
                facts.append(f"{percent(sat)} of a[1] saturated at start")
            self.results.append({"name": name, "accuracy": acc, "cost": cost, "identical_rows": same,
                                 "saturated": sat})
            lab.setText(f"<span style='color:{theme.readable(color)}'>■</span> <b>{name}</b><br>"
                        f"J = {theme.fmt(cost, 3)} · {percent(acc)} right" + "".join(f"<br>{f}" for f in facts))
        self.readout.setText(f"epoch {snaps[0].epoch} / {self.loop.max_epochs}")
        self.controls.sync()
        self.mark_ready()
