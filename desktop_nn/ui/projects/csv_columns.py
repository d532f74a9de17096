"""The CSV import dialog's column choices: the feature columns (ticked), the label column,
standardising the features and dropping rows with missing values.

    columns = CsvColumnChooser()                 # a "Columns" group box
    columns.columnsChanged.connect(...)          # the features or the label changed
    columns.set_columns(preview)                 # a tabular.CsvPreview's columns and its defaults
    columns.selected_features(), columns.labelCombo.currentText()

``leftOutLabel`` ("csvLeftOut", in the scroll area ``leftOutArea``, which the dialog places beside
the group, next to the feature list) says which columns are left out of the features because the
preview found them unusable, and why — without the user ticking anything: "'height' is not used:
line 17 has 'abc', not a number", "'notes' is not used: it has no values"; a column ticked all the
same reads "… cannot be a feature: …" in the error colour (loading it would be refused).

Its texts are translated in the dialog's context ("CsvImportDialog"), where the translation files
keep them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QWidget,
)

from desktop_nn.engine.tabular import CsvPreview
from desktop_nn.engine.tabular_sniff import DECIMAL_COMMA_NUMBER, DECIMAL_POINT_NUMBER
from desktop_nn.ui.kit import palette

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

MAX_NOTES = 5             # columns named one by one; the rest are counted


class CsvColumnChooser(QGroupBox):
    """Features and label of the file previewed; the label column can never be a feature."""

    # the ticked features or the label changed (also when the columns are cleared or set)
    columnsChanged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("CsvImportDialog", "Columns"), parent)
        self.featureList = QListWidget(objectName="csvFeatures")
        self.featureList.itemChanged.connect(self._columns_changed)
        self.featureList.setMinimumHeight(4 * self.featureList.fontMetrics().lineSpacing() + 8)   # four columns
        self.labelCombo = QComboBox(objectName="csvLabel")
        self.labelCombo.currentIndexChanged.connect(self._label_changed)
        self.standardizeCheck = QCheckBox(translate("CsvImportDialog", "standardise the features  (x − μ) / σ"),
                                          objectName="csvStandardize")
        self.standardizeCheck.setChecked(True)
        self.standardizeCheck.setToolTip(translate(
            "CsvImportDialog", "Recommended: features on different scales slow gradient descent down"))
        self.dropMissingCheck = QCheckBox(translate("CsvImportDialog", "drop rows with missing values"),
                                          objectName="csvDropMissing")
        # numbers to fit (a regression: training/regression.py) instead of classes
        self.numericTargetCheck = QCheckBox(translate("CsvImportDialog", "the label is a number to fit (regression)"),
                                            objectName="csvNumericTarget")
        self.numericTargetCheck.toggled.connect(self._target_changed)
        # why columns are left out: the dialog places this area beside the group (it scrolls when long)
        self.leftOutLabel = QLabel(objectName="csvLeftOut")
        self.leftOutLabel.setWordWrap(True)
        self.leftOutLabel.setTextFormat(Qt.TextFormat.RichText)
        self.leftOutLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.leftOutLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.leftOutArea = QScrollArea(objectName="csvLeftOutArea")
        self.leftOutArea.setWidget(self.leftOutLabel)
        self.leftOutArea.setWidgetResizable(True)
        self.leftOutArea.setFrameShape(QFrame.Shape.NoFrame)
        self.leftOutArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.leftOutArea.setMinimumHeight(2 * self.leftOutLabel.fontMetrics().lineSpacing() + 4)
        self.leftOutArea.hide()
        self._preview: CsvPreview | None = None
        form = QFormLayout(self)
        form.addRow(translate("CsvImportDialog", "features (inputs)"), self.featureList)
        form.addRow(translate("CsvImportDialog", "label (class)"), self.labelCombo)
        form.addRow(self.numericTargetCheck)
        form.addRow(self.standardizeCheck)
        form.addRow(self.dropMissingCheck)
        self.featureHint = QLabel(objectName="csvFeatureHint")
        self.featureHint.setWordWrap(True)
        form.addRow(self.featureHint)

    def _target_changed(self, *_args) -> None:
        self.columnsChanged.emit()          # classes or numbers: a loaded result no longer holds

    def selected_features(self) -> list[str]:
        return [self.featureList.item(i).text() for i in range(self.featureList.count())
                if self.featureList.item(i).checkState() == Qt.CheckState.Checked]

    def set_features(self, names) -> None:
        names = set(names)
        was = self.featureList.blockSignals(True)
        for i in range(self.featureList.count()):
            item = self.featureList.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in names else Qt.CheckState.Unchecked)
        self.featureList.blockSignals(was)
        self._columns_changed()

    def set_label(self, name: str) -> None:
        self.labelCombo.setCurrentText(name)

    def clear(self) -> None:
        """No file: no columns to choose from."""
        self._preview = None
        self.featureList.clear()
        self.labelCombo.clear()
        self._show_notes()

    def set_columns(self, preview: CsvPreview) -> None:
        """The preview's columns, with its guess of the label and the features ticked."""
        self._preview = preview
        was = self.labelCombo.blockSignals(True)
        self.labelCombo.addItems(list(preview.columns))
        self.labelCombo.setCurrentText(preview.default_label)
        self.labelCombo.blockSignals(was)
        was = self.featureList.blockSignals(True)
        for name in preview.columns:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in preview.default_features else Qt.CheckState.Unchecked)
            self.featureList.addItem(item)
        self.featureList.blockSignals(was)
        self._label_changed()

    def _label_changed(self, *_args) -> None:
        label = self.labelCombo.currentText()
        was = self.featureList.blockSignals(True)
        for i in range(self.featureList.count()):
            item = self.featureList.item(i)
            is_label = item.text() == label
            flags = item.flags()
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled if is_label else flags | Qt.ItemFlag.ItemIsEnabled)
            if is_label:
                item.setCheckState(Qt.CheckState.Unchecked)
        self.featureList.blockSignals(was)
        self._columns_changed()

    def _columns_changed(self, *_args) -> None:
        n = len(self.selected_features())
        if n == 0:
            hint = translate("CsvImportDialog", "Tick at least one feature column.")
        elif n == 2:
            hint = translate("CsvImportDialog", "Two features: the decision regions are drawn over them.")
        elif n == 1:
            hint = translate("CsvImportDialog", "One feature: trains; the regions are drawn along one axis.")
        else:
            hint = translate("CsvImportDialog", "{} features: the cost, accuracy and confusion matrix are shown; "
                                                "decision regions need exactly two.").format(n)
        self.featureHint.setText(hint)
        self._show_notes()
        self.columnsChanged.emit()

    # --- why a column is left out ----------------------------------------------------------------

    def notes(self) -> list[tuple[str, bool]]:
        """(sentence, ticked) for each column of the preview that cannot be a feature, label aside."""
        preview = self._preview
        if preview is None:
            return []
        label, ticked = self.labelCombo.currentText(), set(self.selected_features())
        notes = []
        for column, is_number in zip(preview.columns, preview.numeric):
            if is_number or column == label:
                continue
            found = preview.non_number(column)
            if found is None:
                why = translate("CsvImportDialog", "it has no values")
            else:
                line, value = found
                shown = value if len(value) <= 30 else value[:29] + "…"
                why = translate("CsvImportDialog", "line {line} has '{value}', not a number").format(
                    line=line, value=shown)
                if preview.decimal == "." and DECIMAL_COMMA_NUMBER.fullmatch(value):
                    why += translate("CsvImportDialog", " (a decimal comma? Choose ',' as the decimal mark)")
                elif preview.decimal == "," and DECIMAL_POINT_NUMBER.fullmatch(value):
                    why += translate("CsvImportDialog", " (the other numbers have a decimal comma)")
            if column in ticked:
                sentence = translate("CsvImportDialog", "'{column}' cannot be a feature: {why}")
            else:
                sentence = translate("CsvImportDialog", "'{column}' is not used: {why}")
            notes.append((sentence.format(column=column, why=why), column in ticked))
        return notes

    def _show_notes(self) -> None:
        notes = self.notes()
        lines = [f'<span style="color: {palette.ERROR if ticked else palette.TEXT};">'
                 f'{"⚠" if ticked else "ⓘ"} {html.escape(sentence, quote=False)}</span>'
                 for sentence, ticked in notes[:MAX_NOTES]]
        if len(notes) > MAX_NOTES:
            more = translate("CsvImportDialog", "… and {} more columns that are not numbers").format(
                len(notes) - MAX_NOTES)
            lines.append(html.escape(more, quote=False))
        self.leftOutLabel.setText("<br>".join(lines))
        self.leftOutArea.setVisible(bool(lines))
