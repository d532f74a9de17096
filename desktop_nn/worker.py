"""Training off the GUI thread: ``TrainingWorker`` in a QThread, ``TrainingController`` in the GUI.

Data flow (DESIGN §2)::

    widgets ──commands──▶ TrainingController ──queued signals──▶ TrainingWorker (QThread)
    widgets ◀─snapshotReady── TrainingController ◀──queued snapshotProduced── TrainingWorker

* The worker owns the live model (``NetworkRun`` / ``ClassicRun``). It trains in slices of about
  10 ms driven by a zero-interval QTimer, so commands (pause, step, reset, new settings) are
  handled between two slices, and it emits at most one :class:`Snapshot` per display frame
  (``FRAME_SECONDS``), and never a second one before the GUI has drawn the first.
* A Snapshot is a frozen dataclass of read-only copies: the GUI never sees the live network.
* The controller is a GUI-thread QObject: every worker signal lands on one of its methods and is
  re-emitted from the GUI thread, so any widget (or lambda) may connect to the controller's
  signals safely (DESIGN §9).
"""

from __future__ import annotations

import logging
import threading
import time
import types
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from desktop_nn.engine.errors import DesktopNNError, DivergenceError
from desktop_nn.ui.run_models import build_run
from desktop_nn.ui.run_setup import GRID_RESOLUTION, IMPORTED, DataView, Record, RunConfig, prepare_data

log = logging.getLogger(__name__)

FRAME_SECONDS = 1.0 / 30.0     # at most one snapshot per display frame
SLICE_SECONDS = 0.010          # train this long before looking at the event queue again
# After emitting a snapshot the worker steps aside (sleeping, so the GIL is free) until the GUI
# has drawn it, for at most this long. Without it, every Python callback of pyqtgraph's painting
# queues behind the training loop for the GIL and one frame can take a second.
DRAW_WAIT_SECONDS = 0.030
# the GUI may spend at most this share of the time drawing: slow frames (a loaded machine,
# a huge network) lower the frame rate instead of starving the training. With the GIL handed
# back within 0.2 ms (desktop_nn.ui), a ~12 ms frame is affordable 30 times a second: the
# frame's C++ painting runs beside the training loop.
MAX_DRAW_SHARE = 0.6


def _ro(a) -> np.ndarray:
    a = np.array(a, copy=True)
    a.flags.writeable = False
    return a


@dataclass(frozen=True, eq=False)
class Snapshot:
    """What the GUI may know about the model at one moment. Every array is a read-only copy."""

    run_id: int                       # changes when a new run starts (reset, new settings)
    epoch: int
    model: str                        # "network", "perceptron", …
    layer_dims: tuple[int, ...]       # read from the live model, e.g. (2, 4, 2, 1)
    activations: tuple[str, ...]      # g[l] for l = 1..L
    params: types.MappingProxyType    # "W1", "b1", … (classic models also "w_", the slides' vector)
    history: tuple[Record, ...]       # the epochs trained since the previous snapshot
    train_cost: float
    train_accuracy: float
    test_cost: float
    test_accuracy: float
    grid_probs: np.ndarray            # (k, ny, nx) class probabilities over data.extent
    train_pred: np.ndarray            # (m,) predicted class of each training point
    test_pred: np.ndarray
    confusion: np.ndarray             # (k, k) rows = true class, columns = predicted (test if any)
    data: DataView                    # shared, immutable
    cost_label: str
    running: bool
    epochs_per_second: float
    message: str = ""                 # why training stopped, if it did
    config: RunConfig | None = None   # the settings of the run this snapshot shows


class TrainingWorker(QObject):
    """Lives in a QThread; owns the live model. Use it through :class:`TrainingController`."""

    # payload: Snapshot
    snapshotProduced = Signal(object)
    # payload: a sentence for the status bar
    errorOccurred = Signal(str)
    # payload: the divergence sentence (training has stopped, last good state kept)
    divergenceOccurred = Signal(str)
    # payload: is training running
    runningChanged = Signal(bool)
    finished = Signal()

    def __init__(self, config: RunConfig):
        super().__init__()
        self._config = config
        self._run = None
        self._imported = None             # the user's own data (TabularData), for dataset "imported"
        self._imported_changed = False
        self._data: DataView | None = None
        self._run_id = 0
        self._running = False
        self._pending: list[Record] = []
        self._last: Record | None = None
        self._last_emit = 0.0
        self.drawn = threading.Event()    # set by the GUI once it has drawn the last snapshot
        self.drawn.set()
        self.draw_seconds = 0.0           # how long the GUI took to draw it (set by the GUI)
        self.abort = threading.Event()    # read between epochs; set by the GUI on shutdown
        self._rate_epochs = 0
        self._rate_t0 = time.perf_counter()
        self._rate = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tick)

    # --- commands (queued from the GUI thread) -------------------------------------------------

    @Slot()
    def initialize(self) -> None:
        try:
            from threadpoolctl import threadpool_limits

            # small matrices: one BLAS thread each is fastest and leaves a core for the GUI
            self._limits = threadpool_limits(limits=1, user_api="blas")
        except Exception:  # noqa: BLE001 - optional speed-up only
            log.debug("threadpoolctl unavailable", exc_info=True)
        self.configure(self._config)

    @Slot(object)
    def configure(self, config: RunConfig) -> None:
        """New settings: live ones change the running model, others start a new run."""
        try:
            rebuild = self._config.needs_rebuild(config) or (
                self._imported_changed and IMPORTED in (config.dataset, self._config.dataset))
            if self._run is not None and not rebuild:
                self._config = config
                self._run.set_live(config.learning_rate, config.batch_size, config.l2)
                return
            data = prepare_data(config, self._imported)
            run = build_run(config, data)
        except DesktopNNError as exc:
            self.errorOccurred.emit(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - report, never crash the worker thread
            log.exception("building the model failed")
            self.errorOccurred.emit(QCoreApplication.translate("TrainingWorker", "Could not build the model: {}").format(exc))
            return
        self._config, self._data, self._run = config, data, run
        self._imported_changed = False
        self._new_run()

    @Slot(object)
    def set_imported(self, data) -> None:
        """The user's own data (``TabularData``); the next configure with dataset "imported" uses it."""
        self._imported = data
        self._imported_changed = True

    @Slot(object)
    def load_run(self, payload) -> None:
        """Adopt a run built and restored by the GUI from a project (config, data, run, records,
        imported): training goes on from the saved weights, epoch and history."""
        config, data, run, records, imported = payload
        self._stop_running()
        self._config, self._data, self._run = config, data, run
        self._imported, self._imported_changed = imported, False
        self._run_id += 1
        self._pending = list(records)
        self._last = self._pending[-1] if self._pending else None
        self._emit(force=True)

    @Slot()
    def start(self) -> None:
        if self._run is None or self._running:
            return
        if self._limit_reached():
            self._emit(force=True, message=self._limit_message())
            return
        self._running = True
        self._rate_epochs, self._rate_t0 = 0, time.perf_counter()
        self.runningChanged.emit(True)
        self._timer.start()

    @Slot()
    def pause(self) -> None:
        self._stop_running()
        self._emit(force=True)

    @Slot()
    def step(self) -> None:
        """Exactly one epoch, then pause."""
        self._stop_running()
        if self._run is not None:
            self._train_one()
            self._emit(force=True)

    @Slot()
    def reset(self) -> None:
        """Back to the very same initial weights (same seed), epoch 0."""
        self._stop_running()
        if self._run is not None:
            self._run.reset()
            self._new_run()

    @Slot(object)
    def set_params(self, params) -> None:
        """Parameters stepped in the step-through: training goes on from them."""
        self._stop_running()
        if self._run is None:
            return
        try:
            self._run.set_params(params)
        except (DesktopNNError, KeyError) as exc:
            self.errorOccurred.emit(QCoreApplication.translate(
                "TrainingWorker", "The stepped parameters do not fit this model: {}").format(exc))
            return
        self._emit(force=True, message=QCoreApplication.translate(
            "TrainingWorker", "Training goes on from the step-through's parameters."))

    @Slot()
    def stop(self) -> None:
        """Leave the thread: stop the timer, hand the object back to the GUI thread, quit."""
        self._timer.stop()
        self._running = False
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())
        self.finished.emit()
        QThread.currentThread().quit()

    # --- training ------------------------------------------------------------------------------

    def _new_run(self) -> None:
        self._run_id += 1
        self._pending, self._last = [], None
        self._emit(force=True)

    def _stop_running(self) -> None:
        self._timer.stop()
        if self._running:
            self._running = False
            self.runningChanged.emit(False)

    def _limit_reached(self) -> bool:
        limit = self._config.max_epochs
        return bool(limit) and self._run.epoch >= limit

    def _limit_message(self) -> str:
        return QCoreApplication.translate(
            "TrainingWorker", "Stopped after {} epochs (the epoch limit); raise it to train on.").format(self._run.epoch)

    def _train_one(self) -> bool:
        try:
            record = self._run.step()
        except DivergenceError as exc:
            self._stop_running()
            lr = self._config.learning_rate
            epoch = exc.epoch if exc.epoch is not None else self._run.epoch + 1
            cost = "NaN/inf" if exc.cost is None or not np.isfinite(exc.cost) else f"{exc.cost:.3g}"
            message = QCoreApplication.translate(
                "TrainingWorker",
                "Training diverged at epoch {0}: the cost became {1}. The plots show the last good state. Try a smaller learning rate (now {2}, e.g. {3}).",  # noqa: E501
            ).format(epoch, cost, f"{lr:g}", f"{lr / 10:g}")
            self.divergenceOccurred.emit(message)
            self._emit(force=True, message=message)
            return False
        except DesktopNNError as exc:
            self._stop_running()
            self.errorOccurred.emit(str(exc))
            return False
        self._pending.append(record)
        self._last = record
        self._rate_epochs += 1
        return True

    @Slot()
    def _tick(self) -> None:
        t0 = time.perf_counter()
        deadline = t0 + SLICE_SECONDS
        while self._running and not self.abort.is_set():
            if not self._train_one():
                return
            if self._limit_reached():
                self._stop_running()
                self._emit(force=True, message=self._limit_message())
                return
            if time.perf_counter() >= deadline:
                break
        now = time.perf_counter()
        if now - self._rate_t0 >= 0.5:
            self._rate = self._rate_epochs / (now - self._rate_t0)
            self._rate_epochs, self._rate_t0 = 0, now
        interval = max(FRAME_SECONDS, self.draw_seconds / MAX_DRAW_SHARE)
        if now - self._last_emit >= interval and self.drawn.is_set():
            self._emit()
            self.drawn.wait(DRAW_WAIT_SECONDS)

    def _emit(self, force: bool = False, message: str = "") -> None:
        run, data = self._run, self._data
        if run is None:
            return
        k = data.n_classes
        with np.errstate(all="ignore"):
            if data.plottable:
                probs = run.class_probabilities(data.grid_inputs).reshape(k, GRID_RESOLUTION, GRID_RESOLUTION)
            else:
                probs = np.zeros((k, 0, 0))
            train_pred = run.predict(data.X_train)
            test_pred = run.predict(data.X_test) if len(data.X_test) else np.zeros(0, np.int64)
        if len(data.y_test):
            truth, pred = data.y_test, test_pred
        else:
            truth, pred = data.y_train, train_pred
        confusion = np.zeros((k, k), dtype=np.int64)
        np.add.at(confusion, (truth, np.clip(pred, 0, k - 1)), 1)
        last = self._last
        nan = float("nan")
        snap = Snapshot(
            run_id=self._run_id,
            epoch=int(run.epoch),
            model=self._config.model,
            layer_dims=tuple(int(n) for n in run.layer_dims),
            activations=tuple(run.activations),
            params=types.MappingProxyType({k_: _ro(v) for k_, v in run.params().items()}),
            history=tuple(self._pending),
            train_cost=last.train_cost if last else nan,
            train_accuracy=last.train_accuracy if last else nan,
            test_cost=last.test_cost if last else nan,
            test_accuracy=last.test_accuracy if last else nan,
            grid_probs=_ro(probs),
            train_pred=_ro(train_pred),
            test_pred=_ro(test_pred),
            confusion=_ro(confusion),
            data=data,
            cost_label=run.cost_label,
            running=self._running,
            epochs_per_second=self._rate if self._running else 0.0,
            message=message,
            config=self._config,
        )
        run.mark_good()
        self._pending = []
        self._last_emit = time.perf_counter()
        self.drawn.clear()
        self.snapshotProduced.emit(snap)


class TrainingController(QObject):
    """The GUI-thread face of the worker: send commands, receive snapshots (in the GUI thread)."""

    # payload: Snapshot (emitted in the GUI thread)
    snapshotReady = Signal(object)
    # payload: a sentence for the status bar
    errorOccurred = Signal(str)
    divergenceOccurred = Signal(str)
    runningChanged = Signal(bool)

    # private: commands, queued into the worker thread
    _configureRequested = Signal(object)
    _startRequested = Signal()
    _pauseRequested = Signal()
    _stepRequested = Signal()
    _resetRequested = Signal()
    _setParamsRequested = Signal(object)
    _importedRequested = Signal(object)
    _loadRunRequested = Signal(object)
    _stopRequested = Signal()

    def __init__(self, config: RunConfig | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.config = config or RunConfig()
        self.imported = None          # the TabularData the worker holds for dataset "imported"
        self.latest: Snapshot | None = None
        self.running = False
        self._thread = QThread()
        self._thread.setObjectName("trainingThread")
        self._worker = TrainingWorker(self.config)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.initialize)
        self._configureRequested.connect(self._worker.configure)
        self._startRequested.connect(self._worker.start)
        self._pauseRequested.connect(self._worker.pause)
        self._stepRequested.connect(self._worker.step)
        self._resetRequested.connect(self._worker.reset)
        self._setParamsRequested.connect(self._worker.set_params)
        self._importedRequested.connect(self._worker.set_imported)
        self._loadRunRequested.connect(self._worker.load_run)
        self._stopRequested.connect(self._worker.stop)
        self._worker.snapshotProduced.connect(self._on_snapshot)
        self._worker.errorOccurred.connect(self._on_error)
        self._worker.divergenceOccurred.connect(self._on_divergence)
        self._worker.runningChanged.connect(self._on_running)
        self._thread.start()

    # --- commands ------------------------------------------------------------------------------

    def configure(self, config: RunConfig) -> None:
        self.config = config
        self._configureRequested.emit(config)

    def start(self) -> None:
        self._startRequested.emit()

    def pause(self) -> None:
        self._pauseRequested.emit()

    def step(self) -> None:
        self._stepRequested.emit()

    def reset(self) -> None:
        self._resetRequested.emit()

    def set_params(self, params) -> None:
        """Replace the live model's parameters (e.g. after the step-through's update)."""
        self._setParamsRequested.emit(params)

    def set_imported(self, data) -> None:
        """Hand the user's own data (``TabularData``) to the worker; configure with dataset
        "imported" afterwards to train on it."""
        self.imported = data
        self._importedRequested.emit(data)

    def load_run(self, config: RunConfig, data: DataView, run, records, imported=None) -> None:
        """Replace the live run by one restored from a project (built in the GUI thread, never
        touched there again): saved weights, epoch and history; training is paused."""
        self.config = config
        self.imported = imported
        self._loadRunRequested.emit((config, data, run, tuple(records), imported))

    @property
    def thread(self) -> QThread:
        return self._thread

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Stop training and the thread; returns True when the thread has finished."""
        if not self._thread.isRunning():
            return True
        self._worker.abort.set()
        self._stopRequested.emit()
        if not self._thread.wait(timeout_ms):
            self._thread.quit()
            return self._thread.wait(timeout_ms)
        return True

    # --- from the worker (these run in the GUI thread) ----------------------------------------

    @Slot(object)
    def _on_snapshot(self, snapshot: Snapshot) -> None:
        self.latest = snapshot
        t0 = time.perf_counter()
        try:
            self.snapshotReady.emit(snapshot)
        finally:
            # a running average of the drawing time paces the next snapshots
            spent = time.perf_counter() - t0
            self._worker.draw_seconds = 0.7 * self._worker.draw_seconds + 0.3 * spent
            # the window draws a running snapshot synchronously (MainWindow.render_now), so
            # when the slot returns the frame is on screen and the worker may go on
            self._worker.drawn.set()

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
