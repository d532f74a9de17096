"""Every text a window shows, and the English words left in it (tests/ui/test_i18n_everywhere.py).

:func:`visible_texts` walks a widget: labels, buttons, group boxes, tabs (every tab is brought
forward in turn), combo-box items, menus' actions, list / tree / table items and headers, text
browsers, spin-box prefixes and suffixes, window titles, pyqtgraph plots (titles, axis labels,
legends, text items), and the text a widget paints itself (``QPainter.drawText`` is recorded while
the widget is grabbed). Code is not text to translate: a widget drawn in a monospace font (the
slides' Python listings, the scripts) is skipped.

:func:`english_words` says which words of a text are English. The rule, kept simple on purpose:

* an *English word* is a run of three or more ASCII letters, taken whole (``np.dot`` gives "dot");
* it is not English when it is **part of a formula or of code**: right after ``.``, ``_``, ``=``,
  ``[`` or a digit, or right before ``(``, ``[``, ``_``, ``.``, ``=``, ``'`` or a digit
  (``np.sum(``, ``axis=1``, ``keepdims=True``, ``errors_``, ``x1``); or next to an operator with
  only spaces between (``=``, ``+``, ``−``, ``*``, ``·``, ``×``, ``<``, ``>``, ``≤``, ``≥``:
  ``errors = y − output``); a URL or file path (a token with a "/" and a ".") is skipped whole;
* it is not English inside 「…」: the Chinese quotation marks quote the English slides (a slide's
  title, the chapter's own words) — and nothing else is written in them;
* it is not English when it is on :data:`ALLOWED` — the names the chapter itself keeps in
  English in a Chinese lecture: units, library and model names, people, data sets, the
  functions of the formulas (log, exp, tanh …) — each with the reason it is there.

What is left is a word a Taiwanese student would read as untranslated English.
"""

from __future__ import annotations

import html
import re
from contextlib import contextmanager

from PySide6.QtGui import QFontInfo, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

#: words kept in English in the zh_TW interface, and why (compared case-insensitively)
ALLOWED_REASONS = {
    # names: libraries, formats, programs, people, data sets, models the chapter names in English
    "numpy pandas pytorch torch python matplotlib mlxtend pyqtgraph qt": "libraries and languages",
    "csv png svg npz json markdown utf txt tsv dnn toml pdf html": "file formats",
    "readme resources lectures": "the scene files' folder, named in the lecture's messages",
    "desktop_nn": "the program's name",
    "iris uci setosa versicolor virginica": "the data set and its species (the chapter's own names)",
    "xor and": "logic gates (AND, OR, XOR)",
    "mcculloch pitts rosenblatt widrow hoff xavier glorot sebastian raschka adam relu leaky softmax softplus":
        "people and the methods named after them; ReLU, leaky ReLU",
    "english": "a language's name in its own language (View ▸ Language)",
    "perceptron adaline adalinegd adalinesgd delta":
        "the slides' class names (Perceptron, AdalineGD …; Adaline is the chapter's name for the model); the delta rule (Delta 規則)",
    "eta alpha": "the slides' names of η and α (Perceptron(eta=0.1), AdalineGD(alpha=0.01))",
    "sse bgd sgd mgd mse": "the chapter's abbreviations (sum of squared errors, batch / stochastic / mini-batch GD)",
    # the functions of the formulas
    "log exp tanh sigmoid max min sum abs sqrt argmax sign sin cos step logit odds nan":
        "functions and values in formulas (the chapter writes them so: ŷ = step(z))",
    "for": "the Python keyword, as in 「for 迴圈」 (a for loop)",
    # kept as the main window's translation keeps it
    "epoch": "kept in English by the interface (the slides' epochs=…); a count of passes over the data",
    "rmse": "the root-mean-square error, written RMSE in Chinese texts too",
    # keys named on buttons and in hints
    "home end esc enter pageup pagedown": "keyboard keys",
}
ALLOWED = {w for words in ALLOWED_REASONS for w in words.split()}

_WORD = re.compile(r"[A-Za-z]{3,}")
_BEFORE = set("._=[") | set("0123456789")
_AFTER = set("([_.='") | set("0123456789")
_OPERATORS = set("=+−*·×<>≤≥Σ")
_QUOTED = re.compile(r"「[^」]*」")
_PATH = re.compile(r"\S*/\S*\.\S*|\S*\.\S*/\S*")
_TAG = re.compile(r"<[^>]*>")
MONO = ("mono", "courier", "consolas")


_BLOCK = re.compile(r"</?(?:br|p|div|table|tr|td|th)\b[^>]*>", re.IGNORECASE)


def plain(text: str) -> str:
    """Rich text as the reader sees it: tags dropped (a table's cells and lines kept apart), entities decoded."""
    return html.unescape(_TAG.sub("", _BLOCK.sub(" ", text)))


def _latin_or_greek(ch: str) -> bool:
    """A letter of an accented Latin or a Greek name (not a Chinese character)."""
    return ch.isalpha() and ord(ch) < 0x2E80


def english_words(text: str) -> list[str]:
    """The English words of ``text`` (rich text allowed), by the rule of this module's docstring."""
    text = _PATH.sub(" ", _QUOTED.sub(" ", plain(text)))
    found = []
    for m in _WORD.finditer(text):
        word = m.group()
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if before in _BEFORE or after in _AFTER:
            continue
        if text[:m.start()].rstrip()[-1:] in _OPERATORS or text[m.end():].lstrip()[:1] in _OPERATORS:
            continue
        if _latin_or_greek(before) or _latin_or_greek(after):      # part of a longer name ("ŷ", "αβ…")
            continue
        if word.lower() in ALLOWED:
            continue
        found.append(word)
    return found


def is_code(widget: QWidget) -> bool:
    """A widget drawn in a monospace font shows code (the slides' listings), which stays as it is."""
    info = QFontInfo(widget.font())
    family = (info.family() + " " + " ".join(widget.font().families())).lower()
    return info.fixedPitch() or any(m in family for m in MONO)


@contextmanager
def painted_texts(into: list):
    """Record the strings every QPainter.drawText draws meanwhile (appended to ``into``)."""
    original = QPainter.drawText

    def record(self, *args):
        into.extend(a for a in args if isinstance(a, str))
        return original(self, *args)

    QPainter.drawText = record
    try:
        yield into
    finally:
        QPainter.drawText = original


def _menu_texts(menu: QMenu, where: str, out: list) -> None:
    menu.aboutToShow.emit()                   # a menu filled when it opens (Lecture ▸ Go to scene)
    out.append((where, menu.title()))
    for action in menu.actions():
        if action.isSeparator():
            continue
        out.append((f"{where} ▸ action", action.text()))
        if action.menu() is not None:
            _menu_texts(action.menu(), f"{where} ▸ {action.text()}", out)


def _plot_texts(widget, where: str, out: list) -> None:
    import pyqtgraph as pg

    item = widget.getPlotItem() if hasattr(widget, "getPlotItem") else None
    if item is not None:
        out.append((f"{where} title", item.titleLabel.text or ""))
        for side in ("left", "bottom", "right", "top"):
            axis = item.getAxis(side)
            if axis.isVisible() and axis.label.isVisible():
                out.append((f"{where} {side} axis", axis.labelText or ""))
        if item.legend is not None:
            for _sample, label in item.legend.items:
                out.append((f"{where} legend", label.text))
    for gi in widget.scene().items():
        if not gi.isVisible():
            continue
        if isinstance(gi, pg.TextItem):
            out.append((f"{where} text item", gi.textItem.toPlainText()))
        elif isinstance(gi, pg.LabelItem) and (item is None or gi is not item.titleLabel):
            out.append((f"{where} label item", gi.text or ""))


def _own_texts(w: QWidget, where: str, out: list) -> None:
    import pyqtgraph as pg

    if isinstance(w, QLabel):
        out.append((where, w.text()))
    elif isinstance(w, QAbstractButton):
        out.append((where, w.text()))
    elif isinstance(w, QGroupBox):
        out.append((where, w.title()))
    elif isinstance(w, QTabBar):
        out += [(f"{where} tab", w.tabText(i)) for i in range(w.count())]
    elif isinstance(w, QComboBox):
        out += [(f"{where} item", w.itemText(i)) for i in range(w.count())]
    elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
        out += [(f"{where} prefix", w.prefix()), (f"{where} suffix", w.suffix()), (f"{where} special", w.specialValueText())]
    elif isinstance(w, QLineEdit) and not isinstance(w.parent(), QAbstractSpinBox):
        out += [(where, w.text()), (f"{where} placeholder", w.placeholderText())]
    elif isinstance(w, (QTextEdit, QPlainTextEdit)):
        out.append((where, w.toPlainText()))
    elif isinstance(w, QListWidget):
        out += [(f"{where} item", w.item(i).text()) for i in range(w.count())]
    elif isinstance(w, QTreeWidget):
        stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
        while stack:
            it = stack.pop()
            out.append((f"{where} item", it.text(0)))
            stack += [it.child(i) for i in range(it.childCount())]
    elif isinstance(w, QTableWidget):
        for c in range(w.columnCount()):
            h = w.horizontalHeaderItem(c)
            if h is not None:
                out.append((f"{where} header", h.text()))
        out += [(f"{where} cell", w.item(r, c).text()) for r in range(w.rowCount())
                for c in range(w.columnCount()) if w.item(r, c) is not None]
    elif isinstance(w, pg.PlotWidget) or isinstance(w, pg.GraphicsView):
        _plot_texts(w, where, out)
    elif isinstance(w, QGraphicsView) and w.scene() is not None:      # e.g. the architecture editor
        for item in w.scene().items():
            if item.isVisible() and isinstance(item, QGraphicsSimpleTextItem):
                out.append((f"{where} item", item.text()))
            elif item.isVisible() and isinstance(item, QGraphicsTextItem):
                out.append((f"{where} item", item.toPlainText()))
    if isinstance(w, QMainWindow):
        for action in w.menuBar().actions():
            if action.menu() is not None:
                _menu_texts(action.menu(), f"menu {action.menu().title()}", out)


def _name(w: QWidget) -> str:
    return f"{type(w).__name__}#{w.objectName()}" if w.objectName() else type(w).__name__


def visible_texts(root: QWidget, walk_tabs: bool = True) -> list[tuple[str, str]]:
    """(where, text) for every text ``root`` shows now (tabs of every QTabWidget brought forward in
    turn, then put back); painted text included; code (monospace) left out."""
    out: list[tuple[str, str]] = []
    if root.isWindow():
        out.append((f"{_name(root)} window title", root.windowTitle()))
    tabs = [t for t in root.findChildren(QTabWidget) if t.isVisibleTo(root)] if walk_tabs else []
    for t in tabs:
        current = t.currentIndex()
        for i in range(t.count()):
            t.setCurrentIndex(i)
            out += _visible_now(t.widget(i), f"{_name(t)} ▸ {t.tabText(i)}")
        t.setCurrentIndex(current)
    out += _visible_now(root, _name(root))
    seen, unique = set(), []
    for where, text in out:
        if text and (where, text) not in seen:
            seen.add((where, text))
            unique.append((where, text))
    return unique


def _visible_now(root: QWidget, prefix: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        if not w.isVisible() and w is not root:
            continue
        if is_code(w):
            continue
        _own_texts(w, f"{prefix} / {_name(w)}", out)
    painted: list[str] = []
    with painted_texts(painted):
        root.grab()
    out += [(f"{prefix} painted", t) for t in painted]
    return out


def untranslated(texts: list[tuple[str, str]]) -> list[str]:
    """"where: text  [words]" for every text with an English word left."""
    return [f"{where}: {text!r}  {words}" for where, text in texts if (words := english_words(text))]
