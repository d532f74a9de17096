"""A run that no longer learns: detected, so that the window can say so (no Qt).

A network trained with too large a learning rate need not diverge: its units can saturate
(every tanh at ±1, every sigmoid at 0 or 1), the gradients vanish, and the run stops learning
while every point is put in one class — η = 10 on XOR settles into a two-epoch cycle, J going
1.456 → 5.28 → 1.456 …, every point in one class and then the other (46.5 %, 53.5 %). Nothing
is wrong with the numbers, so nothing raises; the run has simply stopped learning. Zero initial
weights can do the same (every hidden unit alike).

:class:`StallWatch` calls a run stalled when, over the last ``epochs`` epochs,

* the training accuracy was never better than always answering the most common class
  (``chance``: that class's share of the training set), and
* the cost made no progress: its lowest value in the second half of the window is not below its
  lowest value in the first half by more than ``tolerance`` (relative to max(1, |J|)).

A slow plateau that is still learning lowers its cost by more than that; a model that has
learned has an accuracy above chance. The watch speaks once per run.
"""

from __future__ import annotations

from collections import deque

import numpy as np

STALL_EPOCHS = 1000
STALL_TOLERANCE = 1e-4


def diverging(cost) -> bool:
    """A cost curve that diverges: it overflows, or grows — at its end (the last epoch raised it)
    or overall (it ends above where it began). The lecture's learning-rate scenes and its
    "which rate diverges" question read a curve by this one rule."""
    c = np.asarray(cost, dtype=float)
    return len(c) >= 2 and bool(not np.all(np.isfinite(c)) or c[-1] > c[-2] or c[-1] > c[0])


def chance_accuracy(y: np.ndarray) -> float:
    """The accuracy of always answering the most common class."""
    y = np.asarray(y)
    return float(np.bincount(y).max() / len(y)) if len(y) else 1.0


class StallWatch:
    """Feed it each epoch's record; ``add`` returns True once, when the run has stalled."""

    def __init__(self, chance: float, epochs: int = STALL_EPOCHS, tolerance: float = STALL_TOLERANCE):
        self.chance = float(chance)
        self.tolerance = float(tolerance)
        self._costs: deque[float] = deque(maxlen=int(epochs))
        self._told = False
        self.cycling = False        # when told: the cost went up and down (True) or stayed flat

    @property
    def told(self) -> bool:
        """True once the watch has said the run stalled."""
        return self._told

    def add(self, train_cost: float, train_accuracy: float) -> bool:
        if self._told:
            return False
        if not np.isfinite(train_cost) or train_accuracy > self.chance + 1e-12:
            self._costs.clear()
            return False
        self._costs.append(float(train_cost))
        n = len(self._costs)
        if n < self._costs.maxlen:
            return False
        costs = np.fromiter(self._costs, float, n)
        before, after = costs[: n // 2].min(), costs[n // 2:].min()
        scale = self.tolerance * max(1.0, abs(before))
        if after >= before - scale:
            self._told = True
            self.cycling = bool(np.ptp(costs[n // 2:]) > 10 * scale)
            return True
        return False
