"""The projector theme of lecture mode: large type, high contrast, little clutter.

Sizes are in points and chosen for a 1920×1080 projector seen from the back of a hall:
titles ≥ 28 pt, body text ≥ 18 pt. Colours come from :mod:`desktop_nn.ui.palette` so the
lecture and the main window speak the same colour language (blue = positive / class +1,
orange = negative / class −1).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QWidget,
)

from desktop_nn.ui import palette

TITLE_PT = 34          # scene title
BODY_PT = 20           # labels, buttons, notes
NUMBER_PT = 26         # the numbers that matter (weights, cost, epoch)
FORMULA_PT = 24        # formulas
AXIS_PT = 18           # plot tick labels
AXIS_LABEL_PT = 20     # plot axis labels
NOTES_PT = 18          # speaker notes
LINE_WIDTH = 4         # plot lines
SYMBOL_SIZE = 14       # scatter points

TEXT = palette.TEXT
MUTED = palette.MUTED_TEXT
BACKGROUND = palette.WHITE
POS = palette.BLUE            # class +1, positive weights
NEG = palette.ORANGE          # class −1, negative weights
ACCENT = palette.VERMILLION
GREEN = palette.BLUISH_GREEN
PURPLE = palette.REDDISH_PURPLE
SERIES = (palette.BLUE, palette.VERMILLION, palette.BLUISH_GREEN, palette.REDDISH_PURPLE, palette.ORANGE)
FONT_FAMILY_CSS = ""   # the application's default family (with CJK fallback from fontconfig)


def font(pt: int = BODY_PT, bold: bool = False, mono: bool = False) -> QFont:
    f = QFont()
    if mono:
        f.setFamilies(["DejaVu Sans Mono", "Monospace"])
        f.setStyleHint(QFont.StyleHint.Monospace)
    f.setPointSize(pt)
    f.setBold(bold)
    return f


def label(text: str = "", pt: int = BODY_PT, bold: bool = False, color: str = TEXT,
          object_name: str | None = None, mono: bool = False, wrap: bool = False) -> QLabel:
    w = QLabel(text)
    w.setFont(font(pt, bold, mono))
    w.setStyleSheet(f"color: {color};")
    w.setTextFormat(Qt.TextFormat.RichText if text.startswith("<") else Qt.TextFormat.AutoText)
    w.setWordWrap(wrap)
    if object_name:
        w.setObjectName(object_name)
    return w


def button(text: str, object_name: str | None = None, checkable: bool = False) -> QPushButton:
    b = QPushButton(text)
    b.setFont(font(BODY_PT, bold=True))
    b.setMinimumHeight(52)
    b.setCheckable(checkable)
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # the clicker's keys stay with the presenter
    if object_name:
        b.setObjectName(object_name)
    return b


def spin(value: float, lo: float, hi: float, step: float = 1, decimals: int | None = None,
         object_name: str | None = None) -> QAbstractSpinBox:
    """A large spin box; integer when ``decimals`` is None and every argument is an int."""
    if decimals is None and all(isinstance(v, int) for v in (value, lo, hi, step)):
        s = QSpinBox()
    else:
        s = QDoubleSpinBox()
        s.setDecimals(4 if decimals is None else decimals)
    s.setRange(lo, hi)
    s.setSingleStep(step)
    s.setValue(value)
    s.setFont(font(BODY_PT, bold=True))
    s.setMinimumHeight(52)
    s.setMinimumWidth(150)
    s.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    s.setKeyboardTracking(False)
    if object_name:
        s.setObjectName(object_name)
    return s


def combo(items: list[str], object_name: str | None = None) -> QComboBox:
    c = QComboBox()
    c.addItems(items)
    c.setFont(font(BODY_PT, bold=True))
    c.setMinimumHeight(52)
    c.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if object_name:
        c.setObjectName(object_name)
    return c


def slider(lo: int, hi: int, value: int, object_name: str | None = None) -> QSlider:
    s = QSlider(Qt.Orientation.Horizontal)
    s.setRange(lo, hi)
    s.setValue(value)
    s.setMinimumHeight(48)
    s.setMinimumWidth(260)
    s.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    s.setStyleSheet(
        "QSlider::groove:horizontal { height: 12px; background: #CCCCCC; border-radius: 6px; }"
        f"QSlider::handle:horizontal {{ background: {POS}; width: 34px; margin: -12px 0; border-radius: 17px; }}"
    )
    if object_name:
        s.setObjectName(object_name)
    return s


def row(*items, spacing: int = 18, stretch_end: bool = True) -> QHBoxLayout:
    """A horizontal row of widgets (a str becomes a body label)."""
    lay = QHBoxLayout()
    lay.setSpacing(spacing)
    for it in items:
        if isinstance(it, str):
            lay.addWidget(label(it))
        elif isinstance(it, QWidget):
            lay.addWidget(it)
        else:
            lay.addLayout(it)
    if stretch_end:
        lay.addStretch(1)
    return lay


def plot(title: str = "", x_label: str = "", y_label: str = "", object_name: str | None = None) -> pg.PlotWidget:
    """A pyqtgraph plot in the projector style: white, thick axes, large ticks and labels."""
    w = pg.PlotWidget(background=BACKGROUND)
    if object_name:
        w.setObjectName(object_name)
    item = w.getPlotItem()
    if title:
        item.setTitle(title, size=f"{AXIS_LABEL_PT + 2}pt", color=TEXT, bold=True)
    tick_font = font(AXIS_PT)
    for name in ("left", "bottom"):
        ax = item.getAxis(name)
        ax.setTickFont(tick_font)
        ax.setPen(pg.mkPen(TEXT, width=2))
        ax.setTextPen(pg.mkPen(TEXT))
        ax.setStyle(tickTextOffset=8, tickLength=-10)
        ax.enableAutoSIPrefix(False)
    label_style = {"font-size": f"{AXIS_LABEL_PT}pt", "color": TEXT}
    if x_label:
        item.setLabel("bottom", x_label, **label_style)
    if y_label:
        item.setLabel("left", y_label, **label_style)
    item.getAxis("left").setWidth(90)
    item.showGrid(x=True, y=True, alpha=0.15)
    item.setMenuEnabled(False)
    w.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return w


def pen(color: str = POS, width: int = LINE_WIDTH, dashed: bool = False):
    p = pg.mkPen(QColor(color), width=width)
    if dashed:
        p.setStyle(Qt.PenStyle.DashLine)
    return p


def curve(plot_widget: pg.PlotWidget, color: str = POS, name: str | None = None, symbol: str | None = "o",
          width: int = LINE_WIDTH, dashed: bool = False) -> pg.PlotDataItem:
    """A line (with markers, as in the slides' plots) added once and updated with setData."""
    kw = {}
    if symbol:
        kw = dict(symbol=symbol, symbolSize=SYMBOL_SIZE, symbolBrush=pg.mkBrush(color), symbolPen=pg.mkPen("w", width=1.5))
    return plot_widget.plot([], [], pen=pen(color, width, dashed), name=name, **kw)


def legend(plot_widget: pg.PlotWidget, offset=(-10, 10)) -> pg.LegendItem:
    leg = plot_widget.addLegend(offset=offset, labelTextSize=f"{BODY_PT - 2}pt", labelTextColor=TEXT)
    leg.setBrush(pg.mkBrush(255, 255, 255, 230))
    leg.setPen(pg.mkPen("#888888"))
    return leg


def card_style(widget: QWidget, background: str = "#F4F4F4") -> None:
    widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    widget.setStyleSheet(f"background: {background}; border-radius: 12px;")


def fmt(x: float, digits: int = 3) -> str:
    """A number as a student reads it: rounded, no -0, no trailing noise."""
    if x != x:  # NaN
        return "NaN"
    v = round(float(x), digits)
    if v == 0:
        v = 0.0
    return f"{v:g}" if abs(v) < 1e6 else f"{v:.3g}"


def fmt_vec(values, digits: int = 3) -> str:
    return "[" + ", ".join(fmt(v, digits) for v in values) + "]"


def disable_focus(widget: QAbstractButton) -> None:
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
