"""Gradient flow through depth (no Qt): the gradient norms a live run reports, and the grid that
trains one deep network with every activation × initialiser pair.

* :class:`GradientSampler` — what a frame carries: the per-layer norms (engine.gradient_norms)
  the run's trainer noted since the last frame, at every epoch of the first DENSE_EPOCHS·2 and
  at every k-th epoch after that, k doubling as the run doubles. A noted update costs 2L-1 dot
  products; the epochs in between cost one integer test.
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

__all__ = ["GradientNorms", "norm_names", "GradientSampler", "gradients_due", "DepthGrid", "depth_grid",
           "GRID_ACTIVATIONS", "GRID_INITS", "GRID_DIMS", "NORM_FLOOR"]

GRID_ACTIVATIONS = ("sigmoid", "tanh", "relu")
GRID_INITS = ("zeros", "small_random", "xavier", "he")
GRID_DIMS = (2, 8, 8, 8, 8, 1)
GRID_EPOCHS = 20
GRID_LEARNING_RATE = 0.1
DENSE_EPOCHS = 256      # a live run keeps every epoch's norms up to twice this, then fewer
#: norms below this are drawn at it on a log axis (an exact zero has no logarithm)
NORM_FLOOR = 1e-40


def gradients_due(epoch: int) -> bool:
    """Whether a live run keeps the norms of epoch ``epoch``'s (first) update: every epoch up to
    2·DENSE_EPOCHS, then every k-th with k doubling as the run doubles — about DENSE_EPOCHS rows
    per doubling, dense where the gradients change fastest, ~6 000 rows after 10⁹ epochs."""
    k = 1 << max(0, (int(epoch) // DENSE_EPOCHS).bit_length() - 1)
    return epoch % k == 0


def next_due(epoch: int) -> int:
    """The first epoch after ``epoch`` whose norms are due (:func:`gradients_due`)."""
    n = int(epoch) + 1
    k = 1 << max(0, (n // DENSE_EPOCHS).bit_length() - 1)
    n = -(-n // k) * k
    while not gradients_due(n):
        n += 1
    return n


class GradientSampler:
    """The norms a live run's frames carry (``Frame.gradients``): :meth:`before` asks the run's
    trainer to note the coming update's norms when they are due (:func:`gradients_due`),
    :meth:`after` collects them, :meth:`take` hands over those since the last frame. Runs that
    are not networks (the chapter's single neurons) give none. Between due epochs the two calls
    cost one comparison each."""

    def __init__(self):
        self._rows: list[GradientNorms] = []
        self._run = self._trainer = None
        self._next = 1
        self._asked = False

    def before(self, run) -> None:
        if run is not self._run:
            trainer = getattr(run, "trainer", None)
            self._run, self._trainer = run, trainer if hasattr(trainer, "note_gradients") else None
            self._next = 1
        trainer = self._trainer
        if trainer is not None and trainer.epoch + 1 >= self._next:
            if gradients_due(trainer.epoch + 1):
                trainer.note_gradients = self._asked = True
            else:                                # the run went on from elsewhere (a project)
                self._next = next_due(trainer.epoch)

    def after(self, run) -> None:
        if not self._asked:
            return
        self._asked = False
        trainer = self._trainer
        if trainer is not None:
            self._next = next_due(trainer.epoch)
            if trainer.noted_gradients is not None:
                self._rows.append(trainer.noted_gradients)
                trainer.noted_gradients = None

    def take(self) -> tuple[GradientNorms, ...]:
        rows, self._rows = tuple(self._rows), []
        return rows

    def clear(self) -> None:
        """A new run (or the same one reset): no rows, and the schedule starts again."""
        self._rows = []
        self._run = self._trainer = None
        self._asked = False


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
