"""Surgery on a trained network: add or remove a hidden neuron or a hidden layer and keep the
trained weights of everything else (no Qt).

The rule, one sentence: **an entry W[l][j, i] keeps its trained value when neuron j of layer l
and neuron i of layer l−1 both existed before and were joined (their layers were neighbours);
an entry b[l][j] keeps its value when neuron j of layer l existed.** Every other entry comes from
``fresh`` — the chosen initialiser's weights for the new architecture, drawn with the run's seed
(:func:`fresh_weights`: exactly what a network rebuilt from the new settings starts from).

What that means for each edit (layers numbered as in the chapter: 0 the inputs, L the output):

* add neuron j to hidden layer l: W[l] gets a new row j, b[l] a new entry j, W[l+1] a new
  column j — all from the initialiser; every other number is kept.
* remove neuron j from hidden layer l: that row, entry and column are deleted; the rest is kept.
* add a hidden layer between l−1 and l: the new W[l] and b[l] come from the initialiser; the layer
  after it keeps its biases b[l+1] (the same neurons), but its W[l+1] is new as well — its inputs
  are now the new layer's neurons, whose weights it never had (and whose number may differ).
* remove hidden layer l: the layer after it keeps its biases and gets a new W from the
  initialiser (its inputs are now layer l−1's neurons). Every other layer is kept.

Removing a neuron and adding it back gives the same shapes (the added neuron's weights are new);
adding one and removing it again gives back every trained number exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_nn.engine.errors import ConfigError
from desktop_nn.engine.initializers import initialize

ADD_NEURON, REMOVE_NEURON, ADD_LAYER, REMOVE_LAYER = "add_neuron", "remove_neuron", "add_layer", "remove_layer"


@dataclass(frozen=True)
class Operation:
    """One edit of the architecture. ``layer`` is the hidden layer's number l (1 … L−1, as in the
    chapter; for ADD_LAYER the number the new layer will have); ``index`` the neuron (0-based)
    added or removed; ``size`` the neurons of an added layer."""

    kind: str
    layer: int
    index: int = 0
    size: int = 0


def layer_dims(params) -> tuple[int, ...]:
    """n[0], n[1], … n[L] from the shapes of W1 … WL (W[l] is (n[l], n[l-1]))."""
    L = sum(1 for name in params if name.startswith("W"))
    if L == 0:
        raise ConfigError("Surgery needs a network's weights W1, W2, …")
    return (int(np.shape(params["W1"])[1]), *(int(np.shape(params[f"W{l}"])[0]) for l in range(1, L + 1)))


def infer(old_hidden, new_hidden) -> Operation | None:
    """The edit the network editor makes between two hidden-layer tuples (its + and − buttons add
    or remove the *last* neuron of a layer and the *last* hidden layer), or None when the change
    is not one such edit."""
    old, new = tuple(int(n) for n in old_hidden), tuple(int(n) for n in new_hidden)
    if len(old) == len(new):
        differ = [l for l in range(len(old)) if old[l] != new[l]]
        if len(differ) != 1:
            return None
        l = differ[0]
        if new[l] == old[l] + 1:
            return Operation(ADD_NEURON, l + 1, index=old[l])
        if new[l] == old[l] - 1:
            return Operation(REMOVE_NEURON, l + 1, index=new[l])
        return None
    if len(new) == len(old) + 1 and new[:-1] == old:
        return Operation(ADD_LAYER, len(new), size=new[-1])
    if len(new) == len(old) - 1 and old[:-1] == new:
        return Operation(REMOVE_LAYER, len(old))
    return None


def new_dims(old_dims, op: Operation) -> tuple[int, ...]:
    """The layer sizes after ``op``; ConfigError when it does not fit ``old_dims``."""
    dims = list(old_dims)
    L = len(dims) - 1
    if op.kind in (ADD_NEURON, REMOVE_NEURON, REMOVE_LAYER) and not 1 <= op.layer <= L - 1:
        raise ConfigError(f"There is no hidden layer {op.layer}: the network has {L - 1}.")
    if op.kind == ADD_NEURON:
        if not 0 <= op.index <= dims[op.layer]:
            raise ConfigError(f"Layer {op.layer} has {dims[op.layer]} neurons: "
                              f"a neuron goes in at 0 … {dims[op.layer]}.")
        dims[op.layer] += 1
    elif op.kind == REMOVE_NEURON:
        if dims[op.layer] < 2 or not 0 <= op.index < dims[op.layer]:
            raise ConfigError(f"Layer {op.layer} has no neuron {op.index} to remove (a layer keeps at least one).")
        dims[op.layer] -= 1
    elif op.kind == ADD_LAYER:
        if not 1 <= op.layer <= L or op.size < 1:
            raise ConfigError(f"A hidden layer of {op.size} neurons cannot go in as layer {op.layer}.")
        dims.insert(op.layer, int(op.size))
    elif op.kind == REMOVE_LAYER:
        del dims[op.layer]
    else:
        raise ConfigError(f"Unknown surgery {op.kind!r}.")
    return tuple(dims)


def _origins(old_dims, op: Operation):
    """For each layer after ``op``: which old layer it was (None: new), and for each of its
    neurons which old neuron it was (None: new)."""
    layers: list[int | None] = list(range(len(old_dims)))
    neurons: list[list[int | None]] = [list(range(n)) for n in old_dims]
    l = op.layer
    if op.kind == ADD_NEURON:
        neurons[l].insert(op.index, None)
    elif op.kind == REMOVE_NEURON:
        del neurons[l][op.index]
    elif op.kind == ADD_LAYER:
        layers.insert(l, None)
        neurons.insert(l, [None] * int(op.size))
    elif op.kind == REMOVE_LAYER:
        del layers[l]
        del neurons[l]
    return layers, neurons


def graft(params, op: Operation, fresh) -> dict[str, np.ndarray]:
    """The parameters after ``op``: the trained ``params`` where the rule (module docstring) keeps
    them, ``fresh`` (the new architecture's initial weights) everywhere else. New arrays."""
    old = layer_dims(params)
    dims = new_dims(old, op)
    if layer_dims(fresh) != dims:
        raise ConfigError(f"The fresh weights are for layers {layer_dims(fresh)}, the surgery makes {dims}.")
    layers, neurons = _origins(old, op)
    out: dict[str, np.ndarray] = {}
    for l in range(1, len(dims)):
        W = np.array(fresh[f"W{l}"], dtype=np.float64, copy=True)
        b = np.array(fresh[f"b{l}"], dtype=np.float64, copy=True)
        ol, op_prev = layers[l], layers[l - 1]
        if ol is not None:
            rows = [(j, oj) for j, oj in enumerate(neurons[l]) if oj is not None]
            new_rows = [j for j, _ in rows]
            old_rows = [oj for _, oj in rows]
            b[new_rows] = np.asarray(params[f"b{ol}"])[old_rows]
            if op_prev is not None and op_prev == ol - 1:
                cols = [(i, oi) for i, oi in enumerate(neurons[l - 1]) if oi is not None]
                new_cols = [i for i, _ in cols]
                old_cols = [oi for _, oi in cols]
                W[np.ix_(new_rows, new_cols)] = np.asarray(params[f"W{ol}"])[np.ix_(old_rows, old_cols)]
        out[f"W{l}"], out[f"b{l}"] = W, b
    return out


def fresh_weights(dims, init: str, seed: int) -> dict[str, np.ndarray]:
    """The initial weights of a network of ``dims`` — the chosen initialiser, the run's seed:
    exactly what ``Network(dims, init=init, seed=seed)`` starts from."""
    return initialize(list(dims), init, np.random.default_rng(seed))


def carry_over(params, old_hidden, new_hidden, init: str, seed: int):
    """(new parameters, the Operation) for going from ``old_hidden`` to ``new_hidden`` by one of the
    editor's edits, the new weights from ``init`` with ``seed``; None when the change is not one."""
    op = infer(old_hidden, new_hidden)
    if op is None:
        return None
    dims = new_dims(layer_dims(params), op)
    return graft(params, op, fresh_weights(dims, init, seed)), op
