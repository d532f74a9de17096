"""What a run is, with no Qt: every setting of it, with the range each may take.

* :class:`RunConfig` — every setting of a run (dataset, features, model, hyperparameters) as one
  frozen value; the GUI builds it from its widgets and sends it to the worker.
* :class:`Setting` — what one setting may hold (kind, range, section of the project file): the one
  schema RunConfig, the project file and the settings panel share.

A run's data — :func:`prepare_data`, :class:`DataView`, the input features — is in
``training/data.py``, its record of epochs (:class:`Record`, :class:`History`) in
``training/history.py``; this module re-exports both, so ``from desktop_nn.training.config
import …`` reaches them too. The models that train on them (``ClassicRun`` with the chapter's ±1
labels, ``NetworkRun``) are in ``training/runs.py``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from desktop_nn.engine.errors import ConfigError

# a run's data and its record of epochs, re-exported: every module may keep importing them from here
from desktop_nn.training.data import (  # noqa: F401 (re-exported)
    FEATURE_LABELS,
    FEATURES,
    GRID_RESOLUTION,
    HOVER_RESOLUTION,
    IMPORTED,
    DataView,
    expand_features,
    layer_outputs,
    load_raw,
    prepare_data,
)
from desktop_nn.training.history import HISTORY_COLUMNS, History, Record  # noqa: F401 (re-exported)
from desktop_nn.training.regression import REGRESSION_DATASETS

# --- the choices the GUI offers ---------------------------------------------------------------

DATASETS = ("iris", "xor", "circles", "moons", "spirals", "gaussians", "blobs") + REGRESSION_DATASETS
MODELS = ("network", "perceptron", "adaline", "adaline_sgd", "logistic")
CLASSIC_MODELS = MODELS[1:]
OUTPUTS = ("sigmoid", "softmax", "linear")
INITIALIZERS = ("small_random", "zeros", "xavier", "he")
OPTIMIZERS = ("gd", "momentum", "adam")
MAX_HIDDEN_LAYERS = 8
MAX_NEURONS = 16

#: Settings that a running model picks up between two epochs; any other change starts a new run.
LIVE_FIELDS = frozenset({"learning_rate", "batch_size", "l2", "max_epochs"})


@dataclass(frozen=True)
class Setting:
    """What one setting may hold: the one schema RunConfig, the project file and the UI share.

    kind      "text", "texts" (a list of text), "text_or_texts", "int", "ints" (a list of int),
              "number", "bool"
    low, high the range of a number (of each item of "ints"); ``open_low`` / ``open_high`` exclude
              the end itself (a learning rate > 0, a test share < 1)
    optional  None is allowed (the batch size: None = the whole training set)
    items     (fewest, most) items of a list
    section   where the project file (.dnn) keeps it
    """

    section: str
    kind: str
    low: float | None = None
    high: float | None = None
    open_low: bool = False
    open_high: bool = False
    optional: bool = False
    items: tuple[int, int] = (0, 1024)

    def check(self, value, name: str) -> None:
        """Raise ConfigError naming ``name`` when ``value`` is outside this setting's range."""
        if value is None:
            if self.optional:
                return
            raise ConfigError(f"{name} must be given.")
        values = value if self.kind in ("ints",) else [value]
        if self.kind in ("texts", "ints") or (self.kind == "text_or_texts" and not isinstance(value, str)):
            fewest, most = self.items
            if not fewest <= len(value) <= most:
                raise ConfigError(f"{name} lists {len(value)} items; it takes {fewest} to {most}.")
        if self.kind not in ("int", "ints", "number"):
            return
        for v in values:
            if not np.isfinite(v):
                raise ConfigError(f"{name} must be a finite number, got {v}.")
            too_low = self.low is not None and (v <= self.low if self.open_low else v < self.low)
            too_high = self.high is not None and (v >= self.high if self.open_high else v > self.high)
            if too_low or too_high:
                raise ConfigError(f"{name} must be {self.describe()}, got {v:g}.")

    def describe(self) -> str:
        """The range in words: "> 0", "from 1 to 16", "in [0, 1)"."""
        def num(v: float) -> str:
            return f"{int(v):,}" if float(v).is_integer() and abs(v) < 1e15 else f"{v:g}"

        lo, hi = self.low, self.high
        if lo is not None and hi is not None:
            if self.open_low or self.open_high:
                return f"in {'(' if self.open_low else '['}{num(lo)}, {num(hi)}{')' if self.open_high else ']'}"
            return f"from {num(lo)} to {num(hi)}"
        if lo is not None:
            return f"{'>' if self.open_low else '≥'} {num(lo)}"
        return f"{'<' if self.open_high else '≤'} {num(hi)}"


def setting(default, **schema):
    """A RunConfig field with its default and its :class:`Setting`."""
    return dataclasses.field(default=default, metadata={"setting": Setting(**schema)})


# The ranges below are also the settings panel's (its spin boxes take them from RunConfig.schema()),
# so a project can only hold what the panel can show.
MIN_SAMPLES, MAX_SAMPLES = 20, 2000   # points of a generated 2-D dataset
MAX_NOISE = 1.0
MAX_TEST_SHARE = 0.8
MAX_L2 = 10.0
MAX_EPOCHS = 10**7               # 0: no limit
MAX_SEED = 2**31 - 1
CLASSIC_EPOCH_LIMIT = 10         # the chapter trains its single neurons for 10 epochs
CLASSIC_INITS = ("zeros", "small_random")   # what the chapter's single neurons start from


@dataclass(frozen=True)
class RunConfig:
    """Every setting of one training run, with its range (the one schema: the project file, its
    loader and the settings panel take theirs from here). The defaults are the chapter's start-up
    view."""

    dataset: str = setting("iris", section="dataset", kind="text")
    iris_classes: tuple[str, ...] = setting(("Iris-setosa", "Iris-versicolor"), section="dataset", kind="texts",
                                            items=(0, 3))
    iris_features: tuple[str, str] = setting(("sepal_length", "petal_length"), section="dataset", kind="texts",
                                             items=(2, 2))
    n_samples: int = setting(200, section="dataset", kind="int", low=MIN_SAMPLES, high=MAX_SAMPLES)
    noise: float = setting(0.1, section="dataset", kind="number", low=0.0, high=MAX_NOISE)
    test_ratio: float = setting(0.0, section="dataset", kind="number", low=0.0, high=MAX_TEST_SHARE)
    features: tuple[str, ...] = setting(("x1", "x2"), section="features", kind="texts", items=(0, 4096))
    standardize: bool = setting(False, section="features", kind="bool")
    model: str = setting("perceptron", section="architecture", kind="text")
    hidden: tuple[int, ...] = setting((4, 2), section="architecture", kind="ints", low=1, high=MAX_NEURONS,
                                      items=(0, MAX_HIDDEN_LAYERS))
    hidden_activation: str | tuple[str, ...] = setting("tanh", section="architecture", kind="text_or_texts",
                                                       items=(0, MAX_HIDDEN_LAYERS))
    output: str = setting("sigmoid", section="architecture", kind="text")
    init: str = setting("xavier", section="architecture", kind="text")
    learning_rate: float = setting(0.1, section="hyperparameters", kind="number", low=0.0, high=1e12, open_low=True)
    batch_size: int | None = setting(None, section="hyperparameters", kind="int", low=1, high=10**9,
                                     optional=True)          # None: the whole training set (batch GD)
    optimizer: str = setting("gd", section="hyperparameters", kind="text")
    l2: float = setting(0.0, section="hyperparameters", kind="number", low=0.0, high=MAX_L2)
    seed: int = setting(0, section="seed", kind="int", low=0, high=MAX_SEED)
    max_epochs: int = setting(10, section="hyperparameters", kind="int", low=0, high=MAX_EPOCHS)  # 0: no limit

    @classmethod
    def schema(cls) -> dict[str, tuple[Setting, object]]:
        """name → (Setting, default) of every field, in declaration order."""
        return {f.name: (f.metadata["setting"], f.default) for f in dataclasses.fields(cls)}

    def replace(self, **changes) -> "RunConfig":
        return dataclasses.replace(self, **changes)

    def needs_rebuild(self, other: "RunConfig") -> bool:
        """True when going from ``self`` to ``other`` changes more than the live settings."""
        return any(
            getattr(self, f.name) != getattr(other, f.name)
            for f in dataclasses.fields(self)
            if f.name not in LIVE_FIELDS
        )

    def validate(self) -> None:
        """Raise ConfigError with a sentence a student can act on."""
        labels = {"learning_rate": "The learning rate", "test_ratio": "The test share", "l2": "L2 λ",
                  "batch_size": "The batch size", "hidden": "Each hidden layer's neuron count",
                  "n_samples": "The number of points", "max_epochs": "The epoch limit", "seed": "The seed"}
        for name, (spec, _) in self.schema().items():
            spec.check(getattr(self, name), labels.get(name, name.replace("_", " ")))
        if self.dataset not in DATASETS and self.dataset != IMPORTED:
            raise ConfigError(f"Unknown dataset {self.dataset!r}; choose one of {', '.join(DATASETS)}.")
        if self.model not in MODELS:
            raise ConfigError(f"Unknown model {self.model!r}.")
        if not self.features:
            raise ConfigError("Tick at least one input feature.")
        for name in self.features:
            if name not in FEATURES:
                raise ConfigError(f"Unknown input feature {name!r}.")
        if self.output not in OUTPUTS:
            raise ConfigError(f"Unknown output {self.output!r}; choose one of {', '.join(OUTPUTS)}.")
        if self.init not in INITIALIZERS:
            raise ConfigError(f"Unknown initialisation {self.init!r}; choose one of {', '.join(INITIALIZERS)}.")
        if self.optimizer not in OPTIMIZERS:
            raise ConfigError(f"Unknown optimizer {self.optimizer!r}; choose one of {', '.join(OPTIMIZERS)}.")

    @property
    def is_classic(self) -> bool:
        return self.model in CLASSIC_MODELS

    def with_fitting_init(self) -> "RunConfig":
        """The initialiser this model can start from: the single neurons start from zeros
        (or small random numbers) as the chapter's do; a network never from zeros, which would
        keep its hidden units identical (it gets Xavier)."""
        if self.is_classic and self.init not in CLASSIC_INITS:
            return self.replace(init="zeros")
        if not self.is_classic and self.init == "zeros":
            return self.replace(init="xavier")
        return self

    def with_model(self, model: str) -> "RunConfig":
        """The settings after switching to ``model``: the chapter trains its single neurons for
        CLASSIC_EPOCH_LIMIT epochs, a network until paused; the initialiser fits the model."""
        limit = CLASSIC_EPOCH_LIMIT if model in CLASSIC_MODELS else 0
        return self.replace(model=model, max_epochs=limit).with_fitting_init()

