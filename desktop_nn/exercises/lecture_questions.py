"""The lecture's question scenes: which value a question hides, and how its reveal is computed.

A question scene (``view = "question"`` in a scene file) names the value it hides with ``hide``,
one of :data:`CATALOGUE`, and declares what it is computed from — the data, the network
(``layer_dims``, ``activations``), the seed, the example, the learning rate. Everything a reveal
shows is computed here from those settings with the engine's own classes (the slides'
``Perceptron`` and ``AdalineGD``, the ``Network`` and its ``Trainer``), never typed into the file:

=================  ======================================================  =========  ==============
hide               the class predicts                                      answer     computed by
=================  ======================================================  =========  ==============
perceptron_update  w after the perceptron's update on one Iris example     vector     Perceptron
adaline_cost       Adaline's SSE J after one gradient-descent step         number     AdalineGD
dz_output          dZ[L] = A[L] − Y of one example                         number     Network
dw_shape           the shape of dW[l]                                      shape      Network
diverging_rate     which of the learning rates diverges                    choice     AdalineGD
zero_init          what zero initialisation does to the hidden units       choice     Network, Trainer
=================  ======================================================  =========  ==============

:func:`problem` checks a scene file's settings (a specific sentence, or None); :func:`resolve`
fills in each question's own defaults; a :class:`Reveal` is what a scene shows (the key, the
values shown before it, its working), computed by :mod:`~desktop_nn.exercises.lecture_reveals`;
:func:`check_answer` marks the class's typed answer against it. No Qt here: sentences are
:class:`Message` templates the UI translates (context "Exercises").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..engine.activations import OUTPUT_ACTIVATIONS, hidden_activation_names
from ..engine.datasets import GENERATORS
from ..engine.trace_messages import QT_TRANSLATE_NOOP, Message
from .answers import AnswerError, Verdict, check, is_close, parse_choice, parse_number, say

CONTEXT = "Exercises"
MINUS = "\u2212"


msg = say


# --- the catalogue ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Entry:
    """One kind of question: how its answer is typed (``kind``), the settings it reads (with its
    own defaults) and what it is about, in a few words (the README's table)."""

    kind: str
    defaults: dict[str, Any]
    about: str


COMMON = ("question", "countdown", "autostart")
CATALOGUE: dict[str, Entry] = {
    "perceptron_update": Entry("vector", {"data": "iris", "example": 50, "eta": 0.1, "countdown": 60},
                               "w after the perceptron's update on one example"),
    "adaline_cost": Entry("number", {"data": "iris-std", "eta": 0.01, "countdown": 60},
                          "Adaline's SSE J after one gradient-descent step from w = 0"),
    "dz_output": Entry("number", {"data": "moons", "layer_dims": [2, 3, 1], "activations": ["tanh", "sigmoid"],
                                  "seed": 1, "eta": 1.0, "epochs": 300, "example": 0, "countdown": 45},
                       "dZ[L] = A[L] − Y of one example"),
    "dw_shape": Entry("shape", {"layer_dims": [2, 3, 5, 4, 2, 1], "activations": ["relu", "sigmoid"], "layer": 3,
                                "countdown": 30},
                      "the shape of dW[layer]"),
    "diverging_rate": Entry("choice", {"data": "iris", "options": [0.01, 0.0001], "epochs": 10, "countdown": 30},
                            "which learning rate (options) makes AdalineGD diverge"),
    "zero_init": Entry("choice", {"data": "xor", "layer_dims": [2, 3, 1], "activations": ["sigmoid", "sigmoid"],
                                  "eta": 0.5, "epochs": 1000, "seed": 3, "countdown": 30},
                       "what W = 0 at the start does to the hidden units"),
}
#: every question's countdown unless it gives its own, and whether it starts on arrival
GENERIC = {"countdown": 30, "autostart": True, "seed": 0}

#: the data a question may use: name → (number of examples, features); Iris as the slides select it
DATA: dict[str, int] = {"iris": 100, "iris-std": 100, **{name: 200 for name in GENERATORS}}
COUNTDOWN_RANGE = (5, 600)
MAX_EPOCHS = 20_000
RATES = (2, 6)

#: the statements of the zero-initialisation question, in order (a, b, c); which are true is read
#: from the run (see zero_init_reveal)
ZERO_INIT_OPTIONS = (
    QT_TRANSLATE_NOOP("Exercises", "each hidden unit learns a different feature"),
    QT_TRANSLATE_NOOP("Exercises", "the hidden units stay identical (copies)"),
    QT_TRANSLATE_NOOP("Exercises", "the cost diverges"),
)


# --- checking a scene file's settings -------------------------------------------------------------------
def problem(given: dict[str, Any]) -> Message | None:
    """None if a question scene's ``[settings]`` can be computed, else the sentence saying what is
    wrong (types are already checked against the view's defaults)."""
    hide = given.get("hide", "")
    names = ", ".join(CATALOGUE)
    if not hide:
        return msg(QT_TRANSLATE_NOOP("Exercises", "a question scene needs 'hide', the value the class predicts: "
                                                  "one of {names}"), names=names)
    if hide not in CATALOGUE:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'hide' = '{hide}' is not a value this app can compute; "
                                                  "one of {names}"), hide=hide, names=names)
    entry = CATALOGUE[hide]
    uses = set(COMMON) | set(entry.defaults) | {"seed"} | {k for k in given if k.startswith("question_")}
    extra = sorted(k for k in given if k not in uses and k != "hide")
    if extra:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'{key}' does not apply to the question '{hide}' (it uses: {uses})"),
                   key=extra[0], hide=hide, uses=", ".join(k for k in entry.defaults if k != "countdown"))
    if not str(given.get("question", "")).strip():
        return msg(QT_TRANSLATE_NOOP("Exercises", "'question' is empty: write the question the class sees"))
    s = resolve(given)
    lo, hi = COUNTDOWN_RANGE
    if not lo <= s["countdown"] <= hi:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'countdown' must be from {lo} to {hi} seconds, got {value}"),
                   lo=lo, hi=hi, value=s["countdown"])
    if "data" in entry.defaults and s["data"] not in DATA:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'data' = '{value}' is not a data set; one of {names}"),
                   value=s["data"], names=", ".join(DATA))
    if "example" in entry.defaults and not 0 <= s["example"] < DATA[s["data"]]:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'example' must be from 0 to {last} ('{data}' has {m} examples), "
                                                  "got {value}"),
                   last=DATA[s["data"]] - 1, data=s["data"], m=DATA[s["data"]], value=s["example"])
    if "eta" in entry.defaults and not (math.isfinite(s["eta"]) and s["eta"] > 0):
        return msg(QT_TRANSLATE_NOOP("Exercises", "'eta' must be a learning rate above 0, got {value}"), value=s["eta"])
    if "epochs" in entry.defaults and not 1 <= s["epochs"] <= MAX_EPOCHS:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'epochs' must be from 1 to {hi} for a question, got {value}"),
                   hi=f"{MAX_EPOCHS:,}", value=s["epochs"])
    if "layer_dims" in entry.defaults:
        found = _network_problem(hide, s)
        if found:
            return found
    if hide == "diverging_rate":
        rates = s["options"]
        if not RATES[0] <= len(rates) <= RATES[1]:
            return msg(QT_TRANSLATE_NOOP("Exercises", "'options' must list {lo} to {hi} learning rates to choose from, "
                                                      "got {n}"), lo=RATES[0], hi=RATES[1], n=len(rates))
        for r in rates:
            if isinstance(r, bool) or not isinstance(r, (int, float)) or not math.isfinite(r) or r <= 0:
                return msg(QT_TRANSLATE_NOOP("Exercises", "'options' must be learning rates above 0, got {value}"),
                           value=repr(r))
    return None


def _network_problem(hide: str, s: dict[str, Any]) -> Message | None:
    dims, acts = s["layer_dims"], s["activations"]
    if "data" in s and dims[0] != 2:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'layer_dims' must start with n[0] = 2: the data has 2 features, "
                                                  "got {value}"), value=dims)
    if "data" in s and dims[-1] != 1:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'layer_dims' must end with n[L] = 1: one sigmoid unit for "
                                                  "two classes, got {value}"), value=dims)
    if hide == "zero_init" and len(dims) < 3:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'layer_dims' needs a hidden layer for '{hide}', got {value}"),
                   hide=hide, value=dims)
    L = len(dims) - 1
    if len(acts) != L:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'activations' must give one activation per layer, {L} for "
                                                  "layer_dims = {dims}, got {n}"), L=L, dims=dims, n=len(acts))
    hidden = hidden_activation_names()
    for name in acts[:-1]:
        if not isinstance(name, str) or name not in hidden:
            return msg(QT_TRANSLATE_NOOP("Exercises", "'activations' names '{name}', which is not a hidden "
                                                      "activation; one of {names}"), name=name, names=", ".join(hidden))
    output = acts[-1]
    allowed = ("sigmoid",) if "data" in s else OUTPUT_ACTIVATIONS
    if output not in allowed:
        return msg(QT_TRANSLATE_NOOP("Exercises", "the last of 'activations' is the output layer's and must be "
                                                  "{names}, got '{name}'"), names=" or ".join(allowed), name=output)
    if hide == "dw_shape" and not 1 <= s["layer"] <= L:
        return msg(QT_TRANSLATE_NOOP("Exercises", "'layer' must be from 1 to L = {L}, got {value}"), L=L, value=s["layer"])
    return None


def resolve(given: dict[str, Any]) -> dict[str, Any]:
    """A question's settings: what the file gives, else the question's own defaults."""
    entry = CATALOGUE[given["hide"]]
    s = {**GENERIC, **entry.defaults, **given}
    if "activations" in entry.defaults and "activations" not in given:
        L = len(s["layer_dims"]) - 1       # the default activations stretched to the network: g[1…L−1], σ
        s["activations"] = [entry.defaults["activations"][0]] * (L - 1) + [entry.defaults["activations"][-1]]
    return s


# --- numbers as the reveal writes them -----------------------------------------------------------------
def num(x: float, digits: int = 4) -> str:
    """``x`` to ``digits`` significant digits with a true minus sign: 0.3800, −1.02 → "0.38", "−1.02"."""
    x = float(x)
    if not math.isfinite(x):
        return "∞" if x > 0 else (MINUS + "∞" if x < 0 else "NaN")
    if x == 0:
        return "0"
    if abs(x) >= 1e6 or abs(x) < 1e-4:
        mantissa, exponent = f"{x:.2e}".split("e")
        sup = str(int(exponent)).translate(str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻"))
        return f"{mantissa.rstrip('0').rstrip('.')} × 10{sup}".replace("-", MINUS)
    text = f"{x:.{digits}g}"
    if "e" in text:
        text = f"{x:.{max(0, digits - 1 - int(math.floor(math.log10(abs(x)))))}f}".rstrip("0").rstrip(".")
    return text.replace("-", MINUS)


def paren(x: float) -> str:
    """A number to put after an operator: −1 → "(−1)"."""
    text = num(x)
    return f"({text})" if text.startswith(MINUS) else text


def vec(v) -> str:
    return "[" + ", ".join(num(x) for x in np.ravel(v)) + "]"


def shape_text(shape) -> str:
    return "(" + ", ".join(str(int(n)) for n in shape) + ")"


# --- the reveal ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Reveal:
    """What a question scene shows: ``givens`` before the reveal (the values the class computes
    from), then the ``answer`` (the key) and its ``working``, one line each. ``answer_text`` is the
    key as the projector shows it; ``options`` the choices of a choice question (a, b, …);
    ``details`` the arrays a scene draws (curves, weights)."""

    hide: str
    kind: str
    answer: Any
    answer_text: str
    givens: tuple[Message, ...] = ()
    working: tuple[Message, ...] = ()
    options: tuple[Message, ...] = ()
    details: dict = field(default_factory=dict, compare=False)

    def check(self, text: str) -> Verdict:
        """Mark the class's typed answer (raises answers.AnswerError when it cannot be read)."""
        return check_answer(self, text)


def letters(n: int) -> str:
    return "abcdefghijklmnopqrstuvwxyz"[:n]


DATA_NAMES = {"iris": QT_TRANSLATE_NOOP("Exercises", "Iris (setosa −1, versicolor +1)"),
              "iris-std": QT_TRANSLATE_NOOP("Exercises", "standardised Iris (setosa −1, versicolor +1)"),
              "moons": QT_TRANSLATE_NOOP("Exercises", "moons"), "circles": QT_TRANSLATE_NOOP("Exercises", "circles"),
              "xor": QT_TRANSLATE_NOOP("Exercises", "xor"), "blobs": QT_TRANSLATE_NOOP("Exercises", "blobs"),
              "spirals": QT_TRANSLATE_NOOP("Exercises", "spirals"),
              "gaussians": QT_TRANSLATE_NOOP("Exercises", "gaussians")}


def data_name(name: str) -> Message:
    return msg(DATA_NAMES.get(name, name))


def options_of(s: dict[str, Any]) -> tuple[Message, ...]:
    """The choices of a choice question (a, b, …), shown before the reveal; () for the others."""
    if s["hide"] == "diverging_rate":
        return tuple(msg(QT_TRANSLATE_NOOP("Exercises", "α = {rate}"), rate=num(r)) for r in s["options"])
    if s["hide"] == "zero_init":
        return tuple(msg(o) for o in ZERO_INIT_OPTIONS)
    return ()


# --- marking the class's answer -------------------------------------------------------------------------
def parse_vector(text: str) -> tuple[float, ...]:
    """"[0, 0.38, 0.66]", "0; 0,38; 0,66" or "0 0.38 0.66" → (0.0, 0.38, 0.66): numbers split at ';'
    or spaces (',' followed by a space also separates; ',' inside a number is a decimal mark)."""
    t = text.strip().strip("[]()（）")
    parts = t.split(";") if ";" in t else re.split(r"\s+|,\s+", t.replace("，", ", "))
    parts = [p.strip().rstrip(",") for p in parts if p.strip().rstrip(",")]
    if not parts:
        return (parse_number(""),)           # raises "Type an answer first."
    return tuple(parse_number(p) for p in parts)


WRONG_LENGTH = QT_TRANSLATE_NOOP("Exercises", "“{text}” has {n} numbers; the answer has {k}.")


def check_answer(reveal: Reveal, text: str) -> Verdict:
    """Mark a typed answer against the reveal's key: a vector entry by entry (each within 1 %), a
    choice as its set of letters ("b", or "a, c" when several are right), the rest by answers.check."""
    if reveal.kind == "vector":
        given = parse_vector(text)
        if len(given) != len(reveal.answer):
            raise AnswerError(msg(WRONG_LENGTH, text=text.strip(), n=len(given), k=len(reveal.answer)))
        return Verdict(all(is_close(g, e) for g, e in zip(given, reveal.answer)), given, reveal.answer)
    if reveal.kind == "choice":
        n = len(reveal.options)
        tokens = [t for t in re.split(r"[\s,;/&+]+|\band\b|和", text.strip()) if t.strip(" .)")]
        if not tokens:
            parse_choice("", n)              # raises "Type an answer first."
        given = tuple(sorted({parse_choice(t, n) for t in tokens}))
        return Verdict(given == tuple(sorted(reveal.answer)), given, reveal.answer)
    return check(text, reveal.answer, reveal.kind)
