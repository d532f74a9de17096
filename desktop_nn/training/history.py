"""A run's record of its epochs, with no Qt: one :class:`Record` per epoch, many as a :class:`History`.

A run's ``step()`` gives a Record; the session sends the epochs trained since its last frame as
a History, whose columns (named once in ``HISTORY_COLUMNS``) the GUI's document appends to the
run's whole history. ``training/config.py`` re-exports every name here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Record:
    epoch: int
    train_cost: float
    train_accuracy: float
    test_cost: float = float("nan")
    test_accuracy: float = float("nan")


HISTORY_COLUMNS = ("epoch", "train_cost", "train_accuracy", "test_cost", "test_accuracy")


@dataclass(frozen=True, eq=False)
class History:
    """Epochs as columns: one read-only array per figure of :class:`Record`, one row per epoch.

    A frame carries hundreds of epochs; as five arrays they cross the pipe and reach the cost
    plot without making an object per epoch. Iterating (or indexing) still gives Records.
    """

    epoch: np.ndarray
    train_cost: np.ndarray
    train_accuracy: np.ndarray
    test_cost: np.ndarray
    test_accuracy: np.ndarray

    @classmethod
    def of(cls, records) -> "History":
        rows = np.array([(r.epoch, r.train_cost, r.train_accuracy, r.test_cost, r.test_accuracy)
                         for r in records], dtype=np.float64).reshape(-1, 5)
        columns = [np.ascontiguousarray(rows[:, k]) for k in range(5)]
        columns[0] = columns[0].astype(np.int64)
        for c in columns:
            c.flags.writeable = False
        return cls(*columns)

    def __len__(self) -> int:
        return len(self.epoch)

    def __getitem__(self, i: int) -> Record:
        return Record(int(self.epoch[i]), *(float(getattr(self, c)[i]) for c in HISTORY_COLUMNS[1:]))

    def __iter__(self):
        return (self[i] for i in range(len(self)))

