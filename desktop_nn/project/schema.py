"""The project file's settings schema, value checks and limits, all derived from RunConfig's one
schema and the CSV import's limits.

Each checker returns the cleaned value or raises :class:`ProjectError` with a sentence saying
what is wrong. The limits are the app's: a file may hold what the app can make (a CSV import of
at most ``MAX_VALUES`` feature values, a run's curves on the document's budget of
``MAX_HISTORY`` rows, settings in RunConfig's ranges) and nothing more, so every size is known
from project.json before an array is unpacked.
"""

from __future__ import annotations

import math
from typing import Any, Callable, Mapping

from desktop_nn.engine.errors import ConfigError, ProjectError
from desktop_nn.engine.tabular import MAX_CLASSES, MAX_COLUMNS, MAX_NAME, MAX_ROWS, MAX_VALUES, name_problem
from desktop_nn.training.config import MAX_HIDDEN_LAYERS, MAX_NEURONS, RunConfig, Setting

FORMAT = "desktop_nn project"
FORMAT_VERSION = 2          # 2: a curve names each row's epoch (long runs are kept on a budget)
SUFFIX = ".dnn"

# --- limits a file must respect: what the app can make --------------------------------------
MAX_LAYERS = 64
MAX_UNITS = 4096                    # per layer, and the inputs of an imported table's first layer
MAX_INPUTS = MAX_COLUMNS
MAX_HISTORY = 100_000               # rows per stored curve: the document's budget (HISTORY_BUDGET)
MAX_HISTORY_V1 = 10_000_000         # format 1 kept a row per epoch; compacted to MAX_HISTORY on opening
MAX_EPOCH_NUMBER = 2**53            # epochs a run may have trained (exact as a float64)
MAX_PINNED = 64
MAX_TEXT = MAX_NAME                 # characters of a name or label: the CSV import's limit
MAX_LIST = 1024
MAX_ARRAYS = 4096
MAX_MEMBERS = 16
MAX_JSON_BYTES = 4 << 20
NPY_OVERHEAD = 1024                 # bytes an array may take beyond its data in a .npz (header, ZIP entries)
_CURVES = 5                         # columns of a stored curve: 4 values and (format 2) the epoch
#: weights.npz: the largest network RunConfig allows (an input layer of MAX_UNITS, hidden layers
#: of MAX_NEURONS, an output of MAX_CLASSES) and a classic model's w_
_WIDEST = max(MAX_NEURONS, MAX_CLASSES)
MAX_WEIGHTS_BYTES = (8 * (_WIDEST * (MAX_UNITS + 1) + MAX_HIDDEN_LAYERS * _WIDEST * (_WIDEST + 1) + MAX_UNITS + 1)
                     + NPY_OVERHEAD * (2 * MAX_HIDDEN_LAYERS + 3))
#: data.npz: an imported table (X, y) and the current run's and every pinned run's curves
MAX_DATA_BYTES = (8 * (MAX_VALUES + MAX_ROWS) + 8 * _CURVES * MAX_HISTORY * (1 + MAX_PINNED)
                  + NPY_OVERHEAD * (2 + _CURVES * (1 + MAX_PINNED)))
MAX_TOTAL_BYTES = MAX_JSON_BYTES + MAX_WEIGHTS_BYTES + MAX_DATA_BYTES      # all members, unpacked
MAX_FILE_BYTES = MAX_TOTAL_BYTES + MAX_TOTAL_BYTES // 256 + (1 << 16)      # deflate may grow a member a little

_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_SECTIONS = ("dataset", "features", "architecture", "hyperparameters")
_HISTORY_COLUMNS = ("train_cost", "train_accuracy", "test_cost", "test_accuracy")

# --- value checkers: each returns the cleaned value or raises ProjectError --------------------


def _fail(where: str, what: str) -> ProjectError:
    return ProjectError(f"{where}: {what}")


def _text(max_len: int = MAX_TEXT) -> Callable[[Any, str], str]:
    """Text of at most ``max_len`` characters that a file can hold (the CSV import's rule)."""
    def check(v, where):
        if not isinstance(v, str):
            raise _fail(where, f"expected text, found {_kind(v)}.")
        problem = name_problem(v, max_len)
        if problem is not None:
            raise _fail(where, f"the text cannot be kept: {problem}.")
        return v
    return check


def _integer(lo: int, hi: int, optional: bool = False) -> Callable[[Any, str], int | None]:
    def check(v, where):
        if v is None and optional:
            return None
        if isinstance(v, bool) or not isinstance(v, int):
            raise _fail(where, f"expected a whole number, found {_kind(v)}.")
        if not lo <= v <= hi:
            raise _fail(where, f"{v} is out of range ({lo} to {hi}).")
        return v
    return check


def _number(lo: float, hi: float) -> Callable[[Any, str], float]:
    def check(v, where):
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise _fail(where, f"expected a number, found {_kind(v)}.")
        v = float(v)
        if not (math.isfinite(v) and lo <= v <= hi):
            raise _fail(where, f"{v!r} is out of range ({lo:g} to {hi:g}).")
        return v
    return check


def _boolean(v, where):
    if not isinstance(v, bool):
        raise _fail(where, f"expected true or false, found {_kind(v)}.")
    return v


def _list_of(item: Callable, min_len: int = 0, max_len: int = MAX_LIST) -> Callable[[Any, str], tuple]:
    def check(v, where):
        if not isinstance(v, (list, tuple)):
            raise _fail(where, f"expected a list, found {_kind(v)}.")
        if not min_len <= len(v) <= max_len:
            raise _fail(where, f"the list has {len(v)} items; expected {min_len} to {max_len}.")
        return tuple(item(x, f"{where}[{i}]") for i, x in enumerate(v))
    return check


def _kind(v) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null",
            int: "a number", float: "a number"}.get(type(v), type(v).__name__)


def _checker(spec: Setting) -> Callable[[Any, str], Any]:
    """The loader's check of one setting, from RunConfig's schema: its JSON type, then its range."""
    text = _text(64)
    lo = spec.low if spec.low is not None else -(2**63)
    hi = spec.high if spec.high is not None else 2**63 - 1
    if spec.kind == "text":
        base = text
    elif spec.kind == "texts":
        base = _list_of(text, *spec.items)
    elif spec.kind == "text_or_texts":
        texts = _list_of(text, *spec.items)
        base = lambda v, where: text(v, where) if isinstance(v, str) else texts(v, where)  # noqa: E731
    elif spec.kind == "bool":
        base = _boolean
    elif spec.kind == "int":
        base = _integer(int(lo), int(hi), optional=spec.optional)
    elif spec.kind == "ints":
        base = _list_of(_integer(int(lo), int(hi)), *spec.items)
    else:
        base = _number(float(lo), float(hi))

    def check(v, where):
        value = base(v, where)
        try:
            spec.check(value, "it")
        except ConfigError as exc:                   # an open end: a learning rate of 0, a share of 1
            raise _fail(where, str(exc)) from None
        return value
    return check


#: every setting: key -> (JSON section, checker, default), all three read from RunConfig's one
#: schema (training.config.Setting): what the project file holds is what a run can use.
SETTINGS: dict[str, tuple[str, Callable, Any]] = {
    name: (spec.section, _checker(spec), default) for name, (spec, default) in RunConfig.schema().items()
}


def default_settings() -> dict[str, Any]:
    """The settings of a new project (RunConfig's defaults: the chapter's start-up view)."""
    return {key: default for key, (_, _, default) in SETTINGS.items()}


def check_settings(settings: Mapping[str, Any], where: str = "settings") -> dict[str, Any]:
    """Known keys type- and range-checked (tuples for lists); unknown keys kept if JSON scalars."""
    if not isinstance(settings, Mapping):
        raise _fail(where, f"expected an object, found {_kind(settings)}.")
    clean = default_settings()
    for key, value in settings.items():
        if not isinstance(key, str) or name_problem(key, 64) is not None:
            raise _fail(where, f"{str(key)[:64]!r} is not a setting name.")
        if key in SETTINGS:
            clean[key] = SETTINGS[key][1](value, f"{where} '{key}'")
        else:     # a newer version's setting: keep it if it is a plain value
            if isinstance(value, (list, tuple)):
                value = _list_of(_scalar, 0, MAX_LIST)(value, f"{where} '{key}'")
            else:
                value = _scalar(value, f"{where} '{key}'")
            clean[key] = value
    return clean


def _scalar(v, where):
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, int):
        return _integer(-(2**63), 2**63 - 1)(v, where)
    if isinstance(v, float):
        return _number(-1e300, 1e300)(v, where)
    if isinstance(v, str):
        return _text()(v, where)
    raise _fail(where, f"expected a plain value, found {_kind(v)}.")

