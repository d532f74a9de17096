"""One TraceStep on screen: the formula in large type, its shapes, and every matrix with its numbers.

    [FORWARD · layer 2]                                         step 3 of 40 · m = 200
    Z[2] = W[2] A[1] + b[2]                                     (formula, 30 pt)
    (n[2], n[1]) · (n[1], m) + (n[2], 1) → (n[2], m)            (the dimensions slide)
    W[2] (5, 3) · A[1] (3, 200) + b[2] (5, 1) → Z[2] (5, 200)   (with this network's numbers)
    b[2] (5, 1) is broadcast to (5, 200) …
    [W[2] grid]  ·  [A[1] grid]  +  [b[2] grid]  =  [Z[2] grid]
    note for the student

The page renders a TraceStep and nothing else: it computes no numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop_nn.ui.kit import palette
from desktop_nn.ui.stepthrough.matrix_view import MatrixView

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

FORMULA_POINT_SIZE = 30      # projector: the formula in large type (>= 24 pt)
SHAPE_POINT_SIZE = 18
NOTE_POINT_SIZE = 15
OPERATOR_POINT_SIZE = 30

PHASE_NAMES = {            # the badge's text per phase
    "forward": QT_TRANSLATE_NOOP("StepPage", "FORWARD"),
    "cost": QT_TRANSLATE_NOOP("StepPage", "COST"),
    "backward": QT_TRANSLATE_NOOP("StepPage", "BACKWARD"),
    "update": QT_TRANSLATE_NOOP("StepPage", "UPDATE"),
}
PHASE_COLORS = {            # badge background per phase (white text on each; contrast >= 4.5)
    "forward": palette.BLUE,
    "cost": "#6A3D9A",
    "backward": "#B34700",       # a darker vermillion: white text stays readable
    "update": "#00735A",
}
OPERAND_OPS = ("", "·", "+", "−", "*", ",")


def operator_text(term) -> str:
    """What is printed between two grids for one term of the shape equation."""
    if term.op in ("+", "−") and term.name[:2] in ("α ", "η "):
        return f"{term.op} {term.name[0]}"
    return {"·": "·", "+": "+", "−": "−", "*": "∗", ",": ","}.get(term.op, term.op)


class StepPage(QWidget):
    """The "Step" tab of the step-through. ``show_step(step, index, count, m_text)``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepPage")
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(self.backgroundRole(), QColor(palette.WHITE))
        self.setPalette(pal)

        self.phaseBadge = QLabel()
        self.phaseBadge.setObjectName("phaseBadge")
        self.phaseBadge.setFont(palette.font(16, bold=True))
        self.phaseBadge.setContentsMargins(10, 4, 10, 4)
        self.positionLabel = QLabel()
        self.positionLabel.setObjectName("positionLabel")
        self.positionLabel.setFont(palette.font(16))
        top = QHBoxLayout()
        top.addWidget(self.phaseBadge)
        top.addStretch(1)
        top.addWidget(self.positionLabel)

        self.formulaLabel = QLabel()
        self.formulaLabel.setObjectName("formulaLabel")
        self.formulaLabel.setTextFormat(Qt.TextFormat.RichText)
        self.formulaLabel.setFont(palette.font(FORMULA_POINT_SIZE, bold=True))
        self.formulaLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formulaLabel.setWordWrap(True)
        self.symbolicLabel = self._label("symbolicShapeLabel", SHAPE_POINT_SIZE, palette.MUTED_TEXT)
        self.shapeLabel = self._label("shapeLabel", SHAPE_POINT_SIZE, palette.TEXT, bold=True)
        self.broadcastLabel = self._label("broadcastLabel", NOTE_POINT_SIZE, palette.BLUE)
        self.noteLabel = self._label("noteLabel", NOTE_POINT_SIZE, palette.TEXT)
        self.noteLabel.setWordWrap(True)

        holder = QWidget()                     # the row of grids, kept at the top of the scroll area
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        self.matrixRow = QWidget()
        self.matrixRow.setObjectName("matrixRow")
        holder_layout.addWidget(self.matrixRow)
        holder_layout.addStretch(1)
        self._lines = QVBoxLayout(self.matrixRow)      # the operands; the result below when too wide
        self._lines.setContentsMargins(4, 4, 4, 4)
        self._lines.setSpacing(14)
        self._rows = []
        for _ in range(2):
            row = QHBoxLayout()
            row.setSpacing(10)
            self._lines.addLayout(row)
            self._rows.append(row)
        self._row = self._rows[0]
        scroll = QScrollArea()
        scroll.setObjectName("matrixScroll")
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._scroll = scroll
        self._shown = None
        self.decorate = None          # exercise mode: decorate(step) after each layout (exercise_mode.py)
        self.views: list[MatrixView] = []
        self.resultView: MatrixView | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.formulaLabel)
        layout.addWidget(self.symbolicLabel)
        layout.addWidget(self.shapeLabel)
        layout.addWidget(self.broadcastLabel)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.noteLabel)

    def _label(self, name, size, color, bold=False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setFont(palette.font(size, bold=bold))
        label.setStyleSheet(f"color: {color};")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def _op_label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("operatorLabel")
        label.setFont(palette.font(OPERATOR_POINT_SIZE, bold=True))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def show_message(self, text: str) -> None:
        """No step yet (e.g. nothing loaded): a sentence where the formula goes."""
        self._shown = None
        self.phaseBadge.setText("")
        self.phaseBadge.setStyleSheet("")
        self.positionLabel.setText("")
        self.formulaLabel.setText(text)
        for label in (self.symbolicLabel, self.shapeLabel, self.broadcastLabel, self.noteLabel):
            label.setText("")
        self._clear_row()

    def _clear_row(self) -> None:
        for row in self._rows:
            while row.count():
                item = row.takeAt(0)
                w = item.widget()
                if w is not None:
                    w.hide()
                    w.setParent(None)
                    w.deleteLater()
        self.views, self.resultView = [], None

    def show_step(self, step, position: str = "", layer_text: str = "") -> None:
        self._shown = (step, position, layer_text)
        for max_cols, two_lines in ((6, False), (4, False), (6, True), (4, True), (3, True)):
            self._show(step, position, layer_text, max_cols, two_lines)
            if self.row_width() <= self._scroll.viewport().width() or not self.isVisible():
                break
        if self.decorate is not None:
            self.decorate(step)

    def row_width(self) -> int:
        """Width the grids need (new widgets are not shown yet, so the layouts ignore them)."""
        widths = []
        for row in self._rows:
            widgets = [row.itemAt(i).widget() for i in range(row.count())]
            widgets = [w for w in widgets if w is not None]
            widths.append(sum(w.sizeHint().width() for w in widgets) + row.spacing() * max(0, len(widgets) - 1) + 8)
        return max(widths)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if getattr(self, "_shown", None) is not None and event.oldSize().width() != event.size().width():
            self.show_step(*self._shown)

    def _show(self, step, position, layer_text, max_cols, two_lines=False) -> None:
        color = PHASE_COLORS.get(step.phase, palette.TEXT)
        phase = self.tr(PHASE_NAMES.get(step.phase, step.phase.upper()))
        self.phaseBadge.setText(f"{phase} · {layer_text}" if layer_text else phase)
        self.phaseBadge.setStyleSheet(f"background: {color}; color: white; border-radius: 6px;")
        self.positionLabel.setText(position)
        self.formulaLabel.setText(step.rich)
        eq = step.equation          # its words (the note, "scalar", "is broadcast to") translated
        self.symbolicLabel.setText(eq.symbolic(translate))
        self.shapeLabel.setText(eq.text(translate))
        broadcasts = eq.broadcasts(translate)
        self.broadcastLabel.setText("\n".join(broadcasts))
        self.broadcastLabel.setVisible(bool(broadcasts))
        self.noteLabel.setText(step.note_text(translate))
        self._clear_row()
        self._row = self._rows[0]
        operands = list(step.operands)
        k = 0
        for term in eq.terms:
            if term.op in OPERAND_OPS:
                if term.op:
                    self._row.addWidget(self._op_label(operator_text(term)))
                if k < len(operands):
                    name, value = operands[k]
                    view = MatrixView(name, value, max_cols=max_cols)
                    self.views.append(view)
                    self._row.addWidget(view, 0, Qt.AlignmentFlag.AlignVCenter)
                k += 1
            elif term.op == "scale":
                self._row.addWidget(self._op_label(f"× {term.name}"))
            elif term.op == "apply":
                self._row.addWidget(self._op_label(f"→ {term.name} →"))
            elif term.op == "sum_rows":
                self._row.addWidget(self._op_label("Σ→"))
            elif term.op == "sum_all":
                self._row.addWidget(self._op_label("Σ"))
        self._row.addStretch(1)
        if two_lines:
            self._row = self._rows[1]
        if not any(t.op == "apply" for t in eq.terms):
            self._row.addWidget(self._op_label("="))
        name, value = step.result
        self.resultView = MatrixView(name, value, max_cols=max_cols)
        self.resultView.setObjectName("resultView")
        self._row.addWidget(self.resultView, 0, Qt.AlignmentFlag.AlignVCenter)
        self._row.addStretch(1)
