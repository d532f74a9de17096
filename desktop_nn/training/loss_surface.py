"""The loss surface of a run, ready to draw: its plane, J over a grid, its training path and a
race of optimisers on it (no Qt; the window runs :func:`compute_surface` and :func:`race_on`
as jobs of the job runner).

The network and its training data come from the one model builder (``build_run``) with the
parameters the window shows, so the centre of the plane is the live model and J(0, 0) its cost
on the training set (the cost plot's J, with its L2 term).

The training path is not streamed from the frames (the window may open long after the start,
and frames come at the drawing's pace, not the epochs'): :func:`training_path` trains the run
again from its initial weights — same settings, same seed, so the same weights epoch by epoch as
the live run, as long as its settings were not changed on the way — for as many epochs as the
live run has trained (at most ``MAX_PATH_EPOCHS``), keeping ``PATH_POINTS`` evenly spaced
snapshots, the initial weights first.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_nn.engine import param_vector
from desktop_nn.engine.errors import ConfigError, DivergenceError
from desktop_nn.engine.surface import Plane, explained_share, path_plane, surface, weight_plane
from desktop_nn.engine.surface_race import RacePath, race
from desktop_nn.training.config import DataView, RunConfig
from desktop_nn.training.runs import build_run

MAX_PATH_EPOCHS = 3000      # epochs trained again for the path, at most
PATH_POINTS = 200           # snapshots kept along it (plus the initial weights)
RESOLUTION = 41             # grid points along each axis
WEIGHT_SPAN = 2.0           # a weight plane reaches at least this far either side of the centre


@dataclass(frozen=True, eq=False)
class SurfaceResult:
    """What the window draws. ``J[r, c]`` is the cost at (alphas[c], betas[r]); ``path`` the
    training path's (α, β) (row 0 the initial weights), ``path_epochs`` their epochs and
    ``path_residual`` each one's distance off the plane; ``explained`` the share of the path in
    the plane; ``centre_cost`` J at (0, 0)."""

    plane: Plane
    alphas: np.ndarray
    betas: np.ndarray
    J: np.ndarray
    path: np.ndarray
    path_epochs: np.ndarray
    path_residual: np.ndarray
    explained: float
    centre_cost: float
    layer_dims: tuple


def network_and_data(config: RunConfig, data: DataView, params):
    """The network (at ``params``) and its training X (n[0], m), Y (n[L], m), from build_run."""
    if config.is_classic:
        raise ConfigError("The loss surface is drawn for a neural network: choose the model "
                          "\"neural network\" in the settings.")
    run = build_run(config, data, params=None if params is None else dict(params))
    return run, run.network, run.trainer.X, run.trainer.Y


def training_path(config: RunConfig, data: DataView, epochs: int, check=None,
                  progress=None) -> tuple[np.ndarray, np.ndarray]:
    """(epochs (T,), θ (T, P)): the run trained again from its initial weights for ``epochs``
    epochs (at most MAX_PATH_EPOCHS), every k-th epoch kept so that T ≤ PATH_POINTS + 1; row 0
    is epoch 0, the initial weights; the last row the last epoch trained. A divergence ends the
    path where it happened. ``check()`` and ``progress(epoch, total)`` are called every 50 epochs."""
    if config.is_classic:
        network_and_data(config, data, None)          # says why there is no surface
    run = build_run(config, data)
    net = run.network
    total = int(min(max(epochs, 0), MAX_PATH_EPOCHS))
    every = max(1, int(np.ceil(total / PATH_POINTS)))
    kept = [0]
    thetas = [param_vector.flatten(run.params(), net.layer_dims)]
    for epoch in range(1, total + 1):
        if epoch % 50 == 0:
            if check is not None:
                check()
            if progress is not None:
                progress(epoch, total)
        try:
            run.step()
        except DivergenceError:
            break
        if epoch % every == 0 or epoch == total:
            kept.append(epoch)
            thetas.append(param_vector.flatten(run.params(), net.layer_dims))
    return np.array(kept), np.array(thetas)


def _range(low: float, high: float, margin: float, floor: float) -> tuple[float, float]:
    half = max(0.5 * (high - low) * (1 + 2 * margin), floor)
    middle = 0.5 * (high + low)
    return middle - half, middle + half


def compute_surface(config: RunConfig, data: DataView, params, epoch: int, *, mode: str = "path",
                    weights=None, resolution: int = RESOLUTION, check=None, progress=None) -> SurfaceResult:
    """The surface around ``params`` (the live model at ``epoch``).

    mode "path": the plane of the training path (``surface.path_plane``); "weights": the plane of
    the two coordinates ``weights`` = ((layer, i, j), (layer', i', j')). The training path is
    projected onto either. ``check`` and ``progress`` go to :func:`training_path`."""
    _, net, X, Y = network_and_data(config, data, params)
    dims = tuple(net.layer_dims)
    centre = param_vector.flatten(params, dims)
    epochs, thetas = training_path(config, data, epoch, check, progress)
    if mode == "path":
        plane = path_plane(thetas, centre)
    elif mode == "weights":
        if weights is None or len(weights) != 2:
            raise ConfigError("Pick two weights: click two links of the network.")
        plane = weight_plane(dims, centre, *weights)
    else:
        raise ConfigError(f"mode must be \"path\" or \"weights\"; got {mode!r}.")
    coords, residual = plane.project(thetas)
    pts = np.vstack([coords, [[0.0, 0.0]]])
    if mode == "weights":
        span = max(WEIGHT_SPAN, 1.5 * float(np.max(np.abs(centre[[np.argmax(plane.d1), np.argmax(plane.d2)]]))))
        a_lo, a_hi = _range(pts[:, 0].min(), pts[:, 0].max(), 0.15, span)
        b_lo, b_hi = _range(pts[:, 1].min(), pts[:, 1].max(), 0.15, span)
    else:
        reach = float(np.ptp(pts, axis=0).max()) or 1.0
        a_lo, a_hi = _range(pts[:, 0].min(), pts[:, 0].max(), 0.3, 0.3 * reach)
        b_lo, b_hi = _range(pts[:, 1].min(), pts[:, 1].max(), 0.3, 0.3 * reach)
    n = int(resolution)
    alphas, betas = np.linspace(a_lo, a_hi, n), np.linspace(b_lo, b_hi, n)
    with np.errstate(all="ignore"):
        J = surface(net, X, Y, plane, alphas, betas, check=check)
        centre_cost = float(surface(net, X, Y, plane, [0.0], [0.0])[0, 0])
    return SurfaceResult(plane, alphas, betas, J, coords, epochs, residual,
                         explained_share(plane, thetas), centre_cost, dims)


def race_on(config: RunConfig, data: DataView, params, plane: Plane, start, steps: int,
            learning_rate: float, check=None) -> dict[str, RacePath]:
    """Gradient descent, momentum and Adam from ``start`` (α, β) on ``plane`` for ``steps``
    updates each, with the engine's β (0.9; 0.9 and 0.999), as the trainer uses them
    (engine.surface_race.race)."""
    _, net, X, Y = network_and_data(config, data, params)
    return race(net, X, Y, plane, start, steps, learning_rate, check=check)
