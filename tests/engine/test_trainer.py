"""Trainer: the chapter's learning experiments, determinism, divergence and the fast path."""

import itertools

import numpy as np
import pytest

from desktop_nn.engine import trainer as trainer_module
from desktop_nn.engine.datasets import GENERATORS, parity
from desktop_nn.engine.errors import ConfigError, DivergenceError, ShapeError
from desktop_nn.engine.network import Network, to_columns
from desktop_nn.engine.trainer import EpochRecord, Trainer

# the four points of XOR, as columns
X_XOR = np.array([[0, 0, 1, 1], [0, 1, 0, 1]], float)
Y_XOR = np.array([[0, 1, 1, 0]], float)


def _params(net):
    return {k: v.copy() for k, v in net.params.items()}


def _random_problem(output, n_x=3, k=2, m=37, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n_x, m))
    if output == "softmax":
        Y = np.eye(k)[:, rng.integers(0, k, m)]
    elif output == "sigmoid":
        Y = (rng.random((k, m)) > 0.5).astype(float)
    else:
        Y = rng.standard_normal((k, m))
    return X, Y


# --- the chapter's points ------------------------------------------------------------------------

def test_a_2_2_1_tanh_network_learns_xor():
    net = Network([2, 2, 1], hidden_activation="tanh", init="xavier", seed=0)
    trainer = Trainer(net, X_XOR, Y_XOR, learning_rate=1.0, target_accuracy=1.0, max_epochs=5000)
    trainer.step(5000)
    assert net.accuracy(X_XOR, Y_XOR) == 1.0
    assert net.predict(X_XOR).tolist() == [0, 1, 1, 0]
    assert trainer.done and "accuracy" in trainer.stop_reason


@pytest.mark.parametrize("dims", [[2, 2, 1], [2, 8, 8, 1]])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_linear_only_network_cannot_learn_xor(dims, seed):
    """Linear hidden layers collapse to W'X + b': a straight line, at most 3 of 4 XOR points."""
    net = Network(dims, hidden_activation="linear", init="xavier", seed=seed)
    Trainer(net, X_XOR, Y_XOR, learning_rate=0.5).step(3000)
    assert net.accuracy(X_XOR, Y_XOR) <= 0.75


def test_8_bit_parity_is_learnable_by_a_deep_network():
    X_rows, y = parity(8)
    X, Y = to_columns(X_rows, y, "sigmoid")
    assert X.shape == (8, 256)
    net = Network([8, 32, 32, 1], hidden_activation="relu", init="he", seed=0)
    trainer = Trainer(net, X, Y, learning_rate=0.01, optimizer="adam", target_accuracy=1.0,
                      max_epochs=3000)
    trainer.step(3000)
    assert net.accuracy(X, Y) == 1.0


def _symmetric_data():
    rng = np.random.default_rng(3)
    X = rng.standard_normal((2, 20))
    return X, (X[:1] * X[1:] > 0).astype(float)


def test_zero_initialisation_keeps_the_hidden_units_identical():
    X, Y = _symmetric_data()
    net = Network([2, 4, 3, 1], hidden_activation="sigmoid", init="zeros", seed=0)
    Trainer(net, X, Y, learning_rate=1.0).step(300)
    for l in (1, 2, 3):
        W, b = net.params[f"W{l}"], net.params[f"b{l}"]
        # every unit the same, up to the last bits of rounding: BLAS may sum a row in another
        # order depending on where it falls in its SIMD blocks (NumPy 2.4 does); broken symmetry
        # from random weights would differ by ~1e-2
        np.testing.assert_allclose(W, np.broadcast_to(W[0], W.shape), rtol=1e-9, atol=1e-15,
                                   err_msg=f"rows of W{l} differ")
        np.testing.assert_allclose(b, np.broadcast_to(b[0], b.shape), rtol=1e-9, atol=1e-15)
    assert np.any(net.params["W1"] != 0)                          # it did train, symmetrically
    W2 = net.params["W2"]                                         # and every weight of layer 2
    np.testing.assert_allclose(W2, np.full_like(W2, W2[0, 0]), rtol=1e-9, atol=1e-15)


@pytest.mark.parametrize("hidden", ["sigmoid", "tanh", "relu"])
def test_small_random_initialisation_breaks_the_symmetry(hidden):
    X, Y = _symmetric_data()
    net = Network([2, 4, 3, 1], hidden_activation=hidden, init="small_random", seed=0)
    Trainer(net, X, Y, learning_rate=1.0).step(300)
    for l in (1, 2):
        W = net.params[f"W{l}"]
        assert len({tuple(row) for row in W}) == W.shape[0], f"two units of layer {l} are equal"


# --- determinism, reset, stop conditions ---------------------------------------------------------

@pytest.mark.parametrize("optimizer,batch_size", [("gd", None), ("momentum", 7), ("adam", 1)])
def test_same_settings_give_bit_identical_parameters(optimizer, batch_size):
    X, Y = _random_problem("softmax", k=3)
    runs = []
    for _ in range(2):
        net = Network([3, 6, 5, 3], hidden_activation="relu", output="softmax", init="he", seed=4)
        t = Trainer(net, X, Y, learning_rate=0.05, optimizer=optimizer, batch_size=batch_size, seed=9)
        t.step(15)
        runs.append((_params(net), t.history.train_cost))
    for k in runs[0][0]:
        assert np.array_equal(runs[0][0][k], runs[1][0][k])
    assert np.array_equal(runs[0][1], runs[1][1])


def test_the_shuffle_seed_matters():
    X, Y = _random_problem("sigmoid", k=1)
    finals = []
    for seed in (1, 2):
        net = Network([3, 4, 1], init="xavier", seed=0)
        Trainer(net, X, Y, learning_rate=0.1, batch_size=5, seed=seed).step(3)
        finals.append(net.params["W1"].copy())
    assert not np.array_equal(*finals)


def test_reset_brings_back_the_same_weights_and_the_same_run():
    X, Y = _random_problem("sigmoid", k=1)
    net = Network([3, 5, 1], hidden_activation="tanh", init="xavier", seed=2)
    start = _params(net)
    t = Trainer(net, X, Y, learning_rate=0.2, optimizer="adam", batch_size=8)
    t.step(10)
    first = (_params(net), t.history.train_cost)
    t.reset()
    assert t.epoch == 0 and len(t.history) == 0 and not t.done
    assert all(np.array_equal(net.params[k], start[k]) for k in start)
    t.step(10)
    assert all(np.array_equal(net.params[k], first[0][k]) for k in start)
    assert np.array_equal(t.history.train_cost, first[1])


def test_history_records_and_held_out_set():
    X_rows, y = GENERATORS["moons"](n_samples=120, noise=0.1, seed=0)
    X, Y = to_columns(X_rows, y, "sigmoid")
    net = Network([2, 8, 1], hidden_activation="tanh", init="xavier", seed=0)
    t = Trainer(net, X[:, :90], Y[:, :90], X_test=X[:, 90:], Y_test=Y[:, 90:], learning_rate=0.5)
    rec = t.step(50)
    assert isinstance(rec, EpochRecord) and rec.epoch == 50 == t.epoch == len(t.history)
    assert t.history[-1] == rec and t.history[0].epoch == 1
    assert [r.epoch for r in t.history[:3]] == [1, 2, 3]
    costs = t.history.train_cost
    assert costs.shape == (50,) and costs[-1] < costs[0]
    assert rec.test_cost == pytest.approx(net.cost(net.predict_proba(X[:, 90:]), Y[:, 90:]), rel=1e-9)
    assert rec.test_accuracy == net.accuracy(X[:, 90:], Y[:, 90:])
    # the first epoch's train cost is the cost of the initial parameters
    fresh = Network([2, 8, 1], hidden_activation="tanh", init="xavier", seed=0)
    assert t.history[0].train_cost == pytest.approx(fresh.cost(fresh.forward(X[:, :90])[0], Y[:, :90]), rel=1e-12)
    no_test = Trainer(Network([2, 8, 1], seed=0), X, Y).step()
    assert no_test.test_cost is None and no_test.test_accuracy is None


def test_stop_conditions_and_changing_settings_between_steps():
    net = Network([2, 4, 1], hidden_activation="tanh", init="xavier", seed=0)
    t = Trainer(net, X_XOR, Y_XOR, learning_rate=0.5, max_epochs=30)
    assert t.step(100).epoch == 30 and t.done and "30 epochs" in t.stop_reason
    assert t.step(5).epoch == 30                       # done: nothing more happens
    t.max_epochs = 40                                  # raise the limit: training continues
    assert t.step(100).epoch == 40
    t.max_epochs, t.target_cost = None, 0.05
    t.learning_rate = 2.0
    rec = t.step(10_000)
    assert rec.train_cost <= 0.05 and t.done and "cost" in t.stop_reason
    t.target_cost = None
    t.batch_size = 2
    t.optimizer = "momentum"
    t.l2 = 0.01
    assert net.l2 == 0.01
    assert t.step(3).epoch == rec.epoch + 3


def test_bad_settings_are_config_errors():
    net = Network([2, 3, 1], seed=0)
    with pytest.raises(ShapeError, match=r"X must have shape \(n\[0\], m\) = \(2, m\).*X\.T"):
        Trainer(net, X_XOR.T, Y_XOR)
    with pytest.raises(ShapeError, match=r"Y must have shape \(n\[L\], m\) = \(1, 4\)"):
        Trainer(net, X_XOR, Y_XOR.ravel())
    with pytest.raises(ConfigError, match="both X_test and Y_test"):
        Trainer(net, X_XOR, Y_XOR, X_test=X_XOR)
    for setting, value, message in [("learning_rate", 0, "learning rate"),
                                     ("batch_size", 0, "batch size"),
                                     ("optimizer", "rmsprop", "optimizer must be one of"),
                                     ("beta", 1.5, "beta")]:
        t = Trainer(net, X_XOR, Y_XOR, optimizer="momentum")
        setattr(t, setting, value)
        with pytest.raises(ConfigError, match=message):
            t.step()


# --- divergence ----------------------------------------------------------------------------------

def test_a_huge_learning_rate_raises_divergence_naming_the_epoch():
    rng = np.random.default_rng(0)
    X = rng.standard_normal((2, 50))
    Y = X[:1] * 3 + X[1:] ** 2
    net = Network([2, 8, 1], hidden_activation="relu", output="linear", init="he", seed=0)
    t = Trainer(net, X, Y, learning_rate=100.0)
    with pytest.raises(DivergenceError) as info:
        t.step(1000)
    err = info.value
    assert err.epoch == 2 and err.cost > 1e4
    assert "epoch 2" in str(err) and "learning rate 100" in str(err) and "try 10" in str(err)
    assert t.epoch == 1 and len(t.history) == 1 and t.diverged is err
    assert all(np.all(np.isfinite(v)) for v in net.params.values())
    # the network kept the parameters before the update that blew up: the initial ones here
    fresh = Network([2, 8, 1], hidden_activation="relu", output="linear", init="he", seed=0)
    assert all(np.array_equal(net.params[k], fresh.params[k]) for k in fresh.params)
    # lowering the learning rate, training can go on from there
    t.learning_rate = 0.01
    assert t.step(5).epoch == 6 and t.diverged is None


def test_a_nan_cost_is_caught_before_it_reaches_the_history(monkeypatch):
    monkeypatch.setattr(trainer_module, "DIVERGENCE_FACTOR", np.inf)   # only NaN/inf can stop it
    rng = np.random.default_rng(0)
    X = rng.standard_normal((2, 50))
    net = Network([2, 8, 1], hidden_activation="relu", output="linear", init="he", seed=0)
    t = Trainer(net, X, X[:1] * 3, learning_rate=100.0)
    with pytest.raises(DivergenceError, match="NaN/inf") as info:
        t.step(10_000)
    assert info.value.epoch == t.epoch + 1
    assert np.all(np.isfinite(t.history.train_cost))


@pytest.mark.parametrize("fast", [True, False])
def test_divergence_with_mini_batches(fast):
    X, Y = _random_problem("sigmoid", k=1, m=40)
    net = Network([3, 16, 1], hidden_activation="relu", init="he", seed=0)
    t = Trainer(net, X * 100, Y, learning_rate=1e6, batch_size=8, fast=fast)
    with pytest.raises(DivergenceError) as info:
        t.step(50)
    assert info.value.epoch >= 1
    assert all(np.all(np.isfinite(v)) for v in net.params.values())


# --- the fast path equals the readable path ------------------------------------------------------

COMBINATIONS = list(itertools.product(
    ["step", "linear", "sigmoid", "tanh", "relu", "leaky_relu"],
    [("sigmoid", None), ("sigmoid", "squared_error"), ("softmax", None),
     ("softmax", "squared_error"), ("linear", None)]))


@pytest.mark.parametrize("hidden,pairing", COMBINATIONS)
@pytest.mark.parametrize("optimizer,batch_size,l2", [("gd", None, 0.0), ("momentum", 8, 0.1),
                                                     ("adam", None, 0.05)])
def test_fast_path_equals_readable_path(hidden, pairing, optimizer, batch_size, l2):
    output, loss = pairing
    X, Y = _random_problem(output, k=3 if output == "softmax" else 2)
    runs = []
    for fast in (True, False):
        net = Network([3, 5, 4, Y.shape[0]], hidden_activation=hidden, output=output, loss=loss,
                      init="xavier", seed=3, l2=l2, leaky_slope=0.05)
        t = Trainer(net, X, Y, learning_rate=0.05, optimizer=optimizer, batch_size=batch_size,
                    seed=2, fast=fast)
        t.step(20)
        runs.append((net, t))
    (fast_net, fast_t), (slow_net, slow_t) = runs
    for k in fast_net.params:
        np.testing.assert_allclose(fast_net.params[k], slow_net.params[k], rtol=0, atol=1e-12)
    np.testing.assert_allclose(fast_t.history.train_cost, slow_t.history.train_cost, rtol=1e-12)
    np.testing.assert_array_equal(fast_t.history.train_accuracy, slow_t.history.train_accuracy)


def test_float32_mode_trains_like_float64():
    X_rows, y = GENERATORS["circles"](n_samples=200, noise=0.05, seed=0)
    X, Y = to_columns(X_rows, y, "sigmoid")
    accs = []
    for dtype in (np.float64, np.float32):
        net = Network([2, 16, 16, 1], init="he", seed=0, dtype=dtype)
        t = Trainer(net, X, Y, learning_rate=0.1, optimizer="adam")
        t.step(200)
        assert net.params["W1"].dtype == dtype
        accs.append(net.accuracy(X, Y))
    assert accs[0] > 0.95 and abs(accs[0] - accs[1]) <= 0.02


def test_a_saturating_blow_up_is_divergence_too():
    """At η = 100 a tanh network's cross-entropy does not grow without bound: it sticks near 50
    with every prediction confidently wrong. That is still a blow-up and must be named as one."""
    X, y = GENERATORS["xor"](n_samples=200, noise=0.1, seed=0)
    X, Y = to_columns(X, y, "sigmoid")
    net = Network([2, 4, 2, 1], hidden_activation="tanh", output="sigmoid", init="xavier", seed=0)
    trainer = Trainer(net, X, Y, learning_rate=100.0)
    with pytest.raises(DivergenceError) as info:
        for _ in range(200):
            trainer.step()
    assert info.value.epoch <= 200 and "try 10" in str(info.value)
    assert np.isfinite(info.value.cost) and info.value.cost > 10
    # and an ordinary run at a sensible rate is never called divergent
    calm = Trainer(Network([2, 4, 2, 1], hidden_activation="tanh", init="xavier", seed=0), X, Y, learning_rate=1.0)
    for _ in range(500):
        calm.step()
    assert calm.diverged is None
