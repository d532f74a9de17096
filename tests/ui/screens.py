"""The main window on a screen of a given size, measured: ``python -m tests.ui.screens 1366x768``.

Runs offscreen with one screen of that size (Qt's offscreen platform takes its screens from a
JSON file), opens the real window as the app does, shows it maximised, measures it without and
with the step-through, and prints one JSON object per state:

    {"state": "plain"|"stepping", "screen": [w, h], "window": [x, y, w, h],
     "cost": h, "decision": h, "outside": [names of visible widgets not inside the window],
     "stepper": [x, y, w, h] or null}

tests/ui/test_screens.py runs it for 1024×768, 1366×768 and 1920×1080.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time


def screen_platform(width: int, height: int) -> str:
    """A QT_QPA_PLATFORM value: offscreen, with one screen of ``width`` × ``height``."""
    path = os.path.join(tempfile.gettempdir(), f"desktop_nn_screen_{width}x{height}.json")
    with open(path, "w") as f:
        json.dump({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, f)
    return f"offscreen:configfile={path}"


def _outside(window) -> list[str]:
    from PySide6.QtCore import QPoint, QRect, QSize
    from PySide6.QtWidgets import QWidget

    inside = QRect(0, 0, window.width(), window.height())
    names = []
    for child in window.findChildren(QWidget):
        if not child.isVisible() or child.isWindow() or child.width() <= 0 or child.height() <= 0:
            continue
        rect = QRect(child.mapTo(window, QPoint(0, 0)), QSize(child.width(), child.height()))
        clip = child.visibleRegion().boundingRect()
        if clip.isEmpty():          # scrolled out of sight inside a scroll area: not on screen
            continue
        shown = QRect(child.mapTo(window, clip.topLeft()), clip.size())
        if not inside.contains(shown):
            names.append(f"{type(child).__name__}:{child.objectName()} {rect.getRect()}")
    return names


def measure(width: int, height: int) -> list[dict]:
    from PySide6.QtWidgets import QApplication

    from desktop_nn.app import create_main_window
    from desktop_nn.training.config import RunConfig

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = create_main_window(RunConfig(model="network", dataset="moons", hidden=(4, 3), max_epochs=0))
    window.showMaximized()

    def pump(seconds: float, until=lambda: False) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not until():
            app.processEvents()
            time.sleep(0.01)
        for _ in range(20):
            app.processEvents()

    pump(15, lambda: window.controller.latest is not None)
    pump(0.5)
    out = []

    def record(state: str) -> None:
        stepper = window.stepperDock
        out.append({
            "state": state, "screen": [width, height],
            "window": list(window.frameGeometry().getRect()),
            "cost": window.cost_plot.graphics.height(),
            "decision": window.decision_plot.plot_widget.height(),
            "columns": window.mainSplitter.sizes(),
            "settings_need": window.mainSplitter.widget(0).minimumSizeHint().width(),
            "outside": _outside(window),
            "stepper": list(stepper.geometry().getRect()) if stepper.isVisible() else None,
        })

    try:
        record("plain")
        window.open_step_through()
        pump(15, lambda: window.stepper.trace() is not None)
        pump(0.5)
        record("stepping")
        window.stepperDock.close()
        pump(0.5)
        record("closed")
    finally:
        window.close()
    return out


def main() -> None:
    width, height = map(int, sys.argv[1].split("x"))
    if os.environ.get("DESKTOP_NN_SCREEN") != sys.argv[1]:
        # re-run with the screen set before Qt starts
        import subprocess

        env = dict(os.environ, QT_QPA_PLATFORM=screen_platform(width, height), DESKTOP_NN_SCREEN=sys.argv[1])
        sys.exit(subprocess.run([sys.executable, "-m", "tests.ui.screens", *sys.argv[1:]], env=env).returncode)
    for row in measure(width, height):
        print(json.dumps(row))


if __name__ == "__main__":
    main()
