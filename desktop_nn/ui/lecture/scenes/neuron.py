"""The McCulloch–Pitts neuron (1943): binary inputs, weights, a threshold θ, output 1 if z ≥ θ."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout

from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

TARGETS = {
    "AND": (0, 0, 0, 1),
    "OR": (0, 1, 1, 1),
    "XOR": (0, 1, 1, 0),
}
INPUTS = ((0, 0), (0, 1), (1, 0), (1, 1))


def mp_output(x1: float, x2: float, w1: float, w2: float, theta: float) -> tuple[float, int]:
    z = w1 * x1 + w2 * x2
    return z, int(z >= theta)


class McCullochPittsScene(Scene):
    SETTINGS = {"w1": 1.0, "w2": 1.0, "theta": 2.0, "target": "AND"}

    def build(self) -> None:
        s = self.settings
        main = QHBoxLayout()
        self.body.addLayout(main, 1)
        left = QVBoxLayout()
        left.setSpacing(theme.px(16))
        main.addLayout(left, 5)
        self.x1 = theme.button("x₁ = 1", "x1Toggle", checkable=True)
        self.x2 = theme.button("x₂ = 0", "x2Toggle", checkable=True)
        self.x1.setChecked(True)
        self.w1 = theme.spin(s["w1"], -3.0, 3.0, 0.5, 1, "w1Spin")
        self.w2 = theme.spin(s["w2"], -3.0, 3.0, 0.5, 1, "w2Spin")
        self.theta = theme.spin(s["theta"], -3.0, 4.0, 0.5, 1, "thetaSpin")
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.px(18))
        grid.setVerticalSpacing(theme.px(10))
        grid.addWidget(theme.label(translate("lecture/neuron", "inputs")), 0, 0)
        grid.addWidget(self.x1, 0, 1)
        grid.addWidget(self.x2, 0, 2)
        grid.addWidget(theme.label(translate("lecture/neuron", "weights")), 1, 0)
        grid.addWidget(self.w1, 1, 1)
        grid.addWidget(self.w2, 1, 2)
        grid.addWidget(theme.label(translate("lecture/neuron", "threshold θ")), 2, 0)
        grid.addWidget(self.theta, 2, 1)
        left.addLayout(grid)
        self.formula = theme.label("", theme.FORMULA, object_name="mpFormula", wrap=True)
        self.output = theme.label("", theme.TITLE, bold=True, object_name="mpOutput")
        left.addWidget(self.formula)
        left.addWidget(self.output)
        presets = QHBoxLayout()
        presets.addWidget(theme.label(translate("lecture/neuron", "make it compute:")))
        self.preset_buttons = {}
        for name in TARGETS:
            b = theme.button(name, f"preset{name}")
            b.clicked.connect(lambda _=False, n=name: self.set_target(n, preset=True))
            presets.addWidget(b)
            self.preset_buttons[name] = b
        presets.addStretch(1)
        left.addLayout(presets)
        self.table = theme.label("", theme.BODY, object_name="truthTable")
        left.addWidget(self.table)
        left.addStretch(1)
        # right: the input square with the line w1 x1 + w2 x2 = θ
        self.plot = theme.plot(translate("lecture/neuron", "the line w₁x₁ + w₂x₂ = θ"), "x₁", "x₂", "mpPlot")
        self.plot.getPlotItem().setAspectLocked(True)
        # with the aspect locked, keep the whole input square in view whatever the plot's shape
        view = self.plot.getPlotItem().getViewBox()
        view.sigResized.connect(lambda *_: view.setRange(xRange=(-0.5, 1.5), yRange=(-0.5, 1.5), padding=0))
        view.setRange(xRange=(-0.5, 1.5), yRange=(-0.5, 1.5), padding=0)
        self.line = pg.PlotDataItem([], [], pen=theme.pen(theme.TEXT, 4))
        self.plot.addItem(self.line)
        self.on = pg.ScatterPlotItem(size=theme.px(40), symbol="s", brush=pg.mkBrush(theme.POS), pen=pg.mkPen("k", width=theme.px(2)))
        self.off = pg.ScatterPlotItem(size=theme.px(40), symbol="o", brush=pg.mkBrush(theme.NEG), pen=pg.mkPen("k", width=theme.px(2)))
        self.current = pg.ScatterPlotItem(size=theme.px(70), symbol="o", brush=pg.mkBrush(0, 0, 0, 0),
                                          pen=pg.mkPen(theme.ACCENT, width=theme.px(5)))
        for it in (self.on, self.off, self.current):
            self.plot.addItem(it)
        main.addWidget(self.plot, 4)
        self.target = s["target"] if s["target"] in TARGETS else "AND"
        for w in (self.w1, self.w2, self.theta):
            w.valueChanged.connect(self.refresh)
        for b in (self.x1, self.x2):
            b.toggled.connect(self.refresh)

    def set_target(self, name: str, preset: bool = False) -> None:
        self.target = name
        if preset:
            values = {"AND": (1.0, 1.0, 2.0), "OR": (1.0, 1.0, 1.0), "XOR": (1.0, 1.0, 1.0)}[name]
            for w, v in zip((self.w1, self.w2, self.theta), values):
                w.blockSignals(True)
                w.setValue(v)
                w.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        x1, x2 = int(self.x1.isChecked()), int(self.x2.isChecked())
        self.x1.setText(f"x₁ = {x1}")
        self.x2.setText(f"x₂ = {x2}")
        w1, w2, th = self.w1.value(), self.w2.value(), self.theta.value()
        z, y = mp_output(x1, x2, w1, w2, th)
        cmp = "≥" if z >= th else "<"
        self.formula.setText(f"z = w₁x₁ + w₂x₂ = {theme.fmt(w1)}·{x1} + {theme.fmt(w2)}·{x2} = <b>{theme.fmt(z)}</b> {cmp} θ = {theme.fmt(th)}")
        self.output.setText(translate("lecture/neuron", "output y = {}").format(y))
        theme.set_text_color(self.output, theme.POS if y else theme.NEG)
        target = TARGETS[self.target]
        rows = []
        correct = 0
        for (a, b), t in zip(INPUTS, target):
            _, out = mp_output(a, b, w1, w2, th)
            ok = out == t
            correct += ok
            mark = (f"<span style='color:{theme.readable(theme.GREEN)}'>✓</span>" if ok else
                    f"<span style='color:{theme.readable(theme.palette.ERROR)}'>✗</span>")
            rows.append(f"<tr><td>&nbsp;{a}&nbsp;</td><td>&nbsp;{b}&nbsp;</td><td>&nbsp;<b>{out}</b>&nbsp;</td>"
                        f"<td>&nbsp;{t}&nbsp;</td><td>&nbsp;{mark}</td></tr>")
        verdict = (translate("lecture/neuron", "computes {} ✓").format(self.target) if correct == 4 else
                   translate("lecture/neuron", "{}/4 rows match {}").format(correct, self.target)
                   + (translate("lecture/neuron", " — no line separates XOR!") if self.target == "XOR" else ""))
        self.table.setText(
            "<table cellspacing=0 cellpadding=4 border=1 style='border-collapse:collapse'>"
            "<tr><th>x₁</th><th>x₂</th><th>y</th><th>" + self.target + "</th><th></th></tr>"
            + "".join(rows) + f"</table><p><b>{verdict}</b></p>")
        pts = np.array(INPUTS, float)
        outs = np.array([mp_output(a, b, w1, w2, th)[1] for a, b in INPUTS], bool)
        self.on.setData(pts[outs, 0], pts[outs, 1])
        self.off.setData(pts[~outs, 0], pts[~outs, 1])
        self.current.setData([x1], [x2])
        xs = np.array([-0.5, 1.5])
        if abs(w2) > 1e-9:
            self.line.setData(xs, (th - w1 * xs) / w2)
        elif abs(w1) > 1e-9:
            self.line.setData([th / w1, th / w1], [-0.5, 1.5])
        else:
            self.line.setData([], [])
        self.mark_ready()

    def on_activate(self) -> None:
        self.refresh()
