"""Activation functions g(z) and their derivatives g'(z), as in the chapter's table.

(Over 400 lines on purpose: this is the one table of activations, and each one's g, g', in-place
forms and export source belong side by side.)

Every function takes a matrix ``Z`` of shape ``(n[l], m)`` (one column per example) and returns a
new matrix of the same shape; nothing is computed in place, so the intermediate values the
step-through shows are never overwritten.

=========== ====================================== =====================================
name        g(z)                                   g'(z)
=========== ====================================== =====================================
step        1 if z >= 0 else -1                    0 (nothing to learn from)
linear      z                                      1
sigmoid     1 / (1 + e^-z)                         a (1 - a)
tanh        (e^z - e^-z) / (e^z + e^-z)            1 - a^2
relu        max(0, z)                              1 if z >= 0 else 0
leaky_relu  max(slope z, z), slope = 0.01          1 if z >= 0 else slope
softmax     e^z_k / sum_j e^z_j   (per column)     not elementwise: see ``softmax_backward``
=========== ====================================== =====================================

As in the slides, the derivative of ReLU (and leaky ReLU) at exactly z = 0 is taken to be 1.

``ACTIVATIONS`` is the one declaration of every activation: besides g and g' it holds the
in-place forms the fast path runs, the NumPy and PyTorch source the exported scripts print, the
name the app shows, and whether the app offers it for hidden layers. Everything else (the fast
path, the exports, the editor's per-neuron outputs, the settings panel) derives from it, so adding
an activation is one :func:`register_activation` call (plus the display name's translations); one
declared with :func:`numpy_activation` — by its NumPy source alone — also reaches the app's
training process, which starts from a fork server that knows only the built-in ones.
``get_activation(name, leaky_slope=...)`` returns one entry, with the leaky slope of your choice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from .errors import ConfigError

Array = np.ndarray


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks a display name for the translation files (pyside6-lupdate reads this file); the UI
    translates it with ``QCoreApplication.translate(context, text)``. No Qt is imported here."""
    return text


# --- the functions, one small function each --------------------------------------------------

def step(Z: Array) -> Array:
    """g(z) = 1 if z >= 0 else -1, the unit step of the perceptron slides.   (n, m) -> (n, m)"""
    return np.where(Z >= 0, 1, -1).astype(Z.dtype)


def step_derivative(Z: Array) -> Array:
    """g'(z) = 0 wherever it is defined: a step layer passes no gradient back."""
    return np.zeros_like(Z)


def _step_fast(Z, A, S, slope):
    np.greater_equal(Z, 0, out=A)           # 1 if z >= 0 else -1
    A *= 2
    A -= 1


def _step_fast_backward(dA, Z, A, dZ, S, M, slope):
    dZ.fill(0)


def linear(Z: Array) -> Array:
    """g(z) = z (Adaline's activation).   (n, m) -> (n, m)"""
    return Z.copy()


def linear_derivative(Z: Array) -> Array:
    """g'(z) = 1."""
    return np.ones_like(Z)


def _linear_fast(Z, A, S, slope):
    pass                                    # the fast path gives Z and A one buffer


def _linear_fast_backward(dA, Z, A, dZ, S, M, slope):
    pass                                    # ... and dZ and dA one buffer


def sigmoid(Z: Array) -> Array:
    """g(z) = 1 / (1 + e^-z), computed without overflow for any z.   (n, m) -> (n, m)

    With E = e^-|z| (always <= 1): g(z) = 1 / (1 + E) for z >= 0 and E / (1 + E) for z < 0,
    which is the same number rearranged so that e^-z is never evaluated for very negative z.
    """
    E = np.exp(-np.abs(Z))
    return np.where(Z >= 0, 1 / (1 + E), E / (1 + E))


def sigmoid_derivative(Z: Array) -> Array:
    """g'(z) = a (1 - a) with a = sigmoid(z)."""
    A = sigmoid(Z)
    return A * (1 - A)


def sigmoid_into(Z: Array, out: Array) -> Array:
    """sigmoid(z) = (1 + tanh(z/2)) / 2 into ``out``: the same function, no overflow, no warnings."""
    np.multiply(Z, 0.5, out=out)
    np.tanh(out, out=out)
    out += 1
    out *= 0.5
    return out


def _sigmoid_fast(Z, A, S, slope):
    sigmoid_into(Z, A)


def _sigmoid_fast_backward(dA, Z, A, dZ, S, M, slope):
    np.subtract(1, A, out=S)                # a (1 - a)
    S *= A
    np.multiply(dA, S, out=dZ)


def tanh(Z: Array) -> Array:
    """g(z) = (e^z - e^-z) / (e^z + e^-z) = (e^2z - 1) / (e^2z + 1).   (n, m) -> (n, m)"""
    return np.tanh(Z)


def tanh_derivative(Z: Array) -> Array:
    """g'(z) = 1 - a^2 with a = tanh(z)."""
    A = np.tanh(Z)
    return 1 - A * A


def _tanh_fast(Z, A, S, slope):
    np.tanh(Z, out=A)


def _tanh_fast_backward(dA, Z, A, dZ, S, M, slope):
    np.multiply(A, A, out=S)                # 1 - a^2
    np.subtract(1, S, out=S)
    np.multiply(dA, S, out=dZ)


def relu(Z: Array) -> Array:
    """g(z) = max(0, z), the rectified linear unit.   (n, m) -> (n, m)"""
    return np.maximum(Z, 0)


def relu_derivative(Z: Array) -> Array:
    """g'(z) = 1 if z >= 0 else 0 (the slides' table)."""
    return (Z >= 0).astype(Z.dtype)


def _relu_fast(Z, A, S, slope):
    np.maximum(Z, 0, out=A)


def _relu_fast_backward(dA, Z, A, dZ, S, M, slope):
    np.greater_equal(Z, 0, out=M)           # g'(z) = 1 if z >= 0 else 0, as a 0/1 mask
    np.multiply(dA, M, out=dZ)              # (faster than a float mask or boolean indexing)


def leaky_relu(Z: Array, slope: float = 0.01) -> Array:
    """g(z) = max(slope z, z) for 0 <= slope < 1.   (n, m) -> (n, m)"""
    return np.where(Z >= 0, Z, slope * Z)


def leaky_relu_derivative(Z: Array, slope: float = 0.01) -> Array:
    """g'(z) = 1 if z >= 0 else slope."""
    return np.where(Z >= 0, 1, slope).astype(Z.dtype)


def _leaky_fast(Z, A, S, slope):
    np.multiply(Z, slope, out=A)            # max(slope z, z) for 0 <= slope < 1
    np.maximum(Z, A, out=A)


def _leaky_fast_backward(dA, Z, A, dZ, S, M, slope):
    np.greater_equal(Z, 0, out=M)           # 1 if z >= 0 else slope
    np.multiply(M, 1 - slope, out=S)
    S += slope
    np.multiply(dA, S, out=dZ)


def softmax(Z: Array) -> Array:
    """A[k, i] = e^Z[k, i] / sum_j e^Z[j, i], one probability vector per column.   (n, m) -> (n, m)

    The column maximum is subtracted first (it cancels in the ratio), so no exponent is ever
    positive and nothing overflows.
    """
    E = np.exp(Z - Z.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)


def softmax_backward(dA: Array, Z: Array, A: Array) -> Array:
    """dZ = A * (dA - sum_k A[k] dA[k]), the softmax Jacobian applied to every column.

    Softmax mixes the units of a column (dA_j/dZ_k = A_j (delta_jk - A_k)), so it has no
    elementwise derivative; this is the product of that Jacobian with dA, column by column.
    With categorical cross-entropy it simplifies to the chapter's dZ[L] = A[L] - Y.
    """
    return A * (dA - np.sum(A * dA, axis=0, keepdims=True))


# --- the registry ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Activation:
    """One activation, declared once: g, g', how the slides write them, and every other form of
    the same function the app needs.

    ``backward(dA, Z, A)`` returns dZ = dA * g'(Z) (for softmax, the Jacobian product), the step
    of back-propagation that goes through this activation.

    label            the name the app shows (English; the UI translates it, context
                     "HyperparametersPanel")
    offered          listed in the app's hidden-layer menu (the step cannot learn: not offered)
    output_only      only an output layer may use it (softmax)
    value_range      (lo, hi) when g is bounded: the editor's heatmaps use it as their scale
    numpy_forward    NumPy source of g in ``Z`` for exported scripts ({slope} for the leaky slope)
    numpy_derivative NumPy source of g' in ``Z`` and ``A``
    torch_module     PyTorch module source for the PyTorch export ("" when it has none)
    fast_forward     A = g(Z) into preallocated buffers: ``(Z, A, S, slope)``
    fast_backward    dZ = dA * g'(Z) into buffers: ``(dA, Z, A, dZ, S, M, slope)``
                     (None: the fast path calls ``function``/``derivative`` instead)
    """

    name: str
    function: Callable[[Array], Array]
    derivative: Callable[[Array], Array] | None
    formula: str
    derivative_formula: str
    elementwise: bool = True
    slope: float | None = None          # only for leaky_relu
    label: str = ""
    offered: bool = True
    output_only: bool = False
    value_range: tuple[float, float] | None = None
    numpy_forward: str = ""
    numpy_derivative: str = ""
    torch_module: str = ""
    fast_forward: Callable | None = field(default=None, repr=False)
    fast_backward: Callable | None = field(default=None, repr=False)

    def __call__(self, Z: Array) -> Array:
        return self.function(Z)

    def backward(self, dA: Array, Z: Array, A: Array) -> Array:
        """dZ = dA * g'(Z)   (n, m) for elementwise activations; softmax_backward for softmax."""
        if not self.elementwise:
            return softmax_backward(dA, Z, A)
        return dA * self.derivative(Z)

    @property
    def display_name(self) -> str:
        return self.label or self.name

    declared_by_source: bool = field(default=False, repr=False)

    def __reduce__(self):
        # an activation declared by its NumPy source crosses to the training process as that
        # source; any other pickles its functions by reference (importable module-level ones)
        if self.declared_by_source:
            keywords = {f: getattr(self, f) for f in _DECLARED if f in self.__dataclass_fields__}
            return (_from_source, (self.name, self.numpy_forward, self.numpy_derivative, keywords))
        return (_rebuild, (tuple((f, getattr(self, f)) for f in self.__dataclass_fields__),))


def _rebuild(items) -> "Activation":
    return Activation(**dict(items))


def _from_source(name, forward, derivative, keywords) -> "Activation":
    return numpy_activation(name, forward, derivative, **keywords)


# what a source-declared activation carries besides its source
_DECLARED = ("formula", "derivative_formula", "label", "offered", "value_range", "torch_module")


def numpy_activation(name: str, forward: str, derivative: str, **declaration) -> Activation:
    """An activation declared by its NumPy source alone — the way to add one to the app::

        register_activation(numpy_activation(
            "softplus", "np.logaddexp(0.0, Z)", "0.5 * (1.0 + np.tanh(0.5 * Z))",
            formula="log(1 + e^z)", derivative_formula="1 / (1 + e^-z)",
            label=QT_TRANSLATE_NOOP("HyperparametersPanel", "softplus"), torch_module="nn.Softplus()"))

    ``forward`` is g in ``Z``; ``derivative`` is g' in ``Z`` and ``A`` (= g(Z)). These strings are
    what trains, what the exported scripts print, and what reaches the training process, so
    the three cannot disagree. Other keywords are :class:`Activation` fields."""
    g_code = compile(forward, f"<g of {name}>", "eval")
    d_code = compile(derivative, f"<g' of {name}>", "eval")

    def g(Z: Array) -> Array:
        return np.asarray(eval(g_code, {"np": np}, {"Z": Z}), dtype=Z.dtype)  # noqa: S307 - the declaration's own source

    def g_prime(Z: Array) -> Array:
        value = eval(d_code, {"np": np}, {"Z": Z, "A": g(Z)})  # noqa: S307
        return np.broadcast_to(np.asarray(value, dtype=Z.dtype), Z.shape).copy()

    declaration.setdefault("formula", forward)
    declaration.setdefault("derivative_formula", derivative)
    formula, derivative_formula = declaration.pop("formula"), declaration.pop("derivative_formula")
    return Activation(name, g, g_prime, formula, derivative_formula, numpy_forward=forward,
                      numpy_derivative=derivative, declared_by_source=True, **declaration)


def make_leaky_relu(slope: float = 0.01) -> Activation:
    """The leaky ReLU entry for a given slope (0 <= slope < 1)."""
    slope = float(slope)
    if not (0.0 <= slope < 1.0) or not np.isfinite(slope):
        raise ConfigError(
            f"leaky ReLU slope must be in [0, 1), got {slope!r}; the chapter uses 0.01."
        )
    return Activation(
        name="leaky_relu",
        function=lambda Z: leaky_relu(Z, slope),
        derivative=lambda Z: leaky_relu_derivative(Z, slope),
        formula=f"max({slope:g} z, z)",
        derivative_formula=f"1 if z >= 0 else {slope:g}",
        slope=slope,
        label=QT_TRANSLATE_NOOP("HyperparametersPanel", "leaky ReLU"),
        numpy_forward="np.where(Z >= 0, Z, {slope!r} * Z)",
        numpy_derivative="np.where(Z >= 0, 1.0, {slope!r})",
        torch_module="Chapter('leaky_relu')",
        fast_forward=_leaky_fast,
        fast_backward=_leaky_fast_backward,
    )


#: every activation, in the order the app lists them
ACTIVATIONS: dict[str, Activation] = {
    "relu": Activation(
        "relu", relu, relu_derivative, "max(0, z)", "1 if z >= 0 else 0", label=QT_TRANSLATE_NOOP("HyperparametersPanel", "ReLU"),
        numpy_forward="np.maximum(Z, 0)", numpy_derivative="(Z >= 0).astype(float)",
        torch_module="Chapter('relu')", fast_forward=_relu_fast, fast_backward=_relu_fast_backward),
    "tanh": Activation(
        "tanh", tanh, tanh_derivative, "(e^z - e^-z) / (e^z + e^-z)", "1 - a^2", label=QT_TRANSLATE_NOOP("HyperparametersPanel", "tanh"),
        value_range=(-1.0, 1.0), numpy_forward="np.tanh(Z)", numpy_derivative="1 - A ** 2",
        torch_module="nn.Tanh()", fast_forward=_tanh_fast, fast_backward=_tanh_fast_backward),
    "sigmoid": Activation(
        "sigmoid", sigmoid, sigmoid_derivative, "1 / (1 + e^-z)", "a (1 - a)", label=QT_TRANSLATE_NOOP("HyperparametersPanel", "sigmoid"),
        value_range=(0.0, 1.0),
        numpy_forward="0.5 * (1.0 + np.tanh(0.5 * Z))  # = 1 / (1 + e^-z), never overflows",
        numpy_derivative="A * (1 - A)", torch_module="nn.Sigmoid()",
        fast_forward=_sigmoid_fast, fast_backward=_sigmoid_fast_backward),
    "leaky_relu": make_leaky_relu(0.01),
    "linear": Activation(
        "linear", linear, linear_derivative, "z", "1", label=QT_TRANSLATE_NOOP("HyperparametersPanel", "linear"),
        numpy_forward="Z.copy()", numpy_derivative="np.ones_like(Z)", torch_module="nn.Identity()",
        fast_forward=_linear_fast, fast_backward=_linear_fast_backward),
    "step": Activation(
        "step", step, step_derivative, "1 if z >= 0 else -1", "0", label=QT_TRANSLATE_NOOP("HyperparametersPanel", "unit step"), offered=False,
        value_range=(-1.0, 1.0), numpy_forward="np.where(Z >= 0, 1.0, -1.0)",
        numpy_derivative="np.zeros_like(Z)", torch_module="Chapter('step')",
        fast_forward=_step_fast, fast_backward=_step_fast_backward),
    "softmax": Activation(
        "softmax", softmax, None, "e^z_k / sum_j e^z_j", "A * (dA - sum(A dA))", elementwise=False,
        label=QT_TRANSLATE_NOOP("HyperparametersPanel", "softmax"), offered=False, output_only=True, value_range=(0.0, 1.0),
        numpy_forward="np.exp(Z - Z.max(axis=0)) / np.exp(Z - Z.max(axis=0)).sum(axis=0)"),
}

#: the built-in activations a hidden layer may use (softmax belongs to the output layer only)
HIDDEN_ACTIVATIONS: tuple[str, ...] = tuple(n for n, a in ACTIVATIONS.items() if not a.output_only)
#: activations the output layer may use, each with its natural loss (see losses.py)
OUTPUT_ACTIVATIONS: tuple[str, ...] = ("sigmoid", "softmax", "linear")


def hidden_activation_names() -> tuple[str, ...]:
    """Every activation a hidden layer may use, built-in or registered, in registry order."""
    return tuple(n for n, a in ACTIVATIONS.items() if not a.output_only)


def offered_activation_names() -> tuple[str, ...]:
    """The hidden-layer activations the app lists, in its order."""
    return tuple(n for n, a in ACTIVATIONS.items() if a.offered and not a.output_only)


def register_activation(activation: Activation) -> Activation:
    """Add an activation (or replace one of the same name) everywhere at once: networks accept it,
    the fast path and the exports run it, the app lists it (by ``activation.label``)."""
    if not activation.name.isidentifier():
        raise ConfigError(f"an activation's name must be a Python identifier; got {activation.name!r}.")
    if activation.elementwise and activation.derivative is None:
        raise ConfigError(f"activation {activation.name!r} needs its derivative g'(z).")
    ACTIVATIONS[activation.name] = activation
    return activation


def registered_activations() -> tuple[Activation, ...]:
    """The activations added at run time (not built in), in registry order."""
    return tuple(a for n, a in ACTIVATIONS.items() if n not in _BUILT_IN)


def use_registered(activations) -> None:
    """Make the run-time activations exactly ``activations`` (the training process takes the
    app's this way: a process started from a fork server imports the registry afresh)."""
    for name in [n for n in ACTIVATIONS if n not in _BUILT_IN]:
        del ACTIVATIONS[name]
    for activation in activations:
        register_activation(activation)


def unregister_activation(name: str) -> None:
    """Remove an activation added with :func:`register_activation` (built-ins stay)."""
    if name in _BUILT_IN:
        raise ConfigError(f"{name!r} is built in and cannot be removed.")
    ACTIVATIONS.pop(name, None)


_BUILT_IN = frozenset(ACTIVATIONS)


def get_activation(name: str, leaky_slope: float = 0.01) -> Activation:
    """The registry entry called ``name``; ``leaky_slope`` applies to "leaky_relu" only."""
    if name not in ACTIVATIONS:
        raise ConfigError(
            f"unknown activation {name!r}; choose one of: {', '.join(ACTIVATIONS)}."
        )
    if name == "leaky_relu" and leaky_slope != 0.01:
        return make_leaky_relu(leaky_slope)
    return ACTIVATIONS[name]
