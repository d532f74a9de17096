"""The parameters and hyperparameters of a network, tried live: the hyperparameters are the
controls, the parameters W[l], b[l] are what training learns, and each change is one turn of the
empirical cycle idea → code → experiment."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout

from desktop_nn.engine.activations import get_activation, offered_activation_names
from desktop_nn.engine.trainer import Trainer
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.players import SpeedControl
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.deep import LayerNetworkView, sup
from desktop_nn.ui.lecture.scenes.layout import grid_rows
from desktop_nn.ui.lecture.scenes.train_controls import dataset, dataset_combo, trainer_for
from desktop_nn.ui.lecture.training import RunSnapshot, TrainLoop
from desktop_nn.ui.lecture.widgets import RegionPlot, grid_points

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


class HyperparametersScene(Scene):
    """The chapter's parameters vs hyperparameters, live: the hyperparameters are the controls, the
    parameters W[l], b[l] are what training learns, and each change is one turn of the empirical
    cycle idea → code → experiment (the run on screen is the experiment; the idea is what changed
    since the one before, whose result stays on screen)."""

    SETTINGS = {"dataset": "circles", "layers": 2, "units": 4, "activation": "relu", "alpha": 0.3, "epochs": 2000,
                "autoplay": True}
    SECONDS = 10.0      # the default pace: one experiment takes about this long, time to narrate it

    def build(self) -> None:
        s = self.settings
        main = QHBoxLayout()
        main.setSpacing(theme.px(20))
        self.body.addLayout(main, 1)
        self.regions = RegionPlot("x₁", "x₂", "", "regionPlot")
        self.regions.plot.getPlotItem().getViewBox().setAspectLocked(True, ratio=1.0)   # circles stay round
        self.regions.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        main.addWidget(self.regions, 3)
        mid = QVBoxLayout()
        main.addLayout(mid, 3)
        self.net_view = LayerNetworkView("networkView")
        mid.addWidget(self.net_view, 1)
        self.cost_plot = theme.plot(translate("Lecture", "cost J"), "epoch", "", "costPlot")
        self.cost_curve = theme.curve(self.cost_plot, theme.POS, symbol=None)
        mid.addWidget(self.cost_plot, 1)
        right = QVBoxLayout()
        right.setSpacing(theme.px(8))
        main.addLayout(right, 3)
        self.params_label = theme.label("", theme.BODY, object_name="parametersText", wrap=True)
        right.addWidget(self.params_label)
        right.addWidget(theme.label(translate("lecture/hyperparameters", "<b>Hyperparameters</b> (you choose):"), theme.BODY))
        self.alpha = theme.spin(float(s["alpha"]), 0.001, 10.0, 0.1, 3, "alphaSpin")
        self.epochs = theme.spin(int(s["epochs"]), 10, 20000, 100, object_name="epochsSpin")
        self.layers = theme.spin(int(s["layers"]), 0, 6, 1, object_name="layersSpin")
        self.units = theme.spin(int(s["units"]), 1, 12, 1, object_name="unitsSpin")
        self.activation = theme.combo([], "activationCombo")   # the app's list, named as the settings panel names it
        for name in offered_activation_names():
            self.activation.addItem(translate("HyperparametersPanel", get_activation(name).display_name), name)
        self.activation.setCurrentIndex(max(0, self.activation.findData(s["activation"])))
        form = QGridLayout()
        form.setHorizontalSpacing(theme.px(12))
        form.setVerticalSpacing(theme.px(4))
        grid_rows(form, [(theme.label(text, theme.BODY), w) for text, w in (
            (translate("Lecture", "learning rate α"), self.alpha), (translate("lecture/hyperparameters", "# iterations"), self.epochs),
            (translate("lecture/hyperparameters", "# hidden layers"), self.layers),
            (translate("lecture/hyperparameters", "units {}").format(f"n{sup('l')}"), self.units),
            (translate("lecture/hyperparameters", "activation g"), self.activation))])
        form.setColumnStretch(1, 1)
        right.addLayout(form)
        right.addWidget(theme.label(translate("lecture/hyperparameters", "momentum, mini-batch size, regularisation … → next chapter"),
                                    theme.BODY, color=theme.INACTIVE, object_name="nextChapter", wrap=True))
        self.cycle = theme.label("", theme.BODY, object_name="empiricalCycle", wrap=True)
        right.addWidget(self.cycle)
        self.idea = theme.label("", theme.BODY, color=theme.MUTED, object_name="ideaText", wrap=True)
        right.addWidget(self.idea)
        self.status = theme.label(translate("Lecture", "epoch {}").format(0), theme.NUMBER, bold=True, object_name="epochLabel",
                                  wrap=True)
        right.addWidget(self.status)
        right.addStretch(1)
        self.play = theme.button(translate("Lecture", "▶ Train"), "playButton")
        self.reset = theme.button(translate("Lecture", "Reset"), "resetButton")
        self.loop = TrainLoop(self, "train", self.build_trainers, self.show, int(s["epochs"]), seconds=self.SECONDS)
        self.speed = SpeedControl(self.loop.epochs_per_second, unit="epochs/s")
        self.dataset = dataset_combo(["circles", "moons", "xor", "spirals", "blobs"], s["dataset"])
        self.body.addLayout(theme.row(self.play, self.reset, self.speed, translate("lecture/hyperparameters", "data"), self.dataset))
        self.play_button = self.play
        self.auto_rate = True
        self.play.clicked.connect(self.toggle)
        self.reset.clicked.connect(lambda: self.restart(play=self.loop.playing))
        self.speed.rateChanged.connect(self._rate_changed)
        for w in (self.layers, self.units, self.epochs, self.alpha):
            w.valueChanged.connect(lambda _: self.restart())
        for w in (self.activation, self.dataset):
            w.currentIndexChanged.connect(lambda _: self.restart())
        self.run_settings: dict[str, str] = {}      # the experiment on screen
        self.before: tuple[dict[str, str], str] | None = None   # the one before it and its result
        self.last: RunSnapshot | None = None
        self.load_data()
        self.describe()

    # --- the experiment ---------------------------------------------------------------------------
    def load_data(self) -> None:
        self.X, self.y = dataset(self.dataset.currentData())
        pts, self.extent, n = grid_points(self.X, 80, pad=0.4)
        self.loop.grid_X, self.loop.n = pts.T.copy(), n
        self.regions.extent = None
        self.regions.set_points(self.X, np.where(self.y > 0, 1, -1))

    def dims(self) -> list[int]:
        return [2] + [self.units.value()] * self.layers.value() + [1]

    def build_trainers(self) -> list[Trainer]:
        g = self.activation.currentData()
        init = "he" if g in ("relu", "leaky_relu") else "xavier"
        return [trainer_for(self.X, self.y, self.dims(), g, self.alpha.value(), init=init)]

    def hyperparameters(self) -> dict[str, str]:
        """The hyperparameters as the screen writes them (what an idea changes)."""
        return {"α": theme.fmt(self.alpha.value()), translate("lecture/hyperparameters", "iterations"): str(self.epochs.value()),
                translate("lecture/hyperparameters", "hidden layers"): str(self.layers.value()), translate("lecture/hyperparameters", "units"): str(self.units.value()),
                "g": self.activation.currentText(), translate("lecture/hyperparameters", "data"): self.dataset.currentText()}

    def result_text(self) -> str:
        """How the experiment on screen ended (or stands)."""
        s = self.last
        if s is None or s.epoch == 0:
            return translate("lecture/hyperparameters", "not run")
        if s.diverged:
            return translate("lecture/hyperparameters", "diverged at epoch {}").format(s.epoch)
        acc = f"{s.accuracy[-1]:.0%}" if len(s.accuracy) else "—"
        return translate("lecture/hyperparameters", "{} at epoch {}").format(acc, s.epoch)

    def _rate_changed(self, rate: float) -> None:
        self.auto_rate = False
        self.loop.set_rate(rate)

    def restart(self, play: bool = True) -> None:
        """A new idea: rebuild the network (code) and run it (experiment)."""
        if self.run_settings and self.last is not None and self.last.epoch > 0:
            self.before = (self.run_settings, self.result_text())
        self.last = None
        self.loop.max_epochs = self.epochs.value()
        if self.auto_rate:
            rate = max(1.0, self.epochs.value() / self.SECONDS)
            self.speed.spin.blockSignals(True)
            self.speed.spin.setValue(rate)
            self.speed.spin.blockSignals(False)
            self.loop.set_rate(rate)
        self.load_data()
        self.run_settings = self.hyperparameters()
        self.loop.reset(play=play)
        self.describe()

    def toggle(self) -> None:
        if self.loop.playing:
            self.loop.pause()
        elif self.loop.finished():
            self.restart()          # the same idea again, from the start
            return
        else:
            self.loop.play()
        self.describe()

    def on_activate(self) -> None:
        if not self.loop.trainers:
            self.run_settings = self.hyperparameters()
            self.loop.reset(play=bool(self.settings["autoplay"]))
        else:
            self.loop.resume_if_playing()
        self.describe()

    def describe(self) -> None:
        """The play button, the parameters of the network on screen and where the cycle stands."""
        self.play.setText(translate("Lecture", "❚❚ Pause") if self.loop.playing else translate("Lecture", "▶ Train"))
        dims = self.dims()
        L = len(dims) - 1
        names = f"W{sup(1)}, b{sup(1)}" + (f", …, W{sup(L)}, b{sup(L)}" if L > 1 else "")
        count = sum(dims[l] * dims[l - 1] + dims[l] for l in range(1, L + 1))
        self.params_label.setText(translate("lecture/hyperparameters", "<b>Parameters</b> (learned): {}: {} numbers").format(names, count))
        hot = theme.readable(theme.ACCENT)
        phase = "experiment" if self.loop.playing else "idea"
        words = {"idea": translate("lecture/hyperparameters", "idea"), "code": translate("lecture/hyperparameters", "code"), "experiment": translate("lecture/hyperparameters", "experiment")}
        steps = [f"<b style='color:{hot}'>{words[p]}</b>" if p == phase else words[p] for p in ("idea", "code", "experiment")]
        self.cycle.setText(translate("lecture/hyperparameters", "<b>Empirical process:</b>") + " " + " → ".join(steps) + " → …")
        if self.before is None:
            self.idea.setText(translate("lecture/hyperparameters", "idea: change a hyperparameter and compare"))
        else:
            old, result = self.before
            changed = [f"{k} {old[k]} → {v}" for k, v in self.run_settings.items() if old.get(k) != v]
            self.idea.setText(translate("lecture/hyperparameters", "idea: {} (before: {})").format(
                ", ".join(changed) if changed else translate("lecture/hyperparameters", "the same again"), result))

    def show(self, snaps: list[RunSnapshot]) -> None:
        s = snaps[0]
        self.last = s
        self.regions.set_regions(s.grid, self.extent)
        dims = self.dims()
        if len(s.params) == 2 * (len(dims) - 1):
            self.net_view.set_layers(dims, [s.params[f"W{l}"] for l in range(1, len(dims))],
                                     names=[("x", "x")] + [(f"a[{l}]", f"a[{l}]") for l in range(1, len(dims) - 1)]
                                     + [("ŷ", "ŷ")])
        self.cost_curve.setData(np.arange(1, len(s.cost) + 1), s.cost)
        acc = s.accuracy[-1] if len(s.accuracy) else float("nan")
        text = (translate("Lecture", "epoch {} / {}").format(s.epoch, self.loop.max_epochs)
                + (translate("lecture/hyperparameters", ", accuracy {}").format(f"{acc:.0%}") if len(s.accuracy) else ""))
        if s.diverged:
            text = translate("lecture/hyperparameters", "epoch {}: diverged, try a smaller α").format(s.epoch)
        self.status.setText(text)
        self.describe()
        self.mark_ready()
