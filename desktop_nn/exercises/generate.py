"""Exercise sets: for a network, a seed and a difficulty, questions made from the live numbers.

``generate_set([2, 4, 2, 1], seed=7, difficulty="medium")`` draws, from the seed,

* the network's starting weights: the engine's Xavier initialisation for that seed, rounded to
  two decimals so they can be multiplied by hand (the biases start at 0, as the engine's do),
  and one example x(i) of a small data set (for two inputs, 4–6 points of one of the app's 2-D
  data sets, rounded to one decimal); one iteration on that example is traced by the engine
  (``engine.trace.trace_example``) and the forward, cost, backward and update questions read
  their keys from the trace (asked through :mod:`.from_trace`, as the step-through asks them);
* a number m of examples for the shape questions on the chapter's L = 5 network
  n = [2, 3, 5, 4, 2, 1];
* starting weights (two decimals) and Iris flowers for one perceptron update, one Adaline batch
  step and one logistic-regression step (``engine.classic``).

The difficulty picks the questions (:data:`DIFFICULTIES`): the same network and difficulty give
the same question keys in the same order for every seed — only the numbers change — so each
student can have a set of their own. The same seed gives the same set.
"""

from __future__ import annotations

import re

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from ..engine import datasets
from ..engine.errors import ConfigError
from ..engine.network import Network
from ..engine.trace import trace_example
from ..engine.trace_messages import QT_TRANSLATE_NOOP, Message
from . import classic_questions as classic
from . import network_questions as netq
from .questions import Question
from .wording import num, say

DIFFICULTY_NAMES = {
    "easy": QT_TRANSLATE_NOOP("Exercises", "easy"),
    "medium": QT_TRANSLATE_NOOP("Exercises", "medium"),
    "hard": QT_TRANSLATE_NOOP("Exercises", "hard"),
}
#: which questions each difficulty asks, in order ("L" is the output layer, "L-1" the one below;
#: a question the network cannot ask, like dZ[L-1] of a single layer, is left out)
DIFFICULTIES: dict[str, tuple[str, ...]] = {
    "easy": ("forward.Z[1]", "forward.A[1]",
             "shapes.W[2]", "shapes.W[3]", "shapes.dW[3]", "shapes.Z[4]",
             "perceptron.z", "perceptron.yhat", "perceptron.dw[1]", "perceptron.w[1]"),
    "medium": ("forward.Z[1]", "forward.A[1]", "forward.A[L]", "backward.dZ[L]", "backward.dW[L]",
               "update.W[L]",
               "shapes.dW[3]", "shapes.A[5]",
               "perceptron.yhat", "perceptron.dw[1]", "perceptron.w[1]",
               "adaline.w[1]", "adaline.J",
               "logistic.a[1]", "logistic.w[1]"),
    "hard": ("forward.A[L]", "cost.J", "backward.dZ[L]", "backward.db[L]", "backward.dA[L-1]",
             "backward.dZ[L-1]", "backward.dW[1]", "backward.sign.dW[1]", "update.W[L]", "update.b[L]",
             "shapes.dW[3]", "shapes.db[3]", "shapes.Z[4]", "shapes.A[5]",
             "perceptron.w[2]", "perceptron.b",
             "adaline.e[1]", "adaline.w[2]", "adaline.b", "adaline.J",
             "logistic.J", "logistic.w[2]", "logistic.b"),
}
LEARNING_RATE = 0.5
DATASETS_2D = ("blobs", "xor", "circles", "moons")

TITLE = QT_TRANSLATE_NOOP("Exercises", "Exercise set: network {dims}, seed {seed}, {difficulty}")
GIVEN_NETWORK = QT_TRANSLATE_NOOP("Exercises", "The network n = {dims}: hidden layers {hidden}, output {output}, "
                                               "learning rate α = {alpha}. The example x({i}) is one of {m} points "
                                               "of the data set “{data}”; its label is y({i}).")
GIVEN_SHAPES = QT_TRANSLATE_NOOP("Exercises", "The chapter's network n = {dims} (L = {L}), with m = {m} examples "
                                              "in the columns of X.")
GIVEN_PERCEPTRON = QT_TRANSLATE_NOOP("Exercises", "Perceptron, learning rate η = {eta}, on one Iris flower: "
                                                  "x₁ = sepal length, x₂ = petal length (cm); y = −1 for setosa, "
                                                  "+1 for versicolor.")
GIVEN_ADALINE = QT_TRANSLATE_NOOP("Exercises", "Adaline, learning rate η = {eta}, one batch step on {m} Iris "
                                               "flowers (the rows of X); y = −1 for setosa, +1 for versicolor.")
GIVEN_LOGISTIC = QT_TRANSLATE_NOOP("Exercises", "Logistic regression, learning rate α = {alpha}, one step on {m} "
                                                "Iris flowers (the rows of X); t = 1 for versicolor, 0 for setosa.")
RANDOM_DATA = QT_TRANSLATE_NOOP("Exercises", "random")


@dataclass(frozen=True)
class Given:
    """What a group of questions is computed from, printed above them: a sentence and the
    matrices (name, array) a student needs."""

    topic: str
    text: Message
    matrices: tuple[tuple[str, np.ndarray], ...] = ()


@dataclass(frozen=True)
class NetworkSetup:
    """The deep network's starting point: its sizes and activations, the (rounded) parameters, the
    small data set X (n[0], m), Y (n[L], m), the example i and the learning rate."""

    layer_dims: tuple[int, ...]
    hidden_activation: str
    output: str
    params: Mapping[str, np.ndarray]
    X: np.ndarray
    Y: np.ndarray
    example: int
    learning_rate: float
    data: str

    def network(self) -> Network:
        """A fresh engine Network holding exactly these parameters."""
        net = Network(list(self.layer_dims), hidden_activation=self.hidden_activation, output=self.output)
        net.params = {k: v for k, v in self.params.items()}
        return net


@dataclass(frozen=True)
class ExerciseSet:
    """A generated set: its questions in order, what they were computed from, and how it was
    asked for (network, seed, difficulty)."""

    questions: tuple[Question, ...]
    layer_dims: tuple[int, ...]
    seed: int
    difficulty: str
    title: Message
    givens: tuple[Given, ...] = ()
    setup: Mapping[str, object] = field(default_factory=dict, compare=False)

    def __len__(self) -> int:
        return len(self.questions)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(q.key for q in self.questions)


def parse_dims(text: str) -> tuple[int, ...]:
    """'2, 3, 1', '2-3-1' or '2 3 1' → (2, 3, 1); ConfigError when it is not a network."""
    parts = [p for p in text.replace("-", " ").replace(",", " ").replace("[", " ").replace("]", " ").split() if p]
    negative = re.search(r"(^|[,\[(])\s*-", text.strip())         # "2, -3, 1": not the dash of 2-3-1
    if negative or len(parts) < 2 or not all(p.isdigit() and int(p) >= 1 for p in parts):
        raise ConfigError(f"“{text.strip()}” is not a network: type the layer sizes n[0], …, n[L], e.g. 2, 3, 1.")
    dims = tuple(int(p) for p in parts)
    if len(dims) > 12 or max(dims) > 64:
        raise ConfigError("An exercise network has at most 11 layers of at most 64 units.")
    return dims


def _network_setup(dims, seed: int, rng: np.random.Generator, hidden_activation: str, output: str) -> NetworkSetup:
    net = Network(list(dims), hidden_activation=hidden_activation, output=output, init="xavier", seed=seed)
    params = {k: np.round(np.array(v), 2) for k, v in net.params.items()}
    m = 4 + seed % 3
    if dims[0] == 2:
        data = DATASETS_2D[seed % len(DATASETS_2D)]
        X, labels = getattr(datasets, data)(n_samples=m, noise=0.1, seed=seed)
        X = np.round(X.T, 1)
    else:
        data = RANDOM_DATA
        X = np.round(rng.normal(0.0, 1.0, (dims[0], m)), 1)
        labels = rng.integers(0, 2, m)
    n_out = dims[-1]
    if output == "softmax":
        Y = np.eye(n_out)[:, labels % n_out]
    elif n_out == 1:
        Y = labels[None, :].astype(np.float64)
    else:
        Y = rng.integers(0, 2, (n_out, m)).astype(np.float64)
    return NetworkSetup(tuple(dims), hidden_activation, output, params, X, Y, int(rng.integers(m)),
                        LEARNING_RATE, data)


def _network_questions(setup: NetworkSetup, m_shapes: int) -> dict[str, Question]:
    """Every deep-network question the difficulties may ask, by its name in DIFFICULTIES."""
    tr = trace_example(setup.network(), setup.X, setup.Y, setup.example, setup.learning_rate)
    L = tr.L
    out = {
        "forward.Z[1]": netq.entry(tr, "forward", "Z", 1),
        "forward.A[1]": netq.entry(tr, "forward", "A", 1),
        "forward.A[L]": netq.entry(tr, "forward", "A", L),
        "cost.J": netq.cost(tr),
        "backward.dZ[L]": netq.entry(tr, "backward", "dZ", L),
        "backward.dW[L]": netq.entry(tr, "backward", "dW", L),
        "backward.db[L]": netq.entry(tr, "backward", "db", L),
        "backward.dW[1]": netq.entry(tr, "backward", "dW", 1),
        "backward.sign.dW[1]": netq.sign(tr, "backward", "dW", 1),
        "update.W[L]": netq.entry(tr, "update", "W", L),
        "update.b[L]": netq.entry(tr, "update", "b", L),
    }
    if L >= 2:
        out["backward.dA[L-1]"] = netq.entry(tr, "backward", "dA", L - 1)
        out["backward.dZ[L-1]"] = netq.entry(tr, "backward", "dZ", L - 1)
    chapter = netq.chapter_trace(m_shapes)
    out.update({
        "shapes.W[2]": netq.weight_shape(chapter, 2), "shapes.W[3]": netq.weight_shape(chapter, 3),
        "shapes.dW[3]": netq.step_shape(chapter, "backward", "dW", 3),
        "shapes.db[3]": netq.step_shape(chapter, "backward", "db", 3),
        "shapes.Z[4]": netq.step_shape(chapter, "forward", "Z", 4),
        "shapes.A[5]": netq.step_shape(chapter, "forward", "A", 5),
    })
    return out


def _matrices(setup: NetworkSetup) -> tuple[tuple[str, np.ndarray], ...]:
    out = []
    for l in range(1, len(setup.layer_dims)):
        out += [(f"W[{l}]", setup.params[f"W{l}"]), (f"b[{l}]", setup.params[f"b{l}"])]
    i = setup.example
    return (*out, (f"x({i})", setup.X[:, i:i + 1]), (f"y({i})", setup.Y[:, i:i + 1]))


def _neuron_matrices(s: classic.NeuronSetup, label: str = "y") -> tuple[tuple[str, np.ndarray], ...]:
    y = s.y if label == "y" else (s.y == 1).astype(np.float64)
    x_name = "X" if len(s.rows) > 1 else f"x({s.rows[0]})"
    y_name = label if len(s.rows) > 1 else f"{label}({s.rows[0]})"
    return ((x_name, s.X), (y_name, y[:, None]), ("w", s.w_[None, 1:]), ("b", s.w_[None, :1]))


def generate_set(layer_dims, seed: int = 0, difficulty: str = "medium", *, hidden_activation: str = "tanh",
                 output: str | None = None) -> ExerciseSet:
    """The exercise set of ``difficulty`` for the network ``layer_dims`` and ``seed``.

    ``output`` defaults to a sigmoid for one output unit and softmax for several. Raises
    ConfigError for an unknown difficulty or a network the engine cannot build."""
    if difficulty not in DIFFICULTIES:
        raise ConfigError(f"difficulty must be one of {', '.join(DIFFICULTIES)}; got {difficulty!r}.")
    if isinstance(seed, bool) or int(seed) != seed or seed < 0:
        raise ConfigError(f"The seed must be a whole number ≥ 0; got {seed!r}.")
    seed = int(seed)
    dims = tuple(int(n) for n in layer_dims)
    output = output or ("sigmoid" if dims and dims[-1] == 1 else "softmax")
    rng = np.random.default_rng(seed)
    net_setup = _network_setup(dims, seed, rng, hidden_activation, output)
    m_shapes = int(rng.integers(3, 10))
    X_iris, y_iris = datasets.iris_setosa_versicolor()
    perceptron = classic.perceptron_setup(rng, X_iris, y_iris)
    adaline = classic.batch_setup(rng, X_iris, y_iris, classic.ADALINE_ETA)
    logistic = classic.batch_setup(rng, X_iris, y_iris, classic.LOGISTIC_ALPHA)

    pool = {**_network_questions(net_setup, m_shapes), **classic.perceptron_questions(perceptron),
            **classic.adaline_questions(adaline), **classic.logistic_questions(logistic)}
    questions: list[Question] = []
    for name in DIFFICULTIES[difficulty]:
        q = pool.get(name)
        if q is not None and q.key not in {p.key for p in questions}:
            questions.append(q)

    topics = {q.topic for q in questions}
    L = len(dims) - 1
    givens = []
    if topics & {"forward", "cost", "backward", "update"}:
        hidden = hidden_activation if L > 1 else "—"
        data = say(net_setup.data) if net_setup.data == RANDOM_DATA else net_setup.data
        givens.append(Given("network", say(GIVEN_NETWORK, dims=list(dims), hidden=hidden, output=output,
                                           alpha=num(net_setup.learning_rate), i=net_setup.example,
                                           m=net_setup.X.shape[1], data=data), _matrices(net_setup)))
    if "shapes" in topics:
        givens.append(Given("shapes", say(GIVEN_SHAPES, dims=list(netq.CHAPTER_DIMS),
                                          L=len(netq.CHAPTER_DIMS) - 1, m=m_shapes)))
    if "perceptron" in topics:
        givens.append(Given("perceptron", say(GIVEN_PERCEPTRON, eta=num(perceptron.rate)),
                            _neuron_matrices(perceptron)))
    if "adaline" in topics:
        givens.append(Given("adaline", say(GIVEN_ADALINE, eta=num(adaline.rate), m=len(adaline.rows)),
                            _neuron_matrices(adaline)))
    if "logistic" in topics:
        givens.append(Given("logistic", say(GIVEN_LOGISTIC, alpha=num(logistic.rate), m=len(logistic.rows)),
                            _neuron_matrices(logistic, "t")))
    title = say(TITLE, dims="-".join(map(str, dims)), seed=seed, difficulty=say(DIFFICULTY_NAMES[difficulty]))
    setup = {"network": net_setup, "shapes_m": m_shapes, "perceptron": perceptron, "adaline": adaline,
             "logistic": logistic}
    return ExerciseSet(tuple(questions), dims, seed, difficulty, title, tuple(givens), setup)
