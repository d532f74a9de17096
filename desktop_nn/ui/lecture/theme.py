"""The projector theme of lecture mode: large type, high contrast, little clutter.

Sizes are shares of the screen height, so a scene reads the same from the back row of a hall on a
1024×768 beamer as on a 4K projector: body text and numbers ≥ 3 % of the height, code and matrix
cells ≥ 2.5 %, axis ticks ≥ 2.2 %, text on white ≥ 4.5:1 contrast. Colours come from :mod:`desktop_nn.ui.kit.palette` so the
lecture and the main window speak the same colour language (blue = positive / class +1,
orange = negative / class −1). How formulas are kept whole when a label wraps is
:mod:`~desktop_nn.ui.lecture.typeset`.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
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

from desktop_nn.ui.kit import palette
from desktop_nn.ui.kit.numbers import MINUS, fmt, fmt_vec  # noqa: F401 - the scenes' numbers
from desktop_nn.ui.lecture.typeset import WrappingLabel

#: Every size below is in pixels on a screen of REFERENCE_LINES lines; :func:`px` scales it to the
#: screen the presenter is on, so type keeps its share of the screen height on any projector (a
#: student in the last row sees the same proportion of the wall at 768 lines as at 2160).
REFERENCE_LINES = 1080
TITLE = 50             # scene title                                   4.6 % of the screen height
BODY = 34              # labels, buttons, verdicts                     3.1 %  (≥ 3 %)
NUMBER = 38            # the numbers that matter (weights, cost, epoch)
FORMULA = 36           # formulas
CODE = 28              # code and matrix cells                         2.6 %  (≥ 2.5 %)
CELL = 28
AXIS = 25              # plot tick labels                              2.3 %  (≥ 2.2 %)
AXIS_LABEL = 28        # plot axis labels and plot titles
NOTES = 30             # speaker notes under the scene
LINE_WIDTH = 5         # plot lines (≥ 3 px at 1080 lines)
SYMBOL_SIZE = 16       # scatter points
CONTROL_HEIGHT = 60    # buttons, spin boxes, combo boxes


TEXT = palette.TEXT
MUTED = palette.MUTED_TEXT     # #444 on white: 9.7:1
INACTIVE = "#6B6B6B"           # what has not happened yet; 5.3:1 on white (≥ 4.5:1)
INACTIVE_LINE = "#9A9A9A"      # outlines of inactive boxes (text stays INACTIVE)
BACKGROUND = palette.WHITE
POS = palette.BLUE            # class +1, positive weights
NEG = palette.ORANGE          # class −1, negative weights
ACCENT = palette.VERMILLION
GREEN = palette.BLUISH_GREEN
PURPLE = palette.REDDISH_PURPLE
SERIES = (palette.BLUE, palette.VERMILLION, palette.BLUISH_GREEN, palette.REDDISH_PURPLE, palette.ORANGE)

_width, _lines = 1920, REFERENCE_LINES     # the screen the presenter lays out for


def set_screen(width: int, lines: int) -> None:
    """Lay out for a screen ``width`` × ``lines`` pixels (the presenter calls this for its screen)."""
    global _width, _lines
    _width, _lines = max(640, int(width)), max(480, int(lines))


def px(size: float) -> int:
    """A design size (pixels at 1080 lines) in pixels on the current screen."""
    return max(1, round(size * _lines / REFERENCE_LINES))


def font(size: float = BODY, bold: bool = False, mono: bool = False) -> QFont:
    """The projector font at a design size (``BODY``, ``CODE`` …), scaled to the screen."""
    f = QFont()
    if mono:
        f.setFamilies(["DejaVu Sans Mono", "Monospace"])
        f.setStyleHint(QFont.StyleHint.Monospace)
    f.setPixelSize(px(size))
    f.setBold(bold)
    return f


def css_px(size: float) -> str:
    """A design size as a CSS length for rich text and pyqtgraph labels: ``"32px"``."""
    return f"{px(size)}px"


def contrast(color: str, background: str = BACKGROUND) -> float:
    """The WCAG contrast ratio of two colours (1 … 21); text wants ≥ 4.5."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    a, b = luminance(QColor(color)), luminance(QColor(background))
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


MIN_CONTRAST = 4.5


def readable(color: str, background: str = BACKGROUND) -> str:
    """``color`` darkened just enough (same hue) to read as text on ``background`` (≥ 4.5:1):
    the palette's orange and vermillion are for areas and lines; as text they become their darker
    shades."""
    c = QColor(color)
    while contrast(c.name(), background) < MIN_CONTRAST and c.value() > 0:
        c = c.darker(106)
    return c.name()


def set_text_color(widget: QWidget, color: str) -> None:
    """Colour a label's text, darkened where needed to stay readable on white."""
    widget.setStyleSheet(f"color: {readable(color)};")


def label(text: str = "", size: float = BODY, bold: bool = False, color: str = TEXT,
          object_name: str | None = None, mono: bool = False, wrap: bool = False) -> QLabel:
    w = WrappingLabel() if wrap else QLabel()
    w.setTextFormat(Qt.TextFormat.RichText if text.startswith("<") else Qt.TextFormat.AutoText)
    w.setText(text)
    w.setFont(font(size, bold, mono))
    set_text_color(w, color)
    w.setWordWrap(wrap)
    if object_name:
        w.setObjectName(object_name)
    return w


def button(text: str, object_name: str | None = None, checkable: bool = False) -> QPushButton:
    b = QPushButton(text)
    b.setFont(font(BODY, bold=True))
    b.setMinimumHeight(px(CONTROL_HEIGHT))
    b.setCheckable(checkable)
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # the clicker's keys stay with the presenter
    if object_name:
        b.setObjectName(object_name)
    return b


class _TrueMinus:
    """Spin-box text with a true minus sign (−0.50), read back with either sign."""

    def textFromValue(self, value):
        return super().textFromValue(value).replace("-", MINUS)

    def valueFromText(self, text: str):
        return super().valueFromText(text.replace(MINUS, "-"))

    def validate(self, text: str, pos: int):
        state, fixed, pos = super().validate(text.replace(MINUS, "-"), pos)
        return state, fixed.replace("-", MINUS), pos


class MinusSpinBox(_TrueMinus, QSpinBox):
    """An integer spin box with a true minus sign."""


class MinusDoubleSpinBox(_TrueMinus, QDoubleSpinBox):
    """A number spin box with a true minus sign."""


class MinusAxisItem(pg.AxisItem):
    """Plot tick labels with a true minus sign."""

    def tickStrings(self, values, scale, spacing):
        return [t.replace("-", MINUS) for t in super().tickStrings(values, scale, spacing)]


def spin(value: float, lo: float, hi: float, step: float = 1, decimals: int | None = None,
         object_name: str | None = None) -> QAbstractSpinBox:
    """A large spin box (with a true minus sign); integer when ``decimals`` is None and every
    argument is an int."""
    if decimals is None and all(isinstance(v, int) for v in (value, lo, hi, step)):
        s = MinusSpinBox()
    else:
        s = MinusDoubleSpinBox()
        s.setDecimals(4 if decimals is None else decimals)
    s.setRange(lo, hi)
    s.setSingleStep(step)
    s.setValue(value)
    s.setFont(font(BODY, bold=True))
    s.setMinimumHeight(px(CONTROL_HEIGHT))
    s.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    s.setKeyboardTracking(False)
    if object_name:
        s.setObjectName(object_name)
    return s


def combo(items: list[str], object_name: str | None = None) -> QComboBox:
    c = QComboBox()
    c.addItems(items)
    c.setFont(font(BODY, bold=True))
    c.setMinimumHeight(px(CONTROL_HEIGHT))
    c.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if object_name:
        c.setObjectName(object_name)
    return c


def slider(lo: int, hi: int, value: int, object_name: str | None = None) -> QSlider:
    s = QSlider(Qt.Orientation.Horizontal)
    s.setRange(lo, hi)
    s.setValue(value)
    s.setMinimumHeight(px(CONTROL_HEIGHT - 8))
    s.setMinimumWidth(px(200))
    s.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    groove, handle = px(12), px(34)
    s.setStyleSheet(
        f"QSlider::groove:horizontal {{ height: {groove}px; background: #BBBBBB; border-radius: {groove // 2}px; }}"
        f"QSlider::handle:horizontal {{ background: {POS}; width: {handle}px; margin: -{groove}px 0; "
        f"border-radius: {handle // 2}px; }}"
    )
    if object_name:
        s.setObjectName(object_name)
    return s


def row(*items, spacing: int = 18, stretch_end: bool = True) -> QHBoxLayout:
    """A horizontal row of widgets (a str becomes a body label)."""
    lay = QHBoxLayout()
    lay.setSpacing(px(spacing))
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


#: a plot never shrinks below these shares of the screen (height, width): its curve stays readable
PLOT_MIN_SHARE = (0.13, 0.16)


def plot_minimum() -> tuple[int, int]:
    """(width, height) in pixels below which no plot of a scene may shrink on this screen."""
    return (int(PLOT_MIN_SHARE[1] * _width + 0.999), int(PLOT_MIN_SHARE[0] * _lines + 0.999))


def plot(title: str = "", x_label: str = "", y_label: str = "", object_name: str | None = None,
         left_axis: pg.AxisItem | None = None) -> pg.PlotWidget:
    """A pyqtgraph plot in the projector style: white, thick axes, large ticks and labels.

    ``left_axis`` replaces the y axis (a log axis with labels of its own, say); it is styled
    like every other."""
    w = pg.PlotWidget(background=BACKGROUND, axisItems={"left": left_axis or MinusAxisItem("left"),
                                                        "bottom": MinusAxisItem("bottom")})
    if object_name:
        w.setObjectName(object_name)
    w.setMinimumSize(*plot_minimum())
    item = w.getPlotItem()
    if title:
        set_plot_title(w, title)
    tick_font = font(AXIS)
    for name in ("left", "bottom"):
        ax = item.getAxis(name)
        ax.setTickFont(tick_font)
        ax.setPen(pg.mkPen(TEXT, width=max(2, px(3))))
        ax.setTextPen(pg.mkPen(TEXT))
        ax.setStyle(tickTextOffset=px(8), tickLength=-px(10), autoExpandTextSpace=True)
        ax.enableAutoSIPrefix(False)
    if x_label:
        set_axis_label(w, "bottom", x_label)
    if y_label:
        set_axis_label(w, "left", y_label)
    item.showGrid(x=True, y=True, alpha=0.15)
    item.setMenuEnabled(False)
    w.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return w


def set_plot_title(plot_widget: pg.PlotWidget, text: str) -> None:
    """A plot's title (bold, at the axis-label size), set or changed."""
    plot_widget.getPlotItem().setTitle(text, size=css_px(AXIS_LABEL), color=TEXT, bold=True)


def set_axis_label(plot_widget: pg.PlotWidget, side: str, text: str) -> None:
    """The label of a plot's ``side`` axis ("bottom", "left"), set or changed."""
    plot_widget.getPlotItem().setLabel(side, text, **{"font-size": css_px(AXIS_LABEL), "color": TEXT})


def pen(color: str = POS, width: float = LINE_WIDTH, dashed: bool = False):
    """A plot pen; ``width`` is a design size (pixels at 1080 lines), scaled to the screen."""
    p = pg.mkPen(QColor(color), width=max(2, px(width)))
    if dashed:
        p.setStyle(Qt.PenStyle.DashLine)
    return p


def curve(plot_widget: pg.PlotWidget, color: str = POS, name: str | None = None, symbol: str | None = "o",
          width: int = LINE_WIDTH, dashed: bool = False) -> pg.PlotDataItem:
    """A line (with markers, as in the slides' plots) added once and updated with setData."""
    kw = {}
    if symbol:
        kw = dict(symbol=symbol, symbolSize=px(SYMBOL_SIZE), symbolBrush=pg.mkBrush(color), symbolPen=pg.mkPen("w", width=1.5))
    return plot_widget.plot([], [], pen=pen(color, width, dashed), name=name, **kw)


def legend(plot_widget: pg.PlotWidget, offset=(-10, 10)) -> pg.LegendItem:
    leg = plot_widget.addLegend(offset=offset, labelTextSize=css_px(AXIS_LABEL), labelTextColor=TEXT)
    leg.setBrush(pg.mkBrush(255, 255, 255, 230))
    leg.setPen(pg.mkPen("#888888"))
    return leg


def card_style(widget: QWidget, background: str = "#F4F4F4") -> None:
    widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    widget.setStyleSheet(f"background: {background}; border-radius: 12px;")


