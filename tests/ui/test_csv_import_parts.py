"""The CSV import dialog's parts on their own: the format choices, the preview table and its
summary line, the column choices (the label column is never a feature)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_nn.engine.tabular import CsvPreview
from desktop_nn.ui.projects.csv_columns import CsvColumnChooser
from desktop_nn.ui.projects.csv_format import DELIMITER_NAMES, CsvFormatChooser
from desktop_nn.ui.projects.csv_preview import CsvPreviewTable, preview_summary

PREVIEW = CsvPreview(source="d.csv", size_bytes=2048, encoding="utf-8-sig", delimiter=";", has_header=True,
                     columns=("x1", "x2", "kind"), numeric=(True, True, False),
                     rows=(("1", "2", "a"), ("3", "4", "b")), estimated_rows=1500, complete=False)


def test_format_choices_are_the_loader_keywords(qtbot):
    chooser = CsvFormatChooser()
    qtbot.addWidget(chooser)
    assert chooser.options() == dict(delimiter=None, encoding=None, decimal=".", header=None)
    with qtbot.waitSignal(chooser.changed, timeout=1000):
        chooser.delimiterCombo.setCurrentIndex(chooser.delimiterCombo.findData("\t"))
    assert chooser.options()["delimiter"] == "\t"
    assert DELIMITER_NAMES == {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar", " ": "space"}


def test_preview_table_and_summary(qtbot):
    table = CsvPreviewTable()
    qtbot.addWidget(table)
    table.show_preview(PREVIEW)
    assert (table.rowCount(), table.columnCount()) == (2, 3) and table.item(1, 2).text() == "b"
    assert [table.horizontalHeaderItem(c).text() for c in range(3)] == ["x1\nnumber", "x2\nnumber", "kind\ntext"]
    assert preview_summary(PREVIEW) == ("≈ 1,500 rows · 3 columns · 2.0 kB · delimiter: semicolon · "
                                        "encoding: UTF-8 · header")
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
