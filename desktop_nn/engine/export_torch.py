"""The same run as a PyTorch script (:func:`pytorch_script`, re-exported by
:mod:`desktop_nn.engine.export`): a ``torch.nn.Sequential`` with the same initial weights and
data in float64, trained with ``torch.optim``. Its cost curve follows the app's closely at first
(tests: to 1e-6 over 1 000 epochs) but not to the bit: torch's kernels add and multiply in
another order, and an oscillating or chaotic run amplifies those roundings until, after many
epochs, the curves part. The header says so; the NumPy script (:mod:`.export_numpy`) is the
bit-exact one.

Put together from named parts made from the run's description
(:func:`.export_run.describe_run`): the model, its cost, and the training loop.
"""

from __future__ import annotations

from .activations import get_activation
from .errors import ConfigError
from .export_run import EPOCH_REPORT, describe_run, init_source, opening

PROMISE = """\
The last line is the final cost J. Expect it close to the number desktop_nn showed, not equal to
the last digit: PyTorch's kernels add and multiply in another order than the app's NumPy, so
every epoch's numbers differ in their last digits (about 1e-16 at first). Over the first 1 000
epochs the two cost curves usually agree to 6 digits or more. But an oscillating or chaotic run
(a large learning rate, with a cost that goes up and down; or tiny starting weights that leave a
flat stretch all at once) amplifies these differences: later the curves drift apart, and a long
run may end on a visibly different cost. That is rounding, not a different method. The app's
"Export as Python script" (NumPy) repeats the app's run bit for bit."""

#: after NumPy's import: torch's, and float64 as in the app
_TORCH_SETUP = ("import torch", "from torch import nn", "", "torch.set_default_dtype(torch.float64)")
#: as the app for a network this size: small matrices are multiplied faster by one thread
_ONE_THREAD = ("torch.set_num_threads(1)                 # one thread, as the app for a network this size",)


def pytorch_script(trainer, epochs: int | None = None, *, title: str = "") -> str:
    """The same run as a ``torch.nn.Sequential`` trained by ``torch.optim`` in float64.

    Same data, same initial weights, same mini-batch order (drawn with NumPy as the app does);
    prints the cost of every epoch with ``--all``, and the final cost. Follows the app's cost curve
    to ~1e-6 or better for the first 1 000 epochs; later an oscillating run drifts apart (torch's
    kernels round differently; the header says so).
    """
    d = describe_run(trainer, epochs)
    src = [
        *opening(d, title, "PyTorch", PROMISE, _TORCH_SETUP + (_ONE_THREAD if d["blas_threads"] == 1 else ())),
        f"n = {d['dims']!r}",
        "L = len(n) - 1",
        f"alpha = {d['alpha']!r}",
        f"lambd = {d['l2']!r}",
        f"batch_size = {d['batch']!r}",
        f"epochs = {d['epochs']!r}",
        f"rng_batches = np.random.default_rng({d['trainer_seed']!r})",
        "",
        "",
        *_model_source(d),
        *_cost_source(d),
        *_training_loop_source(d),
    ]
    return "\n".join(src)


def _torch_module(name: str, slope: float) -> str:
    g = get_activation(name, slope)
    if not g.torch_module:
        raise ConfigError(f"The activation {g.display_name!r} has no PyTorch form to export.")
    return g.torch_module


def _layers_source(d: dict) -> list[str]:
    """The Sequential's layers: Linear for each Z[l], the hidden layers' activation modules."""
    L, dims = d["L"], d["dims"]
    layers = []
    for l in range(1, L + 1):
        layers.append(f"    nn.Linear({dims[l - 1]}, {dims[l]}),       # Z[{l}] = W[{l}] A[{l - 1}] + b[{l}]")
        if l < L:
            layers.append(f"    {_torch_module(d['activations'][l - 1], d['slope'])},")
    return layers


def _model_source(d: dict) -> list[str]:
    """The chapter's activations as a module, the model, and its initial weights copied in."""
    layers = _layers_source(d)
    return [
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
        init_source(d),
        "linears = [layer for layer in model if isinstance(layer, nn.Linear)]",
        "with torch.no_grad():",
        "    for l, layer in enumerate(linears, start=1):",
        "        layer.weight.copy_(torch.from_numpy(params['W%d' % l]))      # W[l]: (n[l], n[l-1])",
        "        layer.bias.copy_(torch.from_numpy(params['b%d' % l][:, 0]))  # b[l]: (n[l], 1)",
        "",
    ]


def _loss_source(d: dict) -> str:
    """J of a batch from Z[L]: torch's own losses for the natural pairings, else squared error."""
    out, loss = d["output"], d["loss"]
    if loss == "binary_cross_entropy":
        return "    J = nn.functional.binary_cross_entropy_with_logits(ZL, Yb, reduction='sum') / mb   # sigmoid + cross-entropy"
    if loss == "categorical_cross_entropy":
        return "    J = nn.functional.cross_entropy(ZL.T, Yb.argmax(dim=0), reduction='sum') / mb   # softmax + cross-entropy"
    if out == "sigmoid":
        return "    J = 0.5 * ((torch.sigmoid(ZL) - Yb) ** 2).sum() / mb"
    if out == "softmax":
        return "    J = 0.5 * ((torch.softmax(ZL, dim=0) - Yb) ** 2).sum() / mb"
    return "    J = 0.5 * ((ZL - Yb) ** 2).sum() / mb                         # squared error"


def _optimizer_source(d: dict) -> str:
    return {
        "gd": "torch.optim.SGD(model.parameters(), lr=alpha)",
        # the app's momentum is v = beta v + (1 - beta) dW; torch's buffer is v / (1 - beta)
        "momentum": f"torch.optim.SGD(model.parameters(), lr=alpha * (1 - {d['beta']!r}), momentum={d['beta']!r})",
        "adam": f"torch.optim.Adam(model.parameters(), lr=alpha, betas=({d['beta1']!r}, {d['beta2']!r}), eps=1e-8)",
    }[d["optimizer"]]


def _cost_source(d: dict) -> list[str]:
    """The data as tensors, the optimizer, and cost(idx): a batch's J with the L2 term."""
    return [
        "Xt, Yt = torch.from_numpy(X), torch.from_numpy(np.asarray(Y, dtype=np.float64))",
        f"optimizer = {_optimizer_source(d)}",
        "",
        "",
        "def cost(idx):",
        "    Xb, Yb = Xt[:, idx], Yt[:, idx]",
        "    mb = Xb.shape[1]",
        "    ZL = model(Xb.T).T                                 # (n[L], m): examples are columns again",
        _loss_source(d),
        "    if lambd:                                          # J += lambda / (2m) sum ||W[l]||^2",
        "        J = J + lambd / (2 * mb) * sum((layer.weight ** 2).sum() for layer in linears)",
        "    return J",
        "",
        "",
    ]


def _batches_source(d: dict) -> str:
    """The epoch's batches as index arrays: all m examples, shuffled or in order."""
    if d["batch"] >= d["m"]:
        return "    batches = [np.arange(m)]"
    if d["shuffle"]:
        return ("    order = rng_batches.permutation(m)\n"
                "    batches = [order[start:start + batch_size] for start in range(0, m, batch_size)]")
    return "    batches = [np.arange(start, min(start + batch_size, m)) for start in range(0, m, batch_size)]"


def _training_loop_source(d: dict) -> list[str]:
    return [
        "costs = []",
        "for epoch in range(1, epochs + 1):",
        _batches_source(d),
        "    cost_sum = 0.0",
        "    for idx in batches:",
        "        idx = torch.from_numpy(np.asarray(idx))",
        "        optimizer.zero_grad()",
        "        J = cost(idx)",
        "        J.backward()",
        "        optimizer.step()",
        "        cost_sum += J.item() * len(idx)",
        "    J = cost_sum / m",
        *EPOCH_REPORT,
    ]
