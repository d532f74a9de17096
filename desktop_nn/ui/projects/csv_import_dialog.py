"""The CSV import dialog: preview a file, choose its columns, load it off the GUI thread.

Outputs (signals)
    dataImported(ImportResult)   the user pressed "Use this data" after a successful load;
                                 nothing else is ever emitted, so a bad file leaves the current
                                 project untouched.
Settings the user chooses
    file, delimiter (auto , ; tab | space), encoding (auto = UTF-8 / UTF-16 with BOM, cp950 Big5,
    cp1252 …), decimal mark (auto . ,), header (auto/yes/no), feature columns (ticked), label
    column, standardisation, dropping rows with missing values.
User messages
    every DatasetError of ``desktop_nn.engine.tabular`` appears inline (``importError``), in a
    sentence naming the line/column and what to do; the size limits are stated (``importLimits``);
    the delimiter and decimal mark found are named in words (``csvPreviewInfo``: "delimiter:
    semicolon; decimal comma"); each column left out of the features, and why, beside the column
    list (``csvLeftOut``: "'height' is not used: line 17 has 'abc', not a number").

Flow: choosing a file shows a preview of its head (bounded: 256 kB, read in the GUI thread in
milliseconds). "Load" reads the whole file as a background job, with a progress bar and Cancel; the
classes found are then listed with their colours, and "Use this data" emits ``dataImported``.

Plugging it in (the main window)::

    dialog = CsvImportDialog(parent=window)
    dialog.dataImported.connect(window.use_imported_data)   # ImportResult
    dialog.open()                                           # non-blocking

Tests pass ``path=`` (or call :meth:`set_path`) and ``chooser=`` so no native dialog opens.

Beside this module: ``csv_format`` (the format choices), ``csv_preview`` (the preview table and
its summary line), ``csv_columns`` (features, label, standardising, missing values).
A little over 400 lines: closing mid-load holds the loader until its thread ends (the end of this
file), which belongs with the dialog's own shutdown.
"""

from __future__ import annotations

import atexit
import time
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_nn.engine import tabular
from desktop_nn.engine.errors import DatasetError
from desktop_nn.engine.tabular import CsvPreview, LoadCancelled, TabularData
from desktop_nn.ui.kit import palette
from desktop_nn.ui.kit.jobs import JobCancelled, JobRunner
from desktop_nn.ui.projects.csv_columns import CsvColumnChooser
from desktop_nn.ui.projects.csv_format import CsvFormatChooser
from desktop_nn.ui.projects.csv_preview import CsvPreviewTable, preview_summary


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
        self.formatChooser = fmt = CsvFormatChooser()
        fmt.changed.connect(self.refresh_preview)
        # the choosers' widgets under their former names, for tests and callers
        self.delimiterCombo, self.encodingCombo = fmt.delimiterCombo, fmt.encodingCombo
        self.decimalCombo, self.headerCombo = fmt.decimalCombo, fmt.headerCombo
        file_row = QHBoxLayout()
        file_row.addWidget(self.pathEdit, 1)
        file_row.addWidget(self.browseButton)

        # --- preview ---
        self.previewTable = CsvPreviewTable()
        self.previewInfo = QLabel(objectName="csvPreviewInfo")

        # --- columns ---
        self.columnChooser = columns = CsvColumnChooser()
        columns.columnsChanged.connect(self._invalidate_result)
        self.featureList, self.labelCombo = columns.featureList, columns.labelCombo
        self.featureHint, self.leftOutLabel = columns.featureHint, columns.leftOutLabel
        self.standardizeCheck, self.dropMissingCheck = columns.standardizeCheck, columns.dropMissingCheck

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
        layout.addWidget(fmt)
        layout.addWidget(self.previewTable, 2)
        layout.addWidget(self.previewInfo)
        middle = QHBoxLayout()
        middle.addWidget(columns, 3)
        classes_box = QVBoxLayout()
        classes_box.addWidget(columns.leftOutArea, 1)       # why columns are left out, beside their list
        classes_box.addWidget(self.summaryLabel)
        classes_box.addWidget(self.classList)
        classes_box.addStretch(1)
        middle.addLayout(classes_box, 2)
        layout.addLayout(middle, 1)
        layout.addWidget(self.limitsLabel)
        layout.addWidget(self.errorLabel)
        layout.addLayout(buttons)
        self.resize(960, 680)             # fits a 1024 × 768 screen

        # loading runs as a job of its own runner, stopped when the dialog closes
        self._jobs = JobRunner(self, "csvLoader")
        self.finished.connect(self._stop_thread)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._quit)

        self._update_buttons()
        if path:
            self.set_path(path)

    # --- helpers ---------------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        self.errorLabel.setText("⚠ " + message)
        self.errorLabel.setVisible(bool(message))

    def clear_error(self) -> None:
        self.errorLabel.clear()
        self.errorLabel.hide()

    def selected_features(self) -> list[str]:
        return self.columnChooser.selected_features()

    def set_features(self, names) -> None:
        self.columnChooser.set_features(names)

    def set_label(self, name: str) -> None:
        self.columnChooser.set_label(name)

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
        self.previewTable.clear_preview()
        self.previewInfo.clear()
        self.columnChooser.clear()
        if not path:
            self.clear_error()
            self._update_buttons()
            return
        try:
            preview = tabular.preview_csv(path, **self.formatChooser.options())
        except DatasetError as exc:
            self.show_error(str(exc))
            self._update_buttons()
            return
        self.clear_error()
        self._preview = preview
        self.previewTable.show_preview(preview)
        self.previewInfo.setText(preview_summary(preview))
        self.columnChooser.set_columns(preview)

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
        # "auto" loads with what the preview found and showed
        kwargs = dict(self.formatChooser.options(), delimiter=self._preview.delimiter, decimal=self._preview.decimal,
                      feature_columns=self.selected_features(),
                      label_column=self.labelCombo.currentText(), drop_missing=self.dropMissingCheck.isChecked(),
                      numeric_target=self.columnChooser.numericTargetCheck.isChecked())

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
        """The load is over (done, failed or stopped)."""
        self._load_job = None
        self._loading = False
        self.progressBar.hide()
        self.cancelLoadButton.hide()

    def _on_loaded(self, data: TabularData) -> None:
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
        if data.is_regression:
            self.classList.hide()
            self.summaryLabel.setText(self.tr(
                "Loaded {m} rows, {n} features and numbers to fit ({lo} to {hi}){dropped}.").format(
                m=f"{data.m:,}", n=data.n_features, lo=f"{data.y.min():g}", hi=f"{data.y.max():g}", dropped=dropped))
            self._update_buttons()
            return
        self.summaryLabel.setText(self.tr("Loaded {m} rows, {n} features, {k} classes{dropped}.").format(
            m=f"{data.m:,}", n=data.n_features, k=data.n_classes, dropped=dropped))
        self._update_buttons()

    def _on_failed(self, message: str) -> None:
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
        """Cancel the load. A step that cannot be interrupted (pandas parsing a large file, a slow
        disk) goes on apart from the dialog, which closes at once: a QThread destroyed while it
        runs aborts the app, so its loader is held until the thread ends (waited for at exit)."""
        if self._jobs.shutdown(STOP_WAIT_MS) or self._jobs in _unfinished:
            return
        self._jobs.setParent(None)
        _unfinished.add(self._jobs)
        if not _sweeper:
            _sweeper.append(QTimer(interval=200, timeout=_sweep))
            QCoreApplication.instance().aboutToQuit.connect(_wait_for_unfinished)
            atexit.register(_wait_for_unfinished)        # also when leaving without quit()
        _sweeper[0].start()

    @Slot()
    def _quit(self) -> None:
        self._stop_thread()
        _wait_for_unfinished()

    def closeEvent(self, event) -> None:
        self._stop_thread()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        super().done(result)
        self._stop_thread()


STOP_WAIT_MS = 300        # closing waits this long for a cancelled load to end
_unfinished: set[JobRunner] = set()     # loaders whose dialog closed while a step still ran
_sweeper: list[QTimer] = []             # drops them once their thread has ended


def _sweep() -> None:
    _unfinished.difference_update([r for r in _unfinished if not r.running()])
    if not _unfinished:
        _sweeper[0].stop()


def _wait_for_unfinished(timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while any(r.running() for r in _unfinished) and time.monotonic() < deadline:
        time.sleep(0.02)
    if _sweeper:
        _sweep()


__all__ = ["CsvImportDialog", "ImportResult", "class_colors"]
