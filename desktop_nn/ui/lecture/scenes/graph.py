"""The computation graph J(x, y, z) = 4(x + yz), forward and backward on the class's numbers: the
values appear left to right, then the derivatives right to left by the chain rule, checked by
nudging y."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.players import EpochPlayer
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.text import factor

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


def graph_values(x: float, y: float, z: float) -> dict:
    """u = yz, v = x + u, J = 4v and every derivative of J, by the chain rule."""
    u = y * z
    v = x + u
    J = 4 * v
    dv = 4.0                 # J = 4v
    du = dv * 1.0            # v = x + u
    return {"x": x, "y": y, "z": z, "u": u, "v": v, "J": J,
            "dJ/dJ": 1.0, "dJ/dv": dv, "dJ/du": du, "dJ/dx": dv * 1.0, "dJ/dy": du * z, "dJ/dz": du * y}


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
        self.forward_button = theme.button(translate("lecture/graph", "forward ▶"), "forwardButton")
        self.backward_button = theme.button(translate("lecture/graph", "◀ backward"), "backwardButton")
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
        widest = QFontMetrics(self.player.label.font()).horizontalAdvance(translate("Lecture", "step {} / {}").format(self.STEPS, self.STEPS))
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
        self.player.play_button.setText(translate("Lecture", "❚❚ Pause"))

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
            return translate("lecture/graph", "Forward pass: values from left to right. Press ▶ (or P).")
        if k <= nf:
            key = self.ORDER_FORWARD[k - 1]
            inp = translate("lecture/graph", "input {} = {}")
            text = {"x": inp.format("x", f(v['x'])), "y": inp.format("y", f(v['y'])), "z": inp.format("z", f(v['z'])),
                    "u": f"u = yz = {factor(v['y'])} × {factor(v['z'])} = {f(v['u'])}",
                    "v": f"v = x + u = {f(v['x'])} + {factor(v['u'])} = {f(v['v'])}",
                    "J": f"J = 4v = 4 × {factor(v['v'])} = {f(v['J'])}"}[key]
            return translate("lecture/graph", "forward: {}").format(text)
        key = self.ORDER_BACKWARD[k - nf - 1]
        text = {"J": "∂J/∂J = 1",
                "v": f"∂J/∂v = {f(v['dJ/dv'])}   (J = 4v)",
                "x": f"∂J/∂x = ∂J/∂v · ∂v/∂x = {f(v['dJ/dv'])} × 1 = {f(v['dJ/dx'])}",
                "u": f"∂J/∂u = ∂J/∂v · ∂v/∂u = {f(v['dJ/dv'])} × 1 = {f(v['dJ/du'])}",
                "y": f"∂J/∂y = ∂J/∂u · ∂u/∂y = {f(v['dJ/du'])} × z = {f(v['dJ/du'])} × {factor(v['z'])} = {f(v['dJ/dy'])}",
                "z": f"∂J/∂z = ∂J/∂u · ∂u/∂z = {f(v['dJ/du'])} × y = {f(v['dJ/du'])} × {factor(v['y'])} = {f(v['dJ/dz'])}"}[key]
        return translate("lecture/graph", "backward: {}").format(text)

    def check_text(self) -> str:
        """A numerical check of ∂J/∂y: nudge y, see how much J moves."""
        v, h = self.view.values, 1e-3
        moved = graph_values(v["x"], v["y"] + h, v["z"])["J"] - v["J"]
        return translate("lecture/graph", "check: y + {h} moves J by {moved} ≈ ∂J/∂y × {h} = {expected}").format(
            h=f"{h:g}", moved=theme.fmt(moved, 4), expected=theme.fmt(v['dJ/dy'] * h, 4))
