"""The step-through's trace: the engine's own numbers, the chapter's corrected formulas, shapes that line up."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_nn.engine.classic import AdalineGD, AdalineSGD, LogisticRegressionGD, Perceptron
from desktop_nn.engine.datasets import iris_setosa_versicolor
from desktop_nn.engine.errors import ConfigError, ShapeError
from desktop_nn.engine.network import Network
from desktop_nn.engine.trace import (
    ShapeEquation,
    Term,
    dimension_rows,
    iter_trace,
    trace,
    trace_example,
    trace_to_markdown,
)
from desktop_nn.engine.trace_classic import trace_classic

CHAPTER = [2, 3, 5, 4, 2, 1]


def chapter_case(m=7, hidden="relu", seed=1, **kw):
    net = Network(CHAPTER, hidden_activation=hidden, init="xavier", seed=seed, **kw)
    rng = np.random.default_rng(0)
    X = rng.normal(size=(2, m))
    Y = (rng.random((1, m)) > 0.5).astype(float)
    return net, X, Y


def softmax_case(m=9):
    net = Network([4, 6, 5, 3], hidden_activation=["tanh", "leaky_relu"], output="softmax", init="he", seed=3)
    rng = np.random.default_rng(2)
    X = rng.normal(size=(4, m))
    Y = np.eye(3)[:, rng.integers(0, 3, m)]
    return net, X, Y


CASES = {
    "chapter-relu": lambda: chapter_case(),
    "chapter-tanh-l2": lambda: chapter_case(hidden="tanh", l2=0.3),
    "softmax": softmax_case,
    "sigmoid-squared-error": lambda: chapter_case(hidden="sigmoid", loss="squared_error"),
}


def find(t, phase, layer, key):
    matches = [s for s in t if s.phase == phase and s.layer == layer and s.key == key]
    assert len(matches) == 1, (phase, layer, key)
    return matches[0]


@pytest.mark.parametrize("case", CASES)
def test_every_result_is_the_engines(case):
    """The trace holds the chapter's formulas one by one — exactly what the readable path
    computes — and they equal the fast path (what Network.forward/backward and the Trainer run)
    to 1e-12."""
    net, X, Y = CASES[case]()
    before = {k: v.copy() for k, v in net.params.items()}
    t = trace(net, X, Y, 0.05)
    AL, caches = net.forward_readable(X)
    J = net.cost(AL, Y)
    grads = net.backward(AL, Y, caches)
    fAL, fcaches = net.forward(X)
    fgrads = net.backward(fAL, Y, fcaches)
    L = net.L

    def same(step, readable, fast):
        assert np.array_equal(step.value, readable)
        np.testing.assert_allclose(step.value, fast, rtol=1e-12, atol=1e-14)

    for l in range(1, L + 1):
        same(find(t, "forward", l, "Z"), caches[l - 1].Z, fcaches[l - 1].Z)
        same(find(t, "forward", l, "A"), caches[l - 1].A, fcaches[l - 1].A)
        for key in ("dZ", "dW", "db"):
            same(find(t, "backward", l, key), grads[f"{key}{l}"], fgrads[f"{key}{l}"])
        if l < L:
            same(find(t, "backward", l, "dA"), grads[f"dA{l}"], fgrads[f"dA{l}"])
    if not net.natural_pairing:
        same(find(t, "backward", L, "dA"), grads[f"dA{L}"], fgrads[f"dA{L}"])
    assert float(find(t, "cost", L, "J").value) == J == t.cost
    # the update steps hold what Network.update writes, and the traced network is untouched
    updated = net.copy()
    updated.update(grads, 0.05)
    for l in range(1, L + 1):
        for p in "Wb":
            assert np.array_equal(find(t, "update", l, p).value, updated.params[f"{p}{l}"])
            assert np.array_equal(t.params_after[f"{p}{l}"], updated.params[f"{p}{l}"])
            assert np.array_equal(net.params[f"{p}{l}"], before[f"{p}{l}"])
    # forward, cost, backward, update in that order, indices 0..n-1
    assert [s.index for s in t] == list(range(len(t)))
    order = [("forward", "cost", "backward", "update").index(s.phase) for s in t]
    assert order == sorted(order)


@pytest.mark.parametrize("case", CASES)
def test_each_formula_recomputed_from_its_own_operands_gives_its_result(case):
    """The operands shown are the ones the formula uses — W[l]ᵀ and A[l-1]ᵀ, exactly."""
    net, X, Y = CASES[case]()
    t = trace(net, X, Y, 0.05)
    m = X.shape[1]
    for s in t:
        ops = [v for _, v in s.operands]
        if s.key == "Z" and s.phase == "forward":
            assert np.array_equal(ops[0] @ ops[1] + ops[2], s.value)
        elif s.key == "dW" and not net.l2:
            assert np.array_equal(ops[0] @ ops[1] / m, s.value)
        elif s.key == "db":
            assert np.array_equal(np.sum(ops[0], axis=1, keepdims=True) / m, s.value)
        elif s.key == "dA" and s.layer < net.L:
            assert np.array_equal(ops[0] @ ops[1], s.value)
        elif s.key == "dZ" and s.layer < net.L:
            assert np.array_equal(ops[0] * ops[1], s.value)
        elif s.phase == "update":
            assert np.array_equal(ops[0] - 0.05 * ops[1], s.value)


def test_the_summary_slides_typos_would_fail():
    """Slide: dW[L] = 1/m dZ[L] A[L]ᵀ and dZ[L-1] = dW[L]ᵀ dZ[L] g'(...). Both are wrong."""
    net, X, Y = chapter_case(m=6)
    t = trace(net, X, Y, 0.1)
    AL, caches = net.forward(X)
    grads = net.backward(AL, Y, caches)
    L, m = net.L, X.shape[1]
    dWL = find(t, "backward", L, "dW")
    assert dWL.formula == f"dW[{L}] = (1/m) dZ[{L}] A[{L - 1}]ᵀ"
    assert dWL.operands[1][0] == f"A[{L - 1}]ᵀ"
    assert np.array_equal(dWL.operands[1][1], caches[L - 2].A.T)
    typo = grads[f"dZ{L}"] @ AL.T / m                     # the slide's A[L]ᵀ
    assert typo.shape != dWL.value.shape                  # (1, 1), not W[L]'s (1, 2)
    dA = find(t, "backward", L - 1, "dA")
    assert dA.formula == f"dA[{L - 1}] = W[{L}]ᵀ dZ[{L}]"
    assert dA.operands[0][0] == f"W[{L}]ᵀ"
    assert np.array_equal(dA.operands[0][1], net.params[f"W{L}"].T)
    typo = grads[f"dW{L}"].T @ grads[f"dZ{L}"]            # the slide's dW[L]ᵀ
    assert not np.allclose(typo, dA.value)
    dW1 = find(t, "backward", 1, "dW")                    # slide: A[1]ᵀ; it is A[0]ᵀ = Xᵀ
    assert dW1.operands[1][0] == "Xᵀ" and np.array_equal(dW1.operands[1][1], X.T)
    for s in t:
        if s.phase == "backward":                          # no backward formula reads dW
            assert "dW[" not in s.formula.split("=", 1)[1], s.formula


@pytest.mark.parametrize("case", CASES)
def test_shape_equations_line_up(case):
    net, X, Y = CASES[case]()
    t = trace(net, X, Y, 0.05)
    m = X.shape[1]
    for s in t:
        eq = s.equation
        assert eq.evaluate() == s.value.shape == eq.shape, s.formula
        shaped = [term for term in eq.terms if term.op in ("", "·", "+", "−", "*", ",")]
        assert [term.shape for term in shaped] == [v.shape for _, v in s.operands], s.formula
        assert eq.text().endswith(f"→ {s.result[0]} {'scalar' if s.value.ndim == 0 else str(s.value.shape)}")
        if s.key == "Z" and s.phase == "forward":
            l = s.layer
            assert eq.text() == (f"W[{l}] {net.params[f'W{l}'].shape} · {s.operands[1][0]} "
                                 f"({net.layer_dims[l - 1]}, {m}) + b[{l}] ({net.layer_dims[l]}, 1) "
                                 f"→ Z[{l}] ({net.layer_dims[l]}, {m})")
            assert eq.symbolic() == f"(n[{l}], n[{l - 1}]) · (n[{l - 1}], m) + (n[{l}], 1) → (n[{l}], m)"
            assert eq.broadcasts() == [f"b[{l}] ({net.layer_dims[l]}, 1) is broadcast to "
                                       f"({net.layer_dims[l]}, {m}): the same column is used for "
                                       f"each of the {m} columns"]


def test_a_shape_equation_refuses_what_does_not_line_up():
    bad = ShapeEquation((Term("", "W", (4, 3)), Term("·", "A", (4, 10))), "Z", (4, 10), ())
    with pytest.raises(ShapeError, match="inner dimensions"):
        bad.evaluate()
    bad = ShapeEquation((Term("", "Z", (4, 10)), Term("+", "b", (3, 1))), "Z", (4, 10), ())
    with pytest.raises(ShapeError, match="broadcast"):
        bad.evaluate()


@settings(max_examples=25, deadline=None)
@given(dims=st.lists(st.integers(1, 6), min_size=2, max_size=5), m=st.integers(1, 9),
       output=st.sampled_from(["sigmoid", "linear", "softmax"]))
def test_shapes_line_up_for_any_architecture(dims, m, output):
    if output == "softmax":
        dims[-1] = max(dims[-1], 2)
    net = Network(dims, hidden_activation="tanh", output=output, init="xavier", seed=0)
    rng = np.random.default_rng(0)
    X = rng.normal(size=(dims[0], m))
    Y = np.eye(dims[-1])[:, rng.integers(0, dims[-1], m)] if output == "softmax" else \
        (rng.random((dims[-1], m)) > 0.5).astype(float)
    t = trace(net, X, Y, 0.1)
    assert len(t) == 8 * net.L       # 2L forward, J, dZ[L], 2L dW/db, 2(L-1) dA/dZ, 2L updates
    for s in t:
        assert s.equation.evaluate() == s.value.shape
    assert [r["W[l]"] for r in dimension_rows(dims, m)] == [str(tuple(net.params[f"W{l}"].shape))
                                                           for l in range(1, net.L + 1)]


def test_one_example_is_the_chapters_non_vectorised_view():
    net, X, Y = chapter_case(m=8)
    t = trace_example(net, X, Y, 3, 0.1)
    AL, caches = net.forward(X[:, 3:4])
    assert t.m == 1 and t.example == 3
    z1 = find(t, "forward", 1, "Z")
    assert z1.formula == "z[1](3) = W[1] x(3) + b[1]"
    assert z1.equation.text() == "W[1] (3, 2) · x(3) (2, 1) + b[1] (3, 1) → z[1](3) (3, 1)"
    assert z1.equation.broadcasts() == []                  # with m = 1 nothing is broadcast
    assert np.array_equal(z1.value, caches[0].Z)
    assert find(t, "backward", 5, "db").formula == "db[5] = dz[5](3)"
    for s in t:
        assert s.equation.evaluate() == s.value.shape
    with pytest.raises(ConfigError, match="example 8"):
        trace_example(net, X, Y, 8, 0.1)


def test_steps_are_read_only_and_streamed_forward_first():
    net, X, Y = chapter_case()
    it = iter_trace(net, X, Y, 0.1)
    first = next(it)
    assert first.formula == "Z[1] = W[1] X + b[1]" and first.phase == "forward"
    with pytest.raises(ValueError):
        first.value[0, 0] = 1.0
    with pytest.raises(ValueError):
        first.operands[1][1][0, 0] = 1.0
    X_before = X.copy()
    rest = list(it)
    assert np.array_equal(X, X_before) and X.flags.writeable
    assert len(rest) == 39


def test_markdown_handout_lists_every_step():
    net, X, Y = chapter_case(m=30)
    t = trace(net, X, Y, 0.1)
    md = trace_to_markdown(t)
    for s in t:
        assert f"### {s.index + 1}. `{s.formula}`" in md
    assert "| 2 | 5 | (5, 3) | (5, 1) | (5, 30) | (5, 3) | (5, 1) |" in md
    assert "⋯" in md                                       # 30 columns are elided


# --- the classic models: the slides' API, the same numbers ---------------------------------------

@pytest.fixture(scope="module")
def iris():
    return iris_setosa_versicolor()


def test_perceptron_trace_of_an_epoch_ends_where_train_ends(iris):
    X, y = iris
    t = trace_classic("perceptron", np.zeros(3), X, y, 0.1)
    assert np.array_equal(t.params_after["w_"], Perceptron(eta=0.1, epochs=1).train(X, y).w_)
    assert t[0].formula == "z = wᵀx(0) + b" and t[2].formula == "Δ = η (y(0) - ŷ)"
    for s in t:
        assert s.equation.evaluate() == np.shape(s.value)


@pytest.mark.parametrize("kind, model", [
    ("adaline", lambda: AdalineGD(alpha=0.0001, epochs=1)),
    ("adaline_sgd", lambda: AdalineSGD(alpha=0.01, epochs=1)),
])
def test_adaline_trace_ends_where_train_ends(iris, kind, model):
    X, y = iris
    m = model()
    t = trace_classic(kind, np.zeros(3), X, y, m.alpha)
    assert np.array_equal(t.params_after["w_"], m.train(X, y).w_)
    for s in t:
        assert s.equation.evaluate() == np.shape(s.value)


def test_logistic_regression_trace_is_dz_equals_a_minus_y(iris):
    X, y = iris
    t01 = (y == 1).astype(float)
    t = trace_classic("logistic", np.zeros(3), X, t01, 0.05)
    model = LogisticRegressionGD(alpha=0.05, epochs=1).train(X, y)
    assert np.array_equal(t.params_after["w_"], model.w_)
    dz = next(s for s in t if s.key == "dZ")
    assert dz.formula == "dz = a - t"
    assert float(next(s for s in t if s.key == "J").value) == model.cost_[0]
    with pytest.raises(ConfigError):
        trace_classic("svm", np.zeros(3), X, y, 0.1)
