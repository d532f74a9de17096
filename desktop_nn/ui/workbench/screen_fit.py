"""The workbench on any screen, from a 1024×768 laptop to a 4K projector.

The main window never grows past its screen: every pane gives way by rearranging (the settings
become tabs on a short screen, the decision plot's readout moves under the plot, the editor drops
its enlarged heatmap, the step-through scrolls inside its dock). When the step-through opens, the
plots keep a usable share of the screen: the dock takes STEPPER_SHARE of the window and the cost
plot keeps COST_SHARE of the middle column. On a screen narrower than WIDE the settings column
folds away while stepping (closing the step-through brings it back); when less than
SIDE_BY_SIDE_BELOW pixels are left above the dock, the editor and the cost plot stand side by
side instead of one above the other, so that each keeps the full height left.

The layout the user arranges is remembered per screen size (QSettings, "layout/<w>x<h>").
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

from desktop_nn.ui.kit.fold import scrolling

STEPPER_SHARE = 0.42          # of the window's height, for the step-through dock
COST_SHARE = 0.45             # of the middle column, for the cost plot while stepping
DECISION_SHARE = 0.43         # of the width, for the decision plot while stepping on a small screen
WIDE = 1600                   # px: on a narrower screen the settings fold away while stepping
SIDE_BY_SIDE_BELOW = 640      # px left above the dock: less, and the editor and cost plot stand side by side
COMPACT_MARGIN = 24           # px of hysteresis for the settings' tabs


class _Resized(QObject):
    """Calls ``callback`` (held weakly, through its object) after the watched widget is resized."""

    def __init__(self, widget: QWidget, owner, method: str):
        super().__init__(widget)
        self._owner, self._method = weakref.ref(owner), method
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            owner = self._owner()
            if owner is not None:
                QTimer.singleShot(0, getattr(owner, self._method))
        return False


class ScreenFit:
    """A mixin of MainWindow (needs: hyperparameters, settingsScroll, mainSplitter, middleSplitter,
    stepperDock, projects.settings)."""

    def _screen_key(self) -> str:
        geometry = self.screen().availableGeometry()
        return f"layout/{geometry.width()}x{geometry.height()}"

    def _watch_settings_room(self) -> None:
        """The settings fold into tabs, or unfold, whenever their room changes (the window, the
        step-through's dock, a splitter)."""
        self._settings_watch = _Resized(self.settingsScroll.viewport(), self, "_fit_settings")

    def fit_to_screen(self) -> None:
        """Keep the window inside its screen, and the settings in tabs when they would scroll."""
        available = self.screen().availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()
        width = min(self.width(), available.width() - frame.width())
        height = min(self.height(), available.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        self._fit_settings()

    def _fit_settings(self) -> None:
        panel, viewport = self.hyperparameters, self.settingsScroll.viewport().height()
        if viewport <= 0:
            return
        needed = panel.stacked_height()
        if not panel.compact and needed > viewport:
            panel.set_compact(True)
        elif panel.compact and needed + COMPACT_MARGIN < viewport:
            panel.set_compact(False)

    # --- the step-through ----------------------------------------------------------------------

    def _make_room_for_stepper(self) -> None:
        """Before the dock opens: note the layout to come back to, then size the panes."""
        self._before_stepping = (self.mainSplitter.sizes(), self.middleSplitter.sizes())
        sizes = self.mainSplitter.sizes()
        total = sum(sizes)
        if self.screen().availableGeometry().width() < WIDE:
            decision = max(sizes[2], round(total * DECISION_SHARE), self.decision_plot.beside_width())
            self.settingsScroll.hide()
            sizes = [0, total - decision, decision]
            self.mainSplitter.setSizes(sizes)
        above = self.centralWidget().height() - round(self.height() * STEPPER_SHARE)
        if above < SIDE_BY_SIDE_BELOW:
            # too little height left to stack the editor over the cost plot: side by side
            self.middleSplitter.setOrientation(Qt.Orientation.Horizontal)
            middle = sizes[1]
        else:
            middle = sum(self.middleSplitter.sizes())
        self.middleSplitter.setSizes([round(middle * (1 - COST_SHARE)), round(middle * COST_SHARE)])

    def _size_stepper_dock(self) -> None:
        self.resizeDocks([self.stepperDock], [round(self.height() * STEPPER_SHARE)], Qt.Orientation.Vertical)


    def _restore_after_stepping(self) -> None:
        before = getattr(self, "_before_stepping", None)
        if before is not None:
            self.middleSplitter.setOrientation(Qt.Orientation.Vertical)
            self.settingsScroll.show()
            self.mainSplitter.setSizes(before[0])
            self.middleSplitter.setSizes(before[1])
            self._before_stepping = None

    # --- remembered per screen size ------------------------------------------------------------

    def save_layout(self) -> None:
        """The splitters and docks as arranged for working (not the step-through's arrangement)."""
        self._restore_after_stepping()
        settings = self.projects.settings
        key = self._screen_key()
        settings.setValue(f"{key}/main", self.mainSplitter.saveState())
        settings.setValue(f"{key}/middle", self.middleSplitter.saveState())
        settings.setValue(f"{key}/docks", self.saveState())

    def restore_layout(self) -> None:
        """The splitters and docks as last left on a screen of this size (nothing on a new one)."""
        settings = self.projects.settings
        key = self._screen_key()
        for name, target in (("main", self.mainSplitter), ("middle", self.middleSplitter)):
            state = settings.value(f"{key}/{name}")
            if isinstance(state, QByteArray) and not state.isEmpty():
                target.restoreState(state)
        state = settings.value(f"{key}/docks")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
            # the step-through opens on demand, with a traced model: never by itself at start-up
            self.stepperDock.hide()
        QTimer.singleShot(0, self.fit_to_screen)


def dock(window, widget: QWidget, title: str, area) -> QDockWidget:
    """A dock holding ``widget``; one taller than a third of the screen scrolls inside the dock,
    so that its own size never grows the window."""
    holder = QDockWidget(title, window)
    holder.setObjectName(f"{widget.objectName() or 'pane'}Dock")
    screen = window.screen().availableGeometry()
    small = widget.minimumSizeHint().height() <= screen.height() // 3
    holder.setWidget(widget if small else scrolling(widget))
    window.addDockWidget(area, holder)
    return holder
