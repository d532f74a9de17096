"""Autosave and crash recovery, for :class:`~desktop_nn.ui.projects.project_controller.ProjectController`.

Every ``autosave_interval_ms`` (one minute) a changed project is written to
``<AppDataLocation>/autosave/session-<pid>-<time>.dnn``, next to a ``QLockFile`` held while the
session runs. A clean exit deletes both. At start-up, an autosave whose lock is stale (its
process died) is offered back; a running session's autosave is never touched.

The controller mixes :class:`AutosaveMixin` in and calls ``_start_autosave`` from its
``__init__``; the mixin uses the controller's ``host`` (``project_from_ui``), ``window``,
``dialogs``, its change counters (``_changes``, ``_autosaved_changes``), ``_closing_done``,
``_apply``, ``_error``, ``mark_dirty`` and ``messageShown``.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QStandardPaths, QTimer, Slot

from desktop_nn.engine.errors import DesktopNNError, ProjectError
from desktop_nn.project import SUFFIX, load_project, save_project

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

AUTOSAVE_INTERVAL_MS = 60_000


def default_autosave_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".desktop_nn") / "autosave"


class AutosaveMixin:
    """This session's autosave (a lock held while it runs, the autosave beside it) and the
    recovery of the autosaves that sessions which did not exit cleanly left behind."""

    def _start_autosave(self, autosave_dir: str | Path | None, interval_ms: int) -> None:
        """Take this session's lock in ``autosave_dir`` and start the autosave timer."""
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
        self.autosaveTimer.setInterval(int(interval_ms))
        self.autosaveTimer.timeout.connect(self.autosave_now)
        self.autosaveTimer.start()

    @Slot()
    def autosave_now(self) -> bool:
        """Write the project to the autosave file if it changed since the last autosave."""
        if self._changes == self._autosaved_changes or self._lock is None:
            return False
        changes = self._changes
        try:
            save_project(self.host.project_from_ui(), self.autosave_path)
        except (DesktopNNError, ValueError) as exc:
            self.messageShown.emit(translate("ProjectController", "⚠ Autosave failed: {}").format(exc))
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
                self._error(translate("ProjectController", "Cannot recover"), str(exc))
            else:
                if self._apply(project, None, recent=False):
                    recovered = True
                    self.mark_dirty()        # not saved anywhere yet
                    self.messageShown.emit(translate(
                        "ProjectController", "Recovered the project autosaved at {}").format(saved_at))
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
