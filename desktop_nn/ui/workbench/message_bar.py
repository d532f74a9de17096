"""A message above the workbench that stays until it is dismissed.

The status bar is for what changes every frame (epoch, cost, speed) and passing remarks; what a
student must read — input refused, a choice carried out differently than asked, a run that
diverged or stalled — goes here, word-wrapped (never cut at the window's edge), until the ✕ is
clicked or a newer message replaces it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop_nn.ui.kit import palette

KINDS = {          # kind → (mark, background, border)
    "info": ("ℹ", "#e8f1fb", palette.TRAIN_CURVE),
    "warning": ("⚠", "#fff3e0", palette.ERROR),
}


class MessageBar(QFrame):
    """One message at a time; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel()
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setFont(palette.font(palette.LABEL_POINT_SIZE))
        self.closeButton = QToolButton()
        self.closeButton.setObjectName("messageClose")
        self.closeButton.setText("✕")
        self.closeButton.setToolTip(self.tr("Dismiss this message"))
        self.closeButton.setAutoRaise(True)
        self.closeButton.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.closeButton, 0, Qt.AlignmentFlag.AlignTop)
        self.kind = self._text = ""
        self.hide()

    def show_message(self, text: str, kind: str = "warning") -> None:
        mark, background, border = KINDS[kind]
        self.kind = kind
        self.setStyleSheet(f"#messageBar {{ background: {background}; border: 2px solid {border};"
                           f" border-radius: 4px; }} #messageText {{ color: {palette.TEXT}; }}")
        self._text = text
        self.label.setText(f"{mark}  {text}")
        self.show()

    def text(self) -> str:
        """The message shown, without its mark ("" when none)."""
        return self._text

    def dismiss(self) -> None:
        self.label.clear()
        self._text = self.kind = ""
        self.hide()
