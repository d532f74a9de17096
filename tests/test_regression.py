"""Regression and function fitting (issue 18, item 1): the datasets, the run, its scores, the
document's adaptations, projects, exports and the step-through — each held to an independent
NumPy computation."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from desktop_nn.document import Document
from desktop_nn.engine.errors import ConfigError, DatasetError
from desktop_nn.engine.export import python_script, pytorch_script
from desktop_nn.engine.regression_datasets import CURVES, sample_curve
from desktop_nn.engine.trace import trace
from desktop_nn.project import Project, load_project, save_project
from desktop_nn.training.config import DATASETS, RunConfig, prepare_data
from desktop_nn.training.regression import REGRESSION_DATASETS, FIT_POINTS, task_of
from desktop_nn.training.runs import build_run
from desktop_nn.training.session import TrainingSession

SINE = RunConfig(dataset="sine", noise=0.0, model="network", features=("x1",), hidden=(16,),
                 hidden_activation="tanh", output="linear", optimizer="adam", learning_rate=0.01,
                 seed=1, max_epochs=0)


def forward(params, X_rows, hidden="tanh"):
    """ŷ of each row by hand: a[1] = g(W1 x + b1), ŷ = W2 a[1] + b2 (one hidden layer)."""
    g = {"tanh": np.tanh, "relu": lambda z: np.maximum(z, 0.0)}[hidden]
    A1 = g(params["W1"] @ X_rows.T + params["b1"])
    return (params["W2"] @ A1 + params["b2"])[0]


# --- the datasets --------------------------------------------------------------------------------

@pytest.mark.parametrize("name", list(CURVES))
def test_each_curve_samples_its_function_and_noise_scales_with_its_range(name):
    X, y = sample_curve(name, n_samples=300, noise=0.0, seed=4)
    curve = CURVES[name]
    assert X.shape == (300, curve.inputs) and y.dtype == np.float64
    assert X.min() >= curve.low and X.max() <= curve.high
    by_hand = {"sine": lambda x: np.sin(x[:, 0]), "step": lambda x: (x[:, 0] >= 0) * 1.0,
               "abs": lambda x: np.abs(x[:, 0]), "cubic": lambda x: x[:, 0] ** 3 - x[:, 0],
               "plane": lambda x: 0.8 * x[:, 0] - 0.5 * x[:, 1] + 0.2,
               "bumps": lambda x: (np.exp(-((x[:, 0] + 0.4) ** 2 + (x[:, 1] - 0.3) ** 2) / 0.18)
                                   - 0.8 * np.exp(-((x[:, 0] - 0.45) ** 2 + (x[:, 1] + 0.35) ** 2) / 0.245))}
    np.testing.assert_allclose(y, by_hand[name](X), rtol=0, atol=1e-15)
    X2, noisy = sample_curve(name, n_samples=300, noise=0.5, seed=4)
    np.testing.assert_array_equal(X2, X)                    # the same x, only y is blurred
    residual = noisy - y
    assert 0.3 < np.std(residual) / (0.5 * 0.5 * np.ptp(y)) < 1.7
    with pytest.raises(DatasetError):
        sample_curve(name, n_samples=2)


def test_regression_datasets_are_offered_and_known_as_regressions():
    assert set(REGRESSION_DATASETS) == set(CURVES) and set(REGRESSION_DATASETS) <= set(DATASETS)
    assert all(task_of(name) == "regression" for name in REGRESSION_DATASETS)
    assert task_of("xor") == task_of("iris") == "classification"


def test_one_input_data_draws_a_line_and_two_inputs_a_plane():
    line = prepare_data(SINE)
    assert line.is_regression and line.class_names == ()
    assert line.X_raw_train.shape == (200, 1) and line.grid_inputs.shape == (FIT_POINTS, 1)
    xs = line.grid_inputs[:, 0]
    assert xs[0] == line.extent[0] and xs[-1] == line.extent[1]
    plane = prepare_data(SINE.replace(dataset="bumps", features=("x1", "x2")))
    assert plane.is_regression and plane.grid_inputs.shape == (120 * 120, 2)
    with pytest.raises(DatasetError, match="one input"):
        prepare_data(SINE.replace(features=("x1", "x2")))


# --- the run -------------------------------------------------------------------------------------

def test_a_1_16_1_tanh_network_fits_the_sine_to_rmse_below_0_05():
    data = prepare_data(SINE)
    np.testing.assert_allclose(data.y_train, np.sin(data.X_raw_train[:, 0]), atol=0, rtol=0)
    assert data.X_raw_train.min() >= -np.pi and data.X_raw_train.max() <= np.pi
    run = build_run(SINE, data)
    assert run.layer_dims == (1, 16, 1) and run.activations == ("tanh", "linear")
    for _ in range(1500):
        record = run.step()
    y_hat = forward(run.params(), data.X_train)
    rmse = np.sqrt(np.mean((y_hat - np.sin(data.X_raw_train[:, 0])) ** 2))
    assert rmse < 0.05
    # the history's accuracy column holds R² of the weights after the epoch
    r2 = 1 - np.sum((data.y_train - y_hat) ** 2) / np.sum((data.y_train - data.y_train.mean()) ** 2)
    assert abs(record.train_accuracy - r2) < 1e-12
    # and its cost is the chapter's J = (1/2m) Σ (a − y)² of the forward pass of the epoch
    assert record.train_cost < 0.5 * 0.05 ** 2


def test_classification_settings_are_refused_on_numbers_to_fit():
    data = prepare_data(SINE)
    with pytest.raises(ConfigError, match="linear output"):
        build_run(SINE.replace(output="sigmoid"), data)
    with pytest.raises(ConfigError, match="numbers to fit"):
        build_run(SINE.replace(model="adaline", init="zeros"), data)


def frames_of(config, commands, imported=None):
    sent = []
    session = TrainingSession(sent.append)
    session.handle(("configure", 1, config))
    for command in commands:
        session.handle(command)
    errors = [m for m in sent if m[0] == "error"]
    assert not errors, errors
    return [m[1] for m in sent if m[0] == "frame"]


@pytest.mark.parametrize("test_ratio", [0.0, 0.25])
def test_the_frame_carries_rmse_r2_and_the_fitted_line_computed_independently(test_ratio):
    config = SINE.replace(noise=0.2, test_ratio=test_ratio, hidden_activation="relu", optimizer="gd",
                          learning_rate=0.1)
    frames = frames_of(config, [("step",)] * 5)
    data = frames[0].data
    frame = frames[-1]
    assert frame.epoch == 5
    y_hat = forward(frame.params, data.X_train, "relu")
    np.testing.assert_allclose(frame.train_pred, y_hat, rtol=0, atol=1e-12)
    rmse = np.sqrt(np.mean((y_hat - data.y_train) ** 2))
    r2 = 1 - np.sum((data.y_train - y_hat) ** 2) / np.sum((data.y_train - np.mean(data.y_train)) ** 2)
    assert abs(frame.fit.train_rmse - rmse) < 1e-12 and abs(frame.fit.train_r2 - r2) < 1e-12
    if test_ratio:
        t_hat = forward(frame.params, data.X_test, "relu")
        assert abs(frame.fit.test_rmse - np.sqrt(np.mean((t_hat - data.y_test) ** 2))) < 1e-12
        assert len(data.y_test) == 50
    else:
        assert np.isnan(frame.fit.test_rmse) and np.isnan(frame.fit.test_r2)
    xs = np.linspace(data.extent[0], data.extent[1], FIT_POINTS)
    assert frame.grid_probs.shape == (1, 1, FIT_POINTS)
    np.testing.assert_allclose(frame.grid_probs[0, 0], forward(frame.params, xs.reshape(-1, 1), "relu"),
                               rtol=0, atol=1e-12)
    assert frame.confusion.shape == (0, 0) and frame.cost_label == "squared error J"


def test_a_plane_fit_sends_a_heat_map_of_y_hat():
    config = SINE.replace(dataset="plane", features=("x1", "x2"), hidden=(3,))
    frame = frames_of(config, [("step",)])[-1]
    data = frames_of(config, [])[0].data
    assert frame.grid_probs.shape == (1, 120, 120)
    np.testing.assert_allclose(frame.grid_probs.ravel(), forward(frame.params, data.grid_inputs),
                               rtol=0, atol=1e-12)


# --- the document ------------------------------------------------------------------------------

def test_the_document_adapts_classification_settings_and_says_what_it_changed():
    doc = Document()
    assert doc.settings.model == "perceptron" and not doc.is_regression
    changes = []
    doc.observe(changes.append)
    doc.update(dataset="sine")
    s = doc.settings
    assert doc.is_regression
    assert (s.model, s.output, s.features) == ("network", "linear", ("x1",))
    assert {name for name, _, _ in changes[-1].adjusted} == {"model", "output", "features"}
    with pytest.raises(ConfigError):           # the engine refuses what the document would not make
        build_run(s.replace(output="softmax"), prepare_data(s))
    doc.update(output="sigmoid")               # not for numbers: back to linear, and said
    assert doc.settings.output == "linear"
    doc.update(dataset="moons", features=("x1", "x2"))
    assert doc.settings.output == "sigmoid" and not doc.is_regression


# --- projects, exports, the step-through --------------------------------------------------------

def trained(config, epochs=40):
    data = prepare_data(config)
    run = build_run(config, data)
    for _ in range(epochs):
        run.step()
    return data, run


def test_a_regression_project_saves_and_opens_with_its_settings_data_and_weights(tmp_path):
    config = SINE.replace(noise=0.3, n_samples=120, test_ratio=0.2, standardize=True, hidden=(5, 3))
    data, run = trained(config)
    doc = Document(config)
    project = doc.to_project()
    project.weights, project.epoch = run.params(), run.epoch
    path = tmp_path / "sine.dnn"
    save_project(project, path)
    opened = load_project(path)
    settings = RunConfig(**opened.run_config_kwargs())
    assert settings == config
    assert opened.epoch == 40
    for name, value in run.params().items():
        np.testing.assert_array_equal(opened.weights[name], value)
    again = prepare_data(settings)                      # the same data, so the same cost
    for a, b in ((again.X_train, data.X_train), (again.y_train, data.y_train), (again.y_test, data.y_test)):
        np.testing.assert_array_equal(a, b)
    restored = build_run(settings, again, params=opened.weights)
    np.testing.assert_array_equal(restored.values(again.X_train), run.values(data.X_train))


def test_a_regression_project_with_weights_of_the_wrong_output_is_refused(tmp_path):
    data, run = trained(SINE, 2)
    weights = run.params()
    weights["W2"] = np.zeros((2, 16))
    weights["b2"] = np.zeros((2, 1))
    project = Project(settings=Document(SINE).to_project().settings, weights=weights, epoch=2)
    with pytest.raises(Exception, match="do not fit"):
        save_project(project, tmp_path / "bad.dnn")


def run_script(tmp_path, source: str, name: str) -> list[float]:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    done = subprocess.run([sys.executable, str(path), "--all"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return [float(line.split()[3]) for line in done.stdout.splitlines() if line.startswith("epoch ")]


def test_the_numpy_export_of_a_regression_reproduces_its_cost(tmp_path):
    config = SINE.replace(noise=0.1, test_ratio=0.2, batch_size=32, optimizer="momentum", l2=0.01)
    trainer = build_run(config, prepare_data(config)).trainer
    trainer.step(60)
    costs = run_script(tmp_path, python_script(trainer), "numpy_sine.py")
    assert len(costs) == 60
    np.testing.assert_allclose(costs, trainer.history.train_cost, rtol=0, atol=1e-9)
    # the exported cost is the squared error of the exported data: check the script's data is ours
    assert np.isfinite(costs).all() and costs[-1] < costs[0]


def test_the_pytorch_export_of_a_regression_reproduces_its_cost(tmp_path):
    # torch is a test dependency of the exports (tests/engine/test_export_exact.py does the same)
    pytest.importorskip("torch")
    config = SINE.replace(dataset="bumps", features=("x1", "x2"), hidden=(8,), noise=0.1)
    trainer = build_run(config, prepare_data(config)).trainer
    trainer.step(100)
    costs = run_script(tmp_path, pytorch_script(trainer), "torch_bumps.py")
    assert len(costs) == 100
    np.testing.assert_allclose(costs, trainer.history.train_cost, rtol=0, atol=1e-6)


def test_the_step_through_traces_a_regression_network():
    data, run = trained(SINE.replace(noise=0.2, hidden=(4,)), 3)
    X, Y = run.trainer.X, run.trainer.Y
    t = trace(run.network, X, Y, 0.01)
    P = run.params()
    A1 = np.tanh(P["W1"] @ X + P["b1"])
    A2 = P["W2"] @ A1 + P["b2"]
    m = X.shape[1]
    assert abs(t.cost - np.sum((A2 - Y) ** 2) / (2 * m)) < 1e-12          # the Adaline cost
    [dZ2] = [s for s in t if s.phase == "backward" and s.layer == 2 and s.key == "dZ"]
    np.testing.assert_allclose(dZ2.result[1], A2 - Y, rtol=0, atol=1e-12)  # linear + squared error
    assert dZ2.result[1].shape == (1, m)
    [dW2] = [s for s in t if s.phase == "backward" and s.layer == 2 and s.key == "dW"]
    np.testing.assert_allclose(dW2.result[1], (A2 - Y) @ A1.T / m, rtol=0, atol=1e-12)
