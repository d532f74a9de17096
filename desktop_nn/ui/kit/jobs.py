"""Long work off the GUI thread: one job runner for the whole interface.

A :class:`JobRunner` (a QObject living in the GUI thread) owns one worker thread. Callers submit
plain functions ``fn(state) -> result`` (Orange3's pattern); the function runs in the worker, may
report progress with ``state.progress(payload)`` (throttled to ~30 per second unless forced) and
checks ``state.check()`` between steps. Results, progress and failures come back through signals
connected only to slots of the runner — a GUI-thread QObject (docs/ARCHITECTURE.md: worker signals
land on GUI-thread methods) — which then calls the caller's callbacks in the GUI thread. A
cancelled job's late results are dropped.

Lecture scenes (one runner per presenter), the step-through's traces and the CSV import each use
one. Long work is cut into short jobs or checks for cancellation often, so a new request never
waits behind an old one.

A failure reaches ``on_error`` as a sentence: the message of a ``DesktopNNError`` (the engine's
own, written for the user), otherwise the exception's type and message (its traceback goes to the
log).
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop_nn.engine.errors import DesktopNNError

log = logging.getLogger(__name__)


class JobCancelled(Exception):
    """Raised by :meth:`JobState.check` when the job was cancelled; the runner drops it quietly."""


class JobState:
    """What a running job sees: its cancellation flag and a throttled progress channel."""

    PROGRESS_INTERVAL = 1 / 30

    def __init__(self, job_id: int, emit_progress: Callable[[int, Any], None]):
        self.job_id = job_id
        self._cancel = threading.Event()
        self._emit = emit_progress
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise JobCancelled()

    def progress(self, payload: Any, force: bool = False) -> bool:
        """Send ``payload`` to the GUI unless one was sent less than 1/30 s ago (or ``force``)."""
        now = time.perf_counter()
        if force or now - self._last >= self.PROGRESS_INTERVAL:
            self._last = now
            self._emit(self.job_id, payload)
            return True
        return False


class _Worker(QObject):
    # job id, result / progress payload / error text
    finished = Signal(int, object)
    progressed = Signal(int, object)
    failed = Signal(int, str)

    @Slot(object, object)
    def run(self, state: JobState, fn) -> None:
        if state.cancelled:
            return
        try:
            result = fn(state)
        except JobCancelled:
            return
        except DesktopNNError as exc:     # the engine's own sentence for the user
            self.failed.emit(state.job_id, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - reported as a sentence, never a crash
            log.exception("a background job failed")
            self.failed.emit(state.job_id, f"{type(exc).__name__}: {exc}")
            return
        if not state.cancelled:
            self.finished.emit(state.job_id, result)


@dataclass
class _Job:
    state: JobState
    on_result: Callable[[Any], None] | None
    on_progress: Callable[[Any], None] | None
    on_error: Callable[[str], None] | None
    submitted: float = field(default_factory=time.perf_counter)


class JobRunner(QObject):
    """Runs jobs in one worker QThread; call :meth:`shutdown` before the owner goes away."""

    _request = Signal(object, object)   # JobState, fn → worker.run (queued)
    jobFinished = Signal(int)           # id of a job whose result was delivered (tests wait on it)

    def __init__(self, parent: QObject | None = None, name: str = "jobWorker"):
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._jobs: dict[int, _Job] = {}
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished)
        self._worker.progressed.connect(self._on_progress)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()
        self._closed = False

    # --- GUI-thread API -----------------------------------------------------------------------
    def submit(self, fn: Callable[[JobState], Any], on_result=None, on_progress=None, on_error=None) -> JobState:
        if self._closed:
            raise RuntimeError("the job runner was shut down")
        job_id = next(self._ids)
        state = JobState(job_id, self._worker.progressed.emit)
        self._jobs[job_id] = _Job(state, on_result, on_progress, on_error)
        self._request.emit(state, fn)
        return state

    def cancel(self, state: JobState | None) -> None:
        if state is None:
            return
        state.cancel()
        self._jobs.pop(state.job_id, None)

    def cancel_all(self) -> None:
        for job in list(self._jobs.values()):
            job.state.cancel()
        self._jobs.clear()

    def busy(self) -> bool:
        """A job is waiting or running."""
        return bool(self._jobs)

    def running(self) -> bool:
        """The worker thread is alive (until :meth:`shutdown`)."""
        return self._thread.isRunning()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel every job and stop the worker thread; True when it has stopped."""
        if self._closed:
            return self._thread.isFinished()
        self._closed = True
        self.cancel_all()
        self._thread.quit()
        return bool(self._thread.wait(timeout_ms))

    # --- slots: run in the GUI thread ------------------------------------------------------------
    @Slot(int, object)
    def _on_finished(self, job_id: int, result) -> None:
        job = self._jobs.pop(job_id, None)
        if job is None or job.state.cancelled:
            return
        if job.on_result is not None:
            job.on_result(result)
        self.jobFinished.emit(job_id)

    @Slot(int, object)
    def _on_progress(self, job_id: int, payload) -> None:
        job = self._jobs.get(job_id)
        if job is None or job.state.cancelled or job.on_progress is None:
            return
        job.on_progress(payload)

    @Slot(int, str)
    def _on_failed(self, job_id: int, message: str) -> None:
        job = self._jobs.pop(job_id, None)
        if job is None:
            return
        if job.on_error is not None:
            job.on_error(message)
        else:
            log.error("a background job failed: %s", message)
