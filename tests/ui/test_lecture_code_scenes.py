"""The scenes of the slides' code and derivations (chapter part 1): the slides' code is what is
shown, and the numbers beside it are the chapter's, read from the widgets."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from desktop_nn.engine.classic import AdalineGD, LogisticRegressionGD, Perceptron
from desktop_nn.engine.datasets import iris_setosa_versicolor, standardize

CODE_SCENES = ["perceptron-code", "iris-loading", "delta-rule-derivation", "adaline-code", "feature-scaling-code",
               "adaline-sgd-code", "linear-models"]


def shown(scene, name) -> str:
    """A label's text as a student reads it: rich text rendered to plain text, the typeset minus as
    '-', no-break spaces as spaces, and no invisible break hints."""
    doc = QTextDocument()
    doc.setHtml(scene.findChild(QLabel, name).text())
    return doc.toPlainText().replace("\u2212", "-").replace("\xa0", " ").replace("\u200b", "")


def numbers(text: str) -> list[float]:
    return [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", text)]


def run_slide_code(source: str, **names) -> dict:
    namespace = {"__name__": "__slide__", **names}
    exec(compile(source, "<slide>", "exec"), namespace)
    return namespace


def test_perceptron_code_shows_the_slides_class_and_the_chapters_weights(open_scene):
    from desktop_nn.ui.lecture.scenes.slide_listings import PERCEPTRON_CLASS

    w, scene = open_scene("perceptron-code")
    code = scene.code.source
    for line in ("class Perceptron(object):", "def train(self, X, y):",
                 "update = self.eta * (target - self.predict(xi))", "errors += int(update != 0.0)",
                 "def net_input(self, X):", "return np.where(self.net_input(X) >= 0.0, 1, -1)"):
        assert line in code
    # the slides' call and what its print shows: the chapter's weights, from the engine
    out = shown(scene, "printOutput")
    assert "ppn = Perceptron(epochs=10, eta=0.1)" in out
    assert "Weights: [-0.4  -0.68  1.82]" in out
    xs, ys = scene.errors_curve.getData()
    assert list(xs) == list(range(1, 11))
    assert list(ys) == [2, 2, 3, 2, 1, 0, 0, 0, 0, 0]                     # converges after the 6th
    state = shown(scene, "perceptronState")
    assert "w_ = [-0.4, -0.68, 1.82]" in state
    assert "0 misclassified" in state and "0 from epoch 6 on" in state
    # the class on screen, run as printed, computes the same weights as the engine
    X, y = iris_setosa_versicolor()
    slide = run_slide_code(PERCEPTRON_CLASS)["Perceptron"](epochs=10, eta=0.1).train(X, y)
    assert np.allclose(slide.w_, [-0.4, -0.68, 1.82]) and slide.errors_ == list(ys)
    # an earlier epoch: the crosses drawn are the misclassified flowers the label counts
    scene.player.set_epoch(3)
    crosses = len(scene.regions.wrong.data)
    engine = Perceptron(epochs=3, eta=0.1).train(X, y)
    assert crosses == int(np.sum(engine.predict(X) != y)) > 0
    assert f"✕ {crosses} misclassified" in shown(scene, "perceptronState")
    assert "Weights:" not in shown(scene, "printOutput").splitlines()[-1]   # print runs after train()


def test_iris_loading_runs_the_slides_pandas_lines_on_the_shipped_uci_file(open_scene):
    w, scene = open_scene("iris-loading")
    code = scene.code.source
    for line in ("df = pd.read_csv(iris_file, header=None)", "y = df.iloc[0:100, 4].values",
                 "y = np.where(y == 'Iris-setosa', -1, 1)", "X = df.iloc[0:100, [0,2]].values"):
        assert line in code
    assert "archive.ics.uci.edu" in code                         # where the slides read it
    head = shown(scene, "dfHead").splitlines()
    assert head[0] == "df.head()"
    assert re.fullmatch(r"0\s+5\.1\s+3\.5\s+1\.4\s+0\.2\s+Iris-setosa", head[2].strip())
    assert len(head) == 7                                       # header + 5 rows
    facts = shown(scene, "irisShapes")
    assert "iris.data, the UCI file shipped with the app" in facts
    assert "df.shape = (150, 5): 50 Iris-setosa, 50 Iris-versicolor, 50 Iris-virginica" in facts
    assert "X.shape = (100, 2), y.shape = (100,)" in facts
    assert "y = -1: 50 (Iris-setosa), y = +1: 50 (Iris-versicolor)" in facts
    # the scatter is what the slides' lines selected: the engine's selection of the same file
    X, y = iris_setosa_versicolor()
    neg_x, neg_y = scene.neg.getData()
    pos_x, pos_y = scene.pos.getData()
    assert np.array_equal(np.c_[neg_x, neg_y], X[y < 0]) and np.array_equal(np.c_[pos_x, pos_y], X[y > 0])


def test_delta_rule_derivation_every_line_gives_the_gradient_and_ends_at_the_engines_update(open_scene, qtbot):
    w, scene = open_scene("delta-rule-derivation")
    X, y = iris_setosa_versicolor()
    Xs = standardize(X)[0]
    start = AdalineGD(alpha=0.01, epochs=1).train(Xs, y).w_.copy()          # the weights shown: after 1 epoch
    assert numbers(shown(scene, "derivationWeights").split("]")[0]) == pytest.approx(np.round(start, 3))
    assert shown(scene, "derivationValue2") == ""                          # not yet revealed
    for _ in range(5):                                                     # lines 2…6
        scene.next_button.click()
    gradient = -(y - (Xs @ start[1:] + start[0])) @ Xs[:, 0]               # ∂J/∂w₁ = −Σ (y′ − y) x₁
    values = [numbers(shown(scene, f"derivationValue{n}"))[-1] for n in range(1, 6)]
    assert values == [pytest.approx(round(gradient, 3), abs=1e-9)] * 5     # 78.798 on every line
    # the last line, Δw₁ = α Σ (y′ − y) x₁, is what one epoch of the engine's AdalineGD does
    model = AdalineGD(alpha=0.01, epochs=2).train(Xs, y)
    engine_dw = model.w_ - start
    assert numbers(shown(scene, "derivationValue6"))[-1] == pytest.approx(engine_dw[1], abs=5e-5)
    assert "✓" in shown(scene, "derivationWeights")
    assert f"engine's AdalineGD from these weights moves w₁ by {round(engine_dw[1], 4):g}: ✓ the same" in \
        shown(scene, "derivationDetail")
    scene.next_button.click()
    assert numbers(shown(scene, "derivationValue7"))[-1] == pytest.approx(model.w_[1], abs=5e-5)
    # take the step: the derivation is evaluated again at the engine's next weights
    with qtbot.waitSignal(scene.runner.jobFinished, timeout=3000):
        scene.update_button.click()
    assert numbers(shown(scene, "derivationWeights").split("]")[0]) == pytest.approx(np.round(model.w_, 3))
    # j = 0 is the bias (x₀ = 1): ∂J/∂w₀ = −Σ (y′ − y)
    with qtbot.waitSignal(scene.runner.jobFinished, timeout=3000):
        scene.j_combo.setCurrentIndex(0)
    bias_gradient = -(y - (Xs @ model.w_[1:] + model.w_[0])).sum()
    assert numbers(shown(scene, "derivationValue5"))[-1] == pytest.approx(round(bias_gradient, 3), abs=1e-9)


def test_adaline_code_cost_ends_at_the_chapters_2_58(open_scene, qtbot):
    from desktop_nn.ui.lecture.scenes.slide_listings import ADALINE_CLASS

    w, scene = open_scene("adaline-code")
    for line in ("class AdalineGD(object):", "errors = (y - output)", "self.w_[1:] += self.alpha * X.T.dot(errors)",
                 "cost = (errors**2).sum() / 2.0", "def activation(self, X):"):
        assert line in scene.code.source
    assert "ada = AdalineGD(epochs=15, alpha=0.01).train(X_std, y)" in shown(scene, "runCode")
    xs, cost = scene.cost_curve.getData()
    assert list(xs) == list(range(1, 16))
    assert cost[0] == pytest.approx(50.0)
    assert cost[-1] == pytest.approx(2.58, abs=0.005)
    state = shown(scene, "adalineCodeState")
    assert "ada.cost_[-1] = 2.58 after 15 epochs, 100/100 correct" in state
    assert "after the last one, J = 2.53" in state                  # why the adaline scene ends at 2.53
    # the class as printed on the slide computes the same cost_
    X, y = iris_setosa_versicolor()
    slide = run_slide_code(ADALINE_CLASS)["AdalineGD"](epochs=15, alpha=0.01).train(standardize(X)[0], y)
    assert np.allclose(slide.cost_, cost)
    # the call on screen follows the controls
    with qtbot.waitSignal(scene.runner.jobFinished, timeout=3000):
        scene.alpha.setValue(0.001)
    assert "AdalineGD(epochs=15, alpha=0.001)" in shown(scene, "runCode")
    slow = AdalineGD(epochs=15, alpha=0.001).train(standardize(X)[0], y).cost_
    assert np.allclose(scene.cost_curve.getData()[1], slow) and slow[-1] > 5      # a tenth of the rate: far from 2.58


def test_feature_scaling_code_runs_line_by_line(open_scene, qtbot):
    w, scene = open_scene("feature-scaling-code")
    assert "X_std[:,0] = (X[:,0] - X[:,0].mean()) / X[:,0].std()" in scene.code.source
    table = shown(scene, "scalingTable")
    assert re.search(r"X\[:,j\]\.mean\(\)\s+5\.471\s+2\.862", table)
    assert re.search(r"X\[:,j\]\.std\(\)\s+0\.638\s+1\.441", table)
    assert re.search(r"X_std\[:,j\]\.std\(\)\s+1\s+1", table)
    mean_row = table.split("X_std[:,j].mean()")[1].split("X_std[:,j].std()")[0]
    assert mean_row.count("× 10") == 2                              # ~10⁻¹⁶ as computed, not a rounded 0
    assert "mean 0 (up to rounding), standard deviation 1 in both columns" in shown(scene, "scalingExample")
    X, y = iris_setosa_versicolor()
    Xs = standardize(X)[0]
    got = np.r_[scene.std_items[0].getData()[0], scene.std_items[1].getData()[0]]
    assert np.allclose(np.sort(got), np.sort(Xs[:, 0]))
    # from the top, then one line at a time: after the first standardising line only column 0 is scaled
    with qtbot.waitSignal(scene.runner.jobFinished, timeout=3000):
        scene.next_button.click()
    assert "X_std does not exist" in shown(scene, "scalingExample")
    for _ in range(2):
        with qtbot.waitSignal(scene.runner.jobFinished, timeout=3000):
            scene.next_button.click()
    assert "X_std[0,0] = (5.1 - 5.471) / 0.638 = -0.581" in shown(scene, "scalingExample")
    assert "column 1 is still in cm" in shown(scene, "scalingExample")
    ys = np.r_[scene.std_items[0].getData()[1], scene.std_items[1].getData()[1]]
    assert np.allclose(np.sort(ys), np.sort(X[:, 1]))


def test_adaline_sgd_code_shows_the_slides_class_and_its_result(open_scene):
    from desktop_nn.ui.lecture.scenes.slide_listings import ADALINE_SGD_CLASS

    w, scene = open_scene("adaline-sgd-code")
    assert "self.w_[1:] += self.alpha * xi.dot(error)" in scene.code.source
    X, y = iris_setosa_versicolor()
    Xs = standardize(X)[0]
    slide = run_slide_code(ADALINE_SGD_CLASS)["AdalineSGD"](epochs=15, alpha=0.01).train(Xs, y)
    xs, cost = scene.cost_curve.getData()
    assert list(xs) == list(range(1, 16))
    assert np.allclose(cost, slide.cost_)                         # the screen's numbers = the slide's code
    state = shown(scene, "sgdCodeState")
    assert f"SGD, 1500 updates: {slide.cost_[-1]:.2f}" in state
    assert "batch GD, 15 updates: 2.53" in state
    assert "0 misclassified" in state and len(scene.regions.wrong.data) == 0
    lx, ly = scene.regions.line.getData()
    assert np.allclose(slide.w_[0] + slide.w_[1] * lx + slide.w_[2] * ly, 0)


def test_linear_models_compare_what_each_model_learns_from_on_the_same_data(open_scene):
    w, scene = open_scene("linear-models")
    X, y = iris_setosa_versicolor()
    Xs = standardize(X)[0]
    Xb = np.c_[np.ones(len(y)), Xs]
    w_ls = np.linalg.lstsq(Xb, y.astype(float), rcond=None)[0]
    sse_ls = 0.5 * np.sum((y - Xb @ w_ls) ** 2)
    assert f"SSE = {sse_ls:.2f}" in shown(scene, "linearText")
    ada = AdalineGD(alpha=0.01, epochs=16).train(Xs, y)                  # cost_[15]: J after 15 updates
    assert f"SSE = {ada.cost_[15]:.2f}, 100/100 right" in shown(scene, "AdalineText")
    assert ada.cost_[15] > sse_ls                                      # gradient descent approaches least squares
    assert "0 misclassified" in shown(scene, "perceptronText")
    log = LogisticRegressionGD(alpha=0.5, epochs=15).train(Xs, y)
    right = int(np.sum(log.predict(Xs) == y))
    assert f"{right}/100 right" in shown(scene, "logisticText")
    assert scene.items["perceptron"][0].getData()[0] is None or len(scene.items["perceptron"][0].getData()[0]) == 0
    # every error segment drawn is one flower's error: the perceptron's are its misclassified flowers
    scene.player.set_epoch(0)                                            # w = 0: z = 0, every flower called +1
    wrong = int(np.sum(y < 0))
    residual = scene.items["perceptron"][0]
    assert len(residual.getData()[0]) == 2 * wrong == 100
    assert f"{wrong} misclassified" in shown(scene, "perceptronText")
    segments = scene.items["linear regression"][0].getData()
    assert len(segments[0]) == 2 * len(y)                                # a real-valued error for every flower


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_code_scenes_fit_the_screen_with_their_content(qtbot, size):
    """The lecture-hall rules once the live content is drawn, and no plot cut by its own title."""
    import pyqtgraph as pg

    from desktop_nn.ui.lecture import create_presenter
    from tests.ui.lecture_layout import layout_problems

    p = create_presenter(screen_size=QSize(*size))
    qtbot.addWidget(p)
    p.resize(*size)
    p.show()
    try:
        for scene_id in CODE_SCENES:
            p.go_to_id(scene_id)
            qtbot.waitUntil(lambda: p.current_scene().has_content(), timeout=5000)
            qtbot.wait(50)
            assert layout_problems(p) == []
            for plot in p.current_scene().findChildren(pg.PlotWidget):
                item = plot.getPlotItem()
                assert item.minimumWidth() <= plot.width() + 0.5, f"{scene_id}: {plot.objectName()} is cut"
            # the code is shown from its first line
            code = getattr(p.current_scene(), "code", None)
            if code is not None:
                assert code.verticalScrollBar().value() == 0
    finally:
        p.close()
