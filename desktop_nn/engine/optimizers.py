"""Update rules: plain gradient descent, momentum and Adam (the chapter's "next chapter").

Each rule has a readable form, ``update(params, grads, alpha)``, working on the chapter's
W[l], b[l] and dW[l], db[l], and a fast form, ``apply(current, G, new, alpha)``, working on the
fast path's Wb[l] = [W[l] | b[l]] and G[l] = [dW[l] | db[l]] and writing into the spare buffer.
Every operation is elementwise, so folding b into W changes nothing in the numbers.

    gd        W = W - alpha dW
    momentum  v = beta v + (1 - beta) dW;          W = W - alpha v
    adam      m = beta1 m + (1 - beta1) dW;        s = beta2 s + (1 - beta2) dW^2
              W = W - alpha (m / (1 - beta1^t)) / (sqrt(s / (1 - beta2^t)) + eps)
"""

from __future__ import annotations

import numpy as np

from .errors import ConfigError

OPTIMIZERS = ("gd", "momentum", "adam")


class GradientDescent:
    name = "gd"
    #: the fast path multiplies dZ[L] by alpha/m, so G already holds alpha dW
    folds_learning_rate = True

    def reset(self) -> None:
        pass

    def update(self, params, grads, alpha: float) -> None:
        """W[l] = W[l] - alpha dW[l],  b[l] = b[l] - alpha db[l]"""
        for key in params:
            p = params[key]                  # a view: update it in place
            p -= alpha * grads["d" + key]

    def apply(self, cur, G, new, alpha: float) -> None:
        for i in range(len(G)):
            np.subtract(cur.Wb[i], G[i], out=new.Wb[i])     # G = alpha dWb already


class Momentum:
    name = "momentum"
    folds_learning_rate = False

    def __init__(self, beta: float = 0.9):
        self.beta = _fraction("beta", beta)
        self.reset()

    def reset(self) -> None:
        self.v: dict = {}          # readable: per key "W1", "b1", ...
        self.vf: list = []         # fast: per layer, shaped like Wb[l]

    def update(self, params, grads, alpha: float) -> None:
        """v = beta v + (1 - beta) dW;  W = W - alpha v"""
        b = self.beta
        for key in params:
            d = grads["d" + key]
            v = self.v.get(key)
            v = (1 - b) * d if v is None else b * v + (1 - b) * d
            self.v[key] = v
            p = params[key]
            p -= alpha * v

    def apply(self, cur, G, new, alpha: float) -> None:
        b = self.beta
        if not self.vf:
            self.vf = [np.zeros_like(g) for g in G]
            first = True
        else:
            first = False
        for i, g in enumerate(G):
            v = self.vf[i]
            np.multiply(g, 1 - b, out=g)
            if first:
                np.copyto(v, g)
            else:
                v *= b
                v += g
            np.multiply(v, alpha, out=g)
            np.subtract(cur.Wb[i], g, out=new.Wb[i])


class Adam:
    name = "adam"
    folds_learning_rate = False

    def __init__(self, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8):
        self.beta1 = _fraction("beta1", beta1)
        self.beta2 = _fraction("beta2", beta2)
        self.eps = float(eps)
        self.reset()

    def reset(self) -> None:
        self.t = 0
        self.m: dict = {}
        self.s: dict = {}
        self.mf: list = []
        self.sf: list = []
        self.tmp: list = []

    def update(self, params, grads, alpha: float) -> None:
        """m = b1 m + (1-b1) dW;  s = b2 s + (1-b2) dW^2;  W -= alpha m_hat / (sqrt(s_hat) + eps)"""
        b1, b2 = self.beta1, self.beta2
        self.t += 1
        c1, c2 = 1 - b1 ** self.t, 1 - b2 ** self.t
        for key in params:
            d = grads["d" + key]
            m = self.m.get(key, 0.0) * b1 + (1 - b1) * d
            s = self.s.get(key, 0.0) * b2 + (1 - b2) * (d * d)
            self.m[key], self.s[key] = m, s
            p = params[key]
            p -= (m * (alpha / c1)) / (np.sqrt(s / c2) + self.eps)

    def apply(self, cur, G, new, alpha: float) -> None:
        b1, b2 = self.beta1, self.beta2
        if not self.mf:
            self.mf = [np.zeros_like(g) for g in G]
            self.sf = [np.zeros_like(g) for g in G]
            self.tmp = [np.empty_like(g) for g in G]
        self.t += 1
        c1, c2 = 1 - b1 ** self.t, 1 - b2 ** self.t
        for i, g in enumerate(G):
            m, s, t = self.mf[i], self.sf[i], self.tmp[i]
            m *= b1
            np.multiply(g, 1 - b1, out=t)
            m += t
            np.multiply(g, g, out=t)
            t *= 1 - b2
            s *= b2
            s += t
            np.divide(s, c2, out=t)
            np.sqrt(t, out=t)
            t += self.eps
            np.multiply(m, alpha / c1, out=g)
            np.divide(g, t, out=g)
            np.subtract(cur.Wb[i], g, out=new.Wb[i])


def make_optimizer(name: str, beta=0.9, beta1=0.9, beta2=0.999):
    if name == "gd":
        return GradientDescent()
    if name == "momentum":
        return Momentum(beta)
    if name == "adam":
        return Adam(beta1, beta2)
    raise ConfigError(f"optimizer must be one of {', '.join(OPTIMIZERS)}; got {name!r}.")


def _fraction(name: str, value) -> float:
    value = float(value)
    if not (0.0 <= value < 1.0):
        raise ConfigError(f"{name} must be in [0, 1), such as 0.9; got {value!r}.")
    return value
