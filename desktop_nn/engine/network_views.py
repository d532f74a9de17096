"""What a :class:`~desktop_nn.engine.network.Network` hands out: views, not copies.

* :class:`Params` — ``net.params``: {"W1", "b1", …} as live views into the network's
  ``[W[l] | b[l]]`` blocks; assigning copies values in after a shape check.
* :class:`LayerCache` and :class:`Caches` — what ``forward`` returns per layer, and the list of
  them, which remembers the fast path's workspace (its buffers) so ``backward`` can reuse it.
* :class:`Gradients` — what ``backward`` returns: {"dW1", "db1", …} viewing the fast path's
  ``[dW | db]`` buffers, which ``update`` then applies in one step per layer.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from .errors import ConfigError, ShapeError

if TYPE_CHECKING:
    from .network import Network

Array = np.ndarray


class LayerCache(NamedTuple):
    """What layer l's forward step remembers for the backward step (copies, never views)."""

    A_prev: Array   # A[l-1]  (n[l-1], m)
    W: Array        # W[l]    (n[l], n[l-1])
    b: Array        # b[l]    (n[l], 1)
    Z: Array        # Z[l]    (n[l], m)
    A: Array        # A[l]    (n[l], m)


class Caches(list):
    """``forward``'s caches, one LayerCache per layer, remembering the buffers they view."""

    __slots__ = ("ws", "generation", "AL", "owner", "backward_done")


class Gradients(dict):
    """``backward``'s {"dW1", "db1", …} as views of the fast path's buffers (``dWb`` per layer)."""

    __slots__ = ("dWb", "views")


class Params(MutableMapping):
    """``{"W1", "b1", ..., "WL", "bL"}`` of a Network: views into its live parameters.

    Reading gives a view (it changes when the network trains; ``.copy()`` it to keep it).
    Assigning copies the values in after checking the shape; keys cannot be added or removed.
    """

    def __init__(self, network: "Network"):
        self._net = network

    def _layer(self, key: str) -> tuple[str, int]:
        kind, digits = key[:1], key[1:]
        if kind in ("W", "b") and digits.isdigit() and 1 <= int(digits) <= self._net.L:
            return kind, int(digits)
        raise KeyError(
            f"{key!r} is not a parameter of this network; its parameters are "
            f"{', '.join(self)}."
        )

    def __getitem__(self, key: str) -> Array:
        kind, l = self._layer(key)
        ps = self._net._current
        return ps.W[l - 1] if kind == "W" else ps.b[l - 1]

    def __setitem__(self, key: str, value) -> None:
        kind, l = self._layer(key)
        net = self._net
        expected = (net.layer_dims[l], net.layer_dims[l - 1]) if kind == "W" else (net.layer_dims[l], 1)
        try:
            arr = np.asarray(value, dtype=np.float64)
        except (TypeError, ValueError) as exc:
            raise ShapeError(f"params[{key!r}] must be a numeric array: {exc}") from None
        if arr.shape != expected:
            hint = ""
            if arr.shape == expected[::-1]:
                hint = " It looks transposed: assign its .T."
            elif kind == "b" and arr.shape == (expected[0],):
                hint = " Use a column vector: value.reshape(-1, 1)."
            dims = f"(n[{l}], n[{l - 1}])" if kind == "W" else f"(n[{l}], 1)"
            raise ShapeError(
                f"{key} must have shape {expected} = {dims}; got {arr.shape}.{hint}"
            )
        if not np.all(np.isfinite(arr)):
            raise ConfigError(f"{key} contains NaN or inf; parameters must be finite numbers.")
        np.copyto(self[key], arr, casting="unsafe")
        net._spare_valid = False

    def __delitem__(self, key: str) -> None:
        raise ConfigError("a network's parameters cannot be removed; assign new values instead.")

    def __iter__(self):
        for l in range(1, self._net.L + 1):
            yield f"W{l}"
            yield f"b{l}"

    def __len__(self) -> int:
        return 2 * self._net.L

    def __repr__(self) -> str:
        shapes = ", ".join(f"{k}: {self[k].shape}" for k in self)
        return f"Params({shapes})"
