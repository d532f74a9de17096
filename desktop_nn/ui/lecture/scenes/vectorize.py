"""Vectorisation: a Python loop against np.dot timed live; logistic regression without the loop over
examples; and the rank-one-array trap."""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout

from desktop_nn.engine.activations import sigmoid
from desktop_nn.engine.datasets import iris_setosa_versicolor, standardize
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.widgets import MatrixGrid


def time_dot_and_loop(n: int, seed: int, state=None) -> dict:
    """The slide's demo: c = np.dot(a, b) vs ``for i in range(n): c += a[i]*b[i]`` (timed, in chunks)."""
    rng = np.random.default_rng(seed)
    a = rng.random(n)
    b = rng.random(n)
    tic = time.perf_counter()
    c_vec = float(np.dot(a, b))
    vec_ms = 1000 * (time.perf_counter() - tic)
    if state is not None:
        state.progress({"n": n, "vec_ms": vec_ms, "c_vec": c_vec, "done": 0}, force=True)
    c = 0.0
    loop_s = 0.0
    chunk = 20000
    for start in range(0, n, chunk):
        if state is not None:
            state.check()
        tic = time.perf_counter()
        for i in range(start, min(n, start + chunk)):
            c += a[i] * b[i]
        loop_s += time.perf_counter() - tic
        if state is not None:
            state.progress({"n": n, "vec_ms": vec_ms, "c_vec": c_vec, "done": min(n, start + chunk),
                            "loop_ms": 1000 * loop_s})
    return {"n": n, "vec_ms": vec_ms, "c_vec": c_vec, "done": n, "loop_ms": 1000 * loop_s, "c_loop": float(c)}


class VectorizationScene(Scene):
    SETTINGS = {"n": 1000000, "seed": 0}

    SIZES = [10_000, 100_000, 1_000_000]

    def build(self) -> None:
        main = QHBoxLayout()
        self.body.addLayout(main, 1)
        left = QVBoxLayout()
        main.addLayout(left, 2)
        code = ("a = np.random.rand(n); b = np.random.rand(n)\n\n"
                "tic = time.time()\nc = np.dot(a, b)            # vectorized\ntoc = time.time()\n\n"
                "c = 0\ntic = time.time()\nfor i in range(n):          # explicit for loop\n    c += a[i]*b[i]\ntoc = time.time()")
        code_label = theme.label(code, theme.BODY - 1, mono=True)
        theme.card_style(code_label)
        left.addWidget(code_label)
        self.result = theme.label("", theme.NUMBER - 2, bold=True, object_name="timingResult", wrap=True)
        left.addWidget(self.result)
        left.addWidget(theme.label("Whenever possible, avoid explicit for loops!", theme.BODY + 2, color=theme.ACCENT, bold=True))
        left.addStretch(1)
        self.plot = theme.plot("time on this machine", "", "milliseconds", "timingPlot")
        self.bars = pg.BarGraphItem(x=[0, 1], height=[0, 0], width=0.6, brushes=[pg.mkBrush(theme.POS), pg.mkBrush(theme.ACCENT)])
        self.plot.addItem(self.bars)
        ax = self.plot.getPlotItem().getAxis("bottom")
        ax.setTicks([[(0, "np.dot"), (1, "for loop")]])
        self.plot.setXRange(-0.6, 1.6, padding=0)
        main.addWidget(self.plot, 1)
        self.size = theme.combo([f"{n:,} elements" for n in self.SIZES], "sizeCombo")
        n = int(self.settings["n"])
        if n not in self.SIZES:
            self.SIZES = sorted(self.SIZES + [n])
            self.size.clear()
            self.size.addItems([f"{k:,} elements" for k in self.SIZES])
        self.size.setCurrentIndex(self.SIZES.index(n))
        self.size.currentIndexChanged.connect(lambda _: self.run())
        again = theme.button("run again", "runAgain")
        again.clicked.connect(self.run)
        self.body.addLayout(theme.row(self.size, again, theme.label("  timed live in a worker thread; the window stays responsive",
                                                                    theme.BODY, color=theme.MUTED)))
        self.last: dict | None = None

    def on_activate(self) -> None:
        self.run()

    def run(self) -> None:
        n = self.SIZES[self.size.currentIndex()]
        seed = int(self.settings["seed"])
        self.result.setText(f"timing n = {n:,} …")
        self.submit("time", lambda st: time_dot_and_loop(n, seed, st), self.show, self.show)

    def show(self, r: dict) -> None:
        self.last = r
        loop_ms = r.get("loop_ms", 0.0)
        self.bars.setOpts(height=[r["vec_ms"], loop_ms])
        self.plot.setYRange(0, max(loop_ms, r["vec_ms"], 1e-3) * 1.1)
        f = theme.fmt
        lines = [f"n = {r['n']:,} elements", f"np.dot: {r['vec_ms']:.2f} ms, c = {f(r['c_vec'], 4)}"]
        if "c_loop" not in r:   # progress: the loop is still running
            lines.append(f"for loop: {r['done']:,} / {r['n']:,} done, {loop_ms:.0f} ms so far …")
        else:
            ratio = loop_ms / max(r["vec_ms"], 1e-6)
            lines.append(f"for loop: {loop_ms:.0f} ms, c = {f(r['c_loop'], 4)}")
            lines.append(f"<span style='color:{theme.ACCENT}'>vectorized is ≈ {ratio:,.0f}× faster</span>")
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

    def build(self) -> None:
        grid = QGridLayout()
        self.body.addLayout(grid, 1)
        loop_code = ("J = 0; dw = np.zeros((nx, 1)); db = 0\nfor i in range(m):\n    z = w.T x⁽ⁱ⁾ + b\n    a = σ(z)\n"
                     "    J += −[y log a + (1−y) log(1−a)]\n    dz = a − y⁽ⁱ⁾\n    dw += x⁽ⁱ⁾ dz\n    db += dz\nJ /= m; dw /= m; db /= m")
        vec_code = ("Z = np.dot(w.T, X) + b\nA = sigmoid(Z)\ndZ = A − Y\ndw = 1/m · X dZᵀ\ndb = 1/m · np.sum(dZ)\n\n"
                    "w := w − α dw\nb := b − α db")
        for col, (title, code) in enumerate((("for loop over m examples", loop_code), ("vectorised — no loop", vec_code))):
            grid.addWidget(theme.label(title, theme.BODY + 4, bold=True, color=theme.ACCENT if col == 0 else theme.POS), 0, col)
            c = theme.label(code, theme.BODY - 1, mono=True)
            theme.card_style(c)
            grid.addWidget(c, 1, col)
        self.loop_result = theme.label("", theme.BODY, object_name="loopResult", wrap=True)
        self.vec_result = theme.label("", theme.BODY, object_name="vectorResult", wrap=True)
        grid.addWidget(self.loop_result, 2, 0)
        grid.addWidget(self.vec_result, 2, 1)
        self.shapes = theme.label("", theme.BODY, object_name="vectorShapes", wrap=True)
        self.body.addWidget(self.shapes)
        self.copies = theme.combo(["m = 100 (Iris)", "m = 1,000", "m = 10,000", "m = 100,000"], "mCombo")
        self.copies.setCurrentIndex({1: 0, 10: 1, 100: 2, 1000: 3}.get(int(self.settings["copies"]), 1))
        self.copies.currentIndexChanged.connect(lambda _: self.run())
        self.body.addLayout(theme.row(self.copies, theme.label("  the Iris flowers repeated to make m larger; X is (n_x, m)",
                                                               theme.BODY, color=theme.MUTED)))

    def on_activate(self) -> None:
        self.run()

    def run(self) -> None:
        copies = [1, 10, 100, 1000][self.copies.currentIndex()]
        self.submit("step", lambda st: logistic_step_both(copies, st), self.show)

    def show(self, r: dict) -> None:
        f = theme.fmt
        for lab, key, ms in ((self.loop_result, "loop", r["loop_ms"]), (self.vec_result, "vec", r["vec_ms"])):
            J, dw, db = r[key]
            lab.setText(f"J = <b>{f(J, 6)}</b><br>dw = {theme.fmt_vec(dw, 6)}<br>db = {f(db, 6)}<br><b>{ms:.2f} ms</b>")
        s = r["shapes"]
        same = np.allclose(r["loop"][1], r["vec"][1]) and np.isclose(r["loop"][2], r["vec"][2])
        self.shapes.setText(f"m = {r['m']:,}: X {s['X']}, w {s['w']}, Z = wᵀX + b {s['Z']}, dZ {s['dZ']}, dw {s['dw']} — "
                            + ("<b>same numbers</b>" if same else "<b style='color:#B00020'>numbers differ!</b>")
                            + f", vectorised ≈ {r['loop_ms'] / max(r['vec_ms'], 1e-6):,.0f}× faster")
        self.mark_ready()


# --- rank-one arrays ------------------------------------------------------------------------------
class RankOneArraysScene(Scene):
    SETTINGS = {"n": 5, "seed": 1}

    def build(self) -> None:
        main = QHBoxLayout()
        self.body.addLayout(main, 1)
        self.cols = {}
        for key, title in (("rank1", "a = np.random.randn(5)      ✗"), ("column", "a = np.random.randn(5, 1)   ✓")):
            col = QVBoxLayout()
            col.addWidget(theme.label(title, theme.BODY + 2, bold=True, mono=True,
                                      color=theme.ACCENT if key == "rank1" else theme.POS))
            info = theme.label("", theme.BODY, mono=True, object_name=f"{key}Info", wrap=True)
            grid = MatrixGrid(6, 6, f"{key}Grid")
            col.addWidget(info)
            col.addWidget(grid, 1)
            main.addLayout(col, 1)
            self.cols[key] = (info, grid, col)
        self.bug = theme.label("", theme.BODY, object_name="broadcastBug", wrap=True)
        self.body.addWidget(self.bug)
        self.n = theme.spin(int(self.settings["n"]), 2, 12, 1, object_name="nSpin")
        self.n.valueChanged.connect(self.refresh)
        self.fix = theme.button("fix the bug: Y.reshape(1, m)", "fixBug", checkable=True)
        self.fix.toggled.connect(self.refresh)
        self.body.addLayout(theme.row("n = m =", self.n, self.fix))

    def on_activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        n = self.n.value()
        rng = np.random.default_rng(int(self.settings["seed"]))
        a1 = rng.standard_normal(n)
        a2 = a1.reshape(n, 1)
        for key, a in (("rank1", a1), ("column", a2)):
            info, grid, _ = self.cols[key]
            prod = np.dot(a, a.T)
            info.setText(f"a.shape   = {a.shape}<br>a.T.shape = {a.T.shape}<br>np.dot(a, a.T) → {np.shape(prod) or 'a scalar!'}")
            grid.set_matrix(f"np.dot(a, a.T)  shape {np.shape(prod) or '()'}", prod)
        m = n
        A = sigmoid(rng.standard_normal((1, m)))
        Y = (rng.uniform(size=m) > 0.5).astype(float)            # a rank-1 label vector (m,)
        Yfix = Y.reshape(1, m)
        dZ = A - (Yfix if self.fix.isChecked() else Y)
        ok = dZ.shape == (1, m)
        self.bug.setText(
            f"The bug: A has shape {A.shape}, labels Y = {('Y.reshape(1, m) → ' + str(Yfix.shape)) if self.fix.isChecked() else 'np.array([...]) → ' + str(Y.shape)}; "
            f"dZ = A − Y has shape <b style='color:{theme.POS if ok else theme.palette.ERROR}'>{dZ.shape}</b> "
            + ("✓" if ok else "— broadcasting silently made an m × m matrix, no error raised!")
            + "<br>Use column (n, 1) or row (1, n) vectors; assert a.shape == (5, 1); a = a.reshape(5, 1).")
        self.mark_ready()
