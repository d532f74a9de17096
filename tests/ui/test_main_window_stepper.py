"""The step-through inside the real main window: open it, step one iteration, go on training."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.test_main_window import SNAPSHOT_TIMEOUT_MS, find, latest, switch_to_network

TRACE_TIMEOUT_MS = 15_000


def open_and_trace(qtbot, w):
    w.stepThroughAction.trigger()
    qtbot.waitUntil(lambda: w.stepperDock.isVisible(), timeout=SNAPSHOT_TIMEOUT_MS)
    qtbot.waitUntil(lambda: w.stepper.trace() is not None, timeout=TRACE_TIMEOUT_MS)
    return w.stepper.trace()


def test_step_through_traces_the_paused_network_and_hands_the_update_back(qtbot, window):
    switch_to_network(qtbot, window)
    find(window, "stepButton").click()
    qtbot.waitUntil(lambda: latest(window).epoch == 1, timeout=SNAPSHOT_TIMEOUT_MS)
    before = {k: v.copy() for k, v in latest(window).params.items()}

    trace = open_and_trace(qtbot, window)
    assert not window.playAction.isEnabled(), "Play is off while stepping"
    # the trace starts from exactly the parameters the window shows
    first = trace[0]
    assert first.formula == "Z[1] = W[1] X + b[1]"
    assert dict(first.operands)["W[1]"].tolist() == before["W1"].tolist()
    np.testing.assert_array_equal(trace.params_before["W1"], before["W1"])

    # walk to the last update step with the keyboard: the update reaches the worker
    window.stepper.setFocus()
    with qtbot.waitSignal(window.stepper.updateApplied, timeout=TRACE_TIMEOUT_MS) as applied:
        window.stepper.go(len(trace) - 1)
    stepped = applied.args[0]
    qtbot.waitUntil(lambda: np.array_equal(latest(window).params["W1"], stepped["W1"]), timeout=SNAPSHOT_TIMEOUT_MS)
    for name in before:
        np.testing.assert_array_equal(latest(window).params[name], trace.params_after[name])
    assert not np.array_equal(latest(window).params["W1"], before["W1"])

    # leaving the step-through gives Play back; training goes on from the stepped state
    window.stepperDock.close()
    qtbot.waitUntil(lambda: window.playAction.isEnabled(), timeout=SNAPSHOT_TIMEOUT_MS)
    find(window, "stepButton").click()
    qtbot.waitUntil(lambda: latest(window).epoch == 2, timeout=SNAPSHOT_TIMEOUT_MS)


def test_step_through_of_the_chapters_perceptron(qtbot, window):
    # the start-up view: the perceptron on Iris, one sample per update as the slides do
    trace = open_and_trace(qtbot, window)
    assert window.stepper.batchChooser.mode() == "example"
    w = latest(window).params["w_"]
    np.testing.assert_array_equal(trace.params_before["w_"], w)
    first = trace[0]
    assert first.formula == "z = wᵀx(0) + b"             # one sample, as the slides' loop
    x0 = latest(window).data.X_train[0]
    assert float(first.result[1]) == x0 @ w[1:] + w[0]
    QTest.keyClick(window.stepper, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.stepper.current_index() == 1, timeout=SNAPSHOT_TIMEOUT_MS)
    QTest.keyClick(window.stepper, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: window.stepper.current_index() == 0, timeout=SNAPSHOT_TIMEOUT_MS)


def test_the_step_through_says_which_weights_and_examples_it_traces(qtbot, window):
    # the perceptron's trace has no cost: no "J = nan"
    open_and_trace(qtbot, window)
    qtbot.waitUntil(lambda: "steps" in window.stepper.statusLabel.text(), timeout=TRACE_TIMEOUT_MS)
    text = window.stepper.statusLabel.text()
    assert "nan" not in text.lower() and "weights after epoch 0" in text
    window.stepperDock.close()
    # a network: J is the traced weights' cost, and the status bar's is told apart
    switch_to_network(qtbot, window)
    find(window, "stepButton").click()
    qtbot.waitUntil(lambda: latest(window).epoch == 1, timeout=SNAPSHOT_TIMEOUT_MS)
    trace = open_and_trace(qtbot, window)
    qtbot.waitUntil(lambda: "J = " in window.stepper.statusLabel.text(), timeout=TRACE_TIMEOUT_MS)
    text = window.stepper.statusLabel.text()
    assert f"J = {trace.cost:.6g}" in text and "weights after epoch 1" in text
    assert "measured while epoch 1 trained" in text
