"""The loss surface of a run (training/loss_surface.py): built from the live parameters, its
training path trained again from the same initial weights, checked against the engine's network."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_nn.engine.errors import ConfigError
from desktop_nn.engine.network import Network, to_columns
from desktop_nn.training.config import RunConfig, prepare_data
from desktop_nn.training.loss_surface import compute_surface, race_on
from desktop_nn.training.runs import build_run

CONFIG = RunConfig(dataset="xor", model="network", hidden=(4,), hidden_activation="tanh", init="xavier",
                   learning_rate=0.5, l2=0.01, seed=3)


def _live(epochs=120):
    data = prepare_data(CONFIG)
    run = build_run(CONFIG, data)
    for _ in range(epochs):
        run.step()
    return data, run.params()


def _independent(data, params):
    """The network and its cost on the training set, built here from the engine alone."""
    net = Network([2, 4, 1], "tanh", "sigmoid", init="xavier", seed=3, l2=0.01)
    initial = {k: np.array(v) for k, v in net.params.items()}
    net.params = params
    X, Y = to_columns(np.asarray(data.X_train), np.asarray(data.y_train), "sigmoid", None)
    return net, X, Y, initial


def _theta(params):
    return np.concatenate([np.hstack([params[f"W{l}"], params[f"b{l}"]]).ravel() for l in (1, 2)])


def test_path_surface_centre_is_the_cost_and_its_first_point_the_initial_weights():
    data, params = _live()
    result = compute_surface(CONFIG, data, params, 120, mode="path", resolution=11)
    net, X, Y, initial = _independent(data, params)
    assert abs(result.centre_cost - net.cost(net.forward(X)[0], Y)) < 1e-12
    assert result.J.shape == (11, 11) and np.all(np.isfinite(result.J))
    plane = result.plane
    D = np.vstack([plane.d1, plane.d2])
    (a0, b0), *_ = np.linalg.lstsq(D.T, _theta(initial) - _theta(params), rcond=None)
    assert np.abs(result.path[0] - [a0, b0]).max() < 1e-12 and result.path_epochs[0] == 0
    assert result.path_residual[0] < 1e-12
    assert np.linalg.norm(plane.point(a0, b0) - _theta(initial)) < 1e-12
    # trained again with the same settings, the path ends at the live weights: the centre
    assert result.path_epochs[-1] == 120 and np.abs(result.path[-1]).max() < 1e-9
    assert 0 < result.explained <= 1


def test_weight_surface_is_the_cost_with_the_two_weights_changed():
    data, params = _live(60)
    result = compute_surface(CONFIG, data, params, 60, mode="weights", weights=((1, 3, 0), (2, 0, 2)), resolution=7)
    net, X, Y, _ = _independent(data, params)
    r, c = 2, 5
    changed = {k: np.array(v) for k, v in params.items()}
    changed["W1"][3, 0] += result.alphas[c]
    changed["W2"][0, 2] += result.betas[r]
    net.params = changed
    assert abs(result.J[r, c] - net.cost(net.forward(X)[0], Y)) < 1e-12
    # the path of those two weights: the initial W1[3,0], W2[0,2] relative to the live ones
    _, _, _, initial = _independent(data, params)
    expected = [initial["W1"][3, 0] - params["W1"][3, 0], initial["W2"][0, 2] - params["W2"][0, 2]]
    assert np.abs(result.path[0] - expected).max() < 1e-12
    paths = race_on(CONFIG, data, params, result.plane, result.path[0], 10, 0.3)
    for p in paths.values():
        assert np.array_equal(p.coords[0], result.path[0])
    with pytest.raises(ConfigError):
        compute_surface(CONFIG, data, params, 60, mode="weights", weights=((1, 3, 0),))


def test_a_single_neuron_has_no_surface_here():
    config = RunConfig(model="perceptron")
    data = prepare_data(config)
    with pytest.raises(ConfigError, match="neural network"):
        compute_surface(config, data, build_run(config, data).params(), 0)
    with pytest.raises(ConfigError, match="train a few epochs"):
        data = prepare_data(CONFIG)
        compute_surface(CONFIG, data, build_run(CONFIG, data).params(), 0)


def test_the_path_is_trained_again_epoch_for_epoch_with_progress():
    data, params = _live(120)
    seen = []
    from desktop_nn.training.loss_surface import training_path
    epochs, thetas = training_path(CONFIG, data, 120, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(50, 120), (100, 120)]
    assert epochs[0] == 0 and epochs[-1] == 120 and np.all(np.diff(epochs) > 0)
    np.testing.assert_array_equal(thetas[-1], _theta(params))     # same settings, same seed: same weights
