"""Projects, own data and recovery in the REAL main window (issue 8's "Done when", pytest-qt).

Every test drives the real MainWindow with its worker thread; the only stand-in is the Dialogs
object (file choosers and questions answered by the test, never a modal).
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt

from desktop_nn.app import create_main_window
from desktop_nn.engine import export
from desktop_nn.project import Project, load_project, project_to_bytes, save_project
from desktop_nn.training.config import RunConfig
from tests.ui.fakes import FakeDialogs

TIMEOUT = 15_000
GOOD = b"sepal,petal,species\n" + b"".join(
    f"{5 + 0.1 * (i % 7):.1f},{1.4 + 0.05 * (i % 5) + (3 if i % 2 else 0):.2f},{'versicolor' if i % 2 else 'setosa'}\n".encode()
    for i in range(40))
WIDE = b"a,b,c,d,label\n" + b"".join(
    f"{i % 5},{(i * 7) % 11},{(i * 3) % 4},{i % 2 + 0.5 * (i % 3)},{'yes' if i % 2 else 'no'}\n".encode()
    for i in range(60))




@pytest.fixture
def make(qtbot, tmp_path):
    """make(dialogs=None) → the real window, shown, after its first snapshot; closed afterwards."""
    made = []

    def factory(dialogs=None, config=None):
        dialogs = dialogs or FakeDialogs(save_answer="discard")
        w = create_main_window(config, dialogs=dialogs, autosave_dir=tmp_path / "autosave",
                               project_settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        w.dialogs = dialogs
        w.show()
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: w.controller.latest is not None, timeout=TIMEOUT)
        made.append(w)
        return w

    yield factory
    for w in made:
        w.close()
        assert w.controller.thread.isFinished()


NETWORK = RunConfig(dataset="moons", model="network", hidden=(5, 3), learning_rate=0.3, max_epochs=0, seed=7,
                    n_samples=120, init="xavier")


def train(qtbot, w, epochs: int):
    """Step-free training through the Play action until at least ``epochs`` epochs, then pause."""
    w.playAction.trigger()
    qtbot.waitUntil(lambda: w.controller.latest.epoch >= epochs, timeout=TIMEOUT)
    w.playAction.trigger()
    qtbot.waitUntil(lambda: not w.controller.running and not w.controller.latest.running, timeout=TIMEOUT)
    return w.controller.latest


def settle(qtbot, w, epoch=None):
    qtbot.waitUntil(lambda: w._loaded_config is None and not w.controller.latest.running
                    and (epoch is None or w.controller.latest.epoch == epoch), timeout=TIMEOUT)


def test_save_a_trained_project_and_reopen_it_bit_identical(make, qtbot, tmp_path):
    w = make(config=NETWORK)
    snap = train(qtbot, w, 25)
    saved_params = {k: np.array(v) for k, v in snap.params.items()}
    saved_costs = w.cost_plot.train_costs
    saved_image = w.decision_plot.last_image.copy()
    assert len(saved_costs) == snap.epoch
    w.dialogs.paths = [str(tmp_path / "lesson")]
    assert w.projects.save() is True
    path = tmp_path / "lesson.dnn"
    assert w.windowTitle() == "lesson.dnn[*] — desktop_nn" and not w.isWindowModified()

    # change everything, then reopen the file in the same window and in a fresh one
    w.hyperparameters.seedSpin.setValue(99)
    w.editor.add_layer()
    assert w.isWindowModified()
    qtbot.waitUntil(lambda: w.controller.latest.epoch == 0, timeout=TIMEOUT)
    other = make()
    for window in (w, other):
        assert window.projects.open_file(path) is True, window.dialogs.errors
        settle(qtbot, window, snap.epoch)
        got = window.controller.latest
        assert set(got.params) == set(saved_params)
        for key, value in saved_params.items():
            assert got.params[key].dtype == value.dtype and got.params[key].tobytes() == value.tobytes(), key
        np.testing.assert_array_equal(window.cost_plot.train_costs, saved_costs)
        np.testing.assert_array_equal(window.decision_plot.last_image, saved_image)
        assert window.editor.hidden_sizes() == (5, 3) and window.hyperparameters.seedSpin.value() == 7
        assert window.windowTitle() == "lesson.dnn[*] — desktop_nn" and not window.isWindowModified()
    # training goes on from the saved epoch
    other.stepAction.trigger()
    qtbot.waitUntil(lambda: other.controller.latest.epoch == snap.epoch + 1, timeout=TIMEOUT)
    assert other.isWindowModified()


def test_a_save_failing_midway_leaves_the_previous_file_intact(make, qtbot, tmp_path, monkeypatch):
    w = make(config=NETWORK)
    train(qtbot, w, 5)
    path = tmp_path / "lesson.dnn"
    w.dialogs.paths = [str(path)]
    assert w.projects.save()
    before = path.read_bytes()
    train(qtbot, w, w.controller.latest.epoch + 5)
    assert w.isWindowModified()

    def crash_midway(f, data, block=1 << 20):
        f.write(data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "_write_all", crash_midway)
    assert w.projects.save() is False
    assert "No space left" in w.messageBar.text()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["lesson.dnn", "settings.ini"]
    assert w.isWindowModified()


def test_recovery_after_an_unclean_exit_offers_the_autosave(make, qtbot, tmp_path):
    crashed = make(config=NETWORK)
    lr = crashed.hyperparameters.learningRate
    lr.setEditText("0.03")
    lr.lineEdit().editingFinished.emit()          # typed, then Enter
    assert crashed.document.settings.learning_rate == 0.03
    snap = train(qtbot, crashed, 10)
    assert crashed.projects.autosave_now() is True
    autosave = crashed.projects.autosave_path
    assert autosave.exists()
    # the process "dies": its lock goes stale, nothing is cleaned up
    crashed.projects._lock.unlock()
    crashed.projects._lock = None
    crashed.projects._closing_done = True

    dialogs = FakeDialogs(save_answer="discard")
    w = make(dialogs)                      # offer_recovery runs right after show
    qtbot.waitUntil(lambda: "recover" in dialogs.asked, timeout=TIMEOUT)
    settle(qtbot, w, snap.epoch)
    assert w.hyperparameters.values()["learning_rate"] == 0.03
    assert w.editor.hidden_sizes() == (5, 3)
    for key, value in snap.params.items():
        assert w.controller.latest.params[key].tobytes() == value.tobytes()
    assert w.isWindowModified()            # recovered, not saved anywhere yet
    assert not autosave.exists()


def test_opening_a_bad_project_refuses_with_a_message_and_changes_nothing(make, qtbot, tmp_path):
    w = make(config=NETWORK)
    train(qtbot, w, 3)
    before = project_to_bytes(w.project_from_ui())
    bad = tmp_path / "evil.dnn"
    bad.write_bytes(b"PK\x03\x04" + bytes(100))
    # a well-formed file whose settings this version cannot show
    odd = Project(settings=dict(w.project_from_ui().settings, dataset="mnist"))
    save_project(odd, tmp_path / "odd.dnn")
    epoch = w.controller.latest.epoch
    for path, fragment in ((bad, "'evil.dnn' cannot be opened"), (tmp_path / "odd.dnn", "Unknown dataset 'mnist'")):
        assert w.projects.open_file(path) is False
        assert fragment in w.messageBar.text()
        assert project_to_bytes(w.project_from_ui()) == before
        assert w.projects.current_path is None and w.controller.latest.epoch == epoch


BAD_CASES = ["wrong delimiter", "wrong encoding", "missing value", "text where a number is expected",
             "one class only", "binary file renamed .csv", "Excel workbook renamed .csv", "empty file"]
# "ten million rows" (a 60 MB file) is checked against the dialog alone in test_csv_import.py


@pytest.mark.parametrize("case", BAD_CASES)
def test_importing_a_bad_csv_shows_its_message_and_leaves_the_project_unchanged(make, qtbot, tmp_path, case):
    from tests.ui.test_csv_import import BAD

    content, settings, fragments = BAD[case]
    w = make(config=NETWORK)
    before = project_to_bytes(w.project_from_ui())
    path = tmp_path / "data.csv"
    path.write_bytes(content)
    dialog = w.projects.open_import_dialog(str(path))
    if "delimiter" in settings:
        dialog.delimiterCombo.setCurrentIndex(dialog.delimiterCombo.findData(settings["delimiter"]))
    if "features" in settings:
        dialog.set_features(settings["features"])
    if dialog.loadButton.isEnabled():
        dialog.start_load()
        qtbot.waitUntil(lambda: not dialog.loading, timeout=TIMEOUT)
    for fragment in fragments:
        assert fragment in dialog.errorLabel.text()
    assert not dialog.useButton.isEnabled()
    dialog.reject()
    assert project_to_bytes(w.project_from_ui()) == before
    assert not w.isWindowModified()


def _import(qtbot, w, path):
    dialog = w.projects.open_import_dialog(str(path))
    dialog.start_load()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=TIMEOUT)
    assert dialog.useButton.isEnabled(), dialog.errorLabel.text()
    qtbot.mouseClick(dialog.useButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.controller.latest.config.dataset == "imported", timeout=TIMEOUT)


def test_import_a_good_csv_train_on_it_save_and_reopen(make, qtbot, tmp_path):
    w = make(config=NETWORK)
    path = tmp_path / "flowers.csv"
    path.write_bytes(GOOD)
    _import(qtbot, w, path)
    assert w.hyperparameters.datasetCombo.currentText() == "Imported: flowers.csv"
    assert w.isWindowModified()
    snap = train(qtbot, w, 20)
    assert snap.data.plottable and snap.data.axis_labels == ("sepal", "petal")
    assert w.decision_plot.plot_widget.isVisible() and w.decision_plot.last_image is not None
    assert snap.train_accuracy > 0.9
    w.dialogs.paths = [str(tmp_path / "own.dnn")]
    assert w.projects.save()
    project = load_project(tmp_path / "own.dnn")
    assert project.imported is not None and project.imported.class_names == ("setosa", "versicolor")
    other = make()
    assert other.projects.open_file(tmp_path / "own.dnn")
    settle(qtbot, other, snap.epoch)
    for key, value in snap.params.items():
        assert other.controller.latest.params[key].tobytes() == value.tobytes()


def test_higher_dimensional_data_trains_without_regions(make, qtbot, tmp_path):
    w = make(config=NETWORK)
    path = tmp_path / "wide.csv"
    path.write_bytes(WIDE)
    _import(qtbot, w, path)
    snap = train(qtbot, w, 10)
    assert snap.layer_dims[0] == 4 and not snap.data.plottable
    assert not w.decision_plot.plot_widget.isVisible()
    assert "4 input columns" in w.decision_plot.noRegionsLabel.text()
    assert w.decision_plot.accuracyLabel.text().endswith("%")
    assert len(w.cost_plot.train_costs) == snap.epoch


def test_editing_and_saving_while_training_is_safe(make, qtbot, tmp_path):
    w = make(config=NETWORK)
    w.playAction.trigger()
    qtbot.waitUntil(lambda: w.drawn_snapshot.epoch >= 5, timeout=TIMEOUT)
    path = tmp_path / "live.dnn"
    w.dialogs.paths = [str(path)]
    assert w.projects.save()                    # while training runs
    saved = load_project(path)
    assert saved.weights and saved.history.epochs == saved.epoch
    w.editor.add_neuron(1)                      # architecture changed during training
    w.hyperparameters.datasetCombo.setCurrentIndex(w.hyperparameters.datasetCombo.findData("circles"))
    assert w.projects.save()                    # right after the edit: the settings, no stale weights
    project = load_project(path)
    assert project.settings["hidden"] == (6, 3) and project.settings["dataset"] == "circles"
    assert project.weights is None or project.weights["W1"].shape == (6, 2)
    qtbot.waitUntil(lambda: w.controller.latest.config.hidden == (6, 3)
                    and w.controller.latest.config.dataset == "circles", timeout=TIMEOUT)
    if not w.controller.running:
        w.playAction.trigger()
    # the window saves what it has drawn (a frame may still be on its way to the plots)
    qtbot.waitUntil(lambda: w.drawn_snapshot.config.dataset == "circles" and w.drawn_snapshot.epoch >= 5,
                    timeout=TIMEOUT)
    assert w.projects.save()
    project = load_project(path)
    assert project.weights["W1"].shape == (6, 2) and project.epoch >= 5
    w.playAction.trigger()


def test_the_chapters_perceptron_round_trips_too(make, qtbot, tmp_path):
    w = make()                                       # the start-up view: the perceptron on Iris
    w.playAction.trigger()
    qtbot.waitUntil(lambda: w.controller.latest.epoch == 10 and not w.controller.latest.running, timeout=TIMEOUT)
    snap = w.controller.latest
    np.testing.assert_allclose(snap.params["w_"], [-0.4, -0.68, 1.82], atol=1e-12)
    w.dialogs.paths = [str(tmp_path / "perceptron.dnn")]
    assert w.projects.save()
    other = make()
    assert other.projects.open_file(tmp_path / "perceptron.dnn")
    settle(qtbot, other, 10)
    assert other.controller.latest.params["w_"].tobytes() == snap.params["w_"].tobytes()
    np.testing.assert_array_equal(other.cost_plot.train_costs, w.cost_plot.train_costs)
    np.testing.assert_array_equal(other.decision_plot.last_image, w.decision_plot.last_image)


@pytest.mark.parametrize("config", [
    RunConfig(dataset="iris", iris_classes=("Iris-setosa", "Iris-versicolor", "Iris-virginica"), model="network",
              hidden=(5,), output="softmax", init="he", hidden_activation="relu", learning_rate=0.1,
              standardize=True, max_epochs=30),
    RunConfig(dataset="moons", model="network", hidden=(4, 3), output="sigmoid", init="xavier",
              learning_rate=0.5, batch_size=20, optimizer="momentum", seed=5, test_ratio=0.2, max_epochs=30),
], ids=["softmax", "sigmoid"])
def test_the_exported_script_reproduces_the_windows_final_cost(make, qtbot, tmp_path, config):
    w = make(config=config)
    w.playAction.trigger()                        # trains to the epoch limit, then stops
    qtbot.waitUntil(lambda: w.controller.latest.epoch == 30 and not w.controller.latest.running, timeout=TIMEOUT)
    assert exported_script_cost(w, tmp_path) == w.cost_plot.train_costs[-1]      # bit for bit


def exported_script_cost(w, tmp_path) -> float:
    """File ▸ Export as a NumPy script, run it, and read the final cost it prints."""
    import subprocess
    import sys

    w.dialogs.paths = [str(tmp_path / "run.py")]
    assert w.projects.export_python() is True, w.dialogs.errors
    done = subprocess.run([sys.executable, str(tmp_path / "run.py")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return float(done.stdout.strip().splitlines()[-1].split("=")[1])


def test_title_mark_and_closing_with_unsaved_changes_asks(make, qtbot, tmp_path):
    w = make(config=NETWORK)
    assert w.windowTitle() == "Untitled[*] — desktop_nn" and not w.isWindowModified()
    w.hyperparameters.l2Spin.setValue(0.01)            # a settings edit
    assert w.isWindowModified()
    w.dialogs.save_answer = "cancel"
    assert w.close() is False and w.isVisible() and w.controller.thread.isRunning()
    assert w.dialogs.asked[-1] == "save changes to Untitled"
    w.dialogs.save_answer = "save"
    w.dialogs.paths = [str(tmp_path / "kept.dnn")]
    assert w.close() is True
    assert load_project(tmp_path / "kept.dnn").settings["l2"] == 0.01
    assert not w.projects.autosave_path.exists()


def test_pinning_and_architecture_edits_mark_the_project_unsaved(make, qtbot, tmp_path):
    w = make(config=NETWORK)
    epochs = train(qtbot, w, 3).epoch
    w.dialogs.paths = [str(tmp_path / "a.dnn")]
    assert w.projects.save() and not w.isWindowModified()
    w.pinAction.trigger()
    assert w.isWindowModified() and w.cost_plot.pinned_count == 1
    assert w.projects.save() and not w.isWindowModified()
    saved = load_project(tmp_path / "a.dnn")
    assert len(saved.pinned_runs) == 1 and saved.pinned_runs[0].history.epochs == epochs
    np.testing.assert_array_equal(saved.pinned_runs[0].history.train_cost, w.cost_plot.train_costs)
    assert saved.pinned_runs[0].settings["hidden"] == (5, 3)
    w.editor.remove_layer()
    assert w.isWindowModified()
    w.undoAction.trigger()
    assert w.editor.hidden_sizes() == (5, 3)
    other = make()
    assert other.projects.open_file(tmp_path / "a.dnn")
    assert other.cost_plot.pinned_count == 1
    pinned = other.document.pinned_runs[0]
    assert pinned.label == "5-3 η=0.3" and pinned.settings["hidden"] == (5, 3)
    np.testing.assert_array_equal(pinned.history.train_cost, saved.pinned_runs[0].history.train_cost)


def test_opening_a_project_while_training_replaces_the_run(make, qtbot, tmp_path):
    w = make(config=NETWORK)
    snap = train(qtbot, w, 5)
    path = tmp_path / "a.dnn"
    w.dialogs.paths = [str(path)]
    assert w.projects.save()
    w.reset()
    w.playAction.trigger()
    qtbot.waitUntil(lambda: w.controller.running and w.controller.latest.epoch > 0, timeout=TIMEOUT)
    assert w.projects.open_file(path)
    settle(qtbot, w, snap.epoch)
    assert not w.controller.running
    for key, value in snap.params.items():
        assert w.controller.latest.params[key].tobytes() == value.tobytes()
    np.testing.assert_array_equal(w.cost_plot.epochs, np.arange(1, snap.epoch + 1))


def test_saving_between_a_frame_and_its_drawing_keeps_weights_and_history_together(make, qtbot, tmp_path):
    """While training, a snapshot reaches the window before the cost curve takes it in (a frame is
    drawn in parts): a save at that moment must store the weights of the epochs it has history for."""
    w = make(config=NETWORK)
    w.show()
    path = tmp_path / "between.dnn"
    w.dialogs.paths = [str(path)] * 3
    results = []

    def save_now(snapshot):
        if snapshot.running and snapshot.epoch > 20 and not results:
            results.append((snapshot.epoch, w.projects.save()))

    w.controller.snapshotReady.connect(save_now)       # runs right after the window's own slot
    w.playAction.trigger()
    qtbot.waitUntil(lambda: bool(results), timeout=TIMEOUT)
    w.playAction.trigger()
    arrived, ok = results[0]
    assert ok
    saved = load_project(path)
    assert saved.history is not None and saved.history.epochs == saved.epoch
    assert saved.epoch <= arrived


def test_the_exported_script_of_imported_data_with_a_test_share_reproduces_the_run(make, qtbot, tmp_path):
    """An export rebuilds the run with the one model builder the training session uses: imported
    columns, the held-out share and the scaling as the window trained them."""
    w = make(config=NETWORK)
    path = tmp_path / "wide.csv"
    path.write_bytes(WIDE)
    _import(qtbot, w, path)
    w.hyperparameters.testRatio.setValue(25)
    qtbot.waitUntil(lambda: w.controller.latest.config.test_ratio == 0.25, timeout=TIMEOUT)
    snap = train(qtbot, w, 15)
    assert len(snap.data.X_test) > 0
    settle(qtbot, w, snap.epoch)
    assert exported_script_cost(w, tmp_path) == w.cost_plot.train_costs[-1]      # bit for bit


def test_the_numpy_export_of_a_long_oscillating_run_ends_at_the_apps_exact_cost(make, qtbot, tmp_path):
    """The tester's case: 3-class Iris, softmax, a learning rate that makes the cost oscillate,
    10⁵ epochs trained in the window — the exported script ends at the very same cost."""
    iris3 = ("Iris-setosa", "Iris-versicolor", "Iris-virginica")
    w = make(config=RunConfig(model="network", dataset="iris", iris_classes=iris3, output="softmax",
                              hidden=(4, 2), standardize=True, learning_rate=2.0, max_epochs=100_000, seed=0))
    w.playAction.trigger()
    qtbot.waitUntil(lambda: w.controller.latest.epoch == 100_000 and not w.controller.latest.running,
                    timeout=180_000)
    costs = w.cost_plot.train_costs
    steps = np.sign(np.diff(costs[-1000:]))
    assert np.all(steps[1:] == -steps[:-1])                   # it does oscillate, epoch after epoch
    assert exported_script_cost(w, tmp_path) == w.controller.latest.train_cost    # bit for bit
