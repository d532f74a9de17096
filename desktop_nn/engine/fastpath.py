"""The fast path: the same forward/backward maths as ``Network.forward``/``backward``, in
preallocated buffers.

A small teaching network is bound by the number of NumPy calls (~0.5-1 us each), not by
arithmetic, so this module makes few of them and allocates nothing per step:

* the bias is folded into the weights: layer l keeps Wb[l] = [W[l] | b[l]] (n[l], n[l-1]+1) and
  the activations keep a row of ones, Ab[l-1] = [A[l-1]; 1] (n[l-1]+1, m), so that
      Z[l]  = Wb[l] Ab[l-1]                     one matmul for W A + b
      dWb[l] = dZ[l] Ab[l-1]^T = [m dW[l] | m db[l]]   one matmul for dW and db (the ones row sums)
* every result goes into a buffer with ``out=``; derivatives use float masks, not indexing;
* dZ[L] is scaled by 1/m (by alpha/m for plain gradient descent) once, so every dW below is
  already divided by m (and multiplied by alpha);
* the cost comes from Z[L] (softplus / log-sum-exp), which is exact and never NaN;
* the update writes into a second parameter buffer and the two are swapped, so the
  previous parameters stay available when a step turns out to diverge.

Tests check that this path equals the readable one to 1e-12.
"""

from __future__ import annotations

import os
import sys

import numpy as np

from .activations import sigmoid_into

Array = np.ndarray


class ParamSet:
    """One copy of all parameters: Wb[l-1] = [W[l] | b[l]] plus views W, b and W^T."""

    def __init__(self, dims, dtype, Wb=None):
        self.Wb = Wb if Wb is not None else [
            np.zeros((dims[l], dims[l - 1] + 1), dtype=dtype) for l in range(1, len(dims))]
        self.W = [w[:, :-1] for w in self.Wb]
        self.b = [w[:, -1:] for w in self.Wb]
        self.WT = [w.T for w in self.W]

    def copy(self) -> "ParamSet":
        return ParamSet(None, None, [w.copy() for w in self.Wb])


# --- hidden activations: forward A = g(Z), backward dZ = dA * g'(Z), into buffers --------------
# Each activation declares its in-place forms beside its formula (activations.py); one without
# them (an activation registered at run time) runs its readable g and g' into the buffers.

def kernels(activation):
    """(forward, backward) in-place kernels of an Activation for the fast path."""
    if activation.fast_forward is not None and activation.fast_backward is not None:
        return activation.fast_forward, activation.fast_backward

    def forward(Z, A, S, slope):
        np.copyto(A, activation.function(Z))

    def backward(dA, Z, A, dZ, S, M, slope):
        np.multiply(dA, activation.derivative(Z), out=dZ)

    return forward, backward


def readonly_view(a) -> Array:
    """A read-only view of ``a``: the caller cannot change the array through it."""
    v = np.asarray(a).view()
    v.flags.writeable = False
    return v


class Workspace:
    """Every buffer one forward + backward pass over m examples needs.

    Ab[l] (n[l]+1, m) holds [A[l]; 1] for l = 0..L-1, with A[l] its first n[l] rows (a view);
    Z[l-1], dZ[l-1] (n[l], m); dA[l] (n[l], m) for hidden l; dWb[l-1] like Wb[l-1];
    AL (n[L], m); T/S scratch; col/col2 (m,) per-example scratch.
    """

    def __init__(self, net, m: int):
        dims, L, dt = net.layer_dims, net.L, net.dtype
        self.m = m
        self.Ab = []
        for l in range(L):
            a = np.empty((dims[l] + 1, m), dtype=dt)
            a[-1] = 1
            self.Ab.append(a)
        self.A = [a[:-1] for a in self.Ab]
        self.AbT = [a.T for a in self.Ab]
        self.Z, self.dZ, self.S, self.M = [], [], [], []
        self.dA = [None] * L
        for l in range(1, L + 1):
            hidden_linear = l < L and net.activations[l - 1] == "linear"
            self.Z.append(self.A[l] if hidden_linear else np.empty((dims[l], m), dtype=dt))
            if l < L:
                self.dA[l] = np.empty((dims[l], m), dtype=dt)
                self.S.append(np.empty((dims[l], m), dtype=dt))
                self.M.append(np.empty((dims[l], m), dtype=bool))
            self.dZ.append(self.dA[l] if hidden_linear else np.empty((dims[l], m), dtype=dt))
        self.AL = self.Z[-1] if net.output == "linear" else np.empty((dims[L], m), dtype=dt)
        self.T = np.empty((dims[L], m), dtype=dt)
        self.B = np.empty((dims[L], m), dtype=bool)
        self.col = np.empty(m, dtype=dt)
        self.col2 = np.empty(m, dtype=dt)
        self.ib = np.empty(m, dtype=np.intp)
        self.bcol = np.empty(m, dtype=bool)
        self.dWb = [np.empty((dims[l], dims[l - 1] + 1), dtype=dt) for l in range(1, L + 1)]
        self.dW = [g[:, :-1] for g in self.dWb]
        self.l2buf = [np.empty((dims[l], dims[l - 1]), dtype=dt) for l in range(1, L + 1)]
        pairs = [kernels(g) for g in net._g[:-1]]
        self.fwd = [f for f, _ in pairs]
        self.bwd = [b for _, b in pairs]
        self.slope = net.leaky_slope
        # W[l]^T dZ[l] with n[l] = 1 is an outer product: a broadcast multiply is ~10x faster
        # than a k=1 matrix product in OpenBLAS
        self.outer = [dims[l] == 1 for l in range(1, L + 1)]
        self.generation = 0          # how many forward passes this workspace has held
        self._tracked: list[np.ndarray] | None = None
        self._baseline: list[int] | None = None

    def hand_out(self) -> "Workspace":
        """Prepare the workspace for ``Network.forward``/``backward``, whose results are read-only
        views of its buffers: make those views once (``self.ro``), and count the references the
        workspace itself holds to them and to the buffers, so :meth:`unused` can tell when a
        caller still holds one. Call it right after building the workspace."""
        ro = readonly_view
        self.ro = {
            "A": [ro(a) for a in self.A], "Z": [ro(z) for z in self.Z], "AL": ro(self.AL),
            "dZ": [ro(d) for d in self.dZ], "dA": [None if d is None else ro(d) for d in self.dA],
            "dW": [ro(g[:, :-1]) for g in self.dWb], "db": [ro(g[:, -1:]) for g in self.dWb],
            "T": ro(self.T),
        }
        tracked = {}
        for value in list(vars(self).values()) + list(self.ro.values()):
            for a in value if isinstance(value, list) else [value]:
                if isinstance(a, np.ndarray):
                    tracked[id(a)] = a                             # a view handed out …
                    root = a if a.base is None else a.base
                    tracked[id(root)] = root                       # … and the buffer it views
        self._tracked = list(tracked.values())
        self._baseline = [sys.getrefcount(a) for a in self._tracked]
        return self

    def unused(self) -> bool:
        """True when nothing outside the workspace holds one of its arrays or a view of one (a
        caller's AL, caches or gradients from an earlier pass): the next pass may overwrite it."""
        if self._baseline is None:
            return False
        counts = [sys.getrefcount(a) for a in self._tracked]     # counted as the baseline was
        return all(c <= n for c, n in zip(counts, self._baseline))


def forward(net, ws: Workspace) -> None:
    """Z[l] = Wb[l] [A[l-1]; 1],  A[l] = g[l](Z[l]) for the hidden layers, then Z[L].
    The input must already be in ws.A[0]."""
    Wb = net._current.Wb
    L = net.L
    Ab, Z, A, S, slope = ws.Ab, ws.Z, ws.A, ws.S, ws.slope
    for i in range(L - 1):
        np.matmul(Wb[i], Ab[i], out=Z[i])
        ws.fwd[i](Z[i], A[i + 1], S[i], slope)
    np.matmul(Wb[L - 1], Ab[L - 1], out=Z[L - 1])


def output_activation(net, ws: Workspace) -> None:
    """A[L] = g[L](Z[L]) into ws.AL (softmax leaves Z - max in ws.T and the sums in ws.col2)."""
    Z, AL = ws.Z[-1], ws.AL
    if net.output == "sigmoid":
        sigmoid_into(Z, AL)
    elif net.output == "softmax":
        np.max(Z, axis=0, out=ws.col)
        np.subtract(Z, ws.col, out=ws.T)            # T = Z - max(Z)   (exponents <= 0)
        np.exp(ws.T, out=AL)
        np.sum(AL, axis=0, out=ws.col2)
        AL /= ws.col2


def output_layer(net, ws: Workspace, Y: Array, labels: Array | None, scale: float | None):
    """A[L], the summed loss, the number of correct predictions and (if ``scale``) dZ[L] * scale.

    Summed loss over the batch (divide by m for J), computed from Z[L]:
        sigmoid + BCE:  sum softplus(Z) - Y Z           (= -[Y log A + (1-Y) log(1-A)])
        softmax + CCE:  sum_i log sum_k e^T[k,i] - sum Y T,   T = Z - max(Z)
        squared error:  1/2 sum (A - Y)^2
    ``labels`` is Y >= 0.5 (bool) for sigmoid, the class index per column for softmax.
    Returns (loss_sum, n_correct, n_predictions).
    """
    Z, AL, T, dZ = ws.Z[-1], ws.AL, ws.T, ws.dZ[-1]
    output_activation(net, ws)
    out = net.output
    if net.natural_pairing:
        if out == "sigmoid":
            # softplus(z) = log(1 + e^z) = log1p(e^-|z|) + max(z, 0): exact, never overflows
            np.abs(Z, out=T)
            np.negative(T, out=T)
            np.exp(T, out=T)
            np.log1p(T, out=T)
            loss = float(T.sum())
            np.maximum(Z, 0, out=T)
            loss += float(T.sum()) - float(np.vdot(Y, Z))
        elif out == "softmax":
            np.log(ws.col2, out=ws.col2)
            loss = float(ws.col2.sum()) - float(np.vdot(Y, T))
        np.subtract(AL, Y, out=dZ)                     # dZ[L] = A[L] - Y
        if out == "linear":
            loss = 0.5 * float(np.vdot(dZ, dZ))
            np.abs(dZ, out=T)                          # |A - Y| for the accuracy
        if scale is not None:
            dZ *= scale
    else:                                              # squared error through g'(Z[L])
        np.subtract(AL, Y, out=T)                      # dA[L] = A[L] - Y
        loss = 0.5 * float(np.vdot(T, T))
        if scale is not None:
            np.multiply(net._g[-1].backward(T, Z, AL), scale, out=dZ)
    n_correct, n = _count_correct(out, ws, AL, T, labels)
    return loss, n_correct, n


def _count_correct(out, ws, AL, T, labels):
    if out == "softmax":
        np.argmax(AL, axis=0, out=ws.ib)
        np.equal(ws.ib, labels, out=ws.bcol)
        return int(np.count_nonzero(ws.bcol)), ws.m
    if out == "sigmoid":
        np.greater_equal(AL, 0.5, out=ws.B)
        np.equal(ws.B, labels, out=ws.B)
    else:                                                # linear: T holds |A - Y|
        np.less(T, 0.5, out=ws.B)
    return int(np.count_nonzero(ws.B)), ws.B.size


def output_delta(net, ws: Workspace, Y: Array, scale: float = 1.0) -> None:
    """dZ[L] * scale into ws.dZ[L] once A[L] is in ws.AL: A[L] - Y for the natural pairings,
    dA[L] * g'(Z[L]) with dA[L] = A[L] - Y (left in ws.T) for squared error on sigmoid/softmax."""
    Z, AL, T, dZ = ws.Z[-1], ws.AL, ws.T, ws.dZ[-1]
    if net.natural_pairing:
        np.subtract(AL, Y, out=dZ)
        if scale != 1.0:
            dZ *= scale
    else:
        np.subtract(AL, Y, out=T)
        np.multiply(net._g[-1].backward(T, Z, AL), scale, out=dZ)


def backward(net, ws: Workspace, scale: float, W=None) -> None:
    """From dZ[L] (already times ``scale``) down to layer 1:

        dWb[l] = dZ[l] [A[l-1]; 1]^T      -> scale * m * [dW[l] | db[l]]
        dW[l] += scale * lambda * W[l]    (L2; scale*m*lambda/m)
        dA[l-1] = W[l]^T dZ[l],   dZ[l-1] = dA[l-1] * g'(Z[l-1])

    ``W`` (one matrix per layer) are the weights the forward pass used, when they are not the
    network's current ones (``Network.backward`` passes its caches' copies).
    """
    if W is None:
        W, WT = net._current.W, net._current.WT
    else:
        WT = [w.T for w in W]
    dZ, dA, dWb, AbT = ws.dZ, ws.dA, ws.dWb, ws.AbT
    l2 = net.l2 * scale if net.l2 else 0.0
    for i in range(net.L - 1, -1, -1):
        np.matmul(dZ[i], AbT[i], out=dWb[i])
        if l2:
            np.multiply(W[i], l2, out=ws.l2buf[i])
            np.add(ws.dW[i], ws.l2buf[i], out=ws.dW[i])
        if i:
            if ws.outer[i]:
                np.multiply(WT[i], dZ[i], out=dA[i])
            else:
                np.matmul(WT[i], dZ[i], out=dA[i])
            ws.bwd[i - 1](dA[i], ws.Z[i - 1], ws.A[i], dZ[i - 1], ws.S[i - 1], ws.M[i - 1], ws.slope)


def l2_penalty(net) -> float:
    """sum_l ||W[l]||^2 (the Frobenius norms the L2 term adds up)."""
    return float(sum(np.sum(np.square(W)) for W in net._current.W))


def swap_in(net, new: ParamSet) -> None:
    """Make ``new`` the live parameters; the old ones become the spare (the previous step)."""
    net._spare, net._current = net._current, new
    net._spare_valid = True


def spare(net) -> ParamSet:
    """The second parameter buffer the next update writes into."""
    if net._spare is None:
        net._spare = ParamSet(net.layer_dims, net.dtype)
        net._spare_valid = False
    return net._spare


def restore_previous(net) -> bool:
    """Go back to the parameters before the last fast update, if they are still there."""
    if net._spare is None or not net._spare_valid:
        return False
    net._current, net._spare = net._spare, net._current
    net._spare_valid = False
    return True


#: "auto" lets BLAS use several threads only for layers with at least this many weights, and
#: only on machines with at least 4 CPUs: on the 2-CPU machine of docs/benchmarks.md two BLAS
#: threads were slower than one for every network measured (up to 20x slower when busy).
AUTO_MULTITHREAD_MIN_WEIGHTS = 65_536
AUTO_MULTITHREAD_MIN_CPUS = 4


def auto_blas_threads(net) -> int | None:
    """1 (one BLAS thread) for teaching-sized networks; None (BLAS decides) for big ones."""
    dims = net.layer_dims
    biggest = max(dims[l] * dims[l - 1] for l in range(1, len(dims)))
    if biggest >= AUTO_MULTITHREAD_MIN_WEIGHTS and (os.cpu_count() or 1) >= AUTO_MULTITHREAD_MIN_CPUS:
        return None
    return 1


def block_columns(net) -> int:
    """Columns per block when evaluating many examples: the widest layer's block of Z or A
    stays around 128 KB, so each layer's output is still in cache for the next one (measured
    on a 200 x 200 grid through 2-16-16-16-1: 1024 columns ~3.0 ms, 4096 ~5.4 ms, all 40 000
    at once ~7-16 ms)."""
    return int(min(4096, max(256, 16384 // max(net.layer_dims))))


_controller = None


def blas_threads(limit: int | None):
    """A context manager limiting NumPy's BLAS to ``limit`` threads (None: leave as is)."""
    global _controller
    if limit is None:
        from contextlib import nullcontext
        return nullcontext()
    if _controller is None:
        from threadpoolctl import ThreadpoolController
        _controller = ThreadpoolController()
    return _controller.limit(limits=limit, user_api="blas")
