"""How large the gradients are, layer by layer: the numbers of the "gradient flow" strip and grid.

For a network with L layers, at one update of a Trainer:

    ‖dW[l]‖  = sqrt( sum_jk dW[l]_jk² )          the Frobenius norm of dW[l]   (n[l], n[l-1]),
                                                  for l = 1..L (with the L2 term when λ > 0)
    ‖dA[l]‖  = ‖dA[l]‖_F / sqrt(m)                the root mean square, over the batch's m
                                                  examples, of each example's ‖dA[l](i)‖,
                                                  for the hidden layers l = 1..L-1

dA[l] = W[l+1]^T dZ[l+1] is the gradient arriving at layer l's output; the output layer has none
of its own (its gradient starts as dZ[L] = A[L] - Y). Dividing by sqrt(m) makes ‖dA‖ the same
size for a batch of 10 or 10 000 examples; dW already is a mean over the examples.

The numbers are read from the buffers the trainer's backward pass fills — nothing is
recomputed — and only when asked for: set ``trainer.note_gradients = True`` and the next update
keeps its norms (2L-1 dot products) in ``trainer.noted_gradients`` before the optimiser reuses
the buffers (momentum and Adam write their step into them). The fast path keeps every gradient
multiplied by ``scale`` (alpha/m for plain gradient descent, 1/m otherwise) and dW by m as well
(engine/fastpath.py); both are undone here.

They are the gradients of that update's batch (all m examples for batch gradient descent, else
the first mini-batch after the request) at the parameters *before* the update.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import numpy as np

if TYPE_CHECKING:
    from .trainer import Trainer

Array = np.ndarray


class GradientNorms(NamedTuple):
    """One update's gradient norms: ``epoch`` (the epoch that update belongs to), ``dW``
    (‖dW[l]‖, l = 1..L) and ``dA`` (‖dA[l]‖, l = 1..L-1)."""

    epoch: int
    dW: Array
    dA: Array

    def row(self) -> Array:
        """epoch, dW1 … dW<L>, dA1 … dA<L-1>: the columns :func:`norm_names` names, epoch first."""
        return np.concatenate([[float(self.epoch)], self.dW, self.dA])


def _norm(a: Array) -> float:
    a = np.ascontiguousarray(a)
    return float(np.sqrt(np.vdot(a, a)))


def norms_of(epoch: int, L: int, grads) -> GradientNorms:
    """The norms of a gradient dict as ``Network.backward`` returns it ({"dW1", …, "dA1", …};
    dA[l] is (n[l], m))."""
    dW = np.array([_norm(grads[f"dW{l}"]) for l in range(1, L + 1)])
    dA = np.array([_norm(grads[f"dA{l}"]) / np.sqrt(grads[f"dA{l}"].shape[1]) for l in range(1, L)])
    return GradientNorms(int(epoch), dW, dA)


def buffer_norms(epoch: int, L: int, ws, scale: float) -> GradientNorms:
    """The norms of the gradients a fast-path backward pass (times ``scale``) left in the
    workspace ``ws``: dW[l] = ws.dW[l-1] / (scale m), dA[l] = ws.dA[l] / scale."""
    m = ws.m
    dW = np.array([_norm(ws.dW[i]) for i in range(L)]) / (scale * m)
    dA = np.array([_norm(ws.dA[l]) for l in range(1, L)]) / (scale * np.sqrt(m))
    return GradientNorms(int(epoch), dW, dA)


def gradient_norms(trainer: "Trainer") -> GradientNorms | None:
    """The norms the trainer noted at its last update asked for (``note_gradients``), or None."""
    return trainer.noted_gradients


def norm_names(L: int) -> tuple[str, ...]:
    """The column names of one row of norms: "dW1" … "dW<L>", then "dA1" … "dA<L-1>"."""
    return tuple(f"dW{l}" for l in range(1, L + 1)) + tuple(f"dA{l}" for l in range(1, L))
