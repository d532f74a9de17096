"""Deep networks: the notation (L, n[l]), forward propagation layer by layer, and the matrix
dimensions table read from the engine's real arrays for whatever network is drawn."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from desktop_nn.engine.datasets import GENERATORS
from desktop_nn.engine.network import Network, to_columns
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.players import SpeedControl
from desktop_nn.ui.lecture.widgets import MatrixGrid, NetworkView

MAX_HIDDEN = 6        # hidden layers the editors allow (L ≤ 7): every table row and spin box still fits


def sup(l) -> str:
    """``[l]`` as a superscript, the chapter's layer index."""
    return f"<sup>[{l}]</sup>"


class LayerNetworkView(NetworkView):
    """A network drawn column by column with a two-line label under each layer (its name, n[l]).

    Labels never run into each other: where the full labels ("x = a[0]", "n[0] = 2") are wider
    than the gap between two layers the short ones ("x", "2") are drawn. A layer of more than
    :attr:`MAX_DRAWN` units is drawn as its first and last units with ⋮ between them; the label
    keeps the true n[l]."""

    MAX_DRAWN = 12

    def __init__(self, object_name: str | None = None):
        super().__init__(object_name)
        self.setFont(theme.font(theme.CELL, bold=True))
        self.true_dims: list[int] = list(self.layer_dims)
        self.names: list[tuple[str, str]] = []
        self.setMinimumSize(theme.px(300), theme.px(240))

    def set_layers(self, dims, weights=None, highlight=None, names=None) -> None:
        """``names``: per layer (full name, short name), e.g. ("x = a[0]", "x")."""
        self.true_dims = [int(n) for n in dims]
        self.names = list(names) if names else [(f"a[{l}]", f"a[{l}]") for l in range(len(dims))]
        cap = self.MAX_DRAWN
        drawn = [min(n, cap) for n in self.true_dims]
        if weights is not None:
            weights = [np.asarray(W)[:cap, :cap] for W in weights]
        # the base class draws the nodes and links; the labels are drawn here (blank names there)
        self.set_network(drawn, weights, highlight, [" "] * len(dims))

    def _label_height(self) -> int:
        return 2 * self.fontMetrics().height() + theme.px(8)

    def _labels(self) -> list[tuple[str, str]]:
        """The two lines under each layer, full or (if any full one would collide) short."""
        dims = self.true_dims
        names = self.names if len(self.names) == len(dims) else [(f"a[{l}]", f"a[{l}]") for l in range(len(dims))]
        ends = (0, len(dims) - 1, self.highlight)
        tiers = ([(n[0], f"n[{l}] = {d}") for l, (n, d) in enumerate(zip(names, dims))],
                 [(n[1], f"n[{l}] = {d}") for l, (n, d) in enumerate(zip(names, dims))],
                 [(n[1], f"{d}") for n, d in zip(names, dims)],
                 # narrower: only the ends and the highlighted layer keep a name
                 [(n[1] if l in ends else "", f"{d}") for l, (n, d) in enumerate(zip(names, dims))],
                 # narrowest: only they are labelled at all
                 [(n[1], f"{d}") if l in ends else ("", "") for l, (n, d) in enumerate(zip(names, dims))])
        for labels in tiers[:-1]:
            if self._widest(labels) <= self._spacing(labels) - theme.px(10):
                return labels
        return tiers[-1]

    def _widest(self, labels) -> int:
        fm = self.fontMetrics()
        return max((fm.horizontalAdvance(t) for pair in labels for t in pair), default=0)

    def _spacing(self, labels) -> float:
        L = len(self.true_dims)
        margin = self._margin(labels)
        return (self.width() - 2 * margin) / max(1, L - 1)

    def _margin(self, labels) -> float:
        return max(theme.px(30), self._widest(labels) / 2 + theme.px(4))

    def node_positions(self) -> list[list[QPointF]]:
        labels = self._labels()
        margin = self._margin(labels)
        L = len(self.true_dims)
        top, bottom = theme.px(16), self._label_height() + theme.px(10)
        pos = []
        for l, n in enumerate(self.true_dims):
            x = margin + (self.width() - 2 * margin) * (l / max(1, L - 1))
            shown = min(n, self.MAX_DRAWN)
            slots = shown + (2 if n > shown else 0)            # two slots for the ⋮ of an elided layer
            gap = (self.height() - top - bottom) / max(slots, 1)
            ys = [top + gap * (i + 0.5) for i in range(slots)]
            if n > shown:
                del ys[shown // 2:shown // 2 + 2]
            pos.append([QPointF(x, y) for y in ys])
        return pos

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        p = QPainter(self)
        p.setFont(self.font())
        fm = QFontMetrics(self.font())
        labels = self._labels()
        pos = self.node_positions()
        half = max(theme.px(20), self._spacing(labels) / 2)
        line = fm.height()
        y0 = self.height() - self._label_height() + theme.px(4)
        for l, (layer, (name, n_text)) in enumerate(zip(pos, labels)):
            x = layer[0].x()
            p.setPen(QColor(theme.readable(theme.ACCENT) if self.highlight == l else theme.TEXT))
            for k, text in enumerate((name, n_text)):
                p.drawText(QRectF(x - half, y0 + k * line, 2 * half, line),
                           Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextDontClip, text)
            n = self.true_dims[l]
            if n > self.MAX_DRAWN:
                mid = (layer[self.MAX_DRAWN // 2 - 1].y() + layer[self.MAX_DRAWN // 2].y()) / 2
                p.setPen(QColor(theme.TEXT))
                p.drawText(QRectF(x - half, mid - line / 2, 2 * half, line), Qt.AlignmentFlag.AlignCenter, "⋮")
        p.end()


class LayerEditor:
    """− layer / + layer and one spin box per hidden layer (n[1] … n[L−1]); input and output stay."""

    def __init__(self, scene: Scene, dims: list[int], on_change):
        self.scene, self.on_change = scene, on_change
        self.dims = list(dims)
        self.row = QHBoxLayout()
        self.row.setSpacing(theme.px(10))
        self.remove = theme.button("− layer", "removeLayer")
        self.add = theme.button("+ layer", "addLayer")
        self.add.clicked.connect(lambda: self._resize(+1))
        self.remove.clicked.connect(lambda: self._resize(-1))
        self.caption = theme.label("", theme.BODY, object_name="hiddenUnitsCaption")
        self.spins = []
        self.holder = QHBoxLayout()
        self.holder.setSpacing(theme.px(6))
        self.row.addWidget(self.remove)
        self.row.addWidget(self.add)
        self.row.addWidget(self.caption)
        self.row.addLayout(self.holder)
        self.row.addStretch(1)
        self._rebuild()

    def _rebuild(self) -> None:
        for s in self.spins:
            s.setParent(None)
            s.deleteLater()
        self.spins = []
        hidden = len(self.dims) - 2
        self.caption.setText(f"n{sup(1)} … n{sup(hidden)} =" if hidden > 1 else
                             f"n{sup(1)} =" if hidden == 1 else "no hidden layer")
        for l in range(1, len(self.dims) - 1):
            s = theme.spin(self.dims[l], 1, 12, 1, object_name=f"n{l}Spin")
            s.setToolTip(f"n[{l}]: units in layer {l}")
            s.valueChanged.connect(lambda v, l=l: self._set(l, v))
            self.holder.addWidget(s)
            self.spins.append(s)
        self.add.setEnabled(hidden < MAX_HIDDEN)
        self.remove.setEnabled(hidden > 0)

    def _set(self, l: int, v: int) -> None:
        self.dims[l] = v
        self.on_change(list(self.dims))

    def _resize(self, delta: int) -> None:
        hidden = len(self.dims) - 2
        if delta > 0 and hidden < MAX_HIDDEN:
            self.dims.insert(-1, 3)
        elif delta < 0 and hidden > 0:
            self.dims.pop(-2)
        else:
            return
        self._rebuild()
        self.on_change(list(self.dims))


def layer_names(L: int) -> list[tuple[str, str]]:
    """(full, short) names of layers 0 … L as the chapter writes them: a[0] = x, a[L] = ŷ."""
    return [("x = a[0]", "x")] + [(f"a[{l}]", f"a[{l}]") for l in range(1, L)] + [(f"ŷ = a[{L}]", "ŷ")]


class DeepNotationScene(Scene):
    SETTINGS = {"layer_dims": [2, 3, 5, 4, 2, 1]}
    TITLE_FIELDS = {"L": 5, "n": "[2, 3, 5, 4, 2, 1]"}

    def build(self) -> None:
        main = QHBoxLayout()
        main.setSpacing(theme.px(24))
        self.body.addLayout(main, 1)
        self.net_view = LayerNetworkView("networkView")
        main.addWidget(self.net_view, 3)
        right = QVBoxLayout()
        main.addLayout(right, 2)
        self.text = theme.label("", theme.BODY, object_name="notationText", wrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setMinimumWidth(theme.px(420))
        right.addWidget(self.text, 1)
        self.next_layer = theme.button("next layer ▶", "nextLayer")
        self.next_layer.clicked.connect(self.cycle)
        right.addWidget(self.next_layer, 0, Qt.AlignmentFlag.AlignLeft)
        self.editor = LayerEditor(self, list(self.settings["layer_dims"]), self.set_dims)
        self.body.addLayout(self.editor.row)
        self.highlight = 1
        self.net: Network | None = None

    def on_activate(self) -> None:
        self.set_dims(self.editor.dims)
        self.mark_ready()

    def cycle(self) -> None:
        self.highlight = self.highlight % (len(self.editor.dims) - 1) + 1
        self.set_dims(self.editor.dims)

    def set_dims(self, dims: list[int]) -> None:
        L = len(dims) - 1
        self.highlight = min(self.highlight, L)
        self.set_title_fields(L=L, n=str(list(dims)))
        net = Network(dims, hidden_activation="relu", seed=0, init="xavier")
        self.net = net
        self.net_view.set_layers(dims, [np.array(net.params[f"W{l}"]) for l in range(1, L + 1)], self.highlight,
                                 layer_names(L))
        l = self.highlight
        ns = ", ".join(f"n{sup(i)} = {d}" for i, d in enumerate(dims[1:], start=1))
        role = "the output ŷ" if l == L else f"hidden layer {l}"
        muted = f"style='color:{theme.MUTED}'"
        lines = [
            f"# layers <b>L = {L}</b> (the input is not counted)",
            f"n{sup('l')} = # units in layer l <span {muted}>幾個神經元</span>",
            f"{ns}",
            f"n{sup(0)} = n<sub>x</sub> = {dims[0]} <span {muted}>兩個input</span>",
            f"a{sup('l')} = g{sup('l')}(z{sup('l')}): activations",
            f"W{sup('l')}, b{sup('l')}: weights, bias for z{sup('l')}",
            f"a{sup(0)} = X (input), a{sup('L')} = ŷ (output)",
            f"<b style='color:{theme.readable(theme.ACCENT)}'>layer {l}</b> ({role}): "
            f"W{sup(l)} is ({dims[l]}, {dims[l - 1]}), b{sup(l)} is ({dims[l]}, 1)",
            f"{net.n_parameters} parameters in all",
        ]
        gap = theme.px(10)
        self.text.setText("".join(f"<p style='margin: 0 0 {gap}px 0'>{t}</p>" for t in lines))


# --- forward propagation ------------------------------------------------------------------------

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


def shape(s) -> str:
    return f"({s[0]}, {s[1]})"


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
        self.prev = theme.button("◀ layer", "prevLayer")
        self.next = theme.button("layer ▶", "nextLayer")
        self.play = theme.button("▶ Play", "playButton")
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
        self.play.setText("❚❚ Pause" if self.anim.isActive() else "▶ Play")

    def tick(self) -> None:
        if self.result is None:
            return
        self.go(self.l + 1)
        if self.l >= len(self.result["caches"]):      # Ŷ = A[L]: the pass is done
            self.anim.stop()
            self.play.setText("▶ Play")

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
            f"{shape(W.shape)} × {shape(A_prev.shape)} + {shape(b.shape)} → {shape(Z.shape)} &nbsp; "
            f"<span style='color:{theme.MUTED}'>(n{sup(l)}, n{sup(l - 1)}) × (n{sup(l - 1)}, m) + (n{sup(l)}, 1)"
            f" → (n{sup(l)}, m)</span><br>"
            f"b{sup(l)} {shape(b.shape)} is added to each of the m = {m} columns: broadcast to {shape(broadcast)}")
        prev_name = "X = A[0]" if l == 1 else f"A[{l - 1}]"
        for key, name, M in (("W", f"W[{l}]", W), ("A_prev", prev_name, A_prev), ("b", f"b[{l}]", b),
                             ("Z", f"Z[{l}]", Z), ("A", f"A[{l}]" + (" = Ŷ" if l == L else ""), A)):
            # shown to two decimals: a tiny value reads 0, not a wide 4.3 × 10⁻³ that crowds the row
            self.grids[key].set_matrix(f"{name} {shape(M.shape)}", np.round(M, 2) + 0.0)
        # each matrix gets room in proportion to its columns (as many as it may show)
        for row, keys in ((self.top_row, ("W", None, "A_prev", None, "b")), (self.bottom_row, (None, "Z", None, "A"))):
            for i, key in enumerate(keys):
                if key is not None:
                    grid = self.grids[key]
                    row.setStretch(i, min(grid.max_cols, grid.matrix.shape[1]))
        self.g_label.setText(f"→ {g} →")
        self.loop_note.setText(f"layer {l} of L = {L}: the m examples are columns (vectorised); "
                               "we still need a for loop over the layers l = 1 … L")
        self.net_view.set_layers(r["dims"], [c[0] for c in r["caches"]], l,
                                 [("X", "X")] + [(f"A[{i}]", f"A[{i}]") for i in range(1, L)] + [("Ŷ", "Ŷ")])


# --- matrix dimensions --------------------------------------------------------------------------

def dimension_rows(dims, m, seed=0) -> list[dict]:
    """Shapes read from the engine's arrays after one forward and one backward pass on m examples.

    ``b_used`` is the shape b[l] takes inside Z[l] = W[l]A[l−1] + b[l] (NumPy broadcasts the (n[l], 1)
    column across the m examples). dA[L] = −Y/A[L] + (1 − Y)/(1 − A[L]) is computed here: with a
    sigmoid output and cross-entropy the engine goes straight to dZ[L] = A[L] − Y."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((dims[0], m))
    Y = (rng.uniform(size=(dims[-1], m)) > 0.5).astype(float)
    net = Network(dims, hidden_activation="relu", output="sigmoid", seed=seed)
    AL, caches = net.forward(X)
    grads = net.backward(AL, Y, caches)
    AL_safe = np.clip(AL, 1e-12, 1 - 1e-12)
    dA_last = -Y / AL_safe + (1 - Y) / (1 - AL_safe)
    rows = []
    L = len(caches)
    for l, c in enumerate(caches, start=1):
        dA = grads[f"dA{l}"] if l < L else dA_last
        rows.append({"l": l, "n": dims[l], "W": c.W.shape, "dW": grads[f"dW{l}"].shape,
                     "b": c.b.shape, "db": grads[f"db{l}"].shape,
                     "b_used": np.broadcast_shapes(c.b.shape, (c.W @ c.A_prev).shape),
                     "Z": c.Z.shape, "A": c.A.shape, "dZ": grads[f"dZ{l}"].shape, "dA": dA.shape})
    return rows


def exercise_text(dims: list[int], reveal: bool) -> str:
    """The chapter's exercise for layer 1 of the network on screen: (n[1], 1) = (?, ?) × (n[0], 1) + (n[1], 1)."""
    n0, n1 = dims[0], dims[1]
    w = f"<b style='color:{theme.readable(theme.ACCENT)}'>({n1}, {n0})</b>" if reveal else "<b>(?, ?)</b>"
    formula = f"({n1}, 1) = {w} × ({n0}, 1) + ({n1}, 1)".replace(" ", "&nbsp;").replace("<b&nbsp;", "<b ")
    text = f"One example, layer 1: &nbsp; z{sup(1)} = W{sup(1)}x + b{sup(1)}<br><b>{formula}</b>"
    if reveal:
        text += (f"<br>W{sup(1)} is (n{sup(1)}, n{sup(0)}) = ({n1}, {n0})"
                 + (f"; W{sup(2)} is (n{sup(2)}, n{sup(1)}) = ({dims[2]}, {n1})" if len(dims) > 2 else ""))
    return text


class MatrixDimensionsScene(Scene):
    """The chapter's dimensions table for the network on screen, every shape read from the engine."""

    SETTINGS = {"layer_dims": [2, 3, 5, 4, 2, 1], "m": 200}

    #: the table's columns: (header, the shape rule, the row keys shown in the column)
    COLUMNS = (
        ("layer<br>l", "", ()),
        (f"W{sup('l')},<br>dW{sup('l')}", f"(n{sup('l')}, n{sup('l−1')})", ("W", "dW")),
        (f"b{sup('l')},<br>db{sup('l')}", f"(n{sup('l')}, 1)", ("b", "db")),
        (f"b{sup('l')} in<br>WA + b", f"(n{sup('l')}, m)", ("b_used",)),
        (f"Z{sup('l')}, A{sup('l')},<br>dZ{sup('l')}, dA{sup('l')}", f"(n{sup('l')}, m)", ("Z", "A", "dZ", "dA")),
    )

    def build(self) -> None:
        top = QHBoxLayout()
        self.body.addLayout(top)
        self.exercise = theme.label("", theme.FORMULA, object_name="exerciseText", wrap=True)
        top.addWidget(self.exercise, 1)
        self.reveal = theme.button("show W[1]", "revealAnswer", checkable=True)
        self.reveal.toggled.connect(lambda on: (self.reveal.setText("hide W[1]" if on else "show W[1]"),
                                                self.show_exercise()))
        top.addWidget(self.reveal, 0, Qt.AlignmentFlag.AlignTop)
        main = QHBoxLayout()
        main.setSpacing(theme.px(24))
        self.body.addLayout(main, 1)
        left = QVBoxLayout()
        main.addLayout(left, 3)
        self.table = QFrame()
        self.table.setObjectName("dimensionsTable")
        self.table.setStyleSheet("QFrame#dimensionsTable { background: #F4F4F4; border-radius: 8px; }")
        self.grid = QGridLayout(self.table)
        self.grid.setContentsMargins(theme.px(12), theme.px(6), theme.px(12), theme.px(6))
        self.grid.setHorizontalSpacing(theme.px(22))
        self.grid.setVerticalSpacing(theme.px(2))
        for j, (head, rule, _) in enumerate(self.COLUMNS):
            h = theme.label(head, theme.BODY, bold=True)
            h.setAlignment(Qt.AlignmentFlag.AlignCenter)
            r = theme.label(rule, theme.BODY, bold=True, color=theme.readable(theme.ACCENT))
            r.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(h, 0, j)
            self.grid.addWidget(r, 1, j)
        self.cells: list[list] = []
        left.addWidget(self.table)
        left.addStretch(1)
        self.note = theme.label(
            f"b{sup('l')} and db{sup('l')} = (1/m) Σ dZ{sup('l')} are stored as (n{sup('l')}, 1); in "
            f"Z{sup('l')} = W{sup('l')}A{sup('l−1')} + b{sup('l')} NumPy adds b{sup('l')} to each of the m columns: "
            f"the (n{sup('l')}, m) of the chapter's table.",
            theme.BODY, object_name="broadcastNote", wrap=True)
        left.addWidget(self.note)
        right = QVBoxLayout()
        main.addLayout(right, 2)
        self.net_view = LayerNetworkView("networkView")
        right.addWidget(self.net_view, 1)
        self.m = theme.spin(int(self.settings["m"]), 1, 10000, 1, object_name="mSpin")
        self.m.valueChanged.connect(lambda _: self.set_dims(self.editor.dims))
        right.addLayout(theme.row("m =", self.m))
        self.caption = theme.label("", theme.BODY, color=theme.MUTED, object_name="shapesCaption", wrap=True)
        right.addWidget(self.caption)
        self.editor = LayerEditor(self, list(self.settings["layer_dims"]), self.set_dims)
        self.body.addLayout(self.editor.row)
        self.rows: list[dict] = []

    def on_activate(self) -> None:
        self.set_dims(self.editor.dims)

    def show_exercise(self) -> None:
        self.exercise.setText(exercise_text(self.editor.dims, self.reveal.isChecked()))

    def set_dims(self, dims: list[int]) -> None:
        m = self.m.value()
        self.show_exercise()
        self.net_view.set_layers(dims, names=layer_names(len(dims) - 1))
        self.submit("dims", lambda st: dimension_rows(dims, m), self.show_rows)

    def _row_labels(self, count: int) -> None:
        while len(self.cells) < count:
            i = len(self.cells)
            row = []
            for j in range(len(self.COLUMNS)):
                c = theme.label("", theme.BODY, bold=j == 0, object_name=f"dim_{i + 1}_{j}")
                c.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.grid.addWidget(c, i + 2, j)
                row.append(c)
            self.cells.append(row)
        for i, row in enumerate(self.cells):
            for c in row:
                c.setVisible(i < count)

    def show_rows(self, rows: list[dict]) -> None:
        self.rows = rows
        self._row_labels(len(rows))
        for i, r in enumerate(rows):
            for j, (_, _, keys) in enumerate(self.COLUMNS):
                if not keys:
                    text = str(r["l"])
                else:
                    shapes = {r[k] for k in keys}
                    # one shape when the column's arrays agree (they do); each named if not
                    text = shape(r[keys[0]]) if len(shapes) == 1 else " ".join(f"{k}{shape(r[k])}" for k in keys)
                self.cells[i][j].setText(text)
        m = self.m.value()
        self.caption.setText(f"shapes read from the engine's arrays after a forward and backward pass "
                             f"on m = {m} examples")
        self.mark_ready()
