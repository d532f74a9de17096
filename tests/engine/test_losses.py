"""Losses: the chapter's cross-entropy, categorical cross-entropy and squared error."""

import numpy as np
import pytest

from desktop_nn.engine import losses
from desktop_nn.engine.errors import ConfigError


def test_binary_cross_entropy_is_the_chapters_formula():
    A = np.array([[0.9, 0.2, 0.6]])
    Y = np.array([[1.0, 0.0, 0.0]])
    expected = -(np.log(0.9) + np.log(0.8) + np.log(0.4)) / 3
    assert losses.binary_cross_entropy(A, Y) == pytest.approx(expected, rel=1e-15)
    # dL/da = -y/a + (1 - y)/(1 - a)
    np.testing.assert_allclose(losses.binary_cross_entropy_dA(A, Y), [[-1 / 0.9, 1 / 0.8, 1 / 0.4]])


def test_categorical_cross_entropy_and_squared_error():
    A = np.array([[0.7, 0.1], [0.2, 0.3], [0.1, 0.6]])
    Y = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0]])
    assert losses.categorical_cross_entropy(A, Y) == pytest.approx(-(np.log(0.7) + np.log(0.6)) / 2)
    np.testing.assert_allclose(losses.categorical_cross_entropy_dA(A, Y), -Y / A)
    assert losses.squared_error(A, Y) == pytest.approx(np.sum((A - Y) ** 2) / 4)
    np.testing.assert_array_equal(losses.squared_error_dA(A, Y), A - Y)


@pytest.mark.parametrize("name", ["binary_cross_entropy", "categorical_cross_entropy", "squared_error"])
def test_dA_is_the_derivative_of_the_cost(name):
    rng = np.random.default_rng(3)
    loss = losses.LOSSES[name]
    A = rng.uniform(0.05, 0.95, (2, 4))
    Y = (rng.random((2, 4)) > 0.5).astype(float)
    m, h = A.shape[1], 1e-6
    numeric = np.zeros_like(A)
    for idx in np.ndindex(A.shape):
        E = np.zeros_like(A)
        E[idx] = h
        numeric[idx] = (loss.cost(A + E, Y) - loss.cost(A - E, Y)) / (2 * h)
    # the cost averages over m examples; dA is the gradient of one example's loss
    np.testing.assert_allclose(loss.dA(A, Y) / m, numeric, rtol=1e-7)


def test_log_of_zero_is_clipped_never_inf():
    A = np.array([[0.0, 1.0, 1.0, 0.0]])
    Y = np.array([[1.0, 0.0, 1.0, 0.0]])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        J = losses.binary_cross_entropy(A, Y)
        dA = losses.binary_cross_entropy_dA(A, Y)
        Jc = losses.categorical_cross_entropy(np.array([[0.0], [1.0]]), np.array([[1.0], [0.0]]))
    assert np.isfinite(J) and np.all(np.isfinite(dA)) and np.isfinite(Jc)
    assert J > 10          # confidently wrong costs a lot, but a finite lot
    J32 = losses.binary_cross_entropy(A.astype(np.float32), Y.astype(np.float32))
    assert np.isfinite(J32)


def test_pairings():
    assert losses.get_loss("sigmoid").name == "binary_cross_entropy"
    assert losses.get_loss("softmax").name == "categorical_cross_entropy"
    assert losses.get_loss("linear").name == "squared_error"
    assert losses.get_loss("sigmoid", "squared_error").name == "squared_error"
    assert losses.is_natural_pairing("softmax", "categorical_cross_entropy")
    assert not losses.is_natural_pairing("sigmoid", "squared_error")
    with pytest.raises(ConfigError, match="linear output cannot be trained with binary_cross_entropy"):
        losses.get_loss("linear", "binary_cross_entropy")
    with pytest.raises(ConfigError, match="unknown loss 'hinge'"):
        losses.get_loss("sigmoid", "hinge")
    with pytest.raises(ConfigError, match="unknown output"):
        losses.get_loss("relu")
