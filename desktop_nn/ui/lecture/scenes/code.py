"""Next step: the network on screen as a short runnable NumPy script, syntax-highlighted, and run
live (in the worker) to show it works."""

from __future__ import annotations

import contextlib
import io
import keyword

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QSizePolicy, QVBoxLayout

from desktop_nn.ui.lecture import theme
from desktop_nn.ui.lecture.scene import Scene
from desktop_nn.ui.lecture.scenes.deep import LayerNetworkView

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)

TEMPLATE = '''"""A {arch} network in plain NumPy:
{hidden} hidden layers, a sigmoid output."""
import numpy as np

rng = np.random.default_rng(0)
m = 200                  # two moons
t = rng.uniform(0, np.pi, m // 2)
x1 = np.r_[np.cos(t), 1 - np.cos(t)]
x2 = np.r_[np.sin(t), 0.5 - np.sin(t)]
X = np.vstack([x1, x2])  # (2, m): columns
X += rng.normal(0, 0.1, X.shape)
Y = np.r_[np.zeros(m // 2), np.ones(m // 2)]
Y = Y.reshape(1, m)      # (1, m)

n = {dims}  # n[0] … n[L]
L = len(n) - 1
W, b = {{}}, {{}}
for l in range(1, L + 1):
    W[l] = rng.standard_normal((n[l], n[l - 1]))
    W[l] *= {scale}
    b[l] = np.zeros((n[l], 1))

def g(Z):  return {g}
def dg(Z): return {dg}
def sigmoid(Z): return 1 / (1 + np.exp(-Z))

alpha = {alpha}
for i in range({epochs}):
    A = {{0: X}}; Z = {{}}
    for l in range(1, L):          # forward
        Z[l] = W[l] @ A[l - 1] + b[l]
        A[l] = g(Z[l])
    Z[L] = W[L] @ A[L - 1] + b[L]
    A[L] = sigmoid(Z[L])           # Ŷ
    J = -np.mean(Y * np.log(A[L])
                 + (1 - Y) * np.log(1 - A[L]))
    dZ = A[L] - Y                  # backward
    for l in range(L, 0, -1):
        dW = dZ @ A[l - 1].T / m   # A[l−1]ᵀ
        db = dZ.sum(axis=1, keepdims=True) / m
        if l > 1:
            dA = W[l].T @ dZ       # W[l]ᵀ
            dZ_prev = dA * dg(Z[l - 1])
        W[l] -= alpha * dW
        b[l] -= alpha * db
        if l > 1:
            dZ = dZ_prev
    if i % {report} == 0 or i == {epochs} - 1:
        print(f"i = {{i:4d}}  J = {{J:.4f}}")
print("accuracy", np.mean((A[L] >= 0.5) == Y))
'''

ACTIVATION_CODE = {
    "tanh": ("np.tanh(Z)", "1 - np.tanh(Z) ** 2"),
    "relu": ("np.maximum(0, Z)", "(Z >= 0).astype(float)"),
    "sigmoid": ("1 / (1 + np.exp(-Z))", "sigmoid(Z) * (1 - sigmoid(Z))"),
    "leaky_relu": ("np.maximum(0.01 * Z, Z)", "np.where(Z >= 0, 1.0, 0.01)"),
}


def generate_script(dims: list[int], hidden: str, alpha: float, epochs: int) -> str:
    g, dg = ACTIVATION_CODE[hidden]
    scale = "np.sqrt(2 / n[l - 1])" if hidden in ("relu", "leaky_relu") else "np.sqrt(1 / n[l - 1])"
    return TEMPLATE.format(arch="-".join(map(str, dims)), hidden=hidden, dims=list(dims), g=g, dg=dg, alpha=alpha,
                           epochs=epochs, report=max(1, epochs // 5), scale=scale)


def run_script(source: str, state=None) -> str:
    """Execute the generated script in a fresh namespace; its printed output."""
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(source, "<next-step>", "exec"), {"__name__": "__lecture__"})
    return buf.getvalue()


class PythonHighlighter(QSyntaxHighlighter):
    def __init__(self, document):
        super().__init__(document)

        def fmt(color: str, bold: bool = False) -> QTextCharFormat:
            f = QTextCharFormat()
            f.setForeground(QColor(color))
            if bold:
                f.setFontWeight(700)
            return f

        kw = r"\b(" + "|".join(keyword.kwlist) + r")\b"
        self.rules = [
            (QRegularExpression(kw), fmt("#0033B3", True)),
            (QRegularExpression(r"\bnp\.\w+"), fmt("#6A1B9A")),
            (QRegularExpression(r"\b[0-9]+(\.[0-9]+)?\b"), fmt("#B35900")),
            (QRegularExpression(r"(\"[^\"]*\"|'[^']*')"), fmt("#067D17")),
            (QRegularExpression(r"#[^\n]*"), fmt("#6B6B6B")),
        ]

    def highlightBlock(self, text: str) -> None:
        for rx, f in self.rules:
            it = rx.globalMatch(text)
            while it.hasNext():
                mt = it.next()
                self.setFormat(mt.capturedStart(), mt.capturedLength(), f)


class NextStepCodeScene(Scene):
    """The network on screen as a short NumPy script (the chapter's formulas, at the projector's
    code size, scrolled vertically) and its output when it is run, in the worker."""

    SETTINGS = {"layer_dims": [2, 4, 1], "activation": "tanh", "alpha": 1.0, "epochs": 1000}

    def build(self) -> None:
        main = QHBoxLayout()
        main.setSpacing(theme.px(24))
        self.body.addLayout(main, 1)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("codeView")
        self.editor.setReadOnly(True)
        self.editor.setFocusPolicy(Qt.FocusPolicy.NoFocus)      # the clicker's keys stay with the presenter
        self.editor.setFont(theme.font(theme.CODE, mono=True))
        # lines are written short enough for the view; one that is not wraps rather than widening it
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor.setMinimumWidth(theme.px(300))
        self.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.editor.setStyleSheet(f"QPlainTextEdit {{ background: #F7F7F7; color: {theme.TEXT}; "
                                  f"border: 1px solid #BBBBBB; }}")
        self.highlighter = PythonHighlighter(self.editor.document())
        main.addWidget(self.editor, 2)
        right = QVBoxLayout()
        right.setSpacing(theme.px(12))
        main.addLayout(right, 1)
        right.addWidget(theme.label(translate("lecture/code", "Use Python to implement forward and backward propagation for a "
                                              "deep network: this script does, for the network below."), theme.BODY,
                                    object_name="nextStepText", wrap=True))
        self.net_view = LayerNetworkView("networkView")
        right.addWidget(self.net_view, 1)
        self.output = theme.label("", theme.CODE, mono=True, object_name="runOutput", wrap=True)
        self.output.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.output, 1)
        dims = list(self.settings["layer_dims"])
        self.hidden = theme.spin(int(dims[1]) if len(dims) > 2 else 4, 1, 12, 1, object_name="unitsSpin")
        self.layers = theme.spin(min(5, max(1, len(dims) - 2)), 1, 5, 1, object_name="layersSpin")
        self.activation = theme.combo(list(ACTIVATION_CODE), "activationCombo")
        self.activation.setCurrentText(self.settings["activation"])
        self.run_button = theme.button(translate("lecture/code", "▶ run it"), "runButton")
        self.play_button = self.run_button        # P runs the script
        self.run_button.clicked.connect(self.run)
        for w in (self.hidden, self.layers):
            w.valueChanged.connect(lambda _: self.regenerate())
        self.activation.currentTextChanged.connect(lambda _: self.regenerate())
        self.body.addLayout(theme.row(translate("lecture/code", "hidden layers"), self.layers, translate("lecture/code", "units"), self.hidden,
                                      "g", self.activation, self.run_button))
        self.source = ""

    def dims(self) -> list[int]:
        return [2] + [self.hidden.value()] * self.layers.value() + [1]

    def regenerate(self) -> None:
        dims = self.dims()
        self.source = generate_script(dims, self.activation.currentText(), float(self.settings["alpha"]),
                                      int(self.settings["epochs"]))
        self.editor.setPlainText(self.source)
        self.show_training_loop()
        L = len(dims) - 1
        self.net_view.set_layers(dims, names=[("x", "x")] + [(f"a[{l}]", f"a[{l}]") for l in range(1, L)]
                                 + [("ŷ", "ŷ")])
        self.cancel("run")
        self.output.setText(translate("lecture/code", "press ▶ run it (or P)"))
        self.mark_ready()

    def show_training_loop(self) -> None:
        """Scroll so the loop over the iterations — forward, cost, backward, update: the point of
        the slide — is in view, not the data set-up above it."""
        found = self.editor.document().find("for i in range(")
        if not found.isNull():
            found.clearSelection()
            # from the bottom, making the loop's first line visible brings it to the top of the view
            self.editor.verticalScrollBar().setValue(self.editor.verticalScrollBar().maximum())
            self.editor.setTextCursor(found)
            self.editor.ensureCursorVisible()

    def on_activate(self) -> None:
        if not self.source:
            self.regenerate()

    def run(self) -> None:
        src = self.source
        self.output.setText(translate("lecture/code", "running …"))
        self.submit("run", lambda st: run_script(src, st), self.show_output)

    def show_output(self, out: str) -> None:
        self.output.setText(out.strip().replace("-", "\u2212"))
