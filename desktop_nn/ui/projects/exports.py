"""The File menu's exports, for :class:`~desktop_nn.ui.projects.project_controller.ProjectController`.

The weights (.npz), the run's history (.csv), a standalone NumPy script and a PyTorch script
that reproduce the run up to the current epoch, and the plots as PNG/SVG. Each reads the project
as shown (``host.project_from_ui()``), asks for a file through the controller's ``dialogs`` and
writes it atomically, or says why it cannot.

The controller mixes :class:`ExportsMixin` in; the mixin uses its ``host``, ``window``,
``dialogs``, ``_path``, ``display_name``, ``_error`` and ``messageShown``.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QWidget

from desktop_nn.engine import export
from desktop_nn.engine.errors import DesktopNNError, ProjectError
from desktop_nn.project import Project

translate = QCoreApplication.translate        # (the name pyside6-lupdate looks for)


class ExportsMixin:
    """Export as Python/PyTorch script, weights, history, data and images (the File menu's actions)."""

    def _export_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        path = self.dialogs.save_path(self.window, title, suggested, file_filter)
        return Path(path) if path else None

    def _export_to(self, title: str, suggested: str, file_filter: str, write) -> bool:
        """Ask for the file (False when the user cancels), then write it with ``write(path)``."""
        path = self._export_path(title, suggested, file_filter)
        return path is not None and self._write(path, lambda: write(path))

    def _stem(self) -> str:
        return self._path.stem if self._path else "run"

    def _refuse(self, text: str) -> None:
        """Say why nothing was exported: in the status bar and, on a real screen, in a message box."""
        self._error(translate("ProjectController", "Cannot export"), text)

    def trainer_for_export(self, project: Project):
        """A Trainer at epoch 0 for the project's run: same data, same initial weights."""
        custom = getattr(self.host, "trainer_for_export", None)
        if callable(custom):
            return custom(project)
        return trainer_for_project(project)

    def _export_script(self, torch: bool) -> bool:
        project = self.host.project_from_ui()
        try:
            if project.epoch < 1:
                raise ProjectError(translate(
                    "ProjectController", "Train at least one epoch before exporting the run as a script."))
            trainer = self.trainer_for_export(project)
            make = export.pytorch_script if torch else export.python_script
            title = f"{self.display_name()} — epoch {project.epoch}"
            source = make(trainer, epochs=project.epoch, title=title)
        except (DesktopNNError, ValueError) as exc:
            self._refuse(str(exc))
            return False
        suffix = "_pytorch.py" if torch else ".py"
        chooser_title = (translate("ProjectController", "Export as PyTorch script") if torch
                         else translate("ProjectController", "Export as Python script"))
        return self._export_to(chooser_title, self._stem() + suffix,
                               translate("ProjectController", "Python scripts (*.py)"),
                               lambda path: export.write_script(path, source))

    @Slot()
    def export_python(self) -> bool:
        return self._export_script(torch=False)

    @Slot()
    def export_pytorch(self) -> bool:
        return self._export_script(torch=True)

    @Slot()
    def export_weights(self) -> bool:
        project = self.host.project_from_ui()
        if not project.weights:
            self._refuse(translate("ProjectController", "There are no weights yet: train the network first."))
            return False
        return self._export_to(translate("ProjectController", "Export weights"), self._stem() + "_weights.npz",
                               translate("ProjectController", "NumPy arrays (*.npz)"),
                               lambda path: export.write_weights_npz(path, project.weights))

    @Slot()
    def export_history(self) -> bool:
        project = self.host.project_from_ui()
        history = project.history
        if history is None or history.epochs == 0:
            self._refuse(translate("ProjectController", "There is no history yet: train at least one epoch."))
            return False
        # a row per epoch; a long run's rows are its buckets' smallest and largest values
        records = [(int(history.epoch_numbers[i]), history.train_cost[i], history.train_accuracy[i],
                    history.test_cost[i], history.test_accuracy[i]) for i in range(history.points)]
        return self._export_to(translate("ProjectController", "Export history"), self._stem() + "_history.csv",
                               translate("ProjectController", "CSV files (*.csv)"),
                               lambda path: export.write_history_csv(path, records))

    @Slot()
    def export_data(self) -> bool:
        """The data the project trains on (drawn, imported or built-in) as a CSV the import reads."""
        from desktop_nn.engine.export_data import data_csv_text

        try:
            text = data_csv_text(*data_of_project(self.host.project_from_ui()))
        except (DesktopNNError, ValueError) as exc:
            self._refuse(str(exc))
            return False
        return self._export_to(translate("ProjectController", "Export data"), self._stem() + "_data.csv",
                               translate("ProjectController", "CSV files (*.csv)"),
                               lambda path: export.atomic_write(path, text.encode("utf-8")))

    @Slot()
    def export_image(self, name: str) -> bool:
        widget = self.host.image_targets()[name]
        path = self._export_path(translate("ProjectController", "Export {} as image").format(translate("ProjectHost", name)),
                                 f"{self._stem()}_{name.replace(' ', '_')}.png",
                                 translate("ProjectController", "PNG image (*.png);;SVG drawing (*.svg)"))
        if path is None:
            return False
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + ".png")
        return self._write(path, lambda: export_widget_image(widget, path))

    def _write(self, path: Path, write) -> bool:
        try:
            write()
        except (OSError, DesktopNNError, ValueError) as exc:
            self._refuse(translate("ProjectController", "Cannot write “{}”: {}").format(path.name, exc))
            return False
        self.messageShown.emit(translate("ProjectController", "Exported {}").format(path.name))
        return True


def trainer_for_project(project: Project):
    """Rebuild the project's network run at epoch 0 (same seed → same initial weights and data),
    through the one model builder the training session uses, so an export trains what the app did
    (built-in or imported data, the same features, scaling and held-out share)."""
    from desktop_nn.engine.errors import ConfigError
    from desktop_nn.training.config import RunConfig, prepare_data
    from desktop_nn.training.runs import build_run

    config = RunConfig(**project.run_config_kwargs())
    if config.model != "network":
        raise ConfigError("Export as a script needs a network; the single-neuron models are the chapter's own code.")
    return build_run(config, prepare_data(config, project.imported)).trainer


def data_of_project(project: Project):
    """(X, y, feature names, label name, class names) of every example the project's data holds:
    its imported (or drawn) table, or the built-in dataset its settings choose."""
    from desktop_nn.engine.regression_datasets import REGRESSION_GENERATORS
    from desktop_nn.training.config import RunConfig, load_raw

    if project.imported is not None:
        d = project.imported
        return d.X, d.y, d.feature_names, d.label_name, d.class_names
    config = RunConfig(**project.run_config_kwargs())
    if config.dataset in REGRESSION_GENERATORS:      # a curve or surface: the numbers to fit
        X, y = REGRESSION_GENERATORS[config.dataset](n_samples=int(config.n_samples), noise=float(config.noise),
                                                     seed=0)
        return X, y, ("x",) if X.shape[1] == 1 else ("x₁", "x₂"), "y", ()
    X, y, names, axes = load_raw(config)
    return X, y, axes, "class", names


def export_widget_image(widget: QWidget, path: str | Path) -> None:
    """A widget as PNG (pixels, at the screen's scale) or SVG (vector where Qt can)."""
    path = Path(path)
    if path.suffix.lower() == ".svg":
        from PySide6.QtCore import QPoint, QRect
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        tmp = path.with_name(f".{path.name}.part")
        generator.setFileName(str(tmp))
        generator.setSize(widget.size())
        generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
        generator.setTitle(widget.objectName() or "desktop_nn")
        painter = QPainter(generator)
        try:
            widget.render(painter, QPoint(0, 0))
        finally:
            painter.end()
        os.replace(tmp, path)
        return
    image = widget.grab()
    tmp = path.with_name(f".{path.name}.part.png")
    if not image.save(str(tmp), "PNG"):
        raise OSError(f"Qt could not write {path.name}")
    os.replace(tmp, path)
