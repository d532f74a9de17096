"""What the worker trains, with no Qt: a run's settings, its data, and one adapter per model kind.

* :class:`RunConfig` — every setting of a run (dataset, features, model, hyperparameters) as one
  frozen value; the GUI builds it from its widgets and sends it to the worker.
* :func:`prepare_data` — dataset → the chapter's rows-are-examples arrays, the Playground-style
  input features (x1, x2, x1², x2², x1·x2, sin x1, sin x2), optional standardisation and the
  train/test split, plus the 2-D grid the decision regions are drawn on.
* :class:`NetworkRun` (a deep Network + Trainer) and :class:`ClassicRun` (the chapter's
  perceptron, Adaline and logistic regression) share one small interface: ``step()`` one epoch,
  ``reset()`` to the very same initial weights, ``params()``, ``class_probabilities()``.

The classic models train on rows with the ±1 labels of the chapter; the worker maps the
dataset's class indices 0/1 to −1/+1 here so the perceptron on Iris ends, after 10 epochs at
η = 0.1, at the chapter's w = [−0.4, −0.68, 1.82].
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from desktop_nn.engine import datasets
from desktop_nn.engine.errors import ConfigError, DatasetError
from desktop_nn.engine.network import propagate

# --- the choices the GUI offers ---------------------------------------------------------------

DATASETS = ("iris", "xor", "circles", "moons", "spirals", "gaussians", "blobs")
#: the dataset kind of the user's own data (File ▸ Import CSV…); its arrays travel beside the
#: RunConfig (``prepare_data(config, imported)``), never inside it
IMPORTED = "imported"
MODELS = ("network", "perceptron", "adaline", "adaline_sgd", "logistic")
CLASSIC_MODELS = MODELS[1:]
OUTPUTS = ("sigmoid", "softmax", "linear")
INITIALIZERS = ("small_random", "zeros", "xavier", "he")
OPTIMIZERS = ("gd", "momentum", "adam")
MAX_HIDDEN_LAYERS = 8
MAX_NEURONS = 16

#: Input features a user can tick, computed from the two raw coordinates (Playground's set).
FEATURES = {
    "x1": lambda X: X[:, 0],
    "x2": lambda X: X[:, 1],
    "x1^2": lambda X: X[:, 0] ** 2,
    "x2^2": lambda X: X[:, 1] ** 2,
    "x1*x2": lambda X: X[:, 0] * X[:, 1],
    "sin(x1)": lambda X: np.sin(X[:, 0]),
    "sin(x2)": lambda X: np.sin(X[:, 1]),
}
FEATURE_LABELS = {
    "x1": "x₁", "x2": "x₂", "x1^2": "x₁²", "x2^2": "x₂²", "x1*x2": "x₁·x₂",
    "sin(x1)": "sin x₁", "sin(x2)": "sin x₂",
}

#: Settings that a running model picks up between two epochs; any other change starts a new run.
LIVE_FIELDS = frozenset({"learning_rate", "batch_size", "l2", "max_epochs"})

GRID_RESOLUTION = 120     # decision regions: GRID_RESOLUTION² points
HOVER_RESOLUTION = 36     # per-neuron heatmaps in the architecture editor


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


# --- data ------------------------------------------------------------------------------------


def expand_features(X_raw: np.ndarray, names: tuple[str, ...]) -> np.ndarray:
    """(m, 2) raw coordinates → (m, len(names)) input features, in the order given."""
    return np.column_stack([FEATURES[name](X_raw) for name in names]).astype(np.float64)


@dataclass(frozen=True, eq=False)
class DataView:
    """A run's data, as rows (examples × features). Immutable; shared by reference in snapshots."""

    X_raw_train: np.ndarray        # (m, 2) the two plotted coordinates ((m, n) imported columns if n ≠ 2)
    y_train: np.ndarray            # (m,) class index 0..k-1
    X_raw_test: np.ndarray
    y_test: np.ndarray
    X_train: np.ndarray            # (m, n_x) features, standardised if asked
    X_test: np.ndarray
    class_names: tuple[str, ...]
    axis_labels: tuple[str, str]
    input_labels: tuple[str, ...]  # one per input neuron, e.g. "x₁ sepal length"
    feature_names: tuple[str, ...]
    mean: np.ndarray | None
    std: np.ndarray | None
    extent: tuple[float, float, float, float]      # xmin, xmax, ymin, ymax of the grid
    grid_inputs: np.ndarray        # (GRID_RESOLUTION², n_x) features of the decision grid; (0, n_x) if not 2-D
    hover_inputs: np.ndarray       # (HOVER_RESOLUTION², n_x) features of the neuron heatmaps; (0, n_x) if not 2-D
    source: object = None          # the imported TabularData it was made from, None for a built-in dataset

    @property
    def n_classes(self) -> int:
        return len(self.class_names)

    @property
    def plottable(self) -> bool:
        """True when the data has two coordinates, so decision regions can be drawn over them."""
        return self.grid_inputs.shape[0] > 0

    def transform(self, X_raw: np.ndarray) -> np.ndarray:
        X = expand_features(X_raw, self.feature_names) if self.feature_names else np.asarray(X_raw, np.float64)
        if self.mean is not None:
            X, _, _ = datasets.standardize(X, self.mean, self.std)
        return X


def _readonly(a: np.ndarray) -> np.ndarray:
    a = np.array(a, copy=True)
    a.flags.writeable = False
    return a


def _grid(extent, resolution) -> np.ndarray:
    xmin, xmax, ymin, ymax = extent
    xs = np.linspace(xmin, xmax, resolution)
    ys = np.linspace(ymin, ymax, resolution)
    gx, gy = np.meshgrid(xs, ys)                   # row = y, column = x
    return np.c_[gx.ravel(), gy.ravel()]


def load_raw(config: RunConfig) -> tuple[np.ndarray, np.ndarray, tuple[str, ...], tuple[str, str]]:
    """The dataset's two coordinates, class indices, class names and axis labels."""
    if config.dataset == "iris":
        X, y = datasets.iris_xy(tuple(config.iris_classes), tuple(config.iris_features))
        names = tuple(c.replace("Iris-", "") for c in config.iris_classes)
        labels = tuple(datasets.IRIS_FEATURE_LABELS[f] for f in config.iris_features)
        return X, y, names, labels
    X, y = datasets.GENERATORS[config.dataset](
        n_samples=int(config.n_samples), noise=float(config.noise), seed=0
    )
    return X, y, ("class 0", "class 1"), ("x₁", "x₂")


def prepare_data(config: RunConfig, imported=None) -> DataView:
    """Load, split (file order is kept when nothing is held out), expand and scale the data.

    ``imported`` (a ``TabularData``) is the user's own data, used when ``config.dataset`` is
    ``IMPORTED``. With two columns it is treated like a built-in 2-D dataset (input features,
    decision regions); with more, every column is an input and there is no decision grid.
    """
    if config.dataset == IMPORTED:
        if imported is None:
            raise DatasetError("There is no imported data: use File ▸ Import CSV… first, or choose a built-in dataset.")
        X_raw = np.asarray(imported.X, dtype=np.float64)
        y = np.asarray(imported.y, dtype=np.int64)
        class_names = tuple(imported.class_names)
        if X_raw.shape[1] != 2:
            return _prepare_columns(config, X_raw, y, class_names, tuple(imported.feature_names), imported)
        axis_labels = tuple(imported.feature_names)
    else:
        X_raw, y, class_names, axis_labels = load_raw(config)
    Xtr, Xte, ytr, yte = _split(config, X_raw, y)
    names = tuple(config.features)
    F_train = expand_features(Xtr, names)
    F_test = expand_features(Xte, names) if len(Xte) else np.zeros((0, len(names)))
    mean = std = None
    if config.standardize:
        F_train, mean, std = datasets.standardize(F_train)
        if len(F_test):
            F_test, _, _ = datasets.standardize(F_test, mean, std)
    lo = X_raw.min(axis=0)
    hi = X_raw.max(axis=0)
    pad = np.maximum((hi - lo) * 0.08, 0.1)
    extent = (float(lo[0] - pad[0]), float(hi[0] + pad[0]), float(lo[1] - pad[1]), float(hi[1] + pad[1]))

    def features_of(points):
        F = expand_features(points, names)
        if mean is not None:
            F, _, _ = datasets.standardize(F, mean, std)
        return F

    input_labels = []
    for name in names:
        label = FEATURE_LABELS[name]
        if config.dataset in ("iris", IMPORTED) and name in ("x1", "x2"):
            label += "  " + axis_labels[0 if name == "x1" else 1].split(" [")[0]
        input_labels.append(label)
    return DataView(
        X_raw_train=_readonly(Xtr), y_train=_readonly(ytr), X_raw_test=_readonly(Xte),
        y_test=_readonly(yte), X_train=_readonly(F_train), X_test=_readonly(F_test),
        class_names=class_names, axis_labels=axis_labels, input_labels=tuple(input_labels),
        feature_names=names, mean=mean, std=std, extent=extent,
        grid_inputs=_readonly(features_of(_grid(extent, GRID_RESOLUTION))),
        hover_inputs=_readonly(features_of(_grid(extent, HOVER_RESOLUTION))),
        source=imported if config.dataset == IMPORTED else None,
    )


def _split(config: RunConfig, X_raw: np.ndarray, y: np.ndarray):
    """Training and test rows: a seeded random split, or with no test share every row, in the
    file's order, which the perceptron's result depends on."""
    if config.test_ratio > 0:
        Xtr, Xte, ytr, yte = datasets.train_test_split(X_raw, y, config.test_ratio, seed=0)
    else:
        Xtr, Xte, ytr, yte = X_raw, X_raw[:0], y, y[:0]
    if len(np.unique(ytr)) < 2:
        raise DatasetError("The training set holds only one class; lower the test share or add data.")
    return Xtr, Xte, ytr, yte


def _prepare_columns(config, X_raw, y, class_names, column_names, source) -> DataView:
    """Imported data with n ≠ 2 columns: every column is an input; no decision grid."""
    Xtr, Xte, ytr, yte = _split(config, X_raw, y)
    F_train, F_test = Xtr, Xte
    mean = std = None
    if config.standardize:
        F_train, mean, std = datasets.standardize(Xtr)
        if len(Xte):
            F_test, _, _ = datasets.standardize(Xte, mean, std)
    n = X_raw.shape[1]
    labels = tuple(column_names[:2]) if n >= 2 else (column_names[0], "")
    return DataView(
        X_raw_train=_readonly(Xtr), y_train=_readonly(ytr), X_raw_test=_readonly(Xte),
        y_test=_readonly(yte), X_train=_readonly(F_train), X_test=_readonly(F_test),
        class_names=class_names, axis_labels=labels, input_labels=tuple(column_names),
        feature_names=(), mean=mean, std=std, extent=(0.0, 1.0, 0.0, 1.0),
        grid_inputs=_readonly(np.zeros((0, n))), hover_inputs=_readonly(np.zeros((0, n))), source=source,
    )


# --- a forward pass for the hover heatmaps ---------------------------------------------------

def layer_outputs(params, activations, A0: np.ndarray) -> list[np.ndarray]:
    """A[l] for l = 1..L from parameters alone (the engine's forward loop), A0 is (n_x, m)."""
    return [A for _, A in propagate(params, activations, A0)]


# --- one epoch record ------------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    epoch: int
    train_cost: float
    train_accuracy: float
    test_cost: float = float("nan")
    test_accuracy: float = float("nan")


HISTORY_COLUMNS = ("epoch", "train_cost", "train_accuracy", "test_cost", "test_accuracy")


@dataclass(frozen=True, eq=False)
class History:
    """Epochs as columns: one read-only array per figure of :class:`Record`, one row per epoch.

    A frame carries hundreds of epochs; as five arrays they cross the pipe and reach the cost
    plot without making an object per epoch. Iterating (or indexing) still gives Records.
    """

    epoch: np.ndarray
    train_cost: np.ndarray
    train_accuracy: np.ndarray
    test_cost: np.ndarray
    test_accuracy: np.ndarray

    @classmethod
    def of(cls, records) -> "History":
        rows = np.array([(r.epoch, r.train_cost, r.train_accuracy, r.test_cost, r.test_accuracy)
                         for r in records], dtype=np.float64).reshape(-1, 5)
        columns = [np.ascontiguousarray(rows[:, k]) for k in range(5)]
        columns[0] = columns[0].astype(np.int64)
        for c in columns:
            c.flags.writeable = False
        return cls(*columns)

    def __len__(self) -> int:
        return len(self.epoch)

    def __getitem__(self, i: int) -> Record:
        return Record(int(self.epoch[i]), *(float(getattr(self, c)[i]) for c in HISTORY_COLUMNS[1:]))

    def __iter__(self):
        return (self[i] for i in range(len(self)))

