"""Screenshots of the step-through for docs/stepper.md (run under Xvfb, e.g. with xshot).

    python docs/screenshots/make_step_screenshots.py docs/screenshots

Builds a window with the real architecture editor beside the step-through pane, loads the
chapter's 2-3-5-4-2-1 network on the moons data (m = 200) and saves step-forward.png (Z[2]),
step-backward.png (dW[5]), step-dimensions.png and step-summary.png.
"""

import sys

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QWidget

from desktop_nn.engine.datasets import GENERATORS
from desktop_nn.engine.network import Network, to_columns
from desktop_nn.ui.kit import palette
from desktop_nn.ui.workbench.architecture_editor import ArchitectureEditor
from desktop_nn.ui.stepthrough.stepper import StepperPane


def main(out_dir: str) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    palette.apply_theme(app)
    window = QMainWindow()
    central = QWidget()
    row = QHBoxLayout(central)
    editor = ArchitectureEditor(hidden=(3, 5, 4, 2), model="network")
    editor.setFixedWidth(520)
    pane = StepperPane()
    row.addWidget(editor)
    row.addWidget(pane, 1)
    window.setCentralWidget(central)
    window.resize(1920, 1050)
    window.show()
    pane.attach_editor(editor)
    X_rows, y = GENERATORS["moons"](n_samples=200, noise=0.1, seed=0)
    X, Y = to_columns(X_rows, y, "sigmoid")
    net = Network([2, 3, 5, 4, 2, 1], hidden_activation="tanh", init="xavier", seed=0)
    done = []
    pane.traceReady.connect(lambda t: done.append(t))
    pane.load(net, X, Y, 0.5)
    while not done:
        app.processEvents()

    def shot(name, index=None, tab=0):
        if index is not None:
            pane.go(index)
        pane.tabs.setCurrentIndex(tab)
        for _ in range(5):
            app.processEvents()
        window.grab().save(f"{out_dir}/{name}")

    steps = done[0]
    z2 = next(s.index for s in steps if s.key == "Z" and s.layer == 2)
    dw5 = next(s.index for s in steps if s.key == "dW" and s.layer == 5)
    da3 = next(s.index for s in steps if s.key == "dA" and s.layer == 3)
    shot("step-forward.png", z2)
    shot("step-backward.png", dw5)
    shot("step-backward-dA.png", da3)
    shot("step-dimensions.png", z2, tab=1)
    shot("step-summary.png", z2, tab=2)
    pane.shutdown()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
