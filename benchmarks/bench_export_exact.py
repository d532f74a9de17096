"""The exported scripts against the app on a long oscillating run (issue 15).

    python benchmarks/bench_export_exact.py                 # 100 000 epochs (~30 s), NumPy script only
    python benchmarks/bench_export_exact.py --epochs 102454 --torch

The run: 3-class Iris with the app's two default features (sepal and petal length), standardised,
the app's default hidden layers (4, 2) of tanh and Xavier weights, a softmax output, batch gradient
descent at a learning rate of 2.0, at which the cost goes up and down from one epoch to the next
for the whole run. The Trainer trains it; the exported NumPy script (and with --torch the
PyTorch one) trains it again in a process of its own. Printed: the time of each, the final
costs, the first epoch at which a script's cost differs from the app's, and the largest
difference over the first 1 000 epochs. The NumPy script must agree at every epoch to the bit
(exit status 1 if not); the PyTorch one follows closely at first and drifts apart later.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_nn.engine.datasets import iris_xy, standardize  # noqa: E402
from desktop_nn.engine.export import python_script, pytorch_script  # noqa: E402
from desktop_nn.engine.network import Network, to_columns  # noqa: E402
from desktop_nn.engine.trainer import Trainer  # noqa: E402

CLASSES = ("Iris-setosa", "Iris-versicolor", "Iris-virginica")


def oscillating_iris(learning_rate: float = 2.0) -> Trainer:
    """The issue's kind of run: 3-class Iris, the app's defaults but a learning rate that oscillates."""
    X, y = iris_xy(CLASSES, ("sepal_length", "petal_length"))
    X, _, _ = standardize(X)
    Xc, Y = to_columns(X, y, "softmax")
    net = Network([2, 4, 2, 3], hidden_activation="tanh", output="softmax", init="xavier", seed=0)
    return Trainer(net, Xc, Y, learning_rate=learning_rate)


def run_script(source: str) -> tuple[np.ndarray, float]:
    """The script's cost of every epoch (``--all``) and how long it ran."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "run.py"
        path.write_text(source, encoding="utf-8")
        start = time.perf_counter()
        done = subprocess.run([sys.executable, str(path), "--all"], capture_output=True, text=True)
        seconds = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(done.stderr[-3000:])
    costs = [float(line.split()[3]) for line in done.stdout.splitlines() if line.startswith("epoch ")]
    return np.array(costs), seconds


def compare(name: str, costs: np.ndarray, app: np.ndarray, seconds: float) -> bool:
    differ = np.flatnonzero(costs != app)
    first = "none" if not len(differ) else f"epoch {differ[0] + 1}"
    head = float(np.max(np.abs(costs[:1000] - app[:1000])))
    print(f"{name:<14} {seconds:7.1f} s   final J = {float(costs[-1])!r:<22}  first difference: {first:<12}"
          f"  largest difference in the first 1 000 epochs: {head:.1e}")
    return not len(differ)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=100_000)
    parser.add_argument("--learning-rate", type=float, default=2.0)
    parser.add_argument("--torch", action="store_true", help="also run the PyTorch script")
    args = parser.parse_args()

    trainer = oscillating_iris(args.learning_rate)
    start = time.perf_counter()
    trainer.step(args.epochs)
    seconds = time.perf_counter() - start
    app = np.asarray(trainer.history.train_cost)
    ups = int(np.count_nonzero(np.diff(app[-1000:]) > 0))
    print(f"{args.epochs} epochs; the cost went up in {ups} of the last 1 000")
    print(f"{'app (Trainer)':<14} {seconds:7.1f} s   final J = {float(app[-1])!r}")
    costs, seconds = run_script(python_script(trainer))
    exact = compare("NumPy script", costs, app, seconds)
    if args.torch:
        costs, seconds = run_script(pytorch_script(trainer))
        compare("PyTorch script", costs, app, seconds)
    return 0 if exact else 1


if __name__ == "__main__":
    sys.exit(main())
