"""The slides' pandas lines run on the UCI Iris file shipped with the app: ``df.head()``, the
shapes, the class counts and the scatter of the two selected features."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from desktop_nn.engine.datasets import iris_path
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.code_view import CodeView, code_and_result, html_code
from desktop_nn.ui.lecture.scenes.slide_listings import IRIS_CODE
from desktop_nn.ui.lecture.scenes.text import wrapped
from desktop_nn.ui.lecture.widgets import class_scatter, set_class_points

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


def run_iris_code(state=None) -> dict:
    """Execute the slides' pandas lines (IRIS_CODE) on the shipped UCI file; what they produced."""
    namespace = {"__name__": "__lecture__", "iris_file": str(iris_path())}
    exec(compile(IRIS_CODE, "<iris-loading>", "exec"), namespace)
    df, X, y = namespace["df"], namespace["X"], namespace["y"]
    species = df.iloc[:, 4]
    return {
        "file": iris_path().name,
        "head_text": df.head().to_string(),
        "df_shape": tuple(df.shape),
        "X": np.asarray(X, dtype=float), "y": np.asarray(y),
        "X_shape": tuple(X.shape), "y_shape": tuple(y.shape),
        "all_counts": {str(k): int(v) for k, v in species.value_counts(sort=False).items()},
        "selected_counts": {str(k): int(v) for k, v in df.iloc[0:100, 4].value_counts(sort=False).items()},
        "label_counts": {int(k): int(v) for k, v in zip(*np.unique(y, return_counts=True))},
    }


class IrisLoadingScene(Scene):
    """The slides' pandas lines run on the shipped UCI Iris file: df.head(), shapes, counts, scatter."""

    SETTINGS: dict = {}

    def build(self) -> None:
        left, right = code_and_result(self.body, (1, 1))
        self.code = CodeView(IRIS_CODE, "codeView")
        left.addWidget(self.code, 3)
        self.head = wrapped("", theme.CELL, "dfHead", mono=True)
        left.addWidget(self.head)
        self.scatter = theme.plot(translate("lecture/iris_loading", "setosa and versicolor: rows 0–99"), translate("Lecture", "sepal length [cm]"),
                                  translate("Lecture", "petal length [cm]"), "irisScatter")
        theme.legend(self.scatter, offset=(10, 10))
        self.scatter.setYRange(0.6, 6.9, padding=0)           # the legend above the flowers, not on them
        self.neg, self.pos = class_scatter(self.scatter, ("Iris-setosa: y = −1", "Iris-versicolor: y = +1"))
        right.addWidget(self.scatter, 1)
        self.shapes = wrapped("", theme.BODY, "irisShapes")
        right.addWidget(self.shapes)
        self.result = None

    def on_activate(self) -> None:
        if self.result is None:
            self.submit("read", run_iris_code, self.show_result)

    def show_result(self, r: dict) -> None:
        self.result = r
        lines = [html_code(t).replace("\u200b", "") for t in r["head_text"].split("\n")]
        self.head.setText("<b>df.head()</b><br>" + "<br>".join(lines))
        set_class_points(self.neg, self.pos, r["X"], r["y"])
        counts = r["label_counts"]
        sel = r["selected_counts"]
        self.shapes.setText(
            translate("lecture/iris_loading", "read <b>{}</b>, the UCI file shipped with the app").format(r['file']) + "<br>"
            f"df.shape = {r['df_shape']}: " + ", ".join(f"{v} {k}" for k, v in r["all_counts"].items())
            + f"<br>X.shape = {r['X_shape']}, y.shape = {r['y_shape']}<br>"
            + f"y = −1: {counts.get(-1, 0)} ({', '.join(k for k in sel if k == 'Iris-setosa')}), "
            + f"y = +1: {counts.get(1, 0)} ({', '.join(k for k in sel if k != 'Iris-setosa')})")
        self.mark_ready()
