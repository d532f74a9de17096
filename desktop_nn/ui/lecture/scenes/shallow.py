"""Shallow networks trained live: one hidden layer vectorised over m; why the hidden layer must be
non-linear (XOR); and initialisation — zeros, ×0.01, ×10 side by side."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from desktop_nn.engine.datasets import GENERATORS
from desktop_nn.engine.network import Network, to_columns
from desktop_nn.engine.trainer import Trainer
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.training import RunSnapshot, TrainLoop
from desktop_nn.ui.lecture.widgets import NetworkView, RegionPlot, grid_points


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


class TrainControls:
    """▶ Play / Reset / α / epoch readout, wired to a TrainLoop."""

    def __init__(self, scene: Scene, alpha: float, extra=()):
        self.play = theme.button("▶ Train", "playButton")
        self.reset = theme.button("Reset", "resetButton")
        self.alpha = theme.spin(alpha, 0.001, 10.0, 0.1, 3, "alphaSpin")
        self.epoch = theme.label("epoch 0", theme.NUMBER - 2, bold=True, object_name="epochLabel")
        self.epoch.setMinimumWidth(240)
        scene.body.addLayout(theme.row(self.play, self.reset, "α", self.alpha, *extra, self.epoch))

    def bind(self, loop: TrainLoop) -> None:
        self.play.clicked.connect(lambda: (loop.toggle(), self.sync(loop)))
        self.reset.clicked.connect(lambda: (loop.reset(), self.sync(loop)))
        self.alpha.valueChanged.connect(lambda _: (loop.reset(), self.sync(loop)))

    def sync(self, loop: TrainLoop) -> None:
        self.play.setText("❚❚ Pause" if loop.playing else "▶ Train")

    def activate(self, loop: TrainLoop, autoplay: bool) -> None:
        """A scene coming on screen: start its first run (playing if ``autoplay``), or go on."""
        if not loop.trainers:
            loop.reset(play=autoplay)
            self.sync(loop)
        else:
            loop.resume_if_playing()


class ShallowNetworkScene(Scene):
    SETTINGS = {"dataset": "moons", "hidden_units": 4, "activation": "tanh", "alpha": 1.0, "epochs": 3000, "autoplay": True}

    def build(self) -> None:
        s = self.settings
        main = QHBoxLayout()
        self.body.addLayout(main, 1)
        self.regions = RegionPlot("x₁", "x₂", "", "regionPlot")
        main.addWidget(self.regions, 4)
        mid = QVBoxLayout()
        main.addLayout(mid, 4)
        self.net_view = NetworkView("networkView")
        mid.addWidget(self.net_view, 3)
        self.formulas = theme.label("", theme.FORMULA - 2, object_name="shapeFormulas", wrap=True)
        mid.addWidget(self.formulas, 2)
        self.cost_plot = theme.plot("cost J", "epoch", "cross-entropy", "costPlot")
        self.cost_curve = theme.curve(self.cost_plot, theme.POS, symbol=None)
        mid.addWidget(self.cost_plot, 2)
        self.units = theme.spin(int(s["hidden_units"]), 1, 12, 1, object_name="hiddenUnitsSpin")
        self.dataset = theme.combo(["moons", "circles", "xor", "blobs", "spirals"], "datasetCombo")
        self.dataset.setCurrentText(s["dataset"])
        self.controls = TrainControls(self, float(s["alpha"]), ("n[1]", self.units, self.dataset))
        self.loop = TrainLoop(self, "train", self.build_trainers, self.show, int(s["epochs"]))
        self.controls.bind(self.loop)
        self.units.valueChanged.connect(lambda _: self.new_data())
        self.dataset.currentTextChanged.connect(lambda _: self.new_data())
        self.new_data(start=False)

    def new_data(self, start: bool = True) -> None:
        self.X, self.y = dataset(self.dataset.currentText())
        pts, self.extent, n = grid_points(self.X, 90, pad=0.4)
        self.loop.grid_X, self.loop.n = pts.T.copy(), n
        self.regions.extent = None
        self.regions.set_points(self.X, np.where(self.y > 0, 1, -1))
        m, nh = len(self.y), self.units.value()
        self.formulas.setText(
            f"Z<sup>[1]</sup> = W<sup>[1]</sup>X + b<sup>[1]</sup> &nbsp; ({nh},2)·(2,{m}) + ({nh},1) → ({nh},{m})<br>"
            f"A<sup>[1]</sup> = {self.settings['activation']}(Z<sup>[1]</sup>) &nbsp; ({nh},{m})<br>"
            f"Z<sup>[2]</sup> = W<sup>[2]</sup>A<sup>[1]</sup> + b<sup>[2]</sup> &nbsp; (1,{nh})·({nh},{m}) + (1,1) → (1,{m})<br>"
            f"A<sup>[2]</sup> = σ(Z<sup>[2]</sup>) = Ŷ &nbsp; (1,{m}) — all m examples at once, no for loop")
        if start:
            self.loop.reset()
            self.controls.sync(self.loop)

    def build_trainers(self) -> list[Trainer]:
        return [trainer_for(self.X, self.y, [2, self.units.value(), 1], self.settings["activation"], self.controls.alpha.value())]

    def on_activate(self) -> None:
        self.controls.activate(self.loop, bool(self.settings["autoplay"]))

    def show(self, snaps: list[RunSnapshot]) -> None:
        s = snaps[0]
        self.regions.set_regions(s.grid, self.extent)
        self.net_view.set_network([2, self.units.value(), 1], [s.params["W1"], s.params["W2"]],
                                  layer_names=["x: n[0] = 2", f"a[1]: n[1] = {self.units.value()}", "ŷ = a[2]"])
        self.cost_curve.setData(np.arange(1, len(s.cost) + 1), s.cost)
        acc = s.accuracy[-1] if len(s.accuracy) else float("nan")
        self.controls.epoch.setText(f"epoch {s.epoch}" + (f", accuracy {acc:.0%}" if len(s.accuracy) else ""))
        self.controls.sync(self.loop)
        self.mark_ready()


class WhyNonlinearScene(Scene):
    """Two [2, 4, 1] networks on XOR: linear hidden layer vs tanh hidden layer, trained side by side."""

    SETTINGS = {"hidden_units": 4, "alpha": 1.0, "epochs": 1500, "autoplay": True, "noise": 0.15}

    def build(self) -> None:
        s = self.settings
        main = QHBoxLayout()
        self.body.addLayout(main, 1)
        self.plots, self.labels = [], []
        for name, obj in (("hidden g = linear", "linearRegions"), ("hidden g = tanh", "tanhRegions")):
            col = QVBoxLayout()
            p = RegionPlot("x₁", "x₂", name, obj)
            lab = theme.label("", theme.BODY + 1, object_name=obj + "Label", wrap=True)
            col.addWidget(p, 1)
            col.addWidget(lab)
            main.addLayout(col, 1)
            self.plots.append(p)
            self.labels.append(lab)
        self.collapse = theme.label("", theme.BODY, object_name="collapseLabel", wrap=True)
        self.body.addWidget(self.collapse)
        self.controls = TrainControls(self, float(s["alpha"]))
        self.X, self.y = dataset("xor", 200, noise=float(s["noise"]))
        pts, self.extent, n = grid_points(self.X, 80, pad=0.3)
        self.loop = TrainLoop(self, "train", self.build_trainers, self.show, int(s["epochs"]), pts.T.copy(), n)
        self.controls.bind(self.loop)
        for p in self.plots:
            p.set_points(self.X, np.where(self.y > 0, 1, -1))

    def build_trainers(self) -> list[Trainer]:
        nh, a = int(self.settings["hidden_units"]), self.controls.alpha.value()
        return [trainer_for(self.X, self.y, [2, nh, 1], "linear", a, seed=1, init="xavier"),
                trainer_for(self.X, self.y, [2, nh, 1], "tanh", a, seed=1, init="xavier")]

    def on_activate(self) -> None:
        self.controls.activate(self.loop, bool(self.settings["autoplay"]))

    def show(self, snaps: list[RunSnapshot]) -> None:
        for p, lab, s, name in zip(self.plots, self.labels, snaps, ("linear", "tanh")):
            p.set_regions(s.grid, self.extent)
            acc = s.accuracy[-1] if len(s.accuracy) else float("nan")
            lab.setText(f"<b>{name}</b>: epoch {s.epoch}, cost {s.cost[-1] if len(s.cost) else float('nan'):.3f}, "
                        f"accuracy <b>{acc:.0%}</b>")
        P = snaps[0].params
        W1, b1, W2, b2 = P["W1"], P["b1"], P["W2"], P["b2"]
        Wp = W2 @ W1
        bp = W2 @ b1 + b2
        self.collapse.setText(
            "a<sup>[2]</sup> = σ(W<sup>[2]</sup>(W<sup>[1]</sup>x + b<sup>[1]</sup>) + b<sup>[2]</sup>) = σ(W′x + b′) with "
            f"W′ = W<sup>[2]</sup>W<sup>[1]</sup> = {theme.fmt_vec(Wp.ravel(), 3)}, b′ = {theme.fmt(float(bp[0, 0]), 3)}"
            " — a single straight line: ALL LINEAR, it cannot solve XOR.")
        self.controls.epoch.setText(f"epoch {snaps[0].epoch}")
        self.controls.sync(self.loop)
        self.mark_ready()


class InitializationScene(Scene):
    """zeros / ×0.01 / ×10: the same network trained three times from three initialisations."""

    SETTINGS = {"dataset": "circles", "hidden_units": 3, "activation": "tanh", "alpha": 0.5, "epochs": 2000, "autoplay": True}

    RUNS = (("zeros", "zeros", None, theme.NEG), ("× 0.01", "small_random", 0.01, theme.POS), ("× 10", "small_random", 10.0, theme.ACCENT))

    def build(self) -> None:
        s = self.settings
        main = QHBoxLayout()
        self.body.addLayout(main, 1)
        self.cost_plot = theme.plot("cost J while training (log scale)", "epoch", "cross-entropy", "costPlot")
        self.cost_plot.setLogMode(x=False, y=True)
        theme.legend(self.cost_plot)
        self.curves = [theme.curve(self.cost_plot, color, name, symbol=None) for name, _, _, color in self.RUNS]
        main.addWidget(self.cost_plot, 3)
        side = QVBoxLayout()
        main.addLayout(side, 2)
        self.rows_label = theme.label("", theme.BODY, object_name="initRows", wrap=True)
        side.addWidget(self.rows_label)
        side.addStretch(1)
        self.controls = TrainControls(self, float(s["alpha"]))
        self.X, self.y = dataset(s["dataset"])
        self.loop = TrainLoop(self, "train", self.build_trainers, self.show, int(s["epochs"]))
        self.controls.bind(self.loop)
        self.initial_saturation = [0.0, 0.0, 0.0]

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
        self.controls.activate(self.loop, bool(self.settings["autoplay"]))

    def show(self, snaps: list[RunSnapshot]) -> None:
        parts = []
        for (name, _, _, color), c, s, sat in zip(self.RUNS, self.curves, snaps, self.initial_saturation):
            c.setData(np.arange(1, len(s.cost) + 1), s.cost)
            W1 = s.params["W1"]
            same = float(np.max(np.abs(W1 - W1[0]))) < 1e-12
            rows = "<br>".join("&nbsp;&nbsp;[" + ", ".join(f"{v:+.2f}" for v in r) + "]" for r in W1)
            acc = s.accuracy[-1] if len(s.accuracy) else float("nan")
            parts.append(f"<b style='color:{color}'>{name}</b>: J = {s.cost[-1] if len(s.cost) else float('nan'):.3f}, "
                         f"accuracy {acc:.0%}" + (" — <b>all rows of W[1] identical</b>" if same else "")
                         + (f" — {sat:.0%} of hidden units saturated at the start" if sat > 0.2 else "")
                         + f"<br><span style='font-family:monospace'>W[1] =<br>{rows}</span>")
        self.rows_label.setText("<br>".join(parts))
        self.controls.epoch.setText(f"epoch {snaps[0].epoch}")
        self.controls.sync(self.loop)
        self.mark_ready()
