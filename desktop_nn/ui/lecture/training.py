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
                seconds: float = 0.03, state=None) -> list[RunSnapshot]:
    """Train every run that is not finished for about ``seconds``; one snapshot per run."""
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        active = [i for i, t in enumerate(trainers) if not diverged[i] and t.epoch < max_epochs and not t.done]
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
    def __init__(self, scene, key: str, build: Callable[[], list[Trainer]],
                 on_snapshots: Callable[[list[RunSnapshot]], None], max_epochs: int,
                 grid_X: np.ndarray | None = None, n: int = 0):
        self.scene, self.key, self.build = scene, key, build
        self.on_snapshots = on_snapshots
        self.max_epochs = max_epochs
        self.grid_X, self.n = grid_X, n
        self.playing = False
        self.trainers: list[Trainer] = []
        self.diverged: list[str] = []
        self.last: list[RunSnapshot] | None = None

    def reset(self, play: bool | None = None) -> None:
        """New Trainers from ``build`` (same seed → same initial weights); draw epoch 0."""
        self.scene.cancel(self.key)
        self.trainers = self.build()
        self.diverged = [""] * len(self.trainers)
        if play is not None:
            self.playing = play
        self._submit(seconds=0.0)

    def play(self) -> None:
        if not self.trainers:
            self.reset(play=True)
            return
        self.playing = True
        if not self.scene.job_running(self.key):
            self._submit()

    def pause(self) -> None:
        self.playing = False
        self.scene.cancel(self.key)

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def finished(self) -> bool:
        return self.last is not None and all(s.done for s in self.last)

    def _submit(self, seconds: float = 0.03) -> None:
        trainers, m, g, n, div = self.trainers, self.max_epochs, self.grid_X, self.n, self.diverged
        self.scene.submit(self.key, lambda st: train_chunk(trainers, m, g, n, div, seconds, st), self._arrived)

    def _arrived(self, snaps: list[RunSnapshot]) -> None:
        self.last = snaps
        if self.finished():
            self.playing = False
        self.on_snapshots(snaps)
        if self.playing and self.scene.is_active:
            self._submit()

    def resume_if_playing(self) -> None:
        """Call from the scene's on_activate: continue a run interrupted by leaving the scene."""
        if not self.trainers:
            self.reset()
        elif self.playing:
            self.play()
