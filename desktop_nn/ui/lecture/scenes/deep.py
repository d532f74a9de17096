"""Deep networks: the notation (L, n[l]), forward propagation layer by layer, and the matrix
dimensions table read from the engine's real arrays for whatever network is drawn."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from desktop_nn.engine.datasets import GENERATORS
from desktop_nn.engine.network import Network, to_columns
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.widgets import MatrixGrid, NetworkView


class LayerEditor:
    """n[1]…n[L−1] spin boxes plus add/remove layer buttons (inputs and output stay)."""

    def __init__(self, scene: Scene, dims: list[int], on_change):
        self.scene, self.on_change = scene, on_change
        self.dims = list(dims)
        self.row = QHBoxLayout()
        self.add = theme.button("+ layer", "addLayer")
        self.remove = theme.button("− layer", "removeLayer")
        self.add.clicked.connect(lambda: self._resize(+1))
        self.remove.clicked.connect(lambda: self._resize(-1))
        self.spins = []
        self.holder = QHBoxLayout()
        self.row.addWidget(self.remove)
        self.row.addWidget(self.add)
        self.row.addLayout(self.holder)
        self.row.addStretch(1)
        self._rebuild()

    def _rebuild(self) -> None:
        for s in self.spins:
            s.setParent(None)
            s.deleteLater()
        self.spins = []
        for l in range(1, len(self.dims) - 1):
            s = theme.spin(self.dims[l], 1, 12, 1, object_name=f"n{l}Spin")
            s.setMinimumWidth(110)
            s.setPrefix(f"n[{l}]=")
            s.valueChanged.connect(lambda v, l=l: self._set(l, v))
            self.holder.addWidget(s)
            self.spins.append(s)

    def _set(self, l: int, v: int) -> None:
        self.dims[l] = v
        self.on_change(list(self.dims))

    def _resize(self, delta: int) -> None:
        hidden = len(self.dims) - 2
        if delta > 0 and hidden < 7:
            self.dims.insert(-1, 3)
        elif delta < 0 and hidden > 0:
            self.dims.pop(-2)
        else:
            return
        self._rebuild()
        self.on_change(list(self.dims))


class DeepNotationScene(Scene):
    SETTINGS = {"layer_dims": [2, 3, 5, 4, 2, 1]}

    def build(self) -> None:
        main = QHBoxLayout()
        self.body.addLayout(main, 1)
        self.net_view = NetworkView("networkView")
        main.addWidget(self.net_view, 3)
        self.text = theme.label("", theme.FORMULA - 2, object_name="notationText", wrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        main.addWidget(self.text, 2)
        self.editor = LayerEditor(self, list(self.settings["layer_dims"]), self.set_dims)
        self.next_layer = theme.button("highlight next layer", "nextLayer")
        self.next_layer.clicked.connect(self.cycle)
        self.editor.row.insertWidget(0, self.next_layer)
        self.body.addLayout(self.editor.row)
        self.highlight = 1

    def on_activate(self) -> None:
        self.set_dims(self.editor.dims)
        self.mark_ready()

    def cycle(self) -> None:
        self.highlight = self.highlight % (len(self.editor.dims) - 1) + 1
        self.set_dims(self.editor.dims)

    def set_dims(self, dims: list[int]) -> None:
        L = len(dims) - 1
        self.highlight = min(self.highlight, L)
        net = Network(dims, hidden_activation="relu", seed=0, init="xavier")
        names = ["x = a[0]"] + [f"a[{l}]" for l in range(1, L)] + [f"ŷ = a[{L}]"]
        names = [f"{n}\nn[{l}] = {d}" for l, (n, d) in enumerate(zip(names, dims))]
        self.net_view.set_network(dims, [np.array(net.params[f"W{l}"]) for l in range(1, L + 1)], self.highlight, names)
        l = self.highlight
        ns = ", ".join(f"n<sup>[{i}]</sup> = {d}" for i, d in enumerate(dims[1:], start=1))
        self.text.setText(
            f"#layers <b>L = {L}</b> (inputs not counted)<br>{ns}<br>n<sup>[0]</sup> = n<sub>x</sub> = {dims[0]} "
            "<span style='color:#444'>兩個input</span><br><br>"
            f"n<sup>[l]</sup> = # units in layer l <span style='color:#444'>幾個神經元</span><br>"
            "a<sup>[l]</sup> = g<sup>[l]</sup>(z<sup>[l]</sup>) activations<br>a<sup>[0]</sup> = X, a<sup>[L]</sup> = ŷ<br><br>"
            f"<b style='color:{theme.ACCENT}'>layer {l}</b>: W<sup>[{l}]</sup> is ({dims[l]}, {dims[l-1]}), "
            f"b<sup>[{l}]</sup> is ({dims[l]}, 1); {net.n_parameters} parameters in all")


def forward_layers(dims, m, hidden, seed=0) -> dict:
    X, y = GENERATORS["moons"](max(m, 2), noise=0.1, seed=seed)
    Xc, _ = to_columns(X[:m], y[:m], "sigmoid")
    net = Network(dims, hidden_activation=hidden, output="sigmoid", init="he", seed=seed)
    AL, caches = net.forward(Xc)
    return {"dims": list(dims), "caches": [(c.W.copy(), c.b.copy(), c.A_prev.copy(), c.Z.copy(), c.A.copy()) for c in caches],
            "activations": list(net.activations), "m": m}


class DeepForwardScene(Scene):
    SETTINGS = {"layer_dims": [2, 3, 5, 4, 2, 1], "m": 4, "activation": "relu", "interval_ms": 1400}

    def build(self) -> None:
        top = QHBoxLayout()
        self.body.addLayout(top, 1)
        self.net_view = NetworkView("networkView")
        self.net_view.setMaximumWidth(560)
        top.addWidget(self.net_view, 2)
        right = QVBoxLayout()
        top.addLayout(right, 5)
        self.formula = theme.label("", theme.FORMULA + 4, bold=True, object_name="forwardFormula")
        self.shapes = theme.label("", theme.BODY, mono=True, object_name="forwardShapes", wrap=True)
        right.addWidget(self.formula)
        right.addWidget(self.shapes)
        grids = QHBoxLayout()
        right.addLayout(grids, 1)
        self.grids = {k: MatrixGrid(5, 6, f"{k}Grid") for k in ("W", "A_prev", "b", "Z", "A")}
        for k in ("W", "A_prev", "b"):
            grids.addWidget(self.grids[k])
        grids.addWidget(theme.label("→", theme.TITLE, bold=True))
        grids.addWidget(self.grids["Z"])
        grids.addWidget(theme.label("→ g →", theme.BODY, bold=True))
        grids.addWidget(self.grids["A"])
        right.addWidget(theme.label("Still need a for loop over the layers l = 1 … L — the examples are vectorised.",
                                    theme.BODY, color=theme.MUTED))
        self.prev = theme.button("◀ layer", "prevLayer")
        self.next = theme.button("layer ▶", "nextLayer")
        self.auto = theme.button("auto-play", "autoPlay", checkable=True)
        self.m = theme.spin(int(self.settings["m"]), 1, 500, 1, object_name="mSpin")
        self.prev.clicked.connect(lambda: self.go(self.l - 1))
        self.next.clicked.connect(lambda: self.go(self.l + 1))
        self.auto.toggled.connect(lambda on: self.anim.start() if on else self.anim.stop())
        self.m.valueChanged.connect(lambda _: self.recompute())
        self.body.addLayout(theme.row(self.prev, self.next, self.auto, "m examples", self.m))
        self.anim = self.timer(int(self.settings["interval_ms"]), lambda: self.go(self.l % len(self.result["caches"]) + 1))
        self.result = None
        self.l = 1

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
        prev = "X" if l == 1 else f"A<sup>[{l-1}]</sup>"
        g = r["activations"][l - 1]
        self.formula.setText(f"Z<sup>[{l}]</sup> = W<sup>[{l}]</sup>{prev} + b<sup>[{l}]</sup>, &nbsp; "
                             f"A<sup>[{l}]</sup> = {g}(Z<sup>[{l}]</sup>)")
        self.shapes.setText(f"({W.shape[0]}, {W.shape[1]}) × ({A_prev.shape[0]}, {A_prev.shape[1]}) + ({b.shape[0]}, 1) "
                            f"→ ({Z.shape[0]}, {Z.shape[1]})   i.e. (n[{l}], n[{l-1}]) × (n[{l-1}], m) + (n[{l}], 1) → (n[{l}], m)")
        prev_name = "X" if l == 1 else f"A[{l-1}]"
        for key, name, M in (("W", f"W[{l}]", W), ("A_prev", prev_name, A_prev), ("b", f"b[{l}]", b),
                             ("Z", f"Z[{l}]", Z), ("A", f"A[{l}]", A)):
            self.grids[key].set_matrix(f"{name} {M.shape}", M)
        self.net_view.set_network(r["dims"], [c[0] for c in r["caches"]], l,
                                  ["X"] + [f"A[{i}]" for i in range(1, L)] + ["Ŷ"])


def dimension_rows(dims, m, seed=0) -> list[dict]:
    """Shapes read from the engine's arrays after one forward and backward pass on m examples."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((dims[0], m))
    Y = (rng.uniform(size=(1, m)) > 0.5).astype(float) if dims[-1] == 1 else np.eye(dims[-1])[:, rng.integers(0, dims[-1], m)]
    net = Network(dims, hidden_activation="relu", output="sigmoid" if dims[-1] == 1 else "softmax", seed=seed)
    AL, caches = net.forward(X)
    grads = net.backward(AL, Y, caches)
    rows = []
    for l, c in enumerate(caches, start=1):
        rows.append({"l": l, "n": dims[l], "W": c.W.shape, "b": c.b.shape, "Z": c.Z.shape, "A": c.A.shape,
                     "dW": grads[f"dW{l}"].shape, "db": grads[f"db{l}"].shape, "dZ": grads[f"dZ{l}"].shape})
    return rows


class MatrixDimensionsScene(Scene):
    SETTINGS = {"layer_dims": [2, 3, 5, 4, 2, 1], "m": 200}

    COLUMNS = ("l", "n[l]", "W[l]", "b[l]", "Z[l], A[l]", "dW[l]", "db[l]", "dZ[l]")

    def build(self) -> None:
        main = QHBoxLayout()
        self.body.addLayout(main, 1)
        left = QVBoxLayout()
        main.addLayout(left, 3)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("dimensionsTable")
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.setFont(theme.font(theme.BODY + 2, bold=True))
        self.table.horizontalHeader().setFont(theme.font(theme.BODY, bold=True))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(52)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        left.addWidget(self.table, 1)
        self.rule = theme.label("W<sup>[l]</sup>, dW<sup>[l]</sup>: (n<sup>[l]</sup>, n<sup>[l−1]</sup>) &nbsp;·&nbsp; "
                                "b<sup>[l]</sup>, db<sup>[l]</sup>: (n<sup>[l]</sup>, 1) &nbsp;·&nbsp; "
                                "Z<sup>[l]</sup>, A<sup>[l]</sup>, dZ<sup>[l]</sup>: (n<sup>[l]</sup>, m)", theme.FORMULA - 2, wrap=True)
        left.addWidget(self.rule)
        self.net_view = NetworkView("networkView")
        main.addWidget(self.net_view, 2)
        self.editor = LayerEditor(self, list(self.settings["layer_dims"]), self.set_dims)
        self.m = theme.spin(int(self.settings["m"]), 1, 10000, 1, object_name="mSpin")
        self.m.valueChanged.connect(lambda _: self.set_dims(self.editor.dims))
        self.editor.row.insertWidget(0, self.m)
        self.editor.row.insertWidget(0, theme.label("m ="))
        self.body.addLayout(self.editor.row)
        self.body.addWidget(theme.label("shapes read from the engine's arrays after one forward + backward pass",
                                        theme.BODY, color=theme.MUTED))
        self.rows: list[dict] = []

    def on_activate(self) -> None:
        self.set_dims(self.editor.dims)

    def set_dims(self, dims: list[int]) -> None:
        m = self.m.value()
        self.net_view.set_network(dims)
        self.submit("dims", lambda st: dimension_rows(dims, m), self.show_rows)

    def show_rows(self, rows: list[dict]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, v in enumerate((r["l"], r["n"], r["W"], r["b"], r["Z"], r["dW"], r["db"], r["dZ"])):
                item = QTableWidgetItem(str(v))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(i, j, item)
        self.mark_ready()
