"""What floats over the lecture, hidden until the teacher asks for it: a short message (top
right), the speaker notes (N, over the scene's bottom), the presenter view as a panel when there is
one screen (S), the list of scenes (L or G) and the blank screen (B or ".").

They never reflow the title or the scene: each lies over the presenter, placed by
:meth:`PresenterOverlays._place_overlays` whenever the window changes size.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QListWidget, QListWidgetItem, QTextBrowser, QWidget

from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.presenter_view import NotesWindow
from desktop_nn.ui.lecture.scene_file import SceneProblem

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


class PresenterOverlays:
    """The overlays of :class:`~desktop_nn.ui.lecture.presenter.LecturePresenter` (a mixin: it
    works on the presenter's items, index and title)."""

    def _build_overlays(self) -> None:
        """The overlays, hidden until asked for (made after the scene stack: they lie above it)."""
        # a short message floats over the top right: it never reflows the title or the scene
        self.flash_label = theme.label("", theme.BODY, color=theme.palette.ERROR, object_name="presenterMessage",
                                       wrap=True)
        self.flash_label.setParent(self)
        self.flash_label.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.flash_label.setStyleSheet(f"color: {theme.readable(theme.palette.ERROR)}; background: #FFFFFF; "
                                       "border: 2px solid #B00020; border-radius: 8px; padding: 6px;")
        self.flash_label.hide()
        self.notes_label = QTextBrowser()      # notes for rehearsing on one screen: reflowed, scrollable
        self.notes_label.setObjectName("speakerNotes")
        self.notes_label.setFrameShape(QFrame.Shape.NoFrame)
        self.notes_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes_label.setStyleSheet(f"QTextBrowser {{ background: #FFF8DC; color: {theme.TEXT}; }}")
        self.notes_area = self.notes_label          # floats over the scene's bottom: N never grows the window
        self.notes_area.setParent(self)
        self.notes_area.hide()
        # overlays: the scene list (left) and the blank screen (everything)
        self.scene_list = QListWidget(self)
        self.scene_list.setObjectName("sceneList")
        self.scene_list.setStyleSheet("QListWidget { background: white; border: 3px solid #333; } "
                                      f"QListWidget::item:selected {{ background: {theme.POS}; color: white; }}")
        for i, it in enumerate(self.items):
            mark = "⚠ " if isinstance(it, SceneProblem) else ""
            QListWidgetItem(f"{i + 1:>2}. {mark}{self.title_of(i)}", self.scene_list)
        self.scene_list.itemActivated.connect(lambda item: self._jump_from_list())
        self.scene_list.itemClicked.connect(lambda item: self._jump_from_list())
        self.scene_list.hide()
        self.blank = QWidget(self)
        self.blank.setObjectName("blankScreen")
        self.blank.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.blank.setStyleSheet("background: black;")
        self.blank.hide()
        self.notes_window: NotesWindow | None = None
        self._flash_timer = None

    def _place_overlays(self) -> None:
        self._place_notes_panel()
        h = self.notes_area.height()
        self.notes_area.setGeometry(0, self.height() - h, self.width(), h)
        self.notes_area.raise_()
        if self.flash_label.isVisible():
            # right of the title's text when there is room there, else just under the title
            margin = theme.px(36)
            title_end = self.title_label.x() + self.title_label.fontMetrics().horizontalAdvance(self.title_label.text())
            free = self.width() - margin - title_end - margin
            beside = free >= theme.px(420)
            width = min(free, theme.px(900)) if beside else self.width() - 2 * margin
            self.flash_label.setFixedWidth(width)
            self.flash_label.adjustSize()
            top = self.title_label.y() if beside else self.title_label.geometry().bottom() + theme.px(8)
            self.flash_label.move(self.width() - width - margin, top)
            self.flash_label.raise_()

    def toggle_notes(self) -> None:
        self.notes_area.setVisible(not self.notes_area.isVisible())
        self._place_overlays()

    def toggle_notes_window(self) -> None:
        if self.notes_window is not None and self.notes_window.isVisible():
            self.notes_window.close()
            return
        screens = QGuiApplication.screens()
        mine = self.screen()
        others = [s for s in screens if s is not mine]
        if self.notes_window is not None and self.notes_window.embedded != (not others):
            self.notes_window.deleteLater()          # screens came or went: the other kind of view
            self.notes_window = None
        if self.notes_window is None:
            self.notes_window = NotesWindow(self, embedded=not others)
        self._show_notes_window_scene()
        if others:   # the other screen is the teacher's laptop: the presenter view fills it
            self.notes_window.setGeometry(others[0].availableGeometry())
            self.notes_window.show()
            self.notes_window.raise_()
        else:
            # one screen: S was asked for, so show it, as a panel over the slide's bottom-right
            # corner, and say so
            self._place_notes_panel()
            self.notes_window.show()
            self.notes_window.raise_()
            self.flash(translate("Lecture", "One screen only: the presenter view covers part of the slide (N shows notes here)."))

    def _place_notes_panel(self) -> None:
        if self.notes_window is not None and self.notes_window.embedded:
            w, h = max(420, self.width() // 3), max(320, self.height() // 2)
            self.notes_window.setGeometry(self.width() - w, self.height() - h, w, h)

    def _show_notes_window_scene(self) -> None:
        item = self.items[self.index]
        nxt = self.title_of(self.index + 1) if self.index + 1 < self.count else ""
        self.notes_window.show_scene(self.title_of(self.index), getattr(item, "notes", ""), nxt,
                                     f"{self.index + 1} / {self.count}")

    def toggle_blank(self) -> None:
        self.blank.setGeometry(self.rect())
        self.blank.setVisible(not self.blank.isVisible())
        self.blank.raise_()

    def toggle_list(self) -> None:
        if self.scene_list.isVisible():
            self.scene_list.hide()
            self.setFocus()
        else:
            self.scene_list.setCurrentRow(self.index)
            self.scene_list.show()
            self.scene_list.raise_()
            self.scene_list.setFocus()

    def _jump_from_list(self) -> None:
        row = self.scene_list.currentRow()
        self.scene_list.hide()
        self.setFocus()
        if row >= 0:
            self.go_to(row)

    def flash(self, text: str, seconds: float = 6.0) -> None:
        """A short message floating over the top right, gone after ``seconds``."""
        self.flash_label.setText(text)
        self.flash_label.setVisible(bool(text))
        self._place_overlays()
        if self._flash_timer is None:
            self._flash_timer = QTimer(self)
            self._flash_timer.setSingleShot(True)
            self._flash_timer.timeout.connect(lambda: (self.flash_label.setText(""), self.flash_label.hide()))
        self._flash_timer.start(int(seconds * 1000))
