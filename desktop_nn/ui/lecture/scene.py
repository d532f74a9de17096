"""The base class of every lecture scene.

A scene is an ordinary widget that shows one idea of the chapter live. The presenter creates it
the first time it is shown (with the settings of its scene file), calls :meth:`Scene.activate`
when it comes on screen and :meth:`Scene.deactivate` when the teacher moves on; a deactivated
scene stops its timers and cancels its jobs, so moving between scenes never waits.

Subclasses declare ``SETTINGS`` (name → default; the default's type is the type a scene file must
give) and implement :meth:`build`. Work heavier than drawing goes to the worker with
:meth:`submit`; when the first live content is on screen the scene calls :meth:`mark_ready`
(tests wait on ``contentReady``).

:class:`ProblemScene` stands where a scene file could not be used.
"""

from __future__ import annotations

from typing import Any, Callable, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QVBoxLayout, QWidget

from desktop_nn.ui.kit.jobs import JobRunner, JobState
from desktop_nn.ui.lecture import theme

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


class Scene(QWidget):
    # emitted once, when the scene's live content is first drawn
    contentReady = Signal()
    # emitted when a value the scene's title shows (``{L}`` in "… with L = {L} layers") changes
    titleChanged = Signal()

    SETTINGS: ClassVar[dict[str, Any]] = {}
    #: values a scene file's title may name in braces, with their defaults; the scene keeps them
    #: true with :meth:`set_title_fields` (e.g. ``L`` after "+ layer"), and the title follows
    TITLE_FIELDS: ClassVar[dict[str, Any]] = {}

    def __init__(self, settings: dict[str, Any], runner: JobRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings: dict[str, Any] = {**self.SETTINGS, **settings}
        self.title_fields: dict[str, Any] = self.default_title_fields()
        self.runner = runner
        self._jobs: dict[str, JobState] = {}
        self._timers: list[QTimer] = []
        self._resume: list[QTimer] = []
        self._ready = False
        self._active = False
        #: the button that P (the presenter's play/pause key) clicks; scenes that animate set it
        self.play_button: QAbstractButton | None = None
        self.message = theme.label("", theme.BODY, color=theme.palette.ERROR, object_name="sceneMessage", wrap=True)
        self.message.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(theme.px(10))
        self.body = QVBoxLayout()
        self.body.setSpacing(theme.px(14))
        outer.addLayout(self.body, 1)
        outer.addWidget(self.message)
        self.build()

    @classmethod
    def default_title_fields(cls) -> dict[str, Any]:
        """The title fields before the scene has computed them, in the interface's language (a
        scene whose fields are words — "diverges" — translates them here)."""
        return dict(cls.TITLE_FIELDS)

    # --- for subclasses --------------------------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def on_activate(self) -> None:
        """Start what the scene shows (first job, animation)."""

    def on_deactivate(self) -> None:
        """Extra clean-up; timers and jobs are already stopped."""

    def submit(self, key: str, fn: Callable[[JobState], Any], on_result: Callable[[Any], None],
               on_progress: Callable[[Any], None] | None = None) -> JobState:
        """Run ``fn`` in the worker; a previous job with the same key is cancelled first."""
        self.cancel(key)
        state = self.runner.submit(fn, on_result=on_result, on_progress=on_progress, on_error=self.show_error)
        self._jobs[key] = state
        return state

    def cancel(self, key: str) -> None:
        self.runner.cancel(self._jobs.pop(key, None))

    def job_running(self, key: str) -> bool:
        state = self._jobs.get(key)
        return state is not None and not state.cancelled and self.runner.busy()

    def timer(self, interval_ms: int, callback: Callable[[], None], single_shot: bool = False) -> QTimer:
        """A GUI-thread timer stopped automatically when the scene is left."""
        t = QTimer(self)
        t.setInterval(interval_ms)
        t.setSingleShot(single_shot)
        t.timeout.connect(callback)
        self._timers.append(t)
        return t

    def set_title_fields(self, **fields: Any) -> None:
        """New values for the title's ``{name}`` fields: the title on screen follows."""
        if any(self.title_fields.get(k) != v for k, v in fields.items()):
            self.title_fields.update(fields)
            self.titleChanged.emit()

    def mark_ready(self) -> None:
        if not self._ready:
            self._ready = True
            self.contentReady.emit()

    def show_error(self, text: str) -> None:
        first_line = text.strip().splitlines()[0] if text.strip() else text
        self.message.setText("⚠ " + first_line)
        self.message.setToolTip(text)
        self.message.show()

    def clear_error(self) -> None:
        self.message.hide()

    # --- for the presenter -------------------------------------------------------------------------
    @property
    def is_active(self) -> bool:
        return self._active

    def has_content(self) -> bool:
        return self._ready

    def activate(self) -> None:
        """Come on screen: start (or resume) what the scene shows; an animation that was running
        when the teacher left goes on where it stopped."""
        self._active = True
        self.on_activate()
        for t in self._resume:
            t.start()
        self._resume = []

    def handle_key(self, key: Qt.Key) -> bool:
        """A key the presenter does not use (R in a question scene: reveal); True if handled."""
        return False

    def toggle_play(self) -> bool:
        """Play or pause the scene's animation (the presenter's P key); False if it has none."""
        if self.play_button is None or not self.play_button.isEnabled():
            return False
        self.play_button.click()
        return True

    def deactivate(self) -> None:
        self._active = False
        self._resume = [t for t in self._timers if t.isActive() and not t.isSingleShot()]
        for t in self._timers:
            t.stop()
        for key in list(self._jobs):
            self.cancel(key)
        self.on_deactivate()


class ProblemScene(Scene):
    """Stands in the lecture where a scene file could not be used: says which file and why."""

    SETTINGS = {}

    def __init__(self, message: str, runner: JobRunner, parent=None):
        self._text = message
        super().__init__({}, runner, parent)

    def build(self) -> None:
        head = theme.label(translate("Lecture", "⚠ This scene could not be shown"), theme.TITLE - 4, bold=True,
                           color=theme.palette.ERROR)
        text = theme.label(self._text, theme.BODY, object_name="problemText", wrap=True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = theme.label(translate("Lecture", "Fix the file (see resources/lectures/README.md) and reopen the "
                                     "lecture; the other scenes are unaffected."), theme.BODY, color=theme.MUTED, wrap=True)
        self.body.addStretch(1)
        for w in (head, text, hint):
            self.body.addWidget(w)
        self.body.addStretch(2)

    def on_activate(self) -> None:
        self.mark_ready()
