"""Screenshots of the main window for README.md and docs/gui.md (run under Xvfb, e.g. with xshot).

    xshot --size 1920x1080 --steps "sleep:60" -- python docs/screenshots/make_main_window_screenshots.py
    xshot --size 1366x768 --steps "sleep:60" -- python docs/screenshots/make_main_window_screenshots.py

Drives the real window through its own widgets. On a screen 1600 pixels wide or more it saves
* main-window-iris-perceptron.png — the start-up view after Play: the chapter's perceptron;
* main-window-xor.png — XOR, a 2-4-2-1 tanh network, 30 % test share, η = 0.03, paused after
  about 8 000 epochs;
on a smaller one (a 1366×768 laptop or projector), maximised as a user would have it,
* main-window-small-screen.png — the XOR run;
* main-window-step-through-1366.png — the same with the step-through open on a backward step.
"""

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from desktop_nn.app import _application, create_main_window


def wait(app: QApplication, condition, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.005)


def settle(app: QApplication, seconds: float = 0.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def main(out_dir: str) -> None:
    out = Path(out_dir)
    # settings and autosaves of their own: no recovery offer from an earlier session in the picture
    QStandardPaths.setTestModeEnabled(True)
    app = _application()
    # a fresh autosave folder and settings: no recovery offer or remembered layout in the picture
    scratch = Path(tempfile.mkdtemp(prefix="desktop-nn-shots-"))
    window = create_main_window(autosave_dir=scratch / "autosave",
                                project_settings=QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    small = window.screen().availableGeometry().width() < 1600
    if small:
        window.showMaximized()
    else:
        window.resize(1920, 1050)
        window.show()
    c = window.controller
    wait(app, lambda: c.latest is not None)
    settle(app)

    if not small:
        window.playAction.trigger()                      # the chapter's perceptron, 10 epochs
        wait(app, lambda: c.latest.epoch == 10 and not c.latest.running)
        settle(app)
        window.grab().save(str(out / "main-window-iris-perceptron.png"))

    hp, editor = window.hyperparameters, window.editor
    editor.modelCombo.setCurrentIndex(editor.modelCombo.findData("network"))
    hp.datasetCombo.setCurrentIndex(hp.datasetCombo.findData("xor"))
    hp.testRatio.setValue(30)
    wait(app, lambda: c.latest.model == "network" and c.latest.config.dataset == "xor"
         and c.latest.config.test_ratio == 0.3)
    hp.learningRate.setEditText("0.03")            # typed, as a user would, once the network is in
    hp.learningRate.lineEdit().editingFinished.emit()
    wait(app, lambda: c.config.learning_rate == 0.03)
    window.playAction.trigger()
    wait(app, lambda: c.latest.epoch >= 7700)
    window.playAction.trigger()
    wait(app, lambda: not c.latest.running)
    settle(app)
    if not small:
        window.grab().save(str(out / "main-window-xor.png"))
        window.close()
        return
    settle(app, 1.0)
    window.grab().save(str(out / "main-window-small-screen.png"))
    window.open_step_through()
    stepper = window.stepper
    wait(app, lambda: stepper.trace() is not None)
    backward = next(s.index for s in stepper.trace() if s.phase == "backward" and s.key == "dW")
    stepper.go(backward)
    settle(app, 1.5)
    window.grab().save(str(out / "main-window-step-through-1366.png"))
    window.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
