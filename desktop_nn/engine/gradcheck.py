"""Numerical gradient check: does back-propagation compute the derivative of the cost?

For every parameter theta (each entry of every W[l] and b[l]) the two-sided difference

    dtheta_approx = (J(theta + eps) - J(theta - eps)) / (2 eps)

is compared with dtheta from ``Network.backward``, per matrix, by the relative error

    ||dtheta_approx - dtheta|| / (||dtheta_approx|| + ||dtheta||)

which is about 1e-9 or smaller when back-propagation is right and near 1 when it is wrong.
The check always runs in float64 on a copy of the network (a float32 network is checked in
float64), and J includes the L2 term.
"""

from __future__ import annotations

import numpy as np

from .network import Network

Array = np.ndarray


def numerical_gradients(network: Network, X, Y, epsilon: float = 1e-5) -> dict[str, Array]:
    """{"dW1": ..., "db1": ...} by two-sided differences of the cost (float64)."""
    net = _float64_copy(network)
    X = net._check_X(X)
    Y = net._check_Y(Y, X.shape[1])
    grads = {}
    for key in net.params:
        theta = net.params[key]
        d = np.zeros(theta.shape)
        for idx in np.ndindex(theta.shape):
            old = theta[idx]
            theta[idx] = old + epsilon
            J_plus = net.cost(net.forward(X)[0], Y)
            theta[idx] = old - epsilon
            J_minus = net.cost(net.forward(X)[0], Y)
            theta[idx] = old
            d[idx] = (J_plus - J_minus) / (2 * epsilon)
        grads["d" + key] = d
    return grads


def relative_error(approx: Array, exact: Array) -> float:
    """||approx - exact|| / (||approx|| + ||exact||), 0.0 when both are zero."""
    denominator = np.linalg.norm(approx) + np.linalg.norm(exact)
    if denominator == 0:
        return 0.0
    return float(np.linalg.norm(approx - exact) / denominator)


def gradcheck(network: Network, X, Y, epsilon: float = 1e-5) -> dict[str, float]:
    """Relative error of back-propagation's gradient for every parameter: {"W1": 3e-10, ...}."""
    net = _float64_copy(network)
    AL, caches = net.forward(X)
    exact = net.backward(AL, Y, caches)
    approx = numerical_gradients(net, X, Y, epsilon)
    return {key: relative_error(approx["d" + key], exact["d" + key]) for key in net.params}


def _float64_copy(network: Network) -> Network:
    if network.dtype == np.float64:
        return network.copy()
    net = Network(network.layer_dims, network.activations[:-1], network.output, init="zeros",
                  seed=network.seed, l2=network.l2, leaky_slope=network.leaky_slope,
                  loss=network.loss)
    net.init = network.init
    net.params = {k: np.asarray(v, dtype=np.float64) for k, v in network.params.items()}
    return net
