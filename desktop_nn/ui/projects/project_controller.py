"""Projects in the window: New/Open/Save/Save As/Open Recent, exports, autosave and recovery.

The interface the main window implements (the "host")
------------------------------------------------------
::

    class ProjectHost(Protocol):
        def project_from_ui(self) -> Project:
            '''The project as shown (the main window: its Document's saved form): settings
            (RunConfig fields), imported data, pinned runs, and the current run's weights, epoch
            and history (read-only copies from the frames, so this is safe while training runs).'''

        def apply_project(self, project: Project) -> None:
            '''Show the project: settings, data, pinned runs, and the saved weights/history if any.
            Raise ConfigError / DatasetError / ProjectError, leaving the window as it was, if it
            cannot.'''

        # optional
        def image_targets(self) -> dict[str, QWidget]:      # {"cost plot": w, …} for PNG/SVG export
        def use_imported_data(self, result: ImportResult) -> None:   # enables File ▸ Import CSV…
        def trainer_for_export(self, project) -> Trainer:    # if the default rebuild does not fit

Plugging it in (main window)::

    self.projects = ProjectController(self, host=self, document=self.document)
    self.projects.populate_file_menu(self.menus["file"])
    self.projects.messageShown.connect(self.statusBar().showMessage)
    # after show(): offers the autosave of a session that did not exit cleanly
    QTimer.singleShot(0, self.projects.offer_recovery)

What it does
------------
* The unsaved mark observes the document (``document=``): every change of it but an opened
  project's marks the project unsaved; a host without a document calls ``mark_dirty``.
* The title is "<file name>[*] — desktop_nn" with the window's modified flag, so Qt draws the
  unsaved-changes mark; closing with unsaved changes asks Save / Discard / Cancel (an event
  filter on the window, so the window's own closeEvent runs only when the close goes ahead).
* Saving is atomic (``desktop_nn.project.save_project``): a failed save leaves the previous file
  intact and the project still marked unsaved.
* Every ``autosave_interval_ms`` (one minute) a changed project is written to an autosave file
  beside a lock held while the session runs; at start-up the autosave of every session that did
  not exit cleanly is offered back, and recovery never deletes one (``autosave.py``, mixed in).
* Offscreen (tests, scripted runs) a controller given no settings or autosave folder uses its own,
  in a temporary folder; ``private_session()`` gives the self-test the same, plus Dialogs that never
  open a modal dialog even with a display.
* Exports: the weights (.npz), the run's history (.csv), a standalone NumPy script and a PyTorch
  script that reproduce the run up to the current epoch, and the plots as PNG/SVG
  (``exports.py``, mixed in).

Every question goes through :class:`Dialogs` (file choosers, message boxes; ``file_dialogs.py``);
tests pass their own.
"""

from __future__ import annotations

import tempfile
import weakref
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from desktop_nn.engine.errors import DesktopNNError, ProjectError
from desktop_nn.project import SUFFIX, Project, load_project
from desktop_nn.ui.projects.autosave import AUTOSAVE_INTERVAL_MS, AutosaveMixin, default_autosave_dir, save_in_thread
from desktop_nn.ui.projects.exports import ExportsMixin, export_widget_image, trainer_for_project
from desktop_nn.ui.projects.file_dialogs import PROJECT_FILTER, Dialogs, interactive

__all__ = ["AUTOSAVE_INTERVAL_MS", "PROJECT_FILTER", "Dialogs", "ProjectController", "default_autosave_dir",
           "export_widget_image", "private_session", "trainer_for_project"]

MAX_RECENT = 8
RECENT_KEY = "project/recentFiles"
_private_root: tempfile.TemporaryDirectory | None = None


def private_folder() -> Path:
    """A new folder of this process's own, under a temporary folder removed when it exits."""
    global _private_root
    if _private_root is None:
        _private_root = tempfile.TemporaryDirectory(prefix="desktop_nn-", ignore_cleanup_errors=True)
    return Path(tempfile.mkdtemp(dir=_private_root.name))


def private_session() -> dict:
    """MainWindow keyword arguments for a run that must leave the user's files alone and ask
    nothing, with or without a display (``--self-test``): a settings file and an autosave folder
    of its own (removed at exit), and Dialogs that never open a modal dialog."""
    own = private_folder()
    return {"project_settings": QSettings(str(own / "settings.ini"), QSettings.Format.IniFormat),
            "autosave_dir": own / "autosave", "dialogs": Dialogs(interactive=False)}


class ProjectController(AutosaveMixin, ExportsMixin, QObject):
    """File actions for one window; see the module docstring for the host interface."""

    # payload: the path of the file now current, "" for an unsaved project
    currentFileChanged = Signal(str)
    # payload: a sentence for the status bar
    messageShown = Signal(str)
    # payload: the Project just applied (opened or recovered)
    projectOpened = Signal(object)
    # private: a background autosave ended (its change count, "" or the error), to the GUI thread
    _autosaveEnded = Signal(int, str)

    def __init__(self, window: QWidget, host: Any = None, *, settings: QSettings | None = None,
                 autosave_dir: str | Path | None = None, autosave_interval_ms: int = AUTOSAVE_INTERVAL_MS,
                 dialogs: Dialogs | None = None, document=None, parent: QObject | None = None):
        super().__init__(parent or window)
        self.setObjectName("projectController")
        # weak references to the window: the window holds this controller, and a Python reference
        # cycle through Qt objects could be collected by the garbage collector in another thread
        # (the training thread), deleting QObjects there and deadlocking with the GUI thread
        self._window = weakref.ref(window)
        if host is None or host is window:
            self._host = self._window
        else:
            self._host = lambda: host
        self.dialogs = dialogs or Dialogs()
        if (settings is None or autosave_dir is None) and not interactive():
            # offscreen (tests, scripted runs): never the user's recent files or autosaves
            own = private_folder()
            settings = settings or QSettings(str(own / "settings.ini"), QSettings.Format.IniFormat)
            autosave_dir = autosave_dir if autosave_dir is not None else own / "autosave"
        self.settings = settings or QSettings("desktop_nn", "desktop_nn")
        self._path: Path | None = None
        self._dirty = False
        self._changes = 0
        self._autosaved_changes = 0
        self._closing_done = False

        # the autosave session: a lock held while we run, the autosave beside it (autosave.py)
        self._start_autosave(autosave_dir, autosave_interval_ms)

        self._make_actions()
        window.installEventFilter(self)
        self._update_title()
        if document is not None:
            # the unsaved mark follows the document: every edit, pin, import and epoch trained
            document.observe(self._on_document_changed)

    def _on_document_changed(self, change) -> None:
        if change.source != "load":          # an opened project is clean (see _apply)
            self.mark_dirty()

    @property
    def window(self) -> QWidget:
        return self._window()

    @property
    def host(self):
        return self._host()

    # --- actions ---------------------------------------------------------------------------------

    def _action(self, text: str, slot, name: str, shortcut=None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda *_: slot())
        return action

    def _make_actions(self) -> None:
        self.newAction = self._action(self.tr("&New project"), self.new_project, "newProjectAction", QKeySequence.StandardKey.New)
        self.openAction = self._action(self.tr("&Open…"), self.open_file, "openAction", QKeySequence.StandardKey.Open)
        self.saveAction = self._action(self.tr("&Save"), self.save, "saveAction", QKeySequence.StandardKey.Save)
        self.saveAsAction = self._action(self.tr("Save &As…"), self.save_as, "saveAsAction", QKeySequence.StandardKey.SaveAs)
        self.recentMenu = QMenu(self.tr("Open &Recent"), self.window)
        self.recentMenu.setObjectName("recentMenu")
        self.exportPythonAction = self._action(self.tr("Export as Python script…"), self.export_python, "exportPythonAction")
        self.exportPyTorchAction = self._action(self.tr("Export as PyTorch script…"), self.export_pytorch, "exportPyTorchAction")
        self.exportWeightsAction = self._action(self.tr("Export weights (.npz)…"), self.export_weights, "exportWeightsAction")
        self.exportHistoryAction = self._action(self.tr("Export history (.csv)…"), self.export_history, "exportHistoryAction")
        self.exportDataAction = self._action(self.tr("Export data (.csv)…"), self.export_data, "exportDataAction")
        self.importCsvAction = self._action(self.tr("&Import CSV…"), self.open_import_dialog, "importCsvAction")
        self.importCsvAction.setEnabled(callable(getattr(self.host, "use_imported_data", None)))
        self.exportImageActions: list[QAction] = []
        targets = getattr(self.host, "image_targets", None)
        if callable(targets):
            for name in targets():
                self.exportImageActions.append(self._action(
                    self.tr("Export {} as image (PNG/SVG)…").format(QCoreApplication.translate("ProjectHost", name)),
                    lambda n=name: self.export_image(n),
                    f"exportImage_{name.replace(' ', '_')}"))
        self._rebuild_recent_menu()

    def populate_file_menu(self, menu: QMenu) -> None:
        """Put the actions at the top of ``menu`` (the window's File menu)."""
        first = menu.actions()[0] if menu.actions() else None
        items = [self.newAction, self.openAction, self.recentMenu, None, self.saveAction, self.saveAsAction, None,
                 self.importCsvAction, None,
                 self.exportPythonAction, self.exportPyTorchAction, self.exportWeightsAction,
                 self.exportHistoryAction, self.exportDataAction, *self.exportImageActions, None]
        for item in items:
            if item is None:
                menu.insertSeparator(first) if first is not None else menu.addSeparator()
            elif isinstance(item, QMenu):
                menu.insertMenu(first, item) if first is not None else menu.addMenu(item)
            else:
                menu.insertAction(first, item) if first is not None else menu.addAction(item)

    # --- state: path, dirty, title ----------------------------------------------------------------

    @property
    def current_path(self) -> Path | None:
        return self._path

    @property
    def dirty(self) -> bool:
        return self._dirty

    @Slot()
    def mark_dirty(self, *_args) -> None:
        """Call on every change of the project (settings, architecture, data, training)."""
        self._changes += 1
        if not self._dirty:
            self._dirty = True
            self._update_title()

    def _set_clean(self, path: Path | None) -> None:
        self._path = path
        self._dirty = False
        self._update_title()
        self.currentFileChanged.emit(str(path) if path else "")

    def display_name(self) -> str:
        return self._path.name if self._path else self.tr("Untitled")

    def _update_title(self) -> None:
        self.window.setWindowTitle(f"{self.display_name()}[*] — desktop_nn")
        self.window.setWindowModified(self._dirty)

    def _error(self, title: str, text: str) -> None:
        self.messageShown.emit("⚠ " + text)
        self.dialogs.error(self.window, title, text)

    # --- new / open ------------------------------------------------------------------------------

    def _maybe_save(self) -> bool:
        """True when the current project may be replaced (saved, discarded, or unchanged)."""
        if not self._dirty:
            return True
        answer = self.dialogs.ask_save_changes(self.window, self.display_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    @Slot()
    def new_project(self) -> bool:
        if not self._maybe_save():
            return False
        return self._apply(Project(), None, recent=False)

    @Slot()
    def open_file(self, path: str | Path | None = None) -> bool:
        """Open a .dnn file; a bad file is refused with a message and changes nothing."""
        if not self._maybe_save():
            return False
        if path is None:
            path = self.dialogs.open_path(self.window)
            if not path:
                return False
        path = Path(path)
        try:
            project = load_project(path)
        except ProjectError as exc:
            self._error(self.tr("Cannot open project"), str(exc))
            return False
        return self._apply(project, path)

    def _apply(self, project: Project, path: Path | None, recent: bool = True, report: bool = True) -> bool:
        """Show ``project``; False (the window as it was) if the host refuses it — said in a
        message when ``report``, else left in ``_last_apply_error`` for the caller to say."""
        try:
            self.host.apply_project(project)
        except (DesktopNNError, ValueError) as exc:
            self._last_apply_error = str(exc)
            if report:
                name = path.name if path else self.tr("the project")
                self._error(self.tr("Cannot open project"),
                            self.tr("“{}” cannot be shown: {}").format(name, exc))
            return False
        self._set_clean(path)
        self._autosaved_changes = self._changes
        if path is not None and recent:
            self._add_recent(path)
        self.projectOpened.emit(project)
        self.messageShown.emit(self.tr("Opened {}").format(path.name) if path else self.tr("New project"))
        return True

    # --- save ------------------------------------------------------------------------------------

    @Slot()
    def save(self) -> bool:
        if self._path is None:
            return self.save_as()
        return self._save_to(self._path)

    @Slot()
    def save_as(self) -> bool:
        suggested = str(self._path) if self._path else self.tr("lesson") + SUFFIX
        path = self.dialogs.save_path(self.window, self.tr("Save project as"), suggested, PROJECT_FILTER)
        if not path:
            return False
        path = Path(path)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        changes = self._changes
        error = self._write_off_thread(self.host.project_from_ui(), path)
        if error is not None:
            self._error(self.tr("Cannot save project"), error)
            return False
        self._set_clean(path)
        self._work_saved()                    # recovered autosaves still kept aside are not needed now
        if self._changes != changes:          # changed while saving
            self.mark_dirty()
        self._add_recent(path)
        self.messageShown.emit(self.tr("Saved {}").format(path.name))
        return True

    def _write_off_thread(self, project, path: Path) -> str | None:
        """Write ``project`` to ``path`` in a thread of its own while the window goes on drawing
        (a local event loop waits; the save actions are off meanwhile). None, or the error."""
        outcome: list[str | None] = []
        actions = (self.saveAction, self.saveAsAction, self.openAction, self.newAction)
        for action in actions:
            action.setEnabled(False)
        writer = save_in_thread(project, path, "save", then=outcome.append)
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: writer.is_alive() or loop.quit())
        poll.start(5)
        if writer.is_alive():
            loop.exec()
        poll.stop()
        writer.join()
        for action in actions:
            action.setEnabled(True)
        return outcome[0] if outcome else "the save did not finish"

    # --- recent files ----------------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v][:MAX_RECENT]

    def _add_recent(self, path: Path) -> None:
        path = str(Path(path).resolve())
        files = [path] + [f for f in self.recent_files() if f != path]
        self.settings.setValue(RECENT_KEY, files[:MAX_RECENT])
        self.settings.sync()
        self._rebuild_recent_menu()

    def _rebuild_recent_menu(self) -> None:
        self.recentMenu.clear()
        files = self.recent_files()
        for i, f in enumerate(files, start=1):
            action = self.recentMenu.addAction(f"&{i}  {Path(f).name}")
            action.setToolTip(f)
            action.setData(f)
            action.triggered.connect(lambda *_, f=f: self.open_file(f))
        self.recentMenu.setEnabled(bool(files))

    # --- closing the window ---------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and not self._closing_done:
            if not self._maybe_save():
                event.ignore()
                return True             # the window stays open; its closeEvent never runs
            self.shutdown()
        return False

    # --- own data --------------------------------------------------------------------------------

    @Slot()
    def open_import_dialog(self, path: str | None = None):
        """Open the CSV import dialog (non-blocking); its data goes to ``host.use_imported_data``."""
        from desktop_nn.ui.projects.csv_import_dialog import CsvImportDialog

        dialog = CsvImportDialog(parent=self.window, path=path)
        dialog.dataImported.connect(self._on_data_imported)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.importDialog = dialog
        return dialog

    @Slot(object)
    def _on_data_imported(self, result) -> None:
        try:
            self.host.use_imported_data(result)
        except (DesktopNNError, ValueError) as exc:
            self._error(self.tr("Cannot use the data"), str(exc))
            return
        self.mark_dirty()
        self.messageShown.emit(self.tr("Imported {}").format(result.data.source))
