"""The chapter's matrix-dimensions table for the network on screen, every shape read from the
engine's arrays after a forward and a backward pass, and the exercise for W[1]'s shape."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout

from desktop_nn.engine.network import Network
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.deep import LayerEditor, LayerNetworkView, layer_names, sup
from desktop_nn.ui.lecture.scenes.text import dims_text

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


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
    text = (translate("lecture/matrix_dimensions", "One example, layer 1:") + f" &nbsp; z{sup(1)} = W{sup(1)}x + b{sup(1)}"
            f"<br><b>{formula}</b>")
    if reveal:
        is_ = translate("lecture/matrix_dimensions", "{W} is {shape}")
        text += ("<br>" + is_.format(W=f"W{sup(1)}", shape=f"(n{sup(1)}, n{sup(0)}) = ({n1}, {n0})")
                 + (("; " + is_.format(W=f"W{sup(2)}", shape=f"(n{sup(2)}, n{sup(1)}) = ({dims[2]}, {n1})"))
                    if len(dims) > 2 else ""))
    return text


class MatrixDimensionsScene(Scene):
    """The chapter's dimensions table for the network on screen, every shape read from the engine."""

    SETTINGS = {"layer_dims": [2, 3, 5, 4, 2, 1], "m": 200}

    #: the table's columns: (header, the shape rule, the row keys shown in the column)
    COLUMNS = (
        (QT_TRANSLATE_NOOP("lecture/matrix_dimensions", "layer<br>l"), "", ()),
        (f"W{sup('l')},<br>dW{sup('l')}", f"(n{sup('l')}, n{sup('l−1')})", ("W", "dW")),
        (f"b{sup('l')},<br>db{sup('l')}", f"(n{sup('l')}, 1)", ("b", "db")),
        (QT_TRANSLATE_NOOP("lecture/matrix_dimensions", "b<sup>[l]</sup> in<br>WA + b"), f"(n{sup('l')}, m)", ("b_used",)),
        (f"Z{sup('l')}, A{sup('l')},<br>dZ{sup('l')}, dA{sup('l')}", f"(n{sup('l')}, m)", ("Z", "A", "dZ", "dA")),
    )

    def build(self) -> None:
        top = QHBoxLayout()
        self.body.addLayout(top)
        self.exercise = theme.label("", theme.FORMULA, object_name="exerciseText", wrap=True)
        top.addWidget(self.exercise, 1)
        self.reveal = theme.button(translate("lecture/matrix_dimensions", "show W[1]"), "revealAnswer", checkable=True)
        self.reveal.toggled.connect(lambda on: (self.reveal.setText(translate("lecture/matrix_dimensions", "hide W[1]") if on
                                                                    else translate("lecture/matrix_dimensions", "show W[1]")),
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
            h = theme.label(translate("lecture/matrix_dimensions", head), theme.BODY, bold=True)
            h.setAlignment(Qt.AlignmentFlag.AlignCenter)
            r = theme.label(rule, theme.BODY, bold=True, color=theme.readable(theme.ACCENT))
            r.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(h, 0, j)
            self.grid.addWidget(r, 1, j)
        self.cells: list[list] = []
        left.addWidget(self.table)
        left.addStretch(1)
        self.note = theme.label(translate(
            "lecture/matrix_dimensions", "{b} and {db} are stored as {column}; in {Z} NumPy adds {bl} to each of the m columns: the "
            "{wide} of the chapter's table.").format(
                b=f"b{sup('l')}", db=f"db{sup('l')} = (1/m) Σ dZ{sup('l')}", column=f"(n{sup('l')}, 1)",
                Z=f"Z{sup('l')} = W{sup('l')}A{sup('l−1')} + b{sup('l')}", bl=f"b{sup('l')}", wide=f"(n{sup('l')}, m)"),
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
                    text = dims_text(r[keys[0]]) if len(shapes) == 1 else " ".join(f"{k}{dims_text(r[k])}" for k in keys)
                self.cells[i][j].setText(text)
        m = self.m.value()
        self.caption.setText(translate("lecture/matrix_dimensions", "shapes read from the engine's arrays after a forward and backward pass "
                                       "on m = {} examples").format(m))
        self.mark_ready()
