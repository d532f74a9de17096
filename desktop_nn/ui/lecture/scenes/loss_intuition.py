"""The loss's intuition: ℒ = −log ŷ when y = 1, ℒ = −log(1 − ŷ) when y = 0, for a ŷ the teacher
moves; and why squared error is not used (not convex in z = wᵀx + b). Every loss is the engine's
(:mod:`desktop_nn.engine.losses`)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout

from desktop_nn.engine.activations import sigmoid
from desktop_nn.engine.losses import binary_cross_entropy, squared_error
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.logistic import is_convex
from desktop_nn.ui.lecture.scenes.text import colored, rich_label

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

f = theme.fmt


def loss(y_hat: float, y: float) -> float:
    """ℒ(ŷ, y) = −(y log ŷ + (1 − y) log(1 − ŷ)) of one example, by the engine's cross-entropy."""
    return binary_cross_entropy(np.array([[float(y_hat)]]), np.array([[float(y)]]))


def loss_curve(y_hats: np.ndarray, y: float) -> np.ndarray:
    return np.array([loss(p, y) for p in y_hats])


def losses_over_z(zs: np.ndarray, y: float) -> tuple[np.ndarray, np.ndarray]:
    """(cross-entropy ℒ(σ(z), y), squared error ½(σ(z) − y)²) for each z, by the engine's losses."""
    a = sigmoid(zs)
    ce = np.array([binary_cross_entropy(np.array([[p]]), np.array([[float(y)]])) for p in a])
    se = np.array([squared_error(np.array([[p]]), np.array([[float(y)]])) for p in a])
    return ce, se


def concave_span(zs: np.ndarray, values: np.ndarray) -> tuple[float, float] | None:
    """The z range where the curve bends down (second difference < 0), or None if it never does."""
    bends = np.diff(values, 2) < -1e-12
    if not np.any(bends):
        return None
    inner = zs[1:-1][bends]
    return float(inner.min()), float(inner.max())


class LossIntuitionScene(Scene):
    SETTINGS = {"y_hat": 0.7, "y_for_z": 1}

    Z_RANGE = 8.0

    def build(self) -> None:
        s = self.settings
        self.body.addWidget(rich_label(theme.FORMULA, object_name="lossFormula", text=(
            "ℒ(ŷ, y) = −(y log ŷ + (1 − y) log(1 − ŷ))")))
        plots = QHBoxLayout()
        plots.setSpacing(theme.px(24))
        self.body.addLayout(plots, 1)
        self.plot = theme.plot(translate("lecture/loss_intuition", "ℒ(ŷ, y) of one example"), "ŷ", "ℒ", "lossPlot")
        self.y_hats = np.linspace(0.005, 0.995, 397)
        self.plot.plot(self.y_hats, loss_curve(self.y_hats, 1), pen=theme.pen(theme.POS))
        self.plot.plot(self.y_hats, loss_curve(self.y_hats, 0), pen=theme.pen(theme.NEG, dashed=True))
        self.plot.setXRange(0, 1, padding=0.02)
        self.plot.setYRange(0, 5.3, padding=0)
        for text, color, pos, anchor in (("y = 1: −log ŷ", theme.POS, (0.1, 5.0), (0, 0)),
                                         ("y = 0: −log(1 − ŷ)", theme.NEG, (0.9, 3.9), (1, 0))):
            item = pg.TextItem(text, color=theme.readable(color), anchor=anchor)
            item.setFont(theme.font(theme.AXIS_LABEL, bold=True))
            item.setPos(*pos)
            self.plot.addItem(item)
        self.line = pg.InfiniteLine(pos=float(s["y_hat"]), angle=90, movable=True, bounds=(0.01, 0.99),
                                    pen=theme.pen(theme.TEXT, 3), hoverPen=theme.pen(theme.ACCENT, 5))
        self.plot.addItem(self.line)
        size = theme.px(theme.SYMBOL_SIZE + 6)
        self.dot1 = pg.ScatterPlotItem(size=size, symbol="s", brush=pg.mkBrush(theme.POS), pen=pg.mkPen("k", width=2))
        self.dot0 = pg.ScatterPlotItem(size=size, symbol="o", brush=pg.mkBrush(theme.NEG), pen=pg.mkPen("k", width=2))
        self.plot.addItem(self.dot1)
        self.plot.addItem(self.dot0)
        self.line.sigPositionChanged.connect(self._line_moved)
        plots.addWidget(self.plot, 1)

        self.z_plot = theme.plot("", "z = wᵀx + b", translate("lecture/loss_intuition", "loss"), "zPlot")
        self.zs = np.linspace(-self.Z_RANGE, self.Z_RANGE, 801)
        self.ce_curve = self.z_plot.plot([], [], pen=theme.pen(theme.POS))
        self.se_curve = self.z_plot.plot([], [], pen=theme.pen(theme.ACCENT))
        self.se_bend = self.z_plot.plot([], [], pen=theme.pen(theme.ACCENT, theme.LINE_WIDTH + 6))
        self.z_dot = pg.ScatterPlotItem(size=size, brush=pg.mkBrush(theme.ACCENT), pen=pg.mkPen("k", width=2))
        self.z_plot.addItem(self.z_dot)
        self.z_labels = []
        for text, color in ((translate("lecture/loss_intuition", "cross-entropy"), theme.POS), (translate("lecture/loss_intuition", "squared error"), theme.ACCENT)):
            item = pg.TextItem(text, color=theme.readable(color))
            item.setFont(theme.font(theme.AXIS_LABEL, bold=True))
            self.z_plot.addItem(item)
            self.z_labels.append(item)
        self.z_plot.setXRange(-self.Z_RANGE, self.Z_RANGE, padding=0.02)
        self.z_plot.setYRange(0, 2.0, padding=0.02)
        plots.addWidget(self.z_plot, 1)

        self.readout = rich_label(theme.BODY, object_name="lossReadout")
        self.body.addWidget(self.readout)
        self.verdict = rich_label(theme.BODY, object_name="convexVerdict")
        self.body.addWidget(self.verdict)

        self.slider = theme.slider(1, 99, round(100 * float(s["y_hat"])), "yHatSlider")
        self.slider.valueChanged.connect(lambda v: self.line.setValue(v / 100))
        self.y_button = theme.button("", "yForZ", checkable=True)
        self.y_button.setChecked(bool(s["y_for_z"]))
        self.y_button.toggled.connect(lambda _: self.show_z_curves())
        controls = QHBoxLayout()
        controls.setSpacing(theme.px(18))
        controls.addWidget(theme.label("ŷ", theme.BODY, bold=True))
        controls.addWidget(self.slider, 3)
        controls.addWidget(theme.label(translate("lecture/loss_intuition", "right plot:"), theme.BODY, color=theme.MUTED))
        controls.addWidget(self.y_button)
        controls.addStretch(1)
        self.body.addLayout(controls)

    def on_activate(self) -> None:
        self.show_z_curves()
        self.mark_ready()

    @property
    def y_hat(self) -> float:
        return float(self.line.value())

    def _line_moved(self) -> None:
        v = round(self.y_hat * 100)
        if v != self.slider.value():
            self.slider.blockSignals(True)
            self.slider.setValue(v)
            self.slider.blockSignals(False)
        self.show_y_hat()

    def show_y_hat(self) -> None:
        p = self.y_hat
        l1, l0 = loss(p, 1), loss(p, 0)
        self.dot1.setData([p], [l1])
        self.dot0.setData([p], [l0])
        y = int(self.y_button.isChecked())
        z = math.log(p / (1 - p))
        ce, se = losses_over_z(np.array([z]), y)
        self.z_dot.setData([z, z], [ce[0], se[0]])
        if abs(l1 - l0) < 5e-4:
            compare = translate("lecture/loss_intuition", "ŷ = {}: both cost log 2 = {}, ŷ cannot tell the classes apart").format(
                f(p, 2), f(math.log(2)))
        else:
            cheap, dear = (1, 0) if l1 < l0 else (0, 1)
            compare = (translate("lecture/loss_intuition", "ŷ = {p} is large: cheap if y = {cheap}, {ratio}× dearer if y = {dear}") if p > 0.5
                       else translate("lecture/loss_intuition", "ŷ = {p} is small: cheap if y = {cheap}, {ratio}× dearer if y = {dear}")).format(
                p=f(p, 2), cheap=cheap, ratio=f"{max(l1, l0) / min(l1, l0):.1f}", dear=dear)
        muted = theme.MUTED
        self.readout.setText(
            f"{colored('y = 1', theme.POS)}: ℒ = −log ŷ = −log {f(p, 2)} = <b>{f(l1)}</b> "
            f"<span style='color:{muted}'>— " + translate("lecture/loss_intuition", "need large ŷ") + "</span><br>"
            f"{colored('y = 0', theme.NEG)}: ℒ = −log(1 − ŷ) = −log {f(1 - p, 2)} = <b>{f(l0)}</b> "
            f"<span style='color:{muted}'>— " + translate("lecture/loss_intuition", "need small ŷ") + "</span><br>"
            f"<span style='color:{muted}'>{compare}</span>")

    def show_z_curves(self) -> None:
        y = int(self.y_button.isChecked())
        self.y_button.setText(f"y = {y}")
        ce, se = losses_over_z(self.zs, y)
        self.ce_curve.setData(self.zs, ce)
        self.se_curve.setData(self.zs, se)
        theme.set_plot_title(self.z_plot, translate("lecture/loss_intuition", "the same example (y = {}) against z").format(y))
        # the names go in the top corner the cross-entropy curve leaves free (it is off the plot there)
        x, anchor = (-self.Z_RANGE * 0.95, (0, 0)) if y == 1 else (self.Z_RANGE * 0.95, (1, 0))
        for k, item in enumerate(self.z_labels):
            item.setAnchor(anchor)
            item.setPos(x, 1.97 - 0.3 * k)
        span = concave_span(self.zs, se)
        if span is None:
            self.se_bend.setData([], [])
        else:
            inside = (self.zs >= span[0]) & (self.zs <= span[1])
            self.se_bend.setData(self.zs[inside], se[inside])
        ce_ok, se_ok = is_convex(ce), is_convex(se)
        where = ""
        if span is not None:
            lo, hi = span
            if lo <= -self.Z_RANGE + 0.05:
                where = translate("lecture/loss_intuition", ", bends down (thick) for {}").format(f"z &lt; {f(hi, 2)}")
            elif hi >= self.Z_RANGE - 0.05:
                where = translate("lecture/loss_intuition", ", bends down (thick) for {}").format(f"z &gt; {f(lo, 2)}")
            else:
                where = translate("lecture/loss_intuition", ", bends down (thick) for {}").format(f"{f(lo, 2)} &lt; z &lt; {f(hi, 2)}")
        loss_y = "−log σ(z)" if y == 1 else "−log(1 − σ(z))"
        convex, not_convex = translate("lecture/loss_intuition", "convex ✓"), "<b>" + translate("lecture/loss_intuition", "not convex ✗") + "</b>"
        self.verdict.setText(
            translate("lecture/loss_intuition", "right: ") + colored(translate("lecture/loss_intuition", "cross-entropy") + " " + loss_y, theme.POS) + " "
            + (convex if ce_ok else not_convex)
            + " · " + colored(translate("lecture/loss_intuition", "squared error") + f" ½(σ(z) − {y})²", theme.ACCENT) + " "
            + (convex if se_ok else not_convex + where)
            + (translate("lecture/loss_intuition", " — so logistic regression does not use squared error") if not se_ok and ce_ok else ""))
        self.show_y_hat()
