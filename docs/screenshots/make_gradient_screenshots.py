"""Screenshots of gradient flow for docs/experiments.md, "Gradient flow through depth" (offscreen or under Xvfb).

    QT_QPA_PLATFORM="offscreen:configfile=screen.json" python docs/screenshots/make_gradient_screenshots.py docs/screenshots [suffix]

Drives the real main window, maximised on its screen: a 2-8-8-8-8-1 sigmoid network on the moons
(the vanishing gradient shows in the strip), trained for a few hundred epochs, then
* gradient-flow-strip<suffix>.png — the window with the gradient-flow strip beside the editor;
* step-backward-gradients<suffix>.png — the step-through open on the backward step dW[2]: the
  editor's links show dW;
* gradient-flow-grid<suffix>.png — View ▸ Gradient flow through depth…, the twelve cells done.
"""

import sys
from functools import partial
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from make_main_window_screenshots import settle, wait as _wait   # this folder's helpers
from desktop_nn.app import _application, create_main_window
from desktop_nn.training.config import RunConfig


wait = partial(_wait, seconds=90.0)      # the depth grid trains twelve networks


def main(out_dir: str, suffix: str = "") -> None:
    out = Path(out_dir)
    QStandardPaths.setTestModeEnabled(True)
    app = _application()
    scratch = Path(tempfile.mkdtemp(prefix="desktop-nn-shots-"))
    config = RunConfig(model="network", dataset="moons", hidden=(8, 8, 8, 8), hidden_activation="sigmoid",
                       init="xavier", learning_rate=0.5, max_epochs=300)
    window = create_main_window(config, autosave_dir=scratch / "autosave",
                                project_settings=QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window.showMaximized()
    c = window.controller
    wait(app, lambda: c.latest is not None)
    window.gradientStripAction.setChecked(True)
    settle(app, 0.6)
    window.playAction.trigger()
    wait(app, lambda: c.latest.epoch >= 300 and not c.latest.running)
    settle(app, 1.0)
    window.grab().save(str(out / f"gradient-flow-strip{suffix}.png"))

    window.open_step_through()
    pane = window.stepper
    wait(app, lambda: pane.trace() is not None)
    index = next(s.index for s in pane.trace() if s.phase == "backward" and s.key == "dW" and s.layer == 2)
    pane.go(index)
    settle(app, 1.0)
    window.grab().save(str(out / f"step-backward-gradients{suffix}.png"))
    window.stepperDock.hide()
    settle(app, 0.6)

    window.gradientGridAction.trigger()
    grid = window._gradient_grid
    wait(app, lambda: grid.grid is not None and grid.runButton.isEnabled())
    settle(app, 0.6)
    grid.grab().save(str(out / f"gradient-flow-grid{suffix}.png"))
    window.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".", sys.argv[2] if len(sys.argv) > 2 else "")
