"""CSV import: good files load exactly; every bad file is refused with a DatasetError that names
the row/column at fault and what to do; any byte string is loaded or refused, never a crash."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_nn.engine.errors import DatasetError
from desktop_nn.engine.tabular import (
    MAX_ROWS,
    LoadCancelled,
    TabularData,
    load_csv,
    preview_csv,
)

GOOD = b"x1,x2,label\n1,2,a\n3,4,b\n5,6,a\n7,8.5,b\n"


def write(tmp_path, content: bytes, name: str = "data.csv"):
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_good_file_loads_exactly(tmp_path):
    data = load_csv(write(tmp_path, GOOD))
    assert isinstance(data, TabularData)
    assert data.feature_names == ("x1", "x2")
    assert data.label_name == "label"
    assert data.class_names == ("a", "b")
    np.testing.assert_array_equal(data.X, [[1, 2], [3, 4], [5, 6], [7, 8.5]])
    assert data.X.dtype == np.float64 and data.y.dtype == np.int64
    np.testing.assert_array_equal(data.y, [0, 1, 0, 1])
    assert not data.X.flags.writeable and not data.y.flags.writeable
    assert (data.m, data.n_features, data.n_classes, data.source) == (4, 2, 2, "data.csv")


def test_chosen_columns_and_headerless_iris_file(tmp_path):
    from desktop_nn.engine.datasets import iris_path, load_iris

    data = load_csv(iris_path(), feature_columns=["column 1", "column 3"], label_column="column 5")
    df = load_iris()
    np.testing.assert_array_equal(data.X, df[["sepal_length", "petal_length"]].to_numpy())
    assert data.class_names == ("Iris-setosa", "Iris-versicolor", "Iris-virginica")
    assert data.m == 150


def test_numeric_labels_sorted_as_numbers(tmp_path):
    data = load_csv(write(tmp_path, b"a;b;y\n1;2;10\n3;4;2\n5;6;-1\n7;8;2\n"))
    assert data.class_names == ("-1", "2", "10")
    np.testing.assert_array_equal(data.y, [2, 1, 0, 1])


@pytest.mark.parametrize(
    "content, encoding",
    [
        ("x1,x2,label\n1,2,a\n3,4,b\n5,6,a\n7,8.5,b\n".encode("utf-8-sig"), None),
        ("x1\tx2\tlabel\r\n1\t2\ta\r\n3\t4\tb\r\n5\t6\ta\r\n7\t8.5\tb\r\n".encode("utf-16"), None),
        ("x1,x2,label\n1,2,a\n3,4,b\n5,6,a\n7,8.5,b\n".encode("cp950"), "cp950"),
        (b"\n\nx1 | x2 | label\n1 | 2 | a\n\n3 | 4 | b\n5 | 6 | a\n7 | 8.5 | b\n\n", None),
    ],
)
def test_other_encodings_and_layouts_load(tmp_path, content, encoding):
    data = load_csv(write(tmp_path, content), encoding=encoding)
    np.testing.assert_array_equal(data.X, [[1, 2], [3, 4], [5, 6], [7, 8.5]])
    assert data.class_names == ("a", "b")


def test_traditional_chinese_big5_file_with_its_encoding(tmp_path):
    path = write(tmp_path, "花萼長,花瓣長,類別\n1,2,山\n3,4,水\n5,6,山\n7,8,水\n".encode("cp950"))
    with pytest.raises(DatasetError, match="cp950"):
        load_csv(path)
    data = load_csv(path, encoding="cp950")
    assert data.feature_names == ("花萼長", "花瓣長") and set(data.class_names) == {"山", "水"}


def test_decimal_comma_with_semicolons(tmp_path):
    path = write(tmp_path, b"x1;x2;label\n1,5;2;a\n3;4;b\n5;6;a\n7;8;b\n")
    assert load_csv(path).X[0, 0] == 1.5                        # detected (tests/engine/test_tabular_detection.py)
    with pytest.raises(DatasetError, match=r"line 2 .*'x1'.*'1,5'.*decimal comma"):
        load_csv(path, decimal=".")                             # a decimal point chosen: the hint names the comma
    assert load_csv(path, decimal=",").X[0, 0] == 1.5


BAD_FILES = {
    # name: (content, load kwargs, fragments the message must contain)
    "wrong delimiter": (GOOD, {"delimiter": ";"}, ["single column", "commas", "delimiter"]),
    "unusual delimiter": (b"x1:x2:label\n1:2:a\n3:4:b\n5:6:a\n7:8:b\n", {}, ["':'", "delimiter"]),
    "wrong encoding": ("x1,x2,label\n1,2,a\n3,4,café\n5,6,a\n7,8,b\n".encode("cp1252"), {},
                       ["not UTF-8", "line 3", "cp1252", "CSV UTF-8"]),
    "missing value": (b"x1,x2,label\n1,2,a\n3,,b\n5,6,a\n7,8,b\n", {}, ["line 3", "'x2'", "missing", "drop rows"]),
    "missing label": (b"x1,x2,label\n1,2,a\n3,4,b\n5,6,\n7,8,b\n", {}, ["line 4", "'label'", "label is missing"]),
    "text in a number column": (b"x1,x2,label\n1,2,a\n3,4,b\n5,six,a\n7,8,b\n", {},
                                ["line 4", "'x2'", "'six' is not a number", "untick"]),
    "infinite value": (b"x1,x2,label\n1,2,a\n3,4,b\n5,-inf,a\n7,8,b\n", {}, ["line 4", "'x2'", "infinite"]),
    "one class only": (b"x1,x2,label\n1,2,a\n3,4,a\n5,6,a\n7,8,a\n", {}, ["only one class", "'a'", "at least two"]),
    "too many classes": (("x,label\n" + "".join(f"{i},{i * 0.5}\n" for i in range(40))).encode(), {},
                         ["40 different values", "at most 20", "number to fit (regression)"]),
    "too few rows": (b"x1,x2,label\n1,2,a\n3,4,b\n", {}, ["2 usable rows", "at least 4"]),
    "extra field": (b"x1,x2,label\n1,2,a\n3,4,b,7\n5,6,a\n7,8,b\n", {}, ["line 3 has 4 fields", "header has 3"]),
    "binary renamed .csv": (bytes(range(256)) * 8, {}, ["not a CSV text file", "binary", "export it as CSV"]),
    "PNG renamed .csv": (b"\x89PNG\r\n\x1a\n" + bytes(200), {}, ["PNG image"]),
    "Excel workbook renamed .csv": (b"PK\x03\x04" + bytes(200), {}, ["Excel .xlsx", "CSV"]),
    "empty": (b"", {}, ["empty"]),
    "only blank lines": (b"\n \n\t\n", {}, ["empty"]),
    "single column": (b"x\n1\n2\n3\n4\n", {}, ["single column", "label column"]),
    "duplicate header": (b"x,x,label\n1,2,a\n3,4,b\n5,6,a\n7,8,b\n", {}, ["columns 1 and 2", "'x'", "rename"]),
    "unknown label column": (GOOD, {"label_column": "species"}, ["no column 'species'", "'x1', 'x2', 'label'"]),
    "label chosen as feature": (GOOD, {"feature_columns": ["x1", "label"], "label_column": "label"},
                                ["label column", "Untick"]),
    "size limit": (GOOD * 50, {"max_bytes": 1000}, ["MB", "limit"]),
    # issue 16: the import keeps what a project file can hold, and counts rows before pandas does
    "rows ending in a lone CR": (b"x,label\r" + b"1,a\r2,b\r" * 100, {"max_rows": 50},
                                 ["more than 50 rows", "blank lines count too"]),
    "blank lines past the row limit": (GOOD + b"\r" * 200, {"max_rows": 50}, ["more than 50 rows"]),
    "too many values": (GOOD, {"max_values": 7}, ["4 rows × 2 feature columns = 8 values", "limit is 7"]),
    "header name too long": (b"x1," + b"y" * 401 + b",label\n1,2,a\n3,4,b\n5,6,a\n7,8,b\n", {},
                             ["column 2 in the header", "401 characters long; at most 400"]),
    "class label too long": (b"x1,x2,label\n1,2,a\n3,4,b\n5,6," + b"c" * 401 + b"\n7,8,b\n", {},
                             ["line 4", "'label'", "401 characters long; at most 400"]),
    "a 400-digit number": (b"x1,x2,label\n1,2,a\n3,4,b\n5," + b"9" * 400 + b",a\n-7,8,b\n", {},
                           ["line 4", "'x2'", "infinite"]),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_each_bad_file_is_refused_with_its_message(tmp_path, case):
    content, kwargs, fragments = BAD_FILES[case]
    path = write(tmp_path, content)
    with pytest.raises(DatasetError) as info:
        load_csv(path, **kwargs)
    message = str(info.value)
    assert "data.csv" in message or "column" in message
    for fragment in fragments:
        assert fragment in message, (case, message)


def test_ten_million_rows_refused_without_reading_it_all(tmp_path):
    path = write(tmp_path, b"x1,x2,label\n" + b"1,2,0\n1,3,1\n" * 5_000_000)
    seen = []
    with pytest.raises(DatasetError, match=f"more than {MAX_ROWS:,} rows.*sample"):
        load_csv(path, progress=seen.append)
    assert seen and max(seen) < 0.2      # it stopped after about a tenth of the file


def test_na_none_null_labels_are_class_names_and_only_empty_is_missing(tmp_path):
    path = write(tmp_path, b"x,label\n1,NA\n2,None\n3,null\n4,NA\n5,\n")
    data = load_csv(path, drop_missing=True)
    assert data.class_names == ("NA", "None", "null") and data.n_dropped == 1
    np.testing.assert_array_equal(data.y, [0, 1, 2, 0])


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(DatasetError, match="Cannot read 'nope.csv'"):
        load_csv(tmp_path / "nope.csv")
    with pytest.raises(DatasetError, match="folder"):
        load_csv(tmp_path)


def test_drop_missing_keeps_the_complete_rows(tmp_path):
    path = write(tmp_path, b"x1,x2,label\n1,2,a\n3,,b\n5,6,a\n7,8,b\n9,10,\n11,12,b\n")
    data = load_csv(path, drop_missing=True)
    assert data.n_dropped == 2
    np.testing.assert_array_equal(data.X[:, 0], [1, 5, 7, 11])
    np.testing.assert_array_equal(data.y, [0, 0, 1, 1])


def test_progress_rises_to_one_and_cancel_stops(tmp_path):
    path = write(tmp_path, b"x1,x2,label\n" + b"1.5,2,a\n3,4,b\n" * 100_000)
    seen = []
    data = load_csv(path, progress=seen.append)
    assert data.m == 200_000
    assert seen == sorted(seen) and seen[-1] == 1.0
    with pytest.raises(LoadCancelled):
        load_csv(path, cancelled=lambda: True)


def test_preview_shows_the_head_and_proposes_columns(tmp_path):
    content = b"sepal,petal,width,species\n" + b"5.1,1.4,0.2,setosa\n7.0,4.7,1.4,versicolor\n" * 20_000
    preview = preview_csv(write(tmp_path, content))
    assert preview.columns == ("sepal", "petal", "width", "species")
    assert preview.numeric == (True, True, True, False)
    assert preview.delimiter == "," and preview.has_header and preview.encoding == "utf-8-sig"
    assert preview.rows[0] == ("5.1", "1.4", "0.2", "setosa") and len(preview.rows) == 20
    assert preview.default_label == "species"
    assert preview.default_features == ("sepal", "petal", "width")
    assert not preview.complete and 30_000 < preview.estimated_rows < 50_000


def test_preview_of_a_file_with_text_in_a_number_column_marks_it_as_text(tmp_path):
    preview = preview_csv(write(tmp_path, b"x1,x2,label\n1,2,a\n3,?,b\n5,6,a\n7,8,b\n"))
    assert preview.numeric == (True, False, False)
    assert preview.default_features == ("x1",) and preview.complete and preview.estimated_rows == 4


CELLS = st.sampled_from(["1", "2.5", "-3e2", "a", "b", "", "nan", "inf", '"x,y"', "1,5", " ", "é", "類", '"'])
ROWS = st.lists(st.lists(st.one_of(CELLS, st.text(max_size=3)), min_size=1, max_size=5), max_size=8)
CSVISH = ROWS.map(lambda rows: "\n".join(",;\t|"[len(r) % 4].join(r) for r in rows))
ANY_BYTES = st.one_of(
    st.binary(max_size=400),
    CSVISH.map(lambda t: t.encode("utf-8")),
    CSVISH.map(lambda t: t.encode("utf-16")),
    CSVISH.map(lambda t: t.encode("cp1252", errors="replace")),
)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=ANY_BYTES, delimiter=st.sampled_from([None, ",", ";", "x"]), encoding=st.sampled_from([None, "cp1252", "nope"]),
       drop=st.booleans())
def test_any_bytes_are_loaded_or_refused_with_dataset_error(tmp_path, content, delimiter, encoding, drop):
    path = write(tmp_path, content, "fuzz.csv")
    for load in (
        lambda: load_csv(path, delimiter=delimiter, encoding=encoding, drop_missing=drop),
        lambda: preview_csv(path, delimiter=delimiter, encoding=encoding),
    ):
        try:
            result = load()
        except DatasetError as exc:
            assert str(exc)
        else:
            if isinstance(result, TabularData):
                assert result.X.shape == (len(result.y), len(result.feature_names))
                assert np.isfinite(result.X).all()
                assert 2 <= result.n_classes and set(np.unique(result.y)) == set(range(result.n_classes))
