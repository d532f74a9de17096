"""The logistic-regression derivatives: the chain da → dz = a − y → dw, db on one example, then the
slide's loop accumulating them over m examples, one example per step, and the update of w and b."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from desktop_nn.engine.activations import sigmoid
from desktop_nn.engine.datasets import iris_setosa_versicolor, standardize
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.players import EpochPlayer
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.layout import grid_rows
from desktop_nn.ui.lecture.widgets import PageStack

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


def one_example(x1, x2, w1, w2, b, y) -> dict:
    """z, a = σ(z), ℒ(a, y) and the derivatives da, dz (by the chain and as a − y), dw₁, dw₂, db of
    logistic regression on one example, as the slide computes them."""
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
        for k, text in enumerate((translate("lecture/logistic_derivatives", "① one example"), translate("lecture/logistic_derivatives", "② m examples: the loop"))):
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
        grid_rows(grid, [(theme.label(la), wa, theme.label(lb), wb) for la, wa, lb, wb in cells])
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
        lay.addWidget(theme.label("J = 0; dw₁ = 0; dw₂ = 0; db = 0; " + translate(
            "lecture/logistic_derivatives", "for i = 1 … m: add example i — 全部計算 sample 後才更新 weight"), theme.BODY, wrap=True))
        self.table = theme.label("", theme.BODY, object_name="loopTable")
        lay.addWidget(self.table)
        self.totals = theme.label("", theme.BODY, object_name="loopTotals", wrap=True)
        lay.addWidget(self.totals)
        lay.addStretch(1)
        # about one example a second, and the whole loop within 5–15 s whatever m the scene file sets
        self.player = EpochPlayer(self, unit="example", seconds=float(min(15, max(5, int(s["m"])))))
        self.player.epochChanged.connect(lambda _k: self.show_loop())
        self.player.play_button.clicked.connect(lambda: self.show_page(1))
        self.update_button = theme.button(translate("lecture/logistic_derivatives", "update w, b  (α = {})").format(f"{s['alpha']:g}"),
                                          "updateButton")
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
        now = f"w = {theme.fmt_vec(self.w)}, b = {f(self.b)}"
        if self.updates:
            now += (translate("lecture/logistic_derivatives", " (after {} updates)") if self.updates != 1
                    else translate("lecture/logistic_derivatives", " (after {} update)")).format(self.updates)
        if self.i >= m:
            last = rows[-1]
            self.totals.setText(f"J /= m → <b>{f(last['J'] / m)}</b>, dw₁ /= m → <b>{f(last['dw1'] / m)}</b>, "
                                f"dw₂ /= m → <b>{f(last['dw2'] / m)}</b>, db /= m → <b>{f(last['db'] / m)}</b><br>{now}")
        else:
            self.totals.setText(translate("lecture/logistic_derivatives", "{} of m = {} examples added; the running sums J, dw₁, dw₂, db "
                                          "are divided by m at the end").format(self.i, m) + f"<br>{now}")
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
