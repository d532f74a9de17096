"""Data drawn by hand (no Qt): points added, sprayed and erased on the decision plot.

A drawn set is the user's own data like a CSV's — a :class:`TabularData` named ``"drawn"``
(``source``) with two columns — so it trains, is saved in projects and exported exactly as
imported data is (``dataset = "imported"``). Every function here returns a new, read-only set;
the document keeps each as one undoable edit (``Document.set_data``).

Classes are numbered 0, 1, 2 (their colours are the palette's); a set always names at least two
classes, so that its settings are a two-class problem until a third class is drawn (then the
document switches to softmax, as for imported three-class data).

A function to fit is drawn the same way on a one-input regression's plot, whose axes are x and
the target y: a point at (x, y) is an example x with the number y to fit (one column X, a float
y: a regression's data, as a CSV with a numeric target is).
"""

from __future__ import annotations

import numpy as np

from desktop_nn.engine.tabular_types import TabularData

DRAWN = "drawn"                   # the source name of a drawn set
DRAW_CLASSES = 3                  # classes offered for drawing
AXES = ("x₁", "x₂")
LABEL = "class"


def is_drawn(data) -> bool:
    """A drawn set: two columns with classes, or one column with numbers to fit."""
    if data is None or getattr(data, "source", None) != DRAWN:
        return False
    return data.n_features == (1 if data.is_regression else 2)


def shown(data: TabularData) -> np.ndarray:
    """The points as the plot shows them, (m, 2): x₁, x₂ — or x and y for numbers to fit."""
    if data.is_regression:
        return np.column_stack([data.X[:, 0], data.y])
    return data.X


def class_names(y: np.ndarray, names=()) -> tuple[str, ...]:
    """Names for classes 0 … max(1, max y): the given ones first, "class k" after them."""
    k = max(2, int(y.max()) + 1 if len(y) else 0)
    return tuple(names[i] if i < len(names) else f"class {i}" for i in range(k))


def drawn_data(X, y, feature_names=AXES, names=()) -> TabularData:
    """A drawn set of the points ``X`` (m, 2) with classes ``y`` (m,)."""
    X = np.array(X, dtype=np.float64).reshape(-1, 2)
    y = np.array(y, dtype=np.int64).reshape(-1)
    if len(X) != len(y):
        raise ValueError(f"{len(X)} points but {len(y)} classes")
    X.flags.writeable = y.flags.writeable = False
    return TabularData(X=X, y=y, feature_names=tuple(feature_names), label_name=LABEL,
                       class_names=class_names(y, names), source=DRAWN)


def drawn_values(x, y, feature_name: str = "x", label_name: str = "y") -> TabularData:
    """A drawn function to fit: inputs ``x`` (m,) and the numbers ``y`` (m,) to fit."""
    X = np.array(x, dtype=np.float64).reshape(-1, 1)
    y = np.array(y, dtype=np.float64).reshape(-1)
    if len(X) != len(y):
        raise ValueError(f"{len(X)} inputs but {len(y)} numbers to fit")
    X.flags.writeable = y.flags.writeable = False
    return TabularData(X=X, y=y, feature_names=(feature_name,), label_name=label_name, class_names=(),
                       source=DRAWN)


def _like(data: TabularData, X, y) -> TabularData:
    """A drawn set of the kind of ``data`` (classes, or numbers to fit), with its names."""
    if data.is_regression:
        return drawn_values(np.asarray(X).reshape(-1, 1)[:, 0], y, data.feature_names[0], data.label_name)
    return drawn_data(X, y, data.feature_names, data.class_names)


def empty(like: TabularData | None = None) -> TabularData:
    """No points: a canvas of the kind of ``like`` (classes, or numbers to fit) with plain names —
    x₁, x₂ and "class k", or x and y — not the names of the data the points came from (a canvas
    cleared of Iris flowers holds no flowers)."""
    if like is not None and like.is_regression:
        return drawn_values([], [])
    return drawn_data(np.zeros((0, 2)), np.zeros(0))


def with_points(data: TabularData, points, label: int) -> TabularData:
    """``data`` and ``points`` (k, 2) after its own points: of class ``label``, or — for numbers
    to fit — each point (x, y) an input x with its number y."""
    points = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    if data.is_regression:
        return _like(data, np.concatenate([data.X[:, 0], points[:, 0]]), np.concatenate([data.y, points[:, 1]]))
    return drawn_data(np.vstack([data.X, points]), np.concatenate([data.y, np.full(len(points), int(label))]),
                      data.feature_names, data.class_names)


def without(data: TabularData, index: int) -> TabularData:
    """``data`` without its point ``index``."""
    keep = np.arange(len(data.y)) != index
    return _like(data, data.X[keep], data.y[keep])


def nearest(data: TabularData, x: float, y: float, scale=(1.0, 1.0), radius: float = np.inf) -> int | None:
    """The index of the point nearest (x, y), distances measured in units of ``scale`` (data
    units per pixel on each axis: then ``radius`` is in pixels); None when none is that near."""
    if not len(data.y):
        return None
    P = shown(data)
    d = np.hypot((P[:, 0] - x) / scale[0], (P[:, 1] - y) / scale[1])
    i = int(np.argmin(d))
    return i if d[i] <= radius else None


def spray(start, end, spacing, scale=(1.0, 1.0)) -> np.ndarray:
    """Points along the segment start → end, ``spacing`` apart (in units of ``scale``), after
    ``start`` itself: (k, 2), k ≥ 0. The last point lies ≤ spacing from ``end``."""
    start, end = np.asarray(start, dtype=np.float64), np.asarray(end, dtype=np.float64)
    step = (end - start) / np.asarray(scale, dtype=np.float64)
    length = float(np.hypot(*step))
    k = int(length // spacing)
    if k == 0:
        return np.zeros((0, 2))
    t = (np.arange(1, k + 1) * spacing / length)[:, None]
    return start + t * (end - start)


def from_current(config, imported=None) -> TabularData:
    """A drawn set holding the points of the data ``config`` trains on — every point, training
    and test, in the data's own order, with its class names and axis names — or an empty one when
    that data has no plane to draw on (imported data with other than two columns)."""
    from desktop_nn.training.data import IMPORTED, load_raw
    from desktop_nn.training.regression import raw_inputs, regression_points

    if raw_inputs(config.dataset, imported) == 1:                 # a function to fit, of one input
        X, y, labels = regression_points(config, imported)
        return drawn_values(X[:, 0], y, labels[0], labels[1])
    if config.dataset == IMPORTED:
        if imported is None or imported.n_features != 2:
            return empty()
        return drawn_data(imported.X, imported.y, imported.feature_names, imported.class_names)
    X, y, names, axes = load_raw(config)
    return drawn_data(X, y, axes, names)
