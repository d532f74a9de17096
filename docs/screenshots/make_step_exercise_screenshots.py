"""Screenshots of the step-through's exercise mode for docs/exercises.md (run under Xvfb with xshot).

    xshot --size 1366x768 --steps "sleep:60" -- python docs/screenshots/make_step_exercise_screenshots.py
    xshot --size 1024x768 --steps "sleep:60" -- python docs/screenshots/make_step_exercise_screenshots.py
    xshot --size 1920x1080 --steps "sleep:60" -- python docs/screenshots/make_step_exercise_screenshots.py

The real main window, maximised, on XOR with a 2-4-2-1 tanh network; Step-through, then
✎ Exercises, at the step Z[2] = W[2] A[1] + b[2]:
* step-exercise-before.png — the question: the asked entry of Z[2] is a "?", an answer typed;
* step-exercise-after.png — after Check: marked (right), the working, the operands outlined.
On a screen other than 1366×768 the names end in the screen's width (step-exercise-before-1024.png).
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtTest import QTest

from desktop_nn.app import _application, create_main_window

sys.path.insert(0, str(Path(__file__).parent))
from make_main_window_screenshots import settle, wait  # noqa: E402  (the same waiting helpers)


def main(out_dir: str) -> None:
    out = Path(out_dir)
    QStandardPaths.setTestModeEnabled(True)
    app = _application()
    scratch = Path(tempfile.mkdtemp(prefix="desktop-nn-shots-"))
    window = create_main_window(autosave_dir=scratch / "autosave",
                                project_settings=QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window.showMaximized()
    width = window.screen().geometry().width()
    suffix = "" if width == 1366 else f"-{width}"
    c = window.controller
    wait(app, lambda: c.latest is not None)
    hp, editor = window.hyperparameters, window.editor
    editor.modelCombo.setCurrentIndex(editor.modelCombo.findData("network"))
    hp.datasetCombo.setCurrentIndex(hp.datasetCombo.findData("xor"))
    wait(app, lambda: c.latest.model == "network" and c.latest.config.dataset == "xor")
    settle(app, 1.0)
    window.open_step_through()
    stepper = window.stepper
    wait(app, lambda: stepper.trace() is not None)
    z2 = next(s.index for s in stepper.trace() if s.key == "Z" and s.layer == 2)
    stepper.go(z2)
    stepper.exercises.toggle.click()
    settle(app, 1.0)
    asked = stepper.exercises.current()
    edit = stepper.exercises.panel.answerEdit
    edit.setFocus()
    QTest.keyClicks(edit, f"{asked.question.answer:.4g}".replace(".", ","))    # typed, not yet checked
    settle(app, 1.0)
    window.grab().save(str(out / f"step-exercise-before{suffix}.png"))
    QTest.keyClick(edit, Qt.Key.Key_Return)
    settle(app, 1.0)
    window.grab().save(str(out / f"step-exercise-after{suffix}.png"))
    window.close()
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
