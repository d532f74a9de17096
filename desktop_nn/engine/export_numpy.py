"""The standalone NumPy script of a run (:func:`python_script`, re-exported by
:mod:`desktop_nn.engine.export`): the data, the architecture, the initial weights, and the
training loop in the chapter's notation with its formulas as comments. Run, it prints the cost
of every epoch and the same final cost as the engine's Trainer (to ~1e-12).

The script is put together from named parts, each a list of source lines made from the run's
description (:func:`.export_run.describe_run`): the settings, the activations, ``forward``,
``compute_cost``, ``backward``, and the training loop with its optimizer.
"""

from __future__ import annotations

from .activations import get_activation
from .errors import ConfigError
from .export_run import EPOCH_REPORT, describe_run, init_source, opening


def python_script(trainer, epochs: int | None = None, *, title: str = "") -> str:
    """A standalone NumPy script reproducing ``epochs`` epochs of ``trainer``'s run from its start.

    ``epochs`` defaults to the epochs trained so far. The script prints the final cost J, equal
    (to ~1e-12) to ``trainer.history[epochs - 1].train_cost`` from the same initial weights.
    """
    d = describe_run(trainer, epochs)
    src = [
        *opening(d, title, "NumPy"),
        *_settings_source(d),
        *_activations_source(d),
        init_source(d),
        "",
        "",
        *_forward_source(d),
        *_cost_source(d),
        *_backward_source(d),
        *_training_loop_source(d),
    ]
    return "\n".join(src)


def _g_source(name: str, slope: float) -> tuple[str, str, str]:
    """(g in Z, g' in Z and A, a comment) for an exported script, from the activation's declaration."""
    g = get_activation(name, slope)
    if not g.numpy_forward:
        raise ConfigError(f"The activation {g.display_name!r} has no NumPy form to export.")
    comment = f"g(z) = {g.formula};  g'(z) = {g.derivative_formula}"
    return g.numpy_forward.format(slope=slope), g.numpy_derivative.format(slope=slope), comment


def _settings_source(d: dict) -> list[str]:
    """n, L, alpha, lambda, the batch size, the epochs and the mini-batches' generator."""
    return [
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
    ]


def _activations_source(d: dict) -> list[str]:
    """Each activation used as a function of Z (and g'(Z, A) for the hidden ones), and the tables
    g[l], g_prime[l] of the hidden layers."""
    hidden = d["activations"][:-1]
    used = sorted(set(hidden) | {d["output"]})
    g_lines = []
    for name in used:
        fwd, der, comment = _g_source(name, d["slope"])
        g_lines += [f"def {name}(Z):", f'    """{comment}"""', f"    return {fwd}", ""]
        if name in hidden:      # hidden layers need g'(z) for backward
            g_lines += [f"def {name}_prime(Z, A):", f"    return {der}", ""]
        g_lines.append("")
    g_table = "g = {" + ", ".join(f"{l}: {a}" for l, a in enumerate(hidden, start=1)) + "}"
    g_prime_table = "g_prime = {" + ", ".join(f"{l}: {a}_prime" for l, a in enumerate(hidden, start=1)) + "}"
    return [
        *g_lines,
        "# g[l] is layer l's activation, for the hidden layers 1 … L-1",
        g_table,
        g_prime_table,
        "",
    ]


def _forward_source(d: dict) -> list[str]:
    out_fwd = f"{d['output']}(Z)                        # the output layer: A[L] = {d['output']}(Z[L])"
    return [
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
    ]


def _cost_source(d: dict) -> list[str]:
    """compute_cost: the loss from Z[L] where it can be (never log(0)), plus the L2 term."""
    loss = d["loss"]
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
    return [
        "def compute_cost(AL, ZL, Y, params):",
        "    m = Y.shape[1]",
        *cost_src,
        "    # L2: J += lambda / (2m) sum_l ||W[l]||^2",
        "    if lambd:",
        "        J += lambd / (2 * m) * sum(float(np.sum(np.square(params['W%d' % l]))) for l in range(1, L + 1))",
        "    return float(J)",
        "",
        "",
    ]


def _output_delta_source(d: dict) -> list[str]:
    """dZ[L]: A[L] − Y for a natural pairing, else squared error's dA[L] through g[L]."""
    if d["natural"]:
        return ["    dZ = AL - Y                                 # dZ[L] = A[L] - Y   (n[L], m)"]
    if d["output"] == "sigmoid":
        return ["    dA = AL - Y                                 # dA[L] = A[L] - Y   (squared error)",
                "    dZ = dA * AL * (1 - AL)                     # dZ[L] = dA[L] * g'(Z[L])"]
    # softmax + squared error
    return ["    dA = AL - Y                                 # dA[L] = A[L] - Y   (squared error)",
            "    dZ = AL * (dA - np.sum(AL * dA, axis=0))    # dZ[L] = softmax Jacobian times dA[L]"]


def _backward_source(d: dict) -> list[str]:
    return [
        "def backward(AL, Y, caches, params):",
        '    """dW[l] = dZ[l] A[l-1]^T / m;  db[l] = sum(dZ[l], axis=1) / m;  dZ[l-1] = W[l]^T dZ[l] * g\'(Z[l-1])"""',
        "    m = Y.shape[1]",
        "    grads = {}",
        *_output_delta_source(d),
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
    ]


def _optimizer_source(d: dict) -> tuple[list[str], list[str]]:
    """(the optimizer's state before the loop, its update of every parameter in the loop)."""
    if d["optimizer"] == "gd":
        return [], [
            "        # W[l] = W[l] - alpha dW[l],   b[l] = b[l] - alpha db[l]",
            "        for key in params:",
            "            params[key] = params[key] - alpha * grads['d' + key]",
        ]
    if d["optimizer"] == "momentum":
        return [f"beta = {d['beta']!r}", "v = {key: np.zeros_like(value) for key, value in params.items()}"], [
            "        # v = beta v + (1 - beta) dW;   W = W - alpha v   (momentum)",
            "        for key in params:",
            "            v[key] = beta * v[key] + (1 - beta) * grads['d' + key]",
            "            params[key] = params[key] - alpha * v[key]",
        ]
    opt_init = [f"beta1, beta2, eps = {d['beta1']!r}, {d['beta2']!r}, 1e-8", "t = 0",
                "v = {key: np.zeros_like(value) for key, value in params.items()}",
                "s = {key: np.zeros_like(value) for key, value in params.items()}"]
    return opt_init, [
        "        # Adam: v = b1 v + (1 - b1) dW;  s = b2 s + (1 - b2) dW^2;",
        "        #       W = W - alpha (v / (1 - b1^t)) / (sqrt(s / (1 - b2^t)) + eps)",
        "        t += 1",
        "        for key in params:",
        "            dP = grads['d' + key]",
        "            v[key] = v[key] * beta1 + dP * (1 - beta1)",
        "            s[key] = s[key] * beta2 + (dP * dP) * (1 - beta2)",
        "            params[key] = params[key] - (v[key] * (alpha / (1 - beta1 ** t))) / (np.sqrt(s[key] / (1 - beta2 ** t)) + eps)",
    ]


def _batches_source(d: dict) -> list[str]:
    """The epoch's batches: all m examples, shuffled mini-batches, or mini-batches in order."""
    if d["batch"] >= d["m"]:
        return ["    batches = [slice(None)]                     # batch gradient descent: all m examples at once"]
    if d["shuffle"]:
        return ["    order = rng_batches.permutation(m)          # a new order every epoch",
                "    batches = [order[start:start + batch_size] for start in range(0, m, batch_size)]"]
    return ["    batches = [slice(start, start + batch_size) for start in range(0, m, batch_size)]"]


def _training_loop_source(d: dict) -> list[str]:
    """The epochs: forward, cost, backward and the optimizer's update per batch, then the report."""
    opt_init, opt_update = _optimizer_source(d)
    return [
        *opt_init,
        "costs = []",
        "for epoch in range(1, epochs + 1):",
        *_batches_source(d),
        "    cost_sum = 0.0",
        "    for idx in batches:",
        "        Xb, Yb = X[:, idx], Y[:, idx]",
        "        AL, ZL, caches = forward(Xb, params)             # forward propagation",
        "        J = compute_cost(AL, ZL, Yb, params)              # the cost before this update",
        "        grads = backward(AL, Yb, caches, params)          # backward propagation",
        *opt_update,
        "        cost_sum += J * Xb.shape[1]",
        "    J = cost_sum / m                                  # the epoch's cost (its examples' average)",
        *EPOCH_REPORT,
    ]
