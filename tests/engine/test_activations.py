"""Activation functions: the chapter's formulas, their derivatives, stability and the registry."""

import numpy as np
import pytest

from desktop_nn.engine import activations as act
from desktop_nn.engine.errors import ConfigError

Z = np.array([[-3.0, -0.5, 0.0, 0.25, 2.0], [1.5, -1.0, 4.0, -2.5, 0.1]])


def test_registry_lists_exactly_the_chapters_activations():
    assert set(act.ACTIVATIONS) == {"step", "linear", "sigmoid", "tanh", "relu", "leaky_relu", "softmax"}
    for name, entry in act.ACTIVATIONS.items():
        assert entry.name == name
        assert entry.formula and entry.derivative_formula
    assert "softmax" not in act.HIDDEN_ACTIVATIONS
    assert set(act.OUTPUT_ACTIVATIONS) == {"sigmoid", "softmax", "linear"}


def test_values_follow_the_formulas():
    assert np.array_equal(act.step(Z), np.where(Z >= 0, 1.0, -1.0))
    assert np.array_equal(act.linear(Z), Z)
    np.testing.assert_allclose(act.sigmoid(Z), 1 / (1 + np.exp(-Z)), rtol=1e-15)
    np.testing.assert_allclose(act.tanh(Z), (np.exp(Z) - np.exp(-Z)) / (np.exp(Z) + np.exp(-Z)), rtol=1e-14)
    assert np.array_equal(act.relu(Z), np.maximum(0, Z))
    assert np.array_equal(act.leaky_relu(Z), np.maximum(0.01 * Z, Z))
    assert np.array_equal(act.leaky_relu(Z, 0.2), np.maximum(0.2 * Z, Z))
    assert act.sigmoid(np.zeros((1, 1)))[0, 0] == 0.5


def test_activations_do_not_overwrite_their_input():
    for entry in act.ACTIVATIONS.values():
        before = Z.copy()
        out = entry(Z)
        assert out is not Z
        assert np.array_equal(Z, before)


@pytest.mark.parametrize("name", ["linear", "sigmoid", "tanh", "relu", "leaky_relu"])
def test_derivatives_match_finite_differences(name):
    g = act.ACTIVATIONS[name]
    z = np.linspace(-4, 4, 81).reshape(1, -1)
    z = z[np.abs(z) > 1e-3]                     # away from the kink of (leaky) ReLU
    h = 1e-6
    numeric = (g(z + h) - g(z - h)) / (2 * h)
    np.testing.assert_allclose(g.derivative(z), numeric, atol=1e-8)


def test_derivatives_in_the_chapters_table():
    a = act.sigmoid(Z)
    np.testing.assert_allclose(act.sigmoid_derivative(Z), a * (1 - a), rtol=1e-15)
    t = np.tanh(Z)
    np.testing.assert_allclose(act.tanh_derivative(Z), 1 - t**2, rtol=1e-15)
    # ReLU and leaky ReLU: 1 if z >= 0, as the slides write it (so g'(0) = 1)
    assert np.array_equal(act.relu_derivative(Z), (Z >= 0).astype(float))
    assert act.relu_derivative(np.zeros((1, 1)))[0, 0] == 1.0
    assert np.array_equal(act.leaky_relu_derivative(Z), np.where(Z >= 0, 1.0, 0.01))
    assert np.array_equal(act.step_derivative(Z), np.zeros_like(Z))


def test_sigmoid_and_softmax_are_stable_for_huge_z():
    big = np.array([[-1e4, -800.0, -40.0, 0.0, 40.0, 800.0, 1e4]])
    # underflow to 0 is the right answer; overflow, NaN or division by zero would be a bug
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        s = act.sigmoid(big)
        sm = act.softmax(np.vstack([big, -big, np.zeros_like(big)]))
        d = act.sigmoid_derivative(big)
    assert np.all(np.isfinite(s)) and np.all(np.isfinite(sm)) and np.all(np.isfinite(d))
    assert s[0, 0] == 0.0 and s[0, -1] == 1.0 and s[0, 3] == 0.5
    np.testing.assert_allclose(sm.sum(axis=0), 1.0, rtol=1e-15)
    assert sm[0, -1] == 1.0 and sm[1, 0] == 1.0


def test_softmax_is_a_probability_per_column_and_shift_invariant():
    rng = np.random.default_rng(0)
    Z4 = rng.standard_normal((4, 6))
    A = act.softmax(Z4)
    assert A.shape == (4, 6)
    np.testing.assert_allclose(A.sum(axis=0), 1.0, rtol=1e-15)
    np.testing.assert_allclose(act.softmax(Z4 + 100.0), A, rtol=1e-13)
    np.testing.assert_allclose(A, np.exp(Z4) / np.exp(Z4).sum(axis=0), rtol=1e-14)


def test_softmax_backward_is_the_jacobian_product():
    rng = np.random.default_rng(1)
    Z3, dA = rng.standard_normal((3, 5)), rng.standard_normal((3, 5))
    A = act.softmax(Z3)
    dZ = act.ACTIVATIONS["softmax"].backward(dA, Z3, A)
    h = 1e-6
    numeric = np.zeros_like(Z3)
    for k in range(3):
        E = np.zeros_like(Z3)
        E[k] = h
        numeric[k] = np.sum(dA * (act.softmax(Z3 + E) - act.softmax(Z3 - E)), axis=0) / (2 * h)
    np.testing.assert_allclose(dZ, numeric, atol=1e-9)


def test_elementwise_backward_is_dA_times_derivative():
    dA = np.ones_like(Z) * 2.0
    for name in ("sigmoid", "tanh", "relu"):
        g = act.ACTIVATIONS[name]
        assert np.array_equal(g.backward(dA, Z, g(Z)), 2.0 * g.derivative(Z))


def test_float32_stays_float32():
    z32 = Z.astype(np.float32)
    for name in ("step", "linear", "sigmoid", "tanh", "relu", "leaky_relu", "softmax"):
        assert act.ACTIVATIONS[name](z32).dtype == np.float32, name


def test_unknown_names_and_bad_slopes_are_refused():
    with pytest.raises(ConfigError, match="unknown activation 'swish'.*relu"):
        act.get_activation("swish")
    with pytest.raises(ConfigError, match="slope"):
        act.get_activation("leaky_relu", leaky_slope=1.5)
    g = act.get_activation("leaky_relu", leaky_slope=0.2)
    assert g.slope == 0.2
    assert np.array_equal(g(Z), np.maximum(0.2 * Z, Z))
