"""Exports of a training run: the weights (.npz), the history (.csv), and scripts that reproduce it.

* :func:`atomic_write` — every file written here (and by ``desktop_nn.project``) goes to a
  temporary file in the same folder, is flushed to disk, then renamed over the target: a crash
  or a full disk leaves the previous file untouched.
* :func:`write_weights_npz` / :func:`write_history_csv`.
* :func:`python_script` — a standalone NumPy script: the data, the architecture, the initial
  weights (from the seed, or their exact values), and the training loop in the chapter's notation
  with its formulas as comments. Run, it prints the cost of every epoch and the same final cost
  as the engine's Trainer (to ~1e-12).
* :func:`pytorch_script` — the same network as a ``torch.nn.Sequential`` with the same initial
  weights and data in float64, trained with ``torch.optim``; its cost curve matches to ~1e-9.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import Mapping

import numpy as np

from .activations import get_activation
from .errors import ConfigError


# --- files -----------------------------------------------------------------------------------


def atomic_write(path: str | Path, data: bytes) -> None:
    """Replace ``path`` by ``data`` all at once (temporary file + fsync + os.replace).

    Raises OSError on failure; the previous file is then unchanged and no temporary file remains.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            _write_all(f, data)
            f.flush()
            os.fsync(f.fileno())
        try:
            mode = path.stat().st_mode & 0o777
        except OSError:
            mode = 0o644
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:                                   # make the rename itself durable (POSIX)
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def _write_all(f, data: bytes, block: int = 1 << 20) -> None:
    """Write in blocks (a test can make the disk 'fill up' midway by patching this)."""
    view = memoryview(data)
    for start in range(0, len(view), block):
        f.write(view[start : start + block])


def weights_npz_bytes(params: Mapping[str, np.ndarray]) -> bytes:
    buf = io.BytesIO()
    np.savez(buf, **{k: np.asarray(v, dtype=np.float64) for k, v in params.items()})
    return buf.getvalue()


def write_weights_npz(path: str | Path, params: Mapping[str, np.ndarray]) -> None:
    """W1, b1, … as float64 arrays in a .npz: ``np.load(path)["W1"]`` gives W[1] back exactly."""
    if not params:
        raise ConfigError("There are no weights to export yet.")
    atomic_write(path, weights_npz_bytes(params))


HISTORY_HEADER = ("epoch", "train_cost", "train_accuracy", "test_cost", "test_accuracy")


def history_csv_text(records) -> str:
    """One line per epoch: epoch, train cost, train accuracy, test cost, test accuracy.

    ``records`` are (epoch, train_cost, train_accuracy, test_cost, test_accuracy) tuples (the
    Trainer's EpochRecord); None or NaN test values are left empty. Numbers use repr, so the
    file holds the exact float64 values.
    """
    lines = [",".join(HISTORY_HEADER)]
    for r in records:
        cells = [str(int(r[0]))]
        for v in r[1:5]:
            cells.append("" if v is None or not np.isfinite(v) else repr(float(v)))
        lines.append(",".join(cells))
    return "\n".join(lines) + "\n"


def write_history_csv(path: str | Path, records) -> None:
    atomic_write(path, history_csv_text(records).encode("utf-8"))


# --- scripts that reproduce a run ---------------------------------------------------------------

_INIT_SOURCE = {
    "small_random": ("rng.standard_normal(({n_out}, {n_in})) * 0.01", "W[l] = randn(n[l], n[l-1]) * 0.01 (the chapter's)"),
    "xavier": ("rng.standard_normal(({n_out}, {n_in})) * np.sqrt(2.0 / ({n_in} + {n_out}))",
               "W[l] = randn(n[l], n[l-1]) * sqrt(2 / (n[l-1] + n[l]))  (Xavier)"),
    "he": ("rng.standard_normal(({n_out}, {n_in})) * np.sqrt(2.0 / {n_in})", "W[l] = randn(n[l], n[l-1]) * sqrt(2 / n[l-1])  (He)"),
    "zeros": ("np.zeros(({n_out}, {n_in}))", "W[l] = 0 (every unit of a layer stays the same: the symmetry problem)"),
}


def _g_source(name: str, slope: float) -> tuple[str, str, str]:
    """(g in Z, g' in Z and A, a comment) for an exported script, from the activation's declaration."""
    g = get_activation(name, slope)
    if not g.numpy_forward:
        raise ConfigError(f"The activation {g.display_name!r} has no NumPy form to export.")
    comment = f"g(z) = {g.formula};  g'(z) = {g.derivative_formula}"
    return g.numpy_forward.format(slope=slope), g.numpy_derivative.format(slope=slope), comment


def _torch_module(name: str, slope: float) -> str:
    g = get_activation(name, slope)
    if not g.torch_module:
        raise ConfigError(f"The activation {g.display_name!r} has no PyTorch form to export.")
    return g.torch_module


def _run_description(trainer, epochs: int) -> dict:
    """Everything a script needs, read from a Trainer and its Network."""
    net = trainer.network
    if net.dtype != np.float64:
        raise ConfigError("Only float64 networks can be exported exactly.")
    m = trainer.m
    bs = trainer.batch_size
    batch = m if bs is None else min(int(bs), m)
    initial = _initial_params(trainer)
    seeded = _drawn_from_seed(net)
    from_seed = all(np.array_equal(initial[k], seeded[k]) for k in initial)
    return dict(
        dims=list(net.layer_dims), L=net.L, activations=list(net.activations), output=net.output,
        loss=net.loss, natural=net.natural_pairing, init=net.init, net_seed=net.seed, l2=float(net.l2),
        slope=float(net.leaky_slope), alpha=float(trainer.learning_rate), batch=batch, m=m,
        optimizer=trainer.optimizer, beta=float(trainer.beta), beta1=float(trainer.beta1),
        beta2=float(trainer.beta2), shuffle=bool(trainer.shuffle), trainer_seed=trainer.seed,
        epochs=int(epochs), X=np.array(trainer.X), Y=np.array(trainer.Y), initial=initial,
        from_seed=from_seed,
    )


def _initial_params(trainer) -> dict[str, np.ndarray]:
    """The weights the trainer started from (reset() goes back to them)."""
    getter = getattr(trainer, "initial_params", None)
    if callable(getter):
        return {k: np.array(v) for k, v in getter().items()}
    init = trainer._initial                       # the fast path's [W | b] per layer
    out = {}
    for l, (W, b) in enumerate(zip(init.W, init.b), start=1):
        out[f"W{l}"] = np.array(W)
        out[f"b{l}"] = np.array(b)
    return out


def _drawn_from_seed(net) -> dict[str, np.ndarray]:
    from .initializers import initialize

    return initialize(net.layer_dims, net.init, np.random.default_rng(net.seed))


def _matrix_source(name: str, A: np.ndarray, indent: str = "") -> str:
    """``name = np.array([...])`` with exact float reprs, one row per line."""
    rows = [", ".join(repr(float(v)) for v in row) for row in np.atleast_2d(A)]
    body = ",\n".join(f"{indent}    [{r}]" for r in rows)
    return f"{indent}{name} = np.array([\n{body},\n{indent}])"


def _data_source(d: dict) -> str:
    X, Y, output = d["X"], d["Y"], d["output"]
    n_x, m = X.shape
    lines = [
        "# --- the data: examples are COLUMNS (the chapter's layout) ----------------------------",
        f"# X is (n[0], m) = ({n_x}, {m}); below, one example per line, then transposed.",
        _matrix_source("X", X.T) + ".T",
    ]
    if output == "softmax":
        labels = np.argmax(Y, axis=0)
        lines += [
            f"# y: the class (0 … {Y.shape[0] - 1}) of each example; Y is one-hot, ({Y.shape[0]}, m)",
            "y = np.array([" + ", ".join(str(int(v)) for v in labels) + "])",
            f"Y = np.eye({Y.shape[0]})[:, y]",
        ]
    else:
        lines += [f"# Y is (n[L], m) = {Y.shape}", _matrix_source("Y", Y)]
    lines.append("m = X.shape[1]")
    return "\n".join(lines)


def _init_source(d: dict) -> str:
    dims = d["dims"]
    lines = ["# --- initial weights -------------------------------------------------------------------"]
    if d["from_seed"]:
        code, comment = _INIT_SOURCE[d["init"]]
        lines += [
            f"# {comment};  b[l] = 0 (b can be zero, no problem)",
            f"rng = np.random.default_rng({d['net_seed']!r})       # the seed: Reset gives back these weights",
            "params = {}",
            "for l in range(1, L + 1):              # W1 is drawn first, then W2, …",
            f"    params['W%d' % l] = {code.format(n_out='n[l]', n_in='n[l - 1]')}",
            "    params['b%d' % l] = np.zeros((n[l], 1))",
        ]
    else:
        lines += ["# the exact values the run started from (they were not drawn from the seed)", "params = {}"]
        for l in range(1, d["L"] + 1):
            lines.append(_matrix_source(f"params['W{l}']", d["initial"][f"W{l}"]))
            lines.append(_matrix_source(f"params['b{l}']", d["initial"][f"b{l}"]))
    del dims
    return "\n".join(lines)


def _header(d: dict, title: str, flavour: str) -> str:
    from desktop_nn import __version__

    hidden = ", ".join(d["activations"][:-1]) or "none"
    opt = {"gd": "gradient descent", "momentum": f"momentum (beta = {d['beta']!r})",
           "adam": f"Adam (beta1 = {d['beta1']!r}, beta2 = {d['beta2']!r})"}[d["optimizer"]]
    mode = "batch" if d["batch"] >= d["m"] else ("stochastic" if d["batch"] == 1 else f"mini-batch ({d['batch']} examples)")
    return f'''#!/usr/bin/env python3
"""{title or 'A training run'} — exported from desktop_nn {__version__} ({flavour}).

Network   n[0]-…-n[L] = {'-'.join(map(str, d['dims']))};  hidden g = {hidden};  output {d['output']};  loss {d['loss']}
Training  {d['epochs']} epochs of {mode} {opt}, learning rate alpha = {d['alpha']!r}, L2 lambda = {d['l2']!r}

Run it:   python3 this_script.py          (add --all to print the cost of every epoch)
The last line is the final cost J, the same number desktop_nn showed for this run.
"""'''


#: the end of both exported scripts' epoch loop: record J, print it, print the final cost
_EPOCH_REPORT = (
    "    costs.append(J)",
    "    if '--all' in sys.argv:",
    "        print('epoch', epoch, 'cost', repr(J))",
    "    elif epoch % max(1, epochs // 10) == 0:",
    "        print(f'epoch {epoch:>6}   J = {J:.10f}')",
    "",
    "print('final cost J =', repr(costs[-1]))",
    "",
)


def python_script(trainer, epochs: int | None = None, *, title: str = "") -> str:
    """A standalone NumPy script reproducing ``epochs`` epochs of ``trainer``'s run from its start.

    ``epochs`` defaults to the epochs trained so far. The script prints the final cost J, equal
    (to ~1e-12) to ``trainer.history[epochs - 1].train_cost`` from the same initial weights.
    """
    epochs = trainer.epoch if epochs is None else int(epochs)
    if epochs < 1:
        raise ConfigError("Train at least one epoch before exporting the run as a script.")
    d = _run_description(trainer, epochs)
    used = sorted(set(d["activations"][:-1]) | {d["output"]})
    g_lines = []
    for name in used:
        fwd, der, comment = _g_source(name, d["slope"])
        g_lines += [f"def {name}(Z):", f'    """{comment}"""', f"    return {fwd}", ""]
        if name in d["activations"][:-1]:      # hidden layers need g'(z) for backward
            g_lines += [f"def {name}_prime(Z, A):", f"    return {der}", ""]
        g_lines.append("")
    g_table = "g = {" + ", ".join(f"{l}: {a}" for l, a in enumerate(d["activations"][:-1], start=1)) + "}"
    g_prime_table = "g_prime = {" + ", ".join(f"{l}: {a}_prime" for l, a in enumerate(d["activations"][:-1], start=1)) + "}"
    out, loss, natural = d["output"], d["loss"], d["natural"]

    out_fwd = f"{out}(Z)                        # the output layer: A[L] = {out}(Z[L])"
    if loss == "binary_cross_entropy":
        cost_src = [
            "    # J = -(1/m) sum [Y log A + (1 - Y) log(1 - A)], computed from Z[L] as",
            "    #   (1/m) sum [log(1 + e^Z) - Y Z]   — the same number, never log(0)",
            "    J = (np.sum(np.logaddexp(0, ZL)) - np.sum(Y * ZL)) / m",
        ]
    elif loss == "categorical_cross_entropy":
        cost_src = [
            "    # J = -(1/m) sum_i sum_k Y[k,i] log A[k,i], computed from T = Z[L] - max(Z[L]) as",
            "    #   (1/m) [sum_i log sum_k e^T[k,i] - sum Y T]   — the same number, never log(0)",
            "    T = ZL - ZL.max(axis=0)",
            "    J = (np.sum(np.log(np.sum(np.exp(T), axis=0))) - np.sum(Y * T)) / m",
        ]
    else:
        cost_src = ["    # J = (1/2m) sum (A[L] - Y)^2   (Adaline's SSE / 2, averaged over m)",
                    "    J = 0.5 * np.sum((AL - Y) ** 2) / m"]
    if natural:
        dZL = ["    dZ = AL - Y                                 # dZ[L] = A[L] - Y   (n[L], m)"]
    elif out == "sigmoid":
        dZL = ["    dA = AL - Y                                 # dA[L] = A[L] - Y   (squared error)",
               "    dZ = dA * AL * (1 - AL)                     # dZ[L] = dA[L] * g'(Z[L])"]
    else:  # softmax + squared error
        dZL = ["    dA = AL - Y                                 # dA[L] = A[L] - Y   (squared error)",
               "    dZ = AL * (dA - np.sum(AL * dA, axis=0))    # dZ[L] = softmax Jacobian times dA[L]"]

    if d["optimizer"] == "gd":
        opt_init, opt_update = [], [
            "        # W[l] = W[l] - alpha dW[l],   b[l] = b[l] - alpha db[l]",
            "        for key in params:",
            "            params[key] = params[key] - alpha * grads['d' + key]",
        ]
    elif d["optimizer"] == "momentum":
        opt_init = [f"beta = {d['beta']!r}", "v = {key: np.zeros_like(value) for key, value in params.items()}"]
        opt_update = [
            "        # v = beta v + (1 - beta) dW;   W = W - alpha v   (momentum)",
            "        for key in params:",
            "            v[key] = beta * v[key] + (1 - beta) * grads['d' + key]",
            "            params[key] = params[key] - alpha * v[key]",
        ]
    else:
        opt_init = [f"beta1, beta2, eps = {d['beta1']!r}, {d['beta2']!r}, 1e-8", "t = 0",
                    "v = {key: np.zeros_like(value) for key, value in params.items()}",
                    "s = {key: np.zeros_like(value) for key, value in params.items()}"]
        opt_update = [
            "        # Adam: v = b1 v + (1 - b1) dW;  s = b2 s + (1 - b2) dW^2;",
            "        #       W = W - alpha (v / (1 - b1^t)) / (sqrt(s / (1 - b2^t)) + eps)",
            "        t += 1",
            "        for key in params:",
            "            dP = grads['d' + key]",
            "            v[key] = v[key] * beta1 + dP * (1 - beta1)",
            "            s[key] = s[key] * beta2 + (dP * dP) * (1 - beta2)",
            "            params[key] = params[key] - (v[key] * (alpha / (1 - beta1 ** t))) / (np.sqrt(s[key] / (1 - beta2 ** t)) + eps)",
        ]
    if d["batch"] >= d["m"]:
        batches = ["    batches = [slice(None)]                     # batch gradient descent: all m examples at once"]
    elif d["shuffle"]:
        batches = ["    order = rng_batches.permutation(m)          # a new order every epoch",
                   "    batches = [order[start:start + batch_size] for start in range(0, m, batch_size)]"]
    else:
        batches = ["    batches = [slice(start, start + batch_size) for start in range(0, m, batch_size)]"]

    src = [
        _header(d, title, "NumPy"),
        "import sys",
        "",
        "import numpy as np",
        "",
        _data_source(d),
        "",
        "# --- the architecture --------------------------------------------------------------------",
        f"n = {d['dims']!r}        # n[l] = number of units in layer l; n[0] = inputs",
        "L = len(n) - 1",
        f"alpha = {d['alpha']!r}           # learning rate",
        f"lambd = {d['l2']!r}           # L2 regularisation lambda",
        f"batch_size = {d['batch']!r}",
        f"epochs = {d['epochs']!r}",
        f"rng_batches = np.random.default_rng({d['trainer_seed']!r})   # orders the mini-batches",
        "",
        "",
        *g_lines,
        "# g[l] is layer l's activation, for the hidden layers 1 … L-1",
        g_table,
        g_prime_table,
        "",
        _init_source(d),
        "",
        "",
        "def forward(X, params):",
        '    """A[0] = X;  Z[l] = W[l] A[l-1] + b[l]  (n[l], m);  A[l] = g[l](Z[l]);  returns A[L], Z[L], caches"""',
        "    A = X",
        "    caches = []",
        "    for l in range(1, L + 1):",
        "        A_prev = A",
        "        Z = params['W%d' % l] @ A_prev + params['b%d' % l]   # (n[l], n[l-1]) (n[l-1], m) + (n[l], 1)",
        f"        A = g[l](Z) if l < L else {out_fwd}",
        "        caches.append((A_prev, Z, A))",
        "    return A, Z, caches",
        "",
        "",
        "def compute_cost(AL, ZL, Y, params):",
        "    m = Y.shape[1]",
        *cost_src,
        "    # L2: J += lambda / (2m) sum_l ||W[l]||^2",
        "    if lambd:",
        "        J += lambd / (2 * m) * sum(float(np.sum(np.square(params['W%d' % l]))) for l in range(1, L + 1))",
        "    return float(J)",
        "",
        "",
        "def backward(AL, Y, caches, params):",
        '    """dW[l] = dZ[l] A[l-1]^T / m;  db[l] = sum(dZ[l], axis=1) / m;  dZ[l-1] = W[l]^T dZ[l] * g\'(Z[l-1])"""',
        "    m = Y.shape[1]",
        "    grads = {}",
        *dZL,
        "    for l in range(L, 0, -1):",
        "        A_prev, Z, A = caches[l - 1]",
        "        grads['dW%d' % l] = dZ @ A_prev.T / m            # (n[l], m) (m, n[l-1]) -> (n[l], n[l-1])",
        "        if lambd:",
        "            grads['dW%d' % l] = grads['dW%d' % l] + lambd / m * params['W%d' % l]",
        "        grads['db%d' % l] = np.sum(dZ, axis=1, keepdims=True) / m   # (n[l], 1)",
        "        if l > 1:",
        "            dA_prev = params['W%d' % l].T @ dZ          # dA[l-1] = W[l]^T dZ[l]",
        "            _, Z_prev, A_prev_layer = caches[l - 2]",
        "            dZ = dA_prev * g_prime[l - 1](Z_prev, A_prev_layer)   # dZ[l-1] = dA[l-1] * g'(Z[l-1])",
        "    return grads",
        "",
        "",
        *opt_init,
        "costs = []",
        "for epoch in range(1, epochs + 1):",
        *batches,
        "    cost_sum = 0.0",
        "    for idx in batches:",
        "        Xb, Yb = X[:, idx], Y[:, idx]",
        "        AL, ZL, caches = forward(Xb, params)             # forward propagation",
        "        J = compute_cost(AL, ZL, Yb, params)              # the cost before this update",
        "        grads = backward(AL, Yb, caches, params)          # backward propagation",
        *opt_update,
        "        cost_sum += J * Xb.shape[1]",
        "    J = cost_sum / m                                  # the epoch's cost (its examples' average)",
        *_EPOCH_REPORT,
    ]
    return "\n".join(src)


def pytorch_script(trainer, epochs: int | None = None, *, title: str = "") -> str:
    """The same run as a ``torch.nn.Sequential`` trained by ``torch.optim`` in float64.

    Same data, same initial weights, same mini-batch order (drawn with NumPy as the app does);
    prints the cost of every epoch with ``--all``, and the final cost. Matches the app's cost
    curve to ~1e-9 (torch's kernels add and multiply in another order).
    """
    epochs = trainer.epoch if epochs is None else int(epochs)
    if epochs < 1:
        raise ConfigError("Train at least one epoch before exporting the run as a script.")
    d = _run_description(trainer, epochs)
    L, dims = d["L"], d["dims"]
    layers = []
    for l in range(1, L + 1):
        layers.append(f"    nn.Linear({dims[l - 1]}, {dims[l]}),       # Z[{l}] = W[{l}] A[{l - 1}] + b[{l}]")
        if l < L:
            layers.append(f"    {_torch_module(d['activations'][l - 1], d['slope'])},")
    out, loss = d["output"], d["loss"]
    if loss == "binary_cross_entropy":
        loss_src = "    J = nn.functional.binary_cross_entropy_with_logits(ZL, Yb, reduction='sum') / mb   # sigmoid + cross-entropy"
    elif loss == "categorical_cross_entropy":
        loss_src = "    J = nn.functional.cross_entropy(ZL.T, Yb.argmax(dim=0), reduction='sum') / mb   # softmax + cross-entropy"
    elif out == "sigmoid":
        loss_src = "    J = 0.5 * ((torch.sigmoid(ZL) - Yb) ** 2).sum() / mb"
    elif out == "softmax":
        loss_src = "    J = 0.5 * ((torch.softmax(ZL, dim=0) - Yb) ** 2).sum() / mb"
    else:
        loss_src = "    J = 0.5 * ((ZL - Yb) ** 2).sum() / mb                         # squared error"
    opt = {
        "gd": "torch.optim.SGD(model.parameters(), lr=alpha)",
        # the app's momentum is v = beta v + (1 - beta) dW; torch's buffer is v / (1 - beta)
        "momentum": f"torch.optim.SGD(model.parameters(), lr=alpha * (1 - {d['beta']!r}), momentum={d['beta']!r})",
        "adam": f"torch.optim.Adam(model.parameters(), lr=alpha, betas=({d['beta1']!r}, {d['beta2']!r}), eps=1e-8)",
    }[d["optimizer"]]
    if d["batch"] >= d["m"]:
        batches = "    batches = [np.arange(m)]"
    elif d["shuffle"]:
        batches = ("    order = rng_batches.permutation(m)\n"
                   "    batches = [order[start:start + batch_size] for start in range(0, m, batch_size)]")
    else:
        batches = "    batches = [np.arange(start, min(start + batch_size, m)) for start in range(0, m, batch_size)]"
    src = [
        _header(d, title, "PyTorch"),
        "import sys",
        "",
        "import numpy as np",
        "import torch",
        "from torch import nn",
        "",
        "torch.set_default_dtype(torch.float64)",
        "",
        _data_source(d),
        "",
        f"n = {dims!r}",
        "L = len(n) - 1",
        f"alpha = {d['alpha']!r}",
        f"lambd = {d['l2']!r}",
        f"batch_size = {d['batch']!r}",
        f"epochs = {d['epochs']!r}",
        f"rng_batches = np.random.default_rng({d['trainer_seed']!r})",
        "",
        "",
        "class Chapter(nn.Module):",
        '    """The chapter\'s ReLU / leaky ReLU / step, whose slope at z = 0 is that of z > 0."""',
        "",
        "    def __init__(self, kind):",
        "        super().__init__()",
        "        self.kind = kind",
        "",
        "    def forward(self, z):",
        "        if self.kind == 'relu':",
        "            return torch.where(z >= 0, z, torch.zeros_like(z))",
        "        if self.kind == 'leaky_relu':",
        f"            return torch.where(z >= 0, z, {d['slope']!r} * z)",
        "        return torch.where(z >= 0, torch.ones_like(z), -torch.ones_like(z)).detach()",
        "",
        "",
        "# the network; its output is Z[L] (the loss applies sigmoid/softmax itself, exactly)",
        "model = nn.Sequential(",
        *layers,
        ")",
        "",
        _init_source(d),
        "linears = [layer for layer in model if isinstance(layer, nn.Linear)]",
        "with torch.no_grad():",
        "    for l, layer in enumerate(linears, start=1):",
        "        layer.weight.copy_(torch.from_numpy(params['W%d' % l]))      # W[l]: (n[l], n[l-1])",
        "        layer.bias.copy_(torch.from_numpy(params['b%d' % l][:, 0]))  # b[l]: (n[l], 1)",
        "",
        "Xt, Yt = torch.from_numpy(X), torch.from_numpy(np.asarray(Y, dtype=np.float64))",
        f"optimizer = {opt}",
        "",
        "",
        "def cost(idx):",
        "    Xb, Yb = Xt[:, idx], Yt[:, idx]",
        "    mb = Xb.shape[1]",
        "    ZL = model(Xb.T).T                                 # (n[L], m): examples are columns again",
        loss_src,
        "    if lambd:                                          # J += lambda / (2m) sum ||W[l]||^2",
        "        J = J + lambd / (2 * mb) * sum((layer.weight ** 2).sum() for layer in linears)",
        "    return J",
        "",
        "",
        "costs = []",
        "for epoch in range(1, epochs + 1):",
        batches,
        "    cost_sum = 0.0",
        "    for idx in batches:",
        "        idx = torch.from_numpy(np.asarray(idx))",
        "        optimizer.zero_grad()",
        "        J = cost(idx)",
        "        J.backward()",
        "        optimizer.step()",
        "        cost_sum += J.item() * len(idx)",
        "    J = cost_sum / m",
        *_EPOCH_REPORT,
    ]
    return "\n".join(src)


def write_script(path: str | Path, source: str) -> None:
    atomic_write(path, source.encode("utf-8"))
