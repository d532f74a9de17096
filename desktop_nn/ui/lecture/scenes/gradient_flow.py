"""Gradient flow through depth: ‖dW[l]‖ against the layer l of one deep network (2-8-8-8-8-1),
trained with sigmoid, tanh and ReLU hidden layers from the initialiser the teacher picks; the
verdicts ("vanishes", "reaches every layer") are read from the norms shown.

The numbers are training.gradient_flow.depth_grid's (the same as the main window's View ▸ Gradient
flow through depth…), computed once as a job of the scene's runner; the picker only redraws.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from desktop_nn.training.gradient_flow import GRID_ACTIVATIONS, GRID_INITS, NORM_FLOOR, depth_grid
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.initialization import log_cost_plot
from desktop_nn.ui.lecture.scenes.layout import WrapLabel
from desktop_nn.ui.lecture.scenes.train_controls import DATASET_NAMES
from desktop_nn.ui.kit.numbers import superscript

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

INIT_NAMES = (QT_TRANSLATE_NOOP("lecture/gradient_flow", "zeros"),
              QT_TRANSLATE_NOOP("lecture/gradient_flow", "small random × 0.01"),
              QT_TRANSLATE_NOOP("lecture/gradient_flow", "Xavier"),
              QT_TRANSLATE_NOOP("lecture/gradient_flow", "He"))
ACTIVATION_NAMES = {"sigmoid": "sigmoid", "tanh": "tanh", "relu": "ReLU"}
COLORS = {"sigmoid": theme.ACCENT, "tanh": theme.POS, "relu": theme.GREEN}
#: ‖dW[1]‖ / ‖dW[L]‖ below this: the gradient vanishes on its way down
VANISHING = 0.01


def ratio_text(r: float) -> str:
    """1 : 10⁻³ style for a tiny ratio, a plain number otherwise."""
    if not math.isfinite(r):
        return "—"
    if r < VANISHING:
        return "10" + superscript(round(math.log10(max(r, NORM_FLOOR))))
    return theme.fmt(r, 2)


def verdict(first: float, last: float) -> str:
    """What ‖dW[1]‖ and ‖dW[L]‖ say about the gradient's way down."""
    if last <= NORM_FLOOR and first <= NORM_FLOOR:
        return translate("lecture/gradient_flow", "no gradient at all: every dW = 0 (symmetry)")
    r = first / last if last > 0 else float("inf")
    if r < VANISHING:
        return translate("lecture/gradient_flow", "‖dW[1]‖ / ‖dW[L]‖ = {}: vanishes on its way down").format(ratio_text(r))
    return translate("lecture/gradient_flow", "‖dW[1]‖ / ‖dW[L]‖ = {}: reaches every layer").format(ratio_text(r))


class GradientFlowScene(Scene):
    """‖dW[l]‖ against l, one curve per activation, for the chosen initialiser."""

    SETTINGS = {"dataset": "circles", "epochs": 20, "init": "xavier"}

    def build(self) -> None:
        s = self.settings
        top = QHBoxLayout()
        top.setSpacing(theme.px(24))
        self.body.addLayout(top, 1)
        self.plot = log_cost_plot(translate("lecture/gradient_flow", "‖dW[l]‖ layer by layer (log scale)"),
                                  translate("lecture/gradient_flow", "layer l"),
                                  translate("lecture/gradient_flow", "‖dW[l]‖"), "gradientPlot")
        # no legend in the plot (it hid the curves' ends): the verdicts beside it name the colours
        self.curves = {g: theme.curve(self.plot, COLORS[g], ACTIVATION_NAMES[g]) for g in GRID_ACTIVATIONS}
        top.addWidget(self.plot, 3)
        side = QVBoxLayout()
        side.setSpacing(theme.px(14))
        top.addLayout(side, 2)
        self.verdicts = {}
        for g in GRID_ACTIVATIONS:
            lab = WrapLabel("", theme.BODY, object_name=f"verdict_{g}")
            lab.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            side.addWidget(lab)
            self.verdicts[g] = lab
        side.addStretch(1)
        self.init_combo = theme.combo([translate("lecture/gradient_flow", n) for n in INIT_NAMES], "initCombo")
        start = s["init"] if s["init"] in GRID_INITS else "xavier"
        self.init_combo.setCurrentIndex(GRID_INITS.index(start))
        self.init_combo.currentIndexChanged.connect(lambda _: self.show_grid())
        self.note = theme.label("", theme.BODY, color=theme.MUTED, object_name="gradientNote", wrap=True)
        self.body.addLayout(theme.row(translate("lecture/gradient_flow", "initial weights:"), self.init_combo))
        self.body.addWidget(self.note)
        self.grid = None

    def on_activate(self) -> None:
        if self.grid is None:
            dataset, epochs = str(self.settings["dataset"]), int(self.settings["epochs"])
            self.submit("grid", lambda st: depth_grid(dataset, epochs=epochs, check=st.check), self.set_grid)

    def set_grid(self, grid) -> None:
        self.grid = grid
        self.show_grid()
        self.mark_ready()

    @property
    def init(self) -> str:
        return GRID_INITS[self.init_combo.currentIndex()]

    def shown_norms(self) -> dict[str, np.ndarray]:
        """{activation: ‖dW[l]‖ for l = 1..L} of the initialiser picked, averaged over the epochs."""
        mean = self.grid.mean()
        j = GRID_INITS.index(self.init)
        return {g: mean[i, j] for i, g in enumerate(self.grid.activations)}

    def show_grid(self) -> None:
        if self.grid is None:
            return
        layers = np.arange(1, self.grid.L + 1, dtype=float)
        for g, norms in self.shown_norms().items():
            shown = np.maximum(np.nan_to_num(norms, nan=NORM_FLOOR), NORM_FLOOR)
            self.curves[g].setData(layers, shown)
            self.verdicts[g].setText(
                f"<span style='color:{theme.readable(COLORS[g])}'>■</span> <b>{ACTIVATION_NAMES[g]}</b>: "
                + verdict(float(shown[0]), float(shown[-1])))
        self.plot.getPlotItem().getAxis("bottom").setTicks([[(l, str(l)) for l in range(1, self.grid.L + 1)]])
        self.note.setText(translate(
            "lecture/gradient_flow", "Network {}, {} data, ‖dW[l]‖ averaged over the first {} epochs of batch "
            "gradient descent. Going down from layer {} to layer 1, each layer multiplies the gradient by "
            "Wᵀ and g′(Z): g′ ≤ ¼ for the sigmoid.").format(
            "-".join(map(str, self.grid.layer_dims)),
            translate("Lecture", DATASET_NAMES.get(self.grid.dataset, self.grid.dataset)), self.grid.epochs, self.grid.L))
