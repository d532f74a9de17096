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

One contract: whatever the app can save, it can open. The loader's limits are the app's
(imported data as the CSV import reads it, curves on the document's budget, settings in
RunConfig's ranges, names of at most 400 characters of Unicode text), and saving checks the
project with the loader's own rules, raising :class:`ProjectError` rather than writing a file
that would not open.

Reading never trusts the file: every size is known from project.json before an array is
unpacked — a member that would unpack to more than it may hold is refused from its declared
size, each .npy header (type, shape) is checked against what project.json announces before its
data is read, nothing is unpickled; every JSON value is type- and range-checked; weights must
have the shapes the architecture implies. Anything else raises :class:`ProjectError` with a
sentence saying what is wrong. Writing is atomic (a temporary file in the same folder, fsync,
``os.replace``): a crash or a full disk mid-save leaves the previous file as it was.
The package: ``schema`` (the settings' checks, derived from RunConfig, and the file's limits),
``model`` (Project, RunHistory, PinnedRun and the checks of their arrays), ``reading`` (opening
a .dnn file), ``files`` (saving one, and ``load_project``). Everything public is importable from
``desktop_nn.project``.
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
    MAX_DATA_BYTES,
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
    "FORMAT", "FORMAT_VERSION", "MAX_DATA_BYTES", "MAX_FILE_BYTES", "MAX_HISTORY", "MAX_PINNED", "MAX_TEXT", "SETTINGS", "SUFFIX",
    "PinnedRun", "Project", "RunHistory", "check_settings", "default_settings", "load_project",
    "project_from_bytes", "project_to_bytes", "project_to_json", "save_project", "weights_equal",
]
