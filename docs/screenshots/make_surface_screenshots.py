"""Screenshots of the loss-surface window for docs/experiments.md, "The loss surface of the network on screen".

    python docs/screenshots/make_surface_screenshots.py docs/screenshots 1366x768

(offscreen: QT_QPA_PLATFORM="offscreen:configfile=screen.json" with a screen of that size, or
under Xvfb with xshot). Drives the real main window: XOR, a 2-4-1 tanh network, η = 0.5, trained
300 epochs; opens Training ▸ Loss surface… and saves
* loss-surface[-WxH].png — the plane of the training path, with the path;
* loss-surface-race[-WxH].png — gradient descent, momentum and Adam from a point chosen on the
  plane of two weights, W[1] 1,1 and W[2] 1,2.
(the plain names at 1366×768, the others with their size).
"""

import sys
import tempfile
from pathlib import Path

from make_main_window_screenshots import settle, wait   # this folder's helpers (run as a script)
from PySide6.QtCore import QSettings, QStandardPaths

from desktop_nn.app import _application, create_main_window


def main(out_dir: str, size: str) -> None:
    out = Path(out_dir)
    suffix = "" if size == "1366x768" else f"-{size}"
    QStandardPaths.setTestModeEnabled(True)
    app = _application()
    scratch = Path(tempfile.mkdtemp(prefix="desktop-nn-shots-"))
    window = create_main_window(autosave_dir=scratch / "autosave",
                                project_settings=QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window.showMaximized()
    c = window.controller
    wait(app, lambda: c.latest is not None)
    window.document.update(window, dataset="xor", model="network", hidden=(4,), hidden_activation="tanh",
                           learning_rate=0.5, max_epochs=300, test_ratio=0.0, init="xavier")
    wait(app, lambda: c.latest.model == "network" and c.latest.config.dataset == "xor" and c.latest.epoch == 0)
    window.playAction.trigger()
    wait(app, lambda: c.latest.epoch == 300 and not c.latest.running)
    settle(app)
    window.lossSurfaceAction.trigger()
    surface = window.lossSurfaceWindow
    surface.showMaximized()
    wait(app, lambda: surface.result is not None)
    settle(app)
    surface.grab().save(str(out / f"loss-surface{suffix}.png"))

    surface.picker.set_picks([(1, 0, 0), (2, 0, 1)])
    surface.compute()
    wait(app, lambda: surface.result is not None and surface.result.plane.kind == "weights")
    r = surface.result
    surface.choose(r.alphas[int(0.15 * len(r.alphas))], r.betas[int(0.8 * len(r.betas))])
    surface.stepsSpin.setValue(40)
    surface.start_race()
    wait(app, lambda: surface.race is not None)
    settle(app)
    surface.grab().save(str(out / f"loss-surface-race{suffix}.png"))
    window.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".", sys.argv[2] if len(sys.argv) > 2 else "1366x768")
