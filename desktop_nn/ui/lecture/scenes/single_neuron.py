"""The chapter's single neurons (perceptron, Adaline) on Iris: the data, runs and verdicts that
several scenes share, and how a run's epochs are drawn.

Every number comes from :mod:`desktop_nn.engine.classic` — the classes the slides show — trained
one epoch at a time in the lecture's worker thread (:func:`~desktop_nn.ui.lecture.training.train_epochs`).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_nn.engine.classic import AdalineGD, Perceptron
from desktop_nn.engine.datasets import iris_setosa_versicolor, standardize
from desktop_nn.training.stall import diverging
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.training import train_epochs
from desktop_nn.ui.lecture.widgets import RegionPlot, grid_points

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


# --- computations (run in the worker; no Qt) ------------------------------------------------------
def chapter_iris(standardised: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """The chapter's X (setosa / versicolor; sepal and petal length) and y in ±1, optionally X_std."""
    X, y = iris_setosa_versicolor()
    return (standardize(X)[0] if standardised else X), y


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


def sse_minimum(X: np.ndarray, y: np.ndarray) -> float:
    """The smallest SSE ½ Σ (y − w₀ − wᵀx)² any weights reach on this data: the least-squares fit,
    where Adaline's gradient descent is heading (the same for raw or standardised features)."""
    A = np.column_stack([np.ones(len(X)), X])
    w, *_ = np.linalg.lstsq(A, np.asarray(y, dtype=float), rcond=None)
    r = y - A @ w
    return 0.5 * float(r @ r)


#: a run "converges" once its SSE is within this share above the least-squares minimum
CONVERGED_WITHIN = 0.10
#: the verdicts of :func:`cost_verdict` (keys the scenes compare), as shown
VERDICTS = {"diverges": QT_TRANSLATE_NOOP("lecture/single_neuron", "diverges"),
            "converges": QT_TRANSLATE_NOOP("lecture/single_neuron", "converges"),
            "crawls": QT_TRANSLATE_NOOP("lecture/single_neuron", "crawls")}


def verdict_text(verdict: str) -> str:
    """A verdict of :func:`cost_verdict` in the interface's language."""
    return translate("lecture/single_neuron", VERDICTS[verdict]) if verdict in VERDICTS else verdict


def cost_verdict(cost, minimum: float) -> str:
    """What a cost curve does, read from the curve and the minimum it heads for: "diverges" when it
    grows (at its end or overall) or overflows, "converges" when it ends within 10 % of the
    least-squares ``minimum``, else "crawls" (it falls, but is still far from the minimum)."""
    c = np.asarray(cost, dtype=float)
    if len(c) < 2:
        return ""
    if diverging(c):
        return "diverges"
    if c[-1] <= minimum * (1 + CONVERGED_WITHIN) + 1e-12:
        return "converges"
    return "crawls"


def verdict_reason(cost, minimum: float, verdict: str) -> str:
    """The verdict's reason in words, from the same numbers: "grows", "4.4× its minimum 2.44",
    "within 6 % of its minimum 2.44"."""
    if verdict == "diverges":
        return translate("lecture/single_neuron", "grows")
    last = float(np.asarray(cost, dtype=float)[-1])
    if verdict == "converges":
        return translate("lecture/single_neuron", "within {} % of its minimum {}").format(f"{100 * (last / minimum - 1):.0f}", f"{minimum:.2f}")
    return translate("lecture/single_neuron", "{}× its minimum {}").format(f"{last / minimum:.1f}", f"{minimum:.2f}")


def sse_lines(k: int, cost: np.ndarray, after: np.ndarray, correct: int, m: int) -> str:
    """Adaline's numbers at epoch k, each named for what it is (rich text, two lines): the slides'
    cost_ of the epoch (the SSE before its step) and the SSE after the step."""
    if k == 0:
        return translate("lecture/single_neuron", "w = 0: SSE = <b>{}</b>, {}/{} correct").format(theme.fmt(after[0], 2), correct, m)
    return (translate("lecture/single_neuron", "epoch {}: cost_ = <b>{}</b> (SSE before its step)").format(k, theme.fmt(cost[k - 1], 2))
            + "<br>" + translate("lecture/single_neuron", "after the step: SSE = <b>{}</b>, {}/{} correct").format(
                theme.fmt(after[k], 2), correct, m))


def rate(x: float) -> str:
    """A learning rate as the slides write it: 0.01, 0.0001, 0.00001 (never 1e-05)."""
    return np.format_float_positional(round(float(x), 8), trim="-")


# --- drawing a run epoch by epoch -----------------------------------------------------------------
def show_linear_model(regions: RegionPlot, run: dict, k: int) -> np.ndarray:
    """The weights after epoch ``k`` of a thresholded single neuron on its region plot: class +1
    where w₀ + w₁x₁ + w₂x₂ ≥ 0, the boundary line, ✕ on the points they misclassify (returned).
    ``run`` holds ``weights``, ``X``, ``y`` and the plot's grid (``grid``, ``extent``, ``n``)."""
    w = run["weights"][k]
    z = run["grid"] @ w[1:] + w[0]
    n = run["n"]
    regions.set_regions((z >= 0).astype(float).reshape(n, n) * 0.9 + 0.05, run["extent"])
    regions.set_line(w)
    wrong = run["X"][predict(run["X"], w) != run["y"]]
    regions.set_wrong(wrong)
    return wrong


def first_error_free_epoch(errors) -> int | None:
    """The first epoch whose errors_ is 0 (no update made): from there on the perceptron has converged."""
    return next((i + 1 for i, e in enumerate(errors) if e == 0), None)


def show_errors(plot: pg.PlotWidget, curve: pg.PlotDataItem, errors, k: int) -> None:
    """errors_ of epochs 1…k on a plot that spans every epoch of the run."""
    curve.setData(np.arange(1, k + 1), errors[:k])
    plot.setXRange(0.5, len(errors) + 0.5, padding=0)
    plot.setYRange(-0.3, max(errors) + 0.5, padding=0)


def show_cost(plot: pg.PlotWidget, curve: pg.PlotDataItem, cost: np.ndarray, k: int) -> None:
    """cost_ of epochs 1…k on a plot that spans every epoch of the run (values that overflowed
    are left out)."""
    shown = cost[:k]
    finite = np.isfinite(shown)
    curve.setData(np.arange(1, k + 1)[finite], shown[finite])
    plot.setXRange(0.5, len(cost) + 0.5, padding=0)
    finite_cost = cost[np.isfinite(cost)]
    plot.setYRange(0, (float(finite_cost.max()) if finite_cost.size else 1.0) * 1.05, padding=0)
