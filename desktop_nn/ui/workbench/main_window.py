"""The main window: settings | network editor over the cost plot | decision regions.

It composes the panes around one :class:`~desktop_nn.document.Document` (settings, imported
data, pinned runs, the current run), owns the actions (Play/Pause Space, Step → or S, Reset R,
New seed Shift+R, Undo/Redo — the document's), sends the document's settings to the worker
whenever they change, and hands every Snapshot to the document and the panes. Later panes (the
step-through dock, lecture mode) plug in through ``controller`` (snapshots, commands) and
``add_dock``.
"""

from __future__ import annotations

import gc
import random
import weakref

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_nn import __version__
from desktop_nn.document import DATA, LOADED, SETTINGS, Change, Document
from desktop_nn.training.config import RunConfig
from desktop_nn.ui.kit import palette
from desktop_nn.ui.workbench.architecture_editor import ArchitectureEditor
from desktop_nn.ui.workbench.cost_plot import CostPlot
from desktop_nn.ui.workbench.decision_plot import DecisionPlot
from desktop_nn.ui.workbench.draw_data import DrawData
from desktop_nn.ui.workbench.adjustments import adjustment_text
from desktop_nn.ui.workbench.frames import FrameDrawing
from desktop_nn.ui.workbench.gradient_strip import place_gradient_strip
from desktop_nn.ui.workbench.hyperparameters import HyperparametersPanel
from desktop_nn.ui.workbench.message_bar import MessageBar
from desktop_nn.ui.workbench.predict_first import PredictFirst
from desktop_nn.ui.workbench.screen_fit import ScreenFit, dock
from desktop_nn.ui.workbench.surgery import Surgery
from desktop_nn.ui.projects.project_host import ProjectHostMixin
from desktop_nn.ui.stepthrough.stepper import StepperPane
from desktop_nn.ui.surface import close_loss_surface, open_loss_surface
from desktop_nn.worker import Snapshot, TrainingController


def _freeze_long_lived_objects() -> None:
    """Once the window is up: exempt everything built so far from the cyclic garbage collector.

    Training streams many short-lived objects through the GUI thread (each snapshot's history),
    which now and then triggers a full collection — and a full pass over the hundreds of
    thousands of objects of Qt, pyqtgraph and NumPy took ~30 ms, a visible stall. Frozen,
    those long-lived objects are never traversed again; the short-lived ones are collected as
    before.
    """
    gc.collect()
    gc.freeze()


class MainWindow(FrameDrawing, ScreenFit, ProjectHostMixin, QMainWindow):
    """``project_settings`` (a QSettings) and ``autosave_dir`` go to the ProjectController; tests
    pass their own so they never touch the user's recent files or autosaves."""

    def __init__(self, config: RunConfig | None = None, parent: QWidget | None = None, *,
                 project_settings=None, autosave_dir=None, dialogs=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("desktop_nn — neural networks, live"))
        config = config or RunConfig()
        self._closing = False
        self._synchronous = False
        self._frozen = False                     # see _freeze_long_lived_objects
        self._frame_parts: list = []             # the parts of a running frame still to draw
        self._frame_snapshots: list[Snapshot] = []   # received, not yet in the cost plot
        self._latest_drawn: Snapshot | None = None
        self._frame_seconds = 0.0
        self._converged_at: dict[int, int] = {}

        self.document = document = Document((config or RunConfig()).with_fitting_init())
        config = document.settings
        self.editor = ArchitectureEditor(document=document)
        self.hyperparameters = HyperparametersPanel(document=document)
        self.controller = TrainingController(config, self)
        self.cost_plot = CostPlot(document)
        self.decision_plot = DecisionPlot()

        scroll = QScrollArea()
        scroll.setObjectName("settingsScroll")
        scroll.setWidget(self.hyperparameters)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.hyperparameters.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width() + 4)
        self.settingsScroll = scroll
        self._watch_settings_room()
        middle = QSplitter(Qt.Orientation.Vertical)
        middle.setObjectName("middleSplitter")
        self._middle = self.middleSplitter = middle
        top, left = place_gradient_strip(self, document, self.editor, scroll)   # the gradient-flow strip
        middle.addWidget(top)
        middle.addWidget(self.cost_plot)
        middle.setSizes([560, 400])
        splitter = self.mainSplitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.decision_plot)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 5)
        # the settings take what they need, at most 430 px and about 30 % of a small screen: at
        # 1024×768 the editor's column needs the room more than the settings' blank margin does
        room = self.screen().availableGeometry().width()
        splitter.setSizes([min(430, max(left.minimumSizeHint().width(), round(0.3 * room))), 790, 700])
        self.messageBar = MessageBar()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.messageBar)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self._make_actions()
        self._make_status_bar()
        self._make_stepper()
        self._make_projects(project_settings, autosave_dir, dialogs)
        self.surgery = Surgery(self)
        self.drawData = DrawData(self)           # the decision plot's "✎ Draw"

        self.controller.snapshotReady.connect(self._on_snapshot)
        self.controller.snapshotReady.connect(self.gradient_strip.on_snapshot)   # after the document
        self.controller.errorOccurred.connect(self._on_training_error)
        self.controller.divergenceOccurred.connect(self._on_divergence)
        self.controller.runningChanged.connect(self._on_running)
        self.predictFirst = PredictFirst(self)       # Training ▸ Predict first: Play asks first
        self.hyperparameters.inputRejected.connect(self._on_error)
        self.cost_plot.pinRefused.connect(self._on_error)
        self.cost_plot.set_run_label(self._run_label(config))
        # through a weak reference: no Python reference cycle through Qt objects (see ProjectController)
        me = weakref.ref(self)
        document.observe(lambda change: me() is not None and me()._on_document_changed(change))
        self.resize(1880, 1000)

    # --- actions -------------------------------------------------------------------------------

    def _action(self, text, shortcuts, slot, name, tip) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{tip} ({' / '.join(shortcuts)})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.playAction = self._action(self.tr("▶ Play"), ["Space"], self.toggle_play, "playAction",
                                       self.tr("Train continuously / pause"))
        self.stepAction = self._action(self.tr("▶| Step"), ["Right", "S"], self.controller.step, "stepAction",
                                       self.tr("Train exactly one epoch"))
        self.resetAction = self._action(self.tr("⟲ Reset"), ["R"], self.reset, "resetAction",
                                        self.tr("Back to the same initial weights (same seed)"))
        self.newSeedAction = self._action(self.tr("New seed"), ["Shift+R"], self.new_seed, "newSeedAction",
                                          self.tr("Draw new initial weights"))
        self.pinAction = self._action(self.tr("Pin run"), ["P"], self.cost_plot.pin_current_run, "pinAction",
                                      self.tr("Keep this run's curve to compare with the next"))
        self.stepThroughAction = self._action(self.tr("Step-through"), ["T"], self.open_step_through,
                                              "stepThroughAction",
                                              self.tr("Trace one iteration, formula by formula"))
        # undo and redo walk the document's settings back and forth (panel and editor alike)
        self.undoAction = QAction(self.tr("Undo"), self)
        self.undoAction.setShortcut(QKeySequence.StandardKey.Undo)
        self.undoAction.setObjectName("undoAction")
        self.undoAction.triggered.connect(self.document.undo)
        self.redoAction = QAction(self.tr("Redo"), self)
        self.redoAction.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        self.redoAction.setObjectName("redoAction")
        self.redoAction.triggered.connect(self.document.redo)
        self._update_undo_actions()
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        toolbar = self.addToolBar(self.tr("Training"))
        toolbar.setObjectName("trainingToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setFont(palette.font(palette.TITLE_POINT_SIZE, bold=True))
        for action, name in ((self.playAction, "trainButton"), (self.stepAction, "stepButton"),
                             (self.resetAction, "resetButton"), (self.newSeedAction, "newSeedButton"),
                             (self.pinAction, "pinButton"), (self.stepThroughAction, "stepThroughButton"),
                             (self.undoAction, "undoButton"),
                             (self.redoAction, "redoButton")):
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            button.setObjectName(name)
            button.setFont(palette.font(palette.TITLE_POINT_SIZE, bold=True))
        self.menus = {}
        bar = self.menuBar()
        self.menus["file"] = bar.addMenu(self.tr("&File"))
        self.menus["file"].addAction(quit_action)
        self.menus["edit"] = bar.addMenu(self.tr("&Edit"))
        self.menus["edit"].addActions([self.undoAction, self.redoAction])
        self.menus["training"] = bar.addMenu(self.tr("&Training"))
        self.menus["training"].addActions([self.playAction, self.stepAction, self.resetAction,
                                           self.newSeedAction, self.pinAction, self.stepThroughAction])
        self.lossSurfaceAction = self.menus["training"].addAction(self.tr("Loss surface…"))
        self.lossSurfaceAction.setObjectName("lossSurfaceAction")
        self.lossSurfaceAction.triggered.connect(lambda: open_loss_surface(self))
        self.menus["view"] = bar.addMenu(self.tr("&View"))
        self.gradientStripAction = self.menus["view"].addAction(self.tr("Gradient flow strip"))
        self.gradientStripAction.setObjectName("gradientStripAction")
        self.gradientStripAction.setCheckable(True)
        self.gradientStripAction.setChecked(not self.gradient_strip.isHidden())
        self.gradientStripAction.toggled.connect(self.gradient_strip.setVisible)
        self.gradientGridAction = self.menus["view"].addAction(self.tr("Gradient flow through depth…"))
        self.gradientGridAction.setObjectName("gradientGridAction")
        self.gradientGridAction.triggered.connect(self.open_gradient_grid)
        self.menus["lecture"] = bar.addMenu(self.tr("&Lecture"))
        self._presenter = None
        start = self.menus["lecture"].addAction(self.tr("Start the lecture (full screen)"))
        start.setObjectName("startLectureAction")
        start.setShortcut(QKeySequence("F5"))
        start.triggered.connect(lambda: self.open_lecture(None))
        self._scenes_menu = self.menus["lecture"].addMenu(self.tr("Go to scene"))
        self._scenes_menu.aboutToShow.connect(self._fill_scenes_menu)
        self.menus["exercises"] = bar.addMenu(self.tr("E&xercises"))
        exercise_set = self.menus["exercises"].addAction(self.tr("Exercise set and worksheet…"))
        exercise_set.setObjectName("exerciseSetAction")
        exercise_set.triggered.connect(self.open_exercise_set)
        self.menus["help"] = bar.addMenu(self.tr("&Help"))
        about = self.menus["help"].addAction(self.tr("About desktop_nn"))
        about.triggered.connect(lambda: self.statusBar().showMessage(
            self.tr("desktop_nn {} — neural networks from the perceptron to deep networks").format(__version__), 8000))

    def open_gradient_grid(self) -> None:
        """The activation × initialiser grid of gradient norms through depth, in its own window."""
        from desktop_nn.ui.workbench.gradient_grid import GradientGridWindow

        if getattr(self, "_gradient_grid", None) is None:
            self._gradient_grid = GradientGridWindow(self.document.settings.dataset, parent=self)
        self._gradient_grid.show()
        self._gradient_grid.raise_()
        self._gradient_grid.start()

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setFont(palette.font(palette.LABEL_POINT_SIZE))
        self.epochLabel = QLabel(self.tr("epoch 0"))
        self.epochLabel.setObjectName("epochLabel")
        self.costLabel = QLabel(self.tr("cost —"))
        self.costLabel.setObjectName("costLabel")
        self.speedLabel = QLabel(self.tr("0 epochs/s"))
        self.speedLabel.setObjectName("epochsPerSecondLabel")
        for label in (self.epochLabel, self.costLabel, self.speedLabel):
            label.setFont(palette.number_font())
            label.setContentsMargins(14, 0, 14, 0)
            bar.addPermanentWidget(label)

    def _fill_scenes_menu(self) -> None:
        if self._scenes_menu.actions():
            return
        try:
            from desktop_nn.ui.lecture import lecture_scenes

            for scene_id, title in lecture_scenes():
                action = self._scenes_menu.addAction(title)
                action.triggered.connect(lambda _=False, s=scene_id: self.open_lecture(s))
        except Exception as exc:  # noqa: BLE001 - a broken lecture folder must not break the menu
            self._on_error(self.tr("The lecture scenes cannot be listed: {}").format(exc))

    def open_lecture(self, scene_id: str | None) -> None:
        """Lecture mode in its own full-screen window (it closes itself on Esc)."""
        from desktop_nn.ui.lecture import create_presenter

        self._close_presenter()
        self.controller.pause()
        self._presenter = create_presenter(scene_id)
        self._presenter.showFullScreen()

    def open_exercise_set(self):
        """The exercise-set window (non-modal), for the network the settings describe."""
        from desktop_nn.ui.exercises import open_exercise_set

        return open_exercise_set(self)

    def _close_presenter(self) -> None:
        if self._presenter is not None:
            try:
                self._presenter.close()
            except RuntimeError:
                pass                        # already deleted with its window

    def add_dock(self, widget: QWidget, title: str, area=Qt.DockWidgetArea.BottomDockWidgetArea) -> QDockWidget:
        """Plug another pane (e.g. the step-through) into the window, listed in the View menu."""
        holder = dock(self, widget, title, area)
        self.menus["view"].addAction(holder.toggleViewAction())
        return holder

    def _make_stepper(self) -> None:
        """The step-through dock: one iteration of the live model, formula by formula."""
        self.stepper = StepperPane()
        self.stepperDock = self.add_dock(self.stepper, self.tr("Step-through"))
        self.stepperDock.hide()
        self._trace_when_paused = False
        self.stepper.attach_editor(self.editor)
        self.stepper.updateApplied.connect(self.controller.set_params)
        self.stepperDock.visibilityChanged.connect(self._on_stepper_visible)

    def open_step_through(self) -> None:
        """Pause, open the dock and trace exactly the paused model."""
        if not self.stepperDock.isVisible():
            self._make_room_for_stepper()
        self.stepperDock.show()
        self.stepperDock.raise_()
        self._size_stepper_dock()
        snapshot = self.controller.latest
        if self.controller.running or snapshot is None or snapshot.running:
            # pause() is queued: the model to trace is the one in the first paused snapshot
            self._trace_when_paused = True
            self.controller.pause()
        else:
            self.stepper.load_snapshot(snapshot, self.controller.config)

    @Slot(bool)
    def _on_stepper_visible(self, visible: bool) -> None:
        # while stepping, Space and Play would race the trace; closing the dock gives them back
        self.playAction.setEnabled(not visible)
        if not visible:
            self.stepper.clear_highlight()
            self._restore_after_stepping()

    # --- commands ------------------------------------------------------------------------------

    def current_config(self) -> RunConfig:
        """The settings shown, which are the settings that train: the document's."""
        return self.document.settings

    def _on_document_changed(self, change: Change) -> None:
        """New settings (or data) go to the worker at once; an opened project's run is handed
        over whole by apply_project instead."""
        self._update_undo_actions()
        if LOADED in change:
            return
        if DATA in change:
            self.controller.set_imported(self.document.imported)
        if SETTINGS in change:
            config = self.document.settings
            self.cost_plot.set_run_label(self._run_label(config))
            if not self.surgery.operate(change):    # surgery while paused: the run goes on from its weights
                self.controller.configure(config)
        if change.adjusted:
            self.say(adjustment_text(self.document, change.adjusted), "info")

    def _update_undo_actions(self) -> None:
        self.undoAction.setEnabled(self.document.can_undo)
        self.redoAction.setEnabled(self.document.can_redo)

    def toggle_play(self) -> None:
        if self.controller.running:
            self.controller.pause()
        elif not self.predictFirst.before_play():
            self.statusBar().clearMessage()
            self.controller.start()

    def reset(self) -> None:
        self.statusBar().clearMessage()
        self.controller.reset()

    def new_seed(self) -> None:
        self.document.update(self, seed=random.randrange(1, 100000))

    @staticmethod
    def _run_label(config: RunConfig) -> str:
        parts = [config.model if config.model != "network" else
                 "-".join(str(n) for n in config.hidden) or QCoreApplication.translate("MainWindow", "no hidden")]
        parts.append(f"η={config.learning_rate:g}")
        if config.standardize:
            parts.append("std")
        return " ".join(parts)

    # --- from the worker -----------------------------------------------------------------------

    def say(self, text: str, kind: str = "warning") -> None:
        """A message that stays above the workbench until dismissed or replaced."""
        self.messageBar.show_message(text, kind)

    @Slot(str)
    def _on_error(self, message: str) -> None:
        self.say(message)

    @Slot(str)
    def _on_divergence(self, message: str) -> None:
        self.say(message)

    @Slot(bool)
    def _on_running(self, running: bool) -> None:
        self.playAction.setText(self.tr("❚❚ Pause") if running else self.tr("▶ Play"))
        if not running and self._synchronous:
            # training stopped (usually a paused frame follows; not if the process died): the
            # views draw themselves again, with whatever was still waiting to be drawn
            self._set_synchronous(False)
            self._draw_now()

    @Slot(str)
    def _on_training_error(self, message: str) -> None:
        # an opened project whose run failed to arrive: stop waiting for it
        self._loaded_config = None
        self._on_error(message)

    # --- closing -------------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._frozen:
            self._frozen = True
            self.restore_layout()
            QTimer.singleShot(0, _freeze_long_lived_objects)


    def closeEvent(self, event) -> None:
        self._closing = True
        if self.isVisible():
            self.save_layout()
        self._close_presenter()
        close_loss_surface(self)
        self.stepper.shutdown()
        if getattr(self, "_gradient_grid", None) is not None:
            self._gradient_grid.shutdown()
        self.controller.shutdown()
        self.projects.shutdown()
        super().closeEvent(event)
