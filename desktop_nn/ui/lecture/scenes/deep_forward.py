"""Forward propagation through a deep network, one layer at a time: Z[l] = W[l]A[l−1] + b[l],
A[l] = g(Z[l]) with the real matrices of the engine's forward pass, their shapes and the
broadcast of b[l]; Play walks the layers at a speed the teacher sets."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from desktop_nn.engine.datasets import GENERATORS
from desktop_nn.engine.network import Network, to_columns
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.players import SpeedControl
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.deep import LayerNetworkView, sup
from desktop_nn.ui.lecture.scenes.text import dims_text
from desktop_nn.ui.lecture.widgets import MatrixGrid

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


def forward_layers(dims, m, hidden, seed=0) -> dict:
    """One forward pass of a He-initialised network on m two-moons examples (as columns): each
    layer's W, b, A[l−1], Z and A, copied from the engine's caches."""
    X, y = GENERATORS["moons"](max(m, 2), noise=0.1, seed=seed)
    Xc, _ = to_columns(X[:m], y[:m], "sigmoid")
    net = Network(dims, hidden_activation=hidden, output="sigmoid", init="he", seed=seed)
    AL, caches = net.forward(Xc)
    return {"dims": list(dims), "caches": [(c.W.copy(), c.b.copy(), c.A_prev.copy(), c.Z.copy(), c.A.copy()) for c in caches],
            "activations": list(net.activations), "m": m}


def op_label(text: str, size: float = theme.FORMULA) -> QLabel:
    """An operator (×, +, =, → g →) between two matrices, centred on them."""
    w = theme.label(text, size, bold=True)
    w.setAlignment(Qt.AlignmentFlag.AlignCenter)
    w.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
    return w


class DeepForwardScene(Scene):
    """Z[l] = W[l]A[l−1] + b[l], A[l] = g(Z[l]) with the real matrices, one layer at a time; Play
    walks through the layers at a speed the teacher sets (layers per second)."""

    SETTINGS = {"layer_dims": [2, 3, 5, 4, 2, 1], "m": 4, "activation": "relu", "interval_ms": 1400}

    def build(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(theme.px(24))
        self.body.addLayout(top)
        text = QVBoxLayout()
        top.addLayout(text, 3)
        self.formula = theme.label("", theme.FORMULA + 4, bold=True, object_name="forwardFormula", wrap=True)
        self.shapes = theme.label("", theme.BODY, object_name="forwardShapes", wrap=True)
        self.loop_note = theme.label("", theme.BODY, color=theme.MUTED, object_name="loopNote", wrap=True)
        for w in (self.formula, self.shapes, self.loop_note):
            text.addWidget(w)
        text.addStretch(1)
        # the network beside the formulas, small: it shows which layer the matrices below belong to
        self.net_view = LayerNetworkView("networkView")
        self.net_view.setMinimumSize(theme.px(380), theme.px(250))
        self.net_view.setMaximumHeight(theme.px(300))
        top.addWidget(self.net_view, 2)
        grids = QVBoxLayout()
        self.body.addLayout(grids, 1)
        self.grids = {k: MatrixGrid(5, 6, f"{k}Grid") for k in ("W", "A_prev", "b", "Z", "A")}
        for g in self.grids.values():
            g.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.top_row, self.bottom_row = QHBoxLayout(), QHBoxLayout()
        self.g_label = op_label("→ g →", theme.BODY)
        for row, items in ((self.top_row, (self.grids["W"], op_label("×"), self.grids["A_prev"], op_label("+"),
                                            self.grids["b"])),
                           (self.bottom_row, (op_label("="), self.grids["Z"], self.g_label, self.grids["A"]))):
            row.setSpacing(theme.px(12))
            for w in items:
                row.addWidget(w, 0, Qt.AlignmentFlag.AlignTop if isinstance(w, MatrixGrid) else Qt.AlignmentFlag.AlignVCenter)
        grids.addStretch(1)
        grids.addLayout(self.top_row)
        grids.addStretch(1)
        grids.addLayout(self.bottom_row)
        grids.addStretch(1)
        self.prev = theme.button(translate("lecture/deep_forward", "◀ layer"), "prevLayer")
        self.next = theme.button(translate("lecture/deep_forward", "layer ▶"), "nextLayer")
        self.play = theme.button(translate("Lecture", "▶ Play"), "playButton")
        self.speed = SpeedControl(round(10000.0 / int(self.settings["interval_ms"])) / 10, unit="layers/s",
                                  maximum=20.0)
        self.m = theme.spin(int(self.settings["m"]), 1, 500, 1, object_name="mSpin")
        self.prev.clicked.connect(lambda: self.go(self.l - 1))
        self.next.clicked.connect(lambda: self.go(self.l + 1))
        self.play.clicked.connect(self.toggle)
        self.speed.rateChanged.connect(lambda r: self.anim.setInterval(self._interval()))
        self.m.valueChanged.connect(lambda _: self.recompute())
        self.body.addLayout(theme.row(self.prev, self.next, self.play, self.speed, "m =", self.m))
        self.anim = self.timer(self._interval(), self.tick)
        self.play_button = self.play
        self.result = None
        self.l = 1

    def _interval(self) -> int:
        return max(50, round(1000.0 / max(0.1, self.speed.rate)))

    def toggle(self) -> None:
        if self.anim.isActive():
            self.anim.stop()
        else:
            if self.result is not None and self.l >= len(self.result["caches"]):
                self.go(1)               # a new pass starts at layer 1
            self.anim.start()
        self.play.setText(translate("Lecture", "❚❚ Pause") if self.anim.isActive() else translate("Lecture", "▶ Play"))

    def tick(self) -> None:
        if self.result is None:
            return
        self.go(self.l + 1)
        if self.l >= len(self.result["caches"]):      # Ŷ = A[L]: the pass is done
            self.anim.stop()
            self.play.setText(translate("Lecture", "▶ Play"))

    def on_activate(self) -> None:
        if self.result is None:
            self.recompute()

    def recompute(self) -> None:
        dims, m, g = list(self.settings["layer_dims"]), self.m.value(), self.settings["activation"]
        self.submit("forward", lambda st: forward_layers(dims, m, g), self.set_result)

    def set_result(self, r: dict) -> None:
        self.result = r
        self.go(self.l)
        self.mark_ready()

    def go(self, l: int) -> None:
        r = self.result
        if r is None:
            return
        L = len(r["caches"])
        self.l = max(1, min(L, l))
        l = self.l
        W, b, A_prev, Z, A = r["caches"][l - 1]
        prev = "X" if l == 1 else f"A{sup(l - 1)}"
        g = r["activations"][l - 1]
        out = " = Ŷ" if l == L else ""
        self.formula.setText(f"Z{sup(l)} = W{sup(l)}{prev} + b{sup(l)}, &nbsp; A{sup(l)} = {g}(Z{sup(l)}){out}")
        m = A_prev.shape[1]
        broadcast = np.broadcast_shapes(b.shape, (W @ A_prev).shape)
        self.shapes.setText(
            f"{dims_text(W.shape)} × {dims_text(A_prev.shape)} + {dims_text(b.shape)} → {dims_text(Z.shape)} &nbsp; "
            f"<span style='color:{theme.MUTED}'>(n{sup(l)}, n{sup(l - 1)}) × (n{sup(l - 1)}, m) + (n{sup(l)}, 1)"
            f" → (n{sup(l)}, m)</span><br>"
            + translate("lecture/deep_forward", "{b} {shape} is added to each of the m = {m} columns: broadcast to {target}").format(
                b=f"b{sup(l)}", shape=dims_text(b.shape), m=m, target=dims_text(broadcast)))
        prev_name = "X = A[0]" if l == 1 else f"A[{l - 1}]"
        for key, name, M in (("W", f"W[{l}]", W), ("A_prev", prev_name, A_prev), ("b", f"b[{l}]", b),
                             ("Z", f"Z[{l}]", Z), ("A", f"A[{l}]" + (" = Ŷ" if l == L else ""), A)):
            # shown to two decimals: a tiny value reads 0, not a wide 4.3 × 10⁻³ that crowds the row
            self.grids[key].set_matrix(f"{name} {dims_text(M.shape)}", np.round(M, 2) + 0.0)
        # each matrix gets room in proportion to its columns (as many as it may show)
        for row, keys in ((self.top_row, ("W", None, "A_prev", None, "b")), (self.bottom_row, (None, "Z", None, "A"))):
            for i, key in enumerate(keys):
                if key is not None:
                    grid = self.grids[key]
                    row.setStretch(i, min(grid.max_cols, grid.matrix.shape[1]))
        self.g_label.setText(f"→ {g} →")
        self.loop_note.setText(translate("lecture/deep_forward", "layer {} of L = {}: the m examples are columns (vectorised); "
                                         "we still need a for loop over the layers l = 1 … L").format(l, L))
        self.net_view.set_layers(r["dims"], [c[0] for c in r["caches"]], l,
                                 [("X", "X")] + [(f"A[{i}]", f"A[{i}]") for i in range(1, L)] + [("Ŷ", "Ŷ")])
