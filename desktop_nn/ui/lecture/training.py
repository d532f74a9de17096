"""Training networks for a scene without blocking it: short chunks of epochs in the worker.

:class:`TrainLoop` holds one or more engine Trainers (several runs trained side by side, e.g. three
initialisations). While playing it submits a job that trains each run for ~30 ms and returns an
immutable snapshot per run; when the snapshot arrives (GUI thread) the scene draws it and the loop
submits the next chunk. Pausing or leaving the scene cancels; between chunks the Trainers are not
touched by the worker, so Reset can rebuild them safely.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

import numpy as np

from desktop_nn.engine.errors import DivergenceError
from desktop_nn.engine.trainer import Trainer


def train_epochs(model, X: np.ndarray, y: np.ndarray, epochs: int, state=None) -> np.ndarray:
    """Train one of the chapter's single neurons (the engine's Perceptron, AdalineGD, …) one epoch
    at a time — the same numbers as one ``train`` call — and return its weights after 0, 1, …,
    ``epochs`` epochs, shape (epochs + 1, 1 + n). ``state`` (a job's) lets a new request cancel it."""
    model.initialize(X.shape[1])
    weights = [model.w_.copy()]
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(epochs):
            if state is not None:
                state.check()
            model.train_epoch(X, y)
            weights.append(model.w_.copy())
    return np.array(weights)


@dataclass(frozen=True)
class RunSnapshot:
    epoch: int
    cost: np.ndarray            # train cost per epoch (1…epoch)
    accuracy: np.ndarray
    params: dict                # copies of W1, b1, …
    grid: np.ndarray | None     # P(class 1) on the scene's grid, (n, n)
    diverged: str = ""
    done: bool = False


def snapshot(trainer: Trainer, grid_X: np.ndarray | None, n: int, max_epochs: int, diverged: str = "") -> RunSnapshot:
    net = trainer.network
    params = {k: np.array(v, copy=True) for k, v in net.params.items()}
    for v in params.values():
        v.flags.writeable = False
    grid = None
    if grid_X is not None:
        grid = net.predict_proba(grid_X)[0].reshape(n, n)
    cost = trainer.history.column("train_cost")
    acc = trainer.history.column("train_accuracy")
    return RunSnapshot(trainer.epoch, cost, acc, params, grid, diverged,
                       bool(diverged) or trainer.epoch >= max_epochs or trainer.done)


def train_chunk(trainers: list[Trainer], max_epochs: int, grid_X, n: int, diverged: list[str],
                seconds: float = 0.03, state=None, up_to: int | None = None) -> list[RunSnapshot]:
    """Train every run that is not finished for about ``seconds`` (and to epoch ``up_to`` at most);
    one snapshot per run."""
    stop_at = max_epochs if up_to is None else min(max_epochs, up_to)
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        active = [i for i, t in enumerate(trainers) if not diverged[i] and t.epoch < stop_at and not t.done]
        if not active:
            break
        for i in active:
            if state is not None:
                state.check()
            try:
                trainers[i].step(1)
            except DivergenceError as exc:
                diverged[i] = str(exc)
    return [snapshot(t, grid_X, n, max_epochs, diverged[i]) for i, t in enumerate(trainers)]


class TrainLoop:
    """Trains a scene's runs in chunks while playing, at ``epochs_per_second`` (None: as fast as the
    machine goes). The default pace lets a run take about ``seconds`` seconds, time to narrate it."""

    def __init__(self, scene, key: str, build: Callable[[], list[Trainer]],
                 on_snapshots: Callable[[list[RunSnapshot]], None], max_epochs: int,
                 grid_X: np.ndarray | None = None, n: int = 0, seconds: float | None = 10.0):
        self.scene, self.key, self.build = scene, key, build
        self.on_snapshots = on_snapshots
        self.max_epochs = max_epochs
        self.grid_X, self.n = grid_X, n
        self.playing = False
        self.trainers: list[Trainer] = []
        self.diverged: list[str] = []
        self.last: list[RunSnapshot] | None = None
        self.epochs_per_second: float | None = None if seconds is None else max(1.0, max_epochs / seconds)
        self._clock: tuple[float, int] = (time.monotonic(), 0)
        self._pace = scene.timer(20, self._submit, single_shot=True)

    def set_rate(self, epochs_per_second: float | None) -> None:
        """Train at this many epochs per second from now on (None: unpaced)."""
        self.epochs_per_second = epochs_per_second
        self._restart_clock()

    def _epoch(self) -> int:
        return min((t.epoch for t in self.trainers), default=0)

    def _restart_clock(self) -> None:
        self._clock = (time.monotonic(), self._epoch())

    def _allowed(self) -> int | None:
        """The epoch the runs may reach by now at the chosen pace."""
        if self.epochs_per_second is None:
            return None
        t0, e0 = self._clock
        return e0 + 1 + int(self.epochs_per_second * (time.monotonic() - t0))

    def reset(self, play: bool | None = None) -> None:
        """New Trainers from ``build`` (same seed → same initial weights); draw epoch 0."""
        self.scene.cancel(self.key)
        self.trainers = self.build()
        self.diverged = [""] * len(self.trainers)
        if play is not None:
            self.playing = play
        self._restart_clock()
        self._submit(seconds=0.0)

    def play(self) -> None:
        if not self.trainers:
            self.reset(play=True)
            return
        self.playing = True
        self._restart_clock()
        if not self.scene.job_running(self.key):
            self._submit()

    def pause(self) -> None:
        self.playing = False
        self._pace.stop()
        self.scene.cancel(self.key)

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def finished(self) -> bool:
        return self.last is not None and all(s.done for s in self.last)

    def _submit(self, seconds: float = 0.03) -> None:
        trainers, m, g, n, div = self.trainers, self.max_epochs, self.grid_X, self.n, self.diverged
        up_to = self._allowed() if seconds > 0 else self._epoch()
        self.scene.submit(self.key, lambda st: train_chunk(trainers, m, g, n, div, seconds, st, up_to), self._arrived)

    def _arrived(self, snaps: list[RunSnapshot]) -> None:
        self.last = snaps
        if self.finished():
            self.playing = False
        self.on_snapshots(snaps)
        if self.playing and self.scene.is_active:
            allowed = self._allowed()
            if allowed is not None and self._epoch() >= allowed:
                # ahead of the chosen pace: wait for the next epoch's turn
                wait_ms = 1000.0 / self.epochs_per_second
                self._pace.setInterval(max(15, min(500, round(wait_ms))))
                self._pace.start()
            else:
                self._submit()

    def resume_if_playing(self) -> None:
        """Call from the scene's on_activate: continue a run interrupted by leaving the scene."""
        if not self.trainers:
            self.reset()
        elif self.playing:
            self._pace.stop()
            self.play()
