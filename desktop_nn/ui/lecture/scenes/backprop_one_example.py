"""Gradient descent for one hidden layer on ONE example (m = 1), formula by formula with its shapes,
compared with the engine's backward pass.

The scene computes the slide's one-example formulas itself, on the engine's forward values, to
show them, and says on screen whether :meth:`Network.backward` gives the same numbers.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel

from desktop_nn.engine.activations import get_activation
from desktop_nn.engine.network import Network
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.players import EpochPlayer
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.text import colored, rich_label, shape_text
from desktop_nn.ui.lecture.widgets import MatrixGrid

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

f = theme.fmt


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
    shape_of = translate("lecture/backprop_one_example", "= shape of {}")
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
         "shapes": f"(1, 1) · (1, {n}) → (1, {n}) " + shape_of.format("W[2]")},
        {"key": "db2", "formula": "db<sup>[2]</sup> = dz<sup>[2]</sup>",
         "operands": [("dz[2]", dz2)], "result": ("db[2]", db2), "shapes": "(1, 1) " + shape_of.format("b[2]")},
        {"key": "dz1", "formula": "dz<sup>[1]</sup> = W<sup>[2]T</sup> dz<sup>[2]</sup> * g<sup>[1]</sup>′(z<sup>[1]</sup>)",
         "operands": [("W[2]ᵀ", c2.W.T), ("dz[2]", dz2), ("g′(z[1])", g1)], "result": ("dz[1]", dz1),
         "shapes": f"({n}, 1) · (1, 1) * ({n}, 1) → ({n}, 1)   "
                   + translate("lecture/backprop_one_example", "(* entry by entry)")},
        {"key": "dW1", "formula": "dW<sup>[1]</sup> = dz<sup>[1]</sup> x<sup>T</sup>",
         "operands": [("dz[1]", dz1), ("xᵀ", x.T)], "result": ("dW[1]", dW1),
         "shapes": f"({n}, 1) · (1, 2) → ({n}, 2) " + shape_of.format("W[1]")},
        {"key": "db1", "formula": "db<sup>[1]</sup> = dz<sup>[1]</sup>",
         "operands": [("dz[1]", dz1)], "result": ("db[1]", db1), "shapes": f"({n}, 1) " + shape_of.format("b[1]")},
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
                                      theme.label(translate("lecture/backprop_one_example", "network {}, {}").format(
                                          f"[2, {int(s['hidden_units'])}, 1]", s['activation']),
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
            text = translate("lecture/backprop_one_example", "given x: {}").format(st['formula']) if j == 0 else st["formula"]
            weight = " font-weight:bold;" if j == k else ""
            lab.setText(f"<span style='color:{theme.readable(color)};{weight}'>{mark}{text}</span>")
        st = steps[k]
        r = self.result
        if k == 0:
            head = colored(translate("lecture/backprop_one_example", "forward ▶"), theme.POS) + f" ŷ = a<sup>[2]</sup> = <b>{f(r['a2'])}</b>, y = {r['y']}"
        else:
            name, M = st["result"]
            value = f" = <b>{f(float(M.ravel()[0]))}</b>" if M.size == 1 else ""
            head = colored(translate("lecture/backprop_one_example", "◀ backward {} of {}").format(k, 6), theme.ACCENT) + f" &nbsp;{st['formula']}{value}"
        self.step_formula.setText(head)
        self.step_shapes.setText(translate("lecture/backprop_one_example", "shapes: {}").format(st['shapes']))
        for g, op in zip(self.operand_grids, st["operands"] + [None] * 3):
            if op is None:
                g.hide()
            else:
                g.set_matrix(f"{op[0]} {shape_text(op[1])}", op[1])
                g.show()
        name, M = st["result"]
        self.result_grid.set_matrix(f"{name} {shape_text(M)}", M)
        if k < len(steps) - 1:
            self.check.setText(f"<span style='color:{theme.INACTIVE}'>"
                               + translate("lecture/backprop_one_example", "after the last step: are these the numbers of the engine's backward pass?")
                               + "</span>")
        else:
            ok = r["max_difference"] < 1e-12
            self.check.setText(translate("lecture/backprop_one_example", "Network.backward on this one example (m = 1) gives {}").format(
                colored(translate("lecture/backprop_one_example", "the same dW<sup>[1]</sup>, db<sup>[1]</sup>, dW<sup>[2]</sup>, db<sup>[2]</sup> ✓"),
                        theme.GREEN)
                if ok else colored(translate("lecture/backprop_one_example", "numbers that differ by {} ✗").format(f(r['max_difference'])),
                                   theme.palette.ERROR))
                + translate("lecture/backprop_one_example", " — for m examples: capitals, (1/m) and sums over the columns"))
