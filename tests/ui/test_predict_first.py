"""Training ▸ Predict first in the real main window: sketch with the mouse, pick a shape, train,
and the reveal scores the sketch against the regions training ended with (issue 17, item 4).

The expected score is recomputed here from the final frame's class probabilities with plain
set counts; the painted cells are checked against the mouse's positions in data units."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton, QRadioButton, QToolButton

from desktop_nn.ui.workbench.plot_tools import active_tool
from desktop_nn.ui.workbench.prediction import SketchTool

SNAPSHOT_TIMEOUT_MS = 10_000


def find(w, cls, name):
    found = w.findChild(cls, name)
    assert found is not None, f"no {cls.__name__} named {name!r}"
    return found


def to_viewport(plot_widget: pg.PlotWidget, x: float, y: float) -> QPoint:
    scene = plot_widget.getPlotItem().vb.mapViewToScene(pg.Point(x, y))
    p = plot_widget.mapFromScene(scene)
    return QPoint(p.x(), p.y())


def drag(qtbot, plot_widget, points, button=Qt.MouseButton.LeftButton) -> None:
    viewport = plot_widget.viewport()
    qtbot.mousePress(viewport, button, pos=to_viewport(plot_widget, *points[0]))
    for x, y in points[1:]:
        qtbot.mouseMove(viewport, to_viewport(plot_widget, x, y))
    qtbot.mouseRelease(viewport, button, pos=to_viewport(plot_widget, *points[-1]))


def cell_of(extent, n, x, y):
    """The grid cell under (x, y): the regions' image spans ``extent`` in n × n squares."""
    x0, x1, y0, y1 = extent
    return int((y - y0) / (y1 - y0) * n), int((x - x0) / (x1 - x0) * n)


def mean_iou(sketch: np.ndarray, regions: np.ndarray) -> float:
    scores = []
    for c in sorted(set(np.unique(sketch[sketch >= 0]).tolist()) | set(np.unique(regions).tolist())):
        both = np.logical_and(sketch == c, regions == c).sum()
        either = np.logical_or(sketch == c, regions == c).sum()
        scores.append(both / either)
    return float(np.mean(scores))


def turn_on(window):
    action = window.predictFirst.action
    assert action in window.menus["training"].actions()
    action.trigger()
    assert action.isChecked()


def test_sketch_pick_a_shape_train_and_the_sketch_is_scored_over_the_result(qtbot, window):
    turn_on(window)
    plot = window.decision_plot
    start = window.controller.latest
    find(window, QToolButton, "trainButton").click()
    prediction = window.predictFirst.prediction
    assert prediction.state == "predicting" and window.predictFirst.panel.isVisible()
    assert isinstance(active_tool(plot.plot_widget), SketchTool)
    assert plot.image.opacity() < 1.0                      # the regions dimmed while sketching
    assert not plot.wrong_scatter.isVisible() and not plot.confusionMatrix.isVisible()
    qtbot.wait(50)
    assert not window.controller.running and window.controller.latest.epoch == 0

    extent, n = start.data.extent, start.grid_probs.shape[1]
    x0, x1, y0, y1 = extent
    xs = np.linspace(x0 + 0.05 * (x1 - x0), x1 - 0.05 * (x1 - x0), 8)
    # versicolor (class 1) above petal length 3, painted in strokes across the plot
    find(window, QPushButton, "predictClass1").click()
    upper = np.arange(3.2, y1, 0.3)
    for y in upper:
        drag(qtbot, plot.plot_widget, [(x, y) for x in xs])
    sketch = prediction.sketch
    for x in xs:
        assert sketch.labels[cell_of(extent, n, x, 3.2)] == 1
    # the right button erases
    drag(qtbot, plot.plot_widget, [(x0 + 0.5 * (x1 - x0), 4.4)], Qt.MouseButton.RightButton)
    assert sketch.labels[cell_of(extent, n, x0 + 0.5 * (x1 - x0), 4.4)] == -1
    # setosa (class 0) everywhere else
    find(window, QPushButton, "predictClass0").click()
    find(window, QPushButton, "predictFillButton").click()
    assert (sketch.labels >= 0).all()
    assert sketch.labels[cell_of(extent, n, x0 + 0.5 * (x1 - x0), 4.4)] == 0
    assert sketch.labels[cell_of(extent, n, xs[3], 1.5)] == 0
    painted = sketch.labels.copy()
    find(window, QRadioButton, "predictShape_falls").click()

    find(window, QPushButton, "predictDoneButton").click()
    assert active_tool(plot.plot_widget) is None and plot.image.opacity() == 1.0
    assert plot.wrong_scatter.isVisible() and plot.confusionMatrix.isVisible()
    qtbot.waitUntil(lambda: prediction.state == "revealed", timeout=SNAPSHOT_TIMEOUT_MS)
    final = window.controller.latest
    assert final.epoch == 10 and not final.running and final.notice.kind == "limit"
    assert list(window.cost_plot.train_costs) == [2, 2, 3, 2, 1, 0, 0, 0, 0, 0]   # it falls to 0 errors

    regions = (final.grid_probs[1] > final.grid_probs[0]).astype(int)
    expected = mean_iou(painted, regions)
    outcome = window.predictFirst.outcome
    assert np.array_equal(prediction.committed[0].labels, painted)
    assert abs(outcome.score - expected) < 1e-12
    assert 0.5 < expected < 1.0
    text = find(window, type(window.predictFirst.panel.result), "predictResult").text()
    assert f"{round(100 * expected)} %" in text
    assert (outcome.predicted_shape, outcome.actual_shape, outcome.shape_right) == ("falls", "falls", True)
    assert "✓" in text
    assert prediction.overlay.isVisible() and window.predictFirst.panel.isVisible()
    # the overlay is the sketch, hatched: some of each class's cells let the regions through
    image = prediction.overlay.image
    assert image.shape[:2] == (n * 4, n * 4)
    assert (image[..., 3] == 0).any() and (image[..., 3] > 0).any()

    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not prediction.overlay.isVisible() and not window.predictFirst.panel.isVisible()


def test_escape_cancels_the_prediction_and_nothing_trains(qtbot, window):
    turn_on(window)
    window.playAction.trigger()
    prediction = window.predictFirst.prediction
    assert prediction.state == "predicting"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert prediction.state == "idle" and not window.predictFirst.panel.isVisible()
    assert active_tool(window.decision_plot.plot_widget) is None
    assert window.decision_plot.image.opacity() == 1.0
    qtbot.wait(100)
    assert window.controller.latest.epoch == 0 and not window.controller.running


def test_a_wrong_shape_is_marked_wrong_and_a_shape_alone_needs_no_sketch(qtbot, window):
    turn_on(window)
    window.playAction.trigger()
    find(window, QRadioButton, "predictShape_diverges").click()
    window.playAction.trigger()                 # Play (Space) again: done, train
    prediction = window.predictFirst.prediction
    qtbot.waitUntil(lambda: prediction.state == "revealed", timeout=SNAPSHOT_TIMEOUT_MS)
    outcome = window.predictFirst.outcome
    assert outcome.score is None and not prediction.overlay.isVisible()
    assert (outcome.predicted_shape, outcome.actual_shape, outcome.shape_right) == ("diverges", "falls", False)
    assert "✗" in window.predictFirst.panel.result.text()


def test_off_or_with_nothing_predicted_play_trains_as_before(qtbot, window):
    turn_on(window)
    window.playAction.trigger()
    find(window, QPushButton, "predictDoneButton").click()       # nothing painted, no shape
    qtbot.waitUntil(lambda: window.controller.latest.epoch == 10 and not window.controller.latest.running,
                    timeout=SNAPSHOT_TIMEOUT_MS)
    qtbot.wait(50)
    assert window.predictFirst.prediction.state == "idle" and not window.predictFirst.panel.isVisible()
    window.predictFirst.action.trigger()
    assert not window.predictFirst.action.isChecked()
    window.resetAction.trigger()
    qtbot.waitUntil(lambda: window.controller.latest.epoch == 0, timeout=SNAPSHOT_TIMEOUT_MS)
    window.playAction.trigger()
    assert window.predictFirst.prediction.state == "idle"
    qtbot.waitUntil(lambda: window.controller.latest.epoch == 10 and not window.controller.latest.running,
                    timeout=SNAPSHOT_TIMEOUT_MS)
    assert not window.predictFirst.panel.isVisible()


def test_new_data_while_sketching_gives_a_sketch_on_its_grid(qtbot, window):
    turn_on(window)
    window.playAction.trigger()
    prediction = window.predictFirst.prediction
    old = prediction.sketch
    x0, x1, y0, y1 = old.extent
    drag(qtbot, window.decision_plot.plot_widget, [(0.5 * (x0 + x1), 0.5 * (y0 + y1))])
    assert not old.empty
    combo = window.hyperparameters.datasetCombo
    combo.setCurrentIndex(combo.findData("moons"))
    qtbot.waitUntil(lambda: window.controller.latest.config.dataset == "moons", timeout=SNAPSHOT_TIMEOUT_MS)
    qtbot.waitUntil(lambda: prediction.sketch is not old, timeout=SNAPSHOT_TIMEOUT_MS)
    assert prediction.state == "predicting"
    assert prediction.sketch.extent == window.controller.latest.data.extent and prediction.sketch.empty
    assert [b.text() for b in window.predictFirst.panel.classButtons] == ["class 0", "class 1"]
    qtbot.keyClick(window, Qt.Key.Key_Escape)


def test_a_diverging_run_is_revealed_when_training_stops_for_it(qtbot, window):
    window.document.update(None, model="adaline", learning_rate=0.01, max_epochs=50)
    qtbot.waitUntil(lambda: window.controller.latest.model == "adaline"
                    and window.controller.latest.config.learning_rate == 0.01, timeout=SNAPSHOT_TIMEOUT_MS)
    turn_on(window)
    window.playAction.trigger()
    find(window, QRadioButton, "predictShape_diverges").click()
    find(window, QPushButton, "predictDoneButton").click()
    prediction = window.predictFirst.prediction
    qtbot.waitUntil(lambda: prediction.state == "revealed", timeout=SNAPSHOT_TIMEOUT_MS)
    final = window.controller.latest
    assert final.notice.kind == "diverged" and final.epoch < 50
    assert (window.predictFirst.outcome.actual_shape, window.predictFirst.outcome.shape_right) == ("diverges", True)


def test_pausing_the_run_reveals_the_prediction(qtbot, window):
    window.document.update(None, dataset="moons", model="network", learning_rate=0.5, max_epochs=0)
    qtbot.waitUntil(lambda: window.controller.latest.model == "network"
                    and window.controller.latest.config.dataset == "moons", timeout=SNAPSHOT_TIMEOUT_MS)
    turn_on(window)
    window.playAction.trigger()
    find(window, QRadioButton, "predictShape_falls").click()
    find(window, QPushButton, "predictDoneButton").click()
    qtbot.waitUntil(lambda: window.controller.running and window.controller.latest.epoch > 20,
                    timeout=3 * SNAPSHOT_TIMEOUT_MS)
    prediction = window.predictFirst.prediction
    assert prediction.state == "waiting"
    window.playAction.trigger()                                  # pause
    qtbot.waitUntil(lambda: prediction.state == "revealed", timeout=3 * SNAPSHOT_TIMEOUT_MS)
    assert not window.controller.latest.running
    assert window.predictFirst.outcome.predicted_shape == "falls"


def test_a_regression_run_asks_for_the_shape_only(qtbot, window):
    from desktop_nn.training.regression import REGRESSION_DATASETS

    window.document.update(None, dataset=REGRESSION_DATASETS[0], model="network", max_epochs=30)
    qtbot.waitUntil(lambda: window.controller.latest.data.is_regression
                    and window.controller.latest.config.max_epochs == 30, timeout=SNAPSHOT_TIMEOUT_MS)
    turn_on(window)
    window.playAction.trigger()
    prediction = window.predictFirst.prediction
    assert prediction.state == "predicting" and active_tool(window.decision_plot.plot_widget) is None
    assert not window.predictFirst.panel.classRow.isVisible()
    find(window, QRadioButton, "predictShape_falls").click()
    find(window, QPushButton, "predictDoneButton").click()
    qtbot.waitUntil(lambda: prediction.state == "revealed", timeout=SNAPSHOT_TIMEOUT_MS)
    assert window.predictFirst.outcome.score is None and window.controller.latest.epoch == 30
    assert window.predictFirst.outcome.predicted_shape == "falls"
