"""The workbench's document: everything a lesson holds, in one observable model (no Qt).

A :class:`Document` holds

* ``settings``     the :class:`RunConfig` the window shows and the worker trains (one schema:
                   RunConfig's fields);
* ``imported``     the user's own data from the CSV import (or None);
* ``pinned_runs``  the runs kept as faded overlays on the cost plot;
* the current run: its settings, epoch, weights and history (``run``), as the training process
  last reported them in a Frame.

It is the one place these facts live. Widgets *bind* to it: they change it through its methods
(``update(learning_rate=0.01)``, ``pin()``) and *observe* it to show what it holds; undo/redo,
the unsaved mark, Save and autosave observe it too, and never read a widget. Observers are plain
callables taking a :class:`Change`, called synchronously on the thread that made the change —
in the app, the GUI thread (frames reach the document there).

The Project file (``desktop_nn.project``) is the document's saved form: :meth:`to_project` and
:meth:`load`. A :class:`Change` names what changed (``SETTINGS``, ``DATA``, ``PINS``, ``RUN``,
``LOADED``) and who changed it (``source``), so a widget can skip the echo of its own edit.
"""

from __future__ import annotations

import dataclasses
import inspect
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from desktop_nn.engine.errors import ConfigError
from desktop_nn.project import MAX_PINNED, PinnedRun, Project
from desktop_nn.document.curves import HISTORY_BUDGET, Columns  # noqa: F401 - HISTORY_BUDGET: for readers
from desktop_nn.document.gradient_curves import take_gradients
from desktop_nn.training.config import IMPORTED, RunConfig
from desktop_nn.training.regression import (REGRESSION, fitting_features, input_count, raw_inputs, task_of,
                                            widened_features)

SETTINGS, DATA, PINS, RUN, LOADED = "settings", "data", "pins", "run", "loaded"
_OPENED = object()            # the run id of an opened project's run, until its first frame
UNDO_LIMIT = 200              # settings (and data) edits kept for undo


@dataclass(frozen=True)
class Change:
    """What changed in the document (a set of the names above) and who asked for it.

    ``adjusted`` lists the settings the document changed *besides* the edit, so that the choice
    can be carried out — (name, old, new), e.g. ("output", "sigmoid", "softmax") when three Iris
    classes are chosen — for the window to say in words."""

    what: frozenset
    source: object = None
    previous: RunConfig | None = None      # the settings before a SETTINGS change
    adjusted: tuple = ()

    def __contains__(self, name: str) -> bool:
        return name in self.what


@dataclass(frozen=True)
class _DataEdit:
    """An undo entry of :meth:`Document.set_data`: the settings and the data before the edit."""

    settings: RunConfig
    imported: object


@dataclass
class RunState:
    """The current run as the training process last reported it."""

    settings: RunConfig | None = None     # the settings it was built from
    run_id: object = None                 # changes when the process starts a new run
    epoch: int = 0
    weights: dict | None = None           # read-only arrays, as the frame carried them
    history: Columns = dataclasses.field(default_factory=Columns)
    data_source: object = None            # the imported table the run was built from
    gradients: Columns | None = None      # per-layer gradient norms (document.gradient_curves)


class Document:
    """Settings, imported data, pinned runs and the current run — observed by everything that
    shows or saves them."""

    def __init__(self, settings: RunConfig | None = None):
        settings = settings or RunConfig()
        settings.validate()
        self._settings = settings
        self._imported = None
        self._pins: tuple[PinnedRun, ...] = ()
        self.run = RunState()
        self._observers: list[Callable[[], Callable[[Change], None] | None]] = []
        self._undo: list[RunConfig] = []
        self._redo: list[RunConfig] = []
        self._last_edit: tuple | None = None   # (source, fields) of the newest undo entry

    # --- observing ---------------------------------------------------------------------------

    def observe(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        """Call ``callback(change)`` after every change; returns the call that stops it.

        A bound method is held through a weak reference, so a widget that observes the document
        it holds makes no reference cycle (the cyclic collector may run in any thread, and must
        never be the one to delete a Qt object) and stops observing when it is gone."""
        ref = weakref.WeakMethod(callback) if inspect.ismethod(callback) else (lambda: callback)
        self._observers.append(ref)
        return lambda: self._observers.remove(ref) if ref in self._observers else None

    def _notify(self, what: Iterable[str], source=None, previous=None, adjusted=()) -> None:
        change = Change(frozenset(what), source, previous, tuple(adjusted))
        for ref in list(self._observers):
            callback = ref()
            if callback is None:
                self._observers.remove(ref)
            else:
                callback(change)

    # --- settings ------------------------------------------------------------------------------

    @property
    def settings(self) -> RunConfig:
        return self._settings

    def set_settings(self, settings: RunConfig, source=None, *, merge: bool = False) -> bool:
        """Replace the settings (checked first: ConfigError leaves the document as it was) as
        one undoable edit; with ``merge``, a run of edits of the same one setting by the same
        source (a spin box's arrows, digits typed) undoes at once. Returns False when nothing
        changed."""
        settings.validate()
        if settings.dataset == IMPORTED and self._imported is None:
            raise ConfigError("There is no imported data: use File ▸ Import CSV… first.")
        settings, adjusted = self.fitted(settings, self._imported)
        if settings == self._settings:
            return False
        previous = self._settings
        fields = frozenset(f.name for f in dataclasses.fields(settings)
                           if getattr(settings, f.name) != getattr(previous, f.name))
        edit = (id(source), fields) if merge and len(fields) == 1 else None
        if edit is None or edit != self._last_edit or not self._undo:
            self._undo.append(previous)
            del self._undo[:-UNDO_LIMIT]
        self._last_edit = edit
        self._redo.clear()
        self._settings = settings
        self._notify((SETTINGS,), source, previous, adjusted)
        return True

    def class_count(self, settings: RunConfig, imported=None) -> int:
        """How many classes the settings' data has: the Iris classes chosen, the imported
        table's classes, two for every generated dataset."""
        if settings.dataset == "iris":
            return len(settings.iris_classes)
        if settings.dataset == IMPORTED:
            data = imported if imported is not None else self._imported
            return data.n_classes if data is not None else 2
        return 2

    def fitted(self, settings: RunConfig, imported=None) -> tuple[RunConfig, tuple]:
        """The settings with what the data needs carried out, and what was changed: more than two
        classes need a network (a single neuron separates two) with a softmax output, one unit
        per class; going back to two classes goes back to the chapter's sigmoid output."""
        k = self.class_count(settings, imported)
        fitted = settings
        if k > 2 and fitted.is_classic:
            fitted = fitted.with_model("network")
        if k > 2 and fitted.output != "softmax":
            fitted = fitted.replace(output="softmax")
        elif k == 2 and fitted.output == "softmax" and self.class_count(self._settings) > 2:
            fitted = fitted.replace(output="sigmoid")
        fitted = self._fitted_task(fitted, imported if imported is not None else self._imported)
        adjusted = tuple((name, getattr(settings, name), getattr(fitted, name))
                         for name in ("model", "output", "features")
                         if getattr(settings, name) != getattr(fitted, name))
        return fitted, adjusted

    def _fitted_task(self, settings: RunConfig, imported) -> RunConfig:
        """Numbers to fit (a regression: training/regression.py) need a network with the linear
        output (squared error) and, for one input x, the features of x alone; back to classes, a
        linear output goes back to the chapter's sigmoid (softmax for more than two classes)."""
        before = input_count(self._settings.dataset, self._imported)
        settings = settings.replace(features=widened_features(
            settings.features, before, input_count(settings.dataset, imported)))
        if task_of(settings.dataset, imported) == REGRESSION:
            if settings.is_classic:
                settings = settings.with_model("network")
            features = fitting_features(settings.features, raw_inputs(settings.dataset, imported))
            return settings.replace(output="linear", features=features)
        if settings.output == "linear" and self.is_regression:
            k = self.class_count(settings, imported)
            return settings.replace(output="softmax" if k > 2 else "sigmoid")
        return settings

    @property
    def is_regression(self) -> bool:
        """True when the settings' data has numbers to fit, not classes (training.regression.task_of)."""
        return task_of(self._settings.dataset, self._imported) == REGRESSION

    def update(self, source=None, *, merge: bool = False, **fields) -> bool:
        """Change some settings: ``doc.update(learning_rate=0.01)``."""
        return self.set_settings(self._settings.replace(**fields), source, merge=merge)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> bool:
        return self._step(self._undo, self._redo)

    def redo(self) -> bool:
        return self._step(self._redo, self._undo)

    def _step(self, back: list, forth: list) -> bool:
        while back:
            target = back.pop()
            if isinstance(target, _DataEdit):   # data and settings as they were (drawn points)
                forth.append(_DataEdit(self._settings, self._imported))
                self._last_edit = None
                previous = self._settings
                self._settings, self._imported = target.settings, target.imported
                self._notify((DATA, SETTINGS), "undo", previous)
                return True
            if target.dataset == IMPORTED and self._imported is None:
                continue                  # data that is gone cannot come back by undo
            forth.append(self._settings)
            self._last_edit = None
            previous, self._settings = self._settings, target
            self._notify((SETTINGS,), "undo", previous)
            return True
        return False

    # --- data ----------------------------------------------------------------------------------

    @property
    def imported(self):
        return self._imported

    def set_imported(self, data, settings: RunConfig | None = None, source=None) -> None:
        """The user's own data, and (usually) settings that train on it, as one change."""
        settings = settings or self._settings
        settings.validate()
        settings, adjusted = self.fitted(settings, data)
        previous = self._settings
        if settings != previous:
            self._undo.append(previous)
            self._redo.clear()
            self._last_edit = None
        self._imported, self._settings = data, settings
        self._notify((DATA, SETTINGS), source, previous, adjusted)

    def set_data(self, data, settings: RunConfig | None = None, source=None, *, merge=None) -> None:
        """New data (and the settings that train on it) as one undoable edit: undo brings back the
        data and the settings before it — the drawn points (ui/workbench/draw_data.py). Edits with
        the same ``merge`` key in a row (one stroke of the spray) undo at once."""
        settings = settings or self._settings
        settings.validate()
        settings, adjusted = self.fitted(settings, data)
        edit = ("data", merge) if merge is not None else None
        if edit is None or edit != self._last_edit or not self._undo:
            self._undo.append(_DataEdit(self._settings, self._imported))
            del self._undo[:-UNDO_LIMIT]
        self._last_edit = edit
        self._redo.clear()
        previous = self._settings
        self._imported, self._settings = data, settings
        self._notify((DATA, SETTINGS), source, previous, adjusted)

    # --- pinned runs ---------------------------------------------------------------------------

    @property
    def pinned_runs(self) -> tuple[PinnedRun, ...]:
        return self._pins

    def pin(self, label: str, source=None) -> PinnedRun | None:
        """Keep the current run's curves as an overlay, labelled ``label``; None if it has none.
        At most MAX_PINNED (what a project file holds): ConfigError beyond."""
        if not len(self.run.history):
            return None
        if len(self._pins) >= MAX_PINNED:
            raise ConfigError(f"At most {MAX_PINNED} runs can be pinned (what a project keeps): "
                              "clear the pins to pin more.")
        settings = self.run.settings or self._settings
        pinned = PinnedRun(label, dataclasses.asdict(settings), self.run.history.run_history())
        self.add_pin(pinned, source)
        return pinned

    def add_pin(self, pinned: PinnedRun, source=None) -> None:
        self._pins = (*self._pins, pinned)
        self._notify((PINS,), source)

    def clear_pins(self, source=None) -> None:
        if self._pins:
            self._pins = ()
            self._notify((PINS,), source)

    # --- the run -------------------------------------------------------------------------------

    def take_frame(self, frame) -> bool:
        """Take in what the training process reports (a Frame whose ``config`` is set). A new
        ``run_id`` starts a new history. Returns True — and tells the observers (RUN) — when the
        same run trained or was stepped since the last frame: work a saved file would record."""
        run = self.run
        if run.run_id is _OPENED and frame.config == run.settings:
            # the first frame of an opened project's run: its history is the file's, held already
            run.run_id = frame.run_id
            run.settings, run.weights = frame.config, frame.params
            return False
        new_run = frame.run_id != run.run_id
        if new_run:
            run.run_id = frame.run_id
            run.history.clear()
        stepped = frame.notice is not None and frame.notice.kind == "stepped"
        moved = not new_run and (frame.epoch != run.epoch or stepped)
        run.settings = frame.config
        run.epoch = int(frame.epoch)
        run.weights = frame.params
        if frame.data is not None:
            run.data_source = frame.data.source
        run.history.extend(frame.history)
        take_gradients(run, frame, new_run)
        if moved:
            self._notify((RUN,), "training")
        return moved

    def run_matches_settings(self) -> bool:
        """True when the current run was built from the settings shown (the worker has caught up
        with the latest edit) — only then do its weights belong in a saved file."""
        run = self.run
        if run.settings is None or run.weights is None or run.settings.needs_rebuild(self._settings):
            return False
        if self._settings.dataset == IMPORTED and run.data_source is not self._imported:
            return False
        return True

    # --- the saved form ------------------------------------------------------------------------

    def to_project(self) -> Project:
        """The document as a Project (the file's content): arrays are copies."""
        imported = self._imported if self._settings.dataset == IMPORTED else None
        project = Project(settings=dataclasses.asdict(self._settings), imported=imported,
                          pinned_runs=list(self._pins))
        if not self.run_matches_settings():
            return project
        run = self.run
        project.weights = {k: np.array(v) for k, v in run.weights.items()}
        project.epoch = run.epoch
        if len(run.history) and run.history.epochs == run.epoch:
            project.history = run.history.run_history()
        return project

    def load(self, project: Project, settings: RunConfig) -> None:
        """Replace everything with an opened (already checked) project; ``settings`` is its
        RunConfig. The run is the file's until the training process reports the restored one."""
        self._settings = settings
        self._imported = project.imported
        self._pins = tuple(project.pinned_runs)
        self._undo.clear()
        self._redo.clear()
        self._last_edit = None
        run = self.run = RunState(settings=settings, run_id=_OPENED, data_source=project.imported)
        if project.weights:
            run.epoch = int(project.epoch)
            run.weights = {k: np.array(v) for k, v in project.weights.items()}
            if project.history is not None:
                h = project.history
                run.history.restore({"epoch": h.epoch_numbers, "train_cost": h.train_cost,
                                     "train_accuracy": h.train_accuracy, "test_cost": h.test_cost,
                                     "test_accuracy": h.test_accuracy}, h.stride)
        self._notify((LOADED, SETTINGS, DATA, PINS, RUN), "load")
