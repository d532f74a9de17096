"""Predict first in a lecture scene that trains: before ▶ Train, the class predicts.

A "Predict first" toggle sits beside a scene's ▶ Train / Reset controls
(scenes/train_controls.TrainControls). With it on, ▶ Train (or P) opens the prediction instead of
training: the cost curve's shape, and — in a scene that shows decision regions — the boundary
sketched on its region plot; "Done — train" starts the run. When the run stops (its last epoch,
a divergence, or the teacher's pause) the sketch is laid hatched over the regions, with its score
and the shape's verdict. The pieces are the main window's (ui/workbench/prediction.py), sized for
the projector; the curve is named as there (exercises.predict.classify_curve), with the stall
watch run over the scene's history since no session watched it.
"""

from __future__ import annotations

import weakref

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject

from desktop_nn.exercises.predict import classify_curve, regions_of
from desktop_nn.training.stall import chance_accuracy
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.workbench.prediction import Outcome, PredictPanel, Prediction

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


class PredictStep(QObject):
    """Predict first for ``scene`` and its ``controls`` (a TrainControls); ``regions`` (a
    RegionPlot, or None: the shape only) and ``y`` (the labels the scene trains on, 0/1) — the
    scene's ``extent`` and its loop's grid give the sketch's grid; ``run``: which of the scene's
    runs the prediction is about (``run_name`` names it beside the shapes)."""

    def __init__(self, scene, controls, regions=None, y: np.ndarray | None = None, on: bool = False,
                 run: int = 0, run_name: str | None = None):
        super().__init__(scene)
        # the scene and its controls hold this step: it holds them weakly (no reference cycle)
        self._scene, self._controls = weakref.ref(scene), weakref.ref(controls)
        self.regions = regions
        self.y = y
        self.run = run                  # which of the scene's runs the prediction is about
        self.curve = translate("Lecture", "the cost curve of “{}”").format(run_name) if run_name else None
        self.toggle = theme.button(translate("Lecture", "Predict first"), "predictFirstButton", checkable=True)
        self.toggle.setChecked(on)
        self.toggle.toggled.connect(self._on_toggled)
        # in the controls' last group: a group of its own would add a line where they wrap
        last = controls.layout.itemAt(controls.layout.count() - 1).widget()
        last.layout().addWidget(self.toggle)
        self.panel = PredictPanel(theme.font(theme.BODY), theme.px(0.8 * theme.CONTROL_HEIGHT), compact=True)
        body = scene.body
        index = next((i for i in range(body.count()) if body.itemAt(i).layout() is controls.layout), body.count())
        body.insertWidget(index, self.panel)
        self.prediction = Prediction(regions.plot if regions is not None else None, self.panel,
                                     regions.image if regions is not None else None)
        if run_name:
            self.panel.shapeCaption.setText(translate("Lecture", "The cost curve of “{}”:").format(run_name))
        self.panel.doneClicked.connect(self.done)
        self.panel.cancelClicked.connect(self.cancel)
        self.panel.closeClicked.connect(self.cancel)
        self._waiting: int | None = None       # the epoch the predicted run started from
        self._bypass = False
        self.outcome: Outcome | None = None
        controls.predict = self

    @property
    def scene(self):
        return self._scene()

    @property
    def controls(self):
        return self._controls()

    @property
    def on(self) -> bool:
        return self.toggle.isChecked()

    # --- TrainControls' hooks ------------------------------------------------------------------

    def before_play(self) -> bool:
        """▶ Train was pressed on a paused run: True when the prediction takes over."""
        if not self.on or self._bypass:
            return False
        if self.prediction.state == "predicting":
            self.done()
            return True
        loop = self.controls.loop
        if loop.finished():
            loop.reset(play=False)              # a prediction is about a run from its start
        self.prediction.dismiss()
        self._waiting = None
        self._show_controls(False)
        self._begin()
        return True

    def _begin(self) -> None:
        if self.regions is not None:
            names = [translate("Lecture", "class {}").format(k) for k in range(2)]
            self.prediction.begin(self.scene.extent, int(self.controls.loop.n), names)
        else:
            self.prediction.begin(None, 0, [])

    def after_sync(self) -> None:
        """The scene drew a run's snapshot (or paused): reveal when the predicted run stopped."""
        loop = self.controls.loop
        sketch = self.prediction.sketch
        if (self.prediction.state == "predicting" and sketch is not None
                and (tuple(sketch.extent) != tuple(self.scene.extent) or sketch.n != loop.n)):
            self._begin()                       # new data while sketching: a sketch on its grid
        if self._waiting is None or loop.playing or not loop.last:
            return
        snap = loop.last[self.run]
        if snap.epoch > self._waiting:
            self._reveal(snap)

    # --- the prediction ------------------------------------------------------------------------

    def done(self) -> None:
        if self.prediction.state != "predicting":
            return
        committed = self.prediction.commit()
        self._show_controls(True)
        loop = self.controls.loop
        self._waiting = None if committed == (None, None) else (loop.last[self.run].epoch if loop.last else 0)
        self._bypass = True
        try:
            self.controls.toggle()
        finally:
            self._bypass = False

    def cancel(self) -> None:
        self.prediction.cancel()
        self._show_controls(True)
        self._waiting = None

    def _show_controls(self, visible: bool) -> None:
        """While the class predicts, Done — train and Cancel stand in for the scene's controls,
        and at the reveal Close does (the room goes to the prediction's rows)."""
        layout = self.controls.layout
        for i in range(layout.count()):
            widget = layout.itemAt(i).widget()
            if widget is not None:
                widget.setVisible(visible)
        layout.invalidate()

    def _on_toggled(self, on: bool) -> None:
        if not on:
            self.cancel()

    def _reveal(self, snap) -> None:
        start = max(self._waiting - 1, 0)       # the cost before the first predicted epoch, if any
        self._waiting = None
        costs, accs = np.asarray(snap.cost)[start:], np.asarray(snap.accuracy)[start:]
        chance = chance_accuracy(np.asarray(self.y, dtype=np.int64)) if self.y is not None else None
        shape = classify_curve(costs, "diverged" if snap.diverged else None, accuracies=accs, chance=chance)
        predicted = None
        if self.regions is not None and snap.grid is not None:
            p = np.asarray(snap.grid, dtype=np.float64)
            predicted = regions_of(np.stack([1.0 - p, p]))
        self._show_controls(False)      # the result has their room until Close
        self.outcome = self.prediction.reveal(predicted, shape, self.curve)

