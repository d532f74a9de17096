"""The presenter window: one scene at a time, full screen, driven by the keyboard or a clicker.

Keys (a presentation clicker sends PageDown/PageUp, sometimes B or "."):

    → PageDown Space   next scene          ← PageUp Backspace   previous scene
    Home / End          first / last        L or G               list of scenes (Enter jumps)
    P                   play / pause the scene's animation or training
    N                   speaker notes here  S                    presenter view (notes, next scene, clock)
    B or .              blank the screen    F                    full screen on/off
    Esc Esc             leave (Esc once closes the list / un-blanks / asks to press it again)

The presenter lays out for the screen it is on (type and plots keep their share of the screen
height) and lays out again when it is moved to another screen, e.g. dragged onto the projector.

While a number is being typed into a scene's spin box, every key edits it (".", digits, ←, →,
Space …); PageUp/PageDown (a clicker) always navigate.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.registry import ViewUnavailable, title_fields, view_class, view_defaults
from desktop_nn.ui.kit.jobs import JobRunner
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scene_file import SceneProblem, SceneSpec, fill_title, load_lecture
from desktop_nn.ui.lecture.widgets import PageStack

log = logging.getLogger(__name__)

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down}
CLICKER_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_PageUp}      # a presentation clicker: always navigate
PREV_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up}
TEXT_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Home, Qt.Key.Key_End,
             Qt.Key.Key_Backspace, Qt.Key.Key_Up, Qt.Key.Key_Down}


def default_lectures_dir() -> Path:
    from desktop_nn.resources import resource_path

    return resource_path("lectures")


class ProblemScene(Scene):
    """Stands in the lecture where a scene file could not be used: says which file and why."""

    SETTINGS = {}

    def __init__(self, message: str, runner: JobRunner, parent=None):
        self._text = message
        super().__init__({}, runner, parent)

    def build(self) -> None:
        head = theme.label("⚠ This scene could not be shown", theme.TITLE - 4, bold=True, color=theme.palette.ERROR)
        text = theme.label(self._text, theme.BODY, object_name="problemText", wrap=True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = theme.label("Fix the file (see resources/lectures/README.md) and reopen the lecture; "
                           "the other scenes are unaffected.", theme.BODY, color=theme.MUTED, wrap=True)
        self.body.addStretch(1)
        for w in (head, text, hint):
            self.body.addWidget(w)
        self.body.addStretch(2)

    def on_activate(self) -> None:
        self.mark_ready()


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
        self.setWindowTitle("desktop_nn — presenter view")
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
        self.elapsed.setText(f"since the start {h}:{rest // 60:02d}:{rest % 60:02d}")
        self.clock.setText("time " + QTime.currentTime().toString("HH:mm"))

    def show_scene(self, title: str, notes: str, next_title: str, position: str = "") -> None:
        self.title.setText(title)
        self.position.setText(position)
        self.notes.setPlainText(reflow(notes) or "(no notes for this scene)")
        self.next.setText("Next: " + next_title if next_title else "Last scene.")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # keys here drive the presenter too
        if not self.presenter.handle_key(event):
            super().keyPressEvent(event)


def reflow(notes: str) -> str:
    """Speaker notes as paragraphs: the scene file's line breaks inside a paragraph become spaces
    (the notes reflow to whatever width shows them); a blank line still starts a new paragraph."""
    paragraphs = [" ".join(p.split()) for p in notes.strip().split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _pixel_font(px: int, bold: bool = False) -> QFont:
    """A font for the teacher's own screen (not scaled to the projector)."""
    f = QFont()
    f.setPixelSize(px)
    f.setBold(bold)
    return f


class LecturePresenter(QWidget):
    # index of the scene now shown, its id
    sceneChanged = Signal(int, str)

    def __init__(self, lectures_dir: Path | str | None = None, scene_id: str | None = None, parent=None,
                 screen_size: QSize | None = None):
        """``screen_size`` lays the lecture out for a screen of that size instead of the one the
        window is on (to rehearse for a projector on a laptop, and for tests)."""
        super().__init__(parent)
        self.setObjectName("lecturePresenter")
        self.setWindowTitle("desktop_nn — lecture")
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"LecturePresenter {{ background: {theme.BACKGROUND}; }}")
        self.lectures_dir = Path(lectures_dir) if lectures_dir is not None else default_lectures_dir()
        defaults, unavailable = view_defaults()
        self.items: list[SceneSpec | SceneProblem] = load_lecture(self.lectures_dir, defaults, unavailable)
        self.problems = [it for it in self.items if isinstance(it, SceneProblem)]
        for p in self.problems:
            log.warning("lecture: %s", p.message)
        self.runner = JobRunner(self, "lectureWorker")
        self._scenes: dict[int, Scene] = {}
        self.index = -1
        self._closed = False
        self._forced_size = screen_size
        self._leave_armed_until = 0.0
        self.started = time.monotonic()          # the presenter view's "since the start" counts from here
        self.layout_size = self._screen_size()
        theme.set_screen(self.layout_size.width(), self.layout_size.height())
        self._build()
        QApplication.instance().installEventFilter(self)
        start = 0
        if scene_id:
            ids = [it.id for it in self.items]
            if scene_id in ids:
                start = ids.index(scene_id)
            else:
                self.flash(f"No scene '{scene_id}' in this lecture; starting at the first.")
        self.go_to(start)

    # --- layout -------------------------------------------------------------------------------------
    def _screen_size(self) -> QSize:
        if self._forced_size is not None:
            return QSize(self._forced_size)
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.geometry().size() if screen is not None else QSize(1920, 1080)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.outer = outer
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.section_label = theme.label("", theme.AXIS, color=theme.MUTED, object_name="sceneSection")
        self.title_label = theme.label("", theme.TITLE, bold=True, object_name="sceneTitle")
        self.title_label.setMinimumWidth(1)     # a long title wraps instead of widening the window
        self.title_label.setWordWrap(True)
        titles.addWidget(self.section_label)
        titles.addWidget(self.title_label)
        head.addLayout(titles, 1)
        # a short message floats over the top right: it never reflows the title or the scene
        self.flash_label = theme.label("", theme.BODY, color=theme.palette.ERROR, object_name="presenterMessage",
                                       wrap=True)
        self.flash_label.setParent(self)
        self.flash_label.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.flash_label.setStyleSheet(f"color: {theme.readable(theme.palette.ERROR)}; background: #FFFFFF; "
                                       "border: 2px solid #B00020; border-radius: 8px; padding: 6px;")
        self.flash_label.hide()
        self.progress_label = theme.label("", theme.BODY, bold=True, color=theme.MUTED, object_name="sceneProgress")
        head.addWidget(self.progress_label, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setStyleSheet(
            "QProgressBar { background: #E0E0E0; border: none; } "
            f"QProgressBar::chunk {{ background: {theme.POS}; }}")
        outer.addWidget(self.progress_bar)
        self.stack = PageStack()
        self.stack.setObjectName("sceneStack")
        outer.addWidget(self.stack, 1)
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
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(300)
        self._resize_timer.timeout.connect(lambda: self.relayout_for_screen(self._window_layout_size(), forced=False))
        self._style_for_screen()

    def _style_for_screen(self) -> None:
        """Sizes of the presenter's own parts for the present screen (scenes size themselves)."""
        self.outer.setContentsMargins(theme.px(36), theme.px(14), theme.px(36), theme.px(12))
        self.outer.setSpacing(theme.px(8))
        for w, size, bold in ((self.section_label, theme.AXIS, False), (self.title_label, theme.TITLE, True),
                              (self.flash_label, theme.BODY, False), (self.progress_label, theme.BODY, True),
                              (self.scene_list, theme.BODY, False), (self.notes_label, theme.NOTES, False)):
            w.setFont(theme.font(size, bold))
        self.progress_bar.setFixedHeight(theme.px(6))
        self.notes_area.setFixedHeight(round(0.26 * self.layout_size.height()))
        screen = self._screen_size()
        self.setMaximumSize(QSize(max(screen.width(), self.layout_size.width()),
                                  max(screen.height(), self.layout_size.height())))

    def relayout_for_screen(self, size: QSize | None = None, forced: bool = True) -> None:
        """Lay every scene out again for a screen of ``size`` (default: the one the window is on).

        Scenes are rebuilt at the new scale; the one on show comes back where it was (its settings
        from the scene file, its animation restarted). ``forced=False`` lays out for ``size`` once
        (the window's own size) without fixing it for later screen changes."""
        if size is not None and forced:
            self._forced_size = QSize(size)
        new = QSize(size) if size is not None and not forced else self._screen_size()
        if new == self.layout_size and self._scenes:
            return
        self.layout_size = new
        theme.set_screen(new.width(), new.height())
        current = self.current_scene()
        if current is not None:
            current.deactivate()
        for scene in self._scenes.values():
            self.stack.removeWidget(scene)
            scene.deleteLater()
        self._scenes.clear()
        self._style_for_screen()
        index, self.index = self.index, -1
        self.go_to(max(0, index))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and not getattr(self, "_screen_hooked", False):
            self._screen_hooked = True
            handle.screenChanged.connect(lambda _screen: self.relayout_for_screen())
        if self._forced_size is None and self._screen_size() != self.layout_size:
            self.relayout_for_screen()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.blank.setGeometry(self.rect())
        self.scene_list.setGeometry(20, 20, min(theme.px(1000), self.width() - 40), self.height() - 40)
        self._place_overlays()
        self._follow_window_size()

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

    def _follow_window_size(self) -> None:
        """Out of full screen (F) or in a window of its own, lay out for the window's size: a
        scene laid out for the whole screen would be cut in a smaller window."""
        if self._forced_size is not None or not self.isVisible():
            return
        if self._window_layout_size() != self.layout_size:
            self._resize_timer.start()         # once the window has settled (a drag resizes often)

    def _window_layout_size(self) -> QSize:
        """The size to lay out for: the window's, never more than its screen."""
        screen = self._screen_size()
        size = QSize(min(self.width(), screen.width()), min(self.height(), screen.height()))
        near = abs(size.width() - self.layout_size.width()) <= 4 and abs(size.height() - self.layout_size.height()) <= 4
        return self.layout_size if near else size

    # --- navigation ----------------------------------------------------------------------------------
    @property
    def count(self) -> int:
        return len(self.items)

    def scene_ids(self) -> list[str]:
        return [it.id for it in self.items]

    def title_of(self, index: int) -> str:
        """Scene ``index``'s title as shown: its ``{fields}`` filled with the scene's live values
        (or the view's defaults before the scene is built)."""
        item = self.items[index]
        if isinstance(item, SceneProblem):
            return item.title
        scene = self._scenes.get(index)
        fields = scene.title_fields if scene is not None else title_fields(item.view)
        return fill_title(item.title, fields)

    def _title_changed(self, index: int) -> None:
        if index == self.index:
            self.title_label.setText(self.title_of(index))
            if self.notes_window is not None:
                self._show_notes_window_scene()
        row = self.scene_list.item(index)
        if row is not None:
            row.setText(f"{index + 1:>2}. {self.title_of(index)}")

    def current_scene(self) -> Scene | None:
        return self._scenes.get(self.index)

    def scene_at(self, index: int) -> Scene:
        if index not in self._scenes:
            item = self.items[index]
            scene: Scene
            if isinstance(item, SceneProblem):
                scene = ProblemScene(item.message, self.runner)
            else:
                try:
                    scene = view_class(item.view)(item.settings, self.runner)
                except ViewUnavailable as exc:
                    scene = ProblemScene(f"{item.path}: {exc}", self.runner)
            scene.setObjectName(f"scene-{item.id}")
            scene.titleChanged.connect(lambda i=index: self._title_changed(i))
            self._scenes[index] = scene
            self.stack.addWidget(scene)
        return self._scenes[index]

    def go_to(self, index: int) -> None:
        index = max(0, min(self.count - 1, index))
        if index == self.index:
            return
        old = self.current_scene()
        if old is not None:
            old.deactivate()
        self.index = index
        scene = self.scene_at(index)
        self.stack.setCurrentWidget(scene)
        item = self.items[index]
        self.section_label.setText(getattr(item, "section", "") or " ")
        self.title_label.setText(self.title_of(index))
        self.progress_label.setText(f"{index + 1} / {self.count}")
        self.progress_bar.setRange(0, self.count)
        self.progress_bar.setValue(index + 1)
        notes = getattr(item, "notes", "")
        self.notes_label.setPlainText(reflow(notes) or "(no notes for this scene)")
        if self.notes_window is not None:
            self._show_notes_window_scene()
        self.scene_list.setCurrentRow(index)
        scene.activate()
        self.sceneChanged.emit(index, item.id)

    def next(self) -> None:
        self.go_to(self.index + 1)

    def previous(self) -> None:
        self.go_to(self.index - 1)

    def go_to_id(self, scene_id: str) -> None:
        self.go_to(self.scene_ids().index(scene_id))

    # --- toggles -----------------------------------------------------------------------------------
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
            self.flash("One screen only: the presenter view covers part of the slide (N shows notes here).")

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

    def toggle_full_screen(self) -> None:
        """Full screen on / off; off, the window fills the screen's free area and the lecture is
        laid out again for that size."""
        if self.isFullScreen():
            self.showMaximized()
        else:
            self.showFullScreen()

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

    # --- keys --------------------------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if self.scene_list.isVisible():
            if key in (Qt.Key.Key_Escape, Qt.Key.Key_L, Qt.Key.Key_G):
                self.toggle_list()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._jump_from_list()
                return True
            return False   # arrows move in the list
        if key in NEXT_KEYS:
            self.blank.hide()
            self.next()
        elif key in PREV_KEYS:
            self.blank.hide()
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(self.count - 1)
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.toggle_blank()
        elif key == Qt.Key.Key_F:
            self.toggle_full_screen()
        elif key == Qt.Key.Key_N:
            self.toggle_notes()
        elif key == Qt.Key.Key_P:
            scene = self.current_scene()
            if scene is None or not scene.toggle_play():
                self.flash("This scene has nothing to play.")
        elif key == Qt.Key.Key_S:
            self.toggle_notes_window()
        elif key in (Qt.Key.Key_L, Qt.Key.Key_G):
            self.toggle_list()
        elif key == Qt.Key.Key_Escape:
            if self.blank.isVisible():
                self.blank.hide()
            elif self._leave_armed_until > time.monotonic():
                self.close()
            else:     # one stray Esc (or one too many after closing the list) must not end the lecture
                self._leave_armed_until = time.monotonic() + 3.0
                self.flash("Press Esc again to leave the lecture.", seconds=3.0)
        else:
            return False
        return True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or self._closed or not isinstance(obj, QWidget):
            return False
        if obj.window() is not self:
            return False
        if isinstance(obj, (QAbstractSpinBox, QLineEdit, QTextEdit, QPlainTextEdit)) and event.key() not in CLICKER_KEYS:
            return False   # typing a number ("0.0005", "." included): every key but the clicker's edits it
        if event.key() in TEXT_KEYS and isinstance(obj, QComboBox):
            return False
        if isinstance(obj, QListWidget) and obj is self.scene_list and event.key() not in (
                Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_L, Qt.Key.Key_G):
            return False
        return self.handle_key(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    # --- closing -------------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        scene = self.current_scene()
        if scene is not None:
            scene.deactivate()
        if self.notes_window is not None:
            self.notes_window.close()
            self.notes_window.deleteLater()
            self.notes_window = None
        self.runner.shutdown()
