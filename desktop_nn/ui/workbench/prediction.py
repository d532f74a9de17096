"""Predict, then reveal, on a plot of decision regions: the pieces the main window's "Predict
first" and the lecture's training scenes share.

* :class:`SketchTool` — a plot tool (ui/workbench/plot_tools) that paints a
  :class:`~desktop_nn.exercises.predict.Sketch` on the regions' grid: the left button paints the
  chosen class, the right button erases, with a round brush.
* :func:`sketch_image` — the sketch as an image over the regions: filled while it is painted,
  hatched and outlined at the reveal, so that the real regions show through.
* :class:`PredictPanel` — the class picker, Fill the rest, Clear, the four cost-curve shapes,
  Done — train / Cancel; then the result in words and per cent, with Close.
* :class:`Prediction` — one round: ``begin`` (sketch mode on the plot), ``commit`` (the
  prediction is kept, the plot is the plot again), ``reveal`` (the sketch over the result, the
  score and the shape's verdict), ``dismiss``.

The scoring and the shapes are desktop_nn/exercises/predict.py's; nothing is decided here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_nn.exercises.predict import (
    SHAPE_NAMES,
    SHAPES,
    UNPAINTED,
    Sketch,
    score_sketch,
    score_words,
)
from desktop_nn.ui.kit import palette
from desktop_nn.ui.workbench.plot_tools import PlotTool, set_tool


translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


def shape_name(shape: str) -> str:
    return QCoreApplication.translate("Exercises", SHAPE_NAMES[shape])


BRUSH_CELLS = 6.0          # the brush's radius, in cells of the regions' grid (120 across)
SCALE = 4                  # the overlay image has SCALE × SCALE pixels per cell (room for hatching)
FILL_ALPHA = 150
HATCH_PERIOD, HATCH_WIDTH = 12, 4    # image pixels: one stripe of HATCH_WIDTH in every HATCH_PERIOD
OUTLINE = (17, 17, 17, 255)


def _darker(k: int, factor: float = 0.62) -> np.ndarray:
    return palette.class_rgb(k) * factor


def sketch_image(labels: np.ndarray, hatched: bool) -> np.ndarray:
    """RGBA (n·SCALE, n·SCALE, 4) uint8 of a sketch's labels (row 0 = lowest y): each painted
    class translucent (``hatched`` False, while painting) or as diagonal stripes of its darker
    colour (True, at the reveal, the regions showing between them); the borders of the painted
    areas drawn dark, two pixels wide. Unpainted cells stay transparent."""
    big = np.repeat(np.repeat(np.asarray(labels), SCALE, axis=0), SCALE, axis=1)
    h, w = big.shape
    image = np.zeros((h, w, 4), dtype=np.uint8)
    painted = big >= 0
    if hatched:
        rows, cols = np.mgrid[0:h, 0:w]
        mark = painted & (((rows + cols) % HATCH_PERIOD) < HATCH_WIDTH)
    else:
        mark = painted
    for k in np.unique(big[painted]).tolist():
        cells = mark & (big == k)
        image[cells, :3] = _darker(k) if hatched else palette.class_rgb(k)
        image[cells, 3] = 235 if hatched else FILL_ALPHA
    edge = np.zeros((h, w), bool)
    diff_x = big[:, 1:] != big[:, :-1]
    diff_y = big[1:, :] != big[:-1, :]
    edge[:, 1:] |= diff_x
    edge[:, :-1] |= diff_x
    edge[1:, :] |= diff_y
    edge[:-1, :] |= diff_y
    edge &= painted | np.roll(painted, 1, 0) | np.roll(painted, 1, 1)
    image[edge] = OUTLINE
    return image


class SketchTool(PlotTool):
    """Paints a Sketch with the mouse: left button the chosen ``label``, right button erases."""

    changed = Signal()

    def __init__(self, sketch: Sketch, parent: QObject | None = None):
        super().__init__(parent)
        self.sketch = sketch
        self.label = 0
        self.radius = BRUSH_CELLS
        self._last: tuple[float, float] | None = None
        self._painting = 0

    def _label_for(self, button) -> int:
        return UNPAINTED if button == Qt.MouseButton.RightButton else self.label

    def press(self, x, y, button, modifiers) -> None:
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return
        self._painting = self._label_for(button)
        self._last = (x, y)
        self.sketch.paint(x, y, self.radius, self._painting)
        self.changed.emit()

    def move(self, x, y, buttons, modifiers) -> None:
        if self._last is None:
            return
        self.sketch.stroke(*self._last, x, y, self.radius, self._painting)
        self._last = (x, y)
        self.changed.emit()

    def release(self, x, y, button, modifiers) -> None:
        if self._last is not None:
            self.move(x, y, button, modifiers)
        self._last = None


def _swatch(k: int, size: int) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(palette.class_color(k))
    p.setPen(QColor(palette.TEXT))
    p.drawEllipse(1, 1, size - 2, size - 2)
    p.end()
    return QIcon(pix)


class PredictPanel(QWidget):
    """The prediction's controls (class picker, Fill the rest, Clear, the four shapes, Done —
    train, Cancel) and, after training, the result with Close. ``font`` and ``control_height``
    size it for the workbench or the projector."""

    doneClicked = Signal()
    cancelClicked = Signal()
    closeClicked = Signal()
    labelChosen = Signal(int)
    fillClicked = Signal()
    clearClicked = Signal()

    def __init__(self, font=None, control_height: int = 0, compact: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.compact = compact          # the projector: no prompt (the teacher says it), fewer rows
        self.setObjectName("predictPanel")
        self.setFont(font or palette.font(palette.BASE_POINT_SIZE))
        self._height = control_height
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(self.backgroundRole(), QColor("#F3F1EA"))
        self.setPalette(pal)

        self.prompt = QLabel()
        self.prompt.setObjectName("predictPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.RichText)
        self.prompt.setToolTip(translate(
            "Prediction", "Left button: paint the chosen class; right button: erase. Fill the rest paints every "
                          "cell not yet painted with the chosen class."))
        self.classButtons: list[QPushButton] = []
        self._classes = QButtonGroup(self)
        self._classes.setExclusive(True)
        self._classes.idClicked.connect(self.labelChosen)
        self.classRow = QWidget()
        self._class_layout = QGridLayout(self.classRow)
        self._class_layout.setContentsMargins(0, 0, 0, 0)
        self._narrow = False
        self.fillButton = self._button(translate("Prediction", "Fill the rest"), "predictFillButton")
        self.fillButton.setToolTip(translate("Prediction", "Paint every cell not yet painted with the chosen class"))
        self.fillButton.clicked.connect(self.fillClicked)
        self.clearButton = self._button(translate("Prediction", "Clear"), "predictClearButton")
        self.clearButton.clicked.connect(self.clearClicked)

        self.shapeCaption = QLabel(translate("Prediction", "The cost curve:"))
        self._shapes = QButtonGroup(self)
        self.shapeButtons: dict[str, QRadioButton] = {}
        self.shapeRow = QWidget()
        shape_grid = self._shape_grid = QGridLayout(self.shapeRow)   # the four shapes two by two
        shape_grid.setContentsMargins(0, 0, 0, 0)
        shape_grid.setVerticalSpacing(0 if compact else 2)
        for i, shape in enumerate(SHAPES):
            radio = QRadioButton(shape_name(shape))
            radio.setObjectName(f"predictShape_{shape}")
            radio.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if compact:         # the style's indicator does not grow with the projector's type
                mark = round(0.6 * QFontMetrics(self.font()).height())
                radio.setStyleSheet(f"QRadioButton::indicator {{ width: {mark}px; height: {mark}px; }}")
                radio.setFont(self.font())
            self._shapes.addButton(radio, i)
            self.shapeButtons[shape] = radio
        shape_grid.setColumnStretch(3, 1)
        self.doneButton = self._button(translate("Prediction", "Done — train"), "predictDoneButton")
        self.doneButton.setDefault(True)
        self.doneButton.clicked.connect(self.doneClicked)
        self.cancelButton = self._button(translate("Prediction", "Cancel"), "predictCancelButton")
        self.cancelButton.setToolTip(translate("Prediction", "Leave the prediction without training (Esc)"))
        self.cancelButton.clicked.connect(self.cancelClicked)

        self.result = QLabel()
        self.result.setObjectName("predictResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.closeButton = self._button(translate("Prediction", "Close"), "predictCloseButton")
        self.closeButton.setToolTip(translate("Prediction", "Take the sketch off the plot (Esc)"))
        self.closeButton.clicked.connect(self.closeClicked)

        # rows: the prompt; the class picker; Fill the rest, Clear … Cancel, Done; the shapes —
        # or, after training, the result beside Close
        if compact:
            # one line a sentence: a wrapped label asks for the height of its text squeezed to its
            # narrowest width, more than a projector's screen has
            self.result.setWordWrap(False)
            self.brushRow = _row(self.classRow, self.fillButton, self.clearButton, None, self.cancelButton,
                                 self.doneButton)
            self.doneButton.setToolTip(self.prompt.toolTip())
        else:
            # Fill the rest, Clear … Cancel, Done on one line, or on two in a narrow pane
            self.brushRow = QWidget()
            self._brush_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.brushRow)
            self._brush_layout.setContentsMargins(0, 0, 0, 0)
            self._brush_layout.addWidget(_row(self.fillButton, self.clearButton, None))
            self._brush_layout.addWidget(_row(None, self.cancelButton, self.doneButton))
        self.resultRow = _row(self.result, self.closeButton)
        self.resultRow.layout().setStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2 if compact else 4)
        for part in (self.prompt, self.classRow, self.brushRow, self.shapeRow, self.resultRow):
            if part.parentWidget() is None:
                layout.addWidget(part)
        self._arrange(narrow=False)
        self.hide()

    def _arrange(self, narrow: bool) -> None:
        """Wide: the classes on one line, the shapes' caption beside them, Fill … Done on one
        line. Narrow (a 1024-pixel screen's decision pane): two classes a line, the caption over
        the shapes, Fill the rest and Clear over Cancel and Done."""
        self._narrow = narrow
        grid = self._shape_grid
        for w in (self.shapeCaption, *self.shapeButtons.values()):
            grid.removeWidget(w)
        if narrow:
            grid.addWidget(self.shapeCaption, 0, 0, 1, 3)
        else:
            grid.addWidget(self.shapeCaption, 0, 0, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        for i, radio in enumerate(self.shapeButtons.values()):
            grid.addWidget(radio, (1 if narrow else 0) + i // 2, (0 if narrow else 1) + i % 2)
        self._place_classes()
        if not self.compact:
            self._brush_layout.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                                            else QBoxLayout.Direction.LeftToRight)

    def _place_classes(self) -> None:
        per_line = 2 if self._narrow else max(1, len(self.classButtons))
        for b in self.classButtons:
            self._class_layout.removeWidget(b)
        for k, b in enumerate(self.classButtons):
            self._class_layout.addWidget(b, k // per_line, k % per_line)
        self._class_layout.setColumnStretch(per_line, 1)

    def _wide_width(self) -> int:
        """The width the wide arrangement needs."""
        def width(*widgets) -> int:
            return sum(w.sizeHint().width() for w in widgets) + 12 * len(widgets)
        margins = self.layout().contentsMargins()
        return max(width(*self.classButtons), width(self.fillButton, self.clearButton, self.cancelButton,
                                                     self.doneButton) + 12,
                   width(self.shapeCaption, *list(self.shapeButtons.values())[:2])) + margins.left() + margins.right()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self.compact:
            narrow = self.width() < self._wide_width()
            if narrow != self._narrow:
                self._arrange(narrow)

    def _button(self, text: str, name: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setFont(self.font())
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if self._height:
            b.setMinimumHeight(self._height)
        return b

    def set_classes(self, names: list[str], chosen: int = 0) -> None:
        for b in self.classButtons:
            self._classes.removeButton(b)
            self._class_layout.removeWidget(b)
            b.hide()
            b.deleteLater()
        self.classButtons = []
        size = max(12, round(0.8 * self.fontMetrics().height()))
        for k, name in enumerate(names):
            b = self._button(name, f"predictClass{k}")
            b.setCheckable(True)
            b.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            b.setIcon(_swatch(k, size))
            b.setIconSize(QSize(size, size))
            b.setChecked(k == chosen)
            self._classes.addButton(b, k)
            self.classButtons.append(b)
        self._place_classes()

    def chosen_shape(self) -> str | None:
        i = self._shapes.checkedId()
        return SHAPES[i] if i >= 0 else None

    def show_predict(self, sketching: bool) -> None:
        """The prediction's controls: the class picker and brush only when there is a plot."""
        if sketching:
            text = translate("Prediction", "<b>Predict first:</b> paint each class's region (right button erases), "
                                           "pick the cost curve's shape, then Done — train.")
        else:
            text = translate("Prediction", "<b>Predict first:</b> pick the shape the cost curve will take, "
                                           "then Done — train.")
        text += " " + translate("Prediction", "The verdict comes when training stops: at the epoch limit, or "
                                              "when you press Pause (a network trains until then).")
        self.prompt.setText(text)
        self._shapes.setExclusive(False)
        for radio in self.shapeButtons.values():
            radio.setChecked(False)
        self._shapes.setExclusive(True)
        self._set_mode(predicting=True, sketching=sketching)

    def show_result(self, html: str) -> None:
        self.result.setText(html)
        self._set_mode(predicting=False, sketching=False)

    def _set_mode(self, predicting: bool, sketching: bool) -> None:
        for part in (self.brushRow, self.shapeRow):
            part.setVisible(predicting)
        self.prompt.setVisible(predicting and not self.compact)
        for part in (self.classRow, self.fillButton, self.clearButton):
            part.setVisible(predicting and sketching)
        self.resultRow.setVisible(not predicting)
        self.show()


def _row(*widgets) -> QWidget:
    """Widgets side by side (None: the stretch between them)."""
    w = QWidget()
    row = QHBoxLayout(w)
    row.setContentsMargins(0, 0, 0, 0)
    for x in widgets:
        if x is None:
            row.addStretch(1)
        else:
            row.addWidget(x)
    return w


@dataclass(frozen=True)
class Outcome:
    """What a reveal found: the score (None without a sketch), the shapes, the words shown."""

    score: float | None
    predicted_shape: str | None
    actual_shape: str
    text: str

    @property
    def shape_right(self) -> bool | None:
        return None if self.predicted_shape is None else self.predicted_shape == self.actual_shape


class Prediction(QObject):
    """One predict-then-reveal round on ``plot_widget`` (a pg.PlotWidget; None: no plot, the
    shape only), with ``panel``; ``regions`` (the plot's ImageItem of the regions) is dimmed while
    the student paints."""

    def __init__(self, plot_widget: pg.PlotWidget, panel: PredictPanel, regions: pg.ImageItem | None = None):
        super().__init__(panel)
        self.plot_widget, self.panel, self.regions = plot_widget, panel, regions
        self.overlay = None                   # no plot (plot_widget None): the shape only
        if plot_widget is not None:
            self.overlay = pg.ImageItem(axisOrder="row-major")
            self.overlay.setObjectName("sketchOverlay")
            # just over the regions, under the points
            self.overlay.setZValue(regions.zValue() + 1 if regions is not None else -15)
            self.overlay.hide()
            plot_widget.addItem(self.overlay)
        self.sketch: Sketch | None = None
        self.tool: SketchTool | None = None
        self.committed: tuple[Sketch | None, str | None] | None = None
        self.state = "idle"                   # idle, predicting, waiting, revealed
        self._sketching = False
        panel.labelChosen.connect(self._choose)
        panel.fillClicked.connect(self._fill)
        panel.clearClicked.connect(self._clear)

    # --- predicting ----------------------------------------------------------------------------

    def begin(self, extent, n: int, class_names: list[str]) -> None:
        """Sketch mode on a grid of ``n`` × ``n`` cells over ``extent`` (``n`` = 0: no plot, the
        shape only); a sketch on the same grid is kept, to be corrected."""
        k = len(class_names)
        sketching = n > 0 and self.plot_widget is not None
        if sketching and (self.sketch is None or self.sketch.n != n or self.sketch.n_classes != k
                          or tuple(self.sketch.extent) != tuple(extent)):
            self.sketch = Sketch(tuple(float(v) for v in extent), n, k)
        if sketching:
            label = self.tool.label if self.tool is not None and self.tool.label < k else 0
            self.tool = SketchTool(self.sketch, self)
            self.tool.label = label
            self.tool.changed.connect(self._draw_sketch)
            self.panel.set_classes(class_names, label)
            set_tool(self.plot_widget, self.tool)
            if self.regions is not None:
                self.regions.setOpacity(0.35)
            self._draw_sketch()
        elif self.overlay is not None:
            self.overlay.hide()
        self.state = "predicting"
        self._sketching = sketching
        self.panel.show_predict(sketching)

    def _choose(self, k: int) -> None:
        if self.tool is not None:
            self.tool.label = k

    def _fill(self) -> None:
        if self.sketch is not None and self.tool is not None:
            self.sketch.fill_unpainted(self.tool.label)
            self._draw_sketch()

    def _clear(self) -> None:
        if self.sketch is not None:
            self.sketch.clear()
            self._draw_sketch()

    def _draw_sketch(self, hatched: bool = False) -> None:
        s = self.sketch
        self.overlay.setImage(sketch_image(s.labels, hatched), autoLevels=False)
        x0, x1, y0, y1 = s.extent
        self.overlay.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        self.overlay.show()

    def _leave_sketch_mode(self) -> None:
        if self.tool is not None:
            set_tool(self.plot_widget, None)
        if self.regions is not None:
            self.regions.setOpacity(1.0)
        if self.overlay is not None:
            self.overlay.hide()

    def commit(self) -> tuple[Sketch | None, str | None]:
        """Keep the prediction (the sketch, None when nothing is painted; the shape, None when
        none is picked) and give the plot back; the overlay hides until the reveal."""
        sketching = self.tool is not None and self._sketching
        sketch = self.sketch.copy() if sketching and self.sketch is not None and not self.sketch.empty else None
        self.committed = (sketch, self.panel.chosen_shape())
        self._leave_sketch_mode()
        self.tool = None
        self.panel.hide()
        self.state = "waiting" if self.committed != (None, None) else "idle"
        return self.committed

    def cancel(self) -> None:
        """Leave the prediction (or the reveal): the plot as it was, nothing kept."""
        self._leave_sketch_mode()
        self.tool = None
        self.committed = None
        self.panel.hide()
        self.state = "idle"

    dismiss = cancel

    # --- the reveal ----------------------------------------------------------------------------

    def reveal(self, predicted: np.ndarray | None, actual_shape: str, curve: str | None = None) -> Outcome:
        """The committed sketch hatched over the regions (``predicted``: their class per cell),
        its score and the shape's verdict in the panel; ``curve`` names the curve the shape is
        about ("the cost curve of “zeros”"), when the plot holds several."""
        sketch, shape = self.committed or (None, None)
        score = None
        parts = []
        if sketch is not None and predicted is not None:
            score = score_sketch(sketch, predicted)
            self.sketch = sketch
            self._draw_sketch(hatched=True)
            words = QCoreApplication.translate("Exercises", score_words(score))
            parts.append(translate("Prediction", "Your sketch overlaps the regions <b>{percent} %</b>: {words}.")
                         .format(percent=round(100 * score), words=words))
        actual = shape_name(actual_shape)
        curve = curve or translate("Prediction", "the cost curve")
        if shape is None:
            parts.append(translate("Prediction", "Result: {curve} {actual}.").format(curve=curve, actual=actual))
        elif shape == actual_shape:
            parts.append(translate("Prediction", "<b>✓ Right:</b> {curve} {actual}.")
                         .format(curve=curve, actual=actual))
        else:
            parts.append(translate("Prediction", "<b>✗ Wrong:</b> {curve} {actual}; you said it {guess}.").format(
                curve=curve, actual=actual, guess=shape_name(shape)))
        text = "<br>".join(parts)
        self.panel.show_result(text)
        self.state = "revealed"
        return Outcome(score, shape, actual_shape, text)
