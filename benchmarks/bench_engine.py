"""Benchmark: full-batch training steps per second of desktop_nn's engine vs PyTorch (CPU) and
scikit-learn's MLPClassifier, all in this one process, on the same data and initial weights.

    pip install -e ".[bench]"          # torch==2.13.0 (CPU build) and scikit-learn
    python benchmarks/bench_engine.py  # about two minutes; --quick for a rough run

One step = forward + cost + backward + gradient-descent update over all m examples:
  ours     Trainer(...).step(n)                    (ReLU hidden layers, sigmoid/softmax output)
  loop     the chapter's loop written by hand:     AL, caches = net.forward(X)
           grads = net.backward(AL, Y, caches); net.update(grads, alpha)   (the public API)
  torch    zero_grad(); loss(model(X), y).backward(); SGD.step()
           (BCEWithLogitsLoss / CrossEntropyLoss: the same cost, computed from Z[L])
  sklearn  MLPClassifier(solver="sgd", batch_size=m, momentum=0, alpha=0).partial_fit: one epoch

The engines take turns (interleaved runs, best of several) so that they share the machine's
changing load alike. The PyTorch baseline is the faster of its default thread count and one
thread, so a ratio is never flattered by a badly threaded baseline. Cases (the issue's): (a) 2-8-8-1, m=1000; (b) 2-16-16-16-1, m=10 000;
(c) 64-128-64-10 softmax on scikit-learn's 1797 digits; (d) 784-256-256-10 softmax, m=10 000.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_nn.engine.network import Network, to_columns  # noqa: E402
from desktop_nn.engine.trainer import Trainer  # noqa: E402

LEARNING_RATE = 0.01


# --- the cases -----------------------------------------------------------------------------------

def case_data(name: str):
    """(layer_dims, output, X_rows (m, n), y (m,) int labels)."""
    rng = np.random.default_rng(0)
    if name == "a":
        X = rng.standard_normal((1000, 2))
        return [2, 8, 8, 1], "sigmoid", X, (X[:, 0] * X[:, 1] > 0).astype(int)
    if name == "b":
        X = rng.standard_normal((10_000, 2))
        return [2, 16, 16, 16, 1], "sigmoid", X, (np.hypot(X[:, 0], X[:, 1]) < 1.1).astype(int)
    if name == "c":
        from sklearn.datasets import load_digits
        digits = load_digits()
        return [64, 128, 64, 10], "softmax", digits.data / 16.0, digits.target
    if name == "d":
        X = rng.standard_normal((10_000, 784))
        return [784, 256, 256, 10], "softmax", X, rng.integers(0, 10, 10_000)
    raise ValueError(name)


CASE_TITLES = {
    "a": "(a) 2-8-8-1, m=1000",
    "b": "(b) 2-16-16-16-1, m=10000",
    "c": "(c) 64-128-64-10 digits, m=1797",
    "d": "(d) 784-256-256-10, m=10000",
}


# --- timing ------------------------------------------------------------------------------------

def calibrate(run, target_seconds: float) -> int:
    """How many steps take about ``target_seconds`` (after a warm-up call)."""
    run(1)
    n = 1
    while True:
        t0 = time.perf_counter()
        run(n)
        dt = time.perf_counter() - t0
        if dt > target_seconds / 4 or n >= 1_000_000:
            return max(1, int(n * target_seconds / max(dt, 1e-9)))
        n *= 4


def interleaved_rates(runners: dict, seconds: float, rounds: int) -> dict:
    """Steps/s of each runner: best of ``rounds`` timed runs, the runners taking turns.

    The machine is shared, so its load changes from second to second; taking turns exposes every
    engine to the same conditions, and the best run is the one least disturbed by others.
    """
    steps = {name: calibrate(run, seconds) for name, run in runners.items()}
    best = dict.fromkeys(runners, 0.0)
    for _ in range(rounds):
        for name, run in runners.items():
            t0 = time.perf_counter()
            run(steps[name])
            best[name] = max(best[name], steps[name] / (time.perf_counter() - t0))
    return best


# --- the three engines ---------------------------------------------------------------------------

def ours(dims, output, X_rows, y, dtype=np.float64, blas_threads="auto"):
    net = Network(dims, hidden_activation="relu", output=output, init="he", seed=0, dtype=dtype)
    X, Y = to_columns(X_rows, y, output, n_classes=dims[-1] if output == "softmax" else None)
    trainer = Trainer(net, X, Y, learning_rate=LEARNING_RATE, shuffle=False, blas_threads=blas_threads)
    return net, trainer, (lambda n: trainer.step(n))


def public_loop(dims, output, X_rows, y, dtype=np.float64):
    """The chapter's loop through Network's public forward / backward / update, as a student
    writes it in a notebook (the same steps as ``ours``, full batch)."""
    net = Network(dims, hidden_activation="relu", output=output, init="he", seed=0, dtype=dtype)
    X, Y = to_columns(X_rows, y, output, n_classes=dims[-1] if output == "softmax" else None)

    def run(n):
        for _ in range(n):
            AL, caches = net.forward(X)
            grads = net.backward(AL, Y, caches)
            net.update(grads, LEARNING_RATE)
    return net, run


def torch_model(net, output, X_rows, y, dtype):
    import torch
    tdtype = torch.float64 if dtype == np.float64 else torch.float32
    layers = []
    for l in range(1, net.L + 1):
        lin = torch.nn.Linear(net.layer_dims[l - 1], net.layer_dims[l]).to(tdtype)
        with torch.no_grad():                           # the very same initial weights
            lin.weight.copy_(torch.from_numpy(np.array(net.params[f"W{l}"], dtype=np.float64)))
            lin.bias.copy_(torch.from_numpy(np.array(net.params[f"b{l}"][:, 0], dtype=np.float64)))
        layers.append(lin)
        if l < net.L:
            layers.append(torch.nn.ReLU())
    model = torch.nn.Sequential(*layers)
    X = torch.from_numpy(np.ascontiguousarray(X_rows, dtype=dtype))
    if output == "sigmoid":
        target = torch.from_numpy(y.astype(dtype).reshape(-1, 1))
        loss_fn = torch.nn.BCEWithLogitsLoss()
    else:
        target = torch.from_numpy(y.astype(np.int64))
        loss_fn = torch.nn.CrossEntropyLoss()
    opt = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)

    def run(n):
        for _ in range(n):
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(X), target)
            loss.backward()
            opt.step()
    return model, run


def torch_runner(net, output, X_rows, y, dtype, threads):
    import torch
    _, run = torch_model(net, output, X_rows, y, dtype)

    def run_with_threads(n):
        torch.set_num_threads(threads)
        run(n)
    return run_with_threads


def sklearn_runner(dims, X_rows, y):
    import warnings

    from sklearn.neural_network import MLPClassifier
    clf = MLPClassifier(hidden_layer_sizes=tuple(dims[1:-1]), activation="relu", solver="sgd",
                        batch_size=len(y), learning_rate_init=LEARNING_RATE, momentum=0.0,
                        alpha=0.0, shuffle=False, random_state=0)
    classes = np.unique(y)

    def run(n):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for _ in range(n):
                clf.partial_fit(X_rows, y, classes=classes)
    return run


def same_maths_check(dims, output, X_rows, y) -> float:
    """Max |ours - torch| over all parameters after 5 steps from the same start (float64)."""
    import torch
    net, _, run = ours(dims, output, X_rows, y)
    model, trun = torch_model(net, output, X_rows, y, np.float64)
    run(5)
    trun(5)
    linears = [m for m in model if isinstance(m, torch.nn.Linear)]
    diff = 0.0
    for l, lin in enumerate(linears, start=1):
        diff = max(diff, float(np.abs(lin.weight.detach().numpy() - net.params[f"W{l}"]).max()),
                   float(np.abs(lin.bias.detach().numpy() - net.params[f"b{l}"][:, 0]).max()))
    return diff


# --- grid evaluation and memory ------------------------------------------------------------------

def grid_ms(dims, output, X_rows, y, runs: int) -> tuple[float, float, float]:
    """ms to evaluate A[L] on a 200x200 grid: ours (median, best) and torch no_grad (median).

    The calls are spread over 10 rounds, ours and torch taking turns, so that a burst of load
    from other processes does not land on one engine only."""
    import torch
    net, _, run = ours(dims, output, X_rows, y)
    run(10)
    xs = np.linspace(-3, 3, 200)
    gx, gy = np.meshgrid(xs, xs)
    grid = np.vstack([gx.ravel(), gy.ravel()])              # (2, 40 000)
    model, _ = torch_model(net, output, X_rows, y, np.float64)
    tgrid = torch.from_numpy(np.ascontiguousarray(grid.T))
    times, ttimes = [], []
    net.predict_proba(grid)
    with torch.no_grad():
        torch.sigmoid(model(tgrid))
        for _ in range(10):
            for _ in range(runs // 10):
                t0 = time.perf_counter()
                net.predict_proba(grid)
                times.append(time.perf_counter() - t0)
            for _ in range(runs // 10):
                t0 = time.perf_counter()
                torch.sigmoid(model(tgrid))
                ttimes.append(time.perf_counter() - t0)
    return 1e3 * statistics.median(times), 1e3 * min(times), 1e3 * statistics.median(ttimes)


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def memory_growth(epochs: int) -> tuple[float, float]:
    """(MB of resident memory gained, seconds) over ``epochs`` epochs of (a) in one Trainer,
    driven in slices of 1000 epochs as the worker thread does."""
    dims, output, X_rows, y = case_data("a")
    _, trainer, run = ours(dims, output, X_rows, y)
    run(1000)
    before = rss_mb()
    t0 = time.perf_counter()
    for _ in range(epochs // 1000):
        run(1000)
    seconds = time.perf_counter() - t0
    assert trainer.epoch == epochs + 1000
    return rss_mb() - before, seconds


# --- main ----------------------------------------------------------------------------------------

def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shorter timings (rougher numbers)")
    parser.add_argument("--cases", default="abcd")
    parser.add_argument("--no-memory", action="store_true")
    args = parser.parse_args(argv)
    seconds, rounds = (0.2, 3) if args.quick else (0.5, 7)

    import sklearn
    import threadpoolctl
    import torch
    blas = threadpoolctl.threadpool_info()
    torch_default = torch.get_num_threads()
    print(f"numpy {np.__version__} ({', '.join(sorted({i['internal_api'] for i in blas}))}), "
          f"torch {torch.__version__} (default {torch_default} threads), "
          f"scikit-learn {sklearn.__version__}, {os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.1f}")
    print(f"steps/s = full-batch training steps per second, best of {rounds} interleaved runs of "
          f"~{seconds} s each; torch = the faster of {torch_default} threads and 1 thread\n")

    header = (f"{'case':32} {'ours':>9} {'loop':>9} {'torch':>9} {'sklearn':>9} {'ours/torch':>10} "
              f"{'loop/torch':>10} {'ours/sklearn':>12}  max|ours-torch| after 5 steps")
    print(header)
    print("-" * len(header))
    diagnostics = []
    for case in args.cases:
        dims, output, X_rows, y = case_data(case)
        net, _, run = ours(dims, output, X_rows, y)
        runners = {"ours": run,
                   "loop": public_loop(dims, output, X_rows, y)[1],
                   "ours 1 BLAS thread": ours(dims, output, X_rows, y, blas_threads=1)[2],
                   "ours 2 BLAS threads": ours(dims, output, X_rows, y, blas_threads=2)[2],
                   "torch": torch_runner(net, output, X_rows, y, np.float64, torch_default),
                   "sklearn": sklearn_runner(dims, X_rows, y)}
        if torch_default != 1:
            runners["torch 1 thread"] = torch_runner(net, output, X_rows, y, np.float64, 1)
        r = interleaved_rates(runners, seconds, rounds)
        torch.set_num_threads(torch_default)
        r_torch = max(r["torch"], r.get("torch 1 thread", 0.0))
        diff = same_maths_check(dims, output, X_rows, y)
        print(f"{CASE_TITLES[case]:32} {r['ours']:9.1f} {r['loop']:9.1f} {r_torch:9.1f} {r['sklearn']:9.1f} "
              f"{r['ours'] / r_torch:9.2f}x {r['loop'] / r_torch:9.2f}x {r['ours'] / r['sklearn']:11.2f}x  "
              f"{diff:.1e}", flush=True)
        diagnostics.append((case, r))

    print("\nfloat32 mode (ours dtype=float32 vs torch float32, same protocol)")
    for case in [c for c in "bd" if c in args.cases]:
        dims, output, X_rows, y = case_data(case)
        net, _, run = ours(dims, output, X_rows, y, dtype=np.float32)
        runners = {"ours": run,
                   "torch": torch_runner(net, output, X_rows, y, np.float32, torch_default)}
        if torch_default != 1:
            runners["torch 1 thread"] = torch_runner(net, output, X_rows, y, np.float32, 1)
        r = interleaved_rates(runners, seconds, rounds)
        torch.set_num_threads(torch_default)
        r_torch = max(r["torch"], r.get("torch 1 thread", 0.0))
        print(f"{CASE_TITLES[case]:32} {r['ours']:9.1f} {r_torch:9.1f} {'':9} "
              f"{r['ours'] / r_torch:9.2f}x", flush=True)

    print("\n200x200 decision grid, predict_proba (200 calls; torch no_grad for reference)")
    for case in [c for c in "ab" if c in args.cases]:
        dims, output, X_rows, y = case_data(case)
        ms, best_ms, tms = grid_ms(dims, output, X_rows, y, runs=50 if args.quick else 200)
        print(f"{CASE_TITLES[case]:32} ours median {ms:5.2f} ms (best {best_ms:5.2f})   "
              f"torch median {tms:6.2f} ms", flush=True)

    if not args.no_memory:
        growth, secs = memory_growth(100_000)
        print(f"\nmemory: 100 000 epochs of (a) in one Trainer (slices of 1000): resident memory "
              f"grew by {growth:.2f} MB ({secs:.1f} s, {100_000 / secs:.0f} epochs/s)")

    print("\ndiagnostics: steps/s of each runner (BLAS threads for ours; torch threads)")
    for case, r in diagnostics:
        print(f"  {case}: " + ", ".join(f"{k} {v:.1f}" for k, v in r.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
