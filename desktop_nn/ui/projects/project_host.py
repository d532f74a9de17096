"""The main window's side of the project controller (the "host" interface of project_controller.py).

``MainWindow`` mixes this in. It turns what the window shows into a :class:`Project` and back:

* ``project_from_ui()`` — settings from the widgets (RunConfig fields), the imported data, the
  pinned runs, and — from the latest Snapshot, whose arrays are read-only copies, so this is safe
  while training runs — the weights, the epoch and the current run's history. Weights are saved
  only when the snapshot's run is the one the settings describe (right after an edit the worker
  may not have rebuilt yet: then the settings are saved without weights).
* ``apply_project(project)`` — checks everything first (settings, data, the run built from them,
  the saved weights restored into it) and raises ProjectError/ConfigError/DatasetError without
  touching the window if anything does not fit; only then shows it and hands the restored run to
  the worker (``TrainingController.load_run``): the weights are the saved arrays, bit for bit.
* ``use_imported_data(result)`` — the CSV import dialog's data becomes the "imported" dataset.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from PySide6.QtCore import QCoreApplication, QTimer

from desktop_nn.engine.errors import ConfigError, DesktopNNError, ProjectError
from desktop_nn.project import PinnedRun, Project, RunHistory
from desktop_nn.ui.projects.project_controller import ProjectController
from desktop_nn.training.runs import build_run
from desktop_nn.training.config import IMPORTED, Record, RunConfig, prepare_data


def _records(history: RunHistory | None) -> list[Record]:
    if history is None:
        return []
    return [Record(i + 1, float(history.train_cost[i]), float(history.train_accuracy[i]),
                   float(history.test_cost[i]), float(history.test_accuracy[i]))
            for i in range(history.epochs)]


def _history(columns: dict) -> RunHistory:
    return RunHistory(columns["train_cost"], columns["train_acc"], columns["test_cost"], columns["test_acc"])


class ProjectHostMixin:
    """Project ⇄ window for MainWindow (needs: hyperparameters, editor, controller, cost_plot,
    decision_plot, current_config(), _run_label())."""

    _loaded_config: RunConfig | None = None

    # --- set-up (called by MainWindow.__init__) ----------------------------------------------

    def _make_projects(self, settings, autosave_dir, dialogs) -> None:
        """File ▸ New/Open/Save…, Import CSV, exports; autosave; the title with the unsaved mark."""
        self._last_progress = (None, 0)
        self._recovery_offered = False
        self.projects = ProjectController(self, host=self, settings=settings, autosave_dir=autosave_dir,
                                          dialogs=dialogs)
        self.projects.populate_file_menu(self.menus["file"])
        self._make_language_menu()
        self.projects.messageShown.connect(lambda text: self.statusBar().showMessage(text))
        self.hyperparameters.hyperparametersChanged.connect(self.projects.mark_dirty)
        self.editor.architectureChanged.connect(self.projects.mark_dirty)
        self.editor.modelChanged.connect(self.projects.mark_dirty)
        self.cost_plot.pinsChanged.connect(self.projects.mark_dirty)
        self.stepper.updateApplied.connect(self.projects.mark_dirty)

    def _make_language_menu(self) -> None:
        """View ▸ Language: saved for the next start (text already built keeps its language)."""
        from PySide6.QtGui import QActionGroup

        from desktop_nn import i18n

        menu = self.menus["view"].addMenu(QCoreApplication.translate("MainWindow", "Language"))
        menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        current = i18n.saved_language()
        for lang, name in i18n.LANGUAGES.items():
            action = menu.addAction(name)
            action.setObjectName(f"language_{lang}")
            action.setCheckable(True)
            action.setChecked(current is not None and i18n.normalize(current) == lang)
            group.addAction(action)
            action.triggered.connect(lambda _=False, l=lang: self._choose_language(l))

    def _choose_language(self, lang: str) -> None:
        from desktop_nn import i18n

        i18n.save_language(lang)
        self.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "The interface will be in {} the next time desktop_nn starts.").format(
            i18n.LANGUAGES[lang]), 10000)

    # --- the recovery offer, once the window is on screen ---------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._recovery_offered:
            # after the window is on screen: offer the autosave of a session that crashed
            self._recovery_offered = True
            QTimer.singleShot(0, self.projects.offer_recovery)

    # --- window → project ----------------------------------------------------------------------

    def project_from_ui(self) -> Project:
        config = self.current_config()
        imported = self.controller.imported if config.dataset == IMPORTED else None
        project = Project(settings=dataclasses.asdict(config), imported=imported)
        for label, settings, columns in self.cost_plot.pinned_runs():
            project.pinned_runs.append(PinnedRun(label, settings, _history(columns)))
        # the snapshot the cost curve has taken in (while training, a newer one may be on its way
        # to the plots): its weights and epoch match the history saved beside them
        snap = self.drawn_snapshot
        if snap is None or snap.config is None or snap.config.needs_rebuild(config):
            return project
        if config.dataset == IMPORTED and snap.data.source is not imported:
            return project
        project.weights = {k: np.array(v) for k, v in snap.params.items()}
        project.epoch = int(snap.epoch)
        columns = self.cost_plot.history_columns()
        epochs = columns["epoch"]
        if len(epochs) == snap.epoch and np.array_equal(epochs, np.arange(1, snap.epoch + 1)):
            project.history = _history(columns)
        return project

    # --- project → window ----------------------------------------------------------------------

    def apply_project(self, project: Project) -> None:
        try:
            config = RunConfig(**project.run_config_kwargs())
            config.validate()
            imported = project.imported if config.dataset == IMPORTED else None
            data = prepare_data(config, imported)
            run = build_run(config, data)
            records = _records(project.history)
            if project.weights:
                run.restore(project.weights, project.epoch, records)
            else:
                records = []
        except DesktopNNError:
            raise
        except (KeyError, TypeError, ValueError) as exc:
            raise ProjectError(QCoreApplication.translate(
                "ProjectHost", "its settings or weights do not fit this version of desktop_nn ({}).").format(exc)) from None
        # everything fits: show it
        self.controller.pause()
        hp, editor = self.hyperparameters, self.editor
        was_hp, was_editor = hp.blockSignals(True), editor.blockSignals(True)
        try:
            hp.set_imported(self._imported_name(imported) if imported is not None else None)
            hp.set_model(config.model)
            hp.set_config(config)
            editor.set_model(config.model)
            editor.set_hidden(config.hidden)
            editor.undo_stack.clear()
            editor._rebuild()
        finally:
            hp.blockSignals(was_hp)
            editor.blockSignals(was_editor)
        self.cost_plot.clear_pins()
        for pin in project.pinned_runs:
            h = pin.history
            self.cost_plot.add_pinned_run(pin.label, pin.settings, {
                "epoch": np.arange(1, h.epochs + 1, dtype=np.float64), "train_cost": h.train_cost,
                "train_acc": h.train_accuracy, "test_cost": h.test_cost, "test_acc": h.test_accuracy})
        self.cost_plot.set_run_label(self._run_label(config))
        self._loaded_config = config        # snapshots of the old run still in flight are skipped
        self.controller.load_run(config, data, run, records, imported)
        self.statusBar().clearMessage()

    @staticmethod
    def _imported_name(data) -> str:
        from pathlib import Path

        return Path(data.source).name if data.source else "data"

    # --- own data ------------------------------------------------------------------------------

    def use_imported_data(self, result) -> None:
        """The CSV import dialog's data becomes the dataset; refuses (ConfigError) what cannot train."""
        data = result.data
        config = self.current_config().replace(dataset=IMPORTED, standardize=bool(result.standardize))
        if data.n_classes > 2:
            if config.is_classic:
                raise ConfigError(QCoreApplication.translate(
                    "ProjectHost",
                    "'{0}' has {1} classes: the single-neuron models separate two. Choose a network in the editor, then import again.",  # noqa: E501
                ).format(self._imported_name(data), data.n_classes))
            config = config.replace(output="softmax")
        if data.n_features == 2 and not config.features:
            config = config.replace(features=("x1", "x2"))
        build_run(config, prepare_data(config, data))          # raises if it cannot train
        self.controller.set_imported(data)
        hp = self.hyperparameters
        was = hp.blockSignals(True)
        try:
            hp.set_imported(self._imported_name(data))
            hp.set_config(config)
        finally:
            hp.blockSignals(was)
        self._send_config()

    # --- exports -------------------------------------------------------------------------------

    def image_targets(self) -> dict:
        return {"cost plot": self.cost_plot, "decision regions": self.decision_plot}

    def trainer_for_export(self, project: Project):
        """The project's network run rebuilt at epoch 0: same data (imported too), same seed."""
        config = RunConfig(**project.run_config_kwargs())
        config.validate()
        if config.model != "network":
            raise ConfigError("Export as a script needs a network; the single-neuron models are the chapter's own code.")
        imported = project.imported if config.dataset == IMPORTED else None
        run = build_run(config, prepare_data(config, imported))
        return run.trainer
