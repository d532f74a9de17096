"""Screenshots of two experiments: data drawn by hand, and surgery while paused (run under Xvfb).

    xshot --size 1366x768 --steps "sleep:60" -- python docs/screenshots/make_experiment_screenshots.py
    python docs/screenshots/make_experiment_screenshots.py OUT_DIR SUFFIX     (e.g. /tmp -1024)

Drives the real window, maximised as a user would have it, and saves
* draw-your-own-data{SUFFIX}.png — "✎ Draw data" on: a ring of class 0 around a cluster of class 1
  and a few points of class 2, drawn with the tool's own edits, a 2-8-1… network trained on them;
* surgery-while-paused{SUFFIX}.png — a 2-2-3 network trained on the drawn points (two tanh units
  cannot close a region round the middle cluster), paused, a third neuron added in the editor (the
  message bar says what was kept), then trained on: past the dashed line at the surgery's epoch
  the cost falls further;
* draw-a-function{SUFFIX}.png — a function to fit drawn by hand on the sine's plot (a ramp with a
  step in it), a 1-12-1 tanh network fitted to it, its hidden units' parts under the fit.
"""

import sys
import tempfile
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSettings, QStandardPaths

from make_main_window_screenshots import settle, wait   # this folder's helpers (run as a script)
from desktop_nn.app import _application, create_main_window
from desktop_nn.training.config import RunConfig


def main(out_dir: str, suffix: str = "") -> None:
    out = Path(out_dir)
    QStandardPaths.setTestModeEnabled(True)
    app = _application()
    scratch = Path(tempfile.mkdtemp(prefix="desktop-nn-shots-"))
    config = RunConfig(dataset="moons", model="network", hidden=(6, 3), hidden_activation="tanh", init="xavier",
                       learning_rate=0.3, max_epochs=0, seed=3)
    window = create_main_window(config, autosave_dir=scratch / "autosave",
                                project_settings=QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window.showMaximized()
    c = window.controller
    wait(app, lambda: c.latest is not None)
    settle(app)

    draw = window.drawData
    draw.button.click()
    window.decision_plot.plot.setRange(xRange=(-2, 2), yRange=(-2, 2), padding=0)
    draw.clear()
    rng = np.random.default_rng(4)
    angles = rng.uniform(0, 2 * np.pi, 40)
    ring = np.c_[1.5 * np.cos(angles), 1.5 * np.sin(angles)] + rng.normal(scale=0.08, size=(40, 2))
    middle = rng.normal(scale=0.35, size=(30, 2))
    corner = np.array([1.5, 1.5]) + rng.normal(scale=0.15, size=(8, 2))
    for label, points in ((0, ring), (1, middle), (2, corner)):
        draw.set_label(label)
        for p in points:
            draw.add_points([p])
    settle(app, 0.5)
    window.playAction.trigger()
    wait(app, lambda: c.latest.epoch >= 1500)
    window.playAction.trigger()
    wait(app, lambda: not c.latest.running)
    settle(app, 1.0)
    window.grab().save(str(out / f"draw-your-own-data{suffix}.png"))

    draw.button.click()                                  # drawing off: the editor's turn
    window.document.update(hidden=(2,))                  # too few neurons to close a ring round class 1
    wait(app, lambda: c.latest.layer_dims == (2, 2, 3) and c.latest.epoch == 0)
    window.playAction.trigger()
    wait(app, lambda: c.latest.epoch >= 1500)
    window.playAction.trigger()
    wait(app, lambda: not c.latest.running)
    settle(app, 0.3)
    window.editor.add_neuron(1)
    wait(app, lambda: c.latest.layer_dims == (2, 3, 3) and not c.latest.running)
    surgery_epoch = c.latest.epoch
    settle(app, 0.5)
    window.playAction.trigger()                          # and on from there
    wait(app, lambda: c.latest.epoch >= surgery_epoch + 1500)
    window.playAction.trigger()
    wait(app, lambda: not c.latest.running)
    settle(app, 2.5)
    window.grab().save(str(out / f"surgery-while-paused{suffix}.png"))

    window.document.update(dataset="sine", hidden=(12,), output="linear", features=("x1",), learning_rate=0.05,
                           optimizer="adam")
    wait(app, lambda: c.latest.data.is_regression)
    draw.button.click()
    window.decision_plot.plot.setRange(xRange=(-3, 3), yRange=(-2, 2), padding=0)
    draw.clear()
    xs = np.linspace(-2.8, 2.8, 36)
    ys = 0.25 * xs + np.where(xs > 0.3, 1.0, -0.4) + rng.normal(scale=0.06, size=xs.size)
    for x, y in zip(xs, ys):
        draw.add_points([(x, y)])
    settle(app, 0.5)
    draw.button.click()
    window.playAction.trigger()
    wait(app, lambda: c.latest.epoch >= 3000)
    window.playAction.trigger()
    wait(app, lambda: not c.latest.running)
    settle(app, 1.0)
    window.grab().save(str(out / f"draw-a-function{suffix}.png"))
    window.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots", sys.argv[2] if len(sys.argv) > 2 else "")
