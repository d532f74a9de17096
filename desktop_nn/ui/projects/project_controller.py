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
* Every ``autosave_interval_ms`` (one minute) a changed project is written to
  ``<AppDataLocation>/autosave/session-<pid>-<time>.dnn``, next to a ``QLockFile`` held while the
  session runs. A clean exit deletes both. At start-up, an autosave whose lock is stale (its
  process died) is offered back; a running session's autosave is never touched.
* Exports: the weights (.npz), the run's history (.csv), a standalone NumPy script and a PyTorch
  script that reproduce the run up to the current epoch, and the plots as PNG/SVG.

Every question goes through :class:`Dialogs` (file choosers, message boxes); tests pass their own.
"""

from __future__ import annotations

import os
import time
import weakref
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile, QObject, QSettings, QStandardPaths, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from desktop_nn.engine import export
from desktop_nn.engine.errors import DesktopNNError, ProjectError
from desktop_nn.project import SUFFIX, Project, load_project, save_project

MAX_RECENT = 8
RECENT_KEY = "project/recentFiles"
AUTOSAVE_INTERVAL_MS = 60_000
PROJECT_FILTER = "desktop_nn projects (*.dnn)"


def _interactive() -> bool:
    """False on Qt's offscreen platform (tests, --self-test): nobody could answer a modal dialog."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName() != "offscreen"


class Dialogs:
    """The questions the controller asks; replace in tests.

    On the offscreen platform no modal dialog is ever opened: choosers return None, "save
    changes?" is answered Discard, recovery is declined, errors go to the status message only.
    """

    def open_path(self, parent: QWidget) -> str | None:
        if not _interactive():
            return None
        path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Dialogs", "Open project"), "", PROJECT_FILTER)
        return path or None

    def save_path(self, parent: QWidget, title: str, suggested: str, file_filter: str) -> str | None:
        if not _interactive():
            return None
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return path or None

    def ask_save_changes(self, parent: QWidget, name: str) -> str:
        """"save", "discard" or "cancel"."""
        if not _interactive():
            return "discard"
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Dialogs", "Unsaved changes"),
                          QCoreApplication.translate("Dialogs", "Save the changes to “{}” before closing it?").format(name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, parent)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")

    def ask_recover(self, parent: QWidget, saved_at: str) -> bool:
        if not _interactive():
            return False
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("Dialogs", "Recover unsaved work?"),
            QCoreApplication.translate("Dialogs", "desktop_nn did not close properly last time. Recover the project autosaved at {}?").format(saved_at))
        return answer == QMessageBox.StandardButton.Yes

    def error(self, parent: QWidget, title: str, text: str) -> None:
        if _interactive():
            QMessageBox.warning(parent, title, text)


def default_autosave_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".desktop_nn") / "autosave"


class ProjectController(QObject):
    """File actions for one window; see the module docstring for the host interface."""

    # payload: the path of the file now current, "" for an unsaved project
    currentFileChanged = Signal(str)
    # payload: a sentence for the status bar
    messageShown = Signal(str)
    # payload: the Project just applied (opened or recovered)
    projectOpened = Signal(object)

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
        self.settings = settings or QSettings("desktop_nn", "desktop_nn")
        self._path: Path | None = None
        self._dirty = False
        self._changes = 0
        self._autosaved_changes = 0
        self._closing_done = False

        # --- autosave session: a lock held while we run, the autosave beside it ---
        self.autosave_dir = Path(autosave_dir) if autosave_dir is not None else default_autosave_dir()
        self._session = f"session-{os.getpid()}-{int(time.time() * 1000)}"
        self._lock: QLockFile | None = None
        try:
            self.autosave_dir.mkdir(parents=True, exist_ok=True)
            lock = QLockFile(str(self.autosave_dir / f"{self._session}.lock"))
            lock.setStaleLockTime(0)
            if lock.tryLock(0):
                self._lock = lock
        except OSError:
            pass
        self.autosave_path = self.autosave_dir / f"{self._session}{SUFFIX}"
        self.autosaveTimer = QTimer(self)
        self.autosaveTimer.setObjectName("autosaveTimer")
        self.autosaveTimer.setInterval(int(autosave_interval_ms))
        self.autosaveTimer.timeout.connect(self.autosave_now)
        self.autosaveTimer.start()

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
        self.importCsvAction = self._action(self.tr("&Import CSV…"), self.open_import_dialog, "importCsvAction")
        self.importCsvAction.setEnabled(callable(getattr(self.host, "use_imported_data", None)))
        self.exportImageActions: list[QAction] = []
        targets = getattr(self.host, "image_targets", None)
        if callable(targets):
            for name in targets():
                self.exportImageActions.append(self._action(
                    self.tr("Export {} as image (PNG/SVG)…").format(name), lambda n=name: self.export_image(n),
                    f"exportImage_{name.replace(' ', '_')}"))
        self._rebuild_recent_menu()

    def populate_file_menu(self, menu: QMenu) -> None:
        """Put the actions at the top of ``menu`` (the window's File menu)."""
        first = menu.actions()[0] if menu.actions() else None
        items = [self.newAction, self.openAction, self.recentMenu, None, self.saveAction, self.saveAsAction, None,
                 self.importCsvAction, None,
                 self.exportPythonAction, self.exportPyTorchAction, self.exportWeightsAction,
                 self.exportHistoryAction, *self.exportImageActions, None]
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

    def _apply(self, project: Project, path: Path | None, recent: bool = True) -> bool:
        try:
            self.host.apply_project(project)
        except (DesktopNNError, ValueError) as exc:
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
        try:
            save_project(self.host.project_from_ui(), path)
        except (DesktopNNError, ValueError) as exc:
            self._error(self.tr("Cannot save project"), str(exc))
            return False
        self._set_clean(path)
        if self._changes != changes:          # changed while saving
            self.mark_dirty()
        self._add_recent(path)
        self.messageShown.emit(self.tr("Saved {}").format(path.name))
        return True

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

    # --- autosave and recovery -------------------------------------------------------------------

    @Slot()
    def autosave_now(self) -> bool:
        """Write the project to the autosave file if it changed since the last autosave."""
        if self._changes == self._autosaved_changes or self._lock is None:
            return False
        changes = self._changes
        try:
            save_project(self.host.project_from_ui(), self.autosave_path)
        except (DesktopNNError, ValueError) as exc:
            self.messageShown.emit(self.tr("⚠ Autosave failed: {}").format(exc))
            return False
        self._autosaved_changes = changes
        return True

    def recoverable(self) -> list[Path]:
        """Autosaves of sessions that ended without closing properly, newest first."""
        found = []
        for lock_path in self.autosave_dir.glob("session-*.lock"):
            if lock_path.stem == self._session:
                continue
            autosave = lock_path.with_suffix(SUFFIX)
            lock = QLockFile(str(lock_path))
            lock.setStaleLockTime(0)
            if not lock.tryLock(0):
                continue                     # a running session holds it
            lock.unlock()                    # stale: its process died; the lock file is gone now
            if autosave.exists():
                found.append(autosave)
        # autosaves whose lock vanished (e.g. removed by hand) are orphans too
        for autosave in self.autosave_dir.glob(f"session-*{SUFFIX}"):
            if autosave.stem != self._session and not autosave.with_suffix(".lock").exists() and autosave not in found:
                found.append(autosave)
        return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)

    @Slot()
    def offer_recovery(self) -> bool:
        """Offer the newest autosave of a crashed session; True when it was recovered."""
        candidates = self.recoverable()
        if not candidates:
            return False
        newest = candidates[0]
        saved_at = time.strftime("%Y-%m-%d %H:%M", time.localtime(newest.stat().st_mtime))
        recovered = False
        if self.dialogs.ask_recover(self.window, saved_at):
            try:
                project = load_project(newest)
            except ProjectError as exc:
                self._error(self.tr("Cannot recover"), str(exc))
            else:
                if self._apply(project, None, recent=False):
                    recovered = True
                    self.mark_dirty()        # not saved anywhere yet
                    self.messageShown.emit(self.tr("Recovered the project autosaved at {}").format(saved_at))
        for path in candidates:
            try:
                path.unlink()
            except OSError:
                pass
        return recovered

    def shutdown(self) -> None:
        """A clean exit: stop autosaving, delete this session's autosave and lock."""
        if self._closing_done:
            return
        self._closing_done = True
        try:
            self.autosaveTimer.stop()
        except RuntimeError:
            pass                         # the window (and with it the timer) is already gone
        try:
            self.autosave_path.unlink()
        except OSError:
            pass
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

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

    # --- exports ---------------------------------------------------------------------------------

    def _export_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        path = self.dialogs.save_path(self.window, title, suggested, file_filter)
        return Path(path) if path else None

    def _stem(self) -> str:
        return self._path.stem if self._path else "run"

    def trainer_for_export(self, project: Project):
        """A Trainer at epoch 0 for the project's run: same data, same initial weights."""
        custom = getattr(self.host, "trainer_for_export", None)
        if callable(custom):
            return custom(project)
        return trainer_for_project(project)

    def _export_script(self, torch: bool) -> bool:
        project = self.host.project_from_ui()
        try:
            if project.epoch < 1:
                raise ProjectError(self.tr("Train at least one epoch before exporting the run as a script."))
            trainer = self.trainer_for_export(project)
            make = export.pytorch_script if torch else export.python_script
            title = f"{self.display_name()} — epoch {project.epoch}"
            source = make(trainer, epochs=project.epoch, title=title)
        except (DesktopNNError, ValueError) as exc:
            self._error(self.tr("Cannot export"), str(exc))
            return False
        suffix = "_pytorch.py" if torch else ".py"
        path = self._export_path(self.tr("Export as PyTorch script") if torch else self.tr("Export as Python script"),
                                 self._stem() + suffix, self.tr("Python scripts (*.py)"))
        if path is None:
            return False
        return self._write(path, lambda: export.write_script(path, source))

    @Slot()
    def export_python(self) -> bool:
        return self._export_script(torch=False)

    @Slot()
    def export_pytorch(self) -> bool:
        return self._export_script(torch=True)

    @Slot()
    def export_weights(self) -> bool:
        project = self.host.project_from_ui()
        if not project.weights:
            self._error(self.tr("Cannot export"), self.tr("There are no weights yet: train the network first."))
            return False
        path = self._export_path(self.tr("Export weights"), self._stem() + "_weights.npz", self.tr("NumPy arrays (*.npz)"))
        if path is None:
            return False
        return self._write(path, lambda: export.write_weights_npz(path, project.weights))

    @Slot()
    def export_history(self) -> bool:
        project = self.host.project_from_ui()
        history = project.history
        if history is None or history.epochs == 0:
            self._error(self.tr("Cannot export"), self.tr("There is no history yet: train at least one epoch."))
            return False
        path = self._export_path(self.tr("Export history"), self._stem() + "_history.csv", self.tr("CSV files (*.csv)"))
        if path is None:
            return False
        records = [(i + 1, history.train_cost[i], history.train_accuracy[i], history.test_cost[i],
                    history.test_accuracy[i]) for i in range(history.epochs)]
        return self._write(path, lambda: export.write_history_csv(path, records))

    @Slot()
    def export_image(self, name: str) -> bool:
        widget = self.host.image_targets()[name]
        path = self._export_path(self.tr("Export {} as image").format(name), f"{self._stem()}_{name.replace(' ', '_')}.png",
                                 self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if path is None:
            return False
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + ".png")
        return self._write(path, lambda: export_widget_image(widget, path))

    def _write(self, path: Path, write) -> bool:
        try:
            write()
        except (OSError, DesktopNNError, ValueError) as exc:
            self._error(self.tr("Cannot export"), self.tr("Cannot write “{}”: {}").format(path.name, exc))
            return False
        self.messageShown.emit(self.tr("Exported {}").format(path.name))
        return True


def trainer_for_project(project: Project):
    """Rebuild the project's network run at epoch 0 (same seed → same initial weights and data),
    through the one model builder the training session uses, so an export trains what the app did
    (built-in or imported data, the same features, scaling and held-out share)."""
    from desktop_nn.engine.errors import ConfigError
    from desktop_nn.training.config import RunConfig, prepare_data
    from desktop_nn.training.runs import build_run

    config = RunConfig(**project.run_config_kwargs())
    if config.model != "network":
        raise ConfigError("Export as a script needs a network; the single-neuron models are the chapter's own code.")
    return build_run(config, prepare_data(config, project.imported)).trainer


def export_widget_image(widget: QWidget, path: str | Path) -> None:
    """A widget as PNG (pixels, at the screen's scale) or SVG (vector where Qt can)."""
    path = Path(path)
    if path.suffix.lower() == ".svg":
        from PySide6.QtCore import QPoint, QRect
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        tmp = path.with_name(f".{path.name}.part")
        generator.setFileName(str(tmp))
        generator.setSize(widget.size())
        generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
        generator.setTitle(widget.objectName() or "desktop_nn")
        painter = QPainter(generator)
        try:
            widget.render(painter, QPoint(0, 0))
        finally:
            painter.end()
        os.replace(tmp, path)
        return
    image = widget.grab()
    tmp = path.with_name(f".{path.name}.part.png")
    if not image.save(str(tmp), "PNG"):
        raise OSError(f"Qt could not write {path.name}")
    os.replace(tmp, path)
