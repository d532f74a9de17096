"""The shipped Iris file, the chapter's selection, the generators and the loaders' refusals."""

import hashlib
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_nn.engine import datasets
from desktop_nn.engine.datasets import (
    GENERATORS,
    iris_path,
    iris_setosa_versicolor,
    iris_xy,
    load_iris,
    parity,
    standardize,
    train_test_split,
)
from desktop_nn.engine.errors import DatasetError

UCI_SHA256 = "596ffd580471ca4d4880f8e439c7281f3b50d8249a5960353cb200b1490f63a0"
GOOD_ROW = "5.1,3.5,1.4,0.2,Iris-setosa\n"
OTHER_ROW = "7.0,3.2,4.7,1.4,Iris-versicolor\n"


def write(tmp_path: Path, text: str | bytes, name="iris.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return path


def test_shipped_file_is_the_uci_original():
    data = iris_path().read_bytes()
    # byte for byte the copy in ../shared/data (the UCI original, not scikit-learn's)
    assert hashlib.sha256(data).hexdigest() == UCI_SHA256
    df = load_iris()
    assert df.shape == (150, 5)
    assert list(df["species"].value_counts().sort_index()) == [50, 50, 50]
    # rows 35 and 38 (1-based) are the two that scikit-learn's copy "corrects"
    assert df.iloc[34, :4].tolist() == [4.9, 3.1, 1.5, 0.1]
    assert df.iloc[37, :4].tolist() == [4.9, 3.1, 1.5, 0.1]


def test_chapter_selection():
    X, y = iris_setosa_versicolor()
    assert X.shape == (100, 2) and y.shape == (100,)
    assert X[0].tolist() == [5.1, 1.4] and X[99].tolist() == [5.7, 4.1]
    assert (y[:50] == -1).all() and (y[50:] == 1).all()


def test_iris_any_classes_and_features():
    X, y = iris_xy(("Iris-versicolor", "Iris-virginica", "Iris-setosa"), ("petal_width", "sepal_width"))
    assert X.shape == (150, 2) and sorted(set(y.tolist())) == [0, 1, 2]
    assert X[0].tolist() == [0.2, 3.5] and y[0] == 2
    with pytest.raises(DatasetError, match="Unknown Iris feature"):
        iris_xy(features=("petal_area", "sepal_width"))
    with pytest.raises(DatasetError, match="not in the Iris file"):
        iris_xy(classes=("Iris-setosa", "Iris-rosa"))


def test_standardize_returns_what_it_used():
    X, _ = iris_setosa_versicolor()
    X_std, mean, std = standardize(X)
    np.testing.assert_allclose(X_std.mean(axis=0), 0, atol=1e-12)
    np.testing.assert_allclose(X_std.std(axis=0), 1, atol=1e-12)
    # as the slides do it, column by column
    np.testing.assert_array_equal(X_std[:, 0], (X[:, 0] - X[:, 0].mean()) / X[:, 0].std())
    again, _, _ = standardize(X[:5], mean, std)
    np.testing.assert_array_equal(again, X_std[:5])
    constant, _, s = standardize(np.ones((3, 1)))
    assert s[0] == 0 and np.all(constant == 0)


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_generators_are_seeded_and_shaped(name):
    make = GENERATORS[name]
    X, y = make(n_samples=101, noise=0.2, seed=5)
    X2, y2 = make(n_samples=101, noise=0.2, seed=5)
    X3, _ = make(n_samples=101, noise=0.2, seed=6)
    assert X.shape == (101, 2) and y.shape == (101,)
    assert set(y.tolist()) == {0, 1}
    assert np.array_equal(X, X2) and np.array_equal(y, y2)
    assert not np.array_equal(X, X3)
    with pytest.raises(DatasetError, match="at least 4"):
        make(n_samples=2)
    with pytest.raises(DatasetError, match="noise"):
        make(noise=-1)


def test_xor_labels_follow_the_quadrants_without_noise():
    X, y = GENERATORS["xor"](n_samples=400, noise=0.0, seed=1)
    assert np.array_equal(y, (X[:, 0] * X[:, 1] < 0).astype(int))


def test_blobs_are_linearly_separable_without_noise():
    X, y = GENERATORS["blobs"](n_samples=200, noise=0.0, seed=2)
    # the line x1 + x2 = 0 separates the blobs centred at (-2,-2) and (2,2)
    assert np.array_equal((X.sum(axis=1) > 0).astype(int), y)


def test_parity():
    X, y = parity(8)
    assert X.shape == (256, 8) and y.shape == (256,)
    assert y.sum() == 128
    assert y[int("00000111", 2)] == 1 and y[int("00000011", 2)] == 0
    with pytest.raises(DatasetError):
        parity(0)


def test_train_test_split():
    X = np.arange(20).reshape(10, 2)
    y = np.arange(10)
    Xtr, Xte, ytr, yte = train_test_split(X, y, test_ratio=0.3, seed=0)
    assert len(Xte) == 3 and len(Xtr) == 7
    assert sorted(np.r_[ytr, yte].tolist()) == list(range(10))
    assert np.array_equal(Xtr[:, 0] // 2, ytr)  # rows and labels stay together
    assert np.all(np.diff(ytr) > 0) and np.all(np.diff(yte) > 0)  # each part in the data's order
    everything = train_test_split(X, y, test_ratio=0.0, seed=3)
    assert np.array_equal(everything[0], X) and len(everything[1]) == 0
    again = train_test_split(X, y, test_ratio=0.3, seed=0)
    assert np.array_equal(again[0], Xtr)
    with pytest.raises(DatasetError, match="test_ratio"):
        train_test_split(X, y, test_ratio=1.0)
    with pytest.raises(DatasetError, match="labels"):
        train_test_split(X, y[:5])


# --- malformed files -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        ((GOOD_ROW + "4.9,3.0,1.4,Iris-setosa\n" + OTHER_ROW), "line 2: expected 5"),
        ((GOOD_ROW + OTHER_ROW + "4.9,three,1.4,0.2,Iris-setosa\n"), "line 3, column 'sepal_width'"),
        ((GOOD_ROW + ",3.0,1.4,0.2,Iris-setosa\n" + OTHER_ROW), "line 2, column 'sepal_length'.*missing"),
        ((GOOD_ROW + "4.9,3.0,1.4,0.2,\n" + OTHER_ROW), "line 2, column 'species'"),
        ((GOOD_ROW * 5), "only one class"),
        (b"5.1\t3.5\t1.4\t0.2\tIris-setosa\n", "separated by tabs"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("5,1;3,5;1,4;0,2;Iris-setosa\n".encode("utf-8"), "separated by semicolons"),
        ("5.1,3.5,1.4,0.2,Iris-sétosa\n".encode("latin-1") + OTHER_ROW.encode(), "not UTF-8"),
        ((GOOD_ROW + OTHER_ROW + "inf,3.0,1.4,0.2,Iris-setosa\n"), "finite"),
    ],
)
def test_malformed_iris_files_get_specific_messages(tmp_path, content, message):
    path = write(tmp_path, content)
    with pytest.raises(DatasetError, match=message) as info:
        load_iris(path)
    assert "iris.csv" in str(info.value) or "Iris file" in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(DatasetError, match="Cannot read"):
        load_iris(tmp_path / "nope.data")


def test_short_file_cannot_give_the_chapter_selection(tmp_path):
    path = write(tmp_path, GOOD_ROW * 3 + OTHER_ROW * 3)
    with pytest.raises(DatasetError, match="first 100 rows"):
        iris_setosa_versicolor(path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_any_bytes_load_or_raise_dataset_error(data):
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), data)
        try:
            df = load_iris(path)
        except DatasetError:
            return
    assert list(df.columns) == list(datasets.IRIS_COLUMNS)
    assert df["species"].nunique() >= 2


row = st.tuples(
    *[st.one_of(st.floats(allow_nan=True), st.text(max_size=4)) for _ in range(4)],
    st.sampled_from(["Iris-setosa", "Iris-versicolor", "", "x"]),
).map(lambda r: ",".join(str(v) for v in r))


@settings(max_examples=150, deadline=None)
@given(st.lists(row, max_size=8))
def test_csv_like_text_loads_or_raises_dataset_error(rows):
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), "\n".join(rows))
        try:
            df = load_iris(path)
        except DatasetError as exc:
            assert str(exc)
            return
    assert df.iloc[:, :4].map(np.isfinite).all().all()
