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

The modules: ``training_worker`` (``TrainingWorker``, in the worker thread), ``controller``
(``TrainingController``, in the GUI thread), ``snapshots`` (a frame made read-only where it
arrives: ``Snapshot``), ``messages`` (the session's notices and errors worded for the status bar).
Every name is importable from ``desktop_nn.worker`` itself.
"""

from __future__ import annotations

from desktop_nn.training.session import FRAME_SECONDS
from desktop_nn.worker.controller import TrainingController
from desktop_nn.worker.messages import error_message, notice_message
from desktop_nn.worker.snapshots import Snapshot
from desktop_nn.worker.training_worker import RESTART_SECONDS, TrainingWorker

__all__ = ["FRAME_SECONDS", "RESTART_SECONDS", "Snapshot", "TrainingController", "TrainingWorker",
           "error_message", "notice_message"]
