"""How the main window draws the frames the training process sends.

Every Snapshot goes to the document first (the run's weights, epoch and history), then to the
status bar and the three views. While training, a frame is drawn view by view, each part in its
own pass of the event loop, so the GUI thread never stalls for a whole frame; the controller
hears when the last part is on screen, and the training process paces its frames by that
(``training.session``, MAX_DRAW_SHARE). Paused, everything is drawn at once.
"""

from __future__ import annotations

import sys
import time

import numpy as np
from PySide6.QtCore import QCoreApplication, QTimer, Slot

from desktop_nn.worker import Snapshot

# between two parts of a running frame: a timer, not a posted event, so that other timers due
# meanwhile (the GUI's own, an animation, a benchmark's heartbeat) run in between
PART_GAP_MS = 1
PART_BUDGET_SECONDS = 0.004     # parts run back to back until this much time has gone


class FrameDrawing:
    """The main window's frame drawing (a mixin: needs document, controller, the three views,
    the status labels, stepper and stepperDock)."""

    def _frame_views(self):
        return (self.cost_plot.graphics, self.decision_plot.plot_widget, self.editor.view,
                self.decision_plot.fit.parts_widget)        # a regression's parts (fit_plot.py)

    def _set_synchronous(self, synchronous: bool) -> None:
        """While training, the plots are drawn when a snapshot says so, and only then.

        Left to themselves, the three graphics views would repaint whenever any of their items
        changed; driven by the snapshots, each view is drawn once per frame (see ``_draw_part``).
        """
        if synchronous == self._synchronous:
            return
        self._synchronous = synchronous
        for view in self._frame_views():
            if synchronous:
                view.setViewportUpdateMode(view.ViewportUpdateMode.NoViewportUpdate)
            else:
                view.setViewportUpdateMode(view.ViewportUpdateMode.MinimalViewportUpdate)
                view.viewport().update()

    @Slot(object)
    def _on_snapshot(self, snapshot: Snapshot) -> None:
        if self._closing:
            return
        if self._loaded_config is not None:
            if snapshot.config is not self._loaded_config:
                return          # the run that was replaced by an opened project
            self._loaded_config = None
        self.document.take_frame(snapshot)      # the run's weights, epoch and history
        self._set_synchronous(snapshot.running and self.isVisible())
        self.hyperparameters.set_training_size(len(snapshot.data.y_train))
        self.epochLabel.setText(QCoreApplication.translate("MainWindow", "epoch {}").format(snapshot.epoch))
        cost = snapshot.train_cost
        self.costLabel.setText(QCoreApplication.translate("MainWindow", "cost {}").format(f"{cost:.4g}" if np.isfinite(cost) else "—"))
        self.speedLabel.setText(QCoreApplication.translate("MainWindow", "{} epochs/s").format(f"{snapshot.epochs_per_second:,.0f}"))
        if snapshot.message and snapshot.message not in self.messageBar.text():
            diverged = snapshot.notice is not None and snapshot.notice.kind == "diverged"
            self.say(snapshot.message, "warning" if diverged else "info")
        if snapshot.model == "perceptron":
            self._note_convergence(snapshot)
        self._frame_snapshots.append(snapshot)
        if self._synchronous:
            # a running frame is drawn view by view, each part in its own pass of the event loop,
            # so the GUI thread never stalls for a whole frame (a timer or a click gets in between);
            # the controller hears when the last part is on screen
            self.controller.defer_drawn()
            if not self._frame_parts:
                # a part may return more parts (the repaints, in as many calls as the view needs),
                # which run next
                self._frame_parts = [self._update_cost, self.cost_plot.redraw_parts, self.cost_plot.repaint_parts,
                                     self._update_editor, self.editor.refresh_heatmaps, self.editor.repaint_parts,
                                     self._update_decision, self.decision_plot.repaint_parts]
                self._frame_seconds = 0.0
                QTimer.singleShot(PART_GAP_MS, self._draw_part)
            return
        self._draw_now()
        if self._trace_when_paused and not snapshot.running:
            self._trace_when_paused = False
            self.stepper.load_snapshot(snapshot, self.controller.config)
        elif self.stepperDock.isVisible():
            self.stepper.refresh_highlight()

    def _draw_now(self) -> None:
        """Everything still waiting, in one go; the views repaint themselves (not training)."""
        self._frame_parts = []
        for update in (self._update_cost, self._update_editor, self._update_decision):
            update()

    def _draw_part(self) -> None:
        """The next parts of a running frame (about PART_BUDGET_SECONDS of them); after the last,
        the frame counts as drawn."""
        if self._closing or not self._frame_parts:
            return
        t0 = time.perf_counter()
        # parts in a row while they are quick (most take a millisecond or two), then a breath
        while self._frame_parts and time.perf_counter() - t0 < PART_BUDGET_SECONDS:
            try:
                more = self._frame_parts.pop(0)()
                if more:
                    self._frame_parts[0:0] = more
            except Exception:  # noqa: BLE001 - reported as any error is; the frames must go on
                sys.excepthook(*sys.exc_info())
        self._frame_seconds += time.perf_counter() - t0
        if self._frame_parts:
            QTimer.singleShot(PART_GAP_MS, self._draw_part)
            return
        if self.stepperDock.isVisible():
            self.stepper.refresh_highlight()
        self.controller.frame_drawn(self._frame_seconds)

    @property
    def drawn_snapshot(self) -> Snapshot | None:
        """The snapshot the plots show (while training, ``controller.latest`` may be a frame ahead)."""
        return self._latest_drawn

    def _update_cost(self) -> None:
        # every snapshot since the last drawing: each carries its own epochs of history
        snapshots, self._frame_snapshots = self._frame_snapshots, []
        for snapshot in snapshots:
            # a running frame puts them into the curves in parts of their own (redraw_parts)
            self.cost_plot.update_snapshot(snapshot, redraw=not self._synchronous)
        if snapshots:
            self._latest_drawn = snapshots[-1]

    def _update_editor(self) -> None:
        if self._latest_drawn is not None:
            # a running frame refreshes the heatmaps in a part of their own
            self.editor.update_snapshot(self._latest_drawn, heatmaps=not self._synchronous)

    def _update_decision(self) -> None:
        if self._latest_drawn is not None:
            self.decision_plot.update_snapshot(self._latest_drawn)

    def _note_convergence(self, snapshot: Snapshot) -> None:
        """The chapter's remark: the perceptron converges (no misclassification) after epoch 6."""
        run = snapshot.run_id
        if run not in self._converged_at:
            converged = np.flatnonzero(snapshot.history.train_cost == 0)
            if len(converged):
                self._converged_at[run] = int(snapshot.history.epoch[converged[0]])
        if run in self._converged_at and not snapshot.running:
            text = QCoreApplication.translate(
                "MainWindow", "The perceptron converged: no misclassification from epoch {} on.  {}").format(
                self._converged_at[run], snapshot.message)
            if text != self.messageBar.text():
                self.say(text, "info")
