"""An L-layer neural network in the chapter's notation.

Shapes (examples are COLUMNS):

    X = A[0]      (n[0], m)
    W[l]          (n[l], n[l-1])
    b[l]          (n[l], 1)
    Z[l], A[l]    (n[l], m)
    Y             (n[L], m)    0/1 for a sigmoid output, one-hot for softmax

Forward:   Z[l] = W[l] A[l-1] + b[l],   A[l] = g[l](Z[l]),   Y_hat = A[L]
Backward:  see ``Network.backward``.

``forward``/``cost``/``backward``/``update`` keep the chapter's names and shapes, and run the fast
path (``fastpath.py``): preallocated buffers, the bias folded into the weights, few NumPy calls.
What they return are read-only views of those buffers (copies for W and b), valid for as long
as they are held: a buffer someone still holds is never overwritten, the next pass takes
another. So the chapter's loop written by hand,

    AL, caches = net.forward(X); grads = net.backward(AL, Y, caches); net.update(grads, alpha)

runs at the Trainer's speed. The formulas one per line, with a new array for every value, are
:func:`propagate` (forward) and ``Network.backward`` given caches it did not make (what a
student builds by hand); tests hold the two to 1e-12.

Storage: each layer's parameters live in one array ``[W[l] | b[l]]`` of shape
(n[l], n[l-1] + 1) — the fast path multiplies it by [A[l-1]; 1] to get Z[l] in one call.
``params["W2"]`` and ``params["b2"]`` are views into it with exactly the chapter's shapes;
assigning ``params["W2"] = array`` copies the array into the network (after checking its
shape), so a textbook's worked example can be loaded by assignment.

What a network hands out is in :mod:`.network_views` (Params, LayerCache, Caches, Gradients), the
formulas one per line in :mod:`.network_readable`, and the checks of its arguments (and
``to_columns``) in :mod:`.network_checks`; every name stays importable from here.
"""

from __future__ import annotations

import numpy as np

from . import fastpath
from .activations import OUTPUT_ACTIVATIONS, get_activation
from .errors import ConfigError, ShapeError
from .initializers import INITIALIZERS, initialize
from .losses import get_loss, is_natural_pairing
from .network_checks import (
    check_hidden,
    check_layer_dims,
    check_learning_rate,
    check_X,
    check_Y,
    to_columns,
)
from .network_readable import backward_readable, forward_readable, propagate
from .network_views import Caches, Gradients, LayerCache, Params

Array = np.ndarray

__all__ = [
    "Network", "Params", "LayerCache", "Caches", "Gradients", "propagate", "check_learning_rate",
    "to_columns",
]


class Network:
    """An L-layer network: ``Network([2, 3, 5, 4, 2, 1], hidden_activation="relu")``.

    layer_dims          n[0], n[1], ..., n[L]: inputs, hidden layers, outputs
    hidden_activation   a name from activations.hidden_activation_names(), or one per hidden layer
    output              "sigmoid" (binary), "softmax" (several classes) or "linear" (regression)
    init                "small_random" (x0.01, the chapter's), "zeros", "xavier" or "he"
    seed                seeds the numpy Generator the initial weights are drawn from
    l2                  lambda of L2 regularisation: J += lambda/(2m) sum_l ||W[l]||^2
    leaky_slope         slope of leaky ReLU for negative z
    dtype               np.float64 (default) or np.float32 (faster, less exact)
    loss                None = the output's natural loss; see losses.PAIRINGS for the others
    """

    def __init__(self, layer_dims, hidden_activation="relu", output="sigmoid",
                 init="small_random", seed=0, l2=0.0, leaky_slope=0.01, dtype=np.float64,
                 loss=None):
        dims = check_layer_dims(layer_dims)
        self.layer_dims: list[int] = dims
        self.L: int = len(dims) - 1
        hidden = check_hidden(hidden_activation, self.L)
        if output not in OUTPUT_ACTIVATIONS:
            raise ConfigError(
                f"output must be one of {', '.join(OUTPUT_ACTIVATIONS)}; got {output!r}."
            )
        if output == "softmax" and dims[-1] < 2:
            raise ConfigError(
                "a softmax output needs at least 2 units (one per class); use a sigmoid "
                "output for two classes with a single unit."
            )
        if init not in INITIALIZERS:
            raise ConfigError(f"init must be one of {', '.join(INITIALIZERS)}; got {init!r}.")
        self.dtype = np.dtype(dtype)
        if self.dtype not in (np.dtype(np.float64), np.dtype(np.float32)):
            raise ConfigError(f"dtype must be float64 or float32; got {self.dtype}.")
        self.hidden_activation = hidden_activation
        self.activations: list[str] = hidden + [output]
        self.output: str = output
        self.leaky_slope = float(leaky_slope)
        self._g = [get_activation(name, self.leaky_slope) for name in self.activations]
        self._loss = get_loss(output, loss)
        self.loss: str = self._loss.name
        self.natural_pairing: bool = is_natural_pairing(output, self.loss)
        self.init: str = init
        self.seed = seed
        self.l2 = l2
        self._current = fastpath.ParamSet(dims, self.dtype)
        self._spare: fastpath.ParamSet | None = None   # the fast path's second parameter buffer
        self._spare_valid = False                       # True when it holds the previous step
        self._workspaces: dict[int, fastpath.Workspace] = {}
        self._public: dict[int, list[fastpath.Workspace]] = {}   # forward/backward's buffers, by m
        self._params = Params(self)
        self.reinitialize()

    # --- parameters ----------------------------------------------------------------------------

    @property
    def params(self) -> Params:
        """{"W1": (n[1], n[0]), "b1": (n[1], 1), ...}: live views; assign to change the network."""
        return self._params

    @params.setter
    def params(self, values) -> None:
        missing = set(self._params) - set(values)
        if missing:
            raise ShapeError(f"params is missing {', '.join(sorted(missing))}.")
        for key in self._params:
            self._params[key] = values[key]

    @property
    def l2(self) -> float:
        return self._l2

    @l2.setter
    def l2(self, value) -> None:
        value = float(value)
        if not np.isfinite(value) or value < 0:
            raise ConfigError(f"l2 (lambda) must be a number >= 0; got {value!r}.")
        self._l2 = value

    def reinitialize(self, seed=None) -> "Network":
        """Draw fresh initial weights from default_rng(seed) (default: the network's seed)."""
        if seed is not None:
            self.seed = seed
        rng = np.random.default_rng(self.seed)
        for key, value in initialize(self.layer_dims, self.init, rng).items():
            self._params[key] = value
        return self

    @property
    def architecture(self) -> str:
        """"2-3-5-4-2-1" """
        return "-".join(str(n) for n in self.layer_dims)

    @property
    def n_parameters(self) -> int:
        return sum(self.layer_dims[l] * (self.layer_dims[l - 1] + 1) for l in range(1, self.L + 1))

    def copy(self) -> "Network":
        """An independent network with the same settings and the same current parameters."""
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        new._current = self._current.copy()
        new._spare, new._spare_valid, new._workspaces, new._public = None, False, {}, {}
        new._params = Params(new)
        new._g = list(self._g)
        new.layer_dims = list(self.layer_dims)
        new.activations = list(self.activations)
        return new

    def __repr__(self) -> str:
        hidden = ",".join(self.activations[:-1]) or "-"
        return (f"Network({self.architecture}, hidden={hidden}, output={self.output}, "
                f"loss={self.loss}, init={self.init}, seed={self.seed}, l2={self.l2:g})")

    # --- the readable path ---------------------------------------------------------------------

    def forward(self, X) -> tuple[Array, list[LayerCache]]:
        """Forward propagation over all m examples.

        A[0] = X                                     (n[0], m)
        for l = 1..L:
            Z[l] = W[l] A[l-1] + b[l]                (n[l], n[l-1]) (n[l-1], m) + (n[l], 1) -> (n[l], m)
            A[l] = g[l](Z[l])                        (n[l], m)
        returns A[L] and caches[l-1] = (A[l-1], W[l], b[l], Z[l], A[l]) for l = 1..L

        Computed by the fast path (Z[l] = [W[l] | b[l]] [A[l-1]; 1]); the arrays returned are
        read-only views of its buffers (W and b copies), kept intact while they are held.
        """
        X = self._check_X(X)
        ws = self._public_workspace(X.shape[1])
        np.copyto(ws.A[0], X)
        fastpath.forward(self, ws)
        fastpath.output_activation(self, ws)
        ws.generation += 1
        caches = Caches()
        caches.ws, caches.generation, caches.owner, caches.backward_done = ws, ws.generation, self, False
        ro, P, L = ws.ro, self._current, self.L
        for l in range(1, L + 1):
            caches.append(LayerCache(ro["A"][l - 1], P.W[l - 1].copy(), P.b[l - 1].copy(), ro["Z"][l - 1],
                                     ro["AL"] if l == L else ro["A"][l]))
        caches.AL = ro["AL"]
        return caches.AL, caches

    def forward_readable(self, X) -> tuple[Array, list[LayerCache]]:
        """``forward`` one formula per line (:func:`propagate`), every value a new array: the
        step-through shows these. ``backward`` on its caches is the readable one too."""
        return forward_readable(self, X)

    def _public_workspace(self, m: int) -> "fastpath.Workspace":
        """A workspace for m examples that nobody holds views of (a new one if all are held)."""
        pool = self._public.get(m)
        if pool is None:
            if len(self._public) >= 4:                 # a few batch sizes at a time, like predict
                self._public.pop(next(iter(self._public)))
            pool = self._public[m] = []
        for ws in pool:
            if ws.unused():
                return ws
        ws = fastpath.Workspace(self, m).hand_out()
        if len(pool) < 3:
            pool.append(ws)
        return ws

    def cost(self, AL, Y) -> float:
        """J = (1/m) sum_i L(a[L](i), y(i)) + lambda/(2m) sum_l ||W[l]||^2   -> scalar"""
        AL = np.asarray(AL)
        Y = self._check_Y(Y, AL.shape[1] if AL.ndim == 2 else None)
        if AL.shape != Y.shape:
            raise ShapeError(f"A[L] has shape {AL.shape} but Y has shape {Y.shape}; they must match.")
        J = self._loss.cost(AL, Y)
        if self.l2:
            m = Y.shape[1]
            J += self.l2 / (2 * m) * sum(
                float(np.sum(self.params[f"W{l}"] ** 2)) for l in range(1, self.L + 1))
        return J

    def backward(self, AL, Y, caches) -> dict[str, Array]:
        """Gradients of the cost for every layer (the chapter's summary, with its typos fixed).

        dZ[L] = A[L] - Y                          (n[L], m)   natural pairings (sigmoid+BCE,
                                                              softmax+CCE, linear+squared error)
        dZ[L] = dA[L] * g[L]'(Z[L])               (n[L], m)   any other pairing
        for l = L..1:
            dW[l] = dZ[l] A[l-1]^T / m  (+ lambda/m W[l])   (n[l], m) (m, n[l-1]) -> (n[l], n[l-1])
            db[l] = sum(dZ[l], axis=1) / m                   (n[l], 1)
            dA[l-1] = W[l]^T dZ[l]                           (n[l-1], n[l]) (n[l], m) -> (n[l-1], m)
            dZ[l-1] = dA[l-1] * g[l-1]'(Z[l-1])              (n[l-1], m)

        returns {"dW1", "db1", ..., "dZ1", ..., "dA1", ...} (dA[L] only for non-natural pairings).

        With the caches ``forward`` returned (and its A[L]) this runs the fast path in the same
        buffers; with caches built another way, one formula per line as above.
        """
        if (isinstance(caches, Caches) and caches.owner is self and AL is caches.AL
                and not caches.backward_done and caches.ws.generation == caches.generation
                and len(caches) == self.L):
            caches.backward_done = True       # a second call must not overwrite these gradients
            return self._backward_fast(Y, caches)
        return backward_readable(self, AL, Y, caches)

    def _backward_fast(self, Y, caches: Caches) -> "Gradients":
        ws, L = caches.ws, self.L
        Y = self._check_Y(Y, ws.m)
        fastpath.output_delta(self, ws, Y)
        fastpath.backward(self, ws, 1.0, W=[c.W for c in caches])
        inv_m = 1.0 / ws.m
        ro = ws.ro
        grads = Gradients()
        if not self.natural_pairing:
            grads[f"dA{L}"] = ro["T"]
        for l in range(L, 0, -1):
            ws.dWb[l - 1] *= inv_m                        # [m dW | m db] -> [dW | db]
            grads[f"dZ{l}"] = ro["dZ"][l - 1]
            grads[f"dW{l}"] = ro["dW"][l - 1]
            grads[f"db{l}"] = ro["db"][l - 1]
            if l > 1:
                grads[f"dA{l - 1}"] = ro["dA"][l - 1]
        grads.dWb, grads.views = ws.dWb, {k: grads[k] for k in grads if k[:2] in ("dW", "db")}
        return grads

    def update(self, grads, learning_rate) -> None:
        """Gradient descent:  W[l] = W[l] - alpha dW[l],  b[l] = b[l] - alpha db[l]   (in place)"""
        alpha = check_learning_rate(learning_rate)
        if isinstance(grads, Gradients) and all(grads.get(k) is v for k, v in grads.views.items()):
            for l, (Wb, dWb) in enumerate(zip(self._current.Wb, grads.dWb), start=1):
                if Wb.shape != dWb.shape:
                    raise ShapeError(f"[dW{l} | db{l}] has shape {dWb.shape}; [W{l} | b{l}] is {Wb.shape}.")
                Wb -= alpha * dWb                                # [W | b] -= alpha [dW | db]
            self._spare_valid = False
            return
        for l in range(1, self.L + 1):
            for name in ("W", "b"):
                d = grads[f"d{name}{l}"]
                p = self.params[f"{name}{l}"]
                if d.shape != p.shape:
                    raise ShapeError(f"d{name}{l} has shape {d.shape}; {name}{l} is {p.shape}.")
                p -= alpha * d
        self._spare_valid = False

    # --- predictions (fast path) ---------------------------------------------------------------

    def predict_proba(self, X) -> Array:
        """A[L] for X (n[0], m): probabilities for sigmoid/softmax, values for linear. (n[L], m)

        Runs the fast path over blocks of columns small enough to stay in the CPU cache (a
        200 x 200 decision grid is 40 000 columns), with one BLAS thread for small networks.
        """
        X = self._check_X(X)
        m = X.shape[1]
        block = fastpath.block_columns(self)
        out = np.empty((self.layer_dims[-1], m), dtype=self.dtype)
        with fastpath.blas_threads(fastpath.auto_blas_threads(self)):
            for start in range(0, m, block):
                stop = min(start + block, m)
                ws = self._workspace(stop - start)
                np.copyto(ws.A[0], X[:, start:stop])
                fastpath.forward(self, ws)
                fastpath.output_activation(self, ws)
                out[:, start:stop] = ws.AL
        return out

    def _workspace(self, m: int) -> "fastpath.Workspace":
        ws = self._workspaces.get(m)
        if ws is None:
            if len(self._workspaces) >= 4:
                self._workspaces.pop(next(iter(self._workspaces)))
            ws = self._workspaces[m] = fastpath.Workspace(self, m)
        return ws

    def predict(self, X) -> Array:
        """Labels: sigmoid -> 0/1 where A[L] >= 0.5; softmax -> argmax over units; linear -> A[L].

        A single output unit gives shape (m,); several sigmoid/linear units give (n[L], m).
        """
        AL = self.predict_proba(X)
        if self.output == "softmax":
            return np.argmax(AL, axis=0)
        if self.output == "sigmoid":
            labels = (AL >= 0.5).astype(int)
        else:
            labels = AL
        return labels[0] if labels.shape[0] == 1 else labels

    def accuracy(self, X, Y) -> float:
        """Fraction correct: softmax -> argmax matches; sigmoid -> (A >= 0.5) == Y per unit;
        linear -> |A - Y| < 0.5 per unit (the nearest whole number is the target)."""
        X = self._check_X(X)
        Y = self._check_Y(Y, X.shape[1])
        AL = self.predict_proba(X)
        if self.output == "softmax":
            return float(np.mean(np.argmax(AL, axis=0) == np.argmax(Y, axis=0)))
        if self.output == "sigmoid":
            return float(np.mean((AL >= 0.5) == (Y >= 0.5)))
        return float(np.mean(np.abs(AL - Y) < 0.5))

    # --- input checks (network_checks.py) ------------------------------------------------------

    def _check_X(self, X) -> Array:
        return check_X(self, X)

    def _check_Y(self, Y, m=None) -> Array:
        return check_Y(self, Y, m)
