"""The CSV import dialog's parts on their own: the format choices, the preview table and its
summary line, the column choices (the label column is never a feature)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from desktop_nn.engine.tabular import CsvPreview
from desktop_nn.ui.projects.csv_columns import CsvColumnChooser
from desktop_nn.ui.projects.csv_format import DELIMITER_NAMES, CsvFormatChooser
from desktop_nn.ui.projects.csv_preview import CsvPreviewTable, format_words, preview_summary

PREVIEW = CsvPreview(source="d.csv", size_bytes=2048, encoding="utf-8-sig", delimiter=";", has_header=True,
                     columns=("x1", "x2", "kind"), numeric=(True, True, False),
                     rows=(("1", "2", "a"), ("3", "4", "b")), estimated_rows=1500, complete=False)


def test_format_choices_are_the_loader_keywords(qtbot):
    chooser = CsvFormatChooser()
    qtbot.addWidget(chooser)
    assert chooser.options() == dict(delimiter=None, encoding=None, decimal=None, header=None)   # all "auto"
    with qtbot.waitSignal(chooser.changed, timeout=1000):
        chooser.delimiterCombo.setCurrentIndex(chooser.delimiterCombo.findData("\t"))
    assert chooser.options()["delimiter"] == "\t"
    assert [chooser.decimalCombo.itemData(i) for i in range(chooser.decimalCombo.count())] == [None, ".", ","]
    assert chooser.decimalCombo.itemText(0) == "auto"
    with qtbot.waitSignal(chooser.changed, timeout=1000):
        chooser.decimalCombo.setCurrentIndex(chooser.decimalCombo.findData(","))
    assert chooser.options()["decimal"] == ","
    assert DELIMITER_NAMES == {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar", " ": "space"}


def test_preview_table_and_summary(qtbot):
    table = CsvPreviewTable()
    qtbot.addWidget(table)
    table.show_preview(PREVIEW)
    assert (table.rowCount(), table.columnCount()) == (2, 3) and table.item(1, 2).text() == "b"
    assert [table.horizontalHeaderItem(c).text() for c in range(3)] == ["x1\nnumber", "x2\nnumber", "kind\ntext"]
    assert preview_summary(PREVIEW) == ("≈ 1,500 rows · 3 columns · 2.0 kB · delimiter: semicolon; decimal point · "
                                        "encoding: UTF-8 · header")
    european = replace(PREVIEW, delimiter=";", decimal=",", complete=True, estimated_rows=12)
    assert format_words(european) == "semicolon; decimal comma"
    assert "12 rows · 3 columns · 2.0 kB · delimiter: semicolon; decimal comma · " in preview_summary(european)
    assert format_words(replace(PREVIEW, delimiter="\t")) == "tab; decimal point"
    table.clear_preview()
    assert (table.rowCount(), table.columnCount()) == (0, 0)


def test_columns_propose_the_preview_defaults_and_keep_the_label_out(qtbot):
    columns = CsvColumnChooser()
    qtbot.addWidget(columns)
    with qtbot.waitSignal(columns.columnsChanged, timeout=1000):
        columns.set_columns(PREVIEW)
    assert columns.labelCombo.currentText() == "kind" and columns.selected_features() == ["x1", "x2"]
    assert columns.featureHint.text().startswith("Two features")
    columns.set_label("x2")
    assert columns.selected_features() == ["x1"]
    assert not columns.featureList.item(1).flags() & Qt.ItemFlag.ItemIsEnabled
    columns.set_features(["x1", "kind"])
    assert columns.selected_features() == ["x1", "kind"]
    columns.clear()
    assert columns.featureList.count() == 0 and columns.labelCombo.count() == 0


TEXT_COLUMNS = CsvPreview(source="d.csv", size_bytes=900, encoding="utf-8-sig", delimiter=";", has_header=True,
                          columns=("height", "weight", "notes", "empty", "fruit"),
                          numeric=(False, True, False, False, False),
                          rows=(("1,5", "209", "x", "", "cherry"),), estimated_rows=30, complete=True, decimal=",",
                          non_numbers=((17, "abc"), None, (2, "x"), None, (2, "cherry")))


def test_the_columns_left_out_are_named_with_their_reason_without_ticking(qtbot):
    columns = CsvColumnChooser()
    qtbot.addWidget(columns)
    columns.show()
    assert columns.leftOutArea.isHidden()
    columns.set_columns(TEXT_COLUMNS)
    assert columns.selected_features() == ["weight"] and columns.labelCombo.currentText() == "fruit"
    assert [sentence for sentence, _ in columns.notes()] == [
        "'height' is not used: line 17 has 'abc', not a number",
        "'notes' is not used: line 2 has 'x', not a number",
        "'empty' is not used: it has no values",
    ]
    assert columns.leftOutArea.isVisible()
    assert "'height' is not used: line 17 has 'abc', not a number" in columns.leftOutLabel.text()
    columns.set_features(["weight", "height"])            # ticked all the same: loading it would be refused
    assert columns.notes()[0] == ("'height' cannot be a feature: line 17 has 'abc', not a number", True)
    columns.set_label("notes")                            # the label is not left out: it is the label
    assert [sentence.split(":")[0] for sentence, _ in columns.notes()] == [
        "'height' cannot be a feature", "'empty' is not used", "'fruit' is not used"]
    columns.clear()
    assert columns.notes() == [] and columns.leftOutArea.isHidden()


def test_a_decimal_mark_that_does_not_fit_is_named_in_the_reason(qtbot):
    columns = CsvColumnChooser()
    qtbot.addWidget(columns)
    point = replace(TEXT_COLUMNS, decimal=".", non_numbers=((2, "1,5"), None, (2, "x"), None, (2, "cherry")))
    columns.set_columns(point)
    assert columns.notes()[0][0] == ("'height' is not used: line 2 has '1,5', not a number "
                                     "(a decimal comma? Choose ',' as the decimal mark)")
    columns.clear()
    columns.set_columns(replace(TEXT_COLUMNS, non_numbers=((5, "2.5"), None, (2, "x"), None, (2, "cherry"))))
    assert columns.notes()[0][0] == ("'height' is not used: line 5 has '2.5', not a number "
                                     "(the other numbers have a decimal comma)")


def test_many_left_out_columns_are_counted_beyond_the_first_five(qtbot):
    names = tuple(f"t{k}" for k in range(9)) + ("label",)
    preview = CsvPreview(source="d.csv", size_bytes=900, encoding="utf-8-sig", delimiter=",", has_header=True,
                         columns=names, numeric=(False,) * 10, rows=(), estimated_rows=4, complete=True,
                         non_numbers=((2, "a"),) * 10)
    columns = CsvColumnChooser()
    qtbot.addWidget(columns)
    columns.set_columns(preview)
    assert len(columns.notes()) == 9
    assert columns.leftOutLabel.text().count("is not used") == 5
    assert "… and 4 more columns that are not numbers" in columns.leftOutLabel.text()
