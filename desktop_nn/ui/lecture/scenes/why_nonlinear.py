"""Why the hidden layer must be non-linear: two [2, 4, 1] networks trained side by side on XOR, a
linear hidden layer against a tanh one; every verdict ("solves XOR", "stuck") is computed from the
run shown, and the linear network is shown to be one straight line."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout

from desktop_nn.engine.trainer import Trainer
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.predict_step import PredictStep
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.layout import WrapLabel
from desktop_nn.ui.lecture.scenes.train_controls import RUN_SECONDS, TrainControls, dataset, last, percent, trainer_for
from desktop_nn.ui.lecture.training import RunSnapshot, TrainLoop
from desktop_nn.ui.lecture.widgets import RegionPlot, grid_points

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


def xor_verdict(accuracy: float, cost: np.ndarray, window: int = 100) -> str:
    """What a run on XOR has done so far, from its numbers: solved (≥ 95 % right), stuck (the cost
    moved less than 0.1 % over the last ``window`` epochs) or still learning."""
    if accuracy >= 0.95:
        return translate("lecture/why_nonlinear", "✓ solves XOR")
    if len(cost) > window and abs(cost[-1 - window] - cost[-1]) <= 1e-3 * abs(cost[-1 - window]):
        return translate("lecture/why_nonlinear", "✗ stuck: XOR not solved")
    return translate("lecture/why_nonlinear", "… still learning")


class WhyNonlinearScene(Scene):
    """Two [2, 4, 1] networks on XOR: linear hidden layer vs tanh hidden layer, trained side by side."""

    SETTINGS = {"hidden_units": 4, "alpha": 1.0, "epochs": 1500, "autoplay": True, "noise": 0.15, "predict_first": False}
    NAMES = ("linear", "tanh")

    def build(self) -> None:
        s = self.settings
        self.X, self.y = dataset("xor", 200, noise=float(s["noise"]))
        pts, self.extent, n = grid_points(self.X, 80, pad=0.3)
        self.loop = TrainLoop(self, "train", self.build_trainers, self.show, int(s["epochs"]), pts.T.copy(), n,
                              seconds=RUN_SECONDS)
        main = QGridLayout()
        main.setHorizontalSpacing(theme.px(24))
        main.setVerticalSpacing(theme.px(6))
        self.body.addLayout(main, 1)
        self.plots, self.labels = [], []
        for c, (name, obj) in enumerate(zip(self.NAMES, ("linearRegions", "tanhRegions"))):
            p = RegionPlot("x₁", "x₂", translate("lecture/why_nonlinear", "hidden g = {}").format(translate("HyperparametersPanel", name)), obj)
            lab = WrapLabel("", theme.BODY, object_name=obj + "Label")
            lab.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            main.addWidget(p, 0, c)
            main.addWidget(lab, 1, c)
            main.setColumnStretch(c, 1)
            self.plots.append(p)
            self.labels.append(lab)
            p.set_points(self.X, np.where(self.y > 0, 1, -1))
        main.setRowStretch(0, 1)
        self.collapse = WrapLabel("", theme.BODY, object_name="collapseLabel")
        self.body.addWidget(self.collapse)
        self.controls = TrainControls(self, self.loop, float(s["alpha"]))
        self.body.addLayout(self.controls.layout)
        # predict first: the tanh network's regions and cost curve
        self.predict = PredictStep(self, self.controls, self.plots[1], self.y, bool(s["predict_first"]), run=1,
                                   run_name=translate("HyperparametersPanel", "tanh"))
        self.results: dict[str, dict] = {}

    def build_trainers(self) -> list[Trainer]:
        nh, a = int(self.settings["hidden_units"]), self.controls.alpha.value()
        return [trainer_for(self.X, self.y, [2, nh, 1], g, a, seed=1, init="xavier") for g in self.NAMES]

    def on_activate(self) -> None:
        self.controls.activate(bool(self.settings["autoplay"]))

    def show(self, snaps: list[RunSnapshot]) -> None:
        for p, lab, s, name in zip(self.plots, self.labels, snaps, self.NAMES):
            p.set_regions(s.grid, self.extent)
            acc, cost = last(s.accuracy), last(s.cost)
            verdict = xor_verdict(acc, s.cost)
            self.results[name] = {"epoch": s.epoch, "accuracy": acc, "cost": cost, "verdict": verdict}
            lab.setText(translate("lecture/why_nonlinear", "<b>{name}</b>, epoch {epoch}: J = {J}, accuracy&nbsp;<b>{accuracy}</b>").format(
                name=translate("HyperparametersPanel", name), epoch=s.epoch, J=theme.fmt(cost, 3), accuracy=percent(acc))
                        + f"<br><b>{verdict}</b>")
        P = snaps[0].params
        Wp = P["W2"] @ P["W1"]
        bp = float((P["W2"] @ P["b1"] + P["b2"])[0, 0])
        line_acc = float(np.mean(((self.X @ Wp.ravel() + bp) > 0) == (self.y > 0)))
        self.results["collapsed"] = {"W": Wp.ravel(), "b": bp, "accuracy": line_acc}
        self.plots[0].set_line(np.array([bp, *Wp.ravel()]))     # the line W′x + b′ = 0
        formula = ("a<sup>[2]</sup> = σ(W<sup>[2]</sup>(W<sup>[1]</sup>x + b<sup>[1]</sup>) + b<sup>[2]</sup>) = "
                   f"σ(W′x + b′), W′ = W<sup>[2]</sup>W<sup>[1]</sup> = {theme.fmt_vec(Wp.ravel(), 2).replace(', ', ',&nbsp;')}, "
                   f"b′ = {theme.fmt(bp, 2)}")
        self.collapse.setText(translate(
            "lecture/why_nonlinear", "linear: {formula}: <b>one straight line</b>, right on {share} of the points. ALL LINEAR!"
        ).format(formula=formula, share=percent(line_acc)))
        self.controls.sync()
        self.mark_ready()
