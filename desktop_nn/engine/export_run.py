"""What both exported scripts share: the run's description, read from a Trainer, and the parts of
the script made from it — the header, the data, the initial weights, the epoch's report.

:func:`describe_run` is the one place a script reads the trainer; everything else here (and in
:mod:`.export_numpy`, :mod:`.export_torch`) writes source from its dict.
"""

from __future__ import annotations

import numpy as np

from .errors import ConfigError

_INIT_SOURCE = {
    "small_random": ("rng.standard_normal(({n_out}, {n_in})) * 0.01", "W[l] = randn(n[l], n[l-1]) * 0.01 (the chapter's)"),
    "xavier": ("rng.standard_normal(({n_out}, {n_in})) * np.sqrt(2.0 / ({n_in} + {n_out}))",
               "W[l] = randn(n[l], n[l-1]) * sqrt(2 / (n[l-1] + n[l]))  (Xavier)"),
    "he": ("rng.standard_normal(({n_out}, {n_in})) * np.sqrt(2.0 / {n_in})", "W[l] = randn(n[l], n[l-1]) * sqrt(2 / n[l-1])  (He)"),
    "zeros": ("np.zeros(({n_out}, {n_in}))", "W[l] = 0 (every unit of a layer stays the same: the symmetry problem)"),
}


def describe_run(trainer, epochs: int | None) -> dict:
    """Everything a script needs to reproduce ``epochs`` epochs of ``trainer``'s run (default: the
    epochs trained so far), read from the Trainer and its Network; ConfigError before the first
    epoch, or for a network that is not float64."""
    epochs = trainer.epoch if epochs is None else int(epochs)
    if epochs < 1:
        raise ConfigError("Train at least one epoch before exporting the run as a script.")
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
        from_seed=from_seed, blas_threads=_blas_threads(trainer),
    )


def _blas_threads(trainer) -> int | None:
    """How many BLAS threads the Trainer multiplies with (None: as many as BLAS likes)."""
    from .fastpath import auto_blas_threads

    limit = getattr(trainer, "blas_threads", "auto")
    return auto_blas_threads(trainer.network) if limit == "auto" else limit


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


def data_source(d: dict) -> str:
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


def init_source(d: dict) -> str:
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


def opening(d: dict, title: str, flavour: str, promise: str, setup: tuple[str, ...] = (),
            before_numpy: tuple[str, ...] = ()) -> list[str]:
    """A script's first lines: its docstring (ending with ``promise``: what its numbers match),
    the imports (``before_numpy`` runs before NumPy's, ``setup`` after it), the data."""
    first = ("import os", "import sys") if before_numpy else ("import sys",)
    return [header(d, title, flavour, promise), *first, "", *before_numpy, "import numpy as np", *setup, "",
            data_source(d), ""]


def header(d: dict, title: str, flavour: str, promise: str) -> str:
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
{promise.strip()}
"""'''


#: the end of both exported scripts' epoch loop: record J, print it, print the final cost
EPOCH_REPORT = (
    "    costs.append(J)",
    "    if '--all' in sys.argv:",
    "        print('epoch', epoch, 'cost', repr(J))",
    "    elif epoch % max(1, epochs // 10) == 0:",
    "        print(f'epoch {epoch:>6}   J = {J:.10f}')",
    "",
    "print('final cost J =', repr(costs[-1]))",
    "",
)
