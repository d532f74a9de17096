"""All of a network's parameters as one flat vector θ, and back.

The loss surface, the PCA of a training path and the optimiser race move through parameter
space, where a point is the vector θ of every W[l] and b[l]. Its order is the fast path's
storage, layer by layer: the rows of [W[l] | b[l]] one after another, so layer l contributes
n[l] · (n[l-1] + 1) numbers and

    θ = ( [W[1] | b[1]] row by row, [W[2] | b[2]] row by row, … )

``flatten`` and ``unflatten`` are each other's inverse, ``coordinate`` names where one weight
W[l][i, j] (or bias b[l][i]) sits in θ.
"""

from __future__ import annotations

import numpy as np

from .errors import ShapeError

Array = np.ndarray


def layer_slices(layer_dims) -> list[slice]:
    """Where each layer's [W[l] | b[l]] lies in θ: one slice per layer l = 1..L."""
    slices, start = [], 0
    for l in range(1, len(layer_dims)):
        size = int(layer_dims[l]) * (int(layer_dims[l - 1]) + 1)
        slices.append(slice(start, start + size))
        start += size
    return slices


def size(layer_dims) -> int:
    """The number of parameters: sum over l of n[l] (n[l-1] + 1)."""
    return layer_slices(layer_dims)[-1].stop


def flatten(params, layer_dims, prefix: str = "") -> Array:
    """θ from {"W1", "b1", …} (or, with ``prefix="d"``, the gradients {"dW1", "db1", …})."""
    parts = []
    for l in range(1, len(layer_dims)):
        W = np.asarray(params[f"{prefix}W{l}"], dtype=np.float64)
        b = np.asarray(params[f"{prefix}b{l}"], dtype=np.float64).reshape(-1, 1)
        expected = (int(layer_dims[l]), int(layer_dims[l - 1]))
        if W.shape != expected or b.shape[0] != expected[0]:
            raise ShapeError(f"{prefix}W{l} has shape {W.shape} and {prefix}b{l} {b.shape}; "
                             f"this network needs {expected} and ({expected[0]}, 1).")
        parts.append(np.hstack([W, b]).ravel())
    return np.concatenate(parts)


def unflatten(theta, layer_dims) -> dict[str, Array]:
    """{"W1": (n[1], n[0]), "b1": (n[1], 1), …} from θ (new arrays)."""
    theta = np.asarray(theta, dtype=np.float64)
    slices = layer_slices(layer_dims)
    if theta.shape != (slices[-1].stop,):
        raise ShapeError(f"θ has shape {theta.shape}; this network has {slices[-1].stop} parameters.")
    params = {}
    for l, part in enumerate(slices, start=1):
        Wb = theta[part].reshape(int(layer_dims[l]), int(layer_dims[l - 1]) + 1)
        params[f"W{l}"] = Wb[:, :-1].copy()
        params[f"b{l}"] = Wb[:, -1:].copy()
    return params


def coordinate(layer_dims, layer: int, i: int, j: int | None) -> int:
    """The index in θ of W[layer][i, j] (``j=None``: of the bias b[layer][i])."""
    L = len(layer_dims) - 1
    if not 1 <= layer <= L:
        raise ShapeError(f"layer must be 1 … {L}; got {layer}.")
    rows, cols = int(layer_dims[layer]), int(layer_dims[layer - 1])
    if not 0 <= i < rows or (j is not None and not 0 <= j < cols):
        raise ShapeError(f"W[{layer}] is ({rows}, {cols}); there is no entry ({i}, {j}).")
    column = cols if j is None else j
    return layer_slices(layer_dims)[layer - 1].start + i * (cols + 1) + column
