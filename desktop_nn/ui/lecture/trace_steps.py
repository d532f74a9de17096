"""One iteration of forward and backward propagation as a list of steps with real numbers.

Every matrix is the engine's own (``Network.forward`` caches, ``Network.backward`` gradients);
this module only arranges them in the chapter's order with the corrected formulas of its summary
slide (dW[l] uses A[l-1]ᵀ, dZ[l-1] uses W[l]ᵀ). The step-through of issue 6 (``engine/trace.py``)
will do the same in more detail; these scenes can switch to it when it lands.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_nn.engine.network import Network


def sup(l) -> str:
    return f"<sup>[{l}]</sup>"


@dataclass(frozen=True)
class Step:
    phase: str                       # forward / cost / backward / update
    layer: int
    formula: str                     # rich text
    operands: tuple                  # ((name, matrix), …)
    result: tuple                    # (name, matrix)
    shapes: str                      # the shape equation


def shape(a) -> str:
    a = np.asarray(a)
    return "(" + ", ".join(str(s) for s in a.shape) + ")" if a.ndim else "scalar"


def iteration_steps(net: Network, X: np.ndarray, Y: np.ndarray, alpha: float) -> list[Step]:
    """Forward (Z, A per layer), cost, backward (dZ, dW, db per layer), update — on a copy of ``net``."""
    net = net.copy()
    AL, caches = net.forward(X)
    m = X.shape[1]
    steps: list[Step] = []
    for l, c in enumerate(caches, start=1):
        prev = "X" if l == 1 else f"A{sup(l - 1)}"
        steps.append(Step("forward", l, f"Z{sup(l)} = W{sup(l)} {prev} + b{sup(l)}",
                          ((f"W[{l}]", c.W), ("X" if l == 1 else f"A[{l-1}]", c.A_prev), (f"b[{l}]", c.b)),
                          (f"Z[{l}]", c.Z),
                          f"{shape(c.W)} · {shape(c.A_prev)} + {shape(c.b)} → {shape(c.Z)}   (b broadcast over m = {m})"))
        g = net.activations[l - 1]
        steps.append(Step("forward", l, f"A{sup(l)} = g{sup(l)}(Z{sup(l)}) &nbsp; g = {g}",
                          ((f"Z[{l}]", c.Z),), (f"A[{l}]", c.A), f"{shape(c.Z)} → {shape(c.A)}  (elementwise)"))
    J = net.cost(AL, Y)
    steps.append(Step("cost", net.L, f"J = −(1/m) Σ [y log a{sup(net.L)} + (1 − y) log(1 − a{sup(net.L)})]",
                      ((f"A[{net.L}]", AL), ("Y", Y)), ("J", np.array([[J]])), f"{shape(AL)}, {shape(Y)} → scalar"))
    grads = net.backward(AL, Y, caches)
    L = net.L
    for l in range(L, 0, -1):
        c = caches[l - 1]
        dZ = grads[f"dZ{l}"]
        if l == L:
            steps.append(Step("backward", l, f"dZ{sup(L)} = A{sup(L)} − Y", ((f"A[{L}]", AL), ("Y", Y)),
                              (f"dZ[{L}]", dZ), f"{shape(AL)} − {shape(Y)} → {shape(dZ)}"))
        else:
            Wn = caches[l].W
            dZn = grads[f"dZ{l + 1}"]
            steps.append(Step("backward", l,
                              f"dZ{sup(l)} = W{sup(l + 1)}ᵀ dZ{sup(l + 1)} * g{sup(l)}′(Z{sup(l)})",
                              ((f"W[{l+1}]ᵀ", Wn.T), (f"dZ[{l+1}]", dZn), (f"Z[{l}]", c.Z)), (f"dZ[{l}]", dZ),
                              f"{shape(Wn.T)} · {shape(dZn)} * {shape(c.Z)} → {shape(dZ)}"))
        prev = "X" if l == 1 else f"A{sup(l - 1)}"
        steps.append(Step("backward", l, f"dW{sup(l)} = (1/m) dZ{sup(l)} {prev}ᵀ",
                          ((f"dZ[{l}]", dZ), ("Xᵀ" if l == 1 else f"A[{l-1}]ᵀ", c.A_prev.T)), (f"dW[{l}]", grads[f"dW{l}"]),
                          f"{shape(dZ)} · {shape(c.A_prev.T)} / {m} → {shape(grads[f'dW{l}'])}"))
        steps.append(Step("backward", l, f"db{sup(l)} = (1/m) np.sum(dZ{sup(l)}, axis=1, keepdims=True)",
                          ((f"dZ[{l}]", dZ),), (f"db[{l}]", grads[f"db{l}"]), f"{shape(dZ)} → {shape(grads[f'db{l}'])}"))
    before = {k: np.array(v) for k, v in net.params.items()}
    net.update(grads, alpha)
    for l in range(1, L + 1):
        steps.append(Step("update", l, f"W{sup(l)} := W{sup(l)} − α dW{sup(l)}, &nbsp;α = {alpha:g}",
                          ((f"W[{l}]", before[f"W{l}"]), (f"dW[{l}]", grads[f"dW{l}"])), (f"W[{l}] new", np.array(net.params[f"W{l}"])),
                          f"{shape(before[f'W{l}'])} − α {shape(grads[f'dW{l}'])} → {shape(net.params[f'W{l}'])}"))
        steps.append(Step("update", l, f"b{sup(l)} := b{sup(l)} − α db{sup(l)}",
                          ((f"b[{l}]", before[f"b{l}"]), (f"db[{l}]", grads[f"db{l}"])), (f"b[{l}] new", np.array(net.params[f"b{l}"])),
                          f"{shape(before[f'b{l}'])} − α {shape(grads[f'db{l}'])} → {shape(net.params[f'b{l}'])}"))
    return steps
