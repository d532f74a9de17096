"""The .dnn file: writing a Project atomically — only what the loader will open again — and
opening one (the reading itself, which trusts no byte of the file: :mod:`.reading`).

A ZIP archive of project.json (settings by section, names, labels), weights.npz and data.npz.
One contract: whatever is saved opens again. ``save_project`` checks the project with the
loader's own rules (``Project.validate``, the loader's size rules from ``announced_arrays`` and
project.json's size) before it writes a byte, and raises ProjectError rather than write a file
the loader would refuse.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from desktop_nn.engine.errors import ProjectError
from desktop_nn.engine.export import atomic_write
from desktop_nn.project.model import Project, RunHistory
from desktop_nn.project.reading import announced_arrays, project_from_bytes, read_project
from desktop_nn.project.schema import (
    _HISTORY_COLUMNS,
    _SECTIONS,
    _ZIP_DATE,
    FORMAT,
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    MAX_JSON_BYTES,
    SETTINGS,
)

__all__ = ["load_project", "project_from_bytes", "project_to_bytes", "project_to_json", "save_project",
           "weights_equal"]


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
        if d.is_regression:
            doc["imported_data"]["target"] = "numeric"      # y holds numbers to fit, not classes
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
    """The .dnn file's bytes. The project is checked first with the loader's rules: a project
    the loader would refuse raises ProjectError (saying what to change) instead."""
    try:
        project.validate()
    except ProjectError as exc:
        raise ProjectError(f"The project cannot be saved: {exc}") from None
    doc = project_to_json(project)
    text = json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False).encode("utf-8")
    if len(text) > MAX_JSON_BYTES:
        raise ProjectError(f"The project cannot be saved: its settings and names take {len(text):,} bytes; "
                           f"a project file holds at most {MAX_JSON_BYTES:,}.")
    data_arrays: dict[str, np.ndarray] = {}
    if project.imported is not None:
        data_arrays["X"] = project.imported.X
        data_arrays["y"] = project.imported.y
    if project.history is not None:
        data_arrays.update(_history_arrays("history", project.history))
    for i, run in enumerate(project.pinned_runs):
        data_arrays.update(_history_arrays(f"pinned{i}", run.history))
    _check_as_loader(doc, data_arrays)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
        z.writestr(zipfile.ZipInfo("project.json", _ZIP_DATE), text, compress_type=zipfile.ZIP_DEFLATED)
        # the arrays are stored, not deflated: float64 curves and weights hardly compress, and
        # deflating 8 MB of them took half a second, too long for a save (or an autosave)
        if project.weights is not None:
            z.writestr(zipfile.ZipInfo("weights.npz", _ZIP_DATE), _npz_bytes(project.weights),
                       compress_type=zipfile.ZIP_STORED)
        if data_arrays:
            z.writestr(zipfile.ZipInfo("data.npz", _ZIP_DATE), _npz_bytes(data_arrays),
                       compress_type=zipfile.ZIP_STORED)
    return buf.getvalue()


def _check_as_loader(doc: dict, arrays: Mapping[str, np.ndarray]) -> None:
    """The loader's rules on what is about to be written: the arrays project.json announces
    (within the app's limits) are exactly the arrays data.npz will hold."""
    try:
        announced = announced_arrays(doc)
    except ProjectError as exc:
        raise ProjectError(f"The project cannot be saved: {exc}") from None
    for key, arr in arrays.items():
        shape, dtype = announced.arrays.get(key, (None, None))
        if arr.shape != shape or arr.dtype != dtype:
            raise ProjectError(f"The project cannot be saved: its array {key} is {arr.dtype} {arr.shape}, "
                               f"not the {shape} project.json announces.")
    if set(arrays) != set(announced.arrays):
        raise ProjectError("The project cannot be saved: its arrays are not those project.json announces.")


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


def load_project(path: str | Path) -> Project:
    """Read and check a .dnn file. Raises ProjectError (never anything else) for a bad file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectError(f"'{path.name}' cannot be opened: it is {size:,} bytes; a project is at most "
                               f"{MAX_FILE_BYTES:,}.")
        with open(path, "rb") as f:
            return read_project(f, path.name)
    except OSError as exc:
        raise ProjectError(f"Cannot open '{path.name}': {exc.strerror or exc}.") from exc


def weights_equal(a: Mapping[str, np.ndarray] | None, b: Mapping[str, np.ndarray] | None) -> bool:
    """Bit-identical weights (same names, shapes, dtypes and bytes)."""
    if a is None or b is None:
        return a is b
    return set(a) == set(b) and all(
        a[k].dtype == b[k].dtype and a[k].shape == b[k].shape and a[k].tobytes() == b[k].tobytes() for k in a
    )

