"""Small live views shared by the scenes, drawn in the projector theme.

* :class:`RegionPlot` — decision regions, data points (class −1/0 orange circles, class +1/1 blue
  squares: colour *and* shape) and, for linear models, the boundary line w0 + w1 x1 + w2 x2 = 0.
* :class:`NetworkView` — a network as columns of neurons, links blue (w > 0) / orange (w < 0),
  thick by |w|, with n[l] under each layer; one layer can be highlighted.
* :class:`MatrixGrid` — one matrix as a coloured numeric grid with its name and shape, elided in
  the middle when large (the shape stays visible).

The controls that play a scene (EpochPlayer, SpeedControl) are in :mod:`~desktop_nn.ui.lecture.players`.
The main window's architecture editor and the step-through pane (issues 5 and 6) do the same with
more features; these stay small so a scene never depends on the main window.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from desktop_nn.ui.kit import palette
from desktop_nn.ui.lecture import theme


class PageStack(QStackedWidget):
    """A stack whose size hints are those of the page on show, not of its largest page (a plain
    QStackedWidget takes the largest): one page that needs much room must not force the others,
    and the window, past the screen. The presenter's scenes and a scene's own pages use it."""

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


def grid_points(X: np.ndarray, n: int = 150, pad: float = 0.6):
    """A regular grid over the data: (points (n*n, 2), (x0, x1, y0, y1), n)."""
    x0, y0 = X.min(axis=0) - pad
    x1, y1 = X.max(axis=0) + pad
    xs = np.linspace(x0, x1, n)
    ys = np.linspace(y0, y1, n)
    xx, yy = np.meshgrid(xs, ys)
    return np.c_[xx.ravel(), yy.ravel()], (x0, x1, y0, y1), n


def class_scatter(plot: pg.PlotWidget, names: tuple[str | None, str | None] = (None, None)):
    """(class −1/0, class +1/1) points added to ``plot``: orange circles and blue squares, colour
    *and* shape; ``names`` for a legend."""
    neg = pg.ScatterPlotItem(size=theme.px(theme.SYMBOL_SIZE + 2), symbol="o", brush=pg.mkBrush(theme.NEG),
                             pen=pg.mkPen("k", width=1.2), name=names[0])
    pos = pg.ScatterPlotItem(size=theme.px(theme.SYMBOL_SIZE + 2), symbol="s", brush=pg.mkBrush(theme.POS),
                             pen=pg.mkPen("k", width=1.2), name=names[1])
    plot.addItem(neg)
    plot.addItem(pos)
    return neg, pos


def set_class_points(neg: pg.ScatterPlotItem, pos: pg.ScatterPlotItem, X: np.ndarray, y: np.ndarray) -> None:
    """The rows of ``X`` (two columns) into the scatter of their class (y > 0: class +1)."""
    positive = y > 0
    pos.setData(X[positive, 0], X[positive, 1])
    neg.setData(X[~positive, 0], X[~positive, 1])


class RegionPlot(QWidget):
    def __init__(self, x_label: str = "", y_label: str = "", title: str = "", object_name: str | None = None):
        super().__init__()
        if object_name:
            self.setObjectName(object_name)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.plot = theme.plot(title, x_label, y_label)
        self.plot.getPlotItem().showGrid(x=False, y=False)
        lay.addWidget(self.plot)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        self.plot.addItem(self.image)
        self.line = pg.PlotDataItem([], [], pen=theme.pen(theme.TEXT, 4))
        self.plot.addItem(self.line)
        self.neg, self.pos = class_scatter(self.plot)
        self.wrong = pg.ScatterPlotItem(size=theme.px(theme.SYMBOL_SIZE + 14), symbol="x", brush=pg.mkBrush(theme.TEXT),
                                        pen=pg.mkPen(theme.TEXT, width=1))
        self.plot.addItem(self.wrong)
        self.extent = None
        self.has_regions = False

    def set_points(self, X: np.ndarray, y: np.ndarray) -> None:
        set_class_points(self.neg, self.pos, X, y)

    def set_wrong(self, X: np.ndarray) -> None:
        self.wrong.setData(X[:, 0], X[:, 1]) if len(X) else self.wrong.setData([], [])

    def set_regions(self, p: np.ndarray, extent) -> None:
        """``p`` (n, n): probability of the positive class on the grid (row 0 = lowest y)."""
        img = palette.region_image(np.stack([1.0 - p, p]))
        self.image.setImage(img, autoLevels=False)
        x0, x1, y0, y1 = extent
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        if self.extent != tuple(extent):
            self.extent = tuple(extent)
            self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self.has_regions = True

    def set_line(self, w: np.ndarray | None) -> None:
        """The boundary w0 + w1 x1 + w2 x2 = 0 across the current extent (hidden if w1 = w2 = 0)."""
        if w is None or self.extent is None or (abs(w[1]) < 1e-12 and abs(w[2]) < 1e-12):
            self.line.setData([], [])
            return
        x0, x1, y0, y1 = self.extent
        if abs(w[2]) > abs(w[1]):
            xs = np.array([x0, x1])
            ys = -(w[0] + w[1] * xs) / w[2]
        else:
            ys = np.array([y0, y1])
            xs = -(w[0] + w[2] * ys) / w[1]
        self.line.setData(xs, ys)


class NetworkView(QWidget):
    """A network drawn as the chapter draws it: x on the left, ŷ on the right."""

    def __init__(self, object_name: str | None = None):
        super().__init__()
        if object_name:
            self.setObjectName(object_name)
        self.layer_dims: list[int] = [2, 1]
        self.weights: list[np.ndarray] | None = None
        self.highlight: int | None = None
        self.layer_names: list[str] | None = None
        self.values: list[np.ndarray] | None = None
        self.setFont(theme.font(theme.BODY, bold=True))
        self.setMinimumSize(theme.px(360), theme.px(260))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_network(self, layer_dims, weights=None, highlight=None, layer_names=None, values=None) -> None:
        self.layer_dims = [int(n) for n in layer_dims]
        self.weights = None if weights is None else [np.asarray(W) for W in weights]
        self.highlight = highlight
        self.layer_names = layer_names
        self.values = values
        self.update()

    def node_positions(self) -> list[list[QPointF]]:
        L = len(self.layer_dims)
        w, h = self.width(), self.height()
        top, bottom = theme.px(20), self._label_height() + theme.px(12)
        margin = theme.px(70)
        pos = []
        for l, n in enumerate(self.layer_dims):
            x = margin + (w - 2 * margin) * (l / max(1, L - 1))
            shown = min(n, 12)
            gap = (h - top - bottom) / max(shown, 1)
            ys = [top + gap * (i + 0.5) for i in range(shown)]
            pos.append([QPointF(x, y) for y in ys])
        return pos

    def _label_height(self) -> int:
        return self.fontMetrics().height() + theme.px(6)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pos = self.node_positions()
        usable = self.height() - self._label_height() - theme.px(30)
        radius = max(theme.px(9), min(theme.px(28), usable / (2.6 * max(min(n, 12) for n in self.layer_dims))))
        wmax = max((float(np.max(np.abs(W))) for W in self.weights), default=1.0) if self.weights else 1.0
        wmax = wmax or 1.0
        for l in range(1, len(pos)):
            hl = self.highlight == l
            for i, a in enumerate(pos[l]):
                for j, b in enumerate(pos[l - 1]):
                    if self.weights is not None and l - 1 < len(self.weights) and self.weights[l - 1].shape[0] > i \
                            and self.weights[l - 1].shape[1] > j:
                        wv = float(self.weights[l - 1][i, j])
                        color = QColor(theme.POS if wv >= 0 else theme.NEG)
                        width = theme.px(1.5) + theme.px(8) * abs(wv) / wmax
                    else:
                        color, width = QColor(theme.INACTIVE_LINE), theme.px(2)
                    if self.highlight is not None and not hl:
                        color.setAlpha(70)
                    p.setPen(QPen(color, width))
                    p.drawLine(b, a)
        p.setFont(self.font())
        label_h = self._label_height()
        for l, layer in enumerate(pos):
            hl = self.highlight == l
            for i, c in enumerate(layer):
                fill = QColor("#FFFFFF")
                if self.values is not None and l < len(self.values) and i < len(self.values[l]):
                    v = float(np.clip(self.values[l][i], -1, 1))
                    base = QColor(theme.POS if v >= 0 else theme.NEG)
                    fill = QColor(int(255 + (base.red() - 255) * abs(v)), int(255 + (base.green() - 255) * abs(v)),
                                  int(255 + (base.blue() - 255) * abs(v)))
                p.setBrush(QBrush(fill))
                p.setPen(QPen(QColor(theme.ACCENT if hl else theme.TEXT), theme.px(5 if hl else 3)))
                p.drawEllipse(c, radius, radius)
            n = self.layer_dims[l]
            if n > len(layer):
                p.setPen(QColor(theme.TEXT))
                p.drawText(QRectF(layer[-1].x() - 40, layer[-1].y() + radius, 80, label_h), Qt.AlignmentFlag.AlignCenter, "⋮")
            name = self.layer_names[l] if self.layer_names and l < len(self.layer_names) else f"n[{l}] = {n}"
            p.setPen(QColor(theme.ACCENT if hl else theme.TEXT))
            x = layer[0].x()
            half = max(theme.px(70), self.width() / (2 * max(1, len(pos))))
            p.drawText(QRectF(x - half, self.height() - label_h, 2 * half, label_h), Qt.AlignmentFlag.AlignCenter, name)
        p.end()


class MatrixGrid(QWidget):
    """A matrix as a grid of coloured cells with numbers; big ones elided in the middle.

    Cells are as wide as their widest number at the projector's cell size, never narrower: where
    the columns do not fit, more of them are elided (the shape in the name stays exact).
    """

    def __init__(self, max_rows: int = 6, max_cols: int = 8, object_name: str | None = None, digits: int = 2):
        super().__init__()
        if object_name:
            self.setObjectName(object_name)
        self.max_rows, self.max_cols = max_rows, max_cols
        self.digits = digits
        self.name = ""
        self.matrix = np.zeros((0, 0))
        self.title_font = theme.font(theme.BODY, bold=True)
        self.setFont(theme.font(theme.CELL, bold=True))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_matrix(self, name: str, M) -> None:
        M = np.asarray(M, dtype=float)
        if M.ndim == 0:
            M = M.reshape(1, 1)
        elif M.ndim == 1:
            M = M.reshape(1, -1)   # drawn as a row; the label keeps the true shape
        self.name = name
        self.matrix = M
        self.updateGeometry()
        self.update()

    def _title_height(self) -> int:
        return QFontMetrics(self.title_font).height() + theme.px(6)

    def _cell_size(self) -> tuple[float, float]:
        fm = self.fontMetrics()
        texts = [theme.fmt(v, self.digits) for v in self.matrix.ravel()[:4096]] or ["0"]
        widest = max(fm.horizontalAdvance(t) for t in texts + ["−0.00"])
        return widest + theme.px(16), fm.height() + theme.px(10)

    def minimumSizeHint(self) -> QSize:
        cw, ch = self._cell_size()
        rows = min(3, max(1, self.matrix.shape[0]))
        cols = min(3, max(1, self.matrix.shape[1]))
        title = QFontMetrics(self.title_font).horizontalAdvance(self.name) + theme.px(8)
        return QSize(int(max(cw * cols, title)) + 8, int(self._title_height() + ch * rows) + 8)

    def sizeHint(self) -> QSize:
        cw, ch = self._cell_size()
        rows = min(self.max_rows, max(1, self.matrix.shape[0]))
        cols = min(self.max_cols, max(1, self.matrix.shape[1]))
        return QSize(int(cw * cols) + 8, int(self._title_height() + ch * rows) + 8)

    @staticmethod
    def _pick(n: int, k: int) -> list[int | None]:
        if n <= k:
            return list(range(n))
        k = max(k, 3)
        head = (k - 1) // 2 + (k - 1) % 2
        tail = k - 1 - head
        return list(range(head)) + [None] + list(range(n - tail, n))

    def visible_cells(self) -> tuple[list[int | None], list[int | None]]:
        """(rows, columns) drawn at the present size; ``None`` is an elided run (⋮ or ⋯)."""
        M = self.matrix
        cw, ch = self._cell_size()
        fit_cols = max(1, int((self.width() - 8) // cw))
        fit_rows = max(1, int((self.height() - self._title_height() - 8) // ch))
        return self._pick(M.shape[0], min(self.max_rows, fit_rows)), self._pick(M.shape[1], min(self.max_cols, fit_cols))

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        M = self.matrix
        p.setPen(QColor(theme.TEXT))
        p.setFont(self.title_font)
        label_h = self._title_height()
        p.drawText(QRectF(0, 0, self.width(), label_h), Qt.AlignmentFlag.AlignCenter, self.name)
        if M.size == 0:
            p.end()
            return
        rows, cols = self.visible_cells()
        cw, ch = self._cell_size()
        x0 = (self.width() - cw * len(cols)) / 2
        scale = float(np.max(np.abs(M))) or 1.0
        p.setFont(self.font())
        gap = max(2, theme.px(3))
        for r, i in enumerate(rows):
            for c, j in enumerate(cols):
                rect = QRectF(x0 + c * cw, label_h + r * ch, cw - gap, ch - gap)
                if i is None or j is None:
                    p.setBrush(QBrush(QColor("#EEEEEE")))
                    p.setPen(Qt.PenStyle.NoPen)
                    p.drawRect(rect)
                    p.setPen(QColor(theme.TEXT))
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "⋯" if i is not None else "⋮")
                    continue
                v = float(M[i, j])
                t = abs(v) / scale
                base = QColor(theme.POS if v >= 0 else theme.NEG)
                fill = QColor(int(255 + (base.red() - 255) * t * 0.55), int(255 + (base.green() - 255) * t * 0.55),
                              int(255 + (base.blue() - 255) * t * 0.55))
                p.setBrush(QBrush(fill))
                p.setPen(Qt.PenStyle.NoPen)
                p.drawRect(rect)
                p.setPen(QColor(theme.TEXT))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, theme.fmt(v, self.digits))
        p.end()
