"""Loss-surface benchmark: J over a 41×41 grid of a plane, vectorised (engine.surface.surface)
against the plain loop over grid points (set the network's parameters, forward, cost), in one run.

    python benchmarks/bench_surface.py            # best of 5, interleaved; --quick: best of 2

Cases: (a) 2-4-1 tanh, m=200 (the XOR set's size); (b) 2-8-8-1 ReLU, m=1000; (c) 4-16-3 softmax,
m=150. Both ways must give the same J (the largest difference is printed).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from desktop_nn.engine import param_vector  # noqa: E402
from desktop_nn.engine.network import Network  # noqa: E402
from desktop_nn.engine.surface import path_plane, surface  # noqa: E402

CASES = {
    "a": ("(a) 2-4-1 tanh, m=200", [2, 4, 1], "tanh", "sigmoid", 200),
    "b": ("(b) 2-8-8-1 relu, m=1000", [2, 8, 8, 1], "relu", "sigmoid", 1000),
    "c": ("(c) 4-16-3 softmax, m=150", [4, 16, 3], "tanh", "softmax", 150),
}


def plain_loop(net, X, Y, plane, alphas, betas):
    """The baseline: one network pass per grid point."""
    work = net.copy()
    J = np.empty((len(betas), len(alphas)))
    for r, b in enumerate(betas):
        for c, a in enumerate(alphas):
            work.params = param_vector.unflatten(plane.point(a, b), net.layer_dims)
            J[r, c] = work.cost(work.forward(X)[0], Y)
    return J


def setup(dims, hidden, output, m):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(dims[0], m))
    if output == "softmax":
        Y = np.eye(dims[-1])[:, rng.integers(0, dims[-1], m)]
    else:
        Y = (X[0] * X[1] > 0).astype(float)[None, :]
    net = Network(dims, hidden, output, init="xavier", seed=0)
    thetas = [param_vector.flatten(net.params, dims)]
    for _ in range(60):                                 # a short training path for the plane
        AL, caches = net.forward(X)
        net.update(net.backward(AL, Y, caches), 0.3)
        thetas.append(param_vector.flatten(net.params, dims))
    plane = path_plane(np.array(thetas), thetas[-1])
    return net, X, Y, plane


def best_of(fn, rounds):
    times, result = [], None
    for _ in range(rounds):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--cases", default="abc")
    args = parser.parse_args()
    rounds = 2 if args.quick else 5
    grid = np.linspace(-1.0, 1.0, 41)
    print(f"numpy {np.__version__}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    print("41×41 grid (1681 points); seconds, best of", rounds, "interleaved rounds\n")
    print(f"{'case':32} {'vectorised':>11} {'plain loop':>11} {'speed-up':>9}  max|ΔJ|")
    for key in args.cases:
        label, dims, hidden, output, m = CASES[key]
        net, X, Y, plane = setup(dims, hidden, output, m)
        fast, slow = [], []
        for _ in range(rounds):                      # take turns: the machine's load hits both alike
            fast.append(best_of(lambda: surface(net, X, Y, plane, grid, grid), 1))
            slow.append(best_of(lambda: plain_loop(net, X, Y, plane, grid, grid), 1))
        t_fast, J_fast = min(fast, key=lambda r: r[0])
        t_slow, J_slow = min(slow, key=lambda r: r[0])
        diff = float(np.abs(J_fast - J_slow).max())
        print(f"{label:32} {t_fast:11.4f} {t_slow:11.4f} {t_slow / t_fast:8.1f}x  {diff:.1e}")


if __name__ == "__main__":
    main()
