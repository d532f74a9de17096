"""Draw your own data on the decision plot: click to add a point of the chosen class, drag to
spray points along the way, right-click to erase the nearest one.

The "✎ Draw" button beside the plot's title turns drawing on (a :class:`PlotTool`: the view
holds still while it is on); in the title's place the classes to draw (0, 1, 2 in the palette's
colours) and Clear (an empty canvas); the status bar says what the mouse does. The first edit
starts from the points of the data shown — every point of it, training and test — unless Clear
started from nothing. On a one-input regression's plot (axes x and y) a click adds a point to
fit — the input x and its number y — instead of a class; a regression over two inputs is not
drawn (its numbers are colours; the button is off).

The drawn set is the document's data (``training/drawn.py``: imported data named "drawn"), each
edit one undoable change (``Document.set_data``; one drag is one edit), so Undo/Redo, the unsaved
mark, Save, autosave, File ▸ Export data and training all see it like any other data: the worker
trains on exactly the drawn points. Until the training process has built a run on the newest
points, they are drawn here (the plot's own points of the previous data are hidden); a set that
cannot train yet (fewer than four points, one class) pauses training and the message bar says why.
"""

from __future__ import annotations

import itertools
import weakref

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from desktop_nn.document import DATA, LOADED, Change
from desktop_nn.engine.tabular_types import MIN_ROWS
from desktop_nn.training import drawn
from desktop_nn.training.config import IMPORTED
from desktop_nn.training.regression import raw_inputs
from desktop_nn.ui.kit import palette
from desktop_nn.ui.workbench.plot_tools import PlotTool, active_tool, set_tool

SPRAY_PIXELS = 14.0      # a drag leaves a point every this many pixels
ERASE_PIXELS = 18.0      # a right-click erases the nearest point this near
DEFAULT_CANVAS = (-2.0, 2.0)


def can_train(data) -> bool:
    """What the training needs of drawn points, checked before asking it (the session's
    prepare_data says exactly why not): MIN_ROWS points, of two classes unless they are numbers
    to fit."""
    return (data is not None and len(data.y) >= MIN_ROWS
            and (data.is_regression or len(np.unique(data.y)) >= 2))


class DrawTool(PlotTool):
    """The mouse on the decision plot while drawing: press adds, drag sprays, right-click erases."""

    def __init__(self, owner: "DrawData"):
        super().__init__()
        self._owner = weakref.ref(owner)
        self._last = None            # the last sprayed point of the stroke (data units)
        self._stroke = None          # the stroke's merge key: one drag is one undoable edit
        self._strokes = itertools.count(1)

    def press(self, x, y, button, modifiers) -> None:
        owner = self._owner()
        if owner is None:
            return
        if button == Qt.MouseButton.RightButton:
            owner.erase_at(x, y)
        elif button == Qt.MouseButton.LeftButton:
            self._stroke = ("stroke", next(self._strokes))
            self._last = (x, y)
            owner.add_points([(x, y)], self._stroke)

    def move(self, x, y, buttons, modifiers) -> None:
        owner = self._owner()
        if owner is None or self._last is None or not buttons & Qt.MouseButton.LeftButton:
            return
        points = drawn.spray(self._last, (x, y), SPRAY_PIXELS, owner.pixel_size())
        if len(points):
            self._last = tuple(points[-1])
            owner.add_points(points, self._stroke)

    def release(self, x, y, button, modifiers) -> None:
        if button == Qt.MouseButton.LeftButton:
            self._last = self._stroke = None

    def deactivated(self) -> None:
        self._last = self._stroke = None
        owner = self._owner()
        if owner is not None:
            owner.taken()


class DrawData(QObject):
    """The decision plot's drawing mode for a main window (needs: document, decision_plot,
    controller, say)."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("drawData")
        self._window = weakref.ref(window)
        self.document = window.document
        self.plot = window.decision_plot
        self.controller = window.controller
        self.label = 0                   # the class drawn
        self.tool = DrawTool(self)
        self._fresh = True               # the last frame shows the document's data
        self._taken = False              # set while another tool takes the mouse from this one

        self.button = QToolButton()
        self.button.setObjectName("drawDataButton")
        self.button.setText(self.tr("✎ Draw"))
        self._tip = self.tr("Draw your own data: click adds a point, a drag sprays points, a right-click "
                            "erases one")
        self.button.setToolTip(self._tip)
        self.button.setCheckable(True)
        self.button.setFont(palette.font(palette.BASE_POINT_SIZE, bold=True))
        self.button.toggled.connect(self.set_active)

        self.options = QWidget()
        self.options.setObjectName("drawDataOptions")
        row = QHBoxLayout(self.options)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(3)
        self.classButtons: list[QToolButton] = []
        group = QButtonGroup(self.options)
        for k in range(drawn.DRAW_CLASSES):
            b = QToolButton()
            b.setObjectName(f"drawClass{k}")
            b.setText(f"● {k}")
            b.setToolTip(self.tr("Draw points of class {}").format(k))
            b.setCheckable(True)
            b.setChecked(k == 0)
            b.setFont(palette.font(palette.BASE_POINT_SIZE, bold=True))
            b.setStyleSheet(f"QToolButton {{ color: {palette.CLASS_COLORS[k]}; padding: 1px 3px; }}"
                            "QToolButton:checked { background: #DDDDDD; border: 2px solid #111111; }")
            group.addButton(b, k)
            row.addWidget(b)
            self.classButtons.append(b)
        group.idClicked.connect(self.set_label)
        self.clearButton = QToolButton()
        self.clearButton.setObjectName("drawClearButton")
        self.clearButton.setText(self.tr("Clear"))
        self.clearButton.setToolTip(self.tr("Remove every point: draw on an empty canvas (Undo brings them back)"))
        self.clearButton.clicked.connect(self.clear)
        row.addWidget(self.clearButton)
        self.options.hide()
        # while drawing, the classes and Clear take the title's place (no height taken from the plot)
        self.plot.tools.addWidget(self.options)
        self.plot.tools.addStretch(1)
        self.plot.tools.addWidget(self.button)

        # the drawn points until a run on them arrives (drawn over the plot's own, same look)
        self.overlay = pg.ScatterPlotItem(size=13, pen=pg.mkPen(palette.BLACK, width=1.2), symbol="o")
        self.overlay.setZValue(10)
        self.overlay.hide()
        self.plot.plot.addItem(self.overlay)

        self._values = False             # drawing numbers to fit (a one-input regression), not classes
        self._error = ""                 # the session's last error: why the drawn points did not train
        self.controller.snapshotReady.connect(self._on_snapshot)
        self.controller.errorOccurred.connect(self._on_error)
        self.document.observe(self._on_document_changed)
        self.plot.installEventFilter(self)           # a narrow plot: the button shrinks to "✎"

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.plot and event.type() == QEvent.Type.Resize:
            self._fit_button()
        return False

    def _fit_button(self) -> None:
        """"✎ Draw" where the title leaves room for it, "✎" (its tooltip says the rest) where not."""
        full = self.tr("✎ Draw")
        room = self.plot.width() - self.plot.titleLabel.sizeHint().width() - 24
        self.button.setText(full if self.button.fontMetrics().horizontalAdvance(full) + 20 <= room else "✎")

    # --- the mode --------------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return active_tool(self.plot.plot_widget) is self.tool

    @Slot(bool)
    def set_active(self, on: bool) -> None:
        """Drawing on (the plot's mouse goes to the tool, the view holds still) or off."""
        if self.button.isChecked() != on:
            self.button.setChecked(on)           # comes back here through toggled
            return
        widget = self.plot.plot_widget
        if on:
            if not widget.isVisible():           # data with no plane to draw on: an empty canvas
                self.plot.noRegionsLabel.hide()
                widget.show()
                widget.getPlotItem().setRange(xRange=DEFAULT_CANVAS, yRange=DEFAULT_CANVAS, padding=0)
            self.plot.keep_range = True
            set_tool(widget, self.tool)
        else:
            if self.active and not self._taken:
                set_tool(widget, None)
            self.plot.keep_range = False
            snapshot = self.controller.latest
            if snapshot is not None and snapshot.data is not None and snapshot.data.plottable:
                xmin, xmax, ymin, ymax = snapshot.data.extent
                self.plot.plot.setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0)
        self.options.setVisible(on)
        self.plot.titleLabel.setVisible(not on)
        window = self._window()
        if on and window is not None:
            window.statusBar().showMessage(self.tr(
                "Drawing a function to fit: a click adds a point (x, y), the input x and the number y to fit; a "
                "drag sprays points, a right-click erases the nearest; Undo takes them back.") if self._values
                else self.tr("Drawing: a click adds a point of the chosen class, a drag sprays points, a right-click "
                             "erases the nearest; Undo takes them back."), 15000)

    def taken(self) -> None:
        """The plot's mouse went to another tool (or back to panning): drawing is off."""
        self._taken = True
        try:
            self.button.setChecked(False)
        finally:
            self._taken = False

    @Slot(int)
    def set_label(self, label: int) -> None:
        self.label = int(label)
        self.classButtons[self.label].setChecked(True)

    # --- edits (each one undoable change of the document) ---------------------------------------

    def current(self):
        """The drawn set edits start from: the document's, or the points of the data shown."""
        data = self.document.imported
        if self.document.settings.dataset == IMPORTED and drawn.is_drawn(data):
            return data
        return drawn.from_current(self.document.settings, data)

    def commit(self, data, merge=None) -> None:
        settings = self.document.settings.replace(dataset=IMPORTED)
        if not settings.features and not data.is_regression:
            settings = settings.replace(features=("x1", "x2"))
        self.document.set_data(data, settings, self, merge=merge)

    def add_points(self, points, merge=None) -> None:
        self.commit(drawn.with_points(self.current(), points, self.label), merge)

    def erase_at(self, x: float, y: float) -> bool:
        data = self.current()
        i = drawn.nearest(data, x, y, self.pixel_size(), ERASE_PIXELS)
        if i is None:
            return False
        self.commit(drawn.without(data, i))
        return True

    @Slot()
    def clear(self) -> None:
        self.commit(drawn.empty(self.current()))

    def pixel_size(self) -> tuple[float, float]:
        """Data units per screen pixel on each axis of the plot."""
        sx, sy = self.plot.plot.vb.viewPixelSize()
        return (float(sx) or 1.0, float(sy) or 1.0)

    # --- showing the drawn points until the run on them arrives -----------------------------------

    def _on_document_changed(self, change: Change) -> None:
        # classes are drawn, and the numbers of a one-input regression (its plot's axes are x and y);
        # a regression over two inputs is not (docs/experiments.md, "Draw your own data")
        settings = self.document.settings
        regression = self.document.is_regression
        inputs = raw_inputs(settings.dataset, self.document.imported) if regression else None
        self._values = inputs == 1
        drawable = not regression or self._values
        for b in self.classButtons:
            b.setVisible(not self._values)
        if drawable != self.button.isEnabled():
            self.button.setEnabled(drawable)
            self.button.setToolTip(self._tip if drawable else self.tr(
                "The numbers a regression over two inputs fits are colours on the plane: they cannot be drawn"))
            if not drawable:
                self.button.setChecked(False)
        self._fit_button()                           # the title may have changed (a fit, regions)
        if DATA not in change and LOADED not in change:
            return
        data = self.document.imported
        ours = self.document.settings.dataset == IMPORTED and drawn.is_drawn(data)
        latest = self.controller.latest
        self._fresh = not ours or (latest is not None and latest.data is not None and latest.data.source is data)
        if ours and not can_train(data) and self.controller.running:
            self.controller.pause()
        self._show()

    @Slot(str)
    def _on_error(self, text: str) -> None:
        self._error = text

    @Slot(object)
    def _on_snapshot(self, snapshot) -> None:
        if not self._fresh and snapshot.data is not None and snapshot.data.source is self.document.imported:
            self._fresh = True
            self._show()
            window = self._window()
            if window is not None and self._error and window.messageBar.text() == self._error:
                window.messageBar.dismiss()          # why they did not train: no longer so
            self._error = ""

    def _show(self) -> None:
        """The plot's own points while they are the document's; the drawn ones (and no regions,
        when they cannot train) until then."""
        data = self.document.imported
        stale = not self._fresh and data is not None
        fit = self.plot.fit
        for item in (self.plot.train_scatter, self.plot.test_scatter, self.plot.wrong_scatter,
                     fit.points, fit.test_points, fit.residuals):
            item.setVisible(not stale)
        self.plot.image.setVisible(not stale or can_train(data))
        fit.curve.setVisible(not stale or can_train(data))
        if stale:
            P = drawn.shown(data)
            brushes = (pg.mkBrush(palette.SKY_BLUE) if data.is_regression
                       else [pg.mkBrush(palette.class_color(int(k))) for k in data.y.tolist()])
            self.overlay.setData(P[:, 0], P[:, 1], brush=brushes)
        self.overlay.setVisible(stale)
