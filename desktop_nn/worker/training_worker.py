"""The worker thread's side: ``TrainingWorker``, a QObject living in a QThread, owns the training process.

Commands arrive from the controller as one queued signal (``command``) and go down the pipe to
the ``TrainingSession``, which handles them between two training slices (~5 ms). The session's
messages come back through the process's reader thread into this one: frames become
:data:`Snapshot`s, errors and notices sentences in the user's language. If the training process
dies (killed, out of memory), the worker says so and starts a new one with the same settings.
"""

from __future__ import annotations

import dataclasses
import logging
import pickle
import time

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from desktop_nn.engine.activations import registered_activations
from desktop_nn.training.config import DataView, RunConfig
from desktop_nn.training.process import TrainingProcess
from desktop_nn.training.session import Frame
from desktop_nn.worker.messages import error_message, notice_message
from desktop_nn.worker.snapshots import Snapshot, freeze_data, read_only_snapshot

log = logging.getLogger(__name__)

RESTART_SECONDS = 10.0     # a process that dies again this soon after a restart is not restarted


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
        """The frame as the GUI's Snapshot: its run's data (an imported table's token swapped back
        for the table), the settings it was trained with (by sequence number) and a run id that
        goes on counting across restarted processes."""
        if frame.data is not None:              # a new run's data: sent once, shared by its snapshots
            data = frame.data
            freeze_data(data)
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
        self._last_run_id = self._run_base + frame.run_id
        return read_only_snapshot(frame, run_id=self._last_run_id, data=self._data,
                                  config=self._sent.get(frame.config_seq, self._config))
