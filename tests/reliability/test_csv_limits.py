"""Issue 16, the CSV import's side of "nothing lost": every file the import accepts becomes a
project that saves and opens again, and every file it refuses is refused early, cheaply, with
a DatasetError naming the file (and the line and column where there is one).

Each case is a tester's reproduction, made small: the files are generated here, in tmp_path;
the 10⁸ blank lines of the report (100 MB) are three million (3 MB) — the row limit they hit is
the same. What a case costs is measured with tracemalloc (Python's and NumPy's allocations);
how long it takes is benchmarks/bombs.py's question.
"""

from __future__ import annotations

import tracemalloc

import numpy as np
import pandas as pd
import pytest

from desktop_nn.engine import tabular, tabular_check
from desktop_nn.engine.errors import DatasetError
from desktop_nn.engine.tabular import MAX_NAME, MAX_ROWS, MAX_VALUES, load_csv, preview_csv
from desktop_nn.project import Project, default_settings, project_from_bytes, project_to_bytes, reading, schema

MB = 1 << 20


def write(tmp_path, content: bytes, name: str = "data.csv"):
    path = tmp_path / name
    path.write_bytes(content)
    return path


def refused(path, **kwargs) -> tuple[str, int]:
    """(the DatasetError's message, the peak of what was allocated meanwhile)."""
    tracemalloc.start()
    try:
        with pytest.raises(DatasetError) as info:
            load_csv(path, **kwargs)
        return str(info.value), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def reopened(data) -> Project:
    """``data`` imported into a project, saved and opened again."""
    project = Project(settings=dict(default_settings(), dataset="imported"), imported=data)
    return project_from_bytes(project_to_bytes(project), "lesson.dnn")


# --- the row limit counts every line, whatever ends it ------------------------------------------


@pytest.mark.parametrize("end", [b"\r", b"\n", b"\r\n"])
def test_more_rows_than_the_limit_are_refused_while_reading_whatever_ends_the_lines(tmp_path, end):
    # the report: CR-only line endings slipped past the early count (1.75 GB before refusing)
    path = write(tmp_path, b"x,label" + end + (b"1,a" + end + b"2,b" + end) * 600_001)
    message, peak = refused(path)
    assert f"more than {MAX_ROWS:,} rows (stopped reading at line" in message and "'data.csv'" in message
    assert peak < 32 * MB, peak          # it read a few MB of the file, not pandas' frame of it


@pytest.mark.parametrize("end", [b"\r", b"\n", b"\r\n"])
def test_a_few_rows_and_millions_of_blank_lines_are_refused_early(tmp_path, end):
    # the report: 60 rows and 10⁸ blank lines were read into a 10⁸-row frame (7.8 GB) and accepted
    path = write(tmp_path, b"x,label\n" + b"1,a\n2,b\n" * 30 + end * 3_000_000)
    message, peak = refused(path)
    assert "blank lines count too" in message and f"limit is {MAX_ROWS:,} rows" in message
    assert peak < 32 * MB, peak


def test_a_few_blank_lines_are_still_skipped(tmp_path):
    data = load_csv(write(tmp_path, b"x,label\r\r1,a\r\r2,b\r3,a\r\r\r4,b\r"))
    assert data.m == 4 and data.class_names == ("a", "b")


# --- numbers too large to be numbers --------------------------------------------------------------


@pytest.mark.parametrize("value", ["1" * 400, "-" + "1" * 400, "1" * 400 + ".5", "9" * 400 + "e5"])
def test_a_400_digit_number_is_refused_as_infinite_with_its_line_and_column(tmp_path, value):
    path = write(tmp_path, f"x,y,label\n1,2,a\n-1,{value},b\n3,4,a\n5,6,b\n".encode())
    message, _ = refused(path)
    assert message.startswith("'data.csv' line 3 (row 2), column 'y': the value is infinite"), message


def test_huge_whole_numbers_pandas_keeps_as_python_ints_are_refused_not_an_overflow(tmp_path, monkeypatch):
    # some pandas versions hand back whole numbers beyond int64 as Python ints, which NumPy
    # cannot turn into floats (OverflowError escaped load_csv); here pandas is made to do so
    real = pd.to_numeric

    def python_ints(values, **kwargs):
        out = real(values, **kwargs)
        ints = [int(v) if isinstance(v, str) and v.lstrip("-").isdigit() else x for v, x in zip(values, out)]
        return pd.Series(ints, index=out.index, dtype=object)

    monkeypatch.setattr(pd, "to_numeric", python_ints)
    path = write(tmp_path, f"x,label\n1,a\nabc,b\n{'1' * 400},a\n4,b\n".encode())
    numbers, bad = tabular_check.text_to_numbers(pd.Series(["1", "-" + "1" * 400, "x"], dtype=object), ".")
    assert numbers.dtype == np.float64 and numbers.iloc[1] == -np.inf and list(bad) == [False, False, True]
    message, _ = refused(path)
    assert "line 3 (row 2), column 'x': 'abc' is not a number" in message
    path = write(tmp_path, f"x,label\n1,a\n2,b\n{'1' * 400},a\n4,b\n".encode(), "ints.csv")
    message, _ = refused(path, delimiter=",")
    assert "'ints.csv' line 4 (row 3), column 'x': the value is infinite" in message


def test_a_400_digit_class_label_is_a_class_and_classes_sort_as_text(tmp_path):
    path = write(tmp_path, f"x,label\n1,1\n2,2\n3,{'9' * 400}\n4,nan\n5,2\n".encode())
    data = load_csv(path)
    assert data.class_names == tuple(sorted(["1", "2", "9" * 400, "nan"]))    # not all finite: as text
    again = reopened(data).imported
    assert again.class_names == data.class_names and np.array_equal(again.y, data.y)


# --- class labels pandas would read as missing ----------------------------------------------------


def test_na_none_null_are_class_names_and_only_an_empty_label_is_missing(tmp_path):
    content = b"x,label\n1,NA\n2,None\n3,null\n4,NaN\n5,n/a\n6,\n7,NA\n8,  \n"
    path = write(tmp_path, content)
    message, _ = refused(path)
    assert message.startswith("'data.csv' line 7 (row 6), column 'label': the class label is missing")
    data = load_csv(path, drop_missing=True)
    assert data.class_names == ("NA", "NaN", "None", "n/a", "null") and data.n_dropped == 2
    assert [data.class_names[k] for k in data.y] == ["NA", "None", "null", "NaN", "n/a", "NA"]
    assert reopened(data).imported.class_names == data.class_names
    # the preview shows the cells as they are written
    assert preview_csv(path).rows[0] == ("1", "NA")


def test_in_feature_columns_na_is_still_a_missing_value(tmp_path):
    path = write(tmp_path, b"x,y,label\n1,NA,a\n2,3,b\n3,null,a\n4,5,b\n5,6,a\n6,7,b\n")
    message, _ = refused(path)
    assert message.startswith("'data.csv' line 2 (row 1), column 'y': the value is missing")
    data = load_csv(path, drop_missing=True)
    assert data.m == 4 and data.n_dropped == 2
    preview = preview_csv(path)
    assert preview.numeric == (True, True, False) and preview.non_number("y") is None


# --- names and labels the project file could not hold -----------------------------------------------


def test_a_header_name_over_the_limit_is_refused_at_import_naming_its_column(tmp_path):
    long = "h" * (MAX_NAME + 1)
    path = write(tmp_path, f"x,{long},label\n1,2,a\n3,4,b\n5,6,a\n7,8,b\n".encode())
    message, _ = refused(path)
    assert message.startswith("'data.csv': the name of column 2 in the header")
    assert f"{MAX_NAME + 1} characters long; at most {MAX_NAME}" in message and "Shorten it" in message
    # the same file without that column imports: only the chosen columns' names are kept
    assert load_csv(path, feature_columns=["x"]).feature_names == ("x",)


def test_a_class_label_over_the_limit_is_refused_at_import_naming_its_line(tmp_path):
    long = "類" * (MAX_NAME + 1)
    path = write(tmp_path, f"x,label\n1,a\n2,b\n3,{long}\n4,a\n".encode())
    message, _ = refused(path)
    assert message.startswith("'data.csv' line 4 (row 3), column 'label': the class label '類類")
    assert f"{MAX_NAME + 1} characters long; at most {MAX_NAME}" in message


def test_names_and_labels_at_the_limit_import_save_and_open_again(tmp_path):
    # the report: a 400+-character header or label imported, trained and saved, then the file
    # refused to open. Now the import's rule is the file's: at the limit both hold, past it neither
    header, label = "é" * MAX_NAME, "🙂" * MAX_NAME
    path = write(tmp_path, f"{header},label\n1,{label}\n2,b\n3,{label}\n4,b\n".encode())
    data = load_csv(path)
    again = reopened(data).imported
    assert again.feature_names == (header,) and again.class_names == tuple(sorted([label, "b"]))
    assert tabular.MAX_NAME == schema.MAX_TEXT


def test_a_file_name_that_is_not_unicode_is_kept_cleaned(tmp_path):
    import os

    path = tmp_path / os.fsdecode(b"data-\xff.csv")        # a Linux name in no encoding
    try:
        path.write_bytes(b"x,label\n1,a\n2,b\n3,a\n4,b\n")
    except (OSError, UnicodeError):
        pytest.skip("this file system does not take such names")
    data = load_csv(path)
    assert data.source == "data-\ufffd.csv"
    assert reopened(data).imported.source == "data-\ufffd.csv"


# --- the values a project may hold are the values the import reads ---------------------------------


def test_more_feature_values_than_a_project_holds_are_refused_at_import(tmp_path):
    assert reading.MAX_VALUES == MAX_VALUES       # the file's limit is the import's
    path = write(tmp_path, b"a,b,c,label\n" + b"1,2,3,x\n4,5,6,y\n" * 5)
    message, _ = refused(path, max_values=29)
    assert message == ("'data.csv' has 10 rows × 3 feature columns = 30 values; the limit is 29 values "
                       "(0 MB). Choose fewer feature columns, or use a random sample of the rows.")
    assert load_csv(path, max_values=30).X.shape == (10, 3)
    assert load_csv(path, feature_columns=["a"], max_values=29).X.shape == (10, 1)
