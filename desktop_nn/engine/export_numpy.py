"""The standalone NumPy script of a run (:func:`python_script`, re-exported by
:mod:`desktop_nn.engine.export`): the data, the architecture, the initial weights, and the
training loop in the chapter's notation with its formulas as comments.

The script reproduces the Trainer's run BIT FOR BIT, however long: it performs the floating-point
operations of the engine's fast path (:mod:`.fastpath`, what the Trainer and the app run) in the
same order and on arrays laid out alike (NumPy picks its BLAS routine by the layout) — the bias
folded into W ([W | b] times [A; 1]), the activations' in-place kernels, the cost from Z[L] with
its dot products, dZ[L] scaled once by alpha/m (or 1/m), the gradient with L2, the updates of
:mod:`.optimizers`, the mini-batch order, one BLAS thread. Where that order differs from
the chapter's formula, the script follows the fast path and says so in a comment. Another NumPy,
BLAS or CPU may round a few operations differently (a long oscillating run then drifts apart).

The script is put together from named parts, each a list of source lines made from the run's
description (:func:`.export_run.describe_run`): the settings, the activations, ``forward``,
``output_and_cost``, ``backward``, and the training loop with its optimizer.
"""

from __future__ import annotations

from .activations import get_activation
from .errors import ConfigError
from .export_run import EPOCH_REPORT, describe_run, init_source, opening

PROMISE = """\
The last line is the final cost J, the same number desktop_nn showed for this run, to the last
digit: this script does the app's floating-point operations in the app's order, so the cost of
every epoch is equal bit for bit, however long the run. Where the app's order differs from the
chapter's formula (the bias, the scaling by 1/m, the cost's sums), a comment says so.
Bit for bit with the same NumPy on the same kind of machine: another NumPy version, BLAS or CPU
may round a few operations differently, and a long oscillating run then drifts apart."""

#: before NumPy is imported: one BLAS thread, as the app multiplies for a network this size
ONE_BLAS_THREAD = (
    "# the app multiplies with one BLAS thread for a network this size; so does this script",
    "# (several threads may add a long sum up in parts, which rounds differently)",
    "for _name in ('OPENBLAS_NUM_THREADS', 'MKL_NUM_THREADS', 'OMP_NUM_THREADS'):",
    "    os.environ[_name] = '1'",
    "",
)


def python_script(trainer, epochs: int | None = None, *, title: str = "") -> str:
    """A standalone NumPy script reproducing ``epochs`` epochs of ``trainer``'s run from its start.

    ``epochs`` defaults to the epochs trained so far. The script prints the cost of every epoch
    (``--all``) and the final cost J, each equal to the bit to ``trainer.history``'s train cost
    (the Trainer's fast path, its default; with the same NumPy and BLAS).
    """
    d = describe_run(trainer, epochs)
    src = [
        *opening(d, title, "NumPy", PROMISE, before_numpy=ONE_BLAS_THREAD if d["blas_threads"] == 1 else ()),
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
    """(g in Z, g' in Z and A, a comment) for an exported script, from the activation's declaration.

    The built-in ones compute the same bits as the fast path's in-place kernels
    (tests/engine/test_export_exact.py holds them to it)."""
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
    g[l], g_prime[l] of the hidden layers. Softmax and a linear output are written out in
    ``output_and_cost``."""
    hidden = d["activations"][:-1]
    used = sorted(set(hidden) | ({"sigmoid"} if d["output"] == "sigmoid" else set()))
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
    return [
        "def forward(X, params):",
        '    """A[0] = X;  Z[l] = W[l] A[l-1] + b[l]  (n[l], m);  A[l] = g[l](Z[l]) for l < L;  returns Z[L], caches"""',
        "    A = X",
        "    caches = []",
        "    for l in range(1, L + 1):",
        "        # bias folded into W, as the app computes it: Z[l] = [W[l] | b[l]] [A[l-1]; 1] in one product,",
        "        # the same number as W[l] A[l-1] + b[l] up to the last bit (b is added inside the sum, not",
        "        # after it). A1 is filled in like the app's buffer: NumPy picks its BLAS routine by the",
        "        # arrays' memory layout, and another routine may round differently.",
        "        A1 = np.ones((n[l - 1] + 1, A.shape[1]))                         # [A[l-1]; 1]  (n[l-1] + 1, m)",
        "        A1[:-1] = A",
        "        Wb = np.hstack([params['W%d' % l], params['b%d' % l]])          # [W[l] | b[l]]  (n[l], n[l-1] + 1)",
        "        Z = Wb @ A1                                                     # (n[l], m)",
        "        A = g[l](Z) if l < L else None                                  # A[L]: in output_and_cost",
        "        caches.append((A1, Wb, Z, A))",
        "    return Z, caches",
        "",
        "",
    ]


def _cost_lines(d: dict) -> list[str]:
    """A[L] from Z[L] and J, the summed loss over m, in the fast path's operations."""
    out, loss = d["output"], d["loss"]
    if out == "softmax":
        lines = [
            "    T = ZL - ZL.max(axis=0)           # Z[L] minus each column's max: exponents <= 0, no overflow",
            "    E = np.exp(T)",
            "    S = E.sum(axis=0)                 # (m,) the denominators sum_k e^T[k,i]",
            "    AL = E / S                        # A[L] = e^Z[k] / sum_j e^Z[j]   (n[L], m)",
        ]
    elif out == "sigmoid":
        lines = ["    AL = sigmoid(ZL)"]
    else:
        lines = ["    AL = ZL                           # a linear output: A[L] = Z[L]"]
    if loss == "binary_cross_entropy":
        return lines + [
            "    # J = -(1/m) sum [Y log A + (1 - Y) log(1 - A)], computed from Z[L] (never log(0)) as",
            "    #   (1/m) sum [log(1 + e^Z) - Y Z],  log(1 + e^z) = log(1 + e^-|z|) + max(z, 0);",
            "    # the app adds these three sums in this order, Y Z as a dot product (np.vdot)",
            "    J = (np.sum(np.log1p(np.exp(-np.abs(ZL)))) + (np.sum(np.maximum(ZL, 0)) - np.vdot(Y, ZL))) / m",
        ]
    if loss == "categorical_cross_entropy":
        return lines + [
            "    # J = -(1/m) sum_i sum_k Y[k,i] log A[k,i], computed from T (never log(0)) as",
            "    #   (1/m) [sum_i log S[i] - sum Y T];  the app sums Y T as a dot product (np.vdot)",
            "    J = (np.sum(np.log(S)) - np.vdot(Y, T)) / m",
        ]
    return lines + [
        "    dA = AL - Y                       # dA[L] = A[L] - Y   (n[L], m)",
        "    # J = (1/2m) sum (A[L] - Y)^2, the sum as a dot product (np.vdot), as the app computes it",
        "    J = 0.5 * np.vdot(dA, dA) / m",
    ]


def _cost_source(d: dict) -> list[str]:
    """output_and_cost: A[L] and the cost J of a batch, plus the L2 term."""
    return [
        "def output_and_cost(ZL, Y, params):",
        f'    """A[L] = {d["output"]}(Z[L]) and the cost J ({d["loss"]}, plus the L2 term)"""',
        "    m = Y.shape[1]",
        *_cost_lines(d),
        "    if lambd:                         # L2: J += lambda / (2m) sum_l ||W[l]||^2",
        "        J += lambd / (2 * m) * sum(np.sum(np.square(params['W%d' % l])) for l in range(1, L + 1))",
        "    return AL, float(J)",
        "",
        "",
    ]


def _output_delta_source(d: dict) -> list[str]:
    """dZ[L] times scale: A[L] − Y for a natural pairing, else squared error's dA[L] through g'."""
    if d["optimizer"] == "gd":
        scale = ["    # the app divides by m and multiplies by alpha once, in dZ[L]: every dW[l] and db[l]",
                 "    # below comes out as alpha dW[l], alpha db[l] (the update subtracts it as it is)",
                 "    scale = alpha / m"]
    else:
        scale = ["    # the app divides by m once, multiplying dZ[L] by 1/m: every dW[l] and db[l] below",
                 "    # comes out divided by m already",
                 "    scale = 1 / m"]
    if d["natural"]:
        return scale + ["    dZ = (AL - Y) * scale                        # dZ[L] = A[L] - Y   (n[L], m), scaled"]
    if d["output"] == "sigmoid":
        return scale + [
            "    dA = AL - Y                                  # dA[L] = A[L] - Y   (squared error)",
            "    # dZ[L] = dA[L] * g'(Z[L]), g'(z) = a (1 - a); here the app takes a = 1 / (1 + e^-z) from",
            "    # Z[L] as the formula reads (written so that e^-z never overflows), not A[L]",
            "    ZL = caches[-1][2]",
            "    E = np.exp(-np.abs(ZL))",
            "    a = np.where(ZL >= 0, 1 / (1 + E), E / (1 + E))",
            "    dZ = dA * (a * (1 - a)) * scale",
        ]
    return scale + [    # softmax + squared error
        "    dA = AL - Y                                  # dA[L] = A[L] - Y   (squared error)",
        "    dZ = AL * (dA - np.sum(AL * dA, axis=0, keepdims=True)) * scale   # the softmax Jacobian times dA[L]",
    ]


def _dA_source(d: dict) -> list[str]:
    """dA[l-1] = W[l]^T dZ[l]; the fast path multiplies elementwise when n[l] = 1 (an outer product)."""
    product = "            dA = W.T @ dZ                              # dA[l-1] = W[l]^T dZ[l]"
    if all(n > 1 for n in d["dims"][2:]):
        return [product]
    return [
        "            if n[l] == 1:      # one unit: W[l]^T dZ[l] is an outer product, which the app",
        "                dA = W.T * dZ  # computes elementwise (faster, the same numbers)",
        "            else:",
        "    " + product,
    ]


def _backward_source(d: dict) -> list[str]:
    return [
        "def backward(AL, Y, caches, params):",
        '    """dW[l] = dZ[l] A[l-1]^T / m;  db[l] = sum(dZ[l], axis=1) / m;  dZ[l-1] = W[l]^T dZ[l] * g\'(Z[l-1])"""',
        "    m = Y.shape[1]",
        *_output_delta_source(d),
        "    grads = {}",
        "    for l in range(L, 0, -1):",
        "        A1, Wb, Z, A = caches[l - 1]                 # A1 = [A[l-1]; 1],  Wb = [W[l] | b[l]]",
        "        W = Wb[:, :-1]                               # W[l], read inside [W | b] as the app does (the layout)",
        "        # bias folded in: [dW[l] | db[l]] = dZ[l] [A[l-1]; 1]^T, one product; the row of ones",
        "        # sums dZ[l] over the examples, which is db[l]",
        "        dWb = dZ @ A1.T                              # (n[l], m) (m, n[l-1] + 1)",
        "        dW, db = dWb[:, :-1], dWb[:, -1:]",
        "        if lambd:",
        "            dW = dW + W * (lambd * scale)            # L2: dW[l] += lambda/m W[l] (scaled like dW)",
        "        grads['dW%d' % l], grads['db%d' % l] = dW, db",
        "        if l > 1:",
        *_dA_source(d),
        "            _, _, Z_prev, A_prev = caches[l - 2]",
        "            dZ = dA * g_prime[l - 1](Z_prev, A_prev)   # dZ[l-1] = dA[l-1] * g'(Z[l-1])",
        "    return grads",
        "",
        "",
    ]


def _optimizer_source(d: dict) -> tuple[list[str], list[str]]:
    """(the optimizer's state before the loop, its update of every parameter in the loop), in the
    operations of :mod:`.optimizers`' fast forms."""
    if d["optimizer"] == "gd":
        return [], [
            "        # W[l] = W[l] - alpha dW[l],   b[l] = b[l] - alpha db[l]   (grads hold alpha dW already)",
            "        for key in params:",
            "            params[key] = params[key] - grads['d' + key]",
        ]
    if d["optimizer"] == "momentum":
        return [f"beta = {d['beta']!r}", "v = {}"], [
            "        # v = beta v + (1 - beta) dW;   W = W - alpha v   (momentum; the first v is (1 - beta) dW)",
            "        for key in params:",
            "            d = grads['d' + key] * (1 - beta)             # (1 - beta) dW",
            "            v[key] = d if key not in v else v[key] * beta + d",
            "            params[key] = params[key] - v[key] * alpha",
        ]
    opt_init = [f"beta1, beta2, eps = {d['beta1']!r}, {d['beta2']!r}, 1e-8", "t = 0",
                "v = {key: np.zeros_like(value) for key, value in params.items()}",
                "s = {key: np.zeros_like(value) for key, value in params.items()}"]
    return opt_init, [
        "        # Adam: v = b1 v + (1 - b1) dW;  s = b2 s + (1 - b2) dW^2;",
        "        #       W = W - alpha (v / (1 - b1^t)) / (sqrt(s / (1 - b2^t)) + eps)",
        "        t += 1",
        "        c1, c2 = 1 - beta1 ** t, 1 - beta2 ** t",
        "        for key in params:",
        "            dP = grads['d' + key]",
        "            v[key] = v[key] * beta1 + dP * (1 - beta1)",
        "            s[key] = s[key] * beta2 + (dP * dP) * (1 - beta2)",
        "            params[key] = params[key] - (v[key] * (alpha / c1)) / (np.sqrt(s[key] / c2) + eps)",
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
        "        ZL, caches = forward(Xb, params)                  # forward propagation",
        "        AL, J = output_and_cost(ZL, Yb, params)           # the cost before this update",
        "        grads = backward(AL, Yb, caches, params)          # backward propagation",
        *opt_update,
        "        cost_sum += J * Xb.shape[1]",
        "    J = cost_sum / m                                  # the epoch's cost (its examples' average)",
        *EPOCH_REPORT,
    ]
