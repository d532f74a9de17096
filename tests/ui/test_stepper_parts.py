"""The step-through pane's Qt-free parts: the bookkeeping of a traced iteration (TraceCursor) and
what is traced (TraceSource)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from desktop_nn.engine.network import Network
from desktop_nn.ui.stepthrough.stepper_source import TraceSource
from desktop_nn.ui.stepthrough.stepper_trace import TraceCursor


def steps(n):
    return [SimpleNamespace(index=i) for i in range(n)]


def test_cursor_shows_the_wanted_step_when_it_arrives_and_clamps_to_the_iteration():
    cursor = TraceCursor()
    first, second, third = steps(3)
    assert cursor.add(first) and not cursor.add(second)         # step 0 is wanted first
    assert cursor.show(0) is first and cursor.current() is first and cursor.total() == "…"
    assert cursor.aim(2) == 2 and not cursor.arrived(2)          # not computed yet: wait for it
    assert cursor.add(third)
    cursor.finish([first, second, third])
    assert cursor.total() == 3 and cursor.settle() == 2
    assert cursor.aim(10**9) == 2 and cursor.aim(-5) == 0
    cursor.show(2)
    assert cursor.at_end()


def test_cursor_hands_the_update_on_once_and_forgets_on_reset():
    cursor = TraceCursor()
    trace = steps(2)
    for step in trace:
        cursor.add(step)
    cursor.finish(trace)
    cursor.show(0)
    assert cursor.take_update() is None                          # not at the last step yet
    cursor.show(1)
    assert cursor.take_update() is trace and cursor.take_update() is None
    cursor.reset(wanted=1)
    assert (cursor.steps, cursor.trace, cursor.index, cursor.wanted, cursor.applied) == ([], None, -1, 1, False)
    assert cursor.current() is None and not cursor.at_end()


def test_source_of_a_single_neuron_takes_rows_and_hands_on_in_both_names():
    source = TraceSource.of_neuron("perceptron", [0.5, 1, -2], [[1, 2], [3, 4], [5, 6]], [1, -1, 1], 0.1)
    assert source.kind == "perceptron" and source.per_sample and source.dims == (2, 1)
    assert source.X.shape == (2, 3) and source.Y.tolist() == [[1.0, -1.0, 1.0]]
    params = source.handed_on({"w_": np.array([0.5, 1.0, -2.0])})
    np.testing.assert_array_equal(params["W1"], [[1.0, -2.0]])
    np.testing.assert_array_equal(params["b1"], [[0.5]])
    source.advance({"w_": np.array([0.0, 1.0, 1.0])})
    assert source.w.tolist() == [0.0, 1.0, 1.0]
    assert not TraceSource.of_neuron("adaline", [0, 0], [[1]], [1], 0.1).per_sample


def test_source_of_a_network_advances_on_a_copy():
    net = Network([2, 3, 1], seed=0)
    before = {k: v.copy() for k, v in net.params.items()}
    source = TraceSource.of_network(net, np.zeros((2, 4)), np.zeros((1, 4)), 0.5)
    assert source.kind is None and source.dims == (2, 3, 1) and source.learning_rate == 0.5
    after = {k: v + 1.0 for k, v in before.items()}
    assert source.handed_on(after).keys() == after.keys()        # a network's names as they are
    source.advance(after)
    assert source.network is not net
    np.testing.assert_array_equal(source.network.params["W1"], after["W1"])
    np.testing.assert_array_equal(net.params["W1"], before["W1"])   # the pane's copy only


def test_rounding_noise_in_a_matrix_reads_0(qtbot):
    """Adaline's w after a step is [3.2e-16, 0.1, -0.2] in floating point: the cell reads 0."""
    from desktop_nn.ui.stepthrough.matrix_view import MatrixView

    view = MatrixView()
    qtbot.addWidget(view)
    view.set_matrix(np.array([[3.175e-16, 0.1, -0.2]]))
    texts = [view.cell_text(0, j) for j in range(3)]
    assert texts == ["0", "0.1", "−0.2"]
    view.set_matrix(np.array([[2.5e-5, 1e-6]]))          # small but not noise: shown as they are
    assert view.cell_text(0, 0) == "2.5e−5" and view.cell_text(0, 1) == "1.0e−6"
