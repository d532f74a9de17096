"""What the scenes of the slides' code share: the code view, a console for a call and what it
prints, numbers as Python prints them, the code (left) beside its result (right), and the scene
that plays a listing's run (:class:`ListingScene`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetricsF, QTextBlockFormat, QTextCursor, QTextFormat, QTextOption
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QSizePolicy, QTextEdit, QVBoxLayout, QWidget

from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.players import EpochScene
from desktop_nn.ui.lecture.scenes.code import PythonHighlighter
from desktop_nn.ui.lecture.scenes.layout import columns
from desktop_nn.ui.lecture.scenes.text import wrapped
from desktop_nn.ui.lecture.typeset import superscript


#: the two classes of the chapter's Iris, as the plots of the code scenes name them
CLASS_NAMES = ("setosa (−1)", "versicolor (+1)")


def number_text(x: float, digits: int = 3) -> str:
    """A number as computed, tiny ones included: 4.4e-16 is shown as "4.4 × 10⁻¹⁶", not as 0."""
    x = float(x)
    if x != 0 and abs(x) < 10.0 ** -digits:
        mantissa, exponent = f"{x:.1e}".split("e")
        return f"{mantissa} × 10{superscript(exponent)}".replace("-", theme.MINUS)
    return theme.fmt(x, digits)


def python_vector(w) -> str:
    """A weight vector as NumPy prints it (spaces, no commas), with true minus signs."""
    return "[" + "  ".join(theme.fmt(v, 3) for v in w) + "]"


class CodeView(QTextEdit):
    """Python at the projector's code size: highlighted, read-only, scrolled vertically.

    A line too long for the view wraps with a hanging indent — its continuation starts four columns
    right of the line's own indentation — so Python's indentation stays readable and the view never
    needs more width than the scene gives it."""

    HANG = 4

    def __init__(self, source: str = "", object_name: str = "codeView", fit: bool = False):
        super().__init__()
        self.setObjectName(object_name)
        self.fit = fit
        self.setReadOnly(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)        # the clicker's keys stay with the presenter
        self.setFont(theme.font(theme.CODE, mono=True))
        self.document().setDefaultFont(self.font())
        self.document().setDocumentMargin(theme.px(10))
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(theme.px(300))
        self.setStyleSheet(f"QTextEdit {{ background: #F7F7F7; color: {theme.TEXT}; border: 1px solid #BBBBBB; }}")
        self.highlighter = PythonHighlighter(self.document())
        self.source = ""
        self.set_source(source)

    def set_source(self, source: str) -> None:
        if source == self.source:
            return
        self.source = source
        doc = self.document()
        doc.clear()
        cursor = QTextCursor(doc)
        space = QFontMetricsF(self.font()).horizontalAdvance(" ")
        for n, line in enumerate(source.rstrip("\n").split("\n")):
            indent = len(line) - len(line.lstrip(" "))
            block = QTextBlockFormat()
            block.setLeftMargin((indent + self.HANG) * space)
            block.setTextIndent(-self.HANG * space)
            if n == 0:
                cursor.setBlockFormat(block)
            else:
                cursor.insertBlock(block)
            cursor.insertText(line.lstrip(" "))
        self.moveCursor(QTextCursor.MoveOperation.Start)       # show the code from its first line
        self.verticalScrollBar().setValue(0)
        self.fit_height()

    def fit_height(self) -> None:
        """With ``fit``, no taller than the code needs at the present width (short code, no blank box)."""
        if not self.fit:
            return
        doc = self.document()
        doc.setTextWidth(self.viewport().width())
        self.setMaximumHeight(int(doc.size().height()) + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def line_text(self, n: int) -> str:
        return self.source.rstrip("\n").split("\n")[n]

    def highlight(self, lines: list[int]) -> None:
        """Mark whole code lines (0-based) with a pale background and scroll the first into view."""
        selections = []
        for n in lines:
            block = self.document().findBlockByNumber(n)
            if not block.isValid():
                continue
            sel = QTextEdit.ExtraSelection()
            sel.format.setBackground(QColor("#FFE08A"))
            sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.setExtraSelections(selections)
        if selections:
            c = QTextCursor(self.document().findBlockByNumber(lines[0]))
            self.setTextCursor(c)
            self.ensureCursorVisible()


def console(object_name: str, size: float = theme.CODE) -> QLabel:
    """A block of code and printed output (monospace, wrapped), for a call and what it prints."""
    w = theme.label("", size, mono=True, object_name=object_name, wrap=True)
    w.setTextFormat(Qt.TextFormat.RichText)
    w.setStyleSheet(f"color: {theme.TEXT}; background: #F7F7F7; border: 1px solid #BBBBBB; padding: {theme.px(8)}px;")
    w.setMinimumWidth(1)
    return w


def html_code(line: str) -> str:
    """One line of code for a rich-text label: escaped, spaces kept, and a line break allowed after
    "(" and "=" (a long call wraps there instead of being cut)."""
    text = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(" ", "&nbsp;")
    return text.replace("(", "(\u200b").replace("=", "=\u200b")


def code_and_result(body: QBoxLayout, shares: tuple[int, int] = (11, 9)) -> tuple[QVBoxLayout, QVBoxLayout]:
    """Two columns filling the scene: the code (left) beside its result (right), ``shares`` of the
    width each."""
    left, right = columns(body, shares, spacing=24, column_spacing=10)
    return left, right


class ListingScene(EpochScene):
    """A scene of the slides' code that plays what it computes: the listing on the left; on the
    right a console for the call that runs it, the result's plots and a line saying where the run
    stands; the player under both."""

    def build_listing(self, listing: str, console_name: str, plots: list[QWidget], state_name: str) -> None:
        """The scene's parts around ``plots`` (made by the scene; side by side when several)."""
        left, right = code_and_result(self.body)
        self.code = CodeView(listing, "codeView")
        left.addWidget(self.code, 1)
        self.console = console(console_name)
        right.addWidget(self.console)
        if len(plots) == 1:
            right.addWidget(plots[0], 1)
        else:
            row = QHBoxLayout()
            right.addLayout(row, 1)
            for plot in plots:
                row.addWidget(plot, 1)
        self.state_label = wrapped("", theme.BODY, state_name)
        right.addWidget(self.state_label)
        self.add_player()
