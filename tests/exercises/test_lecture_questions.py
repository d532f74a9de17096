"""The lecture's question scenes, without Qt: every key equals an independent NumPy computation,
a scene file's impossible settings are named specifically, the class's typed answers are marked."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_nn.exercises import lecture_questions as lq
from desktop_nn.exercises import lecture_reveals as reveals
from desktop_nn.exercises.answers import AnswerError
from tests.exercises import question_reference as ref


def close(a: float, b: float) -> bool:
    """Equal to 1e-12 (relative to the size of the value, for values above 1)."""
    return abs(a - b) <= 1e-12 * max(1.0, abs(b))


def ask(hide: str, **settings):
    return reveals.compute({"hide": hide, "question": "?", **settings})


def test_perceptron_update_is_the_slides_rule_by_hand():
    r = ask("perceptron_update", data="iris", example=50, eta=0.1)
    expected = ref.perceptron_w_after("iris", 50, 0.1)
    assert r.kind == "vector" and len(r.answer) == 3
    assert all(close(a, b) for a, b in zip(r.answer, expected))
    assert np.allclose(expected, [0.0, 0.38, 0.66])        # the first versicolor moves w from [−0.2, −1.02, −0.28]
    assert np.allclose(r.details["before"], [-0.2, -1.02, -0.28])
    for k, eta in ((0, 0.1), (3, 0.5), (77, 0.01)):
        r = ask("perceptron_update", example=k, eta=eta)
        assert all(close(a, b) for a, b in zip(r.answer, ref.perceptron_w_after("iris", k, eta)))


@pytest.mark.parametrize("data,eta", [("iris-std", 0.01), ("iris-std", 0.001), ("moons", 0.003)])
def test_adaline_cost_after_one_step(data, eta):
    r = ask("adaline_cost", data=data, eta=eta)
    assert r.kind == "number" and close(r.answer, ref.adaline_sse_after_one_step(data, eta))


@pytest.mark.parametrize("k", [0, 108, 150])
def test_dz_of_one_example_is_a_minus_y(k):
    r = ask("dz_output", data="moons", layer_dims=[2, 3, 1], activations=["tanh", "sigmoid"], seed=1, eta=1.0,
            epochs=300, example=k)
    expected = ref.dz_of_example("moons", [2, 3, 1], "tanh", 1.0, 300, 1, k)
    assert close(r.answer, expected)
    assert close(r.answer, r.details["a"] - r.details["y"])


def test_dz_with_a_sigmoid_hidden_layer():
    r = ask("dz_output", data="circles", layer_dims=[2, 4, 1], activations=["sigmoid", "sigmoid"], seed=2, eta=0.5,
            epochs=50, example=3)
    assert close(r.answer, ref.dz_of_example("circles", [2, 4, 1], "sigmoid", 0.5, 50, 2, 3))


@pytest.mark.parametrize("dims,layer", [([2, 3, 5, 4, 2, 1], 3), ([2, 3, 5, 4, 2, 1], 1), ([4, 7, 2], 2)])
def test_the_shape_of_dW(dims, layer):
    r = ask("dw_shape", layer_dims=dims, layer=layer)
    assert r.answer == (dims[layer], dims[layer - 1])
    assert r.details["dW"].shape == r.details["W"].shape == r.answer
    if dims == [2, 3, 5, 4, 2, 1] and layer == 3:
        assert r.answer == (4, 5) and r.answer_text == "(4, 5)"


def test_which_learning_rate_diverges_trains_each_rate():
    r = ask("diverging_rate", data="iris", options=[0.01, 0.0001], epochs=10)
    for curve, eta in zip(r.details["curves"], (0.01, 0.0001)):
        expected = ref.adaline_costs("iris", eta, 10)
        assert all(close(a, b) for a, b in zip(curve, expected))
    assert r.answer == ("a",)                              # 0.01 grows, 0.0001 falls
    assert ref.adaline_costs("iris", 0.01, 10)[-1] > 1e20 and ref.adaline_costs("iris", 0.0001, 10)[-1] < 50
    both = ask("diverging_rate", options=[0.001, 0.01, 0.00001], epochs=10)
    assert both.answer == ("a", "b")


def test_zero_initialisation_keeps_the_hidden_units_identical():
    r = ask("zero_init", data="xor", layer_dims=[2, 3, 1], activations=["sigmoid", "sigmoid"], eta=0.5, epochs=1000, seed=3)
    W1 = ref.two_layer_gd("xor", [2, 3, 1], "sigmoid", 0.5, 1000, 3, zeros=True)[0]
    assert np.max(np.abs(r.details["W1"] - W1)) <= 1e-12
    assert np.max(np.abs(W1 - W1[0])) < 1e-12 and np.max(np.abs(W1)) > 0.1     # moved, but the rows stay equal
    assert r.answer == ("b",) and r.details["identical"]


def test_a_random_start_breaks_the_symmetry():
    """The key is read from the run: with W[1]'s rows different it is (a), not (b)."""
    s = lq.resolve({"hide": "zero_init", "question": "?"})
    r = reveals.zero_init_reveal(s, np.array([[0.1, 0.2], [0.3, -0.1], [0.0, 0.5]]), False, 10, [0.7, 0.6])
    assert r.answer == ("a",)


GOOD = {"hide": "dw_shape", "question": "Shape?"}
BAD = [
    ({"question": "?"}, "needs 'hide'"),
    ({"hide": "weights", "question": "?"}, "'hide' = 'weights' is not a value"),
    ({"hide": "dw_shape"}, "'question' is empty"),
    ({**GOOD, "countdown": 2}, "'countdown' must be from 5 to 600"),
    ({**GOOD, "layer": 6}, "'layer' must be from 1 to L = 5, got 6"),
    ({**GOOD, "example": 3}, "'example' does not apply to the question 'dw_shape'"),
    ({**GOOD, "layer_dims": [2, 3, 1], "activations": ["relu"]}, "'activations' must give one activation per layer, 2"),
    ({"hide": "perceptron_update", "question": "?", "example": 100}, "'example' must be from 0 to 99"),
    ({"hide": "perceptron_update", "question": "?", "data": "iris3"}, "'data' = 'iris3' is not a data set"),
    ({"hide": "perceptron_update", "question": "?", "eta": 0}, "'eta' must be a learning rate above 0"),
    ({"hide": "dz_output", "question": "?", "layer_dims": [3, 4, 1], "activations": ["tanh", "sigmoid"]},
     "must start with n[0] = 2"),
    ({"hide": "dz_output", "question": "?", "activations": ["softmax", "sigmoid"]}, "'activations' names 'softmax'"),
    ({"hide": "dz_output", "question": "?", "activations": ["tanh", "relu"]}, "must be sigmoid, got 'relu'"),
    ({"hide": "diverging_rate", "question": "?", "options": [0.1]}, "'options' must list 2 to 6 learning rates"),
    ({"hide": "diverging_rate", "question": "?", "options": [0.1, -1]}, "'options' must be learning rates above 0"),
    ({"hide": "zero_init", "question": "?", "layer_dims": [2, 1], "activations": ["sigmoid"]}, "needs a hidden layer"),
    ({"hide": "zero_init", "question": "?", "epochs": 50_000}, "'epochs' must be from 1 to 20,000"),
]


@pytest.mark.parametrize("settings,expected", BAD, ids=[e for _, e in BAD])
def test_impossible_settings_are_named(settings, expected):
    found = lq.problem(settings)
    assert found is not None and expected in str(found), str(found)


def test_the_shipped_defaults_are_possible():
    for hide in lq.CATALOGUE:
        assert lq.problem({"hide": hide, "question": "?"}) is None, hide


def test_the_class_answer_is_marked():
    p = ask("perceptron_update")
    for text in ("0; 0.38; 0.66", "[0, 0.38, 0.66]", "0 0,38 0,66", "[0; 0.381; 0.66]"):
        assert p.check(text).correct, text
    assert not p.check("0 0.4 0.66").correct
    with pytest.raises(AnswerError, match="has 2 numbers"):
        p.check("0.38 0.66")
    with pytest.raises(AnswerError):
        p.check("w")
    s = ask("dw_shape")
    assert s.check("4x5").correct and s.check("(4, 5)").correct and not s.check("(5, 4)").correct
    c = ask("diverging_rate")
    assert c.check("a").correct and c.check("A").correct and not c.check("b").correct and not c.check("a, b").correct
    with pytest.raises(AnswerError):
        c.check("c")
    d = ask("dz_output", example=108)
    assert d.check(f"{d.answer:.4f}").correct and not d.check(str(-d.answer)).correct
