"""Slides of logistic regression and of the shallow network that get a scene of their own:

* :class:`LossIntuitionScene` — the loss's intuition: ℒ = −log ŷ when y = 1, ℒ = −log(1 − ŷ) when
  y = 0, for a ŷ the teacher moves; and why squared error is not used (not convex in z = wᵀx + b).
* :class:`LogisticGraphScene` — the logistic-regression computation graph x₁, w₁, x₂, w₂, b → z → a →
  ℒ(a, y), forward then backward one derivative at a time, checked by finite differences.
* :class:`NumpyGuideScene` — the programming guide: ``u[i] = math.exp(v[i])`` in a loop against
  ``u = np.exp(v)``, NumPy's element-wise functions on a live vector, and both timed in the worker.
* :class:`ShallowUnitsScene` — a shallow network's output unit by unit (z_i[1] = w_i[1]ᵀx + b_i[1])
  beside the vectorised Z[1] = W[1]x + b[1]; and the loop over m examples against X = [x(1) … x(m)].
* :class:`BackpropOneExampleScene` — gradient descent for one hidden layer on ONE example (m = 1),
  formula by formula with its shapes, compared with the engine's backward pass.

Every number comes from the engine (:mod:`desktop_nn.engine`): its network's forward and backward
passes, its activations and losses, its numerical gradients. Where a scene computes a formula
itself (a unit's dot product, a slide's one-example backward formula), it is to show that formula,
and the scene says on screen whether the engine's result is the same.
"""

from __future__ import annotations

import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_nn.engine.activations import get_activation, sigmoid, sigmoid_derivative
from desktop_nn.engine.gradcheck import numerical_gradients, relative_error
from desktop_nn.engine.losses import binary_cross_entropy, binary_cross_entropy_dA, squared_error
from desktop_nn.engine.network import Network
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.logistic import is_convex
from desktop_nn.ui.lecture.players import EpochPlayer
from desktop_nn.ui.lecture.widgets import MatrixGrid, NetworkView

f = theme.fmt
MINUS = theme.MINUS


def rich_label(size: float = theme.BODY, bold: bool = False, color: str = theme.TEXT, object_name: str | None = None,
               wrap: bool = True, text: str = "") -> QLabel:
    """A label that always reads its text as rich text (sub- and superscripts, colours)."""
    lab = theme.label("", size, bold=bold, color=color, object_name=object_name, wrap=wrap)
    lab.setTextFormat(Qt.TextFormat.RichText)
    lab.setText(text)
    return lab


def paren(x: float, digits: int = 3) -> str:
    """A number as a factor in a product: negative ones in brackets, "2 · (−0.5)"."""
    s = f(x, digits)
    return f"({s})" if x < 0 else s


def colored(text: str, color: str, bold: bool = True) -> str:
    """Rich text in a colour, darkened where needed to read on white (≥ 4.5:1)."""
    return f"<span style='color:{theme.readable(color)};{' font-weight:bold;' if bold else ''}'>{text}</span>"


# =================================================================================================
# 1. The loss's intuition: y = 1 needs a large ŷ, y = 0 a small one
# =================================================================================================
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
        self.plot = theme.plot("ℒ(ŷ, y) of one example", "ŷ", "ℒ", "lossPlot")
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

        self.z_plot = theme.plot("", "z = wᵀx + b", "loss", "zPlot")
        self.zs = np.linspace(-self.Z_RANGE, self.Z_RANGE, 801)
        self.ce_curve = self.z_plot.plot([], [], pen=theme.pen(theme.POS))
        self.se_curve = self.z_plot.plot([], [], pen=theme.pen(theme.ACCENT))
        self.se_bend = self.z_plot.plot([], [], pen=theme.pen(theme.ACCENT, theme.LINE_WIDTH + 6))
        self.z_dot = pg.ScatterPlotItem(size=size, brush=pg.mkBrush(theme.ACCENT), pen=pg.mkPen("k", width=2))
        self.z_plot.addItem(self.z_dot)
        self.z_labels = []
        for text, color in (("cross-entropy", theme.POS), ("squared error", theme.ACCENT)):
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
        controls.addWidget(theme.label("right plot:", theme.BODY, color=theme.MUTED))
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
            compare = f"ŷ = {f(p, 2)}: both cost log 2 = {f(math.log(2))}, ŷ cannot tell the classes apart"
        else:
            cheap, dear = (1, 0) if l1 < l0 else (0, 1)
            compare = (f"ŷ = {f(p, 2)} is {'large' if p > 0.5 else 'small'}: cheap if y = {cheap}, "
                       f"{max(l1, l0) / min(l1, l0):.1f}× dearer if y = {dear}")
        muted = theme.MUTED
        self.readout.setText(
            f"{colored('y = 1', theme.POS)}: ℒ = −log ŷ = −log {f(p, 2)} = <b>{f(l1)}</b> "
            f"<span style='color:{muted}'>— need large ŷ</span><br>"
            f"{colored('y = 0', theme.NEG)}: ℒ = −log(1 − ŷ) = −log {f(1 - p, 2)} = <b>{f(l0)}</b> "
            f"<span style='color:{muted}'>— need small ŷ</span><br>"
            f"<span style='color:{muted}'>{compare}</span>")

    def show_z_curves(self) -> None:
        y = int(self.y_button.isChecked())
        self.y_button.setText(f"y = {y}")
        ce, se = losses_over_z(self.zs, y)
        self.ce_curve.setData(self.zs, ce)
        self.se_curve.setData(self.zs, se)
        self.z_plot.getPlotItem().setTitle(f"the same example (y = {y}) against z", size=theme.css_px(theme.AXIS_LABEL),
                                           color=theme.TEXT, bold=True)
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
                where = f", bends down (thick) for z &lt; {f(hi, 2)}"
            elif hi >= self.Z_RANGE - 0.05:
                where = f", bends down (thick) for z &gt; {f(lo, 2)}"
            else:
                where = f", bends down (thick) for {f(lo, 2)} &lt; z &lt; {f(hi, 2)}"
        loss_y = "−log σ(z)" if y == 1 else "−log(1 − σ(z))"
        self.verdict.setText(
            f"right: {colored('cross-entropy ' + loss_y, theme.POS)} "
            + ("convex ✓" if ce_ok else "<b>not convex ✗</b>")
            + f" · {colored(f'squared error ½(σ(z) − {y})²', theme.ACCENT)} "
            + ("convex ✓" if se_ok else f"<b>not convex ✗</b>{where}")
            + (" — so logistic regression does not use squared error" if not se_ok and ce_ok else ""))
        self.show_y_hat()


# =================================================================================================
# 2. The logistic-regression computation graph, forward and backward
# =================================================================================================
def logistic_graph_values(x1: float, x2: float, w1: float, w2: float, b: float, y: int,
                          epsilon: float = 1e-5) -> dict:
    """Forward and backward through z = w₁x₁ + w₂x₂ + b, a = σ(z), ℒ(a, y), all by the engine.

    The network is the engine's Network([2, 1]) (logistic regression is a one-layer network)
    with W[1] = [w₁ w₂] and b[1] = b, on one example; the derivatives are its backward pass and
    the finite differences those of :func:`desktop_nn.engine.gradcheck.numerical_gradients`.
    """
    net = Network([2, 1], output="sigmoid", init="zeros")
    net.params["W1"] = [[w1, w2]]
    net.params["b1"] = [[b]]
    X = np.array([[x1], [x2]], dtype=float)
    Y = np.array([[float(y)]])
    AL, caches = net.forward(X)
    grads = net.backward(AL, Y, caches)
    numeric = numerical_gradients(net, X, Y, epsilon)
    exact = np.array([grads["dW1"][0, 0], grads["dW1"][0, 1], grads["db1"][0, 0]])
    approx = np.array([numeric["dW1"][0, 0], numeric["dW1"][0, 1], numeric["db1"][0, 0]])
    return {
        "x1": x1, "x2": x2, "w1": w1, "w2": w2, "b": b, "y": int(y),
        "z": float(caches[0].Z[0, 0]), "a": float(AL[0, 0]), "L": net.cost(AL, Y),
        "da": float(binary_cross_entropy_dA(AL, Y)[0, 0]),
        "slope": float(sigmoid_derivative(caches[0].Z)[0, 0]),          # da/dz = a(1 − a)
        "dz": float(grads["dZ1"][0, 0]),
        "dw1": float(exact[0]), "dw2": float(exact[1]), "db": float(exact[2]),
        "numeric": approx, "epsilon": epsilon, "relative_error": relative_error(approx, exact),
    }


#: the steps of the graph: (node that gets its number, "forward" / "backward")
GRAPH_STEPS = (("z", "forward"), ("a", "forward"), ("L", "forward"),
               ("a", "backward"), ("z", "backward"), ("w1", "backward"), ("w2", "backward"), ("b", "backward"))


class LogisticGraphView(QWidget):
    """x₁, w₁, x₂, w₂, b on the left, then z, a and ℒ: forward values blue, derivatives vermillion."""

    INPUTS = ("x1", "w1", "x2", "w2", "b")
    NAME = {"x1": "x₁", "w1": "w₁", "x2": "x₂", "w2": "w₂", "b": "b"}
    DERIV = {"w1": "dw₁", "w2": "dw₂", "b": "db", "z": "dz", "a": "da"}

    def __init__(self):
        super().__init__()
        self.setObjectName("logisticGraph")
        self.values: dict = {}
        self.step = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFont(theme.font(theme.BODY, bold=True))

    # what each box says at the current step -------------------------------------------------------
    def shown(self, node: str, phase: str) -> bool:
        """Has the step that gives ``node`` its forward value / derivative been reached?"""
        if phase == "forward" and node in self.INPUTS:
            return True
        return any(k < self.step and GRAPH_STEPS[k] == (node, phase) for k in range(len(GRAPH_STEPS)))

    def current(self) -> tuple[str, str] | None:
        return GRAPH_STEPS[self.step - 1] if 1 <= self.step <= len(GRAPH_STEPS) else None

    def box_lines(self, node: str) -> list[tuple[str, str]]:
        """(text, colour) lines of one box; lines not yet computed are blank."""
        v = self.values
        if not v:
            return [("", theme.TEXT)]
        if node in self.INPUTS:
            lines = [(f"{self.NAME[node]} = {f(v[node], 2)}", theme.TEXT)]
            if node in self.DERIV:
                lines.append((f"{self.DERIV[node]} = {f(v['d' + node])}"
                              if self.shown(node, "backward") else "", theme.ACCENT))
            return lines
        if node == "z":
            return [("z = w₁x₁ + w₂x₂ + b", theme.TEXT),
                    (f"= {f(v['z'])}" if self.shown("z", "forward") else "", theme.POS),
                    (f"dz = {f(v['dz'])}" if self.shown("z", "backward") else "", theme.ACCENT)]
        if node == "a":
            return [("a = σ(z)", theme.TEXT),
                    (f"= {f(v['a'])}" if self.shown("a", "forward") else "", theme.POS),
                    (f"da = {f(v['da'])}" if self.shown("a", "backward") else "", theme.ACCENT)]
        return [("ℒ(a, y)", theme.TEXT), (f"y = {v['y']}", theme.TEXT),
                (f"= {f(v['L'])}" if self.shown("L", "forward") else "", theme.POS)]

    def painted_texts(self) -> list[str]:
        """Every text the graph shows now (for tests: nothing of the backward pass before it runs)."""
        return [t for node in (*self.INPUTS, "z", "a", "L") for t, _ in self.box_lines(node) if t]

    # geometry --------------------------------------------------------------------------------------
    def _widest(self, fm: QFontMetrics, node: str) -> int:
        samples = {"x1": ["x₁ = −0.00"], "x2": ["x₂ = −0.00"], "w1": ["w₁ = −0.00", "dw₁ = −0.000"],
                   "w2": ["w₂ = −0.00", "dw₂ = −0.000"], "b": ["b = −0.00", "db = −0.000"],
                   "z": ["z = w₁x₁ + w₂x₂ + b"], "a": ["a = σ(z)", "da = −0.000"], "L": ["ℒ(a, y)", "= 0.000"]}
        texts = samples[node] + [t for t, _ in self.box_lines(node)]
        return max(fm.horizontalAdvance(t) for t in texts)

    def _layout(self, font: QFont) -> dict[str, QRectF]:
        fm = QFontMetrics(font)
        pad, line = theme.px(12), fm.height()
        widths = {n: self._widest(fm, n) + 2 * pad for n in (*self.INPUTS, "z", "a", "L")}
        col_w = [max(widths[n] for n in self.INPUTS), widths["z"], widths["a"], widths["L"]]
        gap = max(theme.px(30), (self.width() - sum(col_w)) / 3)
        xs = [0.0]
        for w in col_w[:-1]:
            xs.append(xs[-1] + w + gap)
        heights = {n: (2 if n in self.DERIV else 1) * line + pad for n in self.INPUTS}
        vgap = theme.px(10)
        total = sum(heights.values()) + vgap * (len(self.INPUTS) - 1)
        y = max(0.0, (self.height() - total) / 2)
        rects = {}
        for n in self.INPUTS:
            rects[n] = QRectF(xs[0], y, col_w[0], heights[n])
            y += heights[n] + vgap
        mid = self.height() / 2
        for col, n in ((1, "z"), (2, "a"), (3, "L")):
            h = 3 * line + pad
            rects[n] = QRectF(xs[col], mid - h / 2, col_w[col], h)
        return rects

    def _font_that_fits(self) -> QFont:
        """BODY type, down to the cell size (2.6 % of the screen) when the graph is narrow."""
        size = theme.BODY
        while True:
            font = theme.font(size, bold=True)
            rects = self._layout(font)
            right = max(r.right() for r in rects.values())
            bottom = max(r.bottom() for r in rects.values())
            if (right <= self.width() and bottom <= self.height()) or size <= theme.CELL:
                return font
            size -= 1

    def minimumSizeHint(self) -> QSize:
        fm = QFontMetrics(theme.font(theme.CELL, bold=True))
        pad, line = theme.px(12), fm.height()
        width = (max(self._widest(fm, n) for n in self.INPUTS) + self._widest(fm, "z") + self._widest(fm, "a")
                 + self._widest(fm, "L") + 8 * pad + 3 * theme.px(30))
        height = 5 * line * 2 + 5 * pad + 4 * theme.px(10)
        return QSize(int(width), int(height))

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self._font_that_fits()
        p.setFont(font)
        rects = self._layout(font)
        fm = QFontMetrics(font)
        cur = self.current()
        edge_pen = QPen(QColor(theme.TEXT), max(2, theme.px(3)))
        for n in self.INPUTS:
            self._arrow(p, edge_pen, rects[n], rects["z"])
        self._arrow(p, edge_pen, rects["z"], rects["a"])
        self._arrow(p, edge_pen, rects["a"], rects["L"])
        for n, rect in rects.items():
            active = cur is not None and cur[0] == n
            border = theme.ACCENT if active and cur[1] == "backward" else theme.POS if active else theme.TEXT
            p.setPen(QPen(QColor(border), theme.px(6 if active else 3)))
            p.setBrush(QColor("#FFF3C4" if active else "#FFFFFF"))
            p.drawRoundedRect(rect, theme.px(10), theme.px(10))
            y = rect.top() + theme.px(6)
            for text, color in self.box_lines(n):
                p.setPen(QColor(theme.readable(color)))
                p.drawText(QRectF(rect.left(), y, rect.width(), fm.height()), Qt.AlignmentFlag.AlignCenter, text)
                y += fm.height()
        p.end()

    @staticmethod
    def _arrow(p: QPainter, pen: QPen, a: QRectF, b: QRectF) -> None:
        p.setPen(pen)
        start = a.center()
        start.setX(a.right())
        end = b.center()
        end.setX(b.left())
        p.drawLine(start, end)
        head = theme.px(14)
        d = end - start
        length = math.hypot(d.x(), d.y()) or 1.0
        ux, uy = d.x() / length, d.y() / length
        for side in (-1, 1):
            tip = QPointF(end.x() - head * ux + side * head * 0.5 * uy, end.y() - head * uy - side * head * 0.5 * ux)
            p.drawLine(end, tip)


class LogisticGraphScene(Scene):
    SETTINGS = {"x1": 1.0, "x2": 2.0, "w1": 0.5, "w2": -0.5, "b": 0.0, "y": 1, "autoplay": True}

    def build(self) -> None:
        s = self.settings
        self.view = LogisticGraphView()
        self.body.addWidget(self.view, 1)
        self.caption = rich_label(theme.FORMULA, object_name="graphStep")
        self.body.addWidget(self.caption)
        self.check = rich_label(theme.BODY, object_name="graphCheck")
        self.body.addWidget(self.check)
        self.spins = {}
        items: list = []
        for key, step in (("x1", 0.5), ("x2", 0.5), ("w1", 0.25), ("w2", 0.25), ("b", 0.25)):
            sp = theme.spin(float(s[key]), -5.0, 5.0, step, 2, object_name=f"{key}Spin")
            sp.valueChanged.connect(lambda _: self.recompute())
            self.spins[key] = sp
            items += [LogisticGraphView.NAME[key], sp]
        self.y_button = theme.button("", "yToggle", checkable=True)
        self.y_button.setChecked(bool(s["y"]))
        self.y_button.toggled.connect(lambda _: self.recompute())
        self.body.addLayout(theme.row(*items, self.y_button, spacing=10))
        self.player = EpochPlayer(self, unit="step", seconds=9.0)
        self.player.epochChanged.connect(self.show_step)
        self.body.addWidget(self.player)
        self.started = False

    def on_activate(self) -> None:
        if not self.started:
            self.started = True
            self.recompute()
            self.player.set_range(len(GRAPH_STEPS), epoch=0)
            if self.settings["autoplay"]:
                self.player.start()
        self.mark_ready()

    def recompute(self) -> None:
        y = int(self.y_button.isChecked())
        self.y_button.setText(f"y = {y}")
        v = {k: sp.value() for k, sp in self.spins.items()}
        self.view.values = logistic_graph_values(v["x1"], v["x2"], v["w1"], v["w2"], v["b"], y)
        self.show_step(self.player.epoch)

    def show_step(self, k: int) -> None:
        self.view.step = k
        self.view.update()
        v = self.view.values
        if not v:
            return
        fw, bw = colored("forward ▶", theme.POS), colored("◀ backward", theme.ACCENT)
        e = f(-v["z"], 2)
        one_minus = "−log a" if v["y"] == 1 else "−log(1 − a)"
        arg = f(v["a"]) if v["y"] == 1 else f(1 - v["a"])
        texts = [
            f"Given x₁, x₂, the parameters w₁, w₂, b and the label y. {fw} computes z, a, ℒ; then {bw} "
            f"the derivatives of ℒ.",
            f"{fw} z = w₁x₁ + w₂x₂ + b = {paren(v['w1'], 2)} · {paren(v['x1'], 2)} + {paren(v['w2'], 2)} · "
            f"{paren(v['x2'], 2)} + {paren(v['b'], 2)} = <b>{f(v['z'])}</b>",
            f"{fw} ŷ = a = σ(z) = 1 / (1 + e<sup>−z</sup>) = 1 / (1 + e<sup>{e}</sup>) = <b>{f(v['a'])}</b>",
            f"{fw} ℒ(a, y) = −(y log a + (1 − y) log(1 − a)) = {one_minus} with y = {v['y']}: "
            f"−log {arg} = <b>{f(v['L'])}</b>",
            f"{bw} da = ∂ℒ/∂a = −y/a + (1 − y)/(1 − a) = −{v['y']}/{f(v['a'])} + {1 - v['y']}/{f(1 - v['a'])} "
            f"= <b>{f(v['da'])}</b>",
            f"{bw} dz = ∂ℒ/∂z = da · a(1 − a) = {paren(v['da'])} · {f(v['slope'])} = <b>{f(v['dz'])}</b> "
            f"= a − y = {f(v['a'])} − {v['y']}",
            f"{bw} dw₁ = ∂ℒ/∂w₁ = x₁ dz = {paren(v['x1'], 2)} · {paren(v['dz'])} = <b>{f(v['dw1'])}</b>",
            f"{bw} dw₂ = ∂ℒ/∂w₂ = x₂ dz = {paren(v['x2'], 2)} · {paren(v['dz'])} = <b>{f(v['dw2'])}</b>",
            f"{bw} db = ∂ℒ/∂b = dz = <b>{f(v['db'])}</b>",
        ]
        self.caption.setText(texts[k])
        if k < len(GRAPH_STEPS):
            self.check.setText(f"<span style='color:{theme.INACTIVE}'>the check by finite differences comes "
                               f"after the backward pass</span>")
        else:
            ok = v["relative_error"] < 1e-6
            n1, n2, nb = v["numeric"]
            self.check.setText(
                "check: (ℒ(w + ε) − ℒ(w − ε)) / 2ε with ε = 10<sup>−5</sup> gives "
                f"{f(n1, 4)}, {f(n2, 4)}, {f(nb, 4)} for w₁, w₂, b "
                + (colored("✓ = dw₁, dw₂, db", theme.GREEN) if ok else colored("✗ differs from dw₁, dw₂, db", theme.palette.ERROR)))


# =================================================================================================
# 3. The neural-network programming guide: no explicit for loops
# =================================================================================================
#: the slide's element-wise functions: (what the slide writes, the function)
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
    vec_ms = float("inf")
    for _ in range(repeats):
        tic = time.perf_counter()
        u_vec = np.exp(v)
        vec_ms = min(vec_ms, 1000 * (time.perf_counter() - tic))
    if state is not None:
        state.progress({"n": n, "vec_ms": vec_ms, "repeats": repeats, "done": 0, "loop_ms": 0.0}, force=True)
    u = np.zeros((n, 1))
    loop_s = 0.0
    for start in range(0, n, chunk):
        if state is not None:
            state.check()
        tic = time.perf_counter()
        for i in range(start, min(n, start + chunk)):
            u[i] = math.exp(v[i])
        loop_s += time.perf_counter() - tic
        if state is not None:
            state.progress({"n": n, "vec_ms": vec_ms, "repeats": repeats, "done": min(n, start + chunk),
                            "loop_ms": 1000 * loop_s})
    return {"n": n, "vec_ms": vec_ms, "loop_ms": 1000 * loop_s, "done": n, "repeats": repeats,
            "same": bool(np.allclose(u[:, 0], u_vec, rtol=1e-12, atol=0.0))}


class NumpyGuideScene(Scene):
    SETTINGS = {"v": [1.0, -2.0, 0.5], "n": 1000000, "seed": 0}

    SIZES = [10_000, 100_000, 1_000_000, 10_000_000]

    def build(self) -> None:
        s = self.settings
        self.body.addWidget(theme.label("Whenever possible, avoid explicit for loops!", theme.BODY, bold=True,
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
        self.size = theme.combo([f"n = {k:,}" for k in self.SIZES], "sizeCombo")
        n = int(s["n"])
        if n not in self.SIZES:
            self.SIZES = sorted(self.SIZES + [n])
            self.size.clear()
            self.size.addItems([f"n = {k:,}" for k in self.SIZES])
        self.size.setCurrentIndex(self.SIZES.index(n))
        self.size.currentIndexChanged.connect(lambda _: self.run())
        self.again = theme.button("time both again", "timeAgain")
        self.again.clicked.connect(self.run)
        self.body.addLayout(theme.row(self.size, self.again,
                                      theme.label(f"np.exp: best of {TIMING_REPEATS} · timed in the worker, "
                                                  "the window stays responsive", theme.BODY,
                                                  color=theme.MUTED, wrap=True)))
        self.last: dict | None = None

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
            notes.append("log of a negative number is NaN")
        if np.any(v == 0):
            notes.append("log 0 = −∞ and 1/0 = ∞")
        self.domain_note.setText("; ".join(notes) + " — NumPy warns, it does not stop" if notes else
                                 "each row: one call on the whole vector, no loop")
        u = exp_by_loop(v)
        same = np.allclose(u[:, 0], table[0][1], rtol=1e-12, atol=0.0)
        self.loop_check.setText(f"loop on this v: u = {theme.fmt_vec(u[:, 0], 3)} "
                                + (colored("= np.exp(v) ✓", theme.GREEN) if same else colored("≠ np.exp(v) ✗", theme.palette.ERROR)))

    def run(self) -> None:
        n = self.SIZES[self.size.currentIndex()]
        seed = int(self.settings["seed"])
        self.timing.setText(f"timing the loop and np.exp on n = {n:,} numbers …")
        self.submit("time", lambda st: time_exp(n, seed, st), self.show_timing, self.show_timing)

    def show_timing(self, r: dict) -> None:
        self.last = r
        vec = f"n = {r['n']:,}: np.exp <b>{milliseconds(r['vec_ms'])}</b>"
        if "same" not in r:          # the loop is still running: a short line, it must not wrap
            self.timing.setText(f"{vec} · loop: {100 * r['done'] / max(r['n'], 1):.0f} % done …")
            return
        ratio = r["loop_ms"] / max(r["vec_ms"], 1e-6)
        self.timing.setText(
            f"{vec} · loop <b>{milliseconds(r['loop_ms'])}</b> → "
            + colored(f"≈ {ratio:,.0f}× faster", theme.ACCENT)
            + (" ✓ same numbers" if r["same"] else colored(" numbers differ ✗", theme.palette.ERROR)))


def milliseconds(ms: float) -> str:
    """A duration as a student reads it: "812 ms", "1.6 ms", "0.012 ms" (two significant digits)."""
    if ms >= 10:
        return f"{ms:,.0f} ms"
    return f"{float(f'{ms:.2g}'):g} ms"


# =================================================================================================
# 4. What a shallow network computes: unit by unit, then vectorised
# =================================================================================================
def shallow_network(seed: int = 1) -> Network:
    """The slides' 2-layer NN: 2 inputs, 4 sigmoid hidden units, one sigmoid output; Xavier weights
    rounded to the two decimals the screen shows (so a student's z by hand is the screen's z) and
    small random biases (rounded to 0.1) so that every b_i[1] visibly takes part."""
    net = Network([2, 4, 1], hidden_activation="sigmoid", output="sigmoid", init="xavier", seed=seed)
    net.params["W1"] = np.round(net.params["W1"], 2)
    net.params["W2"] = np.round(net.params["W2"], 2)
    rng = np.random.default_rng(seed + 50)
    net.params["b1"] = np.round(rng.normal(0.0, 0.5, (4, 1)), 1)
    net.params["b2"] = np.round(rng.normal(0.0, 0.5, (1, 1)), 1)
    return net


def units_one_example(net: Network, x1: float, x2: float) -> dict:
    """Each hidden unit i on its own, z_i[1] = w_i[1]ᵀx + b_i[1] (row i of W[1] times x), next to
    the engine's vectorised forward pass Z[1] = W[1]x + b[1]."""
    x = np.array([[x1], [x2]], dtype=float)
    W1, b1 = net.params["W1"].copy(), net.params["b1"].copy()
    units = []
    for i in range(W1.shape[0]):
        w_i = W1[i]                                   # w_i[1]ᵀ: row i of W[1]
        z_i = float(np.dot(w_i, x[:, 0]) + b1[i, 0])
        a_i = float(sigmoid(np.array(z_i)))
        units.append({"w": w_i.copy(), "b": float(b1[i, 0]), "z": z_i, "a": a_i})
    AL, caches = net.forward(x)
    return {"x": x, "W1": W1, "b1": b1, "units": units, "Z1": caches[0].Z, "A1": caches[0].A,
            "W2": caches[1].W, "b2": caches[1].b, "z2": caches[1].Z, "a2": AL}


def examples(m: int, seed: int = 1) -> np.ndarray:
    """m example columns x(1) … x(m), rounded to one decimal so they read at a glance: X (2, m)."""
    return np.round(np.random.default_rng(seed + 100).normal(0.0, 1.5, (2, m)), 1)


def loop_vs_vectorised(net: Network, X: np.ndarray) -> dict:
    """The slide's "for i = 1 to m" loop, one example at a time, against A[2] of the engine's
    forward pass on X = [x(1) … x(m)]."""
    W1, b1, W2, b2 = (net.params[k].copy() for k in ("W1", "b1", "W2", "b2"))
    loop = []
    for i in range(X.shape[1]):
        x_i = X[:, i:i + 1]
        z1 = W1 @ x_i + b1
        a1 = sigmoid(z1)
        z2 = W2 @ a1 + b2
        loop.append(float(sigmoid(z2)[0, 0]))
    AL, caches = net.forward(X)
    return {"X": X, "loop": np.array(loop), "A1": caches[0].A, "A2": AL}


def sub_sup(base: str, sub: str = "", sup: str = "") -> str:
    return f"{base}{f'<sub>{sub}</sub>' if sub else ''}{f'<sup>{sup}</sup>' if sup else ''}"


class ShallowUnitsScene(Scene):
    SETTINGS = {"x1": 1.0, "x2": 2.0, "m": 3, "seed": 1}

    def build(self) -> None:
        s = self.settings
        self.net = shallow_network(int(s["seed"]))
        # --- page 1: one x, unit by unit ---------------------------------------------------------
        self.unit_page = QWidget()
        self.unit_page.setObjectName("unitPage")
        page = QVBoxLayout(self.unit_page)
        page.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        page.addLayout(top, 1)
        self.net_view = NetworkView("networkView")
        top.addWidget(self.net_view, 2)
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.px(30))
        grid.setVerticalSpacing(theme.px(2))
        heads = ["i", f"{sub_sup('w', 'i', '[1]T')}", sub_sup("b", "i", "[1]"), sub_sup("z", "i", "[1]"),
                 sub_sup("a", "i", "[1]")]
        for c, h in enumerate(heads):
            head = rich_label(theme.BODY, bold=True, wrap=False, text=h)
            head.setAlignment(Qt.AlignmentFlag.AlignRight if c else Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(head, 0, c)
        self.unit_cells: list[list[QLabel]] = []
        for i in range(4):
            row = []
            for c in range(5):
                lab = rich_label(theme.NUMBER if c >= 3 else theme.BODY, bold=c >= 3, wrap=False,
                                 object_name=f"unit{i + 1}_{c}")
                lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter if c else
                                 Qt.AlignmentFlag.AlignCenter)
                grid.addWidget(lab, i + 1, c)
                row.append(lab)
            self.unit_cells.append(row)
        holder = QVBoxLayout()
        holder.addWidget(rich_label(theme.FORMULA, object_name="unitEquations", text=(
            f"{sub_sup('z', 'i', '[1]')} = {sub_sup('w', 'i', '[1]T')}x + {sub_sup('b', 'i', '[1]')}, &nbsp;"
            f"{sub_sup('a', 'i', '[1]')} = σ({sub_sup('z', 'i', '[1]')}) &nbsp;for i = 1 … 4")))
        holder.addLayout(grid)
        holder.addStretch(1)
        top.addLayout(holder, 5)
        grids = QHBoxLayout()
        grids.setSpacing(theme.px(10))
        page.addLayout(grids, 1)
        self.g_W1, self.g_x, self.g_b1 = MatrixGrid(4, 2, "W1Grid"), MatrixGrid(4, 1, "xGrid"), MatrixGrid(4, 1, "b1Grid")
        self.g_z1, self.g_a1 = MatrixGrid(4, 1, "z1Grid", digits=3), MatrixGrid(4, 1, "a1Grid", digits=3)
        for w, sep in ((self.g_W1, "·"), (self.g_x, "+"), (self.g_b1, "="), (self.g_z1, "→ σ →"), (self.g_a1, None)):
            grids.addWidget(w, 2 if w is self.g_W1 else 1)
            if sep:
                grids.addWidget(theme.label(sep, theme.FORMULA, bold=True))
        self.same_label = rich_label(theme.BODY, object_name="sameNumbers")
        page.addWidget(self.same_label)
        self.body.addWidget(self.unit_page, 1)
        # --- page 2: m examples, for loop vs X ---------------------------------------------------
        self.loop_page = QWidget()
        self.loop_page.setObjectName("loopPage")
        page2 = QVBoxLayout(self.loop_page)
        page2.setContentsMargins(0, 0, 0, 0)
        cards = QHBoxLayout()
        cards.setSpacing(theme.px(24))
        page2.addLayout(cards)
        loop_text = ("<b>for i = 1 to m:</b><br>"
                     "&nbsp;&nbsp;z<sup>[1](i)</sup> = W<sup>[1]</sup>x<sup>(i)</sup> + b<sup>[1]</sup><br>"
                     "&nbsp;&nbsp;a<sup>[1](i)</sup> = σ(z<sup>[1](i)</sup>)<br>"
                     "&nbsp;&nbsp;z<sup>[2](i)</sup> = W<sup>[2]</sup>a<sup>[1](i)</sup> + b<sup>[2]</sup><br>"
                     "&nbsp;&nbsp;a<sup>[2](i)</sup> = σ(z<sup>[2](i)</sup>)")
        vec_text = ("<b>X = [x<sup>(1)</sup> x<sup>(2)</sup> … x<sup>(m)</sup>]</b><br>"
                    "Z<sup>[1]</sup> = W<sup>[1]</sup>X + b<sup>[1]</sup><br>"
                    "A<sup>[1]</sup> = σ(Z<sup>[1]</sup>)<br>"
                    "Z<sup>[2]</sup> = W<sup>[2]</sup>A<sup>[1]</sup> + b<sup>[2]</sup><br>"
                    "A<sup>[2]</sup> = σ(Z<sup>[2]</sup>)")
        for text, name in ((loop_text, "loopCard"), (vec_text, "vectorCard")):
            card = rich_label(theme.FORMULA, object_name=name, text=text)
            theme.card_style(card)
            card.setContentsMargins(theme.px(14), theme.px(8), theme.px(14), theme.px(8))
            cards.addWidget(card, 1)
        mgrids = QHBoxLayout()
        mgrids.setSpacing(theme.px(24))
        page2.addLayout(mgrids, 1)
        self.g_X, self.g_A1, self.g_A2 = MatrixGrid(2, 8, "XGrid"), MatrixGrid(4, 8, "A1Grid"), MatrixGrid(1, 8, "A2Grid", digits=3)
        for g in (self.g_X, self.g_A1, self.g_A2):
            mgrids.addWidget(g, 1)
        self.loop_result = rich_label(theme.BODY, object_name="loopResult")
        page2.addWidget(self.loop_result)
        self.body.addWidget(self.loop_page, 1)
        self.loop_page.hide()
        # --- controls ----------------------------------------------------------------------------
        self.one_button = theme.button("one example x", "oneExample", checkable=True)
        self.m_button = theme.button("m examples X", "mExamples", checkable=True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.one_button)
        group.addButton(self.m_button)
        self.one_button.setChecked(True)
        self.one_button.toggled.connect(self.show_page)
        self.x_spins = [theme.spin(float(s[k]), -5.0, 5.0, 0.5, 1, object_name=f"{k}Spin") for k in ("x1", "x2")]
        for sp in self.x_spins:
            sp.valueChanged.connect(lambda _: self.show_units())
        self.m_spin = theme.spin(int(s["m"]), 1, 8, 1, object_name="mSpin")
        self.m_spin.valueChanged.connect(lambda _: self.show_loop())
        self.x_controls = QWidget()
        xl = QHBoxLayout(self.x_controls)
        xl.setContentsMargins(0, 0, 0, 0)
        xl.setSpacing(theme.px(10))
        for name, sp in zip(("x₁", "x₂"), self.x_spins):
            xl.addWidget(theme.label(name))
            xl.addWidget(sp)
        self.m_controls = QWidget()
        ml = QHBoxLayout(self.m_controls)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(theme.label("m ="))
        ml.addWidget(self.m_spin)
        self.m_controls.hide()
        self.body.addLayout(theme.row(self.one_button, self.m_button, self.x_controls, self.m_controls))

    def on_activate(self) -> None:
        self.show_units()
        self.show_loop()
        self.mark_ready()

    def show_page(self) -> None:
        one = self.one_button.isChecked()
        self.unit_page.setVisible(one)
        self.x_controls.setVisible(one)
        self.loop_page.setVisible(not one)
        self.m_controls.setVisible(not one)

    def show_units(self) -> None:
        r = units_one_example(self.net, *(sp.value() for sp in self.x_spins))
        self.units = r
        x = r["x"][:, 0]
        for i, u in enumerate(r["units"]):
            cells = self.unit_cells[i]
            cells[0].setText(str(i + 1))
            cells[1].setText(theme.fmt_vec(u["w"], 2))
            cells[2].setText(f(u["b"], 2))
            cells[3].setText(f(u["z"], 3))
            cells[4].setText(f(u["a"], 3))
        self.g_W1.set_matrix("W[1] (4, 2)", r["W1"])
        self.g_x.set_matrix("x (2, 1)", r["x"])
        self.g_b1.set_matrix("b[1] (4, 1)", r["b1"])
        self.g_z1.set_matrix("z[1] (4, 1)", r["Z1"])
        self.g_a1.set_matrix("a[1] (4, 1)", r["A1"])
        per_unit = np.array([u["z"] for u in r["units"]])
        same = np.allclose(per_unit, r["Z1"][:, 0], rtol=1e-12, atol=1e-12)
        self.same_label.setText(
            ("row i of W<sup>[1]</sup> is w<sub>i</sub><sup>[1]T</sup>: the 4 unit equations are one product "
             + colored("— same z<sup>[1]</sup> ✓", theme.GREEN) if same else
             colored("the unit equations and W<sup>[1]</sup>x + b<sup>[1]</sup> differ ✗", theme.palette.ERROR))
            + f"; then z<sup>[2]</sup> = W<sup>[2]</sup>a<sup>[1]</sup> + b<sup>[2]</sup> = {f(r['z2'][0, 0])}, "
              f"ŷ = a<sup>[2]</sup> = σ(z<sup>[2]</sup>) = <b>{f(r['a2'][0, 0])}</b>")
        weights = [np.array(self.net.params["W1"]), np.array(self.net.params["W2"])]
        self.net_view.set_network([2, 4, 1], weights, highlight=1,
                                  layer_names=["x", "a[1]", "ŷ"], values=[x / max(1.0, np.max(np.abs(x))),
                                                                        r["A1"][:, 0], r["a2"][:, 0]])

    def show_loop(self) -> None:
        m = self.m_spin.value()
        X = examples(m, int(self.settings["seed"]))
        r = loop_vs_vectorised(self.net, X)
        self.loop = r
        self.g_X.set_matrix(f"X ({X.shape[0]}, {m})", X)
        self.g_A1.set_matrix(f"A[1] (4, {m})", r["A1"])
        self.g_A2.set_matrix(f"A[2] (1, {m})", r["A2"])
        same = np.allclose(r["loop"], r["A2"][0], rtol=1e-12, atol=1e-12)
        self.loop_result.setText(
            f"loop, one x<sup>(i)</sup> at a time: a<sup>[2](i)</sup> = {theme.fmt_vec(r['loop'], 3)}<br>"
            + (colored(f"= the {m} columns of A<sup>[2]</sup> ✓", theme.GREEN) if same else
               colored("≠ A<sup>[2]</sup> ✗", theme.palette.ERROR))
            + f" — {2} matrix products instead of {2 * m}")


# =================================================================================================
# 5. Gradient descent for one hidden layer, on one example
# =================================================================================================
def shape(M) -> str:
    return "(" + ", ".join(str(d) for d in np.shape(M)) + ")"


def one_example_steps(hidden_units: int, activation: str, x1: float, x2: float, y: int, seed: int = 0) -> dict:
    """The slide's one-example formulas (m = 1), each on the engine's forward values, and the
    engine's own backward pass on the same example to compare them with.

    Step 0 is the forward pass; steps 1…6 are dz[2], dW[2], db[2], dz[1], dW[1], db[1]."""
    net = Network([2, hidden_units, 1], hidden_activation=activation, output="sigmoid", init="xavier", seed=seed)
    x = np.array([[x1], [x2]], dtype=float)
    Y = np.array([[float(y)]])
    AL, caches = net.forward(x)
    grads = net.backward(AL, Y, caches)
    c1, c2 = caches
    g1 = get_activation(activation).derivative(c1.Z)          # g[1]′(z[1])
    dz2 = c2.A - Y
    dW2 = dz2 @ c1.A.T
    db2 = dz2
    dz1 = (c2.W.T @ dz2) * g1
    dW1 = dz1 @ x.T
    db1 = dz1
    n = hidden_units
    steps = [
        {"key": "forward", "formula": "z<sup>[1]</sup> = W<sup>[1]</sup>x + b<sup>[1]</sup>, a<sup>[1]</sup> = "
                                      "g<sup>[1]</sup>(z<sup>[1]</sup>), a<sup>[2]</sup> = σ(W<sup>[2]</sup>a<sup>[1]</sup> + "
                                      "b<sup>[2]</sup>)",
         "operands": [("x", x), ("z[1]", c1.Z), ("a[1]", c1.A)], "result": ("a[2]", AL),
         "shapes": f"x (2, 1) → z[1], a[1] ({n}, 1) → z[2], a[2] (1, 1)"},
        {"key": "dz2", "formula": "dz<sup>[2]</sup> = a<sup>[2]</sup> − y",
         "operands": [("a[2]", c2.A), ("y", Y)], "result": ("dz[2]", dz2),
         "shapes": "(1, 1) − (1, 1) → (1, 1)"},
        {"key": "dW2", "formula": "dW<sup>[2]</sup> = dz<sup>[2]</sup> a<sup>[1]T</sup>",
         "operands": [("dz[2]", dz2), ("a[1]ᵀ", c1.A.T)], "result": ("dW[2]", dW2),
         "shapes": f"(1, 1) · (1, {n}) → (1, {n}) = shape of W[2]"},
        {"key": "db2", "formula": "db<sup>[2]</sup> = dz<sup>[2]</sup>",
         "operands": [("dz[2]", dz2)], "result": ("db[2]", db2), "shapes": "(1, 1) = shape of b[2]"},
        {"key": "dz1", "formula": "dz<sup>[1]</sup> = W<sup>[2]T</sup> dz<sup>[2]</sup> * g<sup>[1]</sup>′(z<sup>[1]</sup>)",
         "operands": [("W[2]ᵀ", c2.W.T), ("dz[2]", dz2), ("g′(z[1])", g1)], "result": ("dz[1]", dz1),
         "shapes": f"({n}, 1) · (1, 1) * ({n}, 1) → ({n}, 1)   (* entry by entry)"},
        {"key": "dW1", "formula": "dW<sup>[1]</sup> = dz<sup>[1]</sup> x<sup>T</sup>",
         "operands": [("dz[1]", dz1), ("xᵀ", x.T)], "result": ("dW[1]", dW1),
         "shapes": f"({n}, 1) · (1, 2) → ({n}, 2) = shape of W[1]"},
        {"key": "db1", "formula": "db<sup>[1]</sup> = dz<sup>[1]</sup>",
         "operands": [("dz[1]", dz1)], "result": ("db[1]", db1), "shapes": f"({n}, 1) = shape of b[1]"},
    ]
    mine = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
    diff = max(float(np.max(np.abs(mine[k] - grads[k]))) for k in mine)
    return {"steps": steps, "grads": grads, "mine": mine, "max_difference": diff, "x": x, "y": int(y),
            "a2": float(AL[0, 0]), "activation": activation, "hidden_units": n}


class BackpropOneExampleScene(Scene):
    SETTINGS = {"hidden_units": 4, "activation": "tanh", "x1": 1.0, "x2": 2.0, "y": 1, "seed": 0}

    def build(self) -> None:
        s = self.settings
        # the slide's "one example" column: forward, then layer 2 (第二層) and layer 1 side by side
        self.formula_labels: list[QLabel] = []
        first = rich_label(theme.FORMULA, wrap=False, object_name="formula0")
        self.formula_labels.append(first)
        self.body.addWidget(first)
        columns = QGridLayout()
        columns.setHorizontalSpacing(theme.px(40))
        columns.setVerticalSpacing(theme.px(2))
        for k in range(1, 7):
            lab = rich_label(theme.FORMULA, wrap=False, object_name=f"formula{k}")
            columns.addWidget(lab, (k - 1) % 3, (k - 1) // 3)
            self.formula_labels.append(lab)
        columns.setColumnStretch(2, 1)
        self.body.addLayout(columns)
        self.step_formula = rich_label(theme.FORMULA, bold=True, object_name="stepFormula")
        self.step_shapes = rich_label(theme.BODY, object_name="stepShapes")
        self.body.addWidget(self.step_formula)
        self.body.addWidget(self.step_shapes)
        grids = QHBoxLayout()
        grids.setSpacing(theme.px(16))
        self.body.addLayout(grids, 1)
        self.operand_grids = [MatrixGrid(6, 4, f"operand{i}", digits=3) for i in range(3)]
        for g in self.operand_grids:
            grids.addWidget(g, 1)
        self.arrow = theme.label("→", theme.TITLE, bold=True)
        grids.addWidget(self.arrow)
        self.result_grid = MatrixGrid(6, 4, "resultGrid", digits=3)
        grids.addWidget(self.result_grid, 1)
        self.check = rich_label(theme.BODY, object_name="engineCheck")
        self.body.addWidget(self.check)
        self.x_spins = [theme.spin(float(s[k]), -5.0, 5.0, 0.5, 1, object_name=f"{k}Spin") for k in ("x1", "x2")]
        for sp in self.x_spins:
            sp.valueChanged.connect(lambda _: self.recompute())
        self.y_button = theme.button("", "yToggle", checkable=True)
        self.y_button.setChecked(bool(s["y"]))
        self.y_button.toggled.connect(lambda _: self.recompute())
        self.body.addLayout(theme.row("x₁", self.x_spins[0], "x₂", self.x_spins[1], self.y_button,
                                      theme.label(f"network [2, {int(s['hidden_units'])}, 1], {s['activation']}",
                                                  theme.BODY, color=theme.MUTED)))
        self.player = EpochPlayer(self, unit="step", seconds=9.0)
        self.player.epochChanged.connect(self.show_step)
        self.body.addWidget(self.player)
        self.result: dict | None = None

    def on_activate(self) -> None:
        if self.result is None:
            self.recompute()
            self.player.set_range(6, epoch=0)
        self.mark_ready()

    def recompute(self) -> None:
        s = self.settings
        y = int(self.y_button.isChecked())
        self.y_button.setText(f"y = {y}")
        self.result = one_example_steps(int(s["hidden_units"]), str(s["activation"]),
                                        self.x_spins[0].value(), self.x_spins[1].value(), y, int(s["seed"]))
        self.show_step(self.player.epoch)

    def show_step(self, k: int) -> None:
        if self.result is None:
            return
        steps = self.result["steps"]
        k = max(0, min(len(steps) - 1, k))
        for j, (lab, st) in enumerate(zip(self.formula_labels, steps)):
            mark = "▶ " if j == k else "&nbsp;&nbsp;&nbsp;"
            color = theme.ACCENT if j == k else theme.TEXT if j < k else theme.INACTIVE
            text = f"given x: {st['formula']}" if j == 0 else st["formula"]
            weight = " font-weight:bold;" if j == k else ""
            lab.setText(f"<span style='color:{theme.readable(color)};{weight}'>{mark}{text}</span>")
        st = steps[k]
        r = self.result
        if k == 0:
            head = colored("forward ▶", theme.POS) + f" ŷ = a<sup>[2]</sup> = <b>{f(r['a2'])}</b>, y = {r['y']}"
        else:
            name, M = st["result"]
            value = f" = <b>{f(float(M.ravel()[0]))}</b>" if M.size == 1 else ""
            head = colored(f"◀ backward {k} of 6", theme.ACCENT) + f" &nbsp;{st['formula']}{value}"
        self.step_formula.setText(head)
        self.step_shapes.setText(f"shapes: {st['shapes']}")
        for g, op in zip(self.operand_grids, st["operands"] + [None] * 3):
            if op is None:
                g.hide()
            else:
                g.set_matrix(f"{op[0]} {shape(op[1])}", op[1])
                g.show()
        name, M = st["result"]
        self.result_grid.set_matrix(f"{name} {shape(M)}", M)
        if k < len(steps) - 1:
            self.check.setText(f"<span style='color:{theme.INACTIVE}'>after the last step: are these the numbers of "
                               f"the engine's backward pass?</span>")
        else:
            ok = r["max_difference"] < 1e-12
            self.check.setText(
                "Network.backward on this one example (m = 1) gives "
                + (colored("the same dW<sup>[1]</sup>, db<sup>[1]</sup>, dW<sup>[2]</sup>, db<sup>[2]</sup> ✓", theme.GREEN)
                   if ok else colored(f"numbers that differ by {f(r['max_difference'])} ✗", theme.palette.ERROR))
                + " — for m examples: capitals, (1/m) and sums over the columns")
