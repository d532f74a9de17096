"""The CSV import dialog: a good file is previewed, loaded off the GUI thread and handed over;
each bad file of the issue shows its own message inline and the current project is untouched."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop_nn.project import Project, default_settings, project_to_bytes
from desktop_nn.ui.projects.csv_import_dialog import CsvImportDialog, ImportResult

GOOD = b"sepal,petal,species\n5.1,1.4,setosa\n7.0,4.7,versicolor\n4.9,1.5,setosa\n6.4,4.5,versicolor\n6.3,6.0,virginica\n"
LOAD_TIMEOUT = 15_000


class Host:
    """Stands for the main window: it changes its project only when data is handed over."""

    def __init__(self):
        self.project = Project(settings=dict(default_settings(), dataset="xor", model="network"))
        self.received: list[ImportResult] = []

    def use_imported_data(self, result: ImportResult) -> None:
        self.received.append(result)
        self.project.imported = result.data
        self.project.settings["dataset"] = "imported"


@pytest.fixture
def host():
    return Host()


@pytest.fixture
def dialog(qtbot, host):
    d = CsvImportDialog(chooser=lambda: None)
    qtbot.addWidget(d)
    d.dataImported.connect(host.use_imported_data)
    d.open()                                     # non-blocking
    yield d
    d.reject()
    assert not d._jobs.running()


def write(tmp_path, content: bytes, name="data.csv"):
    path = tmp_path / name
    path.write_bytes(content)
    return str(path)


def load(qtbot, dialog):
    assert dialog.loadButton.isEnabled(), dialog.errorLabel.text()
    qtbot.mouseClick(dialog.loadButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=LOAD_TIMEOUT)


def test_good_file_previewed_loaded_and_handed_over(qtbot, dialog, host, tmp_path):
    dialog.set_path(write(tmp_path, GOOD))
    table = dialog.previewTable
    assert table.columnCount() == 3 and table.rowCount() == 5
    assert table.horizontalHeaderItem(0).text().startswith("sepal")
    assert table.item(4, 2).text() == "virginica"
    assert dialog.labelCombo.currentText() == "species"
    assert dialog.selected_features() == ["sepal", "petal"]
    assert "Limits: up to 1,000,000 rows, 100 MB" in dialog.limitsLabel.text()
    assert not dialog.useButton.isEnabled()

    load(qtbot, dialog)
    assert not dialog.errorLabel.isVisible()
    assert dialog.classList.count() == 3
    assert [dialog.classList.item(i).text().split()[1] for i in range(3)] == ["setosa", "versicolor", "virginica"]
    assert "Loaded 5 rows, 2 features, 3 classes" in dialog.summaryLabel.text()
    assert host.received == []                    # nothing handed over before "Use this data"

    dialog.standardizeCheck.setChecked(False)
    with qtbot.waitSignal(dialog.dataImported, timeout=1000) as signal:
        qtbot.mouseClick(dialog.useButton, Qt.MouseButton.LeftButton)
    result = signal.args[0]
    assert isinstance(result, ImportResult) and result.standardize is False
    np.testing.assert_array_equal(result.data.X, [[5.1, 1.4], [7.0, 4.7], [4.9, 1.5], [6.4, 4.5], [6.3, 6.0]])
    np.testing.assert_array_equal(result.data.y, [0, 1, 0, 1, 2])
    assert len(result.class_colors) == 3 and len(set(result.class_colors)) == 3
    assert host.project.settings["dataset"] == "imported"
    assert not dialog.isVisible()


def test_columns_can_be_rechosen(qtbot, dialog, tmp_path):
    dialog.set_path(write(tmp_path, GOOD))
    dialog.set_features(["petal"])
    dialog.set_label("species")
    assert "One feature" in dialog.featureHint.text()
    load(qtbot, dialog)
    assert dialog.result_data.feature_names == ("petal",)
    dialog.set_features([])
    assert not dialog.loadButton.isEnabled() and not dialog.useButton.isEnabled()


BAD = {
    # name: (file content, dialog settings before loading, fragments of the inline message)
    "wrong delimiter": (GOOD, {"delimiter": ";"}, ["single column", "commas"]),
    "wrong encoding": ("x1,x2,label\n1,2,café\n3,4,b\n5,6,a\n7,8,b\n".encode("cp1252"), {}, ["not UTF-8", "line 2", "cp1252"]),
    "missing value": (b"x1,x2,label\n1,2,a\n3,,b\n5,6,a\n7,8,b\n", {}, ["line 3", "'x2'", "missing"]),
    "text where a number is expected": (b"x1,x2,label\n1,2,a\n3,4,b\n5,6,a\n7,eight,b\n" + b"9,10,a\n" * 30,
                                        {"features": ["x1", "x2"]}, ["line 5", "'x2'", "'eight' is not a number"]),
    "one class only": (b"x1,x2,label\n1,2,a\n3,4,a\n5,6,a\n7,8,a\n", {}, ["only one class", "at least two"]),
    "ten million rows": (b"x1,x2,label\n" + b"1,2,0\n1,3,1\n" * 5_000_000, {}, ["more than 1,000,000 rows", "sample"]),
    "binary file renamed .csv": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, {}, ["not a CSV text file", "PNG image"]),
    "Excel workbook renamed .csv": (b"PK\x03\x04\x14\x00\x06\x00" + bytes(300), {}, ["Excel .xlsx"]),
    "empty file": (b"", {}, ["empty"]),
}


@pytest.mark.parametrize("case", list(BAD))
def test_each_bad_file_shows_its_message_and_leaves_the_project_untouched(qtbot, dialog, host, tmp_path, case):
    content, settings, fragments = BAD[case]
    before = project_to_bytes(host.project)
    dialog.set_path(write(tmp_path, content))
    if "delimiter" in settings:
        dialog.delimiterCombo.setCurrentIndex(dialog.delimiterCombo.findData(settings["delimiter"]))
    if "features" in settings:
        dialog.set_features(settings["features"])
    if dialog.loadButton.isEnabled():             # the head looked fine: the problem is further in
        load(qtbot, dialog)
    message = dialog.errorLabel.text()
    assert dialog.errorLabel.isVisible()
    for fragment in fragments:
        assert fragment in message, (case, message)
    assert not dialog.useButton.isEnabled()
    assert dialog.result_data is None
    qtbot.mouseClick(dialog.useButton, Qt.MouseButton.LeftButton)   # disabled: does nothing
    assert host.received == []
    assert project_to_bytes(host.project) == before


def test_a_good_file_after_a_bad_one_clears_the_message(qtbot, dialog, tmp_path):
    dialog.set_path(write(tmp_path, b"", "empty.csv"))
    assert "empty" in dialog.errorLabel.text()
    dialog.set_path(write(tmp_path, GOOD))
    assert dialog.errorLabel.isHidden()
    load(qtbot, dialog)
    assert dialog.useButton.isEnabled()


def test_large_file_loads_with_progress_and_can_be_stopped(qtbot, dialog, host, tmp_path):
    path = write(tmp_path, b"a,b,c\n" + b"0.125,1.5,x\n2.25,3.0,y\n" * 150_000)
    dialog.set_path(path)
    assert dialog.previewInfo.text().startswith("≈")         # the preview read only the head
    progress = []
    dialog.progressBar.valueChanged.connect(progress.append)
    dialog.start_load()
    assert dialog.progressBar.isVisible() and not dialog.loadButton.isEnabled()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=LOAD_TIMEOUT)
    assert dialog.result_data.m == 300_000
    assert progress and progress[-1] == 1000 and progress == sorted(progress)
    assert not dialog.progressBar.isVisible()

    dialog.start_load()
    qtbot.mouseClick(dialog.cancelLoadButton, Qt.MouseButton.LeftButton)   # before the first block is read
    qtbot.waitUntil(lambda: not dialog.loading, timeout=LOAD_TIMEOUT)
    assert dialog.result_data is None
    assert "nothing was imported" in dialog.summaryLabel.text()
    assert host.received == []
