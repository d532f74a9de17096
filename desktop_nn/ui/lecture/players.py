"""The controls that play a scene at a pace the teacher can narrate.

* :class:`SpeedControl` — "speed [ 2 ] epochs/s": how fast an animation or a training runs.
* :class:`EpochPlayer` — ▶ Play ◀ ▶| and a slider over epochs (or steps) 0…E, with its speed;
  its timer belongs to the scene, so leaving the scene pauses it and coming back resumes it.
* :class:`EpochScene` — a scene that plays a run back: the run is computed in the worker, then
  its player walks the epochs and the scene draws each.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

#: the speeds' units (scenes name them in English; shown translated)
SPEED_UNITS = (QT_TRANSLATE_NOOP("Lecture", "epochs/s"), QT_TRANSLATE_NOOP("Lecture", "steps/s"),
               QT_TRANSLATE_NOOP("Lecture", "stages/s"), QT_TRANSLATE_NOOP("Lecture", "layers/s"),
               QT_TRANSLATE_NOOP("Lecture", "examples/s"))
#: what a player walks through: its position's text, its speed's unit
PLAYER_UNITS = {
    "epoch": (QT_TRANSLATE_NOOP("Lecture", "epoch {} / {}"), "epochs/s"),
    "step": (QT_TRANSLATE_NOOP("Lecture", "step {} / {}"), "steps/s"),
    "example": (QT_TRANSLATE_NOOP("Lecture", "example {} / {}"), "examples/s"),
}


class SpeedControl(QWidget):
    """"speed [ 2 ] epochs/s": how fast a scene's animation or training runs, for narrating it."""

    # the new rate, in units per second
    rateChanged = Signal(float)

    def __init__(self, rate: float, unit: str = "epochs/s", maximum: float = 100_000.0,
                 object_name: str = "speedControl"):
        super().__init__()
        self.setObjectName(object_name)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(theme.px(8))
        decimals = 1 if rate < 10 else 0
        self.spin = theme.spin(float(rate), 0.5 if decimals else 1.0, float(maximum), 0.5 if decimals else
                               max(1.0, round(rate / 4)), decimals=decimals, object_name="speedSpin")
        self.spin.setMinimumWidth(0)
        lay.addWidget(theme.label(translate("Lecture", "speed"), theme.BODY, color=theme.MUTED))
        lay.addWidget(self.spin)
        lay.addWidget(theme.label(translate("Lecture", unit), theme.BODY, color=theme.MUTED))
        self.spin.valueChanged.connect(lambda v: self.rateChanged.emit(float(v)))

    @property
    def rate(self) -> float:
        return float(self.spin.value())


class EpochPlayer(QWidget):
    """▶ Play ◀ ▶| a slider over epochs 0…E and a speed; emits ``epochChanged(k)``.

    Its timer belongs to the scene, so leaving the scene pauses it and coming back resumes it. The
    default speed plays the whole range in about ``seconds`` seconds (5–15 s: time to narrate)."""

    # the epoch now shown
    epochChanged = Signal(int)

    def __init__(self, scene, per_second: float | None = None, object_name: str = "epochPlayer",
                 unit: str = "epoch", seconds: float = 8.0):
        super().__init__()
        self.setObjectName(object_name)
        self.unit = unit
        self.seconds = seconds
        self._auto_rate = per_second is None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(theme.px(6))
        lay = QHBoxLayout()
        lay.setSpacing(theme.px(12))
        self.back = theme.button("◀", "epochBack")
        self.play_button = theme.button(translate("Lecture", "▶ Play"), "playButton")
        self.fwd = theme.button("▶|", "epochForward")
        self.slider = theme.slider(0, 0, 0, "epochSlider")
        self.label = theme.label("", theme.NUMBER, bold=True, object_name="epochLabel")
        for w in (self.play_button, self.back, self.slider, self.fwd):
            lay.addWidget(w)
        lay.setStretch(2, 1)
        outer.addLayout(lay)
        self.speed = SpeedControl(per_second or 2.0, unit=PLAYER_UNITS[unit][1], maximum=1000.0)
        outer.addLayout(theme.row(self.label, self.speed))
        self.timer = scene.timer(self._interval(), self._tick)
        if getattr(scene, "play_button", None) is None:
            scene.play_button = self.play_button      # P plays and pauses the scene
        self.back.clicked.connect(lambda: self.set_epoch(self.slider.value() - 1))
        self.fwd.clicked.connect(lambda: self.set_epoch(self.slider.value() + 1))
        self.play_button.clicked.connect(self.toggle_play)
        self.slider.valueChanged.connect(self._changed)
        self.speed.rateChanged.connect(self._rate_changed)

    def _interval(self) -> int:
        return max(15, round(1000.0 / max(self.speed.rate, 0.01)))

    def _rate_changed(self, rate: float) -> None:
        self._auto_rate = False
        self.timer.setInterval(self._interval())

    @property
    def epoch(self) -> int:
        return self.slider.value()

    @property
    def maximum(self) -> int:
        return self.slider.maximum()

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def set_range(self, maximum: int, epoch: int | None = None) -> None:
        self.slider.blockSignals(True)
        self.slider.setRange(0, maximum)
        self.slider.blockSignals(False)
        if self._auto_rate and maximum > 0:
            self.speed.spin.blockSignals(True)
            self.speed.spin.setValue(max(0.5, round(2 * maximum / self.seconds) / 2))
            self.speed.spin.blockSignals(False)
            self.timer.setInterval(self._interval())
        self.set_epoch(maximum if epoch is None else epoch, force=True)

    def set_epoch(self, k: int, force: bool = False) -> None:
        k = max(0, min(self.slider.maximum(), k))
        if k == self.slider.value() and force:
            self._changed(k)
        else:
            self.slider.setValue(k)

    def _changed(self, k: int) -> None:
        self.label.setText(translate("Lecture", PLAYER_UNITS[self.unit][0]).format(k, self.slider.maximum()))
        self.epochChanged.emit(k)

    def toggle_play(self) -> None:
        if self.timer.isActive():
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        if self.slider.value() >= self.slider.maximum():
            self.set_epoch(0)
        self.timer.start()
        self.play_button.setText(translate("Lecture", "❚❚ Pause"))

    def stop(self) -> None:
        self.timer.stop()
        self.play_button.setText(translate("Lecture", "▶ Play"))

    def _tick(self) -> None:
        if self.slider.value() >= self.slider.maximum():
            self.stop()
        else:
            self.set_epoch(self.slider.value() + 1)
            if self.slider.value() >= self.slider.maximum():
                self.stop()


class EpochScene(Scene):
    """A scene that plays a run back epoch by epoch: the run is computed in the worker and handed
    to :meth:`play_run`; the :class:`EpochPlayer` under the scene then walks its epochs 0…E (▶ and
    P play them) and :meth:`show_epoch` draws each, once a run is there (:attr:`run`)."""

    def add_player(self, **options) -> EpochPlayer:
        """The player (``options`` as :class:`EpochPlayer` takes them), below what the scene has
        built so far; no run yet."""
        self.run: dict | None = None
        self.player = EpochPlayer(self, **options)
        self.player.epochChanged.connect(self._epoch_changed)
        self.body.addWidget(self.player)
        return self.player

    def play_run(self, run: dict, epochs: int, epoch: int | None = None, play: bool = False) -> None:
        """Show ``run``, just arrived from the worker: its ``epochs`` on the player, at ``epoch``
        (by default the last: the trained result first, ▶ replays it), playing if ``play``."""
        self.run = run
        self.player.set_range(epochs, epoch=epoch)
        if play:
            self.player.start()
        self.mark_ready()

    def _epoch_changed(self, k: int) -> None:
        if self.run is not None:
            self.show_epoch(k)

    def show_epoch(self, k: int) -> None:
        """Draw epoch ``k`` of :attr:`run`."""
        raise NotImplementedError
