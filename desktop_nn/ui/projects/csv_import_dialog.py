"""The CSV import dialog: preview a file, choose its columns, load it off the GUI thread.

Outputs (signals)
    dataImported(ImportResult)   the user pressed "Use this data" after a successful load;
                                 nothing else is ever emitted, so a bad file leaves the current
                                 project untouched.
Settings the user chooses
    file, delimiter (auto , ; tab | space), encoding (auto = UTF-8 / UTF-16 with BOM, cp950 Big5,
    cp1252 …), decimal mark, header (auto/yes/no), feature columns (ticked), label column,
    standardisation, dropping rows with missing values.
User messages
    every DatasetError of ``desktop_nn.engine.tabular`` appears inline (``importError``), in a
    sentence naming the line/column and what to do; the size limits are stated (``importLimits``).

Flow: choosing a file shows a preview of its head (bounded: 256 kB, read in the GUI thread in
milliseconds). "Load" reads the whole file as a background job, with a progress bar and Cancel; the
classes found are then listed with their colours, and "Use this data" emits ``dataImported``.

Plugging it in (the main window)::

    dialog = CsvImportDialog(parent=window)
    dialog.dataImported.connect(window.use_imported_data)   # ImportResult
    dialog.open()                                           # non-blocking

Tests pass ``path=`` (or call :meth:`set_path`) and ``chooser=`` so no native dialog opens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_nn.engine import tabular
from desktop_nn.engine.errors import DatasetError
from desktop_nn.engine.tabular import CsvPreview, LoadCancelled, TabularData
from desktop_nn.ui.kit import palette
from desktop_nn.ui.kit.jobs import JobCancelled, JobRunner

DELIMITER_CHOICES = (("auto", None), (", comma", ","), ("; semicolon", ";"), ("tab", "\t"),
                     ("| bar", "|"), ("space", " "))
ENCODING_CHOICES = (("auto (UTF-8 / UTF-16)", None), ("Big5 / cp950 (繁體中文 Windows)", "cp950"),
                    ("cp1252 (Western Windows)", "cp1252"), ("latin-1", "latin-1"), ("GB18030", "gb18030"),
                    ("Shift-JIS", "shift_jis"))
DECIMAL_CHOICES = ((". point", "."), (", comma", ","))
HEADER_CHOICES = (("auto", None), ("first line is a header", True), ("no header", False))


@dataclass(frozen=True, eq=False)
class ImportResult:
    """What the dialog hands over: the data (rows are examples), the user's choices."""

    data: TabularData
    standardize: bool
    class_colors: tuple[str, ...]          # class k is drawn in class_colors[k]
    path: str


def class_colors(n_classes: int) -> tuple[str, ...]:
    """The palette's class colours, cycled if there are more classes than colours."""
    base = palette.CLASS_COLORS
    return tuple(base[k % len(base)] for k in range(n_classes))


class CsvImportDialog(QDialog):
    """Preview → choose columns → load in a thread → "Use this data"."""

    # payload: ImportResult
    dataImported = Signal(object)

    def __init__(self, parent: QWidget | None = None, path: str | None = None,
                 chooser: Callable[[], str | None] | None = None):
        super().__init__(parent)
        self.setObjectName("csvImportDialog")
        self.setWindowTitle(self.tr("Import a CSV file"))
        self._chooser = chooser
        self._preview: CsvPreview | None = None
        self._result: TabularData | None = None
        self._load_job = None             # the JobState of the load in progress
        self._loading = False
        self._previewed_path = ""

        # --- file and format ---
        self.pathEdit = QLineEdit(objectName="csvPath")
        self.pathEdit.setPlaceholderText(self.tr("a .csv or .txt file"))
        self.pathEdit.editingFinished.connect(self._path_typed)
        self.browseButton = QPushButton(self.tr("Choose…"), objectName="csvBrowse")
        self.browseButton.clicked.connect(self.choose_file)
        self.delimiterCombo = self._combo("csvDelimiter", DELIMITER_CHOICES)
        self.encodingCombo = self._combo("csvEncoding", ENCODING_CHOICES)
        self.decimalCombo = self._combo("csvDecimal", DECIMAL_CHOICES)
        self.headerCombo = self._combo("csvHeader", HEADER_CHOICES)
        for combo in (self.delimiterCombo, self.encodingCombo, self.decimalCombo, self.headerCombo):
            combo.currentIndexChanged.connect(self.refresh_preview)
        file_row = QHBoxLayout()
        file_row.addWidget(self.pathEdit, 1)
        file_row.addWidget(self.browseButton)
        fmt = QGridLayout()
        for i, (label, combo) in enumerate(((self.tr("delimiter"), self.delimiterCombo),
                                            (self.tr("encoding"), self.encodingCombo),
                                            (self.tr("decimal mark"), self.decimalCombo),
                                            (self.tr("header"), self.headerCombo))):
            fmt.addWidget(QLabel(label), i // 2, 2 * (i % 2))
            fmt.addWidget(combo, i // 2, 2 * (i % 2) + 1)

        # --- preview ---
        self.previewTable = QTableWidget(objectName="csvPreview")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setMinimumHeight(180)
        self.previewInfo = QLabel(objectName="csvPreviewInfo")

        # --- columns ---
        self.featureList = QListWidget(objectName="csvFeatures")
        self.featureList.itemChanged.connect(self._columns_changed)
        self.labelCombo = QComboBox(objectName="csvLabel")
        self.labelCombo.currentIndexChanged.connect(self._label_changed)
        self.standardizeCheck = QCheckBox(self.tr("standardise the features  (x − μ) / σ"), objectName="csvStandardize")
        self.standardizeCheck.setChecked(True)
        self.standardizeCheck.setToolTip(self.tr("Recommended: features on different scales slow gradient descent down"))
        self.dropMissingCheck = QCheckBox(self.tr("drop rows with missing values"), objectName="csvDropMissing")
        columns = QGroupBox(self.tr("Columns"))
        form = QFormLayout(columns)
        form.addRow(self.tr("features (inputs)"), self.featureList)
        form.addRow(self.tr("label (class)"), self.labelCombo)
        form.addRow(self.standardizeCheck)
        form.addRow(self.dropMissingCheck)
        self.featureHint = QLabel(objectName="csvFeatureHint")
        self.featureHint.setWordWrap(True)
        form.addRow(self.featureHint)

        # --- result, messages, buttons ---
        self.classList = QListWidget(objectName="csvClasses")
        self.classList.setMaximumHeight(120)
        self.classList.hide()
        self.limitsLabel = QLabel(self.tr(
            "Limits: up to {rows} rows, {mb} MB, {cols} columns and {classes} classes; "
            "features must be numbers, the label may be text.").format(
            rows=f"{tabular.MAX_ROWS:,}", mb=tabular.MAX_BYTES // 2**20, cols=f"{tabular.MAX_COLUMNS:,}",
            classes=tabular.MAX_CLASSES), objectName="importLimits")
        self.limitsLabel.setWordWrap(True)
        self.limitsLabel.setStyleSheet(f"color: {palette.MUTED_TEXT};")
        self.errorLabel = QLabel(objectName="importError")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errorLabel.setStyleSheet(f"color: {palette.ERROR}; font-weight: bold;")
        self.errorLabel.hide()
        self.summaryLabel = QLabel(objectName="importSummary")
        self.summaryLabel.setWordWrap(True)
        self.progressBar = QProgressBar(objectName="importProgress")
        self.progressBar.setRange(0, 1000)
        self.progressBar.hide()
        self.loadButton = QPushButton(self.tr("Load"), objectName="csvLoad")
        self.loadButton.clicked.connect(self.start_load)
        self.cancelLoadButton = QPushButton(self.tr("Stop loading"), objectName="csvCancelLoad")
        self.cancelLoadButton.clicked.connect(self.cancel_load)
        self.cancelLoadButton.hide()
        self.useButton = QPushButton(self.tr("Use this data"), objectName="csvUse")
        self.useButton.setEnabled(False)
        self.useButton.setDefault(True)
        self.useButton.clicked.connect(self.use_data)
        self.closeButton = QPushButton(self.tr("Cancel"), objectName="csvClose")
        self.closeButton.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progressBar, 1)
        buttons.addWidget(self.loadButton)
        buttons.addWidget(self.cancelLoadButton)
        buttons.addStretch(0)
        buttons.addWidget(self.useButton)
        buttons.addWidget(self.closeButton)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(fmt)
        layout.addWidget(self.previewTable, 2)
        layout.addWidget(self.previewInfo)
        middle = QHBoxLayout()
        middle.addWidget(columns, 2)
        classes_box = QVBoxLayout()
        classes_box.addWidget(self.summaryLabel)
        classes_box.addWidget(self.classList)
        classes_box.addStretch(1)
        middle.addLayout(classes_box, 1)
        layout.addLayout(middle, 1)
        layout.addWidget(self.limitsLabel)
        layout.addWidget(self.errorLabel)
        layout.addLayout(buttons)
        self.resize(860, 680)

        # loading runs as a job of its own runner, stopped when the dialog closes
        self._jobs = JobRunner(self, "csvLoader")
        self.finished.connect(self._stop_thread)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop_thread)

        self._update_buttons()
        if path:
            self.set_path(path)

    # --- helpers ---------------------------------------------------------------------------------

    @staticmethod
    def _combo(name: str, choices) -> QComboBox:
        combo = QComboBox(objectName=name)
        for text, value in choices:
            combo.addItem(text, value)
        return combo

    def _options(self) -> dict:
        return dict(delimiter=self.delimiterCombo.currentData(), encoding=self.encodingCombo.currentData(),
                    decimal=self.decimalCombo.currentData(), header=self.headerCombo.currentData())

    def show_error(self, message: str) -> None:
        self.errorLabel.setText("⚠ " + message)
        self.errorLabel.setVisible(bool(message))

    def clear_error(self) -> None:
        self.errorLabel.clear()
        self.errorLabel.hide()

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

    # --- file and preview ------------------------------------------------------------------------

    def choose_file(self) -> None:
        if self._chooser is not None:
            path = self._chooser()
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a CSV file"), "",
                                                  self.tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"))
        if path:
            self.set_path(path)

    def _path_typed(self) -> None:
        # editingFinished also fires when the focus merely leaves the field: re-read only on a change
        if self.pathEdit.text().strip() != self._previewed_path:
            self.refresh_preview()

    def set_path(self, path: str) -> None:
        path = str(path)
        if self.pathEdit.text() != path:
            self.pathEdit.setText(path)
        self.refresh_preview()

    @Slot()
    def refresh_preview(self, *_args) -> None:
        """Read the head of the file with the current format options and show it."""
        self._invalidate_result()
        path = self.pathEdit.text().strip()
        self._previewed_path = path
        self._preview = None
        self.previewTable.clear()
        self.previewTable.setRowCount(0)
        self.previewTable.setColumnCount(0)
        self.previewInfo.clear()
        self.featureList.clear()
        self.labelCombo.clear()
        if not path:
            self.clear_error()
            self._update_buttons()
            return
        try:
            preview = tabular.preview_csv(path, **self._options())
        except DatasetError as exc:
            self.show_error(str(exc))
            self._update_buttons()
            return
        self.clear_error()
        self._preview = preview
        table = self.previewTable
        table.setColumnCount(len(preview.columns))
        table.setRowCount(len(preview.rows))
        table.setHorizontalHeaderLabels([
            f"{c}\n{self.tr('number') if n else self.tr('text')}" for c, n in zip(preview.columns, preview.numeric)])
        for r, row in enumerate(preview.rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        delimiter = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar", " ": "space"}.get(preview.delimiter, preview.delimiter)
        rows = f"{preview.estimated_rows:,}" if preview.complete else f"≈ {preview.estimated_rows:,}"
        self.previewInfo.setText(self.tr("{rows} rows · {cols} columns · {size} kB · delimiter: {d} · encoding: {e} · {h}").format(
            rows=rows, cols=len(preview.columns), size=f"{preview.size_bytes / 1024:,.1f}", d=delimiter,
            e={"utf-8-sig": "UTF-8", "utf-16": "UTF-16"}.get(preview.encoding, preview.encoding), h=self.tr("header") if preview.has_header else self.tr("no header")))
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
        self._invalidate_result()
        n = len(self.selected_features())
        if n == 0:
            hint = self.tr("Tick at least one feature column.")
        elif n == 2:
            hint = self.tr("Two features: the decision regions are drawn over them.")
        elif n == 1:
            hint = self.tr("One feature: trains; the regions are drawn along one axis.")
        else:
            hint = self.tr("{} features: the cost, accuracy and confusion matrix are shown; "
                           "decision regions need exactly two.").format(n)
        self.featureHint.setText(hint)
        self._update_buttons()

    # --- loading ---------------------------------------------------------------------------------

    def _invalidate_result(self) -> None:
        self._result = None
        self.classList.clear()
        self.classList.hide()
        self.summaryLabel.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._preview is not None and bool(self.selected_features()) and not self._loading
        self.loadButton.setEnabled(ready)
        self.useButton.setEnabled(self._result is not None and not self._loading)

    @Slot()
    def start_load(self) -> None:
        """Load the whole file in the loader thread."""
        if self._preview is None or self._loading:
            return
        self.clear_error()
        self._invalidate_result()
        self._loading = True
        self.progressBar.setValue(0)
        self.progressBar.show()
        self.cancelLoadButton.show()
        self._update_buttons()
        path = self.pathEdit.text().strip()
        kwargs = dict(self._options(), feature_columns=self.selected_features(),
                      label_column=self.labelCombo.currentText(), drop_missing=self.dropMissingCheck.isChecked())

        unexpected = self.tr("Unexpected error while reading the file: {}")

        def load(state):
            try:
                return tabular.load_csv(path, progress=lambda f: state.progress(f), cancelled=lambda: state.cancelled,
                                        **kwargs)
            except LoadCancelled:
                raise JobCancelled() from None
            except DatasetError:
                raise
            except Exception as exc:  # noqa: BLE001 - a loader bug must not leave the dialog waiting
                raise DatasetError(unexpected.format(f"{type(exc).__name__}: {exc}")) from exc

        self._load_job = self._jobs.submit(load, on_result=self._on_loaded, on_progress=self._on_progress,
                                           on_error=self._on_failed)

    @Slot()
    def cancel_load(self) -> None:
        """Stop the load in progress; the loader drops its work at its next check."""
        if self._load_job is None:
            return
        self._jobs.cancel(self._load_job)
        self._load_job = None
        self._finish_loading()
        self.summaryLabel.setText(self.tr("Loading stopped; nothing was imported."))
        self._update_buttons()

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def result_data(self) -> TabularData | None:
        return self._result

    def _on_progress(self, fraction: float) -> None:
        self.progressBar.setValue(int(fraction * 1000))

    def _finish_loading(self) -> None:
        self._loading = False
        self.progressBar.hide()
        self.cancelLoadButton.hide()

    def _on_loaded(self, data: TabularData) -> None:
        self._load_job = None
        self.progressBar.setValue(1000)           # (the last progress report may be throttled away)
        self._finish_loading()
        self._result = data
        self.classList.clear()
        for name, color in zip(data.class_names, class_colors(data.n_classes)):
            counts = int((data.y == data.class_names.index(name)).sum())
            item = QListWidgetItem(f"■  {name}   ({counts:,})")
            item.setForeground(QColor(color))
            self.classList.addItem(item)
        self.classList.show()
        dropped = self.tr(", {} rows dropped for missing values").format(data.n_dropped) if data.n_dropped else ""
        self.summaryLabel.setText(self.tr("Loaded {m} rows, {n} features, {k} classes{dropped}.").format(
            m=f"{data.m:,}", n=data.n_features, k=data.n_classes, dropped=dropped))
        self._update_buttons()

    def _on_failed(self, message: str) -> None:
        self._load_job = None
        self._finish_loading()
        self.show_error(message)
        self._update_buttons()

    @Slot()
    def use_data(self) -> None:
        if self._result is None:
            return
        self.dataImported.emit(ImportResult(
            data=self._result, standardize=self.standardizeCheck.isChecked(),
            class_colors=class_colors(self._result.n_classes), path=self.pathEdit.text().strip()))
        self.accept()

    # --- closing ---------------------------------------------------------------------------------

    @Slot()
    def _stop_thread(self, *_args) -> None:
        self._jobs.shutdown(10_000)

    def closeEvent(self, event) -> None:
        self._stop_thread()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        super().done(result)
        self._stop_thread()


__all__ = ["CsvImportDialog", "ImportResult", "class_colors"]
