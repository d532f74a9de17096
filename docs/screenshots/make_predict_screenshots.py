"""Screenshots of Training ▸ Predict first (docs/exercises.md, "Predict first: sketch, then train"), made offscreen:

    python docs/screenshots/make_predict_screenshots.py docs/screenshots            # 1366×768
    python docs/screenshots/make_predict_screenshots.py /tmp/shots 1024x768          # a check

Drives the real window through its own widgets and the mouse on the decision plot: the chapter's
perceptron on Iris, Predict first on, versicolor painted above a petal length of about 3 cm with
a slant, setosa filling the rest, "falls" picked; then Done — train to the 10-epoch limit.
At 1366×768 it saves
* predict-first-sketch.png — the sketch before training (regions dimmed, the panel over the plot);
* predict-first-reveal.png — after training: the sketch hatched over the regions, the score;
at another size the same two with the size in the name (to look at, not for the docs).
A lecture scene is shot too: predict-first-lecture-sketch.png / -reveal.png (the shallow
network's scene, the cost-curve pick and the boundary sketch).
"""

import json
import os
import sys
import tempfile
from pathlib import Path

# this checkout's desktop_nn, not an installed one
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def _platform(size: str) -> None:
    w, h = (int(v) for v in size.split("x"))
    config = Path(tempfile.mkdtemp(prefix="desktop-nn-screen-")) / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": w, "height": h,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def drag(plot_widget, points, button=None) -> None:
    """Press, move through ``points`` (data units) and release, as the mouse would."""
    import pyqtgraph as pg
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    button = button or Qt.MouseButton.LeftButton

    def at(x, y):
        p = plot_widget.mapFromScene(plot_widget.getPlotItem().vb.mapViewToScene(pg.Point(x, y)))
        return QPoint(p.x(), p.y())

    viewport = plot_widget.viewport()
    QTest.mousePress(viewport, button, Qt.KeyboardModifier.NoModifier, at(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(viewport, at(x, y))
    QTest.mouseRelease(viewport, button, Qt.KeyboardModifier.NoModifier, at(*points[-1]))


def wait(app, condition, seconds: float = 60.0) -> None:
    from make_main_window_screenshots import wait as wait_for    # (beside this script)

    wait_for(app, condition, seconds)


def settle(app, seconds: float = 0.5) -> None:
    from make_main_window_screenshots import settle as settle_for

    settle_for(app, seconds)


def main_window(app, out: Path, suffix: str) -> None:
    import numpy as np
    from PySide6.QtCore import QSettings

    from desktop_nn.app import create_main_window

    scratch = Path(tempfile.mkdtemp(prefix="desktop-nn-shots-"))
    window = create_main_window(autosave_dir=scratch / "autosave",
                                project_settings=QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window.showMaximized()
    c = window.controller
    wait(app, lambda: c.latest is not None)
    settle(app)
    window.predictFirst.action.trigger()
    window.playAction.trigger()
    settle(app, 0.3)
    panel, plot = window.predictFirst.panel, window.decision_plot.plot_widget
    x0, x1, y0, y1 = c.latest.data.extent
    xs = np.linspace(x0 + 0.02 * (x1 - x0), x1 - 0.02 * (x1 - x0), 12)
    panel.classButtons[1].click()
    for y in np.arange(y1 - 0.1, 2.6, -0.35):            # versicolor: above a slanted line
        drag(plot, [(x, y + 0.35 * (x - 5.5)) for x in xs] if y < 3.3 else [(x, y) for x in xs])
    panel.classButtons[0].click()
    panel.fillButton.click()
    panel.shapeButtons["falls"].click()
    settle(app)
    window.grab().save(str(out / f"predict-first-sketch{suffix}.png"))
    panel.doneButton.click()
    wait(app, lambda: window.predictFirst.prediction.state == "revealed")
    settle(app)
    window.grab().save(str(out / f"predict-first-reveal{suffix}.png"))
    window.close()


def lecture(app, out: Path, suffix: str, size: str) -> None:
    from PySide6.QtCore import QSize

    from desktop_nn.ui.lecture import create_presenter

    w, h = (int(v) for v in size.split("x"))
    presenter = create_presenter("shallow-network", screen_size=QSize(w, h))
    presenter.resize(w, h)
    presenter.show()
    scene = presenter.current_scene()
    wait(app, scene.has_content)
    step = scene.predict
    step.toggle.click()
    scene.controls.loop.pause()
    scene.controls.restart()
    wait(app, lambda: scene.controls.loop.last is not None and scene.controls.loop.last[0].epoch == 0)
    scene.controls.play.click()                            # ▶ Train asks first
    settle(app, 0.3)
    panel, plot = step.panel, scene.regions.plot
    x0, x1, y0, y1 = scene.extent
    xs = [x0 + (x1 - x0) * t for t in (0.03, 0.2, 0.4, 0.6, 0.8, 0.97)]
    panel.classButtons[1].click()
    for k in range(7):                                     # the lower half: class 1, a wavy band
        y = y0 + (y1 - y0) * (0.05 + 0.07 * k)
        drag(plot, [(x, y + 0.25 * ((x - x0) / (x1 - x0) - 0.5)) for x in xs])
    panel.classButtons[0].click()
    panel.fillButton.click()
    panel.shapeButtons["falls"].click()
    settle(app)
    presenter.grab().save(str(out / f"predict-first-lecture-sketch{suffix}.png"))
    scene.controls.loop.set_rate(None)
    panel.doneButton.click()
    wait(app, lambda: step.prediction.state == "revealed", 120)
    settle(app)
    presenter.grab().save(str(out / f"predict-first-lecture-reveal{suffix}.png"))
    presenter.close()


def main(out_dir: str, size: str = "1366x768") -> None:
    _platform(size)
    from PySide6.QtCore import QStandardPaths

    from desktop_nn.app import _application

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    QStandardPaths.setTestModeEnabled(True)      # settings and autosaves of their own
    app = _application()
    suffix = "" if size == "1366x768" else f"-{size}"
    main_window(app, out, suffix)
    lecture(app, out, suffix, size)


if __name__ == "__main__":
    main(*sys.argv[1:])
