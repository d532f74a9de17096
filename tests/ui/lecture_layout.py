"""What "fits the screen and reads from the back row" means for a lecture scene, as checks.

:func:`layout_problems` lists, in words, every way the scene on show breaks the lecture-hall rules
for the screen the presenter lays out for: the window larger than the screen, a visible widget
outside the window, a plot below 12 % of the screen height or 15 % of its width, a one-line label
cut, or text smaller than 2 % of the screen height. The layout tests call it for every scene at
several screen sizes; run it by hand with ``python -m tests.ui.lecture_layout [SCENE_ID] [WxH]``.
"""

from __future__ import annotations

import re

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QRect
from PySide6.QtGui import QFontInfo, QFontMetrics, QTextDocument, QTextOption, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop_nn.ui.lecture import theme

MIN_TEXT_SHARE = 0.02       # the smallest text: 2 % of the screen height
MIN_PLOT_SHARE = (0.12, 0.15)   # a plot: 12 % of the screen height, 15 % of its width
_INLINE_SIZE = re.compile(r"font-size:\s*([0-9.]+)\s*(px|pt)")
_COLOR = re.compile(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6}|#[0-9A-Fa-f]{3})\b")
MIN_CONTRAST = 4.5          # text on white (WCAG AA)


def _pixel_size(widget: QWidget) -> int:
    return QFontInfo(widget.font()).pixelSize()


def _is_texty(w: QWidget) -> bool:
    if isinstance(w, QLabel):
        return bool(w.text().strip()) and w.pixmap().isNull() if hasattr(w.pixmap(), "isNull") else bool(w.text().strip())
    return isinstance(w, (QAbstractButton, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit)) or \
        bool(w.property("paintsText"))


def _label_needs(label: QLabel) -> tuple[float, float]:
    """(width, height) a one-line label needs to show its text whole."""
    text = label.text()
    fmt = label.textFormat()
    rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(text))
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        return doc.idealWidth(), doc.size().height()
    fm = QFontMetrics(label.font())
    lines = text.split("\n")
    return max(fm.horizontalAdvance(t) for t in lines), fm.height() * len(lines)


def _widest_unbreakable(label: QLabel) -> float:
    """The width of the label's longest run that cannot wrap (a long word, or a formula held
    together by non-breaking spaces), at the label's font."""
    text = label.text()
    fmt = label.textFormat()
    rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(text))
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    option = doc.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)        # as a QLabel wraps: at word boundaries only
    doc.setDefaultTextOption(option)
    doc.setHtml(text) if rich else doc.setPlainText(text)
    doc.setTextWidth(1)            # every line as short as the text allows: its widest is the longest run
    return doc.idealWidth()


def visible_descendants(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisibleTo(root) and w.isVisible()]


def layout_problems(presenter, scene=None) -> list[str]:
    """Every rule the scene on show (and the presenter around it) breaks, one sentence each."""
    # apply pending layout requests first: text that just changed (a result that arrived from the
    # worker) is laid out on the next turn of the event loop, as the screen would show it
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()
    scene = scene or presenter.current_scene()
    size = presenter.layout_size
    W, H = size.width(), size.height()
    name = presenter.scene_ids()[presenter.index]
    problems: list[str] = []
    if presenter.width() > W or presenter.height() > H:
        problems.append(f"{name}: the presenter is {presenter.width()}×{presenter.height()} on a {W}×{H} screen")
    hint = presenter.minimumSizeHint()
    if hint.width() > W or hint.height() > H:
        problems.append(f"{name}: the presenter needs at least {hint.width()}×{hint.height()} on a {W}×{H} screen")
    window = presenter.rect()
    min_px = MIN_TEXT_SHARE * H
    for w in [scene, *visible_descendants(scene)]:
        what = f"{name}: {type(w).__name__} {w.objectName() or ''}".rstrip()
        top_left = w.mapTo(presenter, QPoint(0, 0))
        rect = QRect(top_left, QWidget.size(w))
        if w.width() > 0 and w.height() > 0 and not window.contains(rect):
            problems.append(f"{what} lies outside the window ({rect.x()},{rect.y()} {rect.width()}×{rect.height()})")
        if isinstance(w, pg.PlotWidget):
            if w.height() < MIN_PLOT_SHARE[0] * H or w.width() < MIN_PLOT_SHARE[1] * W:
                problems.append(f"{what}: plot is only {w.width()}×{w.height()}")
            item = w.getPlotItem()
            need_w, need_h = item.minimumWidth(), item.minimumHeight()
            if need_w > w.width() + 1 or need_h > w.height() + 1:
                # pyqtgraph clips its title, axes or labels silently when it gets less than this
                problems.append(f"{what}: its title/axes need {need_w:.0f}×{need_h:.0f}, the plot has "
                                f"{w.width()}×{w.height()}")
            for axis_name in ("left", "bottom"):
                axis = w.getPlotItem().getAxis(axis_name)
                if axis.isVisible() and axis.style.get("showValues", True) and axis.style.get("tickFont") is not None:
                    px = QFontInfo(axis.style["tickFont"]).pixelSize()
                    if px < min_px:
                        problems.append(f"{what}: {axis_name} axis ticks are {px} px (< {min_px:.0f})")
        if _is_texty(w):
            px = _pixel_size(w)
            if px < min_px:
                problems.append(f"{what}: text is {px} px (< {min_px:.0f}): {getattr(w, 'text', lambda: '')()!r:.60}")
        if isinstance(w, QLabel) and w.text().strip():
            for value, unit in _INLINE_SIZE.findall(w.text()):
                px = float(value) * (96 / 72 if unit == "pt" else 1)
                if px < min_px:
                    problems.append(f"{what}: inline text is {px:.0f} px (< {min_px:.0f}): {w.text()!r:.60}")
            for color in sorted(set(_COLOR.findall(w.styleSheet() + " " + w.text()))):
                ratio = theme.contrast(color)
                if ratio < MIN_CONTRAST:
                    problems.append(f"{what}: text colour {color} is {ratio:.1f}:1 on white (< 4.5; theme.readable(colour) gives its darker text shade): {w.text()!r:.50}")
            if w.wordWrap():
                have = w.contentsRect()
                need_h = w.heightForWidth(w.width()) if w.hasHeightForWidth() else -1
                if need_h > w.height() + 1:
                    problems.append(f"{what}: wrapped label cut at the bottom, needs {need_h} px high, has "
                                    f"{w.height()}: {w.text()!r:.70}")
                widest = _widest_unbreakable(w)
                if widest > have.width() + 1:
                    problems.append(f"{what}: a word or formula {widest:.0f} px wide overflows the wrapped label's "
                                    f"{have.width()} px: {w.text()!r:.70}")
            else:
                need_w, need_h = _label_needs(w)
                have = w.contentsRect()
                if need_w > have.width() + 1 or need_h > have.height() + 1:
                    problems.append(f"{what}: label cut, needs {need_w:.0f}×{need_h:.0f}, has "
                                    f"{have.width()}×{have.height()}: {w.text()!r:.70}")
    return problems


if __name__ == "__main__":   # python -m tests.ui.lecture_layout [SCENE_ID] [WxH]
    import os
    import sys

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize

    from desktop_nn.ui.lecture import create_presenter

    app = QApplication.instance() or QApplication([])
    args = sys.argv[1:]
    sizes = [a for a in args if re.fullmatch(r"\d+x\d+", a)] or ["1024x768", "1280x800", "1920x1080"]
    only = [a for a in args if a not in sizes]
    for s in sizes:
        W, H = map(int, s.split("x"))
        p = create_presenter(screen_size=QSize(W, H))
        p.resize(W, H)
        p.show()
        for i, sid in enumerate(p.scene_ids()):
            if only and sid not in only:
                continue
            p.go_to(i)
            import time
            deadline = time.monotonic() + 10
            while not p.current_scene().has_content() and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.005)
            for _ in range(30):
                app.processEvents()
            for line in layout_problems(p):
                print(f"{s} {line}")
        p.close()
        p.deleteLater()
        app.processEvents()
