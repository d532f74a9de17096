"""The slides' ``Perceptron`` class beside ``Perceptron(epochs=10, eta=0.1).train(X, y)`` on Iris:
the boundary and ``errors_`` epoch by epoch, and the weights the call prints.

The code on screen is the slides' text (:mod:`~desktop_nn.ui.lecture.scenes.slide_listings`); the
numbers beside it come from the engine's ``Perceptron``, trained in the lecture's worker thread.
"""

from __future__ import annotations
from PySide6.QtCore import QCoreApplication

from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scenes.code_view import ListingScene, html_code, python_vector
from desktop_nn.ui.lecture.scenes.single_neuron import (
    chapter_iris,
    first_error_free_epoch,
    perceptron_history,
    show_errors,
    show_linear_model,
)
from desktop_nn.ui.lecture.scenes.slide_listings import PERCEPTRON_CLASS, PERCEPTRON_RUN
from desktop_nn.ui.lecture.widgets import RegionPlot

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


def perceptron_run(epochs: int, eta: float, state=None) -> dict:
    """Perceptron(epochs, eta).train(X, y) on the chapter's Iris, epoch by epoch."""
    X, y = chapter_iris()
    return perceptron_history(X, y, eta, epochs, state)


class PerceptronCodeScene(ListingScene):
    """The slides' Perceptron class beside Perceptron(epochs=10, eta=0.1).train(X, y) on Iris."""

    SETTINGS = {"epochs": 10, "eta": 0.1}

    def build(self) -> None:
        s = self.settings
        self.run_code = PERCEPTRON_RUN.format(epochs=int(s["epochs"]), eta=float(s["eta"]))
        self.regions = RegionPlot(translate("Lecture", "sepal length [cm]"), translate("Lecture", "petal length [cm]"),
                                  translate("lecture/perceptron_code", "Perceptron"), "regionPlot")
        self.errors_plot = theme.plot("ppn.errors_", translate("lecture/perceptron_code", "Iterations"), translate("lecture/perceptron_code", "Misclassifications"),
                                      "errorsPlot")
        self.errors_curve = theme.curve(self.errors_plot, theme.ACCENT)
        self.build_listing(PERCEPTRON_CLASS, "printOutput", [self.regions, self.errors_plot], "perceptronState")
        self.show_console(None)

    def on_activate(self) -> None:
        if self.run is None:
            e, eta = int(self.settings["epochs"]), float(self.settings["eta"])
            self.submit("run", lambda st: perceptron_run(e, eta, st), self.set_history)

    def set_history(self, h: dict) -> None:
        self.regions.set_points(h["X"], h["y"])
        self.play_run(h, len(h["errors"]))          # the trained result first; ▶ replays it

    def show_console(self, w) -> None:
        lines = "<br>".join(html_code(t) for t in self.run_code.rstrip("\n").split("\n"))
        if w is None:
            out = f"<span style='color:{theme.MUTED}'>" + translate("lecture/perceptron_code", "… printed when train() has finished") + "</span>"
        else:
            out = f"<b>{html_code(f'Weights: {python_vector(w)}')}</b>"
        self.console.setText(f"{lines}<br>{out}")

    def show_epoch(self, k: int) -> None:
        h = self.run
        w = h["weights"][k]
        wrong = show_linear_model(self.regions, h, k)
        show_errors(self.errors_plot, self.errors_curve, h["errors"], k)
        self.show_console(w if k == len(h["errors"]) else None)
        text = (translate("Lecture", "epoch {}").format(k) + f": w_ = {theme.fmt_vec(w, 3)}<br>"
                + translate("Lecture", "✕ {} misclassified").format(len(wrong)))
        first_zero = first_error_free_epoch(h["errors"])
        if first_zero is not None and k >= first_zero:
            text += translate("Lecture", " · converged: errors_ is 0 from epoch {} on").format(first_zero)
        self.state_label.setText(text)
