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
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF

from desktop_nn.engine.datasets import GENERATORS, iris_setosa_versicolor, iris_xy, standardize
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.players import EpochScene
from desktop_nn.ui.lecture.scenes.layout import side_by_side, stack
from desktop_nn.ui.lecture.scenes.single_neuron import (
    adaline_epochs,
    first_error_free_epoch,
    perceptron_history,
    predict,
    rate,
    show_cost,
    show_errors,
    show_linear_model,
    sse,
    sse_lines,
)
from desktop_nn.ui.lecture.widgets import RegionPlot

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


# --- computations (run in the worker; no Qt) ------------------------------------------------------
def load_dataset(name: str) -> tuple[np.ndarray, np.ndarray, tuple[str, str]]:
    """(X, y in ±1, axis names) for the datasets these scenes offer."""
    if name == "setosa-versicolor":
        X, y = iris_setosa_versicolor()
        return X, y, (translate("Lecture", "sepal length [cm]"), translate("Lecture", "petal length [cm]"))
    if name == "versicolor-virginica":
        X, y = iris_xy(("Iris-versicolor", "Iris-virginica"))
        return X, np.where(y == 0, -1, 1), (translate("Lecture", "sepal length [cm]"),
                                            translate("Lecture", "petal length [cm]"))
    if name in GENERATORS:
        X, y = GENERATORS[name](100, noise=0.1, seed=0)
        return X, np.where(y == 0, -1, 1), ("x₁", "x₂")
    raise ValueError(f"unknown dataset '{name}'")


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


# --- scenes ----------------------------------------------------------------------------------------
RULE = ("w<sub>j</sub> := w<sub>j</sub> + η (y′<sup>(i)</sup> − y<sup>(i)</sup>) x<sub>j</sub><sup>(i)</sup>"
        f" &nbsp;<span style='color:{theme.MUTED}'>逐漸改變權重</span>")       # the slide's own note
#: the data sets the non-separable scene offers (key → name shown)
DATASETS = {"gaussians": QT_TRANSLATE_NOOP("lecture/classic", "gaussians"),
            "versicolor-virginica": QT_TRANSLATE_NOOP("lecture/classic", "versicolor-virginica"),
            "xor": QT_TRANSLATE_NOOP("lecture/classic", "xor")}
DELTA_RULE = ("Δw<sub>j</sub> = −α ∂J/∂w<sub>j</sub> = α Σ<sub>i</sub> (y′<sup>(i)</sup> − y<sup>(i)</sup>) "
              "x<sub>j</sub><sup>(i)</sup>")


class PerceptronRuleScene(EpochScene):
    """Perceptron(epochs, eta).train(X, y) on Iris; the boundary and errors_ epoch by epoch."""

    SETTINGS = {"epochs": 10, "eta": 0.1, "dataset": "setosa-versicolor", "autoplay": False}
    ERRORS_TITLE = QT_TRANSLATE_NOOP("lecture/classic", "errors_: updates per epoch")

    def build(self) -> None:
        s = self.settings
        self.dataset_name = s["dataset"]
        self.X, self.y, names = load_dataset(self.dataset_name)
        self.regions = RegionPlot(names[0], names[1], translate("lecture/classic", "decision regions, ✕ = misclassified"),
                                  "regionPlot")
        self.regions.set_points(self.X, self.y)
        self.rule = theme.label(RULE, theme.FORMULA, wrap=True)
        self.code = theme.label("", theme.CODE, color=theme.MUTED, object_name="perceptronCode", mono=True, wrap=True)
        self.errors_plot = theme.plot(translate("lecture/classic", self.ERRORS_TITLE), "epoch", translate("lecture/classic", "updates"),
                                      "errorsPlot")
        self.errors_curve = theme.curve(self.errors_plot, theme.ACCENT)
        self.errors_curve.setObjectName("errorsCurve")
        self.weights_label = theme.label("w = …", theme.NUMBER, bold=True, object_name="weightsLabel", wrap=True)
        self.errors_label = theme.label("", theme.BODY, object_name="errorsLabel", wrap=True)
        self.wrong_label = theme.label("", theme.BODY, object_name="wrongLabel", wrap=True)
        side_by_side(self.body, stack(self.regions, self.rule, self.code),
                     stack(self.errors_plot, self.weights_label, self.errors_label, self.wrong_label))
        self.add_player()
        self.eta = theme.spin(float(s["eta"]), 0.001, 1.0, 0.05, 3, "etaSpin")
        self.epochs = theme.spin(int(s["epochs"]), 1, 200, 1, object_name="epochsSpin")
        self.eta.valueChanged.connect(self.recompute)
        self.epochs.valueChanged.connect(self.recompute)
        self.settings_row = theme.row("η (eta)", self.eta, translate("Lecture", "epochs"), self.epochs)
        self.body.addLayout(self.settings_row)

    def params(self) -> tuple:
        return (self.dataset_name, self.eta.value(), self.epochs.value())

    def on_activate(self) -> None:
        # also when a recomputation was cancelled by leaving the scene: never show stale results
        if self.run is None or self.run["params"] != self.params():
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
        self.clear_error()
        self.regions.set_points(h["X"], h["y"])
        eta, epochs = h["params"][1], h["params"][2]
        self.code.setText(f"Perceptron(epochs={epochs}, eta={rate(eta)}).train(X, y)")
        never = 0 not in h["errors"]
        theme.set_plot_title(self.errors_plot, translate("lecture/classic", "errors_: never 0") if never
                             else translate("lecture/classic", self.ERRORS_TITLE))
        autoplay = self.settings["autoplay"]
        self.play_run(h, len(h["errors"]), epoch=0 if autoplay else None, play=autoplay)

    def show_epoch(self, k: int) -> None:
        h = self.run
        w = h["weights"][k]
        wrong = show_linear_model(self.regions, h, k)
        show_errors(self.errors_plot, self.errors_curve, h["errors"], k)
        self.weights_label.setText(f"w = {theme.fmt_vec(w, 3)}")
        m = len(h["y"])
        if k == 0:
            self.errors_label.setText(translate("lecture/classic", "before training: w = 0. ▶ Play (P) trains epoch by epoch."))
            self.wrong_label.setText(translate("lecture/classic", "w = 0 misclassifies <b>{}</b> of {} (✕)").format(len(wrong), m))
            return
        text = translate("lecture/classic", "epoch {}: errors_ = <b>{}</b> (updates during it)").format(k, h["errors"][k - 1])
        first_zero = first_error_free_epoch(h["errors"])
        if first_zero is not None and k >= first_zero:
            text += "<br>" + translate("lecture/classic", "no update from epoch {} on: converged").format(first_zero)
        elif first_zero is None and k == len(h["errors"]):
            text += "<br>" + translate("lecture/classic", "never 0 in {} epochs: it does not converge").format(k)
        self.errors_label.setText(text)
        self.wrong_label.setText(translate("lecture/classic", "w after epoch {} misclassifies <b>{}</b> of {} (✕)").format(
            k, len(wrong), m))


class PerceptronNonSeparableScene(PerceptronRuleScene):
    """The same rule on overlapping classes: the errors never reach 0, the line never settles."""

    SETTINGS = {"epochs": 50, "eta": 0.1, "dataset": "gaussians", "autoplay": True}

    def build(self) -> None:
        super().build()
        self.dataset = theme.combo([], "datasetCombo")
        for key, name in DATASETS.items():
            self.dataset.addItem(translate("lecture/classic", name), key)
        self.dataset.setCurrentIndex(max(0, self.dataset.findData(self.settings["dataset"])))
        self.dataset.currentIndexChanged.connect(lambda i: self.change_dataset(self.dataset.itemData(i)))
        self.settings_row.insertWidget(0, self.dataset)

    def change_dataset(self, name: str) -> None:
        self.dataset_name = name
        self.X, self.y, names = load_dataset(name)
        self.regions.extent = None
        theme.set_axis_label(self.regions.plot, "bottom", names[0])
        theme.set_axis_label(self.regions.plot, "left", names[1])
        self.recompute()


class AdalineScene(EpochScene):
    """Adaline's delta rule: batch gradient descent on J(w) = ½ Σ (y′ − y)², on standardised Iris."""

    SETTINGS = {"epochs": 15, "alpha": 0.01, "standardize": True}

    def build(self) -> None:
        X, y = iris_setosa_versicolor()
        self.standardised = bool(self.settings["standardize"])
        if self.standardised:
            X = standardize(X)[0]
        self.X, self.y = X, y
        self.surface = theme.plot(translate("lecture/classic", "J(w₁, w₂) and the descent path"), "w₁", "w₂", "surfacePlot")
        self.surface.getPlotItem().setAspectLocked(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.surface.addItem(self.image)
        self.path = theme.curve(self.surface, theme.ACCENT)
        self.here = pg.ScatterPlotItem(size=theme.px(30), symbol="o", brush=pg.mkBrush(theme.ACCENT),
                                       pen=pg.mkPen("k", width=max(1, theme.px(2))))
        self.surface.addItem(self.here)
        self.surface.getPlotItem().getViewBox().sigResized.connect(self._fit_surface)
        self.code = theme.label("", theme.CODE, color=theme.MUTED, object_name="adalineCode", mono=True, wrap=True)
        self.cost_plot = theme.plot(translate("Lecture", "cost_ (sum-squared-error)"), "epoch", "SSE", "costPlot")
        self.cost_curve = theme.curve(self.cost_plot, theme.POS)
        self.weights_label = theme.label("", theme.NUMBER, bold=True, object_name="adalineWeights", wrap=True)
        self.numbers = theme.label("", theme.BODY, object_name="adalineNumbers", wrap=True)
        side_by_side(self.body, stack(self.surface, theme.label(DELTA_RULE, theme.FORMULA, wrap=True), self.code),
                     stack(self.cost_plot, self.weights_label, self.numbers))
        self.add_player()
        self.alpha = theme.spin(float(self.settings["alpha"]), 0.0001, 0.05, 0.001, 4, "alphaSpin")
        self.epochs = theme.spin(int(self.settings["epochs"]), 1, 100, 1, object_name="epochsSpin")
        self.alpha.valueChanged.connect(self.recompute)
        self.epochs.valueChanged.connect(self.recompute)
        self.body.addLayout(theme.row(translate("Lecture", "learning rate α"), self.alpha, translate("Lecture", "epochs"),
                                      self.epochs))

    def on_activate(self) -> None:
        if self.run is None or self.run["params"] != (self.alpha.value(), self.epochs.value()):
            self.recompute()

    def recompute(self) -> None:
        X, y, a, e = self.X, self.y, self.alpha.value(), self.epochs.value()
        self.player.stop()
        self.submit("history", lambda st: adaline_history(X, y, a, e, st), self.set_history)

    def _fit_surface(self, *_):
        """With the aspect locked, show the whole square of the bowl whatever the plot's shape."""
        if self.run is not None:
            span = self.run["span"]
            self.surface.getPlotItem().getViewBox().setRange(xRange=(-span, span), yRange=(-span, span), padding=0)

    def set_history(self, h: dict) -> None:
        J, span = h["surface"], h["span"]
        levels = np.log10(J + 1e-9)
        # the colours span the levels of the ±span square in view; outside it they saturate
        axis = np.abs(np.linspace(-h["reach"], h["reach"], J.shape[0])) <= span
        shown = levels[np.ix_(axis, axis)]
        norm = np.clip((levels - shown.min()) / max(1e-12, np.ptp(shown)), 0, 1)
        self.image.setImage(self._bowl_image(norm), autoLevels=False)
        reach = h["reach"]
        self.image.setRect(QRectF(-reach, -reach, 2 * reach, 2 * reach))
        alpha, epochs = h["params"]
        data = "X_std" if self.standardised else "X"
        self.code.setText(f"AdalineGD(epochs={epochs}, alpha={rate(alpha)}).train({data}, y)")
        self.play_run(h, len(h["cost"]), epoch=0, play=True)
        self._fit_surface()

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
        h = self.run
        W = h["weights"][: k + 1]
        self.path.setData(W[:, 1], W[:, 2])
        self.here.setData([W[-1, 1]], [W[-1, 2]])
        cost = h["cost"]
        # the slides' plot: cost_ of epochs 1…k, each the SSE computed before that epoch's step
        show_cost(self.cost_plot, self.cost_curve, cost, k)
        w = h["weights"][k]
        correct = int((predict(self.X, w) == self.y).sum())
        self.weights_label.setText(f"w = {theme.fmt_vec(w, 3)}")
        self.numbers.setText(sse_lines(k, cost, h["after"], correct, len(self.y)))
