"""The lecture's question scenes before and after the reveal, as the class sees them.

    python docs/screenshots/make_question_screenshots.py [OUT_DIR] [WxH ...] [--scene ID ...]

(OUT_DIR defaults to docs/screenshots/lecture/questions.)

For each screen size (default 1366×768, 1024×768, 1280×800, 1920×1080) the presenter is laid out
for that screen, every question scene is shown (its countdown paused where it stands after a
moment) and saved as ``OUT_DIR/WxH/ID-before.png``; then it is revealed (R), and once the answer
is on screen (a question that trains: once its run has ended) saved as ``ID-after.png``. At
1366×768 the perceptron question is also saved as ``docs/screenshots/lecture/question-before.png``
and ``question-after.png`` (the pictures docs/lecture.md shows), with the class's answer typed
and checked.
"""

from __future__ import annotations

import os
import sys
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))     # this checkout's desktop_nn

from PySide6.QtCore import QSize, QStandardPaths, Qt  # noqa: E402
from make_main_window_screenshots import settle, wait as _wait  # noqa: E402  (this folder's helpers)

SIZES = [(1366, 768), (1024, 768), (1280, 800), (1920, 1080)]
MAIN = "question-perceptron-update"
wait = partial(_wait, seconds=30.0)


def main(out_dir: str, sizes: list[tuple[int, int]], only: list[str] | None,
         main_dir: str = "docs/screenshots/lecture") -> None:
    from desktop_nn.app import _application
    from desktop_nn.ui.lecture import create_presenter

    QStandardPaths.setTestModeEnabled(True)
    app = _application()
    for width, height in sizes:
        folder = Path(out_dir) / f"{width}x{height}"
        folder.mkdir(parents=True, exist_ok=True)
        presenter = create_presenter(screen_size=QSize(width, height))
        presenter.resize(width, height)
        presenter.show()
        for index, scene_id in enumerate(presenter.scene_ids()):
            if not scene_id.startswith("question-") or (only and scene_id not in only):
                continue
            presenter.go_to(index)
            scene = presenter.current_scene()
            wait(app, scene.has_content)
            settle(app, 2.2)
            if scene.countdown.running:
                scene.toggle_countdown()          # the picture holds the countdown where it stands
            settle(app, 0.3)
            shots = [(folder / f"{scene_id}-before.png", folder / f"{scene_id}-after.png")]
            if scene_id == MAIN and (width, height) == (1366, 768):
                shots.append((Path(main_dir) / "question-before.png", Path(main_dir) / "question-after.png"))
            image = presenter.grab()
            for before, _ in shots:
                image.save(str(before))
                print(before)
            if scene_id == MAIN:
                scene.answer_edit.setText("0; 0.38; 0.66")
                scene.check_answer()
            else:
                scene.handle_key(Qt.Key.Key_R)
            wait(app, lambda: scene.result is not None and scene.working_label.text() != "")
            settle(app, 0.8)
            image = presenter.grab()
            for _, after in shots:
                image.save(str(after))
                print(after)
        presenter.close()
        presenter.deleteLater()
        settle(app, 0.2)


if __name__ == "__main__":
    args = sys.argv[1:]
    only = args[args.index("--scene") + 1:] if "--scene" in args else None
    args = args[:args.index("--scene")] if "--scene" in args else args
    out = args[0] if args and not args[0][0].isdigit() else "docs/screenshots/lecture/questions"
    sizes = [tuple(int(v) for v in a.split("x")) for a in args if "x" in a and a[0].isdigit()] or SIZES
    main(out, sizes, only)
