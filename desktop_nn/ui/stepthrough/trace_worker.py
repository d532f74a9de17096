"""Building a trace off the GUI thread, one step at a time.

    runner = TraceRunner(parent)
    runner.stepReady.connect(...)   # (job, TraceStep) as soon as each step is known
    runner.traceReady.connect(...)  # (job, Trace) once the whole iteration is traced
    job = runner.build(network_copy, X, Y, learning_rate, example=None)

A trace is a job of the interface's one job runner (:mod:`desktop_nn.ui.kit.jobs`): each step is sent
to the GUI thread as soon as it is computed, and a new trace cancels the one before (the job checks
between two steps; a cancelled job's late steps are dropped). The runner re-emits everything from
the GUI thread, so any widget may connect to it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop_nn.engine.errors import DesktopNNError
from desktop_nn.engine.trace import collect, iter_trace
from desktop_nn.engine.trace_classic import trace_classic
from desktop_nn.ui.kit.jobs import JobCancelled, JobRunner, JobState

log = logging.getLogger(__name__)


class TraceRunner(QObject):
    """The GUI-thread face of tracing: one job at a time, steps as they come."""

    # payload: job id, TraceStep (in the GUI thread)
    stepReady = Signal(int, object)
    # payload: job id, Trace
    traceReady = Signal(int, object)
    # payload: job id, message
    failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._jobs = JobRunner(self, "traceWorker")
        self._state: JobState | None = None

    @property
    def job(self) -> int:
        return self._state.job_id if self._state is not None else 0

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
        """``produce(state)`` yields TraceSteps; ``finish(steps, state)`` returns the Trace."""
        self.cancel()

        def job(job_state: JobState):
            try:
                steps, state = [], {}
                for step in produce(state):
                    job_state.check()
                    steps.append(step)
                    job_state.progress(step, force=True)     # every step, as soon as it is known
                return finish(steps, state)
            except (JobCancelled, DesktopNNError):
                raise
            except Exception as exc:  # noqa: BLE001 - a sentence for the pane, the traceback to the log
                log.exception("tracing failed")
                raise DesktopNNError(QCoreApplication.translate("StepperPane", "Could not trace this iteration: {}").format(exc)
                                     ) from exc

        mine: list[JobState] = []        # filled before any callback can run (they are queued)
        state = self._jobs.submit(job, on_result=lambda trace: self._finished(mine[0], trace),
                                  on_progress=lambda step: self._step(mine[0], step),
                                  on_error=lambda message: self._failed(mine[0], message))
        mine.append(state)
        self._state = state
        return state.job_id

    def _step(self, state: JobState, step) -> None:
        if state is self._state:
            self.stepReady.emit(state.job_id, step)

    def _finished(self, state: JobState, trace) -> None:
        if state is self._state:
            self.traceReady.emit(state.job_id, trace)

    def _failed(self, state: JobState, message: str) -> None:
        if state is self._state:
            self.failed.emit(state.job_id, message)

    def cancel(self) -> None:
        if self._state is not None:
            self._jobs.cancel(self._state)

    def busy(self) -> bool:
        return self._jobs.busy()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel the job and stop the worker thread; True when it stopped."""
        return self._jobs.shutdown(timeout_ms)
