"""The chapter's formulas one per line, a new array for every value: what a student writes by hand
and what the step-through shows. Tests hold these to the fast path (``fastpath.py``) to 1e-12.

* :func:`propagate` — the forward loop from parameters alone (the editor's heatmaps use it too);
* :func:`forward_readable` — ``Network.forward_readable``: propagate, with the caches;
* :func:`backward_readable` — ``Network.backward`` given caches the fast path did not make.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .activations import get_activation
from .errors import ShapeError
from .network_views import LayerCache

if TYPE_CHECKING:
    from .network import Network

Array = np.ndarray


def propagate(params, activations, A0, leaky_slope: float = 0.01) -> list[tuple[Array, Array]]:
    """The chapter's forward loop from parameters alone: [(Z[1], A[1]), …, (Z[L], A[L])].

        Z[l] = W[l] A[l-1] + b[l]      (n[l], n[l-1]) (n[l-1], m) + (n[l], 1) -> (n[l], m)
        A[l] = g[l](Z[l])              g[l] = activations[l-1]

    ``Network.forward_readable`` runs it (and keeps caches), and so does the editor for its per-neuron
    heatmaps, with any activation of the registry (a classic model's step or linear unit too).
    """
    out, A = [], A0
    for l, name in enumerate(activations, start=1):
        Z = params[f"W{l}"] @ A + params[f"b{l}"]
        A = get_activation(name, leaky_slope)(Z)
        out.append((Z, A))
    return out


def forward_readable(net: "Network", X) -> tuple[Array, list[LayerCache]]:
    """``Network.forward`` one formula per line (:func:`propagate`), every value a new array: the
    step-through shows these. ``Network.backward`` on its caches is the readable one too."""
    A = net._check_X(X)
    params = {k: v.copy() for k, v in net.params.items()}
    caches = []
    for l, (Z, A_next) in enumerate(propagate(params, net.activations, A, net.leaky_slope), start=1):
        caches.append(LayerCache(A, params[f"W{l}"], params[f"b{l}"], Z, A_next))
        A = A_next
    return A, caches


def backward_readable(net: "Network", AL, Y, caches) -> dict[str, Array]:
    """``Network.backward`` one formula per line, a new array for every value (its docstring has the
    formulas)."""
    AL = np.asarray(AL)
    Y = net._check_Y(Y, AL.shape[1] if AL.ndim == 2 else None)
    if len(caches) != net.L:
        raise ShapeError(f"backward needs the {net.L} layer caches from forward; got {len(caches)}.")
    m = Y.shape[1]
    grads: dict[str, Array] = {}
    if net.natural_pairing:
        dZ = AL - Y
    else:
        dA = net._loss.dA(AL, Y)
        grads[f"dA{net.L}"] = dA
        dZ = net._g[-1].backward(dA, caches[-1].Z, AL)
    for l in range(net.L, 0, -1):
        cache = caches[l - 1]
        grads[f"dZ{l}"] = dZ
        dW = dZ @ cache.A_prev.T / m
        if net.l2:
            dW = dW + net.l2 / m * cache.W
        grads[f"dW{l}"] = dW
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / m
        if l > 1:
            dA_prev = cache.W.T @ dZ
            grads[f"dA{l - 1}"] = dA_prev
            prev = caches[l - 2]
            dZ = net._g[l - 2].backward(dA_prev, prev.Z, prev.A)
    return grads
