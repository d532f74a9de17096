"""Screenshots of the main window for README.md and docs/gui.md (run under Xvfb, e.g. with xshot).

    python docs/screenshots/make_main_window_screenshots.py docs/screenshots

Drives the real window through its own widgets and saves
* main-window-iris-perceptron.png — the start-up view after Play: the chapter's perceptron;
* main-window-xor.png — XOR, a 2-4-2-1 tanh network, 30 % test share, η = 0.03, paused after
  about 8 000 epochs;
* main-window-small-screen.png — the XOR run in a 1366×768 window (a laptop or projector).
"""

import sys
import time
from pathlib import Path

from PySide6.QtCore import QStandardPaths
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
    window = create_main_window()
    window.resize(1920, 1050)
    window.show()
    c = window.controller
    wait(app, lambda: c.latest is not None)
    settle(app)

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
    window.grab().save(str(out / "main-window-xor.png"))

    window.resize(1366, 740)                          # 768 minus a desktop's panel
    settle(app, 1.0)
    window.grab().save(str(out / "main-window-small-screen.png"))
    window.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
