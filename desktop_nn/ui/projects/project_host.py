"""The main window's side of the project controller (the "host" interface of project_controller.py).

``MainWindow`` mixes this in. It turns what the window shows into a :class:`Project` and back:

* ``project_from_ui()`` — the document's saved form (``Document.to_project``): its settings, the
  imported data, the pinned runs and, when the current run is the one the settings describe, its
  weights, epoch and history (right after an edit the worker may not have rebuilt yet: then the
  settings are saved without weights). No widget is read.
* ``apply_project(project)`` — checks everything first (settings, data, the run built from them,
  the saved weights restored into it) and raises ProjectError/ConfigError/DatasetError without
  touching the document if anything does not fit; only then loads it into the document (which
  every pane shows) and hands the restored run to the worker (``TrainingController.load_run``):
  the weights are the saved arrays, bit for bit.
* ``use_imported_data(result)`` — the CSV import dialog's data becomes the "imported" dataset.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer

from desktop_nn.engine.errors import ConfigError, DatasetError, DesktopNNError, ProjectError
from desktop_nn.project import Project
from desktop_nn.training.config import IMPORTED, RunConfig, prepare_data
from desktop_nn.training.drawn import is_drawn
from desktop_nn.training.runs import build_run
from desktop_nn.ui.projects.project_controller import ProjectController


class ProjectHostMixin:
    """Project ⇄ window for MainWindow (needs: document, controller, cost_plot, decision_plot)."""

    _loaded_config: RunConfig | None = None

    # --- set-up (called by MainWindow.__init__) ----------------------------------------------

    def _make_projects(self, settings, autosave_dir, dialogs) -> None:
        """File ▸ New/Open/Save…, Import CSV, exports; autosave; the title with the unsaved mark."""
        self._recovery_offered = False
        self.projects = ProjectController(self, host=self, settings=settings, autosave_dir=autosave_dir,
                                          dialogs=dialogs, document=self.document)
        self.projects.populate_file_menu(self.menus["file"])
        self._make_language_menu()
        self.projects.messageShown.connect(self._show_project_message)

    def _show_project_message(self, text: str) -> None:
        """File errors stay above the workbench until dismissed; "Saved …" passes in the status bar."""
        if text.startswith("⚠"):
            self.say(text.lstrip("⚠ "))
        else:
            self.statusBar().showMessage(text, 8000)

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
        return self.document.to_project()

    # --- project → window ----------------------------------------------------------------------

    def apply_project(self, project: Project) -> None:
        try:
            config = RunConfig(**project.run_config_kwargs())
            config.validate()
            imported = project.imported if config.dataset == IMPORTED else None
            try:
                data = prepare_data(config, imported)
            except DatasetError:
                if not is_drawn(imported) or project.weights:
                    raise
                data = None     # points drawn so far, too few to train: opened as they were saved
            if data is not None:
                run = build_run(config, data)
                records = project.history.records() if project.history is not None else []
                if project.weights:
                    run.restore(project.weights, project.epoch, records)
                else:
                    records = []
        except DesktopNNError:
            raise
        except (KeyError, TypeError, ValueError) as exc:
            raise ProjectError(QCoreApplication.translate(
                "ProjectHost", "its settings or weights do not fit this version of desktop_nn ({}).").format(exc)) from None
        # everything fits: the document takes it, and every pane shows it
        self.controller.pause()
        self._loaded_config = config        # snapshots of the old run still in flight are skipped
        self.document.load(project, config)
        self.cost_plot.set_run_label(self._run_label(config))
        if data is None:                    # the session says why they do not train, as before saving
            self._loaded_config = None
            self.controller.set_imported(imported)
            self.controller.configure(config)
            return
        self.controller.load_run(config, data, run, records, imported)
        self.statusBar().clearMessage()

    # --- own data ------------------------------------------------------------------------------

    def use_imported_data(self, result) -> None:
        """The CSV import dialog's data becomes the dataset; refuses (ConfigError) what cannot train."""
        data = result.data
        config = self.document.settings.replace(dataset=IMPORTED, standardize=bool(result.standardize))
        if data.n_features == 2 and not config.features:
            config = config.replace(features=("x1", "x2"))
        # more than two classes: the document moves a single neuron to a softmax network (and says so)
        fitted, _ = self.document.fitted(config, data)
        build_run(fitted, prepare_data(fitted, data))          # raises if it cannot train
        self.document.set_imported(data, config)

    # --- exports -------------------------------------------------------------------------------

    def image_targets(self) -> dict:
        # the names are keys (object names); the menu shows them translated (context "ProjectHost")
        return {QT_TRANSLATE_NOOP("ProjectHost", "cost plot"): self.cost_plot,
                QT_TRANSLATE_NOOP("ProjectHost", "decision regions"): self.decision_plot}

    def trainer_for_export(self, project: Project):
        """The project's network run rebuilt at epoch 0: same data (imported too), same seed."""
        config = RunConfig(**project.run_config_kwargs())
        config.validate()
        if config.model != "network":
            raise ConfigError("Export as a script needs a network; the single-neuron models are the chapter's own code.")
        imported = project.imported if config.dataset == IMPORTED else None
        run = build_run(config, prepare_data(config, imported))
        return run.trainer
