"""The summary slide's lines — forward, cost, backward (corrected), update — all on screen at once;
clicking a line (or P) shows its step on the engine's numbers, and where the slide prints a wrong
formula the scene says so (✎)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy

from desktop_nn.engine.trace import TraceStep as Step
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.backprop import PHASE_TEXT, StepView, make_steps
from desktop_nn.ui.lecture.scenes.layout import WrapLabel

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


#: the background of the summary line on show
SELECTED = "#FFF3C4"


def slide_typo(step: Step, L: int) -> str:
    """What the summary slide prints instead of this (correct) step, or "" where it is right."""
    if step.phase != "backward":
        return ""
    if step.key == "dW" and step.layer == L:
        return translate("lecture/summary", "the slide prints dW[L] = (1/m) dZ[L] A[L]ᵀ; it must be A[L−1]ᵀ (here A[{}]ᵀ)").format(L - 1)
    if step.key == "dW" and step.layer == 1 and L > 1:
        return translate("lecture/summary", "the slide prints dW[1] = (1/m) dZ[1] A[1]ᵀ; it must be A[0]ᵀ = Xᵀ")
    if step.key == "dA" and step.layer == L - 1:
        return translate("lecture/summary", "the slide prints dZ[L−1] = dW[L]ᵀ dZ[L] …; it must be W[L]ᵀ (here W[{}]ᵀ)").format(L)
    if step.key == "dA" and step.layer == 1 and L > 2:
        return translate("lecture/summary", "the slide prints dZ[1] = dW[L]ᵀ dZ[2] …; it must be W[2]ᵀ dZ[2]")
    return ""


class FormulaLine(QLabel):
    """One line of the summary; a click shows its step."""

    clicked = Signal()

    def __init__(self, text: str, phase: str):
        super().__init__(text)
        self.phase = phase
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setFont(theme.font(theme.CODE))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.set_selected(False)

    def set_selected(self, on: bool) -> None:
        color = PHASE_TEXT[self.phase]
        self.setStyleSheet(f"color: {color}; padding: {theme.px(1)}px {theme.px(6)}px; border-radius: {theme.px(6)}px;"
                           + (f" background: {SELECTED}; font-weight: bold;" if on else ""))

    def mousePressEvent(self, event) -> None:
        self.clicked.emit()


def summary_text(step: Step, L: int) -> str:
    """A summary line as the slide writes it (the step view shows the full formula)."""
    if step.phase == "cost":
        return f"J = (1/m) Σ ℒ(A<sup>[{L}]</sup>, Y)"
    if step.phase == "update":
        d = "d" + step.key
        return f"{step.key}<sup>[{step.layer}]</sup> −= α {d}<sup>[{step.layer}]</sup>"
    text = step.rich.split(" &nbsp;")[0].replace("<sup>1</sup>&frasl;<sub>m</sub>", "(1/m)")
    if step.phase == "forward" and step.key == "A" and step.layer == L:
        text += " = Ŷ"
    return text


class SummaryScene(Scene):
    """The summary slide's lines — forward, cost, backward (corrected), update — all on screen at
    once in two columns; clicking a line shows its step on the engine's numbers."""

    SETTINGS = {"layer_dims": [2, 4, 3, 1], "m": 5, "alpha": 0.5}

    def build(self) -> None:
        self.board = QGridLayout()
        self.board.setHorizontalSpacing(theme.px(28))
        self.board.setVerticalSpacing(0)
        self.body.addLayout(self.board)
        self.view = StepView(max_rows=4, max_cols=6)
        self.body.addWidget(self.view, 1)
        self.fix_note = WrapLabel("", theme.BODY, color=theme.palette.ERROR, object_name="typoNote")
        self.fix_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.body.addWidget(self.fix_note)
        self.steps: list[Step] = []
        self.lines: list[FormulaLine] = []
        self.row = -1

    def on_activate(self) -> None:
        if not self.steps:
            s = self.settings
            dims, m, a = list(s["layer_dims"]), int(s["m"]), float(s["alpha"])
            self.submit("steps", lambda st: make_steps(dims, "relu", m, a), self.set_steps)

    def set_steps(self, r) -> None:
        self.steps, dims = r
        L = len(dims) - 1
        self.lines = []
        for st in self.steps:
            text = summary_text(st, L) + (f" <span style='color:{theme.palette.ERROR}'>✎</span>" if slide_typo(st, L) else "")
            line = FormulaLine(text, st.phase)
            line.setObjectName(f"summaryLine{len(self.lines)}")
            line.clicked.connect(lambda k=len(self.lines): self.show_row(k))
            self.lines.append(line)
        forward = [i for i, st in enumerate(self.steps) if st.phase in ("forward", "cost")]
        backward = [i for i, st in enumerate(self.steps) if st.phase == "backward"]
        update = [i for i, st in enumerate(self.steps) if st.phase == "update"]
        head = lambda text, phase: theme.label(text, theme.BODY, bold=True, color=PHASE_TEXT[phase])  # noqa: E731
        self.board.addWidget(head(translate("StepTimeline", "Forward propagation"), "forward"), 0, 0, 1, 2)
        r = 1
        for i in forward:
            self.board.addWidget(self.lines[i], r, 0, 1, 2)
            r += 1
        self.board.addWidget(head(translate("StepTimeline", "Update"), "update"), r, 0, 1, 2)
        r += 1
        by_layer: dict[int, list[int]] = {}
        for i in update:
            by_layer.setdefault(self.steps[i].layer, []).append(i)
        for layer in sorted(by_layer):
            for c, i in enumerate(by_layer[layer][:2]):
                self.board.addWidget(self.lines[i], r, c)
            r += 1
        self.board.addWidget(head(translate("lecture/summary", "Backward propagation (corrected ✎)"), "backward"), 0, 2)
        for k, i in enumerate(backward, start=1):
            self.board.addWidget(self.lines[i], k, 2)
        self.board.setColumnStretch(3, 1)
        self.dims = dims
        self.show_row(0)
        self.mark_ready()

    def toggle_play(self) -> bool:
        """P walks the summary: the next line's step, in the order of the computation."""
        if not self.steps:
            return False
        self.show_row((self.row + 1) % len(self.steps))
        return True

    def show_row(self, row: int) -> None:
        if not (0 <= row < len(self.steps)):
            return
        if 0 <= self.row < len(self.lines):
            self.lines[self.row].set_selected(False)
        self.row = row
        self.lines[row].set_selected(True)
        st = self.steps[row]
        self.view.show_step(st, row, len(self.steps), translate("lecture/summary", "network {}, m = {}").format(
            '-'.join(map(str, self.dims)), self.settings['m']))
        typo = slide_typo(st, len(self.dims) - 1)
        self.fix_note.setText(translate("lecture/summary", "✎ corrected: {}").format(typo) if typo else "")
        self.fix_note.setVisible(bool(typo))
