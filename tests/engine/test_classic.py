"""The chapter's perceptron, Adaline and logistic regression, pinned to the slides' numbers."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_nn.engine.classic import AdalineGD, AdalineSGD, LogisticRegressionGD, Perceptron
from desktop_nn.engine.datasets import iris_setosa_versicolor, standardize
from desktop_nn.engine.errors import ConfigError, DatasetError, ShapeError


@pytest.fixture(scope="module")
def iris():
    return iris_setosa_versicolor()


@pytest.fixture(scope="module")
def iris_std(iris):
    X, y = iris
    return standardize(X)[0], y


def post_epoch_costs(X, y, model_factory, epochs):
    """SSE after each epoch of batch GD (AdalineGD records the cost *before* each step)."""
    return model_factory(epochs + 1).train(X, y).cost_[1:]


# --- Perceptron -------------------------------------------------------------------------------


def test_perceptron_reproduces_the_slides(iris):
    X, y = iris
    ppn = Perceptron(epochs=10, eta=0.1).train(X, y)
    np.testing.assert_allclose(ppn.w_, [-0.4, -0.68, 1.82], atol=1e-12)
    assert ppn.errors_ == [2, 2, 3, 2, 1, 0, 0, 0, 0, 0]
    # "Perceptron converges after 6th iteration": no update from epoch 6 on
    assert ppn.errors_.index(0) == 5
    assert np.array_equal(ppn.predict(X), y)


def test_perceptron_predicts_one_example_as_the_slides_loop_does(iris):
    X, y = iris
    ppn = Perceptron(epochs=10, eta=0.1).train(X, y)
    assert ppn.predict(X[0]) == -1 and ppn.predict(X[-1]) == 1


def test_perceptron_fit_is_train(iris):
    X, y = iris
    a = Perceptron(epochs=10, eta=0.1).fit(X, y)
    b = Perceptron(epochs=10, eta=0.1).train(X, y)
    assert np.array_equal(a.w_, b.w_)


def test_perceptron_never_converges_on_overlapping_classes():
    rng = np.random.default_rng(3)
    X = np.vstack([rng.normal(-0.5, 1.0, (50, 2)), rng.normal(0.5, 1.0, (50, 2))])
    y = np.r_[-np.ones(50, int), np.ones(50, int)]
    ppn = Perceptron(epochs=30, eta=0.1).train(X, y)
    assert min(ppn.errors_) > 0


def test_small_random_start_is_seeded(iris):
    X, y = iris
    a = Perceptron(epochs=3, eta=0.1, init="small_random", seed=7).train(X, y)
    b = Perceptron(epochs=3, eta=0.1, init="small_random", seed=7).train(X, y)
    c = Perceptron(epochs=3, eta=0.1, init="small_random", seed=8).train(X, y)
    assert np.array_equal(a.w_, b.w_)
    assert not np.array_equal(a.w_, c.w_)


# --- Adaline ----------------------------------------------------------------------------------


def test_adaline_learning_rate_too_large_diverges(iris):
    X, y = iris
    ada = AdalineGD(epochs=10, alpha=0.01).train(X, y)
    log_cost = np.log10(ada.cost_)
    assert np.all(np.diff(log_cost) > 0), "the cost must grow every epoch"
    assert log_cost[0] == pytest.approx(1.70, abs=0.005)
    assert log_cost[-1] == pytest.approx(28.9, abs=0.05)


def test_adaline_learning_rate_too_small_crawls(iris):
    X, y = iris
    ada = AdalineGD(epochs=10, alpha=0.0001).train(X, y)
    assert ada.cost_[0] == pytest.approx(50.0, abs=1e-12)
    assert ada.cost_[-1] == pytest.approx(40.25, abs=0.01)
    assert np.all(np.diff(ada.cost_) < 0)


def test_adaline_on_standardised_features_converges_in_15_epochs(iris_std):
    X_std, y = iris_std
    ada = AdalineGD(epochs=15, eta=0.01).train(X_std, y)
    assert ada.cost_[-1] == pytest.approx(2.58, abs=0.005)
    assert np.array_equal(ada.predict(X_std), y)


def test_alpha_and_eta_name_the_same_rate(iris_std):
    X_std, y = iris_std
    a = AdalineGD(epochs=5, eta=0.01).train(X_std, y)
    b = AdalineGD(epochs=5, alpha=0.01).train(X_std, y)
    c = AdalineGD(0.01, 5).train(X_std, y)
    assert a.cost_ == b.cost_ == c.cost_
    assert a.eta == a.alpha == 0.01
    with pytest.raises(ConfigError, match="disagree"):
        AdalineGD(eta=0.1, alpha=0.01)


def test_sgd_converges_in_fewer_epochs_than_batch(iris_std):
    X_std, y = iris_std
    # the least-squares minimum of the SSE, for a rate-independent notion of "converged"
    A = np.c_[np.ones(len(y)), X_std]
    w_star = np.linalg.lstsq(A, y, rcond=None)[0]
    target = 1.05 * ((y - A @ w_star) ** 2).sum() / 2

    def epochs_to_converge(costs):
        return next(k + 1 for k, c in enumerate(costs) if c <= target)

    gd = post_epoch_costs(X_std, y, lambda e: AdalineGD(epochs=e, eta=0.01), 40)
    sgd = AdalineSGD(epochs=40, eta=0.01).train(X_std, y).cost_
    assert epochs_to_converge(sgd) < epochs_to_converge(gd)


def test_minibatch_of_m_is_exactly_batch_gradient_descent(iris_std):
    X_std, y = iris_std
    m = len(y)
    gd = AdalineGD(epochs=15, eta=0.01).train(X_std, y)
    mb = AdalineSGD(epochs=15, eta=0.01, batch_size=m).train(X_std, y)
    assert np.array_equal(gd.w_, mb.w_)
    # AdalineSGD records the cost after each epoch, AdalineGD before each step
    assert mb.cost_[:-1] == gd.cost_[1:]


def test_sgd_follows_data_order_and_shuffle_is_seeded(iris_std):
    X_std, y = iris_std
    plain = AdalineSGD(epochs=3, eta=0.01).train(X_std, y)
    # by hand, as the slides' loop: one update per sample in file order
    w = np.zeros(3)
    for _ in range(3):
        for xi, target in zip(X_std, y):
            error = target - (xi @ w[1:] + w[0])
            w[1:] += 0.01 * xi * error
            w[0] += 0.01 * error
    np.testing.assert_allclose(plain.w_, w, rtol=0, atol=1e-15)
    s1 = AdalineSGD(epochs=3, eta=0.01, shuffle=True, seed=1).train(X_std, y)
    s2 = AdalineSGD(epochs=3, eta=0.01, shuffle=True, seed=1).train(X_std, y)
    assert np.array_equal(s1.w_, s2.w_) and not np.array_equal(s1.w_, plain.w_)


def test_minibatch_between_sgd_and_batch(iris_std):
    X_std, y = iris_std
    mgd = AdalineSGD(epochs=20, eta=0.01, batch_size=10).train(X_std, y)
    assert mgd.cost_[-1] < mgd.cost_[0]
    assert np.array_equal(mgd.predict(X_std), y)


def test_sgd_can_continue_without_reinitialising(iris_std):
    X_std, y = iris_std
    once = AdalineSGD(epochs=4, eta=0.01).train(X_std, y)
    twice = AdalineSGD(epochs=2, eta=0.01).train(X_std, y)
    twice.train(X_std, y, reinitialize_weights=False)
    np.testing.assert_allclose(twice.w_, once.w_, atol=1e-15)


@pytest.mark.parametrize(
    "make",
    [
        lambda: Perceptron(eta=0.1, epochs=7),
        lambda: AdalineGD(eta=0.01, epochs=7, init="small_random", seed=3),
        lambda: AdalineSGD(eta=0.01, epochs=7, shuffle=True, seed=4),
        lambda: AdalineSGD(eta=0.01, epochs=7, batch_size=16, shuffle=True, seed=5),
        lambda: LogisticRegressionGD(eta=0.5, epochs=7),
    ],
)
def test_epoch_by_epoch_equals_one_train_call(iris_std, make):
    """The app plays a run one epoch at a time; it must end exactly where train() ends."""
    X_std, y = iris_std
    whole = make().train(X_std, y)
    stepped = make()
    recorded = [stepped.train_epoch(X_std, y) for _ in range(7)]
    assert np.array_equal(stepped.w_, whole.w_)
    record = whole.errors_ if isinstance(whole, Perceptron) else whole.cost_
    assert recorded == record
    assert (stepped.errors_ if isinstance(whole, Perceptron) else stepped.cost_) == record


def test_cost_on_held_out_data(iris_std):
    X_std, y = iris_std
    ppn = Perceptron(eta=0.1, epochs=1).train(X_std, y)
    assert ppn.cost(X_std, y) == int(np.sum(ppn.predict(X_std) != y))
    ada = AdalineGD(eta=0.01, epochs=3).train(X_std, y)
    # the SSE now is the cost_ the next epoch would record
    assert ada.cost(X_std, y) == pytest.approx(AdalineGD(eta=0.01, epochs=4).train(X_std, y).cost_[-1], rel=1e-14)
    lr = LogisticRegressionGD(eta=0.1, epochs=1)
    lr.initialize(2)
    assert lr.cost(X_std, y) == pytest.approx(np.log(2.0), rel=1e-15)
    with pytest.raises(ShapeError, match="features"):
        ada.train_epoch(np.zeros((3, 5)), np.array([1, -1, 1]))


# --- Logistic regression ------------------------------------------------------------------------


def test_logistic_regression_cost_and_gradient(iris_std):
    X_std, y = iris_std
    lr = LogisticRegressionGD(epochs=1, eta=0.1).train(X_std, y)
    # zero weights: a = 0.5 for every example, so J = log 2
    assert lr.cost_[0] == pytest.approx(np.log(2.0), abs=1e-15)
    t = (y == 1).astype(float)
    dz = 0.5 - t
    expected = -0.1 * np.r_[dz.mean(), X_std.T @ dz / len(y)]
    np.testing.assert_allclose(lr.w_, expected, atol=1e-15)


def test_logistic_regression_learns_and_gives_probabilities(iris_std):
    X_std, y = iris_std
    lr = LogisticRegressionGD(epochs=200, eta=0.5).train(X_std, y)
    assert np.all(np.diff(lr.cost_) < 0)
    p = lr.predict_proba(X_std)
    assert p.shape == (100,) and np.all((p > 0) & (p < 1))
    assert np.array_equal(lr.predict(X_std), y)
    # labels 0/1 are given back as 0/1
    lr01 = LogisticRegressionGD(epochs=200, eta=0.5).train(X_std, (y + 1) // 2)
    assert set(lr01.predict(X_std).tolist()) == {0, 1}


def test_logistic_cost_stays_finite_for_huge_z():
    X = np.array([[1e4], [-1e4]])
    lr = LogisticRegressionGD(epochs=3, eta=1.0).train(X, np.array([0, 1]))
    assert np.all(np.isfinite(lr.cost_))
    assert np.all(np.isfinite(lr.predict_proba(X)))


# --- Bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize("model", [Perceptron, AdalineGD, AdalineSGD, LogisticRegressionGD])
def test_bad_input_is_refused_with_typed_errors(model):
    X = np.zeros((4, 2))
    y = np.array([-1, 1, -1, 1])
    with pytest.raises(ShapeError, match="4 examples"):
        model(epochs=1).train(X, y[:3])
    with pytest.raises(ShapeError, match="2-D"):
        model(epochs=1).train(np.zeros((2, 2, 2)), y[:2])
    with pytest.raises(DatasetError, match="NaN"):
        model(epochs=1).train(np.array([[np.nan, 0], [0, 0], [0, 0], [0, 0]]), y)
    with pytest.raises(ConfigError, match="> 0"):
        model(epochs=1, eta=-0.1)
    with pytest.raises(ConfigError, match="must be a number"):
        model(epochs=1, eta="fast")
    with pytest.raises(ConfigError, match="epochs"):
        model(epochs=0)
    with pytest.raises(ConfigError, match="train"):
        model(epochs=1).predict(X)
    trained = model(epochs=1).train(X, y)
    with pytest.raises(ShapeError, match="trained on 2"):
        trained.predict(np.zeros((3, 5)))


@pytest.mark.parametrize("model", [Perceptron, AdalineGD, AdalineSGD])
def test_labels_must_be_plus_minus_one(model):
    with pytest.raises(DatasetError, match="-1 and \\+1"):
        model(epochs=1).train(np.zeros((3, 2)), np.array([0, 1, 2]))


def test_logistic_needs_two_classes():
    with pytest.raises(DatasetError, match="two classes"):
        LogisticRegressionGD(epochs=1).train(np.zeros((3, 2)), np.array([1, 1, 1]))


@settings(max_examples=40, deadline=None)
@given(
    m=st.integers(1, 30),
    n=st.integers(1, 6),
    batch=st.integers(1, 40),
    seed=st.integers(0, 2**16),
)
def test_shapes_for_any_data(m, n, batch, seed):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(m, n))
    y = np.where(rng.random(m) < 0.5, -1, 1)
    for model in (
        Perceptron(epochs=2, eta=0.1),
        AdalineGD(epochs=2, eta=0.001),
        AdalineSGD(epochs=2, eta=0.001, batch_size=batch, shuffle=True, seed=seed),
    ):
        model.train(X, y)
        assert model.w_.shape == (n + 1,)
        assert model.predict(X).shape == (m,)
        assert set(model.predict(X).tolist()) <= {-1, 1}
    record = Perceptron(epochs=2).train(X, y).errors_
    assert len(record) == 2 and all(0 <= e <= m for e in record)
