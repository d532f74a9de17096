"""On the step-through's backward steps the editor's links show dW (sign → colour, |dW| → width),
compared with Network.backward's gradients computed independently; other steps show weights."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QWidget

from desktop_nn.engine.network import Network
from desktop_nn.ui.kit import palette
from desktop_nn.ui.stepthrough.stepper import StepperPane
from desktop_nn.ui.workbench.architecture_editor import ArchitectureEditor
from desktop_nn.ui.workbench.gradient_links import NOT_YET, legend_text

TIMEOUT = 10_000


@pytest.fixture
def stepping(qtbot):
    window = QMainWindow()
    central = QWidget()
    row = QHBoxLayout(central)
    editor = ArchitectureEditor(hidden=(3, 2), model="network")
    pane = StepperPane()
    row.addWidget(editor)
    row.addWidget(pane, 1)
    window.setCentralWidget(central)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    qtbot.waitExposed(window)
    pane.attach_editor(editor)
    rng = np.random.default_rng(1)
    X = rng.normal(size=(2, 12))
    Y = (X[:1] * X[1:] > 0).astype(float)
    net = Network([2, 3, 2, 1], hidden_activation="tanh", init="xavier", seed=3)
    with qtbot.waitSignal(pane.traceReady, timeout=TIMEOUT):
        pane.load(net, X, Y, 0.5)
    # the gradients, independently: the public forward/backward on a copy of the same weights
    probe = Network([2, 3, 2, 1], hidden_activation="tanh", init="xavier", seed=3)
    AL, caches = probe.forward(X)
    grads = {k: np.array(v) for k, v in probe.backward(AL, Y, caches).items()}
    yield editor, pane, grads
    pane.shutdown()


def _links(editor, layer):
    return {(k.j, k.i): k for k in editor.links if k.layer == layer}


def _step(pane, phase, key, layer):
    trace = pane.trace()
    return next(s.index for s in trace if (s.phase, s.key, s.layer) == (phase, key, layer))


def test_backward_links_follow_the_sign_and_size_of_dw(qtbot, stepping):
    editor, pane, grads = stepping
    positive, negative = palette.weight_color(1.0), palette.weight_color(-1.0)
    pane.go(_step(pane, "backward", "dW", 2))            # dW[3] and dW[2] are known, dW[1] is not
    qtbot.waitUntil(lambda: pane.current_step().key == "dW" and pane.current_step().layer == 2, timeout=TIMEOUT)
    scale = max(np.abs(grads["dW3"]).max(), np.abs(grads["dW2"]).max())
    for layer in (3, 2):
        dW = grads[f"dW{layer}"]
        for (j, i), link in _links(editor, layer).items():
            pen = link.pen()
            want = positive if dW[j, i] >= 0 else negative
            assert pen.color().name() == want.name(), (layer, j, i, dW[j, i])
            assert pen.widthF() == pytest.approx(1 + 7 * abs(dW[j, i]) / scale, abs=1e-9)
    for link in _links(editor, 1).values():                  # not reached yet: thin grey
        assert link.pen().color().name() == NOT_YET.name() and link.pen().widthF() == 1
    assert editor.neuronInfo.text() == legend_text()
    # the largest |dW| is drawn 8 px wide
    assert max(k.pen().widthF() for k in editor.links) == pytest.approx(8.0)


def test_forward_steps_give_the_weights_back(qtbot, stepping):
    editor, pane, grads = stepping
    weight_pens = {(k.layer, k.j, k.i): (k.pen().color().name(), k.pen().widthF()) for k in editor.links}
    pane.go(_step(pane, "backward", "dW", 1))
    qtbot.waitUntil(lambda: pane.current_step().phase == "backward", timeout=TIMEOUT)
    dW1 = grads["dW1"]
    for (j, i), link in _links(editor, 1).items():
        assert link.pen().color().name() == palette.weight_color(1.0 if dW1[j, i] >= 0 else -1.0).name()
    pane.go(0)
    qtbot.waitUntil(lambda: pane.current_index() == 0, timeout=TIMEOUT)
    assert {(k.layer, k.j, k.i): (k.pen().color().name(), k.pen().widthF()) for k in editor.links} == weight_pens
    assert editor.neuronInfo.text() != legend_text()
