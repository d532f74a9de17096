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
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import NamedTuple

import numpy as np

from . import fastpath
from .activations import OUTPUT_ACTIVATIONS, get_activation, hidden_activation_names
from .errors import ConfigError, DatasetError, ShapeError
from .initializers import INITIALIZERS, initialize
from .losses import get_loss, is_natural_pairing

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
        dims = _check_layer_dims(layer_dims)
        self.layer_dims: list[int] = dims
        self.L: int = len(dims) - 1
        hidden = _check_hidden(hidden_activation, self.L)
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
        A = self._check_X(X)
        params = {k: v.copy() for k, v in self.params.items()}
        caches = []
        for l, (Z, A_next) in enumerate(propagate(params, self.activations, A, self.leaky_slope), start=1):
            caches.append(LayerCache(A, params[f"W{l}"], params[f"b{l}"], Z, A_next))
            A = A_next
        return A, caches

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
        return self._backward_readable(AL, Y, caches)

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

    def _backward_readable(self, AL, Y, caches) -> dict[str, Array]:
        """``backward`` one formula per line, a new array for every value (see its docstring)."""
        AL = np.asarray(AL)
        Y = self._check_Y(Y, AL.shape[1] if AL.ndim == 2 else None)
        if len(caches) != self.L:
            raise ShapeError(f"backward needs the {self.L} layer caches from forward; got {len(caches)}.")
        m = Y.shape[1]
        grads: dict[str, Array] = {}
        if self.natural_pairing:
            dZ = AL - Y
        else:
            dA = self._loss.dA(AL, Y)
            grads[f"dA{self.L}"] = dA
            dZ = self._g[-1].backward(dA, caches[-1].Z, AL)
        for l in range(self.L, 0, -1):
            cache = caches[l - 1]
            grads[f"dZ{l}"] = dZ
            dW = dZ @ cache.A_prev.T / m
            if self.l2:
                dW = dW + self.l2 / m * cache.W
            grads[f"dW{l}"] = dW
            grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / m
            if l > 1:
                dA_prev = cache.W.T @ dZ
                grads[f"dA{l - 1}"] = dA_prev
                prev = caches[l - 2]
                dZ = self._g[l - 2].backward(dA_prev, prev.Z, prev.A)
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

    # --- input checks --------------------------------------------------------------------------

    def _check_X(self, X) -> Array:
        n_x = self.layer_dims[0]
        try:
            X = np.asarray(X, dtype=self.dtype)
        except (TypeError, ValueError) as exc:
            raise DatasetError(f"X must be a numeric array: {exc}") from None
        if X.ndim != 2 or X.shape[0] != n_x:
            hint = ""
            if X.ndim == 2 and X.shape[1] == n_x:
                hint = " Rows look like examples: pass X.T, or use to_columns(X, y, output)."
            elif X.ndim == 1:
                hint = " A single example must be a column: x.reshape(-1, 1)."
            raise ShapeError(
                f"X must have shape (n[0], m) = ({n_x}, m), one column per example; "
                f"got {X.shape}.{hint}"
            )
        if X.shape[1] == 0:
            raise DatasetError("X has no examples (m = 0).")
        if not np.all(np.isfinite(X)):
            raise DatasetError("X contains NaN or inf; clean or impute the data first.")
        return X

    def _check_Y(self, Y, m=None) -> Array:
        n_L = self.layer_dims[-1]
        try:
            Y = np.asarray(Y, dtype=self.dtype)
        except (TypeError, ValueError) as exc:
            raise DatasetError(f"Y must be a numeric array: {exc}") from None
        if Y.ndim != 2 or Y.shape[0] != n_L or (m is not None and Y.shape[1] != m):
            want = f"({n_L}, {m if m is not None else 'm'})"
            hint = ""
            if Y.ndim == 1:
                hint = " Labels given as a vector: use to_columns(X, y, output) to shape them."
            raise ShapeError(
                f"Y must have shape (n[L], m) = {want}"
                f"{' (one-hot, one row per class)' if self.output == 'softmax' else ''}; "
                f"got {Y.shape}.{hint}"
            )
        if not np.all(np.isfinite(Y)):
            raise DatasetError("Y contains NaN or inf.")
        if self.loss != "squared_error" and (Y.min() < 0 or Y.max() > 1):
            raise DatasetError(
                f"{self.loss} needs targets between 0 and 1; Y has values from {Y.min():g} to "
                f"{Y.max():g}. Map labels -1/+1 (the perceptron's) to 0/1: Y = (Y + 1) / 2."
            )
        return Y


def propagate(params, activations, A0, leaky_slope: float = 0.01) -> list[tuple[Array, Array]]:
    """The chapter's forward loop from parameters alone: [(Z[1], A[1]), …, (Z[L], A[L])].

        Z[l] = W[l] A[l-1] + b[l]      (n[l], n[l-1]) (n[l-1], m) + (n[l], 1) -> (n[l], m)
        A[l] = g[l](Z[l])              g[l] = activations[l-1]

    ``Network.forward`` runs it (and keeps caches), and so does the editor for its per-neuron
    heatmaps, with any activation of the registry (a classic model's step or linear unit too).
    """
    out, A = [], A0
    for l, name in enumerate(activations, start=1):
        Z = params[f"W{l}"] @ A + params[f"b{l}"]
        A = get_activation(name, leaky_slope)(Z)
        out.append((Z, A))
    return out


def check_learning_rate(learning_rate) -> float:
    try:
        alpha = float(learning_rate)
    except (TypeError, ValueError):
        raise ConfigError(f"learning rate must be a number; got {learning_rate!r}.") from None
    if not np.isfinite(alpha) or alpha <= 0:
        raise ConfigError(f"learning rate must be a number > 0, such as 0.01; got {learning_rate!r}.")
    return alpha


def to_columns(X_rows, y, output="sigmoid", n_classes=None) -> tuple[Array, Array]:
    """Classic layout -> the chapter's: X (m, n) rows, y (m,) labels -> X (n, m), Y.

    Y is (1, m) for a sigmoid or linear output and one-hot (n_classes, m) for softmax
    (n_classes defaults to max(y) + 1). A 2-D y (m, k) for a linear output becomes (k, m).
    """
    X_rows = np.asarray(X_rows, dtype=np.float64)
    y = np.asarray(y)
    if X_rows.ndim != 2:
        raise ShapeError(f"X must be a 2-D (m, n) array with one row per example; got {X_rows.shape}.")
    m = X_rows.shape[0]
    if y.shape[0] != m:
        raise ShapeError(f"X has {m} rows (examples) but y has {y.shape[0]} labels; they must match.")
    X = np.ascontiguousarray(X_rows.T)
    if output == "softmax":
        if y.ndim != 1 or not np.all(np.equal(np.mod(y, 1), 0)) or (m and y.min() < 0):
            raise DatasetError("softmax labels must be a vector of class indices 0, 1, 2, ...")
        y = y.astype(np.intp)
        k = int(y.max()) + 1 if n_classes is None else int(n_classes)
        if m and y.max() >= k:
            raise DatasetError(f"label {y.max()} is out of range for {k} classes.")
        Y = np.zeros((k, m))
        Y[y, np.arange(m)] = 1.0
        return X, Y
    if output == "sigmoid":
        if y.ndim != 1:
            raise ShapeError(f"sigmoid labels must be a vector (m,); got {y.shape}.")
        values = set(np.unique(y).tolist())
        if not values <= {0, 1}:
            raise DatasetError(
                f"sigmoid labels must be 0/1; got {sorted(values)[:5]}. "
                f"Map -1/+1 labels with y = (y + 1) // 2."
            )
        return X, y.astype(np.float64).reshape(1, m)
    if output == "linear":
        Y = y.astype(np.float64)
        return X, (Y.reshape(1, m) if Y.ndim == 1 else np.ascontiguousarray(Y.T))
    raise ConfigError(f"output must be one of {', '.join(OUTPUT_ACTIVATIONS)}; got {output!r}.")


def _check_layer_dims(layer_dims) -> list[int]:
    try:
        dims = [int(n) for n in layer_dims]
        exact = all(float(n) == int(n) for n in layer_dims)
    except (TypeError, ValueError):
        raise ConfigError(f"layer_dims must be a list of whole numbers like [2, 3, 1]; got {layer_dims!r}.") from None
    if len(dims) < 2 or not exact or min(dims) < 1:
        raise ConfigError(
            f"layer_dims must list at least the input and output sizes, each >= 1 "
            f"(e.g. [2, 3, 5, 4, 2, 1]); got {list(layer_dims)!r}."
        )
    return dims


def _check_hidden(hidden_activation, L: int) -> list[str]:
    names = [hidden_activation] * (L - 1) if isinstance(hidden_activation, str) else list(hidden_activation)
    if len(names) != L - 1:
        raise ConfigError(
            f"hidden_activation lists {len(names)} names but the network has {L - 1} hidden layers."
        )
    allowed = hidden_activation_names()
    for name in names:
        if name not in allowed:
            raise ConfigError(
                f"hidden activation must be one of {', '.join(allowed)}; got {name!r}"
                + (" (softmax belongs to the output layer)." if name == "softmax" else ".")
            )
    return names
