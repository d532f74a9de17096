"""The step-through pane beside the real architecture editor: keys, formulas, shapes, highlight, update."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QWidget

from desktop_nn.engine.network import Network
from desktop_nn.ui.workbench.architecture_editor import ArchitectureEditor
from desktop_nn.ui.stepthrough.matrix_view import MatrixView, short
from desktop_nn.ui.stepthrough.stepper import StepperPane

TIMEOUT = 10_000


def chapter_data(m=20):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(2, m))
    Y = (X[:1] * X[1:] > 0).astype(float)
    return X, Y


@pytest.fixture
def setup(qtbot):
    """A main window with the real ArchitectureEditor (2-3-5-4-2-1) and the pane; → also bound
    to a window action, as the main window binds it to Step."""
    window = QMainWindow()
    central = QWidget()
    row = QHBoxLayout(central)
    editor = ArchitectureEditor(hidden=(3, 5, 4, 2), model="network")
    pane = StepperPane()
    row.addWidget(editor)
    row.addWidget(pane, 1)
    window.setCentralWidget(central)
    window_steps = []
    step_action = QAction("Step", window)
    step_action.setShortcut(QKeySequence("Right"))
    step_action.triggered.connect(lambda: window_steps.append(1))
    window.addAction(step_action)
    qtbot.addWidget(window)
    window.resize(1800, 1000)
    window.show()
    qtbot.waitExposed(window)
    pane.attach_editor(editor)
    net = Network([2, 3, 5, 4, 2, 1], hidden_activation="tanh", init="xavier", seed=0)
    X, Y = chapter_data()
    with qtbot.waitSignal(pane.traceReady, timeout=TIMEOUT):
        pane.load(net, X, Y, 0.5)
    yield window, editor, pane, net, X, Y, window_steps
    pane.shutdown()


def shown(pane):
    return pane.page.formulaLabel.text(), pane.page.shapeLabel.text()


def press(qtbot, pane, key):
    QTest.keyClick(pane.focusWidget() or pane, key)


def test_next_walks_one_iteration_and_the_editor_follows(qtbot, setup):
    window, editor, pane, net, X, Y, window_steps = setup
    hl = pane._highlighter
    formula, shapes = shown(pane)
    assert formula == "Z<sup>[1]</sup> = W<sup>[1]</sup> X + b<sup>[1]</sup>"
    assert shapes == "W[1] (3, 2) · X (2, 20) + b[1] (3, 1) → Z[1] (3, 20)"
    assert pane.page.symbolicLabel.text() == "(n[1], n[0]) · (n[0], m) + (n[1], 1) → (n[1], m)"
    assert "b[1] (3, 1) is broadcast to (3, 20)" in pane.page.broadcastLabel.text()
    assert pane.page.formulaLabel.font().pointSize() >= 24
    assert [v.name() for v in pane.page.views] == ["W[1]", "X", "b[1]"]
    assert pane.page.resultView.name() == "Z[1]" and pane.page.resultView.shape_text() == "(3, 20)"
    total = len(pane.trace())
    assert total == 40
    seen = {}
    applied = []
    pane.updateApplied.connect(applied.append)
    for i in range(total):
        step = pane.current_step()
        assert pane.current_index() == i == step.index
        seen[i] = shown(pane)
        # the highlighted layer in the real editor is the step's layer
        assert hl.layer == step.layer
        band = hl.band_rect()
        assert band.contains(editor.neurons[(step.layer, 0)].scenePos())
        other = step.layer - 1 if step.layer > 1 else step.layer + 1
        assert not band.contains(editor.neurons[(other, 0)].scenePos())
        assert sorted(hl.outlined_neurons()) == [(step.layer, j) for j in range(net.layer_dims[step.layer])]
        if i < total - 1:
            press(qtbot, pane, Qt.Key.Key_Right)
    assert window_steps == []                     # → stepped the pane, not the window's action
    assert seen[10][0].startswith("J = −")
    assert seen[10][1] == "A[5] (1, 20), Y (1, 20) → sum of all entries → J scalar"
    assert seen[12][0] == "dW<sup>[5]</sup> = <sup>1</sup>&frasl;<sub>m</sub> dZ<sup>[5]</sup> A<sup>[4]T</sup>"
    assert seen[39][0].startswith("b<sup>[5]</sup> := b<sup>[5]</sup> − α db<sup>[5]</sup>")
    assert seen[39][1] == "b[5] (1, 1) − α db[5] (1, 1) → b[5] new (1, 1)"
    # reaching the last update step hands on exactly what the formulas shown give (the readable
    # path), which is the fast path's Network.update to the last bits
    assert len(applied) == 1
    AL, caches = net.forward_readable(X)
    expected = net.copy()
    expected.update(net.backward(AL, Y, caches), 0.5)
    fAL, fcaches = net.forward(X)
    fast = net.copy()
    fast.update(net.backward(fAL, Y, fcaches), 0.5)
    for key in expected.params:
        assert np.array_equal(applied[0][key], expected.params[key])
        np.testing.assert_allclose(applied[0][key], fast.params[key], rtol=1e-12, atol=1e-15)
    assert pane.nextButton.text().startswith("Next iteration")


def test_previous_goes_back_and_keys_home_end(qtbot, setup):
    _window, editor, pane, *_ = setup
    pane.go(12)
    press(qtbot, pane, Qt.Key.Key_Left)
    assert pane.current_index() == 11
    assert pane.current_step().formula.startswith("dZ[5] = A[5] - Y")
    pane.previousButton.click()
    assert pane.current_index() == 10
    assert pane._highlighter.layer == 5
    press(qtbot, pane, Qt.Key.Key_Home)
    assert pane.current_index() == 0 and not pane.previousButton.isEnabled()
    press(qtbot, pane, Qt.Key.Key_End)
    assert pane.current_index() == 39


def test_single_example_shows_m_equals_1(qtbot, setup):
    _window, _editor, pane, *_ = setup
    with qtbot.waitSignal(pane.traceReady, timeout=TIMEOUT):
        pane.batchCombo.setCurrentIndex(2)         # "One example (m = 1)"
    assert pane.trace().m == 1
    formula, shapes = shown(pane)
    assert formula == "z<sup>[1](0)</sup> = W<sup>[1]</sup> x<sup>(0)</sup> + b<sup>[1]</sup>"
    assert shapes == "W[1] (3, 2) · x(0) (2, 1) + b[1] (3, 1) → z[1](0) (3, 1)"
    assert "m = 1" in pane.page.positionLabel.text()
    assert pane.dimensions.cell(2, "Z[l]") == "(5, 1)"
    with qtbot.waitSignal(pane.traceReady, timeout=TIMEOUT):
        pane.set_batch("mini-batch", size=8, index=1)
    assert pane.trace().m == 8
    assert "(2, 8)" in shown(pane)[1]
    assert pane.dimensions.cell(1, "A[l]") == "(3, 8)"


def test_timeline_summary_and_dimensions(qtbot, setup):
    _window, _editor, pane, *_ = setup
    groups = [pane.timeline.topLevelItem(i) for i in range(4)]
    assert [g.childCount() for g in groups] == [10, 1, 19, 10]
    pane.timeline.itemClicked.emit(groups[2].child(0), 0)
    assert pane.current_step().formula == "dZ[5] = A[5] - Y"
    html = pane.summary.toHtml()
    assert "the slide prints" in html
    linked = {s.index for s in pane.trace() if not (s.key == "dZ" and s.layer < 5)}
    assert {i for i in range(40) if f'href="step:{i}"' in html} == linked      # dZ[l<L] is on the dA line
    pane._on_summary_link(QUrl("step:27"))
    assert pane.current_index() == 27 and pane.tabs.currentWidget() is pane.pageScroll
    assert pane.dimensions.table.rowCount() == 5
    assert pane.dimensions.cell(3, "W[l]") == "(4, 5)" and pane.dimensions.cell(3, "dW[l]") == "(4, 5)"
    assert pane.dimensions.table.selectionModel().selectedRows()[0].row() == pane.current_step().layer - 1


def test_exports(qtbot, setup, tmp_path):
    _window, _editor, pane, *_ = setup
    pane.go(2)
    assert pane.export_png(str(tmp_path / "step.png"))
    assert (tmp_path / "step.png").stat().st_size > 10_000
    pane.export_markdown(str(tmp_path / "trace.md"))
    text = (tmp_path / "trace.md").read_text(encoding="utf-8")
    assert "### 13. `dW[5] = (1/m) dZ[5] A[4]ᵀ`" in text


def test_auto_play_advances_and_stops(qtbot, setup):
    _window, _editor, pane, *_ = setup
    pane.speedSpin.setValue(10.0)
    pane.autoButton.click()
    qtbot.waitUntil(lambda: pane.current_index() >= 3, timeout=TIMEOUT)
    pane.autoButton.click()
    assert not pane.autoTimer.isActive()


def test_matrix_view_rounds_elides_and_tells_the_exact_value(qtbot):
    a = np.arange(256 * 1000, dtype=float).reshape(256, 1000) / 7.0 - 10000.0
    a[0, 0] = -0.012345678901234567
    view = MatrixView("A[1]", a)
    qtbot.addWidget(view)
    view.show()
    assert view.shape_text() == "(256, 1000)" and view.is_elided()
    assert view.elision_text() == "showing 7 of 256 rows · 5 of 1000 columns"
    assert view.cell_text(0, 0) == "−0.0123"
    assert view.tooltip_for(0, 0) == "A[1][1, 1] = -0.012345678901234567"
    QTest.mouseMove(view, view.cell_center(0, 0))
    qtbot.waitUntil(lambda: view.toolTip() == "A[1][1, 1] = -0.012345678901234567", timeout=2000)
    QTest.mouseMove(view, view.cell_center(255, 999))
    qtbot.waitUntil(lambda: view.toolTip().startswith("A[1][256, 1000] = "), timeout=2000)
    assert view.cell_at(QPoint(-5, -5)) is None
    assert view._number_font.pointSize() >= 14
    assert [short(v) for v in (0.0, 1.5e-5, -2.0, 12345.0, float("nan"))] == ["0", "1.5e−5", "−2", "1.2e4", "nan"]


def test_a_784_256_256_10_network_stays_responsive(qtbot):
    pane = StepperPane()
    qtbot.addWidget(pane)
    pane.resize(1600, 900)
    pane.show()
    qtbot.waitExposed(pane)
    net = Network([784, 256, 256, 10], output="softmax", seed=0)
    rng = np.random.default_rng(0)
    X = rng.random((784, 512))
    Y = np.eye(10)[:, rng.integers(0, 10, 512)]
    try:
        t0 = time.perf_counter()
        pane.load(net, X, Y, 0.1)                   # the Step-through key press
        first = time.perf_counter() - t0
        print(f"784-256-256-10: first grid {first * 1000:.1f} ms after load")
        assert [v.name() for v in pane.page.views] == ["W[1]", "X", "b[1]"]
        assert pane.page.views[1].is_elided() and pane.page.views[1].shape_text() == "(784, 512)"
        assert first < 0.2, f"first grid after {first * 1000:.0f} ms"
        press(qtbot, pane, Qt.Key.Key_Right)       # pressed while the worker still traces
        with qtbot.waitSignal(pane.traceReady, timeout=30_000):
            pass
        for _ in range(5):
            t0 = time.perf_counter()
            press(qtbot, pane, Qt.Key.Key_Right)
            elapsed = time.perf_counter() - t0
            print(f"784-256-256-10: step shown {elapsed * 1000:.1f} ms after →")
            assert elapsed < 0.2, f"step shown after {elapsed * 1000:.0f} ms"
            assert pane.page.resultView.matrix() is not None
        assert pane.current_index() == 5
        assert pane.page.resultView.is_elided()
    finally:
        pane.shutdown()


def test_the_perceptron_steps_one_sample_at_a_time(qtbot):
    from desktop_nn.engine.classic import Perceptron
    from desktop_nn.engine.datasets import iris_setosa_versicolor

    X, y = iris_setosa_versicolor()
    pane = StepperPane()
    qtbot.addWidget(pane)
    pane.show()
    applied = []
    pane.updateApplied.connect(applied.append)
    try:
        with qtbot.waitSignal(pane.traceReady, timeout=TIMEOUT):
            pane.load_classic("perceptron", np.zeros(3), X, y, 0.1)
        assert pane.batchCombo.currentData() == "example"
        assert [s.formula for s in pane.trace()][:3] == ["z = wᵀx(0) + b", "ŷ = step(z)", "Δ = η (y(0) - ŷ)"]
        pane.last()
        assert applied and applied[-1]["W1"].shape == (1, 2)
        for _ in range(9):                       # the next samples, one by one
            with qtbot.waitSignal(pane.traceReady, timeout=TIMEOUT):
                pane.next()                      # Next iteration: the next sample
            pane.last()
        assert pane.trace()[0].formula == "z = wᵀx(9) + b"
        assert np.array_equal(applied[-1]["w_"], Perceptron(eta=0.1, epochs=1).train(X[:10], y[:10]).w_)
    finally:
        pane.shutdown()


@pytest.mark.parametrize("model", ["network", "perceptron", "logistic"])
def test_load_snapshot_traces_what_the_worker_trains(qtbot, model):
    """What the main window will call: the worker's Snapshot and RunConfig in, the same model out."""
    from types import MappingProxyType, SimpleNamespace

    from desktop_nn.training.runs import build_run
    from desktop_nn.training.config import RunConfig, prepare_data

    config = RunConfig(model=model, dataset="xor", n_samples=60, hidden=(3, 2), output="sigmoid")
    data = prepare_data(config)
    run = build_run(config, data)
    run.step()
    snapshot = SimpleNamespace(model=model, layer_dims=run.layer_dims, data=data,
                               params=MappingProxyType(run.params()))
    pane = StepperPane()
    qtbot.addWidget(pane)
    applied = []
    pane.updateApplied.connect(applied.append)
    try:
        with qtbot.waitSignal(pane.traceReady, timeout=TIMEOUT):
            pane.load_snapshot(snapshot, config)
        pane.last()
        if model == "network":
            assert pane.trace().m == 60 and pane.trace().layer_dims == (2, 3, 2, 1)
            for key in ("W1", "b3"):
                assert np.array_equal(pane.trace().params_before[key], run.params()[key])
            run.network.params = {k: applied[-1][k] for k in run.network.params}   # the worker's side
            assert np.array_equal(run.params()["W2"], applied[-1]["W2"])
        else:
            assert np.array_equal(pane.trace().params_before["w_"], run.params()["w_"])
            assert set(applied[-1]) >= {"w_", "W1", "b1"}
    finally:
        pane.shutdown()
