"""The loss surface: θ ⇄ W[l], b[l]; J over a plane of two weights or of the training path; the
optimiser race — each checked against NumPy written out here or the network changed by hand."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_nn.engine import param_vector
from desktop_nn.engine.errors import ConfigError, ShapeError
from desktop_nn.engine.network import Network
from desktop_nn.engine.surface import path_plane, surface, weight_plane
from desktop_nn.engine.surface_race import race


def _data(n_in=2, m=60, classes=None, seed=1):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n_in, m))
    if n_in == 1:
        return X, np.sin(2 * X)
    if classes:
        labels = rng.integers(0, classes, m)
        return X, np.eye(classes)[:, labels]
    return X, (X[0] * X[1] > 0).astype(float)[None, :]


def _by_hand_theta(params, L):
    """θ written out: each layer's [W | b] row by row (param_vector's documented order)."""
    return np.concatenate([np.hstack([params[f"W{l}"], params[f"b{l}"]]).ravel() for l in range(1, L + 1)])


def _numpy_cost(params, X, Y, hidden, output, l2):
    """Forward pass and cost in plain NumPy: tanh/relu hidden layers, sigmoid+BCE, softmax+CCE or
    linear+squared error."""
    L = len([k for k in params if k.startswith("W")])
    A = X
    for l in range(1, L + 1):
        Z = params[f"W{l}"] @ A + params[f"b{l}"]
        if l < L:
            A = np.tanh(Z) if hidden == "tanh" else np.maximum(Z, 0)
        elif output == "linear":
            A = Z
        elif output == "sigmoid":
            A = 1 / (1 + np.exp(-Z))
        else:
            E = np.exp(Z - Z.max(axis=0))
            A = E / E.sum(axis=0)
    m = X.shape[1]
    if output == "linear":
        J = np.sum((A - Y) ** 2) / (2 * m)
    elif output == "sigmoid":
        J = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    else:
        J = -np.sum(Y * np.log(A)) / m
    return J + l2 / (2 * m) * sum(np.sum(params[f"W{l}"] ** 2) for l in range(1, L + 1))


CASES = [([2, 4, 1], "tanh", "sigmoid", 0.0, None), ([2, 5, 3, 1], "relu", "sigmoid", 0.1, None),
         ([3, 4, 3], "tanh", "softmax", 0.05, 3), ([1, 6, 1], "tanh", "linear", 0.02, None)]


def test_theta_round_trip_and_coordinates():
    net = Network([3, 4, 2, 1], "tanh", init="xavier", seed=3)
    theta = param_vector.flatten(net.params, net.layer_dims)
    assert np.array_equal(theta, _by_hand_theta(net.params, 3))
    assert theta.size == net.n_parameters == param_vector.size(net.layer_dims)
    back = param_vector.unflatten(theta, net.layer_dims)
    for key, value in net.params.items():
        assert np.array_equal(back[key], value)
    assert theta[param_vector.coordinate(net.layer_dims, 2, 1, 3)] == net.params["W2"][1, 3]
    assert theta[param_vector.coordinate(net.layer_dims, 3, 0, None)] == net.params["b3"][0, 0]
    with pytest.raises(ShapeError):
        param_vector.coordinate(net.layer_dims, 2, 2, 0)
    with pytest.raises(ShapeError):
        param_vector.unflatten(theta[:-1], net.layer_dims)


@pytest.mark.parametrize("dims, hidden, output, l2, classes", CASES)
def test_the_centre_of_the_surface_is_the_networks_cost(dims, hidden, output, l2, classes):
    net = Network(dims, hidden, output, init="xavier", seed=4, l2=l2)
    X, Y = _data(dims[0], classes=classes)
    theta = param_vector.flatten(net.params, net.layer_dims)
    rng = np.random.default_rng(0)
    d1, d2 = rng.normal(size=theta.size), rng.normal(size=theta.size)
    from desktop_nn.engine.surface import Plane
    for plane in (weight_plane(dims, theta, (1, 1, 0), (len(dims) - 1, 0, None)), Plane(theta, d1, d2, "free")):
        J = surface(net, X, Y, plane, [-0.3, 0.0, 0.7], [-1.0, 0.0, 0.2])
        assert J.shape == (3, 3)
        expected = _numpy_cost({k: np.array(v) for k, v in net.params.items()}, X, Y, hidden, output, l2)
        assert abs(J[1, 1] - expected) < 1e-12
        assert abs(J[1, 1] - net.cost(net.forward(X)[0], Y)) < 1e-12


@pytest.mark.parametrize("dims, hidden, output, l2, classes", CASES)
def test_a_two_weight_surface_is_the_cost_with_those_weights_changed_by_hand(dims, hidden, output, l2, classes):
    net = Network(dims, hidden, output, init="xavier", seed=5, l2=l2)
    X, Y = _data(dims[0], classes=classes)
    theta = param_vector.flatten(net.params, net.layer_dims)
    L = len(dims) - 1
    plane = weight_plane(dims, theta, (1, 1, 0), (L, 0, None))      # W[1][1,0] and the bias b[L][0]
    alphas, betas = np.linspace(-2, 2, 5), np.linspace(-1.5, 3, 4)
    J = surface(net, X, Y, plane, alphas, betas)
    for r, b in enumerate(betas):
        for c, a in enumerate(alphas):
            params = {k: np.array(v) for k, v in net.params.items()}
            params["W1"][1, 0] += a
            params[f"b{L}"][0, 0] += b
            assert abs(J[r, c] - _numpy_cost(params, X, Y, hidden, output, l2)) < 1e-12
    with pytest.raises(ConfigError):
        weight_plane(dims, theta, (1, 1, 0), (1, 1, 0))


def _path(seed=0, steps=40):
    """A real gradient-descent path of a 2-4-1 network: θ_0 (initial) … θ_steps."""
    net = Network([2, 4, 1], "tanh", init="xavier", seed=seed)
    X, Y = _data()
    thetas = [_by_hand_theta(net.params, 2)]
    for _ in range(steps):
        AL, caches = net.forward(X)
        net.update(net.backward(AL, Y, caches), 0.5)
        thetas.append(_by_hand_theta(net.params, 2))
    return net, X, Y, np.array(thetas)


def test_path_directions_are_orthonormal_and_the_initial_weights_lie_on_the_plane():
    net, X, Y, thetas = _path()
    centre = thetas[-1]
    plane = path_plane(thetas, centre)
    D = np.vstack([plane.d1, plane.d2])
    assert np.abs(D @ D.T - np.eye(2)).max() < 1e-12
    coords, residual = plane.project(thetas)
    # an independent projection of the initial weights: least squares on [d1 d2]
    initial = _by_hand_theta(Network([2, 4, 1], "tanh", init="xavier", seed=0).params, 2)
    (a0, b0), *_ = np.linalg.lstsq(D.T, initial - centre, rcond=None)
    assert np.abs(coords[0] - [a0, b0]).max() < 1e-12
    assert np.linalg.norm(centre + a0 * plane.d1 + b0 * plane.d2 - initial) < 1e-12
    assert residual[0] < 1e-12 and abs(b0) < 1e-12
    assert abs(a0 - np.linalg.norm(initial - centre)) < 1e-12
    assert np.abs(coords[-1]).max() < 1e-12                        # the centre is (0, 0)
    # the centre of the plane is the network's cost
    assert abs(surface(net, X, Y, plane, [0.0], [0.0])[0, 0] - net.cost(net.forward(X)[0], Y)) < 1e-12


def test_a_path_inside_a_known_plane_is_found_whole():
    rng = np.random.default_rng(2)
    u, v = np.linalg.qr(rng.normal(size=(9, 2)))[0].T
    centre = rng.normal(size=9)
    t = np.linspace(0, 1, 30)
    thetas = centre + np.outer(3 * (1 - t), u) + np.outer(np.sin(3 * t), v)
    plane = path_plane(thetas, centre)
    _, residual = plane.project(thetas)
    assert residual.max() < 1e-12
    with pytest.raises(ConfigError):
        path_plane(np.vstack([centre, centre]), centre)


def test_race_paths_start_together_and_each_follows_its_rule():
    net = Network([2, 4, 1], "tanh", init="xavier", seed=6)
    X, Y = _data()
    theta = param_vector.flatten(net.params, net.layer_dims)
    plane = weight_plane(net.layer_dims, theta, (1, 2, 1), (2, 0, 3))
    start, lr = np.array([0.4, -0.3]), 0.2
    paths = race(net, X, Y, plane, start, 5, lr)
    assert set(paths) == {"gd", "momentum", "adam"}
    for p in paths.values():
        assert np.array_equal(p.coords[0], start) and p.coords.shape == (6, 2) and not p.diverged
    # the gradient at the start by hand: W1[2,1] and W2[0,3] moved, back-propagation's dW there
    moved = Network([2, 4, 1], "tanh", init="xavier", seed=6)
    moved.params["W1"][2, 1] += start[0]
    moved.params["W2"][0, 3] += start[1]
    AL, caches = moved.forward(X)
    grads = moved.backward(AL, Y, caches)
    g = np.array([grads["dW1"][2, 1], grads["dW2"][0, 3]])
    assert np.abs(paths["gd"].coords[1] - (start - lr * g)).max() < 1e-12
    assert np.abs(paths["momentum"].coords[1] - (start - lr * (1 - 0.9) * g)).max() < 1e-12
    m_hat = (1 - 0.9) * g / (1 - 0.9)
    s_hat = (1 - 0.999) * g * g / (1 - 0.999)
    assert np.abs(paths["adam"].coords[1] - (start - lr * m_hat / (np.sqrt(s_hat) + 1e-8))).max() < 1e-12
    assert abs(paths["gd"].costs[0] - moved.cost(AL, Y)) < 1e-12
    # the network handed in is left as it was
    assert np.array_equal(param_vector.flatten(net.params, net.layer_dims), theta)
