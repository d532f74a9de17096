"""Logistic regression: sigmoid, odds and logit; and why cross-entropy rather than squared error."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from desktop_nn.engine.activations import sigmoid
from desktop_nn.engine.classic import LogisticRegressionGD
from desktop_nn.engine.datasets import iris_setosa_versicolor, standardize
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.layout import columns
from desktop_nn.ui.lecture.widgets import RegionPlot, grid_points

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

#: σ(z) typeset: e to the power −z as a superscript, a true minus sign
SIGMOID_HTML = "σ(z) = 1 / (1 + e<sup>−z</sup>)"


def fixed(x: float, decimals: int = 2) -> str:
    """``x`` with a fixed number of decimals and a true minus sign (no "−0.00")."""
    text = f"{x:.{decimals}f}"
    if float(text) == 0:
        text = text.lstrip("-")
    return text.replace("-", theme.MINUS)


def train_logistic(eta: float, epochs: int, state=None) -> dict:
    X, y = iris_setosa_versicolor()
    Xs = standardize(X)[0]
    model = LogisticRegressionGD(epochs=epochs, eta=eta).train(Xs, y)
    pts, extent, n = grid_points(Xs, 150, pad=0.5)
    return {"X": Xs, "y": y, "w": model.w_.copy(), "cost": np.array(model.cost_),
            "grid": model.predict_proba(pts).reshape(n, n), "extent": extent,
            "correct": int(np.sum(model.predict(Xs) == y)), "m": len(y)}


def odds_and_logit(z: float) -> tuple[float, float, float]:
    """(p = σ(z), odds = p / (1 − p), logit = ln odds) — the logit is z again."""
    p = float(sigmoid(np.array([z]))[0])
    odds = p / (1.0 - p)
    return p, odds, float(np.log(odds))


class LogisticRegressionScene(Scene):
    SETTINGS = {"z": 1.0, "eta": 0.5, "epochs": 200}

    def build(self) -> None:
        left, right = columns(self.body, (1, 1), spacing=30)
        self.plot = theme.plot("ŷ = " + SIGMOID_HTML, translate("lecture/logistic", "z = wᵀx + b   (drag the vertical line)"), "σ(z)",
                               "sigmoidPlot")
        zs = np.linspace(-8, 8, 400)
        self.plot.plot(zs, sigmoid(zs), pen=theme.pen(theme.POS, 5))
        self.plot.setYRange(-0.05, 1.05, padding=0)
        self.plot.setXRange(-8, 8, padding=0.02)
        self.zline = pg.InfiniteLine(pos=self.settings["z"], angle=90, movable=True, pen=theme.pen(theme.ACCENT, 4),
                                     hoverPen=theme.pen(theme.ACCENT, 7), bounds=(-8, 8))
        self.pline = pg.InfiniteLine(pos=0.5, angle=0, movable=False, pen=theme.pen(theme.ACCENT, 3, dashed=True))
        self.dot = pg.ScatterPlotItem(size=theme.px(26), brush=pg.mkBrush(theme.ACCENT), pen=pg.mkPen("k", width=2))
        for it in (self.zline, self.pline, self.dot):
            self.plot.addItem(it)
        self.zline.sigPositionChanged.connect(self.show_z)
        left.addWidget(self.plot, 1)
        self.readout = theme.label("", theme.FORMULA, object_name="oddsReadout", wrap=True)
        left.addWidget(self.readout)
        self.trend = theme.label(translate("lecture/logistic", "“logit” = “log odds”. Large positive z: σ(z) → 1; "
                                           "large negative z: σ(z) → 0."), theme.BODY, color=theme.MUTED, wrap=True)
        left.addWidget(self.trend)
        self.regions = RegionPlot(translate("Lecture", "sepal length [standardised]"),
                                  translate("Lecture", "petal length [standardised]"),
                                  translate("lecture/logistic", "P(y = 1 | x) after training"), "regionPlot")
        right.addWidget(self.regions, 1)
        self.eta = theme.spin(float(self.settings["eta"]), 0.01, 5.0, 0.1, 2, "etaSpin")
        self.eta.valueChanged.connect(self.recompute)
        self.code = theme.label("", theme.CODE, mono=True, object_name="logisticCode", wrap=True)
        right.addLayout(theme.row("α", self.eta, self.code, stretch_end=False))
        self.model_label = theme.label("", theme.BODY, object_name="logisticModel", wrap=True)
        right.addWidget(self.model_label)
        self.result = None

    def on_activate(self) -> None:
        self.show_z()
        if self.result is None:
            self.recompute()

    def show_z(self) -> None:
        z = float(np.clip(self.zline.value(), -8, 8))
        p, odds, logit = odds_and_logit(z)
        self.dot.setData([z], [p])
        self.pline.setValue(p)
        self.readout.setText(
            f"z = <b>{fixed(z)}</b> &nbsp;→&nbsp; ŷ = σ(z) = <b>{fixed(p, 3)}</b> = P(y = 1 | x)<br>"
            + translate("lecture/logistic", "odds = P / (1 − P) = <b>{}</b>").format(theme.fmt(odds, 3)) + "<br>"
            + translate("lecture/logistic", "logit = ln(odds) = <b>{}</b> = z").format(fixed(logit)))
    def recompute(self) -> None:
        eta, e = self.eta.value(), int(self.settings["epochs"])
        self.code.setText(f"LogisticRegressionGD(epochs={e}, eta={eta:g})")
        self.submit("train", lambda st: train_logistic(eta, e, st), self.show_model)

    def show_model(self, r: dict) -> None:
        self.result = r
        self.regions.set_points(r["X"], r["y"])
        self.regions.set_regions(r["grid"], r["extent"])
        self.regions.set_line(r["w"])
        w = r["w"]
        self.model_label.setText(f"w = {theme.fmt_vec(w[1:], 2)}, b = {theme.fmt(w[0], 2)}<br>"
                                 + translate("lecture/logistic", "cross-entropy J: {} → {}, {}/{} correct").format(
                                     theme.fmt(r['cost'][0], 3), theme.fmt(r['cost'][-1], 3), r['correct'], r['m']))
        self.mark_ready()


# --- cross-entropy vs squared error ---------------------------------------------------------------
def one_weight_data(seed: int = 0, m: int = 40):
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(-3, 3, m))
    y = (rng.uniform(size=m) < sigmoid(2.0 * x)).astype(float)
    return x, y


def costs_over_w(x: np.ndarray, y: np.ndarray, ws: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """J_SE(w) = (1/m) Σ (σ(wx) − y)² and J_CE(w) = −(1/m) Σ [y log σ + (1 − y) log(1 − σ)]."""
    A = sigmoid(np.outer(ws, x))
    se = np.mean((A - y) ** 2, axis=1)
    Z = np.outer(ws, x)
    ce = np.mean(np.logaddexp(0, Z) - y * Z, axis=1)
    return se, ce


def gradient(x: np.ndarray, y: np.ndarray, w: float, kind: str) -> float:
    """dJ/dw of the squared error ("se") or the cross-entropy ("ce") at one weight w."""
    a = sigmoid(w * x)
    if kind == "se":
        return float(np.mean(2 * (a - y) * a * (1 - a) * x))
    return float(np.mean((a - y) * x))


def descend(x, y, w0: float, alpha: float, steps: int, kind: str) -> np.ndarray:
    ws = [w0]
    for _ in range(steps):
        ws.append(ws[-1] - alpha * gradient(x, y, ws[-1], kind))
    return np.array(ws)


def is_convex(values: np.ndarray) -> bool:
    return bool(np.all(np.diff(values, 2) >= -1e-12))


#: a run is at the minimum when its J is within this share of the curve's range above the lowest J
REACHED = 0.01


class CrossEntropyScene(Scene):
    SETTINGS = {"w0": -6.0, "alpha": 1.0, "steps": 40, "seed": 0}

    def build(self) -> None:
        self.x, self.y = one_weight_data(int(self.settings["seed"]))
        self.ws = np.linspace(-10, 10, 401)
        self.se, self.ce = costs_over_w(self.x, self.y, self.ws)
        main = QHBoxLayout()
        main.setSpacing(theme.px(30))
        self.body.addLayout(main, 1)
        self.se_plot = theme.plot(translate("lecture/logistic", "squared error"), "w", "J(w)", "squaredErrorPlot")
        self.ce_plot = theme.plot(translate("lecture/logistic", "cross-entropy"), "w", "J(w)", "crossEntropyPlot")
        self.se_plot.plot(self.ws, self.se, pen=theme.pen(theme.MUTED, 4))
        self.ce_plot.plot(self.ws, self.ce, pen=theme.pen(theme.MUTED, 4))
        self.se_path = theme.curve(self.se_plot, theme.ACCENT)
        self.ce_path = theme.curve(self.ce_plot, theme.POS)
        formulas = {"se": "J(w) = (1/m) Σ (ŷ − y)²,  ŷ = σ(wx)",
                    "ce": "J(w) = −(1/m) Σ [y log ŷ + (1 − y) log(1 − ŷ)]"}
        for p, name, lab in ((self.se_plot, "se", "seVerdict"), (self.ce_plot, "ce", "ceVerdict")):
            col = QVBoxLayout()
            col.addWidget(theme.label(formulas[name], theme.FORMULA, object_name=f"{name}Formula", wrap=True))
            col.addWidget(p, 1)
            v = theme.label("", theme.BODY, object_name=lab, wrap=True)
            setattr(self, f"{name}_verdict", v)
            col.addWidget(v)
            main.addLayout(col, 1)
        self.w0 = theme.slider(-90, 90, int(round(self.settings["w0"] * 10)), "w0Slider")
        self.w0.valueChanged.connect(self.run)
        self.alpha = theme.spin(float(self.settings["alpha"]), 0.05, 10.0, 0.25, 2, "alphaSpin")
        self.alpha.valueChanged.connect(self.run)
        self.w0_label = theme.label("", theme.NUMBER, bold=True, object_name="w0Value")
        self.w0_label.setMinimumWidth(QFontMetrics(self.w0_label.font()).horizontalAdvance("−9.0") + theme.px(4))
        info = theme.label(translate("lecture/logistic", "m = {} points, one weight w, b = 0").format(len(self.x)), theme.BODY,
                           color=theme.MUTED, wrap=True)
        self.body.addLayout(theme.row(translate("lecture/logistic", "start w₀"), self.w0, self.w0_label, "α", self.alpha, info,
                                      stretch_end=False))

    def on_activate(self) -> None:
        self.run()

    def run(self) -> None:
        w0, a, n = self.w0.value() / 10, self.alpha.value(), int(self.settings["steps"])
        self.w0_label.setText(fixed(w0, 1))
        x, y = self.x, self.y
        self.submit("descend", lambda st: (descend(x, y, w0, a, n, "se"), descend(x, y, w0, a, n, "ce")), self.show_paths)

    def verdict(self, kind: str, path: np.ndarray, values: np.ndarray) -> str:
        """What the plot shows, in words computed from it: convexity, the slope at the start, where
        gradient descent ended and whether that is the bottom of the curve."""
        curve = self.se if kind == "se" else self.ce
        best_w, best_J = float(self.ws[np.argmin(curve)]), float(np.min(curve))
        convex = is_convex(curve)
        slope = abs(gradient(self.x, self.y, float(path[0]), kind))
        end, above = float(path[-1]), float(values[-1]) - best_J
        shape = (f"<b style='color:{theme.readable(theme.POS)}'>" + translate("lecture/logistic", "convex ✓") + "</b>"
                 if convex else
                 f"<b style='color:{theme.readable(theme.ACCENT)}'>" + translate("lecture/logistic", "not convex ✗") + "</b>")
        if above <= REACHED * (float(np.max(curve)) - best_J):
            where = translate("lecture/logistic", "at the minimum (w* ≈ {}) ✓").format(fixed(best_w))
        else:
            where = translate("lecture/logistic", "J still {} above its minimum (at w* ≈ {})").format(theme.fmt(above, 3), fixed(best_w))
        return (translate("lecture/logistic", "{shape}; slope at w₀: |dJ/dw| = {slope}").format(shape=shape, slope=theme.fmt(slope, 3))
                + "<br>" + translate("lecture/logistic", "{steps} steps: w = {w}, J = {J}, {where}").format(
                    steps=len(path) - 1, w=fixed(end), J=fixed(values[-1], 3), where=where))

    def show_paths(self, paths) -> None:
        se_ws, ce_ws = paths
        se_vals, _ = costs_over_w(self.x, self.y, se_ws)
        _, ce_vals = costs_over_w(self.x, self.y, ce_ws)
        self.se_path.setData(se_ws, se_vals)
        self.ce_path.setData(ce_ws, ce_vals)
        self.se_verdict.setText(self.verdict("se", se_ws, se_vals))
        self.ce_verdict.setText(self.verdict("ce", ce_ws, ce_vals))
        self.mark_ready()
