"""Racing optimisers on a loss surface: gradient descent, momentum and Adam from one start.

On a plane θ(α, β) = θ_c + α d1 + β d2 (``surface.Plane``) the racers move the plane's two
coordinates p = (α, β) and nothing else, so their paths lie exactly on the surface drawn. The
gradient of J along the plane is the network's gradient (back-propagation, with its L2 term)
taken along the two directions:

    ∂J/∂α = ∇J(θ) · d1,     ∂J/∂β = ∇J(θ) · d2

and each racer applies its own update rule (``optimizers.py``, the readable ``update``) to p.
On a plane of two weights (d1, d2 unit vectors of W[l][i, j], W[l'][i', j']) this is training
those two weights alone, each rule exactly as it would act on them inside the network.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import param_vector
from .network import Network
from .optimizers import OPTIMIZERS, make_optimizer
from .surface import Plane

Array = np.ndarray


@dataclass(frozen=True, eq=False)
class RacePath:
    """One racer's path: (α, β) after 0, 1, …, n updates (row 0 the start) and J at each.
    ``diverged``: the cost became NaN/inf, the path ends at the last finite point."""

    optimizer: str
    coords: Array          # (n + 1, 2)
    costs: Array           # (n + 1,)
    diverged: bool = False


def plane_gradient(network: Network, X, Y, plane: Plane, alpha: float, beta: float) -> tuple[float, Array]:
    """(J, (∂J/∂α, ∂J/∂β)) at θ(α, β), from ``network``'s forward and backward passes
    (``network``'s parameters are set to θ(α, β))."""
    network.params = param_vector.unflatten(plane.point(alpha, beta), network.layer_dims)
    AL, caches = network.forward(X)
    J = network.cost(AL, Y)
    grads = network.backward(AL, Y, caches)
    g = param_vector.flatten(grads, network.layer_dims, prefix="d")
    return J, np.array([g @ plane.d1, g @ plane.d2])


def race(network: Network, X, Y, plane: Plane, start, steps: int, learning_rate: float,
         optimizers=OPTIMIZERS, beta: float = 0.9, beta1: float = 0.9, beta2: float = 0.999,
         check=None) -> dict[str, RacePath]:
    """Each optimiser of ``optimizers`` takes ``steps`` updates of p = (α, β) from ``start`` with
    ``learning_rate`` (one network copy does the passes; ``network`` is not changed).
    ``check()`` is called between updates (a job's cancellation)."""
    net = network.copy()
    X = net._check_X(X)
    Y = net._check_Y(Y, X.shape[1])
    start = np.array(start, dtype=np.float64).reshape(2)
    paths = {}
    for name in optimizers:
        rule = make_optimizer(name, beta=beta, beta1=beta1, beta2=beta2)
        p = {"p": start.copy()}
        coords, costs, diverged = [start.copy()], [], False
        with np.errstate(all="ignore"):
            for _ in range(int(steps)):
                if check is not None:
                    check()
                J, g = plane_gradient(net, X, Y, plane, *p["p"])
                costs.append(J)
                if not np.isfinite(J) or not np.all(np.isfinite(g)):
                    diverged = True
                    break
                rule.update(p, {"dp": g}, learning_rate)
                if not np.all(np.isfinite(p["p"])):
                    diverged = True
                    break
                coords.append(p["p"].copy())
            else:
                costs.append(plane_gradient(net, X, Y, plane, *p["p"])[0])
        coords = np.array(coords)
        costs = np.array(costs[:len(coords)])
        paths[name] = RacePath(name, coords, costs, diverged or not np.all(np.isfinite(costs)))
    return paths
