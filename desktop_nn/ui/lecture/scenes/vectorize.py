"""Vectorisation: a Python loop against np.dot timed live; logistic regression without the loop over
examples; and the rank-1-array trap, computed by NumPy for the m on screen."""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy

from desktop_nn.engine.activations import sigmoid
from desktop_nn.engine.datasets import iris_setosa_versicolor, standardize
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.layout import columns
from desktop_nn.ui.lecture.scenes.timing import TimingScene, vector_then_loop
from desktop_nn.ui.lecture.widgets import MatrixGrid

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


#: np.dot is timed this many times and the best is shown (a single run can catch the machine busy)
VECTOR_RUNS = 3


def time_dot_and_loop(n: int, seed: int, state=None) -> dict:
    """The slide's demo: c = np.dot(a, b) vs ``for i in range(n): c += a[i]*b[i]`` (timed, in chunks)."""
    rng = np.random.default_rng(seed)
    a = rng.random(n)
    b = rng.random(n)
    np.dot(a[:16], b[:16])                  # the first call loads the BLAS routine: not part of the time
    c = 0.0

    def dot_loop(start: int, stop: int) -> None:
        nonlocal c
        total = c
        for i in range(start, stop):
            total += a[i] * b[i]            # the slide's c += a[i]*b[i]
        c = total

    _, r = vector_then_loop(n, lambda: float(np.dot(a, b)), dot_loop, repeats=VECTOR_RUNS, chunk=20000,
                            state=state, facts=lambda c_vec: {"c_vec": c_vec})
    return {**r, "c_loop": float(c)}


class VectorizationScene(TimingScene):
    SETTINGS = {"n": 1000000, "seed": 0}

    SIZES = [10_000, 100_000, 1_000_000]
    SIZE_TEXT = "{:,} elements"
    TIMER = staticmethod(time_dot_and_loop)
    CODE = ("a = np.random.rand(n)\nb = np.random.rand(n)\n"
            "tic = time.time()\nc = np.dot(a, b)        # vectorised\ntoc = time.time()\n\n"
            "c = 0\ntic = time.time()\nfor i in range(n):      # explicit for loop\n    c += a[i]*b[i]\n"
            "toc = time.time()")

    def build(self) -> None:
        left, right = columns(self.body, (3, 2), spacing=30)
        code_label = theme.label(self.CODE, theme.CODE, mono=True, object_name="vectorizationCode")
        theme.card_style(code_label)
        code_label.setContentsMargins(theme.px(12), theme.px(8), theme.px(12), theme.px(8))
        left.addWidget(code_label)
        self.result = theme.label("", theme.NUMBER, object_name="timingResult", wrap=True)
        left.addWidget(self.result)
        left.addWidget(theme.label(translate("Lecture", "Whenever possible, avoid explicit for loops!"), theme.BODY,
                                   color=theme.ACCENT, bold=True, wrap=True))
        left.addStretch(1)
        self.plot = theme.plot(translate("lecture/vectorize", "time on this machine"), "", translate("lecture/vectorize", "milliseconds"), "timingPlot")
        self.bars = pg.BarGraphItem(x=[0, 1], height=[0, 0], width=0.6, brushes=[pg.mkBrush(theme.POS), pg.mkBrush(theme.ACCENT)])
        self.plot.addItem(self.bars)
        self.bar_text = []
        for x in (0, 1):
            t = pg.TextItem("", color=theme.TEXT, anchor=(0.5, 1.0))
            t.setFont(theme.font(theme.AXIS_LABEL, bold=True))
            t.setPos(x, 0)
            self.plot.addItem(t)
            self.bar_text.append(t)
        ax = self.plot.getPlotItem().getAxis("bottom")
        ax.setTicks([[(0, "np.dot"), (1, translate("lecture/vectorize", "for loop"))]])
        # room for the names whole, descenders included (the axis sizes itself for digits)
        ax.setHeight(QFontMetrics(theme.font(theme.AXIS)).height() + theme.px(8) + theme.px(12))
        self.plot.setXRange(-0.6, 1.6, padding=0)
        self.plot.getPlotItem().getViewBox().setMouseEnabled(x=False, y=False)
        right.addWidget(self.plot)
        self.size_combo()
        again = theme.button(translate("lecture/vectorize", "run again"), "runAgain")
        again.clicked.connect(self.run)
        note = theme.label(translate("lecture/vectorize", "timed live, in a worker thread: the window stays responsive"), theme.BODY,
                           color=theme.MUTED, wrap=True)
        self.body.addLayout(theme.row(self.size, again, note, stretch_end=False))

    def on_activate(self) -> None:
        self.run()

    def timing_started(self, n: int) -> None:
        self.result.setText(translate("lecture/vectorize", "timing n = {} …").format(f"{n:,}"))

    def show_timing(self, r: dict) -> None:
        loop_ms = r.get("loop_ms", 0.0)
        top = max(loop_ms, r["vec_ms"], 1e-3)
        self.bars.setOpts(height=[r["vec_ms"], loop_ms])
        for t, x, ms in ((self.bar_text[0], 0, r["vec_ms"]), (self.bar_text[1], 1, loop_ms)):
            t.setText(f"{ms:.2f} ms" if ms < 10 else f"{ms:,.0f} ms")
            t.setPos(x, ms + 0.02 * top)
        self.plot.setYRange(0, top * 1.22, padding=0)
        # three short lines whatever the numbers (the label must never need a fourth)
        lines = [translate("lecture/vectorize", "np.dot: <b>{} ms</b> (best of {})").format(f"{r['vec_ms']:.2f}", VECTOR_RUNS)]
        if "c_loop" not in r:   # progress: the loop is still running
            lines.append(translate("lecture/vectorize", "for loop: {} % done …").format(f"{100 * r['done'] / max(r['n'], 1):.0f}"))
        else:
            ratio = loop_ms / max(r["vec_ms"], 1e-6)
            same = (translate("lecture/vectorize", "same c ✓") if np.isclose(r["c_loop"], r["c_vec"], rtol=1e-9)
                    else translate("lecture/vectorize", "c differs ✗"))
            lines.append(translate("lecture/vectorize", "for loop: <b>{} ms</b>, {}").format(f"{loop_ms:,.0f}", same))
            lines.append(f"<b style='color:{theme.readable(theme.ACCENT)}'>"
                         + translate("lecture/vectorize", "vectorised ≈ {}× faster").format(f"{ratio:,.0f}") + "</b>")
        self.result.setText("<br>".join(lines))
        self.mark_ready()


# --- vectorized logistic regression -----------------------------------------------------------------
def logistic_step_both(m_copies: int, state=None) -> dict:
    """One gradient step of logistic regression, as the slide's loop and vectorised; both timed."""
    X, y = iris_setosa_versicolor()
    Xs = standardize(X)[0]
    Xc = np.tile(Xs, (m_copies, 1)).T                  # (n_x, m): examples are columns
    Y = np.tile((y > 0).astype(float), m_copies)[None, :]
    n_x, m = Xc.shape
    w = np.full((n_x, 1), 0.1)
    b = 0.0
    tic = time.perf_counter()
    J = 0.0
    dw = np.zeros((n_x, 1))
    db = 0.0
    for i in range(m):
        if state is not None and i % 5000 == 0:
            state.check()
        z = float(w[:, 0] @ Xc[:, i] + b)
        a = 1.0 / (1.0 + np.exp(-z))
        J += -(Y[0, i] * np.log(a) + (1 - Y[0, i]) * np.log(1 - a))
        dz = a - Y[0, i]
        dw[:, 0] += Xc[:, i] * dz
        db += dz
    J /= m
    dw /= m
    db /= m
    loop_ms = 1000 * (time.perf_counter() - tic)
    tic = time.perf_counter()
    Z = np.dot(w.T, Xc) + b
    A = sigmoid(Z)
    Jv = float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))
    dZ = A - Y
    dwv = np.dot(Xc, dZ.T) / m
    dbv = float(np.sum(dZ) / m)
    vec_ms = 1000 * (time.perf_counter() - tic)
    return {"m": m, "loop": (J, dw.ravel(), db), "vec": (Jv, dwv.ravel(), dbv), "loop_ms": loop_ms, "vec_ms": vec_ms,
            "shapes": {"X": Xc.shape, "w": w.shape, "Z": Z.shape, "A": A.shape, "dZ": dZ.shape, "dw": dwv.shape}}


class VectorizedLogisticScene(Scene):
    SETTINGS = {"copies": 10}

    COPIES = [1, 10, 100, 1000]
    LOOP_CODE = ("J = 0; dw = np.zeros((nx, 1)); db = 0\nfor i in range(m):\n    z = w.T x⁽ⁱ⁾ + b\n    a = σ(z)\n"
                 "    J += −[y log a + (1−y) log(1−a)]\n    dz = a − y⁽ⁱ⁾\n    dw += x⁽ⁱ⁾ dz\n    db += dz\n"
                 "J /= m; dw /= m; db /= m")
    VECTOR_CODE = ("Z = np.dot(w.T, X) + b\nA = sigmoid(Z)\ndZ = A − Y\ndw = 1/m · X dZᵀ\ndb = 1/m · np.sum(dZ)\n\n"
                   "w := w − α dw\nb := b − α db")

    def build(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.px(30))
        grid.setVerticalSpacing(theme.px(8))
        self.body.addLayout(grid)
        for col, (title, code) in enumerate(((translate("lecture/vectorize", "for loop over m examples"), self.LOOP_CODE),
                                             (translate("lecture/vectorize", "vectorised: no loop"), self.VECTOR_CODE))):
            grid.addWidget(theme.label(title, theme.BODY, bold=True, color=theme.ACCENT if col == 0 else theme.POS), 0, col)
            c = theme.label(code, theme.CODE, mono=True)
            c.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            theme.card_style(c)
            c.setContentsMargins(theme.px(12), theme.px(8), theme.px(12), theme.px(8))
            grid.addWidget(c, 1, col)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.loop_result = theme.label("", theme.BODY, object_name="loopResult", wrap=True)
        self.vec_result = theme.label("", theme.BODY, object_name="vectorResult", wrap=True)
        grid.addWidget(self.loop_result, 2, 0)
        grid.addWidget(self.vec_result, 2, 1)
        self.shapes = theme.label("", theme.BODY, object_name="vectorShapes", wrap=True)
        self.body.addWidget(self.shapes)
        self.body.addStretch(1)
        self.copies = theme.combo([translate("lecture/vectorize", "m = 100 (Iris)"), "m = 1,000", "m = 10,000", "m = 100,000"], "mCombo")
        copies = int(self.settings["copies"])
        self.copies.setCurrentIndex(self.COPIES.index(copies) if copies in self.COPIES else 1)
        self.copies.currentIndexChanged.connect(lambda _: self.run())
        note = theme.label(translate("lecture/vectorize", "the 100 Iris flowers repeated to make m larger; X is (n_x, m)"), theme.BODY,
                           color=theme.MUTED, wrap=True)
        self.copies.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        row = theme.row(self.copies, note, stretch_end=False)
        row.setStretch(1, 1)
        self.body.addLayout(row)

    def on_activate(self) -> None:
        self.run()

    def run(self) -> None:
        copies = self.COPIES[self.copies.currentIndex()]
        self.submit("step", lambda st: logistic_step_both(copies, st), self.show)

    def show(self, r: dict) -> None:
        f = theme.fmt
        for lab, key, ms in ((self.loop_result, "loop", r["loop_ms"]), (self.vec_result, "vec", r["vec_ms"])):
            J, dw, db = r[key]
            lab.setText(f"J = <b>{f(J, 4)}</b>, db = <b>{f(db, 4)}</b><br>dw = {theme.fmt_vec(dw, 4)}<br>"
                        + translate("lecture/vectorize", "time: <b>{} ms</b>").format(f"{ms:,.2f}"))
        s = r["shapes"]
        same = np.allclose(r["loop"][1], r["vec"][1]) and np.isclose(r["loop"][2], r["vec"][2]) \
            and np.isclose(r["loop"][0], r["vec"][0])
        verdict = ("<b>" + translate("lecture/vectorize", "the same J, dw, db") + "</b>" if same else
                   f"<b style='color:{theme.readable(theme.palette.ERROR)}'>" + translate("lecture/vectorize", "the numbers differ!") + "</b>")
        self.shapes.setText(f"m = {r['m']:,}: X {s['X']}, w {s['w']}, Z = wᵀX + b {s['Z']}, dZ {s['dZ']}, dw {s['dw']}. "
                            + translate("lecture/vectorize", "Both give {}; vectorised ≈ {}× faster.").format(
                                verdict, f"{r['loop_ms'] / max(r['vec_ms'], 1e-6):,.0f}"))
        self.mark_ready()


# --- rank-one arrays ------------------------------------------------------------------------------
def outer_demo(n: int, seed: int) -> dict:
    """The slide's a = np.random.randn(5) (rank 1) beside a = np.random.randn(5, 1) (a column)."""
    rng = np.random.default_rng(seed)
    a1 = rng.standard_normal(n)
    a2 = a1.reshape(n, 1)
    return {"rank1": a1, "column": a2, "dot_rank1": np.dot(a1, a1.T), "dot_column": np.dot(a2, a2.T)}


def broadcast_bug(m: int, seed: int, fixed: bool) -> dict:
    """dZ for dw = 1/m · X dZᵀ written as dZ = (Aᵀ − Yᵀ)ᵀ, with the labels Y a rank-1 (m,) array
    (``fixed`` False) or reshaped to the row (1, m) (``fixed`` True); the arrays NumPy computes.

    On paper (Aᵀ − Yᵀ)ᵀ = A − Y. In NumPy the .T of a rank-1 Y is Y itself, so Aᵀ (m, 1) − Y (m,)
    broadcasts to an (m, m) matrix of a⁽ʲ⁾ − y⁽ⁱ⁾ without an error; only its diagonal is A − Y."""
    rng = np.random.default_rng(seed + 1)
    X = rng.standard_normal((2, m))
    w = rng.standard_normal((2, 1))
    b = 0.0
    A = sigmoid(np.dot(w.T, X) + b)                      # (1, m)
    labels = (rng.uniform(size=m) > 0.5).astype(float)
    Y = np.array(labels)                                  # rank 1: (m,)
    if fixed:
        Y = Y.reshape(1, m)
    dZ = (A.T - Y.T).T
    dw = np.dot(X, dZ.T) / m
    right = A - labels.reshape(1, m)                      # what dZ should be: a⁽ⁱ⁾ − y⁽ⁱ⁾
    return {"m": m, "X": X, "w": w, "A": A, "Y": Y, "YT": Y.T, "dZ": dZ, "dw": dw, "right": right}


def shape_text(shape: tuple) -> str:
    """A shape as Python prints it: (5,), (1, 5)."""
    return str(tuple(int(k) for k in shape))


class RankOneArraysScene(Scene):
    SETTINGS = {"n": 5, "seed": 1}

    def build(self) -> None:
        self.demo = theme.label("", theme.CODE, mono=True, object_name="rankOneDemo")
        theme.card_style(self.demo)
        self.demo.setContentsMargins(theme.px(8), theme.px(4), theme.px(8), theme.px(4))
        self.body.addWidget(self.demo)
        self.code = theme.label("", theme.CODE, mono=True, object_name="bugCode")
        theme.card_style(self.code)
        self.code.setContentsMargins(theme.px(8), theme.px(4), theme.px(8), theme.px(4))
        self.body.addWidget(self.code)
        bug = QHBoxLayout()
        bug.setSpacing(theme.px(30))
        self.body.addLayout(bug, 1)
        self.grid = MatrixGrid(6, 8, "dZGrid")
        bug.addWidget(self.grid, 3)
        self.bug = theme.label("", theme.BODY, object_name="broadcastBug", wrap=True)
        self.bug.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        bug.addWidget(self.bug, 2)
        self.n = theme.spin(int(self.settings["n"]), 2, 12, 1, object_name="nSpin")
        self.n.valueChanged.connect(self.refresh)
        self.fix = theme.button(translate("lecture/vectorize", "fix the bug: Y = Y.reshape(1, m)"), "fixBug", checkable=True)
        self.fix.toggled.connect(self.refresh)
        self.body.addLayout(theme.row("n = m =", self.n, self.fix))
        self.result: dict | None = None

    def on_activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        n = m = self.n.value()
        seed = int(self.settings["seed"])
        d = outer_demo(n, seed)
        f = theme.fmt
        ok, bad = theme.readable(theme.POS), theme.readable(theme.ACCENT)
        dot1 = d["dot_rank1"]
        rows = [("", f"a = np.random.randn({n})", f"a = np.random.randn({n}, 1)"),
                ("a.shape", shape_text(d["rank1"].shape), shape_text(d["column"].shape)),
                ("a.T.shape", shape_text(d["rank1"].T.shape), shape_text(d["column"].T.shape)),
                ("np.dot(a, a.T)",
                 f"<span style='color:{bad}'>" + translate("lecture/vectorize", "{}: a number ✗").format(f(dot1, 2)) + "</span>"
                 if np.ndim(dot1) == 0 else shape_text(np.shape(dot1)),
                 f"<span style='color:{ok}'>" + translate("lecture/vectorize", "{} matrix ✓").format(shape_text(np.shape(d['dot_column'])))
                 + "</span>")]
        pad = theme.px(4)
        self.demo.setText(f"<table cellspacing=0 cellpadding={pad}>" + "".join(
            "<tr>" + "".join(f"<td>{c}&nbsp;&nbsp;</td>" if k else f"<td><b>{c}</b>&nbsp;&nbsp;</td>"
                             for k, c in enumerate(r)) + "</tr>" for r in rows) + "</table>")
        fixed = self.fix.isChecked()
        self.fix.setText(translate("lecture/vectorize", "bug fixed ✓ (click to undo)") if fixed
                         else translate("lecture/vectorize", "fix the bug: Y = Y.reshape(1, m)"))
        r = broadcast_bug(m, seed, fixed)
        self.result = r
        right_dz = r["dZ"].shape == (1, m)
        right_dw = r["dw"].shape == r["w"].shape
        mark = lambda good: f"<span style='color:{ok if good else bad}'>{'✓' if good else '✗'}</span>"
        y_line = f"Y = np.array(labels).reshape(1, {m})" if fixed else "Y = np.array(labels)"
        lines = [("A = sigmoid(np.dot(w.T, X) + b)", shape_text(r["A"].shape), ""),
                 (y_line, shape_text(r["Y"].shape), "" if fixed else translate("lecture/vectorize", "rank 1")),
                 ("Y.T", shape_text(r["YT"].shape), "" if r["YT"].shape != r["Y"].shape
                  else translate("lecture/vectorize", ".T did nothing")),
                 ("dZ = (A.T − Y.T).T", f"<b>{shape_text(r['dZ'].shape)}</b>", mark(right_dz)),
                 ("dw = np.dot(X, dZ.T) / m", f"<b>{shape_text(r['dw'].shape)}</b>", mark(right_dw))]
        self.code.setText(f"<table cellspacing=0 cellpadding={pad}>" + "".join(
            f"<tr><td>{c}&nbsp;</td><td>#&nbsp;{s}</td><td>&nbsp;{note}</td></tr>" for c, s, note in lines) + "</table>")
        self.grid.set_matrix(f"dZ  {shape_text(r['dZ'].shape)}", r["dZ"])
        if right_dz:
            text = translate("lecture/vectorize", "dZ has shape {dz}: one dz = a − y per example ✓, and dw has the shape of w, "
                             "{w} ✓. Use (n, 1) or (1, n); assert a.shape == ({n}, 1).").format(
                                 dz=shape_text(r['dZ'].shape), w=shape_text(r['w'].shape), n=n)
        else:
            diagonal = bool(np.allclose(np.diag(r["dZ"]), r["right"][0]))
            text = translate("lecture/vectorize", "(A − Y)ᵀ = Aᵀ − Yᵀ on paper, but Y.T of a rank-1 Y is Y: A.T {at} − Y {y} "
                             "broadcast silently to <b>{dz}</b>: {size} numbers a⁽ʲ⁾ − y⁽ⁱ⁾").format(
                                 at=shape_text(r['A'].T.shape), y=shape_text(r['Y'].shape), dz=shape_text(r['dZ'].shape),
                                 size=r['dZ'].size)
            text += (translate("lecture/vectorize", ", only the diagonal is A − Y") if diagonal else "") + translate("lecture/vectorize", "; no error raised.")
        self.bug.setText(text)
        self.mark_ready()
