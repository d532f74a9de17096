"""CSV import, issue 15: the delimiter and the decimal mark are detected together.

A semicolon-separated file with decimal commas (the European convention) is read as such; comma-
and tab-separated files with decimal points as before; the ambiguous cases (a comma file of whole
numbers, quoted fields, text holding the other delimiter, mixed decimal marks) are decided as
tabular_sniff's docstring says. The preview names, per column, the first value that is not a number.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_nn.engine.errors import DatasetError
from desktop_nn.engine.tabular import load_csv, preview_csv
from desktop_nn.engine.tabular_sniff import sniff_decimal, sniff_delimiter

HEIGHTS = [1.5, 2.25, 0.75, 3.0, 1.125, 2.5, 0.5, 1.75, 2.0, 3.5, 1.25, 2.75]
WEIGHTS = [209, 180, 95, 310, 150, 240, 80, 200, 220, 330, 170, 260]
FRUITS = ["cherry", "apple"] * 6


def table(delimiter: str, decimal: str, header=("height", "weight", "fruit")) -> bytes:
    """The issue's fruit table written with ``delimiter`` and ``decimal`` (12 rows, so that a
    comma splits ≥ 90 % of a semicolon file's lines in two: the case that was misread)."""
    lines = [delimiter.join(header)] if header else []
    for h, w, f in zip(HEIGHTS, WEIGHTS, FRUITS):
        lines.append(delimiter.join([repr(h).replace(".", decimal), str(w), f]))
    return ("\n".join(lines) + "\n").encode()


def write(tmp_path, content: bytes, name: str = "data.csv"):
    path = tmp_path / name
    path.write_bytes(content)
    return path


def expect_fruit(data):
    assert data.feature_names == ("height", "weight") and data.class_names == ("apple", "cherry")
    np.testing.assert_array_equal(data.X, np.column_stack([HEIGHTS, WEIGHTS]))


@pytest.mark.parametrize("delimiter, decimal", [(";", ","), (",", "."), ("\t", "."), ("\t", ","), (";", "."),
                                                ("|", ","), ("|", ".")])
def test_the_fruit_table_in_every_convention_is_detected_and_parsed(tmp_path, delimiter, decimal):
    path = write(tmp_path, table(delimiter, decimal))
    preview = preview_csv(path)
    assert (preview.delimiter, preview.decimal) == (delimiter, decimal)
    assert preview.columns == ("height", "weight", "fruit") and preview.numeric == (True, True, False)
    assert preview.rows[0] == (repr(HEIGHTS[0]).replace(".", decimal), "209", "cherry")
    assert preview.non_numbers == (None, None, (2, "cherry"))
    assert preview.default_features == ("height", "weight") and preview.default_label == "fruit"
    expect_fruit(load_csv(path))
    expect_fruit(load_csv(path, delimiter=preview.delimiter, decimal=preview.decimal))


def test_the_issue_file_was_split_on_its_decimal_commas_and_is_not_any_more():
    lines = table(";", ",").decode().splitlines()
    # the comma alone splits every data line in two (the header in one): ≥ 90 % consistent
    assert sniff_delimiter(lines) == ";" and sniff_decimal(lines, ";") == ","
    assert sniff_delimiter(lines, decimal=".") == ";"      # a decimal point chosen: still semicolons
    assert sniff_delimiter(lines, decimal=",") == ";"


def test_a_chosen_decimal_comma_or_point_is_kept(tmp_path):
    path = write(tmp_path, table(";", ","))
    preview = preview_csv(path, decimal=",")
    assert (preview.delimiter, preview.decimal, preview.numeric) == (";", ",", (True, True, False))
    preview = preview_csv(path, decimal=".")                # the user's choice wins: height is not a number
    assert preview.delimiter == ";" and preview.numeric == (False, True, False)
    assert preview.non_number("height") == (2, "1,5")
    with pytest.raises(DatasetError, match=r"line 2 .*'height'.*'1,5' is not a number.*decimal comma"):
        load_csv(path, decimal=".")
    expect_fruit(load_csv(path, delimiter=";", decimal=","))


def test_a_comma_separated_file_cannot_have_a_decimal_comma(tmp_path):
    path = write(tmp_path, table(",", "."))
    with pytest.raises(DatasetError, match="separated by commas.*decimal mark cannot be a comma"):
        preview_csv(path, decimal=",")
    with pytest.raises(DatasetError, match="cannot be the delimiter.*different from the decimal mark"):
        load_csv(path, delimiter=",", decimal=",")
    with pytest.raises(DatasetError, match="cannot be the decimal mark"):
        load_csv(path, decimal="x")


AMBIGUOUS = {
    # name: (content, delimiter, decimal, X of the loaded file)
    "comma file of whole numbers (1,5 is two fields)":
        (b"a,b,label\n1,5,x\n2,6,y\n3,7,x\n4,8,y\n", ",", ".", [[1, 5], [2, 6], [3, 7], [4, 8]]),
    "semicolon file of whole numbers":
        (b"a;b;label\n1;5;x\n2;6;y\n3;7;x\n4;8;y\n", ";", ".", [[1, 5], [2, 6], [3, 7], [4, 8]]),
    "no header, a comma and a semicolon split every line in three":
        (b"1,5;2,5;x\n3,5;4,5;y\n5,5;6,5;x\n7,5;8,5;y\n", ";", ",", [[1.5, 2.5], [3.5, 4.5], [5.5, 6.5], [7.5, 8.5]]),
    "quoted decimal-comma fields, semicolons":
        (b'"a";"b";"label"\n"1,5";"2";"x"\n"3,25";"4";"y"\n"5";"6,5";"x"\n"7";"8";"y"\n', ";", ",",
         [[1.5, 2], [3.25, 4], [5, 6.5], [7, 8]]),
    "comma file whose quoted text holds semicolons":
        (b'a,b,label\n1.5,2,"x;1"\n3.5,4,"y;2"\n5.5,6,"x;1"\n7.5,8,"y;2"\n', ",", ".",
         [[1.5, 2], [3.5, 4], [5.5, 6], [7.5, 8]]),
    "comma file with a space after each comma (the spaces split too)":
        (b"a, b, label\n1.5, 2, x\n3, 4.5, y\n5, 6, x\n7, 8, y\n", ",", ".", [[1.5, 2], [3, 4.5], [5, 6], [7, 8]]),
    "tab file with decimal commas and a text column with commas":
        (b"a\tb\tlabel\n1,5\t2\tx, big\n3,5\t4\ty, small\n5\t6,5\tx, big\n7\t8\ty, small\n", "\t", ",",
         [[1.5, 2], [3.5, 4], [5, 6.5], [7, 8]]),
    "semicolons, decimal commas in exponent form and negative":
        (b"a;b;label\n-1,5e2;2;x\n,5;4;y\n5;-6,25;x\n7;8;y\n", ";", ",", [[-150, 2], [0.5, 4], [5, -6.25], [7, 8]]),
}


@pytest.mark.parametrize("case", list(AMBIGUOUS))
def test_ambiguous_files_are_read_as_their_writer_meant(tmp_path, case):
    content, delimiter, decimal, X = AMBIGUOUS[case]
    path = write(tmp_path, content)
    preview = preview_csv(path)
    assert (preview.delimiter, preview.decimal) == (delimiter, decimal), case
    assert preview.numeric[:2] == (True, True) and preview.columns[-1] in ("label", "column 3")
    np.testing.assert_array_equal(load_csv(path).X, X)


def test_a_comma_file_with_a_quoted_decimal_comma_names_that_value(tmp_path):
    path = write(tmp_path, b'x,y,label\n"1,5",2,a\n3,4,b\n5,6,a\n7,8,b\n')
    preview = preview_csv(path)
    assert (preview.delimiter, preview.decimal) == (",", ".")
    assert preview.numeric == (False, True, False) and preview.non_number("x") == (2, "1,5")
    assert preview.default_features == ("y",)


def test_mixed_decimal_marks_follow_the_majority_and_name_the_odd_value(tmp_path):
    path = write(tmp_path, b"a;b;label\n1,5;2,5;x\n3,5;4.5;y\n5,5;6,5;x\n7,5;8,5;y\n")
    preview = preview_csv(path)
    assert (preview.delimiter, preview.decimal) == (";", ",")
    assert preview.numeric == (True, False, False) and preview.non_number("b") == (3, "4.5")
    with pytest.raises(DatasetError, match=r"line 3 .*'b'.*'4.5' is not a number.*decimal point"):
        load_csv(path)


def test_the_preview_names_the_file_line_of_the_first_text_value(tmp_path):
    rows = [f"{i},{i * 2},{'a' if i % 2 else 'b'}" for i in range(30)]
    rows[15] = "abc,30,a"                             # file line 19: two blank lines, the header, row 16
    path = write(tmp_path, ("\n\nheight,weight,fruit\n" + "\n".join(rows) + "\n").encode())
    preview = preview_csv(path)
    assert preview.numeric == (False, True, False)
    assert preview.non_number("height") == (19, "abc") and preview.non_number("weight") is None
    assert preview.non_number("nope") is None
    with pytest.raises(DatasetError, match=r"line 19 \(row 16\), column 'height': 'abc'"):
        load_csv(path, feature_columns=["height", "weight"])


def test_an_empty_column_is_not_numeric_and_has_no_text_value(tmp_path):
    preview = preview_csv(write(tmp_path, b"x,empty,label\n1,,a\n2,,b\n3,,a\n4,,b\n"))
    assert preview.numeric == (True, False, False) and preview.non_number("empty") is None


NUMBER = st.one_of(st.integers(-999, 999).map(str),
                   st.tuples(st.integers(-99, 99), st.integers(0, 999)).map(lambda t: f"{t[0]}.{t[1]:03d}"))


@settings(max_examples=120, deadline=None)
@given(rows=st.lists(st.lists(NUMBER, min_size=2, max_size=4), min_size=4, max_size=15),
       convention=st.sampled_from([(",", "."), (";", ","), (";", "."), ("\t", "."), ("\t", ",")]))
def test_any_table_of_numbers_round_trips_in_its_convention(tmp_path_factory, rows, convention):
    delimiter, decimal = convention
    n = min(len(r) for r in rows)
    rows = [r[:n] for r in rows]
    header = [f"x{j}" for j in range(n)] + ["label"]
    lines = [delimiter.join(header)] + [delimiter.join([v.replace(".", decimal) for v in r] + ["ab"[i % 2]])
                                        for i, r in enumerate(rows)]
    path = tmp_path_factory.mktemp("t") / "t.csv"
    path.write_text("\n".join(lines) + "\n")
    preview = preview_csv(path)
    assert preview.delimiter == delimiter
    if any("." in v for r in rows for v in r):
        assert preview.decimal == decimal
    np.testing.assert_array_equal(load_csv(path).X, [[float(v) for v in r] for r in rows])
