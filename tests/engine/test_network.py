"""Network: the chapter's shapes, forward/backward formulas, parameter access and input checks."""

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_nn.engine.activations import sigmoid
from desktop_nn.engine.errors import ConfigError, DatasetError, ShapeError
from desktop_nn.engine.network import LayerCache, Network, to_columns

CHAPTER_DIMS = [2, 3, 5, 4, 2, 1]      # "Getting your matrix dimensions correct"


def test_the_chapters_dimensions_example():
    m = 7
    net = Network(CHAPTER_DIMS, hidden_activation="relu", seed=0)
    assert net.L == 5
    # the slides: W[1] (3, 2), W[2] (5, 3), W[3] (4, 5), W[4] (2, 4), W[5] (1, 2)
    assert [net.params[f"W{l}"].shape for l in range(1, 6)] == [(3, 2), (5, 3), (4, 5), (2, 4), (1, 2)]
    assert [net.params[f"b{l}"].shape for l in range(1, 6)] == [(3, 1), (5, 1), (4, 1), (2, 1), (1, 1)]
    rng = np.random.default_rng(0)
    X = rng.standard_normal((2, m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    AL, caches = net.forward(X)
    assert AL.shape == (1, m)
    grads = net.backward(AL, Y, caches)
    for l in range(1, 6):
        n_l, n_prev = CHAPTER_DIMS[l], CHAPTER_DIMS[l - 1]
        c = caches[l - 1]
        assert isinstance(c, LayerCache)
        assert c.A_prev.shape == (n_prev, m)
        assert c.W.shape == (n_l, n_prev) and c.b.shape == (n_l, 1)
        assert c.Z.shape == (n_l, m) and c.A.shape == (n_l, m)        # Z[l], A[l]: (n[l], m)
        assert grads[f"dW{l}"].shape == (n_l, n_prev)                 # dW[l] like W[l]
        assert grads[f"db{l}"].shape == (n_l, 1)                      # db[l] like b[l]
        assert grads[f"dZ{l}"].shape == (n_l, m)                      # dZ[l] like Z[l]
    for l in range(1, 5):
        assert grads[f"dA{l}"].shape == (CHAPTER_DIMS[l], m)
    assert caches[0].A_prev is not None and np.array_equal(caches[0].A_prev, X)


def test_forward_is_the_chapters_loop():
    rng = np.random.default_rng(1)
    net = Network([3, 4, 2, 1], hidden_activation=["tanh", "relu"], init="xavier", seed=2)
    X = rng.standard_normal((3, 5))
    AL, caches = net.forward(X)
    p = net.params
    Z1 = p["W1"] @ X + p["b1"]
    A1 = np.tanh(Z1)
    Z2 = p["W2"] @ A1 + p["b2"]
    A2 = np.maximum(Z2, 0)
    Z3 = p["W3"] @ A2 + p["b3"]
    # the fast path ([W | b] [A; 1]) adds in another order: equal to the last bits
    np.testing.assert_allclose(caches[0].Z, Z1, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(caches[1].A, A2, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(AL, sigmoid(Z3), rtol=1e-12, atol=1e-15)
    # the readable forward is the chapter's loop exactly
    AL_r, caches_r = net.forward_readable(X)
    np.testing.assert_array_equal(caches_r[0].Z, Z1)
    np.testing.assert_array_equal(caches_r[1].A, A2)
    np.testing.assert_array_equal(AL_r, sigmoid(Z3))


def test_backward_uses_the_correct_formulas_not_the_slides_typos():
    """dW[L] = dZ[L] A[L-1]^T / m and dZ[L-1] = W[L]^T dZ[L] * g'(Z[L-1]) (not dW[L]^T, A[L]^T)."""
    rng = np.random.default_rng(2)
    net = Network([2, 3, 1], hidden_activation="tanh", init="xavier", seed=0)
    X = rng.standard_normal((2, 6))
    Y = np.array([[0, 1, 1, 0, 1, 0]], float)
    AL, caches = net.forward(X)
    g = net.backward(AL, Y, caches)
    m = 6
    dZ2 = AL - Y
    A1 = caches[0].A
    np.testing.assert_allclose(g["dW2"], dZ2 @ A1.T / m, rtol=1e-15)
    np.testing.assert_allclose(g["db2"], dZ2.sum(axis=1, keepdims=True) / m, rtol=1e-15)
    dZ1 = net.params["W2"].T @ dZ2 * (1 - A1**2)
    np.testing.assert_allclose(g["dZ1"], dZ1, rtol=1e-15)
    np.testing.assert_allclose(g["dW1"], dZ1 @ X.T / m, rtol=1e-15)


def test_assigning_a_worked_example_changes_the_network():
    """A textbook XOR network: h1 = OR, h2 = NAND, output = AND of the two."""
    net = Network([2, 2, 1], hidden_activation="sigmoid", seed=0)
    net.params["W1"] = np.array([[20.0, 20.0], [-20.0, -20.0]])
    net.params["b1"] = np.array([[-10.0], [30.0]])
    net.params = {"W1": net.params["W1"], "b1": net.params["b1"],
                  "W2": [[20.0, 20.0]], "b2": [[-30.0]]}
    X = np.array([[0, 0, 1, 1], [0, 1, 0, 1]], float)
    assert net.predict(X).tolist() == [0, 1, 1, 0]
    assert net.accuracy(X, np.array([[0, 1, 1, 0]])) == 1.0
    assert net.params["b2"][0, 0] == -30.0
    # a view edited in place is the network too
    net.params["W2"][0, 0] = -20.0
    assert net.forward(X)[1][1].W[0, 0] == -20.0


def test_shape_errors_name_the_matrix_and_both_shapes():
    net = Network(CHAPTER_DIMS, seed=0)
    with pytest.raises(ShapeError, match=r"W2 must have shape \(5, 3\).*got \(3, 5\).*transposed"):
        net.params["W2"] = np.zeros((3, 5))
    with pytest.raises(ShapeError, match=r"b3 must have shape \(4, 1\).*got \(4,\).*reshape"):
        net.params["b3"] = np.zeros(4)
    with pytest.raises(ShapeError, match=r"X must have shape \(n\[0\], m\) = \(2, m\).*got \(10, 2\).*X\.T"):
        net.forward(np.zeros((10, 2)))
    with pytest.raises(ShapeError, match=r"X must have shape.*got \(3,\)"):
        net.predict(np.zeros(3))
    AL, caches = net.forward(np.zeros((2, 4)))
    with pytest.raises(ShapeError, match=r"Y must have shape \(n\[L\], m\) = \(1, 4\).*got \(4,\)"):
        net.backward(AL, np.zeros(4), caches)
    with pytest.raises(ShapeError, match=r"Y must have shape.*\(1, 4\).*got \(1, 5\)"):
        net.cost(AL, np.zeros((1, 5)))
    with pytest.raises(KeyError, match="W6"):
        net.params["W6"] = np.zeros((1, 1))


def test_bad_values_and_settings_are_refused_with_a_fix():
    net = Network([2, 2, 1], seed=0)
    with pytest.raises(DatasetError, match="NaN"):
        net.forward(np.array([[np.nan], [0.0]]))
    with pytest.raises(DatasetError, match=r"Map labels -1/\+1.*\(Y \+ 1\) / 2"):
        net.cost(np.full((1, 2), 0.5), np.array([[-1.0, 1.0]]))
    with pytest.raises(ConfigError, match="finite"):
        net.params["W1"] = np.full((2, 2), np.inf)
    AL, caches = net.forward(np.zeros((2, 1)))
    grads = net.backward(AL, np.zeros((1, 1)), caches)
    with pytest.raises(ConfigError, match="learning rate must be a number > 0"):
        net.update(grads, -1)
    with pytest.raises(ConfigError, match="at least the input and output"):
        Network([3])
    with pytest.raises(ConfigError, match="softmax belongs to the output layer"):
        Network([2, 3, 2], hidden_activation="softmax", output="softmax")
    with pytest.raises(ConfigError, match="lists 1 names but the network has 2 hidden layers"):
        Network([2, 3, 3, 1], hidden_activation=["relu"])
    with pytest.raises(ConfigError, match="at least 2 units"):
        Network([2, 3, 1], output="softmax")
    with pytest.raises(ConfigError, match="init must be one of"):
        Network([2, 1], init="ones")
    with pytest.raises(ConfigError, match="l2"):
        Network([2, 1], l2=-1)
    with pytest.raises(ConfigError, match="output must be one of"):
        Network([2, 1], output="tanh")


def test_update_is_gradient_descent_in_place():
    rng = np.random.default_rng(4)
    net = Network([2, 3, 1], init="xavier", seed=1)
    before = {k: v.copy() for k, v in net.params.items()}
    X, Y = rng.standard_normal((2, 5)), np.array([[1, 0, 1, 0, 1.0]])
    AL, caches = net.forward(X)
    grads = net.backward(AL, Y, caches)
    net.update(grads, 0.1)
    for k in before:
        np.testing.assert_array_equal(net.params[k], before[k] - 0.1 * grads["d" + k])


def test_l2_adds_to_the_cost_and_the_gradient():
    rng = np.random.default_rng(5)
    X, Y = rng.standard_normal((2, 8)), (rng.random((1, 8)) > 0.5).astype(float)
    plain = Network([2, 4, 1], init="xavier", seed=3)
    reg = Network([2, 4, 1], init="xavier", seed=3, l2=0.7)
    AL, caches = plain.forward(X)
    penalty = sum(np.sum(plain.params[f"W{l}"] ** 2) for l in (1, 2))
    assert reg.cost(AL, Y) == pytest.approx(plain.cost(AL, Y) + 0.7 / (2 * 8) * penalty, rel=1e-14)
    g0, g1 = plain.backward(AL, Y, caches), reg.backward(AL, Y, caches)
    np.testing.assert_allclose(g1["dW1"], g0["dW1"] + 0.7 / 8 * plain.params["W1"], rtol=1e-14)
    np.testing.assert_array_equal(g1["db1"], g0["db1"])           # biases are not regularised


@pytest.mark.parametrize("hidden,output,loss", [
    (h, o, l) for h, (o, l) in itertools.product(
        ["step", "linear", "sigmoid", "tanh", "relu", "leaky_relu"],
        [("sigmoid", None), ("softmax", None), ("linear", None), ("sigmoid", "squared_error")])])
def test_fast_predict_proba_equals_the_readable_forward(hidden, output, loss):
    rng = np.random.default_rng(6)
    k = 3 if output == "softmax" else 2
    net = Network([4, 6, 5, k], hidden_activation=hidden, output=output, loss=loss, init="xavier", seed=9)
    X = rng.standard_normal((4, 33))
    AL, _ = net.forward(X)
    np.testing.assert_allclose(net.predict_proba(X), AL, rtol=0, atol=1e-12)
    # a second call with another m, then the first again: buffers are not mixed up
    net.predict_proba(rng.standard_normal((4, 5)))
    np.testing.assert_allclose(net.predict_proba(X), AL, rtol=0, atol=1e-12)


@pytest.mark.parametrize("output", ["sigmoid", "softmax"])
def test_predict_proba_over_many_columns_is_computed_in_blocks_but_equal(output):
    """A 200 x 200 decision grid: 40 000 columns go through the cache-sized blocks."""
    k = 3 if output == "softmax" else 1
    net = Network([2, 16, 16, k], hidden_activation="relu", output=output, init="he", seed=1)
    xs = np.linspace(-3, 3, 200)
    gx, gy = np.meshgrid(xs, xs)
    grid = np.vstack([gx.ravel(), gy.ravel()])
    AL, _ = net.forward(grid)
    P = net.predict_proba(grid)
    assert P.shape == (k, 40_000)
    np.testing.assert_allclose(P, AL, rtol=0, atol=1e-12)
    np.testing.assert_allclose(net.predict_proba(grid[:, 777:5555]), AL[:, 777:5555], rtol=0, atol=1e-12)


def test_predict_and_accuracy_per_output():
    X = np.array([[-2.0, -1.0, 1.0, 2.0]])
    sig = Network([1, 1], output="sigmoid", seed=0)
    sig.params["W1"] = [[1.0]]
    assert sig.predict(X).tolist() == [0, 0, 1, 1]
    assert sig.accuracy(X, [[0, 1, 1, 1]]) == 0.75
    soft = Network([1, 3], output="softmax", seed=0)
    soft.params["W1"] = [[-1.0], [0.0], [1.0]]
    assert soft.predict(X).tolist() == [0, 0, 2, 2]
    assert soft.accuracy(X, np.eye(3)[:, [0, 1, 2, 2]]) == 0.75
    lin = Network([1, 1], output="linear", seed=0)
    lin.params["W1"] = [[1.0]]
    np.testing.assert_array_equal(lin.predict(X), X[0])
    assert lin.accuracy(X, [[-2.2, -1.0, 0.0, 2.4]]) == 0.75


def test_to_columns():
    X_rows = np.arange(12.0).reshape(6, 2)
    X, Y = to_columns(X_rows, np.array([0, 1, 1, 0, 1, 0]), "sigmoid")
    assert X.shape == (2, 6) and Y.shape == (1, 6) and X.flags.c_contiguous
    np.testing.assert_array_equal(X, X_rows.T)
    X, Y = to_columns(X_rows, np.array([0, 2, 1, 0, 2, 2]), "softmax")
    assert Y.shape == (3, 6)
    np.testing.assert_array_equal(Y.argmax(axis=0), [0, 2, 1, 0, 2, 2])
    np.testing.assert_array_equal(Y.sum(axis=0), 1)
    _, Y = to_columns(X_rows, np.zeros(6, int), "softmax", n_classes=4)
    assert Y.shape == (4, 6)
    _, Y = to_columns(X_rows, np.arange(6.0), "linear")
    assert Y.shape == (1, 6)
    with pytest.raises(DatasetError, match=r"0/1.*\(y \+ 1\) // 2"):
        to_columns(X_rows, np.array([-1, 1, 1, -1, 1, -1]), "sigmoid")
    with pytest.raises(ShapeError, match="6 rows.*5 labels"):
        to_columns(X_rows, np.zeros(5), "sigmoid")


def test_copy_is_independent_and_equal():
    net = Network([2, 4, 3], hidden_activation="tanh", output="softmax", init="he", seed=5, l2=0.1)
    twin = net.copy()
    X = np.random.default_rng(0).standard_normal((2, 9))
    np.testing.assert_array_equal(twin.predict_proba(X), net.predict_proba(X))
    twin.params["W1"][0, 0] += 1.0
    assert twin.params["W1"][0, 0] != net.params["W1"][0, 0]
    assert (twin.layer_dims, twin.activations, twin.l2, twin.output) == (net.layer_dims, net.activations, net.l2, net.output)


def test_same_seed_same_network_and_reinitialize():
    a, b = Network(CHAPTER_DIMS, seed=11), Network(CHAPTER_DIMS, seed=11)
    assert all(np.array_equal(a.params[k], b.params[k]) for k in a.params)
    first = a.params["W3"].copy()
    a.params["W3"] = np.zeros((4, 5))
    a.reinitialize()
    np.testing.assert_array_equal(a.params["W3"], first)
    a.reinitialize(seed=12)
    assert not np.array_equal(a.params["W3"], first)


def test_float32_network():
    net = Network([2, 8, 1], init="xavier", seed=0, dtype=np.float32)
    X = np.random.default_rng(0).standard_normal((2, 10))
    assert net.params["W1"].dtype == np.float32
    AL, caches = net.forward(X)
    assert AL.dtype == np.float32 and net.predict_proba(X).dtype == np.float32
    ref = Network([2, 8, 1], init="xavier", seed=0)
    np.testing.assert_allclose(net.predict_proba(X), ref.predict_proba(X), atol=1e-6)


@settings(max_examples=40, deadline=None)
@given(dims=st.lists(st.integers(1, 6), min_size=2, max_size=6), m=st.integers(1, 12),
       hidden=st.sampled_from(["relu", "tanh", "sigmoid", "leaky_relu", "linear", "step"]),
       output=st.sampled_from(["sigmoid", "softmax", "linear"]), seed=st.integers(0, 2**31))
def test_every_matrix_has_the_chapters_shape(dims, m, hidden, output, seed):
    if output == "softmax":
        dims[-1] = max(dims[-1], 2)
    net = Network(dims, hidden_activation=hidden, output=output, init="he", seed=seed)
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((dims[0], m))
    Y = np.eye(dims[-1])[:, rng.integers(0, dims[-1], m)] if output == "softmax" else rng.random((dims[-1], m))
    AL, caches = net.forward(X)
    grads = net.backward(AL, Y, caches)
    assert AL.shape == (dims[-1], m) and len(caches) == net.L
    for l in range(1, net.L + 1):
        assert caches[l - 1].Z.shape == caches[l - 1].A.shape == grads[f"dZ{l}"].shape == (dims[l], m)
        assert grads[f"dW{l}"].shape == net.params[f"W{l}"].shape == (dims[l], dims[l - 1])
        assert grads[f"db{l}"].shape == net.params[f"b{l}"].shape == (dims[l], 1)
    assert np.all(np.isfinite(net.cost(AL, Y)))
    assert net.predict_proba(X).shape == (dims[-1], m)


@settings(max_examples=30, deadline=None)
@given(n_x=st.integers(1, 5), wrong=st.integers(1, 5), m=st.integers(1, 5))
def test_any_wrong_input_width_is_a_shape_error(n_x, wrong, m):
    net = Network([n_x, 3, 1], seed=0)
    if wrong == n_x:
        assert net.forward(np.zeros((n_x, m)))[0].shape == (1, m)
    else:
        with pytest.raises(ShapeError, match=rf"\({n_x}, m\).*got \({wrong}, {m}\)"):
            net.forward(np.zeros((wrong, m)))
