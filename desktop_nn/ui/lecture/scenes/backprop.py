"""Forward and backward propagation step by step on real numbers: the 2-layer step-through, the
building blocks with their caches, and the corrected summary with each line linked to its step.

The steps come from :func:`desktop_nn.engine.trace.trace`, the same records the main window's
step-through shows: the engine's own matrices with the summary slide's corrected formulas.
"""

from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop_nn.engine.datasets import GENERATORS
from desktop_nn.engine.network import Network, to_columns
from desktop_nn.engine.trace import TraceStep as Step
from desktop_nn.engine.trace import trace
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.layout import FlowLayout, WrapLabel, control_group
from desktop_nn.ui.lecture.scenes.shallow import RUN_SECONDS, LayerNetworkView
from desktop_nn.ui.lecture.players import SpeedControl
from desktop_nn.ui.lecture.widgets import MatrixGrid

#: the colour of each phase (boxes, outlines) and its text shade (≥ 4.5:1 on white)
PHASE_COLOR = {"forward": theme.POS, "cost": theme.PURPLE, "backward": theme.ACCENT, "update": theme.GREEN}
PHASE_TEXT = {k: theme.readable(v, "#FFF3C4") for k, v in PHASE_COLOR.items()}
SELECTED = "#FFF3C4"      # the summary line on show


def make_steps(dims, hidden, m, alpha, seed=0, dataset="xor") -> tuple[list[Step], list[int]]:
    X, y = GENERATORS[dataset](max(m, 4), noise=0.1, seed=seed)
    Xc, Y = to_columns(X[:m], y[:m], "sigmoid")
    net = Network(dims, hidden_activation=hidden, output="sigmoid", init="xavier", seed=seed)
    return list(trace(net, Xc, Y, alpha)), list(dims)


def shown(M) -> np.ndarray:
    """A matrix as its grid shows it: to two decimals, like every other cell (0.0043 reads 0,
    not 4.3 × 10⁻³, which would widen every column)."""
    return np.round(np.asarray(M, dtype=float), 2)


def shape_text(M) -> str:
    return "(" + ", ".join(str(d) for d in np.shape(M)) + ")"


class StepView(QWidget):
    """One step: where it is in the iteration, its formula, the shape equation, and its operands
    and result as grids (each named with its shape) on a row of their own. ``beside`` (e.g. the
    network) goes to the left of the text."""

    def __init__(self, max_rows: int = 5, max_cols: int = 6, beside: QWidget | None = None):
        super().__init__()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(theme.px(8))
        top = QHBoxLayout()
        top.setSpacing(theme.px(24))
        texts = QVBoxLayout()
        texts.setSpacing(theme.px(6))
        if beside is not None:
            top.addWidget(beside, 2)
        top.addLayout(texts, 5)
        lay.addLayout(top, 1 if beside is not None else 0)     # spare height goes to the picture
        self.phase = WrapLabel("", theme.BODY, bold=True, object_name="stepPhase")
        self.formula = WrapLabel("", theme.FORMULA, bold=True, object_name="stepFormula")
        self.shapes = WrapLabel("", theme.CODE, mono=True, object_name="stepShapes")
        for w in (self.phase, self.formula, self.shapes):
            w.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            texts.addWidget(w)
        texts.addStretch(1)
        self.grids_row = QHBoxLayout()
        self.grids_row.setSpacing(theme.px(18))
        lay.addLayout(self.grids_row)
        self.grids = [MatrixGrid(max_rows, max_cols, f"operand{i}") for i in range(3)]
        self.result = MatrixGrid(max_rows, max_cols, "resultGrid")
        for g in (*self.grids, self.result):
            g.title_font = theme.font(theme.CELL, bold=True)
            g.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        for g in self.grids:
            self.grids_row.addWidget(g, 0, Qt.AlignmentFlag.AlignTop)
        self.arrow = theme.label("→", theme.TITLE, bold=True)
        self.grids_row.addWidget(self.arrow, 0, Qt.AlignmentFlag.AlignTop)
        self.grids_row.addWidget(self.result, 0, Qt.AlignmentFlag.AlignTop)
        self.note = WrapLabel("", theme.BODY, color=theme.MUTED, object_name="stepNote")
        self.note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        lay.addWidget(self.note)
        lay.addStretch(0 if beside is not None else 1)

    def show_step(self, step: Step, k: int, n: int, where: str = "") -> None:
        self.phase.setText(f"step {k + 1} of {n} · {step.phase} · layer {step.layer}" + (f" · {where}" if where else ""))
        theme.set_text_color(self.phase, PHASE_TEXT[step.phase])
        self.formula.setText(step.rich)
        self.shapes.setText(re.sub(r"(\S+) \((\d+), (\d+)\)", "\\1\u00a0(\\2,\u00a0\\3)", step.shapes))
        self.note.setText(step.note)
        for i, g in enumerate(self.grids):
            if i < len(step.operands):
                name, M = step.operands[i]
                g.set_matrix(f"{name} {shape_text(M)}", shown(M))
                g.show()
            else:
                g.hide()
        name, M = step.result
        self.result.set_matrix(f"{name} {shape_text(M)}", shown(M))
        # wide matrices get the room: each grid's share of the row is its number of columns
        for g in (*self.grids, self.result):
            self.grids_row.setStretch(self.grids_row.indexOf(g), max(1, min(g.max_cols, g.matrix.shape[1])))
        # the arrow stands level with the middle of the result's cells
        cells = self.result.sizeHint().height()
        self.arrow.setContentsMargins(0, max(0, (cells - self.arrow.sizeHint().height()) // 2), 0, 0)

    def shown_names(self) -> list[str]:
        """The names (with shapes) of the grids on show, operands then result."""
        return [g.name for g in self.grids if not g.isHidden()] + [self.result.name]


class ShallowBackpropScene(Scene):
    """One iteration of a [2, n[1], 1] network on m examples, formula by formula. The defaults
    make n[0], n[1], n[2] and m all different, so every shape names its dimensions."""

    SETTINGS = {"hidden_units": 3, "m": 5, "alpha": 0.5, "activation": "tanh", "interval_ms": 1500}

    def build(self) -> None:
        s = self.settings
        self.net_view = LayerNetworkView("networkView")
        self.view = StepView(beside=self.net_view)
        self.body.addWidget(self.view, 1)
        self.prev = theme.button("◀ previous", "prevStep")
        self.next = theme.button("next ▶", "nextStep")
        self.auto = theme.button("▶ auto-play", "autoPlay", checkable=True)
        self.play_button = self.auto          # P starts and stops the walk through the steps
        self.m = theme.spin(int(s["m"]), 1, 200, 1, object_name="mSpin")
        self.units = theme.spin(int(s["hidden_units"]), 1, 8, 1, object_name="hiddenUnitsSpin")
        self.prev.clicked.connect(lambda: self.go(self.k - 1))
        self.next.clicked.connect(lambda: self.go(self.k + 1))
        self.auto.toggled.connect(self.set_auto)
        self.m.valueChanged.connect(lambda _: self.recompute())
        self.units.valueChanged.connect(lambda _: self.recompute())
        # the walk through the iteration at a pace to narrate: by default its steps take ~10 s
        self.speed = SpeedControl(1000.0 / int(s["interval_ms"]), unit="steps/s", maximum=20.0)
        self._speed_set = False
        self.speed.rateChanged.connect(self.set_rate)
        flow = FlowLayout()
        flow.addWidget(control_group(self.prev, self.next, self.auto))
        flow.addWidget(control_group(self.speed))
        flow.addWidget(control_group("m", self.m, "n[1]", self.units))
        self.body.addLayout(flow)
        self.anim = self.timer(int(s["interval_ms"]), lambda: self.go((self.k + 1) % max(1, len(self.steps))))
        self.steps: list[Step] = []
        self.dims = [2, int(s["hidden_units"]), 1]
        self.k = 0

    def set_auto(self, on: bool) -> None:
        self.auto.setText("❚❚ pause" if on else "▶ auto-play")
        self.anim.start() if on else self.anim.stop()

    def set_rate(self, steps_per_second: float, by_teacher: bool = True) -> None:
        self._speed_set = self._speed_set or by_teacher
        self.anim.setInterval(max(15, round(1000.0 / max(steps_per_second, 0.01))))

    def on_activate(self) -> None:
        if not self.steps:
            self.recompute()

    def recompute(self) -> None:
        s = self.settings
        dims, hidden, m, a = [2, self.units.value(), 1], s["activation"], self.m.value(), float(s["alpha"])
        self.submit("steps", lambda st: make_steps(dims, hidden, m, a), self.set_steps)

    def set_steps(self, r) -> None:
        self.steps, self.dims = r
        if not self._speed_set:                  # the whole iteration in about RUN_SECONDS
            rate = max(0.5, round(2 * len(self.steps) / RUN_SECONDS) / 2)
            self.speed.spin.blockSignals(True)
            self.speed.spin.setValue(rate)
            self.speed.spin.blockSignals(False)
            self.set_rate(rate, by_teacher=False)
        self.go(min(self.k, len(self.steps) - 1))
        self.mark_ready()

    def go(self, k: int) -> None:
        if not self.steps:
            return
        self.k = max(0, min(len(self.steps) - 1, k))
        step = self.steps[self.k]
        n0, n1, n2 = self.dims
        m = self.m.value()
        self.view.show_step(step, self.k, len(self.steps), f"m = {m}")
        self.net_view.set_network(self.dims, highlight=step.layer,
                                  layer_names=[f"x\nn[0] = {n0}", f"a[1]\nn[1] = {n1}", f"ŷ\nn[2] = {n2}"])


# --- building blocks -----------------------------------------------------------------------------------

class BlocksView(QWidget):
    """Per layer a forward box (a[l−1] → a[l]), the cache it leaves (z[l], W[l], b[l]) and a
    backward box (da[l] → da[l−1], dW[l], db[l]), as on the slide; one iteration lights them in
    order. A box shows its numbers only once its step has run (:meth:`box_lines`)."""

    def __init__(self):
        super().__init__()
        self.setObjectName("blocksView")
        self.setProperty("paintsText", True)
        self.L = 5
        self.info: dict = {}
        self.stage = 0          # 0: nothing run; 1…L forward l; L+1…2L backward L…1; 2L+1 update
        self.text_font, self.title_font = self._fonts(theme.CELL)
        self.setFont(self.text_font)      # the smallest text it may paint (larger where there is room)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # what has run
    def forward_done(self, l: int) -> bool:
        return self.stage >= l

    def backward_done(self, l: int) -> bool:
        return self.stage >= 2 * self.L + 1 - l

    def updated(self) -> bool:
        return self.stage >= 2 * self.L + 1

    def box_lines(self, l: int, kind: str) -> list[str]:
        """The lines box ``kind`` ("forward", "cache", "backward", "update") of layer ``l`` shows
        now: its title and signature always, its values only after its step has run."""
        i = self.info
        if kind == "forward":
            lines = [f"layer {l}", f"a[{l - 1}] → a[{l}]"]
            if self.forward_done(l):
                lines.append(f"A[{l}] {i.get(f'A{l}', '')}")
            return lines
        if kind == "cache":
            if self.forward_done(l):
                return ["cache", f"Z[{l}] {i.get(f'Z{l}', '')}", f"W[{l}], b[{l}]"]
            return ["cache", "(empty)"]
        if kind == "backward":
            lines = [f"layer {l}", f"da[{l}] → da[{l - 1}]"]
            if self.backward_done(l):
                lines += [f"dW[{l}] {i.get(f'dW{l}', '')}", f"‖dW‖ = {i.get(f'|dW{l}|', '')}"]
            return lines
        if kind == "update":
            return [f"W[{l}], b[{l}]", "updated ✓"] if self.updated() else []
        raise ValueError(kind)

    def _all_lines(self) -> list[tuple[str, bool]]:
        """Every line the view may paint, with whether it is bold (for the width it needs)."""
        saved, self.stage = self.stage, 2 * self.L + 1
        try:
            lines = [("(empty)", False)]
            for l in range(1, self.L + 1):
                for kind in ("forward", "cache", "backward", "update"):
                    lines += [(t, k == 0 or kind == "update") for k, t in enumerate(self.box_lines(l, kind))]
        finally:
            self.stage = saved
        return lines

    def _fonts(self, size: float) -> tuple[QFont, QFont]:
        return theme.font(size), theme.font(size, bold=True)

    def _column_width(self, size: float) -> int:
        fm, fb = (QFontMetrics(f) for f in self._fonts(size))
        widest = max((fb if bold else fm).horizontalAdvance(t) for t, bold in self._all_lines())
        return widest + 2 * theme.px(8) + theme.px(26)

    def _heights(self, size: float) -> dict[str, float]:
        line, pad = QFontMetrics(self._fonts(size)[0]).height(), theme.px(8)
        return {"line": line, "head": line + theme.px(4), "forward": 3 * line + 2 * pad, "cache": 3 * line + 2 * pad,
                "backward": 4 * line + 2 * pad, "update": 2 * line, "gap": theme.px(14)}

    def _needs(self, size: float) -> QSize:
        h = self._heights(size)
        total = 2 * h["head"] + h["forward"] + h["cache"] + h["backward"] + h["update"] + 5 * h["gap"]
        fb = QFontMetrics(self._fonts(size)[1])
        heads = max(fb.horizontalAdvance(t) for t in self._headers())
        return QSize(int(max(self.L * self._column_width(size), heads)) + 1, int(total) + 1)

    def paint_size(self) -> float:
        """The largest type (CELL up to BODY) whose boxes fit the view as it is now."""
        for size in (theme.BODY, theme.BODY - 2, theme.CELL + 3, theme.CELL):
            need = self._needs(size)
            if need.width() <= self.width() and need.height() <= self.height():
                return size
        return theme.CELL

    def minimumSizeHint(self) -> QSize:
        return self._needs(theme.CELL)

    def sizeHint(self) -> QSize:
        return self._needs(theme.BODY)

    def _headers(self) -> tuple[str, str]:
        return ("forward ▶  input a[l−1], output a[l], cache z[l]",
                "◀ backward  input da[l] and the cache, output da[l−1], dW[l], db[l]")

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = self.paint_size()
        self.text_font, self.title_font = self._fonts(size)
        L, h = self.L, self._heights(size)
        pad, arrow_gap = theme.px(8), theme.px(26)
        col = self.width() / L
        bw = col - arrow_gap
        heads = self._headers()
        # rows from the top: forward header, forward boxes, caches, backward boxes, backward
        # header, updates; spare height is shared between the gaps
        spare = max(0, self.height() - self._needs(size).height()) / 5
        y_head_f = 0.0
        y_fwd = y_head_f + h["head"] + h["gap"] / 2
        y_cache = y_fwd + h["forward"] + h["gap"] + spare
        y_bwd = y_cache + h["cache"] + 2 * h["gap"] + spare
        y_head_b = y_bwd + h["backward"] + h["gap"] / 2 + spare
        y_upd = y_head_b + h["head"] + h["gap"] + spare
        p.setFont(self.title_font)
        p.setPen(QColor(theme.readable(theme.POS)))
        p.drawText(QRectF(0, y_head_f, self.width(), h["head"]), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   heads[0])
        p.setPen(QColor(theme.readable(theme.ACCENT)))
        p.drawText(QRectF(0, y_head_b, self.width(), h["head"]), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   heads[1])
        for l in range(1, L + 1):
            x = (l - 1) * col + arrow_gap / 2
            fwd_on, bwd_on = self.forward_done(l), self.backward_done(l)
            self._box(p, QRectF(x, y_fwd, bw, h["forward"]), self.box_lines(l, "forward"), fwd_on, theme.POS, "#E8F2FA")
            self._arrow(p, QPointF(x + bw / 2, y_fwd + h["forward"]), QPointF(x + bw / 2, y_cache),
                        theme.PURPLE if fwd_on else theme.INACTIVE_LINE)
            self._box(p, QRectF(x + pad, y_cache, bw - 2 * pad, h["cache"]), self.box_lines(l, "cache"), fwd_on,
                      theme.PURPLE, "#F6EEF4", dashed=True)
            self._arrow(p, QPointF(x + bw / 2, y_cache + h["cache"]), QPointF(x + bw / 2, y_bwd),
                        theme.PURPLE if fwd_on else theme.INACTIVE_LINE)
            self._box(p, QRectF(x, y_bwd, bw, h["backward"]), self.box_lines(l, "backward"), bwd_on, theme.ACCENT,
                      "#FCEBDF")
            if l < L:   # a[l] goes right, da[l] comes back left
                self._arrow(p, QPointF(x + bw, y_fwd + h["forward"] / 2), QPointF(x + col, y_fwd + h["forward"] / 2),
                            theme.POS if self.forward_done(l) else theme.INACTIVE_LINE)
                self._arrow(p, QPointF(x + col, y_bwd + h["backward"] / 2), QPointF(x + bw, y_bwd + h["backward"] / 2),
                            theme.ACCENT if self.backward_done(l + 1) else theme.INACTIVE_LINE)
            lines = self.box_lines(l, "update")
            if lines:
                p.setFont(self.title_font)
                p.setPen(QColor(theme.readable(theme.GREEN)))
                p.drawText(QRectF(x, y_upd, bw, h["update"]), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                           "\n".join(lines))
        p.end()

    def _box(self, p: QPainter, rect: QRectF, lines: list[str], on: bool, color: str, fill: str,
             dashed: bool = False) -> None:
        pen = QPen(QColor(color if on else theme.INACTIVE_LINE), theme.px(4 if on else 3))
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(QColor(fill if on else theme.BACKGROUND))
        r = theme.px(10)
        p.drawRoundedRect(rect, r, r)
        fm = QFontMetrics(self.text_font)
        pad = theme.px(8)
        text = QColor(theme.TEXT if on else theme.INACTIVE)
        y = rect.top() + pad
        for k, t in enumerate(lines):
            p.setFont(self.title_font if k == 0 else self.text_font)
            p.setPen(text)
            p.drawText(QRectF(rect.left() + 2, y, rect.width() - 4, fm.height()), Qt.AlignmentFlag.AlignCenter, t)
            y += fm.height()

    def _arrow(self, p: QPainter, a: QPointF, b: QPointF, color: str) -> None:
        p.setPen(QPen(QColor(color), theme.px(3)))
        p.drawLine(a, b)
        size = theme.px(9)
        d = b - a
        length = max(1e-6, (d.x() ** 2 + d.y() ** 2) ** 0.5)
        ux, uy = d.x() / length, d.y() / length
        tip = QPolygonF([b, QPointF(b.x() - size * ux - size * 0.6 * uy, b.y() - size * uy + size * 0.6 * ux),
                         QPointF(b.x() - size * ux + size * 0.6 * uy, b.y() - size * uy - size * 0.6 * ux)])
        p.setBrush(QColor(color))
        p.drawPolygon(tip)


def block_info(dims, m, seed=0) -> dict:
    """One iteration's shapes and gradient sizes on ``m`` moons examples (the engine's numbers)."""
    X, y = GENERATORS["moons"](m, noise=0.1, seed=seed)
    Xc, Y = to_columns(X, y, "sigmoid")
    net = Network(dims, hidden_activation="relu", output="sigmoid", init="he", seed=seed)
    AL, caches = net.forward(Xc)
    grads = net.backward(AL, Y, caches)
    info = {}
    for l, c in enumerate(caches, start=1):
        info[f"A{l}"] = shape_text(c.A)
        info[f"Z{l}"] = shape_text(c.Z)
        info[f"dW{l}"] = shape_text(grads[f"dW{l}"])
        info[f"db{l}"] = shape_text(grads[f"db{l}"])
        info[f"|dW{l}|"] = theme.fmt(float(np.linalg.norm(grads[f"dW{l}"])), 3)
    return info


class BuildingBlocksScene(Scene):
    SETTINGS = {"layer_dims": [2, 3, 5, 4, 2, 1], "m": 200, "interval_ms": 700}

    def build(self) -> None:
        self.view = BlocksView()
        self.view.L = len(self.settings["layer_dims"]) - 1
        self.body.addWidget(self.view, 1)
        self.caption = WrapLabel("", theme.BODY, object_name="blocksCaption")
        self.body.addWidget(self.caption)
        self.play = theme.button("▶ Play", "playButton")
        self.step = theme.button("step ▶|", "stepButton")
        self.again = theme.button("↺ restart", "restartButton")
        self.play_button = self.play          # P plays and pauses the iteration
        self.play.clicked.connect(self.toggle)
        self.step.clicked.connect(self.advance)
        self.again.clicked.connect(lambda: self.restart(play=True))
        self.speed = SpeedControl(round(2000.0 / int(self.settings["interval_ms"])) / 2, unit="stages/s", maximum=20.0)
        self.speed.rateChanged.connect(lambda rate: self.anim.setInterval(max(15, round(1000.0 / rate))))
        flow = FlowLayout()
        flow.addWidget(control_group(self.play, self.step, self.again))
        flow.addWidget(control_group(self.speed))
        flow.addWidget(control_group(theme.label(
            f"network {'-'.join(map(str, self.settings['layer_dims']))}, m = {self.settings['m']} examples",
            theme.BODY, color=theme.MUTED)))
        self.body.addLayout(flow)
        self.anim = self.timer(int(self.settings["interval_ms"]), self.advance)
        self.loaded = False

    def on_activate(self) -> None:
        if not self.loaded:
            dims, m = list(self.settings["layer_dims"]), int(self.settings["m"])
            self.submit("info", lambda st: block_info(dims, m), self.set_info)

    def set_info(self, info: dict) -> None:
        self.view.info = info
        self.loaded = True
        self.view.updateGeometry()
        self.restart(play=True)
        self.mark_ready()

    def last_stage(self) -> int:
        return 2 * self.view.L + 1

    def toggle(self) -> None:
        if self.anim.isActive():
            self.anim.stop()
        elif self.view.stage >= self.last_stage():
            self.restart(play=True)
            return
        else:
            self.anim.start()
        self.sync()

    def sync(self) -> None:
        self.play.setText("❚❚ Pause" if self.anim.isActive() else "▶ Play")

    def restart(self, play: bool = False) -> None:
        self.view.stage = 0
        self.view.update()
        self.describe()
        if play:
            self.anim.start()
        self.sync()

    def advance(self) -> None:
        if self.view.stage >= self.last_stage():
            self.anim.stop()
        else:
            self.view.stage += 1
            self.view.update()
            self.describe()
            if self.view.stage >= self.last_stage():
                self.anim.stop()
        self.sync()

    def describe(self) -> None:
        L, s, i = self.view.L, self.view.stage, self.view.info
        if s == 0:
            text = ("Input a[0] = X. Each forward block computes z[l] = W[l]a[l−1] + b[l], a[l] = g[l](z[l]) "
                    "and keeps z[l], W[l], b[l] in its cache.")
        elif s <= L:
            text = (f"forward, layer {s}: a[{s - 1}] → a[{s}] {i.get(f'A{s}', '')}; the cache keeps Z[{s}] "
                    f"{i.get(f'Z{s}', '')}, W[{s}], b[{s}] for the backward pass")
        elif s <= 2 * L:
            l = 2 * L + 1 - s
            text = (f"backward, layer {l}: from da[{l}] and the cache → da[{l - 1}], dW[{l}] {i.get(f'dW{l}', '')}, "
                    f"db[{l}] {i.get(f'db{l}', '')}" + (" (dZ[L] = A[L] − Y)" if l == L else ""))
        else:
            text = "update every layer: W[l] = W[l] − α dW[l], b[l] = b[l] − α db[l]"
        self.caption.setText(text)


# --- summary -----------------------------------------------------------------------------------------

def slide_typo(step: Step, L: int) -> str:
    """What the summary slide prints instead of this (correct) step, or "" where it is right."""
    if step.phase != "backward":
        return ""
    if step.key == "dW" and step.layer == L:
        return f"the slide prints dW[L] = (1/m) dZ[L] A[L]ᵀ; it must be A[L−1]ᵀ (here A[{L - 1}]ᵀ)"
    if step.key == "dW" and step.layer == 1 and L > 1:
        return "the slide prints dW[1] = (1/m) dZ[1] A[1]ᵀ; it must be A[0]ᵀ = Xᵀ"
    if step.key == "dA" and step.layer == L - 1:
        return f"the slide prints dZ[L−1] = dW[L]ᵀ dZ[L] …; it must be W[L]ᵀ (here W[{L}]ᵀ)"
    if step.key == "dA" and step.layer == 1 and L > 2:
        return "the slide prints dZ[1] = dW[L]ᵀ dZ[2] …; it must be W[2]ᵀ dZ[2]"
    return ""


class FormulaLine(QLabel):
    """One line of the summary; a click shows its step."""

    clicked = Signal()

    def __init__(self, text: str, phase: str):
        super().__init__(text)
        self.phase = phase
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setFont(theme.font(theme.CODE))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.set_selected(False)

    def set_selected(self, on: bool) -> None:
        color = PHASE_TEXT[self.phase]
        self.setStyleSheet(f"color: {color}; padding: {theme.px(1)}px {theme.px(6)}px; border-radius: {theme.px(6)}px;"
                           + (f" background: {SELECTED}; font-weight: bold;" if on else ""))

    def mousePressEvent(self, event) -> None:
        self.clicked.emit()


def summary_text(step: Step, L: int) -> str:
    """A summary line as the slide writes it (the step view shows the full formula)."""
    if step.phase == "cost":
        return f"J = (1/m) Σ ℒ(A<sup>[{L}]</sup>, Y)"
    if step.phase == "update":
        d = "d" + step.key
        return f"{step.key}<sup>[{step.layer}]</sup> −= α {d}<sup>[{step.layer}]</sup>"
    text = step.rich.split(" &nbsp;")[0].replace("<sup>1</sup>&frasl;<sub>m</sub>", "(1/m)")
    if step.phase == "forward" and step.key == "A" and step.layer == L:
        text += " = Ŷ"
    return text


class SummaryScene(Scene):
    """The summary slide's lines — forward, cost, backward (corrected), update — all on screen at
    once in two columns; clicking a line shows its step on the engine's numbers."""

    SETTINGS = {"layer_dims": [2, 4, 3, 1], "m": 5, "alpha": 0.5}

    def build(self) -> None:
        self.board = QGridLayout()
        self.board.setHorizontalSpacing(theme.px(28))
        self.board.setVerticalSpacing(0)
        self.body.addLayout(self.board)
        self.view = StepView(max_rows=4, max_cols=6)
        self.body.addWidget(self.view, 1)
        self.fix_note = WrapLabel("", theme.BODY, color=theme.palette.ERROR, object_name="typoNote")
        self.fix_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.body.addWidget(self.fix_note)
        self.steps: list[Step] = []
        self.lines: list[FormulaLine] = []
        self.row = -1

    def on_activate(self) -> None:
        if not self.steps:
            s = self.settings
            dims, m, a = list(s["layer_dims"]), int(s["m"]), float(s["alpha"])
            self.submit("steps", lambda st: make_steps(dims, "relu", m, a), self.set_steps)

    def set_steps(self, r) -> None:
        self.steps, dims = r
        L = len(dims) - 1
        self.lines = []
        for st in self.steps:
            text = summary_text(st, L) + (f" <span style='color:{theme.palette.ERROR}'>✎</span>" if slide_typo(st, L) else "")
            line = FormulaLine(text, st.phase)
            line.setObjectName(f"summaryLine{len(self.lines)}")
            line.clicked.connect(lambda k=len(self.lines): self.show_row(k))
            self.lines.append(line)
        forward = [i for i, st in enumerate(self.steps) if st.phase in ("forward", "cost")]
        backward = [i for i, st in enumerate(self.steps) if st.phase == "backward"]
        update = [i for i, st in enumerate(self.steps) if st.phase == "update"]
        head = lambda text, phase: theme.label(text, theme.BODY, bold=True, color=PHASE_TEXT[phase])  # noqa: E731
        self.board.addWidget(head("Forward propagation", "forward"), 0, 0, 1, 2)
        r = 1
        for i in forward:
            self.board.addWidget(self.lines[i], r, 0, 1, 2)
            r += 1
        self.board.addWidget(head("Update", "update"), r, 0, 1, 2)
        r += 1
        by_layer: dict[int, list[int]] = {}
        for i in update:
            by_layer.setdefault(self.steps[i].layer, []).append(i)
        for layer in sorted(by_layer):
            for c, i in enumerate(by_layer[layer][:2]):
                self.board.addWidget(self.lines[i], r, c)
            r += 1
        self.board.addWidget(head("Backward propagation (corrected ✎)", "backward"), 0, 2)
        for k, i in enumerate(backward, start=1):
            self.board.addWidget(self.lines[i], k, 2)
        self.board.setColumnStretch(3, 1)
        self.dims = dims
        self.show_row(0)
        self.mark_ready()

    def toggle_play(self) -> bool:
        """P walks the summary: the next line's step, in the order of the computation."""
        if not self.steps:
            return False
        self.show_row((self.row + 1) % len(self.steps))
        return True

    def show_row(self, row: int) -> None:
        if not (0 <= row < len(self.steps)):
            return
        if 0 <= self.row < len(self.lines):
            self.lines[self.row].set_selected(False)
        self.row = row
        self.lines[row].set_selected(True)
        st = self.steps[row]
        self.view.show_step(st, row, len(self.steps), f"network {'-'.join(map(str, self.dims))}, m = {self.settings['m']}")
        typo = slide_typo(st, len(self.dims) - 1)
        self.fix_note.setText(("✎ corrected: " + typo) if typo else "")
        self.fix_note.setVisible(bool(typo))
