"""One question of an exercise set on screen, and the numbers it is computed from.

A :class:`QuestionCard` shows the prompt and the rule it is marked by, takes the typed answer
(Enter or Check), gives hints on request (first the formula, then the values that go in), and
after a readable answer marks it — in colour *and* in words — and reveals the key with its
working. An answer that cannot be read (``abc``) is explained under the box and marks nothing.
A question is answered once: the reveal shows the key, so the box is then read-only until Reset.

A :class:`GivenView` shows a group's sentence and its matrices (W[l] beside b[l]), monospace.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop_nn.exercises.answers import AnswerError
from desktop_nn.exercises.questions import Question
from desktop_nn.exercises.wording import answer_text, num, vec
from desktop_nn.exercises.worksheet import matrix_text
from desktop_nn.ui.kit import palette
from desktop_nn.ui.kit.flow_layout import FlowLayout

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

RIGHT_COLOR = palette.BLUISH_GREEN
WRONG_COLOR = palette.VERMILLION


def mono_font(point_size: int = palette.LABEL_POINT_SIZE) -> QFont:
    f = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    f.setPointSize(point_size)
    return f


def _label(text: str = "", name: str = "", size: int = palette.LABEL_POINT_SIZE, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setFont(palette.font(size, bold))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def operand_text(op) -> str:
    """W[1] = [0.2, 0.47] — an operand's values (one number without brackets)."""
    if not op.values:
        return op.name
    values = num(op.values[0]) if len(op.values) == 1 else vec(op.values)
    return f"{op.name} = {values}"


class QuestionCard(QFrame):
    """The question numbered ``number``; emits ``answered(correct)`` once per readable answer."""

    answered = Signal(bool)

    def __init__(self, number: int, question: Question, parent: QWidget | None = None):
        super().__init__(parent)
        self.number, self.question = number, question
        self.setObjectName(f"questionCard{number}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdict: bool | None = None
        self.hints_shown = 0
        tr = self._translate

        self.promptLabel = _label(f"<b>{number}.</b> {html.escape(question.prompt.text(tr))}", "promptLabel",
                                  palette.TITLE_POINT_SIZE)
        self.promptLabel.setTextFormat(Qt.TextFormat.RichText)
        self.answerEdit = QLineEdit()
        self.answerEdit.setObjectName("answerEdit")
        self.answerEdit.setFont(palette.font(palette.TITLE_POINT_SIZE, bold=True))
        self.answerEdit.setPlaceholderText(self._placeholder())
        self.answerEdit.setMinimumWidth(220)
        self.answerEdit.setMaximumWidth(360)
        self.answerEdit.returnPressed.connect(self.check)
        self.answerEdit.setAccessibleName(translate("ExerciseSet", "Answer to question {}").format(number))
        self.checkButton = QPushButton(translate("ExerciseSet", "Check"))
        self.checkButton.setObjectName("checkButton")
        self.checkButton.clicked.connect(self.check)
        self.hintButton = QPushButton(translate("ExerciseSet", "Hint"))
        self.hintButton.setObjectName("hintButton")
        self.hintButton.clicked.connect(self.hint)
        for button in (self.checkButton, self.hintButton):
            button.setFont(palette.font(palette.LABEL_POINT_SIZE, bold=True))
        self.toleranceLabel = _label(question.tolerance.text(tr), "toleranceLabel", palette.BASE_POINT_SIZE)
        self.toleranceLabel.setStyleSheet(f"color: {palette.MUTED_TEXT};")
        self.errorLabel = _label("", "errorLabel")
        self.errorLabel.setStyleSheet(f"color: {palette.ERROR};")
        self.verdictLabel = _label("", "verdictLabel", palette.TITLE_POINT_SIZE, bold=True)
        self.hintLabel = _label("", "hintLabel")
        self.workingLabel = _label("", "workingLabel")
        self.workingLabel.setFont(mono_font(palette.NUMBER_POINT_SIZE - 4))

        row = QHBoxLayout()
        row.addWidget(self.answerEdit, 2)
        row.addWidget(self.checkButton)
        row.addWidget(self.hintButton)
        row.addWidget(self.toleranceLabel, 3)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(4)
        column.addWidget(self.promptLabel)
        column.addLayout(row)
        for label in (self.errorLabel, self.verdictLabel, self.hintLabel, self.workingLabel):
            column.addWidget(label)
        self.reset()

    @staticmethod
    def _translate(context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    def _placeholder(self) -> str:
        return {"number": translate("ExerciseSet", "a number, e.g. 0,25 or 1/4"),
                "shape": translate("ExerciseSet", "rows × columns, e.g. (4, 3)"),
                "sign": translate("ExerciseSet", "+, − or 0")}.get(self.question.kind,
                                                                   translate("ExerciseSet", "a letter"))

    # --- what the student does -----------------------------------------------------------------

    def check(self) -> bool | None:
        """Mark the typed answer: True / False, or None when it cannot be read (nothing marked)."""
        if self.verdict is not None:
            return self.verdict
        try:
            verdict = self.question.check(self.answerEdit.text())
        except AnswerError as error:
            self.errorLabel.setText("⚠ " + error.message.text(self._translate))
            self.errorLabel.show()
            return None
        self.errorLabel.hide()
        self.verdict = verdict.correct
        self.answerEdit.setReadOnly(True)
        self.checkButton.setEnabled(False)
        key = answer_text(self.question.answer, self.question.kind)
        if verdict.correct:
            text, color = translate("ExerciseSet", "✔ Right: {}").format(key), RIGHT_COLOR
        else:
            text, color = translate("ExerciseSet", "✘ Not right: the answer is {}").format(key), WRONG_COLOR
        self.verdictLabel.setText(text)
        self.verdictLabel.setStyleSheet(f"color: {color};")
        self.verdictLabel.show()
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ border: 3px solid {color}; border-radius: 6px; }}")
        if self.question.working is not None:
            self.workingLabel.setText(translate("ExerciseSet", "Working: {}").format(
                self.question.working.text(self._translate)))
            self.workingLabel.show()
        self.answered.emit(verdict.correct)
        return verdict.correct

    def hint(self) -> None:
        """First the formula, then also the values that go in."""
        self.hints_shown = min(self.hints_shown + 1, 2)
        lines = [translate("ExerciseSet", "Hint: {}").format(self.question.formula.text(self._translate))]
        if self.hints_shown >= 2:
            numbers = self.question.meta.get("operands_hint")       # from_trace's questions say it
            if numbers is not None:
                lines.append(numbers.text(self._translate))
            elif self.question.operands:
                values = "; ".join(operand_text(op) for op in self.question.operands)
                lines.append(translate("ExerciseSet", "The numbers: {}.").format(values))
        self.hintLabel.setText("\n".join(lines))
        self.hintLabel.show()
        self.hintButton.setEnabled(self.hints_shown < 2)

    def reset(self) -> None:
        self.verdict = None
        self.hints_shown = 0
        self.answerEdit.clear()
        self.answerEdit.setReadOnly(False)
        self.checkButton.setEnabled(True)
        self.hintButton.setEnabled(True)
        for label in (self.errorLabel, self.verdictLabel, self.hintLabel, self.workingLabel):
            label.clear()
            label.hide()
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ border: 1px solid {palette.GRID_LINE}; "
                           f"border-radius: 6px; }}")


class GivenView(QFrame):
    """A group's sentence and its matrices in pairs (W[l] beside b[l]), as many pairs to a line as fit."""

    def __init__(self, given, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"given_{given.topic}")
        self.textLabel = _label(given.text.text(QuestionCard._translate), "givenText", palette.TITLE_POINT_SIZE,
                                bold=True)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 12, 4, 4)
        column.addWidget(self.textLabel)
        if given.matrices:
            flow = FlowLayout()            # as many pairs side by side as the width holds
            pairs = []
            for k in range(0, len(given.matrices), 2):
                pair = QWidget()
                row = QHBoxLayout(pair)
                row.setContentsMargins(0, 0, 0, 0)
                row.setSpacing(14)
                for name, matrix in given.matrices[k:k + 2]:
                    label = QLabel(matrix_text(name, matrix))
                    label.setObjectName("matrixLabel")
                    label.setFont(mono_font(palette.TITLE_POINT_SIZE))
                    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                    row.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
                pairs.append(pair)
            tallest = max(p.sizeHint().height() for p in pairs)
            for pair in pairs:
                pair.setFixedHeight(tallest)    # one height: the pairs' tops line up on every line
                flow.addWidget(pair)
            column.addLayout(flow)
