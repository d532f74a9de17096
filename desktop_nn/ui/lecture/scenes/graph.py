"""The computation graph J(x, y, z) = 4(x + yz), forward and backward on the class's numbers; and the
logistic-regression derivatives dz = a − y on one example, then accumulated over m examples."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from desktop_nn.engine.activations import sigmoid
from desktop_nn.engine.datasets import iris_setosa_versicolor, standardize
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene


def graph_values(x: float, y: float, z: float) -> dict:
    """u = yz, v = x + u, J = 4v and every derivative of J, by the chain rule."""
    u = y * z
    v = x + u
    J = 4 * v
    return {"x": x, "y": y, "z": z, "u": u, "v": v, "J": J,
            "dJ/dJ": 1.0, "dJ/dv": 4.0, "dJ/du": 4.0, "dJ/dx": 4.0, "dJ/dy": 4.0 * z, "dJ/dz": 4.0 * y}


class GraphView(QWidget):
    """Boxes for x, y, z, u = yz, v = x + u, J = 4v; values (blue) appear forward, derivatives (red) backward."""

    NODES = {"x": (0.08, 0.2), "y": (0.08, 0.52), "z": (0.08, 0.82), "u": (0.4, 0.67), "v": (0.65, 0.4), "J": (0.9, 0.4)}
    LABEL = {"x": "x", "y": "y", "z": "z", "u": "u = yz", "v": "v = x + u", "J": "J = 4v"}
    EDGES = (("y", "u"), ("z", "u"), ("x", "v"), ("u", "v"), ("v", "J"))
    DERIV = {"v": "dJ/dv = 4", "u": "dJ/du = dJ/dv·dv/du = 4·1", "x": "dJ/dx = 4·1", "y": "dJ/dy = dJ/du·z = 4z",
             "z": "dJ/dz = dJ/du·y = 4y", "J": ""}

    def __init__(self):
        super().__init__()
        self.setObjectName("graphView")
        self.values: dict = {}
        self.shown_forward: list[str] = []
        self.shown_backward: list[str] = []
        self.setMinimumHeight(420)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def center(self, key: str) -> QPointF:
        fx, fy = self.NODES[key]
        return QPointF(fx * self.width(), fy * self.height())

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        bw, bh = 230, 74
        for a, b in self.EDGES:
            p.setPen(QPen(QColor(theme.TEXT), 3))
            p.drawLine(self.center(a), self.center(b))
        for key in self.NODES:
            c = self.center(key)
            rect = QRectF(c.x() - bw / 2, c.y() - bh / 2, bw, bh)
            active = key in self.shown_forward
            p.setPen(QPen(QColor(theme.TEXT), 3))
            p.setBrush(QColor("#E8F2FA" if active else "#FFFFFF"))
            p.drawRoundedRect(rect, 12, 12)
            p.setFont(theme.font(theme.BODY, bold=True))
            text = self.LABEL[key]
            if active:
                text += f" = {theme.fmt(self.values[key], 3)}"
            p.setPen(QColor(theme.POS if active else theme.TEXT))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            if key in self.shown_backward and key != "J":
                p.setPen(QColor(theme.ACCENT))
                p.setFont(theme.font(theme.BODY - 1, bold=True))
                d = self.values[f"dJ/d{key}"]
                p.drawText(QRectF(c.x() - 200, c.y() + bh / 2 + 2, 400, 34), Qt.AlignmentFlag.AlignCenter,
                           f"{self.DERIV[key]} = {theme.fmt(d, 3)}")
        p.end()


class ComputationGraphScene(Scene):
    SETTINGS = {"x": 5.0, "y": 3.0, "z": 2.0, "interval_ms": 700}

    ORDER_FORWARD = ["x", "y", "z", "u", "v", "J"]
    ORDER_BACKWARD = ["J", "v", "u", "x", "y", "z"]

    def build(self) -> None:
        self.view = GraphView()
        self.body.addWidget(self.view, 1)
        self.spins = {k: theme.spin(float(self.settings[k]), -20.0, 20.0, 1.0, 1, f"{k}Spin") for k in "xyz"}
        for s in self.spins.values():
            s.valueChanged.connect(self.reset)
        self.forward_button = theme.button("Forward pass ▶", "forwardButton")
        self.backward_button = theme.button("◀ Backward pass", "backwardButton")
        self.forward_button.clicked.connect(lambda: self.animate("forward"))
        self.backward_button.clicked.connect(lambda: self.animate("backward"))
        self.check = theme.label("", theme.BODY, object_name="graphCheck", wrap=True)
        self.body.addLayout(theme.row("x", self.spins["x"], "y", self.spins["y"], "z", self.spins["z"],
                                      self.forward_button, self.backward_button))
        self.body.addWidget(self.check)
        self.anim = self.timer(int(self.settings["interval_ms"]), self._tick)
        self.queue: list[tuple[str, str]] = []

    def on_activate(self) -> None:
        self.reset()
        self.animate("forward")
        self.mark_ready()

    def reset(self) -> None:
        self.view.values = graph_values(*(self.spins[k].value() for k in "xyz"))
        self.view.shown_forward, self.view.shown_backward = [], []
        self.queue = []
        self.check.setText("")
        self.view.update()

    def animate(self, direction: str) -> None:
        if direction == "forward":
            self.reset()
            self.queue = [("forward", k) for k in self.ORDER_FORWARD]
        else:
            if len(self.view.shown_forward) < 6:
                self.view.shown_forward = list(self.ORDER_FORWARD)
            self.view.shown_backward = []
            self.queue = [("backward", k) for k in self.ORDER_BACKWARD]
        self._tick()
        self.anim.start()

    def _tick(self) -> None:
        if not self.queue:
            self.anim.stop()
            return
        kind, key = self.queue.pop(0)
        (self.view.shown_forward if kind == "forward" else self.view.shown_backward).append(key)
        self.view.update()
        if kind == "backward" and not self.queue:
            v = self.view.values
            h = 1e-3
            x, y, z = v["x"], v["y"], v["z"]
            numeric = (graph_values(x, y + h, z)["J"] - v["J"]) / h
            self.check.setText(f"check: nudge y by {h} → J changes by {theme.fmt(numeric * h, 4)} ≈ dJ/dy · {h} = "
                               f"{theme.fmt(v['dJ/dy'] * h, 4)}")


# --- logistic regression derivatives ----------------------------------------------------------------
def one_example(x1, x2, w1, w2, b, y) -> dict:
    z = w1 * x1 + w2 * x2 + b
    a = float(sigmoid(np.array([z]))[0])
    L = -(y * np.log(a) + (1 - y) * np.log(1 - a))
    da = -y / a + (1 - y) / (1 - a)
    dz = a - y
    return {"z": z, "a": a, "L": L, "da": da, "dz_chain": da * a * (1 - a), "dz": dz,
            "dw1": x1 * dz, "dw2": x2 * dz, "db": dz}


def m_examples(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float) -> list[dict]:
    """The slide's loop: running sums of J, dw1, dw2, db after each example i (then /= m)."""
    J = dw1 = dw2 = db = 0.0
    rows = []
    for i in range(len(y)):
        z = float(w @ X[i] + b)
        a = float(sigmoid(np.array([z]))[0])
        J += -(y[i] * np.log(a) + (1 - y[i]) * np.log(1 - a))
        dz = a - y[i]
        dw1 += X[i, 0] * dz
        dw2 += X[i, 1] * dz
        db += dz
        rows.append({"i": i + 1, "x1": X[i, 0], "x2": X[i, 1], "y": y[i], "a": a, "dz": dz, "J": J, "dw1": dw1, "dw2": dw2, "db": db})
    return rows


class LogisticDerivativesScene(Scene):
    SETTINGS = {"x1": 1.0, "x2": 2.0, "w1": 0.5, "w2": -0.5, "b": 0.0, "y": 1, "m": 6, "alpha": 0.5}

    def build(self) -> None:
        s = self.settings
        main = QHBoxLayout()
        self.body.addLayout(main, 1)
        left = QVBoxLayout()
        main.addLayout(left, 1)
        left.addWidget(theme.label("One example", theme.BODY + 4, bold=True))
        self.spins = {}
        for k, lo, hi, step in (("x1", -5.0, 5.0, 0.5), ("x2", -5.0, 5.0, 0.5), ("w1", -5.0, 5.0, 0.25),
                                ("w2", -5.0, 5.0, 0.25), ("b", -5.0, 5.0, 0.25)):
            self.spins[k] = theme.spin(float(s[k]), lo, hi, step, 2, f"{k}Spin")
            self.spins[k].setMinimumWidth(120)
        self.y_button = theme.button(f"y = {s['y']}", "yToggle", checkable=True)
        self.y_button.setChecked(bool(s["y"]))
        left.addLayout(theme.row("x₁", self.spins["x1"], "x₂", self.spins["x2"], "y", self.y_button, spacing=10))
        left.addLayout(theme.row("w₁", self.spins["w1"], "w₂", self.spins["w2"], "b", self.spins["b"], spacing=10))
        self.chain = theme.label("", theme.FORMULA - 2, object_name="derivativeChain", wrap=True)
        left.addWidget(self.chain)
        left.addStretch(1)
        right = QVBoxLayout()
        main.addLayout(right, 1)
        right.addWidget(theme.label("On m examples — the slide's for loop (全部計算 sample 後才更新 weight)",
                                    theme.BODY + 2, bold=True, wrap=True))
        self.table = theme.label("", theme.BODY - 1, object_name="loopTable", mono=False)
        right.addWidget(self.table)
        self.totals = theme.label("", theme.BODY + 1, object_name="loopTotals", wrap=True)
        right.addWidget(self.totals)
        right.addStretch(1)
        self.step_button = theme.button("next example i ▶", "nextExample")
        self.step_button.clicked.connect(self.next_example)
        self.run_button = theme.button("run the loop", "runLoop")
        self.run_button.clicked.connect(lambda: self.loop_timer.start())
        self.update_button = theme.button(f"update w, b  (α = {s['alpha']:g})", "updateButton")
        self.update_button.clicked.connect(self.apply_update)
        right.addLayout(theme.row(self.step_button, self.run_button, self.update_button))
        for sp in self.spins.values():
            sp.valueChanged.connect(self.refresh_one)
        self.y_button.toggled.connect(self.refresh_one)
        X, y = iris_setosa_versicolor()
        Xs = standardize(X)[0]
        idx = np.r_[0:s["m"] // 2, 50:50 + s["m"] - s["m"] // 2]
        self.X, self.Y = Xs[idx], (y[idx] > 0).astype(float)
        self.w, self.b = np.zeros(2), 0.0
        self.i = 0
        self.loop_timer = self.timer(600, self._loop_tick)

    def on_activate(self) -> None:
        self.refresh_one()
        self.i = 0
        self.show_loop()
        self.mark_ready()

    def refresh_one(self) -> None:
        v = {k: sp.value() for k, sp in self.spins.items()}
        y = int(self.y_button.isChecked())
        self.y_button.setText(f"y = {y}")
        r = one_example(v["x1"], v["x2"], v["w1"], v["w2"], v["b"], y)
        f = theme.fmt
        self.chain.setText(
            f"z = w₁x₁ + w₂x₂ + b = <b>{f(r['z'])}</b><br>a = σ(z) = <b>{f(r['a'])}</b><br>"
            f"ℒ(a, y) = −(y log a + (1−y) log(1−a)) = <b>{f(r['L'])}</b><br>"
            f"da = −y/a + (1−y)/(1−a) = <b>{f(r['da'])}</b><br>"
            f"dz = da · a(1−a) = {f(r['dz_chain'])} = <b style='color:{theme.ACCENT}'>a − y = {f(r['dz'])}</b><br>"
            f"dw₁ = x₁ dz = <b>{f(r['dw1'])}</b>, &nbsp;dw₂ = x₂ dz = <b>{f(r['dw2'])}</b>, &nbsp;db = dz = <b>{f(r['db'])}</b>")

    def show_loop(self) -> None:
        rows = m_examples(self.X, self.Y, self.w, self.b)
        m = len(rows)
        f = theme.fmt
        html = ["<table cellspacing=0 cellpadding=4 border=1 style='border-collapse:collapse'>"
                "<tr><th>i</th><th>x₁</th><th>x₂</th><th>y</th><th>a</th><th>dz = a − y</th><th>J +=</th><th>dw₁ +=</th><th>dw₂ +=</th><th>db +=</th></tr>"]
        for r in rows:
            on = r["i"] <= self.i
            style = "" if on else " style='color:#AAAAAA'"
            cur = f" style='background:#FFF3C4'" if r["i"] == self.i else style
            vals = [r["i"], f(r["x1"], 2), f(r["x2"], 2), int(r["y"])] + (
                [f(r["a"]), f(r["dz"]), f(r["J"]), f(r["dw1"]), f(r["dw2"]), f(r["db"])] if on else ["·"] * 6)
            html.append(f"<tr{cur}>" + "".join(f"<td align=right>{v}</td>" for v in vals) + "</tr>")
        html.append("</table>")
        self.table.setText("".join(html))
        if self.i >= m:
            last = rows[-1]
            self.totals.setText(f"J /= m → <b>{f(last['J'] / m)}</b>, dw₁ /= m → <b>{f(last['dw1'] / m)}</b>, "
                                f"dw₂ /= m → <b>{f(last['dw2'] / m)}</b>, db /= m → <b>{f(last['db'] / m)}</b><br>"
                                f"now w = {theme.fmt_vec(self.w)}, b = {f(self.b)}")
        else:
            self.totals.setText(f"example {self.i} of m = {m}; w = {theme.fmt_vec(self.w)}, b = {f(self.b)}")
        self._rows = rows

    def next_example(self) -> None:
        self.i = min(self.i + 1, len(self.Y))
        self.show_loop()

    def _loop_tick(self) -> None:
        if self.i >= len(self.Y):
            self.loop_timer.stop()
            return
        self.next_example()

    def apply_update(self) -> None:
        m = len(self.Y)
        last = m_examples(self.X, self.Y, self.w, self.b)[-1]
        a = float(self.settings["alpha"])
        self.w = self.w - a * np.array([last["dw1"], last["dw2"]]) / m
        self.b = self.b - a * last["db"] / m
        self.i = 0
        self.show_loop()
