"""Exercise mode of the step-through: predict the step's result, then see it.

While the mode is on (the pane's "✎ Exercises" button, Ctrl+E), each step of a network's trace
asks one question (``exercises.from_trace.default_question``): an entry of Z, A, dZ, dW or the
new W and b is hidden as a yellow "?" cell in the result's grid; db asks the sign of an entry
(also a "?" cell); dA[l−1] asks the result's shape (the grid shrinks to one "?" cell, its shape
and the dimension lines end in "(?, ?)"); the cost step asks nothing. The cell is chosen by a
seeded generator among the cells the grid shows.

The student types into the answer box (',' or '.' decimals, fractions, shapes like 4x3, signs)
and presses Enter or Check: the answer is marked right or wrong in colour *and* words, against
the tolerance stated under the box, and then — right or wrong — the value, its working and the
operand cells (outlined in the grids) are shown. Hint shows the formula, then the numbers (and
outlines the operands); Reveal shows the value without marking. An answer that cannot be read is
answered with its sentence and marks nothing.

The score is the session's (since the mode was turned on): first answers marked right out of
those marked, and how many were skipped — left unanswered (moving on is allowed) or revealed
without an answer. A skipped question can still be answered when its step is shown again.

Turned off, the pane is exactly as before: the page has no decorator and the panel is hidden.
"""

from __future__ import annotations

import html
import weakref
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QScrollArea, QToolButton

from desktop_nn.engine.trace_records import display_name
from desktop_nn.exercises.answers import AnswerError
from desktop_nn.exercises.from_trace import Context, default_question, num
from desktop_nn.exercises.questions import Question
from desktop_nn.ui.kit import palette
from desktop_nn.ui.stepthrough.exercise_panel import RIGHT_COLOR, WRONG_COLOR, ExercisePanel
from desktop_nn.ui.stepthrough.matrix_view import visible_indices

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

SHORTCUT = "Ctrl+E"
OPEN, RIGHT, WRONG, REVEALED, SKIPPED = "open", "right", "wrong", "revealed", "skipped"
HIDDEN = (OPEN, SKIPPED)                      # the answer is still a "?"
ROWS_SHOWN = 4                                # a grid of more than 8 rows shows its first 4 …
COLUMNS_SHOWN = 1                             # … of more than 3 columns, at least its first one
DOCK_SHARE = 0.55                             # of the main window's height, for the dock with the panel


@dataclass
class Asked:
    """One question of the session and how it went."""

    question: Question
    status: str = OPEN
    given: str = ""
    hints: int = 0


def visible_limit(shape) -> tuple[int, int]:
    """The first rows and columns a result grid shows at every width the page may choose."""
    rows, cols = (tuple(shape) + (1, 1))[:2]
    return (rows if len(visible_indices(rows, 8)) == rows else ROWS_SHOWN,
            cols if cols <= 3 else COLUMNS_SHOWN)


class ExerciseMode(QObject):
    """The mode's state and rules; ``pane.exercises``. ``toggle`` is its button, ``panel`` its rows."""

    # payload: correct, marked, skipped — the session's score
    scoreChanged = Signal(int, int, int)

    def __init__(self, pane):
        super().__init__(pane)
        self._pane = weakref.ref(pane)        # no reference cycle through Qt objects
        self.seed = 0                          # the cells chosen: the same for a seed
        self.toggle = QToolButton()                   # (narrower than a push button: "✎" on a 1024 screen)
        self.toggle.setText(self.tr("✎ Exercises"))
        self.toggle.setObjectName("exerciseModeButton")
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.tr("Exercise mode: answer before the step shows its result ({})").format(
            QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)))
        self.toggle.setFont(palette.font(palette.TITLE_POINT_SIZE, bold=True))
        self.toggle.setMinimumHeight(40)
        self.toggle.toggled.connect(self.set_on)
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), pane)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.activated.connect(self.toggle.toggle)
        self.panel = ExercisePanel()
        self.panel.hide()
        self.panel.checkRequested.connect(self.check)
        self.panel.hintRequested.connect(self.hint)
        self.panel.revealRequested.connect(self.reveal)
        self.panel.answerEdit.leaveRequested.connect(self._give_keys_back)
        self._on = False
        self._generation = 0
        self._asked: dict[int, Asked | None] = {}      # this trace's questions by step index
        self._history: list[Asked] = []                # the session's questions
        self._index: int | None = None                 # the step shown
        self._in_panel: Asked | None = None            # the question the panel shows

    # --- on / off ------------------------------------------------------------------------------------

    def is_on(self) -> bool:
        return self._on

    def set_on(self, on: bool) -> None:
        """Turn the mode on (a new session: score 0 / 0) or off (the pane as without it)."""
        if on == self._on:
            return
        self._on = on
        if self.toggle.isChecked() != on:
            self.toggle.setChecked(on)
        pane = self._pane()
        if on:
            self._asked, self._history, self._index = {}, [], None
            self._generation += 1
            me = weakref.ref(self)
            pane.page.decorate = lambda step: me() is not None and me().decorate(step)
        else:
            pane.page.decorate = None
        self.panel.setVisible(on)
        if on:
            _grow_dock(pane)
        self.panel.show_nothing(self.tr("No question at this step: read it, then go on."))
        self._show_score()
        step = pane.current_step()
        if step is not None and pane.page._shown is not None:
            pane.page.show_step(*pane.page._shown)        # again, with or without the "?"

    def new_trace(self) -> None:
        """The pane traces again (another batch, the next iteration): new questions; the open
        ones of the last trace count as skipped."""
        for asked in self._asked.values():
            if asked is not None and asked.status == OPEN:
                asked.status = SKIPPED
        self._asked, self._index = {}, None
        self._generation += 1
        self._show_score()

    # --- the question of a step ----------------------------------------------------------------------

    def current(self) -> Asked | None:
        """The question of the step shown (None: none there)."""
        return self._asked.get(self._index) if self._index is not None else None

    def _context(self) -> Context | None:
        source = self._pane()._source
        if source is None or source.kind is not None or source.network is None:
            return None                                # a single neuron's steps ask nothing (yet)
        return Context(tuple(source.network.activations), source.learning_rate)

    def _question_for(self, step) -> Asked | None:
        if step.index in self._asked:
            return self._asked[step.index]
        ctx = self._context()
        question = None
        if ctx is not None and step.index >= 0 and step.result[1] is not None:
            rng = np.random.default_rng([self.seed, self._generation, step.index])
            question = default_question(ctx, step, rng=rng, limit=visible_limit(np.shape(step.result[1])))
        asked = Asked(question) if question is not None else None
        self._asked[step.index] = asked
        if asked is not None:
            self._history.append(asked)
        return asked

    def decorate(self, step) -> None:
        """The page has drawn ``step``: hide what is asked, outline what the answer is made of."""
        previous = self.current()
        if self._index != step.index and previous is not None and previous.status == OPEN:
            previous.status = SKIPPED                  # moved on without answering
        if step.index < 0:                             # the preview before the trace
            self._index = None
            self.panel.show_nothing(self.tr("Computing the forward pass…"))
            return
        self._index = step.index
        asked = self._question_for(step)
        if asked is not None and asked.status == SKIPPED:
            asked.status = OPEN                        # back at a skipped question: answer it now
        self._apply(step, asked)
        self._show_panel(asked, focus=True)
        self._show_score()
        if asked is not None:
            self._scroll_soon()

    def _scroll_soon(self) -> None:
        me = weakref.ref(self)                         # once the new grids and texts are laid out
        QTimer.singleShot(0, lambda: me() is not None and me().scroll_to_result())

    def scroll_to_result(self) -> None:
        """Bring the asked cell (or the result's grid) and the question under it into view on a
        short pane (a 768-pixel screen's dock scrolls; the formula is in the timeline, and a Hint
        away). Each scroll area it sits in moves as little as it must."""
        pane = self._pane()
        result = pane.page.resultView
        asked = self.current()
        if result is None or not self._on or asked is None:
            return
        for _ in range(3):                             # the layouts of the nested scroll areas, settled
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        cell = asked.question.meta["cell"]
        target = (result.cell_rect(*cell) if cell is not None else None) or result.grid_rect()
        area = result.parentWidget()
        while area is not None:                    # every scroll area it sits in, innermost first
            if isinstance(area, QScrollArea):
                # the whole grid with its name when it fits, else the asked cell
                part = result.rect() if result.height() <= area.viewport().height() else target
                rect = QRect(result.mapTo(area.widget(), part.topLeft()), part.size())
                if area.isAncestorOf(self.panel):      # (a dock's): up or down only, the question too
                    _show_vertically(area, rect)
                    panel_top = self.panel.mapTo(area.widget(), QPoint(0, 0))
                    _show_vertically(area, QRect(panel_top, self.panel.size()))
                else:
                    c = rect.center()
                    area.ensureVisible(c.x(), c.y(), rect.width() // 2 + 8, rect.height() // 2 + 8)
            area = area.parentWidget()

    def _apply(self, step, asked: Asked | None) -> None:
        page = self._pane().page
        result = page.resultView
        for view in page.views + ([result] if result is not None else []):
            view.set_masked(())
            view.set_marked(())
        if asked is None or result is None:
            return
        q = asked.question
        hidden = asked.status in HIDDEN
        eq = step.equation
        if q.meta["hide"] == "shape":
            result.set_shape_hidden(hidden)
            page.shapeLabel.setText(_masked_tail(eq.text(translate), display_name(eq.result, translate))
                                    if hidden else eq.text(translate))
            page.symbolicLabel.setText(_masked_tail(eq.symbolic(translate), "")
                                       if hidden else eq.symbolic(translate))
        else:
            cell = q.meta["cell"]
            result.set_masked([cell] if hidden else [])
            if not hidden:
                result.set_marked([cell])
        if not hidden or asked.hints >= 2:
            for op in q.operands:
                for view in page.views:
                    if view.name() == op.name:
                        view.set_marked(op.cells)

    def _refresh(self) -> None:
        pane = self._pane()
        step = pane.current_step()
        asked = self.current()
        if step is not None and step.index == self._index:
            self._apply(step, asked)
        self._show_panel(asked)
        self._show_score()
        self._scroll_soon()                            # the working under the verdict, in view

    # --- the student's actions --------------------------------------------------------------------------

    def check(self) -> None:
        """Mark the typed answer (Enter or Check)."""
        asked = self.current()
        if asked is None or asked.status not in HIDDEN:
            return
        text = self.panel.answerEdit.text()
        try:
            verdict = asked.question.check(text)
        except AnswerError as error:               # unreadable: say why, mark nothing
            self.panel.show_feedback(f"⚠ {html.escape(error.message.text(translate))}")
            return
        asked.given = text
        asked.status = RIGHT if verdict.correct else WRONG
        self._refresh()
        self._give_keys_back()

    def hint(self) -> None:
        """First the formula, then the numbers that go in (their cells outlined)."""
        asked = self.current()
        if asked is None:
            return
        asked.hints = min(asked.hints + 1, 2)
        self._refresh()

    def reveal(self) -> None:
        """The value and its working, without marking (counts as skipped)."""
        asked = self.current()
        if asked is None or asked.status not in HIDDEN:
            return
        asked.status = REVEALED
        self._refresh()
        self._give_keys_back()

    def _give_keys_back(self) -> None:
        self._pane().setFocus(Qt.FocusReason.OtherFocusReason)

    # --- what the panel shows ------------------------------------------------------------------------------

    def score(self) -> tuple[int, int, int]:
        """(right, marked, skipped) of the session."""
        right = sum(a.status == RIGHT for a in self._history)
        wrong = sum(a.status == WRONG for a in self._history)
        skipped = sum(a.status in (SKIPPED, REVEALED) for a in self._history)
        return right, right + wrong, skipped

    def _show_score(self) -> None:
        right, marked, skipped = self.score()
        text = self.tr("Score: {} / {} correct").format(right, marked)
        if skipped:
            text += self.tr(" · {} skipped").format(skipped)
        self.panel.show_score(text)
        self.scoreChanged.emit(right, marked, skipped)

    def _show_panel(self, asked: Asked | None, focus: bool = False) -> None:
        panel = self.panel
        if asked is None:
            self._in_panel = None
            panel.show_nothing(self.tr("No question at this step: read it, then go on."))
            return
        q = asked.question
        open_ = asked.status in HIDDEN
        panel.show_question(q.prompt.text(translate), q.tolerance.text(translate), open_)
        hints = []
        if asked.hints >= 1:
            hints.append(self.tr("Hint: {}").format(q.formula.text(translate)))
        if asked.hints >= 2:
            hints.append(q.meta["operands_hint"].text(translate))
        panel.show_hint("\n".join(hints))
        fresh, self._in_panel = self._in_panel is not asked, asked
        if open_:
            if fresh:                                  # (a new layout of the same step keeps the typing)
                panel.answerEdit.setText(asked.given)
            panel.show_feedback("")
            pane, held = self._pane(), QApplication.focusWidget()
            if focus and held is not None and (held is pane or pane.isAncestorOf(held)):
                panel.answerEdit.setFocus(Qt.FocusReason.OtherFocusReason)   # type at once
            return
        panel.answerEdit.setText(asked.given)
        value = html.escape(answer_text(q))
        panel.show_hint(q.working.text(translate) if q.working is not None else "")
        if asked.status == RIGHT:
            word = self.tr("Right.")
            verdict = (f"<b style='color:{RIGHT_COLOR}'>✔ {html.escape(word)}</b> "
                       + html.escape(self.tr("The value is {}.").format(answer_text(q))))
        elif asked.status == WRONG:
            word = self.tr("Not right.")
            said = self.tr("You typed {}; the right value is {}.").format(asked.given.strip(), answer_text(q))
            verdict = f"<b style='color:{WRONG_COLOR}'>✘ {html.escape(word)}</b> {html.escape(said)}"
        else:
            word = self.tr("Revealed:")
            verdict = f"<b>{html.escape(word)}</b> {value}"
        panel.show_feedback(verdict)


def answer_text(q: Question) -> str:
    """The key as a student would write it: 0.57311, (3, 4), + / − / 0."""
    if q.kind == "number":
        return num(float(q.answer))
    if q.kind == "shape":
        return "(" + ", ".join(str(d) for d in q.answer) + ")"
    if q.kind == "sign":
        return {1: "+", -1: "−", 0: "0"}[int(q.answer)]
    return str(q.answer)


def _show_vertically(area: QScrollArea, rect: QRect) -> None:
    """Scroll ``area`` up or down (not sideways) as little as brings ``rect`` (in the coordinates
    of the area's widget) into view."""
    bar, height = area.verticalScrollBar(), area.viewport().height()
    if rect.bottom() > bar.value() + height:
        bar.setValue(rect.bottom() - height + 1)
    if rect.top() < bar.value():
        bar.setValue(rect.top())


def _grow_dock(pane) -> None:
    """In a main window's dock, the panel takes its rows from the panes above, not from the step:
    the dock grows to DOCK_SHARE of the window's height (never shrinks)."""
    dock, window = pane.parentWidget(), pane.window()
    while dock is not None and not isinstance(dock, QDockWidget):
        dock = dock.parentWidget()
    if dock is None or not isinstance(window, QMainWindow) or dock.isFloating():
        return
    want = round(window.height() * DOCK_SHARE)
    if dock.height() < want:
        window.resizeDocks([dock], [want], Qt.Orientation.Vertical)


def _masked_tail(text: str, name: str) -> str:
    """A dimension line with its result's shape as "(?, ?)": "… → Z[1] (?, ?)"."""
    head = text.rsplit(" → ", 1)[0]
    return f"{head} → {name} (?, ?)" if name else f"{head} → (?, ?)"
