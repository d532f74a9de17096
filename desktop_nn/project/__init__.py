"""The project: a lesson's settings, its own data, its runs and (optionally) its weights.

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
The package: ``schema`` (the settings' checks, derived from RunConfig, and the file's limits),
``model`` (Project, RunHistory, PinnedRun and the checks of their arrays), ``files`` (reading
and writing the .dnn file). Everything public is importable from ``desktop_nn.project``.
"""

from desktop_nn.project.files import (
    load_project,
    project_from_bytes,
    project_to_bytes,
    project_to_json,
    save_project,
    weights_equal,
)
from desktop_nn.project.model import PinnedRun, Project, RunHistory
from desktop_nn.project.schema import (
    FORMAT,
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    MAX_HISTORY,
    MAX_PINNED,
    MAX_TEXT,
    SETTINGS,
    SUFFIX,
    check_settings,
    default_settings,
)

__all__ = [
    "FORMAT", "FORMAT_VERSION", "MAX_FILE_BYTES", "MAX_HISTORY", "MAX_PINNED", "MAX_TEXT", "SETTINGS", "SUFFIX",
    "PinnedRun", "Project", "RunHistory", "check_settings", "default_settings", "load_project",
    "project_from_bytes", "project_to_bytes", "project_to_json", "save_project", "weights_equal",
]
