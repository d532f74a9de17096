"""The .dnn file: writing a Project atomically and reading one without trusting a byte of it.

A ZIP archive of project.json (settings by section, names, labels), weights.npz and data.npz;
the .npz members are parsed with ``allow_pickle=False`` by a reader that checks each array's
declared dtype and shape before reading it, sizes are bounded before anything is decompressed.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from desktop_nn.engine.errors import ProjectError
from desktop_nn.engine.export import atomic_write
from desktop_nn.engine.tabular import MAX_CLASSES, MAX_COLUMNS, MAX_ROWS, TabularData
from desktop_nn.project.model import PinnedRun, Project, RunHistory
from desktop_nn.project.schema import (
    _HISTORY_COLUMNS,
    _SECTIONS,
    _ZIP_DATE,
    FORMAT,
    FORMAT_VERSION,
    MAX_ARRAYS,
    MAX_FILE_BYTES,
    MAX_EPOCH_NUMBER,
    MAX_HISTORY,
    MAX_JSON_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_PINNED,
    MAX_TOTAL_BYTES,
    SETTINGS,
    _fail,
    _integer,
    _kind,
    _list_of,
    _text,
    check_settings,
)


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
    doc["history"] = None if project.history is None else _history_json(project.history)
    doc["pinned_runs"] = [
        {"label": run.label, "settings": {k: _jsonable(v) for k, v in run.settings.items()},
         **_history_json(run.history)}
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


def _history_json(history: RunHistory) -> dict[str, Any]:
    """A run history's entry in project.json: its last epoch, its rows, and how many epochs a
    bucket of two rows covers (1: a row per epoch)."""
    return {"epochs": history.epochs, "points": history.points, "stride": history.stride}


def _history_arrays(prefix: str, history: RunHistory) -> dict[str, np.ndarray]:
    arrays = {f"{prefix}_{c}": getattr(history, c) for c in _HISTORY_COLUMNS}
    arrays[f"{prefix}_epoch"] = history.epoch_numbers       # format 2: each row's epoch
    return arrays


def project_to_bytes(project: Project) -> bytes:
    """The .dnn file's bytes (checks the project first)."""
    project.validate()
    doc = project_to_json(project)
    data_arrays: dict[str, np.ndarray] = {}
    if project.imported is not None:
        data_arrays["X"] = project.imported.X
        data_arrays["y"] = project.imported.y
    if project.history is not None:
        data_arrays.update(_history_arrays("history", project.history))
    for i, run in enumerate(project.pinned_runs):
        data_arrays.update(_history_arrays(f"pinned{i}", run.history))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
        z.writestr(zipfile.ZipInfo("project.json", _ZIP_DATE),
                   json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False).encode("utf-8"),
                   compress_type=zipfile.ZIP_DEFLATED)
        # the arrays are stored, not deflated: float64 curves and weights hardly compress, and
        # deflating 8 MB of them took half a second, too long for a save (or an autosave)
        if project.weights is not None:
            z.writestr(zipfile.ZipInfo("weights.npz", _ZIP_DATE), _npz_bytes(project.weights),
                       compress_type=zipfile.ZIP_STORED)
        if data_arrays:
            z.writestr(zipfile.ZipInfo("data.npz", _ZIP_DATE), _npz_bytes(data_arrays),
                       compress_type=zipfile.ZIP_STORED)
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

    def history(prefix: str, meta: dict) -> RunHistory:
        """A run's curves: format 1 holds one row per epoch; format 2 each row's epoch and the
        stride of the buckets a long run was kept in."""
        where = f"'{prefix}'"
        last = _integer(0, MAX_EPOCH_NUMBER)(meta.get("epochs"), f"{where} epochs")
        if version < 2:
            n, stride, numbers = _integer(0, MAX_HISTORY)(last, f"{where} epochs"), 1, None
        else:
            n = _integer(0, MAX_HISTORY)(meta.get("points"), f"{where} points")
            stride = _integer(1, MAX_EPOCH_NUMBER)(meta.get("stride"), f"{where} stride")
            numbers = take(f"{prefix}_epoch", 1, np.int64)
            if len(numbers) != n or (n and int(numbers[-1]) != last):
                raise ProjectError(f"The epochs of '{prefix}' do not match the {n} rows up to epoch {last} "
                                   "project.json announces.")
        cols = [take(f"{prefix}_{c}", 1, np.float64) for c in _HISTORY_COLUMNS]
        if any(len(c) != n for c in cols):
            raise ProjectError(f"The curves of '{prefix}' do not have the {n} rows project.json announces.")
        return RunHistory(*cols, epoch_numbers=numbers, stride=stride)

    run_history = None
    hmeta = doc.get("history")
    if hmeta is not None:
        if not isinstance(hmeta, dict):
            raise _fail("project.json 'history'", f"expected an object or null, found {_kind(hmeta)}.")
        run_history = history("history", hmeta)

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
            history=history(f"pinned{i}", run),
        ))

    weights = None
    epoch = 0
    wmeta = doc.get("weights")
    if wmeta is not None:
        if not isinstance(wmeta, dict):
            raise _fail("project.json 'weights'", f"expected an object or null, found {_kind(wmeta)}.")
        if weights_blob is None:
            raise ProjectError("project.json announces weights but the file has no weights.npz.")
        epoch = _integer(0, MAX_EPOCH_NUMBER)(wmeta.get("epoch"), "weights 'epoch'")
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

