"""Autosave and crash recovery, for :class:`~desktop_nn.ui.projects.project_controller.ProjectController`.

Every ``autosave_interval_ms`` (one minute) a changed project is written (atomically) to
``<AppDataLocation>/autosave/session-<pid>-<time>.dnn``, next to a ``QLockFile`` held while the
session runs. The document's saved form is taken in the GUI thread (a copy, about a millisecond)
and written by a thread of its own, so the window never waits for the encoding or the disk.
Temporary ``.part`` files left by sessions killed mid-save are removed at start-up. A clean exit — the project saved, or its changes discarded when asked — deletes both.

Recovery only ever adds (docs/projects.md, "Recovery"):

* At start-up every autosave whose lock is stale (its process died) is offered, newest first, one
  after another; a running session's autosave is never touched.
* A recovered autosave is not deleted: it is moved under this session's lock and becomes this
  session's own autosave, so a second crash leaves it to recover again. It goes only when this
  session has saved the work elsewhere (its next autosave replaces it; a clean exit after the user
  saved or discarded removes it).
* A declined one is moved to ``autosave/declined/``; one that cannot be read or shown to
  ``autosave/unreadable/``, named in the message. Neither is ever deleted by desktop_nn.
* A question nobody answers (``Dialogs.ask_recover`` returning None: the offscreen platform, the
  self-test) leaves the autosave where it is, for the next start.

The controller mixes :class:`AutosaveMixin` in and calls ``_start_autosave`` from its
``__init__``; the mixin uses the controller's ``host`` (``project_from_ui``), ``window``,
``dialogs``, its change counters (``_changes``, ``_autosaved_changes``), ``_dirty``,
``_closing_done``, ``_maybe_save``, ``_apply``, ``_error``, ``mark_dirty`` and ``messageShown``.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QStandardPaths, QTimer, Slot

from desktop_nn.engine.errors import DesktopNNError, ProjectError
from desktop_nn.engine.export import remove_orphaned_parts
from desktop_nn.project import SUFFIX, load_project, save_project

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)
log = logging.getLogger(__name__)

AUTOSAVE_INTERVAL_MS = 60_000
DECLINED = "declined"          # subfolders of the autosave folder: kept, never offered again
UNREADABLE = "unreadable"


def default_autosave_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".desktop_nn") / "autosave"


def _saved_at(path: Path) -> str:
    try:
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(path.stat().st_mtime))
    except OSError:
        return "?"


def set_aside(path: Path, folder: Path) -> Path | None:
    """Move ``path`` into ``folder`` (made if needed) under a name not yet taken; the new path,
    or None if it could not be moved (it then stays where it was)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / path.name
        n = 1
        while target.exists():
            n += 1
            target = folder / f"{path.stem}-{n}{path.suffix}"
        os.replace(path, target)
        return target
    except OSError:
        log.exception("could not move %s to %s", path, folder)
        return None


def save_in_thread(project, path: Path, name: str, then=None) -> threading.Thread:
    """``save_project(project, path)`` in a thread of its own (started); ``then(error)`` is called
    in that thread when it ends, with None or the sentence saying why the save failed. The one
    writer of both the autosave and File ▸ Save."""

    def write() -> None:
        try:
            save_project(project, path)
            error = None
        except (DesktopNNError, ValueError) as exc:
            error = str(exc)
        if then is not None:
            then(error)
    thread = threading.Thread(target=write, name=name, daemon=True)
    thread.start()
    return thread


class AutosaveMixin:
    """This session's autosave (a lock held while it runs, the autosave beside it) and the
    recovery of the autosaves that sessions which did not exit cleanly left behind."""

    def _start_autosave(self, autosave_dir: str | Path | None, interval_ms: int) -> None:
        """Take this session's lock in ``autosave_dir`` and start the autosave timer."""
        self.autosave_dir = Path(autosave_dir) if autosave_dir is not None else default_autosave_dir()
        self._session = f"session-{os.getpid()}-{int(time.time() * 1000)}"
        self._lock: QLockFile | None = None
        # recovered autosaves that could not be moved under our lock: deleted once the work they
        # hold is saved elsewhere (our own save or autosave)
        self._adopted: list[Path] = []
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
        self.autosaveTimer.timeout.connect(self._autosave_in_background)
        self.autosaveTimer.start()
        self._autosaving: threading.Thread | None = None
        self._autosaveEnded.connect(self._on_autosave_ended)
        remove_orphaned_parts(self.autosave_dir)       # left by sessions killed mid-save

    @Slot()
    def autosave_now(self) -> bool:
        """Write the project to the autosave file if it changed since the last autosave."""
        if self._changes == self._autosaved_changes or self._lock is None:
            return False
        self._wait_for_autosave()
        changes = self._changes
        try:
            save_project(self.host.project_from_ui(), self.autosave_path)
        except (DesktopNNError, ValueError) as exc:
            self.messageShown.emit(translate("ProjectController", "⚠ Autosave failed: {}").format(exc))
            return False
        self._autosaved_changes = changes
        self._work_saved()
        return True

    def _autosave_in_background(self) -> None:
        """The timer's autosave: the document's saved form is taken here (a copy, ~1 ms), written
        in a thread of its own, so the window never waits for the encoding or the disk."""
        if self._changes == self._autosaved_changes or self._lock is None or self._autosaving is not None:
            return
        changes, ended = self._changes, self._autosaveEnded
        self._autosaving = save_in_thread(self.host.project_from_ui(), self.autosave_path, "autosave",
                                          then=lambda error: ended.emit(changes, error or ""))

    @Slot(int, str)
    def _on_autosave_ended(self, changes: int, error: str) -> None:
        self._autosaving = None
        if error:
            self.messageShown.emit(translate("ProjectController", "⚠ Autosave failed: {}").format(error))
            return
        self._autosaved_changes = changes
        self._work_saved()

    def _wait_for_autosave(self, seconds: float = 10.0) -> None:
        if self._autosaving is not None:
            self._autosaving.join(seconds)
            self._autosaving = None

    def _work_saved(self) -> None:
        """The current work is safely written (saved or autosaved): the recovered autosaves it
        came from are no longer needed."""
        while self._adopted:
            try:
                self._adopted.pop().unlink()
            except OSError:
                pass

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
            if (autosave.stem != self._session and not autosave.with_suffix(".lock").exists()
                    and autosave not in found and autosave not in self._adopted):
                found.append(autosave)

        def mtime(path: Path) -> float:
            try:
                return path.stat().st_mtime
            except OSError:
                return 0.0
        return sorted(found, key=mtime, reverse=True)

    @Slot()
    def offer_recovery(self) -> bool:
        """Offer every autosave of a crashed session, newest first; True when one was recovered.

        Nothing is deleted here: see the module docstring for where each autosave goes."""
        recovered = False
        for candidate in self.recoverable():
            if self._closing_done:
                break
            recovered = self._offer_one(candidate) or recovered
        return recovered

    def _offer_one(self, candidate: Path) -> bool:
        saved_at = _saved_at(candidate)
        answer = self.dialogs.ask_recover(self.window, saved_at)
        if answer is None:
            return False                     # nobody answered: left for the next start
        if not answer:
            kept = set_aside(candidate, self.autosave_dir / DECLINED)
            if kept is not None:
                self.messageShown.emit(translate(
                    "ProjectController", "Not recovered; the autosave is kept as {}").format(kept))
            return False
        try:
            project = load_project(candidate)
        except ProjectError as exc:
            self._unusable(candidate, saved_at, str(exc))
            return False
        if not self._maybe_save():
            return False                     # cancelled: the autosave stays, offered next start
        if self._dirty and self.autosave_path.exists():
            # the work shown was discarded for this one: keep its autosave too
            set_aside(self.autosave_path, self.autosave_dir / DECLINED)
        if not self._apply(project, None, recent=False, report=False):
            self._unusable(candidate, saved_at, getattr(self, "_last_apply_error", ""))
            return False
        self._adopt(candidate)
        self.mark_dirty()                    # not saved anywhere but in the autosave yet
        self.messageShown.emit(translate(
            "ProjectController", "Recovered the project autosaved at {}").format(saved_at))
        return True

    def _unusable(self, candidate: Path, saved_at: str, reason: str) -> None:
        """An autosave that cannot be read or shown: moved aside, never deleted; the message
        names where it went."""
        kept = set_aside(candidate, self.autosave_dir / UNREADABLE) or candidate
        self._error(translate("ProjectController", "Cannot recover"), translate(
            "ProjectController", "The project autosaved at {saved_at} cannot be recovered: {reason} "
            "The file is kept as {path}").format(saved_at=saved_at, reason=reason, path=kept))

    def _adopt(self, candidate: Path) -> None:
        """Make a recovered autosave this session's own: moved under this session's lock (a
        crash now leaves it to recover again), replaced by this session's next autosave."""
        if self._lock is not None:
            try:
                os.replace(candidate, self.autosave_path)
                self._autosaved_changes = self._changes     # the file holds what is shown
                return
            except OSError:
                log.exception("could not take over %s", candidate)
        self._adopted.append(candidate)      # stays where it is until the work is saved elsewhere

    def shutdown(self) -> None:
        """A clean exit (the work saved, or discarded when asked): stop autosaving, delete this
        session's autosave and lock."""
        if self._closing_done:
            return
        self._closing_done = True
        try:
            self.autosaveTimer.stop()
        except RuntimeError:
            pass                         # the window (and with it the timer) is already gone
        self._wait_for_autosave()        # a write in flight ends before its file is removed
        try:
            self.autosave_path.unlink()
        except OSError:
            pass
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
