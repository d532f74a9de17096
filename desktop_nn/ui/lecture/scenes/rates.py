"""Learning rates, feature scaling and the three flavours of gradient descent, on Adaline.

Every verdict on screen ("diverges", "crawls", "converges") is read from the cost curve it
describes (:func:`~desktop_nn.ui.lecture.scenes.single_neuron.cost_verdict`), and every code line shown
is the call that produced the curve beside it.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout

from desktop_nn.engine.classic import AdalineGD, AdalineSGD
from desktop_nn.engine.datasets import iris_setosa_versicolor, standardize
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.players import EpochScene
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.layout import side_by_side, stack
from desktop_nn.ui.lecture.scenes.single_neuron import (
    adaline_epochs,
    cost_verdict,
    predict,
    rate,
    sse,
    sse_lines,
    sse_minimum,
    verdict_reason,
    verdict_text,
)
from desktop_nn.ui.lecture.widgets import RegionPlot, grid_points

LOG_SPAN = 100.0     # a cost curve spanning more than this factor is drawn as log10(SSE)

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


# --- computations (worker) --------------------------------------------------------------------------
def two_rates(large: float, small: float, epochs: int, state=None) -> dict:
    """The chapter's two runs: AdalineGD(epochs, alpha).train(X, y).cost_ on raw Iris."""
    X, y = iris_setosa_versicolor()
    with np.errstate(over="ignore", invalid="ignore"):
        big = AdalineGD(epochs=epochs, alpha=large).train(X, y).cost_
        if state is not None:
            state.check()
        tiny = AdalineGD(epochs=epochs, alpha=small).train(X, y).cost_
    return {"large": np.array(big, float), "small": np.array(tiny, float), "rates": (large, small),
            "minimum": sse_minimum(X, y)}


def descent_1d(alpha: float, w0: float = 2.8, steps: int = 12) -> np.ndarray:
    """Gradient descent on J(w) = w² (dJ/dw = 2w): w := w − α·2w, from w0."""
    ws = [w0]
    for _ in range(steps):
        ws.append(ws[-1] - alpha * 2 * ws[-1])
        if abs(ws[-1]) > 1e3:
            break
    return np.array(ws)


def descent_1d_verdict(ws: np.ndarray) -> str:
    """What the steps on J(w) = w² do, read from the steps themselves."""
    start, end = abs(ws[0]), abs(ws[-1])
    zigzag = len(ws) > 2 and np.all(np.sign(ws[1:]) != np.sign(ws[:-1]))
    if end > start * (1 + 1e-9):
        return translate("lecture/rates", "each step overshoots further: diverges")
    if end >= start * (1 - 1e-9):
        return translate("lecture/rates", "bounces between ±w for ever: never converges")
    if zigzag:
        return translate("lecture/rates", "overshoots the minimum, zig-zags back")
    if end > 0.1 * start:
        return translate("lecture/rates", "tiny steps: many iterations to converge")
    return translate("lecture/rates", "heads straight for the minimum")


def scaling_run(standardized: bool, eta: float, epochs: int, state=None) -> dict:
    X, y = iris_setosa_versicolor()
    Xs = standardize(X)[0] if standardized else X
    weights, cost = adaline_epochs(Xs, y, eta, epochs, state)
    after = np.array([sse(Xs, y, w) for w in weights])
    pts, extent, n = grid_points(Xs, 150, pad=0.5 if standardized else 0.6)
    return {"X": Xs, "y": y, "weights": weights, "cost": cost, "after": after,
            "grid": pts, "extent": extent, "n": n, "mean": X.mean(axis=0), "std": X.std(axis=0),
            "params": (standardized, eta, epochs)}


def gd_flavours(eta: float, epochs: int, batch_size: int, shuffle: bool, seed: int, state=None) -> dict:
    """SSE after each completed epoch (0…E) for batch, mini-batch and stochastic GD on standardised
    Iris, and the slides' AdalineGD(epochs=E).cost_ (recorded before each step) for comparison."""
    X, y = iris_setosa_versicolor()
    Xs = standardize(X)[0]
    gd = AdalineGD(epochs=epochs, eta=eta).train(Xs, y)
    start = 0.5 * float((y ** 2).sum())            # every run starts at w = 0
    out = {"batch": np.r_[gd.cost_, gd.cost(Xs, y)], "batch_cost_": np.array(gd.cost_, float)}
    for name, b in (("mini-batch", batch_size), ("stochastic", 1)):
        if state is not None:
            state.check()
        model = AdalineSGD(epochs=epochs, eta=eta, batch_size=b, shuffle=shuffle, seed=seed).train(Xs, y)
        out[name] = np.r_[start, model.cost_]
    out["updates"] = {"batch": 1, "mini-batch": int(np.ceil(len(y) / batch_size)), "stochastic": len(y)}
    out["params"] = (eta, epochs, batch_size, shuffle, seed)
    return out


def fixed(x: float) -> str:
    """Two decimals, as the slides' numbers are quoted (1.70, 40.25), with a true minus."""
    return f"{x:.2f}".replace("-", theme.MINUS)


def cost_axis(cost: np.ndarray) -> tuple[np.ndarray, bool]:
    """(what to plot, on a log axis?): log10(SSE) when the curve spans more than LOG_SPAN or
    overflows, so a diverging run stays readable and its tick labels short."""
    c = np.asarray(cost, dtype=float)
    finite = c[np.isfinite(c) & (c > 0)]
    if len(finite) == len(c) and (len(c) == 0 or c.max() <= LOG_SPAN * max(c.min(), 1e-12)):
        return c, False
    with np.errstate(divide="ignore", invalid="ignore"):
        ys = np.log10(c)
    return ys, True


# --- scenes ------------------------------------------------------------------------------------------
class LearningRateScene(Scene):
    """0.01 diverges (log10 SSE grows every epoch) while 0.0001 crawls; and why, on J(w) = w²."""

    SETTINGS = {"large": 0.01, "small": 0.0001, "epochs": 10, "alpha_1d": 0.95}
    TITLE_FIELDS = {"left_rate": "0.01", "left_verdict": "diverges", "right_rate": "0.0001", "right_verdict": "crawls"}

    @classmethod
    def default_title_fields(cls) -> dict:
        fields = dict(cls.TITLE_FIELDS)
        for key in ("left_verdict", "right_verdict"):
            fields[key] = verdict_text(fields[key])
        return fields

    def build(self) -> None:
        s = self.settings
        top = QHBoxLayout()
        top.setSpacing(theme.px(28))
        self.body.addLayout(top, 5)
        self.large_plot = theme.plot("", translate("Lecture", "epochs"), "log₁₀(SSE)", "largeRatePlot")
        self.large_curve = theme.curve(self.large_plot, theme.ACCENT)
        self.small_plot = theme.plot("", translate("Lecture", "epochs"), "SSE", "smallRatePlot")
        self.small_curve = theme.curve(self.small_plot, theme.POS)
        self.large_code = theme.label("", theme.CODE, color=theme.MUTED, object_name="largeRateCode", mono=True, wrap=True)
        self.small_code = theme.label("", theme.CODE, color=theme.MUTED, object_name="smallRateCode", mono=True, wrap=True)
        self.large_summary = theme.label("", theme.BODY, bold=True, color=theme.ACCENT, object_name="largeRateSummary", wrap=True)
        self.small_summary = theme.label("", theme.BODY, bold=True, color=theme.POS, object_name="smallRateSummary", wrap=True)
        top.addLayout(stack(self.large_plot, self.large_code, self.large_summary), 1)
        top.addLayout(stack(self.small_plot, self.small_code, self.small_summary), 1)
        self.large = theme.spin(float(s["large"]), 0.00001, 1.0, 0.001, 5, "largeRateSpin")
        self.small = theme.spin(float(s["small"]), 0.00001, 1.0, 0.0001, 5, "smallRateSpin")
        self.x10 = theme.button("× 10", "smallTimes10")
        self.x10.clicked.connect(lambda: self.small.setValue(self.small.value() * 10))
        for w in (self.large, self.small):
            w.valueChanged.connect(self.recompute)
        self.body.addLayout(theme.row(translate("lecture/rates", "left α"), self.large, translate("lecture/rates", "right α"), self.small,
                                      self.x10, theme.label(translate("lecture/rates", "raw Iris (X in cm)"), theme.BODY,
                                                            color=theme.MUTED)))
        # the 1-D picture: overshoot vs many small steps
        bottom = QHBoxLayout()
        bottom.setSpacing(theme.px(28))
        self.body.addLayout(bottom, 4)
        self.curve_plot = theme.plot(translate("lecture/rates", "one weight: J(w) = w², w := w − α·dJ/dw"), "w", "J(w)", "oneDPlot")
        ws = np.linspace(-3.2, 3.2, 200)
        self.curve_plot.plot(ws, ws ** 2, pen=theme.pen(theme.MUTED, 3))
        self.steps = theme.curve(self.curve_plot, theme.ACCENT)
        self.curve_plot.setXRange(-3.3, 3.3, padding=0)
        self.curve_plot.setYRange(-0.3, 11, padding=0)
        bottom.addWidget(self.curve_plot, 3)
        side = QVBoxLayout()
        side.setSpacing(theme.px(8))
        bottom.addLayout(side, 2)
        self.alpha_1d = theme.slider(1, 110, int(round(s["alpha_1d"] * 100)), "alpha1dSlider")
        self.alpha_1d.setMinimumWidth(theme.px(120))
        self.alpha_1d.valueChanged.connect(self.draw_1d)
        side.addWidget(theme.label(translate("lecture/rates", "α for the 1-D picture"), wrap=True))
        side.addWidget(self.alpha_1d)
        presets = QGridLayout()
        presets.setSpacing(theme.px(8))
        for i, (name, v) in enumerate(((translate("lecture/rates", "too small"), 5), (translate("lecture/rates", "good"), 40),
                                       (translate("lecture/rates", "overshoot"), 95), (translate("lecture/rates", "too large"), 105))):
            b = theme.button(name, f"preset1d{i}")
            b.clicked.connect(lambda _=False, v=v: self.alpha_1d.setValue(v))
            presets.addWidget(b, i // 2, i % 2)
        side.addLayout(presets)
        self.verdict_1d = theme.label("", theme.BODY, bold=True, object_name="oneDVerdict", wrap=True)
        side.addWidget(self.verdict_1d)
        side.addStretch(1)
        self.result = None

    def on_activate(self) -> None:
        self.draw_1d()
        if self.result is None or self.result["rates"] != (self.large.value(), self.small.value()):
            self.recompute()

    def recompute(self) -> None:
        a, b, e = self.large.value(), self.small.value(), int(self.settings["epochs"])
        self.submit("rates", lambda st: two_rates(a, b, e, st), self.show_rates)

    def _show_run(self, plot, curve, code, summary, cost: np.ndarray, alpha: float, minimum: float) -> str:
        epochs = np.arange(1, len(cost) + 1)
        ys, log_axis = cost_axis(cost)
        shown = np.isfinite(ys)
        curve.setData(epochs[shown], ys[shown])
        theme.set_axis_label(plot, "left", "log₁₀(SSE)" if log_axis else "SSE")
        theme.set_plot_title(plot, translate("lecture/rates", "Adaline — learning rate {}").format(rate(alpha)))
        code.setText(f"AdalineGD(epochs={len(cost)}, alpha={rate(alpha)}).train(X, y)")
        verdict = cost_verdict(cost, minimum)
        if log_axis:
            first = fixed(ys[0]) if np.isfinite(ys[0]) else translate("lecture/rates", "overflow")
            last = fixed(ys[-1]) if np.isfinite(ys[-1]) else translate("lecture/rates", "overflow")
            what = f"log₁₀ SSE {first} → {last}"
        else:
            what = f"SSE {fixed(cost[0])} → {fixed(cost[-1])}"
        summary.setText(translate("lecture/rates", "{what}: {reason}, <b>{verdict}</b>").format(
            what=what, reason=verdict_reason(cost, minimum, verdict), verdict=verdict_text(verdict)))
        return verdict

    def show_rates(self, r: dict) -> None:
        self.result = r
        a, b = r["rates"]
        m = r["minimum"]
        left = self._show_run(self.large_plot, self.large_curve, self.large_code, self.large_summary, r["large"], a, m)
        right = self._show_run(self.small_plot, self.small_curve, self.small_code, self.small_summary, r["small"], b, m)
        self.set_title_fields(left_rate=rate(a), left_verdict=verdict_text(left), right_rate=rate(b),
                              right_verdict=verdict_text(right))
        self.mark_ready()

    def draw_1d(self) -> None:
        a = self.alpha_1d.value() / 100
        ws = descent_1d(a)
        self.steps.setData(ws, ws ** 2)
        self.verdict_1d.setText(translate("lecture/rates", "α = {}: {}").format(f"{a:.2f}", descent_1d_verdict(ws)) + "<br>"
                                + translate("lecture/rates", "w after {} steps: {}").format(len(ws) - 1, theme.fmt(ws[-1], 3)))


class FeatureScalingScene(EpochScene):
    """Standardised features: AdalineGD(epochs=15, eta=0.01) converges; raw features at 0.01 do not."""

    SETTINGS = {"epochs": 15, "eta": 0.01, "standardize": True}
    TITLE_FIELDS = {"features": "Standardised", "verdict": "converges"}
    FEATURES = {"Standardised": QT_TRANSLATE_NOOP("lecture/rates", "Standardised"),
                "Raw": QT_TRANSLATE_NOOP("lecture/rates", "Raw")}

    @classmethod
    def default_title_fields(cls) -> dict:
        return {"features": translate("lecture/rates", cls.FEATURES["Standardised"]),
                "verdict": verdict_text(cls.TITLE_FIELDS["verdict"])}

    def build(self) -> None:
        s = self.settings
        self.regions = RegionPlot(translate("Lecture", "sepal length [standardised]"),
                                  translate("Lecture", "petal length [standardised]"),
                                  translate("lecture/rates", "Adaline — gradient descent"), "regionPlot")
        self.formula = theme.label("x<sub>j,std</sub> = (x<sub>j</sub> − μ<sub>j</sub>) / σ<sub>j</sub> &nbsp;"
                                   f"<span style='color:{theme.MUTED}'>原始資料特徵 − 平均資料特徵</span>",
                                   theme.FORMULA, wrap=True)
        self.stats = theme.label("", theme.BODY, object_name="scalingStats", wrap=True)
        self.cost_plot = theme.plot(translate("Lecture", "cost_ (sum-squared-error)"), "epoch", "SSE", "costPlot")
        self.cost_curve = theme.curve(self.cost_plot, theme.POS)
        self.code = theme.label("", theme.CODE, color=theme.MUTED, object_name="scalingCode", mono=True, wrap=True)
        self.summary = theme.label("", theme.BODY, object_name="scalingSummary", wrap=True)
        side_by_side(self.body, stack(self.regions, self.formula, self.stats),
                     stack(self.cost_plot, self.code, self.summary))
        self.add_player()
        self.toggle = theme.button("", "standardizeToggle", checkable=True)
        self.toggle.setChecked(bool(s["standardize"]))
        self.toggle.toggled.connect(self.recompute)
        self.eta = theme.spin(float(s["eta"]), 0.0001, 0.1, 0.001, 4, "etaSpin")
        self.eta.valueChanged.connect(self.recompute)
        self.body.addLayout(theme.row(self.toggle, "η (eta)", self.eta))       # the slides' name

    def params(self) -> tuple:
        return (self.toggle.isChecked(), self.eta.value(), int(self.settings["epochs"]))

    def on_activate(self) -> None:
        if self.run is None or self.run["params"] != self.params():
            self.recompute()

    def recompute(self) -> None:
        std, eta, e = self.params()
        self.toggle.setText(translate("lecture/rates", "features: standardised ✓") if std else translate("lecture/rates", "features: raw (cm)"))
        self.player.stop()
        self.submit("run", lambda st: scaling_run(std, eta, e, st), self.set_run)

    def set_run(self, r: dict) -> None:
        std, eta, epochs = r["params"]
        self.regions.extent = None
        self.regions.set_points(r["X"], r["y"])
        if std:
            x_label, y_label = translate("Lecture", "sepal length [standardised]"), translate("Lecture", "petal length [standardised]")
        else:
            x_label, y_label = translate("Lecture", "sepal length [cm]"), translate("Lecture", "petal length [cm]")
        theme.set_axis_label(self.regions.plot, "bottom", x_label)
        theme.set_axis_label(self.regions.plot, "left", y_label)
        self.stats.setText(f"μ = {theme.fmt_vec(r['mean'], 2)} cm, σ = {theme.fmt_vec(r['std'], 2)} cm"
                           + ("" if std else translate("lecture/rates", ": not applied")))
        self.code.setText(f"AdalineGD(epochs={epochs}, eta={rate(eta)}).train({'X_std' if std else 'X'}, y)")
        self.set_title_fields(features=translate("lecture/rates", self.FEATURES["Standardised" if std else "Raw"]),
                              verdict=verdict_text(cost_verdict(r["cost"], sse_minimum(r["X"], r["y"]))))
        self.play_run(r, len(r["cost"]))

    def show_epoch(self, k: int) -> None:
        r = self.run
        X, y = r["X"], r["y"]
        w = r["weights"][k]
        if np.all(np.isfinite(w)):
            with np.errstate(over="ignore", invalid="ignore"):
                z = r["grid"] @ w[1:] + w[0]
            n = r["n"]
            p = np.clip((np.nan_to_num(z) + 1) / 2, 0, 1).reshape(n, n)
            self.regions.set_regions(p, r["extent"])
            self.regions.set_line(w)
        pred = predict(X, w)
        self.regions.set_wrong(X[pred != y])
        correct = int((pred == y).sum())
        cost = r["cost"]
        ys, log_axis = cost_axis(cost)
        shown = np.isfinite(ys[:k])
        self.cost_curve.setData(np.arange(1, k + 1)[shown], ys[:k][shown])
        theme.set_axis_label(self.cost_plot, "left", "log₁₀(SSE)" if log_axis else "SSE")
        self.cost_plot.setXRange(0.5, len(cost) + 0.5, padding=0)
        finite = ys[np.isfinite(ys)]
        if len(finite):
            lo = float(finite.min()) if log_axis else 0.0
            self.cost_plot.setYRange(lo, max(float(finite.max()) * 1.05, lo + 1.0), padding=0)
        self.summary.setText(sse_lines(k, cost, r["after"], correct, len(y)))


class SgdVsBatchScene(EpochScene):
    """Batch, mini-batch and stochastic gradient descent: SSE after each epoch on one plot."""

    SETTINGS = {"epochs": 15, "eta": 0.01, "batch_size": 10, "shuffle": True, "seed": 0}
    RUNS = ("batch", "mini-batch", "stochastic")

    def build(self) -> None:
        s = self.settings
        self.plot = theme.plot(translate("lecture/rates", "SSE after each epoch"), translate("lecture/rates", "epochs completed"), "SSE", "gdPlot")
        self.legend = theme.legend(self.plot)
        # drawn SGD first, as a wide band, then mini-batch dashed on top of it: where the two
        # coincide both stay visible
        self.curves = {
            "stochastic": theme.curve(self.plot, theme.ACCENT, translate("lecture/rates", "stochastic"), symbol="s",
                                      width=theme.LINE_WIDTH + 7),
            "mini-batch": theme.curve(self.plot, theme.GREEN, translate("lecture/rates", "mini-batch"), symbol="t", dashed=True),
            "batch": theme.curve(self.plot, theme.POS, translate("lecture/rates", "batch"), symbol="o"),
        }
        self.curves["stochastic"].setSymbolSize(theme.px(theme.SYMBOL_SIZE + 12))
        self.curves["mini-batch"].setSymbolSize(theme.px(theme.SYMBOL_SIZE + 2))
        self.curves["mini-batch"].setSymbolPen(pg.mkPen("k", width=1))
        self.table = theme.label("", theme.BODY, object_name="gdTable", wrap=True)
        self.footnote = theme.label("", theme.BODY, color=theme.MUTED, object_name="gdFootnote", wrap=True)
        side = stack(self.table, self.footnote, stretch_first=False)
        side.addStretch(1)
        side_by_side(self.body, stack(self.plot), side, (3, 2))
        self.add_player()
        self.eta = theme.spin(float(s["eta"]), 0.0001, 0.05, 0.001, 4, "etaSpin")
        self.batch = theme.spin(int(s["batch_size"]), 2, 99, 1, object_name="batchSpin")
        self.shuffle = theme.button(translate("lecture/rates", "shuffle"), "shuffleToggle", checkable=True)
        self.shuffle.setChecked(bool(s["shuffle"]))
        self.seed = int(s["seed"])
        reseed = theme.button(translate("lecture/rates", "new order"), "reseedButton")
        reseed.clicked.connect(self.reseed)
        for w in (self.eta, self.batch):
            w.valueChanged.connect(self.recompute)
        self.shuffle.toggled.connect(self.recompute)
        self.body.addLayout(theme.row("η", self.eta, translate("lecture/rates", "batch size"), self.batch, self.shuffle, reseed))

    def params(self) -> tuple:
        return (self.eta.value(), int(self.settings["epochs"]), self.batch.value(), self.shuffle.isChecked(), self.seed)

    def reseed(self) -> None:
        self.seed += 1
        self.recompute()

    def on_activate(self) -> None:
        if self.run is None or self.run["params"] != self.params():
            self.recompute()

    def recompute(self) -> None:
        eta, e, b, sh, seed = self.params()
        self.player.stop()
        self.submit("gd", lambda st: gd_flavours(eta, e, b, sh, seed, st), self.set_run)

    def set_run(self, r: dict) -> None:
        eta, epochs, b, shuffle, seed = r["params"]
        cost_ = r["batch_cost_"]
        self.footnote.setText(translate(
            "lecture/rates", "{code} ends at {cost}, the SSE before its last step (after {epochs} epochs).").format(
                code=f"AdalineGD(epochs={epochs}, eta={rate(eta)}).cost_", cost=theme.fmt(cost_[-1], 2), epochs=epochs - 1))
        updates = r["updates"]
        self.names = {"batch": translate("lecture/rates", "batch"), "mini-batch": translate("lecture/rates", "mini-batch of {}").format(b),
                      "stochastic": translate("lecture/rates", "stochastic")}
        for name in self.RUNS:
            per = updates[name]
            self.curves[name].opts["name"] = (translate("lecture/rates", "{}: {} updates / epoch") if per > 1
                                              else translate("lecture/rates", "{}: {} update / epoch")).format(self.names[name], per)
        self._relabel_legend()
        top = max(float(np.max(r[name])) for name in self.RUNS)
        self.plot.setXRange(-0.3, epochs + 0.3, padding=0)
        self.plot.setYRange(0, top * 1.05, padding=0)
        self.play_run(r, epochs)

    def _relabel_legend(self) -> None:
        self.legend.clear()
        for name in ("stochastic", "mini-batch", "batch"):
            self.legend.addItem(self.curves[name], self.curves[name].opts["name"])

    def show_epoch(self, k: int) -> None:
        r = self.run
        colours = {"batch": theme.POS, "mini-batch": theme.GREEN, "stochastic": theme.ACCENT}
        rows = []
        for name in self.RUNS:
            ys = r[name][: k + 1]
            self.curves[name].setData(np.arange(len(ys)), ys)
            rows.append(f"<tr><td style='color:{theme.readable(colours[name])}'><b>{self.names[name]}</b></td>"
                        f"<td align=right>&nbsp;&nbsp;<b>{theme.fmt(ys[-1], 2)}</b></td></tr>")
        self.table.setText("<table cellspacing=0 cellpadding=2><tr><th align=left>"
                           + translate("lecture/rates", "SSE after {} epochs").format(k) + "</th><th></th></tr>"
                           + "".join(rows) + "</table>")
