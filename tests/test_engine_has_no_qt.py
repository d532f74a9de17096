"""The engine, the training process, the exercises, the project file and the document are Qt-free: importing them must
not pull in Qt or pyqtgraph."""

import subprocess
import sys

SCRIPT = r"""
import pkgutil, importlib, sys
import desktop_nn.engine as engine
import desktop_nn.training as training
names = [m.name for m in pkgutil.iter_modules(engine.__path__, "desktop_nn.engine.")]
names += [m.name for m in pkgutil.iter_modules(training.__path__, "desktop_nn.training.")]
import desktop_nn.exercises as exercises
names += [m.name for m in pkgutil.iter_modules(exercises.__path__, "desktop_nn.exercises.")]
names += ["desktop_nn.project", "desktop_nn.document"]
for name in names:
    importlib.import_module(name)
from desktop_nn.engine.classic import Perceptron
from desktop_nn.engine.datasets import iris_setosa_versicolor
X, y = iris_setosa_versicolor()
print(Perceptron(epochs=10, eta=0.1).train(X, y).w_.round(2).tolist())
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6"))
print(",".join(sorted(names)), qt)
"""


def test_engine_imports_no_qt():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True).stdout
    weights, summary = out.strip().splitlines()
    assert weights == "[-0.4, -0.68, 1.82]"
    names, qt_modules = summary.split(" ", 1)
    assert {"desktop_nn.engine.classic", "desktop_nn.engine.datasets", "desktop_nn.training.session",
            "desktop_nn.training.process", "desktop_nn.document", "desktop_nn.exercises.answers"} <= set(names.split(","))
    assert qt_modules == "[]"


def test_import_linter_contract_holds():
    """The static check of the same rule: the contract in pyproject.toml, via import-linter."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()"],
        capture_output=True, text=True, cwd=root, timeout=120,
    )
    assert "No Qt below the worker: engine, training, exercises, project, document KEPT" in out.stdout, out.stdout + out.stderr
    assert "Layers: imports only go down" in out.stdout
    assert out.returncode == 0
