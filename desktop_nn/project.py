"""The document: a project's settings, its own data, its runs and (optionally) its weights.

A :class:`Project` is a plain dataclass. Its ``settings`` are a flat dict whose keys are exactly
the fields of the UI's ``RunConfig`` (``desktop_nn/training/config.py``)::

    RunConfig(**project.run_config_kwargs())                 # project -> the run to train
    Project(settings=dataclasses.asdict(config), ...)         # a run's settings -> project

On disk a project is a ``.dnn`` file: a ZIP archive holding

    project.json   format, version, the settings grouped in sections (dataset, features,
                   architecture, hyperparameters, seed), the names of the imported data's
                   columns and classes, the pinned runs' labels and settings;
    weights.npz    W1, b1, … (and the classic models' w_), float64, when weights are saved;
    data.npz       the imported data (X, y), the current run's history and the pinned runs'
                   curves.

Reading never trusts the file: the .npz members are parsed with ``allow_pickle=False`` by a
reader that checks each array's declared dtype and shape before reading a byte of it; sizes are
bounded before anything is decompressed; every JSON value is type- and range-checked; weights
must have the shapes the architecture implies. Anything else raises :class:`ProjectError` with a
sentence saying what is wrong. Writing is atomic (a temporary file in the same folder, fsync,
``os.replace``): a crash or a full disk mid-save leaves the previous file as it was.
"""

from __future__ import annotations

import io
import json
import math
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

import numpy as np

from desktop_nn.engine.errors import ConfigError, ProjectError
from desktop_nn.engine.export import atomic_write
from desktop_nn.engine.tabular import MAX_CLASSES, MAX_COLUMNS, MAX_ROWS, TabularData
from desktop_nn.training.config import RunConfig, Setting

FORMAT = "desktop_nn project"
FORMAT_VERSION = 1
SUFFIX = ".dnn"

# --- limits a file must respect (far above what the app produces) ---------------------------
MAX_FILE_BYTES = 1 << 30            # 1 GB on disk
MAX_MEMBER_BYTES = 1 << 30          # any member, uncompressed
MAX_TOTAL_BYTES = 1 << 30           # all members, uncompressed
MAX_JSON_BYTES = 4 << 20
MAX_MEMBERS = 16
MAX_ARRAYS = 4096
MAX_LAYERS = 64
MAX_UNITS = 4096                    # per layer
MAX_INPUTS = MAX_COLUMNS
MAX_HISTORY = 10_000_000            # epochs per stored curve
MAX_PINNED = 64
MAX_TEXT = 400                      # characters of a name or label
MAX_LIST = 1024

_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_SECTIONS = ("dataset", "features", "architecture", "hyperparameters")
_HISTORY_COLUMNS = ("train_cost", "train_accuracy", "test_cost", "test_accuracy")


# --- value checkers: each returns the cleaned value or raises ProjectError --------------------


def _fail(where: str, what: str) -> ProjectError:
    return ProjectError(f"{where}: {what}")


def _text(max_len: int = MAX_TEXT) -> Callable[[Any, str], str]:
    def check(v, where):
        if not isinstance(v, str):
            raise _fail(where, f"expected text, found {_kind(v)}.")
        if len(v) > max_len:
            raise _fail(where, f"the text is {len(v)} characters long; at most {max_len}.")
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
        if not isinstance(key, str) or len(key) > 64:
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


# --- the document ------------------------------------------------------------------------------


@dataclass(eq=False)
class RunHistory:
    """One run's curves, one value per epoch (epoch k is index k − 1); NaN where not measured."""

    train_cost: np.ndarray
    train_accuracy: np.ndarray
    test_cost: np.ndarray
    test_accuracy: np.ndarray

    def __post_init__(self):
        cols = [np.ascontiguousarray(getattr(self, c), dtype=np.float64).reshape(-1) for c in _HISTORY_COLUMNS]
        if len({len(c) for c in cols}) != 1:
            raise ProjectError("A run history's columns must all have one value per epoch.")
        for name, col in zip(_HISTORY_COLUMNS, cols):
            setattr(self, name, col)

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

    @property
    def epochs(self) -> int:
        return len(self.train_cost)

    def equals(self, other: "RunHistory") -> bool:
        return all(np.array_equal(getattr(self, c), getattr(other, c), equal_nan=True) for c in _HISTORY_COLUMNS)


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
        """Check every part (types, ranges, shapes); raise ProjectError naming the first bad one."""
        self.settings = check_settings(self.settings)
        _integer(0, 10**12)(self.epoch, "epoch")
        if self.imported is not None:
            _check_imported(self.imported)
        if self.weights is not None:
            self.weights = _check_weights(self.weights, self.settings, self.imported)
        if len(self.pinned_runs) > MAX_PINNED:
            raise ProjectError(f"At most {MAX_PINNED} pinned runs; this project has {len(self.pinned_runs)}.")
        for i, run in enumerate(self.pinned_runs):
            _text()(run.label, f"pinned run {i + 1} label")
            run.settings = check_settings(run.settings, f"pinned run {i + 1} settings")
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
            raise ProjectError(f"Weight {name!r} contains NaN or inf; the file is damaged.")
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


def _check_imported(data: TabularData) -> None:
    X, y = data.X, data.y
    if not (isinstance(X, np.ndarray) and X.dtype == np.float64 and X.ndim == 2):
        raise ProjectError("The imported data X must be a float64 matrix (examples × features).")
    if not (isinstance(y, np.ndarray) and y.dtype == np.int64 and y.shape == (X.shape[0],)):
        raise ProjectError(f"The imported labels y must be int64 of shape ({X.shape[0]},).")
    m, n = X.shape
    if not 1 <= m <= MAX_ROWS or not 1 <= n <= MAX_COLUMNS:
        raise ProjectError(f"The imported data is {m} × {n}; at most {MAX_ROWS:,} rows and {MAX_COLUMNS} columns.")
    if len(data.feature_names) != n:
        raise ProjectError(f"The imported data has {n} columns but {len(data.feature_names)} feature names.")
    k = len(data.class_names)
    if not 2 <= k <= MAX_CLASSES:
        raise ProjectError(f"The imported data has {k} classes; 2 to {MAX_CLASSES} are supported.")
    if m and (y.min() < 0 or y.max() >= k):
        raise ProjectError(f"The imported labels must be class numbers 0 to {k - 1}.")
    if not np.all(np.isfinite(X)):
        raise ProjectError("The imported data contains NaN or inf; the file is damaged.")


# --- writing -----------------------------------------------------------------------------------


def _npz_bytes(arrays: Mapping[str, np.ndarray]) -> bytes:
    """A .npz (ZIP of .npy) with fixed dates, so the same arrays always give the same bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED, allowZip64=True) as z:
        for name, arr in arrays.items():
            member = io.BytesIO()
            np.lib.format.write_array(member, np.ascontiguousarray(arr), allow_pickle=False)
            z.writestr(zipfile.ZipInfo(f"{name}.npy", _ZIP_DATE), member.getvalue())
    return buf.getvalue()


def project_to_json(project: Project) -> dict[str, Any]:
    """The JSON document (without the arrays)."""
    s = project.settings
    doc: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION}
    from desktop_nn import __version__

    doc["app_version"] = __version__
    for section in _SECTIONS:
        doc[section] = {k: _jsonable(v) for k, v in project.section(section).items()}
    doc["seed"] = project.seed
    doc["extra_settings"] = {k: _jsonable(v) for k, v in s.items() if k not in SETTINGS}
    if project.imported is not None:
        d = project.imported
        doc["imported_data"] = {
            "source": d.source, "feature_names": list(d.feature_names), "label_name": d.label_name,
            "class_names": list(d.class_names), "m": d.m, "n_dropped": d.n_dropped,
        }
    else:
        doc["imported_data"] = None
    doc["weights"] = None if project.weights is None else {"epoch": project.epoch, "names": list(project.weights)}
    doc["history"] = None if project.history is None else {"epochs": project.history.epochs}
    doc["pinned_runs"] = [
        {"label": run.label, "settings": {k: _jsonable(v) for k, v in run.settings.items()},
         "epochs": run.history.epochs}
        for run in project.pinned_runs
    ]
    return doc


def _jsonable(v):
    if isinstance(v, tuple):
        return [_jsonable(x) for x in v]
    if isinstance(v, list):
        return [_jsonable(x) for x in v]
    if isinstance(v, np.generic):
        return v.item()
    return v


def project_to_bytes(project: Project) -> bytes:
    """The .dnn file's bytes (checks the project first)."""
    project.validate()
    doc = project_to_json(project)
    data_arrays: dict[str, np.ndarray] = {}
    if project.imported is not None:
        data_arrays["X"] = project.imported.X
        data_arrays["y"] = project.imported.y
    if project.history is not None:
        for c in _HISTORY_COLUMNS:
            data_arrays[f"history_{c}"] = getattr(project.history, c)
    for i, run in enumerate(project.pinned_runs):
        for c in _HISTORY_COLUMNS:
            data_arrays[f"pinned{i}_{c}"] = getattr(run.history, c)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
        z.writestr(zipfile.ZipInfo("project.json", _ZIP_DATE),
                   json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False).encode("utf-8"),
                   compress_type=zipfile.ZIP_DEFLATED)
        if project.weights is not None:
            z.writestr(zipfile.ZipInfo("weights.npz", _ZIP_DATE), _npz_bytes(project.weights),
                       compress_type=zipfile.ZIP_DEFLATED)
        if data_arrays:
            z.writestr(zipfile.ZipInfo("data.npz", _ZIP_DATE), _npz_bytes(data_arrays),
                       compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def save_project(project: Project, path: str | Path) -> None:
    """Write ``path`` atomically: the previous file stays intact if anything fails."""
    path = Path(path)
    data = project_to_bytes(project)
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise ProjectError(
            f"Cannot save '{path.name}': {exc.strerror or exc}. The previous file is unchanged."
        ) from exc


# --- reading -----------------------------------------------------------------------------------

_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError,
               RuntimeError, zlib.error, struct.error, OverflowError, KeyError, IndexError, UnicodeError,
               TypeError, MemoryError)
_ALLOWED_DTYPES = {np.dtype("<f8"): np.float64, np.dtype("<i8"): np.int64}


def _members(z: zipfile.ZipFile, what: str) -> dict[str, zipfile.ZipInfo]:
    infos = z.infolist()
    if len(infos) > (MAX_ARRAYS if what != "project" else MAX_MEMBERS):
        raise ProjectError(f"The {what} archive has {len(infos)} entries; too many for a project file.")
    members, total = {}, 0
    for info in infos:
        if info.filename in members:
            raise ProjectError(f"The {what} archive holds '{info.filename[:60]}' twice; the file is damaged or forged.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ProjectError(f"'{info.filename[:60]}' uses a compression desktop_nn does not read.")
        if info.flag_bits & 0x1:
            raise ProjectError(f"'{info.filename[:60]}' is encrypted; project files are never encrypted.")
        if info.file_size > MAX_MEMBER_BYTES:
            raise ProjectError(f"'{info.filename[:60]}' would unpack to {info.file_size:,} bytes; refused (limit {MAX_MEMBER_BYTES:,}).")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise ProjectError(f"The {what} archive would unpack to more than {MAX_TOTAL_BYTES:,} bytes; refused.")
        members[info.filename] = info
    return members


def _read_member(z: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise ProjectError(f"'{info.filename[:60]}' is {info.file_size:,} bytes; at most {limit:,}.")
    with z.open(info) as f:
        data = f.read(limit + 1)
    if len(data) > limit or len(data) != info.file_size:
        raise ProjectError(f"'{info.filename[:60]}' is not the size its header says; the file is damaged.")
    return data


def _read_npz(blob: bytes, what: str) -> dict[str, np.ndarray]:
    """Arrays of a .npz, each header checked before its data is read; never unpickles."""
    arrays = {}
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        for name, info in _members(z, what).items():
            if not name.endswith(".npy") or len(name) > 80:
                raise ProjectError(f"{what} holds '{name[:60]}', which is not a .npy array.")
            key = name[:-4]
            with z.open(info) as f:
                try:
                    version = np.lib.format.read_magic(f)
                    if version == (1, 0):
                        shape, fortran, dtype = np.lib.format.read_array_header_1_0(f)
                    elif version == (2, 0):
                        shape, fortran, dtype = np.lib.format.read_array_header_2_0(f)
                    else:
                        raise ProjectError(f"{what}/{key} uses .npy version {version}, which is not read.")
                except ProjectError:
                    raise
                except (ValueError, SyntaxError, TypeError, struct.error, EOFError) as exc:
                    raise ProjectError(f"{what}/{key} is not a valid .npy array ({str(exc)[:80]}).") from None
                if dtype.hasobject:
                    raise ProjectError(
                        f"{what}/{key} holds Python objects (a pickle), which could run code when "
                        "loaded; refused. Projects hold only numbers."
                    )
                if dtype not in _ALLOWED_DTYPES:
                    raise ProjectError(f"{what}/{key} has type {dtype}; project arrays are float64 or int64.")
                if len(shape) > 2:
                    raise ProjectError(f"{what}/{key} has {len(shape)} dimensions; project arrays have 1 or 2.")
                count = 1
                for d in shape:
                    count *= d
                nbytes = count * dtype.itemsize
                if nbytes > info.file_size:
                    raise ProjectError(
                        f"{what}/{key} claims shape {shape} ({nbytes:,} bytes) but holds {info.file_size:,}; "
                        "the file is damaged or forged."
                    )
                data = f.read(nbytes)
                if len(data) != nbytes or f.read(1):
                    raise ProjectError(f"{what}/{key} does not hold exactly the data of shape {shape}.")
            arr = np.frombuffer(data, dtype=dtype).reshape(shape, order="F" if fortran else "C")
            arrays[key] = np.array(arr, dtype=_ALLOWED_DTYPES[dtype], order="C", copy=True)
    return arrays


def _reject_constant(name):
    raise ProjectError(f"project.json contains {name}, which is not a number a project can hold.")


def _object(doc, key, where="project.json") -> dict:
    v = doc.get(key)
    if not isinstance(v, dict):
        raise _fail(f"{where} '{key}'", f"expected an object, found {_kind(v)}.")
    return v


def project_from_bytes(data: bytes, name: str = "project") -> Project:
    """Parse and check a .dnn file's bytes. Raises ProjectError for anything not a valid project."""
    try:
        return _project_from_bytes(data, name)
    except ProjectError as exc:
        message = str(exc)
        if not message.startswith(f"'{name}'"):
            message = f"'{name}' cannot be opened: {message}"
        raise ProjectError(message) from None
    except RecursionError:
        raise ProjectError(f"'{name}' cannot be opened: project.json is nested too deeply.") from None
    except _ZIP_ERRORS as exc:
        raise ProjectError(
            f"'{name}' cannot be opened: it is not a complete desktop_nn project (a ZIP archive); "
            f"it may be truncated or another kind of file ({type(exc).__name__}: {str(exc)[:80]})."
        ) from None


def _project_from_bytes(data: bytes, name: str) -> Project:
    if len(data) > MAX_FILE_BYTES:
        raise ProjectError(f"the file is {len(data):,} bytes; at most {MAX_FILE_BYTES:,}.")
    if not data.startswith(b"PK"):
        raise ProjectError("it is not a desktop_nn project (a .dnn file is a ZIP archive).")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        members = _members(z, "project")
        if "project.json" not in members:
            raise ProjectError("it has no project.json; it is not a desktop_nn project.")
        raw = _read_member(z, members["project.json"], MAX_JSON_BYTES)
        weights_blob = _read_member(z, members["weights.npz"], MAX_MEMBER_BYTES) if "weights.npz" in members else None
        data_blob = _read_member(z, members["data.npz"], MAX_MEMBER_BYTES) if "data.npz" in members else None
    try:
        doc = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProjectError(f"project.json is not valid JSON ({str(exc)[:80]}).") from None
    if not isinstance(doc, dict):
        raise ProjectError("project.json must hold an object.")
    if doc.get("format") != FORMAT:
        raise ProjectError("project.json does not say it is a desktop_nn project.")
    version = doc.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ProjectError("project.json has no valid format_version.")
    if version > FORMAT_VERSION:
        raise ProjectError(
            f"it was saved by a newer desktop_nn (format {version}; this version reads up to "
            f"{FORMAT_VERSION}). Update desktop_nn to open it."
        )
    settings: dict[str, Any] = {}
    for section in _SECTIONS:
        part = _object(doc, section)
        for key, value in part.items():
            if key in SETTINGS and SETTINGS[key][0] != section:
                raise ProjectError(f"project.json '{section}' holds '{key}', which belongs in '{SETTINGS[key][0]}'.")
            settings[key] = value
    settings["seed"] = doc.get("seed")
    extra = doc.get("extra_settings", {})
    if not isinstance(extra, dict):
        raise _fail("project.json 'extra_settings'", f"expected an object, found {_kind(extra)}.")
    for key, value in extra.items():
        if key in SETTINGS:
            raise ProjectError(f"project.json 'extra_settings' repeats the setting '{key}'.")
        settings[key] = value
    settings = check_settings(settings, "project.json")

    arrays = _read_npz(data_blob, "data.npz") if data_blob is not None else {}

    def take(key: str, ndim: int, dtype) -> np.ndarray:
        if key not in arrays:
            raise ProjectError(f"data.npz has no '{key}', which project.json announces.")
        arr = arrays[key]
        if arr.ndim != ndim or arr.dtype != dtype:
            raise ProjectError(f"data.npz/{key} must be a {ndim}-D {np.dtype(dtype).name} array; it is {arr.ndim}-D {arr.dtype}.")
        return arr

    imported = None
    meta = doc.get("imported_data")
    if meta is not None:
        if not isinstance(meta, dict):
            raise _fail("project.json 'imported_data'", f"expected an object or null, found {_kind(meta)}.")
        X, y = take("X", 2, np.float64), take("y", 1, np.int64)
        X.flags.writeable = False
        y.flags.writeable = False
        imported = TabularData(
            X=X, y=y,
            feature_names=_list_of(_text(), 1, MAX_COLUMNS)(meta.get("feature_names"), "imported_data 'feature_names'"),
            label_name=_text()(meta.get("label_name"), "imported_data 'label_name'"),
            class_names=_list_of(_text(), 2, MAX_CLASSES)(meta.get("class_names"), "imported_data 'class_names'"),
            source=_text()(meta.get("source", ""), "imported_data 'source'"),
            n_dropped=_integer(0, 10**12)(meta.get("n_dropped", 0), "imported_data 'n_dropped'"),
        )
        m = _integer(0, MAX_ROWS)(meta.get("m"), "imported_data 'm'")
        if m != X.shape[0]:
            raise ProjectError(f"project.json announces {m} imported rows but data.npz holds {X.shape[0]}.")

    def history(prefix: str, epochs) -> RunHistory:
        n = _integer(0, MAX_HISTORY)(epochs, f"'{prefix}' epochs")
        cols = [take(f"{prefix}_{c}", 1, np.float64) for c in _HISTORY_COLUMNS]
        if any(len(c) != n for c in cols):
            raise ProjectError(f"The curves of '{prefix}' do not have the {n} epochs project.json announces.")
        return RunHistory(*cols)

    run_history = None
    hmeta = doc.get("history")
    if hmeta is not None:
        if not isinstance(hmeta, dict):
            raise _fail("project.json 'history'", f"expected an object or null, found {_kind(hmeta)}.")
        run_history = history("history", hmeta.get("epochs"))

    pinned = []
    runs = doc.get("pinned_runs", [])
    if not isinstance(runs, list) or len(runs) > MAX_PINNED:
        raise _fail("project.json 'pinned_runs'", f"expected a list of at most {MAX_PINNED} runs.")
    for i, run in enumerate(runs):
        if not isinstance(run, dict):
            raise _fail(f"project.json pinned run {i + 1}", f"expected an object, found {_kind(run)}.")
        pinned.append(PinnedRun(
            label=_text()(run.get("label"), f"pinned run {i + 1} 'label'"),
            settings=check_settings(run.get("settings", {}), f"pinned run {i + 1} settings"),
            history=history(f"pinned{i}", run.get("epochs")),
        ))

    weights = None
    epoch = 0
    wmeta = doc.get("weights")
    if wmeta is not None:
        if not isinstance(wmeta, dict):
            raise _fail("project.json 'weights'", f"expected an object or null, found {_kind(wmeta)}.")
        if weights_blob is None:
            raise ProjectError("project.json announces weights but the file has no weights.npz.")
        epoch = _integer(0, 10**12)(wmeta.get("epoch"), "weights 'epoch'")
        weights = _read_npz(weights_blob, "weights.npz")
        names = _list_of(_text(8), 0, MAX_ARRAYS)(wmeta.get("names"), "weights 'names'")
        if set(names) != set(weights):
            raise ProjectError("weights.npz does not hold the arrays project.json lists.")
        weights = {k: weights[k] for k in names}

    project = Project(settings=settings, imported=imported, weights=weights, epoch=epoch,
                      history=run_history, pinned_runs=pinned)
    return project.validate()


def load_project(path: str | Path) -> Project:
    """Read and check a .dnn file. Raises ProjectError (never anything else) for a bad file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectError(f"'{path.name}' is {size:,} bytes; a project is at most {MAX_FILE_BYTES:,}.")
        data = path.read_bytes()
    except OSError as exc:
        raise ProjectError(f"Cannot open '{path.name}': {exc.strerror or exc}.") from exc
    return project_from_bytes(data, path.name)


def weights_equal(a: Mapping[str, np.ndarray] | None, b: Mapping[str, np.ndarray] | None) -> bool:
    """Bit-identical weights (same names, shapes, dtypes and bytes)."""
    if a is None or b is None:
        return a is b
    return set(a) == set(b) and all(
        a[k].dtype == b[k].dtype and a[k].shape == b[k].shape and a[k].tobytes() == b[k].tobytes() for k in a
    )
