"""Logistic regression: sigmoid, odds and logit; and why cross-entropy rather than squared error."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from desktop_nn.engine.activations import sigmoid
from desktop_nn.engine.classic import LogisticRegressionGD
from desktop_nn.engine.datasets import iris_setosa_versicolor, standardize
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.widgets import RegionPlot, grid_points


def train_logistic(eta: float, epochs: int, state=None) -> dict:
    X, y = iris_setosa_versicolor()
    Xs = standardize(X)[0]
    model = LogisticRegressionGD(epochs=epochs, eta=eta).train(Xs, y)
    pts, extent, n = grid_points(Xs, 150, pad=0.5)
    return {"X": Xs, "y": y, "w": model.w_.copy(), "cost": np.array(model.cost_),
            "grid": model.predict_proba(pts).reshape(n, n), "extent": extent}


class LogisticRegressionScene(Scene):
    SETTINGS = {"z": 1.0, "eta": 0.5, "epochs": 200}

    def build(self) -> None:
        main = QHBoxLayout()
        self.body.addLayout(main, 1)
        left = QVBoxLayout()
        main.addLayout(left, 1)
        self.plot = theme.plot("ŷ = σ(z) = 1 / (1 + e^(−z))   — drag z", "z = wᵀx + b", "σ(z)", "sigmoidPlot")
        zs = np.linspace(-8, 8, 400)
        self.plot.plot(zs, sigmoid(zs), pen=theme.pen(theme.POS, 5))
        self.plot.setYRange(-0.05, 1.05, padding=0)
        self.zline = pg.InfiniteLine(pos=self.settings["z"], angle=90, movable=True, pen=theme.pen(theme.ACCENT, 4),
                                     hoverPen=theme.pen(theme.ACCENT, 7))
        self.pline = pg.InfiniteLine(pos=0.5, angle=0, movable=False, pen=theme.pen(theme.ACCENT, 2, dashed=True))
        self.dot = pg.ScatterPlotItem(size=26, brush=pg.mkBrush(theme.ACCENT), pen=pg.mkPen("k", width=2))
        for it in (self.zline, self.pline, self.dot):
            self.plot.addItem(it)
        self.zline.sigPositionChanged.connect(self.show_z)
        left.addWidget(self.plot, 1)
        self.readout = theme.label("", theme.FORMULA, object_name="oddsReadout", wrap=True)
        left.addWidget(self.readout)
        right = QVBoxLayout()
        main.addLayout(right, 1)
        self.regions = RegionPlot("sepal length [standardized]", "petal length [standardized]",
                                  "P(y = 1 | x) after training", "regionPlot")
        right.addWidget(self.regions, 1)
        self.model_label = theme.label("", theme.BODY, object_name="logisticModel", wrap=True)
        right.addWidget(self.model_label)
        self.eta = theme.spin(float(self.settings["eta"]), 0.01, 5.0, 0.1, 2, "etaSpin")
        self.eta.valueChanged.connect(self.recompute)
        self.body.addLayout(theme.row("large z → σ → 1, small z → σ → 0", theme.label("   α"), self.eta,
                                      theme.label("  LogisticRegressionGD(epochs=200, eta=α)", theme.BODY, color=theme.MUTED, mono=True)))
        self.result = None

    def on_activate(self) -> None:
        self.show_z()
        if self.result is None:
            self.recompute()

    def show_z(self) -> None:
        z = float(np.clip(self.zline.value(), -8, 8))
        p = float(sigmoid(np.array([z]))[0])
        self.dot.setData([z], [p])
        self.pline.setValue(p)
        odds = p / (1 - p) if p < 1 else float("inf")
        self.readout.setText(
            f"z = <b>{z:.2f}</b> &nbsp;→&nbsp; ŷ = σ(z) = <b>{p:.3f}</b> = P(y = 1 | x)<br>"
            f"odds = P / (1 − P) = <b>{theme.fmt(odds, 3)}</b><br>"
            f"logit = log odds = ln({theme.fmt(odds, 3)}) = <b>{np.log(odds):.2f}</b> = z &nbsp;"
            "<span style='color:#444'>(\"logit\" = \"log odds\")</span>")

    def recompute(self) -> None:
        eta, e = self.eta.value(), int(self.settings["epochs"])
        self.submit("train", lambda st: train_logistic(eta, e, st), self.show_model)

    def show_model(self, r: dict) -> None:
        self.result = r
        self.regions.set_points(r["X"], r["y"])
        self.regions.set_regions(r["grid"], r["extent"])
        self.regions.set_line(r["w"])
        w = r["w"]
        self.model_label.setText(f"w = {theme.fmt_vec(w[1:], 2)}, b = {theme.fmt(w[0], 2)}; "
                                 f"cross-entropy J: {r['cost'][0]:.3f} → {r['cost'][-1]:.3f}")
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


def descend(x, y, w0: float, alpha: float, steps: int, kind: str) -> np.ndarray:
    ws = [w0]
    for _ in range(steps):
        w = ws[-1]
        a = sigmoid(w * x)
        if kind == "se":
            grad = np.mean(2 * (a - y) * a * (1 - a) * x)
        else:
            grad = np.mean((a - y) * x)
        ws.append(w - alpha * grad)
    return np.array(ws)


def is_convex(values: np.ndarray) -> bool:
    return bool(np.all(np.diff(values, 2) >= -1e-12))


class CrossEntropyScene(Scene):
    SETTINGS = {"w0": -6.0, "alpha": 1.0, "steps": 40, "seed": 0}

    def build(self) -> None:
        self.x, self.y = one_weight_data(int(self.settings["seed"]))
        self.ws = np.linspace(-10, 10, 401)
        self.se, self.ce = costs_over_w(self.x, self.y, self.ws)
        main = QHBoxLayout()
        self.body.addLayout(main, 1)
        self.se_plot = theme.plot("squared error: (1/m) Σ (σ(wx) − y)²", "w", "J(w)", "squaredErrorPlot")
        self.ce_plot = theme.plot("cross-entropy: −(1/m) Σ [y log ŷ + (1−y) log(1−ŷ)]", "w", "J(w)", "crossEntropyPlot")
        self.se_plot.plot(self.ws, self.se, pen=theme.pen("#555555", 4))
        self.ce_plot.plot(self.ws, self.ce, pen=theme.pen("#555555", 4))
        self.se_path = theme.curve(self.se_plot, theme.ACCENT)
        self.ce_path = theme.curve(self.ce_plot, theme.POS)
        for p, name, lab in ((self.se_plot, "se", "seVerdict"), (self.ce_plot, "ce", "ceVerdict")):
            col = QVBoxLayout()
            col.addWidget(p, 1)
            v = theme.label("", theme.BODY + 2, bold=True, object_name=lab, wrap=True)
            setattr(self, f"{name}_verdict", v)
            col.addWidget(v)
            main.addLayout(col, 1)
        self.w0 = theme.slider(-90, 90, int(self.settings["w0"] * 10), "w0Slider")
        self.w0.valueChanged.connect(self.run)
        self.alpha = theme.spin(float(self.settings["alpha"]), 0.05, 10.0, 0.25, 2, "alphaSpin")
        self.alpha.valueChanged.connect(self.run)
        self.w0_label = theme.label("", theme.BODY, bold=True)
        self.body.addLayout(theme.row("start w₀", self.w0, self.w0_label, "α", self.alpha,
                                      theme.label(f"  m = {len(self.x)} points, one weight, b = 0", theme.BODY, color=theme.MUTED)))

    def on_activate(self) -> None:
        self.run()

    def run(self) -> None:
        w0, a, n = self.w0.value() / 10, self.alpha.value(), int(self.settings["steps"])
        self.w0_label.setText(f"{w0:.1f}")
        x, y = self.x, self.y
        self.submit("descend", lambda st: (descend(x, y, w0, a, n, "se"), descend(x, y, w0, a, n, "ce")), self.show_paths)

    def show_paths(self, paths) -> None:
        se_ws, ce_ws = paths
        se_vals, _ = costs_over_w(self.x, self.y, se_ws)
        _, ce_vals = costs_over_w(self.x, self.y, ce_ws)
        self.se_path.setData(se_ws, se_vals)
        self.ce_path.setData(ce_ws, ce_vals)
        best = self.ws[np.argmin(self.ce)]
        n = len(se_ws) - 1
        self.se_verdict.setText(("convex ✓" if is_convex(self.se) else "NOT convex ✗ — flat where σ saturates")
                                + f"<br>after {n} steps: w = {se_ws[-1]:.2f}, J = {se_vals[-1]:.3f}")
        self.ce_verdict.setText(("convex ✓ — one minimum" if is_convex(self.ce) else "not convex")
                                + f" (w* ≈ {best:.2f})<br>after {n} steps: w = {ce_ws[-1]:.2f}, J = {ce_vals[-1]:.3f}")
        self.mark_ready()
