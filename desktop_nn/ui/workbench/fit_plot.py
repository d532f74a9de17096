"""The decision plot's view of a regression: the fitted function over the data, and its parts.

When the run fits numbers (``DataView.is_regression``, training/regression.py) the decision plot
hands its plot to this view:

* one input x: the data points (x, y), the fitted curve ŷ(x) the network computes over a line of
  x (the frame's grid), and each residual y − ŷ as a vertical segment from the point to the curve;
  under it, for a network with **one** hidden layer, each hidden unit's weighted contribution
  a[1]_j(x) · W[2]_(1,j) over the same x, and the output bias b[2] dashed: their sum is the fit,

      ŷ(x) = Σ_j W[2]_(1,j) · g(W[1]_j · x + b[1]_j) + b[2]

  so students see bent pieces (ReLU) or S-curves (tanh) add up to the function. A unit that adds
  (W[2] > 0) is drawn blue, one that subtracts orange. A deeper network's last hidden units are
  already functions of the layers before, so the parts are not shown and a note says why.
* two inputs: a heat-map of ŷ over the plane, the points coloured by their target on the same
  scale (orange low, white middle, blue high), so a residual shows as a point that stands out.
* more than two: no plane to draw over; the readout still holds.

The readout where accuracy and the confusion matrix go: RMSE in large type, then R² (the frame's
``fit``, FitScores). The decision plot keeps its items and hides them; this view owns its own.
"""

from __future__ import annotations

import weakref

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop_nn.training.config import layer_outputs
from desktop_nn.ui.kit import palette
from desktop_nn.ui.kit.numbers import fmt
from desktop_nn.ui.kit.plots import readable_axes, style_axes


def hidden_contributions(params, activations, grid_inputs) -> tuple[np.ndarray, float] | None:
    """(n[1], N) the parts W[2]_(1,j) · a[1]_j of each hidden unit over the grid's N inputs, and
    b[2]; None unless the network has exactly one hidden layer and one output."""
    if "W3" in params or "W2" not in params or params["W2"].shape[0] != 1:
        return None
    A1 = layer_outputs({"W1": params["W1"], "b1": params["b1"]}, activations[:1], np.asarray(grid_inputs).T)[0]
    return np.asarray(params["W2"])[0][:, None] * A1, float(params["b2"][0, 0])


def _scaled(values: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """Values on the target's scale: lo → −1, the middle → 0, hi → +1 (for the diverging colours)."""
    half = (hi - lo) / 2.0 or 1.0
    return (np.asarray(values, np.float64) - (lo + hi) / 2.0) / half


class FitPlot(QWidget):
    """The panel under the plot (the hidden units' parts) and the regression items on the plot."""

    def __init__(self, owner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fitParts")
        self._owner = weakref.ref(owner)          # the DecisionPlot (no reference cycle)
        self._data = None
        self.active = False
        plot = owner.plot
        # on the main plot: the points, their residuals over them, the curve over both
        self.residuals = pg.PlotDataItem(pen=pg.mkPen(palette.TEST_CURVE, width=2.2), connect="pairs")
        self.points = pg.ScatterPlotItem(size=10, pen=pg.mkPen(palette.BLACK, width=1.0),
                                         brush=pg.mkBrush(palette.SKY_BLUE), symbol="o")
        self.test_points = pg.ScatterPlotItem(size=10, pen=pg.mkPen(palette.BLACK, width=1.6),
                                              brush=pg.mkBrush(palette.WHITE), symbol="s")
        self.curve = pg.PlotDataItem(pen=pg.mkPen(palette.BLACK, width=3.0))
        for z, item in enumerate((self.points, self.test_points, self.residuals, self.curve)):
            item.setZValue(z + 1)
            plot.addItem(item)
        # the readout's second number: R² (the first, RMSE, takes the accuracy's label)
        self.r2Label = QLabel("—")
        self.r2Label.setObjectName("r2Label")
        self.r2Label.setFont(palette.number_font())
        self.r2Label.hide()

        # under the plot: each hidden unit's part of the fit
        self.title = QLabel()
        self.title.setObjectName("fitPartsTitle")
        self.title.setWordWrap(True)
        self.title.setFont(palette.font(palette.LABEL_POINT_SIZE))
        self.parts_widget = pg.PlotWidget(axisItems=readable_axes())
        self.parts_widget.setObjectName("fitPartsGraphics")
        self.parts: pg.PlotItem = self.parts_widget.getPlotItem()
        self.parts.setMenuEnabled(False)
        self.parts.setXLink(plot)
        style_axes(self.parts, "", None)          # x is the plot's above (the axes are linked)
        self.parts_widget.setMinimumHeight(90)
        # the panel takes its share (as much as the plot's, see DecisionPlot) whatever pyqtgraph's hint
        self.parts_widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.bias_line = pg.PlotDataItem(pen=pg.mkPen(palette.MUTED_TEXT, width=1.5, style=Qt.PenStyle.DashLine))
        self.parts.addItem(self.bias_line)
        self.unit_curves: list[pg.PlotDataItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.parts_widget, 1)
        self.hide()

    def sizeHint(self) -> QSize:
        """The plot's height: short of room, the layout shrinks both alike (they share it 1 : 1)."""
        hint = super().sizeHint()
        owner = self._owner()
        if owner is not None:
            hint.setHeight(max(hint.height(), owner.plot_widget.sizeHint().height()))
        return hint

    # --- the decision plot's hooks -----------------------------------------------------------

    def set_data(self, data) -> bool:
        """Take over the plot for a regression's ``data`` (True), or give it back (False)."""
        owner = self._owner()
        self._data = data
        was, self.active = self.active, bool(data.is_regression)
        if not self.active:
            if was:
                self._clear()
                owner.confusionMatrix.show()
                owner.titleLabel.setText(QCoreApplication.translate("DecisionPlot", "Decision regions"))
            return False
        self._clear()
        owner.confusionMatrix.hide()
        self.r2Label.show()
        owner.titleLabel.setText(QCoreApplication.translate("FitPlot", "Fit ŷ over the data"))
        for item in (owner.train_scatter, owner.test_scatter, owner.wrong_scatter):
            item.setData([], [])
        owner.image.clear()
        owner.plot_widget.setVisible(data.plottable)
        owner.noRegionsLabel.setVisible(not data.plottable)
        if not data.plottable:
            owner.noRegionsLabel.setText(QCoreApplication.translate("FitPlot", 
                "No plot of the fit: this data has {} input columns ({}), and ŷ can only be drawn over one "
                "or two. The network trains on all of them; RMSE and R² show how well it fits."
            ).format(data.X_train.shape[1], ", ".join(data.input_labels)))
        else:
            self._set_points(data, owner)
        self._set_legend(data, owner)
        owner.confusionCaption.setText("R² = 1 − SS_res / SS_tot")
        self.setVisible(data.plottable and data.X_raw_train.shape[1] == 1)
        return True

    def update_snapshot(self, snapshot) -> np.ndarray | None:
        """Draw ``snapshot`` of a regression run; returns the heat-map image (two inputs) or None."""
        owner, data = self._owner(), snapshot.data
        self._update_readout(snapshot, owner)
        if not data.plottable:
            return None
        if data.X_raw_train.shape[1] == 1:
            self._update_line(snapshot)
            return None
        lo, hi = self._target_range
        image = palette.diverging_image(_scaled(snapshot.grid_probs[0], lo, hi))
        xmin, xmax, ymin, ymax = data.extent
        owner.image.setImage(image, autoLevels=False)
        owner.image.setRect(QRectF(xmin, ymin, xmax - xmin, ymax - ymin))
        return image

    def repaint_parts(self) -> list:
        """The parts panel's repaint, beside the plot's (the panel is small: drawn whole)."""
        if not self.isVisible():
            return []
        viewport = self.parts_widget.viewport()
        return [viewport.repaint]

    # --- drawing -------------------------------------------------------------------------------

    def _clear(self) -> None:
        for item in (self.residuals, self.points, self.test_points, self.curve, self.bias_line):
            item.setData([], [])
        for item in self.unit_curves:
            self.parts.removeItem(item)
        self.unit_curves = []
        self.r2Label.hide()
        self.hide()

    def _set_points(self, data, owner) -> None:
        one = data.X_raw_train.shape[1] == 1
        style = {"font-size": f"{palette.LABEL_POINT_SIZE}pt", "color": palette.TEXT}
        y_all = np.concatenate([data.y_train, data.y_test])
        self._target_range = (float(y_all.min()), float(y_all.max()))
        if one:
            self.points.setData(data.X_raw_train[:, 0], data.y_train, brush=pg.mkBrush(palette.SKY_BLUE))
            self.test_points.setData(data.X_raw_test[:, 0], data.y_test, brush=pg.mkBrush(palette.WHITE))
            self.parts.setLabel("left", QCoreApplication.translate("FitPlot", "parts"), **style)
        else:
            lo, hi = self._target_range
            self.points.setData(data.X_raw_train[:, 0], data.X_raw_train[:, 1],
                                brush=self._value_brushes(data.y_train, lo, hi))
            self.test_points.setData(data.X_raw_test[:, 0], data.X_raw_test[:, 1],
                                     brush=self._value_brushes(data.y_test, lo, hi))
        owner.plot.setLabel("bottom", data.axis_labels[0], **style)
        owner.plot.setLabel("left", data.axis_labels[1], **style)
        xmin, xmax, ymin, ymax = data.extent
        owner.plot.setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0)

    @staticmethod
    def _value_brushes(values, lo, hi) -> list:
        return [pg.mkBrush(*rgba) for rgba in palette.diverging_image(_scaled(values, lo, hi)).tolist()]

    def _set_legend(self, data, owner) -> None:
        test = QCoreApplication.translate("FitPlot", "test point")
        if data.plottable and data.X_raw_train.shape[1] == 1:
            rows = [('<span style="font-size:15pt">&#9679;</span>',
                     QCoreApplication.translate("FitPlot", "training point (x, y)")),
                    ('<span style="font-size:13pt">&#9633;</span>', test),
                    ("<b>&#9473;</b>", QCoreApplication.translate("FitPlot", "fit ŷ(x)")),
                    (f'<span style="color:{palette.TEST_CURVE}"><b>|</b></span>',
                     QCoreApplication.translate("FitPlot", "residual y − ŷ"))]
        elif data.plottable:
            rows = [(f'<span style="color:{palette.NEGATIVE}">&#9632;</span>',
                     QCoreApplication.translate("FitPlot", "low ŷ, low y")),
                    (f'<span style="color:{palette.POSITIVE}">&#9632;</span>',
                     QCoreApplication.translate("FitPlot", "high ŷ, high y")),
                    ('<span style="font-size:15pt">&#9679;</span>',
                     QCoreApplication.translate("FitPlot", "training point, coloured by y")),
                    ('<span style="font-size:13pt">&#9633;</span>', test)]
        else:
            rows = []
        if not len(data.y_test):
            rows = [r for r in rows if r[1] != test]
        cells = "".join(f"<tr><td>{mark}</td><td style='padding-left:6px'>{text}</td></tr>" for mark, text in rows)
        owner.legendLabel.setText(f"<table cellspacing='0' cellpadding='0'>{cells}</table>")

    def _update_line(self, snapshot) -> None:
        data = snapshot.data
        xmin, xmax = data.extent[:2]
        y_hat = np.asarray(snapshot.grid_probs[0, 0], np.float64)
        xs = np.linspace(xmin, xmax, y_hat.shape[0])          # the line training/regression drew ŷ over
        self.curve.setData(xs, y_hat)
        x = np.concatenate([data.X_raw_train[:, 0], data.X_raw_test[:, 0]])
        y = np.concatenate([data.y_train, data.y_test])
        pred = np.concatenate([snapshot.train_pred, snapshot.test_pred])
        self.residuals.setData(np.repeat(x, 2), np.column_stack([y, pred]).ravel())
        self._update_parts(snapshot, xs)

    def _update_parts(self, snapshot, xs: np.ndarray) -> None:
        parts = hidden_contributions(snapshot.params, snapshot.activations, snapshot.data.grid_inputs)
        hidden = len(snapshot.layer_dims) - 2
        self.parts_widget.setVisible(parts is not None)
        if parts is None:
            for item in self.unit_curves:
                self.parts.removeItem(item)
            self.unit_curves = []
            if hidden == 0:
                note = QCoreApplication.translate(
                    "FitPlot", "No hidden layer: ŷ = W[1] x + b[1] is a weighted sum of the input features, with "
                    "no parts to show.")
            else:
                note = QCoreApplication.translate(
                    "FitPlot", "Hidden units' parts are drawn for one hidden layer. This network has {}: its output "
                    "adds up the units of the last one, which are already functions of the layers before, not "
                    "pieces of x alone.").format(hidden)
            self.title.setText(note)
            return
        values, bias = parts
        self.title.setText(QCoreApplication.translate(
            "FitPlot", "Hidden units' parts a[1]ⱼ · W[2]ⱼ (blue adds, orange subtracts) + b[2] (dashed) = the fit"))
        while len(self.unit_curves) < len(values):
            item = pg.PlotDataItem()
            self.parts.addItem(item)
            self.unit_curves.append(item)
        while len(self.unit_curves) > len(values):
            self.parts.removeItem(self.unit_curves.pop())
        W2 = np.asarray(snapshot.params["W2"])[0]
        for item, part, w in zip(self.unit_curves, values, W2):
            item.setData(xs, part)
            item.setPen(pg.mkPen(palette.weight_color(w), width=2.0))
        self.bias_line.setData(xs[[0, -1]], [bias, bias])

    def _update_readout(self, snapshot, owner) -> None:
        fit, test = snapshot.fit, len(snapshot.data.y_test) > 0
        rmse = fit.test_rmse if test else fit.train_rmse
        r2 = fit.test_r2 if test else fit.train_r2
        owner.accuracyCaption.setText(QCoreApplication.translate("FitPlot", "test RMSE") if test
                                      else QCoreApplication.translate("FitPlot", "training RMSE"))
        owner.accuracyLabel.setText(fmt(rmse, 4) if np.isfinite(rmse) else "—")
        self.r2Label.setText(("R² = " + fmt(r2, 4)) if np.isfinite(r2) else "R² —")
        tip = QCoreApplication.translate("FitPlot", "training set: RMSE {}, R² {}").format(
            fmt(fit.train_rmse, 4), fmt(fit.train_r2, 4))
        owner.accuracyLabel.setToolTip(tip)
        self.r2Label.setToolTip(tip)
