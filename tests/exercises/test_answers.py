"""Reading and marking a student's typed answer (desktop_nn.exercises.answers)."""

import pytest

from desktop_nn.exercises.answers import AnswerError, check, parse_number, parse_shape, parse_sign, parse_choice


@pytest.mark.parametrize("text, value", [
    ("0.25", 0.25), ("0,25", 0.25), ("-1/2", -0.5), ("1 / 4", 0.25), ("−.5", -0.5), ("1e-3", 0.001),
    ("2,5e-1", 0.25), ("3", 3.0), ("+0,5/2", 0.25), ("1,5 / 3", 0.5),
])
def test_numbers_with_either_decimal_mark_and_fractions(text, value):
    assert parse_number(text) == pytest.approx(value, abs=1e-15)


@pytest.mark.parametrize("text", ["", "abc", "1/0", "1..2", "1,2,3", "0x10", "inf", "nan", "1/2/3"])
def test_what_is_not_a_number_is_refused_with_a_message(text):
    with pytest.raises(AnswerError) as info:
        parse_number(text)
    assert str(info.value)


@pytest.mark.parametrize("text, shape", [
    ("(4, 3)", (4, 3)), ("4x3", (4, 3)), ("4 × 3", (4, 3)), ("[4 3]", (4, 3)), ("4,3", (4, 3)),
    ("(4,)", (4,)), ("4", (4,)), ("(2, 3, 5)", (2, 3, 5)),
])
def test_shapes(text, shape):
    assert parse_shape(text) == shape


@pytest.mark.parametrize("text", ["", "4x", "x4", "(4, a)", "4xx3", "4.5x3", "-4x3"])
def test_what_is_not_a_shape_is_refused(text):
    with pytest.raises(AnswerError):
        parse_shape(text)


def test_signs_and_choices():
    assert [parse_sign(t) for t in ("+", "positive", "-", "Negative", "0", "zero")] == [1, 1, -1, -1, 0, 0]
    assert [parse_choice(t, 3) for t in ("a", "B", "3", "c)")] == ["a", "b", "c", "c"]
    with pytest.raises(AnswerError):
        parse_sign("maybe")
    with pytest.raises(AnswerError):
        parse_choice("d", 3)


def test_marking_a_number_within_one_percent():
    assert check("0,2524", 0.25, "number").correct          # 0.96 % off
    assert not check("0.2526", 0.25, "number").correct      # 1.04 % off
    assert check("0", 5e-5, "number").correct               # that close to zero: 0.0001 absolute
    assert not check("0", 0.002, "number").correct
    assert check("(4, 3)", (4, 3), "shape").correct and not check("3x4", (4, 3), "shape").correct
    assert check("-", -1, "sign").correct and not check("+", -1, "sign").correct
