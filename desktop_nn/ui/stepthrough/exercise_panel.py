"""The step-through's exercise row: the question, the answer box, Check / Hint / Reveal, the score.

    What is the entry of Z[1] in row 3, column 1?        [ 0,57      ] [Check] [Hint] [Reveal]
    Right within 1 % of the exact value (…)  /  ✔ Right. The value is −0.0792331.   Score: 3 / 5 correct
    Hint: Z[1] = W[1] X + b[1]: row 3 of W[1] times …  /  Z[1][3, 1] = 0.572597 × 0.12573 + … = −0.0792331

The panel shows what :class:`~desktop_nn.ui.stepthrough.exercise_mode.ExerciseMode` tells it and
passes the buttons on (``checkRequested``, ``hintRequested``, ``revealRequested``; Enter in the
box checks, Esc hands the keys back to the pane). It decides nothing and marks nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop_nn.ui.kit import palette

RIGHT_COLOR = "#00735A"       # dark bluish green: white background, contrast ≥ 4.5
WRONG_COLOR = palette.ERROR
TEXT_POINT_SIZE = 15          # the question and the verdict, legible from the back row
NOTE_POINT_SIZE = 13


class AnswerEdit(QLineEdit):
    """The answer box; Esc leaves it (the pane's ← → step again)."""

    # payload: none — Esc was pressed
    leaveRequested = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leaveRequested.emit()
            return
        super().keyPressEvent(event)


class ExercisePanel(QWidget):
    """The rows above the step's formula while exercise mode is on (hidden when it is off)."""

    checkRequested = Signal()
    hintRequested = Signal()
    revealRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exercisePanel")
        self.questionLabel = self._label("exerciseQuestion", TEXT_POINT_SIZE, palette.TEXT, bold=True)
        self.answerEdit = AnswerEdit()
        self.answerEdit.setObjectName("exerciseAnswer")
        self.answerEdit.setFont(palette.font(TEXT_POINT_SIZE))
        self.answerEdit.setMinimumWidth(130)
        self.answerEdit.setMaximumWidth(180)
        self.answerEdit.setPlaceholderText(self.tr("your answer"))
        self.answerEdit.returnPressed.connect(self.checkRequested)
        self.checkButton = self._button(self.tr("Check"), "exerciseCheck", self.tr("Mark the answer (Enter)"),
                                        self.checkRequested)
        self.hintButton = self._button(self.tr("Hint"), "exerciseHint",
                                       self.tr("First the formula, then the numbers that go in"), self.hintRequested)
        self.revealButton = self._button(self.tr("Reveal"), "exerciseReveal",
                                         self.tr("Show the value and its working (counts as skipped)"),
                                         self.revealRequested)
        self.scoreLabel = self._label("exerciseScore", TEXT_POINT_SIZE, palette.TEXT, bold=True)
        self.scoreLabel.setWordWrap(False)
        self.toleranceLabel = self._label("exerciseTolerance", NOTE_POINT_SIZE, palette.MUTED_TEXT)
        self.hintLabel = self._label("exerciseHintText", NOTE_POINT_SIZE, palette.BLUE)
        self.feedbackLabel = self._label("exerciseFeedback", TEXT_POINT_SIZE, palette.TEXT)
        self.feedbackLabel.setTextFormat(Qt.TextFormat.RichText)

        row = QHBoxLayout()                  # the question, the box and its buttons
        row.setSpacing(6)
        row.addWidget(self.questionLabel, 1)
        for w in (self.answerEdit, self.checkButton, self.hintButton, self.revealButton):
            row.addWidget(w)
        status = QHBoxLayout()               # the tolerance (open) or the verdict (marked); the score
        status.setSpacing(12)
        status.addWidget(self.toleranceLabel, 1)
        status.addWidget(self.feedbackLabel, 1)
        status.addWidget(self.scoreLabel, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addLayout(status)
        layout.addWidget(self.hintLabel)     # the hints (open) or the working (marked)
        self.setStyleSheet(f"#exercisePanel {{ background: {palette.PANEL_BACKGROUND}; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def _label(self, name: str, size: int, color: str, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setFont(palette.font(size, bold=bold))
        label.setStyleSheet(f"color: {color};")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _button(self, text: str, name: str, tip: str, signal) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setToolTip(tip)
        b.setFont(palette.font(palette.LABEL_POINT_SIZE, bold=True))
        b.clicked.connect(signal)
        return b

    # --- what ExerciseMode shows ---------------------------------------------------------------------

    def show_question(self, prompt: str, tolerance: str, open_: bool) -> None:
        """A question (``open_``: not yet marked or revealed: the box and Check work)."""
        self.questionLabel.setText(prompt)
        self.toleranceLabel.setText(tolerance)
        self.toleranceLabel.setVisible(bool(tolerance))
        for w in (self.answerEdit, self.checkButton, self.revealButton):
            w.setEnabled(open_)
        self.hintButton.setEnabled(open_)         # (once marked, the working says it all)

    def show_nothing(self, text: str) -> None:
        """No question at this step."""
        self.show_question(text, "", False)
        self.hintButton.setEnabled(False)
        self.answerEdit.clear()
        self.show_hint("")
        self.show_feedback("")

    def show_hint(self, text: str) -> None:
        """The hints while the question is open; the working once it is marked or revealed."""
        self.hintLabel.setText(text)
        self.hintLabel.setVisible(bool(text))

    def show_feedback(self, html: str) -> None:
        """The verdict (or why an answer cannot be read), in place of the tolerance."""
        self.feedbackLabel.setText(html)
        self.feedbackLabel.setVisible(bool(html))
        self.toleranceLabel.setVisible(not html and bool(self.toleranceLabel.text()))

    def show_score(self, text: str) -> None:
        self.scoreLabel.setText(text)
