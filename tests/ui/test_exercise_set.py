"""The exercise-set window (ui/exercises): a generated set answered by typing into its boxes —
right, wrong, with ',' decimals and fractions, unreadable — hints, the score, Reset, the
worksheet exported as PDF and Markdown, and the main window's menu that opens it."""

from __future__ import annotations

from fractions import Fraction

import pytest
from PySide6.QtCore import Qt

from desktop_nn.exercises.wording import answer_text
from desktop_nn.exercises.worksheet import markdown_key_values
from desktop_nn.ui.exercises.exercise_window import ExerciseWindow
from desktop_nn.ui.exercises.question_card import RIGHT_COLOR, WRONG_COLOR
from desktop_nn.ui.kit import palette
from tests.exercises.engine_keys import engine_values
from tests.exercises.test_generate import _close

GENERATE_TIMEOUT_MS = 15_000


def open_set(qtbot, dims=(2, 4, 2, 1), seed=5, difficulty="medium") -> ExerciseWindow:
    w = ExerciseWindow(layer_dims=dims, seed=seed, difficulty=difficulty)
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.setShown, timeout=GENERATE_TIMEOUT_MS):
        w.generate()
    return w


def type_answer(qtbot, card, text: str) -> None:
    card.answerEdit.clear()
    qtbot.keyClicks(card.answerEdit, text)
    qtbot.keyClick(card.answerEdit, Qt.Key.Key_Return)


def right_text(q) -> str:
    if q.kind == "number":
        return repr(q.answer)
    if q.kind == "shape":
        return f"({q.answer[0]}, {q.answer[1]})"
    return {1: "+", -1: "-", 0: "0"}[q.answer]


def wrong_text(q) -> str:
    if q.kind == "number":
        return repr(q.answer * 1.5 + 1.0)
    if q.kind == "shape":
        return f"{q.answer[0] + 1}x{q.answer[1]}"
    return {1: "-", -1: "+", 0: "+"}[q.answer]


def other_notation(q) -> tuple[str, str]:
    """The key as a student may type it: an exact fraction p/q, or the value rounded to five
    significant digits with a decimal comma (within 1 %); shapes as 4 × 5, signs as words."""
    if q.kind == "number":
        fraction = Fraction(q.answer).limit_denominator(1000)
        if fraction.denominator > 1 and abs(float(fraction) - q.answer) <= 1e-12:
            return "fraction", f"{fraction.numerator}/{fraction.denominator}"
        return "comma", f"{q.answer:.5g}".replace(".", ",")
    if q.kind == "shape":
        return "shape", f"{q.answer[0]} × {q.answer[1]}"
    return "sign", {1: "positive", -1: "negative", 0: "zero"}[q.answer]


def test_a_set_answered_right_is_marked_right_in_colour_and_words(qtbot):
    w = open_set(qtbot)
    assert len(w.cards) == 15
    for card in w.cards:
        type_answer(qtbot, card, right_text(card.question))
    for card in w.cards:
        assert card.verdict is True, card.question.key
        assert card.verdictLabel.isVisible() and card.verdictLabel.text().startswith("✔ Right")
        assert RIGHT_COLOR in card.verdictLabel.styleSheet()
        assert card.workingLabel.isVisible()
        assert card.answerEdit.isReadOnly()
    assert w.score() == (15, 15, 15)
    assert w.scoreLabel.text().startswith("15 / 15 correct")


def test_a_set_answered_wrong_is_marked_wrong_and_the_key_revealed(qtbot):
    w = open_set(qtbot, seed=9, difficulty="hard")
    for card in w.cards:
        type_answer(qtbot, card, wrong_text(card.question))
    for card in w.cards:
        q = card.question
        assert card.verdict is False, q.key
        assert "Not right" in card.verdictLabel.text()
        assert answer_text(q.answer, q.kind) in card.verdictLabel.text()
        assert WRONG_COLOR in card.verdictLabel.styleSheet()
        assert card.workingLabel.isVisible()
        assert q.working.text() in card.workingLabel.text()
    right, answered, n = w.score()
    assert (right, answered) == (0, n) and w.scoreLabel.text().startswith(f"0 / {n} correct")


@pytest.mark.parametrize("seed", [2, 31])
def test_decimal_commas_fractions_shapes_and_sign_words_are_read(qtbot, seed):
    w = open_set(qtbot, seed=seed, difficulty="hard")
    used = set()
    for card in w.cards:
        how, text = other_notation(card.question)
        used.add(how)
        type_answer(qtbot, card, text)
        assert card.verdict is True, (card.question.key, text, card.question.answer)
    assert {"fraction", "comma", "shape", "sign"} <= used
    assert w.score()[0] == len(w.cards)


def test_unreadable_input_is_explained_and_marks_nothing(qtbot):
    w = open_set(qtbot)
    card = w.cards[0]
    type_answer(qtbot, card, "abc")
    assert card.verdict is None
    assert card.errorLabel.isVisible() and "abc" in card.errorLabel.text() and "not a number" in card.errorLabel.text()
    assert not card.verdictLabel.isVisible() and not card.workingLabel.isVisible()
    assert not card.answerEdit.isReadOnly()
    assert w.score() == (0, 0, len(w.cards))
    type_answer(qtbot, card, right_text(card.question))          # the student types again
    assert card.verdict is True and not card.errorLabel.isVisible()


def test_hints_give_the_formula_then_the_numbers(qtbot):
    w = open_set(qtbot)
    card = w.cards[0]
    qtbot.mouseClick(card.hintButton, Qt.MouseButton.LeftButton)
    first = card.hintLabel.text()
    assert card.question.formula.text() in first and "numbers" not in first
    qtbot.mouseClick(card.hintButton, Qt.MouseButton.LeftButton)
    assert card.question.meta["operands_hint"].text() in card.hintLabel.text()
    assert not card.hintButton.isEnabled()
    assert card.verdict is None


def test_reset_clears_every_answer_and_the_score(qtbot):
    w = open_set(qtbot)
    for card in w.cards[:4]:
        type_answer(qtbot, card, right_text(card.question))
    assert w.score()[:2] == (4, 4)
    qtbot.mouseClick(w.resetButton, Qt.MouseButton.LeftButton)
    assert w.score() == (0, 0, len(w.cards))
    assert all(c.verdict is None and not c.answerEdit.text() and not c.workingLabel.isVisible() for c in w.cards)


def test_a_network_that_cannot_be_read_is_said_and_the_set_stays(qtbot):
    w = open_set(qtbot)
    before = w.exercise_set
    w.networkEdit.setText("2, x, 1")
    qtbot.mouseClick(w.generateButton, Qt.MouseButton.LeftButton)
    assert w.messageLabel.isVisible() and "2, x, 1" in w.messageLabel.text()
    assert w.exercise_set is before


def test_another_seed_gives_the_same_questions_with_other_numbers(qtbot):
    w = open_set(qtbot, seed=1)
    first = w.exercise_set
    w.seedSpin.setValue(2)
    with qtbot.waitSignal(w.setShown, timeout=GENERATE_TIMEOUT_MS):
        qtbot.mouseClick(w.generateButton, Qt.MouseButton.LeftButton)
    second = w.exercise_set
    assert second.seed == 2 and second.keys == first.keys
    assert [q.answer for q in second.questions] != [q.answer for q in first.questions]
    assert [c.question.key for c in w.cards] == list(second.keys)


def test_a_ten_question_worksheet_is_exported_as_pdf_and_markdown(qtbot, tmp_path):
    w = open_set(qtbot, seed=4, difficulty="easy")
    assert len(w.exercise_set) == 10
    pdf = w.export_to(tmp_path / "worksheet.pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    assert pages >= 2                                   # the answer key on a page of its own
    md = w.export_to(tmp_path / "worksheet.md")
    values = markdown_key_values(md.read_text(encoding="utf-8"), w.exercise_set)
    expected = engine_values(w.exercise_set)
    assert set(values) == set(expected)
    for key, value in values.items():
        assert _close(value, expected[key]), key
    html = w.export_to(tmp_path / "worksheet.html")
    assert "page-break-before: always" in html.read_text(encoding="utf-8")


def test_the_window_fits_its_screen_and_uses_large_type(qtbot):
    w = open_set(qtbot)
    screen = w.screen().availableGeometry()
    assert w.width() <= screen.width() and w.height() <= screen.height()
    assert w.cards[0].promptLabel.font().pointSize() >= palette.TITLE_POINT_SIZE
    assert w.cards[0].answerEdit.font().pointSize() >= palette.TITLE_POINT_SIZE


def test_the_main_windows_menu_opens_it_for_the_current_network(qtbot, window):
    window.document.update(None, model="network", hidden=(3, 2))
    action = window.findChild(type(window.playAction), "exerciseSetAction")
    action.trigger()
    exercises = window.findChild(ExerciseWindow)
    assert exercises is not None and exercises.isVisible() and not exercises.isModal()
    qtbot.waitUntil(lambda: exercises.exercise_set is not None, timeout=GENERATE_TIMEOUT_MS)
    assert exercises.exercise_set.layer_dims == (2, 3, 2, 1)
    action.trigger()                                    # raised, not a second one
    assert len([c for c in window.findChildren(ExerciseWindow) if c.isVisible()]) == 1


def test_export_asks_for_the_file_then_writes_it(qtbot, tmp_path, monkeypatch):
    from desktop_nn.ui.exercises import exercise_window

    w = open_set(qtbot, seed=3, difficulty="easy")
    target = tmp_path / "asked.md"
    asked = []

    def fake_dialog(parent, title, name, file_filter):
        asked.append((name, file_filter))
        return str(target), file_filter

    monkeypatch.setattr(exercise_window.QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    action = w.exportButton.menu().findChild(type(w.exportButton.menu().actions()[0]), "export_md")
    action.trigger()
    assert asked and asked[0][0] == "worksheet-seed3.md"
    assert target.read_text(encoding="utf-8").startswith("# Exercise set: network 2-4-2-1, seed 3, easy")
