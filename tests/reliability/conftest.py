"""Fixtures for the reliability tests (issue 16): project controllers with their own settings and
autosave folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from desktop_nn.ui.projects.project_controller import ProjectController
from tests.reliability.helpers import Host, ScriptedDialogs


@pytest.fixture
def autosave_dir(tmp_path):
    return tmp_path / "autosave"


@pytest.fixture
def make(qtbot, tmp_path, autosave_dir):
    """make(dialogs=None) -> (host, controller) on ``autosave_dir``; shut down afterwards."""
    made = []

    def factory(dialogs=None, **kwargs):
        host = Host()
        qtbot.addWidget(host)
        dialogs = dialogs or ScriptedDialogs()
        controller = ProjectController(host, host, dialogs=dialogs, autosave_dir=autosave_dir,
                                       settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
                                       **kwargs)
        made.append(controller)
        return host, controller

    yield factory
    for controller in made:
        controller.shutdown()
