"""A Trainer's record of its epochs: :class:`EpochRecord` (one epoch's costs and accuracies) and
:class:`History` (every epoch since the last reset, compactly). Both are re-exported by
:mod:`desktop_nn.engine.trainer`, where they are documented and imported from.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np


class EpochRecord(NamedTuple):
    epoch: int
    train_cost: float
    train_accuracy: float
    test_cost: float | None
    test_accuracy: float | None


class History(Sequence):
    """Every epoch's EpochRecord since the last reset, stored compactly (about 16-32 bytes per
    epoch) so that hundreds of thousands of epochs cost almost no memory.

    Behaves like a read-only list of EpochRecord; the columns are also available as arrays:
    ``history.train_cost``, ``train_accuracy``, ``test_cost``, ``test_accuracy`` (NaN when
    there is no held-out set) and ``history.epochs``.
    """

    _CHUNK = 4096
    _COLUMNS = ("train_cost", "train_accuracy", "test_cost", "test_accuracy")

    def __init__(self, with_test: bool):
        self._ncols = 4 if with_test else 2
        self._chunks: list[np.ndarray] = []
        self._n = 0

    @property
    def with_test(self) -> bool:
        """True when the history keeps the held-out set's cost and accuracy too."""
        return self._ncols == 4

    def append(self, train_cost, train_accuracy, test_cost=None, test_accuracy=None) -> None:
        row = self._n % self._CHUNK
        if row == 0:
            self._chunks.append(np.empty((self._CHUNK, self._ncols)))
        chunk = self._chunks[-1]
        chunk[row, 0] = train_cost
        chunk[row, 1] = train_accuracy
        if self._ncols == 4:
            chunk[row, 2] = test_cost
            chunk[row, 3] = test_accuracy
        self._n += 1

    def clear(self) -> None:
        self._chunks.clear()
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._n))]
        i = index + self._n if index < 0 else index
        if not 0 <= i < self._n:
            raise IndexError(f"history has {self._n} epochs; index {index} is out of range")
        row = self._chunks[i // self._CHUNK][i % self._CHUNK]
        test = (float(row[2]), float(row[3])) if self._ncols == 4 else (None, None)
        return EpochRecord(i + 1, float(row[0]), float(row[1]), *test)

    def column(self, name: str) -> np.ndarray:
        """One column for all epochs as a new float array (NaN for a missing test column)."""
        j = self._COLUMNS.index(name)
        if j >= self._ncols:
            return np.full(self._n, np.nan)
        if not self._chunks:
            return np.empty(0)
        return np.concatenate([c[:, j] for c in self._chunks])[: self._n]

    epochs = property(lambda self: np.arange(1, self._n + 1))
    train_cost = property(lambda self: self.column("train_cost"))
    train_accuracy = property(lambda self: self.column("train_accuracy"))
    test_cost = property(lambda self: self.column("test_cost"))
    test_accuracy = property(lambda self: self.column("test_accuracy"))

    def __repr__(self) -> str:
        return f"History({self._n} epochs)"
