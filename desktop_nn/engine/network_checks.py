"""The checks a Network makes of what it is given — its architecture, its inputs X and targets Y,
a learning rate — and :func:`to_columns`, which turns the classic layout into the chapter's.

Each refuses a bad value with a ConfigError, DatasetError or ShapeError that says what to pass
instead (``X.T``, ``to_columns``, ``reshape(-1, 1)`` …).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .activations import OUTPUT_ACTIVATIONS, hidden_activation_names
from .errors import ConfigError, DatasetError, ShapeError

if TYPE_CHECKING:
    from .network import Network

Array = np.ndarray


def check_X(net: "Network", X) -> Array:
    """X as an array of the network's dtype, (n[0], m) with m >= 1, finite; else a DatasetError or
    ShapeError saying what to pass instead."""
    n_x = net.layer_dims[0]
    try:
        X = np.asarray(X, dtype=net.dtype)
    except (TypeError, ValueError) as exc:
        raise DatasetError(f"X must be a numeric array: {exc}") from None
    if X.ndim != 2 or X.shape[0] != n_x:
        hint = ""
        if X.ndim == 2 and X.shape[1] == n_x:
            hint = " Rows look like examples: pass X.T, or use to_columns(X, y, output)."
        elif X.ndim == 1:
            hint = " A single example must be a column: x.reshape(-1, 1)."
        raise ShapeError(
            f"X must have shape (n[0], m) = ({n_x}, m), one column per example; "
            f"got {X.shape}.{hint}"
        )
    if X.shape[1] == 0:
        raise DatasetError("X has no examples (m = 0).")
    if not np.all(np.isfinite(X)):
        raise DatasetError("X contains NaN or inf; clean or impute the data first.")
    return X


def check_Y(net: "Network", Y, m=None) -> Array:
    """Y as an array of the network's dtype, (n[L], m), finite, within 0…1 for a cross-entropy loss."""
    n_L = net.layer_dims[-1]
    try:
        Y = np.asarray(Y, dtype=net.dtype)
    except (TypeError, ValueError) as exc:
        raise DatasetError(f"Y must be a numeric array: {exc}") from None
    if Y.ndim != 2 or Y.shape[0] != n_L or (m is not None and Y.shape[1] != m):
        want = f"({n_L}, {m if m is not None else 'm'})"
        hint = ""
        if Y.ndim == 1:
            hint = " Labels given as a vector: use to_columns(X, y, output) to shape them."
        raise ShapeError(
            f"Y must have shape (n[L], m) = {want}"
            f"{' (one-hot, one row per class)' if net.output == 'softmax' else ''}; "
            f"got {Y.shape}.{hint}"
        )
    if not np.all(np.isfinite(Y)):
        raise DatasetError("Y contains NaN or inf.")
    if net.loss != "squared_error" and (Y.min() < 0 or Y.max() > 1):
        raise DatasetError(
            f"{net.loss} needs targets between 0 and 1; Y has values from {Y.min():g} to "
            f"{Y.max():g}. Map labels -1/+1 (the perceptron's) to 0/1: Y = (Y + 1) / 2."
        )
    return Y


def check_learning_rate(learning_rate) -> float:
    """The learning rate alpha as a float > 0 (ConfigError otherwise)."""
    try:
        alpha = float(learning_rate)
    except (TypeError, ValueError):
        raise ConfigError(f"learning rate must be a number; got {learning_rate!r}.") from None
    if not np.isfinite(alpha) or alpha <= 0:
        raise ConfigError(f"learning rate must be a number > 0, such as 0.01; got {learning_rate!r}.")
    return alpha


def to_columns(X_rows, y, output="sigmoid", n_classes=None) -> tuple[Array, Array]:
    """Classic layout -> the chapter's: X (m, n) rows, y (m,) labels -> X (n, m), Y.

    Y is (1, m) for a sigmoid or linear output and one-hot (n_classes, m) for softmax
    (n_classes defaults to max(y) + 1). A 2-D y (m, k) for a linear output becomes (k, m).
    """
    X_rows = np.asarray(X_rows, dtype=np.float64)
    y = np.asarray(y)
    if X_rows.ndim != 2:
        raise ShapeError(f"X must be a 2-D (m, n) array with one row per example; got {X_rows.shape}.")
    m = X_rows.shape[0]
    if y.shape[0] != m:
        raise ShapeError(f"X has {m} rows (examples) but y has {y.shape[0]} labels; they must match.")
    X = np.ascontiguousarray(X_rows.T)
    if output == "softmax":
        if y.ndim != 1 or not np.all(np.equal(np.mod(y, 1), 0)) or (m and y.min() < 0):
            raise DatasetError("softmax labels must be a vector of class indices 0, 1, 2, ...")
        y = y.astype(np.intp)
        k = int(y.max()) + 1 if n_classes is None else int(n_classes)
        if m and y.max() >= k:
            raise DatasetError(f"label {y.max()} is out of range for {k} classes.")
        Y = np.zeros((k, m))
        Y[y, np.arange(m)] = 1.0
        return X, Y
    if output == "sigmoid":
        if y.ndim != 1:
            raise ShapeError(f"sigmoid labels must be a vector (m,); got {y.shape}.")
        values = set(np.unique(y).tolist())
        if not values <= {0, 1}:
            raise DatasetError(
                f"sigmoid labels must be 0/1; got {sorted(values)[:5]}. "
                f"Map -1/+1 labels with y = (y + 1) // 2."
            )
        return X, y.astype(np.float64).reshape(1, m)
    if output == "linear":
        Y = y.astype(np.float64)
        return X, (Y.reshape(1, m) if Y.ndim == 1 else np.ascontiguousarray(Y.T))
    raise ConfigError(f"output must be one of {', '.join(OUTPUT_ACTIVATIONS)}; got {output!r}.")


def check_layer_dims(layer_dims) -> list[int]:
    try:
        dims = [int(n) for n in layer_dims]
        exact = all(float(n) == int(n) for n in layer_dims)
    except (TypeError, ValueError):
        raise ConfigError(f"layer_dims must be a list of whole numbers like [2, 3, 1]; got {layer_dims!r}.") from None
    if len(dims) < 2 or not exact or min(dims) < 1:
        raise ConfigError(
            f"layer_dims must list at least the input and output sizes, each >= 1 "
            f"(e.g. [2, 3, 5, 4, 2, 1]); got {list(layer_dims)!r}."
        )
    return dims


def check_hidden(hidden_activation, L: int) -> list[str]:
    names = [hidden_activation] * (L - 1) if isinstance(hidden_activation, str) else list(hidden_activation)
    if len(names) != L - 1:
        raise ConfigError(
            f"hidden_activation lists {len(names)} names but the network has {L - 1} hidden layers."
        )
    allowed = hidden_activation_names()
    for name in names:
        if name not in allowed:
            raise ConfigError(
                f"hidden activation must be one of {', '.join(allowed)}; got {name!r}"
                + (" (softmax belongs to the output layer)." if name == "softmax" else ".")
            )
    return names
