"""Helpers of the reliability tests (issue 16): dialogs answered from a script, a host for the
project controller, and the learning rates every kept project file holds."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from desktop_nn.engine.errors import ProjectError
from desktop_nn.project import Project, default_settings, load_project
from tests.ui.fakes import FakeDialogs


class ScriptedDialogs(FakeDialogs):
    """FakeDialogs whose recovery questions are answered in turn from ``recover_answers``
    (None: nobody answers); records the times each was asked."""

    def __init__(self, save_answer: str = "cancel", recover_answers=()):
        super().__init__(save_answer)
        self.recover_answers = list(recover_answers)
        self.asked_at: list[str] = []

    def ask_recover(self, parent, saved_at):
        self.asked.append("recover")
        self.asked_at.append(saved_at)
        return self.recover_answers.pop(0) if self.recover_answers else None


class Host(QMainWindow):
    """The window's side of the controller, as in tests/reliability/session.py: the default
    settings with a learning rate of its own."""

    def __init__(self, lr: float = 0.1):
        super().__init__()
        self.lr = lr

    def project_from_ui(self) -> Project:
        return Project(settings=dict(default_settings(), learning_rate=self.lr))

    def apply_project(self, project: Project) -> None:
        self.lr = project.settings["learning_rate"]


def kept_rates(folder) -> dict[str, float]:
    """{path relative to folder: learning rate} of every project file under ``folder``
    (temporary .part files and unreadable files left out)."""
    rates = {}
    for path in sorted(folder.rglob("*.dnn")):
        try:
            rates[str(path.relative_to(folder))] = load_project(path).settings["learning_rate"]
        except ProjectError:
            pass
    return rates


def current_rates(host, folder) -> set[float]:
    """The work that still exists: what the window shows and what every kept file holds."""
    return {host.lr, *kept_rates(folder).values()}
