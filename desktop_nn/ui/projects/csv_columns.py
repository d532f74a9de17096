"""The CSV import dialog's column choices: the feature columns (ticked), the label column,
standardising the features and dropping rows with missing values.

    columns = CsvColumnChooser()                 # a "Columns" group box
    columns.columnsChanged.connect(...)          # the features or the label changed
    columns.set_columns(preview)                 # a tabular.CsvPreview's columns and its defaults
    columns.selected_features(), columns.labelCombo.currentText()

Its texts are translated in the dialog's context ("CsvImportDialog"), where the translation files
keep them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from desktop_nn.engine.tabular import CsvPreview

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


class CsvColumnChooser(QGroupBox):
    """Features and label of the file previewed; the label column can never be a feature."""

    # the ticked features or the label changed (also when the columns are cleared or set)
    columnsChanged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("CsvImportDialog", "Columns"), parent)
        self.featureList = QListWidget(objectName="csvFeatures")
        self.featureList.itemChanged.connect(self._columns_changed)
        self.labelCombo = QComboBox(objectName="csvLabel")
        self.labelCombo.currentIndexChanged.connect(self._label_changed)
        self.standardizeCheck = QCheckBox(translate("CsvImportDialog", "standardise the features  (x − μ) / σ"),
                                          objectName="csvStandardize")
        self.standardizeCheck.setChecked(True)
        self.standardizeCheck.setToolTip(translate(
            "CsvImportDialog", "Recommended: features on different scales slow gradient descent down"))
        self.dropMissingCheck = QCheckBox(translate("CsvImportDialog", "drop rows with missing values"),
                                          objectName="csvDropMissing")
        form = QFormLayout(self)
        form.addRow(translate("CsvImportDialog", "features (inputs)"), self.featureList)
        form.addRow(translate("CsvImportDialog", "label (class)"), self.labelCombo)
        form.addRow(self.standardizeCheck)
        form.addRow(self.dropMissingCheck)
        self.featureHint = QLabel(objectName="csvFeatureHint")
        self.featureHint.setWordWrap(True)
        form.addRow(self.featureHint)

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
        self.featureList.clear()
        self.labelCombo.clear()

    def set_columns(self, preview: CsvPreview) -> None:
        """The preview's columns, with its guess of the label and the features ticked."""
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
        self.columnsChanged.emit()
