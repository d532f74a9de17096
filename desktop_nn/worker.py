"""Training off the GUI thread: ``TrainingWorker`` in a QThread, ``TrainingController`` in the GUI.

Data flow (docs/ARCHITECTURE.md)::

    widgets ──commands──▶ TrainingController ──queued signals──▶ TrainingWorker (QThread)
                                                                    │ pipe ▲
                                                            training process: TrainingSession
    widgets ◀─snapshotReady── TrainingController ◀──queued snapshotProduced── TrainingWorker

* The worker owns the training process (``desktop_nn.training.process``), in which a
  ``TrainingSession`` owns the live model (``NetworkRun`` / ``ClassicRun``) and trains it. Training
  in a process of its own means the training loop and the GUI's painting never wait for the same
  interpreter lock: the GUI draws ~30 frames a second while training keeps most of the bare
  engine's speed (benchmarks/bench_gui.py).
* Commands arrive as queued signals and go down the pipe; the session handles them between two
  training slices (~5 ms). Its frames come back through a reader thread and are turned, in the
  worker thread, into :class:`Snapshot`s worded in the user's language.
* At most one Snapshot per display frame, and never a second one before the GUI has drawn the
  first (the controller reports each frame drawn, with how long it took).
* A Snapshot is a frozen dataclass of read-only arrays: the GUI never sees the live network.
* The controller is a GUI-thread QObject: every worker signal lands on one of its methods and is
  re-emitted from the GUI thread, so any widget (or lambda) may connect to the controller's
  signals safely (docs/ARCHITECTURE.md).
* If the training process dies (killed, out of memory), the worker says so and starts a new one
  with the same settings.
"""

from __future__ import annotations

import dataclasses
import logging
import pickle
import time
import types

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from desktop_nn.engine.activations import registered_activations
from desktop_nn.training.config import HISTORY_COLUMNS, DataView, RunConfig
from desktop_nn.training.process import TrainingProcess
from desktop_nn.training.session import FRAME_SECONDS, Frame, Notice

__all__ = ["FRAME_SECONDS", "Snapshot", "TrainingController", "TrainingWorker"]

log = logging.getLogger(__name__)

RESTART_SECONDS = 10.0     # a process that dies again this soon after a restart is not restarted


def _ro(a) -> np.ndarray:
    """The array itself (a private copy, fresh from the pipe), made read-only."""
    a = np.asarray(a)
    a.flags.writeable = False
    return a


#: what the GUI receives: the session's Frame, read-only, with its data, message and settings
Snapshot = Frame


def notice_message(notice: Notice | None) -> str:
    """A session's notice as a sentence for the status bar, in the user's language."""
    if notice is None:
        return ""
    if notice.kind == "diverged":
        cost = "NaN/inf" if not np.isfinite(notice.cost) else f"{notice.cost:.3g}"
        lr = notice.learning_rate
        return QCoreApplication.translate(
            "TrainingWorker",
            "Training diverged at epoch {0}: the cost became {1}. The plots show the last good state. Try a smaller learning rate (now {2}, e.g. {3}).",  # noqa: E501
        ).format(notice.epoch, cost, f"{lr:g}", f"{lr / 10:g}")
    if notice.kind == "limit":
        return QCoreApplication.translate(
            "TrainingWorker", "Stopped after {} epochs (the epoch limit); raise it to train on.").format(notice.epoch)
    if notice.kind == "stepped":
        return QCoreApplication.translate("TrainingWorker", "Training goes on from the step-through's parameters.")
    return ""


def error_message(kind: str, detail: str) -> str:
    """A session's error as a sentence for the status bar; engine errors are already sentences."""
    if kind == "build":
        log.error("building the model failed: %s", detail)
        return QCoreApplication.translate("TrainingWorker", "Could not build the model: {}").format(
            detail.splitlines()[0])
    if kind == "params":
        return QCoreApplication.translate(
            "TrainingWorker", "The stepped parameters do not fit this model: {}").format(detail)
    if kind == "crash":
        log.error("the training process failed on a command: %s", detail)
        return QCoreApplication.translate(
            "TrainingWorker", "Training failed unexpectedly ({}); the details are in the log.").format(
            detail.splitlines()[0])
    return detail


class TrainingWorker(QObject):
    """Lives in a QThread; owns the training process. Use it through :class:`TrainingController`."""

    # payload: Snapshot
    snapshotProduced = Signal(object)
    # payload: a sentence for the status bar
    errorOccurred = Signal(str)
    # payload: the divergence sentence (training has stopped, last good state kept)
    divergenceOccurred = Signal(str)
    # payload: is training running
    runningChanged = Signal(bool)
    finished = Signal()
    # private: a message of the training process, from the reader thread into this one
    _received = Signal(object)

    def __init__(self, config: RunConfig):
        super().__init__()
        self._config = config             # the latest settings sent
        self._seq = 0
        self._sent: dict[int, RunConfig] = {}     # the settings sent, by sequence number
        self._imported = None             # the user's own data (TabularData), for dataset "imported"
        self._tables: dict[int, object] = {}      # the imported tables the session may name, by token
        self._data: DataView | None = None        # the current run's, shared by its snapshots
        self._process: TrainingProcess | None = None
        self._loading: tuple | None = None        # (seq, load_run payload) until its first frame
        self._run_base = 0                # run ids of a new process follow those of the one before
        self._last_run_id = 0
        self._stopping = False
        self._restarted_at = -RESTART_SECONDS
        self._received.connect(self._on_message)

    # --- commands (queued from the GUI thread) -------------------------------------------------

    #: what the controller may ask, each a method below, run in the worker thread
    COMMANDS = frozenset({"configure", "set_imported", "load_run", "start", "pause", "step", "reset",
                          "set_params", "frame_drawn", "stop"})

    @Slot(str, object)
    def command(self, name: str, args: tuple) -> None:
        """The controller's one queued entry point: run command ``name`` with ``args``."""
        if name not in self.COMMANDS:
            raise ValueError(f"unknown worker command {name!r}")
        getattr(self, name)(*args)

    @Slot()
    def initialize(self) -> None:
        self._revive()

    def _start_process(self) -> None:
        self._run_base = self._last_run_id
        self._activations_sent: tuple = ()
        try:
            self._process = TrainingProcess(self._received.emit)
        except Exception as exc:  # noqa: BLE001 - no process, no training: say why
            log.exception("the training process could not start")
            self._process = None
            self.errorOccurred.emit(QCoreApplication.translate(
                "TrainingWorker", "The training process could not start: {}").format(exc))

    def _send(self, *command) -> None:
        if self._process is None and not self._revive():
            return
        if command[0] == "configure":
            self._send_activations()
        self._process.send(*command)

    def _send_activations(self) -> None:
        """Activations added at run time since the process last heard: a process started from
        the fork server knows only the built-in ones."""
        registered = registered_activations()
        if registered == self._activations_sent:
            return
        self._activations_sent = registered
        movable = []
        for activation in registered:
            try:
                pickle.dumps(activation)
                movable.append(activation)
            except (pickle.PicklingError, AttributeError, TypeError):
                self.errorOccurred.emit(QCoreApplication.translate(
                    "TrainingWorker", "The activation '{}' cannot reach the training process: declare it "
                    "with numpy_activation (its NumPy source) or with module-level functions.").format(
                    activation.name))
        self._process.send("activations", tuple(movable))

    def _revive(self) -> bool:
        """Start a training process (at first, or when the last one died twice in a row and the
        user asks for something) and tell it what the old one knew; False if none could start."""
        if self._stopping:
            return False
        self._start_process()
        if self._process is None:
            return False
        self._send_activations()
        if self._imported is not None:
            self._process.send("imported", self._table_token(self._imported), self._imported)
        if self._loading is not None:           # a project's run whose first frame has not come
            self._send_loading()
        else:
            self._process.send("configure", self._with_seq(self._config), self._config)
        return True

    def _with_seq(self, config: RunConfig) -> int:
        self._seq += 1
        self._sent[self._seq] = config
        return self._seq

    def _table_token(self, table) -> int | None:
        if table is None:
            return None
        token = max(self._tables, default=0) + 1
        self._tables[token] = table
        return token

    @Slot(object)
    def configure(self, config: RunConfig) -> None:
        """New settings: live ones change the running model, others start a new run."""
        self._config = config
        if self._process is None:
            self._revive()                      # sends these settings
            return
        self._send("configure", self._with_seq(config), config)

    @Slot(object)
    def set_imported(self, data) -> None:
        """The user's own data (``TabularData``); the next configure with dataset "imported" uses it."""
        self._imported = data
        self._send("imported", self._table_token(data), data)

    @Slot(object)
    def load_run(self, payload) -> None:
        """Adopt a run built and restored by the GUI from a project (config, data, run, records,
        imported): training goes on from the saved weights, epoch and history."""
        config, _data, _run, _records, imported = payload
        self._config, self._imported = config, imported
        self._loading = (self._with_seq(config), payload)
        if self._process is None:
            self._revive()                      # sends the run
        else:
            self._send_loading()

    def _send_loading(self) -> None:
        seq, (config, data, run, records, imported) = self._loading
        self._send_activations()
        self._process.send("load", seq, config, data, run, records, self._table_token(imported), imported)

    @Slot()
    def start(self) -> None:
        self._send("start")

    @Slot()
    def pause(self) -> None:
        self._send("pause")

    @Slot()
    def step(self) -> None:
        """Exactly one epoch, then pause."""
        self._send("step")

    @Slot()
    def reset(self) -> None:
        """Back to the very same initial weights (same seed), epoch 0."""
        self._send("reset")

    @Slot(object)
    def set_params(self, params) -> None:
        """Parameters stepped in the step-through: training goes on from them."""
        self._send("params", {name: np.asarray(value) for name, value in params.items()})

    @Slot(float)
    def frame_drawn(self, seconds: float) -> None:
        """The GUI has drawn the last snapshot, in ``seconds``: the next one may come."""
        if self._process is not None:
            self._process.send("drawn", seconds)

    @Slot()
    def stop(self) -> None:
        """Stop the training process, hand the object back to the GUI thread, quit the thread."""
        self._stopping = True
        if self._process is not None:
            self._process.stop()
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())
        self.finished.emit()
        QThread.currentThread().quit()

    # --- from the training process -------------------------------------------------------------

    @Slot(object)
    def _on_message(self, message: tuple) -> None:
        if self._stopping:
            return
        kind = message[0]
        if kind == "frame":
            self.snapshotProduced.emit(self._snapshot(message[1]))
        elif kind == "running":
            self.runningChanged.emit(bool(message[1]))
        elif kind == "error":
            self.errorOccurred.emit(error_message(message[1], message[2]))
        elif kind == "diverged":
            self.divergenceOccurred.emit(notice_message(message[1]))
        elif kind == "lost":
            self._restart(message[1])

    def _restart(self, exitcode) -> None:
        """The process died unasked: start a new one with the current settings (a new run) —
        unless it died moments after the previous restart; then the user's next command tries."""
        log.error("the training process ended unexpectedly (exit code %s)", exitcode)
        self._process = None
        self.runningChanged.emit(False)
        now = time.monotonic()
        if now - self._restarted_at < RESTART_SECONDS:
            self.errorOccurred.emit(QCoreApplication.translate(
                "TrainingWorker",
                "The training process ended unexpectedly again (exit code {}); press Play or change a setting to try once more.",
            ).format(exitcode))
            return
        self._restarted_at = now
        self._revive()
        self.errorOccurred.emit(QCoreApplication.translate(
            "TrainingWorker",
            "The training process ended unexpectedly (exit code {}); a new one starts again from epoch 0.",
        ).format(exitcode))

    def _snapshot(self, frame: Frame) -> Snapshot:
        if frame.data is not None:              # a new run's data: sent once, shared by its snapshots
            data = frame.data
            for value in vars(data).values():
                if isinstance(value, np.ndarray):
                    value.flags.writeable = False
            token = data.source
            if token is not None:             # the token of a table sent: the table itself
                data = dataclasses.replace(data, source=self._tables.get(token))
                latest = max(self._tables)
                self._tables = {t: v for t, v in self._tables.items() if t in (latest, token)}
            self._data = data
        for seq in [s for s in self._sent if s < frame.config_seq]:
            del self._sent[seq]          # settings no frame can show any more
        if self._loading is not None and frame.config_seq >= self._loading[0]:
            self._loading = None                # the project's run has arrived
        for name in HISTORY_COLUMNS:
            getattr(frame.history, name).flags.writeable = False
        self._last_run_id = self._run_base + frame.run_id
        return dataclasses.replace(
            frame,
            run_id=self._last_run_id,
            data=self._data,
            params=types.MappingProxyType({k: _ro(v) for k, v in frame.params.items()}),
            grid_probs=_ro(frame.grid_probs),
            train_pred=_ro(frame.train_pred),
            test_pred=_ro(frame.test_pred),
            confusion=_ro(frame.confusion),
            message=notice_message(frame.notice),
            config=self._sent.get(frame.config_seq, self._config),
        )


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
