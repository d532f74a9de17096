"""The computation graph J(x, y, z) = 4(x + yz), forward and backward on the class's numbers; and the
logistic-regression derivatives dz = a − y on one example, then accumulated over m examples."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_nn.engine.activations import sigmoid
from desktop_nn.engine.datasets import iris_setosa_versicolor, standardize
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.players import EpochPlayer
from desktop_nn.ui.lecture.widgets import PageStack


def graph_values(x: float, y: float, z: float) -> dict:
    """u = yz, v = x + u, J = 4v and every derivative of J, by the chain rule."""
    u = y * z
    v = x + u
    J = 4 * v
    dv = 4.0                 # J = 4v
    du = dv * 1.0            # v = x + u
    return {"x": x, "y": y, "z": z, "u": u, "v": v, "J": J,
            "dJ/dJ": 1.0, "dJ/dv": dv, "dJ/du": du, "dJ/dx": dv * 1.0, "dJ/dy": du * z, "dJ/dz": du * y}


def _factor(v: float) -> str:
    """A number as a factor of a product: negative numbers in parentheses."""
    return f"({theme.fmt(v)})" if v < 0 else theme.fmt(v)


class GraphView(QWidget):
    """Boxes for x, y, z, u = yz, v = x + u, J = 4v; values (blue) appear forward, derivatives (red)
    backward under their boxes. Every size follows the projector's type (theme.px)."""

    #: (column, row) of each node: the inputs on the left, J on the right
    NODES = {"x": (0, 0.0), "y": (0, 1.0), "z": (0, 2.0), "u": (1, 1.5), "v": (2, 0.75), "J": (3, 0.75)}
    LABEL = {"x": "x", "y": "y", "z": "z", "u": "u = yz", "v": "v = x + u", "J": "J = 4v"}
    EDGES = (("y", "u"), ("z", "u"), ("x", "v"), ("u", "v"), ("v", "J"))
    #: the derivative under each box, short form (the full chain rule is narrated under the graph)
    DERIV = {"J": "∂J/∂J", "v": "∂J/∂v", "u": "∂J/∂u", "x": "∂J/∂x", "y": "∂J/∂y = 4z", "z": "∂J/∂z = 4y"}

    def __init__(self):
        super().__init__()
        self.setObjectName("graphView")
        self.setProperty("paintsText", True)
        self.values: dict = graph_values(0.0, 0.0, 0.0)
        self.shown_forward: list[str] = []
        self.shown_backward: list[str] = []
        self.box_font = theme.font(theme.BODY, bold=True)
        self.deriv_font = theme.font(theme.BODY, bold=True)
        self.setFont(theme.font(theme.BODY))      # the smallest text painted: what the layout checker reads
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_values(self, values: dict) -> None:
        self.values = values
        self.updateGeometry()
        self.update()

    def box_text(self, key: str, shown: bool = True) -> str:
        return self.LABEL[key] + (f" = {theme.fmt(self.values[key], 3)}" if shown else "")

    def deriv_text(self, key: str) -> str:
        return f"{self.DERIV[key]} = {theme.fmt(self.values[f'dJ/d{key}'], 3)}"

    # --- geometry ---------------------------------------------------------------------------------------
    def _pad(self) -> int:
        return theme.px(14)

    def _box_height(self) -> int:
        return QFontMetrics(self.box_font).height() + 2 * self._pad()

    def _deriv_height(self) -> int:
        return QFontMetrics(self.deriv_font).height() + theme.px(6)

    def column_widths(self) -> list[int]:
        """Each column as wide as its widest box or derivative text (with every value shown)."""
        box, deriv = QFontMetrics(self.box_font), QFontMetrics(self.deriv_font)
        widths = [0, 0, 0, 0]
        for key, (col, _) in self.NODES.items():
            need = max(box.horizontalAdvance(self.box_text(key)), deriv.horizontalAdvance(self.deriv_text(key)))
            widths[col] = max(widths[col], need + 2 * self._pad())
        return widths

    def _gap(self) -> int:
        return theme.px(36)

    def minimumSizeHint(self) -> QSize:
        slot = self._box_height() + self._deriv_height()
        return QSize(sum(self.column_widths()) + 3 * self._gap() + 2 * theme.px(3), 3 * slot + 2 * theme.px(12))

    def sizeHint(self) -> QSize:
        hint = self.minimumSizeHint()
        return QSize(hint.width() + theme.px(200), hint.height() + theme.px(120))

    def box_rect(self, key: str) -> QRectF:
        widths = self.column_widths()
        col, row = self.NODES[key]
        inset = theme.px(3)                                  # the outline stays inside the widget
        spare = max(0, self.width() - 2 * inset - sum(widths)) / 3       # the room between the columns
        left = inset + sum(widths[:col]) + col * spare
        bh, slot = self._box_height(), self._box_height() + self._deriv_height()
        top = inset + row * max(0.0, self.height() - 2 * inset - slot) / 2
        return QRectF(left, top, widths[col], bh)

    def center(self, key: str) -> QPointF:
        return self.box_rect(key).center()

    # --- painting ------------------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = max(2, theme.px(3))
        radius = theme.px(12)
        p.setPen(QPen(QColor(theme.TEXT), line))
        for a, b in self.EDGES:
            ra, rb = self.box_rect(a), self.box_rect(b)
            p.drawLine(QPointF(ra.right(), ra.center().y()), QPointF(rb.left(), rb.center().y()))
        value_color = QColor(theme.readable(theme.POS))
        deriv_color = QColor(theme.readable(theme.ACCENT))
        for key in self.NODES:
            rect = self.box_rect(key)
            active = key in self.shown_forward
            p.setPen(QPen(QColor(theme.TEXT), line))
            p.setBrush(QColor("#E8F2FA" if active else "#FFFFFF"))
            p.drawRoundedRect(rect, radius, radius)
            p.setFont(self.box_font)
            p.setPen(value_color if active else QColor(theme.TEXT))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.box_text(key, active))
            if key in self.shown_backward:
                p.setPen(deriv_color)
                p.setFont(self.deriv_font)
                below = QRectF(rect.left(), rect.bottom() + theme.px(4), rect.width(), self._deriv_height())
                p.drawText(below, Qt.AlignmentFlag.AlignCenter, self.deriv_text(key))
        p.end()


class ComputationGraphScene(Scene):
    """Twelve steps, played at ``1000 / interval_ms`` steps a second: six forward (values), six
    backward (derivatives, by the chain rule). The slider and ◀ ▶| step through them by hand."""

    SETTINGS = {"x": 5.0, "y": 3.0, "z": 2.0, "interval_ms": 1000}

    ORDER_FORWARD = ["x", "y", "z", "u", "v", "J"]
    ORDER_BACKWARD = ["J", "v", "x", "u", "y", "z"]     # the chapter's order: dJ/dv, dJ/dx, dJ/du, dJ/dy, dJ/dz
    STEPS = len(ORDER_FORWARD) + len(ORDER_BACKWARD)

    def build(self) -> None:
        # whole numbers from −10 to 10: the class's numbers, and every box still fits a 1024-pixel projector
        self.spins = {k: theme.spin(float(self.settings[k]), -10.0, 10.0, 1.0, 0, f"{k}Spin") for k in "xyz"}
        for s in self.spins.values():
            s.valueChanged.connect(self.refresh)
        self.forward_button = theme.button("forward ▶", "forwardButton")
        self.backward_button = theme.button("◀ backward", "backwardButton")
        self.forward_button.clicked.connect(lambda: self.play_from(0))
        self.backward_button.clicked.connect(lambda: self.play_from(len(self.ORDER_FORWARD)))
        self.body.addLayout(theme.row("x", self.spins["x"], "y", self.spins["y"], "z", self.spins["z"],
                                      self.forward_button, self.backward_button, spacing=12))
        self.view = GraphView()
        self.body.addWidget(self.view, 1)
        self.narration = theme.label("", theme.FORMULA, object_name="graphStep", wrap=True)
        self.body.addWidget(self.narration)
        self.check = theme.label("", theme.BODY, color=theme.MUTED, object_name="graphCheck", wrap=True)
        self.body.addWidget(self.check)
        self.player = EpochPlayer(self, per_second=1000.0 / max(1, int(self.settings["interval_ms"])), unit="step")
        widest = QFontMetrics(self.player.label.font()).horizontalAdvance(f"step {self.STEPS} / {self.STEPS}")
        self.player.label.setMinimumWidth(widest + theme.px(4))    # the row does not jump as the count grows
        self.player.epochChanged.connect(self.show_step)
        self.body.addWidget(self.player)
        self._started = False

    def on_activate(self) -> None:
        if not self._started:            # the first visit plays the graph; a revisit resumes where it was
            self._started = True
            self.refresh()
            self.player.set_range(self.STEPS, epoch=0)
            self.player.start()
        self.mark_ready()

    def play_from(self, step: int) -> None:
        self.player.stop()
        self.player.set_epoch(step)
        self.player.timer.start()
        self.player.play_button.setText("❚❚ Pause")

    def refresh(self) -> None:
        self.view.set_values(graph_values(*(self.spins[k].value() for k in "xyz")))
        self.show_step(self.player.epoch)

    def show_step(self, k: int) -> None:
        nf = len(self.ORDER_FORWARD)
        self.view.shown_forward = self.ORDER_FORWARD[:min(k, nf)]
        self.view.shown_backward = self.ORDER_BACKWARD[:max(0, k - nf)]
        self.view.update()
        self.narration.setText(self.step_text(k))
        self.check.setText(self.check_text() if k >= self.STEPS else "")

    def step_text(self, k: int) -> str:
        """What step ``k`` computes, with the numbers on screen."""
        v, f = self.view.values, theme.fmt
        nf = len(self.ORDER_FORWARD)
        if k == 0:
            return "Forward pass: values from left to right. Press ▶ (or P)."
        if k <= nf:
            key = self.ORDER_FORWARD[k - 1]
            text = {"x": f"input x = {f(v['x'])}", "y": f"input y = {f(v['y'])}", "z": f"input z = {f(v['z'])}",
                    "u": f"u = yz = {_factor(v['y'])} × {_factor(v['z'])} = {f(v['u'])}",
                    "v": f"v = x + u = {f(v['x'])} + {_factor(v['u'])} = {f(v['v'])}",
                    "J": f"J = 4v = 4 × {_factor(v['v'])} = {f(v['J'])}"}[key]
            return f"forward: {text}"
        key = self.ORDER_BACKWARD[k - nf - 1]
        text = {"J": "∂J/∂J = 1",
                "v": f"∂J/∂v = {f(v['dJ/dv'])}   (J = 4v)",
                "x": f"∂J/∂x = ∂J/∂v · ∂v/∂x = {f(v['dJ/dv'])} × 1 = {f(v['dJ/dx'])}",
                "u": f"∂J/∂u = ∂J/∂v · ∂v/∂u = {f(v['dJ/dv'])} × 1 = {f(v['dJ/du'])}",
                "y": f"∂J/∂y = ∂J/∂u · ∂u/∂y = {f(v['dJ/du'])} × z = {f(v['dJ/du'])} × {_factor(v['z'])} = {f(v['dJ/dy'])}",
                "z": f"∂J/∂z = ∂J/∂u · ∂u/∂z = {f(v['dJ/du'])} × y = {f(v['dJ/du'])} × {_factor(v['y'])} = {f(v['dJ/dz'])}"}[key]
        return f"backward: {text}"

    def check_text(self) -> str:
        """A numerical check of ∂J/∂y: nudge y, see how much J moves."""
        v, h = self.view.values, 1e-3
        moved = graph_values(v["x"], v["y"] + h, v["z"])["J"] - v["J"]
        return (f"check: y + {h:g} moves J by {theme.fmt(moved, 4)} ≈ ∂J/∂y × {h:g} = "
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
    """Two pages: the derivatives on one example (the chain da → dz → dw, db), and the slide's loop
    over m examples, one example per step, then the update of w and b."""

    SETTINGS = {"x1": 1.0, "x2": 2.0, "w1": 0.5, "w2": -0.5, "b": 0.0, "y": 1, "m": 6, "alpha": 0.5}

    def build(self) -> None:
        s = self.settings
        tabs = QHBoxLayout()
        tabs.setSpacing(theme.px(12))
        self.page_buttons = QButtonGroup(self)
        self.page_buttons.setExclusive(True)
        for k, text in enumerate(("① one example", "② m examples: the loop")):
            b = theme.button(text, f"page{k + 1}Button", checkable=True)
            self.page_buttons.addButton(b, k)
            tabs.addWidget(b)
        tabs.addStretch(1)
        self.body.addLayout(tabs)
        self.pages = PageStack()
        self.pages.addWidget(self._one_example_page(s))
        self.pages.addWidget(self._loop_page(s))
        self.body.addWidget(self.pages, 1)
        self.page_buttons.idClicked.connect(self.show_page)
        self.show_page(0)
        X, y = iris_setosa_versicolor()
        Xs = standardize(X)[0]
        m = int(s["m"])
        idx = np.r_[0:m // 2, 50:50 + m - m // 2]
        self.X, self.Y = Xs[idx], (y[idx] > 0).astype(float)
        self.w, self.b = np.zeros(2), 0.0
        self.updates = 0

    def _one_example_page(self, s) -> QWidget:
        page = QWidget()
        lay = QHBoxLayout(page)
        lay.setContentsMargins(0, theme.px(10), 0, 0)
        lay.setSpacing(theme.px(36))
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.px(10))
        grid.setVerticalSpacing(theme.px(10))
        self.spins = {}
        for k, lo, hi, step in (("x1", -5.0, 5.0, 0.5), ("x2", -5.0, 5.0, 0.5), ("w1", -5.0, 5.0, 0.25),
                                ("w2", -5.0, 5.0, 0.25), ("b", -5.0, 5.0, 0.25)):
            self.spins[k] = theme.spin(float(s[k]), lo, hi, step, 2, f"{k}Spin")
        self.y_button = theme.button(f"y = {s['y']}", "yToggle", checkable=True)
        self.y_button.setChecked(bool(s["y"]))
        cells = (("x₁", self.spins["x1"], "w₁", self.spins["w1"]), ("x₂", self.spins["x2"], "w₂", self.spins["w2"]),
                 ("", self.y_button, "b", self.spins["b"]))
        for r, (la, wa, lb, wb) in enumerate(cells):
            grid.addWidget(theme.label(la), r, 0)
            grid.addWidget(wa, r, 1)
            grid.addWidget(theme.label(lb), r, 2)
            grid.addWidget(wb, r, 3)
        grid.setRowStretch(3, 1)
        lay.addLayout(grid)
        # the page has room: the chain is set larger than FORMULA for the back row
        self.chain = theme.label("", theme.FORMULA + 6, object_name="derivativeChain", wrap=True)
        self.chain.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.chain, 1)
        for sp in self.spins.values():
            sp.valueChanged.connect(self.refresh_one)
        self.y_button.toggled.connect(self.refresh_one)
        return page

    def _loop_page(self, s) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, theme.px(10), 0, 0)
        lay.setSpacing(theme.px(12))
        lay.addWidget(theme.label("J = 0; dw₁ = 0; dw₂ = 0; db = 0; for i = 1 … m: add example i — "
                                  "全部計算 sample 後才更新 weight", theme.BODY, wrap=True))
        self.table = theme.label("", theme.BODY, object_name="loopTable")
        lay.addWidget(self.table)
        self.totals = theme.label("", theme.BODY, object_name="loopTotals", wrap=True)
        lay.addWidget(self.totals)
        lay.addStretch(1)
        # about one example a second, and the whole loop within 5–15 s whatever m the scene file sets
        self.player = EpochPlayer(self, unit="example", seconds=float(min(15, max(5, int(s["m"])))))
        self.player.epochChanged.connect(lambda _k: self.show_loop())
        self.player.play_button.clicked.connect(lambda: self.show_page(1))
        self.update_button = theme.button(f"update w, b  (α = {s['alpha']:g})", "updateButton")
        self.update_button.clicked.connect(self.apply_update)
        controls = QHBoxLayout()
        controls.setSpacing(theme.px(30))
        controls.addWidget(self.player, 1)
        controls.addWidget(self.update_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(controls)
        return page

    def show_page(self, k: int) -> None:
        self.pages.setCurrentIndex(k)
        self.page_buttons.button(k).setChecked(True)
        self.pages.updateGeometry()

    @property
    def i(self) -> int:
        """How many examples of the loop have been added (the player's position)."""
        return self.player.epoch

    def on_activate(self) -> None:
        if self.player.maximum == 0:
            self.refresh_one()
            self.player.set_range(len(self.Y), epoch=0)
        self.mark_ready()

    def refresh_one(self) -> None:
        v = {k: sp.value() for k, sp in self.spins.items()}
        y = int(self.y_button.isChecked())
        self.y_button.setText(f"y = {y}")
        r = one_example(v["x1"], v["x2"], v["w1"], v["w2"], v["b"], y)
        f = theme.fmt
        same = "✓" if np.isclose(r["dz_chain"], r["dz"]) else "✗"
        accent = theme.readable(theme.ACCENT)
        self.chain.setText(
            f"z = w₁x₁ + w₂x₂ + b = <b>{f(r['z'])}</b><br>"
            f"a = σ(z) = 1 / (1 + e<sup>−z</sup>) = <b>{f(r['a'])}</b><br>"
            f"ℒ(a, y) = −(y log a + (1 − y) log(1 − a)) = <b>{f(r['L'])}</b><br>"
            f"da = −y/a + (1 − y)/(1 − a) = <b>{f(r['da'])}</b><br>"
            f"dz = da · a(1 − a) = <b>{f(r['dz_chain'])}</b><br>"
            f"<b style='color:{accent}'>&nbsp;&nbsp;&nbsp;&nbsp;= a − y = {f(r['a'])} − {y} = {f(r['dz'])} {same}</b><br>"
            f"dw₁ = x₁ dz = <b>{f(r['dw1'])}</b>, &nbsp;dw₂ = x₂ dz = <b>{f(r['dw2'])}</b>, &nbsp;db = dz = <b>{f(r['db'])}</b>")

    def show_loop(self) -> None:
        rows = m_examples(self.X, self.Y, self.w, self.b)
        m = len(rows)
        f = theme.fmt
        head = ["i", "x₁", "x₂", "y", "a", "dz = a − y", "J", "dw₁", "dw₂", "db"]
        html = [f"<table cellspacing=0 cellpadding={theme.px(5)} style='border-collapse:collapse'>"
                "<tr>" + "".join(f"<th align=right style='border-bottom: 2px solid {theme.TEXT}'>&nbsp;{h}</th>"
                                 for h in head) + "</tr>"]
        for r in rows:
            on = r["i"] <= self.i
            style = f"color:{theme.TEXT}" if on else f"color:{theme.INACTIVE}"
            if r["i"] == self.i:
                style += "; background:#FFF3C4"
            vals = [r["i"], f(r["x1"], 2), f(r["x2"], 2), int(r["y"])] + (
                [f(r["a"]), f(r["dz"]), f(r["J"]), f(r["dw1"]), f(r["dw2"]), f(r["db"])] if on else ["·"] * 6)
            html.append(f"<tr style='{style}'>" + "".join(f"<td align=right>&nbsp;{v}</td>" for v in vals) + "</tr>")
        html.append("</table>")
        self.table.setText("".join(html))
        now = f"w = {theme.fmt_vec(self.w)}, b = {f(self.b)}" + (f" (after {self.updates} update"
                                                                f"{'s' if self.updates != 1 else ''})" if self.updates else "")
        if self.i >= m:
            last = rows[-1]
            self.totals.setText(f"J /= m → <b>{f(last['J'] / m)}</b>, dw₁ /= m → <b>{f(last['dw1'] / m)}</b>, "
                                f"dw₂ /= m → <b>{f(last['dw2'] / m)}</b>, db /= m → <b>{f(last['db'] / m)}</b><br>{now}")
        else:
            self.totals.setText(f"{self.i} of m = {m} examples added; the running sums J, dw₁, dw₂, db "
                                f"are divided by m at the end<br>{now}")
        self.update_button.setEnabled(self.i >= m)

    def apply_update(self) -> None:
        m = len(self.Y)
        last = m_examples(self.X, self.Y, self.w, self.b)[-1]
        a = float(self.settings["alpha"])
        self.w = self.w - a * np.array([last["dw1"], last["dw2"]]) / m
        self.b = self.b - a * last["db"] / m
        self.updates += 1
        self.player.stop()
        self.player.set_epoch(0, force=True)
        self.show_loop()
