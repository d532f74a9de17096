"""The step-through pane's bookkeeping of one traced iteration (no Qt): the steps that have
arrived from the trace worker, the one shown, the one wanted once it is computed, and whether the
iteration's update has been handed on.

    cursor = TraceCursor()
    cursor.reset()                       # a new iteration is being traced
    if cursor.add(step): show(step.index)          # the step the user waits for has arrived
    cursor.finish(trace)                 # the whole iteration is known
    index = cursor.aim(i)                # clamp a wish to the iteration; show it once it is there
    step = cursor.show(index)
    trace = cursor.take_update()         # at the last step, once: the iteration to hand on
"""

from __future__ import annotations


class TraceCursor:
    def __init__(self) -> None:
        self.reset()

    def reset(self, wanted: int = 0) -> None:
        """Forget the iteration: nothing arrived, nothing shown, step ``wanted`` to show first."""
        self.steps: list = []
        self.trace = None
        self.index = -1
        self.wanted = wanted          # the step to show once it has been computed
        self.applied = False

    def total(self):
        """Steps in the iteration: a number once the trace is complete, else "…"."""
        return len(self.trace) if self.trace is not None else "…"

    def at_end(self) -> bool:
        return self.trace is not None and self.index == len(self.trace) - 1

    def current(self):
        return self.steps[self.index] if 0 <= self.index < len(self.steps) else None

    def add(self, step) -> bool:
        """Keep an arrived step; True if it is the one wanted on screen."""
        self.steps.append(step)
        return step.index == self.wanted

    def finish(self, trace) -> None:
        self.trace = trace

    def settle(self) -> int | None:
        """After the trace is complete: the step to show now that the wish can be met, if another."""
        self.wanted = min(self.wanted, len(self.steps) - 1)
        return self.wanted if self.wanted != self.index else None

    def aim(self, index: int) -> int:
        """Want step ``index``, clamped to the iteration (its end is unknown until it is complete)."""
        index = max(0, index if self.trace is None else min(index, len(self.trace) - 1))
        self.wanted = index
        return index

    def arrived(self, index: int) -> bool:
        return index < len(self.steps)

    def show(self, index: int):
        """Step ``index`` is on screen now; returns it."""
        self.index = self.wanted = index
        return self.steps[index]

    def take_update(self):
        """The complete trace, the first time its last (update) step is on screen; else None."""
        t = self.trace
        if t is not None and not self.applied and self.index == len(t) - 1:
            self.applied = True
            return t
        return None
