"""The slides' ``X_std`` lines run one statement at a time on the chapter's X: the means and
standard deviations they use, and the standardised result."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.code_view import CLASS_NAMES, CodeView, code_and_result, html_code, number_text
from desktop_nn.ui.lecture.scenes.single_neuron import chapter_iris
from desktop_nn.ui.lecture.scenes.slide_listings import SCALING_CODE, SCALING_LINES
from desktop_nn.ui.lecture.scenes.text import wrapped
from desktop_nn.ui.lecture.widgets import class_scatter, set_class_points

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


def run_scaling_code(lines: int, state=None) -> dict:
    """Execute the first ``lines`` statements of the slides' X_std code on the chapter's X."""
    X, y = chapter_iris()
    namespace = {"__name__": "__lecture__", "np": np, "X": X.copy()}
    statements = SCALING_CODE.rstrip("\n").split("\n")
    for n in SCALING_LINES[:lines]:
        exec(compile(statements[n], "<feature-scaling>", "exec"), namespace)
    X_std = namespace.get("X_std")
    return {
        "X": X, "y": y, "lines": lines, "mean": X.mean(axis=0), "std": X.std(axis=0),
        "X_std": None if X_std is None else np.array(X_std),
        "std_mean": None if X_std is None else X_std.mean(axis=0),
        "std_std": None if X_std is None else X_std.std(axis=0),
    }


class FeatureScalingCodeScene(Scene):
    """The slides' X_std lines, run one by one: the means and σ they use, the standardised result."""

    SETTINGS: dict = {}

    def build(self) -> None:
        left, right = code_and_result(self.body, (1, 1))
        self.code = CodeView(SCALING_CODE, "codeView", fit=True)
        left.addWidget(self.code)
        self.stats = wrapped("", theme.CELL, "scalingTable")
        left.addWidget(self.stats)
        self.example = wrapped("", theme.BODY, "scalingExample")
        left.addWidget(self.example)
        left.addStretch(1)
        self.raw_plot = theme.plot("X [cm]", translate("lecture/scaling_code", "X[:,0] sepal"), translate("lecture/scaling_code", "X[:,1] petal"), "rawPlot")
        self.std_plot = theme.plot(translate("lecture/scaling_code", "X_std (dashed: ±1)"), "X_std[:,0]", "X_std[:,1]", "stdPlot")
        right.addWidget(self.raw_plot, 1)
        right.addWidget(self.std_plot, 1)
        self.raw_items = class_scatter(self.raw_plot, CLASS_NAMES)
        self.std_items = class_scatter(self.std_plot, CLASS_NAMES)
        self.std_box = pg.PlotDataItem([], [], pen=theme.pen(theme.GREEN, 3, dashed=True))
        self.std_plot.addItem(self.std_box)
        self.next_button = theme.button(translate("lecture/scaling_code", "Run next line ▶"), "nextLineButton")
        self.next_button.clicked.connect(self.next_line)
        left.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.play_button = self.next_button             # P runs the next line
        self.lines = 0
        self.result = None

    def on_activate(self) -> None:
        if self.result is None:
            self.run_lines(len(SCALING_LINES))

    def next_line(self) -> None:
        self.run_lines(self.lines + 1 if self.lines < len(SCALING_LINES) else 0)

    def run_lines(self, n: int) -> None:
        self.submit("run", lambda st: run_scaling_code(n, st), self.show_result)

    def show_result(self, r: dict) -> None:
        self.result = r
        self.lines = r["lines"]
        done = self.lines >= len(SCALING_LINES)
        self.next_button.setText(translate("lecture/scaling_code", "↺ from the top") if done else translate("lecture/scaling_code", "Run next line ▶"))
        self.code.highlight([SCALING_LINES[self.lines - 1]] if self.lines else [])
        X, y = r["X"], r["y"]
        set_class_points(*self.raw_items, X, y)
        mean, std = r["mean"], r["std"]

        def cell(v):
            return f"<td align=right>&nbsp;{v}&nbsp;</td>"

        rows = [("X[:,j].mean()", [theme.fmt(v, 3) for v in mean]), ("X[:,j].std()", [theme.fmt(v, 3) for v in std])]
        Xs = r["X_std"]
        if Xs is not None:
            set_class_points(*self.std_items, Xs, y)
            rows += [("X_std[:,j].mean()", [number_text(v, 3) for v in r["std_mean"]]),
                     ("X_std[:,j].std()", [number_text(v, 3) for v in r["std_std"]])]
            self.std_plot.enableAutoRange()
            self.std_box.setData([-1, 1, 1, -1, -1], [-1, -1, 1, 1, -1])
        else:
            set_class_points(*self.std_items, np.zeros((0, 2)), np.zeros(0))
            self.std_box.setData([], [])
        table = "<tr><th></th><th align=right>&nbsp;j = 0&nbsp;</th><th align=right>&nbsp;j = 1&nbsp;</th></tr>"
        table += "".join(f"<tr><td>{html_code(name)}</td>{''.join(cell(v) for v in vals)}</tr>" for name, vals in rows)
        self.stats.setText(f"<table cellspacing=0 cellpadding=1>{table}</table>")
        if self.lines == 0:
            self.example.setText(translate("lecture/scaling_code", "Nothing run yet: X_std does not exist. Press Run next line ▶."))
        elif self.lines == 1:
            self.example.setText(translate("lecture/scaling_code", "X_std is a copy of X: still in cm."))
        else:
            cols = list(range(self.lines - 1))
            parts = [f"X_std[0,{c}] = ({theme.fmt(X[0, c], 3)} − {theme.fmt(mean[c], 3)}) / {theme.fmt(std[c], 3)} "
                     f"= {theme.fmt(Xs[0, c], 3)}" for c in cols]
            if done:
                centred = bool(np.all(np.abs(r["std_mean"]) < 1e-9))
                unit = bool(np.all(np.abs(r["std_std"] - 1) < 1e-9))
                tail = ("<br><b>" + translate("lecture/scaling_code", "X_std: mean {}, standard deviation {} in both columns").format(
                    translate("lecture/scaling_code", "0 (up to rounding)") if centred else translate("lecture/scaling_code", "not 0"),
                    "1" if unit else translate("lecture/scaling_code", "not 1")) + "</b>")
            else:
                tail = "<br>" + translate("lecture/scaling_code", "column 1 is still in cm")
            self.example.setText("<br>".join(parts) + tail)
        self.mark_ready()
