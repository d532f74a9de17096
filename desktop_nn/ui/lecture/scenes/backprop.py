"""Forward and backward propagation step by step on real numbers: the 2-layer step-through, the
building blocks with their caches, and the corrected summary with each line linked to its step.

The steps come from :func:`desktop_nn.engine.trace.trace`, the same records the main window's
step-through shows: the engine's own matrices with the summary slide's corrected formulas.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget

from desktop_nn.engine.datasets import GENERATORS
from desktop_nn.engine.network import Network, to_columns
from desktop_nn.engine.trace import TraceStep as Step
from desktop_nn.engine.trace import trace
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.widgets import MatrixGrid, NetworkView

PHASE_COLOR = {"forward": theme.POS, "cost": theme.PURPLE, "backward": theme.ACCENT, "update": theme.GREEN}


def make_steps(dims, hidden, m, alpha, seed=0, dataset="xor") -> tuple[list[Step], list[int]]:
    X, y = GENERATORS[dataset](max(m, 4), noise=0.1, seed=seed)
    Xc, Y = to_columns(X[:m], y[:m], "sigmoid")
    net = Network(dims, hidden_activation=hidden, output="sigmoid", init="xavier", seed=seed)
    return list(trace(net, Xc, Y, alpha)), list(dims)


class StepView(QWidget):
    """One step: its formula, the shape equation, operands and result as grids."""

    def __init__(self):
        super().__init__()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.phase = theme.label("", theme.BODY, bold=True, object_name="stepPhase")
        self.formula = theme.label("", theme.FORMULA + 4, bold=True, object_name="stepFormula")
        self.shapes = theme.label("", theme.BODY, mono=True, object_name="stepShapes", wrap=True)
        lay.addWidget(self.phase)
        lay.addWidget(self.formula)
        lay.addWidget(self.shapes)
        self.grids_row = QHBoxLayout()
        lay.addLayout(self.grids_row, 1)
        self.grids = [MatrixGrid(5, 6, f"operand{i}") for i in range(3)]
        self.result = MatrixGrid(5, 6, "resultGrid")
        for g in self.grids:
            self.grids_row.addWidget(g)
        self.arrow = theme.label("→", theme.TITLE, bold=True)
        self.grids_row.addWidget(self.arrow)
        self.grids_row.addWidget(self.result)

    def show_step(self, step: Step, k: int, n: int) -> None:
        self.phase.setText(f"step {k + 1} of {n} · {step.phase} · layer {step.layer}")
        self.phase.setStyleSheet(f"color: {PHASE_COLOR[step.phase]};")
        self.formula.setText(step.rich)
        self.shapes.setText(step.shapes)
        for i, g in enumerate(self.grids):
            if i < len(step.operands):
                name, M = step.operands[i]
                g.set_matrix(f"{name} {tuple(np.shape(M))}", M)
                g.show()
            else:
                g.hide()
        name, M = step.result
        self.result.set_matrix(f"{name} {tuple(np.shape(M))}", M)


class ShallowBackpropScene(Scene):
    SETTINGS = {"hidden_units": 4, "m": 4, "alpha": 0.5, "activation": "tanh", "interval_ms": 1500}

    def build(self) -> None:
        s = self.settings
        top = QHBoxLayout()
        self.body.addLayout(top, 1)
        self.net_view = NetworkView("networkView")
        self.net_view.setMaximumWidth(520)
        top.addWidget(self.net_view, 2)
        self.view = StepView()
        top.addWidget(self.view, 5)
        self.prev = theme.button("◀ previous step", "prevStep")
        self.next = theme.button("next step ▶", "nextStep")
        self.auto = theme.button("auto-play", "autoPlay", checkable=True)
        self.m = theme.spin(int(s["m"]), 1, 200, 1, object_name="mSpin")
        self.prev.clicked.connect(lambda: self.go(self.k - 1))
        self.next.clicked.connect(lambda: self.go(self.k + 1))
        self.auto.toggled.connect(lambda on: self.anim.start() if on else self.anim.stop())
        self.m.valueChanged.connect(lambda _: self.recompute())
        self.body.addLayout(theme.row(self.prev, self.next, self.auto, "m examples", self.m,
                                      theme.label(f"  network [2, {s['hidden_units']}, 1], {s['activation']} hidden, sigmoid output",
                                                  theme.BODY, color=theme.MUTED)))
        self.anim = self.timer(int(s["interval_ms"]), lambda: self.go((self.k + 1) % max(1, len(self.steps))))
        self.steps: list[Step] = []
        self.k = 0

    def on_activate(self) -> None:
        if not self.steps:
            self.recompute()
        elif self.auto.isChecked():
            self.anim.start()

    def recompute(self) -> None:
        s = self.settings
        dims, hidden, m, a = [2, int(s["hidden_units"]), 1], s["activation"], self.m.value(), float(s["alpha"])
        self.submit("steps", lambda st: make_steps(dims, hidden, m, a), self.set_steps)

    def set_steps(self, r) -> None:
        self.steps, self.dims = r
        self.go(min(self.k, len(self.steps) - 1))
        self.mark_ready()

    def go(self, k: int) -> None:
        if not self.steps:
            return
        self.k = max(0, min(len(self.steps) - 1, k))
        step = self.steps[self.k]
        self.view.show_step(step, self.k, len(self.steps))
        self.net_view.set_network(self.dims, highlight=step.layer,
                                  layer_names=["x", "a[1]", "a[2] = ŷ"])


class BlocksView(QWidget):
    """Per layer a forward box (a[l-1] → a[l], cache z[l]) and a backward box (da[l] → da[l-1], dW, db)."""

    def __init__(self):
        super().__init__()
        self.setObjectName("blocksView")
        self.L = 5
        self.info: dict = {}
        self.stage = 0          # 0…L forward boxes lit, L+1…2L backward, 2L+1 update
        self.setMinimumHeight(430)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        L = self.L
        w = (self.width() - 40) / L
        bw, bh = w - 40, 110
        for l in range(1, L + 1):
            x = 20 + (l - 1) * w + 20
            fwd_on = self.stage >= l
            bwd_on = self.stage >= 2 * L + 1 - l
            upd_on = self.stage >= 2 * L + 1
            for row, on, color, title, lines in (
                (0, fwd_on, theme.POS, f"layer {l} forward",
                 [f"a[{l-1}] → a[{l}]", self.info.get(f"Z{l}", "")]),
                (1, bwd_on, theme.ACCENT, f"layer {l} backward",
                 [f"da[{l}] → da[{l-1}]", self.info.get(f"dW{l}", "")]),
            ):
                y = 20 + row * (bh + 120)
                rect = QRectF(x, y, bw, bh)
                p.setPen(QPen(QColor(color if on else "#BBBBBB"), 4))
                p.setBrush(QColor("#FFFFFF" if not on else ("#E8F2FA" if row == 0 else "#FCEBDF")))
                p.drawRoundedRect(rect, 10, 10)
                p.setPen(QColor(theme.TEXT if on else "#999999"))
                p.setFont(theme.font(theme.BODY - 2, bold=True))
                p.drawText(rect.adjusted(6, 6, -6, -6), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, title)
                p.setFont(theme.font(theme.BODY - 3))
                p.drawText(rect.adjusted(6, 40, -6, -4), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                           "\n".join(lines))
            # the cache between the two boxes
            cy = 20 + bh + 15
            crect = QRectF(x + 10, cy, bw - 20, 90)
            p.setPen(QPen(QColor(theme.PURPLE if fwd_on else "#CCCCCC"), 3, Qt.PenStyle.DashLine))
            p.setBrush(QColor("#F6EEF4" if fwd_on else "#FFFFFF"))
            p.drawRoundedRect(crect, 8, 8)
            p.setFont(theme.font(theme.BODY - 3, bold=fwd_on))
            p.setPen(QColor(theme.TEXT if fwd_on else "#AAAAAA"))
            p.drawText(crect, Qt.AlignmentFlag.AlignCenter, f"cache z[{l}], W[{l}], b[{l}]" if fwd_on else "cache (empty)")
            if upd_on:
                p.setPen(QColor(theme.GREEN))
                p.setFont(theme.font(theme.BODY - 3, bold=True))
                p.drawText(QRectF(x, 20 + 2 * bh + 125, bw, 40), Qt.AlignmentFlag.AlignCenter, f"W[{l}] −= α dW[{l}] ✓")
        p.end()


def block_info(dims, m, seed=0) -> dict:
    X, y = GENERATORS["moons"](m, noise=0.1, seed=seed)
    Xc, Y = to_columns(X, y, "sigmoid")
    net = Network(dims, hidden_activation="relu", output="sigmoid", init="he", seed=seed)
    AL, caches = net.forward(Xc)
    grads = net.backward(AL, Y, caches)
    info = {}
    for l, c in enumerate(caches, start=1):
        info[f"Z{l}"] = f"Z[{l}] {c.Z.shape}"
        info[f"dW{l}"] = f"dW[{l}] {grads[f'dW{l}'].shape}, |dW| = {np.linalg.norm(grads[f'dW{l}']):.3f}"
    return info


class BuildingBlocksScene(Scene):
    SETTINGS = {"layer_dims": [2, 3, 5, 4, 2, 1], "m": 200, "interval_ms": 700}

    def build(self) -> None:
        self.view = BlocksView()
        self.view.L = len(self.settings["layer_dims"]) - 1
        self.body.addWidget(self.view, 1)
        self.caption = theme.label("", theme.BODY + 2, object_name="blocksCaption", wrap=True)
        self.body.addWidget(self.caption)
        self.play = theme.button("▶ animate one iteration", "playButton")
        self.step = theme.button("step", "stepButton")
        self.play.clicked.connect(self.restart)
        self.step.clicked.connect(self.advance)
        self.body.addLayout(theme.row(self.play, self.step, theme.label(
            f"  network {self.settings['layer_dims']}, m = {self.settings['m']} examples", theme.BODY, color=theme.MUTED)))
        self.anim = self.timer(int(self.settings["interval_ms"]), self.advance)
        self.loaded = False

    def on_activate(self) -> None:
        if not self.loaded:
            dims, m = list(self.settings["layer_dims"]), int(self.settings["m"])
            self.submit("info", lambda st: block_info(dims, m), self.set_info)
        else:
            self.anim.start()

    def set_info(self, info: dict) -> None:
        self.view.info = info
        self.loaded = True
        self.restart()
        self.mark_ready()

    def restart(self) -> None:
        self.view.stage = 0
        self.view.update()
        self.describe()
        self.anim.start()

    def advance(self) -> None:
        L = self.view.L
        if self.view.stage >= 2 * L + 1:
            self.anim.stop()
            return
        self.view.stage += 1
        self.view.update()
        self.describe()

    def describe(self) -> None:
        L, s = self.view.L, self.view.stage
        if s == 0:
            text = "Input a[0] = X. Each forward block computes z[l] = W[l]a[l−1] + b[l], a[l] = g[l](z[l]) and caches z[l]."
        elif s <= L:
            text = f"forward, layer {s}: output a[{s}], cache z[{s}] (with W[{s}], b[{s}]) kept for the backward pass"
        elif s <= 2 * L:
            l = 2 * L + 1 - s
            text = (f"backward, layer {l}: input da[{l}] and the cache z[{l}] → outputs da[{l-1}], dW[{l}], db[{l}]"
                    + (" (dZ[L] = A[L] − Y)" if l == L else ""))
        else:
            text = "update every layer: W[l] = W[l] − α dW[l], b[l] = b[l] − α db[l]"
        self.caption.setText(text)


SUMMARY_FIXES = {
    "dW": "slide: dW[L] = (1/m) dZ[L] A[L]ᵀ — must be A[L−1]ᵀ",
    "dZ": "slide: dZ[L−1] = dW[L]ᵀ dZ[L] … — must be W[L]ᵀ",
}


class SummaryScene(Scene):
    SETTINGS = {"layer_dims": [2, 3, 2, 1], "m": 4, "alpha": 0.5}

    def build(self) -> None:
        main = QHBoxLayout()
        self.body.addLayout(main, 1)
        self.list = QListWidget()
        self.list.setObjectName("summaryList")
        self.list.setFont(theme.font(theme.BODY))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setStyleSheet(f"QListWidget::item {{ padding: 4px; }} QListWidget::item:selected {{ background: #FFF3C4; color: {theme.TEXT}; }}")
        self.list.currentRowChanged.connect(self.show_row)
        main.addWidget(self.list, 2)
        right = QVBoxLayout()
        main.addLayout(right, 3)
        self.view = StepView()
        right.addWidget(self.view, 1)
        self.fix_note = theme.label("", theme.BODY, color=theme.palette.ERROR, object_name="typoNote", wrap=True)
        right.addWidget(self.fix_note)
        self.body.addWidget(theme.label(f"click a formula: its step on network {self.settings['layer_dims']}, m = {self.settings['m']}",
                                        theme.BODY, color=theme.MUTED))
        self.steps: list[Step] = []

    def on_activate(self) -> None:
        if not self.steps:
            s = self.settings
            dims, m, a = list(s["layer_dims"]), int(s["m"]), float(s["alpha"])
            self.submit("steps", lambda st: make_steps(dims, "relu", m, a), self.set_steps)

    def set_steps(self, r) -> None:
        self.steps, _ = r
        self.list.clear()
        for st in self.steps:
            item = QListWidgetItem(("▶ " if st.phase == "forward" else "◀ " if st.phase == "backward" else "● ")
                                   + st.formula)
            item.setForeground(QColor(PHASE_COLOR[st.phase]))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.mark_ready()

    def show_row(self, row: int) -> None:
        if not (0 <= row < len(self.steps)):
            return
        st = self.steps[row]
        self.view.show_step(st, row, len(self.steps))
        note = ""
        if st.formula.startswith("dW") and st.layer == len(self.settings["layer_dims"]) - 1:
            note = "corrected — " + SUMMARY_FIXES["dW"]
        elif st.formula.startswith("dZ") and st.layer == len(self.settings["layer_dims"]) - 2:
            note = "corrected — " + SUMMARY_FIXES["dZ"]
        self.fix_note.setText(note)
