"""A question to the class: the question large on the projector, the live network or data it is
about, a countdown, then the reveal computed on that network (the value and its working).

Declared in a scene file like any scene (``view = "question"``; which value it hides and what it
is computed from are its settings, see :mod:`desktop_nn.exercises.lecture_questions`). Before the
reveal the scene shows what the class computes from — the example, the weights before the update,
the network's output — and a "?" where the answer will be. The countdown starts on arrival
(``autostart``); P pauses and resumes it, R (or Reveal) reveals early, and at zero it reveals by
itself. The questions that train (which learning rate diverges, zero initialisation) train when
revealed, in the lecture's worker, and draw the run. The teacher may type the class's answer: it
is marked as the exercises mark every typed answer (1 %, or exact), and the answer revealed.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QProgressBar, QVBoxLayout

from desktop_nn import i18n
from desktop_nn.exercises import lecture_questions as lq
from desktop_nn.exercises import lecture_reveals as reveals
from desktop_nn.exercises.answers import AnswerError, tolerance_text
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.layout import FlowLayout, WrapLabel, control_group, min_width_for
from desktop_nn.ui.lecture.scenes.question_views import QuestionView, ZeroInitView, view_for
from desktop_nn.ui.lecture.training import RunSnapshot, TrainLoop

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

#: the zero-initialisation run after the reveal lasts about this long (time to watch W[1])
ZERO_INIT_SECONDS = 5.0


def tr_message(message) -> str:
    return message.text(QCoreApplication.translate)


#: keys that start the class's answer in the answer box (digits 1–4 also pick options a–d)
ANSWER_START_KEYS = {getattr(Qt.Key, f"Key_{d}"): str(d) for d in range(10)} | {
    Qt.Key.Key_Minus: "-", Qt.Key.Key_Comma: ",", Qt.Key.Key_ParenLeft: "(", Qt.Key.Key_BracketLeft: "["}


class Countdown:
    """Seconds left to think, counted on ``clock`` (``time.monotonic``; a test passes its own)
    by a scene timer, so it stops while the scene is not on screen and goes on when it is again."""

    def __init__(self, scene: Scene, seconds: float, on_change: Callable[[], None], on_zero: Callable[[], None],
                 clock: Callable[[], float] = time.monotonic):
        self.total = float(seconds)
        self.remaining = float(seconds)
        self.running = False
        self.clock = clock
        self._last = 0.0
        self.on_change, self.on_zero = on_change, on_zero
        self.timer = scene.timer(100, self.tick)

    def start(self) -> None:
        if self.remaining <= 0:
            return
        self.running = True
        self._last = self.clock()
        self.timer.start()
        self.on_change()

    def pause(self) -> None:
        self.tick()
        self.running = False
        self.timer.stop()
        self.on_change()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        self.running = False
        self.timer.stop()
        self.remaining = self.total
        self.on_change()

    def stop(self) -> None:
        self.running = False
        self.timer.stop()

    def resume_clock(self) -> None:
        """Back on screen: the time away does not count."""
        self._last = self.clock()

    def tick(self) -> None:
        if not self.running:
            return
        now = self.clock()
        self.remaining = max(0.0, self.remaining - (now - self._last))
        self._last = now
        self.on_change()
        if self.remaining <= 0:
            self.stop()
            self.on_zero()

    def text(self) -> str:
        whole = int(-(-self.remaining // 1))      # 0.2 s left still shows 0:01
        return f"{whole // 60}:{whole % 60:02d}"


class QuestionScene(Scene):
    """A question with a countdown and a reveal computed on the live network."""

    SETTINGS = {"hide": "", "question": "", **{f"question_{lang}": "" for lang in i18n.LANGUAGES if lang != "en"},
                "countdown": 30, "autostart": True, "data": "", "layer_dims": [], "activations": [], "seed": 0,
                "example": 0, "eta": 0.1, "epochs": 10, "layer": 1, "options": []}

    #: the answer as the card writes it, by question
    ANSWER = {"perceptron_update": "w = {}", "adaline_cost": "J = {}", "dz_output": "dZ[{L}] = {}",
              "dw_shape": "dW[{l}]: {}"}

    def __init__(self, settings, runner, parent=None, clock: Callable[[], float] = time.monotonic):
        self.given = dict(settings)
        self._clock = clock
        super().__init__(settings, runner, parent)

    # --- building -----------------------------------------------------------------------------------
    def build(self) -> None:
        problem = lq.problem(self.given)
        self.s = None if problem else lq.resolve(self.given)
        self.result: lq.Reveal | None = None        # the key, computed on arrival (hidden until revealed)
        self.revealed = False
        self._pending: str | None = None             # the class's answer typed before the key was known
        self.question_label = WrapLabel(self._question_text(), theme.NUMBER, bold=True, object_name="questionText")
        self.body.addWidget(self.question_label)
        if problem:
            self.show_error(tr_message(problem))
            return
        main = QHBoxLayout()
        main.setSpacing(theme.px(28))
        self.body.addLayout(main, 1)
        left = QVBoxLayout()
        left.setSpacing(theme.px(6))
        main.addLayout(left, 1)
        self.givens_label = WrapLabel("", theme.BODY, object_name="givensLabel")
        left.addWidget(self.givens_label)
        self.view: QuestionView = view_for(self.s)
        left.addWidget(self.view, 1)
        self.left = left
        main.addWidget(self._answer_card(), 1)
        self.body.addLayout(self._controls())
        self.countdown = Countdown(self, self.s["countdown"], self._show_time, self.reveal, self._clock)
        self.loop = None
        if self.s["hide"] == "zero_init":
            self.loop = TrainLoop(self, "train", lambda: [reveals.zero_init_trainer(self.s)], self._zero_init_run,
                                  int(self.s["epochs"]), seconds=ZERO_INIT_SECONDS)
        self._show_time()

    def _question_text(self) -> str:
        lang = i18n.current_language()
        return (self.given.get(f"question_{lang}") or self.given.get("question", "")).strip()

    def _answer_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("answerCard")
        theme.card_style(card)
        box = QVBoxLayout(card)
        box.setContentsMargins(theme.px(20), theme.px(12), theme.px(20), theme.px(12))
        box.setSpacing(theme.px(8))
        self.time_label = theme.label("0:00", theme.TITLE, bold=True, object_name="countdownLabel")
        min_width_for(self.time_label, ["10:00"])
        self.time_bar = QProgressBar()
        self.time_bar.setTextVisible(False)
        self.time_bar.setRange(0, 1000)
        self.time_bar.setFixedHeight(theme.px(12))
        self.time_bar.setStyleSheet("QProgressBar { background: #DDDDDD; border: none; } "
                                    f"QProgressBar::chunk {{ background: {theme.POS}; }}")
        top = QHBoxLayout()
        top.addWidget(self.time_label)
        top.addWidget(self.time_bar, 1)
        box.addLayout(top)
        self.options_label = WrapLabel("", theme.BODY, object_name="optionsLabel")
        box.addWidget(self.options_label)
        self.answer_label = WrapLabel("", theme.TITLE, bold=True, color=theme.ACCENT, object_name="answerLabel")
        self.answer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.answer_label)
        self._set_answer("?")
        self.working_label = WrapLabel("", theme.BODY, object_name="workingLabel")
        box.addWidget(self.working_label)
        box.addStretch(1)
        return card

    def _set_answer(self, text: str) -> None:
        """The answer on the card: a large "?" until the reveal, then the answer at title size."""
        self.answer_label.setFont(theme.font(2 * theme.TITLE if text == "?" else theme.TITLE, bold=True))
        self.answer_label.setText(text)

    def _controls(self) -> QVBoxLayout:
        self.play = theme.button(translate("lecture/question", "▶ Start"), "playButton")
        fm = QFontMetrics(self.play.font())
        self.play.setMinimumWidth(max(fm.horizontalAdvance(t) for t in (
            translate("lecture/question", "▶ Start"), translate("lecture/question", "❚❚ Pause"))) + theme.px(40))
        self.play.clicked.connect(self.toggle_countdown)
        self.play_button = self.play                     # P starts and pauses the countdown
        self.reveal_button = theme.button(translate("lecture/question", "Reveal (R)"), "revealButton")
        self.reveal_button.clicked.connect(self.reveal)
        self.again_button = theme.button(translate("lecture/question", "↺ Ask again"), "againButton")
        self.again_button.clicked.connect(self.ask_again)
        self.answer_edit = QLineEdit()
        self.answer_edit.setObjectName("classAnswer")
        self.answer_edit.setFont(theme.font(theme.BODY, bold=True))
        self.answer_edit.setMinimumHeight(theme.px(theme.CONTROL_HEIGHT))
        self.answer_edit.setMinimumWidth(theme.px(260))
        self.answer_edit.setPlaceholderText(translate("lecture/question", "class's answer"))
        self.answer_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.answer_edit.returnPressed.connect(self.check_answer)
        self.check_button = theme.button(translate("lecture/question", "Check"), "checkButton")
        self.check_button.clicked.connect(self.check_answer)
        self.verdict_label = WrapLabel("", theme.BODY, bold=True, object_name="verdictLabel")
        flow = FlowLayout()
        flow.addWidget(control_group(self.play, self.reveal_button, self.again_button))
        flow.addWidget(control_group(self.answer_edit, self.check_button))
        outer = QVBoxLayout()
        outer.setSpacing(theme.px(6))
        outer.addLayout(flow)
        outer.addWidget(self.verdict_label)
        return outer

    # --- on screen ----------------------------------------------------------------------------------
    def on_activate(self) -> None:
        if self.s is None:
            self.mark_ready()
            return
        if not self.has_content() and not self.job_running("key"):
            given = dict(self.given)
            if self.s["hide"] in ("diverging_rate", "zero_init"):
                self.submit("key", lambda st: reveals.givens_of(given), self._givens_arrived)
            else:
                self.submit("key", lambda st: reveals.compute(given, st.check), self._key_arrived)
        self.countdown.resume_clock()
        if self.loop is not None and self.revealed:
            self.loop.resume_if_playing()
        elif self.s["hide"] == "diverging_rate" and self.revealed and self.result is None and not self.job_running("train"):
            self.revealed = False                     # left while the rates trained: train them again
            self.reveal()

    def _givens_arrived(self, givens) -> None:
        self._show_givens(givens)
        self._arrived_first()

    def _key_arrived(self, reveal: lq.Reveal) -> None:
        self.result = reveal
        self._show_givens(reveal.givens)
        self.view.show_before(reveal)
        self._arrived_first()
        if self.revealed:
            self._show_reveal(reveal)

    def _arrived_first(self) -> None:
        self.options_label.setText(self._options_html(lq.options_of(self.s), ()))
        if not self.has_content() and self.s["autostart"] and not self.revealed:
            self.countdown.start()
        self.mark_ready()

    def _show_givens(self, givens) -> None:
        self.givens_label.setText("<br>".join(tr_message(g) for g in givens))

    def _options_html(self, options, key) -> str:
        """The choices a) … as lines; those in ``key`` (after the reveal) ticked."""
        rows = []
        for letter, option in zip(lq.letters(len(options)), options):
            text = f"{letter}) {tr_message(option)}"
            if letter in key:
                text = f"<b style='color:{theme.readable(theme.GREEN)}'>✓ {text}</b>"
            rows.append(text)
        return "<br>".join(rows)

    def _show_time(self) -> None:
        c = self.countdown
        self.time_label.setText(c.text())
        self.time_bar.setValue(round(1000 * c.remaining / max(c.total, 1e-9)))
        self.play.setText(translate("lecture/question", "❚❚ Pause") if c.running else translate("lecture/question", "▶ Start"))
        self.play.setEnabled(not self.revealed and c.remaining > 0)

    # --- the teacher's controls ------------------------------------------------------------------------
    def toggle_countdown(self) -> None:
        if not self.revealed:
            self.countdown.toggle()

    def handle_key(self, key) -> bool:
        if key == Qt.Key.Key_R and self.s is not None:
            self.reveal()
            return True
        # the teacher types the class's answer without clicking the box first: the first digit (or
        # −, ',' or '(') goes into it and gives it the keyboard; what follows — '.', letters —
        # is typed there too, where B and '.' no longer black the screen
        typed = ANSWER_START_KEYS.get(key)
        if typed is not None and self.s is not None and self.answer_edit.isVisible() and self.answer_edit.isEnabled():
            self.answer_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.answer_edit.insert(typed)
            return True
        return False

    def reveal(self) -> None:
        """Show the answer now (the countdown's end, R, Reveal or Check); the questions that train
        start training here."""
        if self.s is None or self.revealed:
            return
        self.revealed = True
        self.countdown.stop()
        self._show_time()
        self._set_answer("…")
        hide = self.s["hide"]
        if hide == "diverging_rate":
            s = dict(self.s)
            self.submit("train", lambda st: reveals.rate_curves(s, st.check), self._rates_trained)
        elif hide == "zero_init":
            self.loop.reset(play=True)
        elif self.result is not None:
            self._show_reveal(self.result)

    def _rates_trained(self, curves) -> None:
        self._show_reveal(reveals.rate_reveal(self.s, curves))

    def _zero_init_run(self, snaps: list[RunSnapshot]) -> None:
        snap = snaps[0]
        view = self.view
        if isinstance(view, ZeroInitView):
            view.show_run(snap.params["W1"], snap.cost)
        if snap.done and self.revealed:
            self._show_reveal(reveals.zero_init_reveal(self.s, snap.params["W1"], bool(snap.diverged), snap.epoch, snap.cost))

    def _show_reveal(self, reveal: lq.Reveal) -> None:
        self.result = reveal
        if reveal.options:
            self.options_label.setText(self._options_html(reveal.options, reveal.answer))
        template = self.ANSWER.get(reveal.hide, "{}")
        L = len(self.s["layer_dims"]) - 1 if self.s.get("layer_dims") else 0
        self._set_answer(template.replace("{L}", str(L)).replace("{l}", str(self.s.get("layer", ""))).format(
            reveal.answer_text))
        self.working_label.setText("<br>".join(tr_message(w) for w in reveal.working))
        self.view.show_after(reveal)
        if self._pending is not None:
            text, self._pending = self._pending, None
            self._mark(text)

    def ask_again(self) -> None:
        """Hide the answer again and set the countdown back (for a second vote)."""
        if self.s is None:
            return
        if self.loop is not None:
            self.loop.pause()
        self.cancel("train")
        self.revealed = False
        self._pending = None
        if self.s["hide"] in ("diverging_rate", "zero_init"):
            self.result = None                         # trained again at the next reveal
        self._arrived_first()
        self._set_answer("?")
        self.working_label.setText("")
        self.verdict_label.setText("")
        self.answer_edit.clear()
        old = self.view
        self.view = view_for(self.s)
        self.left.replaceWidget(old, self.view)
        old.deleteLater()
        if self.result is not None:
            self.view.show_before(self.result)
        self.countdown.reset()
        self._show_time()

    def check_answer(self) -> None:
        """Mark the class's typed answer and reveal (the key of a question that trains is known
        once its training has run)."""
        text = self.answer_edit.text()
        self.answer_edit.clearFocus()                 # the keys go back to the lecture (→, B, …)
        if self.s is None:
            return
        if not text.strip():
            self.verdict_label.setText(translate("lecture/question", "Type the class's answer first."))
            return
        if self.revealed and self.result is not None:
            self._mark(text)
            return
        self._pending = text                          # marked once the key is on screen
        self.reveal()

    def _mark(self, text: str) -> None:
        reveal = self.result
        try:
            verdict = reveal.check(text)
        except AnswerError as exc:
            self.verdict_label.setText("⚠ " + tr_message(exc.message))
            self.verdict_label.setStyleSheet(f"color: {theme.readable(theme.ACCENT)};")
            return
        kind = "number" if reveal.kind == "vector" else reveal.kind
        rule = tr_message(tolerance_text(kind))
        if verdict.correct:
            self.verdict_label.setText(translate("lecture/question", "✓ “{}” is right. {}").format(text.strip(), rule))
            self.verdict_label.setStyleSheet(f"color: {theme.readable(theme.GREEN)};")
        else:
            self.verdict_label.setText(translate("lecture/question", "✗ “{}” is not it: the answer is {}. {}").format(
                text.strip(), reveal.answer_text, rule))
            self.verdict_label.setStyleSheet(f"color: {theme.readable(theme.ACCENT)};")
