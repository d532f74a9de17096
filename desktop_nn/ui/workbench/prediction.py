"""Predict, then reveal, on a plot of decision regions: the pieces the main window's "Predict
first" and the lecture's training scenes share.

* :class:`SketchTool` — a plot tool (ui/workbench/plot_tools) that paints a
  :class:`~desktop_nn.exercises.predict.Sketch` on the regions' grid: the left button paints the
  chosen class, the right button erases, with a round brush.
* :func:`sketch_image` — the sketch as an image over the regions: filled while it is painted,
  hatched and outlined at the reveal, so that the real regions show through.
* :class:`PredictPanel` (prediction_panel.py) — the class picker, Fill the rest, Clear, the four
  cost-curve shapes, Done — train / Cancel; then the result in words and per cent, with Close.
* :class:`Prediction` — one round: ``begin`` (sketch mode on the plot), ``commit`` (the
  prediction is kept, the plot is the plot again), ``reveal`` (the sketch over the result, the
  score and the shape's verdict), ``dismiss``.

The scoring and the shapes are desktop_nn/exercises/predict.py's; nothing is decided here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, Signal

from desktop_nn.exercises.predict import UNPAINTED, Sketch, score_sketch, score_words
from desktop_nn.ui.kit import palette
from desktop_nn.ui.workbench.plot_tools import PlotTool, set_tool
from desktop_nn.ui.workbench.prediction_panel import PredictPanel, shape_name  # noqa: F401 (its users import both from here)


translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


BRUSH_CELLS = 6.0          # the brush's radius, in cells of the regions' grid (120 across)
SCALE = 4                  # the overlay image has SCALE × SCALE pixels per cell (room for hatching)
FILL_ALPHA = 150           # a class painted while sketching
HATCH_ALPHA = 210          # its stripes at the reveal
HATCH_PERIOD, HATCH_WIDTH = 14, 3    # image pixels: one stripe of HATCH_WIDTH in every HATCH_PERIOD (the regions show between)
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
        image[cells, 3] = HATCH_ALPHA if hatched else FILL_ALPHA
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
