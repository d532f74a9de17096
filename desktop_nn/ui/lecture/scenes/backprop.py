"""Forward and backward propagation step by step on real numbers: one iteration of a 2-layer
network, formula by formula (:class:`ShallowBackpropScene`), and the step view the building-block and
summary scenes share (:class:`StepView`).

The steps come from :func:`desktop_nn.engine.trace.trace`, the same records the main window's
step-through shows: the engine's own matrices with the summary slide's corrected formulas.
"""

from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from desktop_nn.engine.datasets import GENERATORS
from desktop_nn.engine.network import Network, to_columns
from desktop_nn.engine.trace import TraceStep as Step
from desktop_nn.engine.trace import trace
from desktop_nn.engine.trace_records import display_name
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.players import SpeedControl
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.layout import FlowLayout, WrapLabel, control_group
from desktop_nn.ui.lecture.scenes.shallow import LayerNetworkView
from desktop_nn.ui.lecture.scenes.text import shape_text
from desktop_nn.ui.lecture.scenes.train_controls import RUN_SECONDS
from desktop_nn.ui.lecture.widgets import MatrixGrid

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


#: the colour of each phase (boxes, outlines) and its text shade (≥ 4.5:1 on white)
PHASE_COLOR = {"forward": theme.POS, "cost": theme.PURPLE, "backward": theme.ACCENT, "update": theme.GREEN}
PHASE_TEXT = {k: theme.readable(v, "#FFF3C4") for k, v in PHASE_COLOR.items()}
#: the phases' names as a step shows them
PHASE_NAMES = {"forward": QT_TRANSLATE_NOOP("lecture/backprop", "forward"),
               "cost": QT_TRANSLATE_NOOP("lecture/backprop", "cost"),
               "backward": QT_TRANSLATE_NOOP("lecture/backprop", "backward"),
               "update": QT_TRANSLATE_NOOP("lecture/backprop", "update")}


def make_steps(dims, hidden, m, alpha, seed=0, dataset="xor") -> tuple[list[Step], list[int]]:
    X, y = GENERATORS[dataset](max(m, 4), noise=0.1, seed=seed)
    Xc, Y = to_columns(X[:m], y[:m], "sigmoid")
    net = Network(dims, hidden_activation=hidden, output="sigmoid", init="xavier", seed=seed)
    return list(trace(net, Xc, Y, alpha)), list(dims)


def shown(M) -> np.ndarray:
    """A matrix as its grid shows it: to two decimals, like every other cell (0.0043 reads 0,
    not 4.3 × 10⁻³, which would widen every column)."""
    return np.round(np.asarray(M, dtype=float), 2)


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
        self.phase.setText(translate("lecture/backprop", "step {} of {} · {} · layer {}").format(
            k + 1, n, translate("lecture/backprop", PHASE_NAMES.get(step.phase, step.phase)), step.layer) + (f" · {where}" if where else ""))
        theme.set_text_color(self.phase, PHASE_TEXT[step.phase])
        self.formula.setText(step.rich)
        self.shapes.setText(re.sub(r"(\S+) \((\d+), (\d+)\)", "\\1\u00a0(\\2,\u00a0\\3)", step.equation.text(translate)))
        self.note.setText(step.note_text(translate))
        for i, g in enumerate(self.grids):
            if i < len(step.operands):
                name, M = step.operands[i]
                g.set_matrix(f"{display_name(name, translate)} {shape_text(M)}", shown(M))
                g.show()
            else:
                g.hide()
        name, M = step.result
        self.result.set_matrix(f"{display_name(name, translate)} {shape_text(M)}", shown(M))
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
        self.prev = theme.button(translate("Lecture", "◀ previous"), "prevStep")
        self.next = theme.button(translate("Lecture", "next ▶"), "nextStep")
        self.auto = theme.button(translate("Lecture", "▶ auto-play"), "autoPlay", checkable=True)
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
        self.auto.setText(translate("Lecture", "❚❚ pause") if on else translate("Lecture", "▶ auto-play"))
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
