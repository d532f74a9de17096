"""The worker's model adapters (no Qt): the classic models epoch by epoch equal the engine's train()."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_nn.engine.classic import AdalineGD, AdalineSGD, LogisticRegressionGD, Perceptron
from desktop_nn.engine.datasets import iris_setosa_versicolor
from desktop_nn.engine.errors import ConfigError, DivergenceError
from desktop_nn.training.runs import build_run
from desktop_nn.training.config import RunConfig, layer_outputs, prepare_data

CASES = [
    ("perceptron", Perceptron, 0.1, False, "errors_"),
    ("adaline", AdalineGD, 0.0001, False, "cost_"),
    ("adaline", AdalineGD, 0.01, True, "cost_"),
    ("adaline_sgd", AdalineSGD, 0.01, True, "cost_"),
    ("logistic", LogisticRegressionGD, 0.1, True, "cost_"),
]


@pytest.mark.parametrize("model, cls, eta, std, costs", CASES)
def test_classic_run_epoch_by_epoch_equals_the_engines_train(model, cls, eta, std, costs):
    config = RunConfig(model=model, learning_rate=eta, standardize=std)
    data = prepare_data(config)
    run = build_run(config, data)
    records = [run.step() for _ in range(15)]
    X, y = iris_setosa_versicolor()
    if std:
        X = (X - X.mean(axis=0)) / X.std(axis=0)
    np.testing.assert_allclose(data.X_train, X, rtol=1e-12)
    # the very same array (memory layout decides BLAS's summation order, hence the last bit)
    engine = cls(epochs=15, eta=eta).train(np.array(data.X_train), y)
    assert np.array_equal(run.w_, engine.w_)
    np.testing.assert_array_equal([r.train_cost for r in records], getattr(engine, costs))


def test_perceptron_reaches_the_chapters_weights_and_reset_returns_to_zero():
    config = RunConfig()
    run = build_run(config, prepare_data(config))
    for _ in range(10):
        run.step()
    np.testing.assert_allclose(run.w_, [-0.4, -0.68, 1.82], atol=1e-12)
    run.reset()
    assert np.array_equal(run.w_, np.zeros(3)) and run.epoch == 0


def test_adaline_at_001_on_raw_features_diverges_and_keeps_good_weights():
    config = RunConfig(model="adaline", learning_rate=0.01)
    run = build_run(config, prepare_data(config))
    with pytest.raises(DivergenceError) as info:
        for _ in range(50):
            run.step()
    assert info.value.epoch <= 10
    assert np.isfinite(run.w_).all()


def test_classic_models_refuse_three_classes():
    config = RunConfig(iris_classes=("Iris-setosa", "Iris-versicolor", "Iris-virginica"))
    with pytest.raises(ConfigError, match="two classes"):
        build_run(config, prepare_data(config))


def test_hover_forward_pass_equals_the_engines_predictions():
    config = RunConfig(model="network", dataset="moons", hidden=(5, 3), hidden_activation="relu",
                       features=("x1", "x2", "x1*x2"), standardize=True)
    data = prepare_data(config)
    run = build_run(config, data)
    for _ in range(20):
        run.step()
    A0 = np.asarray(data.hover_inputs).T
    ours = layer_outputs(run.params(), run.activations, A0)[-1]
    np.testing.assert_allclose(ours, run.network.predict_proba(A0), rtol=1e-12, atol=1e-14)


def test_network_blow_up_at_learning_rate_100_is_named_and_undone():
    config = RunConfig(model="network", learning_rate=100.0)
    run = build_run(config, prepare_data(config))
    run.mark_good()
    good = run.params()
    with pytest.raises(DivergenceError):
        for _ in range(100):
            run.step()
    for name, value in good.items():
        assert np.array_equal(run.params()[name], value)


def test_file_order_is_kept_when_nothing_is_held_out():
    data = prepare_data(RunConfig())
    X, y = iris_setosa_versicolor()
    assert np.array_equal(data.X_raw_train, X)
    assert np.array_equal(np.where(data.y_train == 1, 1, -1), y)
    split = prepare_data(RunConfig(test_ratio=0.3))
    assert len(split.y_test) == 30 and len(split.y_train) == 70


def test_after_a_divergence_a_smaller_learning_rate_goes_on_from_the_last_good_weights():
    """The tester's case: diverge at η = 1e5, set η = 0.03, Step — it must train on from the last
    good weights, not diverge again at once (only Reset got out)."""
    config = RunConfig(model="network", dataset="moons", learning_rate=0.3, max_epochs=0)
    run = build_run(config, prepare_data(config))
    run.step()
    # the last frame before the blow-up: weights driven far out, the units saturated, the cost
    # many times the first epoch's — yet finite, so they were the last good ones shown
    far = {k: 200.0 * v for k, v in run.params().items()}
    run.set_params(far)
    run.set_live(learning_rate=1e5)
    with pytest.raises(DivergenceError):
        for _ in range(50):
            run.step()
    for name, value in far.items():
        assert np.array_equal(run.params()[name], value)        # back on the last good weights
    run.set_live(learning_rate=0.03)
    costs = [run.step().train_cost for _ in range(300)]         # no DivergenceError
    assert np.all(np.isfinite(costs)) and costs[-1] < costs[0]
