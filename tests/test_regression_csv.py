"""A CSV with a numeric target (issue 18, item 1): read as numbers to fit, checked like a feature,
kept by a project, and fitted by a network with a linear output."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_nn.document import Document
from desktop_nn.engine.errors import DatasetError
from desktop_nn.engine.tabular import load_csv
from desktop_nn.project import load_project, save_project
from desktop_nn.training.config import prepare_data
from desktop_nn.training.runs import build_run

X = np.round(np.linspace(-3, 3, 30), 3)
Y = np.round(np.sin(X) * 10 + 20, 4)
SINE_CSV = "x;y\n" + "".join(f"{a:.3f};{b:.4f}\n".replace(".", ",") for a, b in zip(X, Y))


def write(tmp_path, text, name="fit.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_numeric_target_is_read_as_numbers_to_fit(tmp_path):
    data = load_csv(write(tmp_path, SINE_CSV), numeric_target=True)     # decimal commas, semicolons
    assert data.is_regression and data.class_names == () and data.n_classes == 0
    assert data.y.dtype == np.float64
    np.testing.assert_array_equal(data.y, Y)
    np.testing.assert_array_equal(data.X[:, 0], X)
    as_classes = load_csv(write(tmp_path, "x,c\n" + "".join(f"{i},{i % 2}\n" for i in range(12))))
    assert not as_classes.is_regression and as_classes.y.dtype == np.int64


@pytest.mark.parametrize("text, words", [
    ("x,y\n" + "".join(f"{i},{i * 2}\n" for i in range(8)) + "8,lots\n", ["line 10", "'y'", "'lots' is not a number"]),
    ("x,y\n" + "".join(f"{i},{i * 2}\n" for i in range(8)) + "8,\n", ["line 10", "'y'", "missing"]),
    ("x,y\n" + "".join(f"{i},3\n" for i in range(8)), ["one value only", "'y'"]),
])
def test_a_bad_numeric_target_is_refused_with_its_line_and_column(tmp_path, text, words):
    with pytest.raises(DatasetError) as caught:
        load_csv(write(tmp_path, text), numeric_target=True)
    for word in words:
        assert word in str(caught.value), str(caught.value)


def test_imported_numbers_to_fit_train_and_survive_a_project(tmp_path):
    data = load_csv(write(tmp_path, SINE_CSV), numeric_target=True)
    doc = Document()
    doc.set_imported(data, doc.settings.replace(dataset="imported", standardize=True))
    s = doc.settings
    assert doc.is_regression and (s.model, s.output, s.features) == ("network", "linear", ("x1",))
    view = prepare_data(s, data)
    assert view.is_regression and view.axis_labels == ("x", "y") and view.grid_inputs.shape[1] == 1
    run = build_run(s, view)
    for _ in range(5):
        run.step()
    project = doc.to_project()
    project.weights, project.epoch = run.params(), run.epoch
    save_project(project, tmp_path / "fit.dnn")
    opened = load_project(tmp_path / "fit.dnn")
    assert opened.imported.is_regression and opened.imported.class_names == ()
    np.testing.assert_array_equal(opened.imported.y, data.y)
    np.testing.assert_array_equal(opened.imported.X, data.X)
    for name, value in run.params().items():
        np.testing.assert_array_equal(opened.weights[name], value)
    again = build_run(s, prepare_data(s, opened.imported), params=opened.weights)
    np.testing.assert_array_equal(again.values(view.X_train), run.values(view.X_train))
