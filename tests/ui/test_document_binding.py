"""The window's widgets are bound to its Document: what they show is what trains and what is saved."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QSettings

from desktop_nn.app import create_main_window
from desktop_nn.project import Project, save_project
from desktop_nn.training.config import RunConfig
from tests.ui.fakes import FakeDialogs

TIMEOUT = 15_000
NETWORK = RunConfig(dataset="moons", model="network", hidden=(5, 3), learning_rate=0.3, max_epochs=0, seed=7,
                    n_samples=120, init="xavier")


def make_window(qtbot, tmp_path, config=NETWORK):
    w = create_main_window(config, dialogs=FakeDialogs(save_answer="discard"), autosave_dir=tmp_path / "autosave",
                           project_settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.controller.latest is not None, timeout=TIMEOUT)
    return w


def shown(w) -> RunConfig:
    """The settings as the panel and the editor show them."""
    return RunConfig(**w.hyperparameters.values(), model=w.editor.model(), hidden=w.editor.hidden_sizes())


def trains(qtbot, w, settings: RunConfig) -> None:
    """The worker's run is built from ``settings`` (its next frame says so)."""
    qtbot.waitUntil(lambda: w.controller.config == settings, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: w.controller.latest.config == settings, timeout=TIMEOUT)


def test_undo_of_a_panel_edit_shows_and_trains_the_old_value(qtbot, tmp_path):
    w = make_window(qtbot, tmp_path)
    try:
        w.hyperparameters.seedSpin.setValue(11)
        w.editor.add_layer()
        assert w.document.settings.seed == 11 and w.document.settings.hidden == (5, 3, 3)
        trains(qtbot, w, w.document.settings)
        w.undoAction.trigger()                  # the layer
        w.undoAction.trigger()                  # the seed, typed in the panel
        assert w.document.settings == NETWORK
        assert w.hyperparameters.seedSpin.value() == 7 and w.editor.hidden_sizes() == (5, 3)
        assert shown(w) == w.document.settings
        trains(qtbot, w, NETWORK)
        w.redoAction.trigger()
        assert w.hyperparameters.seedSpin.value() == 11
    finally:
        w.close()


def test_a_refused_edit_changes_nothing_and_the_panel_shows_the_document(qtbot, tmp_path):
    w = make_window(qtbot, tmp_path)
    try:
        messages = []
        w.hyperparameters.inputRejected.connect(messages.append)
        w.hyperparameters.featureChecks["x2"].setChecked(False)
        w.hyperparameters.featureChecks["x1"].setChecked(False)      # no input feature left: refused
        assert messages and "input feature" in messages[-1]
        assert w.document.settings.features == ("x1",)
        assert w.hyperparameters.featureChecks["x1"].isChecked()      # shown again as it trains
        assert shown(w) == w.document.settings
        assert "input feature" in w.messageBar.text()
    finally:
        w.close()


def test_an_opened_project_is_shown_by_every_widget_exactly(qtbot, tmp_path):
    opened = RunConfig(dataset="circles", model="network", hidden=(7, 2, 4), learning_rate=0.0123,
                       batch_size=16, hidden_activation="relu", optimizer="adam", l2=0.25, seed=99,
                       n_samples=300, noise=0.2, test_ratio=0.3, features=("x1", "x2", "x1^2"),
                       standardize=True, max_epochs=500, init="he")
    path = tmp_path / "opened.dnn"
    save_project(Project(settings=dataclasses.asdict(opened)), path)
    w = make_window(qtbot, tmp_path)
    try:
        assert w.projects.open_file(path)
        assert w.document.settings == opened
        assert shown(w) == opened
        assert not w.isWindowModified()
        trains(qtbot, w, opened)
        # an edit of one setting changes that setting only
        w.hyperparameters.l2Spin.setValue(0.5)
        assert w.document.settings == opened.replace(l2=0.5)
    finally:
        w.close()


def test_a_batch_size_clamped_by_a_smaller_training_set_is_not_rewritten_by_other_edits(qtbot, tmp_path):
    w = make_window(qtbot, tmp_path, NETWORK.replace(batch_size=100, n_samples=200))
    try:
        w.hyperparameters.datasetSize.setValue(60)       # 60 points: the batch spin box tops out at 60
        qtbot.waitUntil(lambda: w.hyperparameters.batchSize.maximum() == 60, timeout=TIMEOUT)
        w.hyperparameters.seedSpin.setValue(3)
        assert w.document.settings.batch_size == 100 and w.document.settings.seed == 3
    finally:
        w.close()


def test_values_a_project_made_in_python_holds_are_shown_as_they_train(qtbot, tmp_path):
    """Per-layer activations, another order of the inputs, a test share of 33.3 %: the panel shows
    them, the run trains them, and an edit of something else leaves them alone."""
    opened = RunConfig(dataset="moons", model="network", hidden=(4, 3), hidden_activation=("relu", "tanh"),
                       features=("x2", "x1"), test_ratio=0.333, max_epochs=0, init="he")
    path = tmp_path / "python-made.dnn"
    save_project(Project(settings=dataclasses.asdict(opened)), path)
    w = make_window(qtbot, tmp_path)
    try:
        assert w.projects.open_file(path)
        hp = w.hyperparameters
        assert hp.activationCombo.currentText() == "per layer: relu, tanh"
        assert hp.activationCombo.currentData() == ("relu", "tanh")
        assert hp.featureOrderLabel.isVisibleTo(hp) and "x₂, x₁" in hp.featureOrderLabel.text()
        assert hp.testRatio.text() == "33.3 %"
        trains(qtbot, w, opened)
        assert w.controller.latest.activations[:2] == ("relu", "tanh")
        hp.seedSpin.setValue(5)
        assert w.document.settings == opened.replace(seed=5)
        # choosing one activation for every layer is an edit like any other
        hp.activationCombo.setCurrentIndex(hp.activationCombo.findData("sigmoid"))
        assert w.document.settings.hidden_activation == "sigmoid"
    finally:
        w.close()
