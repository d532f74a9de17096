"""The chapter's single neurons on Iris: the perceptron rule, its failure on non-separable data,
and Adaline's delta rule on the SSE cost surface.

Every number comes from :mod:`desktop_nn.engine.classic` — the same classes the README shows —
trained in the lecture's worker thread; the scene then plays the epochs back.

Two bookkeeping facts of the slides' classes decide what a label may say:

* the perceptron's ``errors_[k]`` counts the *updates made during* epoch k (a sample is updated
  when it is misclassified at the moment it is visited), while the crosses on the regions mark
  the samples the weights misclassify *after* the epoch — both are shown, each named for what it is;
* AdalineGD's ``cost_[k]`` is the SSE computed inside epoch k *before* its step, so the slides'
  last value (2.58 on standardised Iris after 15 epochs) is the SSE of the weights after 14 steps;
  the SSE after the 15th step (2.53) is shown beside it.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop_nn.engine.classic import AdalineGD, Perceptron
from desktop_nn.engine.datasets import GENERATORS, iris_setosa_versicolor, iris_xy, standardize
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.training import train_epochs
from desktop_nn.ui.lecture.players import EpochPlayer
from desktop_nn.ui.lecture.widgets import RegionPlot, grid_points


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


def predict(X: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The unit step on z = w₀ + w₁x₁ + w₂x₂: +1 where z ≥ 0, else −1 (the slides' predict)."""
    with np.errstate(over="ignore", invalid="ignore"):
        return np.where(X @ w[1:] + w[0] >= 0.0, 1, -1)


def perceptron_history(X: np.ndarray, y: np.ndarray, eta: float, epochs: int, state=None) -> dict:
    """Weights after each epoch k = 0…E and errors_ of the engine's Perceptron, one epoch at a time."""
    model = Perceptron(eta=eta, epochs=epochs)
    weights = train_epochs(model, X, y, epochs, state)
    errors = list(model.errors_)
    pts, extent, n = grid_points(X, 160)
    return {"weights": np.array(weights), "errors": errors, "grid": pts, "extent": extent, "n": n,
            "X": X, "y": y}


def adaline_epochs(X: np.ndarray, y: np.ndarray, alpha: float, epochs: int, state=None):
    """(weights after 0…E epochs (E+1, n+1), cost_ (E,)) of the engine's AdalineGD, epoch by epoch.

    ``cost_[k]`` is the slides' record: the SSE computed in epoch k+1 before its step."""
    model = AdalineGD(alpha=alpha, epochs=max(1, epochs))
    return train_epochs(model, X, y, epochs, state), np.array(model.cost_, dtype=float)


def sse(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    """J(w) = ½ Σ (y′ − w₀ − Xw)², Adaline's cost for the weights w."""
    with np.errstate(over="ignore", invalid="ignore"):
        return 0.5 * float(((y - (X @ w[1:] + w[0])) ** 2).sum())


SURFACE_REACH = 2.5     # the SSE surface covers ±2.5 × the half-width of the square in view


def adaline_history(X: np.ndarray, y: np.ndarray, alpha: float, epochs: int, state=None) -> dict:
    """Weights after each epoch, the slides' cost_, the SSE after each epoch and the SSE surface
    over (w₁, w₂) with the bias at its final value."""
    weights, cost = adaline_epochs(X, y, alpha, epochs, state)
    # SSE over (w1, w2) with the bias at its final value: the bowl gradient descent walks down
    finite = weights[np.all(np.isfinite(weights), axis=1)]
    span = min(50.0, max(1.5, float(np.abs(finite[:, 1:]).max()) * 1.3))
    # computed well beyond the ±span square shown, so a plot wider (or taller) than square stays filled
    reach = SURFACE_REACH * span
    w1s = np.linspace(-reach, reach, 240)
    w2s = np.linspace(-reach, reach, 240)
    W1, W2 = np.meshgrid(w1s, w2s)
    b = finite[-1, 0]
    Z = b + X[:, 0][:, None, None] * W1 + X[:, 1][:, None, None] * W2      # (m, ny, nx)
    J = 0.5 * ((y[:, None, None] - Z) ** 2).sum(axis=0)
    after = np.array([sse(X, y, w) for w in weights])                      # J(w after 0…E epochs)
    return {"weights": weights, "cost": cost, "after": after, "surface": J, "span": span, "reach": reach,
            "params": (alpha, epochs)}


def sse_minimum(X: np.ndarray, y: np.ndarray) -> float:
    """The smallest SSE ½ Σ (y − w₀ − wᵀx)² any weights reach on this data: the least-squares fit,
    where Adaline's gradient descent is heading (the same for raw or standardised features)."""
    A = np.column_stack([np.ones(len(X)), X])
    w, *_ = np.linalg.lstsq(A, np.asarray(y, dtype=float), rcond=None)
    r = y - A @ w
    return 0.5 * float(r @ r)


#: a run "converges" once its SSE is within this share above the least-squares minimum
CONVERGED_WITHIN = 0.10


def cost_verdict(cost, minimum: float) -> str:
    """What a cost curve does, read from the curve and the minimum it heads for: "diverges" when it
    grows (at its end or overall) or overflows, "converges" when it ends within 10 % of the
    least-squares ``minimum``, else "crawls" (it falls, but is still far from the minimum)."""
    c = np.asarray(cost, dtype=float)
    if len(c) < 2:
        return ""
    if not np.all(np.isfinite(c)) or c[-1] > c[-2] or c[-1] > c[0]:
        return "diverges"
    if c[-1] <= minimum * (1 + CONVERGED_WITHIN) + 1e-12:
        return "converges"
    return "crawls"


def verdict_reason(cost, minimum: float, verdict: str) -> str:
    """The verdict's reason in words, from the same numbers: "grows", "4.4× its minimum 2.44",
    "within 6 % of its minimum 2.44"."""
    if verdict == "diverges":
        return "grows"
    last = float(np.asarray(cost, dtype=float)[-1])
    if verdict == "converges":
        return f"within {100 * (last / minimum - 1):.0f} % of its minimum {minimum:.2f}"
    return f"{last / minimum:.1f}× its minimum {minimum:.2f}"


def sse_lines(k: int, cost: np.ndarray, after: np.ndarray, correct: int, m: int) -> str:
    """Adaline's numbers at epoch k, each named for what it is (rich text, two lines): the slides'
    cost_ of the epoch (the SSE before its step) and the SSE after the step."""
    if k == 0:
        return f"w = 0: SSE = <b>{theme.fmt(after[0], 2)}</b>, {correct}/{m} correct"
    return (f"epoch {k}: cost_ = <b>{theme.fmt(cost[k - 1], 2)}</b> (SSE before its step)<br>"
            f"after the step: SSE = <b>{theme.fmt(after[k], 2)}</b>, {correct}/{m} correct")


def rate(x: float) -> str:
    """A learning rate as the slides write it: 0.01, 0.0001, 0.00001 (never 1e-05)."""
    return np.format_float_positional(round(float(x), 8), trim="-")


def set_plot_title(plot: pg.PlotWidget, text: str) -> None:
    plot.getPlotItem().setTitle(text, size=theme.css_px(theme.AXIS_LABEL), color=theme.TEXT, bold=True)


def set_axis_label(plot: pg.PlotWidget, side: str, text: str) -> None:
    plot.getPlotItem().setLabel(side, text, **{"font-size": theme.css_px(theme.AXIS_LABEL), "color": theme.TEXT})


def stack(*items, stretch_first: bool = True) -> QVBoxLayout:
    """A column: the first item (a plot) takes the spare height, the labels under it their own."""
    col = QVBoxLayout()
    col.setSpacing(theme.px(8))
    for i, it in enumerate(items):
        if isinstance(it, QWidget):
            col.addWidget(it, 1 if (i == 0 and stretch_first) else 0)
        else:
            col.addLayout(it)
    return col


def side_by_side(body: QVBoxLayout, left: QVBoxLayout, right: QVBoxLayout, stretch=(5, 4)) -> None:
    """Two columns (each a plot with its labels under it) filling the scene's height."""
    main = QHBoxLayout()
    main.setSpacing(theme.px(28))
    main.addLayout(left, stretch[0])
    main.addLayout(right, stretch[1])
    body.addLayout(main, 1)


# --- scenes ----------------------------------------------------------------------------------------
RULE = ("w<sub>j</sub> := w<sub>j</sub> + η (y′<sup>(i)</sup> − y<sup>(i)</sup>) x<sub>j</sub><sup>(i)</sup>"
        f" &nbsp;<span style='color:{theme.MUTED}'>逐漸改變權重</span>")
DELTA_RULE = ("Δw<sub>j</sub> = −α ∂J/∂w<sub>j</sub> = α Σ<sub>i</sub> (y′<sup>(i)</sup> − y<sup>(i)</sup>) "
              "x<sub>j</sub><sup>(i)</sup>")


class PerceptronRuleScene(Scene):
    """Perceptron(epochs, eta).train(X, y) on Iris; the boundary and errors_ epoch by epoch."""

    SETTINGS = {"epochs": 10, "eta": 0.1, "dataset": "setosa-versicolor", "autoplay": False}
    ERRORS_TITLE = "errors_: updates per epoch"

    def build(self) -> None:
        s = self.settings
        self.dataset_name = s["dataset"]
        self.X, self.y, names = load_dataset(self.dataset_name)
        self.regions = RegionPlot(names[0], names[1], "decision regions, ✕ = misclassified", "regionPlot")
        self.regions.set_points(self.X, self.y)
        self.rule = theme.label(RULE, theme.FORMULA, wrap=True)
        self.code = theme.label("", theme.CODE, color=theme.MUTED, object_name="perceptronCode", mono=True, wrap=True)
        self.errors_plot = theme.plot(self.ERRORS_TITLE, "epoch", "updates", "errorsPlot")
        self.errors_curve = theme.curve(self.errors_plot, theme.ACCENT)
        self.errors_curve.setObjectName("errorsCurve")
        self.weights_label = theme.label("w = …", theme.NUMBER, bold=True, object_name="weightsLabel", wrap=True)
        self.errors_label = theme.label("", theme.BODY, object_name="errorsLabel", wrap=True)
        self.wrong_label = theme.label("", theme.BODY, object_name="wrongLabel", wrap=True)
        side_by_side(self.body, stack(self.regions, self.rule, self.code),
                     stack(self.errors_plot, self.weights_label, self.errors_label, self.wrong_label))
        self.player = EpochPlayer(self)
        self.player.epochChanged.connect(self.show_epoch)
        self.body.addWidget(self.player)
        self.eta = theme.spin(float(s["eta"]), 0.001, 1.0, 0.05, 3, "etaSpin")
        self.epochs = theme.spin(int(s["epochs"]), 1, 200, 1, object_name="epochsSpin")
        self.eta.valueChanged.connect(self.recompute)
        self.epochs.valueChanged.connect(self.recompute)
        self.settings_row = theme.row("η (eta)", self.eta, "epochs", self.epochs)
        self.body.addLayout(self.settings_row)
        self.history = None

    def params(self) -> tuple:
        return (self.dataset_name, self.eta.value(), self.epochs.value())

    def on_activate(self) -> None:
        # also when a recomputation was cancelled by leaving the scene: never show stale results
        if self.history is None or self.history["params"] != self.params():
            self.recompute()

    def recompute(self) -> None:
        X, y, eta, epochs = self.X, self.y, self.eta.value(), self.epochs.value()
        params = self.params()
        self.player.stop()

        def run(st):
            h = perceptron_history(X, y, eta, epochs, st)
            h["params"] = params
            return h
        self.submit("history", run, self.set_history)

    def set_history(self, h: dict) -> None:
        self.history = h
        self.clear_error()
        self.regions.set_points(h["X"], h["y"])
        eta, epochs = h["params"][1], h["params"][2]
        self.code.setText(f"Perceptron(epochs={epochs}, eta={rate(eta)}).train(X, y)")
        never = 0 not in h["errors"]
        set_plot_title(self.errors_plot, "errors_: never 0" if never else self.ERRORS_TITLE)
        self.player.set_range(len(h["errors"]), epoch=0 if self.settings["autoplay"] else None)
        if self.settings["autoplay"]:
            self.player.start()
        self.mark_ready()

    def show_epoch(self, k: int) -> None:
        h = self.history
        if h is None:
            return
        X, y = h["X"], h["y"]
        w = h["weights"][k]
        z = h["grid"] @ w[1:] + w[0]
        n = h["n"]
        self.regions.set_regions((z >= 0).astype(float).reshape(n, n) * 0.9 + 0.05, h["extent"])
        self.regions.set_line(w)
        wrong = X[predict(X, w) != y]
        self.regions.set_wrong(wrong)
        errs = h["errors"][:k]
        self.errors_curve.setData(np.arange(1, k + 1), errs)
        self.errors_plot.setXRange(0.5, len(h["errors"]) + 0.5, padding=0)
        self.errors_plot.setYRange(-0.3, max(h["errors"]) + 0.5, padding=0)
        self.weights_label.setText(f"w = {theme.fmt_vec(w, 3)}")
        m = len(y)
        if k == 0:
            self.errors_label.setText("before training: w = 0. ▶ Play (P) trains epoch by epoch.")
            self.wrong_label.setText(f"w = 0 misclassifies <b>{len(wrong)}</b> of {m} (✕)")
            return
        text = f"epoch {k}: errors_ = <b>{errs[-1]}</b> (updates during it)"
        first_zero = next((i + 1 for i, e in enumerate(h["errors"]) if e == 0), None)
        if first_zero is not None and k >= first_zero:
            text += f"<br>no update from epoch {first_zero} on: converged"
        elif first_zero is None and k == len(h["errors"]):
            text += f"<br>never 0 in {k} epochs: it does not converge"
        self.errors_label.setText(text)
        self.wrong_label.setText(f"w after epoch {k} misclassifies <b>{len(wrong)}</b> of {m} (✕)")


class PerceptronNonSeparableScene(PerceptronRuleScene):
    """The same rule on overlapping classes: the errors never reach 0, the line never settles."""

    SETTINGS = {"epochs": 50, "eta": 0.1, "dataset": "gaussians", "autoplay": True}

    def build(self) -> None:
        super().build()
        self.dataset = theme.combo(["gaussians", "versicolor-virginica", "xor"], "datasetCombo")
        self.dataset.setCurrentText(self.settings["dataset"])
        self.dataset.currentTextChanged.connect(self.change_dataset)
        self.settings_row.insertWidget(0, self.dataset)

    def change_dataset(self, name: str) -> None:
        self.dataset_name = name
        self.X, self.y, names = load_dataset(name)
        self.regions.extent = None
        set_axis_label(self.regions.plot, "bottom", names[0])
        set_axis_label(self.regions.plot, "left", names[1])
        self.recompute()


class AdalineScene(Scene):
    """Adaline's delta rule: batch gradient descent on J(w) = ½ Σ (y′ − y)², on standardised Iris."""

    SETTINGS = {"epochs": 15, "alpha": 0.01, "standardize": True}

    def build(self) -> None:
        X, y = iris_setosa_versicolor()
        self.standardised = bool(self.settings["standardize"])
        if self.standardised:
            X = standardize(X)[0]
        self.X, self.y = X, y
        self.surface = theme.plot("J(w₁, w₂) and the descent path", "w₁", "w₂", "surfacePlot")
        self.surface.getPlotItem().setAspectLocked(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.surface.addItem(self.image)
        self.path = theme.curve(self.surface, theme.ACCENT)
        self.here = pg.ScatterPlotItem(size=theme.px(30), symbol="o", brush=pg.mkBrush(theme.ACCENT),
                                       pen=pg.mkPen("k", width=max(1, theme.px(2))))
        self.surface.addItem(self.here)
        self.surface.getPlotItem().getViewBox().sigResized.connect(self._fit_surface)
        self.code = theme.label("", theme.CODE, color=theme.MUTED, object_name="adalineCode", mono=True, wrap=True)
        self.cost_plot = theme.plot("cost_ (sum-squared-error)", "epoch", "SSE", "costPlot")
        self.cost_curve = theme.curve(self.cost_plot, theme.POS)
        self.weights_label = theme.label("", theme.NUMBER, bold=True, object_name="adalineWeights", wrap=True)
        self.numbers = theme.label("", theme.BODY, object_name="adalineNumbers", wrap=True)
        side_by_side(self.body, stack(self.surface, theme.label(DELTA_RULE, theme.FORMULA, wrap=True), self.code),
                     stack(self.cost_plot, self.weights_label, self.numbers))
        self.player = EpochPlayer(self)
        self.player.epochChanged.connect(self.show_epoch)
        self.body.addWidget(self.player)
        self.alpha = theme.spin(float(self.settings["alpha"]), 0.0001, 0.05, 0.001, 4, "alphaSpin")
        self.epochs = theme.spin(int(self.settings["epochs"]), 1, 100, 1, object_name="epochsSpin")
        self.alpha.valueChanged.connect(self.recompute)
        self.epochs.valueChanged.connect(self.recompute)
        self.body.addLayout(theme.row("learning rate α", self.alpha, "epochs", self.epochs))
        self.history = None

    def on_activate(self) -> None:
        if self.history is None or self.history["params"] != (self.alpha.value(), self.epochs.value()):
            self.recompute()

    def recompute(self) -> None:
        X, y, a, e = self.X, self.y, self.alpha.value(), self.epochs.value()
        self.player.stop()
        self.submit("history", lambda st: adaline_history(X, y, a, e, st), self.set_history)

    def _fit_surface(self, *_):
        """With the aspect locked, show the whole square of the bowl whatever the plot's shape."""
        if self.history is not None:
            span = self.history["span"]
            self.surface.getPlotItem().getViewBox().setRange(xRange=(-span, span), yRange=(-span, span), padding=0)

    def set_history(self, h: dict) -> None:
        self.history = h
        J, span = h["surface"], h["span"]
        levels = np.log10(J + 1e-9)
        # the colours span the levels of the ±span square in view; outside it they saturate
        axis = np.abs(np.linspace(-h["reach"], h["reach"], J.shape[0])) <= span
        shown = levels[np.ix_(axis, axis)]
        norm = np.clip((levels - shown.min()) / max(1e-12, np.ptp(shown)), 0, 1)
        self.image.setImage(self._bowl_image(norm), autoLevels=False)
        reach = h["reach"]
        self.image.setRect(QRectF(-reach, -reach, 2 * reach, 2 * reach))
        self._fit_surface()
        alpha, epochs = h["params"]
        data = "X_std" if self.standardised else "X"
        self.code.setText(f"AdalineGD(epochs={epochs}, alpha={rate(alpha)}).train({data}, y)")
        self.player.set_range(len(h["cost"]), epoch=0)
        self.player.start()
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
        cost = h["cost"]
        # the slides' plot: cost_ of epochs 1…k, each the SSE computed before that epoch's step
        self.cost_curve.setData(np.arange(1, k + 1), cost[:k])
        self.cost_plot.setXRange(0.5, len(cost) + 0.5, padding=0)
        finite = cost[np.isfinite(cost)]
        self.cost_plot.setYRange(0, (finite.max() if len(finite) else 1.0) * 1.05, padding=0)
        w = h["weights"][k]
        correct = int((predict(self.X, w) == self.y).sum())
        self.weights_label.setText(f"w = {theme.fmt_vec(w, 3)}")
        self.numbers.setText(sse_lines(k, cost, h["after"], correct, len(self.y)))
