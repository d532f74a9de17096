"""Generated exercise sets (desktop_nn.exercises.generate): every key is the engine's value, a
seed gives one set, another seed the same questions with other numbers."""

import math

import pytest

from desktop_nn.engine.errors import ConfigError
from desktop_nn.exercises.answers import KINDS
from desktop_nn.exercises.generate import DIFFICULTIES, generate_set, parse_dims
from desktop_nn.exercises.questions import TOPICS
from tests.exercises.engine_keys import engine_values

NETWORKS = [(2, 4, 2, 1), (2, 3, 5, 4, 2, 1), (2, 1), (3, 4, 2)]


def _close(a, b) -> bool:
    if isinstance(b, tuple):
        return tuple(a) == b
    return abs(float(a) - float(b)) <= 1e-12 * max(1.0, abs(float(b)))


@pytest.mark.parametrize("dims", NETWORKS)
@pytest.mark.parametrize("difficulty", list(DIFFICULTIES))
@pytest.mark.parametrize("seed", [0, 7, 123])
def test_every_key_equals_the_engines_value(dims, difficulty, seed):
    s = generate_set(dims, seed, difficulty)
    expected = engine_values(s)
    assert set(expected) == set(s.keys)
    for q in s.questions:
        assert _close(q.answer, expected[q.key]), (q.key, q.answer, expected[q.key])


def test_the_chapters_shapes_are_the_dimension_slide():
    s = generate_set((2, 4, 2, 1), 5, "hard")
    answers = {q.key: q.answer for q in s.questions}
    m = s.setup["shapes_m"]
    assert answers["backward.dW[3].shape"] == (4, 5)
    assert answers["backward.db[3].shape"] == (4, 1)
    assert answers["forward.Z[4].shape"] == (2, m)
    assert answers["forward.A[5].shape"] == (1, m)
    assert generate_set((2, 4, 2, 1), 5, "easy").questions[2].answer == (5, 3)   # W[2], the slide's example


def test_the_same_seed_gives_the_same_set():
    a, b = generate_set((2, 4, 2, 1), 11, "hard"), generate_set((2, 4, 2, 1), 11, "hard")
    assert a.keys == b.keys
    assert [q.answer for q in a.questions] == [q.answer for q in b.questions]
    assert [str(q.prompt) for q in a.questions] == [str(q.prompt) for q in b.questions]
    assert [str(q.working) for q in a.questions] == [str(q.working) for q in b.questions]
    assert [str(g.text) for g in a.givens] == [str(g.text) for g in b.givens]


@pytest.mark.parametrize("difficulty", list(DIFFICULTIES))
def test_two_seeds_give_the_same_questions_with_other_numbers(difficulty):
    a, b = generate_set((2, 4, 2, 1), 1, difficulty), generate_set((2, 4, 2, 1), 2, difficulty)
    assert a.keys == b.keys
    assert [q.kind for q in a.questions] == [q.kind for q in b.questions]
    numbers = [(p.answer, q.answer) for p, q in zip(a.questions, b.questions) if p.kind == "number"]
    assert numbers and all(x != y for x, y in numbers)


def test_difficulties_pick_how_many_questions():
    counts = {d: len(generate_set((2, 4, 2, 1), 0, d)) for d in DIFFICULTIES}
    assert counts["easy"] == 10
    assert counts["easy"] < counts["medium"] < counts["hard"]


def test_every_question_is_complete():
    for d in DIFFICULTIES:
        for q in generate_set((2, 3, 5, 4, 2, 1), 3, d).questions:
            assert q.topic in TOPICS and q.kind in KINDS
            assert str(q.prompt) and str(q.formula) and q.operands and q.working is not None
            if q.kind == "number":
                assert math.isfinite(q.answer)
            typed = {"number": lambda a: repr(a), "shape": lambda a: f"{a[0]}x{a[1]}",
                     "sign": lambda a: {1: "+", -1: "-", 0: "0"}[a]}[q.kind](q.answer)
            assert q.check(typed).correct


def test_a_single_layer_network_and_a_softmax_output():
    s = generate_set((2, 1), 4, "hard")
    assert not [k for k in s.keys if k.startswith(("backward.dZ[0]", "backward.dA[0]"))]
    s = generate_set((3, 4, 2), 4, "hard")
    assert s.setup["network"].output == "softmax"
    assert s.setup["network"].Y.sum(axis=0).tolist() == [1.0] * s.setup["network"].Y.shape[1]


@pytest.mark.parametrize("text, dims", [("2, 3, 1", (2, 3, 1)), ("2-3-1", (2, 3, 1)), ("[2 3 5 4 2 1]",
                                                                                       (2, 3, 5, 4, 2, 1))])
def test_networks_typed(text, dims):
    assert parse_dims(text) == dims


@pytest.mark.parametrize("text", ["", "2", "abc", "2, 0, 1", "2, x, 1", "2, 300, 1"])
def test_what_is_not_a_network_is_refused(text):
    with pytest.raises(ConfigError):
        parse_dims(text)


def test_bad_requests_are_refused():
    with pytest.raises(ConfigError):
        generate_set((2, 3, 1), 0, "impossible")
    with pytest.raises(ConfigError):
        generate_set((2, 3, 1), -1, "easy")
    with pytest.raises(ConfigError):
        generate_set((2, 3, 1), 0, "easy", output="softmax")


def test_a_network_is_read_with_commas_dashes_or_spaces_and_a_negative_size_is_refused():
    from desktop_nn.engine.errors import ConfigError
    from desktop_nn.exercises.generate import parse_dims

    for text in ("2, 3, 1", "2-3-1", "[2 3 1]", "2 - 3 - 1"):
        assert parse_dims(text) == (2, 3, 1)
    for text in ("2, -3, 1", "-2, 3", "[-2, 3]", "2, 0, 1", "2", "2, x"):
        with pytest.raises(ConfigError):
            parse_dims(text)
