"""Data for regression and function fitting: seeded samples of a known function, with noise.

Each generator returns ``X`` (m, d) — d = 1 for the curves, 2 for the surfaces — and ``y`` (m,)
float64, the function's value at each x plus Gaussian noise. Rows are examples, as in
:mod:`.datasets`; the noise setting is the same 0…1 number the classification generators take,
scaled to the function's own size: ``y = f(x) + noise · s · N(0, 1)`` with ``s`` half the range
of ``f`` over the sampled interval, so noise 0.1 blurs every curve about as much.

=========== ======= ========================================= ============
name        inputs  f                                         x
=========== ======= ========================================= ============
sine        1       sin x                                     [−π, π]
step        1       0 for x < 0, 1 for x ≥ 0 (Heaviside)      [−2, 2]
abs         1       |x|                                       [−1.5, 1.5]
cubic       1       x³ − x                                    [−1.5, 1.5]
plane       2       0.8 x₁ − 0.5 x₂ + 0.2                     [−1, 1]²
bumps       2       a bump up at (−0.4, 0.3), one down at     [−1, 1]²
                    (0.45, −0.35)
=========== ======= ========================================= ============

A network with a linear output and the squared-error cost (the chapter's Adaline cost, one unit
per output) fits them: sums of bent pieces (ReLU) or S-curves (tanh) make each shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from desktop_nn.engine.errors import DatasetError


@dataclass(frozen=True)
class Curve:
    """A function to sample: ``f`` of an (m, d) array, and the box x is drawn from."""

    f: Callable[[np.ndarray], np.ndarray]
    low: float
    high: float
    inputs: int
    formula: str


def _bumps(X: np.ndarray) -> np.ndarray:
    up = np.exp(-((X[:, 0] + 0.4) ** 2 + (X[:, 1] - 0.3) ** 2) / (2 * 0.3 ** 2))
    down = np.exp(-((X[:, 0] - 0.45) ** 2 + (X[:, 1] + 0.35) ** 2) / (2 * 0.35 ** 2))
    return up - 0.8 * down


CURVES: dict[str, Curve] = {
    "sine": Curve(lambda X: np.sin(X[:, 0]), -np.pi, np.pi, 1, "sin x"),
    "step": Curve(lambda X: (X[:, 0] >= 0).astype(np.float64), -2.0, 2.0, 1, "0 for x < 0, 1 for x ≥ 0"),
    "abs": Curve(lambda X: np.abs(X[:, 0]), -1.5, 1.5, 1, "|x|"),
    "cubic": Curve(lambda X: X[:, 0] ** 3 - X[:, 0], -1.5, 1.5, 1, "x³ − x"),
    "plane": Curve(lambda X: 0.8 * X[:, 0] - 0.5 * X[:, 1] + 0.2, -1.0, 1.0, 2, "0.8 x₁ − 0.5 x₂ + 0.2"),
    "bumps": Curve(_bumps, -1.0, 1.0, 2, "two Gaussian bumps"),
}


def check_generator_args(n_samples: int, noise: float) -> None:
    """What every generated dataset (these and engine.datasets' 2-D classes) asks of its size and
    noise: DatasetError naming the value otherwise."""
    if int(n_samples) != n_samples or n_samples < 4:
        raise DatasetError(f"A dataset needs at least 4 points; got n_samples={n_samples}.")
    if n_samples > 1_000_000:
        raise DatasetError(f"n_samples={n_samples} is too large for the playground (limit 1 000 000).")
    if not (0.0 <= noise <= 10.0) or not np.isfinite(noise):
        raise DatasetError(f"noise must be between 0 and 10; got {noise}.")


def sample_curve(name: str, n_samples: int = 200, noise: float = 0.1, seed: int = 0):
    """``n_samples`` points of the curve ``name``: X (m, d) uniform in its box, y (m,) = f(x) + noise."""
    if name not in CURVES:
        raise DatasetError(f"Unknown regression dataset {name!r}; choose one of {', '.join(CURVES)}.")
    check_generator_args(n_samples, noise)
    curve = CURVES[name]
    rng = np.random.default_rng(seed)
    X = rng.uniform(curve.low, curve.high, (int(n_samples), curve.inputs))
    clean = curve.f(X)
    scale = 0.5 * float(np.ptp(clean)) if len(clean) else 1.0
    y = clean + rng.normal(0.0, 1.0, len(clean)) * float(noise) * (scale or 1.0)
    return X, y.astype(np.float64)


def _generator(name: str):
    def generate(n_samples: int = 200, noise: float = 0.1, seed: int = 0):
        return sample_curve(name, n_samples, noise, seed)
    generate.__name__ = name
    generate.__doc__ = f"{CURVES[name].formula}: X (m, {CURVES[name].inputs}), y (m,) float."
    return generate


#: name → generator(n_samples, noise, seed) → (X, y float), like ``datasets.GENERATORS``
REGRESSION_GENERATORS: dict[str, Callable[..., tuple[np.ndarray, np.ndarray]]] = {
    name: _generator(name) for name in CURVES
}
