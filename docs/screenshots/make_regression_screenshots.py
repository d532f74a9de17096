"""Screenshots of regression and function fitting for docs/experiments.md (run under Xvfb, e.g. with
xshot, or offscreen).

    xshot --size 1366x768 --steps "sleep:60" -- python docs/screenshots/make_regression_screenshots.py
    python docs/screenshots/make_regression_screenshots.py OUT_DIR --offscreen 1024x768

Drives the real window, maximised as a user would have it, through its document (the settings
the widgets show). Saves, on a 1366×768 screen (other sizes get the size in the file name),
* regression-sine.png — a 1-16-1 tanh network fitting noisy samples of sin x with Adam: the
  fitted curve over the points, each residual drawn, and under it the sixteen S-curves
  a[1]ⱼ · W[2]ⱼ that add up (with b[2]) to the fit;
* regression-2d.png — a 2-8-1 tanh network fitting two Gaussian bumps: the heat-map of ŷ with
  the points coloured by their target.
"""

import os
import sys
import tempfile
from functools import partial
from pathlib import Path

from make_main_window_screenshots import settle, wait as _wait   # this folder's helpers (run as a script)

wait = partial(_wait, seconds=120.0)     # the fits train thousands of epochs


def train(app, window, epochs: int) -> None:
    c = window.controller
    window.playAction.trigger()
    wait(app, lambda: c.latest.epoch >= epochs)
    window.playAction.trigger()
    wait(app, lambda: not c.latest.running)
    window.messageBar.dismiss()          # the settings' adaptation, said when the data was chosen
    settle(app, 1.0)


def main(out_dir: str, suffix: str = "") -> None:
    from PySide6.QtCore import QSettings, QStandardPaths

    from desktop_nn.app import _application, create_main_window
    from desktop_nn.ui.projects.file_dialogs import Dialogs

    class Discarding(Dialogs):
        """Closing the window after the pictures keeps nothing: no "save the changes?" question."""

        def ask_save_changes(self, parent, name):
            return "discard"

    out = Path(out_dir)
    QStandardPaths.setTestModeEnabled(True)
    app = _application()
    scratch = Path(tempfile.mkdtemp(prefix="desktop-nn-shots-"))
    window = create_main_window(dialogs=Discarding(), autosave_dir=scratch / "autosave",
                                project_settings=QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window.showMaximized()
    c = window.controller
    wait(app, lambda: c.latest is not None)
    doc = window.document
    doc.update(model="network", init="xavier", dataset="sine", noise=0.2, n_samples=60, hidden=(16,), hidden_activation="tanh",
               optimizer="adam", learning_rate=0.01, max_epochs=0, seed=3)
    wait(app, lambda: c.latest.config is not None and c.latest.config.dataset == "sine"
         and c.latest.layer_dims == (1, 16, 1))
    train(app, window, 1500)
    window.grab().save(str(out / f"regression-sine{suffix}.png"))

    doc.update(dataset="bumps", features=("x1", "x2"), hidden=(8,), n_samples=300, learning_rate=0.02)
    wait(app, lambda: c.latest.config.dataset == "bumps" and c.latest.layer_dims == (2, 8, 1))
    train(app, window, 2500)
    window.grab().save(str(out / f"regression-2d{suffix}.png"))
    window.close()


if __name__ == "__main__":
    args = sys.argv[1:]
    suffix = ""
    if "--offscreen" in args:
        i = args.index("--offscreen")
        size = args[i + 1]
        del args[i:i + 2]
        width, height = (int(v) for v in size.split("x"))
        config = Path(tempfile.mkdtemp()) / "screen.json"
        config.write_text('{"screens":[{"name":"s","x":0,"y":0,"width":%d,"height":%d,'
                          '"logicalDpi":96,"logicalBaseDpi":96,"dpr":1}]}' % (width, height))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        if size != "1366x768":
            suffix = f"-{size}"
    main(args[0] if args else "docs/screenshots", suffix)
