"""Every lecture scene as the class sees it, at 1280×800 (the commonest projector) and 1920×1080.

    python docs/screenshots/make_lecture_screenshots.py [docs/screenshots/lecture] [SCENE_ID ...]

Lays the presenter out for each screen size (as it does for the screen it is on), walks the
scenes with the clicker's key and saves ``lecture/1280x800/NN-ID.png`` and
``lecture/1920x1080/NN-ID.png``. A scene that animates or trains is played (P) for a few seconds
first, so the picture shows it under way, as a teacher narrating it would. Runs offscreen unless
a display is set (under xshot or a desktop it draws on the real screen's fonts).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SIZES = [(1280, 800), (1920, 1080)]
PLAY_SECONDS = 4.0


def settle(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait(app: QApplication, condition, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the scene did not show its content in time")
        app.processEvents()
        time.sleep(0.005)


def main(out_dir: str = "docs/screenshots/lecture", only: list[str] | None = None) -> None:
    from desktop_nn.app import _application
    from desktop_nn.ui.lecture import create_presenter

    QStandardPaths.setTestModeEnabled(True)
    app = _application()
    for width, height in SIZES:
        folder = Path(out_dir) / f"{width}x{height}"
        folder.mkdir(parents=True, exist_ok=True)
        presenter = create_presenter(screen_size=QSize(width, height))
        presenter.resize(width, height)
        presenter.show()
        for index, scene_id in enumerate(presenter.scene_ids()):
            if only and scene_id not in only:
                continue
            presenter.go_to(index)
            scene = presenter.current_scene()
            wait(app, scene.has_content)
            settle(app, 0.8)
            if scene.play_button is not None:
                if "pause" not in scene.play_button.text().lower():
                    scene.toggle_play()            # scenes that do not start on arrival
                settle(app, PLAY_SECONDS)          # a few seconds under way, as the class sees it
                if "pause" in scene.play_button.text().lower():
                    scene.toggle_play()            # the picture holds still where it was
            settle(app, 0.3)
            path = folder / f"{index + 1:02d}-{scene_id}.png"
            presenter.grab().save(str(path))
            print(path)
        presenter.close()
        presenter.deleteLater()
        settle(app, 0.2)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/lecture", sys.argv[2:] or None)
