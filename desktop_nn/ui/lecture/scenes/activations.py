"""Activation functions and their derivatives, with a movable z (the engine's own registry)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout

from desktop_nn.engine.activations import ACTIVATIONS, get_activation
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

#: the chapter's table, in its order; names and g, g' come from the engine's one declaration
NAMES = ("step", "linear", "sigmoid", "tanh", "relu", "leaky_relu")
LABELS = {name: ACTIVATIONS[name].display_name for name in NAMES}


def label(name: str) -> str:
    """An activation's name as the settings panel shows it (translated in its context)."""
    return translate("HyperparametersPanel", LABELS[name])


def formulas(name: str, slope: float = 0.01) -> tuple[str, str]:
    """(g(z), g′(z)) typeset as the chapter's tables write them (rich text)."""
    s = f"{slope:g}"
    return {
        "step": (translate("lecture/activations", "1 if z ≥ 0, −1 otherwise"), translate("lecture/activations", "0 (undefined at z = 0)")),
        "linear": ("z", "1"),
        "sigmoid": ("a = 1 / (1 + e<sup>−z</sup>)", "a(1 − a)"),
        "tanh": ("a = (e<sup>z</sup> − e<sup>−z</sup>) / (e<sup>z</sup> + e<sup>−z</sup>)", "1 − a<sup>2</sup>"),
        "relu": ("max(0, z)", translate("lecture/activations", "0 if z &lt; 0, 1 if z ≥ 0")),
        "leaky_relu": (f"max({s}z, z)", translate("lecture/activations", "{} if z &lt; 0, 1 if z ≥ 0").format(s)),
    }[name]


def remark(name: str, z: float, slope: float, derivative: float) -> str:
    """What the chapter says of this function, and what the slope at the chosen z means."""
    general = {
        "step": translate("lecture/activations", "the perceptron's: no gradient to learn from"),
        "linear": translate("lecture/activations", "Adaline's: a stack of linear layers stays linear"),
        "sigmoid": translate("lecture/activations", "for a 0/1 output"),
        "tanh": translate("lecture/activations", "zero-centred, like a shifted sigmoid"),
        "relu": translate("lecture/activations", "currently the most popular: gradient descent is much faster"),
        "leaky_relu": translate("lecture/activations", "keeps a small slope {} for z &lt; 0").format(f"{slope:g}"),   # (rich text: &lt; is <)
    }[name]
    if name in ("sigmoid", "tanh"):
        peak = 0.25 if name == "sigmoid" else 1.0
        share = derivative / peak
        if share < 0.1:
            return translate("lecture/activations", "{}; flat here: g′ is {} of its peak {}, so learning is slow").format(
                general, f"{share:.0%}", f"{peak:g}")
        return translate("lecture/activations", "{}; g′ here is {} of its peak {}").format(general, f"{share:.0%}", f"{peak:g}")
    return general


class ActivationFunctionsScene(Scene):
    SETTINGS = {"function": "sigmoid", "z": 1.0, "leaky_slope": 0.01}

    def build(self) -> None:
        self.slope = float(self.settings["leaky_slope"])
        self.acts = {name: (get_activation(name, leaky_slope=self.slope) if name == "leaky_relu" else ACTIVATIONS[name])
                     for name in NAMES}
        chooser = QHBoxLayout()
        chooser.setSpacing(theme.px(10))
        self.buttons = {}
        for name in NAMES:
            b = theme.button(label(name), f"act_{name}", checkable=True)
            b.clicked.connect(lambda _=False, n=name: self.choose(n))
            chooser.addWidget(b)
            self.buttons[name] = b
        chooser.addStretch(1)
        self.body.addLayout(chooser)
        plots = QHBoxLayout()
        plots.setSpacing(theme.px(30))
        self.body.addLayout(plots, 1)
        self.g_plot = theme.plot("g(z)", "z", "a = g(z)", "activationPlot")
        self.d_plot = theme.plot("g′(z)", "z", "g′(z)", "derivativePlot")
        self.zs = np.linspace(-5, 5, 801)
        self.g_faint, self.d_faint = {}, {}
        faint = theme.pen(theme.INACTIVE_LINE, 3)
        for name in NAMES:
            act = self.acts[name]
            Z = self.zs[None, :]
            self.g_faint[name] = self.g_plot.plot(self.zs, act.function(Z)[0], pen=faint)
            self.d_faint[name] = self.d_plot.plot(self.zs, act.derivative(Z)[0], pen=faint)
        self.g_curve = self.g_plot.plot([], [], pen=theme.pen(theme.POS, 6))
        self.d_curve = self.d_plot.plot([], [], pen=theme.pen(theme.ACCENT, 6))
        self.g_curve.setObjectName("activationCurve")
        self.zline = pg.InfiniteLine(pos=float(self.settings["z"]), angle=90, movable=True, pen=theme.pen(theme.TEXT, 3),
                                     hoverPen=theme.pen(theme.TEXT, 6))
        self.zline2 = pg.InfiniteLine(pos=float(self.settings["z"]), angle=90, movable=True, pen=theme.pen(theme.TEXT, 3),
                                      hoverPen=theme.pen(theme.TEXT, 6))
        self.g_dot = pg.ScatterPlotItem(size=theme.px(26), brush=pg.mkBrush(theme.POS), pen=pg.mkPen("k", width=2))
        self.d_dot = pg.ScatterPlotItem(size=theme.px(26), brush=pg.mkBrush(theme.ACCENT), pen=pg.mkPen("k", width=2))
        for p, items in ((self.g_plot, (self.zline, self.g_dot)), (self.d_plot, (self.zline2, self.d_dot))):
            for it in items:
                p.addItem(it)
            p.setXRange(-5, 5, padding=0)
            p.setYRange(-1.3, 1.3, padding=0)
        self.zline.sigPositionChanged.connect(lambda: self.set_z(self.zline.value()))
        self.zline2.sigPositionChanged.connect(lambda: self.set_z(self.zline2.value()))
        plots.addWidget(self.g_plot)
        plots.addWidget(self.d_plot)
        self.readout = theme.label("", theme.FORMULA, object_name="activationReadout", wrap=True)
        self.body.addWidget(self.readout)
        self.slider = theme.slider(-500, 500, int(float(self.settings["z"]) * 100), "zSlider")
        self.slider.valueChanged.connect(lambda v: self.set_z(v / 100))
        self.body.addLayout(theme.row("z", self.slider, stretch_end=False))
        self.name = self.settings["function"] if self.settings["function"] in NAMES else "sigmoid"
        self.z = float(self.settings["z"])

    def on_activate(self) -> None:
        self.choose(self.name)

    def choose(self, name: str) -> None:
        self.name = name
        for n, b in self.buttons.items():
            b.setChecked(n == name)
        act = self.acts[name]
        Z = self.zs[None, :]
        self.g_curve.setData(self.zs, act.function(Z)[0])
        self.d_curve.setData(self.zs, act.derivative(Z)[0])
        lo = -0.2 if name in ("relu", "sigmoid") else -1.3
        hi = 5.2 if name in ("relu", "leaky_relu", "linear") else 1.3
        self.g_plot.setYRange(min(lo, -1.3 if name in ("linear", "leaky_relu") else lo), hi, padding=0)
        self.d_plot.setYRange(-0.15, 1.15, padding=0)
        self.set_z(self.z)
        self.mark_ready()

    def set_z(self, z: float) -> None:
        z = float(np.clip(z, -5, 5))
        self.z = z
        for line in (self.zline, self.zline2):
            if abs(line.value() - z) > 1e-9:
                line.blockSignals(True)
                line.setValue(z)
                line.blockSignals(False)
        if self.slider.value() != int(round(z * 100)):
            self.slider.blockSignals(True)
            self.slider.setValue(int(round(z * 100)))
            self.slider.blockSignals(False)
        act = self.acts[self.name]
        g = float(act.function(np.array([[z]]))[0, 0])
        d = float(act.derivative(np.array([[z]]))[0, 0])
        self.g_dot.setData([z], [g])
        self.d_dot.setData([z], [d])
        fg, fd = formulas(self.name, self.slope)
        z_text = f"{z:.2f}".replace("-", theme.MINUS) if round(z, 2) != 0 else "0.00"
        self.readout.setText(f"<b>{label(self.name)}</b>: g(z) = {fg}, &nbsp; g′(z) = {fd}<br>"
                             f"z = <b>{z_text}</b> → g(z) = <b>{theme.fmt(g, 3)}</b>, g′(z) = <b>{theme.fmt(d, 3)}</b>"
                             f" &nbsp;<span style='color:{theme.MUTED}'>— {remark(self.name, z, self.slope, d)}</span>")
