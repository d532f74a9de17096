"""The cost J over a plane through parameter space: the loss surface of a network.

A network's parameters are one point θ (``param_vector``). A plane through the current
parameters θ_c, spanned by two directions d1 and d2, has the points

    θ(α, β) = θ_c + α d1 + β d2,        so that θ(0, 0) = θ_c,

and J(θ(α, β)) over a grid of (α, β) is the surface the window draws as contours. Two kinds of
plane (:class:`Plane`):

* ``weight_plane`` — two chosen weights: d1 and d2 are the unit vectors of W[l][i, j] and
  W[l'][i', j'], so α and β are how far those two weights move; every other weight stays.
* ``path_plane`` — the main directions of a training path θ_0 (the initial weights), θ_1, …:
  d1 points from θ_c to θ_0, so the initial weights lie exactly on the plane at
  (‖θ_0 − θ_c‖, 0); d2 is the first principal direction (NumPy SVD) of what is left of the
  path's offsets θ_t − θ_c once their d1 parts are taken away. d1 and d2 are orthonormal; the
  plane holds θ_c and θ_0 exactly and as much of the rest of the path as one more direction can.

``Plane.project`` gives each snapshot's (α, β) — the least-squares point of the plane — and its
distance off the plane (the residual, 0 for θ_c and θ_0 of a path plane).

``surface`` evaluates the whole grid a block of B grid points at a time, as stacked arrays
(B, n[l], m): W[l] at every point of the block is C + α D1 + β D2, and Z[l] one batched
product (B, n[l], n[l-1]) @ (B, n[l-1], m). Layer 1 sees the same X everywhere, so its
Z[1] = C [X; 1] + α D1 [X; 1] + β D2 [X; 1] costs three products for the whole grid. It uses
the network's own activations and loss (and its L2 term), so J(0, 0) is the network's cost.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import fastpath, param_vector
from .activations import get_activation
from .errors import ConfigError, ShapeError
from .losses import get_loss
from .network import Network

Array = np.ndarray

#: units × grid points × examples of one block (≈ 400 kB of float64: the block stays in the CPU
#: cache; larger blocks measured slower in benchmarks/bench_surface.py)
BLOCK_ELEMENTS = 50_000


@dataclass(frozen=True, eq=False)
class Plane:
    """θ(α, β) = centre + α d1 + β d2 (all of length P, the number of parameters).

    kind "weights" (``weights`` names the two coordinates (layer, i, j)) or "path"."""

    centre: Array
    d1: Array
    d2: Array
    kind: str
    weights: tuple = ()

    def point(self, alpha: float, beta: float) -> Array:
        """θ at (α, β)."""
        return self.centre + alpha * self.d1 + beta * self.d2

    def project(self, thetas) -> tuple[Array, Array]:
        """(α, β) of each row θ_t (T, P) — its nearest point of the plane — and its distance
        off the plane, ‖θ_t − θ(α, β)‖.   -> (T, 2), (T,)"""
        thetas = np.atleast_2d(np.asarray(thetas, dtype=np.float64))
        D = np.vstack([self.d1, self.d2])                    # (2, P), orthonormal rows
        offsets = thetas - self.centre
        coords = offsets @ D.T
        residual = np.linalg.norm(offsets - coords @ D, axis=1)
        return coords, residual


def weight_plane(layer_dims, centre, first, second) -> Plane:
    """The plane of two weights: ``first`` and ``second`` are (layer, i, j) of W[layer][i, j]
    (j None: the bias b[layer][i])."""
    centre = np.array(centre, dtype=np.float64)
    k1 = param_vector.coordinate(layer_dims, *first)
    k2 = param_vector.coordinate(layer_dims, *second)
    if k1 == k2:
        raise ConfigError("Pick two different weights: a plane needs two directions.")
    d1 = np.zeros_like(centre)
    d2 = np.zeros_like(centre)
    d1[k1] = d2[k2] = 1.0
    return Plane(centre, d1, d2, "weights", (tuple(first), tuple(second)))


def path_plane(snapshots, centre) -> Plane:
    """The plane through ``centre`` (θ_c) and the path's first snapshot (θ_0, the initial
    weights) that holds most of the rest of the path: d1 = (θ_0 − θ_c)/‖θ_0 − θ_c‖, d2 the
    first right singular vector of the offsets θ_t − θ_c with their d1 parts removed.

    ``snapshots`` (T, P), row 0 the initial weights. A path that never left θ_c has no
    direction: ConfigError. A straight path leaves d2 free: the unit vector orthogonal to d1
    along the coordinate d1 uses least."""
    S = np.atleast_2d(np.asarray(snapshots, dtype=np.float64))
    centre = np.array(centre, dtype=np.float64)
    if S.shape[1] != centre.shape[0]:
        raise ShapeError(f"the snapshots have {S.shape[1]} parameters; the centre has {centre.shape[0]}.")
    offsets = S - centre
    first = offsets[0]
    length = np.linalg.norm(first)
    if not np.isfinite(length) or length <= 1e-12 * max(1.0, np.linalg.norm(centre)):
        raise ConfigError("The weights are still the initial ones: train a few epochs first, so that "
                          "the training path has a direction.")
    d1 = first / length
    rest = offsets - np.outer(offsets @ d1, d1)
    scale = np.linalg.norm(rest, axis=1).max()
    if scale > 1e-9 * length:
        _, _, vt = np.linalg.svd(rest, full_matrices=False)
        d2 = vt[0]
    else:
        d2 = np.zeros_like(d1)
        d2[int(np.argmin(np.abs(d1)))] = 1.0
    d2 = d2 - (d2 @ d1) * d1                      # orthogonal to d1 to rounding, then exactly unit
    d2 /= np.linalg.norm(d2)
    return Plane(centre, d1, d2, "path")


def explained_share(plane: Plane, snapshots) -> float:
    """The share of the path's squared distance from the centre that lies in the plane
    (1.0: the whole path is on it)."""
    coords, residual = plane.project(snapshots)
    inside = float(np.sum(coords ** 2))
    total = inside + float(np.sum(residual ** 2))
    return 1.0 if total == 0 else inside / total


def _activate(g, Z: Array) -> Array:
    """A = g(Z) for Z (B, n, m); an activation that mixes a column's units (softmax) sees them on
    its first axis, as it expects."""
    if g.elementwise:
        return g(Z)
    return np.moveaxis(g(np.moveaxis(Z, 1, 0)), 0, 1)


def batched_cost(loss, AL: Array, Y: Array) -> Array:
    """The loss's cost for each of B outputs at once: AL (B, n[L], m), Y (n[L], m) -> (B,).

    The three losses of ``losses.py`` written over a leading grid axis, with the same clipping
    (tests hold them to the engine's cost at 1e-12); any other loss, one ``loss.cost`` per point."""
    m = Y.shape[1]
    Y = Y[None]
    if loss.name == "squared_error":
        D = AL - Y
        return np.sum(D * D, axis=(1, 2)) / (2 * m)
    if loss.name not in ("binary_cross_entropy", "categorical_cross_entropy"):
        return np.array([loss.cost(A, Y[0]) for A in AL])
    eps = np.finfo(AL.dtype).eps
    A = np.clip(AL, eps, 1 - eps)
    if loss.name == "binary_cross_entropy":
        return -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A), axis=(1, 2)) / m
    return -np.sum(Y * np.log(A), axis=(1, 2)) / m


def surface(network: Network, X, Y, plane: Plane, alphas, betas, check=None) -> Array:
    """J(θ_c + α d1 + β d2) for every α of ``alphas`` and β of ``betas``: (len(betas), len(alphas)),
    row r the r-th β. The network gives the architecture, activations, loss and L2 λ (its own
    parameters are not used or changed); X (n[0], m), Y (n[L], m). ``check()`` is called between
    blocks (a job's cancellation)."""
    X = network._check_X(X).astype(np.float64, copy=False)
    Y = network._check_Y(Y, X.shape[1]).astype(np.float64, copy=False)
    dims = network.layer_dims
    if plane.centre.shape != (param_vector.size(dims),):
        raise ShapeError(f"the plane lives in {plane.centre.shape[0]} parameters; the network has "
                         f"{param_vector.size(dims)}.")
    alphas = np.asarray(alphas, dtype=np.float64).ravel()
    betas = np.asarray(betas, dtype=np.float64).ravel()
    A_grid, B_grid = np.meshgrid(alphas, betas)
    a_all, b_all = A_grid.ravel(), B_grid.ravel()
    g = [get_activation(name, network.leaky_slope) for name in network.activations]
    loss = get_loss(network.output, network.loss)
    m = X.shape[1]
    shapes = [(dims[l], dims[l - 1] + 1) for l in range(1, len(dims))]
    parts = [[v[s].reshape(shape) for s, shape in zip(param_vector.layer_slices(dims), shapes)]
             for v in (plane.centre, plane.d1, plane.d2)]
    block = max(1, BLOCK_ELEMENTS // (max(dims) * m))
    J = np.empty(a_all.size)
    with fastpath.blas_threads(fastpath.auto_blas_threads(network)):     # as the fast path does
        _evaluate(J, a_all, b_all, block, X, Y, parts, g, loss, network.l2, check)
    return J.reshape(B_grid.shape)


def _evaluate(J, a_all, b_all, block, X, Y, parts, g, loss, l2, check) -> None:
    """J at the points (a_all, b_all), ``block`` points at a time (see ``surface``)."""
    m = X.shape[1]
    # layer 1 sees the same X at every point, and W[1](α, β) [X; 1] is linear in α and β:
    # its three parts are computed once for the whole grid
    first = [P[:, :-1] @ X + P[:, -1:] for P in (parts[0][0], parts[1][0], parts[2][0])]
    for start in range(0, a_all.size, block):
        if check is not None:
            check()
        a = a_all[start:start + block, None, None]
        b = b_all[start:start + block, None, None]
        n_points = a.shape[0]
        penalty = 0.0
        Z = first[0] + a * first[1] + b * first[2]             # (B, n[1], m)
        for l, (C, D1, D2) in enumerate(zip(*parts)):
            if l or l2:
                # W[l] and b[l] at every point of the block, each a contiguous (B, n[l], ·) array
                W = C[:, :-1] + a * D1[:, :-1] + b * D2[:, :-1]
            if l:
                Z = np.matmul(W, A)
                Z += C[:, -1:] + a * D1[:, -1:] + b * D2[:, -1:]
            A = _activate(g[l], Z)
            if l2:
                penalty = penalty + np.sum(W * W, axis=(1, 2))
        costs = batched_cost(loss, A, Y)
        if l2:
            costs = costs + l2 / (2 * m) * penalty
        J[start:start + n_points] = costs
