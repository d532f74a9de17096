"""Learning rates, feature scaling and the three flavours of gradient descent, on Adaline."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout

from desktop_nn.engine.classic import AdalineGD, AdalineSGD
from desktop_nn.engine.datasets import iris_setosa_versicolor, standardize
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.classic import adaline_epochs
from desktop_nn.ui.lecture.widgets import EpochPlayer, RegionPlot, grid_points


# --- computations (worker) --------------------------------------------------------------------------
def two_rates(large: float, small: float, epochs: int, state=None) -> dict:
    """The chapter's two runs: AdalineGD(epochs, alpha).train(X, y).cost_ on raw Iris."""
    X, y = iris_setosa_versicolor()
    with np.errstate(over="ignore", invalid="ignore"):
        big = AdalineGD(epochs=epochs, alpha=large).train(X, y).cost_
        tiny = AdalineGD(epochs=epochs, alpha=small).train(X, y).cost_
    return {"large": np.array(big, float), "small": np.array(tiny, float)}


def descent_1d(alpha: float, w0: float = 2.8, steps: int = 12) -> np.ndarray:
    """Gradient descent on J(w) = w² (dJ/dw = 2w): w := w − α·2w, from w0."""
    ws = [w0]
    for _ in range(steps):
        ws.append(ws[-1] - alpha * 2 * ws[-1])
        if abs(ws[-1]) > 1e3:
            break
    return np.array(ws)


def scaling_run(standardized: bool, eta: float, epochs: int, state=None) -> dict:
    X, y = iris_setosa_versicolor()
    mean, std = X.mean(axis=0), X.std(axis=0)
    Xs = standardize(X)[0] if standardized else X
    weights, cost = adaline_epochs(Xs, y, eta, epochs, state)
    pts, extent, n = grid_points(Xs, 150, pad=0.5 if standardized else 0.6)
    return {"X": Xs, "y": y, "weights": weights, "cost": cost,
            "grid": pts, "extent": extent, "n": n, "mean": mean, "std": std}


def gd_flavours(eta: float, epochs: int, batch_size: int, shuffle: bool, seed: int, state=None) -> dict:
    """SSE after each completed epoch (0…E) for batch, mini-batch and stochastic GD on standardised Iris."""
    X, y = iris_setosa_versicolor()
    Xs = standardize(X)[0]
    start = 0.5 * float((y ** 2).sum())            # every run starts at w = 0
    gd = AdalineGD(epochs=epochs + 1, eta=eta).train(Xs, y).cost_   # cost_ is before each step
    out = {"batch": np.array(gd, float)}
    for name, b in (("mini-batch", batch_size), ("stochastic", 1)):
        if state is not None:
            state.check()
        model = AdalineSGD(epochs=epochs, eta=eta, batch_size=b, shuffle=shuffle, seed=seed).train(Xs, y)
        out[name] = np.r_[start, model.cost_]
    out["updates"] = {"batch": 1, "mini-batch": int(np.ceil(len(y) / batch_size)), "stochastic": len(y)}
    return out


# --- scenes ------------------------------------------------------------------------------------------
class LearningRateScene(Scene):
    """0.01 diverges (log10 SSE grows every epoch) while 0.0001 crawls; and why, on J(w) = w²."""

    SETTINGS = {"large": 0.01, "small": 0.0001, "epochs": 10, "alpha_1d": 0.95}

    def build(self) -> None:
        s = self.settings
        top = QHBoxLayout()
        self.body.addLayout(top, 5)
        self.large_plot = theme.plot("", "epochs", "log10(SSE)", "largeRatePlot")
        self.large_curve = theme.curve(self.large_plot, theme.ACCENT)
        self.small_plot = theme.plot("", "epochs", "SSE", "smallRatePlot")
        self.small_curve = theme.curve(self.small_plot, theme.POS)
        for p, c in ((self.large_plot, self.large_curve), (self.small_plot, self.small_curve)):
            col = QVBoxLayout()
            col.addWidget(p, 1)
            top.addLayout(col)
        self.large_summary = theme.label("", theme.BODY + 2, bold=True, color=theme.ACCENT, object_name="largeRateSummary")
        self.small_summary = theme.label("", theme.BODY + 2, bold=True, color=theme.POS, object_name="smallRateSummary")
        top.itemAt(0).layout().addWidget(self.large_summary)
        top.itemAt(1).layout().addWidget(self.small_summary)
        self.large = theme.spin(float(s["large"]), 0.00001, 1.0, 0.001, 5, "largeRateSpin")
        self.small = theme.spin(float(s["small"]), 0.00001, 1.0, 0.0001, 5, "smallRateSpin")
        x10 = theme.button("× 10", "smallTimes10")
        x10.clicked.connect(lambda: self.small.setValue(self.small.value() * 10))
        for w in (self.large, self.small):
            w.valueChanged.connect(self.recompute)
        self.body.addLayout(theme.row("left α", self.large, "right α", self.small, x10,
                                      theme.label("  AdalineGD(epochs=10, alpha=…) on raw Iris", theme.BODY, color=theme.MUTED, mono=True)))
        # the 1-D picture: overshoot vs many small steps
        bottom = QHBoxLayout()
        self.body.addLayout(bottom, 4)
        self.curve_plot = theme.plot("one weight: J(w) = w²,  w := w − α·dJ/dw", "w", "J(w)", "oneDPlot")
        ws = np.linspace(-3.2, 3.2, 200)
        self.curve_plot.plot(ws, ws ** 2, pen=theme.pen("#777777", 3))
        self.steps = theme.curve(self.curve_plot, theme.ACCENT)
        self.curve_plot.setXRange(-3.3, 3.3, padding=0)
        self.curve_plot.setYRange(-0.3, 11, padding=0)
        bottom.addWidget(self.curve_plot, 3)
        side = QVBoxLayout()
        bottom.addLayout(side, 2)
        self.alpha_1d = theme.slider(1, 110, int(round(s["alpha_1d"] * 100)), "alpha1dSlider")
        self.alpha_1d.valueChanged.connect(self.draw_1d)
        side.addWidget(theme.label("α for the 1-D picture"))
        side.addWidget(self.alpha_1d)
        presets = QHBoxLayout()
        for name, v in (("too small", 5), ("good", 40), ("overshoot", 95), ("too large", 105)):
            b = theme.button(name)
            b.clicked.connect(lambda _=False, v=v: self.alpha_1d.setValue(v))
            presets.addWidget(b)
        side.addLayout(presets)
        self.verdict_1d = theme.label("", theme.BODY + 2, bold=True, object_name="oneDVerdict", wrap=True)
        side.addWidget(self.verdict_1d)
        side.addStretch(1)
        self.result = None

    def on_activate(self) -> None:
        self.draw_1d()
        if self.result is None:
            self.recompute()

    def recompute(self) -> None:
        a, b, e = self.large.value(), self.small.value(), int(self.settings["epochs"])
        self.submit("rates", lambda st: two_rates(a, b, e, st), self.show_rates)

    def show_rates(self, r: dict) -> None:
        self.result = r
        epochs = np.arange(1, len(r["large"]) + 1)
        with np.errstate(divide="ignore", invalid="ignore"):
            log_large = np.log10(r["large"])
        finite = np.isfinite(log_large)
        self.large_curve.setData(epochs[finite], log_large[finite])
        self.small_curve.setData(epochs, r["small"])
        a, b = self.large.value(), self.small.value()
        title_size = f"{theme.AXIS_LABEL + 2}pt"
        self.large_plot.getPlotItem().setTitle(f"Adaline — learning rate {theme.fmt(a, 5)}", size=title_size, color=theme.TEXT)
        self.small_plot.getPlotItem().setTitle(f"Adaline — learning rate {theme.fmt(b, 5)}", size=title_size, color=theme.TEXT)
        lf = log_large[finite]
        trend = "grows every epoch: diverges" if len(lf) > 1 and np.all(np.diff(lf) > 0) else "falls"
        self.large_summary.setText(f"log10 SSE {lf[0]:.2f} → {lf[-1]:.2f}  ({trend})" if len(lf) else "overflow")
        s = r["small"]
        trend = "too small: crawls" if s[-1] > 0.5 * s[0] else "converging"
        self.small_summary.setText(f"SSE {s[0]:.2f} → {s[-1]:.2f}  ({trend})")
        self.mark_ready()

    def draw_1d(self) -> None:
        a = self.alpha_1d.value() / 100
        ws = descent_1d(a)
        self.steps.setData(ws, ws ** 2)
        if a > 1.0:
            text = f"α = {a:.2f}: each step overshoots further — diverges"
        elif a >= 0.5:
            text = f"α = {a:.2f}: overshoots the minimum, zig-zags back"
        elif a < 0.1:
            text = f"α = {a:.2f}: tiny steps — many iterations to converge"
        else:
            text = f"α = {a:.2f}: heads straight for the minimum"
        self.verdict_1d.setText(text + f"<br>w after {len(ws) - 1} steps: {theme.fmt(ws[-1], 3)}")


class FeatureScalingScene(Scene):
    """Standardised features: AdalineGD(epochs=15, eta=0.01) converges; raw features at 0.01 do not."""

    SETTINGS = {"epochs": 15, "eta": 0.01, "standardize": True}

    def build(self) -> None:
        s = self.settings
        main = QHBoxLayout()
        self.body.addLayout(main, 1)
        self.regions = RegionPlot("sepal length [standardized]", "petal length [standardized]",
                                  "Adaline — gradient descent", "regionPlot")
        main.addWidget(self.regions, 5)
        right = QVBoxLayout()
        main.addLayout(right, 4)
        self.cost_plot = theme.plot("", "epochs", "sum-squared-error", "costPlot")
        self.cost_curve = theme.curve(self.cost_plot, theme.POS)
        right.addWidget(self.cost_plot, 3)
        right.addWidget(theme.label("x<sub>j,std</sub> = (x<sub>j</sub> − μ<sub>j</sub>) / σ<sub>j</sub> &nbsp;"
                                    "<span style='color:#444'>原始資料特徵 − 平均資料特徵</span>", theme.FORMULA))
        self.stats = theme.label("", theme.BODY, object_name="scalingStats", wrap=True)
        self.summary = theme.label("", theme.NUMBER - 2, bold=True, object_name="scalingSummary", wrap=True)
        right.addWidget(self.stats)
        right.addWidget(self.summary)
        self.player = EpochPlayer(self)
        self.player.epochChanged.connect(self.show_epoch)
        self.toggle = theme.button("", "standardizeToggle", checkable=True)
        self.toggle.setChecked(bool(s["standardize"]))
        self.toggle.toggled.connect(self.recompute)
        self.eta = theme.spin(float(s["eta"]), 0.0001, 0.1, 0.001, 4, "etaSpin")
        self.eta.valueChanged.connect(self.recompute)
        self.body.addLayout(theme.row(self.player, stretch_end=False))
        self.body.addLayout(theme.row(self.toggle, "η", self.eta,
                                      theme.label("  AdalineGD(epochs=15, eta=0.01).train(X_std, y)", theme.BODY, color=theme.MUTED, mono=True)))
        self.run = None

    def on_activate(self) -> None:
        if self.run is None:
            self.recompute()

    def recompute(self) -> None:
        std, eta, e = self.toggle.isChecked(), self.eta.value(), int(self.settings["epochs"])
        self.toggle.setText("features: standardised ✓" if std else "features: raw (cm)")
        self.player.stop()
        self.submit("run", lambda st: scaling_run(std, eta, e, st), self.set_run)

    def set_run(self, r: dict) -> None:
        self.run = r
        std = self.toggle.isChecked()
        self.regions.extent = None
        self.regions.set_points(r["X"], r["y"])
        unit = "[standardized]" if std else "[cm]"
        self.regions.plot.setLabel("bottom", f"sepal length {unit}")
        self.regions.plot.setLabel("left", f"petal length {unit}")
        self.stats.setText(f"μ = {theme.fmt_vec(r['mean'], 2)} cm, σ = {theme.fmt_vec(r['std'], 2)} cm")
        self.player.set_range(len(r["cost"]))
        self.mark_ready()

    def show_epoch(self, k: int) -> None:
        r = self.run
        if r is None:
            return
        w = r["weights"][k]
        if np.all(np.isfinite(w)):
            with np.errstate(over="ignore", invalid="ignore"):
                z = r["grid"] @ w[1:] + w[0]
            n = r["n"]
            p = np.clip((np.nan_to_num(z) + 1) / 2, 0, 1).reshape(n, n)
            self.regions.set_regions(p, r["extent"])
            self.regions.set_line(w)
            pred = np.where(r["X"] @ w[1:] + w[0] >= 0, 1, -1)
            self.regions.set_wrong(r["X"][pred != r["y"]])
            correct = int((pred == r["y"]).sum())
        else:
            correct = 0
        cost = r["cost"][:k]
        finite = np.isfinite(cost)
        ys = cost if np.all(finite) and cost.max(initial=0) < 1e6 else np.log10(np.where(finite, cost, np.nan))
        log_axis = ys is not cost
        self.cost_curve.setData(np.arange(1, k + 1)[np.isfinite(ys)], ys[np.isfinite(ys)])
        self.cost_plot.setLabel("left", "log10(sum-squared-error)" if log_axis else "sum-squared-error",
                                **{"font-size": f"{theme.AXIS_LABEL}pt", "color": theme.TEXT})
        self.cost_plot.setXRange(0.5, len(r["cost"]) + 0.5, padding=0)
        if k == 0:
            self.summary.setText("w = 0: press ▶ Play")
        elif np.isfinite(cost[-1]):
            self.summary.setText(f"epoch {k}: SSE = {cost[-1]:.2f}, {correct}/{len(r['y'])} correct")
        else:
            self.summary.setText(f"epoch {k}: the cost overflowed — diverged")
        if k == len(r["cost"]) and self.toggle.isChecked() and np.isfinite(cost[-1]):
            drop = cost[-2] - cost[-1] if k > 1 else 0
            self.summary.setText(self.summary.text() + f"<br>converged in {k} epochs (last step −{drop:.2f})")


class SgdVsBatchScene(Scene):
    """Batch, mini-batch and stochastic gradient descent: SSE after each epoch on one plot."""

    SETTINGS = {"epochs": 15, "eta": 0.01, "batch_size": 10, "shuffle": True, "seed": 0}

    def build(self) -> None:
        s = self.settings
        main = QHBoxLayout()
        self.body.addLayout(main, 1)
        self.plot = theme.plot("Adaline on standardised Iris: SSE after each epoch", "epochs completed",
                               "sum-squared-error", "gdPlot")
        theme.legend(self.plot)
        self.curves = {
            "batch": theme.curve(self.plot, theme.POS, "batch GD (BGD)"),
            "mini-batch": theme.curve(self.plot, theme.GREEN, "mini-batch GD", symbol="t"),
            "stochastic": theme.curve(self.plot, theme.ACCENT, "stochastic GD (SGD)", symbol="s"),
        }
        main.addWidget(self.plot, 3)
        side = QVBoxLayout()
        main.addLayout(side, 2)
        self.table = theme.label("", theme.BODY, object_name="gdTable", wrap=True)
        side.addWidget(self.table)
        side.addWidget(theme.label(
            "BGD: one update per epoch, from all samples<br>SGD: one update per sample — 每次都 update weight<br>"
            "mini-batch: a compromise, smoother than SGD", theme.BODY, color=theme.MUTED, wrap=True))
        side.addStretch(1)
        self.eta = theme.spin(float(s["eta"]), 0.0001, 0.05, 0.001, 4, "etaSpin")
        self.batch = theme.spin(int(s["batch_size"]), 2, 99, 1, object_name="batchSpin")
        self.shuffle = theme.button("shuffle each epoch", "shuffleToggle", checkable=True)
        self.shuffle.setChecked(bool(s["shuffle"]))
        self.seed = int(s["seed"])
        reseed = theme.button("new shuffle", "reseedButton")
        reseed.clicked.connect(self.reseed)
        for w in (self.eta, self.batch):
            w.valueChanged.connect(self.recompute)
        self.shuffle.toggled.connect(self.recompute)
        self.body.addLayout(theme.row("η", self.eta, "mini-batch size", self.batch, self.shuffle, reseed))
        self.result = None

    def reseed(self) -> None:
        self.seed += 1
        self.recompute()

    def on_activate(self) -> None:
        if self.result is None:
            self.recompute()

    def recompute(self) -> None:
        eta, b, sh, seed, e = self.eta.value(), self.batch.value(), self.shuffle.isChecked(), self.seed, int(self.settings["epochs"])
        self.submit("gd", lambda st: gd_flavours(eta, e, b, sh, seed, st), self.show_result)

    def show_result(self, r: dict) -> None:
        self.result = r
        rows = []
        for name, c in self.curves.items():
            ys = r[name]
            c.setData(np.arange(len(ys)), ys)
            rows.append(f"<tr><td>{name}&nbsp;</td><td align=right>&nbsp;{r['updates'][name]}&nbsp;</td>"
                        f"<td align=right>&nbsp;{ys[1]:.2f}&nbsp;</td><td align=right>&nbsp;<b>{ys[-1]:.2f}</b></td></tr>")
        self.table.setText("<table cellspacing=0 cellpadding=3><tr><th align=left>run</th><th>updates<br>/ epoch</th>"
                           "<th>SSE after<br>epoch 1</th><th>SSE after<br>last</th></tr>" + "".join(rows) + "</table>")
        self.mark_ready()
