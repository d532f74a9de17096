"""Loss functions: the cost J of a whole set of examples and dA[L], its gradient per example.

A[L] and Y are ``(n[L], m)``, one column per example. The loss of one example is summed over the
output units; the cost averages it over the m examples, as in the chapter:

    J = (1/m) sum_i L(a(i), y(i))

=========================== ========================================= ============================
name                        L(a, y)                                   dA = dL/da
=========================== ========================================= ============================
binary_cross_entropy        -(y log a + (1 - y) log(1 - a))           -y/a + (1 - y)/(1 - a)
categorical_cross_entropy   -sum_k y_k log a_k                        -y/a
squared_error               1/2 sum_k (a_k - y_k)^2                   a - y
=========================== ========================================= ============================

Each loss has a natural output activation (sigmoid, softmax, linear); with it the chain rule
collapses to the chapter's dZ[L] = A[L] - Y. Other pairings (sigmoid or softmax with squared
error) go through dZ[L] = dA[L] * g'(Z[L]).

Probabilities are clipped to [eps, 1 - eps] (eps = the dtype's machine epsilon) before the log
and the division, so log(0) never gives inf and a saturated network never produces NaN.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from .errors import ConfigError

Array = np.ndarray


def _clip(A: Array) -> Array:
    eps = np.finfo(A.dtype).eps if np.issubdtype(A.dtype, np.floating) else 1e-15
    return np.clip(A, eps, 1 - eps)


def binary_cross_entropy(AL: Array, Y: Array) -> float:
    """J = -(1/m) sum [Y log A + (1 - Y) log(1 - A)]   AL, Y: (n[L], m) -> scalar"""
    m = Y.shape[1]
    A = _clip(AL)
    return float(-np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m)


def binary_cross_entropy_dA(AL: Array, Y: Array) -> Array:
    """dA[L] = -Y/A + (1 - Y)/(1 - A)   (n[L], m)"""
    A = _clip(AL)
    return -Y / A + (1 - Y) / (1 - A)


def categorical_cross_entropy(AL: Array, Y: Array) -> float:
    """J = -(1/m) sum_i sum_k Y[k, i] log A[k, i]   Y one-hot (n[L], m) -> scalar"""
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(_clip(AL))) / m)


def categorical_cross_entropy_dA(AL: Array, Y: Array) -> Array:
    """dA[L] = -Y / A   (n[L], m)"""
    return -Y / _clip(AL)


def squared_error(AL: Array, Y: Array) -> float:
    """J = (1/2m) sum (A - Y)^2   (n[L], m) -> scalar (Adaline's SSE / 2, averaged over m)"""
    m = Y.shape[1]
    D = AL - Y
    return float(np.sum(D * D) / (2 * m))


def squared_error_dA(AL: Array, Y: Array) -> Array:
    """dA[L] = A - Y   (n[L], m)"""
    return AL - Y


@dataclass(frozen=True)
class Loss:
    """A loss: ``cost(AL, Y)`` -> J, ``dA(AL, Y)`` -> dA[L], and its natural output activation."""

    name: str
    cost: Callable[[Array, Array], float]
    dA: Callable[[Array, Array], Array]
    natural_output: str
    formula: str


LOSSES: dict[str, Loss] = {
    "binary_cross_entropy": Loss(
        "binary_cross_entropy", binary_cross_entropy, binary_cross_entropy_dA, "sigmoid",
        "-(y log a + (1 - y) log(1 - a))",
    ),
    "categorical_cross_entropy": Loss(
        "categorical_cross_entropy", categorical_cross_entropy, categorical_cross_entropy_dA,
        "softmax", "-sum_k y_k log a_k",
    ),
    "squared_error": Loss(
        "squared_error", squared_error, squared_error_dA, "linear", "1/2 sum_k (a_k - y_k)^2"
    ),
}

#: the loss each output activation uses unless told otherwise
DEFAULT_LOSS: dict[str, str] = {
    "sigmoid": "binary_cross_entropy",
    "softmax": "categorical_cross_entropy",
    "linear": "squared_error",
}

#: every (output activation, loss) pairing the network accepts
PAIRINGS: dict[str, tuple[str, ...]] = {
    "sigmoid": ("binary_cross_entropy", "squared_error"),
    "softmax": ("categorical_cross_entropy", "squared_error"),
    "linear": ("squared_error",),
}


def is_natural_pairing(output: str, loss: str) -> bool:
    """True when dZ[L] = A[L] - Y holds (sigmoid+BCE, softmax+CCE, linear+squared error)."""
    return DEFAULT_LOSS.get(output) == loss


def get_loss(output: str, loss: str | None = None) -> Loss:
    """The loss for an output activation: ``loss`` if given and allowed, else the natural one."""
    if output not in PAIRINGS:
        raise ConfigError(
            f"unknown output activation {output!r}; choose one of: {', '.join(PAIRINGS)}."
        )
    name = DEFAULT_LOSS[output] if loss is None else loss
    if name not in LOSSES:
        raise ConfigError(f"unknown loss {name!r}; choose one of: {', '.join(LOSSES)}.")
    if name not in PAIRINGS[output]:
        raise ConfigError(
            f"a {output} output cannot be trained with {name}; "
            f"use one of: {', '.join(PAIRINGS[output])}."
        )
    return LOSSES[name]
