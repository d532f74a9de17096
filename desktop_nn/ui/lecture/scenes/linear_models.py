"""Linear regression, Adaline, the perceptron and logistic regression on the same data, side by
side: each model's activation, its output, what its error is measured on, its update — played
epoch by epoch from the engine's classes."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout

from desktop_nn.engine.classic import AdalineGD, LogisticRegressionGD, Perceptron
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.players import EpochScene
from desktop_nn.ui.lecture.scenes.code_view import CLASS_NAMES
from desktop_nn.ui.lecture.scenes.single_neuron import chapter_iris
from desktop_nn.ui.lecture.scenes.text import wrapped
from desktop_nn.ui.lecture.training import train_epochs
from desktop_nn.ui.lecture.widgets import class_scatter, set_class_points

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


MODELS = ("linear regression", "Adaline", "perceptron", "logistic regression")


def linear_models_run(epochs: int, alpha: float, eta: float, alpha_logistic: float, state=None) -> dict:
    """The four linear models of the slides on the same data (standardised setosa / versicolor):
    least squares solved once, and the engine's AdalineGD, Perceptron and LogisticRegressionGD
    trained epoch by epoch. Weights after 0…E epochs for each."""
    X, y = chapter_iris(standardised=True)
    Xb = np.c_[np.ones(len(y)), X]
    least_squares = np.linalg.lstsq(Xb, y.astype(float), rcond=None)[0]
    models = {"Adaline": AdalineGD(alpha=alpha, epochs=epochs), "perceptron": Perceptron(eta=eta, epochs=epochs),
              "logistic regression": LogisticRegressionGD(alpha=alpha_logistic, epochs=epochs)}
    models["logistic regression"].set_classes(y)            # the two labels before epoch-wise training
    weights = {"linear regression": np.repeat(least_squares[None, :], epochs + 1, axis=0)}
    for name, model in models.items():
        weights[name] = train_epochs(model, X, y, epochs, state)
    return {"X": X, "y": y, "weights": weights}


def model_outputs(name: str, w: np.ndarray, X: np.ndarray, y: np.ndarray) -> dict:
    """What model ``name`` computes with weights ``w``: net input z, its activation g(z), the
    target the error is measured against, the error, the predicted class, and its cost."""
    z = X @ w[1:] + w[0]
    pred = np.where(z >= 0, 1, -1)
    if name in ("linear regression", "Adaline"):
        g, target = z, y.astype(float)
        error = target - g
        cost = 0.5 * float((error ** 2).sum())
    elif name == "perceptron":
        g, target = pred.astype(float), y.astype(float)
        error = target - g
        cost = float(np.sum(pred != y))
    else:
        g = 1.0 / (1.0 + np.exp(-z))
        target = (y > 0).astype(float)
        error = target - g
        cost = float(np.mean(np.logaddexp(0.0, z) - target * z))
    return {"z": z, "g": g, "target": target, "error": error, "pred": pred, "cost": cost,
            "correct": int(np.sum(pred == y))}


#: what each model computes, in the slides' terms (rich text)
MODEL_TEXT = {
    "linear regression": (QT_TRANSLATE_NOOP("lecture/linear_models", "ŷ = z, a real number"), QT_TRANSLATE_NOOP("lecture/linear_models", "error on ŷ: y′ − ŷ"),
                          QT_TRANSLATE_NOOP("lecture/linear_models", "solved once (least squares)")),
    "Adaline": (QT_TRANSLATE_NOOP("lecture/linear_models", "g(z) = z, threshold → ±1"), QT_TRANSLATE_NOOP("lecture/linear_models", "error on z: y′ − z"), "Δw = α Σ<sub>i</sub> (y′ − z) x"),
    "perceptron": ("ŷ = step(z) = ±1", QT_TRANSLATE_NOOP("lecture/linear_models", "error on ŷ: 0 or ±2"), "Δw = η (y′ − ŷ) x"),
    "logistic regression": (QT_TRANSLATE_NOOP("lecture/linear_models", "a = σ(z), in (0, 1)"), QT_TRANSLATE_NOOP("lecture/linear_models", "error on a: y′ − a"), "Δw = α/m Σ<sub>i</sub> (y′ − a) x"),
}
#: the models' names as shown (the keys above are also the scene's names for them)
MODEL_NAMES = {"linear regression": QT_TRANSLATE_NOOP("lecture/linear_models", "Linear regression"), "Adaline": QT_TRANSLATE_NOOP("lecture/linear_models", "Adaline"),
               "perceptron": QT_TRANSLATE_NOOP("lecture/linear_models", "Perceptron"), "logistic regression": QT_TRANSLATE_NOOP("lecture/linear_models", "Logistic regression")}


class LinearModelsScene(EpochScene):
    """Linear regression, Adaline, perceptron and logistic regression side by side on the same data."""

    SETTINGS = {"epochs": 15, "alpha": 0.01, "eta": 0.1, "alpha_logistic": 0.5}

    def build(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.px(24))
        grid.setVerticalSpacing(theme.px(10))
        self.body.addLayout(grid, 1)
        self.plots, self.items, self.texts = {}, {}, {}
        for n, name in enumerate(MODELS):
            cell = QHBoxLayout()
            cell.setSpacing(theme.px(12))
            plot = theme.plot("", "z = wᵀx + b", "", f"{name.split()[0]}Plot")
            residual = pg.PlotDataItem([], [], pen=theme.pen(theme.ACCENT, 2), connect="pairs")
            curve = pg.PlotDataItem([], [], pen=theme.pen(theme.TEXT, theme.LINE_WIDTH))
            step = pg.PlotDataItem([], [], pen=theme.pen(theme.GREEN, 4, dashed=True))
            plot.addItem(residual)
            plot.addItem(curve)
            plot.addItem(step)
            neg, pos = class_scatter(plot, CLASS_NAMES)
            cell.addWidget(plot, 1)
            text = wrapped("", theme.BODY, f"{name.split()[0]}Text")
            cell.addWidget(text, 1)
            grid.addLayout(cell, n // 2, n % 2)
            self.plots[name] = plot
            self.items[name] = (residual, curve, step, neg, pos)
            self.texts[name] = text
        red, green = theme.readable(theme.ACCENT), theme.readable(theme.GREEN)
        self.body.addWidget(wrapped(
            "<b>—</b> " + translate("lecture/linear_models", "activation g(z)") + f" &nbsp; <b style='color:{red}'>|</b> <span style='color:{red}'>"
            + translate("lecture/linear_models", "the error each model learns from") + f"</span> &nbsp; <b style='color:{green}'>- -</b> "
            f"<span style='color:{green}'>" + translate("lecture/linear_models", "Adaline's threshold") + "</span>", theme.BODY, "linearModelsKey"))
        self.add_player()

    def on_activate(self) -> None:
        if self.run is None:
            s = self.settings
            e, a, eta, al = int(s["epochs"]), float(s["alpha"]), float(s["eta"]), float(s["alpha_logistic"])
            self.submit("run", lambda st: linear_models_run(e, a, eta, al, st), self.set_run)

    def set_run(self, r: dict) -> None:
        self.play_run(r, len(r["weights"]["Adaline"]) - 1)

    def show_epoch(self, k: int) -> None:
        r = self.run
        X, y = r["X"], r["y"]
        for name in MODELS:
            w = r["weights"][name][k]
            o = model_outputs(name, w, X, y)
            residual, curve, step, neg, pos = self.items[name]
            z = o["z"]
            lo, hi = float(min(z.min(), -1.0)), float(max(z.max(), 1.0))
            pad = 0.08 * (hi - lo)
            zs = np.linspace(lo - pad, hi + pad, 200)
            if name in ("linear regression", "Adaline"):
                curve.setData(zs, zs)
            elif name == "perceptron":
                curve.setData(zs, np.where(zs >= 0, 1.0, -1.0))
            else:
                curve.setData(zs, 1.0 / (1.0 + np.exp(-zs)))
            step.setData(zs, np.where(zs >= 0, 1.0, -1.0)) if name == "Adaline" else step.setData([], [])
            # the error each model learns from: a segment from its output g(z) to the target
            show = np.abs(o["error"]) > 1e-9
            segs_x = np.repeat(z[show], 2)
            segs_y = np.column_stack([o["g"][show], o["target"][show]]).ravel()
            residual.setData(segs_x, segs_y)
            set_class_points(neg, pos, np.column_stack([z, o["target"]]), y)
            plot = self.plots[name]
            plot.setXRange(lo - pad, hi + pad, padding=0)
            ys = np.r_[o["g"], o["target"]]
            plot.setYRange(float(min(ys.min(), -1.2 if name != "logistic regression" else -0.1)),
                           float(max(ys.max(), 1.2)), padding=0.05)
            act, err, upd = (translate("lecture/linear_models", t) for t in MODEL_TEXT[name])
            if name == "perceptron":
                live = translate("lecture/linear_models", "{} misclassified").format(int(o['cost']))
            elif name == "linear regression":
                live = f"SSE = {theme.fmt(o['cost'], 2)}"
            elif name == "logistic regression":
                live = f"J = {theme.fmt(o['cost'], 3)}" + translate("lecture/linear_models", ", {}/{} right").format(o['correct'], len(y))
            else:
                live = f"SSE = {theme.fmt(o['cost'], 2)}" + translate("lecture/linear_models", ", {}/{} right").format(o['correct'], len(y))
            title = translate("lecture/linear_models", MODEL_NAMES[name])
            self.texts[name].setText(f"<b>{title}</b><br>{act}<br>{err}<br>{upd}<br><b>{live}</b>")
