"""The building blocks of a deep network: per layer a forward box, the cache it leaves and a
backward box, lit in the order one iteration runs them, with the shapes and gradient sizes of the
engine's own forward and backward pass."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_nn.engine.datasets import GENERATORS
from desktop_nn.engine.network import Network, to_columns
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.players import SpeedControl
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.layout import FlowLayout, WrapLabel, control_group
from desktop_nn.ui.lecture.scenes.text import shape_text

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


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
            lines = [translate("lecture/building_blocks", "layer {}").format(l), f"a[{l - 1}] → a[{l}]"]
            if self.forward_done(l):
                lines.append(f"A[{l}] {i.get(f'A{l}', '')}")
            return lines
        if kind == "cache":
            if self.forward_done(l):
                return [translate("lecture/building_blocks", "cache"), f"Z[{l}] {i.get(f'Z{l}', '')}", f"W[{l}], b[{l}]"]
            return [translate("lecture/building_blocks", "cache"), translate("lecture/building_blocks", "(empty)")]
        if kind == "backward":
            lines = [translate("lecture/building_blocks", "layer {}").format(l), f"da[{l}] → da[{l - 1}]"]
            if self.backward_done(l):
                lines += [f"dW[{l}] {i.get(f'dW{l}', '')}", f"‖dW‖ = {i.get(f'|dW{l}|', '')}"]
            return lines
        if kind == "update":
            return [f"W[{l}], b[{l}]", translate("lecture/building_blocks", "updated ✓")] if self.updated() else []
        raise ValueError(kind)

    def _all_lines(self) -> list[tuple[str, bool]]:
        """Every line the view may paint, with whether it is bold (for the width it needs)."""
        saved, self.stage = self.stage, 2 * self.L + 1
        try:
            lines = [(translate("lecture/building_blocks", "(empty)"), False)]
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
        return (translate("lecture/building_blocks", "forward ▶  input a[l−1], output a[l], cache z[l]"),
                translate("lecture/building_blocks", "◀ backward  input da[l] and the cache, output da[l−1], dW[l], db[l]"))

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
        self.play = theme.button(translate("Lecture", "▶ Play"), "playButton")
        self.step = theme.button(translate("lecture/building_blocks", "step ▶|"), "stepButton")
        self.again = theme.button(translate("lecture/building_blocks", "↺ restart"), "restartButton")
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
            translate("lecture/building_blocks", "network {}, m = {} examples").format('-'.join(map(str, self.settings['layer_dims'])),
                                                                     self.settings['m']),
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
        self.play.setText(translate("Lecture", "❚❚ Pause") if self.anim.isActive() else translate("Lecture", "▶ Play"))

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
            text = translate("lecture/building_blocks", "Input a[0] = X. Each forward block computes z[l] = W[l]a[l−1] + b[l], "
                             "a[l] = g[l](z[l]) and keeps z[l], W[l], b[l] in its cache.")
        elif s <= L:
            text = translate("lecture/building_blocks", "forward, layer {l}: a[{prev}] → a[{l}] {A}; the cache keeps Z[{l}] {Z}, "
                             "W[{l}], b[{l}] for the backward pass").format(
                                 l=s, prev=s - 1, A=i.get(f'A{s}', ''), Z=i.get(f'Z{s}', ''))
        elif s <= 2 * L:
            l = 2 * L + 1 - s
            text = (translate("lecture/building_blocks", "backward, layer {l}: from da[{l}] and the cache → da[{prev}], dW[{l}] {dW}, "
                              "db[{l}] {db}").format(l=l, prev=l - 1, dW=i.get(f'dW{l}', ''), db=i.get(f'db{l}', ''))
                    + (" (dZ[L] = A[L] − Y)" if l == L else ""))
        else:
            text = translate("lecture/building_blocks", "update every layer: W[l] = W[l] − α dW[l], b[l] = b[l] − α db[l]")
        self.caption.setText(text)
