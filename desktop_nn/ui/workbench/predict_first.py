"""The main window's "Predict first" (Training menu): before Play trains, the student predicts.

With the action on, Play does not train at once: the decision plot turns into a sketch pad (the
regions dimmed, the mouse paints each class's region; ui/workbench/prediction.py) and a row of
the four cost-curve shapes appears. "Done — train" (or Play / Space again) keeps the prediction
and starts training; Esc or Cancel leaves it without training. When training stops — paused,
the epoch limit, divergence, a stall — the sketch is laid hatched over the real regions, with
its overlap score in words and per cent and whether the shape was right; Close or Esc takes it
away. With the action off, or with nothing predicted, Play trains exactly as before.

What the student predicted is compared with the frame training stopped on: its regions
(``grid_probs``, exercises.predict.regions_of) and the epochs trained since Done, named by the
session's notice (exercises.predict.classify_curve).
"""

from __future__ import annotations

import weakref

import numpy as np
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence

from desktop_nn.exercises.predict import classify_curve, regions_of
from desktop_nn.training.config import GRID_RESOLUTION
from desktop_nn.ui.kit import palette
from desktop_nn.ui.workbench.prediction import Outcome, PredictPanel, Prediction


class PredictFirst(QObject):
    """Installs itself on ``window`` (a MainWindow): the checkable action in the Training menu,
    the panel over the decision plot, Esc; ``before_play`` is the window's Play hook."""

    def __init__(self, window):
        super().__init__(window)
        # through a weak reference: no Python reference cycle through Qt objects (see ProjectController)
        self._window = weakref.ref(window)
        self.action = QAction(self.tr("Predict first"), window)
        self.action.setObjectName("predictFirstAction")
        self.action.setCheckable(True)
        self.action.setToolTip(self.tr("Before Play trains, sketch the decision regions and pick the cost "
                                       "curve's shape; after training, see how close you were"))
        self.action.toggled.connect(self._on_toggled)
        window.menus["training"].addAction(self.action)
        self.escapeAction = QAction(self.tr("Cancel the prediction"), window)
        self.escapeAction.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.escapeAction.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.escapeAction.setEnabled(False)
        self.escapeAction.triggered.connect(self.cancel)
        window.addAction(self.escapeAction)

        plot = window.decision_plot
        self.panel = PredictPanel(palette.font(palette.BASE_POINT_SIZE))
        plot.layout().insertWidget(1, self.panel)            # under the pane's title, over the plot
        self.prediction = Prediction(plot.plot_widget, self.panel, plot.image)
        self.panel.doneClicked.connect(self.done)
        self.panel.cancelClicked.connect(self.cancel)
        self.panel.closeClicked.connect(self.cancel)
        self._waiting: dict | None = None
        self.outcome: Outcome | None = None
        window.controller.snapshotReady.connect(self._on_snapshot)
        # Done trains as Play does, so only when Play may (not while the step-through is open)
        window.playAction.changed.connect(self._follow_play)
        self._data = None
        window.controller.runningChanged.connect(self._on_running)

    @property
    def window(self):
        return self._window()

    # --- the window's hooks --------------------------------------------------------------------

    def before_play(self) -> bool:
        """Called when Play would start training: True when the prediction takes over (Play then
        does nothing more), False to train as before."""
        if not self.action.isChecked():
            return False
        if self.prediction.state == "predicting":
            self.done()
            return True
        snapshot = self.window.controller.latest
        config = self.window.current_config()
        if snapshot is None or (config.max_epochs and snapshot.epoch >= config.max_epochs):
            return False            # nothing would train: Play says why, as before
        self.prediction.dismiss()
        self._waiting = None
        self._begin(snapshot.data)
        return True

    def _begin(self, data) -> None:
        """Sketch mode on ``data``'s decision grid (the shape only when it has none)."""
        self._data = data
        plot = self.window.decision_plot
        # regions to paint only where the pane draws them (not for more than two inputs, nor a
        # regression's fit): otherwise the shape alone
        if data.plottable and not data.is_regression:
            self.prediction.begin(data.extent, GRID_RESOLUTION, plot._class_names(data))
        else:
            self.prediction.begin(data.extent, 0, [])
        self._show_readout(False)
        self.escapeAction.setEnabled(True)

    @Slot()
    def _follow_play(self) -> None:
        self.panel.doneButton.setEnabled(self.window.playAction.isEnabled())

    @Slot()
    def done(self) -> None:
        """Keep the prediction and train."""
        if self.prediction.state != "predicting":
            return
        sketch, shape = self.prediction.commit()
        self._show_readout(True)
        self.escapeAction.setEnabled(False)
        snapshot = self.window.controller.latest
        if (sketch, shape) != (None, None) and snapshot is not None:
            first = [snapshot.train_cost] if snapshot.epoch > 0 and np.isfinite(snapshot.train_cost) else []
            self._waiting = {"run_id": snapshot.run_id, "epoch": snapshot.epoch, "costs": first, "running": False}
        self.window.statusBar().clearMessage()
        self.window.controller.start()

    @Slot()
    def cancel(self) -> None:
        """Esc / Cancel / Close: leave the prediction or take the reveal away."""
        self.prediction.cancel()
        self._show_readout(True)
        self._waiting = None
        self.escapeAction.setEnabled(False)

    def _show_readout(self, visible: bool) -> None:
        """While the student paints, the plot takes the room of its legend and readout (the class
        buttons name the colours; the untrained model's accuracy is no help), and the crosses of
        the points it misclassifies are hidden with it."""
        plot = self.window.decision_plot
        plot.wrong_scatter.setVisible(visible)
        for widget in (plot.legendLabel, plot.accuracyCaption, plot.accuracyLabel, plot.confusionCaption,
                       plot.confusionMatrix):
            widget.setVisible(visible)

    @Slot(bool)
    def _on_toggled(self, on: bool) -> None:
        if not on:
            self.cancel()

    # --- training stops: the reveal ------------------------------------------------------------

    @Slot(object)
    def _on_snapshot(self, snapshot) -> None:
        if self.prediction.state == "predicting" and snapshot.data is not self._data:
            self._begin(snapshot.data)      # new data while sketching: its grid (a new sketch if it moved)
            return
        waiting = self._waiting
        if waiting is None:
            return
        if snapshot.run_id != waiting["run_id"]:
            if waiting["running"]:
                self.cancel()       # a new run (Reset, new settings): the prediction was about another
                return
            # settings changed just before Done (their run arrived after it): the prediction is
            # about the run Play starts, which is this one
            waiting.update(run_id=snapshot.run_id, epoch=snapshot.epoch, costs=[])
        history = snapshot.history
        if len(history):
            keep = np.asarray(history.epoch) > waiting["epoch"]
            waiting["costs"].extend(np.asarray(history.train_cost)[keep].tolist())
        if snapshot.running:
            waiting["running"] = True
        elif waiting["running"] or snapshot.notice is not None:
            self._reveal(snapshot)

    @Slot(bool)
    def _on_running(self, running: bool) -> None:
        if running and self._waiting is not None:
            self._waiting["running"] = True

    def _reveal(self, snapshot) -> None:
        costs = self._waiting["costs"]
        self._waiting = None
        sketched = self.prediction.committed is not None and self.prediction.committed[0] is not None
        predicted = regions_of(snapshot.grid_probs) if sketched else None
        shape = classify_curve(costs, snapshot.notice)
        self.outcome = self.prediction.reveal(predicted, shape)
        self.escapeAction.setEnabled(True)
