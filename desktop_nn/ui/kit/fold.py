"""Panes that give way on a short screen: groups that stand one under the other or fold into
tabs, and a widget that scrolls inside whatever room it is given.

    groups = FoldingGroups([data_box, inputs_box, train_box], object_name="settingsTabs")
    layout.addWidget(groups)
    groups.set_folded(groups.stacked_height() > room)     # tabs rather than a scroll bar
    groups.reveal(some_field)                               # bring its tab to the front

A folded group's title becomes its tab's text; unfolded, it is the group's title again.

    area = scrolling(page, "stepPageScroll")                # a page that scrolls in a short pane
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGroupBox, QScrollArea, QTabWidget, QVBoxLayout, QWidget


def scrolling(widget: QWidget, object_name: str = "") -> QScrollArea:
    """``widget`` in a frameless scroll area: as small as its container makes it, scrolled inside."""
    area = QScrollArea()
    area.setObjectName(object_name or f"{widget.objectName() or 'pane'}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class FoldingGroups(QWidget):
    def __init__(self, boxes: list[QGroupBox], object_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._boxes = tuple(boxes)
        self.tabs = QTabWidget()
        self.tabs.setObjectName(object_name)
        self.tabs.setDocumentMode(True)
        self.tabs.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in self._boxes:
            layout.addWidget(box)
        layout.addWidget(self.tabs)

    @property
    def folded(self) -> bool:
        return self.tabs.isVisibleTo(self)

    def stacked_height(self) -> int:
        """The height the groups need one under the other."""
        return (sum(box.sizeHint().height() for box in self._boxes)
                + (len(self._boxes) - 1) * self.layout().spacing())

    def set_folded(self, folded: bool) -> None:
        if folded == self.folded:
            return
        layout = self.layout()
        if folded:
            for box in self._boxes:
                layout.removeWidget(box)
                self.tabs.addTab(box, box.title())
                box.setTitle("")
            self.tabs.show()
        else:
            titles = [self.tabs.tabText(i) for i in range(self.tabs.count())]
            self.tabs.clear()
            for n, (box, title) in enumerate(zip(self._boxes, titles)):
                box.setTitle(title)
                box.setParent(self)
                layout.insertWidget(n, box)
                box.show()
            self.tabs.hide()

    def reveal(self, widget: QWidget) -> None:
        """Bring the tab holding ``widget`` to the front (unfolded, every group shows anyway)."""
        if self.folded:
            for n, box in enumerate(self._boxes):
                if box.isAncestorOf(widget):
                    self.tabs.setCurrentIndex(n)
