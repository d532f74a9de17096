"""One live training run driven by commands: ``TrainingSession`` (no Qt).

The session owns the model (``NetworkRun`` / ``ClassicRun``) and trains it in short slices. It
talks only through messages, so it can run in another process (``training.process``)::

    commands in (tuples):   ("configure", seq, config)     new settings (seq names the config)
                            ("imported", token, data)      the user's own data (TabularData)
                            ("activations", (Activation, …))  the app's run-time activations
                            ("load", seq, config, data, run, records, token, imported)  a project's run
                            ("start",) ("pause",) ("step",) ("reset",)
                            ("params", params)             the step-through's parameters
                            ("drawn", seconds)             the GUI has drawn the last frame

    messages out (tuples):  ("frame", Frame)               what the GUI may show, ≤ 30 a second
                            ("running", bool)
                            ("error", kind, detail)        kind: "engine", "build", "params"
                            ("diverged", Notice)

Messages carry facts, not sentences: the GUI words them in the user's language. A frame's data
names the imported table it was built from by its token (``DataView.source``), not a copy of it.

Pacing: a frame is sent at most every ``FRAME_SECONDS``, never before the GUI has reported the
previous one drawn, and no more often than ``draw_seconds / MAX_DRAW_SHARE`` — slow drawing (a
loaded machine, a huge network) lowers the frame rate and leaves the GUI thread time to breathe.
"""

from __future__ import annotations

import dataclasses
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from desktop_nn.engine.activations import use_registered
from desktop_nn.engine.errors import DesktopNNError, DivergenceError
from desktop_nn.training.config import (
    GRID_RESOLUTION,
    IMPORTED,
    DataView,
    History,
    Record,
    RunConfig,
    prepare_data,
)
from desktop_nn.training.regression import FitScores, regression_outputs
from desktop_nn.training.runs import build_run
from desktop_nn.training.stall import StallWatch, chance_accuracy

FRAME_SECONDS = 1.0 / 30.0     # at most one frame per display frame
SLICE_SECONDS = 0.005          # train this long before looking at the commands again …
LOOK_SECONDS = 0.001           # … unless one is seen waiting (the serving loop looks this often)
MAX_DRAW_SHARE = 0.6           # the GUI spends at most this share of its time drawing frames
RATE_SECONDS = 0.5             # epochs/s is measured over this long


@dataclass(frozen=True)
class Notice:
    """Why training stopped or went on from elsewhere, as facts to be worded by the GUI.

    kind "diverged": epoch, cost (NaN/inf or the exploded value), learning_rate;
    kind "stalled": epoch, cost, learning_rate, detail "cycling" or "flat" (the run stopped
    learning: training.stall), "fit cycling" or "fit flat" for a regression (R² stayed ≤ 0);
    kind "limit": epoch (the epoch limit was reached); kind "stepped": the step-through's
    parameters were adopted.
    """

    kind: str
    epoch: int = 0
    cost: float = float("nan")
    learning_rate: float = float("nan")
    detail: str = ""


@dataclass(frozen=True, eq=False)
class Frame:
    """What the GUI may know about the model at one moment; arrays are copies.

    The one snapshot type: the session sends it down the pipe; where it arrives the worker makes
    its arrays read-only, fills in ``data`` (sent once per run), ``message`` (the notice worded in
    the user's language) and ``config`` (the settings this run uses), and hands on that same type
    (``desktop_nn.worker.Snapshot`` is this class)."""

    run_id: int                       # changes when a new run starts (reset, new settings)
    config_seq: int                   # the sequence number of the settings this run uses
    data_id: int                      # changes with the data; ``data`` is sent with the first frame
    data: DataView | None             # None when unchanged since the previous frame
    epoch: int
    model: str
    layer_dims: tuple[int, ...]
    activations: tuple[str, ...]
    params: dict                      # "W1", "b1", … (classic models also "w_")
    history: History                  # the epochs trained since the previous frame
    train_cost: float
    train_accuracy: float
    test_cost: float
    test_accuracy: float
    grid_probs: np.ndarray            # (k, ny, nx) class probabilities over data.extent
    train_pred: np.ndarray
    test_pred: np.ndarray
    confusion: np.ndarray             # (k, k) rows = true class, columns = predicted (test if any)
    cost_label: str
    running: bool
    epochs_per_second: float
    notice: Notice | None = None
    message: str = ""                 # why training stopped, in the user's language (set by the GUI side)
    config: RunConfig | None = None   # the settings this run uses (set by the GUI side)
    # a regression (data.is_regression): RMSE and R² where accuracy goes; grid_probs then holds ŷ as
    # (1, ny, nx) — (1, 1, n) over a line for one input —, train_pred/test_pred ŷ, confusion (0, 0)
    fit: FitScores | None = None


class TrainingSession:
    """One live run: takes commands with :meth:`handle`, trains with :meth:`train_slice`, and
    reports through ``send(message)``."""

    def __init__(self, send: Callable[[tuple], None]):
        self._send = send
        self.config: RunConfig | None = None
        self._config_seq = 0
        self._run = None
        self._data: DataView | None = None
        self._data_id = 0
        self._data_sent = False
        self._imported = None             # TabularData for dataset "imported"
        self._imported_token = None       # the sender's name for it
        self._source_token = None         # the token of the table the current data was built from
        self._imported_changed = False
        self._run_id = 0
        self.running = False
        self._pending: list[Record] = []
        self._last: Record | None = None
        self._last_emit = 0.0
        self._drawn = True                # the GUI has drawn the last frame sent
        self.draw_seconds = 0.0           # running average of the GUI's drawing time
        self._rate_epochs = 0
        self._rate_t0 = time.perf_counter()
        self._rate = 0.0
        self._stall: StallWatch | None = None

    # --- commands ------------------------------------------------------------------------------

    def handle(self, command: tuple) -> None:
        name, *args = command
        getattr(self, "_cmd_" + name)(*args)

    def _cmd_configure(self, seq: int, config: RunConfig) -> None:
        """New settings: live ones change the running model, others start a new run."""
        old = self.config
        rebuild = old is None or old.needs_rebuild(config) or (
            self._imported_changed and IMPORTED in (config.dataset, old.dataset))
        if self._run is not None and not rebuild:
            self.config, self._config_seq = config, seq
            self._run.set_live(config.learning_rate, config.batch_size, config.l2)
            return
        try:
            data = prepare_data(config, self._imported)
            run = build_run(config, data)
        except DesktopNNError as exc:
            self._send(("error", "engine", str(exc)))
            return
        except Exception as exc:  # noqa: BLE001 - reported, the session goes on with the old run
            self._send(("error", "build", f"{type(exc).__name__}: {exc}\n" + traceback.format_exc()))
            return
        self.config, self._config_seq = config, seq
        self._imported_changed = False
        self._adopt(data, run)
        self._new_run()

    def _cmd_activations(self, activations) -> None:
        """The activations the app added at run time (engine.activations.register_activation)."""
        use_registered(activations)

    def _cmd_imported(self, token, data) -> None:
        self._imported, self._imported_token, self._imported_changed = data, token, True

    def _cmd_load(self, seq: int, config: RunConfig, data: DataView, run, records, token, imported) -> None:
        """Adopt a run restored from a project: training goes on from its weights and history."""
        self._stop_running()
        self.config, self._config_seq = config, seq
        self._imported, self._imported_token, self._imported_changed = imported, token, False
        self._adopt(data, run)
        self._new_run(records)

    def _cmd_start(self) -> None:
        if self._run is None or self.running:
            return
        if self._limit_reached():
            self._emit(Notice("limit", self._run.epoch))
            return
        self.running = True
        self._drawn = True                # a paused GUI has drawn whatever it was sent
        self._rate_epochs, self._rate_t0 = 0, time.perf_counter()
        self._send(("running", True))

    def _cmd_pause(self) -> None:
        self._stop_running()
        self._emit()

    def _cmd_step(self) -> None:
        """Exactly one epoch, then pause."""
        self._stop_running()
        if self._run is not None and self._train_one():
            self._emit()

    def _cmd_reset(self) -> None:
        """Back to the very same initial weights (same seed), epoch 0."""
        self._stop_running()
        if self._run is not None:
            self._run.reset()
            self._new_run()

    def _cmd_params(self, params) -> None:
        """Parameters stepped in the step-through: training goes on from them."""
        self._stop_running()
        if self._run is None:
            return
        try:
            self._run.set_params(params)
        except (DesktopNNError, KeyError) as exc:
            self._send(("error", "params", str(exc)))
            return
        self._emit(Notice("stepped", self._run.epoch))

    def _cmd_drawn(self, seconds: float) -> None:
        self._drawn = True
        self.draw_seconds = 0.7 * self.draw_seconds + 0.3 * float(seconds)

    # --- training ------------------------------------------------------------------------------

    def train_slice(self, seconds: float = SLICE_SECONDS, interrupted: Callable[[], bool] | None = None) -> None:
        """Train for about ``seconds`` (less when a frame falls due, or as soon as
        ``interrupted()`` says a command is waiting; asked every LOOK_SECONDS), then send a frame
        if one is due."""
        t0 = time.perf_counter()
        interval = max(FRAME_SECONDS, self.draw_seconds / MAX_DRAW_SHARE)
        deadline = t0 + seconds
        if self._drawn:
            deadline = min(deadline, max(self._last_emit + interval, t0))
        look = t0 + LOOK_SECONDS
        while self.running:
            if not self._train_one():
                return
            if self._limit_reached():
                self._stop_running()
                self._emit(Notice("limit", self._run.epoch))
                return
            now = time.perf_counter()
            if now >= deadline:
                break
            if interrupted is not None and now >= look:
                if interrupted():
                    break
                look = now + LOOK_SECONDS
        now = time.perf_counter()
        if now - self._rate_t0 >= RATE_SECONDS:
            self._rate = self._rate_epochs / (now - self._rate_t0)
            self._rate_epochs, self._rate_t0 = 0, now
        if self.running and self._drawn and now - self._last_emit >= interval:
            self._emit()

    def _adopt(self, data: DataView, run) -> None:
        if data is not self._data:
            self._data, self._data_id, self._data_sent = data, self._data_id + 1, False
            self._source_token = None if data.source is None else self._imported_token
        self._run = run

    def _outgoing(self, data: DataView) -> DataView:
        """The data as sent: the imported table it came from named by its token."""
        if data.source is None:
            return data
        return dataclasses.replace(data, source=self._source_token)

    def _new_run(self, records=()) -> None:
        """A new run id; ``records``: the history it already has (a project's run)."""
        self._run_id += 1
        self._watch_stalls()
        self._pending = list(records)
        self._last = self._pending[-1] if self._pending else None
        self._emit()

    def _watch_stalls(self) -> None:
        """A network's run is watched for a stall (training.stall); the chapter's single neurons
        are not (the perceptron's errors on data it cannot separate never settle)."""
        self._stall = None
        if self._run is not None and self.config is not None and not self.config.is_classic:
            # a regression's "accuracy" is R², whose chance level (always answering the mean) is 0
            self._stall = StallWatch(0.0 if self._data.is_regression else chance_accuracy(self._data.y_train))

    def _stop_running(self) -> None:
        if self.running:
            self.running = False
            self._send(("running", False))

    def _limit_reached(self) -> bool:
        limit = self.config.max_epochs
        return bool(limit) and self._run.epoch >= limit

    def _train_one(self) -> bool:
        try:
            record = self._run.step()
        except DivergenceError as exc:
            self._stop_running()
            epoch = exc.epoch if exc.epoch is not None else self._run.epoch + 1
            cost = float("nan") if exc.cost is None else float(exc.cost)
            notice = Notice("diverged", int(epoch), cost, float(self.config.learning_rate))
            self._send(("diverged", notice))
            self._emit(notice)
            return False
        except DesktopNNError as exc:
            self._stop_running()
            self._send(("error", "engine", str(exc)))
            self._emit()                        # paused, on the last good state
            return False
        self._pending.append(record)
        self._last = record
        self._rate_epochs += 1
        if self._stall is not None and self._stall.add(record.train_cost, record.train_accuracy):
            # saturated: the cost will not move again; pause and say so (Play goes on regardless)
            self._stop_running()
            self._emit(Notice("stalled", int(self._run.epoch), float(record.train_cost),
                              float(self.config.learning_rate),
                              ("fit " if self._data.is_regression else "") + ("cycling" if self._stall.cycling else "flat")))
            return False
        return True

    def _emit(self, notice: Notice | None = None) -> None:
        run, data = self._run, self._data
        if run is None:
            return
        fit = None
        if data.is_regression:
            probs, train_pred, test_pred, confusion, fit = regression_outputs(run, data)
        else:
            probs, train_pred, test_pred, confusion = self._class_outputs(run, data)
        last = self._last
        nan = float("nan")
        frame = Frame(
            run_id=self._run_id,
            config_seq=self._config_seq,
            data_id=self._data_id,
            data=None if self._data_sent else self._outgoing(data),
            epoch=int(run.epoch),
            model=self.config.model,
            layer_dims=tuple(int(n) for n in run.layer_dims),
            activations=tuple(run.activations),
            params=run.params(),
            history=History.of(self._pending),
            train_cost=last.train_cost if last else nan,
            train_accuracy=last.train_accuracy if last else nan,
            test_cost=last.test_cost if last else nan,
            test_accuracy=last.test_accuracy if last else nan,
            grid_probs=probs,
            train_pred=train_pred,
            test_pred=test_pred,
            confusion=confusion,
            cost_label=run.cost_label,
            running=self.running,
            epochs_per_second=self._rate if self.running else 0.0,
            notice=notice,
            fit=fit,
        )
        run.mark_good()
        self._data_sent = True
        self._pending = []
        self._last_emit = time.perf_counter()
        self._drawn = False
        self._send(("frame", frame))

    @staticmethod
    def _class_outputs(run, data: DataView):
        """A classifier's frame parts: class probabilities over the grid, predicted classes, the
        confusion matrix."""
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
        return probs, train_pred, test_pred, confusion
