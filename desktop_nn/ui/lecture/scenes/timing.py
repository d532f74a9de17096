"""A loop against its vectorised form, timed live in the worker: the window stays responsive while
the loop runs, in chunks between which it reports how far it is and a new request cancels it."""

from __future__ import annotations

import time
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

#: the sizes' texts the scenes use (SIZE_TEXT), shown translated
SIZE_TEXTS = (QT_TRANSLATE_NOOP("Lecture", "n = {:,}"), QT_TRANSLATE_NOOP("Lecture", "{:,} elements"))


def best_time_ms(fn: Callable[[], Any], repeats: int) -> tuple[Any, float]:
    """(``fn()``'s result, the fastest of ``repeats`` runs in milliseconds), as timeit does: the
    machine is shared, and one run can catch it busy."""
    value, best = None, float("inf")
    for _ in range(repeats):
        tic = time.perf_counter()
        value = fn()
        best = min(best, 1000 * (time.perf_counter() - tic))
    return value, best


def vector_then_loop(n: int, vectorised: Callable[[], Any], loop_chunk: Callable[[int, int], None], *,
                     repeats: int, chunk: int, state=None,
                     facts: Callable[[Any], dict] = lambda value: {}) -> tuple[Any, dict]:
    """Time the vectorised call (the best of ``repeats`` runs), then the loop over 0…n−1 once:
    ``loop_chunk(start, stop)`` runs it a chunk at a time, each chunk timed.

    Returns (the vectorised call's result, {"n", "vec_ms", **facts(result), "done", "loop_ms"}).
    With a job's ``state`` the same dict, as far as it has got, is reported before the loop
    (done = 0) and after each chunk."""
    value, vec_ms = best_time_ms(vectorised, repeats)
    head = {"n": n, "vec_ms": vec_ms, **facts(value)}
    if state is not None:
        state.progress({**head, "done": 0, "loop_ms": 0.0}, force=True)
    loop_s = 0.0
    for start in range(0, n, chunk):
        if state is not None:
            state.check()
        stop = min(n, start + chunk)
        tic = time.perf_counter()
        loop_chunk(start, stop)
        loop_s += time.perf_counter() - tic
        if state is not None:
            state.progress({**head, "done": stop, "loop_ms": 1000 * loop_s})
    return value, {**head, "done": n, "loop_ms": 1000 * loop_s}


class TimingScene(Scene):
    """A scene that times a loop against its vectorised form for the size chosen in its combo box
    (:meth:`size_combo`); :meth:`run` starts :attr:`TIMER` in the worker, and every progress report
    and the result go to :meth:`show_timing`, the latest kept in :attr:`last`."""

    SIZES: list[int] = []
    #: one size as the combo box writes it
    SIZE_TEXT = "n = {:,}"
    #: staticmethod(fn(n, seed, state) -> dict), run in the worker
    TIMER: Callable[..., dict]
    last: dict | None = None

    def size_combo(self) -> QComboBox:
        """The sizes to choose from, the scene file's ``n`` chosen (added in order if it is not one
        of :attr:`SIZES`); choosing another times again."""
        n = int(self.settings["n"])
        if n not in self.SIZES:
            self.SIZES = sorted(self.SIZES + [n])
        self.size = theme.combo([translate("Lecture", self.SIZE_TEXT).format(k) for k in self.SIZES], "sizeCombo")
        self.size.setCurrentIndex(self.SIZES.index(n))
        self.size.currentIndexChanged.connect(lambda _: self.run())
        return self.size

    def run(self) -> None:
        n, seed, timer = self.SIZES[self.size.currentIndex()], int(self.settings["seed"]), self.TIMER
        self.timing_started(n)
        self.submit("time", lambda st: timer(n, seed, st), self._timed, self._timed)

    def _timed(self, r: dict) -> None:
        self.last = r
        self.show_timing(r)

    def timing_started(self, n: int) -> None:
        """Say that size ``n`` is being timed."""
        raise NotImplementedError

    def show_timing(self, r: dict) -> None:
        """Show a progress report or the result of :attr:`TIMER`."""
        raise NotImplementedError
