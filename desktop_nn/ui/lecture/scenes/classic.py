"""The chapter's single neurons on Iris: the perceptron rule, its failure on non-separable data,
and Adaline's delta rule on the SSE cost surface.

Every number comes from :mod:`desktop_nn.engine.classic` — the same classes the README shows —
trained in the lecture's worker thread; the scene then plays the epochs back.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from desktop_nn.engine.classic import AdalineGD, Perceptron
from desktop_nn.engine.datasets import GENERATORS, iris_setosa_versicolor, iris_xy, standardize
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.widgets import EpochPlayer, RegionPlot, grid_points


# --- computations (run in the worker; no Qt) ------------------------------------------------------
def load_dataset(name: str) -> tuple[np.ndarray, np.ndarray, tuple[str, str]]:
    """(X, y in ±1, axis names) for the datasets these scenes offer."""
    if name == "setosa-versicolor":
        X, y = iris_setosa_versicolor()
        return X, y, ("sepal length [cm]", "petal length [cm]")
    if name == "versicolor-virginica":
        X, y = iris_xy(("Iris-versicolor", "Iris-virginica"))
        return X, np.where(y == 0, -1, 1), ("sepal length [cm]", "petal length [cm]")
    if name in GENERATORS:
        X, y = GENERATORS[name](100, noise=0.1, seed=0)
        return X, np.where(y == 0, -1, 1), ("x₁", "x₂")
    raise ValueError(f"unknown dataset '{name}'")


def perceptron_history(X: np.ndarray, y: np.ndarray, eta: float, epochs: int, state=None) -> dict:
    """Weights after each epoch k = 0…E and errors_ of the engine's Perceptron, one epoch at a time."""
    model = Perceptron(eta=eta, epochs=epochs).initialize(X.shape[1])
    weights = [model.w_.copy()]
    for _ in range(epochs):
        if state is not None:
            state.check()
        model.train_epoch(X, y)
        weights.append(model.w_.copy())
    errors = list(model.errors_)
    pts, extent, n = grid_points(X, 160)
    return {"weights": np.array(weights), "errors": errors, "grid": pts, "extent": extent, "n": n}


def adaline_epochs(X: np.ndarray, y: np.ndarray, alpha: float, epochs: int, state=None):
    """(weights after 0…E epochs (E+1, n+1), cost_ (E,)) of the engine's AdalineGD, epoch by epoch."""
    model = AdalineGD(alpha=alpha, epochs=epochs).initialize(X.shape[1])
    weights = [model.w_.copy()]
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(epochs):
            if state is not None:
                state.check()
            model.train_epoch(X, y)
            weights.append(model.w_.copy())
    return np.array(weights), np.array(model.cost_, dtype=float)


def adaline_history(X: np.ndarray, y: np.ndarray, alpha: float, epochs: int, state=None) -> dict:
    """Weights after each epoch (AdalineGD trained k epochs), cost_, and the SSE surface over (w1, w2)."""
    weights, cost = adaline_epochs(X, y, alpha, epochs, state)
    # SSE over (w1, w2) with the bias at its final value: the bowl gradient descent walks down
    span = max(1.5, float(np.abs(weights[:, 1:]).max()) * 1.3)
    w1s = np.linspace(-span, span, 140)
    w2s = np.linspace(-span, span, 140)
    W1, W2 = np.meshgrid(w1s, w2s)
    b = weights[-1, 0]
    Z = b + X[:, 0][:, None, None] * W1 + X[:, 1][:, None, None] * W2      # (m, ny, nx)
    J = 0.5 * ((y[:, None, None] - Z) ** 2).sum(axis=0)
    # the cost after the last update, so the curve has E + 1 points: J(w after 0…E epochs)
    w = weights[-1]
    last = 0.5 * float(((y - (X @ w[1:] + w[0])) ** 2).sum())
    return {"weights": weights, "cost": list(cost) + [last], "surface": J, "span": span}


# --- scenes ----------------------------------------------------------------------------------------
class PerceptronRuleScene(Scene):
    """Perceptron(epochs, eta).train(X, y) on Iris; the boundary and errors_ epoch by epoch."""

    SETTINGS = {"epochs": 10, "eta": 0.1, "dataset": "setosa-versicolor", "autoplay": False}

    def build(self) -> None:
        s = self.settings
        self.X, self.y, names = load_dataset(s["dataset"])
        main = QHBoxLayout()
        self.body.addLayout(main, 1)
        self.regions = RegionPlot(names[0], names[1], "decision regions", "regionPlot")
        self.regions.set_points(self.X, self.y)
        main.addWidget(self.regions, 5)
        right = QVBoxLayout()
        main.addLayout(right, 4)
        self.errors_plot = theme.plot("misclassifications per epoch", "epoch", "misclassifications", "errorsPlot")
        self.errors_curve = theme.curve(self.errors_plot, theme.ACCENT)
        self.errors_curve.setObjectName("errorsCurve")
        right.addWidget(self.errors_plot, 3)
        self.weights_label = theme.label("w = …", theme.NUMBER, bold=True, object_name="weightsLabel")
        self.errors_label = theme.label("", theme.BODY + 2, object_name="errorsLabel", wrap=True)
        self.rule = theme.label("w<sub>j</sub> := w<sub>j</sub> + η (y′<sup>(i)</sup> − y<sup>(i)</sup>) x<sub>j</sub><sup>(i)</sup>"
                                "  &nbsp;<span style='color:#444'>逐漸改變權重</span>", theme.FORMULA)
        for w in (self.rule, self.weights_label, self.errors_label):
            right.addWidget(w)
        self.player = EpochPlayer(self)
        self.player.epochChanged.connect(self.show_epoch)
        self.eta = theme.spin(float(s["eta"]), 0.001, 1.0, 0.05, 3, "etaSpin")
        self.epochs = theme.spin(int(s["epochs"]), 1, 200, 1, object_name="epochsSpin")
        self.eta.valueChanged.connect(self.recompute)
        self.epochs.valueChanged.connect(self.recompute)
        self.body.addLayout(theme.row(self.player, stretch_end=False))
        self.body.addLayout(theme.row("η (eta)", self.eta, "epochs", self.epochs,
                                      theme.label("  Perceptron(epochs, eta).train(X, y)", theme.BODY, color=theme.MUTED, mono=True)))
        self.history = None

    def on_activate(self) -> None:
        if self.history is None:
            self.recompute()

    def recompute(self) -> None:
        X, y, eta, epochs = self.X, self.y, self.eta.value(), self.epochs.value()
        self.player.stop()
        self.submit("history", lambda st: perceptron_history(X, y, eta, epochs, st), self.set_history)

    def set_history(self, h: dict) -> None:
        self.history = h
        self.clear_error()
        self.player.set_range(len(h["errors"]), epoch=0 if self.settings["autoplay"] else None)
        if self.settings["autoplay"]:
            self.player.toggle_play()
        self.mark_ready()

    def show_epoch(self, k: int) -> None:
        h = self.history
        if h is None:
            return
        w = h["weights"][k]
        z = h["grid"] @ w[1:] + w[0]
        n = h["n"]
        self.regions.set_regions((z >= 0).astype(float).reshape(n, n) * 0.9 + 0.05, h["extent"])
        self.regions.set_line(w)
        pred = np.where(self.X @ w[1:] + w[0] >= 0, 1, -1)
        self.regions.set_wrong(self.X[pred != self.y])
        errs = h["errors"][:k]
        self.errors_curve.setData(np.arange(1, k + 1), errs)
        self.errors_plot.setXRange(0.5, len(h["errors"]) + 0.5, padding=0)
        self.errors_plot.setYRange(-0.3, max(h["errors"]) + 0.5, padding=0)
        self.weights_label.setText(f"w = {theme.fmt_vec(w, 3)}")
        if k == 0:
            self.errors_label.setText("Weights start at 0. Press ▶ Play to train epoch by epoch.")
        else:
            first_zero = next((i + 1 for i, e in enumerate(h["errors"]) if e == 0), None)
            text = f"epoch {k}: <b>{errs[-1]}</b> misclassified while training"
            if first_zero is not None and k >= first_zero:
                text += f"<br>converged: no error from epoch {first_zero} on"
            self.errors_label.setText(text)


class PerceptronNonSeparableScene(PerceptronRuleScene):
    """The same rule on overlapping classes: the errors never reach 0, the line never settles."""

    SETTINGS = {"epochs": 50, "eta": 0.1, "dataset": "gaussians", "autoplay": True}

    def build(self) -> None:
        super().build()
        self.errors_plot.getPlotItem().setTitle("misclassifications per epoch — never 0",
                                                size=f"{theme.AXIS_LABEL + 2}pt", color=theme.TEXT)
        self.dataset = theme.combo(["gaussians", "versicolor-virginica", "xor"], "datasetCombo")
        self.dataset.setCurrentText(self.settings["dataset"])
        self.dataset.currentTextChanged.connect(self.change_dataset)
        self.body.itemAt(self.body.count() - 1).layout().insertWidget(0, self.dataset)
        self.player.timer.setInterval(160)

    def change_dataset(self, name: str) -> None:
        self.X, self.y, names = load_dataset(name)
        self.regions.set_points(self.X, self.y)
        self.regions.extent = None
        self.regions.plot.setLabel("bottom", names[0])
        self.regions.plot.setLabel("left", names[1])
        self.recompute()

    def show_epoch(self, k: int) -> None:
        super().show_epoch(k)
        h = self.history
        if h and k == len(h["errors"]):
            self.errors_label.setText(f"after {k} epochs still <b>{h['errors'][-1]}</b> misclassified: "
                                      "not linearly separable → the perceptron does NOT converge")


class AdalineScene(Scene):
    """Adaline's delta rule: batch gradient descent on J(w) = ½ Σ (y′ − y)², on standardised Iris."""

    SETTINGS = {"epochs": 15, "alpha": 0.01, "standardize": True}

    def build(self) -> None:
        X, y = iris_setosa_versicolor()
        if self.settings["standardize"]:
            X = standardize(X)[0]
        self.X, self.y = X, y
        main = QHBoxLayout()
        self.body.addLayout(main, 1)
        self.surface = theme.plot("SSE cost J(w₁, w₂) and the path of gradient descent", "w₁", "w₂", "surfacePlot")
        self.surface.getPlotItem().setAspectLocked(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.surface.addItem(self.image)
        self.path = theme.curve(self.surface, theme.ACCENT)
        self.here = pg.ScatterPlotItem(size=30, symbol="o", brush=pg.mkBrush(theme.ACCENT), pen=pg.mkPen("k", width=2))
        self.surface.addItem(self.here)
        main.addWidget(self.surface, 5)
        right = QVBoxLayout()
        main.addLayout(right, 4)
        self.cost_plot = theme.plot("J(w) = ½ Σ (y′ − y)²  per epoch", "epoch", "sum-squared-error", "costPlot")
        self.cost_curve = theme.curve(self.cost_plot, theme.POS)
        right.addWidget(self.cost_plot, 3)
        right.addWidget(theme.label("Δw<sub>j</sub> = −α ∂J/∂w<sub>j</sub> = α Σ<sub>i</sub> (y′<sup>(i)</sup> − y<sup>(i)</sup>) x<sub>j</sub><sup>(i)</sup>",
                                    theme.FORMULA))
        self.numbers = theme.label("", theme.BODY + 2, object_name="adalineNumbers", wrap=True)
        right.addWidget(self.numbers)
        self.player = EpochPlayer(self)
        self.player.epochChanged.connect(self.show_epoch)
        self.alpha = theme.spin(float(self.settings["alpha"]), 0.0001, 0.05, 0.001, 4, "alphaSpin")
        self.epochs = theme.spin(int(self.settings["epochs"]), 1, 100, 1, object_name="epochsSpin")
        self.alpha.valueChanged.connect(self.recompute)
        self.epochs.valueChanged.connect(self.recompute)
        self.body.addLayout(theme.row(self.player, stretch_end=False))
        self.body.addLayout(theme.row("learning rate α", self.alpha, "epochs", self.epochs,
                                      theme.label("  g(z) = z: a real output, not a class — 降低SSE", theme.BODY, color=theme.MUTED)))
        self.history = None

    def on_activate(self) -> None:
        if self.history is None:
            self.recompute()

    def recompute(self) -> None:
        X, y, a, e = self.X, self.y, self.alpha.value(), self.epochs.value()
        self.player.stop()
        self.submit("history", lambda st: adaline_history(X, y, a, e, st), self.set_history)

    def set_history(self, h: dict) -> None:
        self.history = h
        J, span = h["surface"], h["span"]
        levels = np.log10(J + 1e-9)
        norm = (levels - levels.min()) / max(1e-12, np.ptp(levels))
        self.image.setImage(self._bowl_image(norm), autoLevels=False)
        self.image.setRect(QRectF(-span, -span, 2 * span, 2 * span))
        self.surface.setRange(xRange=(-span, span), yRange=(-span, span), padding=0)
        self.player.set_range(len(h["cost"]) - 1, epoch=0)
        self.player.toggle_play()
        self.mark_ready()

    @staticmethod
    def _bowl_image(norm: np.ndarray) -> np.ndarray:
        """Low cost white, high cost deep blue, with contour bands every 10%."""
        bands = (np.floor(norm * 10) % 2) * 0.06
        t = np.clip(norm * 0.8 + bands, 0, 1)[..., None]
        blue = np.array([0, 114, 178], float)
        rgb = 255 + (blue - 255) * t
        img = np.empty(norm.shape + (4,), np.uint8)
        img[..., :3] = rgb.astype(np.uint8)
        img[..., 3] = 255
        return img

    def show_epoch(self, k: int) -> None:
        h = self.history
        if h is None:
            return
        W = h["weights"][: k + 1]
        self.path.setData(W[:, 1], W[:, 2])
        self.here.setData([W[-1, 1]], [W[-1, 2]])
        cost = h["cost"][: k + 1]
        self.cost_curve.setData(np.arange(len(cost)), cost)
        self.cost_plot.setXRange(0, len(h["cost"]) - 1)
        self.cost_plot.setYRange(0, max(h["cost"]) * 1.05)
        w = h["weights"][k]
        if k > 0:
            dw = h["weights"][k] - h["weights"][k - 1]
            step = f"Δw = {theme.fmt_vec(dw, 3)}<br>"
        else:
            step = "w starts at 0<br>"
        acc = int((np.where(self.X @ w[1:] + w[0] >= 0, 1, -1) == self.y).sum())
        self.numbers.setText(f"{step}w = {theme.fmt_vec(w, 3)}<br>J = <b>{theme.fmt(cost[-1], 2)}</b>, "
                             f"{acc}/{len(self.y)} correct")
