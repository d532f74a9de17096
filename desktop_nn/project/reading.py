"""Reading a .dnn file without trusting a byte of it, within the app's own limits.

The order is what bounds the work: the ZIP's directory is checked from its last bytes before
zipfile parses it; each member's declared size against what such a member can hold, before it
is unpacked; project.json (at most 4 MB) is read and checked first, and from it every array the
file must hold is known — its name, type and shape — and so the size data.npz may unpack to
(:func:`announced_arrays`, which the saver also applies to what it writes). Each .npy header is
checked against that before its data is read into an array of exactly that size. A bomb — a
small file that claims or unpacks to a huge one — is refused by its declared sizes, before the
memory is taken.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import numpy as np

from desktop_nn.engine.errors import ProjectError
from desktop_nn.engine.tabular import MAX_CLASSES, MAX_COLUMNS, MAX_ROWS, MAX_VALUES, TabularData
from desktop_nn.project.archive import check_directory, mb, members, read_member, read_npz
from desktop_nn.project.model import PinnedRun, Project, RunHistory
from desktop_nn.project.schema import (
    _HISTORY_COLUMNS,
    _SECTIONS,
    FORMAT,
    FORMAT_VERSION,
    MAX_ARRAYS,
    MAX_DATA_BYTES,
    MAX_EPOCH_NUMBER,
    MAX_FILE_BYTES,
    MAX_HISTORY,
    MAX_HISTORY_V1,
    MAX_JSON_BYTES,
    MAX_MEMBERS,
    MAX_PINNED,
    MAX_TOTAL_BYTES,
    MAX_WEIGHTS_BYTES,
    NPY_OVERHEAD,
    SETTINGS,
    _fail,
    _integer,
    _kind,
    _list_of,
    _text,
    check_settings,
)

_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError,
               RuntimeError, zlib.error, struct.error, OverflowError, KeyError, IndexError, UnicodeError,
               TypeError, MemoryError)
#: what each member of a project may unpack to at most
MEMBER_LIMITS = {"project.json": MAX_JSON_BYTES, "weights.npz": MAX_WEIGHTS_BYTES, "data.npz": MAX_DATA_BYTES}


# --- the arrays project.json announces ---------------------------------------------------------


@dataclass
class Announced:
    """What project.json says the file holds: data.npz's arrays ({name: (shape, dtype)}) and the
    checked values needed to build the Project from them."""

    arrays: dict[str, tuple[tuple[int, ...], type]] = field(default_factory=dict)
    imported: dict[str, Any] | None = None
    histories: dict[str, tuple[int, int, int]] = field(default_factory=dict)   # prefix -> (last, rows, stride)

    @property
    def nbytes(self) -> int:
        """The arrays' data, in bytes."""
        return sum(8 * int(np.prod(shape, dtype=np.int64)) for shape, _ in self.arrays.values())

    @property
    def budget(self) -> int:
        """What data.npz may unpack to: the arrays, their headers and ZIP entries."""
        return self.nbytes + NPY_OVERHEAD * (len(self.arrays) + 1)


def announced_arrays(doc: dict, version: int = FORMAT_VERSION) -> Announced:
    """The arrays of data.npz that ``doc`` (a project.json) announces, each value checked against
    the app's limits: imported data of at most MAX_ROWS rows and MAX_VALUES values (the CSV
    import's), curves of at most MAX_HISTORY rows (MAX_HISTORY_V1 for format 1, one per epoch),
    at most MAX_PINNED pinned runs, and all of it at most MAX_DATA_BYTES. Raises ProjectError."""
    out = Announced()
    meta = doc.get("imported_data")
    if meta is not None:
        if not isinstance(meta, dict):
            raise _fail("project.json 'imported_data'", f"expected an object or null, found {_kind(meta)}.")
        names = _list_of(_text(), 1, MAX_COLUMNS)(meta.get("feature_names"), "imported_data 'feature_names'")
        m = _integer(0, MAX_ROWS)(meta.get("m"), "imported_data 'm'")
        if m * len(names) > MAX_VALUES:
            raise ProjectError(
                f"project.json announces imported data of {m:,} rows × {len(names)} columns = "
                f"{m * len(names):,} values; a project holds at most {MAX_VALUES:,} (what the CSV import reads)."
            )
        numeric = meta.get("target", "classes") == "numeric"
        if meta.get("target", "classes") not in ("classes", "numeric"):
            raise _fail("project.json 'imported_data' 'target'", "expected \"classes\" or \"numeric\".")
        out.imported = {
            "m": m, "feature_names": names,
            "label_name": _text()(meta.get("label_name"), "imported_data 'label_name'"),
            # a numeric target (a regression, training/regression.py) has no classes
            "class_names": _list_of(_text(), *((0, 0) if numeric else (2, MAX_CLASSES)))(
                meta.get("class_names"), "imported_data 'class_names'"),
            "source": _text()(meta.get("source", ""), "imported_data 'source'"),
            "n_dropped": _integer(0, 10**12)(meta.get("n_dropped", 0), "imported_data 'n_dropped'"),
        }
        out.arrays["X"] = ((m, len(names)), np.float64)
        out.arrays["y"] = ((m,), np.float64 if numeric else np.int64)

    def history(prefix: str, meta) -> None:
        where = f"'{prefix}'"
        if not isinstance(meta, dict):
            raise _fail(f"project.json {where}", f"expected an object, found {_kind(meta)}.")
        last = _integer(0, MAX_EPOCH_NUMBER)(meta.get("epochs"), f"{where} epochs")
        if version < 2:       # a row per epoch
            n, stride = _integer(0, MAX_HISTORY_V1)(last, f"{where} epochs"), 1
        else:
            n = _integer(0, MAX_HISTORY)(meta.get("points"), f"{where} points")
            stride = _integer(1, MAX_EPOCH_NUMBER)(meta.get("stride"), f"{where} stride")
            out.arrays[f"{prefix}_epoch"] = ((n,), np.int64)
        for c in _HISTORY_COLUMNS:
            out.arrays[f"{prefix}_{c}"] = ((n,), np.float64)
        out.histories[prefix] = (last, n, stride)

    if doc.get("history") is not None:
        history("history", doc["history"])
    runs = doc.get("pinned_runs", [])
    if not isinstance(runs, list) or len(runs) > MAX_PINNED:
        raise _fail("project.json 'pinned_runs'", f"expected a list of at most {MAX_PINNED} runs.")
    for i, run in enumerate(runs):
        if not isinstance(run, dict):
            raise _fail(f"project.json pinned run {i + 1}", f"expected an object, found {_kind(run)}.")
        history(f"pinned{i}", run)
    if out.nbytes > MAX_DATA_BYTES:
        raise ProjectError(f"project.json announces {mb(out.nbytes)} of data and curves; a project holds "
                           f"at most {mb(MAX_DATA_BYTES)}.")
    return out


# --- the project ---------------------------------------------------------------------------------


def project_from_bytes(data: bytes, name: str = "project") -> Project:
    """Parse and check a .dnn file's bytes. Raises ProjectError for anything not a valid project."""
    if len(data) > MAX_FILE_BYTES:
        raise ProjectError(f"'{name}' cannot be opened: it is {mb(len(data))}; a project is at most "
                           f"{mb(MAX_FILE_BYTES)}.")
    return read_project(io.BytesIO(data), name)


def read_project(f: BinaryIO, name: str) -> Project:
    """A project from a seekable binary file; every failure a ProjectError naming ``name``."""
    try:
        return _read(f)
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


def _reject_constant(name):
    raise ProjectError(f"project.json contains {name}, which is not a number a project can hold.")


def _read(f: BinaryIO) -> Project:
    if f.read(2) != b"PK":
        raise ProjectError("it is not a desktop_nn project (a .dnn file is a ZIP archive).")
    f.seek(0)
    check_directory(f, "project", MAX_MEMBERS)
    with zipfile.ZipFile(f) as z:
        inside = members(z, "project", MEMBER_LIMITS, MAX_TOTAL_BYTES, MAX_TOTAL_BYTES, MAX_MEMBERS)
        if "project.json" not in inside:
            raise ProjectError("it has no project.json; it is not a desktop_nn project.")
        raw = read_member(z, inside["project.json"], MAX_JSON_BYTES)
        try:
            doc = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ProjectError(f"project.json is not valid JSON ({str(exc)[:80]}).") from None
        del raw
        if not isinstance(doc, dict):
            raise ProjectError("project.json must hold an object.")
        version = _version(doc)
        settings = _settings(doc)
        announced = announced_arrays(doc, version)
        arrays = {}
        if announced.arrays:
            if "data.npz" not in inside:
                raise ProjectError(f"data.npz has no '{next(iter(announced.arrays))}', which project.json announces.")
            blob = read_member(z, inside["data.npz"], announced.budget, "the arrays project.json announces take")
            arrays = read_npz(blob, "data.npz", announced.arrays, announced.budget)
            del blob
        wmeta = doc.get("weights")
        weights, epoch = None, 0
        if wmeta is not None:
            if not isinstance(wmeta, dict):
                raise _fail("project.json 'weights'", f"expected an object or null, found {_kind(wmeta)}.")
            if "weights.npz" not in inside:
                raise ProjectError("project.json announces weights but the file has no weights.npz.")
            epoch = _integer(0, MAX_EPOCH_NUMBER)(wmeta.get("epoch"), "weights 'epoch'")
            names = _list_of(_text(8), 0, MAX_ARRAYS)(wmeta.get("names"), "weights 'names'")
            blob = read_member(z, inside["weights.npz"], MAX_WEIGHTS_BYTES)
            weights = read_npz(blob, "weights.npz", {k: (None, np.float64) for k in names}, MAX_WEIGHTS_BYTES,
                               strict=True)
            if set(names) != set(weights):
                raise ProjectError("weights.npz does not hold the arrays project.json lists.")
            weights = {k: weights[k] for k in names}

    missing = [k for k in announced.arrays if k not in arrays]
    if missing:
        raise ProjectError(f"data.npz has no '{missing[0]}', which project.json announces.")
    imported = None
    if announced.imported is not None:
        meta = announced.imported
        X, y = arrays["X"], arrays["y"]
        X.flags.writeable = False
        y.flags.writeable = False
        imported = TabularData(X=X, y=y, feature_names=meta["feature_names"], label_name=meta["label_name"],
                               class_names=meta["class_names"], source=meta["source"], n_dropped=meta["n_dropped"])

    def history(prefix: str) -> RunHistory:
        last, n, stride = announced.histories[prefix]
        cols = [arrays[f"{prefix}_{c}"] for c in _HISTORY_COLUMNS]
        if version < 2:          # a row per epoch; a long run is kept on the budget, as the app keeps it
            return RunHistory(*cols).compacted(MAX_HISTORY)
        numbers = arrays[f"{prefix}_epoch"]
        if n and int(numbers[-1]) != last:
            raise ProjectError(f"The epochs of '{prefix}' do not match the {n} rows up to epoch {last} "
                               "project.json announces.")
        return RunHistory(*cols, epoch_numbers=numbers, stride=stride)

    run_history = history("history") if "history" in announced.histories else None
    pinned = [
        PinnedRun(label=_text()(run.get("label"), f"pinned run {i + 1} 'label'"),
                  settings=check_settings(run.get("settings", {}), f"pinned run {i + 1} settings"),
                  history=history(f"pinned{i}"))
        for i, run in enumerate(doc.get("pinned_runs", []))
    ]
    project = Project(settings=settings, imported=imported, weights=weights, epoch=epoch,
                      history=run_history, pinned_runs=pinned)
    return project.validate()


def _version(doc: dict) -> int:
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
    return version


def _settings(doc: dict) -> dict[str, Any]:
    settings: dict[str, Any] = {}
    for section in _SECTIONS:
        part = doc.get(section)
        if not isinstance(part, dict):
            raise _fail(f"project.json '{section}'", f"expected an object, found {_kind(part)}.")
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
    return check_settings(settings, "project.json")
