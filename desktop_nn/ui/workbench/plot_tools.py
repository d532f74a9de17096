"""Mouse tools for a pyqtgraph plot: while a tool is active it gets the plot's mouse presses,
moves and releases in data coordinates, and the plot does not pan or zoom.

One tool at a time: :func:`set_tool` on a plot hands its mouse to a tool (sketching a predicted
boundary, drawing data points, …) and takes it back from the previous one; ``None`` gives the
mouse back to panning and zooming.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt


class PlotTool(QObject):
    """Subclass and override :meth:`press`, :meth:`move`, :meth:`release` (x, y in data units,
    the Qt.MouseButton); :meth:`activated` / :meth:`deactivated` are called as the tool comes and
    goes."""

    def press(self, x: float, y: float, button: Qt.MouseButton, modifiers) -> None: ...
    def move(self, x: float, y: float, buttons: Qt.MouseButtons, modifiers) -> None: ...
    def release(self, x: float, y: float, button: Qt.MouseButton, modifiers) -> None: ...
    def activated(self, plot: pg.PlotWidget) -> None: ...
    def deactivated(self) -> None: ...


class _Router(QObject):
    """The event filter on a plot's viewport that sends its mouse to the active tool."""

    def __init__(self, widget: pg.PlotWidget):
        super().__init__(widget)
        self.widget = widget
        self.tool: PlotTool | None = None
        widget.viewport().installEventFilter(self)

    def _point(self, event) -> QPointF:
        scene = self.widget.mapToScene(event.position().toPoint())
        return self.widget.getPlotItem().vb.mapSceneToView(scene)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        tool = self.tool
        if tool is None:
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            p = self._point(event)
            tool.press(p.x(), p.y(), event.button(), event.modifiers())
            return True
        if kind == QEvent.Type.MouseMove:
            p = self._point(event)
            tool.move(p.x(), p.y(), event.buttons(), event.modifiers())
            return True
        if kind == QEvent.Type.MouseButtonRelease:
            p = self._point(event)
            tool.release(p.x(), p.y(), event.button(), event.modifiers())
            return True
        if kind in (QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel):
            return True
        return False


def set_tool(widget: pg.PlotWidget, tool: PlotTool | None) -> None:
    """Give ``widget``'s mouse to ``tool`` (None: back to panning and zooming)."""
    router = widget.findChild(_Router) or _Router(widget)
    if router.tool is tool:
        return
    if router.tool is not None:
        router.tool.deactivated()
    router.tool = tool
    widget.viewport().setCursor(Qt.CursorShape.CrossCursor if tool else Qt.CursorShape.ArrowCursor)
    if tool is not None:
        tool.activated(widget)


def active_tool(widget: pg.PlotWidget) -> PlotTool | None:
    router = widget.findChild(_Router)
    return router.tool if router else None
