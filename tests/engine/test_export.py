"""Exports: the standalone NumPy script reproduces the Trainer's costs (to the bit: more cases, the
long oscillating run and the PyTorch script in test_export_exact.py); weights and history files
hold the exact numbers; writes are atomic."""

from __future__ import annotations

import ast
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from desktop_nn.engine import export
from desktop_nn.engine.datasets import iris_xy, standardize, xor
from desktop_nn.engine.errors import ConfigError
from desktop_nn.engine.export import (
    history_csv_text,
    python_script,
    write_history_csv,
    write_weights_npz,
)
from desktop_nn.engine.network import Network, to_columns
from desktop_nn.engine.trainer import Trainer


def softmax_iris(**overrides):
    """Iris, all three classes, standardised: a 2-6-3 relu → softmax network (the brief's softmax case)."""
    X, y = iris_xy(("Iris-setosa", "Iris-versicolor", "Iris-virginica"), ("sepal_length", "petal_length"))
    X, _, _ = standardize(X)
    Xc, Y = to_columns(X, y, "softmax")
    net = Network([2, 6, 3], hidden_activation="relu", output="softmax", init="he", seed=4)
    return Trainer(net, Xc, Y, **{"learning_rate": 0.2, **overrides})


def sigmoid_xor(hidden=("tanh", "relu"), init="xavier", loss=None, output="sigmoid", **overrides):
    """XOR with a 2-5-3-1 network, sigmoid output (the brief's sigmoid case)."""
    X, y = xor(n_samples=90, noise=0.1, seed=2)
    Xc, Y = to_columns(X, y, output)
    net = Network([2, 5, 3, 1], hidden_activation=list(hidden), output=output, init=init, seed=11,
                  loss=loss, l2=overrides.pop("l2", 0.0))
    return Trainer(net, Xc, Y, **{"learning_rate": 0.3, **overrides})


CASES = {
    "softmax, batch GD": lambda: softmax_iris(),
    "sigmoid, batch GD": lambda: sigmoid_xor(),
    "sigmoid, shuffled mini-batches, momentum, L2": lambda: sigmoid_xor(batch_size=16, optimizer="momentum", l2=0.05, seed=3),
    "softmax, Adam, mini-batches in order": lambda: softmax_iris(optimizer="adam", learning_rate=0.01, batch_size=32, shuffle=False),
    "sigmoid output with squared error, leaky ReLU": lambda: sigmoid_xor(hidden=("leaky_relu", "sigmoid"), loss="squared_error"),
    "linear output, small random init": lambda: sigmoid_xor(output="linear", init="small_random", learning_rate=0.05),
    "zeros init, ReLU (slope at z = 0)": lambda: sigmoid_xor(hidden=("relu", "relu"), init="zeros", batch_size=10, learning_rate=0.05),
}
EPOCHS = 150


def run_script(tmp_path, source: str, *args: str) -> str:
    path = tmp_path / "run.py"
    path.write_text(source, encoding="utf-8")
    done = subprocess.run([sys.executable, str(path), *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def final_cost(stdout: str) -> float:
    last = stdout.strip().splitlines()[-1]
    assert last.startswith("final cost J = "), last
    return float(last.split("=")[1])


@pytest.mark.parametrize("case", list(CASES))
def test_numpy_script_reproduces_the_final_cost(tmp_path, case):
    trainer = CASES[case]()
    trainer.step(EPOCHS)
    source = python_script(trainer, title=case)
    imports = {
        alias.name.split(".")[0]
        for node in ast.walk(ast.parse(source))
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in (node.names if isinstance(node, ast.Import) else [ast.alias(node.module)])
    }
    assert imports == {"numpy", "os", "sys"}               # standalone: numpy only
    assert "dZ[L] = A[L] - Y" in source or "dA[L] = A[L] - Y" in source
    assert "Z[l] = W[l] A[l-1] + b[l]" in source
    J = final_cost(run_script(tmp_path, source))
    assert J == trainer.history[-1].train_cost                 # to the bit


def test_numpy_script_with_weights_not_from_the_seed_and_every_epoch(tmp_path):
    trainer = sigmoid_xor()
    rng = np.random.default_rng(99)
    for key, value in trainer.network.params.items():
        trainer.network.params[key] = rng.normal(size=value.shape)
    trainer = Trainer(trainer.network, trainer.X, trainer.Y, learning_rate=0.3)   # starts from those values
    trainer.step(40)
    source = python_script(trainer)
    assert "not drawn from the seed" in source and "default_rng(11)" not in source
    out = run_script(tmp_path, source, "--all")
    costs = [float(line.split()[3]) for line in out.splitlines() if line.startswith("epoch ")]
    assert costs == list(trainer.history.train_cost)


def test_the_script_fails_loudly_if_the_run_differs(tmp_path):
    """The comparison can fail: one more epoch in the app is a different final cost."""
    trainer = sigmoid_xor()
    trainer.step(20)
    source = python_script(trainer, epochs=19)
    assert abs(final_cost(run_script(tmp_path, source)) - trainer.history[-1].train_cost) > 1e-6


def test_nothing_to_export_before_training():
    with pytest.raises(ConfigError, match="at least one epoch"):
        python_script(sigmoid_xor())


def test_history_csv_and_weights_npz_hold_the_exact_numbers(tmp_path):
    trainer = softmax_iris()
    trainer.step(25)
    write_history_csv(tmp_path / "history.csv", trainer.history)
    frame = pd.read_csv(tmp_path / "history.csv")
    assert list(frame.columns) == ["epoch", "train_cost", "train_accuracy", "test_cost", "test_accuracy"]
    np.testing.assert_array_equal(frame["epoch"], np.arange(1, 26))
    np.testing.assert_array_equal(frame["train_cost"], trainer.history.train_cost)
    np.testing.assert_array_equal(frame["train_accuracy"], trainer.history.train_accuracy)
    assert frame["test_cost"].isna().all()
    assert history_csv_text([(1, 0.5, 1.0, 0.25, 0.75)]).splitlines()[1] == "1,0.5,1.0,0.25,0.75"

    params = {k: v.copy() for k, v in trainer.network.params.items()}
    write_weights_npz(tmp_path / "weights.npz", params)
    with np.load(tmp_path / "weights.npz", allow_pickle=False) as loaded:
        assert set(loaded.files) == set(params)
        for k in params:
            assert loaded[k].tobytes() == params[k].tobytes()
    with pytest.raises(ConfigError):
        write_weights_npz(tmp_path / "none.npz", {})


def test_atomic_write_keeps_the_old_file_when_the_write_fails(tmp_path, monkeypatch):
    target = tmp_path / "weights.npz"
    target.write_bytes(b"old contents")

    def fail(f, data, block=1 << 20):
        f.write(data[:10])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_write_all", fail)
    with pytest.raises(OSError):
        export.atomic_write(target, b"new contents that never land")
    assert target.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["weights.npz"]
