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

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_nn.ui.kit.jobs import JobRunner
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.overlays import PresenterOverlays
from desktop_nn.ui.lecture.presenter_view import reflow
from desktop_nn.ui.lecture.registry import ViewUnavailable, title_fields, view_class, view_defaults
from desktop_nn.ui.lecture.scene import ProblemScene, Scene
from desktop_nn.ui.lecture.scene_file import SceneProblem, SceneSpec, fill_title, load_lecture
from desktop_nn.ui.lecture.widgets import PageStack

log = logging.getLogger(__name__)
translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down}
CLICKER_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_PageUp}      # a presentation clicker: always navigate
PREV_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up}
TEXT_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Home, Qt.Key.Key_End,
             Qt.Key.Key_Backspace, Qt.Key.Key_Up, Qt.Key.Key_Down}


def default_lectures_dir() -> Path:
    from desktop_nn.resources import resource_path

    return resource_path("lectures")


class LecturePresenter(PresenterOverlays, QWidget):
    """The lecture's window: the title, where the lecture stands, the scene on show (each built
    the first time it is shown), the keys and the overlays (:mod:`~desktop_nn.ui.lecture.overlays`)."""

    # index of the scene now shown, its id
    sceneChanged = Signal(int, str)

    def __init__(self, lectures_dir: Path | str | None = None, scene_id: str | None = None, parent=None,
                 screen_size: QSize | None = None):
        """``screen_size`` lays the lecture out for a screen of that size instead of the one the
        window is on (to rehearse for a projector on a laptop, and for tests)."""
        super().__init__(parent)
        self.setObjectName("lecturePresenter")
        self.setWindowTitle(translate("Lecture", "desktop_nn — lecture"))
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
                self.flash(translate("Lecture", "No scene '{}' in this lecture; starting at the first.").format(scene_id))
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
        self._build_overlays()
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
        self.notes_label.setPlainText(reflow(notes) or translate("Lecture", "(no notes for this scene)"))
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

    def toggle_full_screen(self) -> None:
        """Full screen on / off; off, the window fills the screen's free area and the lecture is
        laid out again for that size."""
        if self.isFullScreen():
            self.showMaximized()
        else:
            self.showFullScreen()

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
                self.flash(translate("Lecture", "This scene has nothing to play."))
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
                self.flash(translate("Lecture", "Press Esc again to leave the lecture."), seconds=3.0)
        elif self.current_scene() is not None and self.current_scene().handle_key(key):
            pass       # a key of the scene's own (R reveals a question's answer)
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
        self._resize_timer.stop()      # a relayout due after closing would start scenes on a stopped runner
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
