"""Building a trace off the GUI thread, one step at a time.

    runner = TraceRunner(parent)
    runner.stepReady.connect(...)   # (job, TraceStep) as soon as each step is known
    runner.traceReady.connect(...)  # (job, Trace) once the whole iteration is traced
    job = runner.build(network_copy, X, Y, learning_rate, example=None)

Each job runs a :class:`TraceWorker` in its own short-lived QThread (``worker.moveToThread``,
``thread.started → worker.run``, ``worker.finished → thread.quit``). A new job cancels the
previous one: the worker checks its abort flag between two steps and its late signals are
dropped by job id. The runner is a GUI-thread QObject and re-emits everything from the GUI
thread, so any widget may connect to it (docs/ARCHITECTURE.md, "Worker signals land on methods of GUI-thread QObjects").
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from desktop_nn.engine.errors import DesktopNNError
from desktop_nn.engine.trace import collect, iter_trace
from desktop_nn.engine.trace_classic import trace_classic

log = logging.getLogger(__name__)


class TraceCancelled(Exception):
    """A newer job replaced this one."""


class TraceWorker(QObject):
    # payload: job id, TraceStep
    stepProduced = Signal(int, object)
    # payload: job id, Trace
    traceProduced = Signal(int, object)
    # payload: job id, a sentence for the user
    failed = Signal(int, str)
    finished = Signal()

    def __init__(self, job: int, produce, finish):
        """``produce(state)`` yields TraceSteps; ``finish(steps, state)`` returns the Trace."""
        super().__init__()
        self.job = job
        self._produce, self._finish = produce, finish
        self.abort = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            steps, state = [], {}
            for step in self._produce(state):
                if self.abort.is_set():
                    raise TraceCancelled()
                steps.append(step)
                self.stepProduced.emit(self.job, step)
            self.traceProduced.emit(self.job, self._finish(steps, state))
        except TraceCancelled:
            pass
        except DesktopNNError as exc:
            self.failed.emit(self.job, str(exc))
        except Exception as exc:  # noqa: BLE001 - report, never crash the thread
            log.exception("tracing failed")
            self.failed.emit(self.job, f"Could not trace this iteration: {exc}")
        finally:
            self._produce = self._finish = None
            app = QCoreApplication.instance()
            if app is not None:
                self.moveToThread(app.thread())    # so the GUI thread's deleteLater reaches it
            self.finished.emit()


class TraceRunner(QObject):
    """The GUI-thread face of the trace workers."""

    # payload: job id, TraceStep (in the GUI thread)
    stepReady = Signal(int, object)
    # payload: job id, Trace
    traceReady = Signal(int, object)
    # payload: job id, message
    failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._job = 0
        self._running: dict[int, tuple[QThread, TraceWorker]] = {}

    @property
    def job(self) -> int:
        return self._job

    def build(self, network, X, Y, learning_rate, example=None) -> int:
        """Trace one iteration of a Network; cancels the job before. Returns the new job id."""
        return self._start(
            lambda state: iter_trace(network, X, Y, learning_rate, example=example, state=state),
            lambda steps, state: collect(steps, state, learning_rate, example))

    def build_classic(self, kind, w_, X, y, learning_rate, samples=None) -> int:
        """Trace a single-neuron model (``trace_classic``); returns the new job id."""
        def produce(state):
            state["trace"] = trace_classic(kind, w_, X, y, learning_rate, samples)
            return iter(state["trace"])
        return self._start(produce, lambda steps, state: state["trace"])

    def _start(self, produce, finish) -> int:
        self.cancel()
        self._job += 1
        job = self._job
        thread = QThread()
        thread.setObjectName(f"traceThread{job}")
        worker = TraceWorker(job, produce, finish)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.stepProduced.connect(self._on_step)
        worker.traceProduced.connect(self._on_trace)
        worker.failed.connect(self._on_failed)
        # direct: quit() is thread-safe, and a GUI thread waiting in shutdown() cannot deliver it
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._on_thread_finished)   # a slot of this GUI-thread object
        self._running[job] = (thread, worker)
        thread.start()
        return job

    def cancel(self) -> None:
        for _thread, worker in self._running.values():
            worker.abort.set()

    def busy(self) -> bool:
        return bool(self._running)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel every job and wait for its thread; True when none is left running."""
        self.cancel()
        ok = True
        for thread, _worker in list(self._running.values()):
            ok &= thread.wait(timeout_ms)
        self._on_thread_finished()
        return ok

    # --- from the workers (GUI thread) ----------------------------------------------------------

    @Slot(int, object)
    def _on_step(self, job: int, step) -> None:
        if job == self._job:
            self.stepReady.emit(job, step)

    @Slot(int, object)
    def _on_trace(self, job: int, trace) -> None:
        if job == self._job:
            self.traceReady.emit(job, trace)

    @Slot(int, str)
    def _on_failed(self, job: int, message: str) -> None:
        if job == self._job:
            self.failed.emit(job, message)

    @Slot()
    def _on_thread_finished(self) -> None:
        for job, (thread, worker) in list(self._running.items()):
            if thread.isFinished():
                del self._running[job]
                worker.deleteLater()
                thread.deleteLater()
