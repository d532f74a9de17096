"""The exercise-set window before and after a reveal, on screens of three sizes.

    python docs/screenshots/make_exercise_screenshots.py [docs/screenshots]

For each screen size (1366×768 — the pictures docs/exercises.md shows — and 1024×768 and
1920×1080 to check the fit) a process of its own runs offscreen with one screen of that size,
opens the window as Exercises ▸ Exercise set does for the network 2-4-2-1, seed 7, medium, and
saves the window:

* ``exercise-set-before.png`` — answers typed into the first questions, a hint asked for;
* ``exercise-set-after.png`` — those answers checked: one right, one wrong (its key and working
  revealed), one that could not be read;
* ``exercise-set-1024x768.png`` / ``exercise-set-1920x1080.png`` — the "after" state there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = [(1366, 768), (1024, 768), (1920, 1080)]


def _platform(width: int, height: int) -> str:
    path = os.path.join(tempfile.gettempdir(), f"desktop_nn_exercise_screen_{width}x{height}.json")
    with open(path, "w") as f:
        json.dump({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, f)
    return f"offscreen:configfile={path}"


def shoot(out_dir: Path, width: int, height: int) -> None:
    """One screen size, in this process (QT_QPA_PLATFORM already names the screen)."""
    from make_main_window_screenshots import settle   # this folder's helpers (run as a script)
    from PySide6.QtCore import QStandardPaths

    from desktop_nn.app import _application
    from desktop_nn.exercises.wording import answer_text
    from desktop_nn.ui.exercises.exercise_window import ExerciseWindow

    QStandardPaths.setTestModeEnabled(True)
    app = _application()
    window = ExerciseWindow(layer_dims=(2, 4, 2, 1), hidden_activation="tanh", seed=7, difficulty="medium")
    window.show()
    window.generate()
    deadline = time.monotonic() + 20
    while window.exercise_set is None and time.monotonic() < deadline:
        settle(app, 0.05)
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height(), "larger than its screen"
    first, second, third = window.cards[:3]
    first.answerEdit.setText(answer_text(first.question.answer, "number", 4).replace(".", ","))
    second.answerEdit.setText("0.5")
    third.answerEdit.setText("abc")
    second.hint()
    second.hint()
    settle(app, 0.3)
    big = (width, height) == (1366, 768)
    if big:
        window.grab().save(str(out_dir / "exercise-set-before.png"))
    for card in (first, second, third):
        card.check()
    settle(app, 0.3)
    window.scroll.ensureWidgetVisible(third, 0, 0)
    settle(app, 0.3)
    name = "exercise-set-after.png" if big else f"exercise-set-{width}x{height}.png"
    window.grab().save(str(out_dir / name))
    print(name, window.width(), window.height(), "screen", screen.width(), screen.height())
    window.close()
    settle(app, 0.2)


def main(out_dir: str = "docs/screenshots") -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for width, height in SIZES:
        env = dict(os.environ, QT_QPA_PLATFORM=_platform(width, height))
        subprocess.run([sys.executable, __file__, "--shoot", str(out), f"{width}x{height}"], env=env, check=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--shoot":
        w, h = (int(v) for v in sys.argv[3].split("x"))
        sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
        shoot(Path(sys.argv[2]), w, h)
    else:
        main(*sys.argv[1:])
