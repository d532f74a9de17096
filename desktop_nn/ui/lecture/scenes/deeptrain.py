"""Why deep: n-bit parity as a deep narrow network (a tree of XORs) vs one wide hidden layer; and
hyperparameters to try live."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from desktop_nn.engine.datasets import parity
from desktop_nn.engine.network import Network
from desktop_nn.engine.trainer import Trainer
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.shallow import TrainControls, dataset, trainer_for
from desktop_nn.ui.lecture.training import RunSnapshot, TrainLoop
from desktop_nn.ui.lecture.widgets import NetworkView, RegionPlot, grid_points

SHARP = 20.0   # output z = 20·(parity signal) − 10 → σ(z) ≈ 0 or 1


def xor_tree_network(n_bits: int) -> Network:
    """A deep ReLU network computing parity: pairs of signals s, t go through
    h1 = relu(s + t), h2 = relu(s + t − 1) and XOR(s, t) = h1 − 2 h2 feeds the next layer."""
    # a signal = (weights over the previous layer's units, bias)
    signals = [(np.eye(n_bits)[i], 0.0) for i in range(n_bits)]
    layers = []   # list of (W, b)
    while len(signals) > 1:
        rows_W, rows_b, out = [], [], []
        for k in range(0, len(signals) - 1, 2):
            (ws, bs), (wt, bt) = signals[k], signals[k + 1]
            base = len(rows_W)
            rows_W += [ws + wt, ws + wt]
            rows_b += [bs + bt, bs + bt - 1.0]
            out.append((base, "xor"))
        if len(signals) % 2:
            ws, bs = signals[-1]
            out.append((len(rows_W), "pass"))
            rows_W.append(ws)
            rows_b.append(bs)
        W, b = np.array(rows_W), np.array(rows_b)[:, None]
        layers.append((W, b))
        n_units = len(rows_W)
        new = []
        for idx, kind in out:
            v = np.zeros(n_units)
            if kind == "xor":
                v[idx], v[idx + 1] = 1.0, -2.0
            else:
                v[idx] = 1.0
            new.append((v, 0.0))
        signals = new
    (w_out, b_out), = signals
    layers.append((SHARP * w_out[None, :], np.array([[SHARP * b_out - SHARP / 2]])))
    dims = [n_bits] + [W.shape[0] for W, _ in layers]
    net = Network(dims, hidden_activation="relu", output="sigmoid", init="zeros")
    for l, (W, b) in enumerate(layers, start=1):
        net.params[f"W{l}"] = W
        net.params[f"b{l}"] = b
    return net


def one_layer_network(n_bits: int) -> Network:
    """One hidden unit per odd pattern p (it fires only on x = p): 2^(n−1) hidden neurons."""
    X, y = parity(n_bits)
    odd = X[y == 1]
    W1 = 2 * odd - 1
    b1 = -(odd.sum(axis=1) - 1)[:, None]
    net = Network([n_bits, len(odd), 1], hidden_activation="relu", output="sigmoid", init="zeros")
    net.params["W1"], net.params["b1"] = W1, b1
    net.params["W2"] = np.full((1, len(odd)), SHARP)
    net.params["b2"] = np.array([[-SHARP / 2]])
    return net


def compare_parity(n_bits: int, state=None) -> dict:
    X, y = parity(n_bits)
    out = {"n_bits": n_bits, "patterns": len(y)}
    for key, net in (("deep", xor_tree_network(n_bits)), ("shallow", one_layer_network(n_bits))):
        pred = net.predict(X.T)
        out[key] = {"dims": list(net.layer_dims), "neurons": int(sum(net.layer_dims[1:])),
                    "params": int(net.n_parameters), "accuracy": float(np.mean(pred == y)),
                    "weights": [np.array(net.params[f"W{l}"]) for l in range(1, net.L + 1)]}
    counts = []
    for n in range(2, 13):
        deep = sum(xor_tree_network(n).layer_dims[1:])
        counts.append((n, deep, 2 ** (n - 1) + 1))
    out["counts"] = counts
    return out


class WhyDeepScene(Scene):
    SETTINGS = {"n_bits": 8}

    def build(self) -> None:
        main = QHBoxLayout()
        self.body.addLayout(main, 1)
        left = QVBoxLayout()
        main.addLayout(left, 3)
        self.deep_view = NetworkView("deepView")
        self.shallow_view = NetworkView("shallowView")
        self.deep_label = theme.label("", theme.BODY + 1, object_name="deepLabel", wrap=True)
        self.shallow_label = theme.label("", theme.BODY + 1, object_name="shallowLabel", wrap=True)
        left.addWidget(self.deep_label)
        left.addWidget(self.deep_view, 1)
        left.addWidget(self.shallow_label)
        left.addWidget(self.shallow_view, 1)
        self.plot = theme.plot("neurons needed for n-bit parity", "bits n", "neurons (log scale)", "neuronsPlot")
        self.plot.setLogMode(x=False, y=True)
        theme.legend(self.plot, offset=(10, 10))
        self.deep_curve = theme.curve(self.plot, theme.POS, "deep: tree of XORs")
        self.shallow_curve = theme.curve(self.plot, theme.ACCENT, "1 hidden layer", symbol="s")
        self.marker = pg.InfiniteLine(angle=90, pen=theme.pen(theme.TEXT, 2, dashed=True))
        self.plot.addItem(self.marker)
        main.addWidget(self.plot, 2)
        self.bits = theme.spin(int(self.settings["n_bits"]), 2, 10, 1, object_name="bitsSpin")
        self.bits.valueChanged.connect(lambda _: self.recompute())
        self.body.addLayout(theme.row("bits", self.bits, theme.label(
            "  both networks are built by hand and checked by the engine on every input pattern", theme.BODY, color=theme.MUTED)))
        self.result = None

    def on_activate(self) -> None:
        if self.result is None:
            self.recompute()

    def recompute(self) -> None:
        n = self.bits.value()
        self.submit("parity", lambda st: compare_parity(n, st), self.show)

    def show(self, r: dict) -> None:
        self.result = r
        d, s = r["deep"], r["shallow"]
        n = r["n_bits"]
        self.deep_view.set_network(d["dims"], d["weights"], layer_names=[f"{k}" for k in d["dims"]])
        self.shallow_view.set_network(s["dims"], s["weights"], layer_names=[f"{k}" for k in s["dims"]])
        self.deep_label.setText(f"<b style='color:{theme.POS}'>deep, narrow</b> {d['dims']}: {d['neurons']} neurons, "
                                f"{len(d['dims']) - 1} layers, {d['params']} parameters — correct on "
                                f"<b>{d['accuracy']:.0%}</b> of the {r['patterns']} patterns")
        self.shallow_label.setText(f"<b style='color:{theme.ACCENT}'>shallow, wide</b> {s['dims']}: {s['neurons']} neurons "
                                   f"(one per odd pattern of 2<sup>{n}</sup> = {r['patterns']}), {s['params']} parameters — "
                                   f"correct on <b>{s['accuracy']:.0%}</b>")
        c = np.array(r["counts"], float)
        self.deep_curve.setData(c[:, 0], c[:, 1])
        self.shallow_curve.setData(c[:, 0], c[:, 2])
        self.marker.setValue(n)
        self.mark_ready()


class HyperparametersScene(Scene):
    """Learning rate, iterations, layers, units and activation: change them and watch."""

    SETTINGS = {"dataset": "circles", "layers": 2, "units": 4, "activation": "relu", "alpha": 0.3, "epochs": 2000,
                "autoplay": True}

    def build(self) -> None:
        s = self.settings
        main = QHBoxLayout()
        self.body.addLayout(main, 1)
        self.regions = RegionPlot("x₁", "x₂", "", "regionPlot")
        main.addWidget(self.regions, 4)
        right = QVBoxLayout()
        main.addLayout(right, 4)
        self.net_view = NetworkView("networkView")
        right.addWidget(self.net_view, 2)
        self.cost_plot = theme.plot("cost J", "epoch", "cross-entropy", "costPlot")
        self.cost_curve = theme.curve(self.cost_plot, theme.POS, symbol=None)
        right.addWidget(self.cost_plot, 2)
        self.layers = theme.spin(int(s["layers"]), 0, 6, 1, object_name="layersSpin")
        self.units = theme.spin(int(s["units"]), 1, 12, 1, object_name="unitsSpin")
        self.activation = theme.combo(["relu", "tanh", "sigmoid", "leaky_relu", "linear"], "activationCombo")
        self.activation.setCurrentText(s["activation"])
        self.epochs = theme.spin(int(s["epochs"]), 10, 20000, 100, object_name="epochsSpin")
        self.dataset = theme.combo(["circles", "moons", "xor", "spirals", "blobs"], "datasetCombo")
        self.dataset.setCurrentText(s["dataset"])
        self.body.addLayout(theme.row("hidden layers", self.layers, "units", self.units, "g", self.activation,
                                      "iterations", self.epochs, self.dataset))
        self.controls = TrainControls(self, float(s["alpha"]))
        self.loop = TrainLoop(self, "train", self.build_trainers, self.show, int(s["epochs"]))
        self.controls.bind(self.loop)
        for w in (self.layers, self.units, self.epochs):
            w.valueChanged.connect(lambda _: self.restart())
        for w in (self.activation, self.dataset):
            w.currentTextChanged.connect(lambda _: self.restart())
        self.load_data()

    def load_data(self) -> None:
        self.X, self.y = dataset(self.dataset.currentText())
        pts, self.extent, n = grid_points(self.X, 80, pad=0.4)
        self.loop.grid_X, self.loop.n = pts.T.copy(), n
        self.regions.extent = None
        self.regions.set_points(self.X, np.where(self.y > 0, 1, -1))

    def dims(self) -> list[int]:
        return [2] + [self.units.value()] * self.layers.value() + [1]

    def build_trainers(self) -> list[Trainer]:
        init = "he" if self.activation.currentText() in ("relu", "leaky_relu") else "xavier"
        return [trainer_for(self.X, self.y, self.dims(), self.activation.currentText(), self.controls.alpha.value(), init=init)]

    def restart(self) -> None:
        self.loop.max_epochs = self.epochs.value()
        self.load_data()
        self.loop.reset(play=True)
        self.controls.sync(self.loop)

    def on_activate(self) -> None:
        self.controls.activate(self.loop, bool(self.settings["autoplay"]))

    def show(self, snaps: list[RunSnapshot]) -> None:
        s = snaps[0]
        self.regions.set_regions(s.grid, self.extent)
        dims = self.dims()
        if len(s.params) == 2 * (len(dims) - 1):
            self.net_view.set_network(dims, [s.params[f"W{l}"] for l in range(1, len(dims))])
        self.cost_curve.setData(np.arange(1, len(s.cost) + 1), s.cost)
        acc = s.accuracy[-1] if len(s.accuracy) else float("nan")
        text = f"epoch {s.epoch}" + (f", accuracy {acc:.0%}" if len(s.accuracy) else "")
        if s.diverged:
            text += " — diverged: try a smaller α"
        self.controls.epoch.setText(text)
        self.controls.sync(self.loop)
        self.mark_ready()
