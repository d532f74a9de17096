"""Decision regions over the data (pyqtgraph ImageItem + scatter), accuracy and confusion matrix.

Regions take the colour of the most probable class, shaded by confidence (white at the
boundary); training points are filled circles, test points squares, misclassified points carry a
black ×. Axes are labelled with the feature names. Items are created once and updated with
``setImage`` / ``setData``, never recreated per frame.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_nn.ui.kit import palette
from desktop_nn.ui.kit.plots import readable_axes, style_axes
from desktop_nn.ui.kit.drawing import data_area, repaint_calls, split_rect
from desktop_nn.ui.workbench.fit_plot import FitPlot


def feature_label(text: str) -> str:
    """An input's name as shown: the Iris features in the user's language, others as they are."""
    return QCoreApplication.translate("HyperparametersPanel", text)


def _sample(m: int) -> np.ndarray:
    """The indices of the points drawn: all of them, or a fixed sample of MAX_DRAWN_POINTS."""
    if m <= MAX_DRAWN_POINTS:
        return np.arange(m)
    return np.sort(np.random.default_rng(0).choice(m, MAX_DRAWN_POINTS, replace=False))


def _brushes(y: np.ndarray, alpha: int = 255) -> list:
    cache = {}
    out = []
    for k in y.tolist():
        if k not in cache:
            c = palette.class_color(int(k))
            c.setAlpha(alpha)
            cache[k] = pg.mkBrush(c)
        out.append(cache[k])
    return out


MAX_DRAWN_POINTS = 20_000      # more points than this are drawn as a fixed sample of them
PLOT_MIN = 180                  # px: the plot never shrinks below this square


class DecisionPlot(QWidget):
    """The data, the model's decision regions, and how well it classifies them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("decisionPlot")
        self._data = None
        self._axes_changed = True
        self.last_image: np.ndarray | None = None

        title = self.titleLabel = QLabel(self.tr("Decision regions"))
        title.setFont(palette.font(palette.TITLE_POINT_SIZE, bold=True))
        self.plot_widget = pg.PlotWidget(axisItems=readable_axes())
        self.plot_widget.setObjectName("decisionGraphics")
        self.plot: pg.PlotItem = self.plot_widget.getPlotItem()
        style_axes(self.plot, "x₂", "x₁")
        self.plot.showGrid(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-20)
        self.plot.addItem(self.image)
        self.train_scatter = pg.ScatterPlotItem(size=13, pen=pg.mkPen(palette.BLACK, width=1.2), symbol="o")
        self.test_scatter = pg.ScatterPlotItem(size=13, pen=pg.mkPen(palette.BLACK, width=2.0), symbol="s")
        self.wrong_scatter = pg.ScatterPlotItem(size=22, pen=pg.mkPen(palette.MISCLASSIFIED, width=3.5),
                                                brush=None, symbol="x")
        for item in (self.train_scatter, self.test_scatter, self.wrong_scatter):
            self.plot.addItem(item)
        # the legend sits beside the plot, where it never hides a point
        self.legendLabel = QLabel()
        self.legendLabel.setObjectName("decisionLegend")
        self.legendLabel.setTextFormat(Qt.TextFormat.RichText)
        self.legendLabel.setFont(palette.font(palette.LABEL_POINT_SIZE))

        # the readout beside the plot: accuracy in large type, then the confusion matrix
        self.accuracyLabel = QLabel("—")
        self.accuracyLabel.setObjectName("accuracyLabel")
        self.accuracyLabel.setFont(palette.number_font())
        self.accuracyCaption = QLabel(self.tr("accuracy"))
        self.confusionCaption = QLabel(self.tr("confusion\n(rows: true,\ncolumns: predicted)"))
        self.confusionCaption.setWordWrap(True)
        self.confusionMatrix = QTableWidget(2, 2)
        self.confusionMatrix.setObjectName("confusionMatrix")
        self.confusionMatrix.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.confusionMatrix.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.confusionMatrix.setFont(palette.font(palette.LABEL_POINT_SIZE))
        self.confusionMatrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.confusionMatrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the readout: the legend, then the accuracy and the confusion matrix; beside the plot in a
        # column, or under it in a row (see _arrange), whichever leaves the plot the larger square
        readout = QVBoxLayout()
        readout.addWidget(self.accuracyCaption)
        readout.addWidget(self.accuracyLabel)
        readout.addSpacing(6)
        readout.addWidget(self.confusionCaption)
        readout.addWidget(self.confusionMatrix)
        # a regression's fit, its parts and R² (fit_plot.py) take the plot and this place over
        self.fit = FitPlot(self)
        readout.addWidget(self.fit.r2Label)
        readout.addStretch(1)
        side = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        side.addWidget(self.legendLabel, 0, Qt.AlignmentFlag.AlignTop)
        side.addLayout(readout)
        self._readout = readout

        # data with more than two inputs has no plane to draw regions on: say so instead
        self.noRegionsLabel = QLabel()
        self.noRegionsLabel.setObjectName("noRegionsLabel")
        self.noRegionsLabel.setWordWrap(True)
        self.noRegionsLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.noRegionsLabel.setFont(palette.font(palette.LABEL_POINT_SIZE))
        self.noRegionsLabel.hide()

        self.plot_widget.setMinimumSize(PLOT_MIN, PLOT_MIN)
        body = self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        plots = QVBoxLayout()
        plots.addWidget(self.plot_widget, 1)
        plots.addWidget(self.fit, 1)
        body.addLayout(plots, 1)
        body.addWidget(self.noRegionsLabel, 1)
        body.addLayout(side)
        self._side = side
        self._arrangement = "beside"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(title)
        layout.addLayout(body, 1)

    # the readout beside the plot (a column), under it in a row, or under it as a column
    _ARRANGEMENTS = {
        "beside": (QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom),
        "below": (QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.LeftToRight),
        "stacked": (QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.TopToBottom),
    }

    def _needs(self) -> dict[str, QSize]:
        """The room each arrangement needs besides the plot: (width beside it, height under it)."""
        legend, readout = self.legendLabel.sizeHint(), QSize(self._readout.sizeHint())
        # a word-wrapped caption reports a narrow hint: the readout is as wide as its table
        readout.setWidth(max(readout.width(), self.confusionMatrix.minimumWidth(),
                             self.accuracyLabel.sizeHint().width()))
        return {
            "beside": (max(legend.width(), readout.width()) + 12, 0, legend.height() + readout.height()),
            "below": (0, max(legend.height(), readout.height()) + 12, legend.width() + readout.width() + 12),
            "stacked": (0, legend.height() + readout.height() + 12, max(legend.width(), readout.width())),
        }

    def _plot_square(self, width: int, height: int) -> dict[str, int]:
        """The side of the square plot each arrangement leaves in ``width`` × ``height`` (≤ 0: none)."""
        out = {}
        for name, (w, h, other) in self._needs().items():
            side_fits = other <= (height if name == "beside" else width)
            out[name] = min(width - w, height - h) if side_fits else 0
        return out

    def beside_width(self) -> int:
        """The width the plot at its smallest and the readout beside it need."""
        margins = self.layout().contentsMargins()
        return PLOT_MIN + self._needs()["beside"][0] + margins.left() + margins.right()

    def minimumSizeHint(self) -> QSize:
        """The narrowest width and the lowest height any arrangement needs (see _arrange): the
        pane gives way in either direction by rearranging, never by growing the window."""
        margins = self.layout().contentsMargins()
        sizes = [(PLOT_MIN + w, max(PLOT_MIN + h, other if name == "beside" else 0),
                  max(PLOT_MIN + w, other if name != "beside" else 0))
                 for name, (w, h, other) in self._needs().items()]
        width = min(wide for _, _, wide in sizes)
        height = min(high for _, high, _ in sizes)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom() + 40)

    def _arrange(self) -> None:
        """The arrangement that leaves the plot the largest square; a switch needs a gain of a few
        pixels, so that it cannot flip back and forth."""
        margins = self.layout().contentsMargins()
        squares = self._plot_square(self.width() - margins.left() - margins.right(),
                                    self.height() - margins.top() - margins.bottom() - 40)
        best = max(squares, key=squares.get)
        if best != self._arrangement and squares[best] > squares[self._arrangement] + 16:
            self._arrangement = best
            body, side = self._ARRANGEMENTS[best]
            self._body.setDirection(body)
            self._side.setDirection(side)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    # --- public --------------------------------------------------------------------------------

    def update_snapshot(self, snapshot) -> None:
        data = snapshot.data
        if data is not self._data:
            self._set_data(data)
        if self.fit.active:
            self.last_image = self.fit.update_snapshot(snapshot)
            return
        if not data.plottable:
            self.last_image = None
            self.misclassified_count = int(np.sum(snapshot.train_pred != data.y_train)
                                           + (np.sum(snapshot.test_pred != data.y_test) if len(data.y_test) else 0))
            self._update_readout(snapshot)
            return
        xmin, xmax, ymin, ymax = data.extent
        self.last_image = palette.region_image(snapshot.grid_probs)
        self.image.setImage(self.last_image, autoLevels=False)
        self.image.setRect(QRectF(xmin, ymin, xmax - xmin, ymax - ymin))
        wrong_train = snapshot.train_pred != data.y_train
        wrong_test = snapshot.test_pred != data.y_test if len(data.y_test) else np.zeros(0, bool)
        shown_train = np.zeros(len(wrong_train), bool)
        shown_train[self._shown_train] = True
        shown_test = np.zeros(len(wrong_test), bool)
        shown_test[self._shown_test] = True
        pts = np.vstack([data.X_raw_train[wrong_train & shown_train], data.X_raw_test[wrong_test & shown_test]])
        self.wrong_scatter.setData(pts[:, 0], pts[:, 1])
        self.misclassified_count = int(wrong_train.sum() + wrong_test.sum())
        self._update_readout(snapshot)

    def repaint_parts(self) -> list:
        """The calls that draw the plot now: only the data area, unless the data (and so the
        axes) changed — then the whole plot, in three bands."""
        if not self.plot_widget.isVisible():
            return []
        viewport = self.plot_widget.viewport()
        if self._axes_changed:
            self._axes_changed = False
            return repaint_calls(viewport, split_rect(viewport.rect(), 3)) + self.fit.repaint_parts()
        return repaint_calls(viewport, [data_area(self.plot_widget, self.plot.vb)]) + self.fit.repaint_parts()

    # --- drawing -------------------------------------------------------------------------------

    def _set_data(self, data) -> None:
        self._data = data
        self._axes_changed = True
        if self.fit.set_data(data):
            return
        self.plot_widget.setVisible(data.plottable)
        self.noRegionsLabel.setVisible(not data.plottable)
        if not data.plottable:
            self.noRegionsLabel.setText(self.tr(
                "No decision regions: this data has {} input columns ({}), and regions can only be drawn "
                "over two. The network trains on all of them; the cost, the accuracy and the confusion "
                "matrix show how well it does.").format(data.X_train.shape[1], ", ".join(data.input_labels)))
            self.image.clear()
            for item in (self.train_scatter, self.test_scatter, self.wrong_scatter):
                item.setData([], [])
        else:
            self._set_points(data)
        self._set_legend_and_matrix(data)

    def _set_points(self, data) -> None:
        # a big imported table is drawn as a fixed sample of its points (the regions, the
        # accuracy and the confusion matrix still use all of them); the crosses follow the sample
        self._shown_train = _sample(len(data.y_train))
        self._shown_test = _sample(len(data.y_test))
        train, test = self._shown_train, self._shown_test
        self.train_scatter.setData(data.X_raw_train[train, 0], data.X_raw_train[train, 1],
                                   brush=_brushes(data.y_train[train]))
        if len(data.y_test):
            self.test_scatter.setData(data.X_raw_test[test, 0], data.X_raw_test[test, 1],
                                      brush=_brushes(data.y_test[test], alpha=150))
        else:
            self.test_scatter.setData([], [])
        style = {"font-size": f"{palette.LABEL_POINT_SIZE}pt", "color": palette.TEXT}
        # Iris's feature names are translated (marked in desktop_nn/i18n.py); a CSV's stay as written
        self.plot.setLabel("bottom", feature_label(data.axis_labels[0]), **style)
        self.plot.setLabel("left", feature_label(data.axis_labels[1]), **style)
        xmin, xmax, ymin, ymax = data.extent
        self.plot.setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0)

    def _class_names(self, data) -> list[str]:
        """The class names to show: the numbered classes of the generated datasets translated."""
        template = self.tr("class {}")
        return [template.format(name[6:]) if name.startswith("class ") and name[6:].isdigit() else name
                for name in data.class_names]

    def _set_legend_and_matrix(self, data) -> None:
        names = self._class_names(data)
        # legend: the classes in one column, the kinds of point in the other (half the height)
        classes = [f'<span style="color:{palette.CLASS_COLORS[k % len(palette.CLASS_COLORS)]}; font-size:15pt">'
                   f"&#9679;</span>&nbsp;{name}" for k, name in enumerate(names)]
        kinds = ['<span style="font-size:13pt">&#9675;</span>&nbsp;' + self.tr("training point")]
        if len(data.y_test):
            kinds.append('<span style="font-size:13pt">&#9633;</span>&nbsp;' + self.tr("test point"))
        kinds.append('<span style="font-size:13pt"><b>&#215;</b></span>&nbsp;' + self.tr("misclassified"))
        rows = max(len(classes), len(kinds))
        cells = "".join(
            f"<tr><td>{classes[i] if i < len(classes) else ''}</td>"
            f"<td style='padding-left:12px'>{kinds[i] if i < len(kinds) else ''}</td></tr>"
            for i in range(rows))
        self.legendLabel.setText(f"<table cellspacing='0' cellpadding='0'>{cells}</table>")
        k = data.n_classes
        self.confusionMatrix.setRowCount(k)
        self.confusionMatrix.setColumnCount(k)
        self.confusionMatrix.setHorizontalHeaderLabels(names)
        self.confusionMatrix.setVerticalHeaderLabels(names)
        for i in range(k):
            for j in range(k):
                item = QTableWidgetItem("0")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.confusionMatrix.setItem(i, j, item)
        self.confusionCaption.setText(
            self.tr("confusion, {}:\nrows true, columns predicted").format(
                self.tr("test set") if len(data.y_test) else self.tr("training set")))

    def _update_readout(self, snapshot) -> None:
        data = snapshot.data
        # the accuracy is the confusion matrix's diagonal share: both, and the crosses on the plot,
        # come from the same predictions of the same weights (also after a divergence stop, when
        # the last epoch's recorded accuracy belongs to weights that were rolled back)
        conf = snapshot.confusion
        total = int(conf.sum())
        acc = float(np.trace(conf)) / total if total else float("nan")
        self.accuracyCaption.setText(self.tr("test accuracy") if len(data.y_test) else self.tr("training accuracy"))
        self.accuracyLabel.setText(f"{100 * acc:.1f} %" if np.isfinite(acc) else "—")
        for i in range(conf.shape[0]):
            for j in range(conf.shape[1]):
                item = self.confusionMatrix.item(i, j)
                if item is not None:
                    item.setText(str(int(conf[i, j])))
                    item.setBackground(QColor("#DDEEDD") if i == j else QColor("#FFFFFF"))
        table = self.confusionMatrix
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        # the headers' size hints, not their current sizes: before the table is first shown those
        # are still zero, and the matrix came up clipped, with scroll bars
        frame = 2 * table.frameWidth()
        size = QSize(table.horizontalHeader().length() + table.verticalHeader().sizeHint().width() + frame,
                     table.verticalHeader().length() + table.horizontalHeader().sizeHint().height() + frame)
        if size != table.size():
            table.setFixedSize(size)
            self._arrange()         # the readout's size changed: its place may have to change too
