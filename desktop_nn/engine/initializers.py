"""Weight initialisers: W[l] of shape (n[l], n[l-1]) from an explicit, seeded random generator.

b[l] always starts at zero, (n[l], 1): "b can be zero, no problem" — the random W already
breaks the symmetry between the units of a layer.

============= ============================================================
name          W[l]
============= ============================================================
zeros         0 — every unit of a layer stays identical (the symmetry problem)
small_random  randn(n[l], n[l-1]) * 0.01   (the chapter's choice)
xavier        randn(n[l], n[l-1]) * sqrt(2 / (n[l-1] + n[l]))   (Glorot)
he            randn(n[l], n[l-1]) * sqrt(2 / n[l-1])   (for ReLU layers)
============= ============================================================
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from .errors import ConfigError

Array = np.ndarray


def zeros(n_out: int, n_in: int, rng: np.random.Generator) -> Array:
    """W = 0   (n_out, n_in). Draws nothing from ``rng``."""
    return np.zeros((n_out, n_in))


def small_random(n_out: int, n_in: int, rng: np.random.Generator) -> Array:
    """W = randn(n_out, n_in) * 0.01"""
    return rng.standard_normal((n_out, n_in)) * 0.01


def xavier(n_out: int, n_in: int, rng: np.random.Generator) -> Array:
    """W = randn(n_out, n_in) * sqrt(2 / (n_in + n_out))   (Glorot normal)"""
    return rng.standard_normal((n_out, n_in)) * np.sqrt(2.0 / (n_in + n_out))


def he(n_out: int, n_in: int, rng: np.random.Generator) -> Array:
    """W = randn(n_out, n_in) * sqrt(2 / n_in)   (He normal)"""
    return rng.standard_normal((n_out, n_in)) * np.sqrt(2.0 / n_in)


INITIALIZERS: dict[str, Callable[[int, int, np.random.Generator], Array]] = {
    "zeros": zeros,
    "small_random": small_random,
    "xavier": xavier,
    "he": he,
}


def initialize(layer_dims, init: str, rng: np.random.Generator) -> dict[str, Array]:
    """{"W1": (n[1], n[0]), "b1": (n[1], 1), ...} drawn layer by layer, W1 first, from ``rng``."""
    if init not in INITIALIZERS:
        raise ConfigError(
            f"unknown initialiser {init!r}; choose one of: {', '.join(INITIALIZERS)}."
        )
    if not isinstance(rng, np.random.Generator):
        raise ConfigError(
            "initialisers need a numpy.random.Generator, e.g. numpy.random.default_rng(seed)."
        )
    f = INITIALIZERS[init]
    params = {}
    for l in range(1, len(layer_dims)):
        params[f"W{l}"] = f(layer_dims[l], layer_dims[l - 1], rng)
        params[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return params
