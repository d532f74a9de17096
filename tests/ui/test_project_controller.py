"""The project controller: save/reopen bit-identical, atomic saves, unsaved mark, ask on close,
autosave and recovery after an unclean exit, recent files, exports that reproduce the run."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMainWindow

from desktop_nn.engine import export
from desktop_nn.engine.errors import ConfigError
from desktop_nn.project import Project, RunHistory, load_project, weights_equal
from desktop_nn.ui.projects.project_controller import ProjectController
from desktop_nn.training.runs import NetworkRun
from desktop_nn.training.config import RunConfig, prepare_data
from tests.ui.fakes import FakeDialogs




class Window(QMainWindow):
    """A stand-in for the main window: a run trained like the worker trains it, as a Project."""

    def __init__(self, config: RunConfig | None = None, epochs: int = 0):
        super().__init__()
        self.setCentralWidget(QLabel("plots"))
        self.centralWidget().setObjectName("costPlot")
        self.config = config or RunConfig(dataset="xor", model="network", hidden=(4,), init="xavier",
                                          learning_rate=0.3, max_epochs=0)
        self.run = NetworkRun(self.config, prepare_data(self.config))
        self.records = [self.run.step() for _ in range(epochs)]
        self.applied: list[Project] = []
        self.refuse: Exception | None = None

    def project_from_ui(self) -> Project:
        return Project(
            settings=dataclasses.asdict(self.config),
            weights=self.run.params() if self.records else None,
            epoch=len(self.records),
            history=RunHistory.from_records(self.records) if self.records else None,
        )

    def apply_project(self, project: Project) -> None:
        if self.refuse is not None:
            raise self.refuse
        self.applied.append(project)

    def image_targets(self):
        return {"cost plot": self.centralWidget()}

    def use_imported_data(self, result):
        self.imported = result


@pytest.fixture
def dialogs():
    return FakeDialogs()


@pytest.fixture
def make(qtbot, tmp_path, dialogs):
    """make(window) -> a controller on it, with its own settings file and autosave folder."""
    made = []

    def factory(window=None, **kwargs):
        window = window or Window(epochs=30)
        qtbot.addWidget(window)
        kwargs.setdefault("autosave_dir", tmp_path / "autosave")
        kwargs.setdefault("settings", QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        controller = ProjectController(window, window, dialogs=dialogs, **kwargs)
        made.append((window, controller))      # the controller holds its window only weakly
        return window, controller

    yield factory
    for _window, controller in made:
        controller.shutdown()


def test_save_and_reopen_gives_bit_identical_weights_and_the_same_curves(make, dialogs, tmp_path):
    window, controller = make()
    path = tmp_path / "lesson.dnn"
    dialogs.paths = [str(tmp_path / "lesson")]                  # the suffix is added
    assert controller.save() is True
    assert controller.current_path == path and path.exists()

    other, controller2 = make(Window())
    assert controller2.open_file(path) is True
    opened = other.applied[-1]
    sent = window.project_from_ui()
    assert weights_equal(opened.weights, sent.weights)
    for key, value in sent.weights.items():
        assert opened.weights[key].tobytes() == value.tobytes()
    assert opened.history.equals(sent.history)                    # the cost/accuracy curves
    np.testing.assert_array_equal(opened.history.train_cost, [r.train_cost for r in window.records])
    assert RunConfig(**opened.run_config_kwargs()) == window.config
    assert other.windowTitle() == "lesson.dnn[*] — desktop_nn" and not other.isWindowModified()


def test_title_shows_the_file_name_and_the_unsaved_mark(make, dialogs, tmp_path):
    window, controller = make()
    assert window.windowTitle() == "Untitled[*] — desktop_nn" and not window.isWindowModified()
    controller.mark_dirty()
    assert window.isWindowModified()
    dialogs.paths = [str(tmp_path / "a.dnn")]
    controller.save_as()
    assert window.windowTitle() == "a.dnn[*] — desktop_nn" and not window.isWindowModified()


def test_a_save_failing_midway_keeps_the_old_file_and_the_unsaved_mark(make, dialogs, tmp_path, monkeypatch):
    window, controller = make()
    path = tmp_path / "lesson.dnn"
    controller._save_to(path)
    before = path.read_bytes()
    window.records.append(window.run.step())                        # one more epoch: new weights
    controller.mark_dirty()

    def crash_midway(f, data, block=1 << 20):
        f.write(data[: len(data) // 3])
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(export, "_write_all", crash_midway)
    assert controller.save() is False
    assert "Input/output error" in dialogs.errors[-1] and "previous file is unchanged" in dialogs.errors[-1]
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["lesson.dnn", "settings.ini"]
    assert window.isWindowModified() and controller.dirty
    assert load_project(path).epoch == 30


def test_closing_with_unsaved_changes_asks(make, dialogs, tmp_path, qtbot):
    window, controller = make()
    window.show()
    controller.mark_dirty()
    dialogs.save_answer = "cancel"
    assert window.close() is False and window.isVisible()
    assert dialogs.asked[-1] == "save changes to Untitled"

    dialogs.save_answer = "save"
    dialogs.paths = [str(tmp_path / "kept.dnn")]
    assert window.close() is True
    assert (tmp_path / "kept.dnn").exists()
    assert not controller.autosave_path.exists() and not list((tmp_path / "autosave").glob("*.lock"))


def test_closing_discards_when_told_and_does_not_ask_when_saved(make, dialogs):
    window, controller = make()
    window.show()
    controller.mark_dirty()
    dialogs.save_answer = "discard"
    assert window.close() is True
    window2, controller2 = make()
    window2.show()
    dialogs.asked.clear()
    assert window2.close() is True and dialogs.asked == []


def test_opening_a_hostile_file_changes_nothing(make, dialogs, tmp_path):
    window, controller = make()
    bad = tmp_path / "evil.dnn"
    bad.write_bytes(b"PK\x03\x04" + bytes(100))
    controller.mark_dirty()
    dialogs.save_answer = "discard"
    assert controller.open_file(bad) is False
    assert "'evil.dnn' cannot be opened" in dialogs.errors[-1]
    assert window.applied == [] and controller.current_path is None

    good = tmp_path / "good.dnn"
    controller._save_to(good)
    window.refuse = ConfigError("Unknown dataset 'mnist'.")
    assert controller.open_file(good) is False
    assert "Unknown dataset" in dialogs.errors[-1]


def test_recent_files_are_remembered_and_open(make, dialogs, tmp_path):
    window, controller = make()
    for name in ("one.dnn", "two.dnn"):
        controller._save_to(tmp_path / name)
    assert [p.split("/")[-1] for p in controller.recent_files()] == ["two.dnn", "one.dnn"]
    other, controller2 = make(Window())                            # same settings file
    actions = controller2.recentMenu.actions()
    assert [a.text() for a in actions] == ["&1  two.dnn", "&2  one.dnn"]
    actions[1].trigger()
    assert controller2.current_path.name == "one.dnn" and len(other.applied) == 1


def test_autosave_every_interval_only_when_changed(make, qtbot):
    window, controller = make(autosave_interval_ms=30)
    qtbot.wait(100)
    assert not controller.autosave_path.exists()                   # nothing changed yet
    controller.mark_dirty()
    qtbot.waitUntil(controller.autosave_path.exists, timeout=3000)
    assert load_project(controller.autosave_path).epoch == 30
    assert controller.autosave_path.parent == controller.autosave_dir
    controller.shutdown()
    assert not controller.autosave_path.exists()


CRASHING_SESSION = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QWidget
    from desktop_nn.project import Project, default_settings
    from desktop_nn.ui.projects.project_controller import ProjectController

    class Host(QWidget):
        def project_from_ui(self):
            return Project(settings=dict(default_settings(), learning_rate=0.0421))

    app = QApplication([])
    host = Host()
    controller = ProjectController(host, host, autosave_dir=sys.argv[1])
    controller.mark_dirty()
    assert controller.autosave_now()
    print(controller.autosave_path, flush=True)
    os._exit(3)          # killed: no clean shutdown, the lock stays behind
""")


def test_recovery_after_an_unclean_exit_offers_the_autosave(make, dialogs, tmp_path):
    autosave_dir = tmp_path / "autosave"
    done = subprocess.run([sys.executable, "-c", CRASHING_SESSION, str(autosave_dir)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 3, done.stderr[-2000:]
    crashed = autosave_dir / done.stdout.strip().split("/")[-1]
    assert crashed.exists() and crashed.with_suffix(".lock").exists()

    window, controller = make(Window())
    assert controller.recoverable() == [crashed]
    assert controller.offer_recovery() is True
    assert dialogs.asked == ["recover"]
    assert window.applied[-1].settings["learning_rate"] == 0.0421
    assert window.isWindowModified() and controller.current_path is None
    assert not crashed.exists() and not crashed.with_suffix(".lock").exists()
    assert controller.offer_recovery() is False                     # offered once


def test_a_running_session_is_not_offered_and_declining_discards(make, dialogs, tmp_path):
    running_window, running = make()
    running.mark_dirty()
    assert running.autosave_now()
    window, controller = make(Window())
    assert controller.recoverable() == []                          # its lock is held: still running
    running._lock.unlock()                                         # now it "crashed"
    running._lock = None
    assert controller.recoverable() == [running.autosave_path]
    dialogs.recover_answer = False
    assert controller.offer_recovery() is False
    assert window.applied == [] and not running.autosave_path.exists()


def script_cost(tmp_path, path) -> float:
    done = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return float(done.stdout.strip().splitlines()[-1].split("=")[1])


@pytest.mark.parametrize("config", [
    RunConfig(dataset="iris", iris_classes=("Iris-setosa", "Iris-versicolor", "Iris-virginica"), model="network",
              hidden=(5,), output="softmax", init="he", hidden_activation="relu", learning_rate=0.1,
              standardize=True, max_epochs=0),
    RunConfig(dataset="moons", model="network", hidden=(4, 3), output="sigmoid", init="xavier",
              learning_rate=0.5, batch_size=20, optimizer="momentum", seed=5, test_ratio=0.2, max_epochs=0),
], ids=["softmax", "sigmoid"])
def test_exported_script_reproduces_the_apps_final_cost(make, dialogs, tmp_path, config):
    window, controller = make(Window(config, epochs=40))
    dialogs.paths = [str(tmp_path / "run.py")]
    assert controller.export_python() is True, dialogs.errors
    app_cost = window.records[-1].train_cost
    assert script_cost(tmp_path, tmp_path / "run.py") == app_cost        # bit for bit


def test_exports_of_weights_history_and_image(make, dialogs, tmp_path):
    window, controller = make()
    dialogs.paths = [str(tmp_path / "w.npz"), str(tmp_path / "h.csv"), str(tmp_path / "cost.png"),
                     str(tmp_path / "cost.svg")]
    assert controller.export_weights() and controller.export_history()
    with np.load(tmp_path / "w.npz", allow_pickle=False) as w:
        assert w["W1"].tobytes() == window.run.params()["W1"].tobytes()
    assert (tmp_path / "h.csv").read_text().count("\n") == 31
    window.resize(300, 200)
    assert controller.exportImageActions and controller.export_image("cost plot")
    assert controller.export_image("cost plot")
    assert (tmp_path / "cost.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "cost.svg").read_bytes()


def test_exports_refused_before_training(make, dialogs):
    window, controller = make(Window(epochs=0))
    assert controller.export_python() is False and "at least one epoch" in dialogs.errors[-1]
    assert controller.export_weights() is False and "no weights yet" in dialogs.errors[-1]
    assert dialogs.asked == []                                      # no file chooser was opened


def test_file_menu_is_populated(make, qtbot):
    window, controller = make()
    menu = window.menuBar().addMenu("&File")
    quit_action = menu.addAction("Quit")
    controller.populate_file_menu(menu)
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names[:2] == ["newProjectAction", "openAction"]
    assert {"saveAction", "saveAsAction", "exportPythonAction", "exportPyTorchAction"} <= set(names)
    assert menu.actions()[-1] is quit_action
    assert controller.saveAction.shortcut().toString() == "Ctrl+S"


def test_import_csv_action_hands_the_data_to_the_window_and_marks_it_unsaved(make, qtbot, tmp_path):
    window, controller = make()
    csv = tmp_path / "mine.csv"
    csv.write_bytes(b"a,b,label\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n")
    assert controller.importCsvAction.isEnabled()
    dialog = controller.open_import_dialog(str(csv))
    assert dialog.isVisible() and not window.isWindowModified()
    dialog.start_load()
    qtbot.waitUntil(lambda: dialog.result_data is not None, timeout=10_000)
    dialog.use_data()
    assert window.imported.data.class_names == ("x", "y")
    assert window.isWindowModified()


def test_default_dialogs_never_block_offscreen(qtbot, tmp_path):
    """Offscreen (tests, --self-test) a dirty window closes without a modal question."""
    window = Window(epochs=1)
    qtbot.addWidget(window)
    controller = ProjectController(window, window, autosave_dir=tmp_path / "a",
                                   settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window.show()
    controller.mark_dirty()
    assert controller.save_as() is False and controller.open_file() is False
    assert window.close() is True


def test_the_timers_autosave_is_written_by_a_thread_of_its_own(qtbot, tmp_path):
    """The window never waits for an autosave: the timer's write happens off the GUI thread, and
    the project counts as autosaved once it has landed."""
    import threading

    from desktop_nn.app import create_main_window
    from tests.ui.fakes import FakeDialogs

    from desktop_nn.ui.projects import autosave as autosave_module

    window = create_main_window(autosave_dir=tmp_path / "autosave",
                                project_settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                                dialogs=FakeDialogs(save_answer="discard"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.controller.latest is not None, timeout=10_000)
    controller = window.projects
    writers = []
    real_save = autosave_module.save_project

    def recording_save(project, path):
        writers.append(threading.current_thread().name)
        real_save(project, path)

    autosave_module.save_project = recording_save
    try:
        controller.mark_dirty()
        controller._autosave_in_background()
        qtbot.waitUntil(lambda: controller._autosaved_changes == controller._changes, timeout=10_000)
    finally:
        autosave_module.save_project = real_save
    assert writers == ["autosave"] and controller.autosave_path.exists()
    assert load_project(controller.autosave_path).settings == dataclasses.asdict(window.document.settings)
    assert window.close() and window.controller.thread.isFinished()
