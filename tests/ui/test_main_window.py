"""The real main window, driven as a user would: real buttons, keys and signals (issue 5 "Done when")."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from desktop_nn.app import create_main_window

SNAPSHOT_TIMEOUT_MS = 10_000

DESIGN_OBJECT_NAMES = (
    "architectureEditor", "costPlot", "decisionPlot", "trainButton", "stepButton", "resetButton",
    "learningRate", "datasetCombo", "batchSize", "activationCombo", "seedSpin",
)


def latest(w):
    return w.controller.latest


def switch_to_network(qtbot, w):
    """Select the neural network model; wait for the worker's rebuilt run."""
    before = w.controller.latest.run_id
    w.editor.modelCombo.setCurrentIndex(w.editor.modelCombo.findData("network"))
    qtbot.waitUntil(lambda: w.controller.latest.model == "network" and w.controller.latest.run_id > before,
                    timeout=SNAPSHOT_TIMEOUT_MS)
    return w.controller.latest


def find(w, name):
    found = w.findChild(QWidget, name)
    assert found is not None, f"no widget named {name!r}"
    return found


def click_scene_item(qtbot, view, item):
    pos = view.mapFromScene(item.sceneBoundingRect().center())
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def type_learning_rate(qtbot, w, text):
    edit = find(w, "learningRate").lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


def test_design_object_names_are_present(window):
    for name in DESIGN_OBJECT_NAMES:
        find(window, name)


def test_start_up_view_is_the_chapters_perceptron_on_iris(window):
    snap = latest(window)
    assert snap.model == "perceptron"
    assert snap.data.class_names == ("setosa", "versicolor")
    assert snap.data.axis_labels == ("sepal length [cm]", "petal length [cm]")
    assert snap.layer_dims == (2, 1)
    assert len(snap.data.y_train) == 100


def test_perceptron_play_ends_at_the_chapters_weights(qtbot, window):
    find(window, "trainButton").click()
    qtbot.waitUntil(lambda: latest(window).epoch == 10 and not latest(window).running, timeout=SNAPSHOT_TIMEOUT_MS)
    np.testing.assert_allclose(latest(window).params["w_"], [-0.4, -0.68, 1.82], atol=1e-12)
    assert list(window.cost_plot.train_costs) == [2, 2, 3, 2, 1, 0, 0, 0, 0, 0]   # errors_ per epoch
    assert "epoch 6" in window.messageBar.text()
    assert window.editor.weightsLabel.text() == "w = [−0.4, −0.68, 1.82]"   # the slide's weights, typeset
    assert window.epochLabel.text() == "epoch 10"


def test_add_a_layer_and_a_neuron_changes_the_engines_architecture(qtbot, window):
    snap = switch_to_network(qtbot, window)
    assert snap.layer_dims == (2, 4, 2, 1)
    find(window, "addLayerButton").click()
    qtbot.waitUntil(lambda: latest(window).layer_dims == (2, 4, 2, 2, 1), timeout=SNAPSHOT_TIMEOUT_MS)
    # the "+" drawn above hidden layer 1, clicked with the mouse
    click_scene_item(qtbot, window.editor.view, window.editor.neuron_buttons[(1, "+")])
    qtbot.waitUntil(lambda: latest(window).layer_dims == (2, 5, 2, 2, 1), timeout=SNAPSHOT_TIMEOUT_MS)
    params = latest(window).params
    assert params["W1"].shape == (5, 2) and params["W2"].shape == (2, 5) and params["W4"].shape == (1, 2)
    assert len(window.editor.neurons) == 2 + 5 + 2 + 2 + 1
    # and undo/redo walk the edits back and forth
    window.undoAction.trigger()
    qtbot.waitUntil(lambda: latest(window).layer_dims == (2, 4, 2, 2, 1), timeout=SNAPSHOT_TIMEOUT_MS)
    window.redoAction.trigger()
    qtbot.waitUntil(lambda: latest(window).layer_dims == (2, 5, 2, 2, 1), timeout=SNAPSHOT_TIMEOUT_MS)
    # remove a neuron and a layer with the real buttons
    click_scene_item(qtbot, window.editor.view, window.editor.neuron_buttons[(1, "−")])
    find(window, "removeLayerButton").click()
    qtbot.waitUntil(lambda: latest(window).layer_dims == (2, 4, 2, 1), timeout=SNAPSHOT_TIMEOUT_MS)
    assert window.editor.layerCountLabel.text() == "2 hidden layers"
    find(window, "removeLayerButton").click()
    assert window.editor.layerCountLabel.text() == "1 hidden layer"           # not "1 hidden layers"


def test_learning_rate_003_play_cost_falls_and_regions_change(qtbot, window):
    switch_to_network(qtbot, window)
    type_learning_rate(qtbot, window, "0.03")
    qtbot.waitUntil(lambda: window.controller.config.learning_rate == 0.03, timeout=SNAPSHOT_TIMEOUT_MS)
    regions_before = window.decision_plot.last_image.copy()
    find(window, "trainButton").click()
    qtbot.waitUntil(lambda: len(window.cost_plot.train_costs) > 0, timeout=SNAPSHOT_TIMEOUT_MS)
    first = window.cost_plot.train_costs[0]
    qtbot.waitUntil(lambda: window.cost_plot.train_costs[-1] < 0.1, timeout=30_000)
    window.playAction.trigger()      # pause
    qtbot.waitUntil(lambda: not latest(window).running, timeout=SNAPSHOT_TIMEOUT_MS)
    assert first > 0.5
    assert not np.array_equal(window.decision_plot.last_image, regions_before)
    assert window.decision_plot.accuracyLabel.text() == "100.0 %"


def test_step_advances_exactly_one_epoch(qtbot, window):
    switch_to_network(qtbot, window)
    assert latest(window).epoch == 0
    find(window, "stepButton").click()
    qtbot.waitUntil(lambda: latest(window).epoch == 1, timeout=SNAPSHOT_TIMEOUT_MS)
    window.activateWindow()
    window.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: latest(window).epoch == 2, timeout=SNAPSHOT_TIMEOUT_MS)
    QTest.keyClick(window, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: latest(window).epoch == 3, timeout=SNAPSHOT_TIMEOUT_MS)
    assert list(window.cost_plot.epochs) == [1, 2, 3]
    assert not latest(window).running
    assert window.epochLabel.text() == "epoch 3"


def test_reset_brings_back_the_identical_initial_weights(qtbot, window):
    snap0 = switch_to_network(qtbot, window)
    initial = {k: v.copy() for k, v in snap0.params.items()}
    find(window, "trainButton").click()
    qtbot.waitUntil(lambda: latest(window).epoch > 50, timeout=SNAPSHOT_TIMEOUT_MS)
    window.playAction.trigger()
    qtbot.waitUntil(lambda: not latest(window).running, timeout=SNAPSHOT_TIMEOUT_MS)
    assert not np.array_equal(latest(window).params["W1"], initial["W1"])
    find(window, "resetButton").click()
    qtbot.waitUntil(lambda: latest(window).epoch == 0, timeout=SNAPSHOT_TIMEOUT_MS)
    for name, value in initial.items():
        assert np.array_equal(latest(window).params[name], value), name
    assert len(window.cost_plot.epochs) == 0
    # the R key does the same; "new seed" draws different weights
    window.newSeedAction.trigger()
    qtbot.waitUntil(lambda: not np.array_equal(latest(window).params["W1"], initial["W1"]),
                    timeout=SNAPSHOT_TIMEOUT_MS)
    assert find(window, "seedSpin").value() != 0


@pytest.mark.parametrize("model", ["network", "adaline"])
def test_learning_rate_100_gives_the_divergence_message_not_nan_plots(qtbot, window, model):
    if model == "network":
        switch_to_network(qtbot, window)
    else:
        before = latest(window).run_id
        window.editor.set_model(model)
        qtbot.waitUntil(lambda: latest(window).run_id > before, timeout=SNAPSHOT_TIMEOUT_MS)
    find(window, "epochLimit").setValue(0)
    type_learning_rate(qtbot, window, "100")
    qtbot.waitUntil(lambda: window.controller.config.learning_rate == 100, timeout=SNAPSHOT_TIMEOUT_MS)
    find(window, "trainButton").click()
    qtbot.waitUntil(lambda: "diverged" in window.messageBar.text(), timeout=SNAPSHOT_TIMEOUT_MS)
    message = window.messageBar.text()
    assert "smaller learning rate" in message and "e.g. 10" in message
    qtbot.waitUntil(lambda: not latest(window).running, timeout=SNAPSHOT_TIMEOUT_MS)
    snap = latest(window)
    assert all(np.isfinite(v).all() for v in snap.params.values())
    assert np.isfinite(snap.grid_probs).all()
    assert np.isfinite(window.cost_plot.train_costs).all()
    assert window.playAction.text().endswith("Play")
    # one truth after the stop: the accuracy shown is the confusion matrix's diagonal share, and
    # the crosses are the matrix's off-diagonal points
    window._draw_now()
    confusion = latest(window).confusion
    share = np.trace(confusion) / confusion.sum()
    assert window.decision_plot.accuracyLabel.text() == f"{100 * share:.1f} %"
    assert window.decision_plot.misclassified_count == confusion.sum() - np.trace(confusion)


def test_bad_learning_rate_is_refused_inline(qtbot, window):
    type_learning_rate(qtbot, window, "abc")
    error = find(window, "learningRateError")
    assert error.isVisible() and "positive number" in error.text()
    assert "positive number" in window.messageBar.text()
    assert window.controller.config.learning_rate == 0.1
    type_learning_rate(qtbot, window, "0.05")
    qtbot.waitUntil(lambda: window.controller.config.learning_rate == 0.05, timeout=SNAPSHOT_TIMEOUT_MS)
    assert not error.isVisible()


def test_closing_during_training_exits_cleanly(qtbot, window):
    switch_to_network(qtbot, window)
    find(window, "trainButton").click()
    qtbot.waitUntil(lambda: latest(window).epoch > 100, timeout=SNAPSHOT_TIMEOUT_MS)
    assert window.controller.running
    window.close()
    assert window.controller.thread.isFinished()


def test_classic_models_are_drawn_as_one_neuron(qtbot, window):
    for model in ("adaline", "adaline_sgd", "logistic", "perceptron"):
        before = latest(window).run_id
        window.editor.set_model(model)
        qtbot.waitUntil(lambda: latest(window).run_id > before, timeout=SNAPSHOT_TIMEOUT_MS)
        assert latest(window).model == model and latest(window).layer_dims == (2, 1)
        assert len(window.editor.neurons) == 3
        assert not find(window, "addLayerButton").isEnabled()


def test_three_iris_classes_switch_to_a_softmax_network_and_save(qtbot, window, tmp_path):
    """Choosing all three Iris classes is carried out, not refused: the output becomes softmax
    (and the perceptron a network), the window says so, a 3-class model trains, and the project
    saves and reopens as it was."""
    from desktop_nn.project import load_project, save_project

    hp = window.hyperparameters
    hp.irisClassesCombo.setCurrentIndex(3)                 # all three, from the start-up perceptron
    settings = window.document.settings
    assert settings.model == "network" and settings.output == "softmax"
    assert hp.outputCombo.currentData() == "softmax" and window.editor.model() == "network"
    assert "softmax" in window.messageBar.text() and "neural network" in window.messageBar.text()
    qtbot.waitUntil(lambda: latest(window).layer_dims[-1] == 3, timeout=SNAPSHOT_TIMEOUT_MS)
    find(window, "stepButton").click()
    qtbot.waitUntil(lambda: latest(window).epoch == 1, timeout=SNAPSHOT_TIMEOUT_MS)
    assert latest(window).grid_probs.shape[0] == 3
    assert window.decision_plot.confusionMatrix.rowCount() == 3
    assert latest(window).confusion.shape == (3, 3) and int(latest(window).confusion.sum()) == 150
    save_project(window.projects.host.project_from_ui(), tmp_path / "three.dnn")
    saved = load_project(tmp_path / "three.dnn")
    assert saved.epoch == 1 and saved.settings["output"] == "softmax"
    assert window.projects.open_file(tmp_path / "three.dnn")
    assert window.document.settings == settings
    # back to two classes: back to the chapter's sigmoid
    hp.irisClassesCombo.setCurrentIndex(0)
    assert window.document.settings.output == "sigmoid" and "sigmoid" in window.messageBar.text()


def test_input_features_and_standardisation_change_the_inputs(qtbot, window):
    switch_to_network(qtbot, window)
    window.hyperparameters.featureChecks["x1^2"].setChecked(True)
    window.hyperparameters.standardizeCheck.setChecked(True)
    qtbot.waitUntil(lambda: latest(window).layer_dims[0] == 3 and latest(window).data.mean is not None,
                    timeout=SNAPSHOT_TIMEOUT_MS)
    assert latest(window).data.input_labels[2] == "x₁²"
    np.testing.assert_allclose(latest(window).data.X_train.mean(axis=0), 0, atol=1e-12)


def test_hovering_a_neuron_shows_its_heatmap_and_formula(qtbot, window):
    switch_to_network(qtbot, window)
    editor = window.editor
    item = editor.neurons[(2, 1)]
    QTest.mouseMove(editor.view.viewport(), editor.view.mapFromScene(item.sceneBoundingRect().center()))
    qtbot.waitUntil(lambda: "a<sup>[2]</sup><sub>2</sub> = tanh" in editor.neuronInfo.text(), timeout=5000)
    assert editor.neuronHeatmap.pixmap() is not None and not editor.neuronHeatmap.pixmap().isNull()
    link = next(l for l in editor.links if (l.layer, l.j, l.i) == (1, 0, 1))
    editor.link_hovered(link)
    w = latest(window).params["W1"][0, 1]
    assert f"{w:.4g}" in editor.neuronInfo.text()


def test_pin_run_and_log_scale(qtbot, window):
    find(window, "trainButton").click()
    qtbot.waitUntil(lambda: latest(window).epoch == 10, timeout=SNAPSHOT_TIMEOUT_MS)
    find(window, "pinRunButton").click()
    assert window.cost_plot.pinned_count == 1
    find(window, "logScaleCheck").setChecked(True)
    assert window.cost_plot.cost_item.getAxis("left").labelText == "log10 (errors)"
    # the perceptron's two measures said as what they are: errors_ during an epoch, accuracy after it
    assert window.cost_plot.titleLabel.toolTip() == "Misclassifications during each epoch, accuracy after it"
    assert window.cost_plot.accuracy_item.getAxis("left").labelText == "accuracy"
    find(window, "clearPinsButton").click()
    assert window.cost_plot.pinned_count == 0


def test_unexpected_exceptions_become_a_status_message(window):
    import sys

    from desktop_nn.app import install_excepthook

    previous = sys.excepthook
    try:
        install_excepthook(window)
        sys.excepthook(ValueError, ValueError("boom"), None)
        assert "Internal error" in window.messageBar.text()
        assert "boom" in window.messageBar.text()
    finally:
        sys.excepthook = previous


def test_lecture_menu_opens_the_presenter(qtbot, window):
    window.findChild(type(window.playAction), "startLectureAction").trigger()
    presenter = window._presenter
    qtbot.waitUntil(lambda: presenter.isVisible(), timeout=SNAPSHOT_TIMEOUT_MS)
    assert presenter.objectName() == "lecturePresenter"
    presenter.close()


def test_a_shown_window_draws_running_frames_in_parts_and_keeps_every_epoch(qtbot, window):
    """While training, each frame is drawn in several passes of the event loop and only then
    reported drawn; the training process waits for that report, so a steady stream of frames
    proves the report arrives, and the cost plot must still hold every epoch."""
    switch_to_network(qtbot, window)
    assert window.isVisible()
    frames = []
    window.controller.snapshotReady.connect(lambda s: frames.append(s.running))
    window.playAction.trigger()
    qtbot.waitUntil(lambda: frames.count(True) >= 15, timeout=20_000)
    assert window._synchronous                     # drawing is driven by the snapshots
    window.playAction.trigger()
    qtbot.waitUntil(lambda: not latest(window).running and not window._frame_parts, timeout=SNAPSHOT_TIMEOUT_MS)
    epoch = latest(window).epoch
    assert list(window.cost_plot.epochs) == list(range(1, epoch + 1))
    assert window.epochLabel.text() == f"epoch {epoch}"


def _check_links_match(editor, snapshot):
    from desktop_nn.ui.kit import palette

    W = [np.asarray(snapshot.params[f"W{l}"]) for l in range(1, len(snapshot.layer_dims))]
    scale = max(1.0, max(float(np.max(np.abs(w))) for w in W))
    assert len(editor.links) == sum(w.size for w in W)
    for link in editor.links:
        w = float(W[link.layer - 1][link.j, link.i])
        pen = link.pen()
        expected = palette.POSITIVE if w >= 0 else palette.NEGATIVE
        assert pen.color().name().upper() == expected.upper(), (link.layer, link.j, link.i, w)
        assert abs(pen.widthF() - (1 + 7 * min(abs(w) / scale, 1))) <= 0.125 + 1e-9


def test_links_are_coloured_by_sign_and_thick_by_weight_after_every_update(qtbot, window):
    switch_to_network(qtbot, window)
    editor = window.editor
    _check_links_match(editor, latest(window))
    type_learning_rate(qtbot, window, "3")          # big steps: weights move and flip sign
    qtbot.waitUntil(lambda: window.controller.config.learning_rate == 3, timeout=SNAPSHOT_TIMEOUT_MS)
    for epoch in (1, 2, 3):
        window.stepAction.trigger()
        qtbot.waitUntil(lambda: latest(window).epoch == epoch, timeout=SNAPSHOT_TIMEOUT_MS)
        _check_links_match(editor, latest(window))
    # pointing at a link reads its weight from the latest snapshot
    link = editor.links[0]
    editor.link_hovered(link)
    w = float(latest(window).params["W1"][link.j, link.i])
    assert f"{w:.4g}" in editor.neuronInfo.text()


def test_a_failing_part_of_a_frame_is_reported_and_the_frames_go_on(qtbot, window, monkeypatch):
    import sys

    reported = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: reported.append(str(e)))
    switch_to_network(qtbot, window)
    calls = []

    def broken():
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("a part that fails once")
        return []

    monkeypatch.setattr(window.decision_plot, "repaint_parts", broken)
    frames = []
    window.controller.snapshotReady.connect(lambda s: frames.append(s.running))
    window.playAction.trigger()
    qtbot.waitUntil(lambda: frames.count(True) >= 5, timeout=20_000)   # frames after the failure came
    window.playAction.trigger()
    qtbot.waitUntil(lambda: not latest(window).running, timeout=SNAPSHOT_TIMEOUT_MS)
    assert reported == ["a part that fails once"] and len(calls) >= 4


@pytest.mark.parametrize(("width", "height"), [(1366, 740), (1280, 760)])
def test_a_small_window_keeps_every_panel_usable(qtbot, window, width, height):
    """A laptop or a projector: the decision regions are not squeezed out, the readout moves where
    it leaves the plot the larger square, and the settings turn into tabs rather than scroll."""
    from PySide6.QtWidgets import QSplitter

    assert window.minimumSizeHint().width() <= 1024
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width, timeout=SNAPSHOT_TIMEOUT_MS)
    plot = window.decision_plot.plot_widget
    qtbot.waitUntil(lambda: plot.height() >= 0.25 * height, timeout=SNAPSHOT_TIMEOUT_MS)
    table = window.decision_plot.confusionMatrix
    assert not table.horizontalScrollBar().isVisible() and not table.verticalScrollBar().isVisible()
    qtbot.waitUntil(lambda: window.hyperparameters.compact, timeout=SNAPSHOT_TIMEOUT_MS)
    # the weights sit under the header when it is too narrow for them, whole
    weights = window.editor.weightsLabel
    qtbot.waitUntil(lambda: weights.isVisible() and weights.width() >= weights.sizeHint().width(),
                    timeout=SNAPSHOT_TIMEOUT_MS)
    # back to a big window, the decision column wide: the plot takes the room, the settings are
    # one group under the other again
    window.resize(1880, 1000)
    window.findChild(QSplitter, "mainSplitter").setSizes([430, 700, 750])
    qtbot.waitUntil(lambda: min(plot.width(), plot.height()) >= 500, timeout=SNAPSHOT_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not window.hyperparameters.compact, timeout=SNAPSHOT_TIMEOUT_MS)


def test_the_layout_is_remembered_per_screen_size(qtbot, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QSplitter

    settings = QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)
    first = create_main_window(project_settings=settings, autosave_dir=tmp_path / "a")
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.controller.latest is not None, timeout=SNAPSHOT_TIMEOUT_MS)
    splitter = first.findChild(QSplitter, "mainSplitter")
    splitter.setSizes([500, 600, 700])
    arranged = splitter.sizes()
    first.close()
    assert any(key.startswith("layout/1920x1080/") for key in settings.allKeys())
    second = create_main_window(project_settings=settings, autosave_dir=tmp_path / "b")
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: second.findChild(QSplitter, "mainSplitter").sizes() == arranged,
                    timeout=SNAPSHOT_TIMEOUT_MS)
    second.close()


def test_axis_labels_stay_apart_on_a_short_plot():
    from desktop_nn.ui.kit.plots import ReadableAxis, _next_round

    assert [_next_round(s) for s in (0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 20.0)] == [0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 50.0]
    axis = ReadableAxis("left")
    levels = axis.tickSpacing(0.0, 1.0, 60.0)            # a 60-pixel accuracy axis
    from PySide6.QtGui import QFontMetrics

    from desktop_nn.ui.kit import palette

    height = QFontMetrics(palette.font(palette.BASE_POINT_SIZE)).height()
    for spacing, _ in levels:
        assert 60.0 * spacing / 1.0 >= 1.5 * height    # labelled ticks 1.5 text heights apart
    assert axis.tickSpacing(0.0, 1.0, 600.0)[0][0] <= 0.2  # a tall axis keeps fine ticks


def test_training_stopped_by_a_dying_process_leaves_the_views_drawing_themselves(qtbot, window):
    """Killed twice in a row while training: no paused frame comes, yet the views must repaint
    on their own again (not wait for frames), and Play tries a new process."""
    import os
    import signal

    switch_to_network(qtbot, window)
    c = window.controller
    errors = []
    c.errorOccurred.connect(errors.append)
    window.playAction.trigger()
    qtbot.waitUntil(lambda: window._synchronous, timeout=SNAPSHOT_TIMEOUT_MS)
    os.kill(c._worker._process.process.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: len(errors) == 1 and c._worker._process is not None
                    and c._worker._process.process.is_alive(), timeout=SNAPSHOT_TIMEOUT_MS)
    window.playAction.trigger() if not c.running else None
    qtbot.waitUntil(lambda: c.running, timeout=SNAPSHOT_TIMEOUT_MS)
    qtbot.waitUntil(lambda: window._synchronous, timeout=SNAPSHOT_TIMEOUT_MS)
    os.kill(c._worker._process.process.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=SNAPSHOT_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not window._synchronous, timeout=SNAPSHOT_TIMEOUT_MS)
    view = window.cost_plot.graphics
    assert view.viewportUpdateMode() != view.ViewportUpdateMode.NoViewportUpdate
    assert window.playAction.text() == "▶ Play"
    window.playAction.trigger()                  # a new process, the same settings, training
    qtbot.waitUntil(lambda: c.latest.running and c.latest.epoch > 0, timeout=20_000)


def test_a_saturated_run_is_paused_with_a_message(qtbot, window):
    """η = 10 on XOR neither learns nor diverges: every point goes to one class and the cost cycles.
    The window says so, with a suggestion, instead of training on for ever."""
    switch_to_network(qtbot, window)
    hp = window.hyperparameters
    hp.datasetCombo.setCurrentIndex(hp.datasetCombo.findData("xor"))
    find(window, "epochLimit").setValue(0)
    type_learning_rate(qtbot, window, "10")
    qtbot.waitUntil(lambda: window.controller.config.learning_rate == 10
                    and latest(window).config.dataset == "xor", timeout=SNAPSHOT_TIMEOUT_MS)
    find(window, "trainButton").click()
    qtbot.waitUntil(lambda: "stalled" in window.messageBar.text(), timeout=30_000)
    assert "smaller" in window.messageBar.text() and "e.g. 1" in window.messageBar.text()
    qtbot.waitUntil(lambda: not latest(window).running, timeout=SNAPSHOT_TIMEOUT_MS)
    assert window.playAction.text().endswith("Play")
