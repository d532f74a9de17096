"""Worksheets (desktop_nn.exercises.worksheet): the questions, then the answer key on pages of its
own; the Markdown key read back equals the engine's numbers."""

from desktop_nn.exercises.generate import generate_set
from desktop_nn.exercises.wording import answer_text
from desktop_nn.exercises.worksheet import markdown_key_values, read_markdown_key, save_html, save_markdown, \
    to_html, to_markdown
from tests.exercises.engine_keys import engine_values
from tests.exercises.test_generate import _close


def test_the_markdown_key_read_back_is_the_engines():
    s = generate_set((2, 4, 2, 1), 21, "easy")
    assert len(s) == 10
    text = to_markdown(s)
    rows = read_markdown_key(text)
    assert [n for n, _, _ in rows] == list(range(1, 11))
    assert [k for _, k, _ in rows] == list(s.keys)
    values = markdown_key_values(text, s)
    expected = engine_values(s)
    for key, value in values.items():
        assert _close(value, expected[key]), (key, value, expected[key])


def test_the_markdown_key_holds_every_question_of_a_hard_set():
    s = generate_set((2, 3, 5, 4, 2, 1), 8, "hard")
    values = markdown_key_values(to_markdown(s), s)
    expected = engine_values(s)
    assert set(values) == set(expected)
    assert all(_close(values[k], expected[k]) for k in values)


def test_questions_come_before_the_page_break_and_the_key_after_it():
    s = generate_set((2, 4, 2, 1), 3, "medium")
    for text in (to_markdown(s), to_html(s)):
        brk = text.index("page-break-before: always")
        questions, key = text[:brk], text[brk:]
        for n, q in enumerate(s.questions, start=1):
            assert str(q.prompt).split(":")[0] in questions.replace("&#x27;", "'")
            assert answer_text(q.answer, q.kind) in key.replace("&#x27;", "'")
            assert q.key not in questions
        assert all(q.key in to_markdown(s) for q in s.questions)       # the exact keys: the Markdown's
        assert "Answer key" in key and "Answer key" not in questions
        assert str(s.seed) in questions and "2, 4, 2, 1" in questions


def test_the_given_numbers_are_printed_for_the_student():
    s = generate_set((2, 4, 2, 1), 3, "medium")
    text = to_markdown(s)
    setup = s.setup["network"]
    assert f"x({setup.example}) =" in text and "W[3] =" in text
    assert "Perceptron, learning rate η = 0.1" in text


def test_files_are_written(tmp_path):
    s = generate_set((2, 3, 1), 2, "easy")
    md = save_markdown(s, tmp_path / "sheet.md")
    page = save_html(s, tmp_path / "sheet.html")
    assert md.read_text(encoding="utf-8") == to_markdown(s)
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
