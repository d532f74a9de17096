"""What a project holds: the Project dataclass, its runs' curves and pinned runs, and the checks
of its arrays (weights that fit the architecture, imported data that can train)."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from typing import Any, Mapping

import numpy as np

from desktop_nn.engine.errors import ProjectError
from desktop_nn.engine.tabular import MAX_CLASSES, MAX_COLUMNS, MAX_ROWS, MAX_VALUES, TabularData
from desktop_nn.training.config import Record
from desktop_nn.project.schema import (
    _HISTORY_COLUMNS,
    MAX_EPOCH_NUMBER,
    MAX_HISTORY,
    MAX_LAYERS,
    MAX_PINNED,
    MAX_UNITS,
    SETTINGS,
    _integer,
    _text,
    check_settings,
    default_settings,
)

# --- the document ------------------------------------------------------------------------------


@dataclass(eq=False)
class RunHistory:
    """One run's curves: a row per epoch, or — for a long run, on the document's fixed budget —
    a row pair per bucket of ``stride`` epochs (the smallest values at its first epoch, the
    largest at its last). ``epoch_numbers`` names each row's epoch (1, 2, … when every epoch has
    its row); NaN where not measured."""

    train_cost: np.ndarray
    train_accuracy: np.ndarray
    test_cost: np.ndarray
    test_accuracy: np.ndarray
    epoch_numbers: np.ndarray | None = None
    stride: int = 1

    def __post_init__(self):
        cols = [np.ascontiguousarray(getattr(self, c), dtype=np.float64).reshape(-1) for c in _HISTORY_COLUMNS]
        if len({len(c) for c in cols}) != 1:
            raise ProjectError("A run history's columns must all have one value per row.")
        for name, col in zip(_HISTORY_COLUMNS, cols):
            setattr(self, name, col)
        n = len(cols[0])
        if self.epoch_numbers is None:
            self.epoch_numbers = np.arange(1, n + 1, dtype=np.int64)
        numbers = np.asarray(self.epoch_numbers)
        if numbers.shape != (n,) or (n and (numbers[0] < 1 or np.any(np.diff(numbers) < 0))):
            raise ProjectError("A run history's epochs must be one per row, from 1 on, in order.")
        self.epoch_numbers = np.ascontiguousarray(numbers, dtype=np.int64)
        self.stride = int(self.stride)
        if not 1 <= self.stride <= 2**62:
            raise ProjectError(f"A run history's stride must be a whole number from 1; it is {self.stride}.")

    @classmethod
    def from_records(cls, records) -> "RunHistory":
        """From records with train_cost, train_accuracy, test_cost, test_accuracy attributes (the
        Trainer's EpochRecord, the UI's Record) or (epoch, …) tuples in that order; None = NaN."""
        rows = []
        for r in records:
            values = [getattr(r, c) for c in _HISTORY_COLUMNS] if hasattr(r, "train_cost") else list(r[1:5])
            rows.append([np.nan if v is None else float(v) for v in values])
        a = np.array(rows, dtype=np.float64).reshape(-1, 4)
        return cls(*(a[:, j] for j in range(4)))

    def records(self) -> list[Record]:
        """The rows as the training session's Records (epoch and the four values): how saved
        curves go back to the run that trains on (an opened project, surgery while paused)."""
        return [Record(int(self.epoch_numbers[i]), float(self.train_cost[i]), float(self.train_accuracy[i]),
                       float(self.test_cost[i]), float(self.test_accuracy[i]))
                for i in range(self.points)]

    @property
    def epochs(self) -> int:
        """The last epoch the curves reach (0 for none)."""
        return int(self.epoch_numbers[-1]) if len(self.epoch_numbers) else 0

    @property
    def points(self) -> int:
        """How many rows the curves hold."""
        return len(self.train_cost)

    def compacted(self, max_rows: int) -> "RunHistory":
        """These curves in at most ``max_rows`` rows, as the document keeps a long run: a row per
        epoch becomes, per bucket of ``stride`` epochs (a power of two), the bucket's smallest
        values at its first epoch and its largest at its last — the envelope the cost plot draws.
        Itself when it fits; only curves with a row per epoch (stride 1) are compacted."""
        n = self.points
        if n <= max_rows:
            return self
        if self.stride != 1 or max_rows < 2:
            raise ProjectError(f"A run history of {n:,} bucketed rows cannot be kept in {max_rows:,}.")
        stride = 1
        while 2 * -(-n // stride) > max_rows:
            stride *= 2
        buckets = -(-n // stride)
        pad = buckets * stride - n
        cols = np.vstack([self.epoch_numbers.astype(np.float64)] + [getattr(self, c) for c in _HISTORY_COLUMNS])
        cols = np.hstack([cols, np.repeat(cols[:, -1:], pad, axis=1)]).reshape(len(cols), buckets, stride)
        with np.errstate(invalid="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)      # a never measured (all-NaN) column stays NaN
            lo, hi = np.nanmin(cols, axis=2), np.nanmax(cols, axis=2)
        out = np.empty((len(cols), 2 * buckets))
        out[:, 0::2], out[:, 1::2] = lo, hi
        return RunHistory(*out[1:], epoch_numbers=out[0].astype(np.int64), stride=stride)

    def equals(self, other: "RunHistory") -> bool:
        return (self.stride == other.stride and np.array_equal(self.epoch_numbers, other.epoch_numbers)
                and all(np.array_equal(getattr(self, c), getattr(other, c), equal_nan=True)
                        for c in _HISTORY_COLUMNS))


@dataclass(eq=False)
class PinnedRun:
    """A run kept as a faded overlay on the cost plot: its label, settings and curves."""

    label: str
    settings: dict[str, Any]
    history: RunHistory


@dataclass(eq=False)
class Project:
    """Everything needed to bring a lesson back exactly as it was.

    settings      flat dict, RunConfig's field names (see ``SETTINGS``)
    imported      the user's own data (from the CSV import), or None for a built-in dataset
    weights       {"W1": …, "b1": …} float64 as trained, or None (train again from the seed)
    epoch         how many epochs produced ``weights``
    history       the current run's curves, or None
    pinned_runs   overlays on the cost plot
    """

    settings: dict[str, Any] = field(default_factory=default_settings)
    imported: TabularData | None = None
    weights: dict[str, np.ndarray] | None = None
    epoch: int = 0
    history: RunHistory | None = None
    pinned_runs: list[PinnedRun] = field(default_factory=list)

    # sections, for readers who think in the chapter's terms
    def section(self, name: str) -> dict[str, Any]:
        """The settings of one section: "dataset", "features", "architecture", "hyperparameters"."""
        return {k: self.settings[k] for k, (s, _, _) in SETTINGS.items() if s == name and k in self.settings}

    @property
    def seed(self) -> int:
        return int(self.settings.get("seed", 0))

    def run_config_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``RunConfig``: the known settings, lists as tuples."""
        out = {}
        for key in SETTINGS:
            value = self.settings.get(key, SETTINGS[key][2])
            out[key] = tuple(value) if isinstance(value, list) else value
        return out

    def layer_dims(self) -> list[int] | None:
        """n[0], n[1], …, n[L] the settings imply, or None when they cannot tell."""
        return _expected_layer_dims(self.settings, self.imported)

    def validate(self) -> "Project":
        """Check every part (types, ranges, shapes, sizes) with the loader's rules — what passes
        can be saved and opened again; raise ProjectError naming the first bad one."""
        self.settings = check_settings(self.settings)
        _integer(0, MAX_EPOCH_NUMBER)(self.epoch, "epoch")
        if self.imported is not None:
            _check_imported(self.imported)
        if self.weights is not None:
            self.weights = _check_weights(self.weights, self.settings, self.imported)
        if self.history is not None:
            _check_history(self.history, "the run's history")
        self.pinned_runs = list(self.pinned_runs)
        if len(self.pinned_runs) > MAX_PINNED:
            raise ProjectError(f"At most {MAX_PINNED} pinned runs; this project has {len(self.pinned_runs)}.")
        for i, run in enumerate(self.pinned_runs):
            _text()(run.label, f"pinned run {i + 1} label")
            run.settings = check_settings(run.settings, f"pinned run {i + 1} settings")
            _check_history(run.history, f"pinned run {i + 1}")
        return self


# --- checks of arrays --------------------------------------------------------------------------


def _expected_layer_dims(settings: Mapping[str, Any], imported: TabularData | None) -> list[int] | None:
    model = settings.get("model")
    features = settings.get("features") or ()
    if imported is not None:
        n_x = None          # how the UI feeds imported columns is its choice: checked by chaining
        n_classes = imported.n_classes
    else:
        n_x = len(features)
        if settings.get("dataset") == "iris":
            n_classes = len(settings.get("iris_classes") or ())
        else:
            n_classes = 2
    if model == "network":
        n_out = n_classes if settings.get("output") == "softmax" else 1
        hidden = list(settings.get("hidden") or ())
        return [n_x if n_x is not None else -1, *hidden, n_out]
    return [n_x if n_x is not None else -1, 1]


_PARAM = re.compile(r"^([Wb])([1-9][0-9]{0,2})$")


def _check_weights(weights: Mapping[str, np.ndarray], settings, imported) -> dict[str, np.ndarray]:
    if not isinstance(weights, Mapping):
        raise ProjectError("The weights must be a mapping of names (W1, b1, …) to arrays.")
    layers: dict[int, dict[str, np.ndarray]] = {}
    extra = {}
    for name, value in weights.items():
        if not isinstance(value, np.ndarray) or value.dtype != np.float64:
            raise ProjectError(f"Weight {name!r} must be a float64 array; found {getattr(value, 'dtype', type(value).__name__)}.")
        if not np.all(np.isfinite(value)):
            raise ProjectError(f"Weight {name!r} contains NaN or inf, which no network can use (a run "
                               "that diverged past repair: reset it).")
        match = _PARAM.match(name) if isinstance(name, str) else None
        if match:
            layers.setdefault(int(match.group(2)), {})[match.group(1)] = value
        elif name == "w_":
            extra[name] = value
        else:
            raise ProjectError(f"Unknown weight {str(name)[:40]!r}; a project holds W1, b1, … (and w_).")
    L = len(layers)
    if sorted(layers) != list(range(1, L + 1)) or any(set(p) != {"W", "b"} for p in layers.values()):
        raise ProjectError(f"The weights must be W1, b1 … WL, bL for consecutive layers; found {', '.join(sorted(map(str, weights)))}.")
    if L > MAX_LAYERS:
        raise ProjectError(f"{L} layers of weights; at most {MAX_LAYERS}.")
    dims = []
    for l in range(1, L + 1):
        W, b = layers[l]["W"], layers[l]["b"]
        if W.ndim != 2:
            raise ProjectError(f"W{l} must be a matrix (n[{l}], n[{l - 1}]); it has shape {W.shape}.")
        if l == 1:
            dims.append(W.shape[1])
        elif W.shape[1] != dims[-1]:
            raise ProjectError(
                f"W{l} has shape {W.shape} but W{l - 1} gives n[{l - 1}] = {dims[-1]}: "
                f"W{l} must be (n[{l}], {dims[-1]})."
            )
        dims.append(W.shape[0])
        if b.shape != (W.shape[0], 1):
            raise ProjectError(f"b{l} must have shape ({W.shape[0]}, 1) = (n[{l}], 1); it has {b.shape}.")
    if L and max(dims) > MAX_UNITS:
        raise ProjectError(f"A layer of {max(dims)} units; at most {MAX_UNITS}.")
    expected = _expected_layer_dims(settings, imported)
    if L and expected is not None:
        if expected[0] == -1:
            expected[0] = dims[0]
        if dims != expected:
            raise ProjectError(
                "The saved weights do not fit the saved architecture: they are "
                f"{'-'.join(map(str, dims))} (n[0]-…-n[L]) but the settings describe "
                f"{'-'.join(map(str, expected))}."
            )
    if "w_" in extra:
        w = extra["w_"]
        if L != 1 or w.shape != (dims[0] + 1,) or not (w[0] == layers[1]["b"][0, 0] and np.array_equal(w[1:], layers[1]["W"][0])):
            raise ProjectError("w_ must be the classic model's vector [b, W1…] of shape (n + 1,), equal to b1 and W1.")
    out = {}
    for l in range(1, L + 1):
        out[f"W{l}"] = layers[l]["W"]
        out[f"b{l}"] = layers[l]["b"]
    out.update(extra)
    return out


def _check_history(history: RunHistory, where: str) -> None:
    """The loader's limits on a run's curves: at most MAX_HISTORY rows (the document's budget),
    epochs and stride up to MAX_EPOCH_NUMBER."""
    if not isinstance(history, RunHistory):
        raise ProjectError(f"{where}: expected a RunHistory, found {type(history).__name__}.")
    if history.points > MAX_HISTORY:
        raise ProjectError(f"{where} has {history.points:,} rows; a project keeps at most {MAX_HISTORY:,} "
                           "per run (RunHistory.compacted keeps its envelope in fewer).")
    _integer(0, MAX_EPOCH_NUMBER)(history.epochs, f"{where} epochs")
    _integer(1, MAX_EPOCH_NUMBER)(history.stride, f"{where} stride")


def _check_imported(data: TabularData) -> None:
    X, y = data.X, data.y
    if not (isinstance(X, np.ndarray) and X.dtype == np.float64 and X.ndim == 2):
        raise ProjectError("The imported data X must be a float64 matrix (examples × features).")
    numeric = isinstance(y, np.ndarray) and y.dtype == np.float64      # numbers to fit (a regression)
    if not (isinstance(y, np.ndarray) and y.dtype in (np.int64, np.float64) and y.shape == (X.shape[0],)):
        raise ProjectError(f"The imported labels y must be int64 (classes) or float64 (numbers to fit) of "
                           f"shape ({X.shape[0]},).")
    m, n = X.shape
    if not 0 <= m <= MAX_ROWS or not 1 <= n <= MAX_COLUMNS:      # 0 rows: an empty drawing canvas
        raise ProjectError(f"The imported data is {m} × {n}; at most {MAX_ROWS:,} rows and {MAX_COLUMNS} columns.")
    if m * n > MAX_VALUES:
        raise ProjectError(f"The imported data is {m:,} × {n} = {m * n:,} values; at most {MAX_VALUES:,} "
                           "(what the CSV import reads).")
    if len(data.feature_names) != n:
        raise ProjectError(f"The imported data has {n} columns but {len(data.feature_names)} feature names.")
    k = len(data.class_names)
    if numeric and k:
        raise ProjectError("Imported numbers to fit (a float64 target) have no classes; found class names.")
    if numeric and not np.all(np.isfinite(y)):
        raise ProjectError("The imported target contains NaN or inf, which no model can fit.")
    if not numeric and not 2 <= k <= MAX_CLASSES:
        raise ProjectError(f"The imported data has {k} classes; 2 to {MAX_CLASSES} are supported.")
    for i, name in enumerate(data.feature_names):
        _text()(name, f"imported data: the name of column {i + 1}")
    for i, name in enumerate(data.class_names):
        _text()(name, f"imported data: class {i + 1}")
    _text()(data.label_name, "imported data: the label column's name")
    _text()(data.source, "imported data: the file's name")
    _integer(0, 10**12)(data.n_dropped, "imported data: rows dropped")
    if m and not numeric and (y.min() < 0 or y.max() >= k):
        raise ProjectError(f"The imported labels must be class numbers 0 to {k - 1}.")
    if not np.all(np.isfinite(X)):
        raise ProjectError("The imported data contains NaN or inf, which no model can train on.")


