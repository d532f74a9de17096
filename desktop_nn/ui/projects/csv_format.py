"""The CSV import dialog's format choices: delimiter, encoding, decimal mark, header ("auto": the
file's own, found by ``tabular.preview_csv``, which the preview's summary line names in words).

    chooser = CsvFormatChooser()
    chooser.changed.connect(dialog.refresh_preview)    # any of the four changed
    tabular.preview_csv(path, **chooser.options())     # the keywords of tabular.preview_csv / load_csv

Its texts are translated in the dialog's context ("CsvImportDialog"), where the translation files
keep them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

# (what the combo shows, the value tabular takes; None = find out from the file)
DELIMITER_CHOICES = (("auto", None), (", comma", ","), ("; semicolon", ";"), ("tab", "\t"),
                     ("| bar", "|"), ("space", " "))
ENCODING_CHOICES = (("auto (UTF-8 / UTF-16)", None), ("Big5 / cp950 (繁體中文 Windows)", "cp950"),
                    ("cp1252 (Western Windows)", "cp1252"), ("latin-1", "latin-1"), ("GB18030", "gb18030"),
                    ("Shift-JIS", "shift_jis"))
DECIMAL_CHOICES = (("auto", None), (". point", "."), (", comma", ","))
HEADER_CHOICES = (("auto", None), ("first line is a header", True), ("no header", False))

# a delimiter by its name, as the preview's summary line tells the one found: {",": "comma", …}
# (translated where it is shown: csv_preview.format_words)
DELIMITER_NAMES = {",": QT_TRANSLATE_NOOP("CsvImportDialog", "comma"),
                   ";": QT_TRANSLATE_NOOP("CsvImportDialog", "semicolon"),
                   "\t": QT_TRANSLATE_NOOP("CsvImportDialog", "tab"),
                   "|": QT_TRANSLATE_NOOP("CsvImportDialog", "bar"),
                   " ": QT_TRANSLATE_NOOP("CsvImportDialog", "space")}
# the decimal mark in words, as the summary line tells the one found
DECIMAL_NAMES = {".": QT_TRANSLATE_NOOP("CsvImportDialog", "decimal point"),
                 ",": QT_TRANSLATE_NOOP("CsvImportDialog", "decimal comma")}


def choice_combo(name: str, choices) -> QComboBox:
    """A combo box named ``name`` listing ``choices`` (text, value); currentData() is the value."""
    combo = QComboBox(objectName=name)
    for text, value in choices:
        combo.addItem(text, value)
    return combo


class CsvFormatChooser(QWidget):
    """The four format combos in a grid of two rows."""

    # any of the format choices changed
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.delimiterCombo = choice_combo("csvDelimiter", DELIMITER_CHOICES)
        self.encodingCombo = choice_combo("csvEncoding", ENCODING_CHOICES)
        self.decimalCombo = choice_combo("csvDecimal", DECIMAL_CHOICES)
        self.headerCombo = choice_combo("csvHeader", HEADER_CHOICES)
        for combo in (self.delimiterCombo, self.encodingCombo, self.decimalCombo, self.headerCombo):
            combo.currentIndexChanged.connect(self.changed)
        fmt = QGridLayout(self)
        fmt.setContentsMargins(0, 0, 0, 0)          # as the plain grid it replaces
        for i, (label, combo) in enumerate(((translate("CsvImportDialog", "delimiter"), self.delimiterCombo),
                                            (translate("CsvImportDialog", "encoding"), self.encodingCombo),
                                            (translate("CsvImportDialog", "decimal mark"), self.decimalCombo),
                                            (translate("CsvImportDialog", "header"), self.headerCombo))):
            fmt.addWidget(QLabel(label), i // 2, 2 * (i % 2))
            fmt.addWidget(combo, i // 2, 2 * (i % 2) + 1)

    def options(self) -> dict:
        """The choices as keywords of ``tabular.preview_csv`` and ``tabular.load_csv``."""
        return dict(delimiter=self.delimiterCombo.currentData(), encoding=self.encodingCombo.currentData(),
                    decimal=self.decimalCombo.currentData(), header=self.headerCombo.currentData())
