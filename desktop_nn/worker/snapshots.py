"""What the GUI receives: the session's Frame, made read-only where it arrives.

A :data:`Snapshot` is the training session's ``Frame`` (one snapshot type, not two): the worker
makes every array of it read-only — the parameters, the decision-grid probabilities, the
predictions, the confusion matrix, the history since the previous frame and, once per run, the
run's data — and fills in what the pipe does not carry: the run's data (sent with its first
frame only), the notice worded in the user's language and the settings the run uses. The arrays
are the frame's own private copies, fresh from the pipe, so nothing is copied again here.
"""

from __future__ import annotations

import dataclasses
import types

import numpy as np

from desktop_nn.training.config import HISTORY_COLUMNS, DataView, RunConfig
from desktop_nn.training.session import Frame
from desktop_nn.worker.messages import notice_message

#: what the GUI receives: the session's Frame, read-only, with its data, message and settings
Snapshot = Frame


def _ro(a) -> np.ndarray:
    """The array itself (a private copy, fresh from the pipe), made read-only."""
    a = np.asarray(a)
    a.flags.writeable = False
    return a


def freeze_data(data: DataView) -> None:
    """Make the arrays of a run's data read-only: every snapshot of the run shares them."""
    for value in vars(data).values():
        if isinstance(value, np.ndarray):
            value.flags.writeable = False


def read_only_snapshot(frame: Frame, *, run_id: int, data: DataView | None, config: RunConfig) -> Snapshot:
    """``frame`` with read-only arrays, the run's ``data``, its notice worded and its settings."""
    for name in HISTORY_COLUMNS:
        getattr(frame.history, name).flags.writeable = False
    return dataclasses.replace(
        frame,
        run_id=run_id,
        data=data,
        params=types.MappingProxyType({k: _ro(v) for k, v in frame.params.items()}),
        grid_probs=_ro(frame.grid_probs),
        train_pred=_ro(frame.train_pred),
        test_pred=_ro(frame.test_pred),
        confusion=_ro(frame.confusion),
        gradients=tuple(g._replace(dW=_ro(g.dW), dA=_ro(g.dA)) for g in frame.gradients),
        message=notice_message(frame.notice),
        config=config,
    )
