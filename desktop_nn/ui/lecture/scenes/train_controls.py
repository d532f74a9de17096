"""Training networks live in a scene: the data and the engine's Trainer for a run, the ▶ Train /
Reset / speed / α controls wired to a :class:`~desktop_nn.ui.lecture.training.TrainLoop`, and how
a run's numbers are printed.

A run's default pace lets it take about :data:`RUN_SECONDS` (time to narrate it); the speed control
changes the pace, P plays and pauses, and leaving the scene pauses the run, which goes on where it
stopped when the teacher comes back.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFontMetrics

from desktop_nn.engine.datasets import GENERATORS
from desktop_nn.engine.network import Network, to_columns
from desktop_nn.engine.trainer import Trainer
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.players import SpeedControl
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.layout import FlowLayout, control_group
from desktop_nn.ui.lecture.training import TrainLoop

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


#: a training scene's default pace lets one run take this long (the teacher narrates it)
RUN_SECONDS = 10.0
#: the generated data sets a training scene offers (key → name shown)
DATASET_NAMES = {"moons": QT_TRANSLATE_NOOP("Lecture", "moons"), "circles": QT_TRANSLATE_NOOP("Lecture", "circles"),
                 "xor": QT_TRANSLATE_NOOP("Lecture", "xor"), "blobs": QT_TRANSLATE_NOOP("Lecture", "blobs"),
                 "spirals": QT_TRANSLATE_NOOP("Lecture", "spirals")}


def dataset_combo(keys, current: str, object_name: str = "datasetCombo"):
    """A combo box of data sets, each shown by its name; ``currentData()`` is the chosen key."""
    combo = theme.combo([], object_name)
    for key in keys:
        combo.addItem(translate("Lecture", DATASET_NAMES.get(key, key)), key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def dataset(name: str, n: int = 200, noise: float = 0.1, seed: int = 0):
    X, y = GENERATORS[name](n, noise=noise, seed=seed)
    return X, y


def trainer_for(X_rows, y, dims, hidden, alpha, seed=0, init="small_random", scale: float | None = None,
                batch_size=None) -> Trainer:
    net = Network(dims, hidden_activation=hidden, output="sigmoid", init=init, seed=seed)
    if scale is not None:   # draw N(0, 1) × scale (the chapter's "×0.01" and "too large" cases)
        rng = np.random.default_rng(seed)
        for l in range(1, net.L + 1):
            net.params[f"W{l}"] = rng.standard_normal(net.params[f"W{l}"].shape) * scale
    Xc, Y = to_columns(X_rows, y, "sigmoid")
    return Trainer(net, Xc, Y, learning_rate=alpha, batch_size=batch_size, seed=seed)


def percent(fraction: float) -> str:
    """An accuracy as the scene prints it: "70 %" (whole percent)."""
    if fraction != fraction:
        return "–"
    return f"{round(100 * float(fraction))}\u00a0%"


def last(values, default=float("nan")) -> float:
    return float(values[-1]) if len(values) else default


class TrainControls:
    """▶ Train / Reset / speed (epochs per second) / α and the scene's own settings, wired to a
    TrainLoop; ``layout`` holds them on one line where they fit, on two where they do not.
    ▶ Train is the scene's play button (the presenter's P key)."""

    def __init__(self, scene: Scene, loop: TrainLoop, alpha: float, extra=()):
        self.loop = loop
        self.play = theme.button(translate("Lecture", "▶ Train"), "playButton")
        fm = QFontMetrics(self.play.font())
        self.play.setMinimumWidth(max(fm.horizontalAdvance(t) for t in (
            translate("Lecture", "▶ Train"), translate("Lecture", "❚❚ Pause"), translate("Lecture", "↻ Again")))
            + theme.px(40))
        self.reset = theme.button(translate("Lecture", "Reset"), "resetButton")
        self.speed = SpeedControl(loop.epochs_per_second or 1.0, unit="epochs/s")
        self.alpha = theme.spin(alpha, 0.001, 10.0, 0.1, 3, "alphaSpin")
        self.layout = FlowLayout()
        self.layout.addWidget(control_group(self.play, self.reset, self.speed))
        self.layout.addWidget(control_group("α", self.alpha, *extra))
        scene.play_button = self.play           # P plays and pauses the training
        self.play.clicked.connect(self.toggle)
        self.reset.clicked.connect(self.restart)
        self.alpha.valueChanged.connect(lambda _: self.restart())
        self.speed.rateChanged.connect(loop.set_rate)
        self.predict = None                     # a PredictStep (ui/lecture/predict_step) asks first

    def toggle(self) -> None:
        """Play or pause; a finished run starts again from its initial weights."""
        if self.predict is not None and not self.loop.playing and self.predict.before_play():
            return
        if self.loop.finished() and not self.loop.playing:
            self.loop.reset(play=True)
        else:
            self.loop.toggle()
        self.sync()

    def restart(self) -> None:
        self.loop.reset()
        self.sync()

    def sync(self) -> None:
        if self.loop.playing:
            self.play.setText(translate("Lecture", "❚❚ Pause"))
        else:
            self.play.setText(translate("Lecture", "↻ Again") if self.loop.finished() else translate("Lecture", "▶ Train"))
        if self.predict is not None:
            self.predict.after_sync()

    def activate(self, autoplay: bool) -> None:
        """The scene comes on screen: start its first run (playing if ``autoplay``), or go on with
        the run that was playing when the teacher left. Predicting first, the run waits for
        the class's prediction."""
        autoplay = autoplay and not (self.predict is not None and self.predict.on)
        if not self.loop.trainers:
            self.loop.reset(play=autoplay)
        else:
            self.loop.resume_if_playing()
        self.sync()
