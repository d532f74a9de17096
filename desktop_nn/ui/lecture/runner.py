"""Scene computation off the GUI thread.

A :class:`SceneRunner` (a QObject living in the GUI thread) owns one worker thread. Scenes submit
plain functions ``fn(state) -> result`` (Orange3's pattern); the function runs in the worker,
may report progress with ``state.progress(payload)`` (throttled to ~30 per second) and should
check ``state.cancelled`` between steps. Results and progress come back through signals that are
connected only to slots of the runner — a GUI-thread QObject (docs/ARCHITECTURE.md: worker signals land on GUI-thread methods) — which then calls the
scene's callbacks in the GUI thread. A cancelled job's late results are dropped.

Long work is cut into short jobs (a chunk of epochs, say) so that moving to another scene never
waits behind a long computation: the new scene's first job runs as soon as the current chunk ends.
"""

from __future__ import annotations

import itertools
import threading
import time
import traceback
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot


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
        except Exception as exc:  # reported to the scene as a sentence, never a crash
            self.failed.emit(state.job_id, f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=4)}")
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


class SceneRunner(QObject):
    """Runs scene jobs in one worker QThread; call :meth:`shutdown` before the owner goes away."""

    _request = Signal(object, object)   # JobState, fn → worker.run (queued)
    jobFinished = Signal(int)           # id of a job whose result was delivered (tests wait on it)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._jobs: dict[int, _Job] = {}
        self._thread = QThread()
        self._thread.setObjectName("lectureWorker")
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
            raise RuntimeError("the scene runner was shut down")
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

    def busy(self) -> bool:
        return bool(self._jobs)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        if self._closed:
            return
        self._closed = True
        for job in list(self._jobs.values()):
            job.state.cancel()
        self._jobs.clear()
        self._thread.quit()
        self._thread.wait(timeout_ms)

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
            import logging

            logging.getLogger(__name__).error("lecture job failed: %s", message)
