"""Exercise mode of the step-through: "?" cells, typed answers marked, the working revealed with
its operands outlined, hints, the session's score — and nothing of it while the mode is off."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QWidget

from desktop_nn.engine.network import Network
from desktop_nn.ui.stepthrough.exercise_mode import OPEN, REVEALED, RIGHT, SKIPPED, WRONG
from desktop_nn.ui.stepthrough.matrix_view import short
from desktop_nn.ui.stepthrough.stepper import StepperPane
from tests.exercises.test_from_trace import ALPHA, expected, reference

TIMEOUT = 10_000


@pytest.fixture
def setup(qtbot):
    window = QMainWindow()
    central = QWidget()
    QHBoxLayout(central).addWidget(pane := StepperPane())
    window.setCentralWidget(central)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    net = Network([2, 3, 1], hidden_activation="tanh", init="xavier", seed=2)
    rng = np.random.default_rng(1)
    X = rng.normal(size=(2, 4))
    Y = np.array([[1.0, 0.0, 0.0, 1.0]])
    with qtbot.waitSignal(pane.traceReady, timeout=TIMEOUT):
        pane.load(net, X, Y, ALPHA)
    yield pane, reference(net, X, Y)
    pane.shutdown()


def type_answer(pane, text):
    edit = pane.exercises.panel.answerEdit
    edit.clear()
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


def hidden_shown(pane, q):
    """What the page shows where the answer goes: the cell's text, or the shape texts."""
    view = pane.page.resultView
    if q.meta["hide"] == "shape":
        return view.shape_text(), pane.page.shapeLabel.text()
    return view.cell_text(*q.meta["cell"]), view.tooltip_for(*q.meta["cell"])


def right_text(q, k):
    """The key typed as students type it: ',' decimals, fractions, shapes 3x4, signs."""
    if q.kind == "number":
        if k % 2:
            f = Fraction(q.answer).limit_denominator(10**7)
            return f"{f.numerator}/{f.denominator}"
        return f"{q.answer:.8f}".replace(".", ",")
    if q.kind == "shape":
        return "{}x{}".format(*q.answer)
    return {1: "+", -1: "-", 0: "0"}[q.answer]


def wrong_text(q):
    if q.kind == "number":
        return f"{q.answer * 1.5 + 0.2:.6f}"
    if q.kind == "shape":
        return "({}, {})".format(q.answer[0] + 1, q.answer[1])
    return "-" if q.answer >= 0 else "+"


def operands_outlined(pane, q):
    views = {v.name(): v for v in pane.page.views}
    return all(views[op.name].marked() == set(op.cells) for op in q.operands)


def walk(pane, answer):
    """Every step with a question: check "?" before, answer, return (asked, view state after)."""
    seen = []
    for index in range(len(pane.trace())):
        pane.go(index)
        asked = pane.exercises.current()
        if asked is None:
            assert pane.trace()[index].key == "J"          # only the cost asks nothing
            continue
        q = asked.question
        before = hidden_shown(pane, q)
        answer(q, len(seen))
        seen.append((asked, before, hidden_shown(pane, q)))
    return seen


def test_off_the_pane_is_as_before(setup):
    pane, _ = setup
    assert not pane.exercises.is_on() and not pane.exercises.panel.isVisible()
    assert pane.page.decorate is None
    pane.go(0)
    assert "?" not in [pane.page.resultView.cell_text(i, 0) for i in range(3)]
    pane.exercises.toggle.click()
    assert pane.exercises.panel.isVisible() and pane.exercises.current() is not None
    pane.exercises.toggle.click()
    assert pane.page.decorate is None and not pane.exercises.panel.isVisible()
    assert all(pane.page.resultView.cell_text(i, j) != "?" for i in range(3) for j in range(4))


def test_right_answers_with_either_decimal_mark_and_fractions(qtbot, setup):
    pane, ref = setup
    pane.exercises.toggle.click()
    seen = walk(pane, lambda q, k: type_answer(pane, right_text(q, k)))
    kinds = {a.question.kind for a, _, _ in seen}
    assert kinds == {"number", "sign", "shape"}
    for asked, before, after in seen:
        q = asked.question
        assert asked.status == RIGHT, (q.key, asked.given)
        if q.kind == "shape":
            assert before[0] == "(?, ?)" and before[1].endswith("(?, ?)")
            assert after[0] == "({}, {})".format(*q.answer) and not after[1].endswith("(?, ?)")
            assert q.answer == ref[q.key.rsplit(".", 1)[0]].shape
        else:
            assert before[0] == "?" and before[1].endswith("= ?")
            assert q.answer == pytest.approx(expected(ref, q.key), abs=1e-12, rel=1e-12)
            value = float(q.meta["value"])
            assert after[0] == short(value) and repr(value) in after[1]
    assert pane.exercises.score() == (len(seen), len(seen), 0)
    assert pane.exercises.panel.scoreLabel.text() == f"Score: {len(seen)} / {len(seen)} correct"
    assert "✔" in pane.exercises.panel.feedbackLabel.text() and "Right" in pane.exercises.panel.feedbackLabel.text()


def test_wrong_answers_are_marked_and_the_working_and_operands_shown(qtbot, setup):
    pane, ref = setup
    pane.exercises.toggle.click()
    outlined = []

    def answer(q, _k):
        type_answer(pane, wrong_text(q))
        feedback = pane.exercises.panel.feedbackLabel.text()
        assert "✘" in feedback and "Not right" in feedback, feedback
        assert str(q.working) == pane.exercises.panel.hintLabel.text()        # the working, shown
        outlined.append(operands_outlined(pane, q))
        if q.meta["hide"] == "cell":
            assert pane.page.resultView.marked() == {q.meta["cell"]}

    seen = walk(pane, answer)
    assert all(outlined)
    assert all(a.status == WRONG for a, _, _ in seen)
    assert all(before[0] in ("?", "(?, ?)") for _, before, _ in seen)
    assert all(after[0] not in ("?", "(?, ?)") for _, _, after in seen)
    assert pane.exercises.score() == (0, len(seen), 0)


def test_unreadable_input_says_why_and_marks_nothing(setup):
    pane, _ = setup
    pane.exercises.toggle.click()
    pane.go(0)
    asked = pane.exercises.current()
    type_answer(pane, "about a half")
    assert asked.status == OPEN
    assert "is not a number" in pane.exercises.panel.feedbackLabel.text()
    assert pane.page.resultView.cell_text(*asked.question.meta["cell"]) == "?"
    assert pane.exercises.score() == (0, 0, 0)
    type_answer(pane, right_text(asked.question, 0))
    assert asked.status == RIGHT and pane.exercises.score() == (1, 1, 0)


def test_hints_then_reveal_and_skipping(setup):
    pane, _ = setup
    ex = pane.exercises
    ex.toggle.click()
    pane.go(0)
    first = ex.current()
    q = first.question
    ex.panel.hintButton.click()
    assert q.formula.text() in ex.panel.hintLabel.text() and not any(v.marked() for v in pane.page.views)
    ex.panel.hintButton.click()
    assert "The numbers:" in ex.panel.hintLabel.text() and operands_outlined(pane, q)
    assert pane.page.resultView.cell_text(*q.meta["cell"]) == "?"
    pane.next()                                         # moving on unanswered: skipped, not wrong
    assert first.status == SKIPPED and ex.score() == (0, 0, 1)
    assert "1 skipped" in ex.panel.scoreLabel.text()
    second = ex.current()
    ex.panel.revealButton.click()
    assert second.status == REVEALED and ex.score() == (0, 0, 2)
    assert "Revealed" in ex.panel.feedbackLabel.text() and operands_outlined(pane, second.question)
    pane.previous()                                     # back at the skipped one: answer it now
    assert ex.current() is first and first.status == OPEN
    type_answer(pane, right_text(q, 0))
    assert ex.score() == (1, 1, 1)


def test_the_shortcut_turns_the_mode_on_and_off(qtbot, setup):
    pane, _ = setup
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    QTest.keyClick(pane, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert pane.exercises.is_on() and pane.exercises.toggle.isChecked()
    assert pane.exercises.panel.answerEdit.hasFocus()        # the question is there: type at once
    QTest.keyClick(pane.exercises.panel.answerEdit, Qt.Key.Key_Escape)
    assert pane.hasFocus()
    QTest.keyClick(pane, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not pane.exercises.is_on()


def test_a_new_iteration_asks_again(qtbot, setup):
    pane, _ = setup
    pane.exercises.toggle.click()
    pane.last()                                         # step 1's question left unanswered: skipped
    asked = pane.exercises.current()
    type_answer(pane, right_text(asked.question, 0))
    with qtbot.waitSignal(pane.traceReady, timeout=TIMEOUT):
        pane.next()                                     # the next iteration
    assert pane.exercises.current() is not asked and pane.exercises.current().status == OPEN
    assert pane.exercises.current().question.key.startswith("forward.Z[1][")
    assert pane.exercises.score() == (1, 1, 1)


def test_a_single_neurons_steps_ask_nothing_and_break_nothing(qtbot, setup):
    pane, _ = setup
    pane.exercises.toggle.click()
    X_rows = np.array([[1.0, 2.0], [-1.0, 0.5], [0.5, -1.5]])
    with qtbot.waitSignal(pane.traceReady, timeout=TIMEOUT):
        pane.load_classic("adaline", np.array([0.1, -0.2, 0.3]), X_rows, np.array([1.0, -1.0, 1.0]), 0.01)
    for index in range(len(pane.trace())):
        pane.go(index)
        assert pane.exercises.current() is None
        assert "No question" in pane.exercises.panel.questionLabel.text()
        assert not pane.exercises.panel.answerEdit.isEnabled()
        assert "?" not in pane.page.resultView.shape_text()


def test_in_the_main_window_the_question_is_in_view_and_the_key_is_the_live_networks(qtbot, window):
    from tests.ui.test_main_window import latest, switch_to_network
    from tests.ui.test_main_window_stepper import open_and_trace

    switch_to_network(qtbot, window)
    trace = open_and_trace(qtbot, window)
    pane = window.stepper
    z = next(s.index for s in trace if s.key == "Z" and s.layer == 1)
    pane.go(z)
    pane.exercises.toggle.click()
    asked = pane.exercises.current()
    q = asked.question
    i, j = q.meta["cell"]
    params, X = latest(window).params, trace[z].operands[1][1]
    assert q.answer == pytest.approx(float((params["W1"] @ X + params["b1"])[i, j]), abs=1e-12)
    # the "?" and the question are scrolled into view once the layout has settled
    qtbot.waitUntil(lambda: pane.page.resultView.visibleRegion().contains(pane.page.resultView.cell_center(i, j))
                    and not pane.exercises.panel.visibleRegion().isEmpty(), timeout=TIMEOUT)
    assert pane.page.resultView.cell_text(i, j) == "?"
    type_answer(pane, right_text(q, 1))
    assert asked.status == RIGHT and pane.exercises.panel.scoreLabel.text() == "Score: 1 / 1 correct"
