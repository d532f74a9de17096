"""A plot tool gets the mouse in data coordinates, and only one tool has it at a time."""

import pyqtgraph as pg
from PySide6.QtCore import QPoint, Qt

from desktop_nn.ui.workbench.plot_tools import PlotTool, active_tool, set_tool


class Recorder(PlotTool):
    def __init__(self):
        super().__init__()
        self.events, self.on = [], False

    def press(self, x, y, button, modifiers):
        self.events.append(("press", x, y, button))

    def release(self, x, y, button, modifiers):
        self.events.append(("release", x, y, button))

    def activated(self, plot):
        self.on = True

    def deactivated(self):
        self.on = False


def test_a_tool_gets_clicks_in_data_units_and_the_view_does_not_move(qtbot):
    w = pg.PlotWidget()
    qtbot.addWidget(w)
    w.resize(400, 400)
    w.show()
    qtbot.waitExposed(w)
    vb = w.getPlotItem().vb
    vb.setRange(xRange=(0, 10), yRange=(0, 10), padding=0)
    qtbot.wait(20)
    first, second = Recorder(), Recorder()
    set_tool(w, first)
    target = vb.mapViewToScene(pg.Point(2.5, 7.5))
    pos = w.mapFromScene(target)
    qtbot.mouseClick(w.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos.x(), pos.y()))
    (kind, x, y, button), _ = first.events
    assert kind == "press" and button == Qt.MouseButton.LeftButton
    assert abs(x - 2.5) < 0.1 and abs(y - 7.5) < 0.1
    assert vb.viewRange()[0] == [0, 10]
    set_tool(w, second)
    assert (first.on, second.on, active_tool(w)) == (False, True, second)
    set_tool(w, None)
    qtbot.mouseClick(w.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos.x(), pos.y()))
    assert second.events == [] and active_tool(w) is None
