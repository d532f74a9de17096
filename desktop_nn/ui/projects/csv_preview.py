"""The CSV import dialog's preview: the head of the file in a table, and one line about the file.

    table = CsvPreviewTable()                  # objectName "csvPreview"
    table.show_preview(preview)                # a tabular.CsvPreview: its columns (number / text) and rows
    info.setText(preview_summary(preview))     # "≈ 300,000 rows · 3 columns · … · delimiter: semicolon;
                                               #  decimal comma · encoding: UTF-8 · header"
    table.clear_preview()

Its texts are translated in the dialog's context ("CsvImportDialog"), where the translation files
keep them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from desktop_nn.engine.tabular import CsvPreview
from desktop_nn.ui.projects.csv_format import DECIMAL_NAMES, DELIMITER_NAMES

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

ENCODING_NAMES = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16"}     # the codecs' names for the ones found


class CsvPreviewTable(QTableWidget):
    """The preview's rows, read-only; each column's header names it and what it holds."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("csvPreview")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMinimumHeight(170)

    def clear_preview(self) -> None:
        self.clear()
        self.setRowCount(0)
        self.setColumnCount(0)

    def show_preview(self, preview: CsvPreview) -> None:
        self.setColumnCount(len(preview.columns))
        self.setRowCount(len(preview.rows))
        number, text = translate("CsvImportDialog", "number"), translate("CsvImportDialog", "text")
        self.setHorizontalHeaderLabels([f"{c}\n{number if n else text}"
                                        for c, n in zip(preview.columns, preview.numeric)])
        for r, row in enumerate(preview.rows):
            for c, value in enumerate(row):
                self.setItem(r, c, QTableWidgetItem(value))
        self.resizeColumnsToContents()
        self.horizontalHeader().setStretchLastSection(True)


def format_words(preview: CsvPreview) -> str:
    """The delimiter and decimal mark found, in words: "semicolon; decimal comma"."""
    delimiter = DELIMITER_NAMES.get(preview.delimiter)
    delimiter = translate("CsvImportDialog", delimiter) if delimiter else repr(preview.delimiter)
    decimal = DECIMAL_NAMES.get(preview.decimal)
    decimal = translate("CsvImportDialog", decimal) if decimal else repr(preview.decimal)
    return translate("CsvImportDialog", "{delimiter}; {decimal}").format(delimiter=delimiter, decimal=decimal)


def preview_summary(preview: CsvPreview) -> str:
    """Rows (≈ where only the head was read), columns, size, and the format found."""
    rows = f"{preview.estimated_rows:,}" if preview.complete else f"≈ {preview.estimated_rows:,}"
    header = translate("CsvImportDialog", "header") if preview.has_header else translate("CsvImportDialog", "no header")
    line = translate("CsvImportDialog", "{rows} rows · {cols} columns · {size} kB · "
                                        "delimiter: {d} · encoding: {e} · {h}")
    return line.format(
        rows=rows, cols=len(preview.columns), size=f"{preview.size_bytes / 1024:,.1f}",
        d=format_words(preview), e=ENCODING_NAMES.get(preview.encoding, preview.encoding), h=header)
