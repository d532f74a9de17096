"""A shallow network trained live: one hidden layer, vectorised over the m examples, its decision
regions and its cost while it trains (:class:`ShallowNetworkScene`); and the network view the
shallow-network scenes draw (:class:`LayerNetworkView`)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout

from desktop_nn.engine.trainer import Trainer
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.predict_step import PredictStep
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.layout import WrapLabel, min_width_for
from desktop_nn.ui.lecture.scenes.train_controls import (
    RUN_SECONDS,
    TrainControls,
    dataset,
    dataset_combo,
    last,
    percent,
    trainer_for,
)
from desktop_nn.ui.lecture.training import RunSnapshot, TrainLoop
from desktop_nn.ui.lecture.widgets import NetworkView, RegionPlot, grid_points

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


#: a highlighted layer's name: the accent's darker shade, ≥ 4.5:1 on white
HIGHLIGHT_TEXT = theme.readable(theme.ACCENT)


class LayerNetworkView(NetworkView):
    """A NetworkView whose layer names may take two lines ("x" over "n[0] = 2") and are always
    drawn whole: the outer layers move in far enough for their names, each name gets the room
    between its neighbours, and the view asks for the width its names need."""

    def __init__(self, object_name: str | None = None, lines: int = 2):
        super().__init__(object_name)
        self.lines = lines
        self.names: list[str] = []
        self.setMinimumSize(0, 0)
        self.setProperty("paintsText", True)

    def set_network(self, layer_dims, weights=None, highlight=None, layer_names=None, values=None) -> None:
        self.names = list(layer_names) if layer_names else [f"n[{l}] = {n}" for l, n in enumerate(layer_dims)]
        super().set_network(layer_dims, weights, highlight, [" "] * len(self.names), values)
        self.updateGeometry()

    def _label_height(self) -> int:
        return self.fontMetrics().height() * self.lines + theme.px(6)

    def _name_width(self) -> float:
        fm = self.fontMetrics()
        return max((fm.horizontalAdvance(part) for name in self.names for part in name.split("\n")), default=0)

    def minimumSizeHint(self) -> QSize:
        L = max(1, len(self.layer_dims))
        return QSize(int(L * (self._name_width() + theme.px(36))), self._label_height() + theme.px(150))

    def sizeHint(self) -> QSize:
        return QSize(theme.px(520), theme.px(360))

    def node_positions(self):
        L = len(self.layer_dims)
        w, h = self.width(), self.height()
        top, bottom = theme.px(20), self._label_height() + theme.px(12)
        margin = max(theme.px(40), self._name_width() / 2 + theme.px(8))
        pos = []
        for l, n in enumerate(self.layer_dims):
            x = margin + (w - 2 * margin) * (l / max(1, L - 1))
            shown = min(n, 12)
            gap = (h - top - bottom) / max(shown, 1)
            pos.append([QPointF(x, top + gap * (i + 0.5)) for i in range(shown)])
        return pos

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(self.font())
        pos = self.node_positions()
        label_h = self._label_height()
        xs = [layer[0].x() for layer in pos if layer]
        for l, x in enumerate(xs):
            if l >= len(self.names):
                break
            left = (x - xs[l - 1]) / 2 if l > 0 else x
            right = (xs[l + 1] - x) / 2 if l + 1 < len(xs) else self.width() - x
            half = min(left, right)
            p.setPen(QColor(HIGHLIGHT_TEXT if self.highlight == l else theme.TEXT))
            p.drawText(QRectF(x - half, self.height() - label_h, 2 * half, label_h), Qt.AlignmentFlag.AlignCenter,
                       self.names[l])
        p.end()


class ShallowNetworkScene(Scene):
    SETTINGS = {"dataset": "moons", "hidden_units": 4, "activation": "tanh", "alpha": 1.0, "epochs": 3000, "autoplay": True,
                "predict_first": False}

    def build(self) -> None:
        s = self.settings
        self.loop = TrainLoop(self, "train", self.build_trainers, self.show, int(s["epochs"]), seconds=RUN_SECONDS)
        main = QHBoxLayout()
        main.setSpacing(theme.px(20))
        self.body.addLayout(main, 1)
        self.regions = RegionPlot("x₁", "x₂", "", "regionPlot")
        main.addWidget(self.regions, 5)
        side = QVBoxLayout()
        side.setSpacing(theme.px(8))
        main.addLayout(side, 5)
        self.net_view = LayerNetworkView("networkView")
        side.addWidget(self.net_view, 2)
        self.formulas = WrapLabel("", theme.FORMULA - 2, object_name="shapeFormulas")
        self.formulas.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        side.addWidget(self.formulas)
        self.readout = theme.label("", theme.NUMBER, bold=True, object_name="epochLabel")
        side.addWidget(self.readout)
        self.cost_plot = theme.plot("", "epoch", translate("Lecture", "cost J"), "costPlot")
        self.cost_curve = theme.curve(self.cost_plot, theme.POS, symbol=None)
        side.addWidget(self.cost_plot, 3)
        self.units = theme.spin(int(s["hidden_units"]), 1, 12, 1, object_name="hiddenUnitsSpin")
        self.dataset = dataset_combo(["moons", "circles", "xor", "blobs", "spirals"], s["dataset"])
        self.controls = TrainControls(self, self.loop, float(s["alpha"]), ("n[1]", self.units, self.dataset))
        self.body.addLayout(self.controls.layout)
        self.predict = PredictStep(self, self.controls, self.regions, on=bool(s["predict_first"]))
        min_width_for(self.readout, [translate("Lecture", "epoch {}").format(int(s['epochs']))
                                     + translate("Lecture", " · accuracy {}").format(percent(1.0))])
        self.units.valueChanged.connect(lambda _: self.new_data())
        self.dataset.currentIndexChanged.connect(lambda _: self.new_data())
        self.new_data(start=False)

    def new_data(self, start: bool = True) -> None:
        self.X, self.y = dataset(self.dataset.currentData())
        self.predict.y = self.y
        pts, self.extent, n = grid_points(self.X, 90, pad=0.4)
        self.loop.grid_X, self.loop.n = pts.T.copy(), n
        self.regions.extent = None
        self.regions.set_points(self.X, np.where(self.y > 0, 1, -1))
        m, nh, g = len(self.y), self.units.value(), self.settings["activation"]
        shape = f"<span style='font-size:{theme.css_px(theme.CODE)}; color:{theme.MUTED}'>&nbsp;&nbsp;&nbsp;%s</span>"
        self.formulas.setText(
            "Z<sup>[1]</sup> = W<sup>[1]</sup>X + b<sup>[1]</sup><br>"
            + shape % f"({nh}, 2)·(2, {m}) + ({nh}, 1) → ({nh}, {m})" + "<br>"
            f"A<sup>[1]</sup> = {g}(Z<sup>[1]</sup>)"
            + shape % f"({nh}, {m})" + "<br>"
            "Z<sup>[2]</sup> = W<sup>[2]</sup>A<sup>[1]</sup> + b<sup>[2]</sup><br>"
            + shape % f"(1, {nh})·({nh}, {m}) + (1, 1) → (1, {m})" + "<br>"
            "A<sup>[2]</sup> = σ(Z<sup>[2]</sup>) = Ŷ"
            + shape % f"(1, {m})" + "<br>"
            + f"<span style='color:{theme.MUTED}'>"
            + translate("lecture/shallow", "all m = {} examples at once: no for loop").format(m) + "</span>")
        self.net_view.set_network([2, nh, 1], layer_names=["x\nn[0] = 2", f"a[1]\nn[1] = {nh}", "ŷ = a[2]\nn[2] = 1"])
        if start:
            self.controls.restart()

    def build_trainers(self) -> list[Trainer]:
        return [trainer_for(self.X, self.y, [2, self.units.value(), 1], self.settings["activation"], self.controls.alpha.value())]

    def on_activate(self) -> None:
        self.controls.activate(bool(self.settings["autoplay"]))

    def show(self, snaps: list[RunSnapshot]) -> None:
        s = snaps[0]
        self.regions.set_regions(s.grid, self.extent)
        nh = self.units.value()
        self.net_view.set_network([2, nh, 1], [s.params["W1"], s.params["W2"]],
                                  layer_names=["x\nn[0] = 2", f"a[1]\nn[1] = {nh}", "ŷ = a[2]\nn[2] = 1"])
        self.cost_curve.setData(np.arange(1, len(s.cost) + 1), s.cost)
        self.readout.setText(translate("Lecture", "epoch {}").format(s.epoch)
                             + (translate("Lecture", " · accuracy {}").format(percent(last(s.accuracy))) if len(s.accuracy) else ""))
        self.controls.sync()
        self.mark_ready()
