"""The loss-surface window (Training ▸ Loss surface…): J over a plane through the live weights.

The user chooses the plane — the main directions of the training path, or two weights picked by
clicking two links — and draws it: the run's settings, data and current parameters (the latest
snapshot) go to a job of the window's JobRunner, which trains the run's path again, evaluates J
over the grid and traces the contours (training/loss_surface.py); the GUI thread only sets the
items' data. Clicking the surface chooses a point; from it the main window's run can train on
(its parameters are sent through the same command as the step-through's, and training starts;
the frames that follow are projected onto the plane as a purple trail), and gradient descent,
momentum and Adam can race on the plane (another job).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_nn.engine import param_vector
from desktop_nn.training.loss_surface import RESOLUTION, compute_surface, race_on
from desktop_nn.ui.kit import palette
from desktop_nn.ui.kit.jobs import JobRunner
from desktop_nn.ui.surface.surface_plot import RACERS, SurfacePlot, contour_levels, contour_lines
from desktop_nn.ui.kit.fold import scrolling
from desktop_nn.ui.surface.weight_picker import WeightPicker, weight_name

PANEL_WIDTH = 360
RACE_STEPS = 60
MAX_TRAIL = 2000          # points of the purple trail kept (thinned by half beyond)


def _number(x: float) -> str:
    return f"{x:.4g}"


def surface_job(config, data, params, epoch, mode, weights, resolution=RESOLUTION):
    """The job: the surface (training/loss_surface.compute_surface) and its contour lines."""
    def run(state):
        result = compute_surface(config, data, params, epoch, mode=mode, weights=weights,
                                 resolution=resolution, check=state.check,
                                 progress=lambda done, total: state.progress((done, total)))
        state.check()
        return result, contour_lines(result.J, result.alphas, result.betas, contour_levels(result.J))
    return run


class LossSurfaceWindow(QWidget):
    """A window of its own beside the main window; ``controller`` is the main window's."""

    def __init__(self, controller, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("lossSurfaceWindow")
        self.setWindowTitle(self.tr("Loss surface — desktop_nn"))
        self._controller = controller
        self.jobs = JobRunner(self, name="surfaceJobs")
        self._snapshot = None          # the latest snapshot of the main window's run
        self._source = None            # (config, data, params, epoch, run_id) of the drawn surface
        self.result = None             # the SurfaceResult drawn
        self.race = None               # the RacePaths drawn
        self.chosen = None             # (α, β) clicked
        self._job = None
        self._live: list | None = None      # (α, β) of the frames since "Train from here"
        self._stale = False                 # the main window's run is no longer the one drawn
        self._build()
        controller.snapshotReady.connect(self.on_snapshot)
        screen = self.screen().availableGeometry()
        self.resize(min(1280, int(screen.width() * 0.96)), min(820, int(screen.height() * 0.92)))

    # --- widgets -----------------------------------------------------------------------------------
    def _build(self) -> None:
        panel = QWidget()
        panel.setFixedWidth(PANEL_WIDTH)
        column = QVBoxLayout(panel)
        column.setContentsMargins(8, 8, 8, 8)
        title = QLabel(self.tr("Loss surface"))
        title.setFont(palette.font(palette.TITLE_POINT_SIZE, bold=True))
        intro = QLabel(self.tr("J over a plane through the current weights θ: θ + α·d₁ + β·d₂. "
                               "The star is the network now."))
        intro.setWordWrap(True)
        plane = QGroupBox(self.tr("Plane"))
        box = QVBoxLayout(plane)
        self.pathRadio = QRadioButton(self.tr("Main directions of the training path"))
        self.weightsRadio = QRadioButton(self.tr("Two weights: click two links"))
        self.pathRadio.setObjectName("pathPlaneRadio")
        self.weightsRadio.setObjectName("weightsPlaneRadio")
        self.pathRadio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.pathRadio)
        group.addButton(self.weightsRadio)
        self.picker = WeightPicker()
        self.picker.setMinimumHeight(130)
        self.picker.picksChanged.connect(self._on_picks)
        self.picksLabel = QLabel()
        self.picksLabel.setObjectName("picksLabel")
        self.picksLabel.setWordWrap(True)
        self.drawButton = QPushButton(self.tr("Draw the surface"))
        self.drawButton.setObjectName("drawSurfaceButton")
        self.drawButton.clicked.connect(self.compute)
        for w in (self.pathRadio, self.weightsRadio, self.picker, self.picksLabel, self.drawButton):
            box.addWidget(w)
        box.setStretchFactor(self.picker, 1)

        race = QGroupBox(self.tr("From the chosen point"))
        form = QFormLayout(race)
        self.stepsSpin = QSpinBox()
        self.stepsSpin.setObjectName("raceStepsSpin")
        self.stepsSpin.setRange(1, 2000)
        self.stepsSpin.setValue(RACE_STEPS)
        self.rateSpin = QDoubleSpinBox()
        self.rateSpin.setObjectName("raceRateSpin")
        self.rateSpin.setDecimals(4)
        self.rateSpin.setRange(0.0001, 100.0)
        self.rateSpin.setValue(0.1)
        form.addRow(self.tr("Steps"), self.stepsSpin)
        form.addRow(self.tr("Learning rate"), self.rateSpin)
        self.raceButton = QPushButton(self.tr("Race GD, momentum, Adam"))
        self.raceButton.setObjectName("raceButton")
        self.raceButton.clicked.connect(self.start_race)
        self.trainButton = QPushButton(self.tr("Train from here"))
        self.trainButton.setObjectName("trainFromPointButton")
        self.trainButton.setToolTip(self.tr("Move the main window's weights to the chosen point and train on"))
        self.trainButton.clicked.connect(self.train_from_chosen)
        form.addRow(self.raceButton)
        form.addRow(self.trainButton)

        self.statusLabel = QLabel()
        self.statusLabel.setObjectName("surfaceStatus")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for w in (title, intro, plane, race, self.statusLabel):
            column.addWidget(w)
        column.setStretchFactor(plane, 3)
        column.setStretchFactor(self.statusLabel, 2)

        self.plot = SurfacePlot()
        self.plot.pointClicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 4, 4)
        # the controls scroll when a short screen or a longer language wraps them taller than the window
        side = scrolling(panel, "surfaceControlsScroll")
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setFixedWidth(PANEL_WIDTH + side.verticalScrollBar().sizeHint().width())
        row.addWidget(side)
        row.addWidget(self.plot, 1)
        self._on_picks([])
        self._enable()

    def _enable(self) -> None:
        have = self.result is not None
        self.raceButton.setEnabled(have)
        self.trainButton.setEnabled(have and self.chosen is not None)

    def say(self, text: str) -> None:
        self.statusLabel.setText(text)

    # --- the run shown -------------------------------------------------------------------------------
    def show_run(self, snapshot) -> None:
        """The main window's latest snapshot: draw its network in the picker; draw the path's
        surface at once the first time, when there is a path."""
        if snapshot is None:
            self.say(self.tr("The run has not started yet."))
            return
        self._snapshot = snapshot
        self.picker.set_network(snapshot.layer_dims, snapshot.params)
        if snapshot.config is not None and not snapshot.config.is_classic:
            self.rateSpin.setValue(float(snapshot.config.learning_rate))
        if self.result is None and self._job is None and snapshot.epoch > 0:
            self.compute()

    @Slot(object)
    def on_snapshot(self, snapshot) -> None:
        """Every snapshot of the main window's run: remembered; after "Train from here", its
        weights projected onto the plane extend the purple trail."""
        self._snapshot = snapshot
        if self.result is not None and not self._stale and snapshot.run_id != self._source[4]:
            self._stale = True               # new settings or Reset: the plane drawn is another run's
            self.say(self.statusLabel.text() + "\n" + self.tr("The main window's run has changed: draw the "
                                                              "surface again to see its own."))
        if self._live is None or self.result is None or not self.isVisible():
            return
        same_run = self._source is not None and snapshot.run_id == self._source[4]
        if not same_run or tuple(snapshot.layer_dims) != self.result.layer_dims:
            self._live = None
            return
        theta = param_vector.flatten(snapshot.params, self.result.layer_dims)
        coords, _ = self.result.plane.project(theta)
        self._live.append(coords[0])
        if len(self._live) > MAX_TRAIL:
            self._live = self._live[::2]             # a long run: every other point, the start kept
        self.plot.show_live(np.array(self._live))

    def _on_picks(self, picks) -> None:
        if not picks:
            text = self.tr("No weights picked.")
        else:
            text = "   ".join(f"{n}: {weight_name(p)}" for n, p in enumerate(picks, start=1))
        self.picksLabel.setText(text)
        if len(picks) == 2:
            self.weightsRadio.setChecked(True)

    # --- computing -------------------------------------------------------------------------------------
    def compute(self) -> None:
        """Draw the surface of the chosen plane around the latest snapshot's weights (a job)."""
        snapshot = self._snapshot or self._controller.latest
        if snapshot is None or snapshot.data is None or snapshot.config is None:
            self.say(self.tr("The run has not started yet."))
            return
        config = snapshot.config
        if config.is_classic:
            self.say(self.tr("The loss surface is drawn for a neural network: choose the model "
                             "\"Neural network\" in the main window."))
            return
        mode = "weights" if self.weightsRadio.isChecked() else "path"
        if mode == "path" and snapshot.epoch == 0:
            self.say(self.tr("The network has not trained yet: train a few epochs, so that the training "
                             "path has a direction, then draw the surface."))
            return
        if mode == "weights" and len(self.picker.picks) != 2:
            self.say(self.tr("Pick two weights first: click two links of the network above."))
            return
        self.picker.set_network(snapshot.layer_dims, snapshot.params)
        params = {k: np.array(v) for k, v in snapshot.params.items()}
        self._source = (config, snapshot.data, params, int(snapshot.epoch), snapshot.run_id)
        self.jobs.cancel(self._job)
        self.say(self.tr("Computing J over {0}×{0} points of the plane…").format(RESOLUTION))
        self.drawButton.setEnabled(False)
        self._job = self.jobs.submit(surface_job(config, snapshot.data, params, int(snapshot.epoch), mode,
                                                 list(self.picker.picks) if mode == "weights" else None),
                                     on_result=self._on_surface, on_progress=self._on_progress,
                                     on_error=self._on_error)

    def _on_progress(self, payload) -> None:
        done, total = payload
        self.say(self.tr("Training the path again from the initial weights: epoch {0} of {1}…").format(done, total))

    def _on_surface(self, payload) -> None:
        self._job = None
        self.drawButton.setEnabled(True)
        result, lines = payload
        self.result, self.race, self.chosen, self._live, self._stale = result, None, None, None, False
        self.plot.show_surface(result, lines)
        if result.plane.kind == "weights":
            (w1, w2) = result.plane.weights
            self.plot.set_axis_names(self.tr("α: change of {}").format(weight_name(w1)),
                                     self.tr("β: change of {}").format(weight_name(w2)))
        else:
            self.plot.set_axis_names(self.tr("α along d₁ (towards the initial weights)"),
                                     self.tr("β along d₂ (across the path)"))
        self._enable()
        self.say(self.describe(result))

    def describe(self, result) -> str:
        epoch = int(self._source[3])
        lines = [self.tr("J at the centre (the current weights, epoch {0}) = {1}.").format(
            epoch, _number(result.centre_cost))]
        last = int(result.path_epochs[-1])
        if last < epoch:
            lines.append(self.tr("The path shows the first {} epochs, trained again.").format(last))
        if result.plane.kind == "path":
            lines.append(self.tr("The plane holds the initial and the current weights exactly and {} % "
                                 "of the path.").format(f"{100 * result.explained:.1f}"))
        else:
            lines.append(self.tr("Only the two weights change across the plane. The path shows how they "
                                 "moved; the other weights moved too (the start is {} off this plane).").format(
                _number(float(result.path_residual[0]))))
        lines.append(self.tr("Click the surface to choose a point."))
        return "\n".join(lines)

    @Slot(str)
    def _on_error(self, message: str) -> None:
        self._job = None
        self.drawButton.setEnabled(True)
        self.say(message)

    # --- the chosen point ------------------------------------------------------------------------------
    @Slot(float, float)
    def choose(self, alpha: float, beta: float) -> None:
        if self.result is None:
            return
        self.chosen = (alpha, beta)
        self.plot.show_chosen(alpha, beta)
        self._enable()
        self.say(self.tr("Chosen point: α = {0}, β = {1}. Race the optimisers from it, or train the "
                         "network on from it.").format(_number(alpha), _number(beta)))

    def start_race(self) -> None:
        """Gradient descent, momentum and Adam from the chosen point (else the path's start)."""
        if self.result is None:
            return
        start = self.chosen if self.chosen is not None else tuple(self.result.path[0])
        config, data, params, _, _ = self._source
        steps, rate = int(self.stepsSpin.value()), float(self.rateSpin.value())
        plane = self.result.plane
        self.jobs.cancel(self._job)
        self.raceButton.setEnabled(False)
        self.say(self.tr("Racing…"))
        self._job = self.jobs.submit(lambda state: race_on(config, data, params, plane, start, steps, rate,
                                                           check=state.check),
                                     on_result=self._on_race, on_error=self._on_error)

    def _on_race(self, paths) -> None:
        self._job = None
        self.race = paths
        self.plot.show_race(paths)
        self._enable()
        parts = []
        for name, path in paths.items():
            label = QCoreApplication.translate("SurfacePlot", RACERS[name][3])
            if path.diverged:
                parts.append(self.tr("{0}: diverged after {1} steps").format(label, len(path.coords) - 1))
            else:
                parts.append(self.tr("{0}: J = {1}").format(label, _number(float(path.costs[-1]))))
        self.say(self.tr("After {} steps from the same start, moving only along the plane:").format(
            self.stepsSpin.value()) + "\n" + "\n".join(parts))

    def train_from_chosen(self) -> None:
        """Send the chosen point's weights to the main window's run and train on from them."""
        if self.result is None or self.chosen is None:
            return
        theta = self.result.plane.point(*self.chosen)
        params = param_vector.unflatten(theta, self.result.layer_dims)
        self._controller.set_params(params)
        self._controller.start()
        self._live = [np.array(self.chosen, dtype=float)]
        self.plot.show_live(np.array(self._live))
        config, snapshot = self._source[0], self._snapshot
        limit = config.max_epochs
        if limit and snapshot is not None and snapshot.epoch >= limit:         # 0: no limit
            self.say(self.tr("The weights moved to the chosen point, but the run is at its epoch limit ({}): "
                             "raise the limit in the main window to train on.").format(limit))
            return
        self.say(self.tr("The main window trains on from the chosen point; its weights are projected "
                         "onto this plane as they change (the purple trail). Draw the surface again to "
                         "centre it on them."))

    # --- closing -------------------------------------------------------------------------------------
    def shutdown(self) -> None:
        self.jobs.shutdown()
