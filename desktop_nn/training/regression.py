"""Regression and function fitting, with no Qt: which runs are regressions, their data, their scores.

A run is a **regression** when its data has a numeric target instead of classes — one fact, kept
in one place, :func:`task_of`: a built-in curve or surface (``engine.regression_datasets``), or
an imported table whose target column was read as numbers (``TabularData.is_regression``).
Everything else follows from it: :func:`prepare_regression` builds the run's
:class:`~desktop_nn.training.data.DataView` (``task`` = ``REGRESSION``, ``y`` the float targets,
no classes), ``NetworkRun`` trains a linear output with the squared error
J = (1/2m) Σ (a − y)² (the chapter's Adaline cost), and the session sends :class:`FitScores`
where a classifier's accuracy goes.

Scores, for predictions ŷ of targets y (m of them):

    RMSE = √( (1/m) Σ (ŷ − y)² )            R² = 1 − SS_res / SS_tot
    SS_res = Σ (y − ŷ)²                     SS_tot = Σ (y − ȳ)²

R² is 1 for a perfect fit, 0 for always answering the mean ȳ, negative for worse than that.

The plotted grid: for one input, ŷ over FIT_POINTS values of x spanning the data (a line); for
two, ŷ over the GRID_RESOLUTION² grid of the plane (a heat-map); none for more.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from desktop_nn.engine import datasets
from desktop_nn.engine.errors import DatasetError
from desktop_nn.engine.regression_datasets import CURVES, REGRESSION_GENERATORS
from desktop_nn.engine.tabular_types import MIN_ROWS
from desktop_nn.training.data import (
    FEATURE_LABELS,
    FEATURES,
    GRID_RESOLUTION,
    HOVER_RESOLUTION,
    IMPORTED,
    REGRESSION,
    DataView,
    _grid,
    _readonly,
    _split,
    expand_features,
    standardized,
)

if TYPE_CHECKING:
    from desktop_nn.training.config import RunConfig

#: the built-in regression datasets, in the order the settings panel lists them
REGRESSION_DATASETS: tuple[str, ...] = tuple(REGRESSION_GENERATORS)
#: the input features that one input x can feed (x₁, x₁², sin x₁): the others need x₂
ONE_INPUT_FEATURES: tuple[str, ...] = tuple(name for name in FEATURES if "x2" not in name)
FIT_POINTS = 400          # the fitted curve of a 1-D regression: ŷ at this many x


def task_of(dataset: str, imported=None) -> str:
    """"regression" or "classification": what the data of ``dataset`` asks of the network
    (``imported``: the user's table, for dataset "imported")."""
    if dataset in REGRESSION_GENERATORS:
        return REGRESSION
    if dataset == IMPORTED and imported is not None and getattr(imported, "is_regression", False):
        return REGRESSION
    return "classification"


def raw_inputs(dataset: str, imported=None) -> int | None:
    """How many raw inputs (x, or x₁ and x₂) a regression dataset has; None when not a regression."""
    if task_of(dataset, imported) != REGRESSION:
        return None
    if dataset == IMPORTED:
        return int(imported.X.shape[1])
    return CURVES[dataset].inputs


def input_count(dataset: str, imported=None) -> int:
    """How many raw inputs the data of ``dataset`` has: one or two for a function to fit, the
    imported table's columns, two for Iris (the two features chosen) and the generated sets."""
    inputs = raw_inputs(dataset, imported)
    if inputs is not None:
        return inputs
    if dataset == IMPORTED and getattr(imported, "X", None) is not None:
        return int(imported.X.shape[1])
    return 2


def widened_features(features: tuple[str, ...], before: int, now: int) -> tuple[str, ...]:
    """The input features after going from data of ``before`` raw inputs to data of ``now``:
    leaving one-input data (where only the features of x₁ could be ticked) for data of two or
    more inputs gives back the chapter's x₁, x₂ — a second input is never left unused
    unasked; otherwise ``features`` unchanged."""
    from desktop_nn.training.config import RunConfig      # (config imports this module's datasets)

    if before == 1 and now >= 2 and set(features) <= set(ONE_INPUT_FEATURES):
        return RunConfig.schema()["features"][1]        # the settings' default: x₁, x₂
    return tuple(features)


def fitting_features(features: tuple[str, ...], inputs: int | None) -> tuple[str, ...]:
    """The input features that data of ``inputs`` raw inputs can feed: with one input, the ones
    of x₁ alone (x₁ itself if none is left); otherwise ``features`` unchanged."""
    if inputs != 1:
        return tuple(features)
    kept = tuple(name for name in features if name in ONE_INPUT_FEATURES)
    return kept or ("x1",)


# --- scores -------------------------------------------------------------------------------------

def rmse(y_hat, y) -> float:
    """√((1/m) Σ (ŷ − y)²); NaN for no examples."""
    y_hat, y = np.asarray(y_hat, np.float64).ravel(), np.asarray(y, np.float64).ravel()
    return float(np.sqrt(np.mean((y_hat - y) ** 2))) if len(y) else float("nan")


def r_squared(y_hat, y) -> float:
    """1 − SS_res / SS_tot; NaN for no examples or constant targets (SS_tot = 0)."""
    y_hat, y = np.asarray(y_hat, np.float64).ravel(), np.asarray(y, np.float64).ravel()
    if not len(y):
        return float("nan")
    ss_tot = float(np.sum((y - y.mean()) ** 2))
    if ss_tot == 0.0:
        return float("nan")
    return 1.0 - float(np.sum((y - y_hat) ** 2)) / ss_tot


@dataclass(frozen=True)
class FitScores:
    """How well a regression fits, where a classifier's accuracy goes (NaN: no test set)."""

    train_rmse: float
    train_r2: float
    test_rmse: float = float("nan")
    test_r2: float = float("nan")

    @classmethod
    def of(cls, train_pred, y_train, test_pred=(), y_test=()) -> "FitScores":
        return cls(rmse(train_pred, y_train), r_squared(train_pred, y_train),
                   rmse(test_pred, y_test), r_squared(test_pred, y_test))


def regression_outputs(run, data: DataView):
    """What a frame of a regression run carries: (ŷ over the plotted grid as (1, ny, nx) — a line
    is (1, 1, FIT_POINTS) —, ŷ of the training rows, ŷ of the test rows, an empty confusion
    matrix, FitScores)."""
    with np.errstate(all="ignore"):
        grid = run.values(data.grid_inputs) if data.plottable else np.zeros(0)
        train_pred = run.values(data.X_train)
        test_pred = run.values(data.X_test) if len(data.X_test) else np.zeros(0)
    if not data.plottable:
        grid = grid.reshape(1, 0, 0)
    elif data.X_raw_train.shape[1] == 1:
        grid = grid.reshape(1, 1, -1)
    else:
        grid = grid.reshape(1, GRID_RESOLUTION, GRID_RESOLUTION)
    scores = FitScores.of(train_pred, data.y_train, test_pred, data.y_test)
    return grid, train_pred, test_pred, np.zeros((0, 0), np.int64), scores


# --- the data -----------------------------------------------------------------------------------

def _raw(config: RunConfig, imported):
    """X (m, d), y (m,) float and the axis labels (x, then y for one input; x₁, x₂ for two)."""
    if config.dataset == IMPORTED:
        X = np.asarray(imported.X, dtype=np.float64)
        y = np.asarray(imported.y, dtype=np.float64)
        names = tuple(imported.feature_names)
        labels = (names[0], imported.label_name) if X.shape[1] == 1 else tuple(names[:2])
        return X, y, labels, names
    X, y = REGRESSION_GENERATORS[config.dataset](n_samples=int(config.n_samples), noise=float(config.noise), seed=0)
    return X, y, (("x", "y") if X.shape[1] == 1 else ("x₁", "x₂")), ()


def regression_points(config: RunConfig, imported=None):
    """A regression's examples as they are plotted: X (m, d), y (m,) and the axis labels."""
    X, y, labels, _ = _raw(config, imported)
    return X, y, labels


def prepare_regression(config: RunConfig, imported=None) -> DataView:
    """A regression's data: split, input features (of x alone for one input), standardisation,
    and the line (one input) or plane (two) ŷ is drawn over. More than two imported columns are
    all inputs, with nothing to draw over."""
    if config.dataset == IMPORTED and imported is None:
        raise DatasetError("There is no imported data: use File ▸ Import CSV… first, or choose a built-in dataset.")
    X_raw, y, axis_labels, columns = _raw(config, imported)
    if len(y) < MIN_ROWS:           # a function drawn point by point: say what is missing
        raise DatasetError(f"There {'is' if len(y) == 1 else 'are'} {len(y)} point{'' if len(y) == 1 else 's'}; "
                           f"training needs at least {MIN_ROWS}.")
    d = X_raw.shape[1]
    Xtr, Xte, ytr, yte = _split(config, X_raw, y)
    if d > 2:
        names: tuple[str, ...] = ()
        F_train, F_test = Xtr, Xte
    else:
        names = tuple(config.features)
        if d == 1 and any(name not in ONE_INPUT_FEATURES for name in names):
            raise DatasetError("This data has one input x: the features of x₂ (x₂, x₂², x₁·x₂, sin x₂) "
                               "cannot be computed; tick x₁, x₁² or sin x₁.")
        F_train = expand_features(Xtr, names)
        F_test = expand_features(Xte, names) if len(Xte) else np.zeros((0, len(names)))
    F_train, F_test, mean, std = standardized(config, F_train, F_test)

    def features_of(points):
        F = expand_features(points, names)
        if mean is not None:
            F, _, _ = datasets.standardize(F, mean, std)
        return F

    if d > 2:
        extent = (0.0, 1.0, 0.0, 1.0)
        grid = hover = np.zeros((0, d))
        input_labels = columns
    else:
        # one input: the plot's x is the input, its y the target; two: the input plane
        shown = np.column_stack([X_raw[:, 0], y]) if d == 1 else X_raw
        lo, hi = shown.min(axis=0), shown.max(axis=0)
        pad = np.maximum((hi - lo) * 0.08, 0.1)
        extent = (float(lo[0] - pad[0]), float(hi[0] + pad[0]), float(lo[1] - pad[1]), float(hi[1] + pad[1]))
        if d == 1:
            line = np.linspace(extent[0], extent[1], FIT_POINTS).reshape(-1, 1)
            grid = features_of(line)
            hover = features_of(_grid(extent, HOVER_RESOLUTION)[:, :1])   # each neuron's output along x
        else:
            grid = features_of(_grid(extent, GRID_RESOLUTION))
            hover = features_of(_grid(extent, HOVER_RESOLUTION))
        input_labels = []
        for name in names:
            label = FEATURE_LABELS[name]
            if columns and name in ("x1", "x2"):
                label += "  " + columns[0 if name == "x1" else 1]
            input_labels.append(label)
    return DataView(
        X_raw_train=_readonly(Xtr), y_train=_readonly(ytr), X_raw_test=_readonly(Xte),
        y_test=_readonly(yte), X_train=_readonly(F_train), X_test=_readonly(F_test),
        class_names=(), axis_labels=tuple(axis_labels), input_labels=tuple(input_labels),
        feature_names=names, mean=mean, std=std, extent=extent,
        grid_inputs=_readonly(grid), hover_inputs=_readonly(hover),
        source=imported if config.dataset == IMPORTED else None, task=REGRESSION,
    )
