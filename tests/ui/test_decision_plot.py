"""The decision plot with a big imported table: a fixed sample of its points is drawn, while the
accuracy, the confusion matrix and the count of misclassified points use every one of them."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from desktop_nn.engine.tabular import TabularData
from desktop_nn.training.config import RunConfig
from desktop_nn.training.data import prepare_data
from desktop_nn.ui.workbench.decision_plot import MAX_DRAWN_POINTS, DecisionPlot


def test_a_big_table_is_drawn_as_a_sample_and_counted_whole(qtbot):
    rng = np.random.default_rng(1)
    m = 3 * MAX_DRAWN_POINTS
    X = rng.normal(size=(m, 2))
    y = (X[:, 0] > 0).astype(np.int64)
    table = TabularData(X=X, y=y, feature_names=("a", "b"), label_name="c", class_names=("n", "p"), source="big.csv")
    config = RunConfig(model="network", dataset="imported", features=("x1", "x2"))
    data = prepare_data(config, table)
    plot = DecisionPlot()
    qtbot.addWidget(plot)
    pred = np.where(rng.random(m) < 0.1, 1 - data.y_train, data.y_train)     # 10 % wrong
    confusion = np.zeros((2, 2), np.int64)
    np.add.at(confusion, (data.y_train, pred), 1)
    snapshot = SimpleNamespace(data=data, grid_probs=np.full((2, 40, 40), 0.5), train_pred=pred,
                               test_pred=np.zeros(0, np.int64), confusion=confusion, epoch=3,
                               train_accuracy=0.9, test_accuracy=float("nan"))
    plot.update_snapshot(snapshot)
    drawn = plot.train_scatter.getData()[0]
    assert len(drawn) == MAX_DRAWN_POINTS
    assert plot.misclassified_count == int(np.sum(pred != data.y_train))            # every point counted
    crosses = plot.wrong_scatter.getData()[0]
    assert 0 < len(crosses) < plot.misclassified_count                             # the sample's crosses
    share = np.trace(confusion) / m
    assert plot.accuracyLabel.text() == f"{100 * share:.1f} %"
