"""Issue 15 in the REAL main window, driven as a user would: File ▸ Import CSV…, type the path of a
semicolon-separated file with decimal commas, leave every format choice on "auto", see the right
columns and numbers and the format named in words, load, use the data, train on it. And a column
the dialog leaves out of the features is named with its reason before anything is ticked.

The only stand-in is the Dialogs object (file choosers and questions answered by the test).
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt

from desktop_nn.app import create_main_window
from desktop_nn.training.config import RunConfig
from desktop_nn.ui.projects.csv_import_dialog import CsvImportDialog
from tests.ui.fakes import FakeDialogs

TIMEOUT = 15_000
NETWORK = RunConfig(dataset="moons", model="network", hidden=(5, 3), learning_rate=0.3, max_epochs=0, seed=7,
                    n_samples=120, init="xavier")

# small cherries and large apples: heights with a decimal comma, weights whole numbers
HEIGHTS = [1.5 + 0.25 * (i % 4) if i % 2 else 6.5 + 0.25 * (i % 5) for i in range(40)]
WEIGHTS = [8 + i % 3 if i % 2 else 150 + 7 * (i % 6) for i in range(40)]
FRUITS = ["cherry" if i % 2 else "apple" for i in range(40)]
EUROPEAN = ("height;weight;fruit\n" + "".join(
    f"{h:.2f};{w};{f}\n".replace(".", ",") for h, w, f in zip(HEIGHTS, WEIGHTS, FRUITS))).encode()


@pytest.fixture
def window(qtbot, tmp_path):
    dialogs = FakeDialogs(save_answer="discard")
    w = create_main_window(NETWORK, dialogs=dialogs, autosave_dir=tmp_path / "autosave",
                           project_settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.controller.latest is not None, timeout=TIMEOUT)
    yield w
    w.close()
    assert w.controller.thread.isFinished()


def open_and_type(qtbot, w, path) -> CsvImportDialog:
    """File ▸ Import CSV…, then the path typed into the dialog's file field and Enter."""
    w.projects.importCsvAction.trigger()
    dialog = w.projects.importDialog
    assert isinstance(dialog, CsvImportDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.pathEdit, str(path))
    qtbot.keyClick(dialog.pathEdit, Qt.Key.Key_Return)
    return dialog


def test_a_semicolon_file_with_decimal_commas_is_previewed_loaded_and_trained(qtbot, window, tmp_path):
    w = window
    path = tmp_path / "fruit.csv"
    path.write_bytes(EUROPEAN)
    dialog = open_and_type(qtbot, w, path)
    assert dialog.delimiterCombo.currentText() == "auto" and dialog.decimalCombo.currentText() == "auto"
    assert not dialog.errorLabel.isVisible(), dialog.errorLabel.text()

    table = dialog.previewTable
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "height\nnumber", "weight\nnumber", "fruit\ntext"]
    assert [table.item(0, c).text() for c in range(3)] == ["6,50", "150", "apple"]
    assert [table.item(1, c).text() for c in range(3)] == ["1,75", "9", "cherry"]
    assert "40 rows · 3 columns" in dialog.previewInfo.text()
    assert "delimiter: semicolon; decimal comma" in dialog.previewInfo.text()
    assert dialog.selected_features() == ["height", "weight"] and dialog.labelCombo.currentText() == "fruit"
    assert dialog.leftOutLabel.text() == "" and not dialog.columnChooser.leftOutArea.isVisible()

    qtbot.mouseClick(dialog.loadButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=TIMEOUT)
    assert "Loaded 40 rows, 2 features, 2 classes" in dialog.summaryLabel.text(), dialog.errorLabel.text()
    np.testing.assert_array_equal(dialog.result_data.X, np.column_stack([HEIGHTS, WEIGHTS]))
    assert dialog.result_data.X[1, 0] == 1.75                       # "1,75" is 1.75

    qtbot.mouseClick(dialog.useButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.controller.latest.config.dataset == "imported", timeout=TIMEOUT)
    assert w.hyperparameters.datasetCombo.currentText() == "Imported: fruit.csv"
    imported = w.project_from_ui().imported
    assert imported.feature_names == ("height", "weight") and imported.class_names == ("apple", "cherry")
    np.testing.assert_array_equal(imported.X[:, 0], HEIGHTS)

    w.playAction.trigger()
    qtbot.waitUntil(lambda: w.controller.latest.epoch >= 20, timeout=TIMEOUT)
    w.playAction.trigger()
    qtbot.waitUntil(lambda: not w.controller.running and not w.controller.latest.running, timeout=TIMEOUT)
    snap = w.controller.latest
    assert snap.data.plottable and snap.data.axis_labels == ("height", "weight")
    assert snap.train_accuracy > 0.9
    assert w.decision_plot.last_image is not None


def test_a_text_cell_in_a_number_column_is_named_without_ticking_anything(qtbot, window, tmp_path):
    w = window
    lines = EUROPEAN.decode().splitlines()
    lines[16] = "abc;209;cherry"                        # file line 17
    path = tmp_path / "fruit.csv"
    path.write_text("\n".join(lines) + "\n")
    dialog = open_and_type(qtbot, w, path)
    area = dialog.columnChooser.leftOutArea
    assert dialog.selected_features() == ["weight"]     # left out, as before …
    assert area.isVisible()                             # … but now it says so, and why
    assert "'height' is not used: line 17 has 'abc', not a number" in dialog.leftOutLabel.text()
    assert not dialog.errorLabel.isVisible()            # a note, not a refusal: "weight" alone loads

    dialog.set_features(["height", "weight"])           # ticked all the same: it says it cannot be one
    assert "'height' cannot be a feature: line 17 has 'abc', not a number" in dialog.leftOutLabel.text()
    qtbot.mouseClick(dialog.loadButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=TIMEOUT)
    assert "line 17 (row 16), column 'height': 'abc' is not a number" in dialog.errorLabel.text()
    assert not dialog.useButton.isEnabled()
    dialog.reject()
    assert w.controller.latest.config.dataset == "moons"


def test_a_decimal_point_chosen_for_a_decimal_comma_file_says_what_to_choose(qtbot, window, tmp_path):
    path = tmp_path / "fruit.csv"
    path.write_bytes(EUROPEAN)
    dialog = open_and_type(qtbot, window, path)
    dialog.decimalCombo.setCurrentIndex(dialog.decimalCombo.findData("."))
    assert "delimiter: semicolon; decimal point" in dialog.previewInfo.text()
    assert dialog.selected_features() == ["weight"]
    assert ("'height' is not used: line 2 has '6,50', not a number (a decimal comma? Choose ',' as the "
            "decimal mark)") in dialog.leftOutLabel.text()
    dialog.decimalCombo.setCurrentIndex(dialog.decimalCombo.findData(None))      # back to auto
    assert dialog.selected_features() == ["height", "weight"] and dialog.leftOutLabel.text() == ""
    dialog.reject()


def test_the_dialog_fits_a_1024_by_768_screen(qtbot, window, tmp_path):
    lines = EUROPEAN.decode().splitlines()
    lines[16] = "abc;209;cherry"
    path = tmp_path / "fruit.csv"
    path.write_text("\n".join(lines) + "\n")
    dialog = open_and_type(qtbot, window, path)
    dialog.show_error("a long message " * 12)
    for size in (dialog.size(), dialog.minimumSizeHint()):
        assert size.width() <= 1000 and size.height() <= 700, size
    dialog.reject()
