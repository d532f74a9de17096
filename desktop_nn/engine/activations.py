"""Activation functions g(z) and their derivatives g'(z), as in the chapter's table.

Every function takes a matrix ``Z`` of shape ``(n[l], m)`` (one column per example) and returns a
new matrix of the same shape; nothing is computed in place, so the intermediate values the
step-through shows are never overwritten.

=========== ====================================== =====================================
name        g(z)                                   g'(z)
=========== ====================================== =====================================
step        1 if z >= 0 else -1                    0 (nothing to learn from)
linear      z                                      1
sigmoid     1 / (1 + e^-z)                         a (1 - a)
tanh        (e^z - e^-z) / (e^z + e^-z)            1 - a^2
relu        max(0, z)                              1 if z >= 0 else 0
leaky_relu  max(slope z, z), slope = 0.01          1 if z >= 0 else slope
softmax     e^z_k / sum_j e^z_j   (per column)     not elementwise: see ``softmax_backward``
=========== ====================================== =====================================

As in the slides, the derivative of ReLU (and leaky ReLU) at exactly z = 0 is taken to be 1.

``ACTIVATIONS`` is the registry the UI lists; ``get_activation(name, leaky_slope=...)`` returns
one entry, with the leaky slope of your choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from .errors import ConfigError

Array = np.ndarray


# --- the functions, one small function each --------------------------------------------------

def step(Z: Array) -> Array:
    """g(z) = 1 if z >= 0 else -1, the unit step of the perceptron slides.   (n, m) -> (n, m)"""
    return np.where(Z >= 0, 1, -1).astype(Z.dtype)


def step_derivative(Z: Array) -> Array:
    """g'(z) = 0 wherever it is defined: a step layer passes no gradient back."""
    return np.zeros_like(Z)


def linear(Z: Array) -> Array:
    """g(z) = z (Adaline's activation).   (n, m) -> (n, m)"""
    return Z.copy()


def linear_derivative(Z: Array) -> Array:
    """g'(z) = 1."""
    return np.ones_like(Z)


def sigmoid(Z: Array) -> Array:
    """g(z) = 1 / (1 + e^-z), computed without overflow for any z.   (n, m) -> (n, m)

    With E = e^-|z| (always <= 1): g(z) = 1 / (1 + E) for z >= 0 and E / (1 + E) for z < 0,
    which is the same number rearranged so that e^-z is never evaluated for very negative z.
    """
    E = np.exp(-np.abs(Z))
    return np.where(Z >= 0, 1 / (1 + E), E / (1 + E))


def sigmoid_derivative(Z: Array) -> Array:
    """g'(z) = a (1 - a) with a = sigmoid(z)."""
    A = sigmoid(Z)
    return A * (1 - A)


def tanh(Z: Array) -> Array:
    """g(z) = (e^z - e^-z) / (e^z + e^-z) = (e^2z - 1) / (e^2z + 1).   (n, m) -> (n, m)"""
    return np.tanh(Z)


def tanh_derivative(Z: Array) -> Array:
    """g'(z) = 1 - a^2 with a = tanh(z)."""
    A = np.tanh(Z)
    return 1 - A * A


def relu(Z: Array) -> Array:
    """g(z) = max(0, z), the rectified linear unit.   (n, m) -> (n, m)"""
    return np.maximum(Z, 0)


def relu_derivative(Z: Array) -> Array:
    """g'(z) = 1 if z >= 0 else 0 (the slides' table)."""
    return (Z >= 0).astype(Z.dtype)


def leaky_relu(Z: Array, slope: float = 0.01) -> Array:
    """g(z) = max(slope z, z) for 0 <= slope < 1.   (n, m) -> (n, m)"""
    return np.where(Z >= 0, Z, slope * Z)


def leaky_relu_derivative(Z: Array, slope: float = 0.01) -> Array:
    """g'(z) = 1 if z >= 0 else slope."""
    return np.where(Z >= 0, 1, slope).astype(Z.dtype)


def softmax(Z: Array) -> Array:
    """A[k, i] = e^Z[k, i] / sum_j e^Z[j, i], one probability vector per column.   (n, m) -> (n, m)

    The column maximum is subtracted first (it cancels in the ratio), so no exponent is ever
    positive and nothing overflows.
    """
    E = np.exp(Z - Z.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)


def softmax_backward(dA: Array, Z: Array, A: Array) -> Array:
    """dZ = A * (dA - sum_k A[k] dA[k]), the softmax Jacobian applied to every column.

    Softmax mixes the units of a column (dA_j/dZ_k = A_j (delta_jk - A_k)), so it has no
    elementwise derivative; this is the product of that Jacobian with dA, column by column.
    With categorical cross-entropy it simplifies to the chapter's dZ[L] = A[L] - Y.
    """
    return A * (dA - np.sum(A * dA, axis=0, keepdims=True))


# --- the registry ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Activation:
    """One activation: its function g, its derivative g' and how it appears on a slide.

    ``backward(dA, Z, A)`` returns dZ = dA * g'(Z) (for softmax, the Jacobian product), the step
    of back-propagation that goes through this activation.
    """

    name: str
    function: Callable[[Array], Array]
    derivative: Callable[[Array], Array] | None
    formula: str
    derivative_formula: str
    elementwise: bool = True
    slope: float | None = None          # only for leaky_relu

    def __call__(self, Z: Array) -> Array:
        return self.function(Z)

    def backward(self, dA: Array, Z: Array, A: Array) -> Array:
        """dZ = dA * g'(Z)   (n, m) for elementwise activations; softmax_backward for softmax."""
        if not self.elementwise:
            return softmax_backward(dA, Z, A)
        return dA * self.derivative(Z)


def make_leaky_relu(slope: float = 0.01) -> Activation:
    """The leaky ReLU entry for a given slope (0 <= slope < 1)."""
    slope = float(slope)
    if not (0.0 <= slope < 1.0) or not np.isfinite(slope):
        raise ConfigError(
            f"leaky ReLU slope must be in [0, 1), got {slope!r}; the chapter uses 0.01."
        )
    return Activation(
        name="leaky_relu",
        function=lambda Z: leaky_relu(Z, slope),
        derivative=lambda Z: leaky_relu_derivative(Z, slope),
        formula=f"max({slope:g} z, z)",
        derivative_formula=f"1 if z >= 0 else {slope:g}",
        slope=slope,
    )


ACTIVATIONS: dict[str, Activation] = {
    "step": Activation("step", step, step_derivative, "1 if z >= 0 else -1", "0"),
    "linear": Activation("linear", linear, linear_derivative, "z", "1"),
    "sigmoid": Activation("sigmoid", sigmoid, sigmoid_derivative, "1 / (1 + e^-z)", "a (1 - a)"),
    "tanh": Activation("tanh", tanh, tanh_derivative, "(e^z - e^-z) / (e^z + e^-z)", "1 - a^2"),
    "relu": Activation("relu", relu, relu_derivative, "max(0, z)", "1 if z >= 0 else 0"),
    "leaky_relu": make_leaky_relu(0.01),
    "softmax": Activation(
        "softmax", softmax, None, "e^z_k / sum_j e^z_j", "A * (dA - sum(A dA))", elementwise=False
    ),
}

#: activations a hidden layer may use (softmax belongs to the output layer only)
HIDDEN_ACTIVATIONS: tuple[str, ...] = ("step", "linear", "sigmoid", "tanh", "relu", "leaky_relu")
#: activations the output layer may use, each with its natural loss (see losses.py)
OUTPUT_ACTIVATIONS: tuple[str, ...] = ("sigmoid", "softmax", "linear")


def get_activation(name: str, leaky_slope: float = 0.01) -> Activation:
    """The registry entry called ``name``; ``leaky_slope`` applies to "leaky_relu" only."""
    if name not in ACTIVATIONS:
        raise ConfigError(
            f"unknown activation {name!r}; choose one of: {', '.join(ACTIVATIONS)}."
        )
    if name == "leaky_relu" and leaky_slope != 0.01:
        return make_leaky_relu(leaky_slope)
    return ACTIVATIONS[name]
