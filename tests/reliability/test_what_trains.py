"""Issue 16's cases about what is on screen and what trains, reproduced in the real window:
a run of 10⁷ + 1 epochs saves and reopens; a file holding what no run can use is refused on
opening with a sentence naming the setting (never 'Internal error'); values a project made in
Python holds are shown as they train; after a divergence a smaller learning rate goes on."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from desktop_nn.app import create_main_window
from desktop_nn.document import HISTORY_BUDGET
from desktop_nn.project import Project, load_project, project_to_bytes, save_project
from desktop_nn.training.config import RunConfig
from tests.ui.fakes import FakeDialogs

NETWORK = RunConfig(model="network", dataset="moons", hidden=(3,), max_epochs=0)


@pytest.fixture
def window(qtbot, tmp_path):
    dialogs = FakeDialogs(save_answer="discard")
    w = create_main_window(NETWORK, dialogs=dialogs, autosave_dir=tmp_path / "autosave",
                           project_settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.dialogs = dialogs
    w.show()
    qtbot.waitUntil(lambda: w.controller.latest is not None, timeout=15_000)
    yield w
    w.close()


def test_ten_million_and_one_epochs_save_and_reopen_in_the_window(window, tmp_path):
    """The tester's run that saved and then could not be reopened ('epochs: 10179806 is out of range')."""
    doc = window.document
    frame = window.controller.latest
    params = {k: np.array(v) for k, v in frame.params.items()}
    chunk = 500_000
    for first in range(1, 10**7 + 2, chunk):
        k = min(chunk, 10**7 + 2 - first)
        e = np.arange(first, first + k)
        history = SimpleNamespace(epoch=e, train_cost=1.0 / e, train_accuracy=np.full(k, 0.9),
                                  test_cost=np.full(k, np.nan), test_accuracy=np.full(k, np.nan))
        doc.take_frame(SimpleNamespace(run_id=frame.run_id, epoch=int(e[-1]), config=frame.config, data=None,
                                       notice=None, params=params, history=history))
    assert len(doc.run.history) <= HISTORY_BUDGET
    path = tmp_path / "long.dnn"
    window.dialogs.paths = [str(path)]
    assert window.projects.save_as()
    reopened = load_project(path)
    assert reopened.epoch == 10**7 + 1 and reopened.history.epochs == 10**7 + 1
    assert window.projects.open_file(path)
    assert window.document.run.epoch == 10**7 + 1


def _with_settings(tmp_path, **changes) -> str:
    """A saved project whose settings were edited by hand in project.json."""
    path = tmp_path / "edited.dnn"
    save_project(Project(settings=dataclasses.asdict(NETWORK)), path)
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    doc = json.loads(members["project.json"])
    for key, value in changes.items():
        if key == "seed":
            doc["seed"] = value                           # the seed has a line of its own
            continue
        section = next(s for s in ("dataset", "features", "architecture", "hyperparameters") if key in doc[s])
        doc[section][key] = value
    members["project.json"] = json.dumps(doc).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return str(path)


@pytest.mark.parametrize(("changes", "named"), [
    (dict(seed=2**31), "seed"),
    (dict(iris_features=["petal_length"]), "iris_features"),
    (dict(optimizer="sgdx"), "optimizer"),
    (dict(max_epochs=2 * 10**7), "max_epochs"),
    (dict(n_samples=5000), "n_samples"),
])
def test_a_setting_no_run_can_use_is_refused_on_opening_with_its_name(window, tmp_path, changes, named):
    before = window.document.settings
    assert not window.projects.open_file(_with_settings(tmp_path, **changes))
    said = " ".join(window.dialogs.errors)
    assert (named in said or named.replace("_", " ") in said) and "Internal error" not in said
    assert window.document.settings == before                     # nothing half-applied


def test_a_project_made_in_python_trains_what_the_window_shows(window, tmp_path):
    opened = NETWORK.replace(hidden=(4, 3), hidden_activation=("relu", "tanh"), features=("x2", "x1"),
                             test_ratio=0.333, batch_size=500)
    path = tmp_path / "python.dnn"
    save_project(Project(settings=dataclasses.asdict(opened)), path)
    assert window.projects.open_file(path)
    window.dialogs.paths = [str(tmp_path / "again.dnn")]
    assert window.projects.save_as()                              # Save As right after opening
    assert load_project(tmp_path / "again.dnn").settings == load_project(path).settings


def test_after_a_divergence_a_smaller_learning_rate_trains_on_in_the_window(window, qtbot):
    type_rate = window.hyperparameters.learningRate

    def learning_rate(text):
        type_rate.setEditText(text)
        type_rate.lineEdit().editingFinished.emit()

    learning_rate("100000")
    qtbot.waitUntil(lambda: window.controller.config.learning_rate == 1e5, timeout=15_000)
    window.playAction.trigger()
    qtbot.waitUntil(lambda: "diverged" in window.messageBar.text(), timeout=15_000)
    qtbot.waitUntil(lambda: not window.controller.latest.running, timeout=15_000)
    epoch = window.controller.latest.epoch
    learning_rate("0.03")
    qtbot.waitUntil(lambda: window.controller.config.learning_rate == 0.03, timeout=15_000)
    window.stepAction.trigger()
    qtbot.waitUntil(lambda: window.controller.latest.epoch == epoch + 1, timeout=15_000)
    assert np.isfinite(window.controller.latest.train_cost)
    assert project_to_bytes(window.projects.host.project_from_ui())    # and it still saves
