"""A shallow network's output unit by unit (z_i[1] = w_i[1]ᵀx + b_i[1]) beside the vectorised
Z[1] = W[1]x + b[1]; and the loop over m examples against X = [x(1) … x(m)].

The scene computes a unit's dot product itself, to show that formula, and says on screen whether
the engine's forward pass gives the same numbers.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_nn.engine.activations import sigmoid
from desktop_nn.engine.network import Network
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.text import colored, rich_label
from desktop_nn.ui.lecture.widgets import MatrixGrid, NetworkView

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

f = theme.fmt


def shallow_network(seed: int = 1) -> Network:
    """The slides' 2-layer NN: 2 inputs, 4 sigmoid hidden units, one sigmoid output; Xavier weights
    rounded to the two decimals the screen shows (so a student's z by hand is the screen's z) and
    small random biases (rounded to 0.1) so that every b_i[1] visibly takes part."""
    net = Network([2, 4, 1], hidden_activation="sigmoid", output="sigmoid", init="xavier", seed=seed)
    net.params["W1"] = np.round(net.params["W1"], 2)
    net.params["W2"] = np.round(net.params["W2"], 2)
    rng = np.random.default_rng(seed + 50)
    net.params["b1"] = np.round(rng.normal(0.0, 0.5, (4, 1)), 1)
    net.params["b2"] = np.round(rng.normal(0.0, 0.5, (1, 1)), 1)
    return net


def units_one_example(net: Network, x1: float, x2: float) -> dict:
    """Each hidden unit i on its own, z_i[1] = w_i[1]ᵀx + b_i[1] (row i of W[1] times x), next to
    the engine's vectorised forward pass Z[1] = W[1]x + b[1]."""
    x = np.array([[x1], [x2]], dtype=float)
    W1, b1 = net.params["W1"].copy(), net.params["b1"].copy()
    units = []
    for i in range(W1.shape[0]):
        w_i = W1[i]                                   # w_i[1]ᵀ: row i of W[1]
        z_i = float(np.dot(w_i, x[:, 0]) + b1[i, 0])
        a_i = float(sigmoid(np.array(z_i)))
        units.append({"w": w_i.copy(), "b": float(b1[i, 0]), "z": z_i, "a": a_i})
    AL, caches = net.forward(x)
    return {"x": x, "W1": W1, "b1": b1, "units": units, "Z1": caches[0].Z, "A1": caches[0].A,
            "W2": caches[1].W, "b2": caches[1].b, "z2": caches[1].Z, "a2": AL}


def examples(m: int, seed: int = 1) -> np.ndarray:
    """m example columns x(1) … x(m), rounded to one decimal so they read at a glance: X (2, m)."""
    return np.round(np.random.default_rng(seed + 100).normal(0.0, 1.5, (2, m)), 1)


def loop_vs_vectorised(net: Network, X: np.ndarray) -> dict:
    """The slide's "for i = 1 to m" loop, one example at a time, against A[2] of the engine's
    forward pass on X = [x(1) … x(m)]."""
    W1, b1, W2, b2 = (net.params[k].copy() for k in ("W1", "b1", "W2", "b2"))
    loop = []
    for i in range(X.shape[1]):
        x_i = X[:, i:i + 1]
        z1 = W1 @ x_i + b1
        a1 = sigmoid(z1)
        z2 = W2 @ a1 + b2
        loop.append(float(sigmoid(z2)[0, 0]))
    AL, caches = net.forward(X)
    return {"X": X, "loop": np.array(loop), "A1": caches[0].A, "A2": AL}


def sub_sup(base: str, sub: str = "", sup: str = "") -> str:
    return f"{base}{f'<sub>{sub}</sub>' if sub else ''}{f'<sup>{sup}</sup>' if sup else ''}"


class ShallowUnitsScene(Scene):
    SETTINGS = {"x1": 1.0, "x2": 2.0, "m": 3, "seed": 1}

    def build(self) -> None:
        s = self.settings
        self.net = shallow_network(int(s["seed"]))
        # --- page 1: one x, unit by unit ---------------------------------------------------------
        self.unit_page = QWidget()
        self.unit_page.setObjectName("unitPage")
        page = QVBoxLayout(self.unit_page)
        page.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        page.addLayout(top, 1)
        self.net_view = NetworkView("networkView")
        top.addWidget(self.net_view, 2)
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.px(30))
        grid.setVerticalSpacing(theme.px(2))
        heads = ["i", f"{sub_sup('w', 'i', '[1]T')}", sub_sup("b", "i", "[1]"), sub_sup("z", "i", "[1]"),
                 sub_sup("a", "i", "[1]")]
        for c, h in enumerate(heads):
            head = rich_label(theme.BODY, bold=True, wrap=False, text=h)
            head.setAlignment(Qt.AlignmentFlag.AlignRight if c else Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(head, 0, c)
        self.unit_cells: list[list[QLabel]] = []
        for i in range(4):
            row = []
            for c in range(5):
                lab = rich_label(theme.NUMBER if c >= 3 else theme.BODY, bold=c >= 3, wrap=False,
                                 object_name=f"unit{i + 1}_{c}")
                lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter if c else
                                 Qt.AlignmentFlag.AlignCenter)
                grid.addWidget(lab, i + 1, c)
                row.append(lab)
            self.unit_cells.append(row)
        holder = QVBoxLayout()
        holder.addWidget(rich_label(theme.FORMULA, object_name="unitEquations", text=(
            f"{sub_sup('z', 'i', '[1]')} = {sub_sup('w', 'i', '[1]T')}x + {sub_sup('b', 'i', '[1]')}, &nbsp;"
            f"{sub_sup('a', 'i', '[1]')} = σ({sub_sup('z', 'i', '[1]')}) &nbsp;" + translate("lecture/shallow_units", "for i = 1 … 4"))))
        holder.addLayout(grid)
        holder.addStretch(1)
        top.addLayout(holder, 5)
        grids = QHBoxLayout()
        grids.setSpacing(theme.px(10))
        page.addLayout(grids, 1)
        self.g_W1, self.g_x, self.g_b1 = MatrixGrid(4, 2, "W1Grid"), MatrixGrid(4, 1, "xGrid"), MatrixGrid(4, 1, "b1Grid")
        self.g_z1, self.g_a1 = MatrixGrid(4, 1, "z1Grid", digits=3), MatrixGrid(4, 1, "a1Grid", digits=3)
        for w, sep in ((self.g_W1, "·"), (self.g_x, "+"), (self.g_b1, "="), (self.g_z1, "→ σ →"), (self.g_a1, None)):
            grids.addWidget(w, 2 if w is self.g_W1 else 1)
            if sep:
                grids.addWidget(theme.label(sep, theme.FORMULA, bold=True))
        self.same_label = rich_label(theme.BODY, object_name="sameNumbers")
        page.addWidget(self.same_label)
        self.body.addWidget(self.unit_page, 1)
        # --- page 2: m examples, for loop vs X ---------------------------------------------------
        self.loop_page = QWidget()
        self.loop_page.setObjectName("loopPage")
        page2 = QVBoxLayout(self.loop_page)
        page2.setContentsMargins(0, 0, 0, 0)
        cards = QHBoxLayout()
        cards.setSpacing(theme.px(24))
        page2.addLayout(cards)
        loop_text = ("<b>" + translate("lecture/shallow_units", "for i = 1 to m:") + "</b><br>"
                     "&nbsp;&nbsp;z<sup>[1](i)</sup> = W<sup>[1]</sup>x<sup>(i)</sup> + b<sup>[1]</sup><br>"
                     "&nbsp;&nbsp;a<sup>[1](i)</sup> = σ(z<sup>[1](i)</sup>)<br>"
                     "&nbsp;&nbsp;z<sup>[2](i)</sup> = W<sup>[2]</sup>a<sup>[1](i)</sup> + b<sup>[2]</sup><br>"
                     "&nbsp;&nbsp;a<sup>[2](i)</sup> = σ(z<sup>[2](i)</sup>)")
        vec_text = ("<b>X = [x<sup>(1)</sup> x<sup>(2)</sup> … x<sup>(m)</sup>]</b><br>"
                    "Z<sup>[1]</sup> = W<sup>[1]</sup>X + b<sup>[1]</sup><br>"
                    "A<sup>[1]</sup> = σ(Z<sup>[1]</sup>)<br>"
                    "Z<sup>[2]</sup> = W<sup>[2]</sup>A<sup>[1]</sup> + b<sup>[2]</sup><br>"
                    "A<sup>[2]</sup> = σ(Z<sup>[2]</sup>)")
        for text, name in ((loop_text, "loopCard"), (vec_text, "vectorCard")):
            card = rich_label(theme.FORMULA, object_name=name, text=text)
            theme.card_style(card)
            card.setContentsMargins(theme.px(14), theme.px(8), theme.px(14), theme.px(8))
            cards.addWidget(card, 1)
        mgrids = QHBoxLayout()
        mgrids.setSpacing(theme.px(24))
        page2.addLayout(mgrids, 1)
        self.g_X, self.g_A1, self.g_A2 = MatrixGrid(2, 8, "XGrid"), MatrixGrid(4, 8, "A1Grid"), MatrixGrid(1, 8, "A2Grid", digits=3)
        for g in (self.g_X, self.g_A1, self.g_A2):
            mgrids.addWidget(g, 1)
        self.loop_result = rich_label(theme.BODY, object_name="loopResult")
        page2.addWidget(self.loop_result)
        self.body.addWidget(self.loop_page, 1)
        self.loop_page.hide()
        # --- controls ----------------------------------------------------------------------------
        self.one_button = theme.button(translate("lecture/shallow_units", "one example x"), "oneExample", checkable=True)
        self.m_button = theme.button(translate("lecture/shallow_units", "m examples X"), "mExamples", checkable=True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.one_button)
        group.addButton(self.m_button)
        self.one_button.setChecked(True)
        self.one_button.toggled.connect(self.show_page)
        self.x_spins = [theme.spin(float(s[k]), -5.0, 5.0, 0.5, 1, object_name=f"{k}Spin") for k in ("x1", "x2")]
        for sp in self.x_spins:
            sp.valueChanged.connect(lambda _: self.show_units())
        self.m_spin = theme.spin(int(s["m"]), 1, 8, 1, object_name="mSpin")
        self.m_spin.valueChanged.connect(lambda _: self.show_loop())
        self.x_controls = QWidget()
        xl = QHBoxLayout(self.x_controls)
        xl.setContentsMargins(0, 0, 0, 0)
        xl.setSpacing(theme.px(10))
        for name, sp in zip(("x₁", "x₂"), self.x_spins):
            xl.addWidget(theme.label(name))
            xl.addWidget(sp)
        self.m_controls = QWidget()
        ml = QHBoxLayout(self.m_controls)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(theme.label("m ="))
        ml.addWidget(self.m_spin)
        self.m_controls.hide()
        self.body.addLayout(theme.row(self.one_button, self.m_button, self.x_controls, self.m_controls))

    def on_activate(self) -> None:
        self.show_units()
        self.show_loop()
        self.mark_ready()

    def show_page(self) -> None:
        one = self.one_button.isChecked()
        self.unit_page.setVisible(one)
        self.x_controls.setVisible(one)
        self.loop_page.setVisible(not one)
        self.m_controls.setVisible(not one)

    def show_units(self) -> None:
        r = units_one_example(self.net, *(sp.value() for sp in self.x_spins))
        self.units = r
        x = r["x"][:, 0]
        for i, u in enumerate(r["units"]):
            cells = self.unit_cells[i]
            cells[0].setText(str(i + 1))
            cells[1].setText(theme.fmt_vec(u["w"], 2))
            cells[2].setText(f(u["b"], 2))
            cells[3].setText(f(u["z"], 3))
            cells[4].setText(f(u["a"], 3))
        self.g_W1.set_matrix("W[1] (4, 2)", r["W1"])
        self.g_x.set_matrix("x (2, 1)", r["x"])
        self.g_b1.set_matrix("b[1] (4, 1)", r["b1"])
        self.g_z1.set_matrix("z[1] (4, 1)", r["Z1"])
        self.g_a1.set_matrix("a[1] (4, 1)", r["A1"])
        per_unit = np.array([u["z"] for u in r["units"]])
        same = np.allclose(per_unit, r["Z1"][:, 0], rtol=1e-12, atol=1e-12)
        self.same_label.setText(
            (translate("lecture/shallow_units", "row i of W<sup>[1]</sup> is w<sub>i</sub><sup>[1]T</sup>: the 4 unit equations are one "
                       "product") + " " + colored(translate("lecture/shallow_units", "— same z<sup>[1]</sup> ✓"), theme.GREEN) if same else
             colored(translate("lecture/shallow_units", "the unit equations and W<sup>[1]</sup>x + b<sup>[1]</sup> differ ✗"), theme.palette.ERROR))
            + translate("lecture/shallow_units", "; then {}").format(
                f"z<sup>[2]</sup> = W<sup>[2]</sup>a<sup>[1]</sup> + b<sup>[2]</sup> = {f(r['z2'][0, 0])}, "
                f"ŷ = a<sup>[2]</sup> = σ(z<sup>[2]</sup>) = <b>{f(r['a2'][0, 0])}</b>"))
        weights = [np.array(self.net.params["W1"]), np.array(self.net.params["W2"])]
        self.net_view.set_network([2, 4, 1], weights, highlight=1,
                                  layer_names=["x", "a[1]", "ŷ"], values=[x / max(1.0, np.max(np.abs(x))),
                                                                        r["A1"][:, 0], r["a2"][:, 0]])

    def show_loop(self) -> None:
        m = self.m_spin.value()
        X = examples(m, int(self.settings["seed"]))
        r = loop_vs_vectorised(self.net, X)
        self.loop = r
        self.g_X.set_matrix(f"X ({X.shape[0]}, {m})", X)
        self.g_A1.set_matrix(f"A[1] (4, {m})", r["A1"])
        self.g_A2.set_matrix(f"A[2] (1, {m})", r["A2"])
        same = np.allclose(r["loop"], r["A2"][0], rtol=1e-12, atol=1e-12)
        self.loop_result.setText(
            translate("lecture/shallow_units", "loop, one x<sup>(i)</sup> at a time: a<sup>[2](i)</sup> = {}").format(theme.fmt_vec(r['loop'], 3))
            + "<br>"
            + (colored(translate("lecture/shallow_units", "= the {} columns of A<sup>[2]</sup> ✓").format(m), theme.GREEN) if same else
               colored("≠ A<sup>[2]</sup> ✗", theme.palette.ERROR))
            + translate("lecture/shallow_units", " — {} matrix products instead of {}").format(2, 2 * m))
