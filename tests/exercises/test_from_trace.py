"""Questions made from a network's trace (desktop_nn.exercises.from_trace): every key is checked
against the chapter's formulas computed here with NumPy from the network's parameters alone."""

import math
import re

import numpy as np
import pytest

from desktop_nn.engine.network import Network
from desktop_nn.engine.trace import trace, trace_example
from desktop_nn.exercises.answers import AnswerError
from desktop_nn.exercises.from_trace import (
    Context,
    can_ask,
    default_question,
    entry_question,
    pick_cell,
    questions_for_step,
    shape_question,
    sign_question,
)

ALPHA = 0.1


def _relu(z):
    return np.maximum(z, 0.0)


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def _softmax(z):
    e = np.exp(z - z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)


G = {"relu": (_relu, lambda z: (z >= 0).astype(float)), "tanh": (np.tanh, lambda z: 1 - np.tanh(z) ** 2),
     "sigmoid": (_sigmoid, lambda z: _sigmoid(z) * (1 - _sigmoid(z))), "softmax": (_softmax, None)}


def reference(net: Network, X, Y):
    """Z, A, dZ, dW, db, dA, W new, b new of one iteration, the chapter's formulas in NumPy."""
    P = {k: np.array(v) for k, v in net.params.items()}
    L, m = net.L, X.shape[1]
    ref, A = {}, {0: X}
    Z = {}
    for l in range(1, L + 1):
        Z[l] = P[f"W{l}"] @ A[l - 1] + P[f"b{l}"]
        A[l] = G[net.activations[l - 1]][0](Z[l])
        ref[f"forward.Z[{l}]"], ref[f"forward.A[{l}]"] = Z[l], A[l]
    dZ = A[L] - Y                                   # natural pairings only here
    for l in range(L, 0, -1):
        ref[f"backward.dZ[{l}]"] = dZ
        dW = dZ @ A[l - 1].T / m
        db = dZ.sum(axis=1, keepdims=True) / m
        ref[f"backward.dW[{l}]"], ref[f"backward.db[{l}]"] = dW, db
        ref[f"update.W[{l}]"] = P[f"W{l}"] - ALPHA * dW
        ref[f"update.b[{l}]"] = P[f"b{l}"] - ALPHA * db
        if l > 1:
            dA = P[f"W{l}"].T @ dZ
            ref[f"backward.dA[{l - 1}]"] = dA
            dZ = dA * G[net.activations[l - 2]][1](Z[l - 1])
    return ref


KEY = re.compile(r"^(\w+)\.(d?[ZAWb]\[\d+\])\[(\d+),(\d+)\](\.sign)?$")


def expected(ref, key):
    phase, name, i, j, sign = KEY.match(key).groups()
    v = float(ref[f"{phase}.{name}"][int(i), int(j)])
    return (0 if v == 0 else int(math.copysign(1, v))) if sign else v


def data(n0=2, m=4, n_out=1, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n0, m))
    if n_out == 1:
        Y = (rng.random((1, m)) > 0.5).astype(float)
    else:
        Y = np.eye(n_out)[:, rng.integers(0, n_out, m)]
    return X, Y


NETWORKS = [
    (dict(layer_dims=[2, 3, 1], hidden_activation="tanh", output="sigmoid"), 1),
    (dict(layer_dims=[3, 4, 3, 2], hidden_activation=["relu", "tanh"], output="softmax"), 2),
]


def _numbers(text):
    return text.replace("−", "-")


def evaluate(expression: str) -> float:
    """The working's expression read back as Python: × → *, e^x → exp(x), g(z) → g(z)."""
    e = _numbers(expression).replace("×", "*")
    e = re.sub(r"e\^(\([^)]*\)|[0-9.e+-]+)", r"exp(\1)", e)
    names = {"exp": math.exp, "tanh": math.tanh, "relu": lambda z: max(z, 0.0),
             "sigmoid": lambda z: 1 / (1 + math.exp(-z))}
    return eval(e, {"__builtins__": {}}, names)          # noqa: S307 (the test's own text)


@pytest.mark.parametrize("kw, n_out", NETWORKS)
def test_every_entry_key_is_the_chapters_formula_to_1e_12(kw, n_out):
    net = Network(init="xavier", seed=3, **kw)
    X, Y = data(kw["layer_dims"][0], 4, n_out)
    t = trace(net, X, Y, ALPHA)
    ref = reference(net, X, Y)
    asked = 0
    for step in t:
        if "entry" not in can_ask(step):
            continue
        rows, cols = np.shape(step.result[1])
        for i in range(rows):
            for j in range(cols):
                q = entry_question(t, step, (i, j))
                assert q.kind == "number"
                assert q.answer == pytest.approx(expected(ref, q.key), abs=1e-12, rel=1e-12)
                assert q.target == (step.result[0], (i, j))
                assert q.meta["value"] == q.answer and q.meta["step"] == step.index
                asked += 1
    assert asked > 40


@pytest.mark.parametrize("kw, n_out", NETWORKS)
def test_signs_and_shapes_are_the_engines(kw, n_out):
    net = Network(init="xavier", seed=4, **kw)
    X, Y = data(kw["layer_dims"][0], 5, n_out, seed=1)
    t = trace(net, X, Y, ALPHA)
    ref = reference(net, X, Y)
    for step in t:
        asks = can_ask(step)
        if "sign" in asks:
            q = sign_question(t, step, (0, min(1, np.shape(step.result[1])[1] - 1)))
            assert q.kind == "sign" and q.key.endswith(".sign")
            assert q.answer == expected(ref, q.key)
            assert q.check({1: "+", -1: "-", 0: "0"}[q.answer]).correct
        if "shape" in asks:
            q = shape_question(t, step)
            name = q.key.rsplit(".", 1)[0]
            assert q.answer == ref[name].shape
            assert q.check("{} x {}".format(*ref[name].shape)).correct
            assert not q.check("{} x {}".format(ref[name].shape[0] + 1, ref[name].shape[1])).correct
            assert q.meta["hide"] == "shape"


@pytest.mark.parametrize("kw, n_out", NETWORKS)
def test_operands_are_the_cells_of_the_matrices_on_screen_and_the_working_adds_up(kw, n_out):
    net = Network(init="xavier", seed=5, **kw)
    X, Y = data(kw["layer_dims"][0], 3, n_out, seed=2)
    t = trace(net, X, Y, ALPHA)
    params = {k: np.array(v) for k, v in net.params.items()}
    for step in t:
        for q in questions_for_step(t, step, rng=7):
            if q.kind == "shape":
                continue
            matrices = {n: np.asarray(v) for n, v in step.operands}
            for op in q.operands:
                assert op.name in matrices
                assert op.values == tuple(float(matrices[op.name][c]) for c in op.cells)
                assert len(op.cells) == len(op.values) > 0
            # the working: "lhs = expression = value", the expression's numbers give the value
            text = str(q.working)
            lhs, expression, value = text.split(" = ", 2)
            value = value.split(":")[0]
            assert float(_numbers(value)) == pytest.approx(q.meta["value"], rel=1e-5, abs=1e-9)
            assert evaluate(expression) == pytest.approx(q.meta["value"], rel=1e-4, abs=1e-6)
        if step.key == "Z" and step.phase == "forward":      # independent of the trace's own arrays
            i = min(1, np.shape(step.result[1])[0] - 1)
            q = entry_question(t, step, (i, 2))
            l = step.layer
            W, b = q.operands[0], q.operands[2]
            assert W.values == tuple(params[f"W{l}"][i, :]) and b.values == (params[f"b{l}"][i, 0],)
            if l == 1:
                assert q.operands[1].values == tuple(X[:, 2])


def test_a_long_sum_is_written_as_its_total_and_still_adds_up():
    net = Network([12, 3, 1], hidden_activation="relu", init="xavier", seed=0)
    X, Y = data(12, 20, 1)
    t = trace(net, X, Y, ALPHA)
    ref = reference(net, X, Y)
    z = entry_question(t, 0, (2, 5))
    total = float(_numbers(re.search(r"products = ([^)]*)\)", str(z.working)).group(1)))
    assert "Σ of 12 products" in str(z.working)
    W, x = np.array(net.params["W1"])[2, :], X[:, 5]
    assert total == pytest.approx(float(W @ x), rel=1e-5)
    assert total + float(net.params["b1"][2, 0]) == pytest.approx(ref["forward.Z[1]"][2, 5], rel=1e-5)
    dW = next(s for s in t if s.key == "dW" and s.layer == 1)
    q = entry_question(t, dW, (1, 3))
    assert "Σ of 20 products" in str(q.working) and "(1/20)" in str(q.working)
    s = float(_numbers(re.search(r"products = ([^)]*)\)", str(q.working)).group(1)))
    assert s / 20 == pytest.approx(ref["backward.dW[1]"][1, 3], rel=1e-5, abs=1e-9)


def test_keys_are_stable_across_seeds_and_notations():
    kw = dict(layer_dims=[2, 3, 1], hidden_activation="tanh", output="sigmoid", init="xavier")
    X, Y = data()
    a = trace(Network(seed=1, **kw), X, Y, ALPHA)
    b = trace(Network(seed=2, **kw), X, Y, ALPHA)
    one = trace_example(Network(seed=1, **kw), X, Y, 2, ALPHA)
    for s_a, s_b, s_one in zip(a, b, one):
        qa = [q.key for q in questions_for_step(a, s_a, (0, 0))]
        assert qa == [q.key for q in questions_for_step(b, s_b, (0, 0))]
        assert qa == [q.key for q in questions_for_step(one, s_one, (0, 0))]
        assert [q.answer for q in questions_for_step(a, s_a, (0, 0)) if q.kind == "number"] != \
               [q.answer for q in questions_for_step(b, s_b, (0, 0)) if q.kind == "number"] or not qa
    assert entry_question(a, 0, (2, 0)).key == "forward.Z[1][2,0]"
    assert shape_question(a, 0).key == "forward.Z[1].shape"
    # the one-example trace asks z[1](2) but its key is the chapter's matrix, and its number is column 2's
    q = entry_question(one, 0, (1, 0))
    assert q.key == "forward.Z[1][1,0]" and q.target == ("z[1](2)", (1, 0))
    assert q.answer == pytest.approx(entry_question(a, 0, (1, 2)).answer, abs=1e-12)


def test_the_rng_chooses_a_cell_within_the_limit_and_a_seed_repeats_it():
    assert pick_cell((5, 200), rng=3) == pick_cell((5, 200), rng=3)
    cells = {pick_cell((5, 200), rng=s, limit=(4, 1)) for s in range(50)}
    assert all(0 <= i < 4 and j == 0 for i, j in cells) and len(cells) > 1
    assert {pick_cell((2, 3), rng=s) for s in range(200)} == {(i, j) for i in range(2) for j in range(3)}
    net = Network([2, 3, 1], seed=0)
    X, Y = data()
    t = trace(net, X, Y, ALPHA)
    assert entry_question(t, 0, rng=5).key == entry_question(t, 0, rng=5).key
    with pytest.raises(ValueError):
        entry_question(t, 0, (3, 0))


def test_the_step_throughs_default_per_step():
    net = Network([2, 3, 2, 1], hidden_activation="relu", seed=0, init="xavier")
    X, Y = data()
    ctx = Context(tuple(net.activations), ALPHA)       # before the trace is complete
    t = trace(net, X, Y, ALPHA)
    kinds = {}
    for step in t:
        q = default_question(ctx, step, rng=0)
        kinds[(step.phase, step.key)] = None if q is None else q.kind
    assert kinds == {("forward", "Z"): "number", ("forward", "A"): "number", ("cost", "J"): None,
                     ("backward", "dZ"): "number", ("backward", "dW"): "number", ("backward", "db"): "sign",
                     ("backward", "dA"): "shape", ("update", "W"): "number", ("update", "b"): "number"}


def test_with_l2_dw_is_not_asked_as_an_entry_but_its_sign_is():
    net = Network([2, 3, 1], seed=0, init="xavier", l2=0.5)
    X, Y = data()
    t = trace(net, X, Y, ALPHA)
    dW = next(s for s in t if s.key == "dW")
    assert can_ask(dW) == ("sign", "shape")
    with pytest.raises(ValueError):
        entry_question(t, dW, (0, 0))
    q = default_question(t, dW)
    assert q.kind == "sign" and q.answer == (1 if dW.result[1][q.meta["cell"]] > 0 else -1)


def test_answers_typed_as_students_type_them():
    net = Network([2, 3, 1], seed=0, init="xavier")
    X, Y = data()
    t = trace(net, X, Y, ALPHA)
    q = entry_question(t, 0, (0, 0))
    assert q.check(f"{q.answer:.6f}".replace(".", ",")).correct
    assert not q.check(str(q.answer * 1.05 + 0.01)).correct
    with pytest.raises(AnswerError):
        q.check("about a half")


def test_sentences_are_translated_in_the_exercises_context():
    net = Network([2, 3, 1], seed=0, init="xavier")
    X, Y = data()
    t = trace(net, X, Y, ALPHA)
    seen = []

    def tr(context, text):
        seen.append(context)
        return "» " + text if context == "Exercises" else text

    q = entry_question(t, 0, (0, 0))
    assert q.prompt.text(tr) == "» What is the entry of Z[1] in row 1, column 1?"
    assert q.formula.text(tr).startswith("» Z[1] = W[1] X + b[1]: row 1 of W[1]")
    assert q.meta["operands_hint"].text(tr).startswith("» The numbers: » row 1 of W[1] = ")
    update = next(s for s in t if s.phase == "update")
    assert "new" in str(shape_question(t, update).prompt)
    assert set(seen) == {"Exercises"}
