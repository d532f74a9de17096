"""The slides' derivation of Adaline's delta rule, ∂J/∂w_j for J(w) = ½ Σ (y′ − y)², line by line:
every line evaluated at the current weights on standardised Iris, down to the engine's update Δw_j.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout

from desktop_nn.engine.classic import AdalineGD
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.layout import columns, grid_rows
from desktop_nn.ui.lecture.scenes.single_neuron import adaline_epochs, chapter_iris
from desktop_nn.ui.lecture.scenes.text import wrapped

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


def engine_adaline_step(X: np.ndarray, y: np.ndarray, w: np.ndarray, alpha: float) -> np.ndarray:
    """Δw of one epoch of the engine's AdalineGD started from the weights ``w``."""
    model = AdalineGD(alpha=alpha, epochs=1).initialize(X.shape[1])
    model.w_ = np.array(w, dtype=float)
    model.train_epoch(X, y)
    return model.w_ - np.asarray(w, dtype=float)


def derivation(epoch: int, j: int, alpha: float, state=None) -> dict:
    """Every line of the slides' derivation of ∂J/∂w_j, evaluated at the weights after ``epoch``
    epochs of AdalineGD(alpha) on standardised Iris (x₀ = 1 carries the bias w₀).

    Lines 1–2 differentiate numerically (central differences, exact for this quadratic J up to
    rounding), line 3 applies the chain rule to numerical inner derivatives, line 4 writes the output
    as Σ_k w_k x_k, line 5 is the closed form; Δw_j is −α times it, checked against the engine."""
    X, y = chapter_iris(standardised=True)
    weights, _ = adaline_epochs(X, y, alpha, epoch, state)
    w = weights[epoch].copy()
    m = len(y)
    Xb = np.c_[np.ones(m), X]                       # x_0 = 1: w_0 is the bias
    h = 1e-3
    e = np.zeros(len(w))
    e[j] = h

    def out(wv):                                     # y = g(z) = z = Σ_k w_k x_k
        return Xb @ wv

    def J(wv):
        return 0.5 * float(((y - out(wv)) ** 2).sum())

    line1 = (J(w + e) - J(w - e)) / (2 * h)
    per_flower = ((y - out(w + e)) ** 2 - (y - out(w - e)) ** 2) / (2 * h)
    line2 = 0.5 * float(per_flower.sum())
    output = out(w)
    residual = y - output                            # y′ − y for every flower
    inner = ((y - out(w + e)) - (y - out(w - e))) / (2 * h)     # ∂(y′ − y)/∂w_j, numerically
    line3 = 0.5 * float((2 * residual * inner).sum())
    written_out = sum(w[k] * Xb[:, k] for k in range(len(w)))  # Σ_k w_k x_k, term by term
    inner4 = ((y - (written_out + h * Xb[:, j])) - (y - (written_out - h * Xb[:, j]))) / (2 * h)
    line4 = float((residual * inner4).sum())
    line5 = float((residual * -Xb[:, j]).sum())
    dw_j = alpha * float((residual * Xb[:, j]).sum())
    engine_dw = engine_adaline_step(X, y, w, alpha)
    # J along w_j through the current weights, for the tangent picture
    span = max(1.0, 2.5 * abs(dw_j), abs(w[j]) * 0.8)
    ws = np.linspace(w[j] - span, w[j] + span, 161)
    curve = []
    for v in ws:
        wv = w.copy()
        wv[j] = v
        curve.append(J(wv))
    return {
        "w": w, "j": j, "alpha": alpha, "epoch": epoch, "J": J(w), "J_new": J(w + engine_dw),
        "lines": [line1, line2, line3, line4, line5], "dw_j": dw_j, "engine_dw": engine_dw,
        "first": {"y_true": float(y[0]), "x": Xb[0].copy(), "output": float(output[0]),
                  "residual": float(residual[0]), "inner": float(inner[0])},
        "m": m, "curve_w": ws, "curve_J": np.array(curve),
    }


#: the slides' derivation of ∂J/∂w_j, one line per step (rich text)
DERIVATION = (
    "∂J/∂w<sub>j</sub> = ∂/∂w<sub>j</sub> ½ Σ<sub>i</sub> (y′<sup>(i)</sup> − y<sup>(i)</sup>)<sup>2</sup>",
    "= ½ Σ<sub>i</sub> ∂/∂w<sub>j</sub> (y′<sup>(i)</sup> − y<sup>(i)</sup>)<sup>2</sup>",
    "= ½ Σ<sub>i</sub> 2 (y′<sup>(i)</sup> − y<sup>(i)</sup>) ∂/∂w<sub>j</sub> (y′<sup>(i)</sup> − y<sup>(i)</sup>)",
    "= Σ<sub>i</sub> (y′<sup>(i)</sup> − y<sup>(i)</sup>) ∂/∂w<sub>j</sub> (y′<sup>(i)</sup> − Σ<sub>k</sub> w<sub>k</sub> x<sub>k</sub><sup>(i)</sup>)",
    "= Σ<sub>i</sub> (y′<sup>(i)</sup> − y<sup>(i)</sup>) (−x<sub>j</sub><sup>(i)</sup>)",
    "Δw<sub>j</sub> = −α ∂J/∂w<sub>j</sub> = α Σ<sub>i</sub> (y′<sup>(i)</sup> − y<sup>(i)</sup>) x<sub>j</sub><sup>(i)</sup>",
    "w<sub>j</sub> := w<sub>j</sub> + Δw<sub>j</sub>",
)

#: what each line of DERIVATION means, told with the first flower's numbers (see DeltaRuleDerivationScene.explain)
EXPLANATIONS = (
    QT_TRANSLATE_NOOP("lecture/delta_rule",
                      "J(w) = {J} at these weights. Moving w{sub} a little either way changes J at the rate {slope}: "
                      "that rate is ∂J/∂w{sub}."),
    QT_TRANSLATE_NOOP("lecture/delta_rule",
                      "The derivative of a sum is the sum of the derivatives: one slope per flower, {m} flowers, "
                      "halved: {half_sum}."),
    QT_TRANSLATE_NOOP("lecture/delta_rule",
                      "Chain rule. Flower 1: y′ = {y_true}, y = {output}, so 2 (y′ − y) = {twice_residual}, and ∂(y′ − "
                      "y)/∂w{sub} = {inner}."),
    QT_TRANSLATE_NOOP("lecture/delta_rule",
                      "Adaline's output is y = g(z) = z = Σ<sub>k</sub> w<sub>k</sub> x<sub>k</sub>. Flower 1: y = "
                      "{terms} = {output}."),
    QT_TRANSLATE_NOOP("lecture/delta_rule",
                      "Only the term w{sub} x{sub} depends on w{sub}: the inner derivative is −x{sub}. Flower 1: "
                      "−x{sub} = {minus_x}; summed over all {m} flowers: {sum}."),
    QT_TRANSLATE_NOOP("lecture/delta_rule",
                      "−α ∂J/∂w{sub} = −{alpha} × {sum} = {dw}. One epoch of the engine's AdalineGD from these weights "
                      "moves w{sub} by <b>{engine}</b>: {same}."),
    QT_TRANSLATE_NOOP("lecture/delta_rule",
                      "w := w + Δw for every j at once: w = {w_new}, and J falls from {J} to {J_new}. Press w := w + Δw"
                      " to take the step and derive again."),
)

FEATURES = (QT_TRANSLATE_NOOP("lecture/delta_rule", "w₀: the bias (x₀ = 1)"),
            QT_TRANSLATE_NOOP("lecture/delta_rule", "w₁: sepal length"),
            QT_TRANSLATE_NOOP("lecture/delta_rule", "w₂: petal length"))


def engine_agrees(r: dict) -> bool:
    """Does one epoch of the engine's AdalineGD move w_j by the derivation's Δw_j (to 10⁻⁹)?"""
    engine = r["engine_dw"][r["j"]]
    return abs(engine - r["dw_j"]) <= 1e-9 * max(1.0, abs(engine))


class DeltaRuleDerivationScene(Scene):
    """∂J/∂w_j line by line, each line evaluated at the current weights on standardised Iris."""

    SETTINGS = {"epoch": 1, "j": 1, "alpha": 0.01}

    def build(self) -> None:
        s = self.settings
        left, right = columns(self.body, (5, 2))
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.px(20))
        grid.setVerticalSpacing(theme.px(8))
        self.formula_labels = [wrapped(text, theme.FORMULA, f"derivationLine{n + 1}")
                               for n, text in enumerate(DERIVATION)]
        self.value_labels = [theme.label("", theme.NUMBER, bold=True, object_name=f"derivationValue{n + 1}")
                             for n in range(len(DERIVATION))]
        for v in self.value_labels:
            v.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid_rows(grid, zip(self.formula_labels, self.value_labels))
        grid.setColumnStretch(0, 1)
        left.addLayout(grid)
        self.detail = wrapped("", theme.BODY, "derivationDetail")
        self.detail.setStyleSheet(f"color: {theme.TEXT}; background: #FFF8DC; padding: {theme.px(8)}px;")
        left.addWidget(self.detail)
        left.addStretch(1)
        self.slope_plot = theme.plot("", "w_j", "J(w)", "slopePlot")
        self.j_curve = theme.curve(self.slope_plot, theme.POS, symbol=None)
        self.tangent = theme.curve(self.slope_plot, theme.ACCENT, symbol=None, dashed=True)
        self.here = pg.ScatterPlotItem(size=theme.px(26), symbol="o", brush=pg.mkBrush(theme.ACCENT),
                                       pen=pg.mkPen("k", width=2))
        # the step Δw_j, drawn along w_j at the height of J(w): against the slope
        self.step_line = pg.PlotDataItem([], [], pen=theme.pen(theme.GREEN, theme.LINE_WIDTH))
        self.slope_plot.addItem(self.step_line)
        self.there = pg.ScatterPlotItem(size=theme.px(26), symbol="t2", brush=pg.mkBrush(theme.GREEN),
                                        pen=pg.mkPen("k", width=2))
        self.slope_plot.addItem(self.here)
        self.slope_plot.addItem(self.there)
        right.addWidget(self.slope_plot, 1)
        self.weights_label = wrapped("", theme.BODY, "derivationWeights")
        right.addWidget(self.weights_label)
        self.next_button = theme.button(translate("lecture/delta_rule", "Next step ▶"), "nextStepButton")
        self.next_button.clicked.connect(self.next_step)
        self.update_button = theme.button("w := w + Δw", "applyUpdateButton")
        self.update_button.clicked.connect(self.apply_update)
        self.j_combo = theme.combo([translate("lecture/delta_rule", f) for f in FEATURES], "jCombo")
        self.j_combo.setCurrentIndex(int(s["j"]))
        self.j_combo.currentIndexChanged.connect(lambda _: self.recompute())
        self.epoch_spin = theme.spin(int(s["epoch"]), 0, 100, 1, object_name="epochSpin")
        self.epoch_spin.valueChanged.connect(lambda _: self.recompute())
        self.body.addLayout(theme.row(self.next_button, self.update_button))
        epochs_text = wrapped(translate("lecture/delta_rule", "epochs of AdalineGD (α = {})").format(theme.fmt(float(s['alpha']), 4)),
                              theme.BODY, color=theme.MUTED)
        row = theme.row("j", self.j_combo, translate("lecture/delta_rule", "w after"), self.epoch_spin, epochs_text, stretch_end=False)
        row.setStretch(row.count() - 1, 1)
        self.body.addLayout(row)
        self.play_button = self.next_button             # P reveals the next line
        self.shown = 1
        self.result = None

    def on_activate(self) -> None:
        if self.result is None:
            self.recompute()

    def recompute(self) -> None:
        k, j, a = self.epoch_spin.value(), self.j_combo.currentIndex(), float(self.settings["alpha"])
        self.submit("derive", lambda st: derivation(k, j, a, st), self.show_result)

    def next_step(self) -> None:
        self.set_shown(self.shown + 1 if self.shown < len(DERIVATION) else 1)

    def apply_update(self) -> None:
        self.epoch_spin.setValue(self.epoch_spin.value() + 1)

    def set_shown(self, n: int) -> None:
        self.shown = max(1, min(len(DERIVATION), n))
        self.next_button.setText(translate("lecture/delta_rule", "Next step ▶") if self.shown < len(DERIVATION)
                                 else translate("lecture/delta_rule", "↺ from the top"))
        self.refresh()

    def show_result(self, r: dict) -> None:
        self.result = r
        self.refresh()
        self.mark_ready()

    def refresh(self) -> None:
        r = self.result
        if r is None:
            return
        j, w = r["j"], r["w"]
        slope = r["lines"][0]
        values = list(r["lines"]) + [r["dw_j"], w[j] + r["dw_j"]]
        for n, (f, v) in enumerate(zip(self.formula_labels, self.value_labels)):
            shown = n < self.shown
            f.setStyleSheet(f"color: {theme.TEXT if shown else theme.INACTIVE};")
            v.setText(("= " if n < 5 else "") + theme.fmt(values[n], 3) if shown else "")
        self.value_labels[5].setText(f"Δw<sub>{j}</sub> = {theme.fmt(values[5], 4)}" if self.shown > 5 else "")
        self.value_labels[6].setText(f"w<sub>{j}</sub> = {theme.fmt(values[6], 4)}" if self.shown > 6 else "")
        text = (translate("lecture/delta_rule", "w = {} on standardised Iris").format(theme.fmt_vec(w, 3))
                + f"<br>J(w) = {theme.fmt(r['J'], 3)}<br>"
                f"<span style='color:{theme.readable(theme.ACCENT)}'>"
                + translate("lecture/delta_rule", "- - slope {}").format(theme.fmt(slope, 3)) + "</span>")
        if self.shown >= 6:
            engine = r["engine_dw"][j]
            same = "✓" if engine_agrees(r) else translate("lecture/delta_rule", "✗ differs")
            text += (f"<br><span style='color:{theme.readable(theme.GREEN)}'>"
                     + translate("lecture/delta_rule", "▶ step Δw{}").format('₀₁₂'[j]) + "</span>; "
                     + translate("lecture/delta_rule", "the engine's AdalineGD: {} {}").format(theme.fmt(engine, 4), same))
        self.weights_label.setText(text)
        self.detail.setText(self.explain(self.shown - 1, r))
        # J along w_j, the tangent with slope ∂J/∂w_j, and the step Δw_j
        ws, Js = r["curve_w"], r["curve_J"]
        self.j_curve.setData(ws, Js)
        self.tangent.setData(ws, r["J"] + slope * (ws - w[j]))
        self.here.setData([w[j]], [r["J"]])
        if self.shown >= 6:
            new = w[j] + r["dw_j"]
            self.step_line.setData([w[j], new], [r["J"], r["J"]])
            self.there.setData([new], [r["J"]], symbol="t2" if r["dw_j"] >= 0 else "t3")
        else:
            self.step_line.setData([], [])
            self.there.setData([], [])
        self.slope_plot.setYRange(min(Js) - 0.05 * np.ptp(Js), max(Js) + 0.05 * np.ptp(Js), padding=0)
        self.slope_plot.setXRange(ws[0], ws[-1], padding=0)
        theme.set_axis_label(self.slope_plot, "bottom", f"w{'₀₁₂'[j]}")
        theme.set_plot_title(self.slope_plot, translate("lecture/delta_rule", "J along w{}").format('₀₁₂'[j]))

    @staticmethod
    def explain(line: int, r: dict) -> str:
        """What the line just revealed means, with the first flower's numbers."""
        first, j, fmt = r["first"], r["j"], theme.fmt
        x = first["x"]
        numbers = {
            "sub": "₀₁₂"[j], "m": r["m"], "J": fmt(r["J"], 3), "J_new": fmt(r["J_new"], 3),
            "slope": fmt(r["lines"][0], 3), "half_sum": fmt(r["lines"][1], 3), "sum": fmt(r["lines"][4], 3),
            "y_true": fmt(first["y_true"]), "output": fmt(first["output"], 3),
            "twice_residual": fmt(2 * first["residual"], 3), "inner": fmt(first["inner"], 3),
            "terms": " + ".join(f"{fmt(r['w'][k], 3)} · {fmt(x[k], 3)}" for k in range(len(x))),
            "minus_x": fmt(-x[j], 3), "alpha": fmt(r["alpha"], 4), "dw": fmt(r["dw_j"], 4),
            "engine": fmt(r["engine_dw"][j], 4),
            "same": translate("lecture/delta_rule", "✓ the same") if engine_agrees(r) else translate("lecture/delta_rule", "✗ differs"),
            "w_new": theme.fmt_vec(r["w"] + r["engine_dw"], 3),
        }
        return translate("lecture/delta_rule", EXPLANATIONS[min(line, len(EXPLANATIONS) - 1)]).format(**numbers)
