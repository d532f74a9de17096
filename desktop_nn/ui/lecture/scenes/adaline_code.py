"""The slides' Adaline classes beside what they compute on standardised Iris:

* :class:`AdalineCodeScene` — ``AdalineGD`` and its ``cost_`` curve, for the learning rate and the
  epochs on screen;
* :class:`AdalineSgdCodeScene` — ``AdalineSGD`` (one update per flower) beside its decision regions
  and its cost per epoch, with batch gradient descent's for comparison.

The code on screen is the slides' text; the numbers come from the engine's classes of the same
names, trained in the lecture's worker thread.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from desktop_nn.engine.classic import AdalineGD, AdalineSGD
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scenes.code_view import ListingScene, html_code
from desktop_nn.ui.lecture.scenes.single_neuron import (
    adaline_epochs,
    chapter_iris,
    predict,
    show_cost,
    show_linear_model,
)
from desktop_nn.ui.lecture.scenes.slide_listings import ADALINE_CLASS, ADALINE_RUN, ADALINE_SGD_CLASS, ADALINE_SGD_RUN
from desktop_nn.ui.lecture.training import train_epochs
from desktop_nn.ui.lecture.widgets import RegionPlot, grid_points

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


def adaline_code_run(epochs: int, alpha: float, state=None) -> dict:
    """AdalineGD(epochs, alpha).train(X_std, y), epoch by epoch: weights after 0…E epochs, cost_,
    and J after the last update (cost_ holds J before each update)."""
    X, y = chapter_iris(standardised=True)
    weights, cost = adaline_epochs(X, y, alpha, epochs, state)
    w = weights[-1]
    with np.errstate(over="ignore", invalid="ignore"):
        after = 0.5 * float(((y - (X @ w[1:] + w[0])) ** 2).sum())
    return {"X": X, "y": y, "weights": weights, "cost": cost, "after": after}


def adaline_sgd_run(epochs: int, alpha: float, state=None) -> dict:
    """AdalineSGD(epochs, alpha).train(X_std, y) epoch by epoch (data order, as the slides' class),
    with batch GD's SSE after each epoch beside it."""
    X, y = chapter_iris(standardised=True)
    model = AdalineSGD(alpha=alpha, epochs=epochs)
    weights = train_epochs(model, X, y, epochs, state)
    with np.errstate(over="ignore", invalid="ignore"):
        batch = AdalineGD(alpha=alpha, epochs=epochs + 1).train(X, y).cost_   # J after 0…E epochs
    pts, extent, n = grid_points(X, 150, pad=0.5)
    return {"X": X, "y": y, "weights": weights, "cost": np.array(model.cost_, dtype=float),
            "batch": np.array(batch, dtype=float), "grid": pts, "extent": extent, "n": n}


class AdalineCodeScene(ListingScene):
    """The slides' AdalineGD class beside AdalineGD(epochs=15, alpha=0.01).train(X_std, y).cost_."""

    SETTINGS = {"epochs": 15, "alpha": 0.01}

    def build(self) -> None:
        s = self.settings
        self.cost_plot = theme.plot(translate("lecture/adaline_code", "Adaline — Gradient Descent"), translate("lecture/adaline_code", "Iterations"),
                                    translate("lecture/adaline_code", "Sum-squared-error"), "costPlot")
        self.cost_curve = theme.curve(self.cost_plot, theme.POS)
        self.build_listing(ADALINE_CLASS, "runCode", [self.cost_plot], "adalineCodeState")
        self.alpha = theme.spin(float(s["alpha"]), 0.0001, 0.05, 0.001, 4, "alphaSpin")
        self.epochs = theme.spin(int(s["epochs"]), 1, 100, 1, object_name="epochsSpin")
        self.alpha.valueChanged.connect(lambda _: self.recompute())
        self.epochs.valueChanged.connect(lambda _: self.recompute())
        self.body.addLayout(theme.row("alpha", self.alpha, translate("Lecture", "epochs"), self.epochs))   # AdalineGD's alpha

    def on_activate(self) -> None:
        if self.run is None:
            self.recompute()

    def recompute(self) -> None:
        e, a = self.epochs.value(), self.alpha.value()
        self.player.stop()
        code = ADALINE_RUN.format(epochs=e, alpha=theme.fmt(a, 4))
        self.console.setText(html_code(code.strip()))
        self.submit("run", lambda st: adaline_code_run(e, a, st), self.set_run)

    def set_run(self, r: dict) -> None:
        self.play_run(r, len(r["cost"]))

    def show_epoch(self, k: int) -> None:
        r = self.run
        show_cost(self.cost_plot, self.cost_curve, r["cost"], k)
        cost = r["cost"][:k]
        w = r["weights"][k]
        if k == 0:
            self.state_label.setText(f"ada.w_ = {theme.fmt_vec(w, 3)}, ada.cost_ = [ ]: " + translate("lecture/adaline_code", "press ▶ Play"))
            return
        if not np.isfinite(cost[-1]):
            self.state_label.setText(translate("lecture/adaline_code", "epoch {}: the cost overflowed — this learning rate diverges").format(k))
            return
        correct = int((predict(r["X"], w) == r["y"]).sum())
        text = (f"ada.cost_[-1] = <b>{theme.fmt(cost[-1], 2)}</b> "
                + (translate("lecture/adaline_code", "after {} epochs, {}/{} correct") if k != 1
                   else translate("lecture/adaline_code", "after {} epoch, {}/{} correct")).format(k, correct, len(r['y'])))
        if k == len(r["cost"]):
            text += "<br>" + translate("lecture/adaline_code", "cost_ is J before each update; after the last one, J = {}").format(
                theme.fmt(r['after'], 2))
        self.state_label.setText(text)


class AdalineSgdCodeScene(ListingScene):
    """The slides' AdalineSGD class beside its decision regions and cost per epoch on X_std."""

    SETTINGS = {"epochs": 15, "alpha": 0.01}

    def build(self) -> None:
        self.regions = RegionPlot(translate("lecture/adaline_code", "sepal [std.]"), translate("lecture/adaline_code", "petal [std.]"), "", "regionPlot")
        self.cost_plot = theme.plot("", translate("lecture/adaline_code", "Epochs"), translate("lecture/adaline_code", "Sum-squared-error"), "costPlot")
        self.batch_curve = theme.curve(self.cost_plot, theme.INACTIVE, translate("lecture/adaline_code", "batch GD"), symbol=None, dashed=True)
        self.cost_curve = theme.curve(self.cost_plot, theme.ACCENT, "SGD")
        self.build_listing(ADALINE_SGD_CLASS, "runCode", [self.regions, self.cost_plot], "sgdCodeState")

    def on_activate(self) -> None:
        if self.run is None:
            e, a = int(self.settings["epochs"]), float(self.settings["alpha"])
            self.console.setText(html_code(ADALINE_SGD_RUN.format(epochs=e, alpha=theme.fmt(a, 4)).strip()))
            self.submit("run", lambda st: adaline_sgd_run(e, a, st), self.set_run)

    def set_run(self, r: dict) -> None:
        self.regions.set_points(r["X"], r["y"])
        self.play_run(r, len(r["cost"]))

    def show_epoch(self, k: int) -> None:
        r = self.run
        wrong = show_linear_model(self.regions, r, k)
        E = len(r["cost"])
        self.cost_curve.setData(np.arange(1, k + 1), r["cost"][:k])
        self.batch_curve.setData(np.arange(1, k + 1), r["batch"][1:k + 1])
        self.cost_plot.setXRange(0.5, E + 0.5, padding=0)
        self.cost_plot.setYRange(0, max(float(r["batch"][1]), float(r["cost"][0])) * 1.05, padding=0)
        if k == 0:
            self.state_label.setText(translate("lecture/adaline_code", "w = 0: press ▶ Play — one update per flower, {} per epoch").format(len(r['y'])))
            return
        m = len(r["y"])
        red, grey = theme.readable(theme.ACCENT), theme.INACTIVE
        self.state_label.setText(
            f"<span style='color:{red}'>● SGD</span>"
            + translate("lecture/adaline_code", ", {} updates: <b>{}</b>").format(m * k, theme.fmt(r['cost'][k - 1], 2)) + "<br>"
            f"<span style='color:{grey}'>- - " + translate("lecture/adaline_code", "batch GD") + "</span>"
            + (translate("lecture/adaline_code", ", {} updates: {}") if k != 1
               else translate("lecture/adaline_code", ", {} update: {}")).format(
                k, theme.fmt(r['batch'][k], 2))
            + "<br>" + translate("Lecture", "✕ {} misclassified").format(len(wrong)))
