"""The logistic-regression computation graph x₁, w₁, x₂, w₂, b → z → a → ℒ(a, y), forward then
backward one derivative at a time, checked by finite differences.

Every number is the engine's: its one-layer network's forward and backward passes, and the
numerical gradients of :mod:`desktop_nn.engine.gradcheck`.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_nn.engine.activations import sigmoid_derivative
from desktop_nn.engine.gradcheck import numerical_gradients, relative_error
from desktop_nn.engine.losses import binary_cross_entropy_dA
from desktop_nn.engine.network import Network
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.players import EpochPlayer
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.text import colored, factor, rich_label

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

f = theme.fmt


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
        fw, bw = colored(translate("lecture/logistic_graph", "forward ▶"), theme.POS), colored(translate("lecture/logistic_graph", "◀ backward"), theme.ACCENT)
        e = f(-v["z"], 2)
        one_minus = "−log a" if v["y"] == 1 else "−log(1 − a)"
        arg = f(v["a"]) if v["y"] == 1 else f(1 - v["a"])
        texts = [
            translate("lecture/logistic_graph", "Given x₁, x₂, the parameters w₁, w₂, b and the label y. {fw} computes z, a, ℒ; then "
                      "{bw} the derivatives of ℒ.").format(fw=fw, bw=bw),
            f"{fw} z = w₁x₁ + w₂x₂ + b = {factor(v['w1'], 2)} · {factor(v['x1'], 2)} + {factor(v['w2'], 2)} · "
            f"{factor(v['x2'], 2)} + {factor(v['b'], 2)} = <b>{f(v['z'])}</b>",
            f"{fw} ŷ = a = σ(z) = 1 / (1 + e<sup>−z</sup>) = 1 / (1 + e<sup>{e}</sup>) = <b>{f(v['a'])}</b>",
            f"{fw} ℒ(a, y) = −(y log a + (1 − y) log(1 − a)) = "
            + translate("lecture/logistic_graph", "{loss} with y = {y}").format(loss=one_minus, y=v['y'])
            + f": −log {arg} = <b>{f(v['L'])}</b>",
            f"{bw} da = ∂ℒ/∂a = −y/a + (1 − y)/(1 − a) = −{v['y']}/{f(v['a'])} + {1 - v['y']}/{f(1 - v['a'])} "
            f"= <b>{f(v['da'])}</b>",
            f"{bw} dz = ∂ℒ/∂z = da · a(1 − a) = {factor(v['da'])} · {f(v['slope'])} = <b>{f(v['dz'])}</b> "
            f"= a − y = {f(v['a'])} − {v['y']}",
            f"{bw} dw₁ = ∂ℒ/∂w₁ = x₁ dz = {factor(v['x1'], 2)} · {factor(v['dz'])} = <b>{f(v['dw1'])}</b>",
            f"{bw} dw₂ = ∂ℒ/∂w₂ = x₂ dz = {factor(v['x2'], 2)} · {factor(v['dz'])} = <b>{f(v['dw2'])}</b>",
            f"{bw} db = ∂ℒ/∂b = dz = <b>{f(v['db'])}</b>",
        ]
        self.caption.setText(texts[k])
        if k < len(GRAPH_STEPS):
            self.check.setText(f"<span style='color:{theme.INACTIVE}'>"
                               + translate("lecture/logistic_graph", "the check by finite differences comes after the backward pass") + "</span>")
        else:
            ok = v["relative_error"] < 1e-6
            n1, n2, nb = v["numeric"]
            self.check.setText(
                translate("lecture/logistic_graph", "check: (ℒ(w + ε) − ℒ(w − ε)) / 2ε with ε = 10<sup>−5</sup> gives {} for w₁, w₂, b").format(
                    f"{f(n1, 4)}, {f(n2, 4)}, {f(nb, 4)}") + " "
                + (colored("✓ = dw₁, dw₂, db", theme.GREEN) if ok
                   else colored(translate("lecture/logistic_graph", "✗ differs from dw₁, dw₂, db"), theme.palette.ERROR)))
