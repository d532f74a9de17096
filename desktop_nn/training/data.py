"""A run's data, with no Qt: the dataset as the chapter's rows-are-examples arrays.

* :func:`prepare_data` — dataset → training and test rows, the Playground-style input features
  (x1, x2, x1², x2², x1·x2, sin x1, sin x2), optional standardisation and the train/test split,
  plus the 2-D grids the decision regions and the neuron heatmaps are drawn on.
* :class:`DataView` — the result, immutable, shared by reference in snapshots.
* :func:`layer_outputs` — a forward pass from parameters alone, for the hover heatmaps.

The settings it reads come from a ``RunConfig`` (``training/config.py``, which re-exports the
public names here); the user's own data (File ▸ Import CSV…) travels beside the settings, never
inside them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from desktop_nn.engine import datasets
from desktop_nn.engine.errors import DatasetError
from desktop_nn.engine.tabular_types import MIN_ROWS
from desktop_nn.engine.network import propagate

if TYPE_CHECKING:
    from desktop_nn.training.config import RunConfig

#: the dataset kind of the user's own data (File ▸ Import CSV…); its arrays travel beside the
#: RunConfig (``prepare_data(config, imported)``), never inside it
IMPORTED = "imported"
#: a DataView's task when its targets are numbers to fit (training/regression.py), not classes
REGRESSION = "regression"

#: Input features a user can tick, computed from the two raw coordinates (Playground's set).
FEATURES = {
    "x1": lambda X: X[:, 0],
    "x2": lambda X: X[:, 1],
    "x1^2": lambda X: X[:, 0] ** 2,
    "x2^2": lambda X: X[:, 1] ** 2,
    "x1*x2": lambda X: X[:, 0] * X[:, 1],
    "sin(x1)": lambda X: np.sin(X[:, 0]),
    "sin(x2)": lambda X: np.sin(X[:, 1]),
}
FEATURE_LABELS = {
    "x1": "x₁", "x2": "x₂", "x1^2": "x₁²", "x2^2": "x₂²", "x1*x2": "x₁·x₂",
    "sin(x1)": "sin x₁", "sin(x2)": "sin x₂",
}

GRID_RESOLUTION = 120     # decision regions: GRID_RESOLUTION² points
HOVER_RESOLUTION = 36     # per-neuron heatmaps in the architecture editor


def expand_features(X_raw: np.ndarray, names: tuple[str, ...]) -> np.ndarray:
    """(m, 2) raw coordinates → (m, len(names)) input features, in the order given."""
    return np.column_stack([FEATURES[name](X_raw) for name in names]).astype(np.float64)


@dataclass(frozen=True, eq=False)
class DataView:
    """A run's data, as rows (examples × features). Immutable; shared by reference in snapshots."""

    X_raw_train: np.ndarray        # (m, 2) the two plotted coordinates ((m, n) imported columns if n ≠ 2)
    y_train: np.ndarray            # (m,) class index 0..k-1
    X_raw_test: np.ndarray
    y_test: np.ndarray
    X_train: np.ndarray            # (m, n_x) features, standardised if asked
    X_test: np.ndarray
    class_names: tuple[str, ...]
    axis_labels: tuple[str, str]
    input_labels: tuple[str, ...]  # one per input neuron, e.g. "x₁ sepal length"
    feature_names: tuple[str, ...]
    mean: np.ndarray | None
    std: np.ndarray | None
    extent: tuple[float, float, float, float]      # xmin, xmax, ymin, ymax of the grid
    grid_inputs: np.ndarray        # (GRID_RESOLUTION², n_x) features of the decision grid; (0, n_x) if not 2-D
    hover_inputs: np.ndarray       # (HOVER_RESOLUTION², n_x) features of the neuron heatmaps; (0, n_x) if not 2-D
    source: object = None          # the imported TabularData it was made from, None for a built-in dataset
    task: str = "classification"   # REGRESSION: y holds float targets, class_names is empty

    @property
    def is_regression(self) -> bool:
        """True when the run fits numbers (a linear output, squared error), not classes."""
        return self.task == REGRESSION

    @property
    def n_classes(self) -> int:
        return len(self.class_names)

    @property
    def plottable(self) -> bool:
        """True when the data has two coordinates, so decision regions can be drawn over them."""
        return self.grid_inputs.shape[0] > 0

    def transform(self, X_raw: np.ndarray) -> np.ndarray:
        X = expand_features(X_raw, self.feature_names) if self.feature_names else np.asarray(X_raw, np.float64)
        if self.mean is not None:
            X, _, _ = datasets.standardize(X, self.mean, self.std)
        return X


def _readonly(a: np.ndarray) -> np.ndarray:
    a = np.array(a, copy=True)
    a.flags.writeable = False
    return a


def _grid(extent, resolution) -> np.ndarray:
    xmin, xmax, ymin, ymax = extent
    xs = np.linspace(xmin, xmax, resolution)
    ys = np.linspace(ymin, ymax, resolution)
    gx, gy = np.meshgrid(xs, ys)                   # row = y, column = x
    return np.c_[gx.ravel(), gy.ravel()]


def load_raw(config: RunConfig) -> tuple[np.ndarray, np.ndarray, tuple[str, ...], tuple[str, str]]:
    """The dataset's two coordinates, class indices, class names and axis labels."""
    if config.dataset == "iris":
        X, y = datasets.iris_xy(tuple(config.iris_classes), tuple(config.iris_features))
        names = tuple(c.replace("Iris-", "") for c in config.iris_classes)
        labels = tuple(datasets.IRIS_FEATURE_LABELS[f] for f in config.iris_features)
        return X, y, names, labels
    X, y = datasets.GENERATORS[config.dataset](
        n_samples=int(config.n_samples), noise=float(config.noise), seed=0
    )
    return X, y, ("class 0", "class 1"), ("x₁", "x₂")


def standardized(config: RunConfig, F_train: np.ndarray, F_test: np.ndarray):
    """The features scaled by the training set's mean and standard deviation when the settings
    ask for it (the test set with the same numbers): F_train, F_test, mean, std (None, None when
    not scaled)."""
    if not config.standardize:
        return F_train, F_test, None, None
    F_train, mean, std = datasets.standardize(F_train)
    if len(F_test):
        F_test, _, _ = datasets.standardize(F_test, mean, std)
    return F_train, F_test, mean, std


def prepare_data(config: RunConfig, imported=None) -> DataView:
    """Load, split (file order is kept when nothing is held out), expand and scale the data.

    ``imported`` (a ``TabularData``) is the user's own data, used when ``config.dataset`` is
    ``IMPORTED``. With two columns it is treated like a built-in 2-D dataset (input features,
    decision regions); with more, every column is an input and there is no decision grid.
    """
    from desktop_nn.training.regression import prepare_regression, task_of

    if task_of(config.dataset, imported) == REGRESSION:
        return prepare_regression(config, imported)
    if config.dataset == IMPORTED:
        if imported is None:
            raise DatasetError("There is no imported data: use File ▸ Import CSV… first, or choose a built-in dataset.")
        X_raw = np.asarray(imported.X, dtype=np.float64)
        y = np.asarray(imported.y, dtype=np.int64)
        if len(y) < MIN_ROWS:       # drawn data, point by point: say what is missing
            raise DatasetError(f"There {'is' if len(y) == 1 else 'are'} {len(y)} point{'' if len(y) == 1 else 's'}; "
                               f"training needs at least {MIN_ROWS}, of at least two classes.")
        class_names = tuple(imported.class_names)
        if X_raw.shape[1] != 2:
            return _prepare_columns(config, X_raw, y, class_names, tuple(imported.feature_names), imported)
        axis_labels = tuple(imported.feature_names)
    else:
        X_raw, y, class_names, axis_labels = load_raw(config)
    Xtr, Xte, ytr, yte = _split(config, X_raw, y)
    names = tuple(config.features)
    F_train = expand_features(Xtr, names)
    F_test = expand_features(Xte, names) if len(Xte) else np.zeros((0, len(names)))
    F_train, F_test, mean, std = standardized(config, F_train, F_test)
    lo = X_raw.min(axis=0)
    hi = X_raw.max(axis=0)
    pad = np.maximum((hi - lo) * 0.08, 0.1)
    extent = (float(lo[0] - pad[0]), float(hi[0] + pad[0]), float(lo[1] - pad[1]), float(hi[1] + pad[1]))

    def features_of(points):
        F = expand_features(points, names)
        if mean is not None:
            F, _, _ = datasets.standardize(F, mean, std)
        return F

    input_labels = []
    for name in names:
        label = FEATURE_LABELS[name]
        if config.dataset in ("iris", IMPORTED) and name in ("x1", "x2"):
            label += "  " + axis_labels[0 if name == "x1" else 1].split(" [")[0]
        input_labels.append(label)
    return DataView(
        X_raw_train=_readonly(Xtr), y_train=_readonly(ytr), X_raw_test=_readonly(Xte),
        y_test=_readonly(yte), X_train=_readonly(F_train), X_test=_readonly(F_test),
        class_names=class_names, axis_labels=axis_labels, input_labels=tuple(input_labels),
        feature_names=names, mean=mean, std=std, extent=extent,
        grid_inputs=_readonly(features_of(_grid(extent, GRID_RESOLUTION))),
        hover_inputs=_readonly(features_of(_grid(extent, HOVER_RESOLUTION))),
        source=imported if config.dataset == IMPORTED else None,
    )


def _split(config: RunConfig, X_raw: np.ndarray, y: np.ndarray):
    """Training and test rows: a seeded random split, or with no test share every row, in the
    file's order, which the perceptron's result depends on."""
    if config.test_ratio > 0:
        Xtr, Xte, ytr, yte = datasets.train_test_split(X_raw, y, config.test_ratio, seed=0)
    else:
        Xtr, Xte, ytr, yte = X_raw, X_raw[:0], y, y[:0]
    if len(np.unique(ytr)) < 2:
        raise DatasetError("The training set holds only one class; lower the test share or add data.")
    return Xtr, Xte, ytr, yte


def _prepare_columns(config, X_raw, y, class_names, column_names, source) -> DataView:
    """Imported data with n ≠ 2 columns: every column is an input; no decision grid."""
    Xtr, Xte, ytr, yte = _split(config, X_raw, y)
    F_train, F_test = Xtr, Xte
    mean = std = None
    if config.standardize:
        F_train, mean, std = datasets.standardize(Xtr)
        if len(Xte):
            F_test, _, _ = datasets.standardize(Xte, mean, std)
    n = X_raw.shape[1]
    labels = tuple(column_names[:2]) if n >= 2 else (column_names[0], "")
    return DataView(
        X_raw_train=_readonly(Xtr), y_train=_readonly(ytr), X_raw_test=_readonly(Xte),
        y_test=_readonly(yte), X_train=_readonly(F_train), X_test=_readonly(F_test),
        class_names=class_names, axis_labels=labels, input_labels=tuple(column_names),
        feature_names=(), mean=mean, std=std, extent=(0.0, 1.0, 0.0, 1.0),
        grid_inputs=_readonly(np.zeros((0, n))), hover_inputs=_readonly(np.zeros((0, n))), source=source,
    )


# --- a forward pass for the hover heatmaps ---------------------------------------------------

def layer_outputs(params, activations, A0: np.ndarray) -> list[np.ndarray]:
    """A[l] for l = 1..L from parameters alone (the engine's forward loop), A0 is (n_x, m)."""
    return [A for _, A in propagate(params, activations, A0)]

