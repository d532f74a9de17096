"""Drawn data without Qt (training/drawn.py, engine/export_data.py) and its undo in the document."""

import dataclasses

import numpy as np
import pytest

from desktop_nn.document import DATA, SETTINGS, Document
from desktop_nn.engine.errors import DatasetError
from desktop_nn.engine.export_data import data_csv_text
from desktop_nn.engine.tabular import load_csv
from desktop_nn.training import drawn
from desktop_nn.training.config import IMPORTED, RunConfig, prepare_data


def test_points_added_and_erased_are_exactly_the_set():
    d = drawn.with_points(drawn.empty(), [(0.5, 1.0), (2.0, -1.0)], 1)
    d = drawn.with_points(d, [(3.0, 3.0)], 0)
    assert d.X.tolist() == [[0.5, 1.0], [2.0, -1.0], [3.0, 3.0]] and d.y.tolist() == [1, 1, 0]
    assert d.class_names == ("class 0", "class 1") and d.source == "drawn" and not d.X.flags.writeable
    assert drawn.without(d, 1).X.tolist() == [[0.5, 1.0], [3.0, 3.0]]
    third = drawn.with_points(d, [(0, 0)], 2)
    assert third.class_names == ("class 0", "class 1", "class 2")
    assert drawn.without(third, 3).class_names == ("class 0", "class 1")


def test_nearest_is_measured_in_pixels_and_has_a_radius():
    d = drawn.with_points(drawn.empty(), [(0.0, 0.0), (1.0, 0.0)], 0)
    # one pixel is 0.1 in x and 0.01 in y: (0.45, 0.0) is 4.5 px from the first point
    assert drawn.nearest(d, 0.45, 0.0, (0.1, 0.01), 5.0) == 0
    assert drawn.nearest(d, 0.45, 0.1, (0.1, 0.01), 5.0) is None       # 10 px up
    assert drawn.nearest(drawn.empty(), 0, 0) is None


def test_spray_spaces_points_along_the_drag():
    pts = drawn.spray((0.0, 0.0), (1.0, 0.0), 3.0, (0.1, 0.1))
    assert np.allclose(pts, [[0.3, 0.0], [0.6, 0.0], [0.9, 0.0]])
    assert drawn.spray((0, 0), (0.05, 0), 3.0, (0.1, 0.1)).shape == (0, 2)


def test_starting_from_the_data_shown_takes_every_point_in_its_order():
    config = RunConfig(dataset="moons", n_samples=60, test_ratio=0.25)
    d = drawn.from_current(config)
    view = prepare_data(config)
    assert d.m == 60
    both = np.vstack([view.X_raw_train, view.X_raw_test])
    assert sorted(map(tuple, both.tolist())) == sorted(map(tuple, d.X.tolist()))
    # trained on as drawn data with the same settings, the split is the same one
    again = prepare_data(config.replace(dataset=IMPORTED), d)
    assert np.array_equal(again.X_raw_train, view.X_raw_train) and np.array_equal(again.y_test, view.y_test)


def test_too_few_points_is_a_dataset_error_not_a_crash():
    d = drawn.with_points(drawn.empty(), [(0, 0), (1, 1)], 0)
    with pytest.raises(DatasetError, match="2 points"):
        prepare_data(RunConfig(dataset=IMPORTED), d)
    with pytest.raises(DatasetError, match="0 points"):
        prepare_data(RunConfig(dataset=IMPORTED), drawn.empty())


def test_the_csv_export_reads_back_through_the_import(tmp_path):
    rng = np.random.default_rng(1)
    d = drawn.drawn_data(rng.normal(size=(9, 2)) * 1e3, [0, 1, 2, 0, 1, 2, 0, 1, 2], ("x₁", "x₂"))
    path = tmp_path / "d.csv"
    path.write_text(data_csv_text(d.X, d.y, d.feature_names, d.label_name, d.class_names), encoding="utf-8")
    back = load_csv(path)
    assert back.X.tobytes() == d.X.tobytes() and back.y.tolist() == d.y.tolist()
    assert back.feature_names == ("x₁", "x₂") and back.class_names == d.class_names
    with pytest.raises(DatasetError):
        data_csv_text(np.zeros((0, 2)), np.zeros(0), ("a", "b"), "c", ("p", "q"))


def test_each_drawn_edit_is_undone_with_its_settings_and_a_stroke_at_once():
    doc = Document(RunConfig(model="network", dataset="moons"))
    seen = []
    doc.observe(lambda change: seen.append(change.what))
    one = drawn.with_points(drawn.empty(), [(0, 0)], 0)
    doc.set_data(one, doc.settings.replace(dataset=IMPORTED))
    two = drawn.with_points(one, [(1, 1)], 1)
    doc.set_data(two, merge="a")
    three = drawn.with_points(two, [(2, 2)], 1)
    doc.set_data(three, merge="a")                      # the same stroke
    four = drawn.with_points(three, [(3, 3)], 2)        # a third class: softmax
    doc.set_data(four)
    assert doc.settings.output == "softmax" and seen[-1] == frozenset({DATA, SETTINGS})
    assert doc.undo() and doc.imported is three and doc.settings.output == "sigmoid"
    assert doc.undo() and doc.imported is one
    assert doc.undo() and doc.imported is None and doc.settings.dataset == "moons"
    assert doc.redo() and doc.imported is one and doc.settings.dataset == IMPORTED
    assert doc.redo() and doc.imported is three
    doc.update(learning_rate=0.5)                       # settings edits and data edits interleave
    assert doc.undo() and doc.settings.learning_rate == 0.1 and doc.imported is three
    assert doc.undo() and doc.imported is one



def test_a_drawn_function_to_fit_keeps_its_numbers_through_every_edit():
    from desktop_nn.engine.regression_datasets import REGRESSION_GENERATORS
    from desktop_nn.training import drawn
    from desktop_nn.training.config import RunConfig

    config = RunConfig(dataset="sine", model="network", output="linear", features=("x1",))
    start = drawn.from_current(config)
    X, y = REGRESSION_GENERATORS["sine"](n_samples=config.n_samples, noise=config.noise, seed=0)
    assert drawn.is_drawn(start) and start.is_regression
    assert start.X.tobytes() == X.tobytes() and start.y.tobytes() == y.tobytes()
    data = drawn.with_points(drawn.empty(start), [(0.5, 1.25), (-1.0, -0.75)], label=1)   # the label is not used
    assert data.is_regression and data.X[:, 0].tolist() == [0.5, -1.0] and data.y.tolist() == [1.25, -0.75]
    assert drawn.shown(data).tolist() == [[0.5, 1.25], [-1.0, -0.75]]
    assert drawn.nearest(data, -0.9, -0.7) == 1                       # measured on the plot: x and y
    left = drawn.without(data, 0)
    assert left.is_regression and left.y.dtype.kind == "f" and left.y.tolist() == [-0.75]
    assert not drawn.is_drawn(dataclasses.replace(left, source="a file"))       # drawn: by its source


def test_a_cleared_canvas_has_plain_names_not_those_of_the_data_it_was_drawn_over():
    from desktop_nn.training import drawn
    from desktop_nn.training.config import RunConfig

    iris = drawn.from_current(RunConfig())                     # the chapter's setosa / versicolor
    assert iris.class_names == ("setosa", "versicolor") and "sepal" in iris.feature_names[0]
    canvas = drawn.with_points(drawn.empty(iris), [(0.0, 0.0)], 1)
    assert canvas.feature_names == ("x₁", "x₂") and canvas.class_names == ("class 0", "class 1")
