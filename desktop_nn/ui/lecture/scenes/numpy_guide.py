"""The programming guide: ``u[i] = math.exp(v[i])`` in a loop against ``u = np.exp(v)``,
NumPy's element-wise functions on a live vector, and both timed in the worker."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scenes.text import colored, rich_label
from desktop_nn.ui.lecture.scenes.timing import TimingScene, vector_then_loop

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

f = theme.fmt


ELEMENTWISE = (
    ("np.exp(v)", np.exp),
    ("np.log(v)", np.log),
    ("np.abs(v)", np.abs),
    ("np.maximum(v, 0)", lambda v: np.maximum(v, 0)),
    ("v**2", lambda v: v ** 2),
    ("1/v", lambda v: 1 / v),
)

LOOP_CODE = ("v = np.random.rand(n)\n\n"
             "# instead of:\n"
             "u = np.zeros((n, 1))\n"
             "for i in range(n):\n"
             "    u[i] = math.exp(v[i])\n\n"
             "# use vectors:\n"
             "u = np.exp(v)")


def elementwise_table(v) -> list[tuple[str, np.ndarray]]:
    """Each of the slide's functions applied to the whole vector v at once (NumPy's warnings off:
    the NaN of log(−1) and the ∞ of 1/0 are shown, not raised)."""
    v = np.asarray(v, dtype=float)
    with np.errstate(all="ignore"):
        return [(name, np.asarray(fn(v), dtype=float)) for name, fn in ELEMENTWISE]


def exp_by_loop(v: np.ndarray) -> np.ndarray:
    """The slide's loop, as written: one math.exp per entry into an (n, 1) column."""
    n = len(v)
    u = np.zeros((n, 1))
    for i in range(n):
        u[i] = math.exp(v[i])
    return u


TIMING_REPEATS = 3     # np.exp is timed as the best of this many runs (the loop once)


def time_exp(n: int, seed: int = 0, state=None, chunk: int = 50_000, repeats: int = TIMING_REPEATS) -> dict:
    """The loop and np.exp on the same n random numbers, each timed; the loop runs in chunks so a
    job can be cancelled and report its progress. np.exp takes milliseconds, so one run is easily
    swamped by other work on the machine: its time is the best of ``repeats`` runs."""
    v = np.random.default_rng(seed).random(n)
    u = np.zeros((n, 1))

    def exp_loop(start: int, stop: int) -> None:
        for i in range(start, stop):
            u[i] = math.exp(v[i])

    u_vec, r = vector_then_loop(n, lambda: np.exp(v), exp_loop, repeats=repeats, chunk=chunk, state=state,
                                facts=lambda _: {"repeats": repeats})
    return {**r, "same": bool(np.allclose(u[:, 0], u_vec, rtol=1e-12, atol=0.0))}


class NumpyGuideScene(TimingScene):
    SETTINGS = {"v": [1.0, -2.0, 0.5], "n": 1000000, "seed": 0}

    SIZES = [10_000, 100_000, 1_000_000, 10_000_000]
    TIMER = staticmethod(time_exp)

    def build(self) -> None:
        s = self.settings
        self.body.addWidget(theme.label(translate("Lecture", "Whenever possible, avoid explicit for loops!"), theme.BODY, bold=True,
                                        color=theme.ACCENT, wrap=True))
        main = QHBoxLayout()
        main.setSpacing(theme.px(30))
        self.body.addLayout(main, 1)
        left = QVBoxLayout()
        main.addLayout(left, 0)
        code = theme.label(LOOP_CODE, theme.CODE, mono=True, object_name="guideCode")
        code.setTextFormat(Qt.TextFormat.PlainText)
        theme.card_style(code)
        code.setContentsMargins(theme.px(12), theme.px(8), theme.px(12), theme.px(8))
        left.addWidget(code)
        left.addStretch(1)

        right = QVBoxLayout()
        main.addLayout(right, 1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.px(14))
        grid.setVerticalSpacing(theme.px(10))
        right.addLayout(grid)
        values = [float(x) for x in s["v"]]
        self.v_spins = []
        grid.addWidget(theme.label("v =", theme.CODE, bold=True, mono=True), 0, 0)
        for j, x in enumerate(values):
            sp = theme.spin(x, -9.0, 9.0, 0.5, 1, object_name=f"v{j}Spin")
            sp.valueChanged.connect(lambda _: self.show_table())
            grid.addWidget(sp, 0, j + 1)
            self.v_spins.append(sp)
        self.cells: dict[tuple[int, int], QLabel] = {}
        for r, (name, _) in enumerate(ELEMENTWISE, start=1):
            grid.addWidget(theme.label(name, theme.CODE, bold=True, mono=True, color=theme.POS), r, 0)
            for j in range(len(values)):
                cell = theme.label("", theme.NUMBER, bold=True, object_name=f"cell_{r - 1}_{j}")
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(cell, r, j + 1)
                self.cells[(r - 1, j)] = cell
        self.domain_note = rich_label(theme.BODY, color=theme.MUTED, object_name="domainNote")
        right.addWidget(self.domain_note)
        right.addStretch(1)
        self.loop_check = rich_label(theme.BODY, object_name="loopCheck")
        self.body.addWidget(self.loop_check)

        self.timing = rich_label(theme.BODY, object_name="timingResult")
        self.body.addWidget(self.timing)
        self.size_combo()
        self.again = theme.button(translate("lecture/numpy_guide", "time both again"), "timeAgain")
        self.again.clicked.connect(self.run)
        self.body.addLayout(theme.row(self.size, self.again,
                                      theme.label(translate("lecture/numpy_guide", "np.exp: best of {} · timed in the worker, the "
                                                            "window stays responsive").format(TIMING_REPEATS), theme.BODY,
                                                  color=theme.MUTED, wrap=True)))

    def on_activate(self) -> None:
        self.show_table()
        if self.last is None or "same" not in self.last:
            self.run()
        self.mark_ready()

    def vector(self) -> np.ndarray:
        return np.array([sp.value() for sp in self.v_spins])

    def show_table(self) -> None:
        v = self.vector()
        table = elementwise_table(v)
        for r, (_, values) in enumerate(table):
            for j, x in enumerate(values):
                self.cells[(r, j)].setText(f(x, 3))
        notes = []
        if np.any(v < 0):
            notes.append(translate("lecture/numpy_guide", "log of a negative number is NaN"))
        if np.any(v == 0):
            notes.append(translate("lecture/numpy_guide", "log 0 = −∞ and 1/0 = ∞"))
        self.domain_note.setText(translate("lecture/numpy_guide", "; ").join(notes) + translate("lecture/numpy_guide", " — NumPy warns, it does not stop")
                                 if notes else translate("lecture/numpy_guide", "each row: one call on the whole vector, no loop"))
        u = exp_by_loop(v)
        same = np.allclose(u[:, 0], table[0][1], rtol=1e-12, atol=0.0)
        self.loop_check.setText(translate("lecture/numpy_guide", "loop on this v: u = {}").format(theme.fmt_vec(u[:, 0], 3)) + " "
                                + (colored("= np.exp(v) ✓", theme.GREEN) if same else colored("≠ np.exp(v) ✗", theme.palette.ERROR)))

    def timing_started(self, n: int) -> None:
        self.timing.setText(translate("lecture/numpy_guide", "timing the loop and np.exp on n = {} numbers …").format(f"{n:,}"))

    def show_timing(self, r: dict) -> None:
        vec = f"n = {r['n']:,}: np.exp <b>{milliseconds(r['vec_ms'])}</b>"
        if "same" not in r:          # the loop is still running: a short line, it must not wrap
            self.timing.setText(vec + " · " + translate("lecture/numpy_guide", "loop: {} % done …").format(f"{100 * r['done'] / max(r['n'], 1):.0f}"))
            return
        ratio = r["loop_ms"] / max(r["vec_ms"], 1e-6)
        self.timing.setText(
            vec + " · " + translate("lecture/numpy_guide", "loop <b>{}</b>").format(milliseconds(r['loop_ms'])) + " → "
            + colored(translate("lecture/numpy_guide", "≈ {}× faster").format(f"{ratio:,.0f}"), theme.ACCENT)
            + (translate("lecture/numpy_guide", " ✓ same numbers") if r["same"] else colored(translate("lecture/numpy_guide", " numbers differ ✗"), theme.palette.ERROR)))


def milliseconds(ms: float) -> str:
    """A duration as a student reads it: "812 ms", "1.6 ms", "0.012 ms" (two significant digits)."""
    if ms >= 10:
        return f"{ms:,.0f} ms"
    return f"{float(f'{ms:.2g}'):g} ms"
