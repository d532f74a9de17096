"""An activation is declared once: adding one at run time (softplus) reaches every part of the
engine that uses activations — networks, the fast path the Trainer runs, the readable path, the
step-through's trace, and both exported scripts."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from desktop_nn.engine import activations as act
from desktop_nn.engine.datasets import xor
from desktop_nn.engine.errors import ConfigError
from desktop_nn.engine.export import python_script, pytorch_script
from desktop_nn.engine.network import Network, propagate, to_columns
from desktop_nn.engine.trace import iter_trace
from desktop_nn.engine.trainer import Trainer


def softplus(Z):
    """g(z) = log(1 + e^z), computed as logaddexp(0, z): no overflow."""
    return np.logaddexp(0.0, Z)


def softplus_derivative(Z):
    """g'(z) = 1 / (1 + e^-z), the sigmoid."""
    return act.sigmoid(Z)


SOFTPLUS = act.Activation(
    "softplus", softplus, softplus_derivative, "log(1 + e^z)", "1 / (1 + e^-z)",
    label="softplus", numpy_forward="np.logaddexp(0.0, Z)",
    numpy_derivative="0.5 * (1.0 + np.tanh(0.5 * Z))", torch_module="nn.Softplus()")


@pytest.fixture
def with_softplus():
    act.register_activation(SOFTPLUS)
    yield SOFTPLUS
    act.unregister_activation("softplus")
    assert "softplus" not in act.ACTIVATIONS


def xor_trainer(hidden="softplus", **kw):
    X, y = xor(n_samples=60, noise=0.1, seed=2)
    Xc, Y = to_columns(X, y, "sigmoid")
    net = Network([2, 4, 3, 1], hidden_activation=hidden, init="xavier", seed=5)
    return Trainer(net, Xc, Y, learning_rate=0.5, **kw)


def test_a_registered_activation_is_offered_and_accepted(with_softplus):
    assert "softplus" in act.offered_activation_names()
    assert "softplus" in act.hidden_activation_names()
    assert act.get_activation("softplus").display_name == "softplus"
    Network([2, 3, 1], hidden_activation="softplus")          # no ConfigError


def test_an_unknown_activation_is_refused_with_the_choices():
    with pytest.raises(ConfigError, match="relu"):
        Network([2, 3, 1], hidden_activation="softplus")
    with pytest.raises(ConfigError, match="built in"):
        act.unregister_activation("relu")


def test_the_trainer_runs_it_and_equals_the_readable_path(with_softplus):
    trainer = xor_trainer()
    net, X, Y = trainer.network, trainer.X, trainer.Y
    readable = net.copy()
    trainer.step(1)                                         # the fast path
    AL, caches = readable.forward(X)                        # the chapter's loop, formula by formula
    np.testing.assert_allclose(caches[0].A, softplus(caches[0].Z), rtol=0, atol=0)
    readable.update(readable.backward(AL, Y, caches), 0.5)
    for key, value in net.params.items():
        np.testing.assert_allclose(value, readable.params[key], rtol=0, atol=1e-12, err_msg=key)
    trainer.step(400)
    assert trainer.history.train_cost[-1] < trainer.history.train_cost[0]


def test_the_editors_forward_loop_and_the_trace_use_it(with_softplus):
    trainer = xor_trainer()
    net, X, Y = trainer.network, trainer.X, trainer.Y
    outs = propagate(net.params, net.activations, X)
    np.testing.assert_array_equal(outs[0][1], softplus(outs[0][0]))
    steps = list(iter_trace(net, X, Y, 0.5))
    a1 = next(s for s in steps if s.phase == "forward" and s.layer == 1 and s.result[0].startswith("A"))
    assert "softplus" in a1.formula
    np.testing.assert_array_equal(a1.result[1], outs[0][1])


def _run(tmp_path, name, source, *args):
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    done = subprocess.run([sys.executable, str(path), *args], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_the_numpy_export_reproduces_a_softplus_run(tmp_path, with_softplus):
    trainer = xor_trainer()
    trainer.step(120)
    source = python_script(trainer)
    assert "np.logaddexp(0.0, Z)" in source
    last = _run(tmp_path, "np_run.py", source).strip().splitlines()[-1]
    assert float(last.split("=")[1]) == pytest.approx(trainer.history.train_cost[-1], rel=0, abs=1e-12)


def test_the_pytorch_export_reproduces_a_softplus_run(tmp_path, with_softplus):
    pytest.importorskip("torch")
    trainer = xor_trainer()
    trainer.step(60)
    source = pytorch_script(trainer)
    assert "nn.Softplus()" in source
    out = _run(tmp_path, "torch_run.py", source, "--all")
    costs = [float(line.split()[3]) for line in out.splitlines() if line.startswith("epoch ")]
    np.testing.assert_allclose(costs, trainer.history.train_cost, rtol=0, atol=1e-6)


def test_an_activation_without_an_export_form_says_so(tmp_path):
    bare = act.Activation("bare", softplus, softplus_derivative, "log(1 + e^z)", "σ(z)")
    act.register_activation(bare)
    try:
        trainer = xor_trainer(hidden="bare")
        trainer.step(2)
        with pytest.raises(ConfigError, match="no NumPy form"):
            python_script(trainer)
        with pytest.raises(ConfigError, match="no PyTorch form"):
            pytorch_script(trainer)
    finally:
        act.unregister_activation("bare")
