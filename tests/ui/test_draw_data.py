"""Draw your own data (ui/workbench/draw_data.py) in the REAL main window, with real mouse events
on the decision plot: the drawn points are the dataset, they train, they survive save/open and
the CSV export, and undo/redo/erase are the document's."""

from __future__ import annotations

import dataclasses
import io

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_nn.app import create_main_window
from desktop_nn.engine.tabular import load_csv
from desktop_nn.training.config import IMPORTED, RunConfig
from tests.ui.fakes import FakeDialogs

TIMEOUT = 15_000
# 20 points: class 0 on the left, class 1 on the right (data units of the canvas)
LEFT = [(-1.5 + 0.1 * i, -1.2 + 0.25 * i) for i in range(10)]
RIGHT = [(0.6 + 0.1 * i, -1.1 + 0.24 * i) for i in range(10)]


@pytest.fixture
def make(qtbot, tmp_path):
    made = []

    def factory(config=None):
        dialogs = FakeDialogs(save_answer="discard")
        w = create_main_window(config or RunConfig(dataset="moons", model="network", hidden=(6,), learning_rate=0.5,
                                                   max_epochs=0, init="xavier", seed=2),
                               dialogs=dialogs, autosave_dir=tmp_path / "autosave",
                               project_settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        w.dialogs = dialogs
        w.resize(1366, 768)
        w.show()
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: w.controller.latest is not None, timeout=TIMEOUT)
        made.append(w)
        return w

    yield factory
    for w in made:
        w.close()


def viewport_pos(w, x, y) -> QPoint:
    widget = w.decision_plot.plot_widget
    scene = widget.getPlotItem().vb.mapViewToScene(pg.Point(x, y))
    p = widget.mapFromScene(scene)
    return QPoint(p.x(), p.y())


def click(qtbot, w, x, y, button=Qt.MouseButton.LeftButton):
    qtbot.mouseClick(w.decision_plot.plot_widget.viewport(), button, pos=viewport_pos(w, x, y))


def start_drawing(qtbot, w, canvas=(-2, 2)):
    qtbot.mouseClick(w.drawData.button, Qt.MouseButton.LeftButton)
    assert w.drawData.active and w.drawData.options.isVisible()
    w.decision_plot.plot.setRange(xRange=canvas, yRange=canvas, padding=0)
    qtbot.mouseClick(w.findChild(type(w.drawData.button), "drawClearButton"), Qt.MouseButton.LeftButton)
    assert w.document.imported.m == 0 and w.document.settings.dataset == IMPORTED


def draw_twenty(qtbot, w):
    for label, points in ((0, LEFT), (1, RIGHT)):
        qtbot.mouseClick(w.drawData.classButtons[label], Qt.MouseButton.LeftButton)
        for x, y in points:
            click(qtbot, w, x, y)


def pixel(w):
    return np.array(w.decision_plot.plot.vb.viewPixelSize())


def test_twenty_clicked_points_are_the_dataset_and_train(qtbot, make):
    w = make()
    start_drawing(qtbot, w)
    draw_twenty(qtbot, w)
    data = w.document.imported
    assert data.m == 20 and data.source == "drawn"
    assert np.all(np.abs(data.X - np.array(LEFT + RIGHT)) <= pixel(w))
    assert data.y.tolist() == [0] * 10 + [1] * 10
    assert w.isWindowModified()
    # the run is built on exactly these points, and trains
    qtbot.waitUntil(lambda: w.controller.latest.data.source is data, timeout=TIMEOUT)
    assert np.array_equal(w.controller.latest.data.X_raw_train, data.X)
    w.playAction.trigger()
    qtbot.waitUntil(lambda: w.controller.latest.epoch >= 5, timeout=TIMEOUT)
    w.playAction.trigger()
    qtbot.waitUntil(lambda: not w.controller.running and not w.controller.latest.running, timeout=TIMEOUT)
    assert w.controller.latest.data.source is data
    assert np.isfinite(w.controller.latest.train_cost)
    # the plot's own points are shown again (the stand-ins were only until the run came)
    assert w.decision_plot.train_scatter.isVisible() and not w.drawData.overlay.isVisible()


def test_undo_removes_the_last_point_redo_brings_it_back_right_click_erases(qtbot, make):
    w = make()
    start_drawing(qtbot, w)
    draw_twenty(qtbot, w)
    full = w.document.imported
    w.undoAction.trigger()
    assert w.document.imported.m == 19
    assert np.array_equal(w.document.imported.X, full.X[:19])
    w.redoAction.trigger()
    assert np.array_equal(w.document.imported.X, full.X) and w.document.imported.y.tolist() == full.y.tolist()
    # a right-click next to the fourth point (3 pixels off) erases it, and only it
    x, y = LEFT[3]
    click(qtbot, w, x + 3 * pixel(w)[0], y, Qt.MouseButton.RightButton)
    after = w.document.imported
    assert after.m == 19
    assert np.array_equal(after.X, np.delete(full.X, 3, axis=0))
    # far from every point, a right-click erases nothing
    click(qtbot, w, -1.9, 1.9, Qt.MouseButton.RightButton)
    assert w.document.imported is after


def test_a_drag_sprays_spaced_points_and_undoes_at_once(qtbot, make):
    w = make()
    start_drawing(qtbot, w)
    viewport = w.decision_plot.plot_widget.viewport()
    start, end = viewport_pos(w, -1.5, 0.0), viewport_pos(w, 1.5, 0.0)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for t in np.linspace(0, 1, 12)[1:]:
        p = QPoint(round(start.x() + t * (end.x() - start.x())), start.y())
        # QTest.mouseMove carries no buttons: send the move a drag makes
        event = QMouseEvent(QEvent.Type.MouseMove, QPointF(p), QPointF(viewport.mapToGlobal(p)),
                            Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    data = w.document.imported
    spacing = np.diff(data.X[:, 0]) / pixel(w)[0]
    assert data.m >= 10
    assert np.all(np.abs(spacing - 14.0) < 1e-6)          # SPRAY_PIXELS apart, along the drag
    assert np.all(np.abs(data.X[:, 1]) <= pixel(w)[1])
    w.undoAction.trigger()                                # the whole stroke at once
    assert w.document.imported.m == 0


def test_the_drawn_set_survives_save_open_and_the_csv_export(qtbot, make, tmp_path):
    w = make()
    start_drawing(qtbot, w)
    draw_twenty(qtbot, w)
    qtbot.mouseClick(w.drawData.classButtons[2], Qt.MouseButton.LeftButton)
    click(qtbot, w, 0.0, 1.8)                             # a third class: softmax, like 3-class data
    data = w.document.imported
    assert data.class_names == ("class 0", "class 1", "class 2")
    assert w.document.settings.output == "softmax" and "softmax" in w.messageBar.text()
    qtbot.waitUntil(lambda: w.controller.latest.data.source is data and w.controller.latest.layer_dims[-1] == 3,
                    timeout=TIMEOUT)
    w.dialogs.paths = [str(tmp_path / "drawn")]
    assert w.projects.save(), w.dialogs.errors
    other = make()
    assert other.projects.open_file(tmp_path / "drawn.dnn"), other.dialogs.errors
    got = other.document.imported
    assert got.source == "drawn" and got.X.tobytes() == data.X.tobytes() and got.y.tolist() == data.y.tolist()
    assert got.class_names == data.class_names
    qtbot.waitUntil(lambda: other.controller.latest.data.source is got, timeout=TIMEOUT)
    assert np.array_equal(other.controller.latest.data.X_raw_train, data.X)
    # File ▸ Export data: a CSV the app's own import reads back as the same points and classes
    w.dialogs.paths = [str(tmp_path / "drawn.csv")]
    assert w.projects.export_data(), w.dialogs.errors
    back = load_csv(tmp_path / "drawn.csv")
    assert back.X.tobytes() == data.X.tobytes() and back.y.tolist() == data.y.tolist()
    assert back.class_names == data.class_names and back.feature_names == data.feature_names


def test_too_few_points_or_one_class_say_so_and_nothing_crashes(qtbot, make, tmp_path):
    w = make()
    start_drawing(qtbot, w)
    qtbot.waitUntil(lambda: "0 points" in w.messageBar.text(), timeout=TIMEOUT)
    # even an empty canvas saves, and opens as it was
    w.dialogs.paths = [str(tmp_path / "empty")]
    assert w.projects.save(), w.dialogs.errors
    blank = make()
    assert blank.projects.open_file(tmp_path / "empty.dnn"), blank.dialogs.errors
    assert blank.document.imported.m == 0 and blank.document.imported.source == "drawn"
    qtbot.waitUntil(lambda: "0 points" in blank.messageBar.text(), timeout=TIMEOUT)
    for x, y in LEFT[:5]:
        click(qtbot, w, x, y)
    qtbot.waitUntil(lambda: "only one class" in w.messageBar.text(), timeout=TIMEOUT)
    assert w.drawData.overlay.isVisible() and not w.decision_plot.train_scatter.isVisible()
    # saved as it is, it opens as it was (and says again why it does not train)
    w.dialogs.paths = [str(tmp_path / "sketch")]
    assert w.projects.save_as(), w.dialogs.errors
    other = make()
    assert other.projects.open_file(tmp_path / "sketch.dnn"), other.dialogs.errors
    assert other.document.imported.m == 5
    qtbot.waitUntil(lambda: "only one class" in other.messageBar.text(), timeout=TIMEOUT)
    # one point of the other class more, and it trains
    qtbot.mouseClick(w.drawData.classButtons[1], Qt.MouseButton.LeftButton)
    click(qtbot, w, *RIGHT[0])
    data = w.document.imported
    qtbot.waitUntil(lambda: w.controller.latest.data.source is data, timeout=TIMEOUT)
    assert w.decision_plot.train_scatter.isVisible()


def test_another_plot_tool_takes_the_mouse_and_drawing_turns_off(qtbot, make):
    from desktop_nn.ui.workbench.plot_tools import PlotTool, set_tool

    w = make()
    start_drawing(qtbot, w)
    other = PlotTool()
    set_tool(w.decision_plot.plot_widget, other)
    assert not w.drawData.button.isChecked() and not w.drawData.options.isVisible()
    assert w.decision_plot.titleLabel.isVisible() and not w.decision_plot.keep_range
    click(qtbot, w, 0.0, 0.0)
    assert w.document.imported.m == 0                     # the click was the other tool's
    set_tool(w.decision_plot.plot_widget, None)


def test_a_regression_over_two_inputs_is_not_drawn(qtbot, make):
    w = make()
    start_drawing(qtbot, w)
    w.document.update(dataset="plane")
    assert not w.drawData.button.isEnabled() and not w.drawData.active
    assert w.decision_plot.titleLabel.isVisible()
    w.document.update(dataset="moons")
    assert w.drawData.button.isEnabled()


# a function to fit, drawn on the fit plot (axes x and y): a rising line with a bump
CURVE = [(-1.8 + 0.3 * i, 0.4 * (-1.8 + 0.3 * i) + (0.8 if 4 <= i <= 6 else 0.0)) for i in range(13)]


def test_a_function_to_fit_is_drawn_point_by_point_trains_and_survives_save_open(qtbot, make, tmp_path):
    w = make(RunConfig(dataset="sine", model="network", output="linear", hidden=(8,), features=("x1",),
                       learning_rate=0.05, max_epochs=0, init="xavier", seed=1))
    qtbot.waitUntil(lambda: w.controller.latest.data.is_regression, timeout=TIMEOUT)
    assert w.drawData.button.isEnabled()
    start_drawing(qtbot, w, canvas=(-2, 2))
    assert not any(b.isVisible() for b in w.drawData.classButtons)          # numbers, not classes
    for x, y in CURVE:
        click(qtbot, w, x, y)
    data = w.document.imported
    assert data.source == "drawn" and data.is_regression and data.X.shape == (13, 1)
    assert np.all(np.abs(data.X[:, 0] - [x for x, _ in CURVE]) <= pixel(w)[0])
    assert np.all(np.abs(data.y - [y for _, y in CURVE]) <= pixel(w)[1])
    # right-click erases the nearest point; undo brings it back
    click(qtbot, w, *CURVE[5], button=Qt.MouseButton.RightButton)
    assert w.document.imported.m == 12
    w.undoAction.trigger()
    assert w.document.imported.m == 13
    data = w.document.imported
    # it trains as a regression on exactly these points
    qtbot.waitUntil(lambda: w.controller.latest.data.source is data, timeout=TIMEOUT)
    assert np.array_equal(w.controller.latest.data.X_raw_train[:, 0], data.X[:, 0])
    assert np.array_equal(w.controller.latest.data.y_train, data.y)
    w.playAction.trigger()
    qtbot.waitUntil(lambda: w.controller.latest.epoch >= 5, timeout=TIMEOUT)
    w.playAction.trigger()
    qtbot.waitUntil(lambda: not w.controller.running and not w.controller.latest.running, timeout=TIMEOUT)
    assert w.controller.latest.fit is not None and np.isfinite(w.controller.latest.train_cost)
    # and survives save/open
    w.dialogs.paths = [str(tmp_path / "curve")]
    assert w.projects.save(), w.dialogs.errors
    other = make()
    assert other.projects.open_file(tmp_path / "curve.dnn"), other.dialogs.errors
    got = other.document.imported
    assert got.source == "drawn" and got.is_regression
    assert got.X.tobytes() == data.X.tobytes() and got.y.tobytes() == data.y.tobytes()
    qtbot.waitUntil(lambda: other.controller.latest.data.source is got, timeout=TIMEOUT)
    assert other.controller.latest.data.is_regression


def test_points_drawn_while_training_runs_train_at_once(qtbot, make):
    w = make()
    start_drawing(qtbot, w)
    draw_twenty(qtbot, w)
    w.playAction.trigger()
    qtbot.waitUntil(lambda: w.controller.latest.running and w.controller.latest.epoch > 3, timeout=TIMEOUT)
    qtbot.mouseClick(w.drawData.classButtons[0], Qt.MouseButton.LeftButton)
    click(qtbot, w, -1.8, 1.8)
    data = w.document.imported
    assert data.m == 21
    # a new run on the 21 points, still training
    qtbot.waitUntil(lambda: w.controller.latest.data.source is data and w.controller.latest.running
                    and w.controller.latest.epoch > 3, timeout=TIMEOUT)
    w.playAction.trigger()
    qtbot.waitUntil(lambda: not w.controller.running and not w.controller.latest.running, timeout=TIMEOUT)


def test_every_project_s_data_exports_and_a_regression_s_targets_are_numbers():
    from desktop_nn.engine.export_data import data_csv_text
    from desktop_nn.engine.regression_datasets import REGRESSION_GENERATORS
    from desktop_nn.project import Project
    from desktop_nn.ui.projects.exports import data_of_project

    for dataset in ("iris", "moons", "sine", "plane"):
        config = RunConfig(dataset=dataset, model="network",
                           output="linear" if dataset in REGRESSION_GENERATORS else "sigmoid")
        text = data_csv_text(*data_of_project(Project(settings=dataclasses.asdict(config))))
        rows = text.splitlines()
        if dataset in REGRESSION_GENERATORS:
            X, y = REGRESSION_GENERATORS[dataset](n_samples=config.n_samples, noise=config.noise, seed=0)
            table = np.loadtxt(io.StringIO(text), delimiter=",", skiprows=1)
            assert table[:, :-1].tobytes() == X.tobytes() and table[:, -1].tobytes() == y.tobytes()
        else:
            assert rows[0].endswith(",class") and len(rows) == 1 + (100 if dataset == "iris" else config.n_samples)
