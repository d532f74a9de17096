"""The slides' code of the chapter's first part, each beside what it computes on Iris.

* :class:`PerceptronCodeScene` — the slides' ``Perceptron`` class and ``Perceptron(epochs=10,
  eta=0.1)`` trained on Iris: the boundary and ``errors_`` epoch by epoch, the printed weights.
* :class:`IrisLoadingScene` — the slides' pandas lines run on the UCI file shipped with the app:
  ``df.head()``, the shapes, the class counts and the scatter of the selected features.
* :class:`DeltaRuleDerivationScene` — ∂J/∂w_j for J(w) = ½ Σ (y′ − y)², line by line, every line
  evaluated at the current weights on standardised Iris, down to the engine's update Δw_j.
* :class:`AdalineCodeScene` — the slides' ``AdalineGD`` class beside its ``cost_`` curve.
* :class:`FeatureScalingCodeScene` — the slides' ``X_std`` lines run one by one, with the means and
  standard deviations they use and the standardised result.
* :class:`AdalineSgdCodeScene` — the slides' ``AdalineSGD`` class beside its decision regions and
  cost per epoch.
* :class:`LinearModelsScene` — linear regression, Adaline, the perceptron and logistic regression
  on the same data: activation, output, what the error is measured on, the update.

The code on screen is the slides' text; the numbers beside it come from the engine's classes
(:mod:`desktop_nn.engine.classic`), trained in the lecture's worker thread. Where the slides' code is
itself what runs (reading the Iris file, standardising), it is executed as shown, in the worker.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetricsF, QTextBlockFormat, QTextCursor, QTextFormat, QTextOption
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QTextEdit, QVBoxLayout

from desktop_nn.engine.classic import AdalineGD, AdalineSGD, LogisticRegressionGD, Perceptron
from desktop_nn.engine.datasets import iris_path, iris_setosa_versicolor, standardize
from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.classic import adaline_epochs
from desktop_nn.ui.lecture.scenes.code import PythonHighlighter
from desktop_nn.ui.lecture.training import train_epochs
from desktop_nn.ui.lecture.players import EpochPlayer
from desktop_nn.ui.lecture.widgets import RegionPlot, grid_points

# --- the slides' code, as the slides print it ------------------------------------------------------
PERCEPTRON_CLASS = '''import numpy as np

class Perceptron(object):
    def __init__(self, eta=0.01, epochs=50):
        self.eta = eta
        self.epochs = epochs

    def train(self, X, y):
        self.w_ = np.zeros(1 + X.shape[1])
        self.errors_ = []
        for _ in range(self.epochs):
            errors = 0
            for xi, target in zip(X, y):
                update = self.eta * (target - self.predict(xi))
                self.w_[1:] += update * xi
                self.w_[0] += update
                errors += int(update != 0.0)
            self.errors_.append(errors)
        return self

    def net_input(self, X):
        return np.dot(X, self.w_[1:]) + self.w_[0]

    def predict(self, X):
        return np.where(self.net_input(X) >= 0.0, 1, -1)
'''

PERCEPTRON_RUN = '''ppn = Perceptron(epochs={epochs}, eta={eta})
ppn.train(X, y)
print('Weights: %s' % ppn.w_)
'''

#: the slides' lines, with the UCI address kept as a comment: the app reads the same file from disk
IRIS_CODE = '''import numpy as np
import pandas as pd

# the slide reads iris.data from archive.ics.uci.edu;
# here: the same UCI file, shipped with the app
df = pd.read_csv(iris_file, header=None)

# setosa and versicolor
y = df.iloc[0:100, 4].values
y = np.where(y == 'Iris-setosa', -1, 1)

# sepal length and petal length
X = df.iloc[0:100, [0,2]].values
'''

ADALINE_CLASS = '''import numpy as np

class AdalineGD(object):
    def __init__(self, alpha=0.01, epochs=50):
        self.alpha = alpha
        self.epochs = epochs
    def train(self, X, y):
        self.w_ = np.zeros(1 + X.shape[1])
        self.cost_ = []
        for i in range(self.epochs):
            output = self.net_input(X)
            errors = (y - output)
            self.w_[1:] += self.alpha * X.T.dot(errors)
            self.w_[0] += self.alpha * errors.sum()
            cost = (errors**2).sum() / 2.0
            self.cost_.append(cost)
        return self

    def net_input(self, X):
        return np.dot(X, self.w_[1:]) + self.w_[0]
    def activation(self, X):
        return self.net_input(X)
    def predict(self, X):
        return np.where(self.activation(X) >= 0.0, 1, -1)
'''

ADALINE_RUN = "ada = AdalineGD(epochs={epochs}, alpha={alpha}).train(X_std, y)\n"

SCALING_CODE = '''# standardize features
X_std = np.copy(X)
X_std[:,0] = (X[:,0] - X[:,0].mean()) / X[:,0].std()
X_std[:,1] = (X[:,1] - X[:,1].mean()) / X[:,1].std()
'''
#: the statements of SCALING_CODE, run one at a time (line numbers in the code view)
SCALING_LINES = (1, 2, 3)

ADALINE_SGD_CLASS = '''import numpy as np

class AdalineSGD(object):
    def __init__(self, alpha=0.01, epochs=50):
        self.alpha = alpha
        self.epochs = epochs
    def train(self, X, y, reinitialize_weights=True):
        if reinitialize_weights:
            self.w_ = np.zeros(1 + X.shape[1])
        self.cost_ = []
        for i in range(self.epochs):
            for xi, target in zip(X, y):
                output = self.net_input(xi)
                error = (target - output)
                self.w_[1:] += self.alpha * xi.dot(error)
                self.w_[0] += self.alpha * error
            cost = ((y - self.activation(X))**2).sum() / 2.0
            self.cost_.append(cost)
        return self

    def net_input(self, X):
        return np.dot(X, self.w_[1:]) + self.w_[0]

    def activation(self, X):
        return self.net_input(X)

    def predict(self, X):
        return np.where(self.activation(X) >= 0.0,
                       1, -1)
'''

ADALINE_SGD_RUN = "ada = AdalineSGD(epochs={epochs}, alpha={alpha}).train(X_std, y)\n"


def number_text(x: float, digits: int = 3) -> str:
    """A number as computed, tiny ones included: 4.4e-16 is shown as "4.4 × 10⁻¹⁶", not as 0."""
    x = float(x)
    if x != 0 and abs(x) < 10.0 ** -digits:
        mantissa, exponent = f"{x:.1e}".split("e")
        sup = str(int(exponent)).translate(str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻"))
        return f"{mantissa} × 10{sup}".replace("-", theme.MINUS)
    return theme.fmt(x, digits)


def python_vector(w) -> str:
    """A weight vector as NumPy prints it (spaces, no commas), with true minus signs."""
    return "[" + "  ".join(theme.fmt(v, 3) for v in w) + "]"


# --- computations (run in the worker; no Qt) --------------------------------------------------------
def chapter_iris(standardised: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """The chapter's X (setosa / versicolor; sepal and petal length) and y in ±1, optionally X_std."""
    X, y = iris_setosa_versicolor()
    return (standardize(X)[0] if standardised else X), y


def perceptron_run(epochs: int, eta: float, state=None) -> dict:
    """Perceptron(epochs, eta).train(X, y) on the chapter's Iris, epoch by epoch."""
    X, y = chapter_iris()
    model = Perceptron(eta=eta, epochs=epochs)
    weights = train_epochs(model, X, y, epochs, state)
    pts, extent, n = grid_points(X, 160)
    return {"X": X, "y": y, "weights": weights, "errors": list(model.errors_), "grid": pts, "extent": extent, "n": n}


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


def engine_adaline_step(X: np.ndarray, y: np.ndarray, w: np.ndarray, alpha: float) -> np.ndarray:
    """Δw of one epoch of the engine's AdalineGD started from the weights ``w``."""
    model = AdalineGD(alpha=alpha, epochs=1).initialize(X.shape[1])
    model.w_ = np.array(w, dtype=float)
    model.train_epoch(X, y)
    return model.w_ - np.asarray(w, dtype=float)


def derivation(epoch: int, j: int, alpha: float, state=None) -> dict:
    """Every line of the slides' derivation of ∂J/∂w_j, evaluated at the weights after ``epoch``
    epochs of AdalineGD(alpha) on standardised Iris (x₀ = 1 carries the bias w₀).

    Lines 1–2 differentiate numerically (central differences, exact for this quadratic J up to
    rounding), line 3 applies the chain rule to numerical inner derivatives, line 4 writes the output
    as Σ_k w_k x_k, line 5 is the closed form; Δw_j is −α times it, checked against the engine."""
    X, y = chapter_iris(standardised=True)
    weights, _ = adaline_epochs(X, y, alpha, epoch, state)
    w = weights[epoch].copy()
    m = len(y)
    Xb = np.c_[np.ones(m), X]                       # x_0 = 1: w_0 is the bias
    h = 1e-3
    e = np.zeros(len(w))
    e[j] = h

    def out(wv):                                     # y = g(z) = z = Σ_k w_k x_k
        return Xb @ wv

    def J(wv):
        return 0.5 * float(((y - out(wv)) ** 2).sum())

    line1 = (J(w + e) - J(w - e)) / (2 * h)
    per_flower = ((y - out(w + e)) ** 2 - (y - out(w - e)) ** 2) / (2 * h)
    line2 = 0.5 * float(per_flower.sum())
    output = out(w)
    residual = y - output                            # y′ − y for every flower
    inner = ((y - out(w + e)) - (y - out(w - e))) / (2 * h)     # ∂(y′ − y)/∂w_j, numerically
    line3 = 0.5 * float((2 * residual * inner).sum())
    written_out = sum(w[k] * Xb[:, k] for k in range(len(w)))  # Σ_k w_k x_k, term by term
    inner4 = ((y - (written_out + h * Xb[:, j])) - (y - (written_out - h * Xb[:, j]))) / (2 * h)
    line4 = float((residual * inner4).sum())
    line5 = float((residual * -Xb[:, j]).sum())
    dw_j = alpha * float((residual * Xb[:, j]).sum())
    engine_dw = engine_adaline_step(X, y, w, alpha)
    # J along w_j through the current weights, for the tangent picture
    span = max(1.0, 2.5 * abs(dw_j), abs(w[j]) * 0.8)
    ws = np.linspace(w[j] - span, w[j] + span, 161)
    curve = []
    for v in ws:
        wv = w.copy()
        wv[j] = v
        curve.append(J(wv))
    return {
        "w": w, "j": j, "alpha": alpha, "epoch": epoch, "J": J(w), "J_new": J(w + engine_dw),
        "lines": [line1, line2, line3, line4, line5], "dw_j": dw_j, "engine_dw": engine_dw,
        "first": {"y_true": float(y[0]), "x": Xb[0].copy(), "output": float(output[0]),
                  "residual": float(residual[0]), "inner": float(inner[0])},
        "m": m, "curve_w": ws, "curve_J": np.array(curve),
    }


def adaline_code_run(epochs: int, alpha: float, state=None) -> dict:
    """AdalineGD(epochs, alpha).train(X_std, y), epoch by epoch: weights after 0…E epochs, cost_,
    and J after the last update (cost_ holds J before each update)."""
    X, y = chapter_iris(standardised=True)
    weights, cost = adaline_epochs(X, y, alpha, epochs, state)
    w = weights[-1]
    with np.errstate(over="ignore", invalid="ignore"):
        after = 0.5 * float(((y - (X @ w[1:] + w[0])) ** 2).sum())
    return {"X": X, "y": y, "weights": weights, "cost": cost, "after": after}


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


def adaline_sgd_run(epochs: int, alpha: float, state=None) -> dict:
    """AdalineSGD(epochs, alpha).train(X_std, y) epoch by epoch (data order, as the slides' class),
    with batch GD's SSE after each epoch beside it."""
    X, y = chapter_iris(standardised=True)
    model = AdalineSGD(alpha=alpha, epochs=epochs)
    weights = train_epochs(model, X, y, epochs, state)
    with np.errstate(over="ignore", invalid="ignore"):
        batch = AdalineGD(alpha=alpha, epochs=epochs + 1).train(X, y).cost_   # J after 0…E epochs
    pts, extent, n = grid_points(X, 150, pad=0.5)
    return {"X": X, "y": y, "weights": weights, "cost": np.array(model.cost_, dtype=float),
            "batch": np.array(batch, dtype=float), "grid": pts, "extent": extent, "n": n}


MODELS = ("linear regression", "Adaline", "perceptron", "logistic regression")


def linear_models_run(epochs: int, alpha: float, eta: float, alpha_logistic: float, state=None) -> dict:
    """The four linear models of the slides on the same data (standardised setosa / versicolor):
    least squares solved once, and the engine's AdalineGD, Perceptron and LogisticRegressionGD
    trained epoch by epoch. Weights after 0…E epochs for each."""
    X, y = chapter_iris(standardised=True)
    Xb = np.c_[np.ones(len(y)), X]
    least_squares = np.linalg.lstsq(Xb, y.astype(float), rcond=None)[0]
    models = {"Adaline": AdalineGD(alpha=alpha, epochs=epochs), "perceptron": Perceptron(eta=eta, epochs=epochs),
              "logistic regression": LogisticRegressionGD(alpha=alpha_logistic, epochs=epochs)}
    models["logistic regression"].set_classes(y)            # the two labels before epoch-wise training
    weights = {"linear regression": np.repeat(least_squares[None, :], epochs + 1, axis=0)}
    for name, model in models.items():
        weights[name] = train_epochs(model, X, y, epochs, state)
    return {"X": X, "y": y, "weights": weights}


def model_outputs(name: str, w: np.ndarray, X: np.ndarray, y: np.ndarray) -> dict:
    """What model ``name`` computes with weights ``w``: net input z, its activation g(z), the
    target the error is measured against, the error, the predicted class, and its cost."""
    z = X @ w[1:] + w[0]
    pred = np.where(z >= 0, 1, -1)
    if name in ("linear regression", "Adaline"):
        g, target = z, y.astype(float)
        error = target - g
        cost = 0.5 * float((error ** 2).sum())
    elif name == "perceptron":
        g, target = pred.astype(float), y.astype(float)
        error = target - g
        cost = float(np.sum(pred != y))
    else:
        g = 1.0 / (1.0 + np.exp(-z))
        target = (y > 0).astype(float)
        error = target - g
        cost = float(np.mean(np.logaddexp(0.0, z) - target * z))
    return {"z": z, "g": g, "target": target, "error": error, "pred": pred, "cost": cost,
            "correct": int(np.sum(pred == y))}


# --- widgets ---------------------------------------------------------------------------------------
class CodeView(QTextEdit):
    """Python at the projector's code size: highlighted, read-only, scrolled vertically.

    A line too long for the view wraps with a hanging indent — its continuation starts four columns
    right of the line's own indentation — so Python's indentation stays readable and the view never
    needs more width than the scene gives it."""

    HANG = 4

    def __init__(self, source: str = "", object_name: str = "codeView", fit: bool = False):
        super().__init__()
        self.setObjectName(object_name)
        self.fit = fit
        self.setReadOnly(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)        # the clicker's keys stay with the presenter
        self.setFont(theme.font(theme.CODE, mono=True))
        self.document().setDefaultFont(self.font())
        self.document().setDocumentMargin(theme.px(10))
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(theme.px(300))
        self.setStyleSheet(f"QTextEdit {{ background: #F7F7F7; color: {theme.TEXT}; border: 1px solid #BBBBBB; }}")
        self.highlighter = PythonHighlighter(self.document())
        self.source = ""
        self.set_source(source)

    def set_source(self, source: str) -> None:
        if source == self.source:
            return
        self.source = source
        doc = self.document()
        doc.clear()
        cursor = QTextCursor(doc)
        space = QFontMetricsF(self.font()).horizontalAdvance(" ")
        for n, line in enumerate(source.rstrip("\n").split("\n")):
            indent = len(line) - len(line.lstrip(" "))
            block = QTextBlockFormat()
            block.setLeftMargin((indent + self.HANG) * space)
            block.setTextIndent(-self.HANG * space)
            if n == 0:
                cursor.setBlockFormat(block)
            else:
                cursor.insertBlock(block)
            cursor.insertText(line.lstrip(" "))
        self.moveCursor(QTextCursor.MoveOperation.Start)       # show the code from its first line
        self.verticalScrollBar().setValue(0)
        self.fit_height()

    def fit_height(self) -> None:
        """With ``fit``, no taller than the code needs at the present width (short code, no blank box)."""
        if not self.fit:
            return
        doc = self.document()
        doc.setTextWidth(self.viewport().width())
        self.setMaximumHeight(int(doc.size().height()) + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def line_text(self, n: int) -> str:
        return self.source.rstrip("\n").split("\n")[n]

    def highlight(self, lines: list[int]) -> None:
        """Mark whole code lines (0-based) with a pale background and scroll the first into view."""
        selections = []
        for n in lines:
            block = self.document().findBlockByNumber(n)
            if not block.isValid():
                continue
            sel = QTextEdit.ExtraSelection()
            sel.format.setBackground(QColor("#FFE08A"))
            sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.setExtraSelections(selections)
        if selections:
            c = QTextCursor(self.document().findBlockByNumber(lines[0]))
            self.setTextCursor(c)
            self.ensureCursorVisible()


def console(object_name: str, size: float = theme.CODE) -> QLabel:
    """A block of code and printed output (monospace, wrapped), for a call and what it prints."""
    w = theme.label("", size, mono=True, object_name=object_name, wrap=True)
    w.setTextFormat(Qt.TextFormat.RichText)
    w.setStyleSheet(f"color: {theme.TEXT}; background: #F7F7F7; border: 1px solid #BBBBBB; padding: {theme.px(8)}px;")
    w.setMinimumWidth(1)
    return w


def html_code(line: str) -> str:
    """One line of code for a rich-text label: escaped, spaces kept, and a line break allowed after
    "(" and "=" (a long call wraps there instead of being cut)."""
    text = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(" ", "&nbsp;")
    return text.replace("(", "(\u200b").replace("=", "=\u200b")


def wrapped(text: str = "", size: float = theme.BODY, object_name: str | None = None, bold: bool = False,
            color: str = theme.TEXT, mono: bool = False) -> QLabel:
    """A label that wraps and never widens its column."""
    w = theme.label(text, size, bold=bold, color=color, object_name=object_name, mono=mono, wrap=True)
    w.setTextFormat(Qt.TextFormat.RichText)
    w.setMinimumWidth(1)
    return w


def scatter_items(plot: pg.PlotWidget, names: tuple[str, str] = ("setosa (−1)", "versicolor (+1)")):
    """Class −1 as orange circles, +1 as blue squares (colour and shape), as in the region plots."""
    neg = pg.ScatterPlotItem(size=theme.px(theme.SYMBOL_SIZE + 2), symbol="o", brush=pg.mkBrush(theme.NEG),
                             pen=pg.mkPen("k", width=1.2), name=names[0])
    pos = pg.ScatterPlotItem(size=theme.px(theme.SYMBOL_SIZE + 2), symbol="s", brush=pg.mkBrush(theme.POS),
                             pen=pg.mkPen("k", width=1.2), name=names[1])
    plot.addItem(neg)
    plot.addItem(pos)
    return neg, pos


def set_scatter(neg, pos, X: np.ndarray, y: np.ndarray) -> None:
    positive = y > 0
    pos.setData(X[positive, 0], X[positive, 1])
    neg.setData(X[~positive, 0], X[~positive, 1])


def hard_regions(regions: RegionPlot, grid: np.ndarray, extent, n: int, w: np.ndarray) -> None:
    """The decision regions of a thresholded linear model (+1 where w·x + b ≥ 0) and its boundary."""
    z = grid @ w[1:] + w[0]
    regions.set_regions((z >= 0).astype(float).reshape(n, n) * 0.9 + 0.05, extent)
    regions.set_line(w)


# --- scenes ----------------------------------------------------------------------------------------
class _SplitScene(Scene):
    """Code on the left, its result on the right."""

    CODE_SHARE = (11, 9)

    def split(self) -> tuple[QVBoxLayout, QVBoxLayout]:
        main = QHBoxLayout()
        main.setSpacing(theme.px(24))
        self.body.addLayout(main, 1)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(theme.px(10))
        right.setSpacing(theme.px(10))
        main.addLayout(left, self.CODE_SHARE[0])
        main.addLayout(right, self.CODE_SHARE[1])
        return left, right


class PerceptronCodeScene(_SplitScene):
    """The slides' Perceptron class beside Perceptron(epochs=10, eta=0.1).train(X, y) on Iris."""

    SETTINGS = {"epochs": 10, "eta": 0.1}

    def build(self) -> None:
        s = self.settings
        left, right = self.split()
        self.code = CodeView(PERCEPTRON_CLASS, "codeView")
        left.addWidget(self.code, 1)
        self.run_code = PERCEPTRON_RUN.format(epochs=int(s["epochs"]), eta=float(s["eta"]))
        self.console = console("printOutput")
        right.addWidget(self.console)
        plots = QHBoxLayout()
        right.addLayout(plots, 1)
        self.regions = RegionPlot("sepal length [cm]", "petal length [cm]", "Perceptron", "regionPlot")
        plots.addWidget(self.regions, 1)
        self.errors_plot = theme.plot("ppn.errors_", "Iterations", "Misclassifications", "errorsPlot")
        self.errors_curve = theme.curve(self.errors_plot, theme.ACCENT)
        plots.addWidget(self.errors_plot, 1)
        self.state_label = wrapped("", theme.BODY, "perceptronState")
        right.addWidget(self.state_label)
        self.player = EpochPlayer(self)
        self.player.epochChanged.connect(self.show_epoch)
        self.body.addWidget(self.player)
        self.history = None
        self.show_console(None)

    def on_activate(self) -> None:
        if self.history is None:
            e, eta = int(self.settings["epochs"]), float(self.settings["eta"])
            self.submit("run", lambda st: perceptron_run(e, eta, st), self.set_history)

    def set_history(self, h: dict) -> None:
        self.history = h
        self.regions.set_points(h["X"], h["y"])
        self.player.set_range(len(h["errors"]))          # the trained result first; ▶ replays it
        self.mark_ready()

    def show_console(self, w) -> None:
        lines = "<br>".join(html_code(t) for t in self.run_code.rstrip("\n").split("\n"))
        if w is None:
            out = f"<span style='color:{theme.MUTED}'>… printed when train() has finished</span>"
        else:
            out = f"<b>{html_code(f'Weights: {python_vector(w)}')}</b>"
        self.console.setText(f"{lines}<br>{out}")

    def show_epoch(self, k: int) -> None:
        h = self.history
        if h is None:
            return
        w = h["weights"][k]
        hard_regions(self.regions, h["grid"], h["extent"], h["n"], w)
        pred = np.where(h["X"] @ w[1:] + w[0] >= 0, 1, -1)
        wrong = h["X"][pred != h["y"]]
        self.regions.set_wrong(wrong)
        errs = h["errors"][:k]
        self.errors_curve.setData(np.arange(1, k + 1), errs)
        self.errors_plot.setXRange(0.5, len(h["errors"]) + 0.5, padding=0)
        self.errors_plot.setYRange(-0.3, max(h["errors"]) + 0.5, padding=0)
        self.show_console(w if k == len(h["errors"]) else None)
        text = f"epoch {k}: w_ = {theme.fmt_vec(w, 3)}<br>✕ {len(wrong)} misclassified"
        first_zero = next((i + 1 for i, e in enumerate(h["errors"]) if e == 0), None)
        if first_zero is not None and k >= first_zero:
            text += f" · converged: errors_ is 0 from epoch {first_zero} on"
        self.state_label.setText(text)


class IrisLoadingScene(_SplitScene):
    """The slides' pandas lines run on the shipped UCI Iris file: df.head(), shapes, counts, scatter."""

    SETTINGS: dict = {}
    CODE_SHARE = (1, 1)

    def build(self) -> None:
        left, right = self.split()
        self.code = CodeView(IRIS_CODE, "codeView")
        left.addWidget(self.code, 3)
        self.head = wrapped("", theme.CELL, "dfHead", mono=True)
        left.addWidget(self.head)
        self.scatter = theme.plot("setosa and versicolor: rows 0–99", "sepal length [cm]", "petal length [cm]",
                                  "irisScatter")
        theme.legend(self.scatter, offset=(10, 10))
        self.scatter.setYRange(0.6, 6.9, padding=0)           # the legend above the flowers, not on them
        self.neg, self.pos = scatter_items(self.scatter, ("Iris-setosa: y = −1", "Iris-versicolor: y = +1"))
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
        set_scatter(self.neg, self.pos, r["X"], r["y"])
        counts = r["label_counts"]
        sel = r["selected_counts"]
        self.shapes.setText(
            f"read <b>{r['file']}</b>, the UCI file shipped with the app<br>"
            f"df.shape = {r['df_shape']}: " + ", ".join(f"{v} {k}" for k, v in r["all_counts"].items())
            + f"<br>X.shape = {r['X_shape']}, y.shape = {r['y_shape']}<br>"
            + f"y = −1: {counts.get(-1, 0)} ({', '.join(k for k in sel if k == 'Iris-setosa')}), "
            + f"y = +1: {counts.get(1, 0)} ({', '.join(k for k in sel if k != 'Iris-setosa')})")
        self.mark_ready()


#: the slides' derivation of ∂J/∂w_j, one line per step (rich text)
DERIVATION = (
    "∂J/∂w<sub>j</sub> = ∂/∂w<sub>j</sub> ½ Σ<sub>i</sub> (y′<sup>(i)</sup> − y<sup>(i)</sup>)<sup>2</sup>",
    "= ½ Σ<sub>i</sub> ∂/∂w<sub>j</sub> (y′<sup>(i)</sup> − y<sup>(i)</sup>)<sup>2</sup>",
    "= ½ Σ<sub>i</sub> 2 (y′<sup>(i)</sup> − y<sup>(i)</sup>) ∂/∂w<sub>j</sub> (y′<sup>(i)</sup> − y<sup>(i)</sup>)",
    "= Σ<sub>i</sub> (y′<sup>(i)</sup> − y<sup>(i)</sup>) ∂/∂w<sub>j</sub> (y′<sup>(i)</sup> − Σ<sub>k</sub> w<sub>k</sub> x<sub>k</sub><sup>(i)</sup>)",
    "= Σ<sub>i</sub> (y′<sup>(i)</sup> − y<sup>(i)</sup>) (−x<sub>j</sub><sup>(i)</sup>)",
    "Δw<sub>j</sub> = −α ∂J/∂w<sub>j</sub> = α Σ<sub>i</sub> (y′<sup>(i)</sup> − y<sup>(i)</sup>) x<sub>j</sub><sup>(i)</sup>",
    "w<sub>j</sub> := w<sub>j</sub> + Δw<sub>j</sub>",
)

FEATURES = ("w₀: the bias (x₀ = 1)", "w₁: sepal length", "w₂: petal length")


class DeltaRuleDerivationScene(Scene):
    """∂J/∂w_j line by line, each line evaluated at the current weights on standardised Iris."""

    SETTINGS = {"epoch": 1, "j": 1, "alpha": 0.01}

    def build(self) -> None:
        s = self.settings
        main = QHBoxLayout()
        main.setSpacing(theme.px(24))
        self.body.addLayout(main, 1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.px(20))
        grid.setVerticalSpacing(theme.px(8))
        self.formula_labels, self.value_labels = [], []
        for n, text in enumerate(DERIVATION):
            f = wrapped(text, theme.FORMULA, f"derivationLine{n + 1}")
            v = theme.label("", theme.NUMBER, bold=True, object_name=f"derivationValue{n + 1}")
            v.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(f, n, 0)
            grid.addWidget(v, n, 1)
            self.formula_labels.append(f)
            self.value_labels.append(v)
        grid.setColumnStretch(0, 1)
        left = QVBoxLayout()
        left.addLayout(grid)
        self.detail = wrapped("", theme.BODY, "derivationDetail")
        self.detail.setStyleSheet(f"color: {theme.TEXT}; background: #FFF8DC; padding: {theme.px(8)}px;")
        left.addWidget(self.detail)
        left.addStretch(1)
        main.addLayout(left, 5)
        right = QVBoxLayout()
        main.addLayout(right, 2)
        self.slope_plot = theme.plot("", "w_j", "J(w)", "slopePlot")
        self.j_curve = theme.curve(self.slope_plot, theme.POS, symbol=None)
        self.tangent = theme.curve(self.slope_plot, theme.ACCENT, symbol=None, dashed=True)
        self.here = pg.ScatterPlotItem(size=theme.px(26), symbol="o", brush=pg.mkBrush(theme.ACCENT),
                                       pen=pg.mkPen("k", width=2))
        # the step Δw_j, drawn along w_j at the height of J(w): against the slope
        self.step_line = pg.PlotDataItem([], [], pen=theme.pen(theme.GREEN, theme.LINE_WIDTH))
        self.slope_plot.addItem(self.step_line)
        self.there = pg.ScatterPlotItem(size=theme.px(26), symbol="t2", brush=pg.mkBrush(theme.GREEN),
                                        pen=pg.mkPen("k", width=2))
        self.slope_plot.addItem(self.here)
        self.slope_plot.addItem(self.there)
        right.addWidget(self.slope_plot, 1)
        self.weights_label = wrapped("", theme.BODY, "derivationWeights")
        right.addWidget(self.weights_label)
        self.next_button = theme.button("Next step ▶", "nextStepButton")
        self.next_button.clicked.connect(self.next_step)
        self.update_button = theme.button("w := w + Δw", "applyUpdateButton")
        self.update_button.clicked.connect(self.apply_update)
        self.j_combo = theme.combo(list(FEATURES), "jCombo")
        self.j_combo.setCurrentIndex(int(s["j"]))
        self.j_combo.currentIndexChanged.connect(lambda _: self.recompute())
        self.epoch_spin = theme.spin(int(s["epoch"]), 0, 100, 1, object_name="epochSpin")
        self.epoch_spin.valueChanged.connect(lambda _: self.recompute())
        self.body.addLayout(theme.row(self.next_button, self.update_button))
        epochs_text = wrapped(f"epochs of AdalineGD (α = {theme.fmt(float(s['alpha']), 4)})", theme.BODY,
                              color=theme.MUTED)
        row = theme.row("j", self.j_combo, "w after", self.epoch_spin, epochs_text, stretch_end=False)
        row.setStretch(row.count() - 1, 1)
        self.body.addLayout(row)
        self.play_button = self.next_button             # P reveals the next line
        self.shown = 1
        self.result = None

    def on_activate(self) -> None:
        if self.result is None:
            self.recompute()

    def recompute(self) -> None:
        k, j, a = self.epoch_spin.value(), self.j_combo.currentIndex(), float(self.settings["alpha"])
        self.submit("derive", lambda st: derivation(k, j, a, st), self.show_result)

    def next_step(self) -> None:
        self.set_shown(self.shown + 1 if self.shown < len(DERIVATION) else 1)

    def apply_update(self) -> None:
        self.epoch_spin.setValue(self.epoch_spin.value() + 1)

    def set_shown(self, n: int) -> None:
        self.shown = max(1, min(len(DERIVATION), n))
        self.next_button.setText("Next step ▶" if self.shown < len(DERIVATION) else "↺ from the top")
        self.refresh()

    def show_result(self, r: dict) -> None:
        self.result = r
        self.refresh()
        self.mark_ready()

    def refresh(self) -> None:
        r = self.result
        if r is None:
            return
        j, w = r["j"], r["w"]
        slope = r["lines"][0]
        values = list(r["lines"]) + [r["dw_j"], w[j] + r["dw_j"]]
        for n, (f, v) in enumerate(zip(self.formula_labels, self.value_labels)):
            shown = n < self.shown
            f.setStyleSheet(f"color: {theme.TEXT if shown else theme.INACTIVE};")
            v.setText(("= " if n < 5 else "") + theme.fmt(values[n], 3) if shown else "")
        self.value_labels[5].setText(f"Δw<sub>{j}</sub> = {theme.fmt(values[5], 4)}" if self.shown > 5 else "")
        self.value_labels[6].setText(f"w<sub>{j}</sub> = {theme.fmt(values[6], 4)}" if self.shown > 6 else "")
        text = (f"w = {theme.fmt_vec(w, 3)} on standardised Iris<br>J(w) = {theme.fmt(r['J'], 3)}<br>"
                f"<span style='color:{theme.readable(theme.ACCENT)}'>- - slope {theme.fmt(slope, 3)}</span>")
        if self.shown >= 6:
            engine = r["engine_dw"][j]
            same = "✓" if abs(engine - r["dw_j"]) <= 1e-9 * max(1.0, abs(engine)) else "✗ differs"
            text += (f"<br><span style='color:{theme.readable(theme.GREEN)}'>▶ step Δw{'₀₁₂'[j]}</span>; "
                     f"the engine's AdalineGD: {theme.fmt(engine, 4)} {same}")
        self.weights_label.setText(text)
        self.detail.setText(self.explain(self.shown - 1, r))
        # J along w_j, the tangent with slope ∂J/∂w_j, and the step Δw_j
        ws, Js = r["curve_w"], r["curve_J"]
        self.j_curve.setData(ws, Js)
        self.tangent.setData(ws, r["J"] + slope * (ws - w[j]))
        self.here.setData([w[j]], [r["J"]])
        if self.shown >= 6:
            new = w[j] + r["dw_j"]
            self.step_line.setData([w[j], new], [r["J"], r["J"]])
            self.there.setData([new], [r["J"]], symbol="t2" if r["dw_j"] >= 0 else "t3")
        else:
            self.step_line.setData([], [])
            self.there.setData([], [])
        self.slope_plot.setYRange(min(Js) - 0.05 * np.ptp(Js), max(Js) + 0.05 * np.ptp(Js), padding=0)
        self.slope_plot.setXRange(ws[0], ws[-1], padding=0)
        label = {"font-size": theme.css_px(theme.AXIS_LABEL), "color": theme.TEXT}
        self.slope_plot.setLabel("bottom", f"w{'₀₁₂'[j]}", **label)
        self.slope_plot.getPlotItem().setTitle(f"J along w{'₀₁₂'[j]}",
                                               size=theme.css_px(theme.AXIS_LABEL), color=theme.TEXT, bold=True)

    @staticmethod
    def explain(line: int, r: dict) -> str:
        """What the line just revealed means, with the first flower's numbers."""
        f, j, m = r["first"], r["j"], r["m"]
        sub = "₀₁₂"[j]
        x = f["x"]
        if line == 0:
            return (f"J(w) = {theme.fmt(r['J'], 3)} at these weights. Moving w{sub} a little either way changes J "
                    f"at the rate {theme.fmt(r['lines'][0], 3)}: that rate is ∂J/∂w{sub}.")
        if line == 1:
            return ("The derivative of a sum is the sum of the derivatives: one slope per flower, "
                    f"{m} flowers, halved: {theme.fmt(r['lines'][1], 3)}.")
        if line == 2:
            return (f"Chain rule. Flower 1: y′ = {theme.fmt(f['y_true'])}, y = {theme.fmt(f['output'], 3)}, "
                    f"so 2 (y′ − y) = {theme.fmt(2 * f['residual'], 3)}, and ∂(y′ − y)/∂w{sub} = "
                    f"{theme.fmt(f['inner'], 3)}.")
        if line == 3:
            terms = " + ".join(f"{theme.fmt(r['w'][k], 3)} · {theme.fmt(x[k], 3)}" for k in range(len(x)))
            return (f"Adaline's output is y = g(z) = z = Σ<sub>k</sub> w<sub>k</sub> x<sub>k</sub>. "
                    f"Flower 1: y = {terms} = {theme.fmt(f['output'], 3)}.")
        if line == 4:
            return (f"Only the term w{sub} x{sub} depends on w{sub}: the inner derivative is −x{sub}. "
                    f"Flower 1: −x{sub} = {theme.fmt(-x[j], 3)}; summed over all {m} flowers: "
                    f"{theme.fmt(r['lines'][4], 3)}.")
        if line == 5:
            engine = r["engine_dw"][j]
            same = "✓ the same" if abs(engine - r["dw_j"]) <= 1e-9 * max(1.0, abs(engine)) else "✗ differs"
            return (f"−α ∂J/∂w{sub} = −{theme.fmt(r['alpha'], 4)} × {theme.fmt(r['lines'][4], 3)} = "
                    f"{theme.fmt(r['dw_j'], 4)}. One epoch of the engine's AdalineGD from these weights "
                    f"moves w{sub} by <b>{theme.fmt(engine, 4)}</b>: {same}.")
        return (f"w := w + Δw for every j at once: w = {theme.fmt_vec(r['w'] + r['engine_dw'], 3)}, "
                f"and J falls from {theme.fmt(r['J'], 3)} to {theme.fmt(r['J_new'], 3)}. "
                "Press w := w + Δw to take the step and derive again.")


class AdalineCodeScene(_SplitScene):
    """The slides' AdalineGD class beside AdalineGD(epochs=15, alpha=0.01).train(X_std, y).cost_."""

    SETTINGS = {"epochs": 15, "alpha": 0.01}

    def build(self) -> None:
        s = self.settings
        left, right = self.split()
        self.code = CodeView(ADALINE_CLASS, "codeView")
        left.addWidget(self.code, 1)
        self.console = console("runCode")
        right.addWidget(self.console)
        self.cost_plot = theme.plot("Adaline — Gradient Descent", "Iterations", "Sum-squared-error", "costPlot")
        self.cost_curve = theme.curve(self.cost_plot, theme.POS)
        right.addWidget(self.cost_plot, 1)
        self.state_label = wrapped("", theme.BODY, "adalineCodeState")
        right.addWidget(self.state_label)
        self.player = EpochPlayer(self)
        self.player.epochChanged.connect(self.show_epoch)
        self.body.addWidget(self.player)
        self.alpha = theme.spin(float(s["alpha"]), 0.0001, 0.05, 0.001, 4, "alphaSpin")
        self.epochs = theme.spin(int(s["epochs"]), 1, 100, 1, object_name="epochsSpin")
        self.alpha.valueChanged.connect(lambda _: self.recompute())
        self.epochs.valueChanged.connect(lambda _: self.recompute())
        self.body.addLayout(theme.row("alpha", self.alpha, "epochs", self.epochs))
        self.run = None

    def on_activate(self) -> None:
        if self.run is None:
            self.recompute()

    def recompute(self) -> None:
        e, a = self.epochs.value(), self.alpha.value()
        self.player.stop()
        code = ADALINE_RUN.format(epochs=e, alpha=theme.fmt(a, 4))
        self.console.setText(html_code(code.strip()))
        self.submit("run", lambda st: adaline_code_run(e, a, st), self.set_run)

    def set_run(self, r: dict) -> None:
        self.run = r
        self.player.set_range(len(r["cost"]))
        self.mark_ready()

    def show_epoch(self, k: int) -> None:
        r = self.run
        if r is None:
            return
        cost = r["cost"][:k]
        finite = np.isfinite(cost)
        self.cost_curve.setData(np.arange(1, k + 1)[finite], cost[finite])
        self.cost_plot.setXRange(0.5, len(r["cost"]) + 0.5, padding=0)
        finite_cost = r["cost"][np.isfinite(r["cost"])]
        self.cost_plot.setYRange(0, (float(finite_cost.max()) if finite_cost.size else 1.0) * 1.05, padding=0)
        w = r["weights"][k]
        if k == 0:
            self.state_label.setText(f"ada.w_ = {theme.fmt_vec(w, 3)}, ada.cost_ = [ ]: press ▶ Play")
            return
        if not np.isfinite(cost[-1]):
            self.state_label.setText(f"epoch {k}: the cost overflowed — this learning rate diverges")
            return
        correct = int((np.where(r["X"] @ w[1:] + w[0] >= 0, 1, -1) == r["y"]).sum())
        text = (f"ada.cost_[-1] = <b>{theme.fmt(cost[-1], 2)}</b> after {k} epoch{'s' if k != 1 else ''}, "
                f"{correct}/{len(r['y'])} correct")
        if k == len(r["cost"]):
            text += (f"<br>cost_ is J before each update; after the last one, J = {theme.fmt(r['after'], 2)}")
        self.state_label.setText(text)


class FeatureScalingCodeScene(_SplitScene):
    """The slides' X_std lines, run one by one: the means and σ they use, the standardised result."""

    SETTINGS: dict = {}
    CODE_SHARE = (1, 1)

    def build(self) -> None:
        left, right = self.split()
        self.code = CodeView(SCALING_CODE, "codeView", fit=True)
        left.addWidget(self.code)
        self.stats = wrapped("", theme.CELL, "scalingTable")
        left.addWidget(self.stats)
        self.example = wrapped("", theme.BODY, "scalingExample")
        left.addWidget(self.example)
        left.addStretch(1)
        self.raw_plot = theme.plot("X [cm]", "X[:,0] sepal", "X[:,1] petal", "rawPlot")
        self.std_plot = theme.plot("X_std (dashed: ±1)", "X_std[:,0]", "X_std[:,1]", "stdPlot")
        right.addWidget(self.raw_plot, 1)
        right.addWidget(self.std_plot, 1)
        self.raw_items = scatter_items(self.raw_plot)
        self.std_items = scatter_items(self.std_plot)
        self.std_box = pg.PlotDataItem([], [], pen=theme.pen(theme.GREEN, 3, dashed=True))
        self.std_plot.addItem(self.std_box)
        self.next_button = theme.button("Run next line ▶", "nextLineButton")
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
        self.next_button.setText("↺ from the top" if done else "Run next line ▶")
        self.code.highlight([SCALING_LINES[self.lines - 1]] if self.lines else [])
        X, y = r["X"], r["y"]
        set_scatter(*self.raw_items, X, y)
        mean, std = r["mean"], r["std"]

        def cell(v):
            return f"<td align=right>&nbsp;{v}&nbsp;</td>"

        rows = [("X[:,j].mean()", [theme.fmt(v, 3) for v in mean]), ("X[:,j].std()", [theme.fmt(v, 3) for v in std])]
        Xs = r["X_std"]
        if Xs is not None:
            set_scatter(*self.std_items, Xs, y)
            rows += [("X_std[:,j].mean()", [number_text(v, 3) for v in r["std_mean"]]),
                     ("X_std[:,j].std()", [number_text(v, 3) for v in r["std_std"]])]
            self.std_plot.enableAutoRange()
            self.std_box.setData([-1, 1, 1, -1, -1], [-1, -1, 1, 1, -1])
        else:
            set_scatter(*self.std_items, np.zeros((0, 2)), np.zeros(0))
            self.std_box.setData([], [])
        table = "<tr><th></th><th align=right>&nbsp;j = 0&nbsp;</th><th align=right>&nbsp;j = 1&nbsp;</th></tr>"
        table += "".join(f"<tr><td>{html_code(name)}</td>{''.join(cell(v) for v in vals)}</tr>" for name, vals in rows)
        self.stats.setText(f"<table cellspacing=0 cellpadding=1>{table}</table>")
        if self.lines == 0:
            self.example.setText("Nothing run yet: X_std does not exist. Press Run next line ▶.")
        elif self.lines == 1:
            self.example.setText("X_std is a copy of X: still in cm.")
        else:
            cols = list(range(self.lines - 1))
            parts = [f"X_std[0,{c}] = ({theme.fmt(X[0, c], 3)} − {theme.fmt(mean[c], 3)}) / {theme.fmt(std[c], 3)} "
                     f"= {theme.fmt(Xs[0, c], 3)}" for c in cols]
            if done:
                centred = bool(np.all(np.abs(r["std_mean"]) < 1e-9))
                unit = bool(np.all(np.abs(r["std_std"] - 1) < 1e-9))
                tail = ("<br><b>X_std: mean " + ("0 (up to rounding)" if centred else "not 0")
                        + ", standard deviation " + ("1" if unit else "not 1") + " in both columns</b>")
            else:
                tail = "<br>column 1 is still in cm"
            self.example.setText("<br>".join(parts) + tail)
        self.mark_ready()


class AdalineSgdCodeScene(_SplitScene):
    """The slides' AdalineSGD class beside its decision regions and cost per epoch on X_std."""

    SETTINGS = {"epochs": 15, "alpha": 0.01}

    def build(self) -> None:
        left, right = self.split()
        self.code = CodeView(ADALINE_SGD_CLASS, "codeView")
        left.addWidget(self.code, 1)
        self.console = console("runCode")
        right.addWidget(self.console)
        plots = QHBoxLayout()
        right.addLayout(plots, 1)
        self.regions = RegionPlot("sepal [std.]", "petal [std.]", "", "regionPlot")
        plots.addWidget(self.regions, 1)
        self.cost_plot = theme.plot("", "Epochs", "Sum-squared-error", "costPlot")
        self.batch_curve = theme.curve(self.cost_plot, theme.INACTIVE, "batch GD", symbol=None, dashed=True)
        self.cost_curve = theme.curve(self.cost_plot, theme.ACCENT, "SGD")
        plots.addWidget(self.cost_plot, 1)
        self.state_label = wrapped("", theme.BODY, "sgdCodeState")
        right.addWidget(self.state_label)
        self.player = EpochPlayer(self)
        self.player.epochChanged.connect(self.show_epoch)
        self.body.addWidget(self.player)
        self.run = None

    def on_activate(self) -> None:
        if self.run is None:
            e, a = int(self.settings["epochs"]), float(self.settings["alpha"])
            self.console.setText(html_code(ADALINE_SGD_RUN.format(epochs=e, alpha=theme.fmt(a, 4)).strip()))
            self.submit("run", lambda st: adaline_sgd_run(e, a, st), self.set_run)

    def set_run(self, r: dict) -> None:
        self.run = r
        self.regions.set_points(r["X"], r["y"])
        self.player.set_range(len(r["cost"]))
        self.mark_ready()

    def show_epoch(self, k: int) -> None:
        r = self.run
        if r is None:
            return
        w = r["weights"][k]
        hard_regions(self.regions, r["grid"], r["extent"], r["n"], w)
        pred = np.where(r["X"] @ w[1:] + w[0] >= 0, 1, -1)
        wrong = r["X"][pred != r["y"]]
        self.regions.set_wrong(wrong)
        E = len(r["cost"])
        self.cost_curve.setData(np.arange(1, k + 1), r["cost"][:k])
        self.batch_curve.setData(np.arange(1, k + 1), r["batch"][1:k + 1])
        self.cost_plot.setXRange(0.5, E + 0.5, padding=0)
        self.cost_plot.setYRange(0, max(float(r["batch"][1]), float(r["cost"][0])) * 1.05, padding=0)
        if k == 0:
            self.state_label.setText(f"w = 0: press ▶ Play — one update per flower, {len(r['y'])} per epoch")
            return
        m = len(r["y"])
        red, grey = theme.readable(theme.ACCENT), theme.INACTIVE
        self.state_label.setText(
            f"<span style='color:{red}'>● SGD</span>, {m * k} updates: <b>{theme.fmt(r['cost'][k - 1], 2)}</b><br>"
            f"<span style='color:{grey}'>- - batch GD</span>, {k} update{'s' if k != 1 else ''}: "
            f"{theme.fmt(r['batch'][k], 2)}<br>✕ {len(wrong)} misclassified")


#: what each model computes, in the slides' terms (rich text)
MODEL_TEXT = {
    "linear regression": ("ŷ = z, a real number", "error on ŷ: y′ − ŷ", "solved once (least squares)"),
    "Adaline": ("g(z) = z, threshold → ±1", "error on z: y′ − z", "Δw = α Σ<sub>i</sub> (y′ − z) x"),
    "perceptron": ("ŷ = step(z) = ±1", "error on ŷ: 0 or ±2", "Δw = η (y′ − ŷ) x"),
    "logistic regression": ("a = σ(z), in (0, 1)", "error on a: y′ − a", "Δw = α/m Σ<sub>i</sub> (y′ − a) x"),
}


class LinearModelsScene(Scene):
    """Linear regression, Adaline, perceptron and logistic regression side by side on the same data."""

    SETTINGS = {"epochs": 15, "alpha": 0.01, "eta": 0.1, "alpha_logistic": 0.5}

    def build(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.px(24))
        grid.setVerticalSpacing(theme.px(10))
        self.body.addLayout(grid, 1)
        self.plots, self.items, self.texts = {}, {}, {}
        for n, name in enumerate(MODELS):
            cell = QHBoxLayout()
            cell.setSpacing(theme.px(12))
            plot = theme.plot("", "z = wᵀx + b", "", f"{name.split()[0]}Plot")
            residual = pg.PlotDataItem([], [], pen=theme.pen(theme.ACCENT, 2), connect="pairs")
            curve = pg.PlotDataItem([], [], pen=theme.pen(theme.TEXT, theme.LINE_WIDTH))
            step = pg.PlotDataItem([], [], pen=theme.pen(theme.GREEN, 4, dashed=True))
            plot.addItem(residual)
            plot.addItem(curve)
            plot.addItem(step)
            neg, pos = scatter_items(plot)
            cell.addWidget(plot, 1)
            text = wrapped("", theme.BODY, f"{name.split()[0]}Text")
            cell.addWidget(text, 1)
            grid.addLayout(cell, n // 2, n % 2)
            self.plots[name] = plot
            self.items[name] = (residual, curve, step, neg, pos)
            self.texts[name] = text
        red, green = theme.readable(theme.ACCENT), theme.readable(theme.GREEN)
        self.body.addWidget(wrapped(
            f"<b>—</b> activation g(z) &nbsp; <b style='color:{red}'>|</b> <span style='color:{red}'>the error each "
            f"model learns from</span> &nbsp; <b style='color:{green}'>- -</b> <span style='color:{green}'>Adaline's "
            "threshold</span>", theme.BODY, "linearModelsKey"))
        self.player = EpochPlayer(self)
        self.player.epochChanged.connect(self.show_epoch)
        self.body.addWidget(self.player)
        self.run = None

    def on_activate(self) -> None:
        if self.run is None:
            s = self.settings
            e, a, eta, al = int(s["epochs"]), float(s["alpha"]), float(s["eta"]), float(s["alpha_logistic"])
            self.submit("run", lambda st: linear_models_run(e, a, eta, al, st), self.set_run)

    def set_run(self, r: dict) -> None:
        self.run = r
        self.player.set_range(len(r["weights"]["Adaline"]) - 1)
        self.mark_ready()

    def show_epoch(self, k: int) -> None:
        r = self.run
        if r is None:
            return
        X, y = r["X"], r["y"]
        for name in MODELS:
            w = r["weights"][name][k]
            o = model_outputs(name, w, X, y)
            residual, curve, step, neg, pos = self.items[name]
            z = o["z"]
            lo, hi = float(min(z.min(), -1.0)), float(max(z.max(), 1.0))
            pad = 0.08 * (hi - lo)
            zs = np.linspace(lo - pad, hi + pad, 200)
            if name in ("linear regression", "Adaline"):
                curve.setData(zs, zs)
            elif name == "perceptron":
                curve.setData(zs, np.where(zs >= 0, 1.0, -1.0))
            else:
                curve.setData(zs, 1.0 / (1.0 + np.exp(-zs)))
            step.setData(zs, np.where(zs >= 0, 1.0, -1.0)) if name == "Adaline" else step.setData([], [])
            # the error each model learns from: a segment from its output g(z) to the target
            show = np.abs(o["error"]) > 1e-9
            segs_x = np.repeat(z[show], 2)
            segs_y = np.column_stack([o["g"][show], o["target"][show]]).ravel()
            residual.setData(segs_x, segs_y)
            set_scatter(neg, pos, np.column_stack([z, o["target"]]), y)
            plot = self.plots[name]
            plot.setXRange(lo - pad, hi + pad, padding=0)
            ys = np.r_[o["g"], o["target"]]
            plot.setYRange(float(min(ys.min(), -1.2 if name != "logistic regression" else -0.1)),
                           float(max(ys.max(), 1.2)), padding=0.05)
            act, err, upd = MODEL_TEXT[name]
            if name == "perceptron":
                live = f"{int(o['cost'])} misclassified"
            elif name == "linear regression":
                live = f"SSE = {theme.fmt(o['cost'], 2)}"
            elif name == "logistic regression":
                live = f"J = {theme.fmt(o['cost'], 3)}, {o['correct']}/{len(y)} right"
            else:
                live = f"SSE = {theme.fmt(o['cost'], 2)}, {o['correct']}/{len(y)} right"
            title = name[0].upper() + name[1:]
            self.texts[name].setText(f"<b>{title}</b><br>{act}<br>{err}<br>{upd}<br><b>{live}</b>")
