"""Gradient flow through depth (no Qt): the gradient norms a live run reports, and the grid that
trains one deep network with every activation × initialiser pair.

* :func:`take_noted_gradients` — what a frame carries: the per-layer norms (engine.gradient_norms)
  the run's trainer noted at an update since the last frame; it asks for the next ones. The
  norms cost 2L-1 dot products once per frame (at most ~30 a second), nothing per epoch.
* :func:`depth_grid` — the chapter's initialisation and "why deep" slides as one experiment: the
  same network (2-8-8-8-8-1 by default) trained for a few epochs of batch gradient descent with
  sigmoid / tanh / ReLU hidden layers × zeros / small / Xavier / He weights, every epoch's
  ‖dW[l]‖ kept. With sigmoid and zero weights every dA below the output layer is W^T dZ = 0 at
  the first update, so ‖dW[1]‖ stays (near) zero while ‖dW[L]‖ is not: the gradient vanishes
  on its way down; Xavier weights with tanh keep the layers' norms of one size.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from desktop_nn.engine.datasets import GENERATORS, standardize, train_test_split
from desktop_nn.engine.errors import ConfigError, DivergenceError
from desktop_nn.engine.gradient_norms import GradientNorms, norm_names
from desktop_nn.engine.network import Network, to_columns
from desktop_nn.engine.trainer import Trainer

__all__ = ["GradientNorms", "norm_names", "take_noted_gradients", "DepthGrid", "depth_grid",
           "GRID_ACTIVATIONS", "GRID_INITS", "GRID_DIMS", "NORM_FLOOR"]

GRID_ACTIVATIONS = ("sigmoid", "tanh", "relu")
GRID_INITS = ("zeros", "small_random", "xavier", "he")
GRID_DIMS = (2, 8, 8, 8, 8, 1)
GRID_EPOCHS = 20
GRID_LEARNING_RATE = 0.1
#: norms below this are drawn at it on a log axis (an exact zero has no logarithm)
NORM_FLOOR = 1e-40


def take_noted_gradients(run) -> GradientNorms | None:
    """The norms ``run``'s trainer noted since the last call (None: none, or not a network), and
    a request for the next update's."""
    trainer = getattr(run, "trainer", None)
    if trainer is None or not hasattr(trainer, "note_gradients"):
        return None
    noted, trainer.noted_gradients = trainer.noted_gradients, None
    trainer.note_gradients = True
    return noted


@dataclass(frozen=True, eq=False)
class DepthGrid:
    """``norms[i, j, e, l-1]``: ‖dW[l]‖ at epoch e+1 for activation ``activations[i]`` and
    initialiser ``inits[j]`` (NaN after a run diverged). :meth:`mean` averages over the epochs."""

    layer_dims: tuple[int, ...]
    activations: tuple[str, ...]
    inits: tuple[str, ...]
    dataset: str
    epochs: int
    norms: np.ndarray

    @property
    def L(self) -> int:
        return len(self.layer_dims) - 1

    def mean(self, first: int | None = None) -> np.ndarray:
        """(activations, inits, L): each layer's ‖dW[l]‖ averaged over the first ``first`` epochs
        (all by default) that trained."""
        block = self.norms[:, :, : first or self.epochs]
        with np.errstate(invalid="ignore"):
            counts = np.sum(np.isfinite(block), axis=2)
            sums = np.nansum(block, axis=2)
            return np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)

    def ratio(self, activation: str, init: str, first: int | None = None) -> float:
        """‖dW[1]‖ / ‖dW[L]‖ of one cell (averaged over the epochs): far below 1 = vanishing."""
        m = self.mean(first)[self.activations.index(activation), self.inits.index(init)]
        return float(m[0] / m[-1]) if m[-1] > 0 else float("nan")


def grid_data(dataset: str = "circles", n_samples: int = 200, seed: int = 0):
    """X (2, m), Y (1, m): the training part (70 %) of a generated 2-D dataset, standardised,
    examples as columns — as the main window trains it. (Its classes are not exactly balanced:
    with all weights zero and both classes equally many, even dW[L] = mean(A[L] - Y) 0.5 is 0.)"""
    if dataset not in GENERATORS:
        raise ConfigError(f"unknown dataset {dataset!r}; choose one of: {', '.join(GENERATORS)}.")
    X, y = GENERATORS[dataset](n_samples=n_samples, noise=0.1, seed=seed)
    X, _, y, _ = train_test_split(X, y, test_ratio=0.3, seed=seed)
    X = standardize(X)[0]
    return to_columns(np.asarray(X, float), (np.asarray(y) > 0).astype(int), "sigmoid", None)


def depth_grid(dataset: str = "circles", layer_dims=GRID_DIMS, activations=GRID_ACTIVATIONS,
               inits=GRID_INITS, epochs: int = GRID_EPOCHS, learning_rate: float = GRID_LEARNING_RATE,
               seed: int = 0, check: Callable[[], None] | None = None,
               progress: Callable[[int, "DepthGrid"], None] | None = None) -> DepthGrid:
    """Train ``layer_dims`` (sigmoid output, cross-entropy, batch gradient descent) once per
    activation × initialiser for ``epochs`` epochs, noting every update's ‖dW[l]‖.

    ``check()`` is called between epochs (a job's cancellation); ``progress(cells_done, grid)``
    after every cell with the grid so far (NaN where not yet trained)."""
    X, Y = grid_data(dataset, seed=seed)
    dims = tuple(int(n) for n in layer_dims)
    if dims[0] != X.shape[0] or dims[-1] != 1:
        raise ConfigError(f"the grid's network must have {X.shape[0]} inputs and one output; got {dims}.")
    L = len(dims) - 1
    norms = np.full((len(activations), len(inits), int(epochs), L), np.nan)
    grid = DepthGrid(dims, tuple(activations), tuple(inits), dataset, int(epochs), norms)
    for i, activation in enumerate(activations):
        for j, init in enumerate(inits):
            net = Network(list(dims), hidden_activation=activation, output="sigmoid", init=init, seed=seed)
            trainer = Trainer(net, X, Y, learning_rate=learning_rate)
            for e in range(int(epochs)):
                if check is not None:
                    check()
                trainer.note_gradients = True
                try:
                    trainer.step(1)
                except DivergenceError:
                    break
                noted = trainer.noted_gradients
                if noted is not None:
                    norms[i, j, e] = noted.dW
            if progress is not None:
                progress(i * len(inits) + j + 1, grid)
    return grid
