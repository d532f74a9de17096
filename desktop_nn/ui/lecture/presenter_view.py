"""The presenter view, for the teacher's screen (S): this scene's speaker notes, the current and
the next scene, the time since the lecture began and the clock."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTime, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop_nn.ui.lecture import theme

if TYPE_CHECKING:
    from desktop_nn.ui.lecture.presenter import LecturePresenter

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


class NotesWindow(QWidget):
    """The presenter view, for the teacher's screen: this scene's notes reflowed to the window, the
    current and the next scene, the time since the lecture began and the clock."""

    def __init__(self, presenter: "LecturePresenter", embedded: bool = False):
        """A window of its own (for a second screen), or ``embedded`` as a panel over the lecture's
        bottom-right corner when there is only one screen (a second top-level window over a
        full-screen one is not always drawn by the window manager)."""
        if embedded:
            super().__init__(presenter)
            self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
            self.setStyleSheet("NotesWindow { background: #FFF8DC; border: 3px solid #333333; }")
        else:
            super().__init__(None, Qt.WindowType.Window)
        self.embedded = embedded
        self.setObjectName("notesWindow")
        self.setWindowTitle(translate("Lecture", "desktop_nn — presenter view"))
        self.presenter = presenter
        self.started = presenter.started        # the lecture's start, not the moment S was pressed
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.elapsed = QLabel()
        self.elapsed.setObjectName("notesElapsed")
        self.clock = QLabel()
        self.clock.setObjectName("notesClock")
        self.position = QLabel()
        self.position.setObjectName("notesPosition")
        for w in (self.position, self.elapsed, self.clock):
            w.setFont(_pixel_font(20 if embedded else 26, bold=True))
            w.setStyleSheet(f"color: {theme.TEXT};")
        top.addWidget(self.position)
        top.addStretch(1)
        top.addWidget(self.clock)
        if embedded:        # a narrow panel: the time since the start on a line of its own
            lay.addLayout(top)
            top = QHBoxLayout()
            top.addWidget(self.elapsed)
            top.addStretch(1)
        else:
            top.insertWidget(2, self.elapsed)
            top.insertSpacing(3, 24)
        self.title = QLabel()
        self.title.setObjectName("notesTitle")
        self.title.setFont(_pixel_font(30, bold=True))
        self.title.setWordWrap(True)
        self.notes = QTextBrowser()          # reflows to the window and scrolls, whatever its length
        self.notes.setObjectName("notesText")
        self.notes.setFont(_pixel_font(24))
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes.setFrameShape(QFrame.Shape.NoFrame)
        self.next = QLabel()
        self.next.setObjectName("notesNext")
        self.next.setFont(_pixel_font(24))
        self.next.setWordWrap(True)
        self.next.setStyleSheet(f"color: {theme.MUTED};")
        lay.addLayout(top)
        lay.addWidget(self.title)
        lay.addWidget(self.notes, 1)
        lay.addWidget(self.next)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.update_clock)
        self._tick.start()
        self.update_clock()
        self.resize(900, 700)

    def update_clock(self) -> None:
        seconds = int(time.monotonic() - self.started)
        h, rest = divmod(seconds, 3600)
        self.elapsed.setText(translate("Lecture", "since the start {}").format(f"{h}:{rest // 60:02d}:{rest % 60:02d}"))
        self.clock.setText(translate("Lecture", "time {}").format(QTime.currentTime().toString("HH:mm")))

    def show_scene(self, title: str, notes: str, next_title: str, position: str = "") -> None:
        self.title.setText(title)
        self.position.setText(position)
        self.notes.setPlainText(reflow(notes) or translate("Lecture", "(no notes for this scene)"))
        self.next.setText(translate("Lecture", "Next: {}").format(next_title) if next_title
                          else translate("Lecture", "Last scene."))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # keys here drive the presenter too
        if not self.presenter.handle_key(event):
            super().keyPressEvent(event)


def reflow(notes: str) -> str:
    """Speaker notes as paragraphs: the scene file's line breaks inside a paragraph become spaces
    (the notes reflow to whatever width shows them) — none between two Chinese characters, which
    are written without spaces; a blank line still starts a new paragraph."""
    paragraphs = [_join_lines(p) for p in notes.strip().split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _wide(ch: str) -> bool:
    """A Chinese character or full-width punctuation (，。「」…): no space is written next to it."""
    return ord(ch) >= 0x2E80


def _join_lines(paragraph: str) -> str:
    text = ""
    for line in paragraph.split("\n"):
        line = " ".join(line.split())
        if not line:
            continue
        if text and not (_wide(text[-1]) and _wide(line[0])):
            text += " "
        text += line
    return text


def _pixel_font(px: int, bold: bool = False) -> QFont:
    """A font for the teacher's own screen (not scaled to the projector)."""
    f = QFont()
    f.setPixelSize(px)
    f.setBold(bold)
    return f
