"""A run's curves on a fixed budget (no Qt): :class:`Columns`, the history the Document holds.

Every epoch has its row up to HISTORY_BUDGET rows; beyond that older epochs are kept in buckets,
each as its smallest and largest values, so memory, drawing and saving cost the same however
long a run trains.
"""

from __future__ import annotations

import warnings

import numpy as np

from desktop_nn.project import RunHistory
from desktop_nn.training.config import HISTORY_COLUMNS

HISTORY_BUDGET = 100_000       # rows a run's history keeps at the most, however long it trains


class Columns:
    """A run's history as float64 columns, one row per epoch — on a fixed budget.

    Up to HISTORY_BUDGET epochs every epoch has its row. Beyond that the older epochs are kept
    in buckets of about ``stride`` epochs (a power of two), each as two rows: at the bucket's
    first epoch the smallest value of every column, at its last epoch the largest — the envelope
    the cost plot draws, so a spike stays visible. The newest, still filling bucket keeps its
    epochs' own rows (up to a quarter of the budget). Memory, drawing and saving cost the same after 10⁹ epochs as after 10⁵.

    ``view(name)`` hands out a read-only view of the rows so far; the cost plot draws from it
    and the Project's RunHistory is copied from it, so the curves on screen and the curves saved
    are the same numbers."""

    def __init__(self, budget: int = HISTORY_BUDGET, names: tuple[str, ...] = HISTORY_COLUMNS):
        self.budget = max(8, int(budget)) // 2 * 2
        self.names = tuple(names)     # "epoch" first (other curves: document.gradient_curves)
        self._a = np.empty((len(self.names), 256))
        self.n = 0                # rows
        self.stride = 1           # epochs per bucket (1: every epoch is its own row)
        self._done = 0            # rows that are whole buckets; rows after them: the open bucket

    def __len__(self) -> int:
        return self.n

    @property
    def epochs(self) -> int:
        """The last epoch recorded (0 when none)."""
        return int(self._a[0, self.n - 1]) if self.n else 0

    def clear(self) -> None:
        self.n = self._done = 0
        self.stride = 1

    def _room(self, need: int) -> None:
        if need > self._a.shape[1]:
            grown = np.empty((len(self.names), max(need, 2 * self._a.shape[1])))
            grown[:, : self.n] = self._a[:, : self.n]
            self._a = grown

    def extend(self, history) -> None:
        """Append the rows of a training History (or anything with the HISTORY_COLUMNS attributes),
        one row per epoch, in order."""
        k = len(history.epoch)
        if not k:
            return
        self._room(self.n + k)
        for row, name in enumerate(self.names):
            self._a[row, self.n : self.n + k] = getattr(history, name)
        self.n += k
        if self.stride == 1:
            self._done = self.n
        self._close_buckets()
        while self.n > self.budget:
            self._coarsen()

    def _close_buckets(self) -> None:
        """Every full bucket of ``stride`` epochs in the open tail becomes its two rows."""
        s = self.stride
        if s == 1:
            return
        tail = self.n - self._done
        full = tail // s
        if not full and tail <= self.budget // 4:
            return
        start = self._done
        block = self._a[:, start : start + full * s].reshape(len(self.names), full, s)
        rest = self._a[:, start + full * s : self.n].copy()
        pairs = self._pairs(block)
        if rest.shape[1] > self.budget // 4:
            # an open bucket as long as a quarter of the budget is closed early (a bucket may
            # cover fewer epochs than the stride: the envelope stays true)
            pairs = np.hstack([pairs, self._pairs(rest[:, None, :])])
            rest = rest[:, :0]
        self._a[:, start : start + pairs.shape[1]] = pairs
        self._a[:, start + pairs.shape[1] : start + pairs.shape[1] + rest.shape[1]] = rest
        self._done = start + pairs.shape[1]
        self.n = self._done + rest.shape[1]

    @staticmethod
    def _pairs(block: np.ndarray) -> np.ndarray:
        """(columns, buckets, rows) → (columns, 2·buckets): each bucket's (first epoch, minima)
        then (last epoch, maxima); NaN where a column was never measured."""
        with np.errstate(invalid="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)     # all-NaN test columns stay NaN
            lo, hi = np.nanmin(block, axis=2), np.nanmax(block, axis=2)
        lo[0], hi[0] = block[0, :, 0], block[0, :, -1]
        out = np.empty((block.shape[0], 2 * block.shape[1]))
        out[:, 0::2], out[:, 1::2] = lo, hi
        return out

    def _coarsen(self) -> None:
        """Double the stride: two neighbouring buckets become one (rows from single epochs
        become buckets of two)."""
        done = self._done
        if self.stride == 1:
            singles = self._a[:, : done - done % 2].reshape(len(self.names), -1, 2)
            merged = self._pairs(singles)
            odd = done % 2
        else:
            quads = self._a[:, : done - done % 4].reshape(len(self.names), -1, 4)
            # a bucket's two rows hold its minima then its maxima: merge two buckets' four rows
            merged = self._pairs(quads)
            odd = done % 4
        tail = self._a[:, done - odd : self.n].copy()
        m = merged.shape[1]
        self._a[:, :m] = merged
        self._a[:, m : m + tail.shape[1]] = tail
        self.stride *= 2
        self._done = m
        self.n = m + tail.shape[1]
        self._close_buckets()

    def restore(self, rows: dict, stride: int) -> None:
        """Rows as saved (``rows[name]`` for every HISTORY_COLUMNS name) with their stride."""
        self.clear()
        k = len(rows["epoch"])
        self._room(k)
        for row, name in enumerate(self.names):
            self._a[row, :k] = rows[name]
        self.n = k
        self.stride = max(1, int(stride))
        self._done = k            # every saved row is closed; new epochs open a new bucket

    def view(self, name: str) -> np.ndarray:
        v = self._a[self.names.index(name), : self.n]
        v.flags.writeable = False
        return v

    def run_history(self) -> RunHistory:
        """A copy, as the Project file saves it: the rows, their epochs and the stride."""
        return RunHistory(*(self.view(name).copy() for name in HISTORY_COLUMNS[1:]),
                          epoch_numbers=self.view("epoch").astype(np.int64), stride=self.stride)
