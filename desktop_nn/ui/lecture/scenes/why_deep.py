"""Why deep: n-bit parity as a tree of XOR gates (a deep narrow network) against one wide hidden
layer, both built as networks and checked by the engine on every pattern."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics

from desktop_nn.engine.datasets import parity
from desktop_nn.engine.network import Network
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.deep import LayerNetworkView
from desktop_nn.ui.lecture.scenes.layout import columns
from desktop_nn.ui.lecture.typeset import superscript

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

SHARP = 20.0   # output z = 20·(parity signal) − 10 → σ(z) ≈ 0 or 1


def xor_tree(n_bits: int) -> tuple[Network, list[int]]:
    """A deep ReLU network computing parity as a tree of XOR gates, and the gates in each layer.

    Each layer pairs up the signals s, t it receives: h1 = relu(s + t), h2 = relu(s + t − 1) and
    XOR(s, t) = h1 − 2 h2 feeds the next layer (an unpaired signal passes through one ReLU). n
    signals need n − 1 gates in ⌈log₂ n⌉ layers."""
    # a signal = (weights over the previous layer's units, bias)
    signals = [(np.eye(n_bits)[i], 0.0) for i in range(n_bits)]
    layers = []   # list of (W, b)
    gates = []
    while len(signals) > 1:
        rows_W, rows_b, out = [], [], []
        for k in range(0, len(signals) - 1, 2):
            (ws, bs), (wt, bt) = signals[k], signals[k + 1]
            base = len(rows_W)
            rows_W += [ws + wt, ws + wt]
            rows_b += [bs + bt, bs + bt - 1.0]
            out.append((base, "xor"))
        gates.append(len(signals) // 2)
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
    return net, gates


def xor_tree_network(n_bits: int) -> Network:
    return xor_tree(n_bits)[0]


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


def ceil_log2(n: int) -> int:
    """⌈log₂ n⌉ for n ≥ 1, exactly (no floating point)."""
    return (int(n) - 1).bit_length()


def compare_parity(n_bits: int, state=None) -> dict:
    """Both parity networks for n bits, checked by the engine on all 2^n patterns, and the
    chapter's counts (XOR gates n − 1 in ⌈log₂ n⌉ layers vs 2^(n−1) hidden units) for n = 2 … 12."""
    X, y = parity(n_bits)
    deep, gates = xor_tree(n_bits)
    out = {"n_bits": n_bits, "patterns": len(y), "gates": gates}
    for key, net in (("deep", deep), ("shallow", one_layer_network(n_bits))):
        pred = net.predict(X.T)
        out[key] = {"dims": list(net.layer_dims), "neurons": int(sum(net.layer_dims[1:])),
                    "params": int(net.n_parameters), "accuracy": float(np.mean(pred == y)),
                    "weights": [np.array(net.params[f"W{l}"]) for l in range(1, net.L + 1)]}
    counts = []
    for n in range(2, 13):
        layer_gates = xor_tree(n)[1]
        counts.append((n, sum(layer_gates), len(layer_gates), 2 ** (n - 1)))
    out["counts"] = counts
    return out


def power_of_ten(k: int) -> str:
    """10^k as a student reads it: 1, 10, 10², 10³ …"""
    return "1" if k == 0 else "10" if k == 1 else "10" + superscript(k)


class PowerOfTenAxis(pg.AxisItem):
    """An axis for log₁₀ of a count, labelled only at whole powers of ten (1, 10, 10², …), and at
    every second or third power where the labels would otherwise crowd each other."""

    def tickValues(self, minVal, maxVal, size):
        lo, hi = int(np.ceil(minVal - 1e-9)), int(np.floor(maxVal + 1e-9))
        if hi < lo:
            return [(1.0, [])]
        font = self.style.get("tickFont")
        line = QFontMetrics(font).height() if font is not None else 20
        room = max(2, int(size / (2.2 * line)))         # labels at least 2.2 lines apart
        step = 1
        while (hi - lo) // step + 1 > room:
            step += 1
        return [(float(step), [float(k) for k in range(lo, hi + 1) if k % step == 0])]

    def tickStrings(self, values, scale, spacing):
        return [power_of_ten(int(round(v))) for v in values]


def count_plot(title: str, x_label: str, y_label: str, object_name: str) -> pg.PlotWidget:
    """A projector plot whose y axis shows counts on a log scale, labelled 1, 10, 10², …"""
    return theme.plot(title, x_label, y_label, object_name, left_axis=PowerOfTenAxis("left"))


class WhyDeepScene(Scene):
    """The chapter's parity example: n − 1 XOR gates in ⌈log₂ n⌉ layers against 2^(n−1) units in
    one hidden layer, both built as networks and checked on every pattern, for the n on screen."""

    SETTINGS = {"n_bits": 8}
    TITLE_FIELDS = {"bits": 8}

    def build(self) -> None:
        left, right = columns(self.body, (3, 2))
        self.deep_view = LayerNetworkView("deepView")
        self.shallow_view = LayerNetworkView("shallowView")
        self.deep_label = theme.label("", theme.BODY, object_name="deepLabel", wrap=True)
        self.shallow_label = theme.label("", theme.BODY, object_name="shallowLabel", wrap=True)
        left.addWidget(self.deep_label)
        left.addWidget(self.deep_view, 1)
        left.addWidget(self.shallow_label)
        left.addWidget(self.shallow_view, 1)
        self.plot = count_plot(translate("lecture/why_deep", "n-bit parity"), translate("lecture/why_deep", "bits n"),
                               translate("lecture/why_deep", "count (log scale)"), "neuronsPlot")
        self.plot.setRange(xRange=(1.5, 12.5), yRange=(-0.2, np.log10(2 ** 11) + 0.2), padding=0)
        self.plot.getPlotItem().setMouseEnabled(x=False, y=False)
        theme.legend(self.plot, offset=(10, 10))
        self.deep_curve = theme.curve(self.plot, theme.POS, translate("lecture/why_deep", "XOR gates: n − 1"))
        self.shallow_curve = theme.curve(self.plot, theme.ACCENT, translate("lecture/why_deep", "1 layer: 2ⁿ⁻¹ units"), symbol="s")
        self.marker = pg.InfiniteLine(angle=90, pen=theme.pen(theme.TEXT, 3, dashed=True))
        self.plot.addItem(self.marker)
        right.addWidget(self.plot, 1)
        self.verdict = theme.label("", theme.NUMBER, bold=True, object_name="parityVerdict", wrap=True)
        right.addWidget(self.verdict)
        self.bits = theme.spin(int(self.settings["n_bits"]), 2, 10, 1, object_name="bitsSpin")
        self.bits.valueChanged.connect(lambda _: self.recompute())
        note = theme.label(translate("lecture/why_deep", "both networks are built by hand and checked by the engine on every pattern"),
                           theme.BODY, color=theme.MUTED, wrap=True)
        controls = theme.row(translate("lecture/why_deep", "bits n ="), self.bits, note, stretch_end=False)
        controls.setStretch(2, 1)
        self.body.addLayout(controls)
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
        gates, layers, units = sum(r["gates"]), len(r["gates"]), s["dims"][1]
        self.set_title_fields(bits=n)
        deep_names = [("x", "x")] + [(f"{g} XOR", f"{g} XOR") for g in r["gates"]] + [("ŷ", "ŷ")]
        self.deep_view.set_layers(d["dims"], d["weights"], names=deep_names)
        self.shallow_view.set_layers(s["dims"], s["weights"], names=[
            ("x", "x"), (translate("lecture/why_deep", "{} units").format(units), translate("lecture/why_deep", "hidden")), ("ŷ", "ŷ")])
        pos, acc = theme.readable(theme.POS), theme.readable(theme.ACCENT)
        self.deep_label.setText(translate(
            "lecture/why_deep", "<b style='color:{color}'>deep: a tree of XOR gates</b> — {n} − 1 = {gates} XOR gates in "
            "⌈log<sub>2</sub> {n}⌉ = {layers} layers; as ReLUs {dims} (2 per gate), correct on "
            "<b>{accuracy}</b> of the {patterns} patterns").format(
                color=pos, n=n, gates=gates, layers=layers, dims=d['dims'], accuracy=f"{d['accuracy']:.0%}",
                patterns=r['patterns']))
        self.shallow_label.setText(translate(
            "lecture/why_deep", "<b style='color:{color}'>one hidden layer</b> — enumerate the 2<sup>{n}</sup> = {patterns} "
            "patterns: 2<sup>{n}−1</sup> = {units} units, one per odd pattern; {dims} is correct on "
            "<b>{accuracy}</b>").format(color=acc, n=n, patterns=r['patterns'], units=units, dims=s['dims'],
                                           accuracy=f"{s['accuracy']:.0%}"))
        self.verdict.setText(translate("lecture/why_deep", "n = {n}: {gates} gates in {layers} layers vs {units} units in one layer").format(
            n=n, gates=gates, layers=layers, units=units))
        c = np.array(r["counts"], float)
        self.deep_curve.setData(c[:, 0], np.log10(c[:, 1]))
        self.shallow_curve.setData(c[:, 0], np.log10(c[:, 3]))
        self.marker.setValue(n)
        self.mark_ready()
