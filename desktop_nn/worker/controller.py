"""The GUI thread's side: ``TrainingController``, the face of the worker that widgets talk to.

It starts the worker's QThread, queues each command to the worker's one command slot, and
receives the worker's signals on its own methods, which run in the GUI thread and re-emit them
there, so any widget (or lambda) may connect to the controller's signals safely
(docs/ARCHITECTURE.md). After its receivers of ``snapshotReady`` have returned (or, for one that
draws later, when it calls ``frame_drawn``), it tells the worker the frame is on screen and how
long drawing it took: that paces the next one.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop_nn.training.config import DataView, RunConfig
from desktop_nn.worker.snapshots import Snapshot
from desktop_nn.worker.training_worker import TrainingWorker


class TrainingController(QObject):
    """The GUI-thread face of the worker: send commands, receive snapshots (in the GUI thread)."""

    # payload: Snapshot (emitted in the GUI thread)
    snapshotReady = Signal(object)
    # payload: a sentence for the status bar
    errorOccurred = Signal(str)
    divergenceOccurred = Signal(str)
    runningChanged = Signal(bool)

    # private: commands, queued into the worker thread
    # internal: (command name, its arguments) queued to the worker's one command slot
    _commanded = Signal(str, object)

    def __init__(self, config: RunConfig | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.config = config or RunConfig()
        self.imported = None          # the TabularData the worker holds for dataset "imported"
        self.latest: Snapshot | None = None
        self.running = False
        self._deferred = False
        self._thread = QThread()
        self._thread.setObjectName("trainingThread")
        self._worker = TrainingWorker(self.config)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.initialize)
        self._commanded.connect(self._worker.command)
        self._worker.snapshotProduced.connect(self._on_snapshot)
        self._worker.errorOccurred.connect(self._on_error)
        self._worker.divergenceOccurred.connect(self._on_divergence)
        self._worker.runningChanged.connect(self._on_running)
        self._thread.start()

    # --- commands ------------------------------------------------------------------------------

    def _command(self, name: str, *args) -> None:
        """Queue one command to the worker (it runs in the worker's thread, in order)."""
        self._commanded.emit(name, args)

    def configure(self, config: RunConfig) -> None:
        self.config = config
        self._command("configure", config)

    def start(self) -> None:
        self._command("start")

    def pause(self) -> None:
        self._command("pause")

    def step(self) -> None:
        self._command("step")

    def reset(self) -> None:
        self._command("reset")

    def set_params(self, params) -> None:
        """Replace the live model's parameters (e.g. after the step-through's update)."""
        self._command("set_params", params)

    def set_imported(self, data) -> None:
        """Hand the user's own data (``TabularData``) to the worker; configure with dataset
        "imported" afterwards to train on it."""
        self.imported = data
        self._command("set_imported", data)

    def load_run(self, config: RunConfig, data: DataView, run, records, imported=None) -> None:
        """Replace the live run by one restored from a project (built in the GUI thread, never
        touched there again): saved weights, epoch and history; training is paused."""
        self.config = config
        self.imported = imported
        self._command("load_run", (config, data, run, tuple(records), imported))

    @property
    def thread(self) -> QThread:
        return self._thread

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Stop training and the thread; returns True when the thread has finished."""
        if not self._thread.isRunning():
            return True
        self._command("stop")
        if not self._thread.wait(timeout_ms):
            self._thread.quit()
            return self._thread.wait(timeout_ms)
        return True

    # --- from the worker (these run in the GUI thread) ----------------------------------------

    def defer_drawn(self) -> None:
        """Called by a receiver of ``snapshotReady`` that draws the snapshot later, over several
        passes of the event loop: it calls :meth:`frame_drawn` when the frame is on screen."""
        self._deferred = True

    def frame_drawn(self, seconds: float) -> None:
        """The last snapshot is on screen, after ``seconds`` of drawing: the next one may come
        (the drawing time paces them)."""
        self._command("frame_drawn", float(seconds))

    @Slot(object)
    def _on_snapshot(self, snapshot: Snapshot) -> None:
        self.latest = snapshot
        self._deferred = False
        t0 = time.perf_counter()
        try:
            self.snapshotReady.emit(snapshot)
        finally:
            # when the receivers have returned, the frame is drawn, unless one of them said
            # it would tell (defer_drawn)
            if not self._deferred:
                self.frame_drawn(time.perf_counter() - t0)

    @Slot(str)
    def _on_error(self, message: str) -> None:
        self.errorOccurred.emit(message)

    @Slot(str)
    def _on_divergence(self, message: str) -> None:
        self.divergenceOccurred.emit(message)

    @Slot(bool)
    def _on_running(self, running: bool) -> None:
        self.running = running
        self.runningChanged.emit(running)
